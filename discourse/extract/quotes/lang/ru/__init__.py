"""Russian: the rules and word lists of the quote passes for Russian news text.

:data:`RUSSIAN` is the :class:`~discourse.extract.quotes.language.QuoteLanguage` the passes are
given for an article whose ``lang`` is ``ru``; its cue lexicon is ``data/cues_ru.yaml`` (verbs by
lemma, their forms made by pymorphy3 when it loads). The modules, each one job:

- :mod:`.words`: closed word classes, title nouns, transcript labels (data);
- :mod:`.cues`: the cue scan;
- :mod:`.phrases`: speakers' noun phrases before and after a verb;
- :mod:`.speakers`: the speaker of a cue (:func:`~.speakers.speaker_of`), carriers ("в
  заявлении МИД");
- :mod:`.gerunds`: the subject a gerund of saying hangs on (``…, заявив: «…»``);
- :mod:`.quoted`: who a quotation in marks is attributed to (``«…», — заявил он``, ``Песков:``);
- :mod:`.content`: whether the text in marks is a sentence or a name (газета «Коммерсантъ»);
- :mod:`.dialogue`: dialogue lines, interrupted quotations, blocks after a colon, headlines;
- :mod:`.coordinated`: a lower-case fragment in marks joined to a quoted one is quoted too;
- :mod:`.inscriptions`: the text of a poster, a caption or an inscription is no quotation;
- :mod:`.labels`: a nickname in the nominative after a verb of naming (``его называли «…»``)
  and a prize's citation after "за" are no quotations;
- :mod:`.sentences_code_titles`: the heading of a code's article after its citation (``ст. 264
  УК РФ «…»``) is no quotation;
- :mod:`.sentences_document_titles`: the title of a regulation, convention or article in marks
  inside a sentence, with no speaker and no predicate (``подвергнутся «Правила применения …»``);
- :mod:`.sentences_epithets`: an epithet in marks right before the speaker's name (``брат
  «короля поп-музыки» Жермен Джексон заявил``) is no quotation;
- :mod:`.revise`: a nested quote's parent index after a revision dropped or split quotes;
- :mod:`.dropped`: the speaker of ``«…», — заявила.`` (a subject dropped, the verb agreeing),
  and of a quotation alone at the head of its paragraph (the subject of the sentence before);
- :mod:`.mainclause`: the main clause's subject (``…, после чего сообщил, что``; a fragment in
  marks after ``пообещал``);
- :mod:`.reported`: reported speech in a sentence;
- :mod:`.reported_before`: a report before its attribution (the sentence before ``Об этом
  сообщил X``, the clause before ``P, — сообщил X.``); :mod:`.report_ends`: where the reports
  found end (a closing attribution merged, a quotation or a second report cut off);
- :mod:`.short`: a «что» clause of two words closing its sentence (``признал, что сценарий
  изменился``), which the shared pass drops as too short; :mod:`.sentences_one_word` one
  predicate word (``сказал агенту, что передумал``);
- :mod:`.sentences_asyndetic`: a second report after a comma or a dash with no conjunction
  (``Критики говорят, что P, сторонники пишут, что Q``) closes the first;
- :mod:`.participles`: the report of a participle of saying in commas (``журналист, сообщивший
  об …``);
- :mod:`.sentences_mixed`: the unquoted clause before a quoted part (``что P, «Q»``), and a
  mention that is a quotation;
- :mod:`.sentences_cited`: the person an outlet quotes (``цитирует «Росбалт» Сулика``);
- :mod:`.sentences_cited_authors`: the author of the words an outlet cites (``цитирует запись,
  оставленную Медведевым``, ``приводит письмо «…»``);
- :mod:`.sentences_plural_acts`: a fragment after a plural speech act or «повелеть» (``они
  требуют «…»``);
- :mod:`.sentences_relative`: a fragment a relative clause's verb governs (``Госдепа, который
  выразил «озабоченность»``);
- :mod:`.sentences_gerund`: the speaker of a gerund that opens its sentence (``Называя X «Y»,
  Марк …``);
- :mod:`.sentences_reports`: the sentence reading of :mod:`.reported` without the reports that
  end on a verb of saying (``сообщила, что глава ведомства сказал:``);
- :mod:`.sentences_after_verb`: an addressee closing a mention (``сказал Паркер Ривлину``) and
  the institution after ``сообщили в`` (``сообщили в пресс-службе МВД корреспонденту …``);
- :mod:`.sentences_fronted`: a predicate in the instrumental before the subject (``Виновником
  происходящего певец считает «…»``);
- :mod:`.sentences_shouts`: the shouter of a shout in marks (``он кричал «…», заявил прокурор``);
- :mod:`.sentences_shout_nouns`: the words in marks after a noun of shouting (``напал с криком
  «…»``, ``оштрафовали её за выкрик «…»``);
- :mod:`.sentences_colon`: the subject of an appeal before a colon (``Марчевский призвал не
  пускать «Оно» в прокат: «…»``);
- :mod:`.sentences_nested`: the inner speaker of a quoted part in a report of a report (``Марк
  отметил, что рабочие рассказали, что захват «…»``);
- :mod:`.sentences_manner`: the subject after the verb when a manner phrase opens a dash
  attribution (``«…», — упавшим голосом сказала она``);
- :mod:`.sentences_listener`: a listener in the dative after the verb is no speaker (``… и
  говорил всем, что «…»``);
- :mod:`.sentences_agreement`: a singular name before a plural verb is its object, no speaker
  (``а Токио считают «…»``);
- :mod:`.sentences_object`: a noun with no nominative reading before the verb is its object
  (``Насира обвинили в том, что``);
- :mod:`.sentences_source_apposition`: the source after «по словам» ends at a comma before a
  nominative (``По мнению автора, Зюганов «…»``);
- :mod:`.sentences_inner_sources`: a subject ending in a long name in marks, a nearer source
  inside a report (``что по оценке X, … «…»``), a document named by a relative clause (``…,
  где говорится``);
- :mod:`.sentences_insertions`: a verb after an insertion in commas and an adverb (``Совет,
  который …, также заявил, что``) takes its subject before the insertion;
- :mod:`.sentences_medium_subject`: the subject after a medium phrase after a plural verb
  (``сообщают в микроблоге представители X``);
- :mod:`.sentences_mention_bounds`: a mention's role before ``, Name``, the name after ``role,``
  and a long gloss in brackets;
- :mod:`.sentences_orphan_closers`: a quotation opened in an earlier sentence, closed in this
  one before ``», — сказал он`` (Russian puts the comma after the mark);
- :mod:`.sentences_short_closers`: a short or verbless end of such a quotation before a dash
  attribution (``Браво», — заявил актер``);
- :mod:`.sentences_act_gerunds`: the speaker of a fragment after a gerund of a speech act
  (``…, обещав быть более «…»``: the main clause's subject);
- :mod:`.sentences_shared_subjects`: the speaker of a fragment after a verb that shares an
  earlier verb's subject (``Салех призвал … и предложил «…»``, ``эссе, в котором призвал к «…»``);
- :mod:`.that_clauses`: a whole «что»-clause in marks is ``partial`` (``Он добавил, что
  «…»``);
- :mod:`.acts`: the words in marks that a promise, thanks or critique quotes (``поблагодарил
  «своего друга» Путина``).
"""

