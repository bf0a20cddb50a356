"""Project ANERcorp's own tagging of frequent forms onto other corpora.

WikiFANE has no class for currencies, religions, wars or prizes, so words that
ANERcorp tags MISC (دولار, الاسلام, نوبل, الحرب العالمية الثانية) are O there,
and mixing it in as is teaches the tagger to miss them; a probe found MISC
fell. The reverse also happens (الانترنت is Software in WikiFANE, O in
ANERcorp). The lexicon is read from ANERcorp's *training part only*, never the
development or test part.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..arabic import normalize
from .clitics import Tagged
from .evaluate import spans

MAX_WORDS = 4  # longest form projected
MIN_MISC = 3  # a MISC form must be tagged MISC at least this often ...
MISC_SHARE = 0.5  # ... and in at least this share of its occurrences
MIN_O = 3  # an entity form ANERcorp leaves O at least this often ...
O_SHARE = 0.9  # ... and in at least this share of its occurrences

Form = tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """How ANERcorp's training part tags token sequences (normalised).

    Attributes
    ----------
    misc : frozenset
        Forms tagged as a whole MISC entity in most of their occurrences.
    plain : frozenset
        Forms left O in nearly all of their occurrences.
    """

    misc: frozenset[Form]
    plain: frozenset[Form]

    @classmethod
    def from_training(cls, train: list[Tagged]) -> Lexicon:
        """Count entity and untagged occurrences of every form in ``train``."""
        as_entity: Counter[Form] = Counter()
        as_misc: Counter[Form] = Counter()
        as_o: Counter[Form] = Counter()
        for sentence in train:
            words = [normalize(w) or w for w, _ in sentence]
            tags = [t for _, t in sentence]
            for start, end, kind in spans(tags):
                form = tuple(words[start:end])
                as_entity[form] += 1
                if kind == "MISC":
                    as_misc[form] += 1
            for n in range(1, MAX_WORDS + 1):
                for i in range(len(words) - n + 1):
                    if all(t == "O" for t in tags[i : i + n]):
                        as_o[tuple(words[i : i + n])] += 1
        misc = {f for f, n in as_misc.items() if len(f) <= MAX_WORDS and n >= MIN_MISC and n / (as_entity[f] + as_o[f]) >= MISC_SHARE}
        plain = {f for f, n in as_o.items() if n >= MIN_O and n / (n + as_entity[f]) >= O_SHARE}
        return cls(frozenset(misc), frozenset(plain))


def project(sentence: Tagged, lexicon: Lexicon) -> Tagged:
    """Tag ANERcorp's MISC forms MISC and untag its plain forms.

    A MISC form is tagged only over untagged words (longest first). An entity
    whose whole form is plain in ANERcorp becomes O when it has several words
    (ANERcorp leaves الجيش الاسرائيلي, مجلس النواب, المجلس التشريعي O) or is
    MISC; a one-word name stays, as normalised names collide with common
    words (علي/على, صور, فتح).

    >>> lex = Lexicon(frozenset({("دولار",), ("الحرب", "العالميه", "الثانيه")}), frozenset({("الانترنت",)}))
    >>> project([("مليون", "O"), ("دولار", "O"), ("عبر", "O"), ("الانترنت", "B-MISC")], lex)
    [('مليون', 'O'), ('دولار', 'B-MISC'), ('عبر', 'O'), ('الانترنت', 'O')]
    >>> project([("الحرب", "O"), ("العالمية", "O"), ("الثانية", "O")], lex)
    [('الحرب', 'B-MISC'), ('العالمية', 'I-MISC'), ('الثانية', 'I-MISC')]
    """
    words = [normalize(w) or w for w, _ in sentence]
    tags = [t for _, t in sentence]
    for start, end, kind in spans(tags):
        # One word alone is often a name and a common word at once once
        # normalised (علي/على, صور, فتح); only a MISC word is untagged alone.
        if (end - start > 1 or kind == "MISC") and tuple(words[start:end]) in lexicon.plain:
            tags[start:end] = ["O"] * (end - start)
    i = 0
    while i < len(words):
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            window = tags[i : i + n]
            following = tags[i + n] if i + n < len(tags) else "O"
            if all(t == "O" for t in window) and not following.startswith("I-") and tuple(words[i : i + n]) in lexicon.misc:
                tags[i : i + n] = ["B-MISC"] + ["I-MISC"] * (n - 1)
                i += n
                break
        else:
            i += 1
    return [(w, t) for (w, _), t in zip(sentence, tags, strict=True)]
