"""The whole product at scale on a loopback region (run by hand; ``--smoke`` runs in the suite).

    python bench/bench_scale.py [--scenario town|district|city|region|all] [--smoke] [--ocr]
                                [--workers 2] [--json bench/.results/scale.json]

Scenarios: ``town`` 125 rows (5 organisations; for ``--ocr`` runs), ``district`` 500 rows
(20), ``city`` 5,000 (200), ``region`` 20,000 (800, on the Celery workers only). Each scenario serves a generated region (bench/region.py:
the real mix of formats, scans, pages, dead links, slow hosts, bot walls and the real
duplication) from a separate process and measures, each in a fresh child process:

* ``get``      a bare httpx GET loop over the same unique URLs, same thread count (reference);
* ``cold``     the in-process run with an empty extraction cache, then the reports;
* ``warm``     the same batch again after 10 % of the documents changed (same cache);
* ``unique``   a variant of the region where no two links share a document (cold);
* ``workers``  the distributed mode (Redis + PostgreSQL, ``--workers`` Celery processes);
* ``tools``    ``pdftotext`` and the ``tesseract`` CLI over the same files vs our extractor.

Figures per run: items/s, CPU and wall seconds per stage (``evidence.timing``: fetch, sniff,
extract per format, OCR per page, classify, store, report), p50/p95 seconds per item, peak RSS
of the process and of its children; per scenario the ratios against the references, and the
growth from district to city. Without ``--ocr`` scans take the fast pass (flagged
``needs_ocr``, as the workers' first queue does); OCR cost per page comes from ``tools``.
Absolute figures depend on the machine's load; the ratios within one run are the figures.
Run one benchmark at a time: the workers use Redis DB 6, emptied at the start of a run.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

SCENARIOS = {"town": 5, "district": 20, "city": 200, "region": 800}  # organisations (× 25 rows)
SMOKE_ORGS = 2
BROKER = "redis://127.0.0.1:6379/6"
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
RESULTS = REPO / "bench" / ".results"


# ---- child side: one measured run, JSON on stdout ------------------------------------------------
class _Peaks:
    """Peak RSS (VmHWM) of this process and of each of its descendants (extraction workers),
    sampled while the run lasts. Not ``ru_maxrss``: a child inherits its parent's maximum
    across fork and exec, and the parent here holds the whole generated region."""

    def __init__(self) -> None:
        import threading

        self.children: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.25):
            self.sample()

    def sample(self) -> None:
        me = os.getpid()
        for pid in _tree(me):
            if pid != me:
                self.children[pid] = max(self.children.get(pid, 0.0), _vm_hwm(pid))

    def figures(self) -> dict[str, float]:
        self._stop.set()
        self.sample()
        return {
            "peak_rss_mb": round(_vm_hwm(os.getpid()), 1),
            "peak_rss_children_mb": round(max(self.children.values(), default=0.0), 1),
        }


_PEAKS: _Peaks | None = None


def _rss() -> dict[str, float]:
    return _PEAKS.figures() if _PEAKS is not None else {"peak_rss_mb": _vm_hwm(os.getpid())}


def _percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {"p50_s": 0.0, "p95_s": 0.0}
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_s": round(statistics.median(ordered), 4), "p95_s": round(p95, 4)}


def _check_config(spec: dict[str, Any]) -> Any:
    from config.settings import Settings
    from evidence.pipeline import CheckConfig

    settings = Settings(allow_private=True)
    config = CheckConfig.from_settings(settings, 2024)
    fetch = replace(
        config.fetch,
        connect_timeout=2.0,
        read_timeout=5.0,
        total_timeout=15.0,
        retries=0,
    )
    extract = replace(config.extract, ocr=bool(spec.get("ocr")))
    return replace(config, fetch=fetch, extract=extract, cache_dir=Path(spec["cache_dir"]))


def _load_items(spec: dict[str, Any]) -> list[Any]:
    from evidence.models import BatchItem

    return [BatchItem.from_dict(d) for d in json.loads(Path(spec["items"]).read_text())]


def child_get(spec: dict[str, Any]) -> dict[str, Any]:
    """The reference: GET every unique URL once with plain httpx, same thread count."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    urls = sorted({item.url for item in _load_items(spec)})
    client = httpx.Client(timeout=httpx.Timeout(5.0, connect=2.0), follow_redirects=True)
    latencies: list[float] = []

    def get(url: str) -> int:
        started = time.perf_counter()
        try:
            n = len(client.get(url).content)
        except httpx.HTTPError:
            n = 0
        latencies.append(time.perf_counter() - started)
        return n

    started, cpu = time.perf_counter(), time.process_time()
    with ThreadPoolExecutor(spec["concurrency"]) as pool:
        total = sum(pool.map(get, urls))
    wall = time.perf_counter() - started
    client.close()
    return {
        "urls": len(urls),
        "bytes": total,
        "wall_s": round(wall, 3),
        "cpu_s": round(time.process_time() - cpu, 3),
        "urls_per_s": round(len(urls) / wall, 1),
        **_percentiles(latencies),
        **_rss(),
    }


