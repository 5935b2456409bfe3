"""Throughput, latency and query counts of the public pages, under gunicorn.

    .venv/bin/python benchmarks/run.py            # SQLite and PostgreSQL, 2 rounds
    .venv/bin/python benchmarks/run.py --db sqlite --duration 3 --repeat 1
    .venv/bin/python benchmarks/run.py --db sqlite --reuse   # the same database again

Builds a fresh database per engine (migrate, the demo, then ``generate_content``:
50 regions, 10,000 practices, 2,000 activities, 10,000 transfer cases and 10,000
inquiries, in five languages), starts gunicorn with 2 sync workers and the
production settings, loads each page with wrk (or benchmarks/loadgen.py when wrk
is missing) for an anonymous visitor, a stakeholder and a member of staff,
uncached and then through the page caches (anonymous, and per audience), with 4
connections and then with one (latency), and measures search latency in-process.
Writes benchmarks/RESULTS.md. Every load is bounded in time and only targets
127.0.0.1.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / ".work"
PY = sys.executable
sys.path.insert(0, str(ROOT))

from benchmarks import loadgen  # noqa: E402
from benchmarks.run_scripts import (  # noqa: E402
    QUERIES_SCRIPT,
    SEARCH_SCRIPT,
    SESSIONS_SCRIPT,
    URLS_SCRIPT,
)
from benchmarks.sections import sections_owned_elsewhere  # noqa: E402

PG_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/competein_bench"
)


def env_for(database_url, cached):
    """Uncached: neither the anonymous page cache nor the audience cache (only
    the fragments every render shares, cms/fragments.py); cached: both."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="benchmark-only-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        DATABASE_URL=database_url,
        PAGE_CACHE_ENABLED="true" if cached else "false",
        AUDIENCE_CACHE_ENABLED="true" if cached else "false",
        LOG_LEVEL="WARNING",
    )
    return env


