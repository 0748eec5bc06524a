"""The Grafana dashboard and the Prometheus scrape of docker-compose.yml, checked without a
Docker engine: the dashboard is valid JSON whose every query reads only metrics the app
exports (server/services/metrics.py, collected from prometheus_client), through the datasource
the provisioning defines; the compose file mounts the provisioning and dashboard files that
exist where Grafana and Prometheus read them; Prometheus scrapes the app's /metrics with the
bearer key .env gives it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]
from prometheus_client import Counter, Histogram

from server.services import metrics

ROOT = Path(__file__).resolve().parents[1]
DASHBOARD = ROOT / "deploy/grafana/dashboards/itglue-rag.json"
NAME = re.compile(r"(?<![\w.])[a-zA-Z_][a-zA-Z0-9_]*")
"""A PromQL identifier (not the `e` of a number such as 1e-9)."""
FUNCTIONS = {
    "sum", "rate", "increase", "histogram_quantile", "clamp_min", "by", "le", "avg", "max",
    "min", "count", "irate", "delta", "without", "on", "ignoring", "and", "or", "unless",
}  # fmt: skip


def _exported() -> set[str]:
    """Every series name the app's metrics produce (a counter's _total, a histogram's parts)."""
    names: set[str] = set()
    for value in vars(metrics).values():
        if isinstance(value, Counter):
            names |= {f"{f.name}_total" for f in value.describe()}
        elif isinstance(value, Histogram):
            for f in value.describe():
                names |= {f"{f.name}_bucket", f"{f.name}_sum", f"{f.name}_count"}
    return names


def _compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def _mounts(service: dict[str, Any]) -> dict[str, str]:
    """A service's bind mounts: where in the container → the checked-in path."""
    out = {}
    for volume in service.get("volumes", []):
        source, target, *_ = volume.split(":")
        if source.startswith("./"):
            out[target] = source.removeprefix("./")
    return out


def test_every_panel_queries_only_exported_metrics_through_the_provisioned_datasource() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    datasources = yaml.safe_load(
        (ROOT / "deploy/grafana/provisioning/datasources/prometheus.yml").read_text()
    )["datasources"]
    uid = datasources[0]["uid"]
    assert datasources[0]["url"] == "http://prometheus:9090"
    exported, used = _exported(), set()
    assert (
        "itglue_rag_sync_errors_total" in exported and "itglue_rag_node_seconds_bucket" in exported
    )
    panels = dashboard["panels"]
    assert panels and len({p["id"] for p in panels}) == len(panels)
    for panel in panels:
        assert panel["datasource"]["uid"] == uid, panel["title"]
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == uid, panel["title"]
            expr = re.sub(r"\{[^}]*\}|\[[^\]]*\]|\"[^\"]*\"", " ", target["expr"])
            names = {w for w in NAME.findall(expr) if w not in FUNCTIONS}
            names -= {"found", "node", "route", "status", "record_type", "retriever", "result"}
            assert names and names <= exported, (panel["title"], names - exported)
            used |= names
    # what the issue names: answers, latency by node, abstentions, claims removed, cache hits,
    # sync records and errors
    for wanted in (
        "itglue_rag_answers_total",
        "itglue_rag_node_seconds_bucket",
        "itglue_rag_claims_removed_total",
        "itglue_rag_cache_total",
        "itglue_rag_sync_records_total",
        "itglue_rag_sync_errors_total",
    ):
        assert wanted in used, wanted
    assert any('found="false"' in t["expr"] for p in panels for t in p["targets"])  # abstentions


def test_compose_provisions_grafana_and_prometheus_from_the_checked_in_files() -> None:
    services = _compose()["services"]
    grafana, prometheus = _mounts(services["grafana"]), _mounts(services["prometheus"])
    provisioning = ROOT / grafana["/etc/grafana/provisioning"]
    assert (provisioning / "datasources/prometheus.yml").is_file()
    providers = yaml.safe_load((provisioning / "dashboards/itglue-rag.yml").read_text())
    folder = providers["providers"][0]["options"]["path"]
    assert (ROOT / grafana[folder] / DASHBOARD.name).is_file()  # the provider reads the mount
    home = services["grafana"]["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    assert home == f"{folder}/{DASHBOARD.name}"

    config = yaml.safe_load((ROOT / prometheus["/etc/prometheus/prometheus.yml"]).read_text())
    (job,) = config["scrape_configs"]
    assert job["metrics_path"] == "/metrics"
    assert job["static_configs"][0]["targets"] == ["app:8000"]
    # /metrics needs a read key not limited to organizations (server/routes.py): the container
    # writes the one .env gives it to the file the scrape reads, then runs Prometheus
    auth = job["authorization"]
    assert auth["type"] == "Bearer" and auth["credentials_file"].startswith("/prometheus/")
    start = " ".join(services["prometheus"]["command"])
    assert f'"$$ITGLUE_RAG_METRICS_TOKEN" > {auth["credentials_file"]}' in start
    assert "exec /bin/prometheus --config.file=/etc/prometheus/prometheus.yml" in start
    env = services["prometheus"]["environment"]
    assert env["ITGLUE_RAG_METRICS_TOKEN"] == "${ITGLUE_RAG_METRICS_TOKEN:-}"
    assert "ITGLUE_RAG_METRICS_TOKEN=" in (ROOT / ".env.example").read_text()
