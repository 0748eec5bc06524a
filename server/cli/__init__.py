"""itglue-rag: answers from your clients' IT Glue documentation, every claim checked.

Start with `itglue-rag demo` (the sample MSP, a key, the chat page) or `itglue-rag sync` (your
IT Glue account), then `itglue-rag ask "..."`. While a server runs on the same data
directory, `status`, `keys`, `sync`, `sync-status`, `ask` and `mcp` work through it. Errors
print one line and exit with status 2.
"""

# This module only wires the commands (their help is the text above): the work is in one
# module per command group (data, answers, keys, serving), what they share in common.py.

from __future__ import annotations

import typer

from server.cli import answers, data, infrastructure, inventory, keys, reports, serving
from server.cli.changes import changes
from server.cli.common import settings_first

app = typer.Typer(
    no_args_is_help=True, add_completion=False, help=__doc__, rich_markup_mode="markdown"
)
app.callback()(settings_first)

app.command("load-sample")(data.load_sample)
app.command("status")(data.status)
app.command("sync")(data.sync)
app.command("sync-status")(data.sync_status)
app.command("changes")(changes)
app.command("fake-itglue")(data.fake_itglue)
app.command("ask")(answers.ask)
app.command("bench")(answers.bench)
app.command("eval")(answers.eval_)

keys_app = typer.Typer(no_args_is_help=True, help="API keys for the HTTP API and MCP over HTTP.")
keys_app.command("create")(keys.keys_create)
keys_app.command("list")(keys.keys_list)
keys_app.command("revoke")(keys.keys_revoke)
app.add_typer(keys_app, name="keys")

app.command("check-claims")(answers.check_claims)
app.command("rekey")(keys.rekey)
app.command("mcp")(serving.mcp)
app.command("serve")(serving.serve)
app.command("demo")(serving.demo)
app.command("locations")(inventory.locations)
app.command("asset-types")(inventory.asset_types)
app.command("credentials")(inventory.credentials)
app.add_typer(reports.report, name="report")
reports.report.command("infrastructure")(infrastructure.infrastructure)
reports.report.command("infrastructure-bench")(infrastructure.infrastructure_bench)


def main() -> None:
    app()
