"""Reference: mention finding and the trie builder as first written (a copy; see README.md).

One pattern opening with a lookbehind over the whole text, every long word tested for a fuzzy
match, no caches (``ActorRegistry.find_mentions`` before 05cc2e4); the trie builder with one
recursive call per element (before ``discourse.text.trie_pattern``). Copied from
``tests/extract/test_speakers_speed_equivalence.py`` at e650700; only its imports and the
registry's attribute paths (now ``registry.alias_lookup`` and ``registry.mention_finder``)
changed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from discourse.extract.actors import ActorMention, ActorRegistry, normalise_name
from discourse.extract.actors.forms import CYRILLIC
from discourse.extract.actors.mentions import (
    LONG_WORD,
    case_ok,
    first_name_before,
    pattern_elements,
    stem_sequences,
)
from discourse.extract.actors.names import fold, lower_same_length
from discourse.text import trie_pattern
from tests.reference.actors_lookup import ref_fuzzy


def alias_sequences(reg: ActorRegistry) -> list[tuple[str, ...]]:
    """The regex elements of every alias of the registry and of the stems of the case forms
    of its Cyrillic aliases, as the alias regex with the forms is built from."""
    return [e for a in reg.actors for alias in (a.name, *a.aliases)
            if (e := pattern_elements(alias))] + stem_sequences(
                [group for group, _ in reg.mention_finder._form_groups()])


def trie_pattern_reference(sequences) -> str:
    """The trie builder as first written: one recursive call per element."""
    root: dict = {}
    for seq in sequences:
        node = root
        for elem in seq:
            node = node.setdefault(elem, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [elem + emit(node[elem]) for elem in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = "(?:" + body + ")?"
        return body

    return emit(root)


def single_pattern(reg: ActorRegistry) -> re.Pattern[str]:
    """The alias regex as one pattern opening with a lookbehind."""
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(alias_sequences(reg)) + r")(?![\w]|-\w)")


def ref_find_mentions(reg: ActorRegistry, single: re.Pattern[str], text: str,
                      day: dt.date | None) -> list[ActorMention]:
    """One lookbehind pattern over the whole text, then every long word tested."""
    lookup, finder = reg.alias_lookup, reg.mention_finder
    finder.regex(cyrillic=True)  # fills finder.case (with the case forms: single_pattern has them)
    folded = fold(text)
    lowered = lower_same_length(folded)
    mentions, starts, ends = [], [], []
    for m in single.finditer(lowered):
        start, end = m.span()
        if m.group().endswith(".") and m.group().count(".") == 1:
            end -= 1
        key = normalise_name(lowered[start:end])
        actor = lookup.by_key.get(key)
        if actor is None:
            continue
        if not any(case_ok(t, folded[start:end], organisation=o) for t, o in finder.case[key]):
            continue
        # the namesake rule of the package (not a scanning algorithm: applied as it is)
        low = lowered[start:end]
        if (actor.kind == "person" and " " not in low and CYRILLIC.match(low)
                and finder._namesake(actor, first_name_before(folded, start))):
            continue
        mentions.append(ActorMention(start, end, text[start:end], actor))
        starts.append(start)
        ends.append(end)
    for m in LONG_WORD.finditer(folded):
        word = m.group()
        if not word[0].isupper():
            continue
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < ends[k]:
            continue
        token = word.lower()
        actor = None
        if token not in lookup.by_key and token not in lookup.vocabulary:
            actor = ref_fuzzy(reg, [token], lookup.person_tokens, day)
        if actor is not None and not (  # the namesake rule again, for a near spelling
                actor.kind == "person" and CYRILLIC.match(word)
                and finder._namesake(actor, first_name_before(folded, m.start()))):
            mentions.append(ActorMention(m.start(), m.end(), text[m.start():m.end()], actor))
    mentions.sort(key=lambda x: (x.start, x.end))
    return mentions
