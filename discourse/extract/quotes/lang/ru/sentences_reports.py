"""Reports of a single sentence that carry no proposition: ``сообщила, что глава ведомства сказал:``.

``«Газета.ру» сообщила, что глава Россельхознадзора сказал:`` reports that someone spoke, and
his words follow the colon (in the next sentence, or a block): the «что» clause is a subject and
a verb of saying, no content. :func:`reports_in_sentence` wraps the Russian sentence reading
(:func:`.reported.reports_in_sentence`, the ``QuoteLanguage.reports_in_sentence`` hook) and drops
a report whose span ends in a finite verb of saying (a cue of the lexicon) right before a colon.

Before: the ``Found`` reports of :func:`.reported.reports_in_sentence`. After: the same list
without the reports whose span closes on a verb of saying, without the mention of a fronted
object (:func:`.sentences_object.fronted_objects`) or of a singular name before a plural verb
(:func:`.sentences_agreement.number_agreement`), and with the institution for the outlet that
heard an indefinite plural (:func:`.sentences_recipient.institution_past_recipient`), and with
the source past a date, an emphatic «сам» or after «из» (:func:`.sentences_sources.missing_sources`),
and a mention that closes a list of names in marks widened to the list
(:func:`.sentences_lists.listed_names`; «Такие X, как A и B»: :func:`.sentences_lists.such_as`),
and a mention that opens with «и» replaced by the subject it cut off
(:func:`.sentences_conjunction.conjunction_heads`), and the mentions of
:func:`.sentences_inner_sources.inner_sources` (``…, где говорится``), and the person an
outlet cites (:func:`.sentences_cited.cited_person`: ``…», — цитирует «Росбалт» Сулика`` when the
opening mark is in the sentence before), and the subject after a medium phrase
(:func:`.sentences_medium_subject.medium_subjects`) and mentions widened to a role, a name or a
gloss (:func:`.sentences_mention_bounds.mention_bounds`), and a fronted «о» object read to its
end (:func:`.sentences_fronted_about.fronted_about`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru import reported
from discourse.extract.quotes.lang.ru.sentences_agreement import number_agreement
from discourse.extract.quotes.lang.ru.sentences_cited import cited_person
from discourse.extract.quotes.lang.ru.sentences_conjunction import conjunction_heads
from discourse.extract.quotes.lang.ru.sentences_fronted_about import fronted_about
from discourse.extract.quotes.lang.ru.sentences_inner_sources import inner_sources
from discourse.extract.quotes.lang.ru.sentences_lists import listed_names, such_as
from discourse.extract.quotes.lang.ru.sentences_medium_subject import medium_subjects
from discourse.extract.quotes.lang.ru.sentences_mention_bounds import mention_bounds
from discourse.extract.quotes.lang.ru.sentences_mention_heads import mention_heads
from discourse.extract.quotes.lang.ru.sentences_object import fronted_objects
from discourse.extract.quotes.lang.ru.sentences_object_ends import object_ends
from discourse.extract.quotes.lang.ru.sentences_recipient import institution_past_recipient
from discourse.extract.quotes.lang.ru.sentences_source_no_comma import source_without_comma
from discourse.extract.quotes.lang.ru.sentences_sources import missing_sources
from discourse.extract.quotes.lang.ru.sentences_time_subjects import time_subjects
from discourse.extract.quotes.lang.ru.sentences_unmarked import unmarked_reports
from discourse.extract.quotes.spans import SpanSet

__all__ = ["reports_in_sentence"]

# a finite verb: past or present tense (сказал, заявила, говорит, считают)
_FINITE = ("л", "ла", "ли", "ло", "ет", "ит", "ут", "ют", "ат", "ят")


def _empty(doc: Doc, f: Found, cue_firsts: set[int]) -> bool:
    """Does the report's span end in a finite verb of saying (a cue's first token) followed by a
    colon?"""
    text = doc.text
    e = f.end  # the span's end before trailing spaces and marks (a scan back: a slice of the
    while e > 0 and text[e - 1] in " \u00a0,:.!?":  # text up to it cost the document's length)
        e -= 1
    k = doc.tok_index(e) - 1
    if k < 0 or k not in cue_firsts or doc.toks.ends[k] != e or not doc.toks.lows[k].endswith(_FINITE):
        return False  # (not "… не отмечено": a participle closes a clause of its own)
    return text[e:e + 3].lstrip(" \u00a0")[:1] == ":"


def reports_in_sentence(doc: Doc, ss: int, se: int, ti: int, tj: int,
                        prev_sent: Callable[[], tuple[int, int] | None], quote_cues: Sequence[int],
                        inside: SpanSet) -> list[Found]:
    """:func:`.reported.reports_in_sentence` without the reports that end on a verb of saying."""
    found = reported.reports_in_sentence(doc, ss, se, ti, tj, prev_sent, quote_cues, inside)
    # «считает X Y» (an instrumental judgement), «заявил после вынесения вердикта, что P»
    found = unmarked_reports(doc, found, se, ti, tj, inside)
    # «Четыре года спустя ЕС подтвердил»: not «года»
    found = time_subjects(doc, found, ti, tj, lambda s, t: reported.reports_in_sentence(
        doc, s, se, t, tj, prev_sent, quote_cues, inside))
    # «Ранее о взятках … заявил X», «О своей отставке монарх заявил»: where the object ends
    found = fronted_about(doc, found, ti, tj)
    if not found:
        return found
    found = object_ends(doc, found, tj)  # «о своём уходе (…) и … работал»; «, Y заявляют о …»
    cue_firsts = {h[0] for h in doc.hits_between(ti, tj)}
    found = [f for f in found if f.kind != "indirect" or not _empty(doc, f, cue_firsts)]
    found = fronted_objects(doc, found)  # «Насира обвинили в том, что»: the object, no speaker
    # «Сингха обвиняют в том, что»: a singular name before a plural verb is its object too;
    # «В мэрии "Ъ" сообщили»: the institution speaks, the outlet only heard it
    found = institution_past_recipient(doc, number_agreement(doc, found, clause_initial=True))
    found = mention_heads(doc, found)  # «церемонии Папа подчеркнул», «журналистам ИА …»
    # «Об этом сообщается 18 января на сайте Кремля», «Как сообщили из прокуратуры»
    # «автор «A», «B» и «C» сказал»: the author, not the last title
    found = such_as(doc, listed_names(doc, missing_sources(doc, found)))
    found = conjunction_heads(doc, found)  # «Моралес, вслед за … и Никарагуа сообщил»
    found = cited_person(doc, found)  # «…», — цитирует «Росбалт» Сулика (no opening mark)
    found = inner_sources(doc, found)  # «…, где говорится», a long name in marks as subject
    found = source_without_comma(doc, found)  # «По словам врачей Ричард Бах находился …»
    # «сообщают в микроблоге представители X»; «Мать …, Нора Донда», «(Federación …; FCA)»
    return mention_bounds(doc, medium_subjects(doc, found))
