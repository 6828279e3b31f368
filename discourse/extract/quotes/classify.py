"""Pass 1, second half: what each pair of quotation marks holds, and who is quoted.

Shared control flow. Each pair of marks is classified as ``direct`` (someone's sentence, standing
alone or introduced by an attribution), ``partial`` (a fragment inside the author's sentence),
``nested`` (a quote inside a quote), or dropped as a name, title or scare quote. The attribution
before and after the marks, and the tests of the content, are the language's
(:class:`~discourse.extract.quotes.language.QuoteLanguage`); the punctuation around the marks
and the sentence bounds (:mod:`discourse.text.segment`) are decided here. Quotes whose opening
mark is missing are recovered by :func:`orphan_closers`.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.language import QuoteLanguage
from discourse.extract.quotes.marks import DOUBLE, Pair, mark_role
from discourse.extract.quotes.spans import THREE_WORDS, content_span
from discourse.text import sentence_end, sentence_start

__all__ = ["classify_pairs", "orphan_closers"]

_WORDS: Final = re.compile(r"\w+")


def _stands_alone(
    b: str, before_is_attr: bool, after_is_attr: bool, content: str, starts_upper: bool,
    attributed_after: bool,
) -> bool:
    """A sentence-like quote that is not built into the author's sentence: nothing or only an
    attribution before it, and nothing, an attribution or sentence punctuation after it; or a
    capitalised quote between an introductory phrase and its attribution ("After the vote,
    “We won,” she said."). A comma or ?/! inside the closing mark of a sentence-initial quote
    announces an attribution even when we cannot parse it."""
    if not b or b.endswith(":"):
        return after_is_attr or (not b and content.rstrip()[-1:] in ",!?…")
    if before_is_attr:
        # a lower-case quote after "According to her," continues the author's sentence
        return after_is_attr and starts_upper
    return b.endswith(",") and starts_upper and attributed_after


def _words_up_to_six(content: str) -> int:
    """The number of words (runs of ``\\w``) in ``content`` if it is below six, else a number of at
    least six: the rules only compare it with numbers up to six. A prefix holding six words
    means six in the whole (only its last can be cut short), so a long quote is not read whole."""
    n = len(_WORDS.findall(content, 0, 60))
    return n if n >= 6 or len(content) <= 60 else len(_WORDS.findall(content))


def classify_pairs(doc: Doc, pairs: list[Pair], lang: QuoteLanguage) -> list[Found]:
    """Each pair of marks as a ``direct``, ``partial`` or ``nested`` quote with its
    attribution, or dropped (a name, a title, a scare quote, a stray mark)."""
    text = doc.text
    # the language's rules, bound once per article
    cue_after_quote, shape_after, shape_before = (
        lang.cue_after_quote, lang.shape_after, lang.shape_before)
    attr_before, only_attr_between, attribution_ends = (
        lang.attr_before, lang.only_attr_between, lang.attribution_ends)
    looks_like_title, is_sentence_like, has_verb, speakers_word_near = (
        lang.looks_like_title, lang.sentence_like, lang.has_verb, lang.speakers_word_near)
    new_sentence_after, lower_after = lang.new_sentence_after, lang.lower_after
    name_before, fragment_is_quote = lang.name_before, lang.fragment_is_quote
    named: set[int] = set()  # id() of the pairs that hold a name (and what they hold)
    out: list[Found] = []
    kept: dict[int, int] = {}  # id(pair) -> index in out
    prev_close_by_para: dict[int, tuple[int, bool]] = {}
    for pr in pairs:
        cs, ce = content_span(text, pr.open + 1, pr.close)
        if ce <= cs:
            continue
        content = text[cs:ce]
        ps, pe = doc.para_of(pr.open)
        if pr.parent is None:
            lo = ps
            prev = prev_close_by_para.get(ps)
            if prev is not None:
                lo = max(lo, prev[0] + 1)
        else:
            lo = max(pr.parent.open + 1, ps if pr.parent.open < ps else pr.parent.open + 1)
        hi = doc.para_of(pr.close)[1] if pr.closed else pe
        if pr.parent is not None:
            hi = min(hi, pr.parent.close)
        sent_lo = sentence_start(text, lo, pr.open)
        # the whole sentence for finding a cue; only the stretch since the previous quote
        # for deciding whether the quote stands alone (the same search unless they differ:
        # the whole sentence's start is read below, only when the stretch holds no cue)
        b = text[sent_lo : pr.open].strip()  # the sentence before the quote
        after_end = sentence_end(text, pr.close + 1, hi) if pr.closed else pr.close
        after = text[pr.close + 1 : after_end] if pr.closed else ""
        last = content.rstrip()[-1:]  # the quote's final punctuation, if any
        if content.rstrip().endswith(("[.]", "[!]", "[?]")):
            last = content.rstrip()[-2]  # "… is incurable[.]": an editor's bracketed stop
        # A closed sentence inside the marks followed by a capitalised word: new sentence,
        # unless a ?/! quote is followed by its attribution ("“Why not?” Smith asked.").
        if last in ".!?…" and new_sentence_after.match(after) and not (
                last in "!?" and attribution_ends(doc, pr.close + 1, after_end)):
            after = ""
            after_end = pr.close + 1
        a = after.strip()  # the rest of the sentence after the quote
        words = _words_up_to_six(content)
        title = looks_like_title(content)
        if (pr.parent is not None and id(pr.parent) in named) or (name_before(doc, lo, pr.open) and not (
                words >= 5 and last in ".!?…" and has_verb(content))):
            named.add(id(pr))  # газета «Коммерсантъ», фильм «X: „Y“»: a name, marks inside it too
            continue
        ti_after, tj_after = doc.tok_index(pr.close + 1), doc.tok_index(after_end)
        hits_after = doc.hits_between(ti_after, tj_after)
        attr: Attr | None = None
        found = cue_after_quote(doc.toks, ti_after, tj_after, hits_after) if after else None
        if found:
            attr = doc.attr(found[0], found[1], "cue_after")
        sentence_like = is_sentence_like(content, words, title)
        # "…,” the minister fumed.": an attribution clause of a verb the lexicon lacks
        shaped_after = False
        if found is None and a and sentence_like and pr.parent is None:
            shape = shape_after(doc.toks, ti_after, tj_after, doc.lex)
            if shape is not None:
                attr = doc.attr_tokens(shape[0], shape[1], "cue_after")
                shaped_after = True
        before_attr = attr_before(doc, sent_lo, pr.open) if b else None
        if before_attr is None and pr.parent is None and lo != ps:
            # (speed pass eighteen: read only here, where it is used; most quotes after
            # another in their paragraph have their cue in the stretch, 1 µs of 90 a quote)
            full_lo = sentence_start(text, ps, pr.open)
            if full_lo < sent_lo:
                before_attr = attr_before(doc, full_lo, pr.open)
        starts_upper = content[:1].isupper() or content[:1].isdigit() or content[:1] in "¿¡["
        prev_direct = prev_close_by_para.get(ps, (0, False))[1] and pr.parent is None
        after_is_attr = not a or found is not None or shaped_after or a[:1] in ".!?…;"
        # "said Smith:" / "Smith said," / "He said" right before the mark
        before_is_attr = before_attr is not None and only_attr_between(
            doc, before_attr, pr.open
        )
        if not before_is_attr and b.endswith((":", ",")) and sentence_like and pr.parent is None:
            # "Smith fumed: “…”": the same, before the quote
            shape = shape_before(doc.toks, doc.tok_index(sent_lo), doc.tok_index(pr.open),
                                  doc.lex)
            if shape is not None:
                before_attr = doc.attr_tokens(shape[0], shape[1], "cue_before")
                before_is_attr = True
        # A whole sentence in marks that ends the sentence, introduced by a reporting verb
        # ("She asked, if X, “Will …?”", "…, saying “there’s no …”", "declared that "…."").
        verb_intro = (before_attr is not None and before_attr.cue_end > before_attr.cue_start
                      and not before_attr.rule == "according_to")
        ends_sentence = pr.closed and (not a or a[:1] in ".!?…")
        full_clause = words >= 4 and (last in ".!?…" or has_verb(content))
        sentence_quote = verb_intro and ends_sentence and full_clause and (
            before_is_attr or (starts_upper and last in ".!?…"
                               and b.endswith((",", ":")))
        )
        # “The Kelly File” host told …: a title in marks that modifies the next noun
        modifier = title and lower_after.match(after or "x") is not None
        if pr.parent is not None:
            kind = "nested"
            ok = not title and (
                words >= 4 or b.endswith(":") or before_attr is not None
            )
            if not ok:
                continue
            attr = before_attr or attr
        elif modifier:
            continue
        elif sentence_quote or (
            (not b or b.endswith(":") or before_is_attr or (prev_direct and before_is_attr))
            and (starts_upper or (prev_direct and before_is_attr))
            and after_is_attr
            and not (title and found is None and not b.endswith(":"))
        ) or (sentence_like and _stands_alone(b, before_is_attr, after_is_attr, content,
                                              starts_upper, found is not None or shaped_after)):
            kind = "direct"
            if attr is None and before_attr is not None:
                attr = before_attr
        else:
            kind = "partial"
            if title:
                continue  # a name or title in marks, whatever the sentence says
            cue_here = before_attr is not None or found is not None
            if not cue_here:
                # an unattributed fragment: keep only long, clause-like ones
                if (words < 6 or not has_verb(content)) and not lang.unattributed_fragment(
                        content, words):
                    continue
            elif words <= 4 and before_attr is not None and before_attr.rule == "cue_before" \
                    and not speakers_word_near(doc, sent_lo, pr.open) and _is_scare(doc, before_attr,
                                                                              pr.open) and not (
                    fragment_is_quote(content, words)):
                continue
            attr = before_attr or attr
        if not pr.closed and pr.parent is None:
            # An unclosed mark: news convention runs the quote to the end of its paragraph
            # (the next paragraph would reopen it). A short fragment is a stray mark.
            if words < 3:
                continue
            kind = "direct"
            attr = before_attr
        elif not pr.closed:
            continue
        out.append(Found(cs, ce, kind, attr, attr.rule if attr else "none"))
        kept[id(pr)] = len(out) - 1
        if pr.parent is not None:
            out[-1].parent = kept.get(id(pr.parent), -1)
        else:
            prev_close_by_para[ps] = (pr.close, kind == "direct")
    return out


def orphan_closers(doc: Doc, pairs: list[Pair], lang: QuoteLanguage) -> list[Found]:
    """Quotes whose opening mark is missing: ``He will be missed,” she said.`` as a paragraph.

    A closing double mark that no pair used, with no other double mark between the paragraph
    start and it, closes a quote that runs from the paragraph start when the text before it
    ends a sentence or a clause (``.,!?…``) and an attribution or the paragraph end follows.
    """
    text = doc.text
    cue_after_quote = lang.cue_after_quote
    used = {pr.open for pr in pairs} | {pr.close for pr in pairs}
    out: list[Found] = []
    doubles = [i for i in doc.marks if text[i] in DOUBLE]  # every double mark is pairable
    for ps, pe in doc.paras:
        k = bisect.bisect_left(doubles, ps)  # the paragraph's first double mark
        if k == len(doubles) or doubles[k] >= pe:
            continue
        c = doubles[k]
        if c in used or mark_role(text, c, ps, pe)[1] != "close":
            continue
        cs, ce = content_span(text, ps, c)
        content = text[cs:ce]
        if not content or content[-1] not in ".,!?…" or not THREE_WORDS.search(content):
            continue
        if not (content[:1].isupper() or content[:1].isdigit()):
            continue
        end = sentence_end(text, c + 1, pe)
        after = text[c + 1 : end]
        ti, tj = doc.tok_index(c + 1), doc.tok_index(end)
        found = cue_after_quote(doc.toks, ti, tj, doc.hits_between(ti, tj)) if after.strip() else None
        if after.strip() and found is None:
            continue
        attr = doc.attr(found[0], found[1], "cue_after") if found else None
        out.append(Found(cs, ce, "direct", attr, attr.rule if attr else "none"))
    return out


def _is_scare(doc: Doc, attr: Attr, pos: int) -> bool:
    """A short fragment far from its cue is more likely a scare quote than the speaker's word."""
    ti, tj = doc.tok_index(attr.cue_end), doc.tok_index(pos)
    return tj - ti > 10
