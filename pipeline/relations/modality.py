"""Whether a predicate says an event took place: asserted, negated, planned or hypothetical.

Markers are reviewed data (``data/modality.yaml``). Only ``asserted`` relations
count as relations that happened; the others are kept for the analyst.

>>> markers = load_modality()
>>> norms = [normalize_token(w) for w in "ولم يلتق كيري لافروف".split()]
>>> modality_of(norms, 1, 2, False, markers)
'negated'
>>> norms = [normalize_token(w) for w in "ومن المقرر أن يلتقي كيري لافروف".split()]
>>> modality_of(norms, 3, 4, False, markers)
'planned'
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..actors.names import QUOTES
from ..arabic import normalize, strip_clitics
from ..datafiles import load_data_file
from .grammar import GRAMMAR
from .lexicon import has_future_prefix, normalize_token
from .sentence import CLAUSE_PUNCTUATION, COMMAS

__all__ = ["DEFAULT_MODALITY_PATH", "Markers", "ModalityError", "load_modality", "modality_of", "predicate_modality"]

DEFAULT_MODALITY_PATH = Path(__file__).resolve().parent.parent / "data" / "modality.yaml"
ASSERTED = "asserted"
_ORDER = ("negated", "hypothetical", "planned")
# A new clause of its own: markers before it do not reach past it.
_CLAUSE_WORDS = GRAMMAR.modality_clause_words
_TO = normalize("إلى")
_THAT = normalize("أن")  # also «إن» once normalised
_FROM = normalize("من")
# «ويتوقع أن يشارك مسؤولون بالمفوضية … في المحادثات» (2015-07-26): a before-marker followed by
# «أن» marks the whole «أن» clause, however long, not only the window before the predicate
_THAT_REACH = 15
# a pronoun that opens the main clause's predicate ends the «أن» clause: «المفترض أن تثيره الحملة
# الأميركية هو ترافقها مع حملات قصف طيران النظام السوري» (2015-07-31): the bombing took place
_QAD = frozenset(normalize(w) for w in ("قد", "وقد", "فقد"))
_DENIAL_REACH = 8  # words at most between a verb of denial and its «أن»: the subject, its title, an adverb
_COPULAS = frozenset(normalize(w) for w in ("هو", "هي", "هم", "هما"))


class ModalityError(ValueError):
    """The modality marker file is missing or malformed; the message names the entry."""


@dataclass(frozen=True)
class Markers:
    """Marker phrases (normalised token tuples) per modality, before and after the predicate."""

    before: dict[str, frozenset[tuple[str, ...]]]
    after: dict[str, frozenset[tuple[str, ...]]]
    window_before: int = 6
    window_after: int = 5
    # words that mark the predicate only right before it: «مشروع اتفاق» is a draft, «مشروع النقل العام … توقيع» is not
    adjacent: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    # marker words that are part of a person's name when one follows: «لو دريان» is no «if»
    name_particles: frozenset[str] = frozenset()
    # verbs of agreeing with each other: what they agree «على» doing is planned
    agreeing: frozenset[str] = frozenset()
    # the before-markers followed by «أن», which reach over the clause (``_THAT_REACH``)
    before_that: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    # verbs of denial whose «أن» clause, a subject and adverbs between, is denied
    denials: frozenset[str] = frozenset()
    # words that open reported content a verb of denial may deny as it denies an «أن» clause
    reports: frozenset[str] = frozenset()
    # verbs of pledging and threatening: what they take with «بـ» has not happened yet
    pledges: frozenset[str] = frozenset()
    # verbs of demanding and urging: what they take with «بـ» has not happened either
    demands: frozenset[str] = frozenset()
    # verbs of calling on someone: a verbal noun right after those called has not happened
    calls: frozenset[str] = frozenset()


def load_modality(path: Path | str | None = None) -> Markers:
    """Load and validate ``data/modality.yaml`` (cached per file and modification time)."""
    return load_data_file(Path(path) if path is not None else DEFAULT_MODALITY_PATH, build_markers, ModalityError)


def build_markers(data: dict, source: str = "<modality>") -> Markers:
    """Validate parsed marker data.

    >>> build_markers({"negated": {"before": ["لم"]}}).before["negated"]
    frozenset({('لم',)})
    """
    if not isinstance(data, dict):
        raise ModalityError(f"{source}: expected a mapping of modalities")
    unknown = set(data) - {*_ORDER, "window", "name_particles", "agreeing", "denials", "reports", "pledges", "demands", "calls"}
    if unknown:
        raise ModalityError(
            f"{source}: unknown key(s) {sorted(unknown)}; use {', '.join(_ORDER)}, window, name_particles, agreeing, denials, reports, pledges, demands and calls"
        )
    before, after, adjacent = {}, {}, {}
    for kind in _ORDER:
        groups = data.get(kind) or {}
        if not isinstance(groups, dict) or set(groups) - {"before", "after", "adjacent"}:
            raise ModalityError(f"{source}: {kind} must map `before`/`after`/`adjacent` to lists of words")
        for side, target in (("before", before), ("after", after), ("adjacent", adjacent)):
            phrases = set()
            for word in groups.get(side) or ():
                if not isinstance(word, str) or not word.split():
                    raise ModalityError(f"{source}: {kind}.{side}: expected a word, got {word!r}")
                phrases.add(tuple(normalize(w) for w in word.split()))
            target[kind] = frozenset(phrases)
    window = data.get("window") or {}
    if not isinstance(window, dict) or not all(isinstance(v, int) and v >= 0 for v in window.values()):
        raise ModalityError(f"{source}: window must map before/after to whole numbers")
    lists = {}
    for key in ("name_particles", "agreeing", "denials", "reports", "pledges", "demands", "calls"):
        words = data.get(key) or []
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise ModalityError(f"{source}: {key} must be a list of words")
        lists[key] = frozenset(normalize(w) for w in words)
    before_that = {kind: frozenset(p + (_THAT,) for p in phrases if p[-1] != _THAT) for kind, phrases in before.items()}
    return Markers(
        before, after, window.get("before", 6), window.get("after", 5), adjacent, lists["name_particles"], lists["agreeing"], before_that,
        lists["denials"], lists["reports"], lists["pledges"], lists["demands"], lists["calls"],
    )


def modality_of(norms: Sequence[str], start: int, end: int, future: bool, markers: Markers) -> str:
    """The modality of the predicate at tokens ``start:end`` (``future``: written سيـ)."""
    lo = start
    while lo > 0 and start - lo < markers.window_before and not _ends_clause(norms[lo - 1]):
        lo -= 1
    hi = end
    while hi < len(norms) and hi - end < markers.window_after and not _ends_clause(norms[hi]):
        hi += 1
    far = start
    while far > 0 and start - far < _THAT_REACH and not _ends_clause(norms[far - 1]) and norms[far - 1] not in _COPULAS:
        far -= 1
    for kind in _ORDER:
        if _has(norms, lo, start, markers.before[kind]) or _has(norms, end, hi, markers.after[kind]):
            return kind
        if far < lo and _has(norms, far, start, markers.before_that.get(kind, frozenset())):
            return kind
        if start > 0 and _has(norms, start - 1, start, markers.adjacent.get(kind, frozenset())):
            return kind
        if kind == "negated" and _denied_clause(norms, far, start, markers.denials, markers.reports):
            return kind
        if kind == "negated" and _denied_clause(norms, _far_past_commas(norms, start), start, markers.denials, markers.reports, that=False):
            return kind  # «كذبت حركة … (حماس)، ما أوردته وكالة أنباء إيرانية، بشأن اتفاق الحركة مع المملكة» (2015-07-21)
    return "planned" if future else ASSERTED


def _far_past_commas(norms: Sequence[str], start: int) -> int:
    """Where the predicate's reach back ends when commas and brackets do not end it (reported
    content set off by commas, the denier's name glossed in brackets)."""
    far = start
    while far > 0 and start - far < _THAT_REACH and not (_ends_clause(norms[far - 1]) and norms[far - 1] not in _SET_OFF):
        far -= 1
    return far


