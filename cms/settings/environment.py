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
