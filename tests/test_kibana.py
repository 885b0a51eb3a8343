"""Kibana saved objects: the shipped ndjson, its fields against the index mapping, and the import
request against a local stand-in of Kibana's import endpoint (Kibana itself cannot run here)."""

from __future__ import annotations

import base64
import datetime
import email.parser
import email.policy
import ipaddress
import json
import logging
import os
import ssl
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from crawler import kibana
from crawler.es.layout import TEMPLATE_FILE
from crawler.kibana import KibanaImportError, check_fields, import_saved_objects, load_ndjson
from tests.conftest import free_port

REPO = Path(__file__).resolve().parents[1]
NDJSON = REPO / "kibana" / "saved_objects.ndjson"
MAPPING = REPO / "es_mappings" / TEMPLATE_FILE  # the current template

# The meeting-report fields (crawler/text/meetings.py) the saved objects filter and sort on.
MEETING_FIELDS = {
    "is_meeting_report": "boolean",
    "meeting_name": "keyword",
    "meeting_date": "date",
    "meeting_chairs": "keyword",
    "meeting_speakers": "keyword",
    "meeting_attendees": "keyword",
    "people": "keyword",
}
MEETING_OBJECTS = {"municipal-news-meeting-reports", "municipal-news-appearances-per-person"}
EXPECTED = {
    ("index-pattern", "municipal-news-data-view"),
    ("search", "municipal-news-latest-articles"),
    ("search", "municipal-news-meeting-reports"),
    ("lens", "municipal-news-articles-per-site"),
    ("lens", "municipal-news-top-sources"),
    ("lens", "municipal-news-appearances-per-person"),
    ("dashboard", "municipal-news-dashboard"),
}
API_KEY = "c2VjcmV0LWlkOnNlY3JldC1hcGkta2V5"
PASSWORD = "pa55-w0rd-never-shown"
USERNAME = "archivist"


def objects() -> list[dict[str, Any]]:
    return load_ndjson(NDJSON.read_bytes())


def mapping() -> dict[str, Any]:
    return json.loads(MAPPING.read_text(encoding="utf-8"))


def by_id(object_id: str) -> dict[str, Any]:
    return next(obj for obj in objects() if obj["id"] == object_id)


# the ndjson ------------------------------------------------------------------------------------


def test_every_line_is_a_saved_object() -> None:
    lines = NDJSON.read_text(encoding="utf-8").splitlines()
    assert lines and all(line.strip() for line in lines)
    seen = set()
    for line in lines:
        obj = json.loads(line)
        assert isinstance(obj["type"], str) and isinstance(obj["id"], str), line[:80]
        assert isinstance(obj["attributes"], dict) and obj["attributes"]["title"]
        assert all(set(ref) == {"name", "type", "id"} for ref in obj["references"])
        assert obj["id"] not in seen, f"duplicate id {obj['id']}"
        seen.add(obj["id"])
    assert {(obj["type"], obj["id"]) for obj in objects()} == EXPECTED


def test_references_resolve_to_objects_in_the_file() -> None:
    present = {(obj["type"], obj["id"]) for obj in objects()}
    for obj in objects():
        names = [ref["name"] for ref in obj["references"]]
        assert len(names) == len(set(names)), obj["id"]
        for ref in obj["references"]:
            assert (ref["type"], ref["id"]) in present, f"{obj['id']} -> {ref}"


def reference_names_used(obj: dict[str, Any]) -> set[str]:
    """The reference names an object's attributes point at, as Kibana resolves them."""
    attributes = obj["attributes"]
    source = json.loads(attributes.get("kibanaSavedObjectMeta", {}).get("searchSourceJSON", "{}"))
    used = {source["indexRefName"]} if "indexRefName" in source else set()
    used |= {f["meta"]["indexRefName"] for f in source.get("filter", [])}
    for panel in json.loads(attributes.get("panelsJSON", "[]")):
        used.add(f"{panel['panelIndex']}:{panel['panelRefName']}")
    layers = attributes.get("state", {}).get("datasourceStates", {}).get("formBased", {})
    used |= {f"indexpattern-datasource-layer-{layer}" for layer in layers.get("layers", {})}
    return used


