"""English reported speech (pass 3): the reports in one sentence that holds a cue.

``According to X, P`` / ``P, according to X`` / ``In her opinion, P`` / ``This was stated by X``
(the previous sentence) / ``From X it follows that P`` / ``P, X said`` / ``P, said X`` /
``X said (that) P`` / ``X told Y that P`` / ``X declared <statement>``; several reports in one
sentence are kept when they do not overlap, and a coordinated cue ends the one before it
("X informed Y that P, and warned that Q"). The sentence-final forms are read by :mod:`.tail`,
the ``according to`` reports by :mod:`.according_to`, where a report ends by :mod:`.report_cuts`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found, non_overlapping
from discourse.extract.quotes.lang.en.according_to import _according_to, _with_closing_sources
from discourse.extract.quotes.lang.en.added_thing import added_thing
from discourse.extract.quotes.lang.en.admitted_to import admitted_gerund, gerund_end
from discourse.extract.quotes.lang.en.adverb_aside import adverb_aside_end
from discourse.extract.quotes.lang.en.adverb_participle import participle_anchor
from discourse.extract.quotes.lang.en.agentless import agentless_source
from discourse.extract.quotes.lang.en.answered import answered_questions
from discourse.extract.quotes.lang.en.checks import authors_question, not_a_report, not_said
from discourse.extract.quotes.lang.en.clause_like import coordinated_verb, looks_like_clause, pseudo_cleft
from discourse.extract.quotes.lang.en.clauses import (
    ADVERBIAL_PREPS,
    SUBORDINATORS,
    after_adverbials,
    after_time,
    clause_end,
    clause_start,
    listener_end,
    subordinate_end,
)
from discourse.extract.quotes.lang.en.closing_tail import with_closing_tails
from discourse.extract.quotes.lang.en.comma_report import comma_report_verb
from discourse.extract.quotes.lang.en.comment_apposition import comment_apposition_end
from discourse.extract.quotes.lang.en.content import title_end
from discourse.extract.quotes.lang.en.count_clause import opens_count_clause
from discourse.extract.quotes.lang.en.cues import QUOTED_AS_SAYING, quoted_as_saying_object
from discourse.extract.quotes.lang.en.dash_aside import subject_before_aside
from discourse.extract.quotes.lang.en.expressed import expressed_stance
from discourse.extract.quotes.lang.en.listener_that import listener_that
from discourse.extract.quotes.lang.en.mentions import tidy_mentions
from discourse.extract.quotes.lang.en.named_topics import named_topic
from discourse.extract.quotes.lang.en.nested import with_nested_reports
from discourse.extract.quotes.lang.en.object_then_clause import object_before_clause
from discourse.extract.quotes.lang.en.objects import (
    COUNTING_CUES,
    NUMBER_WORDS,
    content_object,
    counted_object,
)
from discourse.extract.quotes.lang.en.participle_cut import cut_at_cue_participle
from discourse.extract.quotes.lang.en.passive import agentless_passive, told_passive
from discourse.extract.quotes.lang.en.passive_agent import agent_passive, agent_passive_phrase
from discourse.extract.quotes.lang.en.phrases import (
    np_forward,
    skip_adverbs_back,
    source_from,
    subject_before,
    subject_extended,
)
from discourse.extract.quotes.lang.en.promises import promised_object
from discourse.extract.quotes.lang.en.quote_head import attributes_opening_quote
from discourse.extract.quotes.lang.en.reaction_cut import reaction_end
from discourse.extract.quotes.lang.en.relative_predicate import (
    RELATIVE_CUES,
    relative_end,
    relative_predicate,
)
from discourse.extract.quotes.lang.en.relative_report_end import relative_report_end
from discourse.extract.quotes.lang.en.relative_that import relative_that
from discourse.extract.quotes.lang.en.report_cuts import (
    _conjoined_subject,
    _cut_at_coordinated_cue,
    _cut_before_quoted_sentence,
    _participle_after_comma,
    _quote_after_tail,
)
from discourse.extract.quotes.lang.en.tail import inverted_tail
from discourse.extract.quotes.lang.en.tail_participle import tail_before_participle
from discourse.extract.quotes.lang.en.with_pair import and_participle_cut
from discourse.extract.quotes.lang.en.with_participle import with_participle_comma
from discourse.extract.quotes.lang.en.words import (
    ADVERBS,
    AUX,
    NON_SPEAKERS,
    NOUNS_BEFORE_THAT,
    OBJECT_PRONOUNS,
    SAY_IRREGULAR,
    WEEKDAYS,
)
from discourse.extract.quotes.spans import SpanSet
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["reports_in_sentence"]


def _np_object_end(doc: Doc, b: int, sent_end_tok: int, ti: int = -1) -> int:
    """End of a statement-like noun-phrase object: up to ", and"/"and <verb>" or the end; up
    to the first comma in a sentence opening with a subordinator ("When X announced Y, …")."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    if ti >= 0 and lows[ti] in SUBORDINATORS:
        for k in range(b, sent_end_tok):
            if words[k] == ",":
                return k
    k = b
    while k < sent_end_tok:
        word, low = words[k], lows[k]
        if low in ("and", "but") and k + 1 < sent_end_tok and (
            coordinated_verb(words[k + 1], lows[k + 1]) or doc.lex.match([lows[k + 1]], 0)
        ):
            break
        if word in ";:" or (low in ("which", "who") and k > b and words[k - 1] == ","):
            break
        if word == "," and k + 1 < sent_end_tok and (lows[k + 1] in (
                "and", "but", "while", "adding", "saying", "which", "who", "with") or (
                lows[k + 1].endswith("ing") and doc.lex.match([lows[k + 1]], 0))):
            break  # ", claiming P": a report of its own
        if k > b + 1 and low in ("shortly", "just", "soon", "minutes", "hours") and (
                k + 1 < sent_end_tok and lows[k + 1] in ("before", "after")):
            break  # "announced his resignation shortly before midnight": a time adverbial
        k += 1
    return k


