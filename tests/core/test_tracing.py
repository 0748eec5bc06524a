"""Langfuse tracing against a loopback receiver at Langfuse's OTLP path: node spans, the
caller and thread as user and session, and no secret in any exported byte — through the API,
MCP and the CLI. Without keys the tracer adds nothing."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import httpx
import pytest
from mcp import Client
from pydantic import SecretStr

from core.crypto import load_cipher
from core.embeddings import Embedder
from core.models import Snapshot
from core.settings import Settings
from core.tracing import REDACTED, Scrubber, Tracer, settings_secrets
from server.app import create_app
from server.services import open_services
from stores import Stores
from tests.conftest import ingest_into, make_settings, one_org
from tests.fake_langfuse import FakeLangfuse, Span
from tests.server.test_cli import _cli
from tools.server import build_server

NODES = {"plan", "retrieve_sql", "fuse", "compose", "validate", "respond"}
"""Nodes of every run (a grounded lookup reads SQL only; other intents add graph or vector)."""
ITGLUE_KEY = "itglue-key-" + "7" * 24


def _traced(settings: Settings, url: str) -> Settings:
    """Fresh keys per test: the SDK keeps one client per public key for the process."""
    return settings.model_copy(
        update={
            "langfuse_public_key": f"pk-lf-{uuid.uuid4()}",
            "langfuse_secret_key": SecretStr(f"sk-lf-{uuid.uuid4()}"),
            "langfuse_base_url": url + "/",  # a trailing slash must not break the OTLP path
            "itglue_api_key": SecretStr(ITGLUE_KEY),
        }
    )


def _roots(spans: list[Span]) -> list[Span]:
    """Each run's root span (under FastAPI's or MCP's own OTel span, which is not exported)."""
    return [s for s in spans if s.name == "answer"]


def test_scrubber_hides_keys_tokens_and_credentials_and_keeps_json_valid() -> None:
    scrub = Scrubber(["s3cr3t-literal-value", "sh"])
    text = (
        "key igr_a1e7522d_E28S6yE2YCnn and Bearer abc.def.ghi123 and ITG.0123456789abcdef0123 "
        "and sk-ant-api03-xyzxyzxyz and sk-lf-1234-5678 and s3cr3t-literal-value; "
        "admin password: Hunter2! then api_key=ABC123 and the token is q1w2e3r4"
    )
    clean = scrub.text(text)
    for secret in (
        "igr_12_AbC",
        "abc.def.ghi123",
        "ITG.0123",
        "sk-ant-api03",
        "sk-lf-1234",
        "s3cr3t-literal",
        "Hunter2!",
        "ABC123",
        "q1w2e3r4",
    ):
        assert secret not in clean, secret
    assert "admin password: [REDACTED]" in clean and "api_key=[REDACTED]" in clean
    assert "sh" in scrub.text("shell"), "literals shorter than 6 characters are not masked"

    encoded = json.dumps({"question": 'the "password": "pa ss" and password: x1 ok', "n": 1})
    assert json.loads(scrub.text(encoded)) == {
        "question": 'the "password": "[REDACTED]" and password: [REDACTED] ok',
        "n": 1,
    }
    nested = scrub.data({"password": "v", "Authorization": "Basic x", "list": ["pwd=1"], "k": 2})
    assert nested == {
        "password": REDACTED,
        "Authorization": REDACTED,
        "list": ["pwd=[REDACTED]"],
        "k": 2,
    }


def test_settings_secrets_include_url_passwords(tmp_path: Path) -> None:
    settings = make_settings(tmp_path).model_copy(
        update={"database_url": "postgresql://app:db-pass-123@db/x", "redis_url": None}
    )
    assert "db-pass-123" in settings_secrets(settings)


def test_without_keys_the_tracer_adds_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    tracer = Tracer(make_settings(tmp_path))
    config = {"configurable": {"thread_id": "t"}}
    assert not tracer.enabled and tracer.client is None
    assert tracer.config(config, user="cli", session="t") == config
    tracer.flush()
    assert not caplog.records
    half = make_settings(tmp_path).model_copy(update={"langfuse_public_key": "pk-lf-only"})
    assert not Tracer(half).enabled
    assert "set both LANGFUSE_PUBLIC_KEY and LANGFUSE_SECRET_KEY" in caplog.text


