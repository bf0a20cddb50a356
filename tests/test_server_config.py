"""The app's server settings: no file watcher, and `make app PORT=...` picks the port."""
import subprocess
import tomllib

from .conftest import ROOT


def test_streamlit_file_watcher_is_off():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["fileWatcherType"] == "none"
    assert config["server"]["headless"] is True


def test_make_app_takes_the_port():
    def dry_run(*args):
        # -n prints the commands without running them; the venv target is assumed made
        out = subprocess.run(["make", "-n", "-o", ".venv/.installed", "app", *args], cwd=ROOT, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        return out.stdout

    assert "streamlit run graph_app.py --server.port 8501" in dry_run()
    assert "streamlit run graph_app.py --server.port 8600" in dry_run("PORT=8600")
