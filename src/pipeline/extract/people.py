"""People: known office-holders from the gazetteer and unknown ones by title pattern.

"Ontario Premier Doug Ford", "Commerce Secretary Howard Lutnick", "Mr. Carney" (once Mark
Carney is known) all resolve to one person with a role and a country. Roles of known
people are the ones held on the publication date; past office-holders are "former …".
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice

from pipeline.extract.gazetteer import (
    Gazetteer,
    KnownPerson,
    case_blind,
    finite_strings,
    group_by_first_char,
    guarded,
    load_data,
    top_level_alternatives,
    trie_pattern,
    words,
)

_SURNAME_RES: dict[int, re.Pattern[str]] = {}  # compiled once per gazetteer

_NAME_TOKEN = (
    # Capitals with accents too: "Émilie", "Marie-Ève"
    # "MacDonald", "LeBlanc" first: an inner capital after up to three letters continues
    # the name (else "Mac" alone would end it)
    # ... and the letters of Latin Extended-A: "Petrović", "Łukasz", "Šimić"
    r"(?:[A-Z][a-z]{0,2}[A-Z][a-zà-ÿ\u0100-\u017f]+"
    r"|[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zà-ÿ\u0100-\u017f]+"
    r"(?:-[A-ZÀ-ÖØ-Þ\u0100-\u017f]?[a-zà-ÿ\u0100-\u017f]+|['\u2019][A-Z][a-zà-ÿ\u0100-\u017f]+)*"
    r"|(?:[dD]|O|L)['\u2019][A-ZÀ-Þ][a-zà-ÿ\u0100-\u017f]+"  # "d'Entremont", "O'Leary"
    r"|[A-Z]\.(?:[A-Z]\.)?)"
)
_NAME = rf"{_NAME_TOKEN}(?:[^\S\n]+(?:von der |de |van |da )?{_NAME_TOKEN}){{0,2}}"
_TITLES = (
    r"Deputy Prime Minister|Prime Minister|Vice[- ]President|President|Premier|Governor|Gov\."
    r"|Senator|Sen\.|Representative|Rep\.|Congress(?:man|woman)|Ambassador"
    r"|Secretary of (?:State|Commerce|the Treasury|Treasury|Agriculture|Energy|the Interior"
    r"|Homeland Security|Defense|Labor|Transportation)"
    r"|(?:Commerce|Treasury|Agriculture|Energy|Interior|State|Homeland Security|Defense"
    r"|Transportation|Labor|Press|Economy) Secretary"
    r"|Trade Representative|Trade Rep\."
    r"|(?:International |Foreign |Internal )?Trade Minister|Finance Minister"
    r"|Foreign (?:Affairs )?Minister|Industry Minister|Innovation Minister|Energy Minister"
    r"|Natural Resources Minister|Agriculture Minister|Economic Development Minister"
    r"|Intergovernmental Affairs Minister|Transport Minister|Public Safety Minister"
    r"|Minister of [A-Z][\w-]+(?: (?:and|of|for|the) [A-Z][\w-]+| [A-Z][\w-]+){0,4}"
    r"|(?:Conservative|Liberal|NDP|Bloc Québécois|Green|Democratic|Republican) (?:Party )?[Ll]eader"
    r"|Opposition [Ll]eader"
    r"|Senate Majority Leader|House Speaker|Chancellor|Mayor"
    # legislators and councillors: "Bloc Québécois MP Jo Roe", "Liberal MPP", "Coun. Jo Roe"
    r"|MPP|MP|MLA|MNA|Coun\.|Councillor|Councilor|Judge|Justice"
    r"|Solicitor General|Attorney General"  # both countries have them: the story's home
    # any other portfolio: "B.C. Forests Minister Ravi Parmar", "Labour Minister"
    r"|[A-Z][a-z]+(?: (?:and|of) [A-Z][a-z]+)? Minister"
)
# Titles inside an organisation ("Canadian Chamber of Commerce president Candace Laing"):
# the country comes from an actor word in the organisation's name just before.
_ORG_TITLES = (
    r"chief executive|ceo|chair(?:man|woman)?|spokes(?:person|man|woman)|executive director"
    r"|director|chief economist|economist|head|vice-president|founder|national president"
    # occupations writers put before a private person's name: "trade lawyer Jo Roe"
    r"|lawyer|analyst|owner|officer|broker|farmer|fisherman|millwright|trader|consultant"
    r"|professor|researcher"
    # newsroom and shop-floor titles: "Washington correspondent Dana Roe", "grain shipper Jo
    # Poe", "operations manager Jan Doe"
    r"|correspondent|reporter|bureau chief|anchor|columnist|editor|shipper|dispatcher"
    r"|historian|operations manager|plant manager|general manager|store manager|manager"
    r"|machinist|welder|trucker|truck driver|driver|rancher|winemaker|distiller|brewer|grocer"
    r"|political scientist|scientist|technician|steelworker|auto worker|autoworker"
    r"|co-host|host|worker|caller"
)
_ORG_TITLE_RE = re.compile(rf"(?i:{_ORG_TITLES}|president)$")
# "\b" is "(?<![\w])" here (a title starts with a letter), and cheaper.
TITLE_RE = guarded(  # a look-ahead on first characters: faster, same matches
    rf"\b(?P<title>{group_by_first_char(top_level_alternatives(_TITLES))}|"
    + case_blind(
        "prime minister|premier|governor|president|commerce secretary|treasury secretary"
        f"|trade minister|finance minister|{_ORG_TITLES}",
        depth=3,  # three letters deep: ~10% faster, same matches
    )
    + r")\s+"
    rf"(?P<name>{_NAME})"
)
_OTHER_PORTFOLIO = re.compile(r"[A-Z][a-z]+(?: (?:and|of) [A-Z][a-z]+)? Minister")
_TRADE_PORTFOLIO = re.compile(
    r"Trade|Finance|Foreign|Industry|Innovation|Energy|Resources|Agriculture|Economic"
    r"|Intergovernmental|Transport|Safety|Prime"
)
# The word-start check sits behind each first letter ("M(?<=\bM)..."): the pattern then
# starts with literals and the regex engine skips to the capitals M and D. Same matches.
_WORD_EDGE = r"\b"
HONORIFIC_RE = re.compile(
    "(?:" + group_by_first_char(["Mr", "Mrs", "Ms", "Dr"], lead=_WORD_EDGE) + r")\.?\s+"
    rf"(?P<name>{_NAME_TOKEN})(?:\s+(?P<last>{_NAME_TOKEN}))?"
)
# "said Jo Roe of the Prairie Growers Council": a private person named with an organisation
_SAID_OF_RE = guarded(
    rf"\b(?:said|says)\s+(?P<name>{_NAME_TOKEN}\s+{_NAME_TOKEN})(?=\s+(?:of|from|at|with)\s"
    rf"+(?:(?:the|a|an)\s+)?[A-Z])"
    # A name followed by what it does. One group for the three kinds below: the name is read
    # once per capital instead of once per kind, and its span is the same whichever kind
    # follows (each starts with whitespace, so the name is the two whitespace-free runs
    # before it). "\b" is "(?<![\w])" here: a name starts with a letter.
    rf"|\b(?P<name2>{_NAME_TOKEN}\s+{_NAME_TOKEN})(?=\s+(?:"
    # "Catherine Cobden of the Canadian Steel Producers Association said ..."
    r"(?:of|from|at|with)\s+(?:(?:the|a|an)\s+)?[A-Z][^,.;:\n]{2,70}?(?:,\s+[A-Z][\w.]{1,12},)?"
    r"\s+(?:said|says|told)\b"
    # "Hélène Marchetti is chief economist at Banque ..."
    r"|is\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+)?(?:economist|president|director|analyst|lawyer|professor|spokes\w+|chair\w*"
    r"|owner|manager|partner|head|founder|columnist|writer|editor|correspondent|contributor"
    r"|reporter|fellow|researcher|consultant|strategist|advis[eo]r|millwright|machinist|welder"
    r"|trucker|driver|farmer|nurse|teacher|worker|broker|trader)\s+(?:at|of|for|with|in|near)\s"
    # "Carol-Ann Beaudry manages a liquor store"
    r"|(?:manages|runs|owns|operates|heads|chairs|co-owns)\s+(?:a|an|the|his|her)\s))"
)
_MAIN_VERB_AFTER = re.compile(
    r",\s+(?:was|is|were|are|has|had|will|would|can|could|stood|sat|walked|spent|keeps|kept)\s"
)
_ORG_WORD = re.compile(
    r"\b(?:Council|Association|Chamber|Group|Bank|Institute|Union|Board|Federation|Alliance"
    r"|Coalition|Society|Corporation|Company|Inc|Ltd|Party|Agency|Department|Ministry|Office"
    r"|Commission|Committee|Court|Act|Centre|Center|Foundation|Fund|Network|Partners|Officer"
    r"|Relations|Affairs|Services|Communications|Engagement|Outreach|Operations|Secretariat"
    r"|Division|Branch|Desk|Team|Valley|River|Harbour|Harbor|Bay|Lake"
    r"|Island|Coast|County|Peninsula"
    # companies named by their trade: "Norvell Therapeutics, a Mississauga generic maker"
    r"|Therapeutics|Pharmaceuticals|Pharma|Industries|Foods|Farms|Logistics|Holdings|Capital"
    r"|Technologies|Systems|Manufacturing|Brewing|Distillers|Mills|Metals|Steel|Lumber|Works"
    r"|Supply|Supplies|Motors|Marine|Outfitters|Builders|Electric|Solar|Trading|Imports|Exports"
    r"|Program|Programme|Project|Initiative|Campaign|Festival|Conference|Summit|Forum)\b"
)
_STOP_TOKENS = frozenset(
    words(
        """The A An On In At And But Or For Of To Said Says Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September
    October November December Canada Canadian America American U.S. This That It He She
    They We Ottawa Washington Jan. Feb. Aug. Sept. Oct. Nov. Dec. Mar. Apr. Jr. Sr.
    President Premier Governor Prime Senator Secretary Minister Chancellor Sen Sen. Rep Rep.
    Gov Gov."""
    )
)
# Default country (and whether the holder is a head of government/state) per title.
_TITLE_COUNTRY: tuple[tuple[re.Pattern[str], str | None, bool], ...] = (
    (re.compile(r"^(?:deputy )?prime minister$", re.I), "CA", True),
    (re.compile(r"^vice[- ]president$", re.I), "US", False),
    (re.compile(r"^president$", re.I), "US", True),
    (re.compile(r"^premier$", re.I), "CA", False),
    (re.compile(r"^(?:governor|gov\.|senator|sen\.|representative|rep\.|congress)", re.I), "US",
     False),
    (re.compile(r"secretary|trade rep", re.I), "US", False),
    (re.compile(r"minister", re.I), "CA", False),
    (re.compile(r"^(?:MPP?|MLA|MNA)$"), "CA", False),
    (re.compile(r"^(?:conservative|liberal|ndp|bloc|green)", re.I), "CA", False),
    (re.compile(r"^(?:democratic|republican|senate|house)", re.I), "US", False),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PersonMention:
    start: int
    end: int
    name: str
    role: str | None
    country: str | None
    code: str | None  # acting code: CA-ON for a premier of Ontario
    leader: bool
    known: bool
    # False for private persons introduced by an appositive ("said Jane Roe, a Toronto
    # trade lawyer"): listed as people, but never a party to an event.
    acts: bool = True


_IMPERATIVES = frozenset({"Contact", "Call", "Email", "Ask", "Dear", "Meet", "Thank", "Thanks"})


def _clean_name(raw: str) -> str:
    toks = raw.split()
    out = []
    for t in toks:
        if t in _STOP_TOKENS:
            break
        out.append(t)
    return " ".join(out)


def _title_country(title: str, prefix_code: str | None) -> tuple[str | None, str | None, bool]:
    """(country, acting code, leader) for an unknown person from the title and its prefix."""
    t = title.strip()
    if t[:1].islower() and not prefix_code and t.lower() == "president":
        return None, None, False  # "union president Lana Payne": not a head of state
    for pat, country, leader in _TITLE_COUNTRY:
        if pat.search(t):
            if prefix_code:
                pc = prefix_code.split("-")[0]
                return pc, prefix_code, leader and pc == country
            return country, country, leader
    if prefix_code:
        return prefix_code.split("-")[0], prefix_code, False
    return None, None, False


_SENTENCE_START = re.compile(r"[.!?][\"\u201d']?\s+(?=[A-Z\"\u201c]|$)|\n")
_QUOTE_MARK = re.compile('["\u201c\u201d]')
_SPEECH_AFTER = re.compile(r",\s+(?:said|says|told|added|wrote)\b")
_ORG_PRESIDENT = re.compile(r"(?:vice[- ])?president", re.IGNORECASE)


class _Found(dict[tuple[int, int], "PersonMention"]):
    """Person mentions by span, with the set of characters they cover: "is this position
    inside a mention already found?" in constant time (a scan of every span made
    degenerate text, a name repeated thousands of times, quadratic)."""

    def __init__(self) -> None:
        super().__init__()
        self.covered: set[int] = set()

    def __setitem__(self, key: tuple[int, int], value: PersonMention) -> None:
        super().__setitem__(key, value)
        self.covered.update(range(key[0], key[1]))

    def covers(self, pos: int) -> bool:
        return pos in self.covered


class PeopleFinder:
    """Finds person mentions across an article, remembering who was introduced."""

    def __init__(self, gaz: Gazetteer, published: date | None) -> None:
        self.gaz = gaz
        self.day = published
        self.seen: dict[str, PersonMention] = {}  # surname -> first full mention
        self._text = ""
        self._actor_ends: list[int] = []  # ends of actor phrases, sorted
        self._actor_codes: list[str] = []
        self._surname_re = _SURNAME_RES.get(id(gaz)) or _SURNAME_RES.setdefault(
            id(gaz),
            # searched from the surnames' capitals (`trie_pattern`'s lead): same matches
            re.compile(
                "(?:" + trie_pattern(list(gaz.person_by_surname), lead=r"(?<![\w])") + r")(?![\w])"
            ),
        )

    def _known(self, p: KnownPerson, start: int, end: int) -> PersonMention:
        role, code, _ = p.describe(self.day)
        # A former head still counts for contacts: "Trudeau met Trump at Mar-a-Lago".
        leader = any(r.leader for r in p.roles)
        return PersonMention(start, end, p.name, role, p.country, code, leader, True)

    def find(
        self,
        text: str,
        start: int,
        end: int,
        prefix_codes: dict[int, tuple[str, str]],
        actors: list[tuple[int, str, int]] | None = None,
    ) -> list[PersonMention]:
        """Person mentions in text[start:end]; prefix_codes maps a title's start to the code
        of an actor phrase right before it ("Ontario" in "Ontario Premier")."""
        self._text = text
        self._actor_ends = [e for e, _, _ in actors or []]
        self._actor_codes = [c for _, c, _ in actors or []]
        self._actor_starts = [s for _, _, s in actors or []]
        found = _Found()
        for m in self.gaz.person_re.finditer(text, start, end):
            if _DOUBLE_SURNAME_BEFORE.search(text, max(start, m.start() - 40), m.start()):
                continue  # "Ruth Whitcombe-Anand" is no Anand of the gazetteer
            p = self.gaz.person_by_alias[m.group()]
            pm = self._known(p, m.start(), m.end())
            found[(m.start(), m.end())] = pm
        for m in TITLE_RE.finditer(text, start, end):
            self._from_title(m, prefix_codes, found)
        covered = set(found.covered)
        for pm in sorted(found.values(), key=lambda x: x.start):
            self.seen.setdefault(pm.name.split()[-1], pm)
        for m in self._surname_re.finditer(text, start, end):
            if m.start() in covered or text[m.start() - 1 : m.start()] == "-":
                continue
            pm = self._from_surname(text, m)
            if pm:
                found[(m.start(), m.end())] = pm
        for m in HONORIFIC_RE.finditer(text, start, end):
            if found.covers(m.start("name")):
                continue
            prev = self.seen.get(m.group("last") or m.group("name"))
            if prev:
                found[(m.start(), m.end())] = _moved(prev, m.start(), m.end())
            elif m.group("last") and m.group("last") not in _STOP_TOKENS:
                # "Ms. Jo Roe": an honorific before a full name marks a person
                self._new_person(m.start("name"), m.end("last"), found)
        for m in _SAID_OF_RE.finditer(text, start, end):
            group = "name" if m.group("name") else "name2"
            if not found.covers(m.start(group)):
                self._new_person(m.start(group), m.end(group), found)
        for m in _APPOSITIVE_RE.finditer(text, start, end):
            self._from_appositive(m, found)
        if _may_title_comma(text):
            for m in _TITLE_COMMA_RE.finditer(text, start, end):
                self._from_title_comma(m, found)
        # A real article has a few dozen speech verbs; the cap keeps degenerate text
        # ("Jane Roe said" 100,000 times) from the quadratic overlap checks below.
        for v in islice(_SPEECH_VERB.finditer(text, start, end), MAX_SPEAKERS):
            # "Jane Roe said": a speaker named with nothing else, a person when the first
            # name is a given name
            m = _SPEAKER_BEFORE.search(text, max(start, v.start() - 60), v.start())
            if m is not None and m.group("first") in _GIVEN_NAMES and not found.covers(m.start()):
                self._new_person(m.start(), m.end(), found)
            # "said coffee shop owner Brent Halvorsen": the speaker after a role in lower case
            after = _ROLE_THEN_NAME.match(text, v.end(), end)
            if (
                after is not None
                and after.group("first") in _GIVEN_NAMES
                and not found.covers(after.start("name"))
            ):
                self._new_person(after.start("name"), after.end("name"), found)
        for m in islice(_OPENING_NAME.finditer(text, start, end), MAX_SPEAKERS):
            if (
                m.group("first") in _GIVEN_NAMES
                and m.group("last") not in _PLACE_WORDS
                and not found.covers(m.start())
            ):
                self._new_person(m.start("name"), m.end("name"), found)
        for m in islice(_PLURAL_TITLE.finditer(text, start, end), MAX_SPEAKERS):
            for n in _LISTED_NAME.finditer(text, m.start("names"), m.end("names")):
                if not found.covers(n.start()):  # the plural title says they are people
                    self._new_person(n.start(), n.end(), found)
        for m in islice(_OFFICE_OF.finditer(text, start, end), MAX_SPEAKERS):
            # the department's words run on until a given name starts the person's
            words = list(re.finditer(r"\S+", m.group("run")))
            first = next(
                (i for i, w in enumerate(words[1:-1], 1) if w.group() in _GIVEN_NAMES), None
            )
            if first is not None:
                n_start = m.start("run") + words[first].start()
                n_end = m.start("run") + words[first + 1].end()
                if not found.covers(n_start):
                    self._new_person(n_start, n_end, found)
        if "host" in text or "anchor" in text:
            # "hosts Leah Okafor and Sam Brandt unpack ...": a broadcast's hosts by role
            for m in islice(_HOSTS.finditer(text, start, end), MAX_SPEAKERS):
                for group in ("n1", "n2"):
                    named = m.group(group)
                    if (
                        named
                        and named.split()[0] in _GIVEN_NAMES
                        and not found.covers(m.start(group))
                    ):
                        self._new_person(m.start(group), m.end(group), found)
        for m in islice(_PARTY_BRACKET.finditer(text, start, end), MAX_SPEAKERS):
            named = _NAME_BEFORE.search(text, max(start, m.start() - 60), m.start())
            if named and not found.covers(named.start(1)):
                self._labelled_person(named.start(1), named.end(1), found)
        for m in _labelled(text, start, end):
            for group in _LABEL_GROUPS:
                if group not in m.re.groupindex or not m.group(group):
                    continue
                if group in _CAPITALS_GROUPS and not _caps_name(text, m.group(group)):
                    continue  # "[ANCHOR, ON CAMERA]": a stage direction, not a name
                if group == "letter3" and not _letter_signature(m, group):
                    continue  # "Prince Edward Island, Canada": a place over its country
                if group in _GIVEN_NAME_GROUPS and m.group(group).split()[0] not in _GIVEN_NAMES:
                    continue  # "Morning Memo — Monday, June 30": a newsletter's heading
                if not found.covers(m.start(group)):
                    self._labelled_person(
                        m.start(group),
                        m.end(group),
                        found,
                        posted=group == "byline",
                        block=group in ("contactline", "sigtitle", "lastsig"),
                    )
        for line in islice(_ROLL_CALL.finditer(text, start, end), MAX_SPEAKERS):
            # "Present: Patricia Okonkwo (President), Daniel Ferreira (Treasurer)": minutes'
            # attendance lines name people, each first in its item
            for item in _ROLL_ITEM.finditer(text, line.start("items"), line.end("items")):
                n = _ITEM_NAME.match(item.group())
                if n is None or n.group(1).split()[0] not in _GIVEN_NAMES:
                    continue  # "Kevin Doyle, Property Manager": a role, not a second name
                at = item.start() + n.start(1)
                if not found.covers(at):
                    self._labelled_person(at, at + len(n.group(1)), found)
        # Last, any other given name and surname: a private person named in passing
        # ("thanks to Bert Hollis and his grandsons"), once every labelled pattern had its turn
        for m in islice(_ANY_NAME.finditer(text, start, end), MAX_SPEAKERS):
            if (
                m.group("first") in _GIVEN_NAMES
                and m.group("last") not in _PLACE_WORDS
                and m.group("last") not in _STOP_TOKENS
                and m.group("last") not in _SURNAME_PARTICLES  # "Pete Van der Berg"
                and not found.covers(m.start())
            ):
                self._new_person(m.start(), m.end(), found)
        # a place next to a name, for every name still without a country
        for n_start, n_end in list(found):
            self._placed_nearby(n_start, n_end, found)
        out = sorted(found.values(), key=lambda x: x.start)
        for pm in out:
            self.seen.setdefault(pm.name.split()[-1], pm)
        return out

    def _from_title(
        self,
        m: re.Match[str],
        prefix_codes: dict[int, tuple[str, str]],
        found: _Found,
    ) -> None:
        name = _clean_name(m.group("name"))
        n_start = m.start("name")
        title = m.group("title")
        last_word = title.rsplit(" ", 1)[-1]
        if (
            name
            and " " not in name
            and title.startswith("Minister of ")
            and last_word in _GIVEN_NAMES
        ):
            # "Minister of Energy and Electrification Stephen Lecce": the portfolio's words
            # took the given name
            name, n_start, title = (
                f"{last_word} {name}",
                n_start - len(last_word) - 1,
                title[: -len(last_word) - 1],
            )
        n_end = n_start + len(name)
        if not name:
            return
        if "\n" in self._text[m.end("title") : n_start] and _CAPITAL_NEXT.match(self._text, n_end):
            # "Office of the Premier\nOntario Suspends Electricity Surcharge ...": a headline
            # under a letterhead, not a name after a title
            return
        if found.covers(n_start):
            # Known person already found; the title only widens the span.
            return
        known = self.gaz.person_by_alias.get(name) or (
            self.gaz.person_by_surname.get(name) if " " not in name else None
        )
        if known:
            found[(n_start, n_end)] = self._known(known, n_start, n_end)
            return
        if " " not in name:
            prev = self.seen.get(name)
            if prev:
                found[(n_start, n_end)] = _moved(prev, n_start, n_end)
            return
        prefix = prefix_codes.get(m.start()) or _nationality(self._text, m.start())
        country, code, leader = _title_country(title, prefix[0] if prefix else None)
        role = title if not prefix else f"{prefix[1]} {title}"
        if (
            country is None
            and _ORG_TITLE_RE.match(title)
            and (title[:1].islower() or _sentence_initial(self._text, m.start()))
        ):
            # "Canadian Chamber of Commerce president X"; "Economist X of Laval University"
            country = code = (
                self._org_country(m.start())
                or self._org_after(n_end)
                or self._lead_place(m.start())
            )
            leader = False
        # Ministers of portfolios far from trade ("Forests Minister") are listed as people
        # but are no party to talks or measures.
        acts = not _OTHER_PORTFOLIO.fullmatch(title) or bool(_TRADE_PORTFOLIO.search(title))
        found[(n_start, n_end)] = PersonMention(
            n_start, n_end, name, role, country, code, leader, False, acts
        )

    def _lead_place(self, start: int) -> str | None:
        """ "In Plattsburgh, N.Y., motel owner Gary Deshaies said": a town heading the same
        sentence, outside anyone's quoted words."""
        at = max(0, start - 100)
        lead = _SENTENCE_START.split(self._text[at:start])[-1]
        if _QUOTE_MARK.search(lead):
            return None
        at = start - len(lead)
        for m in _CITY_RE.finditer(self._text, at, start):
            # ("a shop that sends fixtures to Windsor assembly plants": its customers' town)
            if not _ELSEWHERE_BEFORE.search(self._text, max(at, m.start() - 40), m.start()):
                return _CITIES[m.group(1)]
        return None

    def _new_person(self, n_start: int, n_end: int, found: _Found) -> None:
        """A private person with no title: the country of an organisation named right
        after ("of the Ontario Pork Council"), else none (the story's home, later)."""
        name = _clean_name(self._text[n_start:n_end])
        if " " not in name or self._actor_in(n_start, n_end) or _ORG_WORD.search(name):
            return  # "the Business Council of Canada said": an organisation
        n_end = n_start + len(name)
        country = self._org_after(n_end)
        found[(n_start, n_end)] = PersonMention(
            n_start, n_end, name, None, country, None, False, False, acts=False
        )

    def _from_title_comma(self, m: re.Match[str], found: _Found) -> None:
        """ "Quebec's finance minister, Eric Girard,": the owner's country, else the title's."""
        name = _clean_name(m.group("name"))
        n_start = m.start("name")
        n_end = n_start + len(name)
        if " " not in name or found.covers(n_start):
            return
        if self._actor_in(n_start, n_end) or _ORG_WORD.search(name):
            return
        title = m.group("title").strip()
        owner = self._actor_in(m.start("owner"), m.end("owner")) if m.group("owner") else None
        country = owner or _title_country(title, None)[0]
        found[(n_start, n_end)] = PersonMention(
            n_start, n_end, name, title, country, None, False, False, acts=False
        )

    def _labelled_person(
        self, n_start: int, n_end: int, found: _Found, posted: bool = False, block: bool = False
    ) -> None:
        """A name a label introduces; the place on the rest of its line, if any, gives the
        country ("Miriam Quist, Partner (Washington)"), except where a journalist is posted
        ("Reporting by Carla Mendes in Washington", "Nathalie Vézina, Washington
        correspondent": the outlet's country, decided later)."""
        self._new_person(n_start, n_end, found)
        pm = found.get((n_start, n_end))
        if pm is not None and pm.name.isupper():
            pm = found[(n_start, n_end)] = replace(pm, name=pm.name.title())  # "SARAH OKAFOR"
        if pm is None or pm.country is not None:
            return
        rest = _LINE_REST.split(self._text[n_end : n_end + 60], maxsplit=1)[0]
        if posted or rest.startswith(" in "):
            return
        country = city_country(rest) or self._place_in(n_end, n_end + len(rest))
        if country is None and block:
            # a contact or signature block: the office on its next lines ("Director, Trade
            # Policy\nDepartment of Finance Canada", "Office of the United States Trade
            # Representative")
            lines = self._text[n_end : n_end + 200].split("\n\n", 1)[0]
            country = self._actor_in(n_end, n_end + len(lines))
        if country:
            found[(n_start, n_end)] = replace(pm, country=country)

    def _from_appositive(self, m: re.Match[str], found: _Found) -> None:
        """A person introduced by a role after the name, the way writers quote private
        persons ("said Jane Roe, a customs broker in Buffalo"); the country is the first
        place the appositive names, so a person with no place stays unlisted."""
        name = _clean_name(m.group("name"))
        n_start = m.start("name")
        lead = name.split(" ", 1)[0]
        if lead in _IMPERATIVES:  # "Questions? Contact Rosalind Mercer, Director of ..."
            name, n_start = name[len(lead) + 1 :], n_start + len(lead) + 1
        if " " not in name or any(found.covers(p) for p in range(n_start, n_start + len(name))):
            return  # "Ontario Premier Doug Ford, who ...": a known person behind a title
        if _ORG_WORD.search(name):
            return  # "the Western Feedlot Council, which ...", "the ... Economic Powers Act, a law"
        if re.match(r"[A-Z]\.", self._text[max(0, n_start - 2) : n_start]):
            return  # "V.O.S. Selections, a New York importer": a firm's initials, cut short
        if _ARTICLE_BEFORE.search(self._text, max(0, n_start - 5), n_start):
            return  # "a sawmill town in the West Kootenay, the son of ...": a place
        spoke = _SPEECH_AFTER.search(self._text, m.start("app"), m.start("app") + 120)
        if not (
            m.group("said")
            or (m.group("intro") and (_PERSON_ROLE.search(m.group("app")) or spoke))
            or _ROLE_FIRST.match(m.group("app"))
        ):
            return  # "Auburn Hills, Michigan", "Acme Capital, a fund in Boston": not persons
        n_end = n_start + len(name)
        if self._actor_in(n_start, n_end):
            return  # "Quebec City, ..."
        app_start, app_end = m.start("app"), m.end("app")
        main = _MAIN_VERB_AFTER.search(self._text, app_start, app_end)
        if main is not None:
            # "Wade Rafuse, who has fished lobster here for 31 years, was hosing down his deck
            # and talking about Boston": the description ends where the sentence goes on
            app_end = main.start()
        if spoke is not None and spoke.start() < app_end:
            # "Jo Roe, a nurse, said she moved her trip from Montana": the description ends
            # at the speech verb; places after it are the story's, not hers
            app_end = spoke.start()
        head = m.group("app").split(",")[0]
        org_head = _ORG_PRESIDENT.fullmatch(head.strip()) and head != m.group("app")
        country = (
            city_country(self._text[app_start:app_end])
            # "in Sumas, Wash.": the abbreviation's period is where the description stops
            or self._place_in(app_start, app_end + (self._text[app_end : app_end + 1] == "."))
            # ", Minister of Finance"; not ", President, Automotive Parts Manufacturers'
            # Association": an organisation's president
            or (None if org_head else _title_country(head, None)[0])
        )
        if country is None:
            # "At a gas station in Lethbridge, Alta., Shauna Pelletier, 41, a nurse, said":
            # a town earlier in the same sentence
            lead = _SENTENCE_START.split(self._text[max(0, n_start - 100) : n_start])[-1]
            if not _QUOTE_MARK.search(lead):  # not a place inside someone's words
                country = city_country(lead)
        # "said Jane Roe, a sommelier"; "Edith Marlowe, 72, a retired teacher ..., said"
        described = (m.group("intro") or "").strip() in ("a", "an", "whose") and bool(
            m.group("said") or spoke
        )
        if country is None and not (described or _PERSON_ROLE.search(m.group("app"))):
            # no place and no role: maybe not a person at all ("said Jane Roe, a sommelier"
            # is one: a speaker described by what she does)
            return
        role = m.group("app").split(",")[0].strip()[:80]
        found[(n_start, n_end)] = PersonMention(
            n_start, n_end, name, role, country, None, False, False, acts=False
        )

    def _placed_nearby(self, n_start: int, n_end: int, found: _Found) -> None:
        """The town right after or right before a name met in passing gives its country:
        "Jerry Kowalczyk from Marquette", "our supplier near Steinbach, Rene Dufault"."""
        pm = found.get((n_start, n_end))
        if pm is None or pm.country is not None:
            return
        after = _PLACE_AFTER_NAME.match(self._text, n_end)
        before = _PLACE_BEFORE_NAME.search(self._text, max(0, n_start - 40), n_start)
        country = (city_country(after.group(1)) if after else None) or (
            # ("In New Jersey, Sal DiNapoli": a state is an actor of its own)
            (city_country(before.group(1)) or self._actor_in(*before.span(1))) if before else None
        )
        rel = _WHO_WORKS_IN.match(self._text, n_end) if country is None else None
        if rel is not None:
            # "Gail Mortensen, who buys for a group of lumber yards in Colorado": where the
            # business the relative clause names is
            country = city_country(rel.group(1)) or self._actor_in(*rel.span(1))
        if country:
            found[(n_start, n_end)] = replace(pm, country=country)

    def _actor_in(self, start: int, end: int) -> str | None:
        i = bisect_right(self._actor_ends, start)
        if i < len(self._actor_ends) and self._actor_ends[i] <= end:
            return self._actor_codes[i].split("-")[0]
        return None

    def _place_in(self, start: int, end: int) -> str | None:
        """Country of the first actor in text[start:end] used as a place ("in Ottawa",
        "for a Virginia firm"), not as a modifier of goods ("imports Canadian maple")."""
        i = bisect_right(self._actor_ends, start)
        while i < len(self._actor_ends) and self._actor_ends[i] <= end:
            a_start = self._actor_starts[i]
            if (
                _PLACE_BEFORE.search(self._text, max(0, a_start - 12), a_start)
                # "a Michigan farmer", "for a Virginia firm"; not "working on an American
                # series": a bare article counts where the description starts with it
                and (
                    not _BARE_ARTICLE.search(self._text, max(0, a_start - 12), a_start)
                    or _ARTICLE_PLACE.search(self._text, max(start, a_start - 25), a_start)
                    or not self._text[start:a_start].strip(" ,").split()[:-1]
                )
                and not _ELSEWHERE_BEFORE.search(self._text, max(0, a_start - 40), a_start)
            ):
                return self._actor_codes[i].split("-")[0]
            i += 1
        return None

    def _org_after(self, name_end: int) -> str | None:
        """Country of the place in "of/at <organisation>" right after the name."""
        m = _ORG_AFTER.match(self._text, name_end)
        if m is None:
            return None
        return city_country(m.group()) or self._actor_in(m.start(), m.end())

    def _org_country(self, title_start: int) -> str | None:
        """Country of an actor word in the organisation name right before a title."""
        i = bisect_right(self._actor_ends, title_start) - 1
        if i < 0:
            return None
        end, code = self._actor_ends[i], self._actor_codes[i]
        gap = self._text[end:title_start]
        if title_start - end > 60 or re.search(r"[.,;:\n]|\b(?:said|says|and)\b", gap):
            return None
        return code.split("-")[0]

    def _from_surname(self, text: str, m: re.Match[str]) -> PersonMention | None:
        p = self.gaz.person_by_surname[m.group()]
        first = self.seen.get(p.surname)
        introduced = first is not None and first.name == p.name and first.start < m.start()
        before = text[max(0, m.start() - 12) : m.start()]
        titled = bool(re.search(r"(?:Mr|Mrs|Ms|Dr)\.?\s+$|[A-Z][a-z]+\s+$", before))
        if p.surname_alone or introduced or (titled and re.search(r"\.\s+$|r\s+$", before)):
            after = text[m.end() : m.end() + 10]
            if re.match(r"\s+(?:Motor|Motors|Co\b|Inc|plant|F-\d)", after):
                return None
            return self._known(p, m.start(), m.end())
        return None


