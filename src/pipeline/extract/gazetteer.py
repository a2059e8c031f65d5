"""Load the YAML gazetteers in `data/` once and compile them into lookup structures.

Everything the extractor "knows" (countries, subdivisions, institutions, office-holders,
products, trigger words) lives in data files so that analysts can extend it without code.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

try:  # Python 3.11+: the parser moved; sre_parse still works but warns
    import re._constants as _sre_constants  # type: ignore[import-not-found]
    import re._parser as _sre_parser  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

DATA_DIR = Path(__file__).parent / "data"
RULE_KEYS = ("tariff", "nontariff", "talks", "agreement", "dispute")  # trigger lexicons


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    code: str
    leader: bool = False
    valid_from: date | None = None
    valid_to: date | None = None

    def active(self, day: date | None) -> bool:
        if day is None:
            return self.valid_to is None
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day >= self.valid_to)


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    country: str
    roles: tuple[Role, ...]
    aliases: tuple[str, ...] = ()
    surname_alone: bool = True

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def role_on(self, day: date | None) -> Role | None:
        """The role held on `day`, else None."""
        for r in self.roles:
            if r.active(day):
                return r
        return None

    def describe(self, day: date | None) -> tuple[str | None, str, bool]:
        """(role label, acting code, is_leader) on `day`; past roles become "former …"."""
        r = self.role_on(day)
        if r:
            return r.role, r.code, r.leader
        past = [x for x in self.roles if day and x.valid_to and x.valid_to <= day]
        if past:
            last = max(past, key=lambda x: x.valid_to or date.min)
            return f"former {last.role}", self.country, False
        return None, self.country, False


@dataclass(frozen=True, slots=True)
class Surface:
    """What an actor phrase stands for."""

    code: str
    kind: str  # country, adjective, metonym, demonym, subdivision, institution, court, panel


@dataclass(slots=True)
class Gazetteer:
    surfaces: dict[str, Surface]
    actor_re: re.Pattern[str]
    metonym_blockers: frozenset[str]
    context_metonyms: dict[str, str]
    people: list[KnownPerson]
    person_by_alias: dict[str, KnownPerson]
    person_by_surname: dict[str, KnownPerson]
    person_re: re.Pattern[str]
    products: list[tuple[str, re.Pattern[str]]]
    product_re: re.Pattern[str]
    lex: dict[str, re.Pattern[str]] = field(default_factory=dict)
    prefilter: re.Pattern[str] | None = None  # any trigger stem, on lower-cased text
    rule_re: re.Pattern[str] | None = None  # all trigger lexicons, one named group each


def words(text: str) -> list[str]:
    """Whitespace-separated words of a literal word list."""
    return text.split()


def load_data(name: str) -> Any:
    """One YAML file of the package's data directory."""
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


_load = load_data


def _as_date(v: Any) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v))


