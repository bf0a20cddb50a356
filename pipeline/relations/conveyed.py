"""Greetings a messenger conveys: who sent them and who received them.

«ونقل كارتر لخادم الحرمين الشريفين تحيات الرئيس باراك أوباما» (2015-07-22): Obama's greetings,
conveyed by Carter, reach the king; both address him (STATEMENT Obama → king, Carter → king). The
sender is the greeting's genitive, or its verb's subject when the greeting carries a pronoun
(«وحمله الملك تحياته إلى الرئيس المصري»: the king's own greetings, the pronoun on «حمله» is the
messenger). The recipient is the actor after «لـ» between the verb and the greeting, or after «لـ» /
«إلى» once the sender's name and title end. The words are ``conveying_verbs`` and
``conveyed_greetings`` in ``data/grammar.yaml``.
"""
from __future__ import annotations

from .grammar import GRAMMAR
from .lexicon import normalize_token, without_suffix
from .predicates import Predicate
from .references import is_role_head, load_role_words, role_before_name
from .sentence import PREPOSITIONS, SentenceView

__all__ = ["conveyed_links"]

_VERBS = GRAMMAR.conveying_verbs
_HANDING = GRAMMAR.handing_verbs
_FROM = normalize_token("من")
_SENDER_REACH = 5  # tokens from «من» to the sender's name («من نظيره الفرنسي فرنسوا هولاند»)
_GREETINGS = GRAMMAR.conveyed_greetings
_TO_NORM = normalize_token("إلى")
_TO = frozenset({_TO_NORM})
_VERB_REACH = 14  # tokens from the verb to the greeting (subject, recipient, an aside in dashes)
_RECIPIENT_REACH = 8  # tokens from the sender's name to «لـ»/«إلى» and the recipient (his title between)


def conveyed_links(view: SentenceView, pred: Predicate) -> list[tuple[int, int]] | None:
    """(sender or messenger, recipient) slot pairs of a conveyed greeting, or None when ``pred``
    is no greeting after a conveying verb (the other rules then read it)."""
    handed = _handed_from(view, pred)
    if handed is not None:
        return handed
    norms = view.norms
    greeting = _bare(norms[pred.start])
    own = not _GREETINGS.isdisjoint(without_suffix(greeting))  # «تحياته»: the subject's own greetings
    if pred.type != "STATEMENT" or not (greeting in _GREETINGS or own):
        return None
    verbs = []  # «وقد حمله الملك المفدى نقل تحياته»: the verb with the subject, not the verbal noun after it
    for i in range(pred.start - 1, max(pred.start - _VERB_REACH - 1, -1), -1):
        if view.is_break(i):  # dashes are no break: «لخادم الحرمين الشريفين - خلال الاستقبال - تحيات …»
            break
        if view.slot_at(i) is None and _bare(norms[i]) in _VERBS:
            verbs.append(i)
    if not verbs:
        return None

    def subject_after(verb: int) -> int | None:
        return next(
            (k for k, s in enumerate(view.slots) if verb < s.start and s.end <= pred.start and s.party and not s.clitic and not _after_to(view, k)),
            None,
        )

    verb = next((v for v in verbs if subject_after(v) is not None), verbs[0])
    between = [k for k, s in enumerate(view.slots) if verb < s.start and s.end <= pred.start and s.party]
    subject = subject_after(verb)
    if subject is None and own:
        subject = _requester(view, verb)  # «طلب الملك عبدالله الثاني نقل تحياته إلى خادم الحرمين الشريفين …»
    if subject is None and own and norms[verb][:1] == "و":
        subject = _clause_subject_before(view, verb)  # «ورحب أمير دولة الكويت … بالأمير نواف بن فيصل … وحمّله تحياته لـ…»
    recipients = [k for k in between if k != subject and (view.slots[k].clitic == "ل" or _after_to(view, k))]
    sender = subject if own else _genitive(view, pred.end)
    senders = _listed(view, sender)  # «تحيات خادم الحرمين الشريفين …، وصاحب السمو الملكي الأمير محمد بن نايف»
    messenger = None if own else subject
    if not recipients:
        after = view.slots[senders[-1]].end if senders and view.slots[senders[-1]].start >= pred.end else pred.end
        recipients = _listed(view, _recipient_after(view, after))  # «لخادم الحرمين الشريفين، ولسمو ولي العهد»
    pairs = [(s, r) for s in (*senders, messenger) if s is not None for r in recipients]
    return [(s, r) for s, r in pairs if view.slots[s].actor != view.slots[r].actor]


