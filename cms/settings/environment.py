"""Reading configuration from the environment, and the address a development
server serves (for links in e-mails). Shared by every settings module."""

import os


def env_list(name, default=""):
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


def served_base_url(argv, environ):
    """The address a development server serves, for links in e-mails.

    ``manage.py runserver [addr:]port`` wins (``make run`` passes HOST:PORT), then
    the ``PORT`` variable, then runserver's own 127.0.0.1:8000. A server listening
    on every interface (0.0.0.0, ::) is reached as localhost.
    """
    host = "127.0.0.1"
    port = environ.get("PORT", "").strip() or "8000"
    if "runserver" in argv:
        arguments = argv[argv.index("runserver") + 1 :]
        positional = [item for item in arguments if not item.startswith("-")]
        if positional:
            address = positional[0]
            if address.isdigit():
                port = address
            elif address.startswith("[") and "]:" in address:
                host, port = address[1:].split("]:", 1)
                host = f"[{host}]"
            elif ":" in address and address.count(":") == 1:
                host, port = address.split(":", 1)
            else:
                host = address
    if host in ("0.0.0.0", "[::]", "::", "0"):
        host = "localhost"
    if host.count(":") > 1 and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def machine_translator(environ):
    """wagtail-localize's machine translator, chosen by the environment, or None.

    ``DEEPL_AUTH_KEY`` uses DeepL (a key ending in ":fx" goes to DeepL's free
    API); otherwise ``LIBRETRANSLATE_URL`` (with ``LIBRETRANSLATE_API_KEY`` when
    the server asks for one) uses a LibreTranslate-compatible server, such as a
    self-hosted one. With neither, the translation editor offers no machine
    translation. ``MACHINE_TRANSLATION_TIMEOUT`` bounds each request (seconds).
    """
    timeout = int(environ.get("MACHINE_TRANSLATION_TIMEOUT", "").strip() or "20")
    key = environ.get("DEEPL_AUTH_KEY", "").strip()
    if key:
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": key, "TIMEOUT": timeout},
        }
    url = environ.get("LIBRETRANSLATE_URL", "").strip()
    if url:
        return {
            "CLASS": (
                "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
            ),
            "OPTIONS": {
                "LIBRETRANSLATE_URL": url.rstrip("/"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", "").strip(),
                "TIMEOUT": timeout,
            },
        }
    return None
