"""Run-time repairs of the tagger's output over a whole document.

The BiLSTM-CRF tags one sentence at a time, so a name it tags in one sentence
can be missed a few sentences later. :func:`propagate` tags such missed
occurrences with the type the document gives the name elsewhere.

Everything here works on normalised tokens (as the tagger sees them) and BIO
tags, one list per sentence; the sentences of one call are one document (one
article in a build; the whole input of ``python -m pipeline tag``).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

# Proclitics ANERcorp keeps inside an entity (وبلير is B-PERS): a conjunction,
# then a preposition; ل + ال is written لل.
_CONJUNCTIONS = "وف"
_PREPOSITIONS = "بلك"
MIN_BASE = 3  # letters left after removing a proclitic
POST_STEPS = ("propagate", "lists")
_LIST_MARKS = frozenset({"-", "–", "—", "،", ",", "/"})
MIN_LIST_PLACES = 3  # places in a run before its odd members are read as places too


def proclitic_bases(token: str) -> list[str]:
    """``token`` with a conjunction and/or a preposition removed (never the article).

    >>> proclitic_bases("وللبنك")
    ['للبنك', 'البنك']
    >>> proclitic_bases("وبلير")
    ['بلير']
    >>> proclitic_bases("بلير")
    []
    """
    out: list[str] = []
    forms = [token]
    if token[:1] in _CONJUNCTIONS and len(token) - 1 >= MIN_BASE:
        out.append(token[1:])
        forms.append(token[1:])
    for form in forms:
        if form.startswith("لل") and len(form) - 1 >= MIN_BASE:
            out.append("ال" + form[2:])
        elif form[:1] in _PREPOSITIONS and form[1:].startswith("ال") and len(form) - 1 >= MIN_BASE:
            out.append(form[1:])  # بالبنك → البنك; a preposition is only stripped before ال
    return out


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of each entity in a BIO sequence; a stray I- starts one."""
    found = []
    start = kind = None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, label = tag.partition("-")
        if start is not None and (prefix != "I" or label != kind):
            found.append((start, i, kind))
            start = kind = None
        if prefix in ("B", "I") and start is None:
            start, kind = i, label
    return found


def propagate(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    min_count: int = 1,
    min_share: float = 0.3,
    clitics: bool = True,
    min_chars: int = 3,
) -> list[list[str]]:
    """Tag untagged occurrences of names the document tags elsewhere.

    The lexicon is every form (token sequence) the document tags directly. A
    form's votes are its tagged occurrences, plus, with ``clitics``, those of the
    same form with a proclitic on its first token (وبلير votes for بلير). A form
    whose majority type has at least ``min_count`` votes, and whose tagged
    occurrences are at least ``min_share`` of all its occurrences, is tagged
    with that type wherever it occurs untagged, bare or with a proclitic
    (بلير, وبلير, للبنك for البنك). An occurrence touching another entity is
    left alone; longer forms are placed first.
    """
    out = [list(t) for t in tags]
    direct: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for sentence, sentence_tags in zip(sentences, tags):
        for start, end, kind in spans(sentence_tags):
            form = tuple(sentence[start:end])
            if sum(len(t) for t in form) >= min_chars:
                direct[form][kind] += 1
    if not direct:
        return out
    votes = {form: Counter(c) for form, c in direct.items()}
    if clitics:
        for form, c in direct.items():
            for base in proclitic_bases(form[0]):
                key = (base, *form[1:])
                if key in votes:
                    votes[key].update(c)
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for form in votes:
        by_first[form[0]].append(form)
    occurrences: dict[tuple[str, ...], list[tuple[int, int, int]]] = defaultdict(list)
    for s, sentence in enumerate(sentences):
        for i, token in enumerate(sentence):
            heads = [token] + (proclitic_bases(token) if clitics else [])
            for head in heads:
                for form in by_first.get(head, ()):
                    end = i + len(form)
                    if end <= len(sentence) and tuple(sentence[i + 1 : end]) == form[1:]:
                        occurrences[form].append((s, i, end))
    for form in sorted(occurrences, key=len, reverse=True):
        kind, tagged = votes[form].most_common(1)[0]
        where = occurrences[form]
        if tagged < min_count or tagged < min_share * len(where):
            continue
        for s, start, end in where:
            row = out[s]
            if any(t != "O" for t in tags[s][start:end]) or any(t != "O" for t in row[start:end]):
                continue
            if (start > 0 and row[start - 1] != "O") or (end < len(row) and row[end].startswith("I-")):
                continue
            row[start] = "B-" + kind
            for i in range(start + 1, end):
                row[i] = "I-" + kind
    return out


