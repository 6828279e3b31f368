"""Build ``data/sentiment_ru.tsv``, the Russian sentiment lexicon of ``discourse.measure.russian``.

Run from the repository root (``python data/make_sentiment_ru.py``); it reads PolSentiLex from
``../shared/lexicons/polsentilex/PolSentiLex-raw.csv`` (or the path given as the first argument)
and writes the TSV. The TSV is what ships and what the code reads; this script records how it was
made, so that it can be re-made or changed by hand with its reasons visible.

1. **From PolSentiLex** (Koltsova, Alexeeva & Koltsov 2016, CC BY 4.0): a lemma is kept when at
   least two crowd judgements (-2..2) exist, none has the opposite sign of their mean, and the
   mean is at least 1 in absolute value (1,396 of 6,860 lemmas). Valence = 1.5 x mean (VADER's
   -4..4 scale, so a unanimous -2 is -3.0). Then the lemmas of :data:`DROP` are removed by hand:
   obscenities and slurs (they never evaluate an actor in news), a person's surname, and words
   that in news describe a topic or an event rather than judge anyone (illness, food, weather,
   "high-ranking", "tradition").
2. **Added by hand** (:data:`ADD`): the vocabulary of political and court news that PolSentiLex,
   built from blog posts, lacks or scores weakly -- accusation, arrest, conviction, aggression,
   sanctions, victory, awards, congratulation, thanks, support. RuSentiFrames (Loukachevitch &
   Rusnachenko 2018, MIT) was read as a guide to which of these verbs carry an attitude toward
   their object. Its valence overrides PolSentiLex's.
"""

from __future__ import annotations

import csv
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).with_name("sentiment_ru.tsv")
SOURCE = Path("../shared/lexicons/polsentilex/PolSentiLex-raw.csv")
SCALE = 1.5

_OBSCENE = re.compile(r"ху[йеия]|пизд|еба|ебы|ебан|ебат|бля|мудак|гандон|жоп|анус|пидор|нигг|"
                      r"черножоп|гомосек|содомит|дерьм|насрат|трахн|сука|сучк|сукин|блев")
