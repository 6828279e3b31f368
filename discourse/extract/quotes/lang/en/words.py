"""English words and word patterns the quote rules know: closed word classes, months, labels.

Data only (the rules are in the sibling modules). Closed classes: determiners, pronouns,
auxiliaries, adverbs that sit between a speaker and a cue, the irregular past tenses of speech
verbs … ; content words stay open (the rules test endings and capitals instead).
"""

from __future__ import annotations

import re
from typing import Final

# Personal and relative pronouns (re-exported as ``discourse.extract.quotes.PRONOUNS``).
PRONOUNS: Final = frozenset(
    "he she they it we i you him her them us me who his its their".split()
)

# --- closed word classes for noun-phrase grabbing (content words are open) -------------------

DETERMINERS: Final = frozenset(
    "the a an this that these those his her their its our my your some many several most "
    "all both each every other another two three four five few no one".split()
)
ADVERBS: Final = frozenset(
    """also further later earlier previously repeatedly then again once recently reportedly
    publicly separately subsequently already just only even first initially finally ultimately
    now still often frequently quickly immediately openly privately bluntly flatly simply
    clearly explicitly firmly directly has have had would will did does do had has
    emphatically angrily calmly proudly jokingly sharply specifically reportedly allegedly
    yesterday today tonight long""".split()
)
# Adverbs set off by commas between a subject and its verb ("Obama's campaign, meanwhile, said").
PARENTHETICAL_ADVERBS: Final = frozenset(
    "meanwhile however though too also instead therefore moreover nonetheless nevertheless "
    "again separately likewise meantime".split()
)
CLAUSE_STOP: Final = frozenset(
    """in on at with by from to during after before about into over under as than while when
    because since if although though but or nor so yet that which where whom whose what why how
    whether not never is was are were be been being said says told also and""".split()
)
WEEKDAYS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# Nouns after which "according to a X from/by/of Y" names Y as the source.
CARRIER_NOUNS: Final = frozenset(
    """statement release report post tweet letter message filing memo transcript spokesman
    spokeswoman spokesperson representative aide official source sources interview""".split()
)
# "According to data, ..." has no speaker: nouns that never speak.
NON_SPEAKERS: Final = frozenset(
    """data figures statistics estimates estimate forecasts forecast polls poll survey surveys
    calculations projections records record documents results census research analysis
    study studies models model findings evidence""".split()
)
# Verbs that attribute a fragment to someone without a reporting verb ("called X a 'Y'").
NAMING_VERBS: Final = frozenset(
    """called calls calling dubbed dubs labeled labelled labels branded brands termed terms
    described describes describing referred refers characterized characterised deemed
    slammed praised accused accuses""".split()
)
# Frequent irregular past tenses: a finite verb that the "-ed" test misses ("Murray paid …").
IRREGULAR_PAST: Final = frozenset(
    """paid gave took made went came got knew thought saw found left kept held brought bought
    began became ran won lost sent spent built meant felt met sold stood understood wrote
    spoke broke chose drove fell fought forgot grew hid rose shook shot sat slept stole struck
    threw wore withdrew overran overtook undertook upheld withheld overcame led fled sank
    sought caught taught drew flew froze hung lent rode slid stuck swam tore woke
    dealt""".split()
)
AUX: Final = frozenset(
    """is was are were be been being am will would can could should shall may might must has
    have had do does did cannot won't can't don't doesn't didn't isn't wasn't aren't weren't
    wouldn't couldn't shouldn't it's i'm we're they're he's she's there's that's i've we've""".split()
)
# A subject pronoun fused with its auxiliary ("they're", "she'd", "it’s"; straight and curly
# apostrophe): a clause opens with it, and a cue form before it is a verb ("said they're").
PRONOUN_CONTRACTIONS: Final = frozenset(
    p + apo + aux
    for p in ("i", "you", "he", "she", "it", "we", "they", "there", "that")
    for apo in ("'", "’")
    for aux in ("s", "re", "m", "d", "ll", "ve")
)
# Words before a cue form that make it a noun ("the report", "a claim", "his remarks").
NOUN_MARKERS: Final = frozenset(
    """the a an this these those his her their its our my your whose every each any no other
    various numerous multiple respective such recent previous similar new another several
    two three four five six seven eight nine ten eleven twelve fifteen sixteen twenty fifty
    hundred""".split()
)
# Prepositions before a bare cue form make it a noun or an adjective ("for snap elections",
# "a process of review"), never a verb.
PREPOSITIONS_BEFORE_NOUN: Final = frozenset("for of in on at by with from into about under".split())
SUBJECT_PRONOUNS: Final = frozenset("he she they it we i you who".split())
OBJECT_PRONOUNS: Final = frozenset("him her them us me it you".split())
# Past tenses of speech-like verbs that the "-ed" test misses ("“…,” she swore.").
SAY_IRREGULAR: Final = frozenset(
    """said told wrote spoke put swore sang bit read shot cried""".split()
)

# --- embedded posts and transcript lines ------------------------------------------------------

_MONTHS: Final = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# The signature line under an embedded post: "- Jane Doe (@jdoe) May 1, 2020".
POST_SIGNATURE: Final = re.compile(
    r"[-—–]{1,2}[ \t]*(?P<name>[^\W\d_][^\n()@]{0,60}?)[ \t]*\((?P<handle>@\w{1,30})\)"
    r"[ \t]*(?:(?:" + _MONTHS + r")\.?[ \t]+\d{1,2},?[ \t]+\d{4})?[ \t]*$"
)
# A paragraph that talks about the post ("wrote on Twitter") introduces it; it is not the post.
POST_REFERENCE: Final = re.compile(
    r"\b(?:twitter|tweet(?:ed|s)?|posted|wrote|facebook|instagram|telegram|message)\b",
    re.IGNORECASE,
)
# Capitalised labels that head a line but name nobody.
NOT_SPEAKER_LABELS: Final = frozenset(
    """UPDATE UPDATED NOTE EDITOR'S CORRECTION WATCH READ RELATED PHOTOS PHOTO VIDEO BREAKING
    EXCLUSIVE CLOSE ADVERTISEMENT SOURCE SOURCES CREDIT WARNING ALERT LIVE ANALYSIS OPINION
    SUBSCRIBE SIGN FOLLOW MORE SEE ALSO PLUS TIP TIPS FACT CHECK""".split()
)
# A transcript line: "TRUMP: We want …", "UNIDENTIFIED PROTESTERS: …" (capitals, up to 4 words).
SPEAKER_LABEL: Final = re.compile(r"([A-Z][A-Z'’.\-]*(?: [A-Z][A-Z'’.\-]*){0,3}):[ \t]+(?=\S)")
# The characters a label opens with (capitals), and those that can follow its first: capitals,
# ' ’ . -, a space, the colon. A paragraph opening otherwise is not tried with SPEAKER_LABEL.
LABEL_FIRST: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
LABEL_SECOND: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ'’.-: ")

# Nouns a "that" clause completes ("in response to suggestions that P"): that "that" is the
# noun's, not a verb of saying's before them. (Not the documents a cue is given in: "said in his
# report that P", "in a statement that".)
NOUNS_BEFORE_THAT: Final = frozenset("""suggestion suggestions claim claims allegation allegations
    concern concerns fear fears criticism speculation rumor rumors rumours fact idea notion
    belief hope hopes""".split())