# Nationality words the actor gazetteer leaves out (they also name languages and dishes:
# "French-language", "French fries"), read only right before a title: "French President".
_NATIONALITIES = {
    "French": "FR", "German": "DE", "Italian": "IT", "Spanish": "ES", "Dutch": "NL",
    "Irish": "IE", "Ukrainian": "UA", "Polish": "PL", "Swiss": "CH", "Belgian": "BE",
    "Norwegian": "NO", "Swedish": "SE", "Danish": "DK", "Finnish": "FI", "Turkish": "TR",
    "Israeli": "IL", "Saudi": "SA", "Argentine": "AR", "Chilean": "CL", "Colombian": "CO",
    "European": "EU", "European Commission": "EU", "European Council": "EU",
}  # fmt: skip
_NATIONALITY_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(_NATIONALITIES, key=len, reverse=True)) + r")\s+$"
)


# "said NAME, a/an/who ..." or "NAME, a/an/who ...": the appositive runs to the end of the
# clause (a period, a quote, a semicolon), at most 140 characters.
# The leading "\b" holds in both cases (a name starts with a letter): tested first, it
# rejects a position inside a word at once.
_APPOSITIVE_RE = guarded(
    rf"\b(?P<said>(?:said|says|according to|told \w+)\s+)?(?<![\w])"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}}),\s+"
    # "Jane Roe, 54, a trucker from Sarnia": the age before the description
    r"(?:\d{1,3},\s+)?(?P<app>(?P<intro>(?:a|an|who|whose|now|the)\s)?"
    r"[^.;:\"\u201c\u201d\n]{3,140})"
)
# Names that a label or a layout introduces: bylines and sign-offs ("Prepared in Ottawa by
# Jo Roe and Pat Poe", "— Dana Kirsch, editor", "Analyst: Tobias Wren, CFA"), a speaker's
# tag in a transcript ("HOST (Gord Pelletier):") and a letter's signature over its town
# ("Margaret Kowalczyk\nWindsor, Ont.").
# A title, a comma and the name: "Quebec's finance minister, Eric Girard,", "his energy
# minister, Stephen Lecce.", "Our Washington correspondent, Paul Desrosiers, is standing by".
# Both kinds of owner start at a word boundary, tested once in front. An owner's words
# never give back characters ("*+"): what follows them (a space, an apostrophe) is no
# word character or period, so a shorter word could never match.
# The titles: each ends right before the comma.
_TITLE_COMMA_TITLES = (
    r"minister|attorney general|governor|premier|lawyer"
    r"|correspondent|reporter|spokes(?:person|man|woman)|economist|president|director|analyst"
    r"|advis[eo]r|chair(?:man|woman|person)?|secretary|ambassador|negotiator|host|editor|witness"
    # family: "runs the farm with his wife, Geneviève Tremblay, and his father, Réjean Beaulieu"
    r"|wife|husband|father|mother|son|daughter|brother|sister|spouse"
    r"|chief executive|executive|officer|founder|owner|manager"
    # "One shareholder, Arun Bhattacharjee, asked"
    r"|shareholder|investor|resident|farmer|worker|customer|shopper|caller|delegate"
    # "The Leader of the Official Opposition, John Rustad,"
    r"|[Ll]eader(?:[ ]+of[ ]+the[ ]+(?:[A-Z][\w-]*[ ]+){0,2}[A-Z][\w-]*)?"
    r"|Minister of [A-Z][\w-]+(?:[ ]+(?:and|of|for|the)[ ]+[A-Z][\w-]+)*"
)
_TITLE_COMMA_RE = guarded(
    r"\b(?:(?P<owner>[A-Z][\w.]*+(?:[ ]+[A-Z][\w.]*+)?)(?:'s|\u2019s|(?<=s)'|(?<=s)\u2019)"
    r"|(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]he|[Oo]ne|[Aa]nother))[ ]+"
    # the title's words may be an owner's ("the association's lawyer, Helene Marchand.")
    rf"(?P<title>(?:[\w'\u2019-]+[ ]+){{0,3}}?(?:{_TITLE_COMMA_TITLES}))"
    rf",[ ]+(?P<name>{_NAME_TOKEN}(?:[ ]+{_NAME_TOKEN}){{1,2}})(?=[,.]|[ ]+(?:of|from|at)[ ])"
)