DROP = set("""
сердюков высокопоставленный традиция родительский субботник принцесса зайка спелый сытый погожий
вкусный вкуснятина здоровенький хорошенький вечный знание дар бонус пречистый святой светлый
райский крутой недорогой капиталист провинциал пузатый толстяк плясать среднестатистический
зрелище приснопамятный всепроникающий эфемерный смирительный тощий худосочный хворый
тяжелобольной чавкать ковыряться исламистский инородец бедняжка скорбный гонимый болтаться
девка дурочка голытьба
""".split())
ADD = {
    # positive: success, honours, thanks, support, cooperation
    "победить": 2.0, "победа": 2.0, "победитель": 2.0, "выиграть": 2.0, "чемпион": 2.0,
    "наградить": 2.0, "награждать": 2.0, "награда": 1.5, "лауреат": 1.8, "премия": 1.0,
    "поздравить": 2.0, "поздравлять": 2.0, "поздравление": 1.8, "благодарить": 2.0,
    "поблагодарить": 2.0, "благодарность": 2.0, "похвалить": 2.2, "одобрить": 1.8,
    "одобрение": 1.8, "приветствовать": 1.5, "поддержка": 1.5, "поддерживать": 1.5,
    "поддержать": 1.5, "помощь": 1.5, "помочь": 1.5, "помогать": 1.5, "спасти": 2.0,
    "спасение": 1.8, "сотрудничество": 1.2, "сотрудничать": 1.2, "партнер": 1.5,
    "партнерство": 1.5, "союзник": 1.5, "друг": 2.0, "дружественный": 2.0, "успешно": 2.0,
    "эффективно": 1.5, "достижение": 2.0, "прорыв": 1.5, "рекорд": 1.5, "лучший": 2.0,
    "выдающийся": 2.5, "почетный": 1.5, "уважаемый": 1.8, "легитимный": 1.8, "законный": 1.2,
    "мирный": 1.5, "стабильность": 1.5, "улучшение": 1.5, "улучшить": 1.5, "признание": 1.2,
    "заслуга": 2.0, "заслуженный": 1.8, "герой": 2.5, "отважный": 2.5, "доверие": 1.8,
    "доверять": 1.8, "оправдать": 1.5, "лидировать": 1.5, "уважать": 2.0, "гордость": 2.0,
    "восхищаться": 2.5, "достойный": 2.0, "надежный": 2.0, "конструктивный": 1.8,
    "плодотворный": 2.0, "взаимовыгодный": 2.0, "успех": 2.0, "успешный": 2.0,
    # negative: accusation, courts, crime, violence, aggression, failure, condemnation
    "обвинить": -2.0, "обвинять": -2.0, "обвинение": -2.0, "обвиняемый": -2.0,
    "осудить": -2.5, "осуждать": -2.5, "осуждение": -2.5, "критиковать": -2.0,
    "раскритиковать": -2.0, "критика": -1.5, "арестовать": -2.0, "арест": -2.0,
    "задержать": -1.5, "задержание": -1.5, "задержанный": -1.5, "приговорить": -2.5,
    "приговор": -1.5, "тюрьма": -2.0, "тюремный": -1.8, "преступление": -2.5,
    "преступник": -3.0, "убийство": -3.0, "убийца": -3.0, "убить": -3.0, "убивать": -3.0,
    "теракт": -3.0, "террорист": -3.0, "террористический": -3.0, "нападение": -2.5,
    "напасть": -2.5, "атаковать": -2.0, "атака": -2.0, "агрессия": -3.0, "агрессивный": -2.5,
    "вторжение": -3.0, "оккупировать": -2.5, "оккупант": -3.0, "захватить": -2.0,
    "захват": -2.0, "угроза": -2.0, "угрожать": -2.0, "санкция": -1.5, "нарушение": -2.0,
    "нарушить": -2.0, "нарушать": -2.0, "взятка": -2.5, "мошенничество": -2.5,
    "хищение": -2.5, "растрата": -2.5, "подозревать": -1.8, "подозреваемый": -2.0,
    "подозрение": -1.5, "уголовный": -1.5, "фальсификация": -2.8, "фальсифицировать": -2.8,
    "незаконный": -2.5, "незаконно": -2.5, "нелегальный": -2.0, "пропаганда": -2.0,
    "ложь": -2.5, "лгать": -2.5, "обман": -2.5, "обмануть": -2.5, "скандальный": -2.0,
    "провал": -2.5, "провалить": -2.5, "поражение": -2.0, "проиграть": -1.8, "проигрыш": -1.8,
    "уволить": -1.5, "увольнение": -1.2, "разгонять": -2.0, "разогнать": -2.0, "разгон": -2.0,
    "репрессия": -2.8, "диктатор": -3.0, "диктатура": -3.0, "авторитарный": -2.5,
    "самозванец": -3.0, "насилие": -2.8, "жестокий": -2.8, "жестокость": -2.8, "пытка": -3.0,
    "пытать": -3.0, "избить": -2.5, "избиение": -2.5, "враг": -2.5, "враждебный": -2.5,
    "разрушить": -2.5, "уничтожить": -2.5, "вмешательство": -2.0, "вмешиваться": -2.0,
    "давление": -1.5, "цензура": -2.0, "дискриминация": -2.5, "ненависть": -2.8,
    "экстремист": -2.5, "экстремистский": -2.5, "нацист": -3.0, "нацизм": -3.0,
    "неонацист": -3.0, "фашист": -3.0, "русофобия": -2.5, "русофобский": -2.5,
    "лицемерие": -2.5, "лицемерный": -2.5, "неудача": -2.0, "неудачный": -2.0, "ошибка": -1.5,
    "ошибочный": -1.5, "вина": -2.0, "виновный": -2.0, "виновник": -2.0, "недовольный": -1.5,
    "возмущение": -2.0, "возмутительный": -2.5, "отвергнуть": -1.5, "штраф": -1.5,
    "оштрафовать": -1.5, "ущерб": -2.0, "бандит": -3.0, "банда": -2.5, "боевик": -2.0,
    "наркоторговец": -3.0, "контрабанда": -2.0, "похитить": -2.5, "похищение": -2.5,
    "ограбить": -2.5, "дезинформация": -2.0, "фейк": -2.0, "оскорбить": -2.0,
    "оскорбление": -2.0, "позор": -2.5, "провокационный": -2.0, "абсурдный": -2.0,
    "нелепый": -2.0, "неприемлемый": -2.0, "недопустимый": -2.0, "опасный": -2.0,
    "опасность": -1.8, "вредный": -2.0, "вред": -2.0, "катастрофа": -2.5, "режим": -1.0,
    "марионетка": -2.5, "марионеточный": -2.5, "нелегитимный": -2.8, "коррупционный": -2.5,
    "коррупционер": -2.8, "обвиненный": -2.0, "осужденный": -2.0,
    # second block: words read near the entities of the development part of RuSentNE's train
    # split (data/make_sentiment_ru.py never sees its held-out part); only words that judge
    # whoever they are about, not the topics or countries that happen to co-occur with a label
    "против": -1.0, "требовать": -0.8, "обвиняться": -2.0, "кибератака": -2.0, "удар": -1.5,
    "ударить": -2.0, "столкновение": -1.5, "запретить": -1.2, "запрет": -1.2,
    "причастность": -1.5, "жесткий": -1.0, "якобы": -1.0, "резкий": -1.0,
    "экстрадировать": -1.5, "подвергнуть": -1.0, "разорвать": -1.5, "ворваться": -2.0,
    "застрелить": -2.5, "отказать": -1.2, "нанести": -1.0, "протест": -0.8,
    "польза": 1.5, "популярность": 1.5, "популярный": 1.5, "именитый": 2.0, "звездный": 1.5,
    "знаменитый": 1.5, "влиятельный": 1.5, "вклад": 1.5, "фаворит": 1.5, "гордый": 1.5,
    "нормализация": 1.2, "хорошо": 1.8, "хороший": 1.8, "великий": 2.0, "ведущий": 1.0,
    "прибыль": 1.2, "сторонник": 1.0, "лидер": 1.0, "известный": 1.0,
}


