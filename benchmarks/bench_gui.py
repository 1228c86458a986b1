"""GUI benchmarks: time to first window, and the UI event loop's longest stall while working.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--articles 2000] [--translate-articles 500]
        [--repeat 5] [--json] [--trace]

1. Time to first window: process start → the main window's first frame painted (the first paint event
   of the window has been handled), for Sahifa started the way users start it (``sahifa.app.main`` on
   the seeds, warm library) and for a bare PySide6 hello-world window measured the same way, runs
   interleaved in the same session (goal: Sahifa ≤ 1.5× the hello-world). Also: the seeds listed
   (``ingest_finished``).
2. Event-loop stalls, each scenario in a fresh process, beside a floor measured at the same time (a bare
   PySide6 window running only the same timer, in a process of its own: on a loaded machine the floor
   stalls too, and the ratio of the two longest stalls is what compares across runs): a 5 ms precise QTimer on the UI thread records
   every gap between ticks from just before the window is shown until the work is over — the window
   ingests N synthetic articles (the seeds' paragraphs reshuffled), lists them and shows the first;
   in the second scenario it then machine-translates the shown article with the tests' tiny real
   Argos model (installed in throwaway folders; ``--model base``: one of a real Argos model's shape
   and size, 170 MB, so loading and running it cost what they cost with a real one) — plus 1.5 s to
   settle. Goal: the longest stall ≤ 50 ms.
   ``--trace`` also times every event dispatch (a QApplication.notify override: slower, for finding
   causes, not for the figures) and samples the UI thread's Python stack whenever it lags > 40 ms.

Prints figures; asserts nothing (machines are noisy: compare the ratios measured in the same run).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

# Both first-window scripts get the same probe: an application-wide event filter that waits for the
# first paint event of a top-level main window, then reports on the next turn of the event loop
# (after the whole first frame has been painted).
PROBE = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])


class FirstPaint(QObject):
    def __init__(self, then):
        super().__init__()
        self.then = then
        self.done = False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            self.done = True
            QTimer.singleShot(0, lambda: (app.removeEventFilter(self), self.then(obj)))
        return False


def report(label):
    print(label, time.time() - t0, flush=True)
"""

HELLO = PROBE + r"""
from PySide6.QtWidgets import QLabel
probe = FirstPaint(lambda w: (report("painted"), app.quit()))
app.installEventFilter(probe)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1200, 800); w.show()
app.exec()
"""

SAHIFA = PROBE + r"""
def painted(w):
    report("painted")
    w.ingest_finished.connect(lambda: (report("listed"), w.close(), app.quit()))

probe = FirstPaint(painted)
app.installEventFilter(probe)
from sahifa.app import main
main([sys.argv[2]])
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), SAHIFA_LANG="en",
               SAHIFA_HOME=str(home / "sahifa"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               ARGOS_PACKAGES_DIR=str(home / "argos-packages"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run(code: str, home: Path, *args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", code, str(time.time()), *args], capture_output=True, text=True,
                         env=_env(home), timeout=300, check=True).stdout
    return {line.split()[0]: float(line.split()[1]) for line in out.splitlines() if len(line.split()) == 2}


def first_window(repeat: int) -> dict[str, Any]:
    # An installed app has its bytecode compiled; this sandbox may set PYTHONDONTWRITEBYTECODE.
    import compileall

    compileall.compile_dir(str(ROOT / "desktop" / "sahifa"), quiet=1)
    home = Path(tempfile.mkdtemp(prefix="sahifa-bench-"))
    seeds = str(ROOT / "seeds")
    _run(SAHIFA, home, seeds)  # warm the library (first analysis) and the OS caches
    _run(HELLO, home)
    hello, shown, listed = [], [], []
    try:
        for _ in range(repeat):  # interleaved, so a busy moment of the machine hits both
            hello.append(_run(HELLO, home)["painted"])
            t = _run(SAHIFA, home, seeds)
            shown.append(t["painted"])
            listed.append(t["listed"])
    finally:
        shutil.rmtree(home, ignore_errors=True)
    h, s = statistics.median(hello), statistics.median(shown)
    return {"hello_world_s": h, "sahifa_window_s": s, "ratio": s / h,
            "pair_ratios": sorted(round(b / a, 2) for a, b in zip(hello, shown, strict=True)),
            "sahifa_articles_listed_s": statistics.median(listed)}


def make_corpus(folder: Path, n: int, seed: int = 7) -> None:
    from sahifa.core.articles import load_folder

    articles, _ = load_folder(ROOT / "seeds")
    paragraphs = [a.text[p.start:p.end] for a in articles for p in a.paragraphs[1:]]
    titles = [a.title for a in articles]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = rng.sample(paragraphs, k=min(len(paragraphs), 12))
        (folder / f"a{i:05d}.txt").write_text(f"{rng.choice(titles)} ({i})\n\n" + "\n\n".join(body), encoding="utf-8")


def _install_test_model(tmp: Path, size: str) -> str:
    """Install the tests' real ar→en Argos model (``size`` "tiny", or "base": the shape and size of a
    real Argos model, 170 MB, random weights) into argostranslate's directories — isolated ones: the
    environment's when it isolates them (``stall`` does), else folders below ``tmp``."""
    sys.path.insert(0, str(ROOT / "tests"))
    from helpers.tiny_argos import build_tiny_argos_package, import_argos_isolated

    import_argos_isolated(tmp / "argos")  # before anything else imports argostranslate
    from sahifa.nlp.modelstore import install_archive

    install_archive(build_tiny_argos_package(tmp / "archives", size=size))
    return {"tiny": "tiny test model", "base": "full-size (Transformer-base, 170 MB) random model"}[size]