# Heads of noun objects that name a topic, not what was said ("announced the decision",
# "expressed a similar view", "answered some questions").
_TOPIC_HEADS: Final = frozenset("""decision decisions measure measures view views question questions
    commitment plan plans issue issues statement comments remarks details concerns news result
    results findings move step interest candidacy candidature""".split())


# "declared a state of emergency / war / independence": an act performed by declaring it,
# no statement reported ("declared its support for X" is one).
_DECLARING: Final = frozenset("declare proclaim".split())
_PERFORMED: Final = frozenset("emergency war independence curfew lockdown disaster".split())
# Subordinators whose clause ends at its comma ("after X declared Y, Z …"); "while" and "as"
# clauses may hold commas of their own.
_OPENING_CLAUSE: Final = frozenset("after before when once since because if until unless".split())


def _performed(toks: Toks, k: int, tj: int) -> bool:
    """Does the object at ``k`` name a state declared into being (within its first five words,
    "a state of emergency", "a national emergency", "martial law")?"""
    lows = toks.lows
    return any(lows[m] in _PERFORMED or (lows[m] == "law" and lows[m - 1] == "martial")
               for m in range(k, min(tj, k + 5)))


def _topic_object(toks: Toks, k: int, tj: int) -> bool:
    """Does the noun object at ``k`` have a topic head among its first four words, before any
    "of"/"that" that would give it content?"""
    lows = toks.lows
    for m in range(k, min(tj, k + 4)):
        if lows[m] in ("of", "that", "to", "for"):
            return False
        if lows[m] in _TOPIC_HEADS:
            return True
    return False


