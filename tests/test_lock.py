"""requirements.lock pins every requirement of requirements.txt, at the same version, with hashes."""
import re

from .conftest import ROOT

PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s\\;]+)", re.MULTILINE)


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_lock_pins_every_requirement_at_its_version_with_hashes():
    wanted = {canonical(n): v for n, v in PIN.findall((ROOT / "requirements.txt").read_text(encoding="utf-8"))}
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    locked = {canonical(n): v for n, v in PIN.findall(lock)}
    mismatched = {n: (v, locked.get(n)) for n, v in wanted.items() if locked.get(n, "").split("+")[0] != v}
    assert not mismatched, f"requirements.lock is stale (run the command in its header): {mismatched}"
    assert locked["torch"].endswith("+cpu"), "torch must be the CPU build"
    entries = re.split(r"\n(?=[A-Za-z0-9_.-]+==)", lock[lock.index("\n" + next(iter(PIN.findall(lock)))[0]) :].strip())
    assert all("--hash=sha256:" in entry for entry in entries)
    assert len(entries) == len(locked) > len(wanted)  # transitive ones too
