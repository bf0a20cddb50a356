"""One sentence as the relation rules see it: normalised tokens and actor slots.

A :class:`SentenceView` is built once per sentence with at least two actors
and passed to every rule, so no rule recomputes token readings or offsets.

>>> from pipeline.types import Article, TaggedArticle
>>> from pipeline.arabic import split_sentences
>>> from pipeline.actors import link_article, load_registry
>>> text = "التقى كيري بالرئيس أوباما في موسكو."
>>> tagged = TaggedArticle(Article("a", text), tuple(split_sentences(text)))
>>> view = build_view(tagged, tagged.sentences[0], link_article(tagged, load_registry()), load_registry())
>>> [(s.actor, s.venue) for s in view.slots]
[('john_kerry', False), ('barack_obama', False), ('moscow', True)]
>>> view.introducer(view.slots[1], 1)
('ب', 0)
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..actors.names import COMMAS, QUOTES
from ..actors.names import WORDS as NAME_WORDS
from ..actors.nationalities import nationality_of
from ..actors.org_names import ORG_WORDS
from ..arabic import strip_clitics
from ..types import ENTITY_TYPES, Evidence, LinkedMention, Sentence, TaggedArticle
from .grammar import GRAMMAR
from .polities import is_polity, load_polities
from .lexicon import BARE, is_definite, load_lexicon, normalize_token

__all__ = ["SentenceView", "Slot", "build_view", "CLAUSE_PUNCTUATION", "COMPLEMENTIZERS"]

# Punctuation that ends a clause; a comma is weaker (lists use it) and handled by callers.
CLAUSE_PUNCTUATION = frozenset({"؛", ";", ":", ".", "؟", "?", "!", "(", ")", "[", "]"})
COMPLEMENTIZERS = GRAMMAR.complementizers
PRONOUN_COMPLEMENTIZERS = GRAMMAR.pronoun_complementizers
PREPOSITIONS = GRAMMAR.prepositions  # normalised: على is written علي, إلى is الي
VENUE_PREPOSITIONS = GRAMMAR.venue_prepositions
VENUE_HEADS = GRAMMAR.venue_heads
BUILDINGS = GRAMMAR.buildings
_FROM = normalize_token("من")
_TITLE_PLACE_PREPOSITIONS = GRAMMAR.post_prepositions  # «مبعوث … إلى اليمن», «سفير … في مصر»
_ORG_HEADS = ORG_WORDS.construct_heads | ORG_WORDS.name_heads
_NOT_CLITIC = GRAMMAR.not_clitic
_FORCE_HEADS = GRAMMAR.force_heads  # «… وقوات الرئيس المخلوع صالح»: a conjunct named through its forces
_LEADERS = GRAMMAR.leaders
_EMPHASIS = GRAMMAR.emphasis
_DEMONSTRATIVES = GRAMMAR.demonstratives
_UNDER = normalize_token("تحت")
_TO = normalize_token("إلى")
_WITH = normalize_token("مع")
_IN = normalize_token("في")
_COINCIDING = GRAMMAR.coinciding
_POSSESSION = GRAMMAR.possession  # «على مواقع تابعة لتنظيم داعش»: the owner of the governed noun
_OWNED_TARGETS = GRAMMAR.owned_targets  # «مواقع لـX»: places of X, as «مواقع X»
_OWNED_REACH = 3  # words of the owned noun and its adjectives between its preposition and the possession word
LED_BY = "led-by"  # the introducer «برئاسة»/«بقيادة»: in no frame
GOVERNS_ITSELF = "governs-itself"  # a preposition glued to a demonstrative («لذلك»): in no frame
COINCIDING = "coinciding"  # «تزامنا مع», «بالتزامن مع»: in no frame
AND_BETWEEN = normalize_token("وبين")  # «بين X وبين Y»; after two parties, a second pair


@dataclass(frozen=True)
class Slot:
    """An actor's place in a sentence (consecutive mentions of one actor merged).

    ``clitic`` is a preposition glued to its first token (``ب`` or ``ل``:
    «بالرئيس», «لكيري»); ``venue`` marks a place after في («في موسكو»).
    """

    actor: str
    start: int
    end: int
    kind: str  # NER type: PER, ORG, LOC, MISC
    venue: bool = False
    clitic: str = ""
    conj: bool = False  # و glued to its first token is a conjunction («ولافروف»), not a letter of the name («واشنطن»)
    demonym: bool = False  # written as a country's adjective: «السعودية» in «للمخابرات السعودية»

    @property
    def party(self) -> bool:
        """True when the slot can take part in an interaction: not a venue, not a MISC entity."""
        return not self.venue and self.kind != "MISC"


@dataclass(frozen=True)
class SentenceView:
    """The tokens, readings and actor slots of one sentence."""

    text: str  # the article text (token offsets index into it)
    sentence: Sentence
    norms: tuple[str, ...]
    slots: tuple[Slot, ...]
    evidence: Evidence
    date: str = ""
    honorifics: frozenset[str] = frozenset()
    _at: dict[int, int] = field(default_factory=dict, compare=False, repr=False)  # token → slot index
    sport: bool = False  # the article is about sport (:func:`pipeline.actors.clubs.is_sport_article`)
    # tokens of every name NER found here, slots or not («لاعب التعاون» in a title: a club, no predicate)
    named: frozenset[int] = frozenset()

    def __len__(self) -> int:
        return len(self.norms)

    def slot_at(self, token: int) -> int | None:
        """Index of the slot covering ``token``, or None."""
        return self._at.get(token)

    def words(self, start: int, end: int) -> str:
        """The text of tokens ``start:end`` as written."""
        tokens = self.sentence.tokens
        return self.text[tokens[start].start : tokens[end - 1].end] if end > start else ""

    def is_break(self, i: int, commas: bool = True) -> bool:
        """True when token ``i`` ends a clause (punctuation, a complementizer; commas unless told)."""
        norm = self.norms[i]
        if norm == "." and i > 0 and len(self.norms[i - 1]) == 1:
            return False  # «د. عزام», «م. خالد»: an abbreviated title
        if i in self._at:
            return False  # inside a name: «بان كي مون» («بان» reads as «بأن»), «بي.بي.سي»
        return norm in CLAUSE_PUNCTUATION or norm in COMPLEMENTIZERS or (commas and norm in COMMAS)

    def clitic_preposition(self, i: int) -> str:
        """``ب``/``ل`` when token ``i`` (not an actor's) is a preposition glued to a noun: «لجهود», «بالرئيس»."""
        norm = self.norms[i]
        if norm in _NOT_CLITIC:
            return ""
        if norm in ("ل", "ب") and (self.sentence.tokens[i].text.endswith("ـ") or (i + 1 < len(self.norms) and self.norms[i + 1] in QUOTES)):
            return norm  # «لـ”حزب الله”», «ل"الرياض"»: written apart, before quotes
        if norm[:1] in "وف" and len(norm) > 4:
            norm = norm[1:]
        if norm.startswith("لل") and len(norm) > 4:
            return "ل"
        if norm[:1] in "بل" and len(norm) >= 4 and norm not in _NOT_CLITIC:
            return norm[0]
        return ""

    def introducer(self, slot: Slot, lo: int) -> tuple[str, int]:
        """What introduces ``slot`` after token ``lo``: (preposition or ``-`` for none, distance).

        The nearest preposition between ``lo`` and the slot wins: a standalone one
        («مع كيري», «على مواقع داعش»), one glued to a noun before it («لجهود كيري»)
        or to the slot itself («لكيري»). The distance runs from it to the slot. After a word
        of possession the preposition that governs the owned noun introduces the owner, when
        one does within a few words: «على مواقع تابعة لتنظيم داعش» is «على».
        """
        owned = self._owner_introducer(slot, lo)
        if owned is not None:
            return owned
        if slot.clitic:
            return slot.clitic, 0
        return self._scan_introducer(slot, slot.start - 1, lo, 0)

    def _scan_introducer(self, slot: Slot, i: int, lo: int, skipped: int) -> tuple[str, int]:
        """The preposition nearest before token ``i`` + 1 (see :meth:`introducer`); ``skipped``
        tokens between do not count in the distance, nor, to a preposition, the words of a name
        that is no party («مع رئيس مجلس النواب العراقي سليم الجبوري»: the council is his title)."""
        titled = 0
        while i >= lo:
            k = self.slot_at(i)
            if k is not None:
                place = self.slots[k]
                if self._title_place(place) and place.start > lo and (i + 1 + skipped == slot.start or skipped):
                    skipped += place.end - place.start  # «مع وزير الخارجية بجمهورية مصر العربية سامح شكري»
                    i = place.start - 1
                    continue
                break  # «التقى كيري في جنيف الرئيس بوتين»: what governs جنيف does not reach بوتين
            if i in self.named:
                titled += 1
                if self.clitic_preposition(i):  # «مع الأمين العام للأمم المتحدة بان كي مون»: the ل of a
                    i -= 1  # name inside a title governs no one after it
                    continue
            norm = self.norms[i]
            if norm in _LEADERS and i > lo and self.norms[i - 1] == _UNDER:
                return LED_BY, slot.start - i - 1 - skipped - titled  # «حارب تحت قيادة نابليون»: he led, no foe
            if norm == _WITH and i > lo and self.norms[i - 1] in _COINCIDING:
                return COINCIDING, slot.start - i - 1 - skipped - titled  # «تزامنا مع إعلان ليون»: no partner
            if norm in PREPOSITIONS and skipped and slot.kind == "PER" and norm in _TITLE_PLACE_PREPOSITIONS and self._post_in_title(i, lo):
                i -= 1  # «مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ»: the envoy's post, his title
                continue
            if norm in PREPOSITIONS:
                return (norm[1:] if norm.startswith("و") and norm[1:] in PREPOSITIONS else norm), slot.start - i - 1 - skipped - titled
            glued = self.clitic_preposition(i)
            if glued and slot.kind == "PER" and self._inside_title(i, slot.start, lo):
                i -= 1  # «طالب الرئيس هادي المبعوث الأممي لليمن إسماعيل ولد الشيخ أحمد»: the title's ل
                continue
            if glued and not _DEMONSTRATIVES.isdisjoint(strip_clitics(norm)):
                # «رفضت الصين الاستجابة لذلك حتى أكد وانغ» (a 2015-08-06 slice): «لذلك» governs «ذلك»
                return GOVERNS_ITSELF, slot.start - i - 1 - skipped - titled
            if glued:
                if is_leader_word(norm):
                    return LED_BY, slot.start - i - 1 - skipped - titled  # «برئاسة X»: X heads it, no frame takes him
                return glued, slot.start - i - 1 - skipped - titled
            i -= 1
        return BARE, slot.start - lo - skipped

    def _post_in_title(self, i: int, lo: int) -> bool:
        """True when the preposition at ``i`` follows a role head, only definite or title words
        between (not before ``lo``): «السفير السعودي في مصر», «مبعوث الأمين العام للأمم المتحدة إلى اليمن»."""
        from .references import is_role_head, load_role_words

        words = load_role_words()
        for j in range(i - 1, max(lo, i - 1 - words.title_reach) - 1, -1):
            norm = self.norms[j]
            if is_role_head(norm, words):
                return True
            if not (norm.startswith(("ال", "لل")) or norm in self.honorifics) or self.slot_at(j) is not None:
                return False
        return False

    def _inside_title(self, i: int, start: int, lo: int) -> bool:
        """True when token ``i`` lies in a role title that runs up to the person's name at ``start``
        (a role head at or after ``lo``, then title and definite words: «المبعوث الأممي لليمن»)."""
        from .references import load_role_words, role_before_name

        words = load_role_words()
        return any(role_before_name(self.norms[j:start], words) for j in range(max(lo, start - words.title_reach), i))

    def _owner_introducer(self, slot: Slot, lo: int) -> tuple[str, int] | None:
        """The preposition governing the noun a possession word before ``slot`` describes, with
        the distance less the possession words: «على المقار العسكرية الخاصة بالمسلحين الحوثيين»;
        None when there is no such word, or no preposition within ``_OWNED_REACH`` words before it."""
        at = slot.start - 1  # the preposition: glued to the slot or the word before it
        quoted = 0
        while not slot.clitic and at > lo and self.norms[at] in QUOTES:
            at, quoted = at - 1, quoted + 1  # «لـ«داعش»»
        if slot.clitic:
            owner_word, skipped = at, 1
        elif at >= lo and self.slot_at(at) is None and (self.norms[at] in PREPOSITIONS or self.clitic_preposition(at)):
            owner_word, skipped = at - 1, (2 if self.norms[at] in PREPOSITIONS else 1) + quoted
        else:
            return None
        if lo <= owner_word and self.owner_of_places(slot):
            # «تعرضت ثلاث مواقع لـ«داعش» لضربات» is «مواقع داعش»; «على مواقع لداعش» is «على داعش»
            found = self._scan_introducer(slot, owner_word - 1, lo, skipped)
            return found if found[0] == BARE or found[1] <= _OWNED_REACH else None
        if not self._owns(owner_word, lo):
            return None
        found = self._scan_introducer(slot, owner_word - 1, max(lo, owner_word - _OWNED_REACH), skipped)
        return found if found[0] != BARE else None

    def owner_of_places(self, slot: Slot) -> bool:
        """True when ``slot`` follows a place noun of ``owned_targets`` with «لـ»: «مواقع لداعش»,
        «مواقع لـ«داعش»», which read as «مواقع داعش»."""
        at = slot.start - 1
        if not slot.clitic:
            while at > 0 and self.norms[at] in QUOTES:
                at -= 1
            if self.slot_at(at) is not None or self.clitic_preposition(at) != "ل" or self.norms[at] != "ل":
                return False
            at -= 1
        elif slot.clitic != "ل":
            return False
        return at >= 0 and self.slot_at(at) is None and self.norms[at] in _OWNED_TARGETS

    def _owns(self, i: int, lo: int) -> bool:
        """True when token ``i`` (at or after ``lo``) is a word of possession: «تابعة», «الخاصة»."""
        return lo <= i and self.slot_at(i) is None and self.norms[i] in _POSSESSION

    def _title_place(self, place: Slot) -> bool:
        """A place glued by ب/ل to the title word before it («وزير الخارجية بجمهورية مصر»,
        «رئيس مجلس الشورى بسلطنة عمان»): it belongs to the title of the person named next."""
        at = place.start - 1
        if not place.clitic and at >= 1 and self.norms[at] in _TITLE_PLACE_PREPOSITIONS:
            at -= 1  # «مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ»: the word the post follows
        elif place.clitic not in ("ب", "ل"):
            return False
        return (
            place.kind == "LOC"
            and at >= 0
            and self.slot_at(at) is None
            and self.norms[at].isalpha()
            and self.norms[at] not in PREPOSITIONS
            and not self.is_break(at)
        )

    def title_words(self, start: int, end: int) -> int:
        """How many of tokens ``start:end`` are honorifics (صاحب السمو الملكي الأمير)."""
        return sum(1 for i in range(start, end) if self.norms[i] in self.honorifics)

    def past_honorifics(self, i: int, end: int | None = None) -> int:
        """The first token from ``i`` (before ``end``) that is no honorific: where the name starts."""
        end = len(self.norms) if end is None else end
        while i < end and self.norms[i] in self.honorifics:
            i += 1
        return i

    def honorifics_start(self, i: int, floor: int = 0) -> int:
        """Where the run of honorifics right before token ``i`` starts (not before ``floor``)."""
        while i > floor and self.norms[i - 1] in self.honorifics:
            i -= 1
        return i

    def conjuncts(self, index: int) -> list[int]:
        """Slot ``index`` and the slots joined to it by و (or a list comma): «X وY وZ»."""
        out = [index]
        k = index
        while k + 1 < len(self.slots):
            a, b = self.slots[k], self.slots[k + 1]
            # quotes around a name in the list do not part it: «دعا «الإيقاد» والاتحاد الأفريقي» (2015-08-01)
            # and an adverb of emphasis after the first: «لدور الإمارات خاصة ودول التحالف العربي» (2015-07-25 dev)
            between = [t for t in self.norms[a.end : b.start] if t not in QUOTES]
            between = between[1:] if between[:1] and between[0] in _EMPHASIS else between
            glued = b.conj
            joined = all(t in ("و", "،", ",", "وبين") for t in between) and (glued or any(t in ("و", "وبين") for t in between))
            if AND_BETWEEN in between and len(out) >= 2:
                break  # «بين X وY، وبين W وZ»: a second pair, not a fourth party
            # «الجيش السوري وجماعة حزب الله», «… وصاحب السمو الملكي الأمير»: و glued to the
            # head noun or an honorific of the next name
            headed = 1 <= len(between) <= 5 and between[0][:1] == "و" and len(between[0]) > 3
            headed = headed and (
                len(between) == 1 or self._opens_name(between[0]) or between[0][1:] in _FORCE_HEADS or self._role_then_honorifics(between)
            )
            # not a past verb glued to و: «مع سوريا وعينت ابراهيم الفواري قنصلا» (2015-07-24 relation dev)
            headed = headed and not _glued_past_verb(between[0])
            # nor a predicate's noun: «رسالة أوباما للرئيس الأسد وشراكة إيران التنفيذية» (a later 2015-08-09
            # slice) names Iran's partnership, not a second addressee
            if headed and len(between) == 1:
                word = next(i for i in range(a.end, b.start) if self.norms[i] == between[0])
                headed = not _is_trigger(self.sentence.tokens[word].text)
            headed = headed and not any(self.is_break(i) or self.norms[i] in PREPOSITIONS for i in range(a.end, b.start))
            headed = headed and not self.clitic_preposition(a.end)
            titled = a.kind == b.kind == "PER" and (self._after_title_chain(a.end, b.start) or self._titled_then_joined(a, b, between))
            # «… إلى أخيه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، وأخيه صاحب السمو الملكي الأمير محمد بن نايف»
            # (2015-07-31 windows): "and his brother", honorifics, the name
            brother = (
                a.kind == b.kind == "PER" and len(between) >= 2 and between[0] in COMMAS and between[1][:1] == "و"
                and between[1][1:].endswith(("ه", "ها")) and between[1][1:] in NAME_WORDS.kin_nouns
                and all(t in self.honorifics for t in between[2:])
            )
            if not (joined or headed or titled or brother) or b.venue != a.venue:
                break
            out.append(k + 1)
            k += 1
            if headed and self._office_of_next(k):
                # «الغفيص ورئيس مكتب التدريب التقني بنجران سعيد آل جبار»: he is joined too (past the place)
                k += 1 if self.slots[k + 1].kind == "PER" else 2
                out.append(k)
        return out

    def _role_then_honorifics(self, between: list[str]) -> bool:
        """«ونائبه الأمير» before a name: «و», a role head (his: «ـه»), then honorifics only («هنأ …
        الملك سلمان بن عبدالعزيز ونائبه الأمير محمد بن نايف رئيس جمهورية الإكوادور», a later 2015-08-10 slice)."""
        from .references import is_role_head, load_role_words

        words, head = load_role_words(), between[0][1:]
        role = is_role_head(head, words) or (head.endswith("ه") and is_role_head(head[:-1], words))
        if head in words.counterparts:
            # «أوباما ونظيره التركي رجب طيب أردوغان اتفقا» (a later 2015-07-24 slice): his counterpart,
            # a country's adjective, then the name
            return all(t in self.honorifics or nationality_of(t) is not None for t in between[1:])
        return role and all(t in self.honorifics for t in between[1:])

    def _titled_then_joined(self, a: Slot, b: Slot, between: list[str]) -> bool:
        """The next name carries «و» and only the first one's title stands between: «الأميران خالد
        الفيصل أمير المنطقة ومشعل بن ماجد» (a later 2015-08-10 slice)."""
        from .references import load_role_words, role_before_name

        # the title opens with its head, no article («أمير المنطقة»; not the epithet «وولي العهد الأمين»)
        return bool(b.conj) and bool(between) and not between[0].startswith("ال") and role_before_name(between, load_role_words())

    def _office_of_next(self, k: int) -> bool:
        """True when slot ``k`` is a body named after «و» + a role head («ورئيس مكتب التدريب
        التقني والمهني») and the person whose office it is follows it, definite words and
        honorifics at most between: «زار … الغفيص ورئيس مكتب التدريب التقني والمهني بنجران سعيد
        آل جبار وعميد الكلية التقنية» (2015-08-06) lists two visitors, not a visitor and whom he met."""
        from .references import is_role_head, load_role_words

        if k + 1 >= len(self.slots) or self.slots[k].kind not in ("ORG", "LOC"):
            return False
        body, person = self.slots[k], self.slots[k + 1]
        if person.kind == "LOC" and person.clitic == "ب" and k + 2 < len(self.slots):
            person = self.slots[k + 2]  # «… والمهني بنجران سعيد آل جبار»: where the office is, then him
        opener = self.norms[body.start - 1] if body.start > 0 else ""
        if not (opener[:1] == "و" and is_role_head(opener[1:], load_role_words())) or person.conj or person.clitic:
            return False
        between = range(body.end, person.start)
        return person.kind == "PER" and len(between) <= 3 and all(
            self.norms[i] in self.honorifics
            or (self.norms[i].startswith("ال") and self.norms[i] not in PREPOSITIONS)
            or (self.clitic_preposition(i) == "ب" and self._place_at(i))  # «بنجران»: where the office is
            for i in between
        )


    def _opens_name(self, norm: str) -> bool:
        """«وصاحب», «ولصاحب», «وللأمير»: و, the repeated ل of a list of addressees at most, then an honorific."""
        if norm[:1] != "و":
            return False
        rest = norm[1:]
        return rest in self.honorifics or (rest[:1] == "ل" and (rest[1:] in self.honorifics or "ا" + rest[1:] in self.honorifics))

    def _unnamed_addressee(self, chain: list[int], i: int, words) -> bool:
        """Token ``i`` of a title chain belongs to an addressee listed without a name: «و» glued to
        a title («وولي», «ولسمو»), or the possessed word after it («وولي عهده»): «لمقام خادم الحرمين
        الشريفين وولي عهده وولي ولي العهد ولصاحب السمو الملكي الأمير خالد الفيصل» (2015-07-22 dev)."""
        from .references import is_role_head

        def titled(norm: str) -> bool:
            return self._opens_name(norm) or (norm[:1] == "و" and len(norm) > 1 and is_role_head(norm[1:], words))

        norm = self.norms[i]
        if titled(norm):
            return True
        k = chain.index(i)
        return k > 0 and titled(self.norms[chain[k - 1]]) and norm.endswith(_POSSESSIVE_ENDINGS)

    def _opens_title(self, lo: int, hi: int, words) -> int | None:
        """Where «و» glued to a role head opens the whole title of the name at ``hi``: «… نائب رئيس
        مجلس إدارة الجمعية ورئيس مجلس إدارة البنك الأهلي منصور الميمان» (2015-07-22 dev)."""
        from .references import is_role_head

        def headed(word: str) -> bool:  # a role head, or an office: «، ومحافظ الضالع فارس قاسم صالح» (a 2015-07-27 slice)
            # (not a player's position: «تعاقد مع الظهير … الخميس، ولاعب المزاحمية حامد المقاطي» lists players
            # a club signed, who sign with no one of them, a 2015-08-08 slice)
            return is_role_head(word, words) or (word in words.office_heads and word not in GRAMMAR.player_titles)

        for i in range(lo, hi):
            norm = self.norms[i]
            # «و المبعوث الأممي إلى ليبيا برناردينو ليون» (2015-07-22): the و written apart
            apart = norm == "و" and i + 1 < hi and headed(self.norms[i + 1])
            if apart or (norm[:1] == "و" and len(norm) > 3 and headed(norm[1:])):
                rest = range(i + 1 + apart, hi)
                plain = all(
                    (self.slot_at(k) is None and not self.is_break(k) and self.norms[k] not in PREPOSITIONS)
                    or self._destination(k)  # «إلى ليبيا»: an envoy's post
                    for k in rest
                )
                # «ومدير جامعتي الملك عبدالعزيز وجدة»: a title after a noun names an institution, not him
                named = len(rest) >= 2 and self.norms[hi - 1] in self.honorifics and self.norms[hi - 2] not in self.honorifics
                last = self.norms[hi - 1]
                # its body may close it glued to «لل»: «ضد تشافيز والأمين التنفيذي للاتحاد ألبيرتو لوزادا» (2015-07-23 dev)
                closed = last.startswith(("ال", "لل")) or self._destination(hi - 1)
                if plain and not named and len(rest) <= words.title_reach and (not rest or closed):
                    return i
        return None

    def _destination(self, k: int) -> bool:
        """Token ``k`` is «إلى» before a place, or a place after «إلى»: «المبعوث الأممي إلى ليبيا»."""
        if self.norms[k] == _TO:
            return k + 1 < len(self.norms) and self._place_at(k + 1)
        return k > 0 and self.norms[k - 1] == _TO and self._place_at(k)

    def _place_at(self, k: int) -> bool:
        """A place's slot at token ``k``, or a name the view left out there (a place in a title)."""
        j = self.slot_at(k)
        return self.slots[j].kind == "LOC" if j is not None else (k in self.named or is_polity(self.norms[k]))

    def _after_title_chain(self, lo: int, hi: int) -> bool:
        """True when tokens ``lo:hi`` are a person's title chain, a comma at most, then «و» glued to
        an honorific that opens the next name: «… الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب
        رئيس مجلس الوزراء وزير الداخلية، وصاحب السمو الملكي الأمير محمد بن سلمان»."""
        from .references import is_role_head, load_role_words, role_before_name

        norms = self.norms
        words = load_role_words()
        j = next((i for i in range(lo, hi) if self._opens_name(norms[i])), None)
        if j is None or not (
            all(norms[i] in self.honorifics for i in range(j + 1, hi))
            or role_before_name(norms[j + 1 : hi], words)  # «ومعالي أمين العاصمة المقدسة الدكتور أسامة البار»
        ):
            j = self._opens_title(lo, hi, words)
        if j is None or j - lo > _TITLE_CHAIN:
            return False
        chain = [i for i in range(lo, j) if norms[i] not in COMMAS]
        if any(norms[i] in COMMAS for i in range(lo, j)) and norms[j - 1] not in COMMAS:
            return False  # a comma only right before the next name
        first = norms[chain[0]] if chain else ""
        if first.startswith("ال") and first not in self.honorifics and first not in PATRONYMS and not is_role_head(first, words):
            return False  # «منيف المطيري التهنئة الخالصة لمقام خادم الحرمين وولي عهده»: what he sent, no title of his
        # title words, patronymics, definite words and the heads of their construct states
        # («مجلس الوزراء», «وزير الداخلية»)
        return all(
            norms[i] in self.honorifics or norms[i] in PATRONYMS or (i > lo and norms[i - 1] in PATRONYMS)
            or is_role_head(norms[i], words)  # «نائب رئيس مجلس إدارة الجمعية»
            or self._unnamed_addressee(chain, i, words)
            or (norms[i].startswith("ال") and norms[i] not in PREPOSITIONS)
            or (
                any(norms[m].startswith("ال") for m in range(i + 1, min(i + 3, j)))  # «مجلس إدارة الجمعية»
                and norms[i] not in PREPOSITIONS and self.slot_at(i) is None
            )
            # «رئيس مدينة الملك عبدالعزيز للعلوم والتقنية، والمهندس زياد الشيحة الرئيس التنفيذي للشركة
            # السعودية للكهرباء، والدكتور …» (a 2015-07-31 slice: the three who signed): the body's
            # complements and the name after its honorific are the title's too
            or (norms[i].startswith(("لل", "وال")) and self.slot_at(i) is None)
            or (i > lo and norms[i - 1] in self.honorifics and self.slot_at(i) is None)
            for i in chain
        )


_POSSESSIVE_ENDINGS = ("ه", "ها")  # «عهده», «نائبه» after a title word
_TITLE_CHAIN = 14  # tokens of a title chain between two conjoined names
PATRONYMS = NAME_WORDS.patronymic | {normalize_token("آل")}  # «بن عبدالعزيز», «آل سعود»


def build_view(
    tagged: TaggedArticle,
    sentence: Sentence,
    linked: Sequence[LinkedMention],
    registry,
    honorifics: frozenset[str] | None = None,
    sport: bool = False,
    named: Sequence[LinkedMention] = (),
) -> SentenceView:
    """The view of ``sentence`` with the actor slots of its ``linked`` mentions.

    ``honorifics`` (title words, ``data/references.yaml``) are loaded when not given;
    ``sport`` says the article is about sport; ``named`` are mentions that are no party here
    (part of a title) whose words are still a name, never a predicate.
    """
    if honorifics is None:
        from .references import load_role_words

        honorifics = load_role_words().honorifics
    article = tagged.article
    norms = tuple(normalize_token(t.text) for t in sentence.tokens)
    spans = sorted(((_token_span(lm, sentence), lm) for lm in linked), key=lambda item: item[0])
    slots: list[Slot] = []
    for (start, end), lm in spans:
        if slots and slots[-1].actor == lm.actor_id and start <= slots[-1].end + 1:
            last = slots[-1]
            slots[-1] = Slot(last.actor, last.start, max(last.end, end), last.kind, last.venue, last.clitic, last.conj)  # merged: no longer one adjective
            continue
        if slots and start < slots[-1].end:
            continue  # overlapping mentions of two actors: keep the first
        kind = actor_kind(lm, registry)
        if kind == "LOC" and _after_country_pair(norms, start, slots):
            start -= 2  # «ولحكومة وشعب سلطنة عُمان»: the pair's preposition is the country's
        elif kind == "LOC" and start and norms[start - 1] in load_polities().state_heads and _after_country_pair(norms, start - 1, slots):
            start -= 3  # «ولحكومة وشعب جمهورية سنغافورة» where NER took the name without «جمهورية» (2015-08-08/09 windows)
        if kind in ("ORG", "LOC"):
            start -= _delegation_before(norms, start, slots)  # «زار وفد من شركة بوينج …»
        clitic = slot_clitic(norms, start, end, lm.actor_id, registry, honorifics)
        people = not NAME_WORDS.people_heads.isdisjoint(strip_clitics(norms[start]))  # «للشعب اليمني» is no place
        venue = kind == "LOC" and not people and (clitic == "ب" or _after_venue_preposition(norms, start, slots) or not _polity(lm, registry))
        venue = venue or (kind == "LOC" and _names_an_event(norms, start, end) and not _polity(lm, registry, cities=False))
        venue = venue or (kind == "ORG" and start > 0 and norms[start - 1] in VENUE_HEADS)  # «في مقر الحكومة»
        # «حامل لقب دوري روسيا البيضاء» (a 2015-08-09 slice): a country naming a league or a cup is no party
        venue = venue or (kind == "LOC" and start > 0 and not NAME_WORDS.named_thing_heads.isdisjoint(strip_clitics(norms[start - 1])))
        venue = venue or (kind == "LOC" and _war_place(norms, start, end))  # «مفاوضات حرب اليمن بين إيران والسعودية»
        # «نادي برشلونة … بطل أوروبا»: the title it won (``champion_words``)
        venue = venue or (kind == "LOC" and start > 0 and not _CHAMPION_WORDS.isdisjoint(strip_clitics(norms[start - 1])))
        venue = venue or (kind == "ORG" and _a_building(norms, start, clitic))  # «بمستشفى عسير المركزي»
        conj = _glued_conjunction(norms, start, end, lm.actor_id, registry) or _adjacent_waw(norms, start, slots, kind)
        demonym = end - start == 1 and registry is not None and registry.country_of_demonym(norms[start]) is not None
        slots.append(Slot(lm.actor_id, start, end, actor_kind(lm, registry), venue, clitic, conj, demonym))
    at = {i: n for n, s in enumerate(slots) for i in range(s.start, s.end)}
    evidence = Evidence(article.id, article.text[sentence.start : sentence.end], sentence.start, sentence.end)
    names = frozenset(i for lm in (*linked, *named) for i in range(*_token_span(lm, sentence)))
    return SentenceView(article.text, sentence, norms, tuple(slots), evidence, article.date, honorifics, at, sport, names)


def _adjacent_waw(norms, start: int, slots: list[Slot], kind: str) -> bool:
    """«منطقتي النزاع دونيتسك ولوهانسك»: a place or organisation written with و right after another
    of the same kind, nothing between, is its conjunct even when the name is unknown (a first name
    that starts with و, «وليد», is left alone: «استقبل الملك سلمان وليد المعلم»)."""
    if not slots or slots[-1].end != start or slots[-1].kind != kind or kind not in ("LOC", "ORG"):
        return False
    first = norms[start]
    return first.startswith("و") and len(first) > 4 and first not in NAME_WORDS.waw_names


def is_leader_word(norm: str) -> bool:
    """An indefinite noun of heading or patronage (``leaders``), clitics aside: «برئاسة X», «برعاية
    X» name who heads or sponsors; the definite «بالرعاية الكريمة لـX» is what is praised."""
    return not _LEADERS.isdisjoint(strip_clitics(norm)) and not is_definite(norm)


def actor_kind(lm: LinkedMention, registry) -> str:
    """The actor's type: the registry's for a registry actor (NER may call جنيف a person), else the one
    its id carries, which linking settled («مورا», tagged an organisation, is «رودريغو مورا» the article
    named: 2015-07-25 relation dev), else NER's."""
    if registry is not None and lm.actor_id in registry:
        return registry.actors[lm.actor_id].type
    prefix, colon, _ = lm.actor_id.partition(":")
    if colon and prefix.upper() in ENTITY_TYPES:
        return prefix.upper()
    return lm.mention.type


def _polity(lm: LinkedMention, registry, cities: bool = True) -> bool:
    """True when the place can act: a country, a capital, a self-governing region (``data/polities.yaml``).
    Any other place («عدن», «المخا», «مكة المكرمة») is only where something happened."""
    if registry is not None and lm.actor_id in registry:
        actor = registry.actors[lm.actor_id]
        return any(is_polity(name, cities=cities) for name in (actor.label, *actor.aliases))
    return is_polity(lm.mention.text, cities=cities)


def _names_an_event(norms, start: int, end: int) -> bool:
    """«إعلان القاهرة», «مباحثات القاهرة بين …»: a city right after an event or document noun
    (``place_events``) names where it was; «محادثات واشنطن وطهران» still pairs two capitals."""
    if start == 0 or (end < len(norms) and norms[end][:1] == "و" and len(norms[end]) > 3):
        return False
    return not GRAMMAR.place_events.isdisjoint(strip_clitics(norms[start - 1]))


def _war_place(norms, start: int, end: int) -> bool:
    """A place right after a noun of war (``war_nouns``) with no side named after it: where the war is."""
    if start == 0 or GRAMMAR.war_nouns.isdisjoint(strip_clitics(norms[start - 1])):
        return False
    return end >= len(norms) or norms[end] not in _WAR_SIDES


_WAR_SIDES = frozenset(normalize_token(w) for w in ("على", "ضد", "مع"))


def _after_country_pair(norms, start: int, slots: list[Slot]) -> bool:
    """True when «حكومة وشعب» (or «شعب وحكومة», ``country_pairs``) stands right before token ``start``
    and no slot holds those words."""
    if start < 2 or (slots and slots[-1].end > start - 2):
        return False
    first, second = norms[start - 2], norms[start - 1]
    pair = GRAMMAR.country_pairs
    if not second.startswith("و") or second[1:] not in pair:
        return False
    return bool((set(strip_clitics(first)) & pair) - {second[1:]})


def _delegation_before(norms, start: int, slots: list[Slot]) -> int:
    """How many words before token ``start`` name a delegation of the actor there: «وفد من» (2),
    «وفداً استثمارياً من» (3), «مع وفد لجنة …» (1: an indefinite delegation's genitive); 0 when none
    or a slot holds those words."""
    head = 1 if start >= 1 and norms[start - 1] in _ORG_HEADS else 0  # «وفد من شركة بوينج» where NER has «بوينج»
    reach = head + _delegation_words(norms, start - head)
    if reach == head:
        return 0
    if slots and slots[-1].end > start - reach:
        return 0
    return reach


def _delegation_words(norms, start: int) -> int:
    """The delegation words right before token ``start`` (see :func:`_delegation_before`)."""

    def delegation(i: int) -> bool:
        return i >= 0 and not GRAMMAR.delegations.isdisjoint(strip_clitics(norms[i]))

    reach = 0
    if start >= 2 and norms[start - 1] == _FROM:
        if delegation(start - 2):
            reach = 2
        elif start >= 3 and delegation(start - 3) and norms[start - 2] not in PREPOSITIONS and norms[start - 2].isalpha():
            reach = 3
    elif start >= 1 and delegation(start - 1) and "ال" not in norms[start - 1][:3]:
        reach = 1
    return reach


def _a_building(norms, start: int, clitic: str) -> bool:
    """An organisation named by a building's head (``buildings`` in ``grammar.yaml``) after ب or
    في is where something happened: «زار الأمير فيصل بن خالد بعد ظهر اليوم بمستشفى عسير المركزي
    المصابين» (2015-08-06) visited the wounded, not the hospital."""
    head = norms[start][1:] if clitic == "ب" else norms[start]
    return head in BUILDINGS and (clitic == "ب" or (start > 0 and norms[start - 1] in (_IN, "و" + _IN)))


def _after_venue_preposition(norms, start: int, slots: list[Slot]) -> bool:
    """«في موسكو», «في ريف حلب», «في مديرية لودر ومكيراس»: a place where, not a party."""
    for i in range(start - 1, max(start - 4, -1), -1):
        if norms[i] in VENUE_PREPOSITIONS:
            return True
        if slots and slots[-1].end > i:  # «في لودر ومكيراس»: the conjunct of a venue
            last = slots[-1]
            return last.venue and last.end == start and norms[start].startswith("و")
        if not norms[i].isalpha() or norms[i] in PREPOSITIONS:
            return False
    return False


def _token_span(lm: LinkedMention, sentence: Sentence) -> tuple[int, int]:
    mention = lm.mention
    if mention.token_end > mention.token_start:
        return mention.token_start, mention.token_end
    inside = [i for i, t in enumerate(sentence.tokens) if t.start < mention.end and mention.start < t.end]
    return (inside[0], inside[-1] + 1) if inside else (0, 1)


def _glued_conjunction(norms, start: int, end: int, actor_id: str, registry) -> bool:
    """True when the slot's first token is و + the name: «ولافروف», «والأردن»; not «واشنطن», «وليد»."""
    first = norms[start]
    if not first.startswith("و") or len(first) < 4:
        return False
    rest = list(norms[start + 1 : end])
    own = set(actor_id.split(":", 1)[1].split("_")) if ":" in actor_id else set()
    if first in own or (registry is not None and actor_id in registry.lookup([first, *rest])):
        return False
    stripped = first[1:]
    if stripped in own or (registry is not None and actor_id in registry.lookup([stripped, *rest])):
        return True
    if not rest and registry is not None and stripped in registry.alias_tokens(actor_id) and first not in registry.alias_tokens(actor_id):
        return True  # «ميليشيات الحوثيين وصالح»: a registry name's word, short for the name the article gave
    # «ووزير الدفاع»: و before a word that starts with و; «والأردن», «ولصاحب»: before a clitic
    return stripped.startswith(("و", "ال", "لل", "ب", "ل"))


def slot_clitic(norms, start: int, end: int, actor_id: str, registry, honorifics: frozenset[str] = frozenset()) -> str:
    """``ب``/``ل`` when the slot's first token carries a preposition, not a name that starts with one.

    «لكيري» is ل + كيري; «لافروف», «بوتين», «لبنان» are names. The name decides:
    the registry's aliases, or the name tokens of an id made from the name.
    """
    first = norms[start]
    if first[:1] in "وف" and len(first) > 4:
        first = first[1:]
    if first[:1] not in "بل" or len(first) < 4:
        return ""
    rest = list(norms[start + 1 : end])
    own = set(actor_id.split(":", 1)[1].split("_")) if ":" in actor_id else set()
    if first in own or (registry is not None and actor_id in registry.lookup([first, *rest])):
        return ""
    stripped = first[1:]
    if first.startswith("لل") or stripped in honorifics:  # «بوزير الدفاع الأمريكي», «للرئيس»
        return first[0] if not first.startswith("لل") else "ل"
    if stripped in GRAMMAR.country_pairs:  # «ولحكومة وشعب سلطنة عُمان»
        return first[0]
    if stripped in own or any(r in own for r in strip_clitics(stripped)):
        return first[0]
    if registry is not None and actor_id in registry.lookup([stripped, *rest]):
        return first[0]
    if registry is not None and rest and actor_id in registry.lookup(rest):
        return ""  # «بلاد الشام»? the name is the rest: leave the first token alone
    return first[0] if stripped.startswith("ال") else ""


_CHAMPION_WORDS = GRAMMAR.champion_words


def _is_trigger(token: str) -> bool:
    """True when a predicate of the shipped lexicon (cached per file) starts at ``token`` (as written)."""
    return any(entry.type for entry in load_lexicon().starts(token))


def _glued_past_verb(word: str) -> bool:
    """«وعينت», «وأعلنت»: و and a feminine past verb (three or four letters and «ت», not a plural «ات»).

    >>> _glued_past_verb("وعينت"), _glued_past_verb("واعلنت"), _glued_past_verb("وجماعه"), _glued_past_verb("ووحدات")
    (True, True, False, False)
    """
    stem = word[1:]
    return word[:1] == "و" and stem.endswith("ت") and not stem.endswith("ات") and 4 <= len(stem) <= 5
