"""Room: crawler/es_local — getting the server onto disk: download, checksum, unpack.

There is no Docker and no internet here, only package registries, so the official
server-without-JDK artifact (`org.elasticsearch.distribution.integ-test-zip`) comes from Maven
Central through `mvn`, is checked against the SHA-512 pinned in `config.RELEASES`, and is
unpacked under the server's home. Every failure is one `EsLocalError` line.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from hashlib import sha512
from pathlib import Path

from crawler.es_local.config import RELEASES, EsLocalError, LocalConfig

ARTIFACT = "org.elasticsearch.distribution.integ-test-zip:elasticsearch:{version}:zip"
MVN_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy"


def file_sha512(path: Path) -> str:
    digest = sha512()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_checksum(path: Path, expected: str) -> None:
    """Raise (and delete the file) unless `path` has the SHA-512 `expected`."""
    actual = file_sha512(path)
    if actual != expected.lower():
        path.unlink(missing_ok=True)
        raise EsLocalError(
            f"checksum mismatch for {path.name}: expected sha512 {expected[:16]}…, "
            f"got {actual[:16]}…; the file was deleted, run again to download it afresh "
            "(if it recurs, delete Maven's copy under ~/.m2/repository/org/elasticsearch)"
        )


def _strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def mvn_error_line(output: str) -> str:
    """The most useful line of a failed Maven run (its first `[ERROR]` line, shortened)."""
    for line in _strip_ansi(output).splitlines():
        if line.startswith("[ERROR]") and line[7:].strip():
            text = line[7:].strip()
            return text.split(": ", 1)[-1] if "Failed to execute goal" in text else text
    lines = [ln for ln in _strip_ansi(output).splitlines() if ln.strip()]
    return lines[-1].strip() if lines else "no output"


def download(cfg: LocalConfig) -> Path:
    """Fetch the zip with Maven into the download dir (Maven also keeps it in ~/.m2)."""
    if cfg.zip_path.is_file():
        return cfg.zip_path
    mvn = shutil.which("mvn")
    if mvn is None:
        raise EsLocalError("cannot download Elasticsearch: `mvn` (Maven) is not on PATH")
    cfg.download_dir.mkdir(parents=True, exist_ok=True)
    artifact = ARTIFACT.format(version=cfg.version)
    cmd = [mvn, "-q", "-B", MVN_PLUGIN, f"-Dartifact={artifact}"]
    cmd.append(f"-DoutputDirectory={cfg.download_dir}")
    print(f"es_local: downloading {artifact} with Maven…", file=sys.stderr)
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, check=False)
    except subprocess.TimeoutExpired:
        raise EsLocalError(f"Maven download of {artifact} timed out after 30 min") from None
    if done.returncode != 0 or not cfg.zip_path.is_file():
        reason = mvn_error_line(done.stdout + done.stderr)
        raise EsLocalError(f"Maven could not download {artifact}: {reason}")
    return cfg.zip_path


def _unzip_with_python(zip_path: Path, dest: Path) -> None:
    with zipfile.ZipFile(zip_path) as archive:
        for info in archive.infolist():
            target = Path(archive.extract(info, dest))
            mode = (info.external_attr >> 16) & 0o7777
            if mode and not info.is_dir():
                target.chmod(mode)
    for script in dest.glob("*/bin/*"):
        script.chmod(0o755)


def unpack(zip_path: Path, dest: Path) -> None:
    """Unpack with `unzip` (keeps the run bits), or Python's zipfile if `unzip` is missing."""
    dest.mkdir(parents=True, exist_ok=True)
    unzip = shutil.which("unzip")
    try:
        if unzip is None:
            _unzip_with_python(zip_path, dest)
            return
        cmd = [unzip, "-q", "-o", str(zip_path), "-d", str(dest)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except (OSError, zipfile.BadZipFile) as exc:
        raise EsLocalError(f"cannot unpack {zip_path}: {exc}") from None
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines() or ["no output"]
        raise EsLocalError(f"unzip failed on {zip_path} (exit {done.returncode}): {reason[-1]}")


def install(cfg: LocalConfig) -> None:
    """Download, verify and unpack the distribution unless it is already installed."""
    if (cfg.install_dir / "bin" / "elasticsearch").is_file():
        return
    zip_path = download(cfg)
    verify_checksum(zip_path, RELEASES[cfg.version].sha512)
    staging = Path(tempfile.mkdtemp(prefix="unpack-", dir=cfg.home))
    try:
        unpack(zip_path, staging)
        unpacked = staging / cfg.install_dir.name
        if not (unpacked / "bin" / "elasticsearch").is_file():
            raise EsLocalError(f"{zip_path.name} does not contain {cfg.install_dir.name}/bin")
        shutil.rmtree(cfg.install_dir, ignore_errors=True)
        unpacked.rename(cfg.install_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
