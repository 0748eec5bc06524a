"""docker-compose.yml cannot be run here (no Docker engine); this checks what can be checked
without one: it parses, every image tag is pinned, every service has a health check, the app
waits for healthy backends and is configured for the production backends, and every variable
the compose file requires is in .env.example."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[1]


def test_compose_file_is_complete_and_pinned() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    langfuse = {"langfuse-web", "langfuse-worker", "langfuse-postgres", "clickhouse"}
    langfuse |= {"langfuse-redis", "minio"}
    metrics = {"prometheus", "grafana"}
    assert set(services) == {"app", "postgres", "neo4j", "qdrant", "redis"} | langfuse | metrics
    for name, service in services.items():
        assert "healthcheck" in service or name == "app", name
        image = service.get("image", "")
        assert image and ":" in image and not image.endswith(":latest"), name
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):  # a checked-in file or folder, mounted read-only
                assert (ROOT / source).exists() and volume.endswith(":ro"), (name, volume)
            else:
                assert source in compose["volumes"], (name, volume)
    app = services["app"]
    assert {d: c["condition"] for d, c in app["depends_on"].items()} == {
        "postgres": "service_healthy",
        "neo4j": "service_healthy",
        "qdrant": "service_healthy",
        "redis": "service_healthy",
        "langfuse-web": "service_started",
    }
    env = app["environment"]
    assert (
        env["DATABASE_URL"].startswith("postgresql://") and "@postgres:5432/" in env["DATABASE_URL"]
    )
    assert env["NEO4J_URI"] == "bolt://neo4j:7687"
    assert env["QDRANT_URL"] == "http://qdrant:6333" and env["REDIS_URL"].startswith(
        "redis://redis:"
    )
    assert "pgvector" in services["postgres"]["image"] and services["neo4j"]["image"].startswith(
        "neo4j:5."
    )


def test_compose_runs_langfuse_on_its_own_backends_wired_to_the_app() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    app = services["app"]["environment"]
    web, worker = services["langfuse-web"], services["langfuse-worker"]
    assert app["LANGFUSE_BASE_URL"] == "http://langfuse-web:3000"
    # the project is created with the very keys the app sends traces with
    assert web["environment"]["LANGFUSE_INIT_PROJECT_PUBLIC_KEY"] == app["LANGFUSE_PUBLIC_KEY"]
    assert web["environment"]["LANGFUSE_INIT_PROJECT_SECRET_KEY"] == app["LANGFUSE_SECRET_KEY"]
    # SDK 5.x needs Langfuse server 4.59+; v4 needs ClickHouse 25.12+ and PostgreSQL 15+
    for service in (web, worker):
        major, minor, _ = service["image"].split(":")[1].split(".")
        assert (int(major), int(minor)) >= (4, 59), service["image"]
        env = service["environment"]
        assert env["DATABASE_URL"].endswith("@langfuse-postgres:5432/langfuse")
        assert env["CLICKHOUSE_URL"] == "http://clickhouse:8123"
        assert env["REDIS_HOST"] == "langfuse-redis"
        assert env["LANGFUSE_S3_EVENT_UPLOAD_ENDPOINT"] == "http://minio:9000"
        assert set(service["depends_on"]) == {
            "langfuse-postgres",
            "clickhouse",
            "langfuse-redis",
            "minio",
        }
    clickhouse = services["clickhouse"]["image"].split(":")[1].split(".")
    assert (int(clickhouse[0]), int(clickhouse[1])) >= (25, 12)
    assert int(services["langfuse-postgres"]["image"].split(":")[1].split(".")[0]) >= 15
    assert "noeviction" in services["langfuse-redis"]["command"]


def test_env_example_names_every_required_variable() -> None:
    text = (ROOT / "docker-compose.yml").read_text()
    required = set(re.findall(r"\$\{(\w+):\?", text))
    example = {
        line.split("=", 1)[0]
        for line in (ROOT / ".env.example").read_text().splitlines()
        if "=" in line and not line.startswith("#")
    }
    assert required and required <= example
    assert {"ENCRYPTION_KEY", "ITGLUE_API_URL", "ITGLUE_API_KEY", "LANGFUSE_SECRET_KEY"} <= example


def test_dockerfile_pins_torch_and_serves() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert "torch==2.13.0" in text and "download.pytorch.org/whl/cpu" in text
    assert 'CMD ["itglue-rag", "serve"]' in text and "HEALTHCHECK" in text
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    packages = pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    for package in (p.rstrip("*") for p in packages):  # every package the install finds
        assert f"COPY {package} {package}" in text, package


def test_nightly_workflow_runs_the_eval_and_uploads_the_report() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/nightly-evals.yml").read_text())
    triggers = workflow.get("on") or workflow.get(True)  # YAML 1.1 reads `on` as True
    assert "schedule" in triggers and "workflow_dispatch" in triggers
    steps = workflow["jobs"]["eval"]["steps"]
    commands = " ".join(str(s.get("run", "")) for s in steps)
    assert "torch==2.13.0" in commands and "make eval" in commands
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["if"] == "always()" and upload["with"]["path"] == "eval-report/"
    env = workflow["jobs"]["eval"]["env"]  # keys present: dataset push + experiment (evals/)
    assert env["LANGFUSE_PUBLIC_KEY"] == "${{ secrets.LANGFUSE_PUBLIC_KEY }}"
    assert env["LANGFUSE_SECRET_KEY"] == "${{ secrets.LANGFUSE_SECRET_KEY }}"
    assert "LANGFUSE_BASE_URL" in env
