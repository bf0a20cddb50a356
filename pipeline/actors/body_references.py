"""Definite head nouns that stand for an organisation the article has named.

Saudi and Arab news name a body once and then call it by its head noun: «أمانة منطقة
الرياض» … «وأكدت الأمانة», «الهيئة العامة للسياحة والتراث الوطني» … «قامت الهيئة
بدعم المهرجان», «نادي الفتح» … «شكرها للراشد على دعمه للنادي». A bare definite head
(``org_names.yaml anaphoric_heads``, a clitic allowed) that no mention covers, and that no
definite word or «لـ» complement follows (which would make it another name or describe it:
«الأمانة العامة», «الهيئة الملكية»), is the one organisation with that head named before it
in the article; with two such bodies, or none yet, it stays unread, and so does one right after
another name (the body's seat: «لجنة المقابلات بالهيئة») or after «اسم» («باسمه واسم المجلس»: on
whose behalf). The mention is linked with ``via="reference"``: it counts as a mention of the
body, and is no name of it (no alias).
"""
from __future__ import annotations

from collections.abc import Sequence

from ..arabic import normalize, tokenize
from ..types import LinkedMention, Mention, TaggedArticle
from .org_names import ORG_WORDS

__all__ = ["body_references"]

_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "ال")
_ON_BEHALF = frozenset(normalize(w) for w in ("اسم", "باسم", "واسم", "وباسم"))


def _head(token: str) -> str | None:
    """The head noun a definite token reads as, clitics off: «وللهيئة» → هيئه; None otherwise."""
    norm = normalize(token)
    if norm[:1] in "وف" and len(norm) > 4:
        norm = norm[1:]
    if norm.startswith("لل"):
        bare = norm[2:]
    else:
        bare = next((norm[len(p) :] for p in _PROCLITICS if norm.startswith(p)), None)
    return bare if bare in ORG_WORDS.anaphoric_heads else None


def _named_head(text: str) -> str | None:
    """The head noun an organisation's name starts with: «أمانة منطقة الرياض» → امانه."""
    tokens = tokenize(text)
    if not tokens:
        return None
    first = normalize(tokens[0].text)
    for prefix in ("و", "ب", "ل", "ف"):
        if first.startswith(prefix) and first[1:] in ORG_WORDS.anaphoric_heads:
            return first[1:]
    return _head(tokens[0].text) or (first if first in ORG_WORDS.anaphoric_heads else None)


def body_references(tagged: TaggedArticle, linked: Sequence[LinkedMention]) -> list[LinkedMention]:
    """``linked`` with a mention added for each bare definite head that stands for a named body."""
    bodies = [
        (lm.mention.start, head, lm.actor_id)
        for lm in linked
        if lm.mention.type == "ORG" and (head := _named_head(lm.mention.text)) is not None
    ]
    if not bodies:
        return list(linked)
    covered = [(lm.mention.start, lm.mention.end) for lm in linked]
    added: list[LinkedMention] = []
    for sentence in tagged.sentences:
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            head = _head(token.text)
            if head is None or any(s < token.end and token.start < e for s, e in covered):
                continue
            after = normalize(tokens[i + 1].text) if i + 1 < len(tokens) else ""
            if after.startswith(("ال", "لل")):
                continue  # «الأمانة العامة», «الهيئة الملكية للجبيل»: another name, or a description
            if i > 0 and (normalize(tokens[i - 1].text) in _ON_BEHALF or any(s < tokens[i - 1].end and tokens[i - 1].start < e for s, e in covered)):
                continue  # «باسمه واسم المجلس»: on whose behalf; «لجنة المقابلات بالهيئة»: where a body sits
            named = {actor for start, h, actor in bodies if h == head and start < token.start}
            if len(named) != 1:
                continue
            mention = Mention(tagged.article.id, sentence.index, token.start, token.end, token.text, "ORG", i, i + 1)
            added.append(LinkedMention(mention, named.pop(), "reference"))
    if not added:
        return list(linked)
    return sorted([*linked, *added], key=lambda lm: (lm.mention.sentence, lm.mention.start))