async def test_api_run_is_traced_with_caller_and_thread_and_no_secret_is_exported(
    sample: Stores,
    sample_dir: Path,
    sample_snapshot: Snapshot,
    embedder: Embedder,
    langfuse_server: FakeLangfuse,
) -> None:
    settings = _traced(make_settings(sample_dir), langfuse_server.url)
    key_of_project = settings.langfuse_public_key
    svc = await open_services(settings, stores=sample, embedder=embedder)
    assert svc.tracer.enabled
    key, token = await sample.sql.keys.create("traced", ["read"], None)
    entry = next(p for p in sample_snapshot.passwords if p.value_encrypted)
    value = load_cipher(settings).decrypt(entry.value_encrypted or "")
    questions = [
        "What is the IP address of ACME-DC01?",
        f"What is the password for {entry.name}?",
        f"Is the {entry.name} password: {value} still right? My key is {token}, "
        f"IT Glue key {ITGLUE_KEY}, Langfuse {settings.langfuse_secret_key.get_secret_value()}",  # type: ignore[union-attr]
    ]
    transport = httpx.ASGITransport(app=create_app(services=svc))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            for question in questions:
                r = await client.post(
                    "/v1/query",
                    json={"question": question, "thread_id": "thread-42"},
                    headers={"Authorization": f"Bearer {token}"},
                )
                assert r.status_code == 200, r.text
            streamed = await client.post(
                "/v1/query/stream",
                json={"question": questions[0]},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert streamed.status_code == 200 and "event: done" in streamed.text
    finally:
        await svc.close()  # flushes

    spans = langfuse_server.spans(key_of_project)
    roots = _roots(spans)
    assert len(roots) == 4, [s.name for s in spans]
    assert {s.name for s in spans} >= NODES | {"retrieve_graph"}  # the credential question
    assert {r.attributes.get("user.id") for r in roots} == {f"key:{key.id}"}
    assert [r.attributes.get("session.id") for r in roots].count("thread-42") == 3
    for root in roots:  # each run's node spans share its trace (retrievers depend on the plan)
        names = {s.name for s in spans if s.trace_id == root.trace_id}
        assert names >= {"plan", "fuse", "compose", "validate", "respond"}
        assert any(n.startswith("retrieve_") for n in names)

    exported = b"".join(langfuse_server.otlp_bodies(key_of_project))
    assert REDACTED.encode() in exported
    secrets = [value, token, ITGLUE_KEY, settings.langfuse_secret_key.get_secret_value()]  # type: ignore[union-attr]
    for secret in secrets:
        assert secret.encode() not in exported
        assert json.dumps(secret)[1:-1].encode() not in exported


async def test_mcp_and_cli_runs_are_traced(
    sample: Stores,
    sample_dir: Path,
    sample_snapshot: Snapshot,
    embedder: Embedder,
    tmp_path: Path,
    langfuse_server: FakeLangfuse,
) -> None:
    settings = _traced(make_settings(sample_dir), langfuse_server.url)
    svc = await open_services(settings, stores=sample, embedder=embedder)
    try:
        async with Client(build_server(svc)) as client:
            answer = await client.call_tool(
                "query_documentation", {"question": "What is the serial number of ACME-DC01?"}
            )
            assert not answer.is_error
    finally:
        await svc.close()
    mcp_roots = _roots(langfuse_server.spans(settings.langfuse_public_key))
    assert [r.attributes.get("user.id") for r in mcp_roots] == ["key:local"]

    await ingest_into(tmp_path, one_org(sample_snapshot, 7), embedder)
    cli_key = f"pk-lf-{uuid.uuid4()}"
    done = _cli(
        "ask",
        "What is the IP address of ACME-DC01?",
        "--thread",
        "cli-thread",
        data_dir=tmp_path,
        env={
            "LANGFUSE_PUBLIC_KEY": cli_key,
            "LANGFUSE_SECRET_KEY": f"sk-lf-{uuid.uuid4()}",
            "LANGFUSE_BASE_URL": langfuse_server.url,
        },
    )
    assert done.returncode == 0, done.stderr
    cli_spans = langfuse_server.spans(cli_key)
    cli_roots = _roots(cli_spans)
    assert [r.attributes.get("user.id") for r in cli_roots] == ["key:local"]  # the operator
    assert [r.attributes.get("session.id") for r in cli_roots] == ["cli-thread"]
    cli_trace = {s.name for s in cli_spans if s.trace_id == cli_roots[0].trace_id}
    assert cli_trace >= NODES
