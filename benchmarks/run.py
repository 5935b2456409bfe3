"""Throughput, latency and query counts of the public pages, under gunicorn.

    .venv/bin/python benchmarks/run.py            # SQLite and PostgreSQL, 2 rounds
    .venv/bin/python benchmarks/run.py --db sqlite --duration 3 --repeat 1

Starts gunicorn with 2 sync workers and the production settings on a prepared
database, loads each page with wrk (or benchmarks/loadgen.py when wrk is
missing), uncached and then through the anonymous page cache, and writes
benchmarks/RESULTS.md. Every load is bounded in time and only targets 127.0.0.1.
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

PG_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/competein_bench"
)

URLS_SCRIPT = r"""
import json
from django.apps import apps
from wagtail.models import Page

def first_url(label, **filters):
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    page = model.objects.live().filter(locale__language_code="en", **filters).first()
    return page.url if page else None

urls = {"/healthz (floor)": "/healthz", "home page": "/en/"}
region = first_url("regions.RegionPage")
if region:
    urls["region profile"] = region
listing = first_url("practices.PracticeIndexPage")
if listing:
    urls["practice listing"] = listing
    urls["practice listing, 2 facets"] = listing + "?pillar=governance&level=regional"
practice = first_url("practices.PracticePage")
if practice:
    urls["practice page"] = practice
urls["search, common word"] = "/en/search/?q=export"
plan = first_url("regions.ActionPlanPage")
if plan:
    urls["action plan progress"] = plan + "progress/"
print(json.dumps(urls))
"""

QUERIES_SCRIPT = r"""
import json, os
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
urls = json.loads(os.environ["BENCH_URLS"])
client = Client(HTTP_HOST="127.0.0.1")
counts = {}
for name, url in urls.items():
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        status = client.get(url).status_code
    counts[name] = [len(context), status]
print(json.dumps(counts))
"""


def env_for(database_url, cached):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="benchmark-only-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        DATABASE_URL=database_url,
        PAGE_CACHE_ENABLED="true" if cached else "false",
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


def prepare(database_url, practices):
    env = env_for(database_url, cached=False)
    print(f"== preparing {database_url}", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "load_demo", "-v0")
    commands = manage(env, "help", "--commands", capture=True)
    if "generate_content" in commands.split() and practices:
        manage(env, "generate_content", "--practices", str(practices), "--seed", "1")
    urls = json.loads(
        manage(env, "shell", "-c", URLS_SCRIPT, capture=True).strip().splitlines()[-1]
    )
    queries = json.loads(
        subprocess.run(
            [PY, "manage.py", "shell", "-c", QUERIES_SCRIPT],
            cwd=ROOT,
            env=dict(env, BENCH_URLS=json.dumps(urls)),
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    return urls, queries


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


def load(port, path, duration):
    if shutil.which("wrk"):
        output = subprocess.run(
            [
                "wrk",
                "-t2",
                "-c4",
                f"-d{int(duration)}s",
                "--latency",
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
    result = loadgen.run("127.0.0.1", port, path, duration=duration, connections=4)
    return result.rps, result.p50, result.p99, "python loadgen"


def bench(database_name, database_url, args):
    urls, queries = prepare(database_url, args.practices)
    rows = []
    for cached in (False, True):
        env = env_for(database_url, cached)
        port = free_port()
        server = start_gunicorn(env, port)
        try:
            for name, path in urls.items():
                runs = []
                for _ in range(args.repeat):
                    load(port, path, 1)  # warm up (fills the cache when enabled)
                    runs.append(load(port, path, args.duration))
                best = max(runs, key=lambda r: r[0])
                rows.append(
                    {
                        "db": database_name,
                        "cached": cached,
                        "page": name,
                        "path": path,
                        "rps": best[0],
                        "p50": best[1],
                        "p99": best[2],
                        "tool": best[3],
                        "all_rps": [round(r[0]) for r in runs],
                        "queries": queries.get(name, ["?", "?"])[0],
                        "status": queries.get(name, ["?", "?"])[1],
                    }
                )
                print(
                    f"{database_name:8} {'cached' if cached else 'uncached':8} "
                    f"{name:30} {best[0]:8.0f} rps  p50 {best[1]:6.1f} ms  "
                    f"p99 {best[2]:6.1f} ms",
                    flush=True,
                )
        finally:
            stop(server)
    return rows


def write_results(rows, args, command):
    lines = [
        "# Benchmark results",
        "",
        f"- date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.node()}, {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        f"- command: `{command}`",
        f"- gunicorn, 2 sync workers, production settings; {args.duration}s per run, "
        f"best of {args.repeat} runs (all runs listed); load tool: "
        f"{rows[0]['tool'] if rows else '-'}",
        "- ratio: requests per second relative to /healthz in the same database and "
        "cache mode",
        "",
        "| database | cache | page | req/s | runs | p50 ms | p99 ms | ratio to floor "
        "| SQL queries | status |",
        "|---|---|---|---:|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        floor = next(
            r
            for r in rows
            if r["db"] == row["db"]
            and r["cached"] == row["cached"]
            and r["page"].startswith("/healthz")
        )
        ratio = row["rps"] / floor["rps"] if floor["rps"] else 0
        lines.append(
            f"| {row['db']} | {'anonymous cache' if row['cached'] else 'uncached'} | "
            f"{row['page']} | {row['rps']:.0f} | {row['all_rps']} | {row['p50']:.1f} | "
            f"{row['p99']:.1f} | {ratio:.0%} | {row['queries']} | {row['status']} |"
        )
    (ROOT / "benchmarks" / "RESULTS.md").write_text("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--duration", type=float, default=5)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--practices", type=int, default=10000)
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    rows = []
    if args.db in ("sqlite", "both"):
        rows += bench("sqlite", f"sqlite:///{WORK / 'bench.sqlite3'}", args)
    if args.db in ("postgres", "both"):
        rows += bench("postgres", PG_URL, args)
    write_results(rows, args, " ".join([Path(PY).name, *sys.argv]))


if __name__ == "__main__":
    main()
