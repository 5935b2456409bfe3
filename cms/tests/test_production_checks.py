"""Production settings refuse to guess the site's address; development derives it."""

import os
import subprocess
import sys

import pytest

from cms.settings.base import BASE_DIR, served_base_url

SECRET = "k3y-" + "q8Zr2pLx7vN4mT1s" * 4


def run_production(extra_env, *args):
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DATABASE_URL",
            "WAGTAILADMIN_BASE_URL",
            "REDIS_URL",
        }
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": SECRET,
            "ALLOWED_HOSTS": "example.org",
            **extra_env,
        }
    )
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_without_base_url_is_an_error():
    result = run_production({"REDIS_URL": "redis://127.0.0.1:6379/0"}, "check")
    assert result.returncode != 0
    assert "cms.E001" in result.stderr
    assert "WAGTAILADMIN_BASE_URL is not set" in result.stderr


def test_production_with_a_relative_base_url_is_an_error():
    result = run_production({"WAGTAILADMIN_BASE_URL": "www.example.org"}, "check")
    assert result.returncode != 0
    assert "cms.E002" in result.stderr


def test_production_without_redis_warns_of_per_process_limits():
    result = run_production({"WAGTAILADMIN_BASE_URL": "https://example.org"}, "check")
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "cms.W001" in output
    assert "rate limits" in output and "per process" in output


def test_production_with_everything_set_is_clean():
    result = run_production(
        {
            "WAGTAILADMIN_BASE_URL": "https://example.org",
            "REDIS_URL": "redis://127.0.0.1:6379/0",
        },
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        (["manage.py", "runserver"], {}, "http://127.0.0.1:8000"),
        (["manage.py", "runserver"], {"PORT": "8123"}, "http://127.0.0.1:8123"),
        (["manage.py", "runserver", "9000"], {"PORT": "8123"}, "http://127.0.0.1:9000"),
        (["manage.py", "runserver", "127.0.0.1:8001"], {}, "http://127.0.0.1:8001"),
        (["manage.py", "runserver", "0.0.0.0:8002"], {}, "http://localhost:8002"),
        (
            ["manage.py", "runserver", "--noreload", "[::1]:8003"],
            {},
            "http://[::1]:8003",
        ),
        (["manage.py", "runserver", "example.test:80"], {}, "http://example.test:80"),
        (["manage.py", "send_reminders"], {"PORT": "8500"}, "http://127.0.0.1:8500"),
    ],
)
def test_development_derives_the_base_url_from_the_served_address(
    argv, environ, expected
):
    assert served_base_url(argv, environ) == expected


def test_development_settings_use_the_port_served():
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "WAGTAILADMIN_BASE_URL"
    }
    env.update({"DJANGO_SETTINGS_MODULE": "cms.settings.dev", "PORT": "8765"})
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; from django.conf import settings; "
            "print(settings.WAGTAILADMIN_BASE_URL)",
        ],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "http://127.0.0.1:8765", result.stderr
