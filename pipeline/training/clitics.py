"""Make tokens of other corpora look like ANERcorp's: marks out, clitics in.

ANERcorp writes a word with its clitics attached (وتعتبر, مدنها, وبلير) and
tags the whole token, so a conjunction on a name keeps the name's tag
(وبلير ``B-PERS``). WikiFANE's segmenter splits the clitics off (و تعتبر,
مدن ها) and many of its tokens carry a left-to-right mark. The rules of
which tokens join are data: ``data/clitics.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import load_data_file

CLITICS_FILE = Path(__file__).parent / "data" / "clitics.yaml"

# Directional and zero-width marks: LRM/RLM, embeddings and isolates, the
# Arabic letter mark, zero-width space and the byte-order mark.
_MARKS = re.compile("[\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ARABIC_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")

Tagged = list[tuple[str, str]]


class ExtraDataError(ValueError):
    """A data file of the extra-corpus preparation is missing or malformed."""


@dataclass(frozen=True)
class CliticRules:
    """Which split-off tokens join their neighbours.

    Attributes
    ----------
    rank : dict
        Proclitic → its place in the order (conjunction 0, particle 1,
        fragment 2); a proclitic only precedes one of a higher rank.
    enclitics : frozenset
        Tokens joined to the Arabic word before them.
    free_pronouns : frozenset
        Enclitics that are also words; never joined to a word with ال.
    """

    rank: dict[str, int]
    enclitics: frozenset[str]
    free_pronouns: frozenset[str]


def _build(data: dict, source: str) -> CliticRules:
    try:
        order = ("conjunction", "particle", "fragment")
        rank = {tok: i for i, group in enumerate(order) for tok in data["proclitics"][group]}
        return CliticRules(rank, frozenset(data["enclitics"]), frozenset(data["free_pronouns"]))
    except (KeyError, TypeError) as exc:
        raise ExtraDataError(f"{source}: expected proclitics.{{conjunction,particle,fragment}}, enclitics, free_pronouns ({exc})") from exc


def load_rules(path: Path = CLITICS_FILE) -> CliticRules:
    """The clitic rules of ``path`` (parsed once per file version)."""
    return load_data_file(path, _build, ExtraDataError)


def strip_marks(token: str) -> str:
    """``token`` without directional or zero-width marks.

    >>> strip_marks("\\u200eجوبا")
    'جوبا'
    >>> strip_marks("\\u200f")
    ''
    """
    return _MARKS.sub("", token)


def is_arabic_word(token: str) -> bool:
    """True for a token of Arabic letters only (no digits, punctuation or Latin).

    >>> is_arabic_word("مدن"), is_arabic_word("2011"), is_arabic_word("،")
    (True, False, False)
    """
    return _ARABIC_WORD.fullmatch(token) is not None


def rejoin_clitics(sentence: Tagged, rules: CliticRules | None = None) -> Tagged:
    """Join split clitics back onto their host word, keeping BIO tags consistent.

    A joined token takes its host's tag, except that a host ``I-X`` behind a
    clitic tagged ``B-X`` becomes ``B-X`` (the clitic was the start of the
    name: و يلى → ويلى). The result is passed through :func:`repair_bio`.

    Parameters
    ----------
    sentence : list of (token, tag)
        Tokens already stripped of marks.
    rules : CliticRules, optional
        Defaults to ``data/clitics.yaml``.

    Returns
    -------
    list of (token, tag)

    Examples
    --------
    >>> rejoin_clitics([("و", "O"), ("تعتبر", "O"), ("مدن", "O"), ("ها", "O")])
    [('وتعتبر', 'O'), ('مدنها', 'O')]
    >>> rejoin_clitics([("عاصمة", "O"), ("ها", "O")])
    [('عاصمتها', 'O')]
    >>> rejoin_clitics([("و", "O"), ("ملكال", "B-LOC")])
    [('وملكال', 'B-LOC')]
    """
    rules = rules or load_rules()
    out: Tagged = []
    pending: Tagged = []
    for i, (token, tag) in enumerate(sentence):
        following = sentence[i + 1][0] if i + 1 < len(sentence) else None
        if _is_proclitic(token, following, pending, rules):
            pending.append((token, tag))
            continue
        if not pending and _joins_previous(token, out, rules):
            host, host_tag = out[-1]
            out[-1] = (_suffix_form(host) + token, host_tag)
            continue
        if pending:
            token, tag = "".join(t for t, _ in pending) + token, _joined_tag(pending, tag)
            pending = []
        out.append((token, tag))
    out.extend(pending)  # unreachable in practice: a proclitic needs a following word
    return list(zip((t for t, _ in out), repair_bio([g for _, g in out]), strict=True))


def _is_proclitic(token: str, following: str | None, pending: Tagged, rules: CliticRules) -> bool:
    rank = rules.rank.get(token)
    if rank is None or following is None or not is_arabic_word(following):
        return False
    if pending and rules.rank[pending[-1][0]] >= rank:
        # Out of order. A token that can be a pronoun is the host (ب ك → بك);
        # one that cannot is the first letter of the next word, cut off by
        # the segmenter (و ف لاسفة → وفلاسفة).
        return token not in rules.enclitics
    # A proclitic never precedes one of a lower rank (ك و): then it is no proclitic.
    following_rank = rules.rank.get(following)
    return following_rank is None or following_rank >= rank


def _joins_previous(token: str, out: Tagged, rules: CliticRules) -> bool:
    if token not in rules.enclitics or not out or not is_arabic_word(out[-1][0]):
        return False
    host = out[-1][0]
    return not (token in rules.free_pronouns and host.startswith("ال") and len(host) > 3)


def _suffix_form(host: str) -> str:
    """A host's last letter as written before a pronoun.

    Teh marbuta becomes ت (عاصمة + ها → عاصمتها) and alef maqsura ا
    (مرمى + ه → مرماه).
    """
    if host.endswith("ة"):
        return host[:-1] + "ت"
    if host.endswith("ى"):
        return host[:-1] + "ا"
    return host


def _joined_tag(pending: Tagged, host_tag: str) -> str:
    first = pending[0][1]
    if host_tag.startswith("I-") and first == "B-" + host_tag[2:]:
        return first
    return host_tag


def repair_bio(tags: list[str]) -> list[str]:
    """Turn an ``I-X`` that does not continue an ``X`` entity into ``B-X``.

    >>> repair_bio(["O", "I-PER", "I-PER", "B-LOC", "I-ORG"])
    ['O', 'B-PER', 'I-PER', 'B-LOC', 'B-ORG']
    """
    fixed = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        previous = tag
    return fixed