def test_every_reference_name_used_is_declared_and_vice_versa() -> None:
    for obj in objects():
        assert reference_names_used(obj) == {ref["name"] for ref in obj["references"]}, obj["id"]


def test_data_view_searches_and_dashboard() -> None:
    view = by_id("municipal-news-data-view")["attributes"]
    assert (view["title"], view["timeFieldName"]) == ("municipal-news", "published_at")
    latest = by_id("municipal-news-latest-articles")["attributes"]
    assert latest["columns"] == ["title", "site", "city", "source"]
    assert latest["sort"] == [["published_at", "desc"]]
    meetings = json.loads(
        by_id("municipal-news-meeting-reports")["attributes"]["kibanaSavedObjectMeta"][
            "searchSourceJSON"
        ]
    )
    assert [f["query"] for f in meetings["filter"]] == [
        {"match_phrase": {"is_meeting_report": True}}
    ]
    dashboard = by_id("municipal-news-dashboard")
    assert dashboard["attributes"]["title"] == "Municipal news"
    assert {ref["id"] for ref in dashboard["references"]} == {
        "municipal-news-articles-per-site",
        "municipal-news-top-sources",
        "municipal-news-meeting-reports",
        "municipal-news-appearances-per-person",
    }
    panels = json.loads(dashboard["attributes"]["panelsJSON"])
    assert len({panel["panelIndex"] for panel in panels}) == len(panels) == 4


def test_lens_charts_split_and_count_as_asked() -> None:
    def columns(object_id: str) -> dict[str, tuple[str, str]]:
        state = by_id(object_id)["attributes"]["state"]
        (layer,) = state["datasourceStates"]["formBased"]["layers"].values()
        return {k: (c["operationType"], c["sourceField"]) for k, c in layer["columns"].items()}

    per_site = set(columns("municipal-news-articles-per-site").values())
    assert {("date_histogram", "published_at"), ("terms", "site")} <= per_site
    assert ("terms", "source") in columns("municipal-news-top-sources").values()
    appearances = set(columns("municipal-news-appearances-per-person").values())
    assert {("date_histogram", "meeting_date"), ("terms", "people")} <= appearances
    lens = by_id("municipal-news-appearances-per-person")["attributes"]["state"]
    assert [f["query"] for f in lens["filters"]] == [{"match_phrase": {"is_meeting_report": True}}]


# fields against the mapping ----------------------------------------------------------------------


def test_every_field_the_objects_use_fits_the_mapping() -> None:
    assert check_fields(objects(), mapping()) == []


def test_meeting_fields_are_in_the_mapping() -> None:
    fields = kibana.mapped_fields(mapping())
    assert {name: fields.get(name, {}).get("type") for name in MEETING_FIELDS} == MEETING_FIELDS
    meeting_objects = [obj for obj in objects() if obj["id"] in MEETING_OBJECTS]
    assert meeting_objects and check_fields(meeting_objects, mapping()) == []


def test_meeting_reports_search_shows_the_meeting_columns() -> None:
    attributes = by_id("municipal-news-meeting-reports")["attributes"]
    assert {"meeting_name", "meeting_date", "meeting_chairs"} <= set(attributes["columns"])
    assert attributes["sort"][0] == ["meeting_date", "desc"]


def lens_with(operation: str, field: str) -> dict[str, Any]:
    column = {"operationType": operation, "sourceField": field}
    layer = {"columns": {"c": column}}
    state = {"datasourceStates": {"formBased": {"layers": {"l": layer}}}}
    return {"type": "lens", "id": "probe", "attributes": {"state": state}}


@pytest.mark.parametrize(
    ("operation", "field", "reason"),
    [
        ("terms", "site", ""),
        ("terms", "title.raw", ""),
        ("terms", "title", "mapped as text"),
        ("terms", "content_scripts.words", "mapped as text"),
        ("date_histogram", "published_at", ""),
        ("date_histogram", "site", "mapped as keyword"),
        ("sum", "headings", ""),
        ("terms", "no_such_field", "not in the mapping"),
        ("terms", "archive", "an object"),
    ],
)
def test_field_check_knows_what_kibana_can_use(operation: str, field: str, reason: str) -> None:
    problems = check_fields([lens_with(operation, field)], mapping())
    assert [p.reason.startswith(reason) for p in problems] == ([True] if reason else [])