class _Tracer:
    """--trace: event dispatches over 15 ms (type, receiver) and the UI thread's Python stack when it lags."""

    def __init__(self) -> None:
        import threading

        self.t0 = time.perf_counter()
        self.slow: list[tuple[float, float, int, str, str]] = []
        self.cpu: list[tuple[float, float, int, str, str]] = []  # the UI thread's own work, not its waits
        self.gaps: list[tuple[float, int]] = []
        self.samples: list[tuple[float, float, list[str]]] = []
        self.last_tick = time.perf_counter()
        self.depth = 0
        self._stop = threading.Event()
        self._main = threading.get_ident()
        self._gc_start = 0.0
        self.armed = False
        import gc

        gc.callbacks.append(self._gc)
        threading.Thread(target=self._watch, daemon=True).start()

    def dispatched(self, started: float, cpu_started: float, obj: Any, event: Any) -> None:
        d = time.perf_counter() - started
        if d > 0.015:
            cpu = time.thread_time() - cpu_started
            try:
                kind = event.type()
                where = f"{type(obj).__name__}:{obj.objectName()}"
                parent = obj.parent()
                if parent is not None:
                    where += f" in {type(parent).__name__}:{parent.objectName()}"
            except (RuntimeError, AttributeError, TypeError):
                kind, where = "?", "?"
            self.slow.append((started - self.t0, d, self.depth, getattr(kind, "name", str(kind)), f"{where} (cpu {cpu * 1000:.0f} ms)"))
            self.cpu.append((cpu, started - self.t0, self.depth, getattr(kind, "name", str(kind)), where))

    def _gc(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        elif time.perf_counter() - self._gc_start > 0.005:
            d = time.perf_counter() - self._gc_start
            self.slow.append((self._gc_start - self.t0, d, self.depth, f"gc gen{info.get('generation')}", ""))

    def _watch(self) -> None:
        import traceback

        while not self._stop.wait(0.005):
            if not self.armed:
                continue
            lag = time.perf_counter() - self.last_tick
            if lag > 0.04:
                frame = sys._current_frames().get(self._main)
                stack = traceback.extract_stack(frame)[-7:] if frame is not None else []
                self.samples.append((time.perf_counter() - self.t0, lag,
                                     [f"{Path(s.filename).name}:{s.lineno} {s.name}" for s in stack]))

    def report(self) -> None:
        self._stop.set()
        print("slowest event dispatches and garbage collections (ms since start, ms, nesting, event, receiver):", file=sys.stderr)
        for t, d, depth, kind, where in sorted(self.slow, key=lambda r: -r[1])[:25]:
            print(f"  {t * 1000:8.0f} {d * 1000:6.1f} {depth} {kind} {where}", file=sys.stderr)
        print("event dispatches that used the most CPU time of the UI thread (cpu ms, ms since start, nesting, "
              "event, receiver):", file=sys.stderr)
        for cpu, t, depth, kind, where in sorted(self.cpu, key=lambda r: -r[0])[:15]:
            print(f"  {cpu * 1000:6.1f} {t * 1000:8.0f} {depth} {kind} {where}", file=sys.stderr)
        print("gaps over 40 ms (ms since start at the end of the gap, gap ms):",
              ", ".join(f"{t * 1000:.0f}: {g}" for t, g in self.gaps), file=sys.stderr)
        print("UI thread stacks while it lagged > 40 ms:", file=sys.stderr)
        last: list[str] = []
        for t, lag, stack in self.samples:
            if stack != last:
                print(f"  {t * 1000:8.0f} lag {lag * 1000:4.0f}  " + " <- ".join(reversed(stack)), file=sys.stderr)
            last = stack


def _tick_timer(tracer: _Tracer | None) -> tuple[Any, Any, list[int]]:
    """The 5 ms precise timer whose tick intervals are the stalls (Sahifa's run and the bare loop's floor use
    the same one): (timer, the clock its ticks read, the intervals in ms). With a tracer, ticks late by
    more than 40 ms are recorded for its report."""
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer

    gaps: list[int] = []
    clock = QElapsedTimer()
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        if tracer is not None:
            tracer.last_tick = time.perf_counter()
            if now - last[0] > 40:
                tracer.gaps.append((tracer.last_tick - tracer.t0, now - last[0]))
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    return timer, clock, gaps


def stall_child(n: int, translate: bool, trace: bool, model_size: str = "tiny") -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    tmp = Path(tempfile.mkdtemp(prefix="sahifa-stall-"))
    model = _install_test_model(tmp, model_size) if translate else "none"
    tracer = _Tracer() if trace else None
    if tracer is not None:
        class TracingApp(QApplication):
            def notify(self, obj: Any, event: Any) -> bool:  # Qt's name
                assert tracer is not None
                tracer.depth += 1
                started, cpu_started = time.perf_counter(), time.thread_time()
                try:
                    return super().notify(obj, event)
                finally:
                    tracer.depth -= 1
                    tracer.dispatched(started, cpu_started, obj, event)

        app: QApplication = TracingApp([])
    else:
        app = QApplication([])
    from sahifa.gui.main_window import MainWindow
    from sahifa.gui.theme import load_fonts

    load_fonts()
    make_corpus(tmp / "corpus", n)
    win = MainWindow(str(tmp / "corpus"), library_path=str(tmp / "library.db"),
                     settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    timer, clock, gaps = _tick_timer(tracer)
    marks: dict[str, float] = {}
    loop = QEventLoop()
    win.ingest_finished.connect(lambda: marks.setdefault("ingest_finished_s", clock.elapsed() / 1000))
    win.translation_shown.connect(lambda _i: marks.setdefault("translation_shown_s", clock.elapsed() / 1000))

    def maybe_done() -> None:
        if "ingest_finished_s" in marks and (not translate or "translation_shown_s" in marks):
            loop.quit()

    win.ingest_finished.connect(maybe_done)
    win.translation_shown.connect(lambda _i: maybe_done())
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(loop.quit)
    watchdog.start(600_000)
    clock.start()
    if tracer is not None:
        tracer.last_tick = time.perf_counter()
        tracer.armed = True
    timer.start()
    win.show()
    loop.exec()
    end = QEventLoop()  # let late refreshes (facts, highlights, translation) settle
    QTimer.singleShot(1500, end.quit)
    end.exec()
    timer.stop()
    elapsed = clock.elapsed() / 1000
    win.close()
    del app
    shutil.rmtree(tmp, ignore_errors=True)
    if tracer is not None:
        tracer.report()
    return {"articles": n, "translation": model, "session_s": elapsed, **marks, **_gap_figures(gaps)}


def _gap_figures(gaps: list[int]) -> dict[str, Any]:
    return {"max_stall_ms": max(gaps) - 5 if gaps else 0,
            "p99_gap_ms": sorted(gaps)[int(len(gaps) * 0.99)] if gaps else 0,
            "gaps_over_50ms": sum(1 for g in gaps if g - 5 > 50), "worst_gaps_ms": sorted(gaps)[-6:]}


def baseline_child(stop_file: str) -> dict[str, Any]:
    """The floor: a bare PySide6 window whose event loop does nothing but the same 5 ms precise timer,
    run at the same time as Sahifa's run (so the same load of the machine hits both), until
    ``stop_file`` exists."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    win = QMainWindow()
    win.setCentralWidget(QLabel("baseline"))
    win.resize(1200, 800)
    timer, clock, gaps = _tick_timer(None)
    poll = QTimer()
    poll.setInterval(100)
    poll.timeout.connect(lambda: app.quit() if Path(stop_file).exists() else None)
    clock.start()
    timer.start()
    poll.start()
    win.show()
    app.exec()
    return {"session_s": clock.elapsed() / 1000, **_gap_figures(gaps)}


def stall(n: int, translate: bool, trace: bool, model_size: str = "tiny") -> dict[str, Any]:
    """Sahifa's run, with the bare event loop's floor measured in another process at the same time."""
    home = Path(tempfile.mkdtemp(prefix="sahifa-stall-home-"))
    stop = home / "stop"
    cmd = [sys.executable, __file__, "--stall-child", str(n), "--model", model_size] + (
        ["--translate"] if translate else []) + (["--trace"] if trace else [])
    floor = subprocess.Popen([sys.executable, __file__, "--baseline-child", str(stop)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=_env(home))
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=_env(home), timeout=1200)
        stop.touch()
        floor_out, _ = floor.communicate(timeout=60)
    finally:
        stop.touch()
        if floor.poll() is None:
            floor.kill()
        shutil.rmtree(home, ignore_errors=True)
    if trace:
        sys.stderr.write(proc.stderr)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"stall run failed (exit code {proc.returncode}):\n{proc.stderr[-3000:]}")
    result = dict(json.loads(proc.stdout.strip().splitlines()[-1]))
    result["floor"] = json.loads(floor_out.strip().splitlines()[-1]) if floor_out.strip() else None
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="articles ingested in the first stall run")
    parser.add_argument("--translate-articles", type=int, default=500,
                        help="articles ingested before the translation in the second stall run (0: skip)")
    parser.add_argument("--repeat", type=int, default=5, help="first-window runs of each kind")
    parser.add_argument("--skip-first-window", action="store_true")
    parser.add_argument("--skip-stalls", action="store_true")
    parser.add_argument("--trace", action="store_true", help="print slow event dispatches and lagging stacks")
    parser.add_argument("--model", choices=("tiny", "base"), default="tiny",
                        help="translation model of the second stall run: the tests' tiny one, or one of a "
                             "real Argos model's shape and size (170 MB, random weights; ~10 s to build)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--stall-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--translate", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--baseline-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SAHIFA_LANG", "en")
    if args.baseline_child is not None:
        print(json.dumps(baseline_child(args.baseline_child)))
        return 0
    if args.stall_child is not None:
        print(json.dumps(stall_child(args.stall_child, args.translate, args.trace, args.model)))
        return 0
    results: dict[str, Any] = {}
    if not args.skip_first_window:
        results["first_window"] = first_window(args.repeat)
    runs = [(args.articles, False)] + ([(args.translate_articles, True)] if args.translate_articles else [])
    results["stall"] = [] if args.skip_stalls else [stall(n, translate, args.trace, args.model) for n, translate in runs]
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    if "first_window" in results:
        fw = results["first_window"]
        print(f"time to first window painted (median of {args.repeat} interleaved runs, offscreen)")
        print(f"  bare PySide6 window     {fw['hello_world_s'] * 1000:7.0f} ms   (floor)")
        print(f"  Sahifa window painted   {fw['sahifa_window_s'] * 1000:7.0f} ms   ratio {fw['ratio']:.2f}×  (goal ≤ 1.5×); "
              f"per pair {fw['pair_ratios']}")
        print(f"  Sahifa articles listed  {fw['sahifa_articles_listed_s'] * 1000:7.0f} ms   (warm library, seeds)")
    for st in results["stall"]:
        what = f"ingesting {st['articles']} articles" + (f", then translating one ({st['translation']})" if st["translation"] != "none" else "")
        print(f"event loop from window shown to the end of the work: {what} ({st['session_s']:.1f} s)")
        print(f"  longest stall {st['max_stall_ms']:.0f} ms (goal ≤ 50 ms); gaps over 50 ms: {st['gaps_over_50ms']}; "
              f"p99 gap {st['p99_gap_ms']:.0f} ms; worst tick intervals of the 5 ms timer {st['worst_gaps_ms']} (stall = interval − 5)")
        floor = st.get("floor")
        if floor:
            ratio = st["max_stall_ms"] / max(floor["max_stall_ms"], 1)
            print(f"  floor: a bare PySide6 event loop, same timer, same time, own process: longest stall "
                  f"{floor['max_stall_ms']:.0f} ms; gaps over 50 ms: {floor['gaps_over_50ms']}; p99 gap "
                  f"{floor['p99_gap_ms']:.0f} ms  →  Sahifa's longest stall / the floor's: {ratio:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
