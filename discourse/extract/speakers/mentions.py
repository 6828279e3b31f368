"""A speaker mention resolved: ``(actor, speaker name, rule)``.

The order of the tests: a handle is dropped from a signature; a pronoun goes to the most recent
compatible entity; self-references and empty descriptions stay unresolved; a medium is never a
speaker; a description is resolved by the name that heads it, else by
:meth:`~discourse.extract.speakers.resolver.Resolver.description` (recency, then evidence), else
by an organisation it names; a name through the registry, else the fullest form of the name in
the article.
"""

from __future__ import annotations

from typing import Any

from discourse.extract.speakers.resolver import Resolver

__all__ = ["is_medium", "resolve_mention", "resolve_trimmed"]


def is_medium(registry: Any, mention: str) -> bool:
    """Does the registry know ``mention`` as a medium (a channel, never a speaker)?"""
    try:
        return bool(registry.is_medium(mention))
    except Exception:  # noqa: BLE001 - a registry without media support has none
        return False


def resolve_mention(res: Resolver, mention: str, ms: int) -> tuple[Any, str | None, str]:
    """``(actor, speaker name, rule)`` for a syntactic mention at ``ms``; rule ``''`` keeps the
    syntactic one (``cue_after``, ...), ``unresolved`` when nobody is found.

    A mention with an appositive ("Tomasz Kubiak, a fire service spokesman", "his father,
    Abdullah Kurdi") is resolved part by part: the first part that names somebody wins, names
    before descriptions.
    """
    names = res.lang.coordinated_names(mention)
    if names and (len(names) > 2 or sum(res.name(n) is not None or " " in n for n in names) > 1
                  or res.lang.several_after.match(res.text, ms + len(mention))):
        # "La Riva, Hawkins, and Carroll all agreed", "Joe Biden and Kamala Harris said": several
        # speakers, none of them the speaker ("Marks and Spencer", two words the registry does
        # not know and no full name of a person among them, stays a name)
        return None, None, "unresolved"
    if "," in mention and not mention.rstrip().endswith(")"):
        parts, pos = [], 0
        for piece in mention.split(","):
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                parts.append((piece.strip(), ms + pos + lead))
            pos += len(piece) + 1
        if len(parts) > 1:
            ordered = sorted(parts, key=lambda p: res.lang.is_description(p[0]))
            for part, at in ordered:
                got = _resolve_one(res, part, at)
                if got[0] is not None or got[1] is not None:
                    return got
            return _resolve_one(res, ordered[0][0], ordered[0][1])
    return _resolve_one(res, mention, ms)


def resolve_trimmed(res: Resolver, text: str, ms: int, me: int) -> tuple[Any, str | None, str]:
    """:func:`resolve_mention` of the mention ``[ms, me)`` by its name, without the appositive
    after it ("Steve Peers of the University of Essex" is Steve Peers)."""
    # "La Riva, Hawkins, and Carroll": a list of names is no name and its appositive
    ts, te = (ms, me) if res.lang.coordinated_names(text[ms:me]) else res.lang.trim_mention(
        text, ms, me)
    return resolve_mention(res, text[ts:te], ts)


def _resolve_one(res: Resolver, mention: str, ms: int) -> tuple[Any, str | None, str]:
    """:func:`resolve_mention` of a mention without an appositive."""
    lang = res.lang
    # "Linas Linkevicius (@LinkeviciusL)": the name before the handle
    if "@" in mention:
        mention = lang.trailing_handle.sub("", mention) or mention
    low = mention.lower().strip()
    cls = lang.pronoun_class(low, res.text, ms + len(mention))
    if cls is not None:
        # "She" after a man named last: the nearest person the article says is a woman
        ent = lang.pronoun_agreement(res, low, cls, ms, res.pronoun(cls, ms))
        if ent is None:
            return None, None, "unresolved"
        return ent.actor, ent.name, "pronoun"
    if low in lang.self_reference or low in lang.empty_descriptions:
        return None, None, ""
    if lang.unnamed_source.match(mention):
        return None, None, ""  # "a source in the Kremlin" is nobody the article names
    if is_medium(res.registry, mention):
        return None, None, "medium"
    if lang.is_description(mention):
        # A description; a name heading it wins ("the press secretary … Dmitry Peskov"), one
        # that modifies it does not ("associates of Navalny").
        found = res.registry.find_mentions(mention, on=res.on)
        people = [m for m in found if m.actor.kind == "person"
                  and lang.name_heads(mention, m.start, m.end)]
        inner = [m for m in people if res.complement_name(mention, m)]
        people = [m for m in people if m not in inner]
        if people:
            return people[-1].actor, people[-1].actor.name, ""
        got = res.description(mention, ms)
        if got is not None:
            return got[0], got[0].name, got[1]
        # an organisation inside the complement of a complement («представитель генсека ООН
        # Антониу Гутерриша»: the UN is the Secretary-General's) is not the speaker's either
        orgs = [m for m in found if m.actor.kind != "person"
                and not any(m.start < i.start for i in inner)]
        if orgs:
            return orgs[-1].actor, orgs[-1].actor.name, ""
        # "the senator" after "Senator Paul Hines": the article's own evidence, in English
        span = lang.role_antecedent(res, mention, ms)
        if span is not None:
            named = _resolve_one(res, res.text[span[0]:span[1]], span[0])
            if named[1] is not None:
                return named[0], named[1], "role_description"
        # "the former mayor Jane Doerr": the name in apposition to the role noun heading it
        span = lang.described_name(mention)
        if span is not None and not is_medium(res.registry, mention[span[0]:span[1]]):
            name = mention[span[0]:span[1]]
            actor = res.name(name)
            if actor is None:
                return None, res.unknown_name(name), "unresolved"
            if actor.kind == "person":
                return actor, actor.name, ""
        return None, None, "unresolved"
    actor = res.name(mention)
    if actor is not None:
        return actor, actor.name, ""
    # "Russian President", "Lithuanian diplomat"; a mention that is a run of capitalised words
    # is taken for a name, so its description would not be used: it is not resolved at all
    if not lang.name_run.fullmatch(mention.strip()):
        got = res.description(mention, ms)
        if got is not None:
            return got[0], got[0].name, got[1]
    return None, res.unknown_name(mention), "unresolved"
