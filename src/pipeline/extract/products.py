"""Product labels from the vocabulary (data/products.yaml) found in a span of text."""

from __future__ import annotations

import re

from pipeline.extract.gazetteer import Gazetteer, group_label, lower_ascii

# Goods of the sectoral (Section 232) duties: every country's, each begun on a day of its own
SECTORAL_GOODS = frozenset({"steel", "aluminum", "copper", "lumber", "autos", "auto_parts"})

# "Canadian goods" with no product named: the measure covers all goods.
# "goods from Canada", "imports from the United States", a country's "its goods": the same.
_GENERIC_GOODS = re.compile(
    r"\b(?:Canadian|American|U\.S\.|US|Canada's|America's)\s+(?:goods|imports|products|exports)\b"
    r"|\b(?:goods|imports|products|exports)\s+(?:coming\s+)?from\s+(?:Canada|the\s+United\s+"
    r"States|the\s+U\.S\.|the\s+US|America)\b"
    # "told Canada that its goods will face a 35 percent tariff"
    r"|\b(?:its|their)\s+(?:goods|exports)\b"
    # "tariffs on Canada", "the levy on goods that fall outside CUSMA", "non-USMCA goods"
    r"|\b(?:tariffs?|duty|duties|levy|levies)\s+on\s+(?:Canada|the\s+United\s+States)\b(?!['\u2019])"
    r"|\bgoods\s+(?:that\s+(?:do\s+not|don't|fall\s+outside)|outside|not\s+covered)"
    r"|\bnon-(?:CUSMA|USMCA)(?:[- ]compliant)?\s+goods\b"
    # "goods of Canadian origin", "U.S.-origin goods"
    r"|\b(?:goods|imports|products)\s+of\s+(?:Canadian|American|U\.S\.|US)\s+origin\b"
    r"|\b(?:Canadian|American|U\.S\.|US)-origin\s+(?:goods|imports|products)\b"
)
_AMOUNT_OF = re.compile(
    r"\$[\d.,]+\s?-?\s?(?:billion|million|bn|B|M)?\s+(?:worth\s+)?(?:of|in)\s+$"
)


# "the metals tariffs", "Canadian metal": steel and aluminum together (two labels, so the
# vocabulary's one-label-per-synonym table cannot hold it).
_METALS = re.compile(r"(?<![\w-])metals?(?![\w-])")


def find_products(gaz: Gazetteer, low: str, start: int, end: int) -> list[tuple[int, str]]:
    """(position, label) of every product mention in low[start:end] (lower-cased text)."""
    found = [
        (m.start(), label)
        for m in gaz.product_re.finditer(low, start, end)
        if (label := group_label(m.lastgroup)) is not None
    ]
    if "metal" in low[start:end]:
        for m in _METALS.finditer(low, start, end):
            found += [(m.start(), "steel"), (m.start(), "aluminum")]
        found.sort(key=lambda x: x[0])
    return found


def names_all_goods(text: str, start: int, end: int) -> bool:
    """text[start:end] speaks of a country's goods with no product named ("Canadian goods")."""
    return _GENERIC_GOODS.search(text, start, end) is not None


def labels_in(gaz: Gazetteer, text: str, start: int, end: int, low: str | None = None) -> list[str]:
    """Distinct labels in order of first mention, with the all-goods fallback.

    `low` is `lower_ascii(text)` when the caller has it already."""
    out: list[str] = []
    low = low if low is not None else lower_ascii(text)
    for _, label in find_products(gaz, low, start, end):
        if label not in out:
            out.append(label)
    if "all_goods" in out and len(out) > 1:
        # "steel and aluminum imports from every country": the scope is every country, the
        # goods are the metals.
        out.remove("all_goods")
    if not out:
        for m in _GENERIC_GOODS.finditer(text, start, end):
            if not _AMOUNT_OF.search(text[max(start, m.start() - 40) : m.start()]):
                return ["all_goods"]
    return out