from __future__ import annotations

import re

from discourse.extract.quotes.lang.ru.acts import speech_act_fragments
from discourse.extract.quotes.lang.ru.content import (
    fragment_is_quote,
    has_verb,
    looks_like_title,
    name_before,
    sentence_like,
    unattributed_fragment,
)
from discourse.extract.quotes.lang.ru.coordinated import coordinated_fragments
from discourse.extract.quotes.lang.ru.cues import find_cues
from discourse.extract.quotes.lang.ru.dialogue import (
    colon_blocks,
    dialogue_lines,
    headline,
    quotes_in_italics,
    split_interrupted,
)
from discourse.extract.quotes.lang.ru.dropped import dropped_subjects, standalone_speakers
from discourse.extract.quotes.lang.ru.inscriptions import inscriptions
from discourse.extract.quotes.lang.ru.labels import names_and_citations
from discourse.extract.quotes.lang.ru.mainclause import fragment_subjects
from discourse.extract.quotes.lang.ru.quoted import (
    attr_before,
    attribution_ends,
    cue_after_quote,
    only_attr_between,
    shape_after,
    shape_before,
    speakers_word_near,
)
from discourse.extract.quotes.lang.ru.sentences_act_gerunds import act_gerund_subjects
from discourse.extract.quotes.lang.ru.sentences_after_verb import mentions_after_verb
from discourse.extract.quotes.lang.ru.sentences_agreement import number_agreement
from discourse.extract.quotes.lang.ru.sentences_aspect import aspectual_complements, indefinite_in_report
from discourse.extract.quotes.lang.ru.sentences_cited import cited_person
from discourse.extract.quotes.lang.ru.sentences_cited_authors import cited_authors
from discourse.extract.quotes.lang.ru.sentences_code_titles import code_titles
from discourse.extract.quotes.lang.ru.sentences_colon import appeal_subjects
from discourse.extract.quotes.lang.ru.sentences_conjunction import conjunction_heads
from discourse.extract.quotes.lang.ru.sentences_document_titles import document_titles
from discourse.extract.quotes.lang.ru.sentences_epithets import epithets_before_speakers
from discourse.extract.quotes.lang.ru.sentences_fronted import fronted_predicates
from discourse.extract.quotes.lang.ru.sentences_gerund import opening_gerunds
from discourse.extract.quotes.lang.ru.sentences_inner_sources import inner_sources
from discourse.extract.quotes.lang.ru.sentences_listener import listeners
from discourse.extract.quotes.lang.ru.sentences_lists import listed_names, such_as
from discourse.extract.quotes.lang.ru.sentences_manner import manner_before_verb
from discourse.extract.quotes.lang.ru.sentences_medium_subject import medium_subjects
from discourse.extract.quotes.lang.ru.sentences_mention_bounds import mention_bounds
from discourse.extract.quotes.lang.ru.sentences_mention_heads import mention_heads
from discourse.extract.quotes.lang.ru.sentences_mixed import mentions_in_marks, mixed_heads
from discourse.extract.quotes.lang.ru.sentences_nested import inner_reports
from discourse.extract.quotes.lang.ru.sentences_object import fronted_objects
from discourse.extract.quotes.lang.ru.sentences_one_word import one_word_reports
from discourse.extract.quotes.lang.ru.sentences_orphan_closers import orphan_closers
from discourse.extract.quotes.lang.ru.sentences_plural_acts import plural_acts
from discourse.extract.quotes.lang.ru.sentences_recipient import institution_past_recipient
from discourse.extract.quotes.lang.ru.sentences_relative import relative_speakers
from discourse.extract.quotes.lang.ru.sentences_reports import reports_in_sentence
from discourse.extract.quotes.lang.ru.sentences_shared_subjects import shared_subjects
from discourse.extract.quotes.lang.ru.sentences_short_closers import short_closers
from discourse.extract.quotes.lang.ru.sentences_shout_nouns import shout_nouns
from discourse.extract.quotes.lang.ru.sentences_shouts import shouted, shouts
from discourse.extract.quotes.lang.ru.sentences_source_apposition import source_appositions
from discourse.extract.quotes.lang.ru.sentences_sources import missing_sources
from discourse.extract.quotes.lang.ru.short import short_reports
from discourse.extract.quotes.lang.ru.short_propositions import two_word_proposition
from discourse.extract.quotes.lang.ru.that_clauses import that_clause_quotes
from discourse.extract.quotes.lang.ru.words import (
    LABEL_FIRST,
    LABEL_SECOND,
    NOT_SPEAKER_LABELS,
    POST_REFERENCE,
    POST_SIGNATURE,
    SPEAKER_LABEL,
)
from discourse.extract.quotes.language import QuoteLanguage

