"""``org_forms`` as it was before each word's cases were cached (speed4): every name's words
parsed and inflected anew, case by case."""

from __future__ import annotations

from discourse.extract.actors.forms import CASES, CYRILLIC, _best, _like, _morph


def ref_org_forms(alias: str) -> tuple[str, ...]:
    words = alias.split()
    if not CYRILLIC.search(alias) or len(words) > 3:
        return ()
    lead: list = []
    for w in words:
        if w.isupper() or not CYRILLIC.match(w):
            break
        p = _best(_morph().parse(w.lower()))
        if p is None:
            break
        lead.append(p)
    if not lead:
        return ()
    out: list[str] = []
    for case in CASES:
        forms = []
        for w, p in zip(words, lead, strict=False):
            g = (p.inflect({case, "inan"}) if case == "accs" and p.tag.POS == "ADJF" else None
                 ) or p.inflect({case})
            forms.append(_like(w, g.word) if g is not None else w)
        f = " ".join(forms + words[len(lead):])
        if f != alias and f not in out:
            out.append(f)
    return tuple(out)