_SET_OFF = COMMAS | {"(", ")"}


def _denied_clause(
    norms: Sequence[str], far: int, start: int, denials: frozenset[str], reports: frozenset[str] = frozenset(), that: bool = True
) -> bool:
    """True when the predicate lies in the «أن» clause of a verb of denial, its subject and adverbs
    between: «رفض رئيس الحكومة التركية أحمد داود أوغلو بشدة أن تكون بلاده دعمت تنظيم داعش»
    (2015-07-22), or in the reported content it denies: «نفت حركة حماس ما أوردته وكالة أنباء إيرانية
    بشأن اتفاق الحركة مع المملكة» (2015-07-24)."""
    for t in range(start - 1, far - 1, -1):
        if (that and norms[t] == _THAT) or norms[t] in reports:
            # commas and brackets are no words of the subject: «كذبت حركة المقاومة الإسلامية (حماس)، ما أوردته»
            reach = _DENIAL_REACH + sum(1 for i in range(max(far, t - 2 * _DENIAL_REACH), t) if norms[i] in _SET_OFF)
            return any(
                _listed(norms[i], denials) for i in range(max(far, t - reach), t)
            )
    return False




def _listed(norm: str, words: frozenset[str]) -> bool:
    """True when ``norm`` is one of ``words``, a glued «و» or «ف» allowed: «وطالب», «فنفى»."""
    return norm in words or (norm[:1] in "وف" and norm[1:] in words)