_REQUESTS = GRAMMAR.request_verbs
_REQUEST_REACH = 8  # tokens from a verb of asking to the conveying verbal noun it takes («طلب … نقل»)


def _requester(view: SentenceView, verb: int) -> int | None:
    """Who asked for his greetings to be conveyed: the subject of a verb of asking (``request_verbs``) whose
    object is the conveying verbal noun at ``verb``, named after it («طلب الملك عبدالله الثاني نقل تحياته», a
    2015-08-06 window) or before it («أن الرئيس السيسي طلب نقل تحياته وتقديره إلى أخيه خادم الحرمين»)."""
    asked = next(
        (i for i in range(verb - 1, max(verb - _REQUEST_REACH - 1, -1), -1) if view.slot_at(i) is None and _bare(view.norms[i]) in _REQUESTS),
        None,
    )
    if asked is None or any(view.is_break(i) for i in range(asked, verb)):
        return None
    after = [k for k, s in enumerate(view.slots) if asked < s.start and s.end <= verb and s.party and not s.clitic]
    if after:
        return after[0]
    before = [k for k, s in enumerate(view.slots) if s.end <= asked and s.party and not s.clitic]
    if before and not any(view.is_break(i) for i in range(view.slots[before[-1]].end, asked)):
        return before[-1]
    return None


def _clause_subject_before(view: SentenceView, verb: int) -> int | None:
    """The subject of the clause a conveying verb glued to «و» continues: the sentence's first bare party
    before it, no clause break between («ورحب أمير دولة الكويت الشيخ صباح الأحمد … بالأمير نواف بن فيصل في
    بلده الكويت وحمّله تحياته لخادم الحرمين الشريفين», the 2015-07-21 build: the emir's greetings)."""
    first = next((k for k, s in enumerate(view.slots) if s.end <= verb and s.party and not s.clitic), None)
    if first is None or any(view.is_break(i, commas=False) for i in range(view.slots[first].end, verb)):
        return None
    return first


def _listed(view: SentenceView, k: int | None) -> list[int]:
    """Slot ``k`` and the parties joined to it by و, or none."""
    return [] if k is None else [c for c in view.conjuncts(k) if view.slots[c].party]


def _bare(norm: str) -> str:
    """The word without a glued «و»/«ف»: «ونقل» → نقل."""
    rest = norm[1:]
    glued = rest in _VERBS | _GREETINGS or not _GREETINGS.isdisjoint(without_suffix(rest))
    return rest if norm[:1] in "وف" and len(norm) > 3 and glued else norm


def _after_to(view: SentenceView, k: int) -> bool:
    start = view.slots[k].start
    return start > 0 and view.norms[start - 1] in _TO


def _genitive(view: SentenceView, at: int) -> int | None:
    """The person or body named right after the greeting, past his title: «تحيات فخامة الرئيس باراك أوباما»."""
    k = next((k for k, s in enumerate(view.slots) if s.start >= at), None)
    if k is None or not view.slots[k].party or view.slots[k].clitic:
        return None
    start = view.slots[k].start
    if start == at or view.title_words(at, start) == start - at or role_before_name(view.norms[at:start], load_role_words()):
        return k
    return None


