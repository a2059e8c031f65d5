"""Last-resort language guess from stop words, for pages that declare no language.

Only a handful of languages (those of Canada-US trade news and their neighbours) and only
when the evidence is clear; otherwise None, which is better than a wrong label.
"""

from __future__ import annotations

import re
from typing import Final

_STOPWORDS: Final = {
    "en": "the of and to in is that for it on was with as are be this by from at have has not",
    "fr": "le la les de des du et est un une que qui dans pour pas sur au aux avec ce il elle",
    "es": "el la los las de del y que en un una es por con para no se su al lo como",
    "pt": "o a os as de do da dos das e que em um uma para com não se por no na",
    "de": "der die das und ist nicht mit den dem ein eine zu von auf für sich des im auch",
    "it": "il lo la gli le di del della e che un una per non con si sono è al alla",
    "nl": "de het een en van is dat die niet in op te met voor zijn er aan ook als",
}
_WORDS: Final = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_TOKEN: Final = re.compile(r"[^\W\d_]+")
_MIN_TOKENS: Final = 30
_MIN_SHARE: Final = 0.12  # stop words are ~30-50 % of running text in these languages
_MIN_MARGIN: Final = 1.5  # the winner must beat the runner-up by this factor
_SAMPLE_CHARS: Final = 5000


def guess_language(text: str) -> str | None:
    tokens = [t.lower() for t in _TOKEN.findall(text[:_SAMPLE_CHARS])]
    if len(tokens) < _MIN_TOKENS:
        return None
    counts = sorted(
        ((sum(1 for t in tokens if t in words), lang) for lang, words in _WORDS.items()),
        reverse=True,
    )
    (best, lang), (second, _) = counts[0], counts[1]
    if best < _MIN_SHARE * len(tokens) or best < _MIN_MARGIN * second:
        return None
    return lang
