"""Inputs for store tests, built by hand (no model): real Arabic sentences,
their mentions, linked actors and relations, with the cases a store must
get right spelled out next to each one."""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.types import Actor, Article, Evidence, LinkedMention, Mention, Relation, Sentence, TaggedArticle


@dataclass
class Inputs:
    """What :func:`pipeline.store.write_build` and :func:`pipeline.graph.build_graph` take."""

    articles: list[Article] = field(default_factory=list)
    tagged: list[TaggedArticle] = field(default_factory=list)
    mentions: list[LinkedMention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)

    def args(self) -> tuple:
        return (self.articles, self.tagged, self.mentions, self.actors, self.relations)

    def only(self, ids: set[str]) -> Inputs:
        """The same inputs restricted to the articles ``ids``."""
        return Inputs(
            [a for a in self.articles if a.id in ids],
            [t for t in self.tagged if t.article.id in ids],
            [m for m in self.mentions if m.mention.article_id in ids],
            dict(self.actors),
            [r for r in self.relations if r.evidence.article in ids],
        )


CAMEO = {"MEET": "04", "AGREE": "05", "SUPPORT": "05", "OPPOSE": "11", "COOPERATE": "06", "ATTACK": "18", "STATEMENT": "01"}

ACTORS = {
    "lavrov": Actor("lavrov", "لافروف", "PER", "Sergey Lavrov", ("لافروف", "سيرغي لافروف"), "Q80137"),
    "kerry": Actor("kerry", "كيري", "PER", "John Kerry", ("كيري",), "Q22316"),
    "moscow": Actor("moscow", "موسكو", "LOC", "Moscow", ("موسكو",)),
    "russia": Actor("russia", "روسيا", "LOC", "Russia", ("روسيا",)),
    "ukraine": Actor("ukraine", "أوكرانيا", "LOC", "Ukraine", ("أوكرانيا",)),
    "usa": Actor("usa", "الولايات المتحدة", "LOC", "United States", ("الولايات المتحدة",)),
    "un": Actor("un", "الأمم المتحدة", "ORG", "United Nations", ("الأمم المتحدة",)),
}


class _Writer:
    """Builds one article sentence by sentence, with offsets computed from the text."""

    def __init__(self, inputs: Inputs, article_id: str, **meta: str):
        self.inputs, self.id, self.meta = inputs, article_id, meta
        self.sentences: list[str] = []
        self.mentions: list[tuple[int, str, str, str, int]] = []  # sentence, surface, type, actor, occurrence
        self.relations: list[tuple[int, dict]] = []

    def sentence(self, text: str) -> int:
        self.sentences.append(text)
        return len(self.sentences) - 1

    def mention(self, sentence: int, surface: str, actor: str, type_: str = "PER", occurrence: int = 0) -> None:
        self.mentions.append((sentence, surface, type_, actor, occurrence))

    def relation(self, sentence: int, source: str, target: str, type_: str, **kw) -> None:
        self.relations.append((sentence, dict(source=source, target=target, type=type_, **kw)))

    def done(self) -> None:
        text = " ".join(self.sentences)
        starts, pos = [], 0
        for s in self.sentences:
            starts.append(pos)
            pos += len(s) + 1
        article = Article(self.id, text, **self.meta)
        sentences = tuple(Sentence(i, starts[i], starts[i] + len(s), ()) for i, s in enumerate(self.sentences))
        ner = []
        for i, surface, type_, actor, occurrence in self.mentions:
            at = -1
            for _ in range(occurrence + 1):
                at = self.sentences[i].index(surface, at + 1)
            m = Mention(self.id, i, starts[i] + at, starts[i] + at + len(surface), surface, type_)
            ner.append(m)
            if actor:
                self.inputs.mentions.append(LinkedMention(m, actor))
        self.inputs.articles.append(article)
        self.inputs.tagged.append(TaggedArticle(article, sentences, tuple(ner)))
        for i, kw in self.relations:
            s = sentences[i]
            self.inputs.relations.append(Relation(evidence=Evidence(self.id, text[s.start : s.end], s.start, s.end), **kw))


