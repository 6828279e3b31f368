"""Pass 2: embedded posts, quoted without quotation marks and signed below.

Shared control flow. A block of unmarked paragraphs followed by a signature line
(``- Name (@handle) Month D, YYYY``) is an ``embedded`` quote signed by that name. The signature
pattern and the words that show a paragraph only talks about a post are the language's
(``QuoteLanguage.post_signature``, ``post_reference``).

A post and its signature may also run inside one paragraph, as pages flattened to text print
them (issue 14)::

    > Sean Spicer is the new Baghdad Bob. > — Ryan Lizza (@RyanLizza) July 27, 2017 > Get it ...
    Why fight that? https://t.co/x — Chris Cuomo (@ChrisCuomo) February 21, 2018 Cooke said ...

Where the language gives ``QuoteLanguage.inline_signature`` (a signature with its handle and
date, not anchored), the post is the text before it back to the ``>`` that opens it, the end of
the previous signature or the paragraph start (320 characters at most, no quote found before in
it): ``embedded``, the name and the handle as the mention (as on a signature line), rule
``post_inline`` (the
speakers layer does not carry its signer on to the quotes after it: the story resumes there).
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.language import QuoteLanguage
from discourse.extract.quotes.marks import DOUBLE, MARKS

__all__ = ["embedded_posts"]

_MEDIA_LINE = re.compile(r"(?:pic\.twitter\.com/\S+|https?://\S+)\s*$")
INLINE_RULE = "post_inline"
_LINK = re.compile(r"(?:pic\.twitter\.com/|https?://)\S+")


def embedded_posts(
    doc: Doc, quote_spans: list[tuple[int, int]], lang: QuoteLanguage
) -> list[Found]:
    """Embedded posts: up to five unmarked paragraphs (320 characters at most) right above a
    signature line, outside the quotes found so far (``quote_spans``)."""
    text = doc.text
    signature, reference = lang.post_signature, lang.post_reference
    out: list[Found] = []
    for k, (ps, pe) in enumerate(doc.paras):
        m = signature.match(text, ps, pe) if text[ps] in "-—–" else None  # its first character
        if not m:
            continue
        body_end = -1
        body_start = -1
        total = 0
        j = k - 1
        while j >= 0 and k - j <= 5:
            qs, qe = doc.paras[j]
            para = text[qs:qe]
            if _MEDIA_LINE.fullmatch(para):
                j -= 1
                continue
            # strip a trailing media link inside the last paragraph of the post
            lm = _MEDIA_LINE.search(para)
            if lm and body_end < 0:
                qe = qs + lm.start()
                while qe > qs and text[qe - 1].isspace():
                    qe -= 1
            if (
                MARKS.search(text, qs, qe) and _has_double_marks(text, qs, qe)
                or para.rstrip().endswith(":")
                or reference.search(para)
                or any(s < qe and qs < e for s, e in quote_spans)
                or total + (qe - qs) > 320
            ):
                break
            total += qe - qs
            if body_end < 0:
                body_end = qe
            body_start = qs
            j -= 1
        if body_start < 0:
            continue
        ms, me = m.start("name"), m.end("handle") + 1
        cue = "posted"
        attr = Attr(cue, ms, ms, ms, me, "embedded_signature")
        out.append(Found(body_start, body_end, "embedded", attr, "embedded_signature"))
    if lang.inline_signature is not None and "(@" in text:
        out += _inline_posts(doc, quote_spans, lang.inline_signature, reference)
    return out


def _inline_posts(doc: Doc, quote_spans: list[tuple[int, int]], signature: re.Pattern[str],
                  reference: re.Pattern[str]) -> list[Found]:
    """Posts signed inside their paragraph (module docstring)."""
    text = doc.text
    out: list[Found] = []
    for ps, pe in doc.paras:
        if text.find("(@", ps, pe) < 0:  # no handle: no signature (nearly every paragraph)
            continue
        lo = ps
        for m in signature.finditer(text, ps, pe):
            end = m.start()
            while end > lo and (text[end - 1].isspace() or text[end - 1] == ">"):
                end -= 1  # the "> " closing the post
            opener = text.rfind(">", lo, end)
            start = opener + 1 if opener >= 0 else lo
            while start < end and text[start].isspace():
                start += 1
            body = text[start:end]
            lo = m.end()
            if (not any(c.isalpha() for c in body) or end - start > 320
                    or reference.search(_LINK.sub(" ", body))  # "pic.twitter.com/…" is no reference
                    or any(s < end and start < e for s, e in quote_spans)):
                continue
            ms, me = m.start("name"), m.end("handle") + 1  # as signature lines: "Name (@handle)"
            out.append(Found(start, end, "embedded", Attr("posted", ms, ms, ms, me, INLINE_RULE),
                             INLINE_RULE))
    return out


def _has_double_marks(text: str, s: int, e: int) -> bool:
    return any(c in DOUBLE for c in text[s:e])
