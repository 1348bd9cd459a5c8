"""Benchmark: checkpoint storage per run on PostgreSQL, against SQLite, for a 2,000-turn run.

The same offline run (same computer, seed and days) is checkpointed once to SQLite
(checkpoints.sqlite in the run folder) and once to PostgreSQL (a fresh database on a throwaway
server, tests/support/postgres.py, or $SYNTHCOMP_TEST_PG_URL's server), at two lengths. Storage
is measured as:

- SQLite: the size of checkpoints.sqlite (its WAL is folded in when the run closes it);
- PostgreSQL: the rows of the run's thread (sum of pg_column_size over the three checkpoint
  tables: what is stored, after PostgreSQL's own TOAST compression), and the growth of the
  tables on disk (pg_total_relation_size: pages, TOAST and indexes) in a database holding only
  this run.

A 2,000-turn figure is extrapolated, not measured: the growth per turn between the short and
the long run (which takes out the fixed part, e.g. the first checkpoint's full state) times the
turns left. A month of the offline model is ~2,000 turns; `--days 20` measures it directly.
Run: ``make bench`` (or ``python bench/bench_postgres.py --days 6``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import psycopg
from support.postgres import create_database, drop_database, postgres_server

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.runs.checkpoints import run_checkpointer
from synthcomp.runs.folder import load_context, read_summary
from synthcomp.runs.postgres import thread_bytes

PERSONA = "A procurement manager at a mid-size hospital in Lyon"
TARGET_TURNS = 2000
TABLES = ("checkpoints", "checkpoint_blobs", "checkpoint_writes")


def _table_bytes(url: str) -> int:
    with psycopg.connect(url) as connection:
        return sum(int(connection.execute("SELECT pg_total_relation_size(%s)", (table,)).fetchone()[0])
                   for table in TABLES)


def _one(computer: Path, days: int, seed: int, server: str, work: Path) -> dict[str, Any]:
    """The run of ``days`` days on SQLite and on PostgreSQL: turns, bytes, seconds."""
    import shutil

    out: dict[str, Any] = {"days": days}
    sqlite_copy = work / f"sqlite-{days}"
    shutil.copytree(computer, sqlite_copy, symlinks=True)
    started = time.perf_counter()
    run = simulate(sqlite_copy, days=days, seed=seed, run_id="r")
    out["sqlite_seconds"] = time.perf_counter() - started
    out["turns"] = int(read_summary(run)["turns"])
    out["sqlite_bytes"] = (run / "checkpoints.sqlite").stat().st_size

    name = f"bench_pg_{days}d"
    url = create_database(server, name)
    try:
        pg_copy = work / f"pg-{days}"
        shutil.copytree(computer, pg_copy, symlinks=True)
        from synthcomp.runs.postgres import postgres_pool

        postgres_pool(url)  # the tables exist: what follows is the run's alone
        empty = _table_bytes(url)
        started = time.perf_counter()
        run = simulate(pg_copy, days=days, seed=seed, run_id="r", checkpointer=url)
        out["pg_seconds"] = time.perf_counter() - started
        assert int(read_summary(run)["turns"]) == out["turns"], "the same run on both"
        with run_checkpointer(run, url) as saver:
            rows = thread_bytes(saver, str(load_context(run)["thread_id"]))  # type: ignore[arg-type]
        out["pg_rows"] = sum(rows.values())
        out["pg_rows_by_table"] = rows
        out["pg_disk"] = _table_bytes(url) - empty
        from synthcomp.runs import postgres

        for key, pool in list(postgres._pools.items()):  # before the database is dropped
            if key[1] == url:
                pool.close()
                del postgres._pools[key]
    finally:
        drop_database(server, name)
    return out


def _per_2000(short: dict[str, Any], long: dict[str, Any], key: str) -> tuple[float, float]:
    """(bytes per turn of growth, bytes extrapolated to TARGET_TURNS) from two run lengths."""
    per_turn = (long[key] - short[key]) / max(long["turns"] - short["turns"], 1)
    return per_turn, long[key] + per_turn * (TARGET_TURNS - long["turns"])


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=6, help="days of the longer run (default 6)")
    parser.add_argument("--short-days", type=int, default=2, help="days of the shorter run (default 2)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-postgres-") as scratch, postgres_server() as server:
        work = Path(scratch)
        computer = build_computer(PERSONA, work / "computer", seed=args.seed)
        plan_computer(computer, seed=args.seed)
        short, long = (_one(computer, days, args.seed, server, work) for days in (args.short_days, args.days))
    print(f"checkpoint storage of one offline run, SQLite against PostgreSQL ({short['turns']} and "
          f"{long['turns']} turns measured)")
    for run in (short, long):
        print(f"  {run['days']:>2} days {run['turns']:>5} turns   sqlite {run['sqlite_bytes'] / 1e6:7.2f} MB "
              f"({run['sqlite_seconds']:5.1f} s)   postgres rows {run['pg_rows'] / 1e6:7.2f} MB, on disk "
              f"{run['pg_disk'] / 1e6:7.2f} MB ({run['pg_seconds']:5.1f} s)")
    print("  postgres rows by table (longer run): " + ", ".join(
        f"{table} {size / 1e6:.2f} MB" for table, size in long["pg_rows_by_table"].items()))
    figures = {key: _per_2000(short, long, key) for key in ("sqlite_bytes", "pg_rows", "pg_disk")}
    print(f"extrapolated to a {TARGET_TURNS}-turn run (growth per turn between the two runs, times the "
          "turns left; not measured):")
    for key, label in (("sqlite_bytes", "sqlite file"), ("pg_rows", "postgres rows"),
                       ("pg_disk", "postgres on disk")):
        per_turn, total = figures[key]
        print(f"  {label:<17} {per_turn / 1e3:7.2f} kB/turn   {total / 1e6:7.2f} MB per "
              f"{TARGET_TURNS}-turn run")
    sqlite_total = figures["sqlite_bytes"][1]
    print(f"  postgres / sqlite: rows {figures['pg_rows'][1] / sqlite_total:.2f}x, on disk "
          f"{figures['pg_disk'][1] / sqlite_total:.2f}x (indexes and page slack included)")
    print(f"  wall time, longer run: sqlite {long['sqlite_seconds']:.1f} s, "
          f"postgres {long['pg_seconds']:.1f} s "
          f"({long['pg_seconds'] / long['sqlite_seconds']:.2f}x)")


if __name__ == "__main__":
    main()
