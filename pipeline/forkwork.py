"""One piece of work in a forked child process while the parent does the rest.

After the graph is built the build has two idle cores and a dozen files to
write. A forked child sees the parent's memory as it was at the fork (the
graph, the articles) without pickling anything, and shares those pages until
one side writes to them. :func:`forked` starts such a child and hands the
parent a ``wait`` to call once its own share is done; the child's failure
(an exception, a non-zero exit, a signal) becomes an
:class:`~pipeline.errors.ExportError` there. What to do with the files is the
caller's business: the build has the child write into its staging folder and
moves nothing until both sides succeeded.

Examples
--------
>>> import tempfile, pathlib
>>> if available():
...     flag = pathlib.Path(tempfile.mkdtemp()) / "flag"
...     with forked(lambda: flag.write_text("child"), "flag") as wait:
...         wait()
...     print(flag.read_text())
... else:
...     print("child")
child
"""
from __future__ import annotations

import gc
import os
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from .errors import ExportError

__all__ = ["available", "forked"]

_REPORT_BYTES = 16_384  # under a pipe's buffer: the child never blocks writing its report


def available() -> bool:
    """Whether this platform can fork (not Windows)."""
    return hasattr(os, "fork")


@contextmanager
def forked(work: Callable[[], object], what: str) -> Iterator[Callable[[], None]]:
    """Run ``work()`` in a forked child; yield ``wait``, which waits for it and raises if it failed.

    Leaving the block without calling ``wait`` (the parent's own share
    raised) kills the child and reaps it, so no child outlives the block.

    Parameters
    ----------
    work : called in the child; its return value is dropped
    what : names the work in the error message (``"graph.graphml, graph.gexf"``)

    Raises
    ------
    ExportError
        From ``wait``: the child raised, exited non-zero or was killed. The
        message is one line; the child's traceback, when there is one, is a note.
    """
    read, write = os.pipe()
    # Objects that exist now move to the permanent generation, which no collection walks:
    # a parent's full collection writes to every object's header, copying each shared page.
    gc.freeze()
    try:
        pid = os.fork()
    except BaseException:
        gc.unfreeze()
        os.close(read)
        os.close(write)
        raise
    if pid == 0:  # pragma: no cover - the child; coverage does not follow it
        _child(work, read, write)
    os.close(write)
    done = False

    def wait() -> None:
        nonlocal done
        with os.fdopen(os.dup(read), "rb") as fh:
            report = fh.read()  # until the child's end closes: when it exits
        _, status = os.waitpid(pid, 0)
        done = True
        code = os.waitstatus_to_exitcode(status)
        if code == 0:
            return
        lines = report.decode("utf-8", "replace").rstrip().splitlines()
        why = lines[-1] if lines else (f"killed by signal {-code}" if code < 0 else f"exit status {code}")
        error = ExportError(f"writing {what} in a child process failed: {why}; rerun with --workers 1 to write them in one process")
        if lines:
            error.add_note("child traceback:\n" + "\n".join(lines))
        raise error

    try:
        yield wait
    finally:
        if not done:
            _kill(pid)
        os.close(read)
        gc.unfreeze()


def _child(work: Callable[[], object], read: int, write: int) -> None:  # pragma: no cover - runs in the child
    """Do ``work`` and leave with :func:`os._exit`: no ``atexit``, no flush of the parent's buffers, no ``finally`` of the parent's frames."""
    gc.disable()  # the collector would write to the header of every object the child walks, copying shared pages
    code = 1
    try:
        os.close(read)
        work()
        code = 0
    except BaseException:
        try:
            os.write(write, traceback.format_exc()[-_REPORT_BYTES:].encode("utf-8", "replace")[-_REPORT_BYTES:])
        except BaseException:
            pass
    finally:
        os._exit(code)


def _kill(pid: int) -> None:
    """End the child and reap it (it may already have exited)."""
    import signal

    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