def child_inprocess(spec: dict[str, Any]) -> dict[str, Any]:
    """The in-process run exactly as ``evidence-check run`` does it, with stage timing."""
    from evidence import timing
    from evidence.checkpoint import Checkpoint, batch_fingerprint
    from evidence.pipeline import Checker, check_batch
    from evidence.runner import write_outputs

    timing.enable()
    items = _load_items(spec)
    config = _check_config(spec)
    out = Path(spec["out"])
    out.mkdir(parents=True, exist_ok=True)
    checkpoint = Checkpoint(out, batch_fingerprint(items, config.year))
    checkpoint.start({})
    latencies: list[float] = []

    def on_result(result: Any) -> None:
        with timing.stage("store"):
            checkpoint.append(result)

    started, cpu = time.perf_counter(), time.process_time()
    with Checker(config) as checker:
        original = checker.check_item

        def timed(item: Any, *, ocr: bool = True) -> Any:
            t = time.perf_counter()
            try:
                return original(item, ocr=ocr)
            finally:
                latencies.append(time.perf_counter() - t)

        checker.check_item = timed  # type: ignore[method-assign]
        if spec["concurrency"] == 1:  # in this thread, so that a profiler sees the work
            results = [timed(item) for item in items]
            for r in results:
                on_result(r)
        else:
            results = check_batch(
                items, checker, concurrency=spec["concurrency"], on_result=on_result
            )
    checked = time.perf_counter() - started
    with timing.stage("report"):
        write_outputs(items, results, year=config.year, out=out)  # removes the checkpoint
    wall = time.perf_counter() - started
    verdicts: dict[str, int] = {}
    for r in results:
        verdicts[r.verdict.value] = verdicts.get(r.verdict.value, 0) + 1
    return {
        "items": len(items),
        "wall_s": round(wall, 3),
        "check_wall_s": round(checked, 3),
        "cpu_s": round(time.process_time() - cpu, 3),
        "items_per_s": round(len(items) / wall, 1),
        "stages": timing.snapshot(),
        "verdicts": verdicts,
        **_percentiles(latencies),
        **_rss(),
    }


