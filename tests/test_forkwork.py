"""A forked child's work, its failures as ExportError, and no child left behind."""
import os
import signal
import time

import pytest

from pipeline.errors import ExportError, PipelineError
from pipeline.forkwork import available, forked

pytestmark = pytest.mark.skipif(not available(), reason="this platform cannot fork")


def test_the_child_sees_the_parents_memory_and_its_files_are_there_after_wait(tmp_path):
    shared = {"text": "كتب الابن ما أعدّه الأب"}  # made before the fork, never sent to the child
    with forked(lambda: (tmp_path / "child.txt").write_text(shared["text"], encoding="utf-8"), "child.txt") as wait:
        (tmp_path / "parent.txt").write_text("parent", encoding="utf-8")
        wait()
    assert (tmp_path / "child.txt").read_text(encoding="utf-8") == shared["text"]
    assert (tmp_path / "parent.txt").read_text(encoding="utf-8") == "parent"


def test_an_exception_in_the_child_is_an_export_error_naming_the_work_and_the_cause():
    def work():
        raise RuntimeError("disk full")

    with pytest.raises(ExportError, match=r"writing graph\.gexf in a child process failed: RuntimeError: disk full") as caught:
        with forked(work, "graph.gexf") as wait:
            wait()
    assert issubclass(ExportError, PipelineError)
    assert "\n" not in str(caught.value)  # one line for the command line; the traceback is a note
    assert any("Traceback" in note for note in caught.value.__notes__)


def test_a_non_zero_exit_and_a_kill_are_export_errors():
    with pytest.raises(ExportError, match="exit status 3"):
        with forked(lambda: os._exit(3), "x") as wait:
            wait()
    with pytest.raises(ExportError, match="killed by signal 9"):
        with forked(lambda: os.kill(os.getpid(), signal.SIGKILL), "x") as wait:
            wait()


def test_when_the_parent_fails_the_child_is_killed_and_reaped(tmp_path):
    started = tmp_path / "pid"

    def work():
        started.write_text(str(os.getpid()))
        time.sleep(600)  # would outlive the test unless killed

    with pytest.raises(ValueError, match="parent failed"):
        with forked(work, "x"):
            while not started.exists() or not started.read_text():
                time.sleep(0.01)
            raise ValueError("parent failed")
    with pytest.raises(ProcessLookupError):  # killed and reaped: no such process, not even a zombie
        os.kill(int(started.read_text()), 0)
