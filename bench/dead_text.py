"""How much of the peer corpora can hold no attribution, and what a run spends on it (issue 14,
speed pass sixteen).

Run: ``.venv/bin/python bench/dead_text.py share|cost|cut [--repeat N]`` (needs ``../shared``:
the English Wikinews texts and the NewsMTSC sentences, ten a document, as
``quotes_speed.py peer`` reads them). Writes ``bench/out/dead_text_<mode>.json``.

A sentence (``discourse.text.sentence_spans`` of each paragraph) is **live** when it holds
something a pass of the English rules starts from: a quotation mark of any kind (``marks.
PAIRABLE``: an apostrophe inside a word is none), a cue occurrence of the lexicon (the
language's ``find_cues``: verbs of saying in any form, "according to", "quoted X as saying"), a
word of the English extra passes (the naming verbs, the nouns of saying), a colon (labels,
transcripts, "Q:"), a dash (signature lines, "— Name", the dialogue dash) or an interview label
``((Name))``; every other sentence is **dead**. A paragraph is dead when all its sentences are.

- ``share``: characters, sentences and paragraphs that are dead, and why the live ones live.
- ``cost``: CPU seconds of each part of a run (in process, best of ``--repeat``) on the texts
  as they are, on the same texts with every dead sentence blanked (each character but a line
  break replaced by a space: offsets and paragraphs stay), and with the dead sentences blanked
  but those next to a live one; and in how many texts ``_document_rows`` still gives the same
  rows. The differences bound the work spent on dead text (a measurement, not a cut: the
  sentences are found with the tokens, whose cost is the bulk of that work).
- ``cut``: what a C-level prefilter before the document model could do (:func:`prefilter`: one
  regex over the lower-cased text for every lexicon form, mark, colon, dash and label): the
  share of characters in paragraphs it finds nothing in (alone, and with their neighbours), its
  cost, the document model on the texts with those paragraphs blanked, and whether the rows
  stay the same.
"""

from __future__ import annotations

import bisect
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quotes_speed  # noqa: E402  (the peer corpora)

from discourse.extract.quotes import load_cues  # noqa: E402
from discourse.extract.quotes.document import Doc  # noqa: E402
from discourse.extract.quotes.lang import LANGUAGES  # noqa: E402
from discourse.extract.quotes.lang.en.naming import _FORMS  # noqa: E402
from discourse.extract.quotes.lang.en.nouns import NOUN_CUES  # noqa: E402
from discourse.extract.quotes.marks import PAIRABLE  # noqa: E402
from discourse.extract.quotes.tokens import token_columns  # noqa: E402
from discourse.text import paragraph_spans, sentence_spans  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
# the words of the English extra passes (naming verbs, nouns of saying), as whole words
_EXTRA_WORDS = re.compile(r"\b(?:" + "|".join(sorted(set(_FORMS) | NOUN_CUES, key=len,
                                                     reverse=True)) + r")\b", re.IGNORECASE)
_COLON = re.compile(r":")
_DASH = re.compile(r"[—–]|\s-{1,2}\s")
_LABEL = re.compile(r"\(\(")  # an interview label ("((Name))  answer")


def corpora() -> dict[str, list[str]]:
    """The texts of ``quotes_speed.py peer``: Wikinews EN, NewsMTSC ten sentences a text."""
    sentences = quotes_speed._newsmtsc_sentences()
    return {"wikinews_en": [t for _, t in quotes_speed._wikinews_texts()],
            "newsmtsc": [" ".join(sentences[k:k + 10]) for k in range(0, len(sentences), 10)]}


def reasons(text: str, ss: int, se: int, hit_starts: list[int]) -> list[str]:
    """Why the sentence ``[ss, se)`` is live (empty: dead)."""
    why = []
    if PAIRABLE.search(text, ss, se):  # a quotation mark (not an apostrophe inside a word)
        why.append("mark")
    k = bisect.bisect_left(hit_starts, ss)
    if k < len(hit_starts) and hit_starts[k] < se:
        why.append("cue")
    for name, pat in (("extra_word", _EXTRA_WORDS), ("colon", _COLON), ("dash", _DASH),
                      ("label", _LABEL)):
        if pat.search(text, ss, se):
            why.append(name)
    return why


def dead_sentences(text: str, lex, lang) -> tuple[list[tuple[int, int]], list[tuple[int, int]],
                                                   list[list[str]]]:
    """(dead sentences, all sentences, their reasons) of one text."""
    doc = Doc(text, lex, lang.find_cues)
    hit_starts = [doc.toks.starts[h[0]] for h in doc.hits]
    sents, whys, dead = [], [], []
    for ps, pe in paragraph_spans(text):
        for ss, se in sentence_spans(text[ps:pe]):
            ss, se = ss + ps, se + ps
            why = reasons(text, ss, se, hit_starts)
            sents.append((ss, se))
            whys.append(why)
            if not why:
                dead.append((ss, se))
    return dead, sents, whys


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span's characters but line breaks replaced by spaces."""
    parts, last = [], 0
    for s, e in spans:
        parts.append(text[last:s])
        parts.append(re.sub(r"[^\n]", " ", text[s:e]))
        last = e
    parts.append(text[last:])
    return "".join(parts)


