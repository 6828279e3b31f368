"""Sample quoted statements for hand-coding of stance (issue 15). Deterministic.

Pool: hand-annotated gold quote spans (EN and RU Wikinews, the seed), UN General Debate sentences
(camp from the delegation), and quote-like sentences of the other Wikinews articles (found by a
plain regex: quotation marks or a verb of saying; not by the discourse extractor).
Stratified by source x camp and by which target a broad keyword list hints at.
"""
import json, random, re, pathlib, hashlib
import pandas as pd
SH = pathlib.Path("/work/shared"); AN = pathlib.Path("/work/annotation")
rng = random.Random(15)
KW = {
 "russia": re.compile(r"\b(russia\w*|moscow|kremlin|putin\w*|росси\w*|рф\b|москв\w*|кремл\w*|путин\w*)", re.I),
 "west": re.compile(r"\b(west\w*|europe\w*|EU|E\.U\.|nato|america\w*|U\.?S\.?A?|united states|washington|brussels|g7|запад\w*|евросоюз\w*|ЕС|европ\w*|нато|сша|америк\w*|вашингтон\w*|брюссел\w*)\b", re.I),
 "lukashenko": re.compile(r"\b(lukashenk\w*|belarus\w*|minsk|regime|лукашенк\w*|белорус\w*|беларус\w*|минск\w*|режим\w*)", re.I),
}
def hint(t): return [k for k, p in KW.items() if p.search(t)]
def context(text, s, e, n=250):
    a = max(0, s - n); b = min(len(text), e + n)
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")
units = []
# 1 gold quotes
def gold_units(lang, folder, texts):
    for f in sorted(folder.glob("*.quotes.jsonl")):
        doc = f.name[:-len(".quotes.jsonl")]
        text = (texts / f"{doc}.txt").read_text(encoding="utf-8")
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip(): continue
            q = json.loads(line)
            if q["end"] - q["start"] < 25: continue
            units.append({"source": f"wikinews_{lang}" if lang != "seed" else "seed", "lang": "ru" if lang == "ru" else "en",
                          "doc_id": doc, "start": q["start"], "end": q["end"], "text": q["text"],
                          "context": context(text, q["start"], q["end"]), "speaker": q.get("speaker") or q.get("speaker_mention") or "",
                          "camp": q.get("camp") or "unknown", "origin": "gold"})
gold_units("en", AN / "en/gold", AN / "en/texts"); gold_units("ru", AN / "ru/gold", AN / "ru/texts")
seed = (SH / "fixtures/seed_union_state.txt").read_text(encoding="utf-8")
for line in (SH / "fixtures/seed_union_state.quotes.jsonl").read_text(encoding="utf-8").splitlines():
    q = json.loads(line)
    units.append({"source": "seed", "lang": "en", "doc_id": "seed_union_state", "start": q["start"], "end": q["end"], "text": q["text"],
                  "context": context(seed, q["start"], q["end"]), "speaker": q.get("speaker") or "", "camp": q.get("camp") or "unknown", "origin": "gold"})
# 2 UN sentences
SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
meta = pd.read_csv(SH / "corpora/ungdc_2014_2024/metadata.csv")
CAMP = {"RUS": "russian_official", "BLR": "belarusian_official", "UKR": "ukrainian_official", "CHN": "other"}
for r in meta.itertuples():
    text = (SH / "corpora/ungdc_2014_2024" / r.file).read_text(encoding="utf-8")
    for m in SENT.finditer(text):
        s, e = m.span(); seg = text[s:e].strip()
        if not (60 <= len(seg) <= 400): continue
        s = text.index(seg, s); e = s + len(seg)
        units.append({"source": "un", "lang": "en", "doc_id": r.doc_id, "start": s, "end": e, "text": seg,
                      "context": context(text, s, e, 200), "speaker": r.speaker, "camp": CAMP.get(r.iso3, "western"), "origin": "un_sentence"})