def reports_in_sentence(
    doc: Doc, ss: int, se: int, ti: int, tj: int,
    prev_sent: Callable[[], tuple[int, int] | None],
    quote_cues: Sequence[int] = (),
    inside: SpanSet | None = None,
) -> list[Found]:
    """Reports in the sentence ``[ss, se)`` (tokens ``[ti, tj)``); ``prev_sent()`` gives the
    sentence before it (or None); ``inside``: the quotes found so far."""
    toks = doc.toks
    starts, ends, words, lows = toks.starts, toks.ends, toks.words, toks.lows
    hits = doc.hits_between(ti, tj)
    out: list[Found] = []
    if authors_question(doc, ti, tj, se):
        return out  # "How does Zimmer explain her tweets?": the author asks, nobody reports
    for h in hits:
        a, b, cue = h
        # A cue inside a quote is the quoted person's words ("“They said I was right,” Trump
        # said"), not a report of its own.
        if inside is not None and inside.contains(starts[a]):
            continue
        if a > ti and lows[a - 1] == "without":
            continue  # "without specifying if P": nothing was said
        if cue.type != "preposition" and a > ti and attributes_opening_quote(doc, ss, a, b, inside):
            continue  # '"…," the mayor told reporters during …': the quote's cue (quote_head.py)
        # --- According to X, P  /  P, according to X.  /  In the words of X, P
        if cue.type == "preposition":
            out.extend(_according_to(doc, h, ti, tj, se, quote_cues))
            continue
        if cue is QUOTED_AS_SAYING:
            attr = doc.attr(h, quoted_as_saying_object(toks, a, b), "cue_before")
            k = b + 1 if b < tj and lows[b] == "that" else b
            if k < tj and looks_like_clause(toks, k, tj):
                out.append(Found(starts[k], se, "indirect", attr, "cue_before"))
            continue
        # --- In her opinion, P
        if cue.speaker == "inside":
            if b < tj and words[b] == ",":
                attr = doc.attr(h, (a + 1, a + 2), "according_to")
                out.append(Found(ends[b], se, "indirect", attr, "according_to"))
            continue
        # --- This was stated by X  (the previous sentence is the statement)
        if cue.speaker == "after":
            e = np_forward(toks, b)
            if e > b and a - ti <= 3 and lows[ti] in (
                "this", "that", "these", "it", "such"
            ) and (prev := prev_sent()) is not None:
                attr = doc.attr(h, (b, e), "previous_sentence")
                out.append(Found(prev[0], prev[1], "indirect", attr, "previous_sentence"))
            elif (f := agent_passive_phrase(doc, h, ti)) is not None:
                out.append(f)  # "His death was announced by his son": the agent's report
            continue
        # --- From X it follows that P
        if cue.lemma == "it follows":
            src = source_from(toks, ti, a)
            if src and b < tj and lows[b] == "that":
                attr = doc.attr(h, src, "cue_before")
                out.append(Found(ends[b], se, "indirect", attr, "cue_before"))
            continue
        if cue.type not in ("verb", "phrase"):
            continue
        if cue.type == "verb" and not_a_report(toks, a, ti):
            if cue.that_clause and (f := agentless_passive(doc, h, ti, tj, se)) is not None:
                out.append(f)
            elif (f := agent_passive(doc, h, ti, tj)) is not None:
                out.append(f)  # "His death was announced by his son": the agent's report
            continue
        if cue.lemma == "tell" and (told := told_passive(doc, h, ti, tj, se)) is not None:
            out.extend(told)  # "were told it had been rejected", "was told by X that P"
            continue
        # --- P, X said.  /  P, said X.
        tail = inverted_tail(doc, h, ti, tj, se)
        if tail is not None:
            out.extend(tail)
            continue
        # --- P, X said, adding that Q: P (Q is read below, as before)
        out.extend(tail_before_participle(doc, h, ti, tj, se))
        # --- X said (that) P  /  X noted <statement>  /  X told Y that P
        subj = subject_extended(toks, a, clause_start(toks, ti, a), ti)
        if subj is not None and subj[1] - subj[0] == 1 and lows[subj[0]] in ("most", "more") and (
                lows[a] == "say"):
            subj = _poll_subject(toks, subj[0], ti)  # "voters were most likely to say P"
        if subj is None:
            subj = subject_before_aside(toks, a, b, ti, tj)  # "The mayor — a Democrat — said P"
        # ("before reluctantly acknowledging P": the word before the adverbs is read)
        p = participle_anchor(toks, a, skip_adverbs_back(toks, a, ti)) - 1 if subj is None else a - 1
        if subj is None and lows[a].endswith("ing") and cue.zero_that and p >= ti and (
                wordish(words[p]) and (not cap(words[p]) or lows[p] in WEEKDAYS)
                and lows[p] not in AUX  # ("posted a message on Friday announcing P")
                and lows[p] not in ADVERBS and not lows[p].endswith("ly")) and b < tj and (
                looks_like_clause(toks, b, tj)):
            # "filed a motion claiming P": the report stands, its speaker is the main subject's
            # noun phrase, which the syntax here does not give
            out.append(Found(starts[b], se, "indirect", doc.attr(h, None, "cue_before"),
                             "cue_before"))
            continue
        if subj is None:
            if (f := _after_long_subject(doc, h, ti, tj, se)) is not None:
                out.append(f)
            continue
        if lows[subj[0]] in NON_SPEAKERS or lows[subj[0]] == "let" or lows[subj[1] - 1] in (
                "of", "for") or (  # ("the number of confirmed cases": no subject)
                lows[subj[1] - 1] in NON_SPEAKERS and not cap(words[subj[1] - 1])) or (
            subj[1] - subj[0] == 1 and lows[subj[0]].split("'")[0].split("’")[0] in (
                "it", "you", "i", "we") and not (
                lows[subj[0]] == "it" and lows[a] in _IT_SAID)
        ):
            continue  # "the new model indicated": findings, not speech
        attr = doc.attr(h, subj, "cue_before")
        k = b
        if answered_questions(toks, a, k, tj):
            continue  # "answered some questions about his campaign": an act, no report
        if k + 2 < tj and (lows[k] in _RELATIVE_PREDICATE or relative_predicate(toks, k, tj)) and (
                subj[0] > ti and lows[subj[0] - 1] in ("what", "which", "that", "who")) and (
                cue.lemma in RELATIVE_CUES):  # (any finite verb: relative_predicate.py)
            # "in what he said was an effort to …", "the plan that aides said would fail", "women
            # who police said were killed": the predicate after the cue, to a comma or main verb
            e = _predicate_end(toks, k, tj) if lows[k] in _RELATIVE_PREDICATE else relative_end(
                toks, k, tj)
            out.append(Found(starts[k], ends[e - 1], "indirect", attr, "cue_before"))
            continue
        if k + 1 < tj and lows[k] == "as" and subj[0] > ti and lows[subj[0] - 1] in (
                "which", "what"):
            # "— which the BBC noted as an unusual move by a Speaker —": the "as" phrase is
            # the report, up to the aside's end
            e = next((m for m in range(k + 1, min(tj, k + 30)) if words[m] in _ASIDE_END), tj)
            if e > k + 2:
                out.append(Found(starts[k + 1], ends[e - 1], "indirect", attr, "cue_before"))
            continue
        if cue.lemma == "tell" or cue.lemma in ("assure", "reassure", "inform", "remind",
                                                "advise", "warn"):
            # the listener: "told reporters", "told CNN", "warned them"
            e = listener_end(toks, k, np_forward(toks, k))
            if lows[k] in OBJECT_PRONOUNS if k < tj else False:
                e = k + 1
            elif cue.lemma != "tell" and e < tj and lows[e] in AUX:
                e = k  # "warned the strike could last weeks": no listener, a clause
            if cue.lemma == "tell" and any(lows[m] in _TOLD_THINGS for m in range(k, min(e, tj))):
                continue  # "history tells a different story than …": a story told, no report
            k0, k = k, title_end(doc, ti, max(k, e), tj)  # "told MSNBC’s “Morning Joe” that P"
            if k + 1 < tj and (lows[k] == "to" or lows[k:k + 2] == ["not", "to"]):
                continue  # "warned Republicans not to go down that road": a request
            if k < tj and lows[k] != "that" and (lt := listener_that(toks, k0, tj)) > 0:
                k = lt  # "told Homeland Security and other officials that P" (listener_that.py)
        if k + 3 < tj and lows[k] == "what" and cue.that_clause and pseudo_cleft(toks, k, tj):
            # "said what happened was that P": a pseudo-cleft states a proposition, no topic
            out.append(Found(starts[k], se, "indirect", attr, "cue_before"))
            continue
        # an adverbial before "that": "said in an interview with RBC that", "said on Monday"
        m = k
        while m < tj and m - k <= 10 and lows[m] != "that" and words[m] not in ".;":
            m += 1
        if m < tj and lows[m] == "that" and (cue.that_clause or cue.type == "phrase") and (
                m == k or lows[m - 1] not in NOUNS_BEFORE_THAT) and not relative_that(toks, k, m) and (
            m == k or lows[k] in ("in", "on", "at", "during", "to", "with", "after",
                                      "before", "for", "earlier", "later", "last", "this",
                                      "late", "early",
                                      "again", "also", "repeatedly", "publicly", "yesterday",
                                      "today", "recently", ",") or lows[k] in WEEKDAYS
        ):
            if m + 2 < tj and words[m + 1] in _OPENING and _words_after_fragment(toks, m + 1, tj):
                # 'said that “there is nothing fake” about him': a report opening with a quoted
                # fragment starts inside the mark (the shared pass takes a mark for a tail)
                out.append(Found(starts[m + 2], se, "indirect", attr, "cue_before"))
            elif m + 1 < tj:
                out.append(Found(ends[m], se, "indirect", attr, "cue_before"))
            continue
        if k < tj and lows[k] in WEEKDAYS and k + 1 < tj and (
            looks_like_clause(toks, k + 1, tj) and cue.zero_that
        ):
            # "said Tuesday the plan would fail"
            out.append(Found(starts[k + 1], se, "indirect", attr, "cue_before"))
            continue
        if k < tj and words[k] == ":":
            out.append(Found(ends[k], se, "indirect", attr, "cue_before"))
            continue
        if k > b and k + 3 < tj and words[k] == "," and lows[a] in _TOLD and (
                _report_after_listener(toks, k + 1, tj)):
            # "told CNN, neighbors from other lodges attempted to save him": after the
            # listener and a comma, a clause with its own subject and verb is the report (a
            # quotation there is a direct quote, left to the quote pass by the filter below)
            out.append(Found(starts[k + 1], se, "indirect", attr, "cue_before"))
            continue
        if k == b and k + 3 < tj and words[k] == "," and comma_report_verb(toks, a, ti) and (
                _report_after_listener(toks, k + 1, tj)):  # "LaPierre said, Mr. X would be …"
            out.append(Found(starts[k + 1], se, "indirect", attr, "cue_before"))
            continue
        if k == b and cue.zero_that and (k2 := adverb_aside_end(toks, k, tj)) > 0 and (
                _report_after_listener(toks, k2, tj)):
            # "He added, however, he does not have …": the aside is the author's (adverb_aside.py)
            out.append(Found(starts[k2], se, "indirect", attr, "cue_before"))
            continue
        if k < tj and words[k] in ",.;?!":
            continue
        if k + 1 < tj and lows[k] in ("little", "much") and (
                words[k + 1] in ",.;" or lows[k + 1] in ("about", "on", "to")):
            continue  # "has said little, voted …", "said little about the budget": no content
        if cue.zero_that and k + 2 < tj and lows[k] == "on" and lows[k + 1] in WEEKDAYS:
            k += 2  # "reported on Sunday the party had …"
            n0 = k + 1 if words[k] == "," else k
            if opens_count_clause(toks, n0, tj):
                # "said on Saturday, about 20 buildings collapsed": a count opens the report
                out.append(Found(starts[n0], se, "indirect", attr, "cue_before"))
                continue
        if cue.zero_that and k + 1 < tj and lows[k] in ADVERBS and lows[k].endswith("ly") and (
                lows[k] != "only") and looks_like_clause(toks, k + 1, tj):
            k += 1  # "has said publicly the forest should be opened": the adverb is the verb's
        # after a listener ("told the press P") what follows is the report: its verb may come
        # after a long subject
        reach = 30 if lows[a] in _TOLD and (k > b or cue.type == "phrase") else 14
        if cue.zero_that and k == b and cue.lemma != "tell" and k + 2 < tj and lows[k] in _APPROXIMATORS and (
                words[k + 1][:1].isdigit() or lows[k + 1] in NUMBER_WORDS or (
                    lows[k + 1] == "a" and lows[k + 2] in NUMBER_WORDS)) and looks_like_clause(
                toks, k + 1, tj, reach):
            # "said about 350 thousand abortions are carried out": an approximate count opens
            # the report ("said about the plan" is a topic; "told about 500 supporters that"
            # names listeners)
            out.append(Found(starts[k], se, "indirect", attr, "cue_before"))
            continue
        if cue.zero_that and k + 1 < tj and words[k] in _OPENING and k == b and looks_like_clause(
                toks, k + 1, tj, reach) and _words_after_fragment(toks, k, tj):
            out.append(Found(starts[k + 1], se, "indirect", attr, "cue_before"))  # the same
            continue
        if cue.zero_that and k == b and k + 3 < tj and lows[k] in ("if", "unless") and (
                cue.lemma in _CONDITIONAL_CUES):
            # "said if the justices side with X, it opens the way …": a conditional opens the
            # report when a clause follows its comma ("asked if", "say if" are questions)
            c = next((m for m in range(k + 2, min(tj, k + 25)) if words[m] in ",;:"), None)
            if c is not None and words[c] == "," and looks_like_clause(toks, c + 1, tj):
                out.append(Found(starts[k], se, "indirect", attr, "cue_before"))
                continue
        if cue.lemma in _DECLARING and k < tj and _performed(toks, k, tj):
            continue  # "declared a state of emergency on Friday, X was promoted": no report
        if (g := admitted_gerund(toks, cue.lemma, k, tj)) > 0:
            # "admitted to drugging women": the gerund phrase is the admitted act (admitted_to.py)
            out.append(Found(starts[g], ends[gerund_end(toks, g, tj) - 1], "indirect", attr,
                             "cue_before"))
            continue
        if cue.zero_that and looks_like_clause(toks, k, tj, reach) and not added_thing(
                toks, a, k, tj):  # ("adds fuel to the debate": a thing added, added_thing.py)
            if (e := object_before_clause(toks, a, k, tj, cue.lemma)) > 0:
                # "declared victory, but the troops have remained": the object, then the
                # author's clause (object_then_clause.py)
                if e - k >= 2:
                    out.append(Found(starts[k], ends[e - 1], "indirect", attr, "cue_before"))
                continue
            k2 = after_time(toks, k, tj)  # "said yesterday morning the road will be …"
            if k2 > k and looks_like_clause(toks, k2, tj):
                k = k2
            out.append(Found(starts[k], se, "indirect", attr, "cue_before"))
            continue
        after_phrase = cue.type == "phrase" and k == b  # "said in an interview | with X"
        if cue.zero_that and k < tj and (lows[k] in ADVERBIAL_PREPS or (
                after_phrase and lows[k] == "with")) and not (
                lows[k] == "to" and cue.lemma in _INFINITIVE_CUES):
            # "announced on Facebook on Tuesday P", "said in its report, P": short adverbials
            k2 = after_adverbials(toks, k, tj, following=after_phrase)
            if k2 > k and k2 < tj and (looks_like_clause(toks, k2, tj) or opens_count_clause(
                    toks, k2, tj)) and (  # "said on Saturday, about 20 buildings …"; not "a meeting
                    lows[k2 - 1] not in NOUNS_BEFORE_THAT and lows[k2] != "that"):  # that he had
                out.append(Found(starts[k2], se, "indirect", attr, "cue_before"))
                continue
        if cue.that_clause and k + 1 < tj and lows[k].endswith("ing") and not cap(words[k]) and (
                len(lows[k]) >= 5 and not doc.lex.match([lows[k]], 0)) and lows[k] not in _THINGS:
            # "recalled going to conventions", "reported wanting to draft": a gerund clause
            e = _np_object_end(doc, k, tj, ti)
            if e - k >= 3:
                out.append(Found(starts[k], ends[e - 1], "indirect", attr, "cue_before"))
                continue
        if cue.lemma in COUNTING_CUES and k + 1 < tj and counted_object(toks, k):
            # "the team reported a total of 5,667 cases", "officials reported 300 new cases":
            # a count is what was reported
            e = _np_object_end(doc, k, tj, ti)
            if e - k >= 2:
                out.append(Found(starts[k], ends[e - 1], "indirect", attr, "cue_before"))
                continue
        if k + 1 < tj and content_object(toks, a, k, tj, cue.lemma):
            # "announced his death", "stated its intention to leave": an event or a claim
            e = _np_object_end(doc, k, tj, ti)
            if e - k >= 2:  # however short: objects.short_content_object vouches for it
                out.append(Found(starts[k], ends[e - 1], "indirect", attr, "cue_before"))
                continue
        if cue.np_object and k < tj and wordish(words[k]) and lows[k] not in _NOT_OBJECT and (
                not _topic_object(toks, k, tj)) and not (
                cue.lemma in _DECLARING and _performed(toks, k, tj)):
            # the object ends with the clause of a subordinator before the subject ("He was
            # minister and after Bashir declared X, Gen Auf was promoted"), as at the start
            sub = subj[0] - 1 if subj[0] > ti and lows[subj[0] - 1] in _OPENING_CLAUSE else ti
            e = _np_object_end(doc, k, tj, sub)
            if e - k >= 2:
                out.append(Found(starts[k], ends[e - 1], "indirect", attr, "cue_before"))
    if not out:
        return out
    # only "and <cue>" or "while X <cue>" can cut a report short; sorted by first token
    # ("must face “murder and terrorism charges”": a cue form inside a quote cuts nothing)
    # ("re-posts and posts which state": a cue form before "which" is a noun, cuts nothing)
    cut_hits = [h for h in hits if h[2].type == "verb" and h[0] > ti and (
        inside is None or not inside.contains(starts[h[0]])) and (
        h[0] + 1 >= tj or lows[h[0] + 1] not in ("which", "who")) and (
        lows[h[0] - 1] in ("and", "but") or _participle_after_comma(toks, h[0])
        or _conjoined_subject(toks, h[0], ti) is not None
        or with_participle_comma(toks, h[0]) is not None  # ", with X claiming Q"
        or and_participle_cut(toks, h[0]) is not None)]  # "…, and Pew saying Q" (with_pair)
    sub_end = subordinate_end(toks, ti, tj)
    bounded = (reaction_end(doc, comment_apposition_end(doc, relative_report_end(
        doc, cut_at_cue_participle(doc, clause_end(doc, _cut_before_quoted_sentence(
            doc, _cut_at_coordinated_cue(doc, f, cut_hits)), sub_end), quote_cues))))
        # (", who says P, supported …": the comma; ", but Y disagreed": reaction_cut.py)
        for f in out if not _quote_after_tail(doc.text, f))  # (", describing X as Y": the end)
    # (", a clear shot at X" after P: the author's comment on the statement, not P's words)
    found = [f for f in bounded if f is not None and not not_said(doc, f) and not (
        agentless_source(doc, f, ti)) and not promised_object(doc, f) and not (
        expressed_stance(doc, f)) and not named_topic(doc, f)]
    # ("According to reports, P": nobody's report; "pledged funds": a promise, "expressed
    # concern about X": a stance; "denied the allegations", "the Senate confirmed X to the
    # Court": a topic named, an act (named_topics.py); no report)
    kept = with_nested_reports(non_overlapping(found), found, doc)  # "X said Y said P": both
    # "X said P, the paper reported": both (closing_tail), as for ", according to X" below
    kept = with_closing_tails(doc.text, kept, found)
    return tidy_mentions(doc, _with_closing_sources(doc.text, kept, found))


