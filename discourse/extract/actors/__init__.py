"""The actor registry: mention -> canonical actor -> camp, aware of dates.

``data/actors.yaml`` lists the people and organisations that speak in the news we analyse, with
their spellings, the roles they held (and when), and the phrases that can refer to them ("the
Kremlin spokesman", "the head of the Ministry of Finance"). :func:`load_actors` reads and
validates it into an :class:`ActorRegistry`, which answers four questions:

- *who is this name?* :meth:`ActorRegistry.lookup` — case-, diacritics-, punctuation- and
  title-insensitive alias match ("Mr. Putin", "Linkevicius"; a Cyrillic name in any case:
  "Пескову", "В. Путина"), then a strict fuzzy match for transliteration variants
  ("Tihanovskaya");
- *who is mentioned in this text?* :meth:`ActorRegistry.find_mentions` — one compiled regex over
  the text (built once per registry), longest match wins, offsets into the text as given;
- *can this description refer to that actor?* :meth:`ActorRegistry.compatible` and
  :meth:`ActorRegistry.resolve_description` — head-noun matching of role descriptions;
- *which camp does the actor speak for on that date?* :meth:`ActorRegistry.camp_of`.

:func:`resolve_actors` applies the registry to a statements table (speeches with a known speaker).

Role dates follow the usual convention of reference works: ``start`` is the first day in office
and ``end`` the day the successor took over, so a role is active on ``start <= day < end``.

One module per job, bottom to top (each imports only those above it in this list):

- ``stored``: derived data kept on disk between runs (alias patterns, case forms, lemmas);
- ``forms``: Russian word forms (case forms of names, lemmas of description words);
- ``model``: the data classes :class:`Role`, :class:`Actor`, :class:`ActorMention`;
- ``names``: folding and :func:`normalise_name`, stemmed tokens of phrases;
- ``cache``: the bounded caches every part keeps;
- ``roles``: reading dates, roles held and camps on a date;
- ``lookup``: the alias index and fuzzy name lookup;
- ``mentions``: the alias regex and mention finding;
- ``descriptions``: matching role descriptions to actors;
- ``media``: the media test;
- ``registry``: :class:`ActorRegistry`, which holds one part per job;
- ``schema``: the YAML schema and its validation (pydantic, imported only to validate);
- ``load``: :func:`load_actors`, :func:`resolve_actors`.
"""

from discourse.extract.actors.load import load_actors, resolve_actors
from discourse.extract.actors.model import Actor, ActorMention, Role
from discourse.extract.actors.names import normalise_name
from discourse.extract.actors.registry import ActorRegistry

__all__ = [
    "Actor",
    "ActorMention",
    "ActorRegistry",
    "Role",
    "load_actors",
    "normalise_name",
    "resolve_actors",
]
