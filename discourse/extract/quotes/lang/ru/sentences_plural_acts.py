"""A fragment in marks after a speech act in the plural or after «повелеть»: ``они требуют
«отделить деньги от политики»``, ``Альберт II повелел оказать «всемерную помощь …»``.

:func:`.mainclause.fragment_subjects` gives an unattributed fragment the subject of the speech
act before it (обещать, призывать, требовать …) when the verb is a singular past or present
(``-л``, ``-ла``, ``-ет``, ``-ит``): a plural subject (``они требуют``, ``депутаты
потребовали``) is left with none, though a plural verb agrees with its subject as a singular
one does, and «повелеть» (to command: a speech act whose object the fragment is) is not in the
speech-act stems. This revision, right after it, reads those two: a plural form (``-ют``,
``-ут``, ``-ят``, ``-ат``, ``-ли``) of a speech-act verb, or any finite form of «повелеть». The
subject must still be named as there (a capitalised word or a subject pronoun): a common noun
inside the sentence (``сегодня демонстранты требуют``) is too weak to carry a statement; and it
must be able to stand in the nominative: a plural with no subject is indefinite-personal
(``Британцев призвали не дотрагиваться до «…»``: the object before it is whom they address).

Before: ``Found(kind="partial", attr=None)``. After: ``attr`` with the verb as cue and its named
subject as mention (rule ``cue_before``); unchanged when no such verb or subject is found.
"""

from __future__ import annotations

from discourse.extract.actors.forms import CYRILLIC
from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.mainclause import act_subject, is_speech_act
from discourse.extract.quotes.lang.ru.morph import maybe_nominative
from discourse.extract.quotes.tokens import cap
from discourse.text import sentence_start

__all__ = ["plural_acts"]

# Plural endings of finite verbs: present (требуют, просят, кричат) and past (потребовали).
_PLURAL = ("ют", "ут", "ят", "ат", "ли")
# Finite forms of «повелеть» (повелел, повелела, повелели, повелевает); not «повёл» (led).
_COMMANDING = ("повелел", "повелит", "повелев")
_STOPS = frozenset(";:!?.")


def _verb(low: str) -> bool:
    """A plural speech act (требуют, потребовали) or a form of «повелеть»."""
    return low.startswith(_COMMANDING) or is_speech_act(low) and low.endswith(_PLURAL)


def plural_acts(doc: Doc, found: list[Found]) -> list[Found]:
    """Give an unattributed fragment in marks the named subject of a plural speech act or of
    «повелеть» before it in its sentence; the rest unchanged."""
    toks = doc.toks
    words, lows, starts, ends = toks.words, toks.lows, toks.starts, toks.ends
    out: list[Found] = []
    for f in found:
        if f.kind != "partial" or f.attr is not None:
            out.append(f)
            continue
        ps, _ = doc.para_of(f.start)
        ti, a = doc.tok_index(sentence_start(doc.text, ps, f.start)), doc.tok_index(f.start)
        # the nearest verb before the fragment (a nearer finite verb of saying was read before)
        v = next((m for m in range(a - 1, ti, -1) if not cap(words[m]) and _verb(lows[m])), -1)
        if v < 0 or any(w in _STOPS for w in words[v:a]):
            out.append(f)
            continue
        span = act_subject(toks, v, ti)
        if span is None or CYRILLIC.search(lows[span[0]]) and not maybe_nominative(lows[span[0]]):
            # «Британцев призвали не …»: a plural with no subject is indefinite-personal, and the
            # object before it (no nominative) is whom they address
            out.append(f)
            continue
        attr = Attr(words[v].lower(), starts[v], ends[v], starts[span[0]], ends[span[1] - 1],
                    "cue_before")
        out.append(Found(f.start, f.end, f.kind, attr, "cue_before", f.parent))
    return out