def share() -> dict:
    lex, lang = load_cues(), LANGUAGES["en"]
    out = {}
    for name, texts in corpora().items():
        c = {"texts": len(texts), "chars": 0, "sentences": 0, "dead_sentences": 0,
             "dead_sentence_chars": 0, "paragraphs": 0, "dead_paragraphs": 0,
             "dead_paragraph_chars": 0, "dead_texts": 0, "live_by": {}}
        for text in texts:
            dead, sents, whys = dead_sentences(text, lex, lang)
            c["chars"] += len(text)
            c["sentences"] += len(sents)
            c["dead_sentences"] += len(dead)
            c["dead_sentence_chars"] += sum(e - s for s, e in dead)
            c["dead_texts"] += len(dead) == len(sents)
            for why in whys:
                for w in why:
                    c["live_by"][w] = c["live_by"].get(w, 0) + 1
            dead_set = set(dead)
            for ps, pe in paragraph_spans(text):
                c["paragraphs"] += 1
                inner = [s for s in sents if ps <= s[0] < pe]
                if all(s in dead_set for s in inner):
                    c["dead_paragraphs"] += 1
                    c["dead_paragraph_chars"] += pe - ps
        c["dead_sentence_char_share"] = round(c["dead_sentence_chars"] / c["chars"], 3)
        c["dead_sentence_share"] = round(c["dead_sentences"] / c["sentences"], 3)
        c["dead_paragraph_char_share"] = round(c["dead_paragraph_chars"] / c["chars"], 3)
        out[name] = c
        print(name, json.dumps(c), flush=True)
    return out