def _ends_clause(norm: str) -> bool:
    return norm in CLAUSE_PUNCTUATION or norm in COMMAS or norm in _CLAUSE_WORDS


def _has(norms: Sequence[str], lo: int, hi: int, phrases: frozenset[tuple[str, ...]], at_lo: bool = False) -> bool:
    """True when a phrase lies within ``norms[lo:hi]`` (its first word may carry و/ف); ``at_lo``:
    one that starts at ``lo``."""
    if not phrases:
        return False
    for i in range(lo, lo + 1 if at_lo else hi):
        first = norms[i]
        for head in (first, first[1:] if first[:1] in "وف" and len(first) > 2 else None):
            if head is None:
                continue
            for phrase in phrases:
                if phrase[0] == head and i + len(phrase) <= hi and tuple(norms[i + 1 : i + len(phrase)]) == phrase[1:]:
                    return True
    return False


def predicate_modality(view, pred, predicates: Sequence, markers, lexicon=None) -> str:
    """The predicate's own modality; «سيزور … ويلتقي»: a verb joined by و shares the previous verb's;
    «سيعقد لافروف اجتماعا مع كيري»: a verbal noun carried by a future light verb is planned."""
    future = pred.future or (pred.pos == "noun" and lexicon is not None and _future_carrier(view, pred, markers, lexicon))
    if _may(view, pred):
        return "hypothetical"  # «أن راموس قد ينضم إلى مانشستر يونايتد» (2015-07-23)
    if _called_for_with_bi(view, pred):
        return "hypothetical"  # «وجه البغدادي خلالها دعوة صريحة لأنصاره باستهداف الدولة السعودية»
    norms = _without_name_particles(view, markers)
    own = modality_of(norms, pred.start, pred.end, future, markers)
    previous = _previous_verb(view, pred, predicates)
    if own != ASSERTED and previous is not None:
        # a verb glued by «و» reads its own markers after the verb before it, and shares that verb's
        # modality: «ويرفض جيب بوش دبلوماسية أوباما وينتقد إيران» (2015-07-21) criticises Iran
        cut = previous.end
        own = modality_of(norms[cut:], pred.start - cut, pred.end - cut, future, markers)
    if own == ASSERTED:
        own = _after_past_names(view, norms, pred, markers)
    if own == ASSERTED and _pledged(view, pred, markers.pledges):
        return "planned"
    if own == ASSERTED and _demanded(view, pred, markers.demands):
        return "hypothetical"  # «يطالب الأمين العام للأمم المتحدة بان كي مون بالتنسيق مع …» (a 2015-08-08 slice)
    if own == ASSERTED and pred.pos == "noun" and pred.type in _CARRIED_TYPES and lexicon is not None:
        own = _carrier_modality(view, norms, pred, markers, lexicon)
    if own != ASSERTED or pred.pos != "verb" or not view.norms[pred.start].startswith("و"):
        return _purpose(view, pred, own, predicates, markers)
    if previous is not None:
        earlier = modality_of(view.norms, previous.start, previous.end, previous.future, markers)
        if earlier != ASSERTED:
            return earlier
    return own


