"""What the text inside Russian quotation marks reads as: a name or title, a sentence, a clause.

«Единая Россия» is a name (a few capitalised words, no verb), «Мы готовы к переговорам» someone's
sentence. The classification of pass 1 asks these to tell quotes from names and scare quotes;
:func:`name_before` looks at the word before the opening mark (газета «Коммерсантъ»).
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang.ru.morph import finite_verb
from discourse.extract.quotes.lang.ru.verb_endings import consonant_et_verb
from discourse.extract.quotes.lang.ru.words import (
    NAMING_VERBS,
    NOUN_PLURAL_ENDINGS,
    PAST_GK,
    PAST_GK_NOUNS,
    PREFIXED_PAST,
    SHORT_PAST,
    TITLE_NOUN_STEMS,
    TITLE_WORDS,
    VERB_ENDING,
    VERB_LIKE_NOUNS,
    VERBISH,
)
from discourse.extract.quotes.language import sentence_like_by
from discourse.text import sentence_start

__all__ = ["fragment_is_quote", "has_verb", "in_that_clause", "looks_like_title", "name_before",
           "sentence_like", "unattributed_fragment"]

_WORD = re.compile(r"[^\W_][\w'’\-.]*")
_LOWER_WORD = re.compile(r"(?<![\w\-])[а-яё][а-яё\-]*")
_SMALL = frozenset("и в во на с со к по о об от из за у для до при под над без или the of and".split())
_WORD_BEFORE = re.compile(r"([\w.\-]+)[\s\"«„“]*$")
# An item of a list of names in marks: "«A», «B» и «C»" (the mark after a previous item, or
# a comma and the next item after this one).
_AFTER_ITEM = re.compile(r"[»”\"]\s*(?:,|и)\s*$")
_ITEM = re.compile(r"([^«»„“”\"\n]{1,80})[»“”\"]\s*(?:,|и)\s*[«„“\"]")
# An award's wording: "«за фундаментальные работы в области …»" near a prize or an order.
_AWARD_WORDS = re.compile(r"(?i)преми|наград|орден|медал|лауреат|нобелев|присуд|удостоен")


def has_verb(content: str) -> bool:
    """Does ``content`` hold a pronoun, an auxiliary, a short past tense (дал, смог, поднёс) or a
    lower-case word of five letters or more with the ending of a finite verb (сказал, готовы,
    является, считает; not a plural in -тели: «Спасатели на месте»)?"""
    words = _LOWER_WORD.findall(content.lower() if content[:1].isupper() else content)
    if not VERBISH.isdisjoint(words) or not SHORT_PAST.isdisjoint(words):
        return True
    return any(PREFIXED_PAST.match(w) or (PAST_GK.search(w) and w not in PAST_GK_NOUNS)
               or len(w) >= 5 and VERB_ENDING.search(w) and (
        w not in VERB_LIKE_NOUNS and not w.endswith(NOUN_PLURAL_ENDINGS)) for w in words) or (
        consonant_et_verb(words))  # прибудет, хочет, скажет: the dictionary's (verb_endings)


def looks_like_title(content: str) -> bool:
    """1–6 words, the first capitalised, no verb and no final punctuation: a name or title
    («Единая Россия», «Витамин Б», «Газпром нефть»)."""
    if content.rstrip()[-1:] in ".!?,…":
        return False
    words = _WORD.findall(content, 0, 120)
    if not words or len(words) > 6 or len(content) > 120:
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    return not has_verb(content) and not _clauses_with_verb(content, words)


def _clauses_with_verb(content: str, words: list[str]) -> bool:
    """Does a text with a comma inside hold a word whose likeliest reading is a finite verb
    the endings of :func:`has_verb` miss (an imperative or a second person: «Любите врагов
    ваших, благословляйте проклинающих вас»)? Clauses joined so are a saying, not a title."""
    return "," in content and any(finite_verb(w.lower()) for w in words)


def name_before(doc: Doc, lo: int, pos: int) -> bool:
    """Is the word right before the opening mark at ``pos`` a noun that takes a name (газета
    «…», партия «…», ПАО «…», операция «…», фильм «…»)? Then the marks hold a name."""
    text = doc.text
    if _list_item(text, lo, pos) or _award_wording(doc, pos) or (
            _adjective_label(text, pos) and not _reported_label(doc, pos)):
        return True
    if _CAPTION_OR_CHARGE.search(text, max(lo, pos - 40), pos) is not None:
        return True
    if _SO_CALLED.search(text, max(lo, pos - 30), pos) is not None or _original_title(doc, pos):
        return True
    if _GLOSS_OF_NAME.search(text, max(0, pos - 4), pos) is not None:
        return True
    if _SOURCE_AFTER_AS.search(text, max(lo, pos - 40), pos) is not None:
        return True
    if _name_in_subject(doc, pos):
        return True
    m = _WORD_BEFORE.search(text, max(lo, pos - 40), pos)
    if m is None:
        return False
    word = m.group(1).lower()
    if word.endswith(".") and len(word) > 5:
        return False  # "… журналистов. «Мы …»": the sentence before ends there, no noun governs
    if not (word in TITLE_WORDS or (_title_noun(word) and not _is_verb(word) and not _mid_name(
            text, m.start(1), m.group(1)))):
        return False
    return not _lower_clause(text, pos)


# A caption, an inscription or a headline given after a colon ("сопровождается подписью: «…»",
# "с датой: «…»", "под заголовком: «…»"), and a charge after "виновным в" ("признал виновным в
# «…»"): the text of a thing or the court's term, nobody's statement. Only these nouns take the
# colon: after "совет: «…»" or "ответ: «…»" someone's words follow.
_CAPTION_OR_CHARGE = re.compile(
    r"(?i)(?:(?<![\w\-])(?:подпис|надпис|заголов)[а-яё]*\s*:|(?<![\w\-])дат(?:а|ой)\s*:"
    r"|(?<![\w\-])виновн[а-яё]*\s+в)[\s\"«„“]*$")
# "так называемой «арабской весны»", "т. н. «…»": the author hands on a name or a label that
# others use, and quotes nobody's words.
_SO_CALLED = re.compile(r"(?i)(?<![\w\-])(?:так\s+называем[а-яё]+|т\.\s?н\.)\s*$")
# The source named after "Как сообщает", "как передаёт", "со ссылкой на", "по данным" ("Как
# сообщает "Интерфакс", …", "по информации «Известий»"): the marks hold an outlet's name, and the
# words that follow are the report, not a quotation closed by a comma before its speaker.
_SOURCE_AFTER_AS = re.compile(
    r"(?i)(?:(?<![\w\-])как\s+(?:сообща|сообщил|переда[её]|передал|пиш|писал|информиру|отмеча)"
    r"[а-яё]*|(?<![\w\-])со\s+ссылкой\s+на|(?<![\w\-])по\s+(?:данным|информации|сообщению|"
    r"сведениям))[ \u00a0]*$")
# A bracket opened right after a name in marks: "статья 214 «Вандализм» («Вандализм, то есть …»)",
# "ООО «Культура» («Культура-Пресс»)": the name's gloss or full form, not anyone's words.
_GLOSS_OF_NAME = re.compile(r"[»”][ \u00a0]*\($")
# The text of «…» and its original in Latin letters in brackets right after it: «Побег» (Prison
# Break), «Как я встретил вашу маму» (How I Met Your Mother), «Гардиан» (The Guardian).
_WITH_ORIGINAL = re.compile(r"«([^«»\n]{1,80})»[ \u00a0]*\([A-Z][^()\n]{0,80}\)")


def _original_title(doc: Doc, pos: int) -> bool:
    """Is the «…» at ``pos`` a name of at most eight words given with its original in Latin
    letters in brackets after it, no verb of saying right before it? Works, outlets and
    organisations are glossed so; a translated post after its verb is someone's words
    ("Первая гласит «Пришёл Уоррен» (Warren is in the house)")."""
    m = _WITH_ORIGINAL.match(doc.text, pos)
    if m is None or len(_WORD.findall(m.group(1))) > 8:
        return False
    tj = doc.tok_index(pos)
    return not doc.hits_between(max(0, tj - 3), tj)


# The closing mark of a name and the next word, a verb of saying: the name stands inside the
# speaker's noun phrase ("представители оппозиционной «Демократической партии …» назвали").
_CLOSE_THEN_WORD = re.compile(r"[»“”\"][ \u00a0]+(?=[а-яё])")
_NAME_WORDS = 15


def _name_in_subject(doc: Doc, pos: int) -> bool:
    """Is the mark at ``pos`` around a capitalised, verbless text of at most fifteen words with
    no sentence punctuation, right after which (no comma, no dash) a verb of saying follows? The
    marks then hold a name inside the speaker's noun phrase: a quotation is set off from its
    verb by a comma and a dash, or the verb comes first."""
    text = doc.text
    end = text.find("»", pos + 1, pos + 200)
    if end < 0 or text[pos] != "«":
        return False
    content = text[pos + 1:end]
    if not content[:1].isupper() or "«" in content or any(c in content for c in ".!?:;,"):
        return False
    if len(_WORD.findall(content)) > _NAME_WORDS or has_verb(content):
        return False
    m = _CLOSE_THEN_WORD.match(text, end)
    if m is None:
        return False
    ti = doc.tok_index(m.end())
    hits = doc.hits_between(ti, ti + 1)
    return bool(hits) and hits[0][0] == ti and hits[0][2].type == "verb"


def _mid_name(text: str, start: int, word: str) -> bool:
    """Is ``word`` (at ``start``) capitalised inside its sentence ("назвал Маркса «…»")? A
    person's name then, not a noun that takes a name (газета, Марка at a sentence start)."""
    if not word[:1].isupper() or word.isupper():
        return False
    k = start
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    return k > 0 and text[k - 1] not in ".!?…\n:;«„\"(—–-"


