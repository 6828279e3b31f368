"""English: the rules and word lists of the quote passes for English news text.

:data:`ENGLISH` is the :class:`~discourse.extract.quotes.language.QuoteLanguage` the passes are
given; its cue lexicon is ``data/cues.yaml``. The modules, each one job:

- :mod:`.words`: closed word classes, months, transcript labels (data);
- :mod:`.cues`: the cue scan (which forms of the lexicon are reporting cues here);
- :mod:`.phrases`: noun phrases, subjects and clauses;
- :mod:`.quoted` and :mod:`.shape`: who a quotation in marks is attributed to;
- :mod:`.content`: whether the text in marks is a sentence or a title;
- :mod:`.reported`: reported speech in a sentence;
- :mod:`.sentence`: the sentence reader given to the shared pass (:mod:`.reported`'s rules,
  then an infinitive after *claim*, a clause after a time set off by a comma, and one after
  an aside between commas);
- :mod:`.asides`: where a report opens after an aside between commas ("claimed, as of
  Thursday, P", "reported, citing hospital data, P");
- :mod:`.interrupted`: a report cut in two by ", according to X," (its subject kept);
- :mod:`.nested`: a report nested in a report ("X said the Clinton camp said P": both kept),
  with :mod:`.inner` (which inner cues and speakers);
- :mod:`.passive`: passives of saying ("It was reported that P", "X was told (by Y) that P");
- :mod:`.checks`: reports that cannot be what was said (a cue's adverbial, a verb with no subject);
- :mod:`.tail`: the sentence-final attribution ("P, X said.");
- :mod:`.clauses`: where a reported clause starts and ends;
- :mod:`.naming`: reports of naming and judging verbs ("called X Y", "blamed X for Y"), an
  extra pass;
- :mod:`.nouns`: reports carried by a noun of saying ("their claims that P", "the announcement
  by Netflix that P"), an extra pass;
- :mod:`.headlines`: "Name: proposition" headlines, an extra pass;
- :mod:`.title_case`: headlines in title case or capitals ("Pelosi Says Democrats Will …"),
  an extra pass;
- :mod:`.document_that`: a document's report in a relative clause ("a report that said P"),
  an extra pass;
- :mod:`.as_noted`: reports framed by an "as" clause ("As X noted, P", "P, as X pointed
  out."), an extra pass;
- :mod:`.in_quotes`: reports inside a direct quotation ("“He said he loved the food,” she
  added": both levels), an extra pass;
- :mod:`.as_inner`: the report inside an "as"-framed one ("As X noted, Y has acknowledged
  that P": both), an extra pass;
- :mod:`.as_put`: reports framed by "as X put it" ("As X put it, P"), an extra pass;
- :mod:`.purpose_to`: reports in a purpose infinitive ("took to Twitter to warn voters that
  P"), an extra pass;
- :mod:`.mentions`: where a report's speaker mention begins and ends ("Znak.com", not "com");
- :mod:`.unclosed_tail`: the tag inside a quote whose closing mark is missing ("..., do
  what’s right, Wilburn added."), a revision.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang.en.admitted_to import short_admission
from discourse.extract.quotes.lang.en.as_inner import as_inner_reports
from discourse.extract.quotes.lang.en.as_noted import as_clause_reports
from discourse.extract.quotes.lang.en.as_put import as_put_reports
from discourse.extract.quotes.lang.en.content import (
    has_verb,
    looks_like_title,
    name_before,
    sentence_like,
)
from discourse.extract.quotes.lang.en.cues import find_cues
from discourse.extract.quotes.lang.en.document_that import document_relative_reports
from discourse.extract.quotes.lang.en.headlines import headline_reports
from discourse.extract.quotes.lang.en.in_quotes import reports_in_quotes
from discourse.extract.quotes.lang.en.interrupted_short import short_interrupted_part
from discourse.extract.quotes.lang.en.naming import naming_reports
from discourse.extract.quotes.lang.en.nouns import noun_reports
from discourse.extract.quotes.lang.en.objects import short_content_object
from discourse.extract.quotes.lang.en.passive_agent import short_passive_subject
from discourse.extract.quotes.lang.en.purpose_to import purpose_reports
from discourse.extract.quotes.lang.en.quoted import (
    attr_before,
    attribution_ends,
    cue_after_quote,
    naming_near,
    only_attr_between,
)
from discourse.extract.quotes.lang.en.rulings import ruling_reports
from discourse.extract.quotes.lang.en.sentence import reports_in_sentence
from discourse.extract.quotes.lang.en.shape import shape_after, shape_before
from discourse.extract.quotes.lang.en.short_reports import short_clause_report
from discourse.extract.quotes.lang.en.signatures import INLINE_SIGNATURE
from discourse.extract.quotes.lang.en.title_case import title_case_reports
from discourse.extract.quotes.lang.en.transcript import TURN_RULES
from discourse.extract.quotes.lang.en.unclosed_tail import unclosed_tail
from discourse.extract.quotes.lang.en.words import (
    LABEL_SECOND,
    NOT_SPEAKER_LABELS,
    POST_REFERENCE,
    POST_SIGNATURE,
    PRONOUNS,
    SPEAKER_LABEL,
)
from discourse.extract.quotes.language import QuoteLanguage

__all__ = ["ENGLISH", "PRONOUNS"]


def short_report(doc: Doc, s: int, e: int) -> bool:
    """``keeps_short``: a content-bearing noun object right after a verb of saying ("announced
    | his death") or a content noun subject of a passive with an agent ("His death | was
    announced by …")."""
    return short_content_object(doc, s, e) or short_passive_subject(doc, s, e) or (
        short_interrupted_part(doc, s, e)) or (  # "…, according to X, fled." (interrupted_short)
        short_clause_report(doc, s, e)) or (  # "which he said | was consensual" (short_reports)
        short_admission(doc, s, e))  # "admits to | encouraging terrorism" (admitted_to)


ENGLISH = QuoteLanguage(
    code="en",
    cues_file="cues.yaml",
    find_cues=find_cues,
    cue_after_quote=cue_after_quote,
    shape_after=shape_after,
    attribution_ends=attribution_ends,
    attr_before=attr_before,
    shape_before=shape_before,
    only_attr_between=only_attr_between,
    speakers_word_near=naming_near,
    looks_like_title=looks_like_title,
    name_before=name_before,
    sentence_like=sentence_like,
    has_verb=has_verb,
    # after a closing mark: a new sentence (a capital or an opening mark), a lower-case word
    new_sentence_after=re.compile(r"\s+[A-Z“\"‘]"),
    lower_after=re.compile(r"\s+[a-z]"),
    # reports of naming and judging verbs without marks ("called X Y", "blamed X for Y") and
    # reports carried by a noun of saying ("their claims that P"), "Name: proposition" headlines
    extra_passes=(naming_reports, noun_reports, headline_reports, reports_in_quotes,
                  title_case_reports, document_relative_reports, ruling_reports, as_clause_reports,
                  as_inner_reports, as_put_reports, purpose_reports),
    # a quote whose closing mark is missing, cut before the tag that ends it ("..., do what’s
    # right, Wilburn added.": unclosed_tail)
    revisions=(unclosed_tail,),
    post_signature=POST_SIGNATURE,
    post_reference=POST_REFERENCE,
    speaker_label=SPEAKER_LABEL,
    # transcript lines are turns of the transcript pass (TURN_RULES), not reports: no paragraph
    # is tried as a reported "LABEL: ..." line
    label_first=frozenset(),
    label_second=LABEL_SECOND,
    not_speaker_labels=NOT_SPEAKER_LABELS,
    reports_in_sentence=reports_in_sentence,
    # mixed quotes keep their reported clause unless it is all in marks ("X wrote that “…”")
    mixed_share=0.95,
    keeps_short=short_report,
    turn_rules=TURN_RULES,
    inline_signature=INLINE_SIGNATURE,
)