def test_field_check_reads_filters_sorts_and_time_field() -> None:
    search = {
        "type": "search",
        "id": "probe",
        "attributes": {
            "sort": [["content", "desc"]],
            "kibanaSavedObjectMeta": {
                "searchSourceJSON": json.dumps(
                    {
                        "query": {"query": "paragraphs:x", "language": "kuery"},
                        "filter": [
                            {"meta": {"key": "title"}, "query": {"match_phrase": {"title": "a"}}}
                        ],
                    }
                )
            },
        },
    }
    view = {"type": "index-pattern", "id": "v", "attributes": {"timeFieldName": "site"}}
    found = {(p.field, p.use.usage) for p in check_fields([search, view], mapping())}
    assert found == {
        ("content", "sort"),
        ("title", "filter"),
        ("paragraphs", "query"),
        ("site", "time_field"),
    }


def test_data_view_title_follows_the_index_prefix() -> None:
    rewritten = kibana.with_index_prefix(objects(), "archive-test")
    assert [o["attributes"]["title"] for o in rewritten if o["type"] == "index-pattern"] == [
        "archive-test"
    ]
    assert [o for o in rewritten if o["type"] != "index-pattern"] == [
        o for o in objects() if o["type"] != "index-pattern"
    ]
    assert load_ndjson(kibana.dump_ndjson(rewritten)) == rewritten


# a local stand-in for Kibana's import endpoint --------------------------------------------------------


class StandIn:
    """An HTTP(S) server on 127.0.0.1 that records requests and answers like Kibana would."""

    def __init__(self, status: int = 200, answer: Any = None, tls: ssl.SSLContext | None = None):
        self.status = status
        self.answer = answer
        self.requests: list[dict[str, Any]] = []
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                stand_in.requests.append(
                    {"method": "POST", "path": self.path, "headers": self.headers, "body": body}
                )
                answer = stand_in.answer
                if answer is None:
                    answer = {"success": True, "successCount": count_objects(body)}
                payload = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
                self.send_response(stand_in.status)
                if stand_in.status in (301, 302, 307):
                    self.send_header("Location", f"{stand_in.url}/elsewhere")
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> StandIn:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


def count_objects(multipart: bytes) -> int:
    return len(load_ndjson(file_part(multipart)[1])) if multipart else 0


def file_part(body: bytes, content_type: str | None = None) -> tuple[dict[str, str], bytes]:
    """The `file` part of a multipart/form-data body: its disposition parameters and content."""
    if content_type is None:
        boundary = body.split(b"\r\n", 1)[0][2:].decode()
        content_type = f"multipart/form-data; boundary={boundary}"
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    (part,) = message.iter_parts()
    params = dict(part.get_params(header="content-disposition")[1:])
    return params, part.get_payload(decode=True)


def assert_secret_free(text: str) -> None:
    for secret in (API_KEY, PASSWORD, USERNAME, base64.b64encode(b"archivist:").decode()[:8]):
        assert secret not in text


def test_import_posts_the_ndjson_like_curl_form_file() -> None:
    data = NDJSON.read_bytes()
    with StandIn() as stand_in:
        answer = import_saved_objects(stand_in.url + "/", data, api_key=API_KEY)
    assert answer == {"success": True, "successCount": 7}
    (request,) = stand_in.requests
    assert request["path"] == "/api/saved_objects/_import?overwrite=true"
    assert request["headers"]["kbn-xsrf"] == "true"
    assert request["headers"]["Authorization"] == f"ApiKey {API_KEY}"
    params, content = file_part(request["body"], request["headers"]["Content-Type"])
    assert params == {"name": "file", "filename": "saved_objects.ndjson"}
    assert content == data