# The text of a pair of marks, up to 120 characters: «…», „…“, "…".
_IN_MARKS = re.compile(r"[«„“\"]([^«»„“”\"\n]{1,120})[»“”\"]")


def _lower_clause(text: str, pos: int) -> bool:
    """Is the mark at ``pos`` around a lower-case clause with a finite verb ("закон «бьёт по
    карману пенсионеров»", "команда «не справилась»")? The noun before it is the subject of
    the quoted predicate, not a noun taking a name: names and titles open with a capital."""
    m = _IN_MARKS.match(text, pos)
    if m is None:
        return False
    content = m.group(1)
    return content[:1].islower() and has_verb(content)


# What follows a title noun's stem in a word that is a person's noun: журнал-ист-ов, банк-ир,
# союз-ник-и, команд-ир-ом, опер-атор-ы are people, not nouns that take a name in marks.
_PERSON_REST = re.compile(
    r"(?:ист|ир|ник|щик|чик|атор|истк|ниц)(?:а|у|ом|е|ы|и|ов|ам|ами|ах|ой|ей|ою)?")


def _title_noun(word: str) -> bool:
    """Is ``word`` a form of a noun that takes a name (газеты, агентством, группировка), not a
    person's noun made from one («журналистов», «банкир», «союзники»)?"""
    return any(word.startswith(stem) and _PERSON_REST.fullmatch(word, len(stem)) is None
               for stem in TITLE_NOUN_STEMS)


