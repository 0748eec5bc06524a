"""What every command group shares: the consoles, the one-line failure, running a job on the
stores or through the server that holds them, progress bars, the one way to open and close the
stores (`opened`), the one way to make sure the sample is loaded (`ensure_sample`) and the one
way to serve the app (`claim` the port first, then `serve_on` it).

Text from outside (errors, API answers, names users gave) goes through rich's `escape`: rich
reads `[...]` as markup, and `page[size]=1000` or `[redacted password]` would lose it."""

from __future__ import annotations

import asyncio
import errno
import socket
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from core.errors import ItGlueRagError, StoreError
from core.settings import Settings, get_settings
from server import local

if TYPE_CHECKING:
    from core.models import Snapshot
    from server.remote import Remote
    from stores import Stores
    from sync.ingest import IngestReport

console = Console()
err = Console(stderr=True)
T = TypeVar("T")


def _version(asked: bool) -> None:
    if asked:
        from importlib.metadata import PackageNotFoundError, version

        try:
            console.print(f"itglue-rag {version('itglue-rag')}", highlight=False)
        except PackageNotFoundError:
            console.print("itglue-rag (not installed as a package)", highlight=False)
        raise typer.Exit()


def settings_first(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit"
        ),
    ] = False,
) -> None:
    """Every command reads the settings before it starts: an invalid one is one line naming the
    variable and exit status 2 (`serve`, `mcp`, `demo` included), never a traceback."""
    try:
        get_settings()
    except ItGlueRagError as exc:
        raise fail(exc) from None


def configure_logging(level: str) -> None:
    """Logs at `level` in the configured format, to stderr."""
    from core.logs import configure

    configure(level, get_settings().log_format)


def fail(message: object) -> typer.Exit:
    """Print one error line; the caller raises the returned exit (status 2)."""
    err.print(f"[red]error:[/red] {escape(str(message))}", highlight=False, soft_wrap=True)
    return typer.Exit(2)


def run(job: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run `job` on the stores; an expected failure is one line and exit 2, Ctrl-C exit 130."""
    try:
        configure_logging(get_settings().log_level)
        return asyncio.run(job())
    except StoreError as exc:  # held by another process: say which one
        raise fail(local.held_by(get_settings()) or exc) from None
    except ItGlueRagError as exc:
        raise fail(exc) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(130) from None


def local_server() -> local.LocalServer | None:
    """The server holding this data directory's embedded stores, when one answers."""
    return local.find(get_settings())


def either(through: Callable[[Remote], T], job: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """`through` the server holding the stores when one answers, else `job` on the stores."""
    server = local_server()
    if server is None:
        return run(job)
    from server.remote import Remote

    try:
        with Remote(server) as remote:
            return through(remote)
    except ItGlueRagError as exc:
        raise fail(exc) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(130) from None


def refuse_while_served(what: str, server: local.LocalServer | None = None) -> None:
    """One line and exit 2 when a server holds the stores this command must open itself."""
    server = server or local_server()
    if server is not None:
        where = get_settings().data_dir.resolve()
        raise fail(
            f"the itglue-rag server (pid {server.pid}) at {server.url} holds {where}; {what}"
        )


@asynccontextmanager
async def opened(settings: Settings | None = None) -> AsyncIterator[Stores]:
    """The stores the settings select (the current ones by default), closed however the block
    ends."""
    from stores import open_stores

    stores = await open_stores(settings or get_settings())
    try:
        yield stores
    finally:
        await stores.close()


async def organization_ids(stores: Stores, orgs: list[str]) -> tuple[int, ...] | None:
    """Organization ids for `--org` values (id, name or short name); None: all. A name that
    names several organizations is an error listing them, as over HTTP and MCP."""
    if not orgs:
        return None
    from server.services.auth import pick
    from server.services.errors import ApiError

    read = stores.sql.read
    try:  # the server's own match, over every organization
        return pick(orgs, await read.organizations(await read.all_organization_ids()))
    except ApiError as exc:
        raise ItGlueRagError(exc.message) from None


class Bars:
    """Ingest progress as rich bars, one per phase."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._tasks: dict[str, Any] = {}

    def start(self, phase: str, total: int) -> None:
        if phase in self._tasks:
            self._progress.reset(self._tasks[phase], total=total)
        else:
            self._tasks[phase] = self._progress.add_task(phase, total=total)

    def advance(self, phase: str, amount: int = 1) -> None:
        self._progress.advance(self._tasks[phase], amount)


def bars(out: Console | None = None) -> Progress:
    """Progress bars on `out` (stdout by default)."""
    return Progress(
        TextColumn("{task.description:>13}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=out or console,
        transient=False,
    )


async def ingest(stores: Stores, snapshot: Snapshot, out: Console | None = None) -> IngestReport:
    """Ingest a whole snapshot with progress bars; what is not in it leaves the stores."""
    from sync.ingest import Ingestor

    with bars(out) as progress:
        return await Ingestor(stores, progress=Bars(progress)).ingest(snapshot, reconcile=True)


def empty(sql_counts: Mapping[str, int]) -> bool:
    """The stores are empty when the SQL store, their system of record, holds no row of any
    kind (the counts of `SqlStore.counts`, locally or in a server's status)."""
    return not any(sql_counts.values())


async def ensure_sample(
    stores: Stores,
    snapshot: Callable[[], Snapshot],
    announce: str | None = None,
    out: Console | None = None,
) -> IngestReport | None:
    """Ingest `snapshot()` when the stores are empty, printing `announce` first; None, and
    nothing touched, when they hold data already (it may be a real sync: never overwrite it)."""
    if not empty(await stores.sql.counts()):
        return None
    if announce:
        (out or console).print(announce)
    return await ingest(stores, snapshot(), out)


def claim(host: str, port: int, instead: Callable[[int], str]) -> socket.socket:
    """A socket listening on `host:port`, held until the server takes it (so no other process
    can take the port in between); a taken port is one line and exit 2 before anything else
    starts. `instead(port)` says how to pick another port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn: past TIME_WAIT
    try:
        sock.bind((host, port))
        sock.listen()  # listening, not only bound: a second SO_REUSEADDR bind now fails
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise fail(
                f"port {port} is in use on {host}: stop what holds it or {instead(port)}"
            ) from None
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def serve_on(
    sock: socket.socket, factory: Callable[[], Any], started: Callable[[], None], **options: Any
) -> None:
    """Serve the app `factory` builds on the `claim`ed socket; `started()` runs once the app's
    start-up is done and requests are served (nothing claims to serve before). Ctrl-C stops."""
    import uvicorn

    class Announcing(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if self.started:
                started()

    host, port = sock.getsockname()[:2]
    server = Announcing(uvicorn.Config(factory, factory=True, host=host, port=port, **options))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # re-raised by uvicorn after its graceful shutdown
        pass
    finally:
        sock.close()
    if not server.started:  # uvicorn's status for a start-up that failed
        raise typer.Exit(3)