def manage(env, *args, capture=False):
    result = subprocess.run(
        [PY, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    )
    return result.stdout if capture else None


def fresh_database(database_url):
    """An empty database: the SQLite file removed, the PostgreSQL one recreated."""
    if database_url.startswith("sqlite:///"):
        Path(database_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        return
    from urllib.parse import urlparse

    import psycopg

    url = urlparse(database_url)
    name = url.path.lstrip("/")
    admin = url._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def shell_json(env, script, **extra):
    output = subprocess.run(
        [PY, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=dict(env, **extra),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def prepare(database_url, args):
    env = env_for(database_url, cached=False)
    print(f"== preparing {database_url}", flush=True)
    started = time.monotonic()
    generated = None
    if not (args.reuse and database_exists(database_url)):
        fresh_database(database_url)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo", "-v0")
        volume = [
            "--regions", str(args.regions), "--practices", str(args.practices),
            "--events", str(args.events), "--cases", str(args.cases), "--seed", "1",
        ]  # fmt: skip
        generating = time.monotonic()
        manage(env, "generate_content", *volume)
        generated = time.monotonic() - generating
    manage(env, "collectstatic", "--noinput", "-v0")
    prepared = time.monotonic() - started
    urls = shell_json(env, URLS_SCRIPT)
    people = shell_json(env, SESSIONS_SCRIPT)
    queries = shell_json(
        env,
        QUERIES_SCRIPT,
        BENCH_URLS=json.dumps(urls),
        BENCH_ADMIN_URLS=json.dumps(people["urls"]),
        BENCH_USERNAMES=json.dumps(people["usernames"]),
    )
    searches = [shell_json(env, SEARCH_SCRIPT) for _ in range(args.repeat)]
    for search in searches:
        print(
            f"search over {search['practices']} practices: p50 {search['p50']:.1f} ms"
            f"  p99 {search['p99']:.1f} ms",
            flush=True,
        )
    return urls, people, queries, searches, (prepared, generated)


def database_exists(database_url):
    if database_url.startswith("sqlite:///"):
        return Path(database_url.removeprefix("sqlite:///")).exists()
    from urllib.parse import urlparse

    import psycopg

    url = urlparse(database_url)
    admin = url._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        found = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (url.path.lstrip("/"),)
        ).fetchone()
    return found is not None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env, port):
    process = subprocess.Popen(
        [
            PY,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("gunicorn did not start")


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=20)


def load(port, path, duration, cookie=None, connections=4):
    if shutil.which("wrk"):
        headers = ["-H", f"Cookie: {cookie}"] if cookie else []
        output = subprocess.run(
            [
                "wrk",
                f"-t{min(2, connections)}",
                f"-c{connections}",
                f"-d{int(duration)}s",
                "--latency",
                *headers,
                f"http://127.0.0.1:{port}{path}",
            ],
            capture_output=True,
            text=True,
            timeout=duration + 30,
        ).stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))

        def pct(label):
            match = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", output)
            value, unit = float(match.group(1)), match.group(2)
            return (
                value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
            )

        return rps, pct("50"), pct("99"), "wrk"
    result = loadgen.run(
        "127.0.0.1",
        port,
        path,
        duration=duration,
        connections=connections,
        cookie=cookie,
    )
    return result.rps, result.p50, result.p99, "python loadgen"


VISITORS = ("anonymous", "stakeholder", "staff")


def bench(database_name, database_url, args):
    urls, people, queries, searches, prepared = prepare(database_url, args)
    rows = []
    cookies = {name: f"sessionid={key}" for name, key in people["sessions"].items()}
    cookies["anonymous"] = None
    for cached in (False, True):
        env = env_for(database_url, cached)
        port = free_port()
        server = start_gunicorn(env, port)
        pages = [
            (name, path, visitor)
            for visitor in VISITORS
            for name, path in urls.items()
            if visitor == "anonymous" or not path.startswith("/healthz")
        ]
        if not cached:  # the admin is never cached
            pages += [
                (name, path, "lead partner") for name, path in people["urls"].items()
            ]
        try:
            for name, path, visitor in pages:
                cookie = cookies[visitor]
                runs = []
                for _ in range(args.repeat):
                    load(port, path, 1, cookie)  # warm up (fills the caches)
                    runs.append(load(port, path, args.duration, cookie))
                best = max(runs, key=lambda r: r[0])
                single = load(port, path, args.latency_duration, cookie, connections=1)
                counted = queries.get(f"{visitor}|{name}", ["?", "?"])
                rows.append(
                    {
                        "db": database_name,
                        "cached": cached,
                        "visitor": visitor,
                        "page": name,
                        "path": path,
                        "rps": best[0],
                        "p50": best[1],
                        "p99": best[2],
                        "single_p50": single[1],
                        "single_p99": single[2],
                        "tool": best[3],
                        "all_rps": [round(r[0]) for r in runs],
                        "queries": counted[0],
                        "status": counted[1],
                    }
                )
                print(
                    f"{database_name:8} {'cached' if cached else 'uncached':8} "
                    f"{visitor:12} {name:28} {best[0]:8.0f} rps  p50 {best[1]:6.1f} ms"
                    f"  p99 {best[2]:6.1f} ms  1 conn p50 {single[1]:6.1f} ms",
                    flush=True,
                )
        finally:
            stop(server)
    return rows, {
        "db": database_name,
        "searches": searches,
        "prepared": prepared[0],
        "generated": prepared[1],
    }


def machine():
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{platform.machine()}, {os.cpu_count()} cores"
        f"{' (' + model + ')' if model else ''}{memory}, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}"
    )