# Cues that take an infinitive: "vowed to issue an order …" is a promise, "to" no adverbial.
_INFINITIVE_CUES: Final = frozenset("vow promise pledge threaten agree offer refuse swear".split())


_TOLD: Final = frozenset("told tell tells telling".split())
# Cues whose "if" clause is a condition of the report, not a question ("asked if", "wondered").
_CONDITIONAL_CUES: Final = frozenset("say tell add argue warn note insist claim write predict".split())
_ASIDE_END: Final = frozenset(',;:—–()"“”')
# "said something insane", "said things": an object that names no proposition
_THINGS: Final = frozenset("something anything nothing everything things".split())
# Words that do not open the object right after a cue taking one (a preposition, a pronoun, a
# time word, a "thing" word): one set made once (it was a tuple with *_THINGS, which mypyc's
# compiler cannot build).
_NOT_OBJECT: Final = frozenset((
    "to", "in", "on", "at", "with", "about", "that", "what", "how", "why", "whether",
    "if", "it", "him", "her", "them", "this", "during", "after", "before", "for",
    "from", "by", "as", "into", "over", "otherwise", "last", "next", "yesterday",
    "today", "tomorrow", "earlier", "later")) | _THINGS
# Objects of "tell" that are what is told, not a listener ("tells a different story").
_TOLD_THINGS: Final = frozenset("story stories tale tales truth lie lies joke jokes".split())


