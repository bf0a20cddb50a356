"""Reading a sentence without its pious and courtesy asides and its comma-bracketed times.

Saudi and Gulf news put «- حفظه الله -» or «ــ رعاه الله ــ» between a ruler's name and
the rest of the clause («بحث خادم الحرمين الشريفين الملك سلمان - حفظه الله - مع وزير
الخارجية …»). The dashes look like clause breaks and the words push the partner out of
reach, so the rules read the sentence with the aside (and the dashes or brackets around
it) taken out. Tokens keep their character offsets, so evidence and trigger text are
unchanged; mentions get their token spans renumbered.

>>> from pipeline.types import Token
>>> words = "بحث الملك سلمان - حفظه الله - مع الوزير".split()
>>> tokens = tuple(Token(w, i, i + 1) for i, w in enumerate(words))
>>> [t.text for t in kept_tokens(tokens)]
['بحث', 'الملك', 'سلمان', 'مع', 'الوزير']
>>> words = "شنت طائرات التحالف ، أمس الجمعة ، غارات على داعش".split()
>>> [t.text for t in kept_tokens(tuple(Token(w, i, i + 1) for i, w in enumerate(words)))]
['شنت', 'طائرات', 'التحالف', 'غارات', 'على', 'داعش']
>>> words = "طلبت إريتريا اليوم ( السبت ) من الأمم المتحدة".split()
>>> [t.text for t in kept_tokens(tuple(Token(w, i, i + 1) for i, w in enumerate(words)))]
['طلبت', 'إريتريا', 'اليوم', 'من', 'الأمم', 'المتحدة']
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..actors.names import COMMAS
from ..types import LinkedMention, Sentence, Token
from .grammar import GRAMMAR
from .lexicon import normalize_token

__all__ = ["DASHES", "kept_tokens", "without_asides"]

# What may frame an aside: «- حفظه الله -», «(حفظه الله)», «ــ رعاه الله ــ» (tatweel
# normalises to the empty string).
DASHES = frozenset({"-", "–", "—"})  # a pair of them brackets an aside (relations/arguments.py reads them too)
_FRAMES = DASHES | {"", "(", ")"}
_OPEN_CLOSE = {"(": ")"}
_TIME_SPAN = 4  # words at most in a time adverbial between commas
_LONGEST = max((len(p) for p in GRAMMAR.asides), default=0)
_FIRST_WORDS = frozenset(p[0] for p in GRAMMAR.asides)


def _aside_positions(norms: Sequence[str]) -> set[int]:
    drop: set[int] = set()
    i = 0
    while i < len(norms):
        if norms[i] not in _FIRST_WORDS:  # most tokens: no aside starts here
            i += 1
            continue
        length = next((n for n in range(_LONGEST, 0, -1) if tuple(norms[i : i + n]) in GRAMMAR.asides), 0)
        if not length:
            i += 1
            continue
        lo, hi = i, i + length
        before = norms[lo - 1] if lo > 0 else ""
        after = norms[hi] if hi < len(norms) else ""
        if lo > 0 and hi < len(norms) and before in _FRAMES - {")"} and after == _OPEN_CLOSE.get(before, before):
            lo, hi = lo - 1, hi + 1  # the dashes or brackets go with it
        drop.update(range(lo, hi))
        i = hi
    drop.update(_time_adverbials(norms))
    return drop


def _time_adverbials(norms: Sequence[str]) -> set[int]:
    """«، أمس الجمعة،», «أمس (الاثنين)»: a stretch of time words between two commas or in
    brackets, with the commas or brackets; one or two time words before a lone comma («حذر أوباما
    أمس، كير ومشار», 2015-08-06 dev), with the comma, unless a clause with و follows."""
    drop: set[int] = set()
    commas = [i for i, n in enumerate(norms) if n in COMMAS]
    for a, b in zip(commas, commas[1:]):
        inside = norms[a + 1 : b]
        if 1 <= len(inside) <= _TIME_SPAN and all(n in GRAMMAR.time_words for n in inside):
            drop.update(range(a, b + 1))
    for b in commas:  # «وحذر الرئيس الأمريكي باراك أوباما أمس، كير ومشار»: only the closing comma
        a = b
        while a > 0 and b - a < 2 and norms[a - 1] in GRAMMAR.time_words:
            a -= 1
        if 0 < a < b and norms[a - 1] not in COMMAS and b + 1 < len(norms) and not norms[b + 1].startswith("و"):
            drop.update(range(a, b + 1))
    for a, n in enumerate(norms):
        if n != "(":
            continue
        b = next((j for j in range(a + 1, min(a + 2 + _TIME_SPAN, len(norms))) if norms[j] == ")"), None)
        if b is not None and b > a + 1 and all(t in GRAMMAR.time_words for t in norms[a + 1 : b]):
            drop.update(range(a, b + 1))
    return drop


def kept_tokens(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """``tokens`` without the asides and their frames."""
    drop = _aside_positions([normalize_token(t.text) for t in tokens])
    return tuple(t for i, t in enumerate(tokens) if i not in drop)


def without_asides(sentence: Sentence, mentions: Sequence[LinkedMention]) -> tuple[Sentence, list[LinkedMention]]:
    """The sentence without its asides, and its mentions renumbered onto the kept tokens
    (a mention inside an aside, «الله», is dropped)."""
    drop = _aside_positions([normalize_token(t.text) for t in sentence.tokens])
    if not drop:
        return sentence, list(mentions)
    new_index: dict[int, int] = {}
    for i in range(len(sentence.tokens)):
        if i not in drop:
            new_index[i] = len(new_index)
    kept = replace(sentence, tokens=tuple(t for i, t in enumerate(sentence.tokens) if i not in drop))
    out = []
    for lm in mentions:
        m = lm.mention
        if m.token_end <= m.token_start:
            out.append(lm)  # no token span: build_view finds it by characters
            continue
        inside = [new_index[i] for i in range(m.token_start, m.token_end) if i in new_index]
        if inside:
            out.append(replace(lm, mention=replace(m, token_start=inside[0], token_end=inside[-1] + 1)))
    return kept, out