def child_tools(spec: dict[str, Any]) -> dict[str, Any]:
    """pdftotext and tesseract CLI over the same files as our extractor (same DPI)."""
    from evidence.extract import ExtractLimits, Extractor
    from evidence.models import FileKind

    folder = Path(spec["files"])
    pdfs = sorted(folder.glob("text-*.pdf"))
    scans = sorted(folder.glob("scan-*.png"))
    out: dict[str, Any] = {"pdfs": len(pdfs), "scan_pages": len(scans)}
    limits = ExtractLimits()
    with Extractor(replace(limits, ocr=False), None) as ours:
        ours.extract(pdfs[0].read_bytes(), FileKind.PDF)  # warm the worker
        t = time.perf_counter()
        for p in pdfs:
            ours.extract(p.read_bytes(), FileKind.PDF)
        out["ours_pdf_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    for p in pdfs:
        subprocess.run(["pdftotext", str(p), "-"], capture_output=True, check=False)
    out["pdftotext_s"] = round(time.perf_counter() - t, 3)
    out["pdf_ratio"] = round(out["ours_pdf_s"] / max(out["pdftotext_s"], 1e-6), 2)
    if scans:
        with Extractor(replace(limits, ocr=True), None) as ours:
            t = time.perf_counter()
            pages = 0
            for p in scans:
                pages += ours.extract(p.read_bytes(), FileKind.PNG).ocr_pages
            out["ours_ocr_s_per_page"] = round((time.perf_counter() - t) / max(pages, 1), 3)
        t = time.perf_counter()
        for p in scans:
            subprocess.run(
                ["tesseract", str(p), "-", "-l", "rus+eng", "--dpi", str(limits.ocr_dpi)],
                capture_output=True,
                check=False,
            )
        out["tesseract_s_per_page"] = round((time.perf_counter() - t) / len(scans), 3)
        out["ocr_ratio"] = round(
            out["ours_ocr_s_per_page"] / max(out["tesseract_s_per_page"], 1e-6), 2
        )
    out.update(_rss())
    return out


def child_workers(spec: dict[str, Any]) -> dict[str, Any]:
    """The distributed mode: ``spec["processes"]`` Celery worker processes, Redis, PostgreSQL."""
    import redis
    import sqlalchemy as sa

    from evidence import dispatch
    from evidence.store import dispose_engines

    items = _load_items(spec)
    config = _check_config(spec)
    db_name = f"evidence_bench_{os.getpid()}_{int(time.time())}"
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{db_name}"'))
    db_url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{db_name}"
    redis.Redis.from_url(BROKER).flushdb()
    log = Path(spec["out"]) / "worker.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update(
        EVIDENCE_BROKER_URL=BROKER,
        DATABASE_URL=db_url,
        EVIDENCE_ALLOW_PRIVATE="1",
        EVIDENCE_CACHE_DIR=spec["cache_dir"],
        EVIDENCE_WORKER_THREADS=str(spec["threads"]),
        PYTHONPATH=str(REPO),
    )
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "celery", "-A", "workers", "worker", "-Q", "fast,ocr",
            "--concurrency", str(spec["processes"]), "--pool", "prefork", "--loglevel", "WARNING",
            "-n", f"bench-{os.getpid()}@%h", "--without-gossip", "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=REPO, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    peak: dict[int, float] = {}
    try:
        time.sleep(1.0)
        started = time.perf_counter()
        import threading

        stop = threading.Event()

        def watch_rss() -> None:
            while not stop.wait(0.5):
                for pid in _tree(proc.pid):
                    peak[pid] = max(peak.get(pid, 0.0), _vm_hwm(pid))

        watcher = threading.Thread(target=watch_rss, daemon=True)
        watcher.start()
        results = dispatch.run_distributed(items, config, BROKER, database_url=db_url)
        wall = time.perf_counter() - started
        stop.set()
        for pid in _tree(proc.pid):
            peak[pid] = max(peak.get(pid, 0.0), _vm_hwm(pid))
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        dispose_engines()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
        admin.dispose()
    assert len(results) == len(items)
    return {
        "items": len(items),
        "processes": spec["processes"],
        "threads_per_process": spec["threads"],
        "wall_s": round(wall, 3),
        "items_per_s": round(len(items) / wall, 1),
        "peak_rss_worker_mb": round(max(peak.values(), default=0.0), 1),
        **_rss(),
    }


def _tree(pid: int) -> list[int]:
    out = [pid]
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return out
    for k in kids:
        out += _tree(int(k))
    return out


