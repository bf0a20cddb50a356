"""Arabic text helpers: normalisation, tokenisation, sentence splitting.

Pure functions, no state, nothing of ours imported but ``types``.

The tokeniser follows ANERcorp's convention, which the bundled NER model was
trained on: punctuation is split off, clitics (و ف ب ل ك ال) stay attached,
and numbers keep their decimal point (``6.3``, ``4.1%``).

>>> [t.text for t in tokenize("قال «كيري»، إن 4.5% من...")]
['قال', '«', 'كيري', '»', '،', 'إن', '4.5%', 'من', '...']
>>> normalize("أَعلنَ الـبنتاغون")
'اعلن البنتاغون'
"""
from __future__ import annotations

import re
import unicodedata

from .types import Sentence, Token

ARABIC_LETTERS = "\u0621-\u064a\u0671-\u06d3"
_DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_TATWEEL = "\u0640"
# Invisible marks that scraped text carries between letters (RLM, ZWJ, BOM, ...).
_INVISIBLE_CHARS = "\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")


def _expand(ranges: str) -> list[str]:
    """Characters of a regex-style class body such as ``a-cx``."""
    chars = re.findall(r".-.|.", ranges, flags=re.S)
    return [chr(c) for part in chars for c in range(ord(part[0]), ord(part[-1]) + 1)]


# One table does all folding in a single pass: dropping marks, unifying
# letters and digits. Built once; str.translate is the fast path.
_FOLD = {ord(c): None for c in _expand(_DIACRITICS + _INVISIBLE_CHARS) + [_TATWEEL]}
_FOLD.update(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}))
_FOLD.update(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))


def strip_invisible(text: str) -> str:
    """Drop zero-width and bidi control characters, keeping everything else."""
    return _INVISIBLE.sub("", text)


def normalize(text: str) -> str:
    """Fold the spelling variation between outlets into one form.

    Removes diacritics, tatweel and invisible marks; unifies alef/hamza forms,
    alef maqsura (ى→ي) and teh marbuta (ة→ه); maps Arabic-Indic digits to
    Latin; lowercases Latin.

    >>> normalize("البنتاجون") == normalize("البنتاجون")
    True
    >>> normalize("موسى") == normalize("موسي")
    True
    >>> normalize("٢٠١٥")
    '2015'
    """
    if not unicodedata.is_normalized("NFKC", text):  # presentation forms, ligatures
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_FOLD).lower()


def has_arabic(text: str, minimum: int = 1) -> bool:
    """True when ``text`` holds at least ``minimum`` Arabic letters."""
    return len(re.findall(f"[{ARABIC_LETTERS}]", text)) >= minimum


def strip_clitics(token: str, lam_words: bool = True) -> list[str]:
    """Readings of a normalised token with proclitics and the article removed.

    Proclitics come in a fixed order, conjunction (و ف), then preposition
    (ب ل ك), then the article (ال; ل + ال is written لل), so only those
    orders are undone. The token itself comes first, then shorter readings,
    so callers can try the most literal reading first. No reading is shorter
    than two letters.

    >>> strip_clitics("ولافروف")
    ['ولافروف', 'لافروف', 'افروف']
    >>> strip_clitics("والبنتاغون")
    ['والبنتاغون', 'البنتاغون', 'بنتاغون']
    >>> strip_clitics("وللرئيس")
    ['وللرئيس', 'للرئيس', 'الرئيس', 'لرئيس', 'اللرئيس', 'رئيس']

    «لل» is also ل before a word that begins with ل, bare or with the article: «لليبيا» is
    ل + «ليبيا», «للجنة» ل + «اللجنة».

    >>> [r for r in strip_clitics("للجنه") if r in ("الجنه", "لجنه", "اللجنه")]
    ['الجنه', 'لجنه', 'اللجنه']

    ``lam_words=False`` leaves those two out, for counting what an article talks about: «للحج»
    ("for the Hajj") is far more often ل + «الحج» than ل + «لحج» (Lahij, in Yemen).

    >>> strip_clitics("للحج", lam_words=False)
    ['للحج', 'الحج', 'حج']
    """
    readings = [token]

    def add(form: str) -> None:
        if len(form) >= 2 and form not in readings:
            readings.append(form)

    if token[:1] in "وف" and len(token) > 3:
        add(token[1:])
    for form in list(readings):
        if form.startswith("لل") and len(form) > 3:
            add("ال" + form[2:])
            if lam_words:  # not when counting an article's words: «للحج» would count as «لحج» (Lahij)
                add(form[1:])  # «لليبيا»: ل before a name that begins with ل
                add("ال" + form[1:])  # «للجنة» is «اللجنة»: the article's alif and lam both dropped
        elif form[:1] in "بلك" and len(form) > 3:
            add(form[1:])
    for form in list(readings):
        if form.startswith("ال") and len(form) > 3:
            add(form[2:])
    return readings


