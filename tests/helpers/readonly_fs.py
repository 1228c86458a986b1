"""Run a command with one folder read-only for it, in a way that holds for root too.

chmod does not stop root from writing, and the tests run as root here. So, as root, the command runs
in a private mount namespace (``unshare -m``: nothing is seen outside it, nothing to clean up) in
which the folder is bind-mounted onto itself read-only; the kernel then answers EROFS to every write
there, as on a read-only medium. As another user, write permission is taken off the folder and its
files for the duration of the command, then given back. A machine that can do neither skips the test.
"""

from __future__ import annotations

import functools
import os
import shutil
import stat
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

_MOUNT_RO = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"'


@functools.cache
def _can_unshare() -> bool:
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("mount"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", _MOUNT_RO, "sh", "/tmp", "true"],
                           capture_output=True, timeout=30, check=False)
    return probe.returncode == 0


def run_read_only(folder: Path, argv: Sequence[str], *, env: Mapping[str, str] | None = None,
                  timeout: float = 300, stdin: int | None = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    """``argv`` run with ``folder`` read-only (text output captured)."""
    run_env = dict(os.environ if env is None else env)
    if _can_unshare():
        return subprocess.run(["unshare", "-m", "sh", "-c", _MOUNT_RO, "sh", str(folder), *argv],
                              capture_output=True, text=True, env=run_env, timeout=timeout, stdin=stdin,
                              check=False)
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("cannot make a folder read-only for root here (no unshare/mount)")
    modes = {p: stat.S_IMODE(p.stat().st_mode) for p in [folder, *folder.rglob("*")]}
    try:
        for p, mode in modes.items():
            os.chmod(p, mode & ~0o222)
        return subprocess.run(list(argv), capture_output=True, text=True, env=run_env, timeout=timeout,
                              stdin=stdin, check=False)
    finally:
        for p, mode in sorted(modes.items(), key=lambda item: len(item[0].parts)):
            os.chmod(p, mode)
