"""Room: crawler/runs — tell someone when a run found a site broken: a webhook, an e-mail.

Cron mails what a run prints, but only where cron mail is set up and read; these reach a chat
channel or an inbox. Sent after the crawl, when the summary is known. The standard library's
smtplib and urllib do it: Scrapy's MailSender needs the Twisted reactor, which has stopped by
then. A failed alert is reported in one line and never hides the run's own outcome.
"""

from __future__ import annotations

import json
import smtplib
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from crawler.credentials import redacted_url

TIMEOUT_S = 20


@dataclass(frozen=True)
class AlertConfig:
    webhook_url: str = ""
    mail_to: tuple[str, ...] = ()
    mail_from: str = ""
    mail_host: str = "localhost"
    mail_port: int = 25
    mail_user: str = ""
    mail_pass: str = ""
    mail_tls: bool = False
    mail_ssl: bool = False

    @classmethod
    def from_settings(cls, settings: Any) -> AlertConfig:
        return cls(
            webhook_url=settings.get("ALERT_WEBHOOK_URL", ""),
            mail_to=tuple(settings.getlist("ALERT_MAIL_TO")),
            mail_from=settings.get("MAIL_FROM", ""),
            mail_host=settings.get("MAIL_HOST", "localhost"),
            mail_port=settings.getint("MAIL_PORT", 25),
            mail_user=settings.get("MAIL_USER", ""),
            mail_pass=settings.get("MAIL_PASS", ""),
            mail_tls=settings.getbool("MAIL_TLS"),
            mail_ssl=settings.getbool("MAIL_SSL"),
        )


def send_alerts(config: AlertConfig, subject: str, text: str, run: Mapping[str, Any]) -> list[str]:
    """Send the failed run's summary everywhere configured; one line per alert sent or failed."""
    outcomes = []
    if config.webhook_url:
        outcomes.append(
            _outcome("webhook", redacted_url(config.webhook_url), _post, config, text, run)
        )
    if config.mail_to:
        where = ", ".join(config.mail_to)
        outcomes.append(_outcome("e-mail", where, _mail, config, subject, text))
    return outcomes


def _outcome(kind: str, where: str, send: Any, *args: Any) -> str:
    try:
        send(*args)
    except (OSError, smtplib.SMTPException) as error:
        return f"alert: {kind} to {where} failed: {error}"
    return f"alert: {kind} sent to {where}"


def _post(config: AlertConfig, text: str, run: Mapping[str, Any]) -> None:
    body = json.dumps({"text": text, "run": run}, ensure_ascii=False, default=str).encode()
    request = urllib.request.Request(
        config.webhook_url,
        data=body,
        headers={"Content-Type": "application/json; charset=utf-8"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
        response.read()


def _mail(config: AlertConfig, subject: str, text: str) -> None:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = config.mail_from
    message["To"] = ", ".join(config.mail_to)
    message.set_content(text)
    smtp_class = smtplib.SMTP_SSL if config.mail_ssl else smtplib.SMTP
    with smtp_class(config.mail_host, config.mail_port, timeout=TIMEOUT_S) as smtp:
        if config.mail_tls:
            smtp.starttls()
        if config.mail_user:
            smtp.login(config.mail_user, config.mail_pass)
        smtp.send_message(message)


def failed_sites(run: Mapping[str, Any]) -> Sequence[str]:
    return [site["site"] for site in run.get("sites", []) if site.get("failed")]