def write_results(rows, extras, args, command):
    lines = [
        "# Benchmark results",
        "",
        "Written by `benchmarks/run.py`; what the figures mean and what they imply for "
        "a deployment: docs/deployment.md.",
        "",
        f"- date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {machine()}",
        f"- command: `{command}`",
        "- cache: "
        + (
            "Redis (`REDIS_URL`), shared by the workers"
            if os.environ.get("REDIS_URL")
            else "local memory, one per worker (no `REDIS_URL`)"
        ),
        f"- content: the demo site plus `generate_content --regions {args.regions} "
        f"--practices {args.practices} --events {args.events} --cases {args.cases}` "
        "(pages in five languages; the English practice listing holds "
        f"{args.practices:,} practices, each case listing {args.cases:,} cases)",
        f"- gunicorn, 2 sync workers, production settings; {args.duration}s per run, "
        f"best of {args.repeat} runs (all runs listed); load tool: "
        f"{rows[0]['tool'] if rows else '-'}",
        "- uncached: neither the anonymous page cache nor the audience cache; the "
        "fragments shared by every render (cms/fragments.py) stay on. cached: both "
        "page caches on (anonymous visitors share one, signed-in people get their "
        "audience's, cms/pagecache.py)",
        "- visitors: anonymous; a stakeholder and a member of staff (the editor) of "
        "the first partner region, each with their own session",
        "- under load: 4 connections; 1 conn: latency with a single connection",
        "- ratio: requests per second relative to /healthz in the same database and "
        "cache mode",
        "- SQL queries: what one render of the page costs for that visitor, with "
        "the fragments warm and the page caches off (measured in-process)",
        "",
        "| database | cache | visitor | page | req/s | runs | p50 ms | p99 ms "
        "| 1 conn p50 ms | 1 conn p99 ms | ratio to floor | SQL queries | status |",
        "|---|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        if row["page"].startswith("admin"):
            continue
        floor = next(
            r
            for r in rows
            if r["db"] == row["db"]
            and r["cached"] == row["cached"]
            and r["page"].startswith("/healthz")
        )
        ratio = row["rps"] / floor["rps"] if floor["rps"] else 0
        lines.append(
            f"| {row['db']} | {'cached' if row['cached'] else 'uncached'} | "
            f"{row['visitor']} | {row['page']} | {row['rps']:.0f} | {row['all_rps']} "
            f"| {row['p50']:.1f} | {row['p99']:.1f} | {row['single_p50']:.1f} | "
            f"{row['single_p99']:.1f} | {ratio:.0%} | {row['queries']} | "
            f"{row['status']} |"
        )
    lines += [
        "",
        "## Admin case listings (logged in as the lead partner, never cached)",
        "",
        "| database | page | req/s | runs | p50 ms | p99 ms | 1 conn p50 ms "
        "| 1 conn p99 ms | ratio to floor | SQL queries | status |",
        "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        if row["page"].startswith("admin"):
            floor = next(
                r
                for r in rows
                if r["db"] == row["db"]
                and not r["cached"]
                and r["page"].startswith("/healthz")
            )
            ratio = row["rps"] / floor["rps"] if floor["rps"] else 0
            lines.append(
                f"| {row['db']} | {row['page']} | {row['rps']:.0f} | {row['all_rps']} "
                f"| {row['p50']:.1f} | {row['p99']:.1f} | {row['single_p50']:.1f} | "
                f"{row['single_p99']:.1f} | {ratio:.0%} | {row['queries']} | "
                f"{row['status']} |"
            )
    lines += [
        "",
        "## Search latency (in-process: first page of results plus the count)",
        "",
        "Seven words, common to absent, 20 rounds each, per run; English pages only "
        "(the search page's scope), out of an index that holds every language.",
        "",
        "| database | practices (en) | live pages indexed | run | searches | p50 ms "
        "| p99 ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for extra in extras:
        for n, search in enumerate(extra["searches"], 1):
            lines.append(
                f"| {extra['db']} | {search['practices']:,} | "
                f"{search['indexed pages']:,} | {n} | {search['searches']} | "
                f"{search['p50']:.1f} | {search['p99']:.1f} |"
            )
    lines += ["", "## Preparation (migrate, demo, generate_content)", ""]
    for extra in extras:
        generated = (
            f" (generate_content, indexing included: {extra['generated'] / 60:.1f} min)"
            if extra["generated"] is not None
            else " (the database of an earlier run, `--reuse`)"
        )
        lines.append(f"- {extra['db']}: {extra['prepared'] / 60:.1f} min{generated}")
    results = ROOT / "benchmarks" / "RESULTS.md"
    # Sections written by other benchmarks (hostile_documents.py, matchmaking.py)
    # are kept.
    kept = sections_owned_elsewhere(results)
    results.write_text("\n".join(lines) + "\n" + ("\n" + kept if kept else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--duration", type=float, default=5)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--regions", type=int, default=50)
    parser.add_argument("--practices", type=int, default=10000)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--cases", type=int, default=10000)
    parser.add_argument(
        "--latency-duration",
        type=float,
        default=3,
        help="seconds of the single-connection latency run per page",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the database of an earlier run when it exists",
    )
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    rows, extras = [], []
    engines = []
    if args.db in ("sqlite", "both"):
        engines.append(("sqlite", f"sqlite:///{WORK / 'bench.sqlite3'}"))
    if args.db in ("postgres", "both"):
        engines.append(("postgres", PG_URL))
    for name, url in engines:
        engine_rows, extra = bench(name, url, args)
        rows += engine_rows
        extras.append(extra)
    write_results(rows, extras, args, " ".join([Path(PY).name, *sys.argv]))


if __name__ == "__main__":
    main()