def _best(f, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        f()
        best = min(best, time.process_time() - t)
    return round(best, 4)


def cost(repeat: int = 3) -> dict:
    """Each part of a run on the texts and on their live part only (dead sentences blanked)."""
    from discourse.extract.actors import load_actors
    from discourse.extract.attributed import attributed_columns
    from discourse.extract.quotes.document_rows import document_rows as _document_rows
    from discourse.text import sentence_spans as split

    lex, lang = load_cues(), LANGUAGES["en"]
    registry = load_actors(None)
    out = {}
    for name, texts in corpora().items():
        live, near, same = [], [], {"live": 0, "live_and_neighbours": 0}
        for t in texts:
            dead, sents, _ = dead_sentences(t, lex, lang)
            live.append(blanked(t, dead))
            # a dead sentence next to a live one kept (the rules read the sentence before a
            # report or a quote, and the one after)
            gone = set(dead)
            near.append(blanked(t, [s for k, s in enumerate(sents) if s in gone and (
                k == 0 or sents[k - 1] in gone) and (k + 1 == len(sents) or sents[k + 1] in gone)]))
            rows = [r[:2] + r[3:] for r in _document_rows(t, lex, lang)]
            for side, b in (("live", live[-1]), ("live_and_neighbours", near[-1])):
                same[side] += rows == [r[:2] + r[3:] for r in _document_rows(b, lex, lang)]
        res: dict = {"texts_with_the_same_rows": {k: f"{v}/{len(texts)}" for k, v in same.items()},
                     "blanked_char_share": {
                         "live": round(sum(b.count(" ") - t.count(" ") for b, t in zip(
                             live, texts, strict=True)) / sum(map(len, texts)), 3),
                         "live_and_neighbours": round(sum(b.count(" ") - t.count(" ") for b, t in zip(
                             near, texts, strict=True)) / sum(map(len, texts)), 3)}}
        for side, ts in (("all", texts), ("live", live), ("live_and_neighbours", near)):
            parts = {
                "paragraphs": lambda ts=ts: [paragraph_spans(t) for t in ts],
                "tokens": lambda ts=ts: [token_columns(t) for t in ts],
                "marks": lambda ts=ts: [[m.start() for m in PAIRABLE.finditer(t)] for t in ts],
                "sentences (every paragraph)": lambda ts=ts: [
                    [split(t[ps:pe]) for ps, pe in paragraph_spans(t)] for t in ts],
            }
            docs = [Doc(t, lex, lang.find_cues) for t in ts]
            toks = [d.toks for d in docs]
            parts["cue scan"] = lambda toks=toks: [lang.find_cues(k, lex) for k in toks]
            parts["document model (Doc)"] = lambda ts=ts: [Doc(t, lex, lang.find_cues)
                                                           for t in ts]
            parts["extraction (_document_rows)"] = lambda ts=ts: [
                _document_rows(t, lex, lang) for t in ts]
            arts = [{"doc_id": f"d{k}", "text": t, "lang": "en"} for k, t in enumerate(ts)]

            def whole(arts=arts):
                attributed_columns(arts, actors=registry, cues=lex)
                registry.clear_caches()
            parts["extraction + attribution"] = whole
            res[side] = {k: _best(f, repeat) for k, f in parts.items()}
        res["attribution_all"] = round(res["all"]["extraction + attribution"]
                                       - res["all"]["extraction (_document_rows)"], 4)
        res["attribution_live"] = round(res["live"]["extraction + attribution"]
                                        - res["live"]["extraction (_document_rows)"], 4)
        out[name] = res
        print(name, json.dumps(res, indent=1), flush=True)
    return out


def _trie(words: set[str]) -> str:
    """A regex matching exactly ``words``, factored by their prefixes (the engine follows one
    branch per character instead of trying every word)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def rx(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + rx(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body
    return rx(root)


def prefilter(lex) -> re.Pattern:
    """The cheapest C-level test found for "can hold an attribution": a regex over the
    lower-cased text for every form of the lexicon (a multi-word form whole: its first words
    "in", "it", "is", "was", "as" open most sentences), the naming verbs and nouns of saying and
    "quoted", and for every quotation mark (not an apostrophe inside a word), colon, dash and
    interview label."""
    words = ({f for cue in lex.cues for f in cue.forms} | set(_FORMS) | NOUN_CUES
             | {"quoted", "quotes", "quoting", "quote"})
    return re.compile(r"[\"“”„«»‘‚‹›:—–]|(?<![^\W_])['’]|['’](?![^\W_])|\s-{1,2}\s|\(\(|\b"
                      + _trie(words) + r"\b")


def live_paragraphs(text: str, pattern: re.Pattern, margin: int = 1) -> list[tuple[int, int]]:
    """The dead paragraphs of ``text`` by ``pattern`` (no candidate in them, nor in the
    ``margin`` paragraphs before and after: the rules read the sentence before a report and the
    paragraph around a quote)."""
    low = text.lower()
    paras = paragraph_spans(text)
    live = [pattern.search(low, ps, pe) is not None for ps, pe in paras]
    n = len(paras)
    near = [any(live[max(0, k - margin):k + margin + 1]) for k in range(n)]
    return [p for p, keep in zip(paras, near, strict=True) if not keep]


def cut(repeat: int = 3) -> dict:
    """The cut a prefilter allows: every paragraph without a candidate (and without one in its
    neighbours) blanked before the document model. CPU s of (prefilter + Doc on the blanked
    text) against Doc on the text, best of ``repeat``, and whether ``_document_rows`` gives the
    same rows (offsets, kinds, cues, rules) on the blanked texts."""
    from discourse.extract.quotes.document_rows import document_rows as _document_rows

    lex, lang = load_cues(), LANGUAGES["en"]
    pattern = prefilter(lex)
    out = {}
    for name, texts in corpora().items():
        res: dict = {}
        for margin in (0, 1):
            dead = [live_paragraphs(t, pattern, margin) for t in texts]
            blank = [blanked(t, d) for t, d in zip(texts, dead, strict=True)]
            same = 0
            for t, b in zip(texts, blank, strict=True):
                key = [(r[0], r[1], r[3], r[6], r[7], r[8], r[9], r[10], r[11])
                       for r in _document_rows(t, lex, lang)]
                same += key == [(r[0], r[1], r[3], r[6], r[7], r[8], r[9], r[10], r[11])
                                for r in _document_rows(b, lex, lang)]
            res[f"margin_{margin}"] = {
                "dead_paragraph_char_share": round(
                    sum(e - s for d in dead for s, e in d) / sum(map(len, texts)), 3),
                "texts_with_the_same_rows": f"{same}/{len(texts)}",
                "prefilter_s": _best(lambda texts=texts, margin=margin: [
                    live_paragraphs(t, pattern, margin) for t in texts], repeat),
                "doc_on_blanked_s": _best(lambda blank=blank: [Doc(b, lex, lang.find_cues)
                                                               for b in blank], repeat),
            }
        res["doc_s"] = _best(lambda texts=texts: [Doc(t, lex, lang.find_cues) for t in texts], repeat)
        res["prefilter_search_only_s"] = _best(
            lambda texts=texts: [list(pattern.finditer(t.lower())) for t in texts], repeat)
        out[name] = res
        print(name, json.dumps(res, indent=1), flush=True)
    return out


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "share"
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    result = {"share": share, "cost": lambda: cost(repeat), "cut": lambda: cut(repeat)}[mode]()
    OUT.mkdir(exist_ok=True)
    (OUT / f"dead_text_{mode}.json").write_text(json.dumps(result, indent=1) + "\n",
                                                 encoding="utf-8")


if __name__ == "__main__":
    main()