def build(source: Path = SOURCE) -> dict[str, float]:
    judgements: dict[str, list[int]] = defaultdict(list)
    with source.open(encoding="utf-8-sig", newline="") as fh:
        for word, score in csv.reader(fh):
            judgements[word.strip().lower().replace("ё", "е")].append(int(score))
    lex = {}
    for word, scores in judgements.items():
        mean = statistics.mean(scores)
        if (len(scores) >= 2 and abs(mean) >= 1 and not any(s * mean < 0 for s in scores)
                and word not in DROP and not _OBSCENE.search(word)):
            lex[word] = round(SCALE * mean, 2)
    lex.update({w.replace("ё", "е"): v for w, v in ADD.items()})
    return dict(sorted(lex.items()))


HEADER = """\
# Russian sentiment lexicon of discourse (lemma <TAB> valence on VADER's -4..4 scale).
# Made by data/make_sentiment_ru.py (its docstring says how): a hand-filtered selection from
# PolSentiLex (Koltsova, Alexeeva & Koltsov 2016; hse-scila/PolSentiLex, CC BY 4.0 -- lemmas
# whose crowd judgements agree in sign, mean |score| >= 1, valence 1.5 x mean; obscenities, slurs
# and news-neutral words removed) plus hand-written news vocabulary, guided by RuSentiFrames
# (Loukachevitch & Rusnachenko 2018, MIT). Lemmas as pymorphy3 gives them, ё written е.
# Changed under CC BY 4.0: selected, averaged, rescaled, extended. Edit by hand or re-run the script.
"""


def main(argv: list[str]) -> int:
    lex = build(Path(argv[1]) if len(argv) > 1 else SOURCE)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for word, val in lex.items():
            fh.write(f"{word}\t{val:g}\n")
    print(f"wrote {len(lex)} lemmas to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
