"""The function words the stance rules read, per language (:mod:`discourse.measure.stance`).

A language provides its rules as one :class:`StanceLanguage` object in :data:`LANGUAGES`:
negators, contrast words, the passive, agent markers, and the small syntax the rules read without
a parser (the Russian genitive as a doer, possessives and demonyms as owners, conjunctions that
end an object). Shared code never branches on the language; a language without an entry is read
by the English rules. Lexicon entries and target patterns are data (``data/targets.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from discourse.measure import russian
from discourse.text.lang import language_of

__all__ = ["ENGLISH", "LANGUAGES", "RUSSIAN", "StanceLanguage", "stance_language"]


@dataclass(frozen=True)
class StanceLanguage:
    """The function words the stance rules read, for one language.

    Attributes
    ----------
    negators : frozenset of str
        Words that flip an evaluative word among the three tokens after them.
    contrast : frozenset of str
        Words that split a clause into a weaker part before and a stronger part after them.
    be_forms : frozenset of str
        Auxiliaries of the passive ("was condemned").
    agent_markers : frozenset of str
        Words that introduce the agent of a passive or of an action noun ("by", "from"): a
        directional word never applies to the mention after them.
    participle_suffixes : tuple of str
        Endings of passive participles.
    doer_after_noun : callable or None
        Tells, from the mention's first word, whether a mention right after an action noun is
        its doer: the Russian genitive ("агрессия России" is Russia's aggression, "помощь
        американским военным" is help to them; English needs "Russia's aggression" or "by").
    doer_or_victim : frozenset of str
        Words that introduce either the doer or the victim of an action noun ("the invasion of
        Russia"): a mention right after one is neither's (module docstring, step 3).
    owner : callable or None
        Tells, from a mention's last word, whether it names the owner of the word after it: a
        possessive or a demonym adjective ("the West's sanctions", "Western sanctions"). An
        attitude or act named right after an owner is the owner's own, so it does not separate
        the owner from what the clause says of it ("Western sanctions are illegal").
    modals : frozenset of str
        Modal verbs of obligation: a demand verb counts only one or two words after one ("must
        withdraw", "should immediately stop"); a language without them reads no demands.
    perfect : frozenset of str
        Auxiliaries of the perfect ("has supported"): a participle after one is the subject's
        own act.
    links : frozenset of str
        Conjunctions and relative words that start another clause or phrase: a mention after one
        is not the object of an act before it ("separated by occupation because Putin decided").
    """

    negators: frozenset[str]
    contrast: frozenset[str]
    be_forms: frozenset[str]
    agent_markers: frozenset[str]
    participle_suffixes: tuple[str, ...]
    doer_after_noun: Callable[[str], bool] | None = None
    doer_or_victim: frozenset[str] = frozenset()
    owner: Callable[[str], bool] | None = None
    modals: frozenset[str] = frozenset()
    perfect: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()

    def is_negator(self, tok: str) -> bool:
        return tok in self.negators or tok.endswith("n't")


ENGLISH = StanceLanguage(
    negators=frozenset(
        """not no never none nobody nothing neither nor without cannot non hardly barely
        aint isnt arent wasnt werent dont doesnt didnt cant couldnt wont wouldnt shouldnt
        neednt mustnt hasnt havent hadnt""".split()
    ),
    contrast=frozenset({"but", "however"}),
    be_forms=frozenset({"is", "are", "was", "were", "be", "been", "being", "am"}),
    agent_markers=frozenset({"by", "from"}),
    participle_suffixes=("ed",),
    doer_or_victim=frozenset({"of"}),
    modals=frozenset({"must", "should", "ought"}),
    perfect=frozenset({"has", "have", "had"}),
    owner=re.compile(r"(?:'s|s')$|^(?:western|russian|american|belarusian|european)$").search,
    links=frozenset("""and or but because since as while when whereas if unless until after before
        that which who whom whose where so then""".split()),
)
# Russian: "не" before a verb or adjective negates it; the passive is a short participle
# (осуждён, поддержана, убиты), after "был/была/были" when it is in the past; the agent of an
# action noun follows "со стороны" or "от" ("агрессия со стороны России", "помощь от ЕС").
RUSSIAN = StanceLanguage(
    negators=frozenset({"не", "ни", "нет", "без", "никогда", "нельзя", "отнюдь"}),
    contrast=frozenset({"но", "однако", "зато"}),
    be_forms=frozenset({"был", "была", "было", "были", "будет", "будут", "быть"}),
    agent_markers=frozenset({"стороны", "от"}),
    participle_suffixes=("н", "на", "но", "ны", "т", "та", "ты"),
    doer_after_noun=russian.is_genitive,
)
# The stance rules of each language (one entry per language; shared code never branches on it).
# A language without an entry is read by the English rules.
LANGUAGES: Mapping[str, StanceLanguage] = {"en": ENGLISH, "ru": RUSSIAN}


def stance_language(text: str, code: object = None) -> StanceLanguage:
    """The rules for language ``code`` (``None`` or empty: detected from ``text``)."""
    return LANGUAGES.get(language_of(text, code), ENGLISH)