def _after_past_names(view, norms: Sequence[str], pred, markers: Markers) -> str:
    """The kind of a marker after the predicate whose window does not count the actors' names:
    «أهمية لقاء الجبير مع نظيره الروسي لافروف غدًا» (a later 2015-08-10 slice) is planned."""
    hi, words = pred.end, 0
    while hi < len(norms) and words < markers.window_after and not _ends_clause(norms[hi]):
        words += view.slot_at(hi) is None
        hi += 1
    for kind in _ORDER:
        # only right after a name: what the names pushed out of the window («لافروف غدًا»), not a word
        # further on («شكره لمعالي وزير التعليم على تبني هذا المقترح»: a proposal); nor after «من»,
        # whose «من المقرر أن …» opens a clause of its own («وبحسب الاتفاق المبرم بين مصر وفرنسا من
        # المقرر أن تتسلم القاهرة …», 2015-07-21: concluded)
        if any(
            view.slot_at(i - 1) is not None and view.slot_at(i) is None and norms[i - 1] != _FROM
            and _has(norms, i, hi, markers.after[kind], at_lo=True)
            for i in range(pred.end + 1, hi)
        ):
            return kind
    return ASSERTED


def _previous_verb(view, pred, predicates: Sequence):
    """For a verb glued to «و», the predicate verb before it in its clause (no break between), else None."""
    if pred.pos != "verb" or not view.norms[pred.start].startswith("و"):
        return None
    previous = [p for p in predicates if p.pos == "verb" and p.end <= pred.start]
    if previous and not any(view.is_break(i, commas=False) for i in range(previous[-1].end, pred.start)):
        return previous[-1]
    return None


_PLEDGE_REACH = 12  # tokens from a pledge verb to its predicate: the subject and its title, an adverb, «بشن المزيد من»


_CARRIER_REACH = 4  # tokens from a light verb to the noun it carries: «عقد جولة جديدة من المباحثات»
_CARRIED_TYPES = ("MEET", "AGREE", "COOPERATE")  # events a light verb holds; not «يعقد اجتماعاً … بطلب من تركيا»


def _carrier_modality(view, norms: Sequence[str], pred, markers: Markers, lexicon) -> str:
    """The modality of the light verb that carries a verbal noun a few words before it, when the
    noun's own window holds no marker: «تعتزم كوريا الجنوبية واليابان والصين عقد جولة جديدة من
    المباحثات» (2015-07-21): the marker stands before the carrier, past the three names."""
    tokens = view.sentence.tokens
    for i in range(pred.start - 1, max(pred.start - 1 - _CARRIER_REACH, -1), -1):
        if view.is_break(i) or view.slot_at(i) is not None:
            return ASSERTED
        if lexicon.is_light_verb(tokens[i].text):
            return modality_of(norms, i, i + 1, has_future_prefix(tokens[i].text), markers)
    return ASSERTED


def _pledged(view, pred, verbs: frozenset[str]) -> bool:
    """«تعهد رئيس الوزراء التركي أحمد داوود أوغلو امس بشن المزيد من الغارات» (2015-07-26): what a
    verb of ``pledges`` takes with «بـ» (the predicate or a word before it in the same clause) is
    promised or threatened, not done."""
    norms = view.norms
    glued = False
    for i in range(pred.start, max(pred.start - _PLEDGE_REACH, -1), -1):
        if i < pred.start and view.is_break(i, commas=False):
            return False
        if i < pred.start and glued and _listed(norms[i], verbs):
            return True
        glued = glued or _with_bi(view, i)
    return False


def _demanded(view, pred, verbs: frozenset[str]) -> bool:
    """The predicate is glued to «بـ» and is what a verb of ``demands`` before it asks for, only the
    one asked and his title between (no other «بـ» word, no comma): «يطالب الأمين العام للأمم المتحدة بان
    كي مون بالتنسيق مع …»; not «وطالب مسعود بارزاني … بوقف القصف الجوي التركي» (the shelling took place)
    nor «حثت شركة موبايلي مشتركيها على المشاركة بالانتخابات … وذلك بالتنسيق مع الوزارة»."""
    norms = view.norms
    if not _with_bi(view, pred.start):
        return False
    for i in range(pred.start - 1, max(pred.start - _PLEDGE_REACH, -1), -1):
        if view.slot_at(i) is not None:
            continue
        if _listed(norms[i], verbs):
            return True
        if view.is_break(i) or _with_bi(view, i):
            return False
    return False


