"""A Russian «он»/«она» opening its sentence refers to the subject of the sentence before, not
to a more recent name in an oblique case there (discourse.extract.speakers.lang.ru
``previous_subject``, the resolver's switch ``SpeakerLanguage.previous_subject``)."""

import re

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.attributed import extract_attributed_quotes
from discourse.extract.speakers.lang.ru_subject import previous_subject


def _subject(text: str, pronoun: str, cls: str) -> str | None:
    span = previous_subject(text, re.search(rf"\b{pronoun}\b", text).start(), cls)
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize("text,pronoun,cls,subject", [
    # a role description with a complement in the genitive, before its verb
    ("Владелец лётной школы рассказал о пилоте Иване Петрове. Он заявил, что всё хорошо.",
     "Он", "male", "Владелец лётной школы"),
    # an adverbial before the subject, a few words before the pronoun
    ("14 июля спортсмен выступил на параде. Тогда он сказал, что доволен.",
     "он", "male", "спортсмен"),
    ("В частности экс-президент рассказал о встрече с Путиным. В то же время он признал ошибку.",
     "он", "male", "экс-президент"),
    # a phrase after a preposition between the subject and its verb
    ("Бадди Макгирт после известия о смерти боксёра заявил о трагедии. Он добавил, что скорбит.",
     "Он", "male", "Бадди Макгирт"),
    # the verb says the subject's gender: not hers for «он»
    ("Мария Иванова рассказала о задержании Олега Сидорова. Он заявил, что невиновен.",
     "Он", "male", None),
    # a woman with a man's title: «она» refers to her
    ("Министр финансов сообщила о решении Игоря Козлова. Она заявила, что поддержит его.",
     "Она", "female", "Министр финансов"),
    # the subject is no person («Полиция»), or comes after its verb: nobody
    ("Полиция задержала Олега Сидорова. Он заявил, что невиновен.", "Он", "male", None),
    ("По факту поджога был задержан житель села. Он сказал, что поджёг траву.",
     "Он", "male", None),
    # the pronoun deep in its sentence, after a clause: not read
    ("Иван Петров рассказал о задержании Олега Сидорова. Когда суд закончился, он заявил о "
     "невиновности.", "он", "male", None),
])
def test_previous_subject(text, pronoun, cls, subject):
    assert _subject(text, pronoun, cls) == subject


TEXTS = {
    # a name in the genitive later in the sentence before: the subject speaks
    "genitive": ("Иван Петров рассказал журналистам о задержании Олега Сидорова. Он заявил, "
                 "что суд примет решение через неделю."),
    # the subject is a description that reaches nobody: no speaker rather than the name in the
    # genitive or the man named further back
    "owner": ("Вчера Олег Смирнов выступил в суде.\n\nВладелец лётной школы сообщил репортерам, "
              "что лишил Ивана Петрова права посещать школу.\n\nОн также сказал, что готов "
              "восстановить Петрова."),
    # a bare role noun refers back to the person named before it
    "back": ("Тони Ивоби отверг обвинения в расизме. Политик заявил, что партия осудила этот "
             "случай. По его словам, следует осудить оба случая."),
    # a role description the registry resolves (the article names him before)
    "registry": ("Виктор Янукович дал интервью журналу. В частности экс-президент рассказал, что "
                 "не обсуждал с президентом Путиным ввод войск. В то же время он заявил, что его "
                 "письмо президенту России настоящее и не является фальшивкой."),
    # «он» after a woman's sentence keeps the most recent man
    "gender": ("Мария Иванова рассказала о задержании Олега Сидорова. Он заявил, что суд "
               "примет решение через неделю."),
}


@pytest.fixture(scope="module")
def pronoun_speakers():
    arts = pd.DataFrame({"doc_id": list(TEXTS), "text": list(TEXTS.values())})
    q = extract_attributed_quotes(arts, actors=load_actors())
    q = q[q["speaker_mention"].str.lower().isin(["он", "его"])]
    return {d: list(g["speaker"]) for d, g in q.groupby("doc_id")}


@pytest.mark.parametrize("doc,speaker", [
    ("genitive", "Иван Петров"),
    ("owner", ""),
    ("back", "Тони Ивоби"),
    ("registry", "Viktor Yanukovych"),
    ("gender", "Олег Сидоров"),
])
def test_pronoun_goes_to_the_previous_subject(pronoun_speakers, doc, speaker):
    assert pronoun_speakers[doc] == [speaker]
