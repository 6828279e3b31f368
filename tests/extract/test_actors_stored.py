"""The registry's derived data kept on disk (``discourse.extract.actors.stored``): a stored
result is the one the code makes, cold, warm or with the store off."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys

import pytest

import discourse.extract.actors.mentions as mentions_module
from discourse.extract.actors import load_actors
from discourse.extract.actors.stored import CACHE_ENV, cache_dir, compiled, stored


@pytest.fixture
def store(tmp_path, monkeypatch):
    folder = tmp_path / "store"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    mentions_module._REGEXES.clear()  # registries of one process share their patterns
    yield folder
    mentions_module._REGEXES.clear()


def test_a_result_is_made_once_and_then_read(store):
    calls = []

    def build():
        calls.append(1)
        return {"a": [("x", True)], "b": (1, 2.5, None, b"\x00")}

    first = stored("thing", ("in", 1), build)
    again = stored("thing", ("in", 1), build)
    assert first == again == {"a": [("x", True)], "b": (1, 2.5, None, b"\x00")}
    assert type(again["a"]) is list and type(again["a"][0]) is tuple
    assert len(calls) == 1
    stored("thing", ("in", 2), build)  # other inputs: made again
    assert len(calls) == 2
    assert len(list(store.iterdir())) == 2


def test_an_unreadable_file_is_made_again(store):
    stored("thing", "x", lambda: [1, 2])
    (path,) = store.iterdir()
    path.write_bytes(b"\x00garbage")
    assert stored("thing", "x", lambda: [1, 2]) == [1, 2]
    assert stored("thing", "x", lambda: pytest.fail("should read the file again")) == [1, 2]


def test_the_store_can_be_off_or_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, "off")
    assert cache_dir() is None
    assert stored("thing", "x", lambda: 5) == 5
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "store"))
    assert stored("thing", "x", lambda: 6) == 6  # cannot write: no error, made each time
    assert stored("thing", "x", lambda: 7) == 7


@pytest.mark.parametrize("pattern", [
    r"(?<![\w-])(?:putin|пескова?)(?![\w]|-\w)", r"(?P<name>a)(b)?\1(?P=name)", r"(?i)ß|[^\W\d_]{2,}",
    r"[\s\S]*[,;!?]", r"x{0,3}?y++", "",
])
def test_a_stored_regex_is_the_one_re_compiles(store, pattern):
    want = re.compile(pattern)
    for got in (compiled(pattern), compiled(pattern)):  # cold, then read from the store
        assert got == want  # (compares flags and code)
        assert (got.pattern, got.flags, got.groups, got.groupindex) == (
            want.pattern, want.flags, want.groups, want.groupindex)


def _derived(reg):
    finder = reg.mention_finder
    plain = finder.regex()
    plain_case = dict(finder.case)
    forms = reg.alias_lookup.forms
    cyrillic = finder.regex(cyrillic=True)
    keys = {k: a.name for k, a in reg.alias_lookup.by_key.items()}
    heads = reg.description_matcher._actors_by_head()
    countries = [reg.country_mentions(t) for t in (
        "Russian and US officials in Minsk", "в России, Белоруссии и США; the Russian Federation")]
    return (plain, plain_case, forms, cyrillic, dict(finder.case), keys, countries, heads,
            reg.alias_lookup.vocabulary)


def test_the_registry_derives_the_same_cold_warm_and_without_the_store(store, monkeypatch):
    cold = _derived(load_actors())
    kinds = {p.name.split("-")[0].rstrip("0123456789") for p in store.iterdir()}
    assert kinds == {"aliases", "countries", "forms", "heads", "keys", "lemmas", "regex",
                     "registry", "vocabulary"}
    mentions_module._REGEXES.clear()
    warm = _derived(load_actors())
    monkeypatch.setenv(CACHE_ENV, "off")
    mentions_module._REGEXES.clear()
    off = _derived(load_actors())
    assert cold == warm == off
    assert list(cold[5]) == list(warm[5]) == list(off[5])  # the index in the same order
    assert all(cold[6])  # (both texts name countries)
    text = "«Пескову», сказал Дмитрий Песков; Putin and the Kremlin (EU) told Лукашенко."
    regs = [load_actors()]
    monkeypatch.delenv(CACHE_ENV)
    assert [m.text for m in regs[0].find_mentions(text)] == [
        "Пескову", "Дмитрий Песков", "Putin", "Kremlin", "EU", "Лукашенко"]


def test_the_registry_phrases_tokens_are_those_stemmed_tokens_makes(store, monkeypatch):
    """The tokens of the registry's phrases, made known at loading (cold, warm or without the
    store), are the ones the tokenizer makes; and so are the alias keys and the vocabulary."""
    import discourse.extract.actors.names as names_module
    from discourse.extract.actors.lookup import TITLES
    from discourse.extract.actors.names import ORG_VOICES, normalise_name

    for setting in (str(store), str(store), "off"):
        monkeypatch.setenv(CACHE_ENV, setting)
        monkeypatch.setattr(names_module, "_KNOWN_TOKENS", {})
        reg = load_actors()
        known = names_module._KNOWN_TOKENS
        phrases = {text for actor in reg.actors for role in actor.roles
                   for text in (role.title, *role.descriptors)}
        assert phrases | {t for a in reg.actors for t in a.descriptors} | set(ORG_VOICES) <= set(known)
        assert all(known[t] == names_module._tokens_cached.__wrapped__(t) for t in known)
        assert any(any("\u0400" <= c <= "\u04ff" for c in t) for t in known)  # Russian ones too
        keys = {normalise_name(alias): actor.name for actor in reg.actors
                for alias in (actor.name, *actor.aliases)}
        assert {k: a.name for k, a in reg.alias_lookup.by_key.items()
                if k in keys} == keys
        words = set(TITLES) | {w for p in phrases for w in normalise_name(p).split()}
        assert words <= reg.alias_lookup.vocabulary


def test_an_english_run_reads_the_store_without_the_morphology(store):
    """A warm run that meets no Cyrillic text never loads pymorphy3 (0.05 s)."""
    code = ("import sys; from discourse.extract.actors import load_actors; r = load_actors(); "
            "print([m.text for m in r.find_mentions('Putin met officials of the Kremlin.')]); "
            "r.describes_any('a senior official', on=None); "
            "print('pymorphy3' in sys.modules)")
    env = {"PATH": "/usr/bin:/bin", CACHE_ENV: str(store)}
    outs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, check=True).stdout for _ in range(2)]
    assert outs[0].splitlines()[0] == outs[1].splitlines()[0] == "['Putin', 'Kremlin']"
    assert outs[1].splitlines()[1] == "False"


def test_a_warm_run_validates_nothing_again(store):
    """A warm run reads the registry and both cue lexicons from the store: neither pydantic
    (0.1 s with the schemas) nor pymorphy3 (the Russian cue forms) is imported; the cold run
    that made them did import pydantic, and both give the same registry and cues."""
    code = ("import sys; from discourse.extract.actors import load_actors; "
            "from discourse.extract.quotes import load_cues; "
            "from discourse.core.paths import data_file; r = load_actors(); "
            "print([m.text for m in r.find_mentions('Putin met officials of the Kremlin.')]); "
            "c = [load_cues(), load_cues(data_file('cues_ru.yaml'))]; "
            "print(len(c[0]), len(c[1].genders), c[1].cues[0].forms[:2]); "
            "print('pydantic' in sys.modules, 'pymorphy3' in sys.modules); "
            "print('yaml' in sys.modules, 'tempfile' in sys.modules)")
    env = {"PATH": "/usr/bin:/bin", CACHE_ENV: str(store)}
    cold, warm = (subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 env=env, check=True).stdout.splitlines() for _ in range(2))
    assert cold[:2] == warm[:2] and cold[0] == "['Putin', 'Kremlin']"
    assert cold[2] == "True True" and warm[2] == "False False"
    # nor PyYAML (0.008 s: its version, part of the keys, is read from its package) nor
    # tempfile (only a run that writes needs it)
    assert cold[3] == "True True" and warm[3] == "False False"


def test_yaml_version_is_pyyamls_own():
    import yaml

    from discourse.extract.actors.stored import yaml_version

    yaml_version.cache_clear()
    code = ("import sys; from discourse.extract.actors.stored import yaml_version; "
            "print(yaml_version(), 'yaml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == [yaml.__version__, "False"] and yaml_version() == yaml.__version__


def test_the_validators_versions_are_those_installed_and_read_without_importing_them():
    import pydantic
    import pydantic_core
    import yaml

    from discourse.extract.actors.stored import pydantic_versions, validation_versions

    pydantic_versions.cache_clear()
    code = ("import sys; from discourse.extract.actors.stored import validation_versions; "
            "print(validation_versions()); "
            "print('pydantic' in sys.modules, 'pydantic_core' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    expected = (f"pyyaml {yaml.__version__}|pydantic {pydantic.VERSION}"
                f"|pydantic-core {pydantic_core.__version__}")
    assert out == [expected, "False False"] and validation_versions() == expected


def test_a_registry_or_lexicon_validated_by_another_pydantic_is_validated_again(store,
                                                                              monkeypatch):
    """The store's key of a validated file holds the validator's versions: a registry or a
    cue lexicon stored under another pydantic (or pydantic-core) is not read, but made again
    (here: its file is named otherwise), and equal."""
    import discourse.extract.actors.stored as stored_module
    from discourse.extract.quotes import load_cues

    def files(kind):
        return {p.name for p in store.iterdir() if p.name.startswith(kind + "-")}

    before = load_actors(), load_cues()
    made = files("registry"), files("cues")
    assert all(len(names) == 1 for names in made)
    monkeypatch.setattr(stored_module, "pydantic_versions", lambda: "pydantic 0.0|core 0.0")
    after = load_actors(), load_cues()
    assert files("registry") > made[0] and files("cues") > made[1]
    assert _registry_state(after[0]) == _registry_state(before[0])
    assert after[1].cues == before[1].cues


def test_the_folder_keeps_the_newest_files(store, monkeypatch):
    import discourse.extract.actors.stored as stored_module

    monkeypatch.setattr(stored_module, "_KEEP", 3)
    for i in range(5):
        stored("thing", i, lambda i=i: i)
    assert len(list(store.iterdir())) == 3
    assert stored("thing", 4, lambda: pytest.fail("the newest file is kept")) == 4


def _registry_state(reg):
    return (reg.actors, reg.media, reg.countries, reg.media_matcher.is_medium("RIA"),
            [(m.text, m.actor.name) for m in reg.find_mentions("Putin told TASS and RIA.")])


def test_a_registry_file_read_before_gives_the_same_registry(store, monkeypatch, tmp_path):
    cold = load_actors()
    assert any(p.name.startswith("registry-") for p in store.iterdir())
    warm = load_actors()
    monkeypatch.setenv(CACHE_ENV, "off")
    off = load_actors()
    assert _registry_state(cold) == _registry_state(warm) == _registry_state(off)
    assert all(type(a.aliases) is tuple and type(a.roles) is tuple for a in warm.actors)
    monkeypatch.setenv(CACHE_ENV, str(store))
    # another file (its bytes are the key): read and checked, its problems reported
    bad = tmp_path / "actors.yaml"
    bad.write_text("actors:\n  - name: X\n    kind: person\n    camp: nowhere\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ValueError, match="actors.yaml, entry 1"):
            load_actors(bad)


def test_the_capital_letter_class_is_the_one_the_letters_give():
    from discourse.extract.actors.mentions import LONG_CAP_WORD, _upper_letter_class

    assert LONG_CAP_WORD == re.compile(
        _upper_letter_class() + r"(?<![\w-][\s\S])[^\W\d_]{7,}(?![\w]|-\w)")


def test_regexes_compiled_in_a_block_come_from_the_store_in_the_next(store, monkeypatch):
    """What a block compiled is kept; in the next block ``re.compile`` of the same pattern and
    flags returns, without compiling, the object it would make; with the store off nothing is
    kept and the block changes nothing."""
    import discourse.extract.actors.stored as stored_module
    from discourse.extract.actors.stored import compiled_as_before

    pattern = r"(?P<w>kept-\d+)[^\W_]+(?:\s|$)"  # in no module: compiled by this test only
    flags = re.IGNORECASE | re.MULTILINE
    re.purge()
    with compiled_as_before("test"):
        made = re.compile(pattern, flags)
    files = [p for p in store.iterdir() if p.name.startswith("regexes-")]
    assert len(files) == 1
    re.purge()

    def no_compiling(*args):
        raise AssertionError("compiled again")

    with monkeypatch.context() as m:
        m.setattr(re._compiler, "compile", no_compiling)
        m.setattr(stored_module, "_compile_parts", no_compiling)
        with compiled_as_before("test"):
            again = re.compile(pattern, flags)
            assert re.search(pattern, "x KEPT-12ab", flags).group("w") == "KEPT-12"
    assert again == made and again is not made
    assert again.groupindex == made.groupindex and again.flags == made.flags
    assert [p.name for p in store.iterdir() if p.name.startswith("regexes-")] == [files[0].name]
    # the file holds what the last block asked for: a pattern no longer compiled is dropped
    re.purge()
    with compiled_as_before("test"):
        re.compile(r"other-\d+")
    assert list(marshal.loads(files[0].read_bytes())[1]) == [(r"other-\d+", 0)]
    # another name is another file; with the store off, nothing is written
    re.purge()
    with compiled_as_before("other"):
        re.compile(pattern, flags)
    assert len([p for p in store.iterdir() if p.name.startswith("regexes-")]) == 2
    monkeypatch.setenv(CACHE_ENV, "off")
    re.purge()
    with compiled_as_before("third"):
        assert re.compile(pattern, flags) == made
    assert len([p for p in store.iterdir() if p.name.startswith("regexes-")]) == 2


def test_the_commands_stored_regexes_are_those_re_compiles(store, tmp_path):
    """``discourse quotes`` cold and warm prints the same bytes; the regexes its start-up kept
    (every module's patterns) are each the object ``re.compile`` makes."""
    import _sre
    import array

    from discourse.extract.actors.stored import _CODE_TYPE

    doc = tmp_path / "a.txt"
    doc.write_text("“We will not,” said Dmitry Peskov, the Kremlin spokesman. He said that "
                   "the talks would go on.", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", CACHE_ENV: str(store)}
    cmd = [sys.executable, "-m", "discourse.cli.main", "quotes", str(doc), "--format", "jsonl"]
    runs = [subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
            for _ in range(2)]
    assert runs[0] == runs[1] and '"speaker": "Dmitry Peskov"' in runs[0]
    (path,) = [p for p in store.iterdir() if p.name.startswith("regexes-")]
    name, kept = marshal.loads(path.read_bytes())
    assert name == path.name and len(kept) > 100
    for (pattern, flags), (final, words, groups, groupindex, indexgroup) in kept.items():
        made = _sre.compile(pattern, final, array.array(_CODE_TYPE, words).tolist(), groups,
                            groupindex, indexgroup)
        assert made == re.compile(pattern, flags) and made.groupindex == re.compile(
            pattern, flags).groupindex