def _short_name(content: str) -> bool:
    """Capitalised, at most six words, no sentence punctuation inside: a title of a work."""
    content = content.strip()
    return bool(content) and (content[0].isupper() or content[0].isdigit()) and len(
        _WORD.findall(content)) <= 6 and not any(c in content for c in ".!?:;")


def _list_item(text: str, lo: int, pos: int) -> bool:
    """Is the mark at ``pos`` an item of a list of names in marks ("«Батальоны просят огня»,
    «Горячий снег» и «Берег»")? Short capitalised items one after another, joined by commas or
    "и": titles of works, whatever verbs they hold; a sentence in marks is never listed so."""
    m = _ITEM.match(text, pos + 1, min(len(text), pos + 100))
    if m is not None and _short_name(m.group(1)):
        return True
    if _AFTER_ITEM.search(text, max(lo, pos - 6), pos) is None:
        return False
    end = text.find("»", pos + 1, pos + 100)
    return end > 0 and _short_name(text[pos + 1:end])


# One lower-case adjective in marks and a lower-case word after the closing mark:
# "классические «педагогические» стихи", "«чёрные» списки".
_ADJECTIVE_LABEL = re.compile(
    r"[«„“\"]([а-яё\-]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ую|юю))"
    r"[»“”\"][ \u00a0]+[а-яё]")


def _adjective_label(text: str, pos: int) -> bool:
    """Is the mark at ``pos`` around one adjective that modifies the next word («педагогические»
    стихи)? A label the author keeps at a distance, not anyone's words."""
    label = _ADJECTIVE_LABEL.match(text, pos, pos + 40)
    if label is None:
        return False
    if _AS_HE_PUT.search(text, max(0, pos - 60), pos) is not None:
        return False
    # "назвал «провокационным» решение": the naming verb's predicate (instrumental) put before
    # its object; "назвал «особые» правила ошибкой" keeps the label
    if not label.group(1).endswith(("ым", "им", "ой", "ей", "ыми", "ими")):
        return True
    m = _NAMER_BEFORE.search(text, max(0, pos - 60), pos)
    return (m is None or m.group(1).lower() not in NAMING_VERBS) and not _namer_over_object(
        text, pos)