def _with_bi(view, i: int) -> bool:
    """Token ``i`` opens with the preposition «بـ»: ``clitic_preposition``'s reading, or a short verbal
    noun it leaves out for length («بشن»)."""
    norm = view.norms[i]
    return view.clitic_preposition(i) == "ب" or (len(norm) == 3 and norm[0] == "ب" and view.slot_at(i) is None and norm not in GRAMMAR.not_clitic)


def _may(view, pred) -> bool:
    """«قد» right before a verb in the imperfect (the يـ prefix): "may", not "has" (قد + past asserts);
    a verbal noun in that verb's clause too: «لعملية عسكرية برية قد يقودها التحالف بقيادة السعودية لدعم
    المقاومة الشعبية» (a 2015-08-09 slice)."""
    norms = view.norms
    if pred.pos == "verb":
        return pred.start > 0 and norms[pred.start - 1] in _QAD and norms[pred.start].startswith("ي")
    for i in range(pred.start - 1, max(pred.start - 1 - _MAY_REACH, 0), -1):
        if _ends_clause(norms[i]):
            return False
        if norms[i - 1] in _QAD and norms[i].startswith("ي") and view.slot_at(i) is None:
            return True
    return False


_MAY_REACH = 6  # tokens from «قد» + verb to the verbal noun: the verb's subject and its leader between


def _without_name_particles(view, markers: Markers) -> Sequence[str]:
    """The sentence's words with a name particle that opens a person's name blanked: «وقال لو دريان
    «انتهت محادثات بين …»» (2015-08-06 dev) reports talks, it imagines none."""
    norms = view.norms
    if markers.name_particles.isdisjoint(norms):
        return norms
    blanked = list(norms)
    for i, norm in enumerate(norms):
        if norm not in markers.name_particles:
            continue
        own = view.slot_at(i)  # «لو دريان» as one name (a registry alias)
        if own is not None and view.slots[own].kind == "PER" and view.slots[own].start == i:
            blanked[i] = ""
            continue
        k = view.slot_at(i + 1) if i + 1 < len(norms) else None
        if k is not None and view.slots[k].kind == "PER" and view.slots[k].start == i + 1:
            blanked[i] = ""
    return blanked


def _future_carrier(view, pred, markers: Markers, lexicon) -> bool:
    """A light verb with the future prefix before the noun in its clause: «سيعقد … اجتماعا»."""
    tokens = view.sentence.tokens
    for i in range(pred.start - 1, max(pred.start - 1 - markers.window_before, -1), -1):
        if _ends_clause(view.norms[i]):
            return False
        if has_future_prefix(tokens[i].text) and lexicon.is_light_verb(tokens[i].text):
            return True
    return False


def _purpose(view, pred, own: str, predicates: Sequence, markers: Markers) -> str:
    """«وصل … للاجتماع بالملك»: a meeting, deal or cooperation named with ل is what something is for;
    «تبحثان تنسيق العمليات»: one that is the topic of talks has not happened yet."""
    if own != ASSERTED or pred.pos != "noun" or pred.type not in ("MEET", "AGREE", "COOPERATE"):
        return own
    if view.clitic_preposition(pred.start) == "ل":
        return "planned"
    # also the second of two joined topics: «الزيارة ستبحث التنسيق والتعاون الامني … بين بغداد وطهران» (a
    # later 2015-07-27 slice)
    topic = pred.start - 1 if pred.start > 1 and view.norms[pred.start].startswith("وال") and view.slot_at(pred.start - 1) is None else pred.start
    if any(p.type == "MEET" and p.pos == "verb" and p.end in (pred.start, topic) for p in predicates):
        return "hypothetical"
    if _called_for(view, pred, predicates) or _called_bare(view, pred, predicates, markers):
        return "hypothetical"
    if _agreed_on(view, pred, predicates, markers):
        return "planned"
    return own


_CALL_REACH = 8  # tokens from an appeal verb to the «إلى» of what it calls for
_LIST_WORDS = GRAMMAR.list_joiners | COMMAS | QUOTES
_ON = normalize_token("على")