# Past tenses of saying proper: "It said / stated / added P" has a statement, company or
# agency as "it"; "it tells us P", "it says in the paper" (a finding, a document in an
# interview) and "the new model indicated" stay out.
_IT_SAID: Final = frozenset("said stated added announced wrote".split())


def _report_after_listener(toks: Toks, k: int, tj: int) -> bool:
    """Does a reported clause open at ``k``, after "told <listener>,"? Not a relative clause,
    a participle or a conjunction ("told CNN, which …", "told CNN, adding …")."""
    w = toks.lows[k]
    return (toks.words[k].isalpha() or w in _TITLES) and w not in _NOT_A_REPORT_START and (
        w not in AUX) and not w.endswith(("ing", "ly")) and looks_like_clause(toks, k, tj)


_TITLES: Final = frozenset("mr. mrs. ms. dr. sen. rep. gov. gen.".split())  # "told CNN, Mr. X had …"
_NOT_A_REPORT_START: Final = frozenset("""who whom whose which where when while as and but or so then
    because since although though if after before until in on at during for with from by to of
    according also however perhaps maybe again too instead""".split())


_APPROXIMATORS: Final = frozenset("about around nearly almost roughly some over".split())


_QUOTE_MARKS: Final = frozenset('"“”«»')
# The verb of a relative clause's predicate right after "what he said": "was", "would be".
_RELATIVE_PREDICATE: Final = frozenset("is are was were would will could might".split())
_OPENING: Final = frozenset('"“')