# A number with its separators and an optional percent sign, then a word
# (letters, digits, combining marks, tatweel), then any single other symbol.
# Runs of dots stay together as an ellipsis.
_TOKEN = re.compile(
    r"\d+(?:[.,:/٫٬]\d+)+%?|\d+%?"
    r"|[^\W\d_][\w\u064b-\u065f\u0670\u0640\u200c\u200d]*"
    r"|[\w\u064b-\u065f\u0670\u0640]+"
    r"|\.{2,}|…"
    r"|[^\s\w]",
    re.UNICODE,
)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens with character offsets (``offset`` added)."""
    tokens = []
    for match in _TOKEN.finditer(text):
        piece = match.group()
        if _INVISIBLE.fullmatch(piece):
            continue
        tokens.append(Token(piece, match.start() + offset, match.end() + offset))
    return tokens


_TERMINATORS = {".", "!", "?", "؟", "…", "...", "!!", "؟؟"}
_CLOSERS = {"»", '"', "”", "’", "'", ")", "]", "}", "›"}
# Single letters and short forms that take a dot without ending a sentence:
# د. (doctor), م. (engineer / AD), ق.م (BC), أ. (professor), Latin initials.
_ABBREVIATIONS = {"د", "م", "ق", "أ", "ا", "ص", "ه", "هـ", "ج", "mr", "dr", "st", "no", "vs", "u", "s", "etc"}


def _ends_sentence(tokens: list[Token], i: int) -> bool:
    token = tokens[i].text
    if token not in _TERMINATORS and not set(token) <= {".", "!", "?", "؟"}:
        return False
    if token == "." and i > 0:
        previous = tokens[i - 1]
        adjacent = previous.end == tokens[i].start
        if adjacent and previous.text.lower() in _ABBREVIATIONS:
            return False
        if adjacent and len(previous.text) == 1 and previous.text.isalpha():
            return False  # an initial: J. Kerry
        if adjacent and _acronym_letter(previous) and (
            (i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end and _acronym_letter(tokens[i + 1]))
            or (i >= 2 and tokens[i - 2].text == "." and tokens[i - 2].end == previous.start)
        ):
            return False  # a dotted acronym: بي.بي.سي, سي.إن.إن.
        if adjacent and _middle_initial(tokens, i):
            return False  # a spelt initial: جورج دبليو. بوش, لورا إيه. كولانجيلو
    return True


# Latin letters as Arabic news spells them when they stand for a name: «جون بي. إمرسون».
LETTER_NAMES = frozenset(
    "إيه ايه بي سي دي إي اي إف اف جي إتش اتش آي جيه كيه إل إم ام إن أو او كيو آر ار إس اس تي يو في دبليو إكس اكس واي زد".split()
)


def _middle_initial(tokens: list[Token], i: int) -> bool:
    """The dot at ``i`` follows a spelt initial inside a name and a name goes on after it.

    The initial follows a word that is not itself a letter («بي سي.» is an acronym's end), or
    the dot of an earlier initial («جي. كيه. رولينغ»); the next word opens no clause with
    «و» or «ف» («تليق بي. وحينذاك», «فيتامين سي. والآن» end their sentences).
    """
    if tokens[i - 1].text not in LETTER_NAMES or i < 2 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 2], tokens[i + 1]
    if before.text == ".":
        opened = i >= 3 and tokens[i - 3].text in LETTER_NAMES
    else:
        opened = before.text.isalpha() and before.text not in LETTER_NAMES
    return opened and after.text.isalpha() and after.text[0] not in "وف"


def _acronym_letter(token: Token) -> bool:
    """A letter's name in a dotted acronym: «بي», «سي», «إن», «إيه» (three letters at most)."""
    return len(token.text) <= 3 and token.text.isalpha()


def split_sentences(text: str) -> list[Sentence]:
    """Cut ``text`` into sentences of tokens.

    Sentences end at ``. ! ? ؟`` (closing quotes and brackets stay with the
    sentence they close) and at line breaks. Decimal points and abbreviations
    such as ``د.`` do not end a sentence.

    >>> [len(s.tokens) for s in split_sentences("قال د. محمد إن النمو بلغ 3.5%. ثم غادر")]
    [9, 2]

    Dotted acronyms stay in their sentence:

    >>> len(split_sentences("قال لهيئة الإذاعة البريطانية (بي.بي.سي) إنه سعيد. وغادر"))
    2
    """
    sentences: list[Sentence] = []
    for line in re.finditer(r"[^\n\r\u2028\u2029]+", text):
        tokens = tokenize(line.group(), offset=line.start())
        begin = 0
        i = 0
        while i < len(tokens):
            if _ends_sentence(tokens, i):
                while i + 1 < len(tokens) and (tokens[i + 1].text in _CLOSERS or tokens[i + 1].text in _TERMINATORS):
                    i += 1
                _append(sentences, tokens[begin : i + 1])
                begin = i + 1
            i += 1
        _append(sentences, tokens[begin:])
    return sentences


def _append(sentences: list[Sentence], tokens: list[Token]) -> None:
    if tokens:
        sentences.append(Sentence(len(sentences), tokens[0].start, tokens[-1].end, tuple(tokens)))
