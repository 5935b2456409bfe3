"""A demo site served by a real server process under production settings.

Why a separate process rather than pytest-django's ``live_server``: live_server
needs a transactional database, which is flushed after each test, so the demo content
loaded once per session would be gone after the first browser test (and reloading it
for every test costs a minute each). Here the demo is loaded once into its own SQLite
file, the server runs ``cms.settings.production`` (with the few stand-ins listed in
``server_settings``), and the browser sees exactly what a visitor would: compiled
templates, DEBUG off, the real security headers. Nothing in pytest's own test
database is touched, and the browser tests can write (sign in, edit, publish)
without disturbing each other's starting point more than a real site would.
"""

import hashlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[3]

TREE_SCRIPT = """
import json
from tests.quality.site_map import page_tree_urls
print(json.dumps(page_tree_urls()))
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def scratch_dir():
    """Memory-backed where possible: migrating SQLite on disk waits on fsync."""
    shm = Path("/dev/shm")
    base = shm if shm.is_dir() and os.access(shm, os.W_OK) else None
    import tempfile

    return Path(tempfile.mkdtemp(prefix="competein-browser-", dir=base))


def demo_cache_dir():
    """Where a loaded demo database is kept for the current sources, or None.

    The key hashes every Python file of the project outside the tests (models,
    migrations, demo content, governance) and pyproject.toml: any change there
    builds a new demo. Set BROWSER_DEMO_CACHE=0 to always build it.
    """
    if os.environ.get("BROWSER_DEMO_CACHE", "1") == "0":
        return None
    digest = hashlib.sha256()
    skip = ("tests", "node_modules", "artifacts", "benchmarks", "static", "media")
    sources = sorted(
        path
        for top in BASE_DIR.iterdir()
        if top.is_dir() and not top.name.startswith((".", "_", *skip))
        for path in top.rglob("*.py")
    )
    for path in [*sources, BASE_DIR / "pyproject.toml"]:
        digest.update(str(path.relative_to(BASE_DIR)).encode())
        digest.update(path.read_bytes())
    return BASE_DIR / ".venv" / "browser-demo" / digest.hexdigest()[:16]


class DemoServer:
    def __init__(self):
        self.workdir = scratch_dir()
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.password = secrets.token_urlsafe(16)
        self.process = None
        self.log_path = self.workdir / "server.log"
        self.env = {
            **{
                k: v
                for k, v in os.environ.items()
                if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
            },
            "DJANGO_SETTINGS_MODULE": "tests.quality.browser.server_settings",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": f"sqlite:///{self.workdir / 'db.sqlite3'}",
            "MEDIA_ROOT": str(self.workdir / "media"),
            "PRIVATE_MEDIA_ROOT": str(self.workdir / "private-media"),
            "EMAIL_FILE_PATH": str(self.workdir / "mail"),
            "DEMO_PASSWORD": self.password,
            "WAGTAILADMIN_BASE_URL": self.base_url,
            "PYTHONUNBUFFERED": "1",
        }

    def manage(self, *args, timeout=600):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )

    def prepare(self):
        """Migrate a new database and load the demo, or copy a cached copy of it.

        Loading the demo takes minutes on a busy machine. The result is kept under
        .venv/ (git-ignored) with the password it was made with, keyed by the
        source files it depends on, so a second run of an unchanged checkout starts
        at once. A fresh checkout (CI) always builds it.
        """
        cached = demo_cache_dir()
        if cached is not None and (cached / "ready").exists():
            shutil.copy2(cached / "db.sqlite3", self.workdir / "db.sqlite3")
            for folder in ("media", "private-media"):
                if (cached / folder).is_dir():
                    shutil.copytree(cached / folder, self.workdir / folder)
            self.set_password((cached / "password").read_text().strip())
            return
        self.manage("migrate", "--noinput", "-v0", timeout=1800)
        self.manage("load_demo", "-v0", timeout=1800)
        if cached is not None:
            for old in cached.parent.glob("*"):
                shutil.rmtree(old, ignore_errors=True)
            cached.mkdir(parents=True)
            shutil.copy2(self.workdir / "db.sqlite3", cached / "db.sqlite3")
            for folder in ("media", "private-media"):
                if (self.workdir / folder).is_dir():
                    shutil.copytree(self.workdir / folder, cached / folder)
            (cached / "password").write_text(self.password)
            (cached / "ready").touch()

    def set_password(self, password):
        self.password = password
        self.env["DEMO_PASSWORD"] = password

    def start(self):
        self.log = open(self.log_path, "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                "--noreload",
                f"127.0.0.1:{self.port}",
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"demo server stopped:\n{self.log_text()}")
            try:
                if self.fetch("/healthz")[0] == 200:
                    return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"demo server did not answer:\n{self.log_text()}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if getattr(self, "log", None):
            self.log.close()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def sent_mail(self):
        """The text of every e-mail the server has sent so far."""
        folder = self.workdir / "mail"
        if not folder.is_dir():
            return []
        return [path.read_text(errors="replace") for path in sorted(folder.iterdir())]

    def log_text(self):
        return self.log_path.read_text(errors="replace")[-5000:]

    def page_tree(self):
        """(language, page type, URL) of each live public page, in the server's DB."""
        result = self.manage("shell", "-c", TREE_SCRIPT, timeout=120)
        return [
            tuple(item) for item in json.loads(result.stdout.strip().splitlines()[-1])
        ]

    def fetch(self, path):
        """(status, content type, text) of one path, as a visitor would get it."""
        request = urllib.request.Request(self.base_url + path)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return (
                    response.status,
                    response.headers.get("Content-Type", ""),
                    response.read().decode(errors="replace"),
                )
        except urllib.error.HTTPError as error:
            return (
                error.code,
                error.headers.get("Content-Type", ""),
                error.read().decode(errors="replace"),
            )