def _words_after_fragment(toks: Toks, k: int, tj: int) -> bool:
    """Do words follow the quotation opening at token ``k`` in its sentence ("“there is nothing
    fake” about him"), so that the report holds more than the quotation ("said “We will win.”"
    is a quote, not a report)?"""
    words = toks.words
    for m in range(k + 1, min(tj, k + 80)):
        if words[m] in _QUOTE_MARKS and words[m - 1] in ("!", "?", "."):
            return False  # 'shouted “You lost Marco!!” as …': a sentence of its own
        if words[m] in _QUOTE_MARKS:
            # the clause goes on after the mark ("” about him"), not a new one ("We will
            # win,” and left")
            return m + 1 < tj and wordish(words[m + 1]) and not cap(words[m + 1]) and (
                words[m - 1] != ",") and toks.lows[m + 1] not in ("and", "but")
    return False


def _poll_subject(toks: Toks, k: int, ti: int) -> tuple[int, int] | None:
    """The respondents before "were/are (much) most/more likely to say" (``k``: "most"/"more"):
    the subject of the copula, else None (no speaker rather than "most")."""
    lows = toks.lows
    c = next((c for c in range(k - 1, max(ti, k - 3) - 1, -1) if lows[c] in (
        "were", "are", "was", "is")), None)
    return None if c is None else subject_before(toks, c, ti)