_LEADING_CLASS = re.compile(r"\[[^\]\\]*\](?![?*+{])")


def _comma_after_gate(alternation: str) -> Callable[[str], bool]:
    """A cheap test that a text holds one of `alternation`'s matches right before a comma
    (necessary for any match of a pattern with the alternation before a comma). Titles
    with a few spellings are looked up in the reversed text, from each comma: a search
    that starts with a literal, which the regex engine skips to in a fast loop; the others
    are searched with the comma after them, less a leading class ("[Ll]eader" as "eader":
    a search for a literal, and a looser test)."""
    finite: set[str] = set()
    others: list[re.Pattern[str]] = []
    for alt in top_level_alternatives(alternation):
        spellings = finite_strings(alt)
        if spellings is None or "" in spellings:
            lead = _LEADING_CLASS.match(alt)
            others.append(re.compile(f"(?:{alt[lead.end() :] if lead else alt}),"))
        else:
            finite |= spellings
    reversed_re = re.compile("," + trie_pattern([w[::-1] for w in finite])) if finite else None

    def may_match(text: str) -> bool:
        return any(p.search(text) for p in others) or (
            reversed_re is not None and reversed_re.search(text[::-1]) is not None
        )

    return may_match


# Most texts have no title right before a comma: the scan (about as slow as reading every
# word with the pattern) is skipped for them. Same matches.
_may_title_comma = _comma_after_gate(_TITLE_COMMA_TITLES)
_LINE_REST = re.compile(r"[;\n]")  # the rest of a labelled name's entry ends here
_LABELLED_NAME = rf"{_NAME_TOKEN}(?:[ ]+{_NAME_TOKEN}){{1,2}}"  # on one line
_LABELLED_RE = guarded(
    r"(?:\b(?:[Pp]repared|[Rr]eported|[Cc]ompiled|[Pp]osted|[Pp]rocessed|[Ii]nitiated|[Ss]ubmitted)"
    r"(?:[ ]+in[ ]+[A-Z][\w.-]+)?[ ]+by"
    # a credit line in brackets, never "a decision written by Chief Justice John Roberts"
    r"|(?:\(|;[ ])(?:[Ww]ritten|[Ee]dited|[Rr]eporting|[Ee]diting|[Ww]riting"
    r"|[Aa]dditional[ ]+reporting)[ ]+by"
    r"|\b(?:Analysts?|[Cc]ontacts?|Hosts?|Reporters?|Editors?|Anchors?|Authors?)[ ]*:)"
    rf"[ ]+(?P<name>{_LABELLED_NAME})"
    rf"(?:(?:(?:,[ ]+[^,;\n]{{1,30}}){{1,2}}|[ ]+in[ ]+[A-Z][\w.-]+)?[ ]*(?:,|and|&|;)[ ]+"
    rf"(?P<name2>{_LABELLED_NAME})"
    rf"(?:(?:(?:,[ ]+[^,;\n]{{1,30}}){{1,2}}|[ ]+in[ ]+[A-Z][\w.-]+)?[ ]*(?:,|and|&|;)[ ]+"
    rf"(?P<name3>{_LABELLED_NAME}))?)?"
    # (one word of role before the bracket: in "FARAH DEMIR (KESTREL CAPITAL):" the name
    # comes first and the bracket holds her firm)
    rf"|\b(?<![A-Z][ ])[A-Z]{{3,}}[ ]+\((?P<tag>{_LABELLED_NAME})\):"
    # the same tag in capitals: "ANCHOR (SARAH OKAFOR):"
    r"|\b(?<![A-Z][ ])[A-Z]{3,}[ ]+"
    r"\((?P<capstag>[A-Z][A-Z'\u2019-]+(?:[ ]+[A-Z][A-Z'\u2019-]+){1,2})\):"
    # a transcript's tag in square brackets: "[ANCHOR, DIANE OKAFOR]", "[REPORTER, SAM REYES,
    # AT QUEEN'S PARK]"
    # ... or with dashes, a role between: "[ANCHOR — DANIELLE FORTIN — ON CAM]", "[SOT —
    # SHOPPER — ELAINE KOWALCZYK]"
    r"|\[[A-Z]{3,}(?:[ ]+[A-Z]{3,})?"
    r"(?:(?:,|[ ]+[\u2014\u2013-])[ ]+[A-Z]{3,}(?=[ ]+[\u2014\u2013-]))?"
    r"(?:,|[ ]+[\u2014\u2013-])[ ]+"
    r"(?P<bracket>[A-Z][A-Z'\u2019-]{2,}(?:[ ]+[A-Z][A-Z'\u2019-]+){1,2})"
    r"(?=[,\]]|[ ]+[\u2014\u2013-])"
    # an anchor's self-introduction: "Good evening, I'm Sarah Okafor."
    rf"|\b(?:I'm|I\u2019m|I am|This is)[ ]+(?P<self>{_LABELLED_NAME})\b(?![ ]+[A-Z])"
    # "contact Jane Roe (jroe@firm.ca)"; a broadcaster's reporter: "CTV's Jane Roe reports"
    rf"|\b[Cc]ontact[ ]+(?P<contact>{_LABELLED_NAME})[ ]*\([^()\n]{{0,60}}\)"
    rf"(?:[ ]+(?:or|and)[ ]+(?P<contact2>{_LABELLED_NAME})[ ]*\()?"
    # a client alert's or bulletin's contacts: "contact partners Priya Eastbrook or Daniel
    # Okafor", "Questions may be directed to Jo Roe, director of policy, or Pat Poe, manager"
    r"|\b(?:[Cc]ontact|directed[ ]+to)[ ]+(?:(?:our[ ]+)?(?:partners?|counsel|lawyers?)[ ]+)?"
    rf"(?P<contact3>{_LABELLED_NAME})(?:[ ]+in[ ]+[A-Z][\w.-]+|,[ ]+[^,;\n]{{1,60}},)?"
    rf"[ ]+(?:or|and)[ ]+(?P<contact4>{_LABELLED_NAME})"
    # a sign-off after the last sentence of a live-blog entry: "... a year. — Anika Sorensen"
    rf"|(?<=[.!?\"\u201d] )[\u2014\u2013][ ]*(?P<sig2>{_LABELLED_NAME})"
    # ... or a reader's question signed with the town: "? — Colette Surette, Yarmouth, N.S."
    r"(?=(?:,[ ]+[a-z][\w -]{1,30}|,[ ]+[A-Z][\w.' -]+,[ ]+[A-Z][\w.]+)?[ ]*(?:\n|\Z))"
    # an attribution in brackets after a quote: '..." (Fiona McRae, forestry economist)'
    rf"|(?<=[\"\u201d] )\((?P<paren>{_LABELLED_NAME}),[ ]"
    rf"|(?:'s|\u2019s)[ ]+(?P<reporter>{_LABELLED_NAME})[ ]+(?:reports|reported|has more)\b"
    # guests thanked at the end of an interview: "Kevin Marchand, Sarah Lindqvist, thank you"
    rf"|(?<=[.!?:] )(?P<thank1>{_LABELLED_NAME}),[ ]+(?:(?:and[ ]+)?(?P<thank2>{_LABELLED_NAME}),"
    r"[ ]+)?thank[ ]+you\b"
    # a byline after a section's name on one line: "THE LUMBER DESK | By Owen Drummond"
    rf"|\|[ ]+By[ ]+(?P<pipeby>{_LABELLED_NAME})"
)
_ROLL_CALL = re.compile(
    r"(?m)^[ \t]*(?:Present|Regrets|Absent|Also[ ]+present|Attendees|In[ ]+attendance)[ ]*:[ ]*"
    r"(?P<items>[^\n]{3,400})"
)
_ROLL_ITEM = re.compile(r"[^,;\n]+")
_ITEM_NAME = re.compile(rf"[ ]*({_LABELLED_NAME})(?=[ ]*(?:\(|,|;|$))")
# The same at the start of a line only: read at line starts, not at every capital.
_LINE_LABEL_RE = re.compile(
    r"(?:By|(?:Written|Edited|Reporting|Editing|Writing|Additional[ ]+reporting|Interview"
    r"|Answers|Questions|Text|Story|Analysis|Photos?)"
    r"[ ]+by|With[ ]+files[ ]+from)"
    rf"[ ]+(?P<name>{_LABELLED_NAME})"
    rf"(?:(?:,[ ]+[^,;\n]{{1,30}})?[ ]*(?:,|and|&|;)[ ]+(?P<name2>{_LABELLED_NAME}))?"
    # a sign-off: "— Dana Kirsch, editor", "— Omar Haddad"
    rf"|[\u2014\u2013-]+[ ]*(?P<sig>{_LABELLED_NAME})(?:,|[ ]*(?=\n|\Z))"
    # a letter's signature over its town: "Margaret Kowalczyk\nWindsor, Ont."
    rf"|(?P<letter>{_LABELLED_NAME})\n[A-Z][\w.' -]+,[ ]+[A-Z][\w.]+[ ]*(?=\n|\Z)"
    # the tag in capitals with the role after it: "ANNA MERCER (HOST):", "MÉLANIE JOLY
    # (Minister of Foreign Affairs):"
    r"|(?P<capsname>[A-Z\xc0-\xd6\xd8-\xde][A-Z\xc0-\xd6\xd8-\xde'\u2019-]+"
    r"(?:[ ]+[A-Z\xc0-\xd6\xd8-\xde][A-Z\xc0-\xd6\xd8-\xde'\u2019-]+){1,2})"
    r"[ ]+\((?:[A-Z][A-Z ,]{2,30}|[A-Z][a-z]+(?:[ ]+[\w,'\u2019-]+){0,9})\):"
    # an author's note closing a column: "— Priya Raman practises trade law in Toronto."
    rf"|[\u2014\u2013]+[ ]*(?P<bio>{_LABELLED_NAME})[ ]+(?:is|practises|practices|teaches|writes"
    r"|works|covers|was|has)\b"
    # a speaker's tag with a role or an outlet: "Nadia Brisebois (host):"
    rf"|(?P<tag2>{_LABELLED_NAME})[ ]+\([^()\n]{{2,40}}\):"
    # a letter signed on one line: "Margaret Ellison, Kingston, Ont."
    rf"|(?P<letter2>{_LABELLED_NAME}),[ ]+[A-Z][\w.' -]+,[ ]+[A-Z][\w.]+[ ]*(?=\n|\Z)"
    # a letter signed with its town alone: "Annika Lowe, Dartmouth" (a given name first)
    rf"|(?P<letter3>{_LABELLED_NAME}),[ ]+[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+)?[ ]*(?=\n|\Z)"
    # a byline line: "Nathalie Vézina, Washington correspondent"
    rf"|(?P<byline>{_LABELLED_NAME}),[ ]+(?:[\w-]+[ ]+){{0,3}}(?:correspondent|reporter|writer"
    r"|editor|columnist|bureau chief)[ ]*(?=\n|\Z)"
    # a research note's sign-off: "Jordan Mbeki, Senior Economist"
    rf"|(?P<signoff>{_LABELLED_NAME}),[ ]+(?:[A-Z][\w-]*[ ]+){{0,3}}(?:Economist|Analyst"
    r"|Strategist|Director|Officer|President|Partner|Counsel|Editor|Adviser|Advisor|CFA|CPA"
    r"|Pastor|Chair|Manager|Owner|Principal)\b"
    r"[^\n]{0,60}(?=\n|\Z)"
    # a statement signed by a chief or a cleric: "Chief Rosalind Peters, on behalf of the
    # Council"
    rf"|(?:Grand[ ]+Chief|Chief|Reverend|Rev\.|Father|Pastor)[ ]+(?P<chiefsig>{_LABELLED_NAME}),"
    r"[^\n]{0,60}(?=\n|\Z)"
    # a sign-off after a valediction: "Until next week,\nHarriet Mbeki"
    rf"|[A-Z][\w ]{{2,30}},[ ]*\n(?P<valed>{_LABELLED_NAME})[ ]*(?=\n|\Z)"
    # a release's contacts under their heading: "Media Contacts\nJordan Pellerin, Premier's
    # Office"
    # (also a blank line after the heading, and a notice's "FOR FURTHER INFORMATION CONTACT:
    # Lauren Ashby, Office of ...")
    r"|(?:Media[ ]+|FOR[ ]+FURTHER[ ]+INFORMATION[ ]+"
    r"|For[ ]+(?:further|more)[ ]+information,?[ ]+)?"
    rf"(?:[Cc]ontacts?|CONTACTS?)[ ]*(?::[ ]*\n?|\n)(?:[ ]*\n)?"
    rf"(?P<contactline>{_LABELLED_NAME})(?=,|[ ]*(?:\n|\Z))"
    # a notice signed with the name over the office: "Jean-Marc Thibodeau\nDirector, Licensee
    # Services"
    rf"|(?P<sigtitle>{_LABELLED_NAME})[ ]*\n(?:Director|Manager|President|Vice-President|Chief"
    r"|Executive|Senior|Head|Chair|Commissioner|Secretary|Coordinator|Officer|Deputy|Owner"
    r"|Editor|Publisher|Founder|Proprietor|Treasurer)\b"
    r"[^\n]{0,60}(?=\n|\Z)"
    # ... or on the text's last line, name and office run together: "Teresa Mancini President
    # and CEO", "Ruth Abernethy Editor", "W. Pedersen, Master"
    rf"|(?P<lastsig>{_LABELLED_NAME}),?[ ]+(?:Director|Manager|President|Vice-President|Chief"
    r"|Executive|Senior|Head|Chair|Commissioner|Secretary|Coordinator|Officer|Deputy|Owner"
    r"|Editor|Publisher|Founder|Proprietor|Treasurer|Master|Captain)\b[^\n]{0,60}\s*\Z"
    # a transcript's speaker heading on its own line: "Anita Dhillon — Chief Financial
    # Officer"
    rf"|(?P<speakerhead>{_LABELLED_NAME})[ ]+[\u2014\u2013][ ]+[A-Z][^\n.!?]{{2,80}}(?=\n|\Z)"
    # a question's tag with the asker's firm: "Marc Beaulieu, Laurentian Capital: Graham, ..."
    rf"|(?P<asker>{_LABELLED_NAME}),[ ]+[A-Z][\w&.,'\u2019 -]{{2,60}}:[ ]"
)
_LINE_START = re.compile(r"\n[ \t]*")


