#!/usr/bin/env python3
"""The deadline hour, measured: N applicants each create an application, rank three partners, upload a PDF and
submit once, with a bounded number of concurrent clients against 127.0.0.1.

Tokens are fetched first (not measured) with the password grant of the bench realm's public client `cli`.
Prints one line per step (requests, errors, p50/p99 in ms) and the totals; exits non-zero on any error or when
the submissions do not have distinct receipt numbers.

usage: applications.py BASE_URL TOKEN_URL CALL_ID PARTNERS_FILE COUNT CONCURRENCY
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

BASE, TOKEN_URL, CALL_ID, PARTNERS_FILE = sys.argv[1:5]
COUNT, CONCURRENCY = int(sys.argv[5]), int(sys.argv[6])
PARTNERS = [line.strip() for line in open(PARTNERS_FILE) if line.strip()]
HOST = urllib.parse.urlsplit(BASE)
# a small valid PDF, about 40 KB, like a scanned one-page transcript
PDF = (b"%PDF-1.4\n1 0 obj <<>> endobj\n" + b"% bench padding " * 2500 + b"\ntrailer <<>>\n%%EOF\n")


def token(n):
    body = urllib.parse.urlencode({"grant_type": "password", "client_id": "cli",
                                   "username": f"bench-applicant-{n:04d}", "password": "bench"}).encode()
    with urllib.request.urlopen(TOKEN_URL, body, timeout=30) as r:
        return json.load(r)["access_token"]


local = threading.local()
latencies = {"create": [], "save": [], "upload": [], "submit": []}
errors = {name: 0 for name in latencies}
receipts = []
lock = threading.Lock()


def connection():
    if not hasattr(local, "conn"):
        local.conn = http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=60)
    return local.conn


def call(step, method, path, tok, body=None, content_type="application/json", ok=(200, 201)):
    headers = {"Authorization": "Bearer " + tok, "Accept": "application/json"}
    if body is not None:
        headers["Content-Type"] = content_type
    started = time.perf_counter()
    try:
        conn = connection()
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
        status = response.status
    except (OSError, http.client.HTTPException) as e:
        local.__dict__.pop("conn", None)
        data, status = str(e).encode(), 0
    elapsed = (time.perf_counter() - started) * 1000
    with lock:
        latencies[step].append(elapsed)
        if status not in ok:
            errors[step] += 1
            if errors[step] <= 3:
                print(f"{step}: HTTP {status} {data[:300]!r}", file=sys.stderr)
    return json.loads(data) if status in ok and data else None


def multipart(fields, file_bytes):
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items()]
    parts.append((f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="transcript.pdf"\r\n'
                  'Content-Type: application/pdf\r\n\r\n').encode() + file_bytes + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), "multipart/form-data; boundary=" + boundary


def apply(n, tok):
    created = call("create", "POST", "/api/v1/me/applications", tok, json.dumps({"callId": CALL_ID}))
    if not created:
        return
    app = f"/api/v1/me/applications/{created['id']}"
    ranked = [PARTNERS[(n + i) % len(PARTNERS)] for i in range(3)]
    saved = call("save", "PUT", app, tok, json.dumps({
        "version": created["version"], "preferences": ranked, "plannedStart": "2027-02-01", "plannedEnd": "2027-06-30",
        "motivation": f"Applicant {n} would like to study abroad for a semester. " * 5}))
    if not saved:
        return
    body, content_type = multipart({"type": "TRANSCRIPT_OF_RECORDS"}, PDF)
    if not call("upload", "POST", app + "/documents", tok, body, content_type):
        return
    submitted = call("submit", "POST", app + "/submit", tok)
    if submitted:
        with lock:
            receipts.append(submitted["receiptNumber"])


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1)] if ordered else float("nan")


started = time.perf_counter()
with ThreadPoolExecutor(16) as pool:
    tokens = list(pool.map(token, range(1, COUNT + 1)))
print(f"tokens: {COUNT} in {time.perf_counter() - started:.1f} s (not measured)")

started = time.perf_counter()
with ThreadPoolExecutor(CONCURRENCY) as pool:
    list(pool.map(lambda n: apply(n, tokens[n - 1]), range(1, COUNT + 1)))
wall = time.perf_counter() - started

for step, values in latencies.items():
    print(f"{step}: {len(values)} requests, {errors[step]} errors, p50 {percentile(values, 50):.0f} ms, "
          f"p99 {percentile(values, 99):.0f} ms")
total_errors = sum(errors.values())
print(f"applications: {len(receipts)} submitted of {COUNT} in {wall:.1f} s with {CONCURRENCY} clients: "
      f"{len(receipts) / wall:.1f} submissions/s, {sum(map(len, latencies.values())) / wall:.0f} requests/s, {total_errors} errors")
if total_errors or len(receipts) != COUNT or len(set(receipts)) != COUNT:
    print(f"FAILED: {total_errors} errors, {len(set(receipts))} distinct receipts", file=sys.stderr)
    sys.exit(1)