def _after_long_subject(doc: Doc, h: tuple[int, int, Cue], ti: int, tj: int,
                        se: int) -> Found | None:
    """``X, assistant pastor at Y in Z, where …, said that P``: a finite cue after a comma and
    before "that" reports P even when the subject is too long to read back to; its speaker is
    the name opening the sentence when a comma follows it ("Dave Halyman,"), else none."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    a, b, cue = h
    m = b
    if m < tj and (lows[m] in ("in", "on", "at", "during", "last", "this", "earlier") or (
            lows[m] in WEEKDAYS)):
        # a time or place before "that": "tweeted in December 2015 that P"
        m = next((n for n in range(b + 1, min(tj, b + 6)) if lows[n] == "that" or not (
            wordish(words[n])) or lows[n] in NOUNS_BEFORE_THAT), b)
    if a - 1 > ti and words[a - 1] == "," and lows[a] == "said" and m == b and (
            lows[b] != "that") and cue.zero_that and looks_like_clause(toks, b, tj):
        # "X, her campaign torpedoed by …, said FBI Director James Comey owes voters …": the
        # clause after a bare "said" (the inverted "…, said X." was ruled out before)
        m = b - 1
    elif not (a - 1 > ti and words[a - 1] == "," and m + 3 < tj and lows[m] == "that" and (
            lows[a] in SAY_IRREGULAR or lows[a].endswith("ed"))):
        return None  # a past tense: "…, claims that" / "…, questions that" are nouns
    if not looks_like_clause(toks, m + 1, tj):
        return None
    e = np_forward(toks, ti)
    span = (ti, e) if e > ti and words[e] == "," and cap(words[ti]) else None
    end = se
    if m < b:  # the bare "said": the report ends before ", but <past verb>" (the subject's act)
        c = next((c for c in range(b, tj - 2) if words[c] == "," and lows[c + 1] in (
            "and", "but") and coordinated_verb(words[c + 2], lows[c + 2])), None)
        end = se if c is None else toks.starts[c]
    return Found(toks.ends[m], end, "indirect", doc.attr(h, span, "cue_before"), "cue_before")


def _predicate_end(toks: Toks, k: int, tj: int) -> int:
    """End token of the predicate opening at ``k`` ("were under control" in "the fires which
    officials said were under control had burned"): before a comma, a semicolon or another
    finite verb outside quotation marks (not one of a relative clause: "monuments that are")."""
    words, lows = toks.words, toks.lows
    depth = 0
    for m in range(k + 1, min(tj, k + 60)):
        w = words[m]
        if w in _QUOTE_MARKS:
            depth = 0 if depth else 1
        elif depth == 0 and (w in ",;" or (lows[m] in AUX and lows[m - 1] not in (
                "that", "which", "who") and m > k + 2)):
            if w == "," and lows[m + 1:m + 2] in (["a"], ["an"]) and not any(
                    lows[n] in AUX for n in range(m + 1, tj)):
                continue  # "…, a 10-year veteran of the Border Patrol." to the end: apposition
            return m
    return tj