def _vm_hwm(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


CHILDREN = {
    "get": child_get,
    "inprocess": child_inprocess,
    "tools": child_tools,
    "workers": child_workers,
}


# ---- parent side ---------------------------------------------------------------------------------
def _run_child(mode: str, spec: dict[str, Any], work: Path) -> dict[str, Any]:
    path = work / f"spec-{mode}-{time.monotonic_ns()}.json"
    path.write_text(json.dumps(spec))
    env = {**os.environ, "EVIDENCE_ALLOW_PRIVATE": "1"}
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", mode, "--spec", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    try:
        stdout, stderr = proc.communicate()
    except BaseException:  # interrupted: let the child stop its Celery workers first
        proc.terminate()
        try:
            proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            proc.kill()
        raise
    if proc.returncode != 0:
        raise SystemExit(f"child {mode} failed:\n{stderr[-4000:]}")
    return dict(json.loads(stdout.strip().splitlines()[-1]))


def _write_items(items: list[Any], path: Path) -> None:
    path.write_text(json.dumps([item.to_dict() for item in items], ensure_ascii=False))


def _write_tool_files(server: Any, folder: Path, pdfs: int, scans: int) -> None:
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    region = server.region
    for i, ref in enumerate(region.files["pdf"][:pdfs]):
        (folder / f"text-{i:04d}.pdf").write_bytes(server.body(ref))
    # Scan pages as 200-dpi PNGs (what both OCR engines read): the first pages of scan PDFs.
    import io

    import pypdfium2 as pdfium

    written = 0
    for ref in region.files["scan"]:
        if written >= scans:
            break
        body = server.body(ref)
        if body[:4] != b"%PDF":
            continue
        doc = pdfium.PdfDocument(body)
        image = doc[0].render(scale=200 / 72).to_pil().convert("L")
        buf = io.BytesIO()
        image.save(buf, "PNG", dpi=(200, 200))
        Image.open(io.BytesIO(buf.getvalue())).save(
            folder / f"scan-{written:03d}.png", dpi=(200, 200)
        )
        written += 1


def run_scenario(name: str, orgs: int, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from region import RegionServer, build_region

    concurrency = args.concurrency
    out: dict[str, Any] = {"orgs": orgs, "concurrency": concurrency}
    t = time.perf_counter()
    region = build_region(orgs)
    out["items"] = len(region.items)
    out["unique_urls"] = len(region.urls())
    print(f"[{name}] region: {len(region.items)} rows, {len(region.hosts)} hosts, "
          f"{out['unique_urls']} unique URLs (built in {time.perf_counter() - t:.1f}s)", flush=True)  # fmt: skip
    base = {"concurrency": concurrency, "ocr": args.ocr}
    with RegionServer(region) as server:
        items_path = work / f"{name}-items.json"
        _write_items(region.items, items_path)
        spec = {**base, "items": str(items_path)}
        inprocess = name != "region"
        out["get"] = _run_child("get", {**spec, "cache_dir": str(work / "unused")}, work)
        print(f"[{name}] bare GET loop: {out['get']['wall_s']}s", flush=True)
        cache = work / f"{name}-cache"
        if inprocess:
            out["cold"] = _run_child(
                "inprocess",
                {**spec, "cache_dir": str(cache), "out": str(work / f"{name}-cold")},
                work,
            )
            print(f"[{name}] cold: {out['cold']['items_per_s']} items/s", flush=True)
            out["changed_documents"] = server.mutate(0.10)
            out["warm"] = _run_child(
                "inprocess",
                {**spec, "cache_dir": str(cache), "out": str(work / f"{name}-warm")},
                work,
            )
            print(f"[{name}] warm: {out['warm']['items_per_s']} items/s", flush=True)
            tools = work / f"{name}-tools"
            _write_tool_files(server, tools, pdfs=args.tool_pdfs, scans=args.tool_scans)
            out["tools"] = _run_child("tools", {**spec, "files": str(tools), "cache_dir": ""}, work)
        if args.workers:
            out["workers"] = _run_child(
                "workers",
                {
                    **spec,
                    "cache_dir": str(work / f"{name}-wcache"),
                    "out": str(work / f"{name}-workers"),
                    "processes": args.workers,
                    "threads": max(1, concurrency // args.workers),
                },
                work,
            )
            print(f"[{name}] workers: {out['workers']['items_per_s']} items/s", flush=True)
    if inprocess:
        uregion = build_region(orgs, unique=True, seed=2025)
        with RegionServer(uregion) as server:
            path = work / f"{name}-unique-items.json"
            _write_items(uregion.items, path)
            uspec = {**base, "items": str(path)}
            out["unique_get"] = _run_child("get", {**uspec, "cache_dir": ""}, work)
            out["unique"] = _run_child(
                "inprocess",
                {
                    **uspec,
                    "cache_dir": str(work / f"{name}-ucache"),
                    "out": str(work / f"{name}-u"),
                },
                work,
            )
            print(f"[{name}] unique: {out['unique']['items_per_s']} items/s", flush=True)
    out["ratios"] = _ratios(out)
    return out


def _ratios(s: dict[str, Any]) -> dict[str, Any]:
    r: dict[str, Any] = {}
    get = s["get"]["wall_s"]
    if "cold" in s:
        cold = s["cold"]
        r["cold_vs_get"] = round(cold["check_wall_s"] / max(get, 1e-6), 2)
        fetch = cold["stages"].get("fetch", {})
        # Fetch wall summed over threads / threads: the time fetching would take on its own.
        r["fetch_vs_get"] = round(fetch.get("wall_s", 0.0) / s["concurrency"] / max(get, 1e-6), 2)
        r["warm_vs_cold"] = round(s["warm"]["wall_s"] / max(cold["wall_s"], 1e-6), 3)
        r["pdf_vs_pdftotext"] = s["tools"]["pdf_ratio"]
        r["ocr_vs_tesseract"] = s["tools"].get("ocr_ratio")
    if "unique" in s:
        r["unique_vs_get"] = round(
            s["unique"]["check_wall_s"] / max(s["unique_get"]["wall_s"], 1e-6), 2
        )
    if "workers" in s and "cold" in s:
        r["workers_vs_inprocess"] = round(
            s["workers"]["items_per_s"] / max(s["cold"]["items_per_s"], 1e-6), 2
        )
    return r


def print_table(report: dict[str, Any]) -> None:
    print(f"\ncores: {report['cpu_count']}   ocr: {report['ocr']}   load at start: "
          f"{report['loadavg']}")  # fmt: skip
    head = f"{'scenario':<10}{'mode':<9}{'items':>7}{'items/s':>9}{'p50 s':>8}{'p95 s':>8}{'RSS MB':>8}"
    print(head)
    for name, s in report["scenarios"].items():
        for mode in ("cold", "warm", "unique", "workers"):
            m = s.get(mode)
            if not m:
                continue
            rss = m.get("peak_rss_worker_mb") or m["peak_rss_mb"]
            print(f"{name:<10}{mode:<9}{m['items']:>7}{m['items_per_s']:>9}"
                  f"{m.get('p50_s', 0):>8}{m.get('p95_s', 0):>8}{rss:>8}")  # fmt: skip
        print(f"{'':<10}ratios: {json.dumps(s['ratios'])}")
        if "cold" in s:
            stages = s["cold"]["stages"]
            line = ", ".join(f"{k} {v['cpu_s']:.2f}/{v['wall_s']:.2f}" for k, v in stages.items())
            print(f"{'':<10}stages cpu/wall s: {line}")
    if report.get("growth"):
        print(f"growth district→city: {json.dumps(report['growth'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="district", choices=[*SCENARIOS, "all"])
    parser.add_argument("--smoke", action="store_true", help="tiny (~50 rows), for the suite")
    parser.add_argument("--ocr", action="store_true", help="OCR scans during the runs")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (0: skip)")
    parser.add_argument("--concurrency", type=int, default=16, help="total check threads")
    parser.add_argument("--tool-pdfs", type=int, default=40)
    parser.add_argument("--tool-scans", type=int, default=3)
    parser.add_argument("--json", type=Path, default=RESULTS / "scale.json")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--spec", help=argparse.SUPPRESS)
    args = parser.parse_args()
    # SIGTERM (a timeout, Ctrl-C from a wrapper) unwinds like Ctrl-C: children and Celery
    # workers are stopped by the ``finally`` blocks instead of being orphaned.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.child:
        spec = json.loads(Path(args.spec).read_text())
        global _PEAKS
        _PEAKS = _Peaks()
        profile = os.environ.get("EVIDENCE_BENCH_PROFILE")  # a folder: pyinstrument summaries
        if profile and args.child == "inprocess":
            from pyinstrument import Profiler

            with Profiler(interval=0.005) as profiler:
                figures = CHILDREN[args.child](spec)
            name = Path(spec["out"]).name
            Path(profile).mkdir(parents=True, exist_ok=True)
            text = profiler.output_text(unicode=True, color=False, show_all=False)
            (Path(profile) / f"{name}.txt").write_text(text)
        else:
            figures = CHILDREN[args.child](spec)
        print(json.dumps(figures))
        return
    subprocess.run(["bash", str(REPO / "scripts" / "services.sh")], check=True, capture_output=True)
    if args.smoke:
        plan = {"smoke": SMOKE_ORGS}
        args.tool_pdfs, args.tool_scans = 5, 1
    elif args.scenario == "all":
        plan = {k: v for k, v in SCENARIOS.items() if k != "town"}
    else:
        plan = {args.scenario: SCENARIOS[args.scenario]}
    report: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "ocr": args.ocr,
        "loadavg": [round(x, 2) for x in os.getloadavg()],
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "scenarios": {},
    }
    with tempfile.TemporaryDirectory(prefix="evidence-bench-scale-") as tmp:
        for name, orgs in plan.items():
            report["scenarios"][name] = run_scenario(name, orgs, args, Path(tmp))
    sc = report["scenarios"]
    if "district" in sc and "city" in sc:
        report["growth"] = {
            "items": round(sc["city"]["items"] / sc["district"]["items"], 1),
            "cold_wall": round(sc["city"]["cold"]["wall_s"] / sc["district"]["cold"]["wall_s"], 2),
            "peak_rss": round(
                sc["city"]["cold"]["peak_rss_mb"] / sc["district"]["cold"]["peak_rss_mb"], 2
            ),
        }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    print_table(report)
    print(f"\nJSON: {args.json}")


if __name__ == "__main__":
    main()