# The words of the clause before a mark, back to a punctuation mark: "назвал результаты
# выборов «катастрофой» для …" puts the naming verb's object between it and its instrumental.
_CLAUSE_WORDS = re.compile(r"[^,.;:!?«»„“\"()—\n]*$")


def _namer_over_object(text: str, pos: int) -> bool:
    """Is a naming verb among the five words before the mark at ``pos`` in its clause
    ("назвал результаты мониторинга выборов «катастрофой»")? An instrumental in marks after it
    is what the namer called the object, the namer's word."""
    m = _CLAUSE_WORDS.search(text, max(0, pos - 80), pos)
    words = m.group(0).lower().split() if m is not None else []
    return not NAMING_VERBS.isdisjoint(words[-5:])


# "как он выразился, «однобокие» соглашения": the aside gives the adjective to a speaker, so it
# is the speaker's word, not the author's label.
# A verb right before the mark, or before an earlier item in marks and "и" ("назвал «…» и «…»").
_NAMER_BEFORE = re.compile(r"([а-яё]+)\s+(?:«[^«»]{1,40}»\s*(?:,|и)\s*)?$")
_AS_HE_PUT = re.compile(r"(?i)(?<![\w\-])как\s+[^,.!?«»]{0,40}?выразил(?:ся|ась|ось|ись)\s*,?\s*$")


# How far back (tokens, inside the sentence) a verb of saying and its "что" still govern a
# short fragment in marks.
_THAT_CLAUSE_SPAN = 30


def in_that_clause(doc: Doc, ti: int, tj: int) -> bool:
    """Is a verb of saying followed by "что" among the thirty tokens of its sentence before the
    mark (tokens ``[ti, tj)``)? A short verbless fragment in marks inside that reported clause is
    the speaker's wording ("рассказал, что … он продемонстрировал «плохое поведение»"), even
    more than ten tokens from the verb: the clause is the speaker's, and so are the words it
    quotes. On the non-gold Russian Wikinews articles: seven such fragments right for three
    scare quotes or nicknames."""
    lows, words = doc.toks.lows, doc.toks.words
    for _a, b, cue in doc.hits_between(max(ti, tj - _THAT_CLAUSE_SPAN), tj):
        if cue.type != "verb" or b >= tj:
            continue
        k = b + 1 if words[b] == "," else b
        if k + 3 < tj and lows[k] in ("о", "об") and lows[k + 1] == "том" and words[k + 2] == ",":
            k += 3  # "объявил о том, что"
        if k < tj and lows[k] == "что":
            return True
    return False


def _reported_label(doc: Doc, pos: int) -> bool:
    """Is the adjective in marks at ``pos`` inside a reported clause: the "что" clause of a
    verb of saying ("отмечая, что её мозгу были нанесены лишь «минимальные» повреждения"), or
    the object right after "сообщается о" ("сообщается о «нескольких» убитых")? The word is
    then the speaker's, as a fragment there is. ("По мнению автора — это классические
    «педагогические» стихи" keeps the label: an opinion, no "что" clause.)"""
    ti = doc.tok_index(sentence_start(doc.text, doc.para_of(pos)[0], pos))
    tj = doc.tok_index(pos)
    if in_that_clause(doc, ti, tj):
        return True
    lows = doc.toks.lows
    return any(cue.type == "verb" and tj - b <= 1 and b < tj and lows[b] in ("о", "об")
               for _a, b, cue in doc.hits_between(max(ti, tj - 6), tj))


def _award_wording(doc: Doc, pos: int) -> bool:
    """Does the mark at ``pos`` open an award's wording («за выдающийся вклад в …») in a
    paragraph about a prize, an order or a medal, with no cue of saying before it in its
    sentence? The committee's formula, not a quotation; "В документе говорится, что орден
    вручается «за …»" is the document's words."""
    text = doc.text
    if not text.startswith("за ", pos + 1):
        return False
    ps, pe = doc.para_of(pos)
    if doc.hits_between(doc.tok_index(sentence_start(text, ps, pos)), doc.tok_index(pos)):
        return False
    return _AWARD_WORDS.search(text, max(ps, pos - 300), min(pe, pos + 400)) is not None


def _is_verb(word: str) -> bool:
    # "сообщил «…»", "заявила «…»": a verb of saying that starts like a title noun is no noun
    return len(word) >= 5 and VERB_ENDING.search(word) is not None and word.endswith(("л", "ла", "ли"))