def list_places(tags: Sequence[Sequence[str]], sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """Members of a list of places, separated by dashes or commas, are places.

    In a run of one-word-or-more items each separated by one list mark, where at least
    ``MIN_LIST_PLACES`` items are whole LOC entities, an item that is a whole ORG or MISC
    entity becomes LOC, and an untagged one-word item between two LOC items becomes LOC:
    «أنجولا - بنين - … - الجابون - جامبيا - غانا» (a visa notice of 2015-07-21, where the
    model tagged الجابون ORG and left جامبيا untagged).

    >>> words = "دول إفريقيا : أنجولا - بنين - الجابون - جامبيا - غانا .".split()
    >>> tags = "O B-LOC O B-LOC O B-LOC O B-ORG O O O B-LOC O".split()
    >>> list_places([tags], [words])[0]
    ['O', 'B-LOC', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'B-LOC', 'O']
    """
    out = [list(t) for t in tags]
    for s, (sentence, row) in enumerate(zip(sentences, tags)):
        marks = [i for i, token in enumerate(sentence) if token in _LIST_MARKS]
        if len(marks) < 2:
            continue
        entity_at = {start: (end, kind) for start, end, kind in spans(row)}
        items: list[tuple[int, int, str]] = []  # (start, end, kind) of one run, kind "O" for an untagged word
        runs: list[list[tuple[int, int, str]]] = []
        i = 0
        while i < len(sentence):
            item = _list_item(sentence, row, entity_at, i)
            if item is None:
                runs.append(items)
                items = []
                i += 1
                continue
            items.append(item)
            end = item[1]
            if end < len(sentence) and sentence[end] in _LIST_MARKS:
                i = end + 1
            else:
                runs.append(items)
                items = []
                i = end
        runs.append(items)
        for run in runs:
            if sum(kind == "LOC" for _, _, kind in run) < MIN_LIST_PLACES:
                continue
            kinds = ["LOC" if kind in ("ORG", "MISC") else kind for _, _, kind in run]
            for k, (start, end, kind) in enumerate(run):
                if kind in ("ORG", "MISC") or (
                    kind == "O" and 0 < k < len(run) - 1 and kinds[k - 1] == kinds[k + 1] == "LOC"
                ):
                    out[s][start] = "B-LOC"
                    for j in range(start + 1, end):
                        out[s][j] = "I-LOC"
    return out


def _list_item(sentence, row, entity_at, i: int) -> tuple[int, int, str] | None:
    """The list item starting at token ``i``: a whole entity, or one untagged word; else None."""
    if i in entity_at:
        end, kind = entity_at[i]
        return (i, end, kind)
    token = sentence[i]
    if row[i] == "O" and token not in _LIST_MARKS and len(token) >= 3 and token.isalpha():
        return (i, i + 1, "O")
    return None


def apply_post(steps: Sequence[str], sentences: Sequence[Sequence[str]], tags: list[list[str]]) -> list[list[str]]:
    """Apply the named steps, in order, to one document's tags."""
    for step in steps:
        if step == "propagate":
            tags = propagate(sentences, tags)
        elif step == "lists":
            tags = list_places(tags, sentences)
        else:
            raise ValueError(f"unknown NER post step {step!r}")
    return tags
