"""Name matching in evidence sentences (pipeline.evidence.name_spans) finds what
checking every name at every word finds, on the committed build's real sentences."""
from __future__ import annotations

import re
from pathlib import Path

from pipeline.arabic import normalize, strip_clitics
from pipeline.evidence import name_spans
from pipeline.export import read_json

GRAPH = Path(__file__).resolve().parents[1] / "graphs" / "graph.json"
WORD = re.compile(r"[^\W_]+")


def every_name_at_every_word(text: str, names: list[str]) -> list[tuple[int, int]]:
    """The plain reading of the rule: at each word, the longest name whose tokens match from there."""
    words = [(m.start(), m.end(), set(strip_clitics(normalize(m.group())))) for m in WORD.finditer(text)]
    wanted = sorted({tuple(WORD.findall(normalize(n))) for n in names if WORD.findall(normalize(n))}, key=len, reverse=True)
    found = []
    for i in range(len(words)):
        for tokens in wanted:
            if i + len(tokens) <= len(words) and all(tok in words[i + k][2] for k, tok in enumerate(tokens)):
                found.append((words[i][0], words[i + len(tokens) - 1][1]))
                break
    return found


def test_name_spans_equal_checking_every_name_on_real_sentences():
    G = read_json(GRAPH)
    every = [str(d.get("label") or "") for _, d in G.nodes(data=True)] + [str(a) for _, d in G.nodes(data=True) for a in d.get("aliases") or ()]
    checked = hits = 0
    for u, v, d in G.edges(data=True):
        names = [str(G.nodes[n].get("label") or "") for n in (u, v)] + [str(a) for n in (u, v) for a in G.nodes[n].get("aliases") or ()]
        for ev in d.get("evidence") or ():
            sentence = str(ev.get("sentence") or "")
            assert name_spans(sentence, every) == every_name_at_every_word(sentence, every), sentence
            sentence = str(ev.get("sentence") or "")
            got = name_spans(sentence, names)
            assert got == every_name_at_every_word(sentence, names), sentence
            checked += 1
            hits += len(got)
    assert checked > 50 and hits > checked  # both actors are named in most sentences


def test_the_longest_name_starting_at_a_word_wins():
    text = "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز وفد الحرمين"
    spans = name_spans(text, ["الحرمين", "خادم الحرمين الشريفين", "سلمان", "الملك سلمان بن عبدالعزيز"])
    assert [text[s:e] for s, e in spans] == ["خادم الحرمين الشريفين", "الحرمين", "الملك سلمان بن عبدالعزيز", "سلمان", "الحرمين"]