def _labelled(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Matches of the labels that introduce names, in text order within each kind."""
    yield from _LABELLED_RE.finditer(text, start, end)
    starts = [start] if start == 0 or text[start - 1] == "\n" else []
    starts += [m.end() for m in _LINE_START.finditer(text, start, end)]
    for pos in starts:
        m = _LINE_LABEL_RE.match(text, pos, end)
        if m is not None:
            yield m


MAX_SPEAKERS = 200


def _with_plain_spellings(names: list[str]) -> frozenset[str]:
    """The names and their spellings without accents ("Helene" for "Hélène"): many texts
    are written in plain ASCII."""
    plain = (unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode() for n in names)
    return frozenset(names) | {p for p in plain if p}


_GIVEN_NAMES = _with_plain_spellings([str(n) for n in load_data("given_names.yaml")["names"]])
# "Jane Roe said": found from the verb back to the name (a scan from every capital would
# cost more).
# Written as "[,\s]\s*(?<=\s)" for ",?\s+": the same text (a comma or a space, then spaces,
# ending with a space), but a pattern that starts with a character class is searched by
# the regex engine in a fast loop over the characters outside it.
_SPEECH_VERB = re.compile(
    r"[,\s]\s*(?<=\s)(?:said|says|told|added|wrote|noted|argued|explained|warned|replied|recalled"
    r"|estimated)\b"
)
_ROLE_THEN_NAME = re.compile(
    # ("said Alberta producer Deanna Kowalski": a place may head the role)
    rf"[ ]+(?:(?:the|a|an)[ ]+)?(?:[A-Z][a-z]+[ ]+(?=[a-z]))?(?:[a-z][\w-]*[ ]+){{1,4}}?"
    rf"(?P<name>(?P<first>{_NAME_TOKEN})[ ]+"
    rf"{_NAME_TOKEN})(?=[.,;]|[ ]+(?:of|from|at|in|who)\b)"
)
_HOSTS = re.compile(
    rf"\b(?:co-)?(?:hosts?|anchors?)[ ]+(?P<n1>{_NAME_TOKEN}[ ]+{_NAME_TOKEN})"
    rf"(?:[ ]+and[ ]+(?P<n2>{_NAME_TOKEN}[ ]+{_NAME_TOKEN}))?"
)
# A sentence that opens with a given name and a surname and goes on in lower case:
# "Graham Thibodeau keeps the pen.", "WINNIPEG - Sunita Gill of Surrey used to drive ...".
# The capital is tested first so that the regex engine skips other characters fast.
_OPENING_NAME = re.compile(
    r"(?P<name>(?P<first>[A-ZÀ-ÖØ-Þ](?:(?<=^.)|(?<=\n.)|(?<=[.!?] .)|(?<= [-\u2013\u2014] .))"
    rf"[a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)?)[ ]+(?P<last>{_NAME_TOKEN}))"
    r"(?:[ ]+of[ ]+[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+)?)?"
    # "Brent Hollis, speaking for eleven local parts makers, told council"
    r"(?:[ ]+(?=[a-z]{2,}\b)(?!(?:and|or|of)\b)|,[ ]+(?=(?:speaking|representing|who)\b))"
)
# "Jerry Kowalczyk from Marquette", "a supplier near Steinbach, Rene Dufault"
# (not "Paul Desrosiers in Washington": where a correspondent is posted)
_PLACE_AFTER_NAME = re.compile(r",?[ ]+(?:from|of)[ ]+((?:[A-Z][\w.'\u2019-]*[ ]?){1,3})")
_PLACE_BEFORE_NAME = re.compile(
    r"\b(?:from|[Ii]n|near|of|outside)[ ]+((?:[A-Z][\w.'\u2019-]*[ ]?){1,3}"
    # "In Austin, Texas, Priya Venkataraman": a town and its state
    r"(?:,[ ]+(?:[A-Z][\w.'\u2019-]*[ ]?){1,3})?),[ ]+$"
)
_WHO_WORKS_IN = re.compile(
    r",[ ]+who[ ]+(?:runs|owns|buys|works|farms|manages|operates|lives|heads)\b"
    r"(?:[ ]+(?!with\b|to\b)[\w'\u2019-]+){0,8}?[ ]+(?:in|near|outside)[ ]+"
    r"(?:(?:western|eastern|northern|southern|central|rural|upstate|downstate)[ ]+)?"
    r"((?:[A-Z][\w.'\u2019-]*[ ]?){1,3})"
)
_SURNAME_PARTICLES = frozenset(words("Van Von Der Den De Del Della Di Da Du Le La Lo Mac St."))
# A given name and a surname anywhere, not inside a longer run of capitalised words
_ANY_NAME = re.compile(  # the capital first, the look-behinds after it (faster, same matches)
    r"(?P<first>[A-Z](?<![\w.'\u2019-][A-Z])(?<![A-Z][a-z][ ][A-Z])(?<![A-Z][a-z]{2}[ ][A-Z])"
    rf"[a-z]+)[ ]+(?P<last>{_NAME_TOKEN})(?![ ]+[A-Z])(?![\w'\u2019-])"
)
# Several people after one plural title: "Councillors Sunita Rao, Paul Gagné, Marcy Doyle
# and Tom Whelan", each name starting with a given name.
_PLURAL_TITLE = re.compile(  # first letters in front, as in HONORIFIC_RE
    "(?:"
    + group_by_first_char(
        words(
            "Councillors Councilors Senators Ministers Premiers Governors Mayors Trustees"
            " Representatives Directors Commissioners"
        ),
        lead=_WORD_EDGE,
    )
    + ")[ ]+"
    rf"(?P<names>{_NAME_TOKEN}[ ]+{_NAME_TOKEN}(?:(?:,[ ]+|,?[ ]+and[ ]+){_NAME_TOKEN}[ ]+"
    rf"{_NAME_TOKEN}){{1,8}})"
)
_LISTED_NAME = re.compile(rf"(?P<first>{_NAME_TOKEN})[ ]+{_NAME_TOKEN}")
# An office "of" a department before the name: "Director of Economic Development Lina
# Haddad presented the report" (the name starts at the given name).
_OFFICE_OF = re.compile(  # first letters in front, as in HONORIFIC_RE
    "(?:"
    + group_by_first_char(
        words("Director Minister Secretary Chair Commissioner Manager Head Chief"), lead=_WORD_EDGE
    )
    + ")[ ]+of[ ]+"
    r"(?P<run>[A-Z][\w&-]*(?:[ ]+[A-Z][\w&'\u2019-]*){2,6})"
)
# Surnames that are the second word of a place's name: "Jordan Valley", "Rose Garden".
_PLACE_WORDS = frozenset(
    words(
        """Valley River Bay Lake Street Avenue Road Park Island Falls Beach Creek Hill Hills
    Arbor Treaty Act Accord Doctrine Award Prize Fund Memorial Highway Boulevard Drive
    Heights Square Station Point Harbour Harbor Springs Bridge Mountain County City Township
    Garden Gardens Centre Center Plaza Mall Hall Tower Port Sound Cove Ridge"""
    )
)
_CAPITAL_NEXT = re.compile(r"[ ]+[A-Z][a-z]")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)[ ]$")
# A given name and the first half of a double surname: "Ruth Whitcombe-" ("the Carney-Trump
# call" names two people).
_DOUBLE_SURNAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ ]+[A-Z][a-z]+-$")
_SPEAKER_BEFORE = re.compile(rf"(?<![\w])(?P<first>{_NAME_TOKEN})\s+{_NAME_TOKEN}$")
# Names written in capitals, told from stage directions by a given name first.
_CAPITALS_GROUPS = frozenset({"bracket", "capsname"})
# Line labels that could be headings: a person's only when the first word is a given name.
_GIVEN_NAME_GROUPS = frozenset({"speakerhead", "asker"})
# Groups of either label pattern (one a pattern lacks is skipped).
_LABEL_GROUPS = (
    "name", "name2", "name3", "sig", "tag", "letter", "self", "tag2", "valed", "contact",
    "reporter", "capstag", "contact2", "sig2", "paren", "letter2", "byline", "contact3",
    "contact4", "bracket", "capsname", "bio", "signoff", "pipeby", "letter3", "thank1",
    "thank2", "contactline", "sigtitle", "chiefsig", "speakerhead", "asker", "lastsig",
)  # fmt: skip
# A member named with party and riding: "Jane Roe (Conservative, Calgary Centre)"; found
# from the bracket back to the name (a scan from every capital would cost more).
# ... or as Hansard prints a speaker: "Hon. Andrew Scheer (Regina—Qu'Appelle, CPC):", "Hon.
# Patty Hajdu (Minister of Jobs and Families, Lib.):"
_PARTY_BRACKET = re.compile(
    r"\((?:Conservative|Liberal|NDP|Bloc|Green|Independent|PC|CAQ|[RD]-"
    r"|[^()\n]{2,70},\s*(?:CPC|Lib\.|NDP|BQ|GP|Ind\.)\):)"
)
_NAME_BEFORE = re.compile(rf"(?<![\w])({_LABELLED_NAME})[ ]+$")
# An appositive that starts with the person's office: "Catherine Cobden, president of the
# Canadian Steel Producers Association", "Jo Roe, chief economist at ...".
_ROLE_FIRST = re.compile(
    # "sales director for an Ontario maker", "plant manager at": one word of trade before it
    r"(?:(?:sales|plant|general|managing|regional|marketing|operations|trade|policy|research"
    r"|program|communications|finance|purchasing|export|import)\s+)?"
    # "Marty Warren, Canadian national director of the United Steelworkers"
    r"(?:(?:canadian|american|u\.s\.|quebec|ontario)\s+)?"
    r"(?:(?:national|executive|senior|former|deputy|acting|interim|co-|vice[- ])\s*)*"
    r"(?:president|chair(?:man|woman|person)?|chief executive|ceo|chief economist|economist"
    r"|(?:chief\s+)?(?:[\w-]+\s+)?(?:strategist|officer)"
    r"|executive director|director|spokes(?:person|man|woman)|head|founder|owner|co-owner"
    r"|general manager|manager|professor|analyst|lawyer|mayor|partner|secretary-treasurer)"
    r"(?:\s+and\s+(?:chief executive|ceo|chief executive officer|founder|owner))?"
    r"\s+(?:of|at|for|with)\s",
    re.IGNORECASE,
)
_ORG_AFTER = re.compile(r",?\s+(?:of|at|with)\s+(?:the\s+)?[^,.;:\n]{3,60}")
# Where a person's customers or suppliers are, not where the person is: "hauling coil to
# customers in Michigan", "said buyers in Ohio", "ships molds to parts makers in Windsor".
_ELSEWHERE_BEFORE = re.compile(
    r"\b(?:customers|buyers|clients|suppliers|markets?|makers|plants|sales|orders)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:in|to|from)\s+(?:the\s+)?$"
    # "ships molds to parts makers in Windsor"; but "ships maple syrup from Quebec" is home
    r"|\b(?:exports?|shipments|ships|sells|sold|sends|sent|supplies|hauling|hauls|to)\s+"
    r"(?:[\w-]+\s+){0,6}?"
    r"(?:in|to)\s+(?:the\s+)?$"
    # "runs a plant in Cheektowaga that imports resin from Sarnia": the supplier's town
    r"|\b(?:imports?|imported|importing|buys|bought|sources?|sourced)\s+(?:[\w-]+\s+){0,3}?from\s+"
    r"(?:the\s+)?$"
    # "a negotiator who spent his career on the lumber dispute with the United States": the
    # other side
    r"|\b(?:disputes?|talks|negotiations|trade|relations|war|deals?|dealings|fights?)\s+with\s+"
    r"(?:the\s+)?$"
    # "an official who spent four decades across the table from American negotiators"
    r"|\b(?:across\s+the\s+table\s+from|opposite|against)\s+(?:the\s+|her\s+|his\s+)?$"
)
_BARE_ARTICLE = re.compile(r"(?<![\w-])(?:an?|the)\s+$")
_ARTICLE_PLACE = re.compile(r"\b(?:in|at|of|for|from|near|with|by)\s+(?:an?|the)\s+$")
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|of|for|from|near|an?|the|former)|,)\s+$")
_PERSON_ROLE = re.compile(
    r"\b(?:lawyer|economist|owner|manager|broker|analyst|president|director|executive"
    r"|spokes\w+|worker|farmer|supervisor|representative|negotiator|professor|buyer|trader"
    r"|researcher|official|minister|runs|owns|works|chief|head|founder|partner|consultant"
    r"|grocer|member|mayor|retailer|exporter|importer|distributor|who"
    r"|millwright|machinist|welder|trucker|driver|dispatcher|shipper|rancher|historian"
    r"|technician|steelworker|autoworker|scientist|builder|maker|contractor"
    r"|correspondent|reporter|columnist|editor|winemaker|distiller|brewer|nurse|teacher"
    r"|pharmacist|accountant|engineer|mechanic|electrician|carpenter|fisher\w*|logger"
    r"|journalist|fellow|counsel|associate|chair\w*|officer|ceo|operator|shareholder|resident"
    r"|student|retiree|clerk|cashier|cook|chef|pilot|planner|developer|designer|inspector"
    r"|strategist|advis[eo]r|specialist|lobbyist|coordinator|administrator|treasurer|producer"
    r"|grower|miner|banker|investor|dealer|wholesaler|processor|packer|council+or|commissioner"
    r"|trustee|attorney|advocate|organi[sz]er|superintendent|instructor|coach|captain|skipper"
    r"|realtor|volunteer|activist)\b",
    re.IGNORECASE,
)
# Cities, and organisations whose names do not say their country, read only inside such an
# appositive, a labelled name's line or a dateline (not actors: "Toronto" never acts);
# data/cities.yaml, data/organisations.yaml.
_CITIES = {
    str(place): code
    for name in ("cities.yaml", "organisations.yaml")
    for code, places in load_data(name).items()
    for place in places
}
_CITY_RE = re.compile(
    r"(?<![\w])("
    + "|".join(re.escape(c) for c in sorted(_CITIES, key=len, reverse=True))
    + r")(?![\w])"
)


def _letter_signature(m: re.Match[str], group: str) -> bool:
    """A line "Name, Town" signs a letter when the name starts with a given name or the
    town is a known one."""
    town = m.string[m.end(group) : m.end()].strip(" ,")
    return m.group(group).split()[0] in _GIVEN_NAMES or town in _CITIES


def _caps_name(text: str, caps: str) -> bool:
    """A name written in capitals is a person's when it starts with a given name or is
    written elsewhere in the text in title case ("KEISHA LUNDGREN (WASHINGTON):" after
    "And in Washington? Keisha Lundgren.")."""
    given = caps.split()[0].title()
    # a double given name: "FRANÇOIS-PHILIPPE CHAMPAGNE"
    return given in _GIVEN_NAMES or given.split("-")[0] in _GIVEN_NAMES or caps.title() in text


def _sentence_initial(text: str, pos: int) -> bool:
    """A capitalised org title may start a sentence: "Economist Jane Roe of ..."."""
    return pos == 0 or text[max(0, pos - 2) : pos].rstrip(' "\u201c')[-1:] in ("", ".", "\n")


def city_country(text: str) -> str | None:
    """Country of the first city or organisation named in text."""
    m = _CITY_RE.search(text)
    return _CITIES[m.group(1)] if m else None


def _nationality(text: str, title_start: int) -> tuple[str, str] | None:
    m = _NATIONALITY_BEFORE.search(text, max(0, title_start - 24), title_start)
    return (_NATIONALITIES[m.group(1)], m.group(1)) if m else None


def _moved(pm: PersonMention, start: int, end: int) -> PersonMention:
    return PersonMention(
        start, end, pm.name, pm.role, pm.country, pm.code, pm.leader, pm.known, pm.acts
    )