def hand_built() -> Inputs:
    """Three articles (two dated, one not) covering every grouping rule."""
    inputs = Inputs(actors=dict(ACTORS))
    inputs.actors["nomention"] = Actor("nomention", "مجهول", "PER")  # never mentioned: not a node

    w = _Writer(inputs, "a1", title="لقاء في موسكو", source="سبق", date="2015-03-01", url="https://example.org/a1")
    s = w.sentence("التقى الوزير لافروف نظيره كيري في موسكو واتفقا على الهدنة.")
    w.mention(s, "لافروف", "lavrov")
    w.mention(s, "لافروف", "lavrov")  # the same mention twice: counted once
    w.mention(s, "كيري", "kerry")
    w.mention(s, "موسكو", "moscow", "LOC")
    # Two types in one sentence and a repeated relation: one evidence item, weight 1.
    w.relation(s, "kerry", "lavrov", "MEET", trigger="التقى")
    w.relation(s, "lavrov", "kerry", "MEET", trigger="التقى")
    w.relation(s, "lavrov", "kerry", "AGREE", trigger="اتفقا")
    w.relation(s, "kerry", "lavrov", "CO_MENTION")
    w.relation(s, "lavrov", "moscow", "CO_MENTION")
    w.relation(s, "kerry", "moscow", "CO_MENTION")
    w.relation(s, "lavrov", "lavrov", "MEET", trigger="التقى")  # with itself: dropped
    w.relation(s, "lavrov", "nomention", "MEET", trigger="التقى")  # to an actor without mentions: dropped
    s = w.sentence("وقال ولافروف إن روسيا لن تهاجم أوكرانيا.")
    w.mention(s, "ولافروف", "lavrov")  # a clitic form: an extra alias
    w.mention(s, "روسيا", "russia", "LOC")
    w.mention(s, "أوكرانيا", "ukraine", "LOC")
    w.mention(s, "إن", "", "MISC")  # an NER mention no actor took
    # Negated: kept as unasserted, counted nowhere; the pair is a co-mention here.
    w.relation(s, "russia", "ukraine", "ATTACK", directed=True, trigger="تهاجم", modality="negated")
    w.relation(s, "russia", "ukraine", "CO_MENTION")
    w.relation(s, "lavrov", "russia", "STATEMENT", directed=True, trigger="قال")
    w.done()

    w = _Writer(inputs, "a2", title="هجوم", source="الرياض", date="2015-03-02")
    s = w.sentence("هاجمت روسيا أوكرانيا وانتقدت أوكرانيا روسيا.")
    w.mention(s, "روسيا", "russia", "LOC")
    w.mention(s, "أوكرانيا", "ukraine", "LOC")
    w.mention(s, "أوكرانيا", "ukraine", "LOC", occurrence=1)
    w.mention(s, "روسيا", "russia", "LOC", occurrence=1)
    w.mention(s, "هاجمت", "ghost", "MISC")  # an actor id missing from the registry: skipped
    # Directed both ways in one sentence: undirected, ends sorted.
    w.relation(s, "russia", "ukraine", "ATTACK", directed=True, trigger="هاجمت")
    w.relation(s, "ukraine", "russia", "OPPOSE", directed=True, trigger="انتقدت")
    s = w.sentence("وأيدت الولايات المتحدة أوكرانيا في الأمم المتحدة.")
    w.mention(s, "الولايات المتحدة", "usa", "LOC")
    w.mention(s, "أوكرانيا", "ukraine", "LOC")
    w.mention(s, "الأمم المتحدة", "un", "ORG")
    w.relation(s, "usa", "ukraine", "SUPPORT", directed=True, trigger="أيدت")
    w.relation(s, "ukraine", "un", "CO_MENTION")
    w.relation(s, "un", "usa", "CO_MENTION")
    s = w.sentence("وكانت روسيا قد هاجمت أوكرانيا من قبل.")
    w.mention(s, "روسيا", "russia", "LOC")
    w.mention(s, "أوكرانيا", "ukraine", "LOC")
    w.relation(s, "russia", "ukraine", "ATTACK", directed=True, trigger="هاجمت")
    w.done()

    w = _Writer(inputs, "a3", title="بلا تاريخ", source="عكاظ")
    s = w.sentence("ومن المقرر أن يلتقي كيري لافروف مجددا.")
    w.mention(s, "كيري", "kerry")
    w.mention(s, "لافروف", "lavrov")
    w.relation(s, "kerry", "lavrov", "MEET", trigger="يلتقي", modality="planned")
    w.relation(s, "kerry", "lavrov", "CO_MENTION")
    w.done()
    return inputs


_SENTENCE = "وقال {0} إن {1} و{2} اتفقوا على التعاون في {3}."


def synthetic(articles: int, actors: int = 400, sentences: int = 6, prefix: str = "s") -> Inputs:
    """Many articles in the shape a build produces, for crash tests and benchmarks.

    Each sentence names four actors drawn from ``actors`` (a few much more
    often than the rest, as in news), with a typed relation and the
    co-mentions of its pairs. Deterministic.
    """
    import itertools
    import random

    rng = random.Random(articles)
    pool = [Actor(f"actor-{i:05d}", f"الفاعل{i}ي", ("PER", "ORG", "LOC", "MISC")[i % 4], f"Actor {i}", (f"الفاعل{i}ي",)) for i in range(actors)]
    weights = [1.0 / (i + 1) for i in range(actors)]
    inputs = Inputs(actors={a.id: a for a in pool})
    types = [t for t in CAMEO]
    for n in range(articles):
        w = _Writer(inputs, f"{prefix}{n:06d}", title=f"خبر {n}", source="synthetic", date=f"2015-07-{1 + n % 28:02d}")
        for _ in range(sentences):
            chosen = list(dict.fromkeys(rng.choices(pool, weights, k=4)))
            names = [a.label for a in chosen] + [a.label for a in pool[:4]]
            s = w.sentence(_SENTENCE.format(*names[:4]))
            for a in chosen:
                w.mention(s, a.label, a.id, a.type)
            for x, y in itertools.combinations(chosen, 2):
                w.relation(s, x.id, y.id, "CO_MENTION")
            if len(chosen) > 1:
                w.relation(s, chosen[0].id, chosen[1].id, rng.choice(types), directed=rng.random() < 0.5, trigger="اتفقوا")
        w.done()
    return inputs