def test_import_with_basic_auth_into_a_space() -> None:
    with StandIn() as stand_in:
        import_saved_objects(
            stand_in.url,
            NDJSON.read_bytes(),
            username=USERNAME,
            password=PASSWORD,
            space="research",
        )
    (request,) = stand_in.requests
    assert request["path"] == "/s/research/api/saved_objects/_import?overwrite=true"
    token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    assert request["headers"]["Authorization"] == f"Basic {token}"


def test_refused_credentials_say_so_without_showing_them(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    refusal = {
        "statusCode": 401,
        "error": "Unauthorized",
        "message": f"unable to authenticate user [{USERNAME}] with password {PASSWORD}",
    }
    with StandIn(401, refusal) as stand_in:
        url = stand_in.url.replace("//", f"//{USERNAME}:{PASSWORD}@")
        with pytest.raises(KibanaImportError) as caught:
            import_saved_objects(url, NDJSON.read_bytes())
        assert stand_in.requests[0]["headers"]["Authorization"].startswith("Basic ")
        with pytest.raises(KibanaImportError) as by_key:
            import_saved_objects(stand_in.url, NDJSON.read_bytes(), api_key=API_KEY)
    message = str(caught.value)
    assert message == (
        f"Kibana at {stand_in.url} refused the credentials (401): "
        "set KIBANA_API_KEY, or KIBANA_USERNAME and KIBANA_PASSWORD"
    )
    for text in (message, repr(caught.value), str(by_key.value), caplog.text):
        assert_secret_free(text)


def test_partial_import_names_each_failed_object() -> None:
    answer = {
        "success": False,
        "successCount": 4,
        "errors": [
            {
                "id": "municipal-news-meeting-reports",
                "type": "search",
                "title": "Meeting reports",
                "error": {
                    "type": "missing_references",
                    "references": [{"type": "index-pattern", "id": "municipal-news-data-view"}],
                },
            },
            {
                "id": "municipal-news-top-sources",
                "type": "lens",
                "error": {"type": "unknown", "message": "bad\nstate", "statusCode": 400},
            },
        ],
    }
    with StandIn(200, answer) as stand_in, pytest.raises(KibanaImportError) as caught:
        import_saved_objects(stand_in.url, NDJSON.read_bytes(), api_key=API_KEY)
    message = str(caught.value)
    assert "\n" not in message and "imported 4 of 7 saved objects" in message
    assert "search municipal-news-meeting-reports (missing_references: index-pattern " in message
    assert "lens municipal-news-top-sources (unknown: bad state)" in message


def test_unreachable_kibana() -> None:
    url = f"http://{USERNAME}:{PASSWORD}@127.0.0.1:{free_port()}"
    with pytest.raises(KibanaImportError) as caught:
        import_saved_objects(url, NDJSON.read_bytes(), timeout=5)
    assert str(caught.value) == (
        f"Kibana at {url.replace(f'{USERNAME}:{PASSWORD}@', '')} is unreachable (connection refused)"
    )


@pytest.mark.parametrize(
    ("status", "answer", "expected"),
    [
        (
            404,
            {"statusCode": 404, "message": "Not Found"},
            "refused the import (404) (check KIBANA_URL",
        ),
        (302, {}, "redirected the request (302)"),
        (200, b"<html>not kibana</html>", "answered 200 without JSON"),
    ],
)
def test_other_answers_are_one_line_errors(status: int, answer: Any, expected: str) -> None:
    with StandIn(status, answer) as stand_in, pytest.raises(KibanaImportError) as caught:
        import_saved_objects(stand_in.url, NDJSON.read_bytes(), api_key=API_KEY)
    assert expected in str(caught.value) and "\n" not in str(caught.value)
    assert len(stand_in.requests) == 1  # a redirect is not followed with our credentials


def make_certificates(directory: Path) -> tuple[Path, Path, Path]:
    """A CA, and a server certificate for 127.0.0.1 signed by it: (ca.pem, cert.pem, key.pem)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)

    def certificate(subject: str, key: Any, issuer: str, signer: Any, ca: bool) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if ca:
            usage = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
            builder = builder.add_extension(usage, critical=True)
            identifier = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
            builder = builder.add_extension(identifier, critical=False)
        else:
            address = x509.IPAddress(ipaddress.ip_address("127.0.0.1"))
            builder = builder.add_extension(x509.SubjectAlternativeName([address]), critical=False)
            authority = x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.public_key())
            builder = builder.add_extension(authority, critical=False)
        return builder.sign(signer, hashes.SHA256())

    ca_key, server_key = (
        ec.generate_private_key(ec.SECP256R1()),
        ec.generate_private_key(ec.SECP256R1()),
    )
    ca_cert = certificate("test CA", ca_key, "test CA", ca_key, ca=True)
    server_cert = certificate("127.0.0.1", server_key, "test CA", ca_key, ca=False)
    paths = directory / "ca.pem", directory / "cert.pem", directory / "key.pem"
    paths[0].write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


def test_tls_is_verified_and_a_ca_file_makes_it_trusted(tmp_path: Path) -> None:
    ca, cert, key = make_certificates(tmp_path)
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(cert, key)
    with StandIn(tls=server_tls) as stand_in:
        with pytest.raises(KibanaImportError, match="TLS certificate not trusted"):
            import_saved_objects(stand_in.url, NDJSON.read_bytes(), api_key=API_KEY, timeout=5)
        answer = import_saved_objects(
            stand_in.url, NDJSON.read_bytes(), api_key=API_KEY, ca_certs=str(ca), timeout=5
        )
    assert answer["success"] is True
    assert [r["headers"]["kbn-xsrf"] for r in stand_in.requests] == ["true"]


# the command, end to end ------------------------------------------------------------------------


def run_command(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("KIBANA_", "ES_INDEX"))}
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "kibana", "import", *args],
        cwd=REPO,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_command_imports_into_the_configured_kibana() -> None:
    with StandIn() as stand_in:
        url = stand_in.url.replace("//", f"//{USERNAME}:{PASSWORD}@")
        env = {"KIBANA_URL": url, "KIBANA_API_KEY": API_KEY, "ES_INDEX_PREFIX": "archive-test"}
        result = run_command(env, "--space", "research")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"imported 7 objects into Kibana at {stand_in.url} (space research)"
    )
    (request,) = stand_in.requests
    assert request["path"] == "/s/research/api/saved_objects/_import?overwrite=true"
    assert request["headers"]["Authorization"] == f"ApiKey {API_KEY}"
    sent = load_ndjson(file_part(request["body"], request["headers"]["Content-Type"])[1])
    assert [o["attributes"]["title"] for o in sent if o["type"] == "index-pattern"] == [
        "archive-test"
    ]
    assert_secret_free(result.stdout + result.stderr)


def test_command_failure_is_one_line_without_traceback() -> None:
    with StandIn(401, {"statusCode": 401, "message": "Unauthorized"}) as stand_in:
        env = {"KIBANA_URL": stand_in.url, "KIBANA_USERNAME": USERNAME, "KIBANA_PASSWORD": PASSWORD}
        refused = run_command(env)
    missing = run_command({})
    assert refused.returncode == 1 and missing.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        f"scrapy kibana: Kibana at {stand_in.url} refused the credentials (401): "
        "set KIBANA_API_KEY, or KIBANA_USERNAME and KIBANA_PASSWORD"
    ]
    assert len(missing.stderr.strip().splitlines()) == 1 and "KIBANA_URL" in missing.stderr
    assert_secret_free(refused.stdout + refused.stderr)


def test_command_reads_the_kibana_settings_given_with_s() -> None:
    """KIBANA_* are Scrapy settings: `-s` gives them as well as the environment does."""
    with StandIn() as stand_in:
        settings = {
            "KIBANA_URL": stand_in.url,
            "KIBANA_USERNAME": USERNAME,
            "KIBANA_PASSWORD": PASSWORD,
            "KIBANA_SPACE": "research",
        }
        result = run_command({}, *(arg for k, v in settings.items() for arg in ("-s", f"{k}={v}")))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"imported 7 objects into Kibana at {stand_in.url} (space research)"
    )
    (request,) = stand_in.requests
    assert request["path"] == "/s/research/api/saved_objects/_import?overwrite=true"
    token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    assert request["headers"]["Authorization"] == f"Basic {token}"
