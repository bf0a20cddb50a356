"""Graph folders for the app tests, built from code (no model, no corpus).

:func:`write_graph_dir` writes what ``python -m pipeline build`` writes
(``graph.json`` and the other formats via :func:`pipeline.export.write_all`,
plus ``articles.json``) for a small synthetic corpus of Arabic news
sentences: real actor names, several outlets and dates, every relation type,
mention offsets that point into the article texts. ``hostile=True`` puts
script, image, SVG, ``javascript:`` and quote-breaking payloads into actor
names, aliases, article titles, sources, URLs and the sentences themselves.
"""
from __future__ import annotations

import random
from pathlib import Path

import networkx as nx

from pipeline.export import atomic_write, generate_articles_json, write_all
from pipeline.graph import build_graph
from pipeline.types import Actor, Article, Evidence, LinkedMention, Mention, Relation, TaggedArticle

PAYLOADS = {
    "script": "<script>alert(1)</script>",
    "img": "<img src=x onerror=alert(1)>",
    "js": "javascript:alert(1)",
    "svg": "\"'><svg onload=alert(1)>",
    "close": "</script><script>alert(1)</script>",
}

ACTORS = [
    Actor("lavrov", "سيرغي لافروف", "PER", "Sergey Lavrov", ("لافروف", "سيرغي لافروف")),
    Actor("kerry", "جون كيري", "PER", "John Kerry", ("كيري", "جون كيري")),
    Actor("putin", "فلاديمير بوتين", "PER", "Vladimir Putin", ("بوتين",)),
    Actor("obama", "باراك أوباما", "PER", "Barack Obama", ("أوباما",)),
    Actor("assad", "بشار الأسد", "PER", "Bashar al-Assad", ("الأسد",)),
    Actor("erdogan", "رجب طيب أردوغان", "PER", "Recep Tayyip Erdoğan", ("أردوغان",)),
    Actor("jubeir", "عادل الجبير", "PER", "Adel al-Jubeir", ("الجبير",)),
    Actor("demistura", "ستافان دي ميستورا", "PER", "Staffan de Mistura", ("دي ميستورا",)),
    Actor("pentagon", "البنتاغون", "ORG", "The Pentagon", ("البنتاغون", "البنتاجون")),
    Actor("un", "الأمم المتحدة", "ORG", "United Nations", ("الأمم المتحدة",)),
    Actor("nato", "حلف الناتو", "ORG", "NATO", ("الناتو",)),
    Actor("russian_mod", "وزارة الدفاع الروسية", "ORG", "Russian Ministry of Defence", ()),
    Actor("arab_league", "جامعة الدول العربية", "ORG", "Arab League", ()),
    Actor("moscow", "موسكو", "LOC", "Moscow", ("موسكو",)),
    Actor("washington", "واشنطن", "LOC", "Washington", ("واشنطن",)),
    Actor("geneva", "جنيف", "LOC", "Geneva", ("جنيف",)),
    Actor("damascus", "دمشق", "LOC", "Damascus", ("دمشق",)),
    Actor("riyadh", "الرياض", "LOC", "Riyadh", ("الرياض",)),
    Actor("ankara", "أنقرة", "LOC", "Ankara", ("أنقرة",)),
    Actor("vienna", "فيينا", "LOC", "Vienna", ("فيينا",)),
    Actor("astana", "مسار أستانا", "MISC", "Astana process", ("أستانا",)),
    Actor("g20", "قمة العشرين", "MISC", "G20 summit", ()),
]
PEOPLE = [a.id for a in ACTORS if a.type in ("PER", "ORG")]
PLACES = [a.id for a in ACTORS if a.type == "LOC"]
EVENTS = [a.id for a in ACTORS if a.type == "MISC"]

# (template, relation between {a} and {b}, directed, trigger); {c} is a place, {e} an event.
TEMPLATES = [
    ("التقى {a} مع {b} في {c} لبحث الأزمة السورية.", "MEET", False, "التقى"),
    ("اتفق {a} و{b} على تعزيز وقف إطلاق النار خلال {e}.", "AGREE", False, "اتفق"),
    ("أعلن {a} دعمه الكامل لموقف {b} من المفاوضات في {c}.", "SUPPORT", True, "دعمه"),
    ("رفض {a} تصريحات {b} بشأن العمليات الجوية.", "OPPOSE", True, "رفض"),
    ("بحث {a} مع {b} تنسيق العمليات الجوية فوق {c}.", "COOPERATE", False, "تنسيق"),
    ("اتهم {a} {b} بشن غارات على مناطق قرب {c}.", "ATTACK", True, "غارات"),
    ("قال {a} إن {b} يتحمل مسؤولية تعثر {e}.", "STATEMENT", True, "قال"),
]
OUTLETS = ["الوطن (سورية)", "سيريان تلغراف", "الرياض", "عكاظ"]
DATES = ["2015-10-11", "2015-10-20", "2015-11-03", "2016-02-14", "2016-05-09", "2016-07-28"]
TITLES = [
    "لقاءات دبلوماسية حول الأزمة السورية",
    "اجتماع روسي أميركي لتعزيز «عدم التصادم»",
    "مباحثات جديدة في جنيف",
    "تصعيد عسكري ومواقف متباينة",
    "تنسيق جوي بين موسكو وواشنطن",
    "قمة إقليمية تبحث الحل السياسي",
]


