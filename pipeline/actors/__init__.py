"""Known actors and the linking of mentions to them.

One job per module:

* :mod:`.registry` — :class:`Registry` reads the reviewed registry
  (``data/actors.yaml``): aliases, role phrases with dated office holders,
  titles and demonyms, and answers through a public vocabulary.
* :mod:`.names` — pure name helpers (readings, patronymics, ids); word lists in
  ``data/name_words.yaml``.
* :mod:`.org_names` — organisation names read off a head noun and its modifiers
  (وزارة التعليم, المفوضية الأوروبية) and outlets cited in quotes; ``data/org_names.yaml``.
* :mod:`.org_forms` — an organisation's short and long forms within one article.
* :mod:`.clubs` — sports clubs whose names are common words (الهلال, التعاون), in sport
  articles or after نادي/فريق; ``data/clubs.yaml``.
* :mod:`.titled_names` — person names after a title or profession (المهندس جديع
  القحطاني); ``data/titled_names.yaml``.
* :mod:`.link` — :func:`link_article` turns one article's NER mentions into
  :class:`~pipeline.types.LinkedMention` objects, one sentence view at a time.
* :mod:`.merge` — :func:`link_articles` merges many articles into canonical
  :class:`~pipeline.types.Actor` nodes.
* :mod:`.curation` — an analyst's decisions (merge, split, rename, block) from
  ``CORPUS_DIR/curation.yaml``, applied after linking on every build.

Linking rules
-------------
Everything is matched on tokens (``pipeline.arabic``), never on raw substrings,
after :func:`~pipeline.arabic.normalize`. The first token of a phrase may carry
proclitics (و ف ب ل ك); an article is not stripped to reach a name that lacks
one, so حماس (Hamas) does not match الحماس ("the enthusiasm").

1. Registry aliases and role phrases are matched on the sentence tokens, longest
   first, whether or not NER tagged them. An NER mention that overlaps exactly
   one match takes that match's actor; one that spans several is replaced by
   them. An NER mention that extends a one-token alias with a different first
   name (تيم كوك vs the registry's كوك) is a different person.
2. A role phrase (وزير الدفاع الأمريكي) names its holder at the article's date,
   unless a name stands right after it (titles such as الجنرال may come between)
   or right before it: then the name decides and the role is not a mention.
   Articles without a date get no role links. «نظيره/نظيرتها + demonym» after a
   registry actor names the same office in the other country.
3. A one-token registry alias links to the one full name given earlier in the
   article that contains it. A one-token name outside the registry links to the
   one full name anywhere in the article (a headline «مورير:» before the body's
   «بيتر مورير») that contains it as a word; when two full names contain it, it
   is left alone. A father's name (سلمان in محمد بن سلمان) is no short form.
4. An alias shared by registry entries (بوش) is decided by the article (an entry
   already mentioned), then by the date (the one holding a role), else dropped.
5. A person's name matches a registry alias up to an inner patronymic: «عادل بن
   أحمد الجبير» is «عادل الجبير». The registry's own phrases (محمد بن سلمان) match
   literally first, and «ابن سلمان» or a patronymic that ends the name is kept.
6. Names NER missed or cut short are added before linking: organisation names built on a
   head noun, quoted outlets, clubs, and person names after a title (the modules above).
   They never override a registry phrase or an NER person.
7. Other NER mentions become actors of their own, with leading titles and an
   attached clitic+article removed (والرئيس فلان → فلان; والعبادي → العبادي), a
   verb or particle NER ran the name into cut off (مورير ستتمحور → مورير), and a
   glued و/ف dropped on evidence (ومهدي المشاط → مهدي المشاط after another name;
   never وليد). Within an article a name that another one extends (إسماعيل ولد
   الشيخ → إسماعيل ولد الشيخ أحمد; خالد الحميدي → خالد بن علي الحميدي) joins it
   when that longer name is the only one. An organisation's short and long forms in one
   article (القابضة للكيماويات / الشركة القابضة للكيماويات; سابك / سابك السعودية) are one
   node, unless two bodies share the short form (:mod:`.org_forms`).

Ids
---
Registry actors keep their slug (``john_kerry``). Other actors get
``<type>:<normalised tokens joined by _>``, for example ``per:جون_بولتون``: the
same full name is the same node in every article and every build, and two full
names that share a surname never collide.

>>> from pipeline.types import Article, TaggedArticle
>>> from pipeline.arabic import split_sentences
>>> text = "التقى وزير الدفاع الأمريكي نظيره الروسي في جنيف."
>>> tagged = TaggedArticle(Article("a", text, date="2016-05-01"), tuple(split_sentences(text)))
>>> [(m.actor_id, m.mention.text, m.via) for m in link_article(tagged, load_registry())]
[('ashton_carter', 'وزير الدفاع الأمريكي', 'role'), ('sergei_shoigu', 'نظيره الروسي', 'role'), ('geneva', 'جنيف', 'alias')]
"""
from __future__ import annotations

from .curation import Curation, CurationError, Decision, apply_curation, load_curation
from .link import link_article
from .merge import LinkResult, link_articles
from .names import name_readings, non_registry_id
from .registry import DEFAULT_REGISTRY_PATH, Registry, RegistryError, build_registry, load_registry

__all__ = [
    "Curation",
    "CurationError",
    "DEFAULT_REGISTRY_PATH",
    "Decision",
    "apply_curation",
    "load_curation",
    "LinkResult",
    "Registry",
    "RegistryError",
    "build_registry",
    "link_article",
    "link_articles",
    "load_registry",
    "name_readings",
    "non_registry_id",
]
