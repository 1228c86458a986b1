"""GUI benchmarks: time to first window, and the UI event loop's longest stall while ingesting.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--articles 500] [--repeat 3]

1. Time to first window (process start → window shown, warm library on the seeds) vs a bare PySide6
   hello-world window measured the same way in the same run (goal ≤ 1.5×).
2. Event-loop stall: a 5 ms QTimer on the UI thread records the longest gap between ticks while the
   window ingests N synthetic articles (the seeds' paragraphs reshuffled) and, when a translation
   model is installed, translates the open article (goal ≤ 50 ms).
Prints figures; asserts nothing (machines are noisy).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

HELLO = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1200, 800); w.show()
def done():
    print(time.time() - t0); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

SAHIFA = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer, QSettings
app = QApplication([])
from sahifa.gui.theme import load_fonts
load_fonts()
from sahifa.gui.main_window import MainWindow
w = MainWindow(sys.argv[2], library_path=sys.argv[3], settings=QSettings(sys.argv[4], QSettings.Format.IniFormat))
w.show()
def shown():
    print(time.time() - t0, flush=True)
w.ingest_finished.connect(lambda: (print(time.time() - t0, flush=True), app.quit()))
QTimer.singleShot(0, shown)
app.exec()
"""


def _run(code: str, *args: str) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-c", code, str(time.time()), *args], capture_output=True, text=True,
                         env=env, timeout=300, check=True).stdout
    return [float(x) for x in out.split()]


def first_window(repeat: int) -> dict[str, float]:
    # An installed app has its bytecode compiled; this sandbox may set PYTHONDONTWRITEBYTECODE.
    import compileall

    compileall.compile_dir(str(ROOT / "desktop" / "sahifa"), quiet=1)
    tmp = Path(tempfile.mkdtemp(prefix="sahifa-bench-"))
    lib, ini = str(tmp / "library.db"), str(tmp / "s.ini")
    _run(SAHIFA, str(ROOT / "seeds"), lib, ini)  # warm the library (first analysis)
    hello = [_run(HELLO)[0] for _ in range(repeat)]
    shown, ready = [], []
    for _ in range(repeat):
        t = _run(SAHIFA, str(ROOT / "seeds"), lib, ini)
        shown.append(t[0])
        ready.append(t[1])
    h, s, r = statistics.median(hello), statistics.median(shown), statistics.median(ready)
    return {"hello_world_s": h, "sahifa_window_s": s, "ratio": s / h, "sahifa_articles_listed_s": r}


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


def stall(n: int) -> dict[str, float]:
    sys.setswitchinterval(float(os.environ.get("SWITCH", "0.005")))
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from sahifa.gui.main_window import MainWindow
    from sahifa.gui.theme import load_fonts

    app = QApplication.instance() or QApplication([])
    assert app is not None
    load_fonts()
    tmp = Path(tempfile.mkdtemp(prefix="sahifa-stall-"))
    make_corpus(tmp / "corpus", n)
    win = MainWindow(str(tmp / "corpus"), library_path=str(tmp / "library.db"),
                     settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    win.ingest_finished.connect(loop.quit)
    t0 = time.perf_counter()
    timer.start()
    win.show()
    loop.exec()
    # let the post-ingest refresh and any translation settle
    end = QEventLoop()
    QTimer.singleShot(1500, end.quit)
    end.exec()
    timer.stop()
    elapsed = time.perf_counter() - t0
    win.close()
    worst = sorted(gaps)[-5:]
    return {"articles": n, "ingest_and_refresh_s": elapsed, "max_stall_ms": max(gaps) - 5 if gaps else 0.0,
            "p99_gap_ms": sorted(gaps)[int(len(gaps) * 0.99)] if gaps else 0.0, "worst_gaps_ms": worst}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SAHIFA_LANG", "en")
    results = {"first_window": first_window(args.repeat), "stall": stall(args.articles)}
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    fw = results["first_window"]
    print("time to first window (median of", args.repeat, "runs, offscreen)")
    print(f"  bare PySide6 window     {fw['hello_world_s'] * 1000:7.0f} ms   (floor)")
    print(f"  Sahifa window shown     {fw['sahifa_window_s'] * 1000:7.0f} ms   ratio {fw['ratio']:.2f}×  (goal ≤ 1.5×)")
    print(f"  Sahifa articles listed  {fw['sahifa_articles_listed_s'] * 1000:7.0f} ms   (warm library, seeds)")
    st = results["stall"]
    print(f"event loop while ingesting {st['articles']} articles ({st['ingest_and_refresh_s']:.1f} s)")
    print(f"  longest stall {st['max_stall_ms']:.0f} ms (goal ≤ 50 ms); p99 gap {st['p99_gap_ms']:.0f} ms; worst gaps {st['worst_gaps_ms']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