def trie_pattern(words: list[str], lead: str = "") -> str:
    """A regex alternation of literal words arranged as a trie ("t(?:alk|ariff)"): the
    regex engine then rejects most positions on the first character, several times
    faster than a flat alternation. Longer words win because each branch is greedy and
    the trie backtracks into shorter ones.

    A zero-width `lead` ("(?<![\\w])") is checked behind each first character
    ("t(?<=(?<![\\w])t)(?:alk|ariff)"), where it would run before it: the pattern then
    starts with literals only, and the regex engine skips to the positions that hold one
    of them. Same matches; faster when the words start with a few, rare characters."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    if not lead:
        return build(trie)
    assert "" not in trie, "an empty word cannot carry a lead"
    return "|".join(
        f"{re.escape(ch)}(?<={lead}{re.escape(ch)}){build(sub)}" for ch, sub in sorted(trie.items())
    )


def _phrase_re(phrases: list[str], capitals_only: bool = False) -> re.Pattern[str]:
    """Case-sensitive literal phrases on word edges, as a trie. Phrases that all start
    with capitals are searched from their first characters (`trie_pattern`'s lead)."""
    words = sorted({p for p in phrases if p})
    # Hyphens are edges too: "Canada-U.S. talks" names both countries.
    if capitals_only:
        body = trie_pattern(words, lead=r"(?<![\w.])")
        return re.compile(rf"(?:{body})(?![\w]|\.\w)")
    return guarded(rf"(?<![\w.])(?:{trie_pattern(words)})(?![\w]|\.\w)")


def _build_surfaces() -> tuple[dict[str, Surface], frozenset[str], dict[str, str]]:
    surfaces: dict[str, Surface] = {}
    countries = _load("countries.yaml")
    context_metonyms: dict[str, str] = {}
    for code, spec in countries["countries"].items():
        if not isinstance(code, str):  # YAML reads a bare NO (Norway) as false
            raise ValueError(f"countries.yaml: country code {code!r} must be quoted")
        for kind in ("names", "adjectives", "metonyms", "demonyms"):
            for p in spec.get(kind) or []:
                label = {"names": "country", "adjectives": "adjective"}.get(kind, kind[:-1])
                surfaces.setdefault(p, Surface(code, label))
        for p in spec.get("context_metonyms") or []:
            context_metonyms[p] = code
    for code, spec in _load("subdivisions.yaml")["subdivisions"].items():
        for p in (spec.get("names") or []) + (spec.get("metonyms") or []):
            surfaces.setdefault(p, Surface(code, "subdivision"))
        for p in spec.get("adjectives") or []:
            surfaces.setdefault(p, Surface(code, "subdivision"))
    for inst in _load("institutions.yaml")["institutions"]:
        kind = {"court": "court", "panel": "panel"}.get(inst["kind"], "institution")
        for p in inst["names"]:
            surfaces[p] = Surface(inst["code"] or "", kind)
    blockers = frozenset(countries.get("metonym_blockers") or [])
    return surfaces, blockers, context_metonyms


def _build_people() -> list[KnownPerson]:
    out = []
    for p in _load("people.yaml")["people"]:
        roles = tuple(
            Role(
                role=r["role"],
                code=r.get("code") or p["country"],
                leader=bool(r.get("leader", False)),
                valid_from=_as_date(r.get("valid_from")),
                valid_to=_as_date(r.get("valid_to")),
            )
            for r in p.get("roles") or []
        )
        out.append(
            KnownPerson(
                name=p["name"],
                country=p["country"],
                roles=roles,
                aliases=tuple(p.get("aliases") or []),
                surname_alone=bool(p.get("surname_alone", True)),
            )
        )
    return out


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_ESCAPE_OR_UPPER = re.compile(r"\\.|[A-Z]")


def lower_ascii(text: str) -> str:
    """Lower-cased text of the same length, so offsets stay valid. str.lower() is fast but
    can lengthen a few characters ("İ"); then only ASCII letters are lowered."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def _lower_pattern(fragment: str) -> str:
    """Lower-case the literals of a pattern, leaving escapes (\\S, \\W) alone."""
    return _ESCAPE_OR_UPPER.sub(
        lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), fragment
    )


_ASSERTION_OPENERS = ("(?<!", "(?<=", "(?=", "(?!")
_QUANTIFIERS = frozenset("?*+{")


def _syntax(pattern: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth after it) of the characters of `pattern` from `i` that are
    regex syntax: escapes and character classes are skipped ("[()]" opens no group)."""
    depth, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # "[]...]": the first "]" is a member
                i += 1
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def _group_end(pattern: str, i: int) -> int:
    """Index just after the group that opens at pattern[i] ("(")."""
    for j, ch, depth in _syntax(pattern, i):
        if ch == ")" and depth == 0:
            return j + 1
    raise ValueError(f"unbalanced group in pattern {pattern!r}")


def _zero_width_end(fragment: str) -> int:
    """Where the leading zero-width part of `fragment` ends: look-arounds, "\\b", and
    groups of look-arounds only ("(?:(?<=per cent )|(?<=% ))")."""
    i = 0
    while True:
        if fragment.startswith(_ASSERTION_OPENERS, i):
            i = _group_end(fragment, i)
        elif fragment.startswith("\\b", i):
            i += 2
        elif fragment.startswith("(?:", i) and _only_assertions(
            fragment[i + 3 : _group_end(fragment, i) - 1]
        ):
            i = _group_end(fragment, i)
        else:
            return i


def _only_assertions(alternation: str) -> bool:
    """Whether every alternative of `alternation` is one look-around group."""
    for alt in top_level_alternatives(alternation):
        if not alt.startswith(_ASSERTION_OPENERS) or _group_end(alt, 0) != len(alt):
            return False
    return True


def hoist_first_char(fragment: str) -> str:
    """The same pattern with the literal first character moved in front of its leading
    look-arounds: "(?<!his )duties" becomes "d(?<=(?<!his )d)uties".

    The regex engine rejects an alternative that starts with a literal on one character
    test, but has to evaluate every look-behind of an alternative that starts with them,
    at every word of the text. The assertions now run inside a one-character look-behind,
    at the very position they ran before, so matches are unchanged."""
    i = _zero_width_end(fragment)
    if i == 0 or i >= len(fragment):
        return fragment
    ch = fragment[i]
    if not (ch.isalnum() or ch in " -%") or fragment[i + 1 : i + 2] in _QUANTIFIERS:
        return fragment
    return f"{ch}(?<={fragment[:i]}{ch}){fragment[i + 1 :]}"


# "[^.;]" in a lexicon keeps a match inside one clause; the periods of "U.S." or
# "Canada-U.S.-Mexico" do not end one.
CLAUSE_CHAR = r"(?:[^.;]|(?<=\.\w)\.|\.(?=[\w-]))"


def _lexicon_fragments(fragments: list[str], case_sensitive: bool) -> list[str]:
    """A lexicon's fragments as the regex engine gets them: clause characters spelled out,
    lower-cased (unless case-sensitive), leading groups split so that each alternative
    starts with a literal where it can, first characters hoisted."""
    fragments = [f.replace("[^.;]", CLAUSE_CHAR) for f in fragments]
    if not case_sensitive:
        fragments = [_lower_pattern(f) for f in fragments]
    return [_guard_first(hoist_first_char(p)) for f in fragments for p in literal_led(f)]


def _guard_first(fragment: str) -> str:
    """A fragment that does not start with a literal behind a look-ahead on the characters
    it can start with: tried at every word, it then fails on one set test instead of
    running its leading look-behinds one by one. Same matches."""
    if _literal_first(fragment) is not None or "(?i" in fragment:
        return fragment
    chars = first_chars(fragment)
    if not chars:
        return fragment
    # first_chars reads "\\d" as ASCII digits; "\\d" in the set keeps every Unicode digit
    digits = "\\d" if any(ch.isdigit() for ch in chars) else ""
    cls = "".join(re.escape(ch) for ch in sorted(chars) if not ch.isdigit())
    return f"(?=[{cls}{digits}]){fragment}"


_WORD_START = r"(?<![\w])"
_FEW_FIRST_CHARS = 6  # measured: beyond this the skip to first characters costs more


def _ci_re(fragments: list[str], case_sensitive: bool = False) -> re.Pattern[str]:
    """Lexicon pattern. Case-insensitive lexicons are lower-cased and must be run on
    `lower_ascii(text)`: about twice as fast as re.IGNORECASE on Unicode text."""
    parts = _lexicon_fragments(fragments, case_sensitive)
    firsts = {_literal_first(f) for f in parts}
    if None not in firsts and len(firsts) <= _FEW_FIRST_CHARS:
        # Every alternative starts with one of a few literals: the word-start check goes
        # behind each group's first character, so the pattern starts with a set of
        # literals and the regex engine skips to the positions holding one of them (up to
        # several times faster than trying the pattern at every position). Same matches.
        # With many first letters most positions hold one and the skip does not pay.
        body = group_by_first_char(parts, lead=_WORD_START)
        return re.compile(rf"(?:{body})(?![\w])")
    return re.compile(rf"{_WORD_START}(?:{group_by_first_char(parts)})(?![\w])")


def literal_led(fragment: str, budget: int = 24) -> list[str]:
    """`fragment` as alternatives that each start with a literal character (after their
    look-arounds), or [fragment] when it cannot be split so. A leading group is spread over
    the rest: "(?:file|filed) suit" is "file suit|filed suit", tried in the same order,
    with the same matches; the alternatives then join the groups of their first letters."""
    if _literal_first(hoist_first_char(fragment)) is not None:
        return [fragment]
    parts = _split_leading_group(fragment)
    if not parts or len(parts) > budget:
        return [fragment]
    out = []
    for part in parts:
        sub = literal_led(part, budget)
        if _literal_first(hoist_first_char(sub[0])) is None:
            return [fragment]
        out += sub
    return out if len(out) <= budget else [fragment]


def _split_leading_group(fragment: str) -> list[str] | None:
    """["A" + a + rest, "A" + b + rest] for a fragment "A(?:a|b)rest" (A: look-arounds),
    else None (no plain group there, or one with a quantifier)."""
    if len(top_level_alternatives(fragment)) != 1:
        return None  # "(?:a|b)c|d": the rest is not what follows the group
    i = _zero_width_end(fragment)
    if not fragment.startswith("(?:", i):
        return None
    j = _group_end(fragment, i)
    if fragment[j : j + 1] and fragment[j] in _QUANTIFIERS:
        return None
    head, rest = fragment[:i], fragment[j:]
    return [head + alt + rest for alt in top_level_alternatives(fragment[i + 3 : j - 1])]


def _literal_first(fragment: str) -> str | None:
    """The fragment's first character when it is a plain literal ("t" of "tariffs?")."""
    ch = fragment[:1]
    if not ch or not (ch.isalnum() or ch in " -%") or fragment[1:2] in _QUANTIFIERS:
        return None
    # "tariff|duty" is two alternatives: only one of them starts with "t"
    return ch if len(top_level_alternatives(fragment)) == 1 else None


def group_by_first_char(fragments: list[str], lead: str = "") -> str:
    """An alternation of `fragments` with those that start with the same literal character
    merged behind it: "t(?:ariffs?|axes)|d(?:uty|uties)". The regex engine then tests one
    character per group instead of one per fragment at every word. Alternatives that can
    match at the same position keep their order: a fragment joins an earlier group only
    when nothing between them can start with its character."""
    groups: list[tuple[str | None, list[str]]] = []
    for f in fragments:
        ch = _literal_first(f)
        target = None
        if ch is not None:
            for key, members in reversed(groups):
                if key == ch:
                    target = members
                    break
                if key is None:
                    starts = first_chars(members[0])
                    if starts is None or ch in starts or ch.upper() in starts:
                        break  # it could match where this one does: keep the order
        if target is not None:
            target.append(f[1:])
        else:
            groups.append((ch, [f[1:] if ch is not None else f]))
    parts = []
    for key, members in groups:
        if key is None:
            parts.append(f"(?:{lead}{members[0]})")
            continue
        # `lead` (zero-width) is checked behind the first character, where it ran before
        ch = re.escape(key) + (f"(?<={lead}{re.escape(key)})" if lead else "")
        if len(members) == 1:
            parts.append(f"(?:{ch}{members[0]})")
        else:
            parts.append(ch + "(?:" + "|".join(f"(?:{m})" for m in members) + ")")
    return "|".join(parts)


def _build_products() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    spec: dict[str, list[str]] = _load("products.yaml")["products"]
    per_label = [(label, _ci_re(frags)) for label, frags in spec.items()]
    labels: list[str] = []
    fragments: list[str] = []
    for label, frags in spec.items():
        for f in _product_fragments(frags):
            labels.append(label)
            fragments.append(f)
    if any(_literal_first(f) is None for f in fragments):
        # One combined pattern with a named group per label: a single scan per span.
        body = "|".join(
            f"(?P<{label}>{group_by_first_char(_product_fragments(frags))})"
            for label, frags in spec.items()
        )
        return per_label, guarded(rf"(?<![\w])(?:{body})(?![\w])")
    return per_label, _product_re(labels, fragments)


def _product_re(labels: list[str], fragments: list[str]) -> re.Pattern[str]:
    """All products' fragments (each starting with a literal) in one pattern, grouped by
    their first character across labels: "s(?:(?P<steel__0_0>teel)|(?P<seafood__0_1>eafood))".
    At a word the regex engine tests each first letter once, not once per label. Only
    fragments with that letter can match there, and they keep the labels' order, so each
    match and its label are the same as with one group per label. A group's name is its
    label, "__" and a number (`group_label`)."""
    by_char: dict[str, list[int]] = {}
    for i, f in enumerate(fragments):
        by_char.setdefault(f[0], []).append(i)
    parts = []
    for n, (ch, idx) in enumerate(by_char.items()):
        runs: list[list[int]] = []  # consecutive fragments of one label share a group
        for i in idx:
            if runs and labels[runs[-1][-1]] == labels[i]:
                runs[-1].append(i)
            else:
                runs.append([i])
        named = [
            f"(?P<{labels[run[0]]}__{n}_{j}>"
            + "|".join(f"(?:{fragments[i][1:]})" for i in run)
            + ")"
            for j, run in enumerate(runs)
        ]
        parts.append(re.escape(ch) + "(?:" + "|".join(named) + ")")
    return re.compile(rf"(?<![\w])(?:{'|'.join(parts)})(?![\w])")


def group_label(group: str | None) -> str | None:
    """The product label of a `Gazetteer.product_re` group: "steel__3_0" -> "steel"."""
    return group.partition("__")[0] if group is not None else None


def _product_fragments(frags: list[str]) -> list[str]:
    """A product's fragments lower-cased, leading groups split, first characters hoisted."""
    return [hoist_first_char(p) for f in frags for p in literal_led(_lower_pattern(f))]


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with, or None when that is not
    simple to tell (a class like \\w, a negated set, an empty match)."""
    chars, nullable = _seq_first(_sre_parser.parse(pattern, flags), bool(flags & re.I))
    return None if chars is None or nullable else frozenset(chars)


def _seq_first(items: Any, icase: bool) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _node_first(op, av, icase)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _node_first(op: Any, av: Any, icase: bool) -> tuple[set[str] | None, bool]:
    c = _sre_constants
    if op is c.LITERAL:
        ch = chr(av)
        return ({ch.lower(), ch.upper()} if icase else {ch}), False
    if op is c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is c.LITERAL:
                chars.add(chr(a))
            elif o is c.RANGE:
                chars |= {chr(x) for x in range(a[0], a[1] + 1)}
            elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                chars |= set(string.digits)
            else:
                return None, False
        return ({x for ch in chars for x in (ch.lower(), ch.upper())} if icase else chars), False
    if op is c.BRANCH:
        union: set[str] = set()
        nullable = False
        for branch in av[1]:
            sub, n = _seq_first(branch, icase)
            if sub is None:
                return None, False
            union |= sub
            nullable = nullable or n
        return union, nullable
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        sub_icase = (icase or bool(add_flags & re.I)) and not del_flags & re.I
        return _seq_first(sub, sub_icase)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _high, sub = av
        chars_r, n = _seq_first(sub, icase)
        return chars_r, (chars_r is not None) and (n or low == 0)
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return set(), True  # zero-width: the next item decides
    return None, False


def finite_strings(pattern: str, limit: int = 256) -> frozenset[str] | None:
    """Every string a match of the case-sensitive `pattern` can consume, when there are at
    most `limit` of them ("chair(?:man|woman)?": chair, chairman, chairwoman), else None.
    Look-arounds and anchors are read as empty: the set can only be too large, so a text
    that holds none of its strings holds no match."""
    parsed = _sre_parser.parse(pattern)
    if parsed.state.flags & (re.I | re.X):
        return None
    return _seq_strings(parsed, limit)


def _seq_strings(items: Any, limit: int) -> frozenset[str] | None:
    out = frozenset({""})
    for op, av in items:
        node = _node_strings(op, av, limit)
        if node is None:
            return None
        out = frozenset(a + b for a in out for b in node)
        if len(out) > limit:
            return None
    return out


def _node_strings(op: Any, av: Any, limit: int) -> frozenset[str] | None:
    c = _sre_constants
    if op is c.LITERAL:
        return frozenset({chr(av)})
    if op is c.IN:
        if not all(o is c.LITERAL for o, _ in av):
            return None  # ranges, classes, negation
        return frozenset(chr(a) for _, a in av)
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            sub = _seq_strings(branch, limit)
            if sub is None:
                return None
            union |= sub
        return frozenset(union) if len(union) <= limit else None
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.I:
            return None
        return _seq_strings(sub, limit)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, high, sub = av
        body = _seq_strings(sub, limit)
        if body is None or high > 4:
            return None
        out: set[str] = set()
        for n in range(low, high + 1):
            reps = frozenset({""})
            for _ in range(n):
                reps = frozenset(a + b for a in reps for b in body)
                if len(reps) > limit:
                    return None
            out |= reps
        return frozenset(out) if len(out) <= limit else None
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return frozenset({""})  # zero-width
    return None


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled behind a look-ahead on its possible first characters. The regex
    engine tries every alternative at every position; the look-ahead rejects most
    positions with one set test. Matches are unchanged."""
    chars = first_chars(pattern, flags)
    if not chars:
        return re.compile(pattern, flags)
    cls = "".join(re.escape(ch) for ch in sorted(chars))
    # Inline (?i:...) parts fold case the Unicode way (the long s U+017F is an "s"): a case-blind
    # class keeps the guard a superset of what they match.
    guard = f"(?i:[{cls}])" if "(?i" in pattern else f"[{cls}]"
    # A word boundary that every alternative starts with is tested before the look-ahead:
    # it rejects a position inside a word in one step.
    lead = r"\b" if all(a.startswith(r"\b") for a in top_level_alternatives(pattern)) else ""
    return re.compile(f"{lead}(?={guard})(?:{pattern})", flags)


# Characters that a case-blind letter also matches beyond its two ASCII cases.
_CASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of `pattern` split at its top-level "|"."""
    cuts = [i for i, ch, depth in _syntax(pattern) if ch == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def case_blind(alternation: str, depth: int = 1) -> str:
    """The case-blind alternation "(?i:chief|ceo|head)" written as
    "[cC](?i:hief|eo)|[hH](?i:ead)": same matches (alternatives that can start at the same
    position keep their order), but the regex engine rejects each group on its first
    character, which it cannot do when an alternative starts case-blind. With `depth` > 1
    the rest of a group is written so again, that many letters deep
    ("[cC](?:[hH](?i:ief)|[eE](?i:o))"), when each of its alternatives starts with a plain
    letter: more alternatives then fail on one class test."""
    out: list[str | tuple[str, list[str]]] = []  # plain alternatives and (letter, tails)
    open_groups: dict[str, list[str]] = {}  # letter -> tails of the group still growing
    for alt in top_level_alternatives(alternation):
        first = alt[:1].lower()
        if not first.isalpha() or not first.isascii() or alt[1:2] in _QUANTIFIERS or not alt[1:]:
            out.append(f"(?i:{alt})")
            # A later alternative may not move in front of this one ("c|...|chef": "chef"
            # joining the earlier c-group would win where "c" did): close the groups it
            # could share a first character with.
            if first.isalpha() and first.isascii():
                open_groups.pop(first, None)
            else:
                open_groups.clear()
            continue
        if first not in open_groups:
            open_groups[first] = []
            out.append((first, open_groups[first]))
        open_groups[first].append(alt[1:])
    return "|".join(
        x
        if isinstance(x, str)
        else f"[{x[0]}{x[0].upper()}{_CASE_EXTRAS.get(x[0], '')}]{_case_blind_rest(x[1], depth)}"
        for x in out
    )


def _case_blind_rest(tails: list[str], depth: int) -> str:
    """The case-blind alternation of `tails` (what follows a group's first letter)."""
    plain = all(
        len(t) > 1 and t[0].isascii() and t[0].isalpha() and t[1] not in _QUANTIFIERS for t in tails
    )
    if depth > 1 and plain:
        return f"(?:{case_blind('|'.join(tails), depth - 1)})"
    return f"(?i:{'|'.join(tails)})"


def _rule_re(triggers: dict[str, list[str]]) -> re.Pattern[str]:
    """All trigger lexicons in one pattern, one named group each. The word-start check is
    hoisted out of the groups: checked once per position instead of once per lexicon,
    which halves the scan time."""
    bodies = []
    for k in RULE_KEYS:
        body = group_by_first_char(_lexicon_fragments(triggers[k], k.endswith("_cs")))
        bodies.append(rf"(?P<{k}>(?:{body})(?![\w]))")
    return re.compile(_WORD_START + "(?:" + "|".join(bodies) + ")")


@cache
def gazetteer() -> Gazetteer:
    """The compiled gazetteer (built once per process)."""
    surfaces, blockers, context_metonyms = _build_surfaces()
    people = _build_people()
    by_alias: dict[str, KnownPerson] = {}
    by_surname: dict[str, KnownPerson] = {}
    for p in people:
        for a in (p.name, *p.aliases):
            by_alias[a] = p
        by_surname.setdefault(p.surname, p)
    person_re = _phrase_re(list(by_alias), capitals_only=all(a[:1].isupper() for a in by_alias))
    products, product_re = _build_products()
    triggers: dict[str, list[str]] = _load("triggers.yaml")
    stems = triggers.pop("prefilter_stems")
    lex = {k: _ci_re(v, k.endswith("_cs")) for k, v in triggers.items()}
    return Gazetteer(
        surfaces=surfaces,
        actor_re=_phrase_re(list(surfaces) + list(context_metonyms)),
        metonym_blockers=blockers,
        context_metonyms=context_metonyms,
        people=people,
        person_by_alias=by_alias,
        person_by_surname=by_surname,
        person_re=person_re,
        products=products,
        product_re=product_re,
        lex=lex,
        prefilter=re.compile(r"\b" + trie_pattern(stems)),
        rule_re=_rule_re(triggers),
    )