# 3 other Wikinews articles: quote-like sentences by regex
gold_docs = set(pd.read_csv(AN / "en/index.csv").doc_id) | set(pd.read_csv(AN / "ru/index.csv").doc_id)
CUE = re.compile(r"[«“\"]|\b(said|says|told|according to|stated|added|заявил\w*|сообщил\w*|сказал\w*|по словам|отметил\w*|подчеркнул\w*|считает)\b", re.I)
def heuristic(lang, doc, text):
    for m in SENT.finditer(text):
        s, e = m.span(); seg = text[s:e].strip()
        if not (60 <= len(seg) <= 400) or not CUE.search(seg): continue
        s = text.index(seg, s); e = s + len(seg)
        units.append({"source": f"wikinews_{lang}", "lang": lang, "doc_id": doc, "start": s, "end": e, "text": seg,
                      "context": context(text, s, e, 200), "speaker": "", "camp": "unknown", "origin": "regex_sentence"})
for f in ["wikinews_2019.csv", "wikinews_2020.csv"]:
    df = pd.read_csv(SH / "corpora/wikinews_en" / f)
    for i, row in df.iterrows():
        doc = f"wn{f[9:13]}_{i:03d}"
        if doc not in gold_docs: heuristic("en", doc, str(row["text"]))
for p in sorted((SH / "corpora/wikinews_ru/texts").glob("*.txt")):
    if p.stem not in gold_docs: heuristic("ru", p.stem, p.read_text(encoding="utf-8"))
pool = pd.DataFrame(units)
pool["hint"] = pool["text"].map(lambda t: "+".join(hint(t)) or "none")
print(pool.groupby(["source", "origin"]).size())
# --- stratified draw
quota = {  # (source, camp-or-*): n
 ("un", "russian_official"): 30, ("un", "belarusian_official"): 25, ("un", "ukrainian_official"): 20, ("un", "western"): 40, ("un", "other"): 10,
 ("wikinews_en", "gold"): 40, ("wikinews_en", "regex_sentence"): 35,
 ("wikinews_ru", "gold"): 40, ("wikinews_ru", "regex_sentence"): 60,
 ("seed", "gold"): 20,
}
picked = []
def draw(frame, n):
    # prefer units hinting at lukashenko, then russia/west, and keep ~8% without any hint
    frame = frame.sample(frac=1.0, random_state=rng.randrange(10**6))
    with_l = frame[frame.hint.str.contains("lukashenko")]
    with_rw = frame[~frame.hint.str.contains("lukashenko") & (frame.hint != "none")]
    none = frame[frame.hint == "none"]
    k_none = max(1, round(0.08 * n)); k_l = min(len(with_l), round(0.3 * n))
    out = pd.concat([with_l.head(k_l), none.head(k_none)])
    out = pd.concat([out, with_rw.head(n - len(out))])
    if len(out) < n: out = pd.concat([out, frame[~frame.index.isin(out.index)].head(n - len(out))])
    return out.head(n)
for (src, key), n in quota.items():
    if src == "un": fr = pool[(pool.source == "un") & (pool.camp == key)]
    else: fr = pool[(pool.source == src) & (pool.origin == key)]
    picked.append(draw(fr, n))
sample = pd.concat(picked).reset_index(drop=True)
sample["unit_id"] = [f"s{idx:03d}" for idx in range(len(sample))]
# shuffle presentation order, assign dev/test (stratified by source: alternate within source)
sample = sample.sample(frac=1.0, random_state=7).reset_index(drop=True)
sample["split"] = ""
for src, g in sample.groupby("source"):
    for j, ix in enumerate(g.index): sample.loc[ix, "split"] = "dev" if j % 2 == 0 else "test"
cols = ["unit_id", "source", "lang", "doc_id", "start", "end", "speaker", "camp", "origin", "split", "hint", "text", "context"]
sample[cols].to_json(AN / "stance/units.jsonl", orient="records", lines=True, force_ascii=False)
print(len(sample)); print(sample.groupby(["source", "camp"]).size()); print(sample.hint.value_counts())
