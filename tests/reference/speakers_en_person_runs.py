"""``person_runs`` of ``discourse/extract/speakers/lang/en_names.py`` at 304eecc (before speed
pass twenty-five): both patterns were run over every stretch, also one holding fewer than two
capitals A-Z. Only the name changed; the patterns and word sets are read from the package."""

from __future__ import annotations

from discourse.extract.speakers.lang.en_names import (
    _NOT_BEFORE_NAME,
    _NOT_NAME,
    _PERSON_RUN,
    _SENTENCE_OPENERS,
    _TITLE_SURNAME,
    TITLES,
)


def reference_person_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of capitalised runs of two to four words in ``text[start:end]`` that may be a
    person's name ("Dave Meltzer"): no title, organisation, place or date word; titles before
    the name are left out ("Senator Jane Roe" gives "Jane Roe"), and a title before a surname
    alone gives the surname ("Prime Minister Ardern")."""
    out = []
    for m in _PERSON_RUN.finditer(text, start, end):
        words = m.group().split()
        # "Senator Jane Roe": the name after the title
        lead = 0
        while lead < len(words) - 2 and (words[lead].lower() in TITLES
                                         or words[lead].lower() in _SENTENCE_OPENERS):
            lead += 1
        if not _NOT_NAME.isdisjoint(w.lower() for w in words[lead:]):
            continue
        if words[lead].lower() in _SENTENCE_OPENERS:
            continue  # "As Gianforte", "When Biden": an opener and a surname, no two-word name
        if _NOT_BEFORE_NAME.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the Nevada Independent", "in Vermont", "on Independence Day"
        if text.startswith(("'s", "’s"), m.end()):
            continue  # "Democratic Party's": a possessive names an organisation as often
        a = m.start() + len(" ".join(words[:lead])) + (1 if lead else 0)
        # "Hillary Clinton’s denunciation": the name without the possessive
        b = m.end() - 2 if m.group().endswith(("'s", "’s")) else m.end()
        out.append((a, b))
    # "Prime Minister Ardern": a title before a surname alone (not "Mr."/"Ms.": a person of the
    # other gender would then take a pronoun, names carry no gender here)
    for m in _TITLE_SURNAME.finditer(text, start, end):
        if m.group(1).lower() not in _NOT_NAME:
            out.append(m.span(1))
    return sorted(set(out))
