"""A small keep-alive HTTP load generator, used when wrk is not installed.

Each worker thread holds one persistent connection and requests the same path
for a fixed duration; latencies are recorded per request.
"""

import http.client
import statistics
import threading
import time
from dataclasses import dataclass


@dataclass
class LoadResult:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list

    @property
    def rps(self):
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p):
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))
        return ordered[index]

    @property
    def p50(self):
        return (
            statistics.median(self.latencies_ms) if self.latencies_ms else float("nan")
        )

    @property
    def p99(self):
        return self.percentile(99)


def run(
    host, port, path, duration=5.0, connections=4, max_requests=200_000, cookie=None
):
    """Hammer ``path`` for ``duration`` seconds; bounded in time and count."""
    latencies, errors, count = [], [0], [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + duration

    def worker():
        conn = http.client.HTTPConnection(host, port, timeout=10)
        local = []
        local_errors = 0
        while time.perf_counter() < deadline:
            with lock:
                if count[0] >= max_requests:
                    break
                count[0] += 1
            start = time.perf_counter()
            try:
                headers = {"Host": f"{host}:{port}"}
                if cookie:
                    headers["Cookie"] = cookie
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
                if response.status >= 400:
                    local_errors += 1
            except (OSError, http.client.HTTPException):
                local_errors += 1
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=10)
                continue
            local.append((time.perf_counter() - start) * 1000)
        conn.close()
        with lock:
            latencies.extend(local)
            errors[0] += local_errors

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return LoadResult(len(latencies), errors[0], elapsed, latencies)
