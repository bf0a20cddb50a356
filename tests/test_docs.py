"""Every command-line command and option is documented in the README."""
import argparse

from pipeline.__main__ import make_parser

from .conftest import ROOT


def commands() -> dict[str, list[str]]:
    parser = make_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {
        name: [o for a in p._actions for o in a.option_strings if o.startswith("--") and o != "--help"]
        for name, p in sub.choices.items()
    }


def test_every_command_and_option_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = commands()
    assert {"build", "tag", "train-ner", "download-models"} <= set(found)
    missing = [name for name in found if f"pipeline {name}" not in readme]
    missing += [f"{name} {option}" for name, options in found.items() for option in options if option not in readme]
    assert not missing, f"undocumented in README.md: {missing}"