def _agreed_on(view, pred, predicates: Sequence, markers: Markers) -> bool:
    """«اتفقت مصر والولايات المتحدة على بحث فرص توسيع العلاقات» (2015-08-02): what two sides agree
    on doing has not happened yet (``agreeing`` verbs only: «وافقت الإدارة على انتقال اللاعب»
    approved a transfer)."""
    return _after_verb(view, pred.start, predicates, _ON, lambda p: p.pos == "verb" and view.norms[p.start].removeprefix("و") in markers.agreeing)


def _called_for(view, pred, predicates: Sequence) -> bool:
    """«دعا وزير الخارجية الإيراني دول الخليج الى التعاون مع طهران» (2015-07-26): what a call or a
    demand is for has not happened, nor the second thing it calls for: «دعا أمس الحكومة التركية وحزب
    العمال الكردستاني إلى وقف العنف وبدء مفاوضات» (a 2015-08-09 slice), nor what it calls to begin:
    «دعا الحكومة التركية وحزب العمال الكردستاني الى بدء المفاوضات» (a later 2015-08-10 window)."""
    start = pred.start
    for i in range(pred.start - 1, max(pred.start - 1 - _GOAL_REACH, -1), -1):
        if view.slot_at(i) is not None or view.is_break(i):
            break
        if view.norms[i] == _TO:
            start = i + 1
            break
    return _after_verb(view, start, predicates, _TO, lambda p: p.type == "STATEMENT")


def _called_bare(view, pred, predicates: Sequence, markers: Markers) -> bool:
    """A verbal noun with the article right after the actors a verb of calling or demanding
    (``calls``, ``demands``) names, with no «إلى»: «ودعا والد الرهينة … السلطات الفرنسية والرئيس
    فرنسوا هولاند التعاون مع مصر» (a later 2015-08-08 slice) is called for, not done."""
    at = pred.start - 1
    if at < 0 or view.slot_at(at) is None or not view.norms[pred.start].startswith(("ال", "وال")):
        return False
    verbs = markers.calls | markers.demands
    for p in predicates:
        if p.pos == "verb" and p.end <= at and _listed(view.norms[p.start], verbs):
            if not any(view.is_break(i) for i in range(p.end, at)) and at - p.end <= _CALLED_REACH:
                return True
    return False


_CALLED_REACH = 16  # tokens from a verb of calling to the noun after those it calls on, their titles between
_GOAL_REACH = 5  # tokens from «إلى» to a verbal noun it governs: «إلى وقف العنف وبدء مفاوضات», «إلى وقف توجيه الاتهامات وإبداء التعاون»


def _called_for_with_bi(view, pred) -> bool:
    """A verbal noun glued to «بـ» a few words after a noun of calling or inviting (``invitations``)
    in its clause is what the call asks for: «دعوة صريحة لأنصاره باستهداف الدولة السعودية» (a
    2015-08-10 slice: the attack was called for, not made)."""
    if pred.pos != "noun" or view.clitic_preposition(pred.start) != "ب":
        return False
    for i in range(pred.start - 1, max(pred.start - 1 - _CALL_WORDS_REACH, -1), -1):
        if view.slot_at(i) is not None or _ends_clause(view.norms[i]):
            return False
        if not GRAMMAR.invitations.isdisjoint(strip_clitics(view.norms[i])):
            return True
    return False


_CALL_WORDS_REACH = 3  # tokens from the call to what it asks for: «دعوة صريحة لأنصاره باستهداف»


def _after_verb(view, start: int, predicates: Sequence, preposition: str, verb) -> bool:
    """True when ``preposition`` stands right before token ``start`` (a predicate's, or the goal's
    that leads to it) and a predicate for which ``verb`` holds ends at most ``_CALL_REACH`` tokens
    before it, in the same clause."""
    at = start - 1
    if at < 0 or view.norms[at] != preposition:
        return False

    def words_between(p) -> int:  # the actors called on, their quotes and «و» do not count: «دعا «الإيقاد»
        # والاتحاد الأفريقي والأمم المتحدة وكذا المجتمع الدولي إلى المساعدة» (2015-08-01)
        return sum(1 for i in range(p.end, at) if view.slot_at(i) is None and view.norms[i] not in _LIST_WORDS)

    return any(
        verb(p) and p.end <= at and words_between(p) <= _CALL_REACH and not any(view.is_break(i) for i in range(p.end, at))
        for p in predicates
    )