def _hostile_actors() -> list[Actor]:
    """The same actors, some of them renamed to payloads (labels, English names, aliases)."""
    out = []
    for i, a in enumerate(ACTORS):
        if a.id == "lavrov":
            a = Actor(a.id, PAYLOADS["script"], a.type, PAYLOADS["img"], (PAYLOADS["svg"], PAYLOADS["js"], "لافروف"))
        elif a.id == "kerry":
            a = Actor(a.id, PAYLOADS["svg"], a.type, PAYLOADS["close"], (PAYLOADS["img"], "كيري"))
        elif a.id == "moscow":
            a = Actor(a.id, PAYLOADS["img"], a.type, PAYLOADS["js"], (PAYLOADS["script"],))
        out.append(a)
    return out


def build_fixture(n_articles: int = 6, *, hostile: bool = False, seed: int = 7, sentences: int = 5) -> tuple[nx.Graph, list[Article], list[LinkedMention]]:
    """A graph, its articles and linked mentions; deterministic for a seed."""
    G, articles, mentions, _, _ = build_inputs(n_articles, hostile=hostile, seed=seed, sentences=sentences)
    return G, articles, mentions


def build_inputs(n_articles: int = 6, *, hostile: bool = False, seed: int = 7, sentences: int = 5) -> tuple:
    """:func:`build_fixture`'s graph, articles and linked mentions, and its actors and relations."""
    rng = random.Random(seed)
    actors = {a.id: a for a in (_hostile_actors() if hostile else ACTORS)}
    articles: list[Article] = []
    mentions: list[LinkedMention] = []
    relations: list[Relation] = []
    for i in range(n_articles):
        aid = f"art{i:03d}"
        parts: list[str] = []
        pos = 0
        article_mentions: list[LinkedMention] = []
        article_relations: list[tuple] = []
        if hostile:
            # A raw payload line in the article text itself.
            line = f"{PAYLOADS['img']} {PAYLOADS['script']} {PAYLOADS['svg']}\n"
            parts.append(line)
            pos += len(line)
        for s in range(sentences):
            template, relation, directed, trigger = TEMPLATES[(i * sentences + s) % len(TEMPLATES)]
            a, b = rng.sample(PEOPLE, 2)
            c = rng.choice(PLACES)
            e = rng.choice(EVENTS)
            names = {"a": a, "b": b, "c": c, "e": e}
            # Build the sentence piece by piece to know every name's offset.
            sentence = ""
            spans: list[tuple[int, int, str]] = []
            rest = template
            while "{" in rest:
                before, _, after = rest.partition("{")
                key, _, rest = after.partition("}")
                sentence += before
                if key in names:
                    actor = actors[names[key]]
                    surface = actor.aliases[0] if actor.aliases and rng.random() < 0.5 else actor.label
                    spans.append((len(sentence), len(sentence) + len(surface), actor.id))
                    sentence += surface
            sentence += rest
            if hostile and s == 0:
                sentence += " " + PAYLOADS["close"]
            start = pos
            for s0, s1, actor_id in spans:
                article_mentions.append(
                    LinkedMention(Mention(aid, s, start + s0, start + s1, sentence[s0:s1], actors[actor_id].type), actor_id)
                )
            evidence = Evidence(aid, sentence, start, start + len(sentence))
            ids = [x[2] for x in spans]
            if len(set(ids)) >= 2:
                article_relations.append(Relation(ids[0], ids[1], relation, evidence, directed, trigger))
                for other in ids[2:]:
                    for first in ids[:2]:
                        if other != first:
                            article_relations.append(Relation(*sorted((first, other)), "CO_MENTION", evidence))
            parts.append(sentence + " ")
            pos += len(sentence) + 1
        text = "".join(parts).strip()
        title = TITLES[i % len(TITLES)]
        source = OUTLETS[i % len(OUTLETS)]
        url = f"https://example.org/news/{aid}"
        if hostile:
            title = [PAYLOADS["script"], PAYLOADS["img"], PAYLOADS["svg"], PAYLOADS["close"]][i % 4] + " " + title
            source = PAYLOADS["svg"] if i % 2 else source
            url = PAYLOADS["js"]
        articles.append(Article(aid, text, title, source, DATES[i % len(DATES)], url, f"{aid}.txt"))
        mentions.extend(article_mentions)
        relations.extend(article_relations)
    G = build_graph(articles, actors, mentions, relations)
    return G, articles, mentions, actors, relations


def write_graph_dir(folder: Path, n_articles: int = 6, *, hostile: bool = False, seed: int = 7, sentences: int = 5, store: bool = False) -> Path:
    """Write a fixture build (graph files + ``articles.json``) into ``folder``;
    ``store=True`` adds the store the real build writes (``store.duckdb``),
    which the explorer then queries instead of the graph files."""
    G, articles, mentions, actors, relations = build_inputs(n_articles, hostile=hostile, seed=seed, sentences=sentences)
    folder = Path(folder)
    write_all(G, folder)
    tagged = [TaggedArticle(a, ()) for a in articles]
    atomic_write(folder / "articles.json", generate_articles_json(tagged, mentions))
    if store:
        from pipeline.store import STORE_FILE, write_build

        write_build(folder / STORE_FILE, articles, tagged, mentions, actors, relations)
    return folder