def _recipient_after(view: SentenceView, lo: int) -> int | None:
    """The actor after «لـ»/«إلى» within reach of ``lo``, past a title; none across a clause break."""
    reach_from = lo
    for k, slot in enumerate(view.slots):
        if slot.start < lo or not slot.party:
            continue
        if _words_past_titles(view, reach_from, slot.start) > _RECIPIENT_REACH or any(view.is_break(i) for i in range(lo, slot.start)):
            return None
        if not slot.clitic and slot.kind == "ORG" and is_role_head(view.norms[slot.start - 1], load_role_words()):
            # «… الأمير محمد بن نايف … ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية إلى أخيهما جلالة الملك
            # عبدالله الثاني» (a 2015-08-06 window): the council is in the sender's title, which goes on
            reach_from = slot.end
            continue
        intro, distance = view.introducer(slot, lo)
        if intro in ("ل", _TO_NORM):  # «إلى رئيس جمهورية مصر العربية»: past his title
            # «… وزير الدفاع النائب الثاني لرئيس مجلس الوزراء»: a body after «لرئيس» ends the sender's title
            at = slot.start - distance - 1  # the word «لـ» is glued to when not to the slot itself
            office = not slot.clitic and slot.kind != "PER" and is_role_head(view.norms[at][1:], load_role_words())
            return None if office else k
        if not slot.clitic and slot.kind == "LOC":
            continue  # «رئيس الولايات المتحدة الأمريكية»: the sender's title
        return None
    return None


def _words_past_titles(view: SentenceView, lo: int, hi: int) -> int:
    """Tokens ``lo:hi`` that are no title word: «ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية» counts
    little, so a sender's long title does not put the recipient out of reach."""
    words = load_role_words()
    return sum(
        1 for i in range(lo, hi)
        if not (is_role_head(view.norms[i], words) or view.norms[i] in view.honorifics or (view.norms[i].startswith("ال") and view.norms[i] != _TO_NORM))
    )


def _handed_from(view: SentenceView, pred: Predicate) -> list[tuple[int, int]] | None:
    """A letter or an invitation «من» a sender, handed over by a messenger: «سلم وزير الخارجية الفرنسي
    لوران فابيوس … الرئيس روحاني دعوة من نظيره الفرنسي فرنسوا هولاند» (2015-08-06 dev: both Hollande
    and Fabius address Rouhani). The messenger is the handing verb's subject, the recipient the next
    actor named bare before the noun; None when the noun has no «من» after it (its hander sent it:
    ``handing_verbs``) or the verb, the messenger or the recipient is missing."""
    norms = view.norms
    if pred.type != "STATEMENT" or pred.pos != "noun" or pred.end >= len(norms) or norms[pred.end] != _FROM:
        return None
    verb = next(
        (i for i in range(pred.start - 1, max(pred.start - _VERB_REACH - 1, -1), -1)
         if view.slot_at(i) is None and norms[i].removeprefix("و") in _HANDING),
        None,
    )
    if verb is None or any(view.is_break(i) for i in range(verb, pred.start)):
        return None
    bare = [
        k for k, s in enumerate(view.slots)
        if verb < s.start and s.end <= pred.start and s.party and not s.clitic and norms[s.start - 1] not in PREPOSITIONS
    ]
    # the sender after «من», past his title or «نظيره» and an adjective: «من نظيره الفرنسي فرنسوا هولاند»
    sender = next(
        (k for k, s in enumerate(view.slots) if pred.end < s.start <= pred.end + _SENDER_REACH and s.party and not s.clitic),
        None,
    )
    if sender is not None and any(view.is_break(i) for i in range(pred.end, view.slots[sender].start)):
        sender = None
    if len(bare) < 2 or sender is None:
        return None
    messenger, recipient = bare[0], bare[-1]
    pairs = [(sender, recipient), (messenger, recipient)]
    return [(a, b) for a, b in pairs if view.slots[a].actor != view.slots[b].actor]
