"""Room: crawler/es_local — the host: Java, the unprivileged user, permissions, running as it.

Elasticsearch refuses to run as root, so as root it runs as an unprivileged system user
(created here, idempotently) via `runuser`; that user must reach the home and the JDK, and own
the server's files. As anyone else it simply runs as the current user.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
from pathlib import Path

from crawler.es_local.config import EsLocalError, LocalConfig, untraversable_ancestor


def check_java(java_home: Path) -> Path:
    """Return the `java` binary under `java_home`, or explain that it is missing."""
    java = java_home / "bin" / "java"
    if not (java.is_file() and os.access(java, os.X_OK)):
        raise EsLocalError(
            f"Java not found: {java} does not exist or is not executable "
            "(install that JDK or set ES_LOCAL_JAVA_HOME to a JDK home)"
        )
    return java


def is_root() -> bool:
    return os.geteuid() == 0


def ensure_user(name: str) -> None:
    """Create the unprivileged system user that runs Elasticsearch (idempotent)."""
    with contextlib.suppress(KeyError):
        pwd.getpwnam(name)
        return
    useradd = shutil.which("useradd")
    if useradd is None:
        raise EsLocalError(f"cannot create user {name!r}: `useradd` is not on PATH")
    cmd = [useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 9):  # 9: the user exists (a concurrent start made it)
        raise EsLocalError(f"useradd {name} failed: {done.stderr.strip() or done.returncode}")


def check_reachable(cfg: LocalConfig) -> None:
    """As root, the ES user must reach the home and the JDK through world-traversable dirs."""
    if cfg.home == Path("/root") or Path("/root") in cfg.home.parents:
        raise EsLocalError(
            f"ES_LOCAL_HOME {cfg.home} is under /root, which user {cfg.user} cannot enter; "
            "set ES_LOCAL_HOME to a directory elsewhere"
        )
    for path, what in ((cfg.home, "ES_LOCAL_HOME"), (cfg.java_home, "the Java home")):
        blocked = untraversable_ancestor(path)
        if blocked is not None:
            mode = oct(blocked.stat().st_mode & 0o777)
            raise EsLocalError(
                f"{blocked} (mode {mode}) is not traversable by user {cfg.user}, so it cannot "
                f"reach {what} {path}; run `chmod o+x {blocked}` or choose another location"
            )


def chown_tree(root: Path, user: str) -> None:
    entry = pwd.getpwnam(user)
    os.chown(root, entry.pw_uid, entry.pw_gid)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            os.chown(os.path.join(dirpath, name), entry.pw_uid, entry.pw_gid, follow_symlinks=False)


def as_es_user(cfg: LocalConfig, cmd: list[str]) -> list[str]:
    """Prefix `cmd` with `runuser` when we are root; as anyone else, run it directly."""
    return ["runuser", "-u", cfg.user, "--", *cmd] if is_root() else cmd


def es_env(cfg: LocalConfig) -> dict[str, str]:
    """The server's environment: ours, passed on as it is (nothing is read from it here),
    with the Java home, heap and config directory from `cfg`."""
    env = dict(os.environ)
    env.update(
        ES_JAVA_HOME=str(cfg.java_home),
        ES_JAVA_OPTS=f"-Xms{cfg.heap} -Xmx{cfg.heap}",
        ES_PATH_CONF=str(cfg.conf_dir),
    )
    env.pop("JAVA_HOME", None)
    return env


def setup_keystore(cfg: LocalConfig) -> None:
    """Put the `elastic` user's bootstrap password into the keystore (security mode only)."""
    tool = str(cfg.install_dir / "bin" / "elasticsearch-keystore")
    steps: list[tuple[list[str], str | None]] = []
    if not (cfg.conf_dir / "elasticsearch.keystore").exists():
        steps.append(([tool, "create"], None))
    steps.append(([tool, "add", "-x", "-f", "bootstrap.password"], cfg.password))
    for cmd, stdin in steps:
        done = subprocess.run(
            as_es_user(cfg, cmd),
            input=stdin,
            capture_output=True,
            text=True,
            env=es_env(cfg),
            cwd=cfg.install_dir,
            check=False,
        )
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines() or ["no output"]
            raise EsLocalError(f"elasticsearch-keystore {cmd[1]} failed: {detail[-1]}")
