"""How long the infrastructure report of the largest organization takes at a scale of the sample
MSP (the seeds' target: under 30 s at scale 10).

    python -m evals.report_timing --scale 10

Uses the data directory `itglue-rag bench --scale N` uses (`<data dir>/bench-scale-N`), loading
the sample there first when it is empty, exactly as `bench` does (as of REFERENCE_DATE). The
largest organization is the one with the most records; each format is built `--runs` times
through the service the route and the MCP tool call (reads of the SQL store included), and the
slowest run is what counts.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from typing import Any

from core.crypto import load_cipher
from core.settings import get_settings, load_settings
from server.cli.common import ensure_sample, opened
from server.services.infrastructure import infrastructure_report
from sync.demo.sample import REFERENCE_DATE, generate

KINDS = ("configurations", "flexible_assets", "documents", "contacts", "locations", "passwords")


async def measure(scale: int, runs: int) -> dict[str, Any]:
    settings = load_settings(data_dir=get_settings().data_dir / f"bench-scale-{scale}")
    async with opened(settings) as stores:
        await ensure_sample(
            stores,
            lambda: generate(scale, cipher=load_cipher(settings)),
            f"Loading the sample MSP at scale {scale} into {settings.data_dir}…",
        )
        async with stores.sql.pool.connection() as conn:
            counted = " UNION ALL ".join(
                f"SELECT organization_id FROM {kind}" for kind in (*KINDS, "relationships")
            )
            cur = await conn.execute(
                f"SELECT organization_id, count(*) FROM ({counted}) AS r "
                "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"
            )
            row = await cur.fetchone()
            assert row is not None, "no records"
            largest, records = int(row["organization_id"]), int(row["count"])
            cur = await conn.execute("SELECT count(*) FROM organizations")
            total = await cur.fetchone()
        out: dict[str, Any] = {
            "scale": scale,
            "organizations": int(total["count"]) if total else 0,
            "largest_organization_id": largest,
            "records_and_links": records,
        }
        for fmt in ("markdown", "html"):
            seconds = []
            for _ in range(runs):
                started = time.perf_counter()
                report = await infrastructure_report(stores, largest, fmt, REFERENCE_DATE)
                seconds.append(time.perf_counter() - started)
            out["organization"] = report.organization
            out[fmt] = {
                "slowest_s": round(max(seconds), 3),
                "fastest_s": round(min(seconds), 3),
                "characters": len(report.content),
                "sources": len(report.sources),
            }
        out["data_dir"] = str(settings.data_dir)
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(measure(args.scale, args.runs)), indent=2))


if __name__ == "__main__":
    main()