def fragment_is_quote(content: str, words: int) -> bool:
    """A short fragment in marks far from its verb of saying is the speaker's words when it
    holds a verb («не боится», «предоставит убежище американцу», «следить за здоровьем»); a
    verbless one («иностранный агент») stays a scare quote or a label."""
    return words >= 2 and (has_verb(content) or _has_infinitive(content))


# An infinitive (следить, удалить, уйти, беречься), not a noun in -сть/-ть (власть, путь, мать).
_INFINITIVE = re.compile(r"(?<![\w\-])[а-яё]{3,}(?<!с)(?:ть|ться|ти)(?![\w\-])")


def _has_infinitive(content: str) -> bool:
    """Does the fragment hold an infinitive («следить за своим здоровьем», «уйти в отставку»)?
    A fragment built on one is a clause of the speaker's, not a label."""
    return _INFINITIVE.search(content.lower()) is not None


# An item of a list in marks: one to four words, no sentence punctuation.
_LIST_ITEMS = re.compile(r"[^,.;:!?()]+(?:,[^,.;:!?()]+)+")


def _noun_list(content: str, found: list[str]) -> bool:
    """Is a lower-case fragment a list of two or more short items joined by commas, with no
    verb («бисексуализма, трансгендерности», «фейки, негативные ценности, кликбейт и
    разобщение людей»)? The wording of a law or a charge is listed so; a label or a scare
    quote is one noun phrase («иностранный агент»)."""
    if "," not in content or len(found) > 12 or _LIST_ITEMS.fullmatch(content.strip()) is None:
        return False
    items = [item.split() for item in content.split(",")]
    return all(1 <= len(item) <= 4 for item in items) and not has_verb(content) and not any(
        finite_verb(w.lower()) for w in found)


# Infinitives by their ending: -ать, -ять, -еть, -ить, -уть, -ыть, -оть and their reflexives
# (забрать, уважать, трудиться), -йти/-дти (уйти, идти); not the nouns of that ending.
_INFINITIVE_END = re.compile(r"^[а-яё\-]{2,}(?:[аяеиуыо]ть(?:ся)?|[йд]ти(?:сь)?)$")
_INFINITIVE_LIKE_NOUNS = frozenset("печать кровать память благодать ртуть суть путь".split())
# Words that may stand before the infinitive a fragment opens with: «не стать», «лишь уйти».
_BEFORE_INFINITIVE = frozenset("не лишь только даже вновь снова".split())


def _infinitive(word: str) -> bool:
    return _INFINITIVE_END.match(word) is not None and word not in _INFINITIVE_LIKE_NOUNS


# Words from which a lower-case fragment in marks is quoted wording, verb or not: labels and
# scare quotes are short («иностранный агент»), quoted wording is not («формирование у
# несовершеннолетних искаженного представления о …»).
_LONG_FRAGMENT = 8


def unattributed_fragment(content: str, words: int) -> bool:
    """A fragment of two words or more in marks with no verb of saying near it is someone's
    words when it opens with an infinitive («забрать вещи», «не стать участником»,
    «безоговорочно уважать и подчиняться», «вернуть цены к норме до конца года») or holds a
    finite verb («работает на пользу»): a clause cut out of a statement (she plans «to take her
    things»), not a label, which is a noun phrase («иностранный агент»); and when it lists short
    items with commas («насилия, жестокости»). (Six words or more with a finite verb are kept
    without this test.)"""
    if words < 2 or not content[:1].islower():
        return False
    found = _WORD.findall(content, 0, 400)
    if _noun_list(content, found):
        return True
    if has_verb(content) or any(finite_verb(w.lower()) for w in found):
        # a short clause with a finite verb («работает на пользу», «ведут себя вызывающе
        # надменно»): a predicate cut out of someone's statement; a label has no verb
        return True
    if len(found) >= _LONG_FRAGMENT:
        # a long lower-case wording in marks (a law's, a letter's) is quoted; a full name is
        # not («коммерческий банк содействия …»: a noun that takes names among its first words)
        return not any(_title_noun(w.lower()) for w in found[:2])
    first = _WORD.findall(content.lower(), 0, 80)[:2]
    if not first:
        return False
    if _infinitive(first[0]):
        return True
    return len(first) > 1 and (first[0] in _BEFORE_INFINITIVE or first[0].endswith("о")) and (
        _infinitive(first[1]))


# the rule every language shares, on this language's verbs and titles
sentence_like = sentence_like_by(has_verb, looks_like_title)
