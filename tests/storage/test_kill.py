"""A process killed (SIGKILL) in the middle of a burst of note writes loses no confirmed note."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from sahifa.storage.library import Library

WRITER = textwrap.dedent(
    """
    import sys
    from sahifa.core.model import Note
    from sahifa.storage.library import Library

    lib = Library(sys.argv[1])
    i = 0
    while True:
        i += 1
        nid = lib.add_note(Note("/news/a.txt", i, i + 5, "yellow", "note %d " % i * 20, passage="passage"))
        if i % 7 == 0:
            lib.update_note(nid, text="edited %d" % i)
        print(nid, flush=True)
    """
)

N_CONFIRMED = 200


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("round_", range(3))
def test_sigkill_mid_burst_loses_no_confirmed_note(tmp_path: Path, round_: int) -> None:
    path = tmp_path / "library.db"
    Library(path).close()  # schema created before the burst; the writer only adds notes
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    confirmed: list[int] = []
    deadline = time.monotonic() + 60
    try:
        while len(confirmed) < N_CONFIRMED + round_ * 37:
            line = proc.stdout.readline()
            if not line:
                assert proc.stderr is not None
                pytest.fail(f"writer exited early: {proc.stderr.read()}")
            confirmed.append(int(line))
            assert time.monotonic() < deadline, "writer too slow"
        os.kill(proc.pid, signal.SIGKILL)  # mid-burst: it is still writing
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    with Library(path) as lib:
        ids = {row.id for row in lib.notes()}
        assert set(confirmed) <= ids
        assert lib.integrity_check() == "ok"
        assert lib.db.execute("PRAGMA foreign_key_check").fetchall() == []
        # the library is still writable after the crash
        assert lib.add_note(lib.notes()[0].to_note()) > max(confirmed)