__all__ = ["RUSSIAN"]

RUSSIAN = QuoteLanguage(
    code="ru",
    cues_file="cues_ru.yaml",
    find_cues=find_cues,
    cue_after_quote=cue_after_quote,
    shape_after=shape_after,
    attribution_ends=attribution_ends,
    attr_before=attr_before,
    shape_before=shape_before,
    only_attr_between=only_attr_between,
    speakers_word_near=speakers_word_near,
    looks_like_title=looks_like_title,
    sentence_like=sentence_like,
    has_verb=has_verb,
    # after a closing mark: a new sentence (a capital or an opening mark), a lower-case word
    new_sentence_after=re.compile(r"\s+[A-ZА-ЯЁ«„“\"]"),
    lower_after=re.compile(r"\s+[a-zа-яё]"),
    extra_passes=(dialogue_lines, colon_blocks, headline, short_reports, one_word_reports,
                  speech_act_fragments, shouts, shout_nouns),
    post_signature=POST_SIGNATURE,
    post_reference=POST_REFERENCE,
    speaker_label=SPEAKER_LABEL,
    label_first=LABEL_FIRST,
    label_second=LABEL_SECOND,
    not_speaker_labels=NOT_SPEAKER_LABELS,
    reports_in_sentence=reports_in_sentence,
    keeps_short=two_word_proposition,
    name_before=name_before,
    fragment_is_quote=fragment_is_quote,
    unattributed_fragment=unattributed_fragment,
    revisions=(inscriptions, names_and_citations, code_titles, document_titles, split_interrupted,
               quotes_in_italics,
               orphan_closers, short_closers,
               dropped_subjects,
               fragment_subjects, plural_acts, act_gerund_subjects, shared_subjects, coordinated_fragments,
               standalone_speakers,
               mixed_heads, mentions_in_marks,
               cited_person, cited_authors, relative_speakers, opening_gerunds, mentions_after_verb,
               fronted_predicates, shouted, appeal_subjects, inner_reports,
               manner_before_verb, listeners, number_agreement, fronted_objects,
               institution_past_recipient, mention_heads, missing_sources, listed_names,
               such_as, aspectual_complements, conjunction_heads, indefinite_in_report,
               source_appositions, inner_sources, medium_subjects, mention_bounds,
               epithets_before_speakers, that_clause_quotes),
)
