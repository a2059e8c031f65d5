"""Building blocks of the extractor: sentences, rates, money, dates, products, people."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract import extract
from pipeline.extract.dates import find_dates
from pipeline.extract.gazetteer import gazetteer
from pipeline.extract.products import labels_in
from pipeline.extract.rates import find_money, find_rates
from pipeline.extract.sentences import MAX_SENTENCE, split_sentences
from pipeline.models import ArticleInput, Person

PUB = date(2025, 3, 28)  # a Friday


def _sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_sentences_keep_abbreviations_together() -> None:
    text = (
        "Mr. Carney met U.S. Commerce Secretary Howard Lutnick on Jan. 5 in Washington. "
        "Tariffs hit the U.S. The talks resumed at 9 a.m. Tuesday. Donald J. Trump agreed."
    )
    assert _sents(text) == [
        "Mr. Carney met U.S. Commerce Secretary Howard Lutnick on Jan. 5 in Washington.",
        "Tariffs hit the U.S.",
        "The talks resumed at 9 a.m. Tuesday.",
        "Donald J. Trump agreed.",
    ]


def test_a_possessive_s_before_the_period_is_no_initial() -> None:
    text = "Steel pays the same as every other country's. Canada still has counter-tariffs."
    assert _sents(text) == [
        "Steel pays the same as every other country's.",
        "Canada still has counter-tariffs.",
    ]
    assert _sents("J. Smith agreed.") == ["J. Smith agreed."]


def test_sentences_offsets_and_newlines() -> None:
    text = "  First line without stop\nSecond one! Third?  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["First line without stop", "Second one!", "Third?"]


def test_sentences_long_run_is_chunked() -> None:
    text = "word " * 2000
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(b - a <= MAX_SENTENCE for a, b in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 25% tariff", [25]),
        ("a 25 per cent tariff", [25]),
        ("a 25-per-cent tariff", [25]),
        ("tariffs of twenty-five percent", [25]),
        ("tariffs of 7.5 pct", [7.5]),
        ("raised from 25 to 35 per cent", [35]),
        ("raised the 25% tariff to 35%", [35]),
        ("75 per cent of Canada's exports", []),
        ("exports fell 10 per cent", []),
        # rules-1.2
        ("a 40 per cent tariff, up from the current 30 per cent", [40]),
        ("raising the tariff on Canada by 10% over what it pays", [10]),
        ("pushing the total charge past 45 per cent", []),
        ("goods now pay 40 per cent instead of 30 per cent", [40]),
        # rules-1.17: a trade-remedy rate is a duty; a bound is no single duty
        ("set a combined anti-dumping and countervailing rate of 35.19 per cent", [35.19]),
        ("an anti-dumping rate of 20.56 per cent", [20.56]),
        ("most lumber will pay more than 45 per cent", []),
        ("lifting the combined charge above 35 per cent", []),
        ("a tariff of at least 10 per cent", []),
        ("brings duties to 35 per cent, up from roughly 14 per cent", [35]),
    ],
)
def test_rates(text: str, expected: list[float]) -> None:
    assert [r.value for r in find_rates(text, 0, len(text))] == expected


def test_up_from_gives_the_old_rate() -> None:
    text = "a 40 per cent tariff, up from the current 30 per cent"
    (r,) = find_rates(text, 0, len(text))
    assert (r.value, r.old) == (40, 30)


def test_rate_change_keeps_old_rate() -> None:
    text = "cut from 35 to 20 per cent"
    (r,) = find_rates(text, 0, len(text))
    assert (r.value, r.old) == (20, 35)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("tariffs on C$30 billion of goods", 30e9, "CAD"),
        ("tariffs on $125-billion worth of goods", 125e9, None),
        ("duties on US$2.5 billion in imports", 2.5e9, "USD"),
        ("tariffs on $155 billion of U.S. goods", 155e9, None),
        ("tariffs on 30 billion Canadian dollars", 30e9, "CAD"),
        ("Canada's $30-billion counter-tariff package", 30e9, None),
        ("invest $1.3 billion in border security", None, None),
    ],
)
def test_money(text: str, amount: float | None, currency: str | None) -> None:
    found = find_money(text, 0, len(text))
    if amount is None:
        assert found == []
    else:
        assert [(m.amount, m.currency) for m in found] == [(amount, currency)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("starting April 2", date(2025, 4, 2)),
        ("on March 4", date(2025, 3, 4)),
        ("starting Aug. 1", date(2025, 8, 1)),
        ("effective 2 April 2026", date(2026, 4, 2)),
        ("as of 2025-04-09", date(2025, 4, 9)),
        ("will take effect Tuesday", date(2025, 4, 1)),
        ("took effect Tuesday", date(2025, 3, 25)),
        ("next Tuesday", date(2025, 4, 1)),
        ("at midnight Friday", date(2025, 3, 28)),
        ("next month", date(2025, 4, 1)),
        ("tomorrow", date(2025, 3, 29)),
        ("starting Dec. 30", date(2025, 12, 30)),
        ("was lifted Dec. 30", date(2024, 12, 30)),
        # rules-1.2
        ("Today, the duties were lifted", date(2025, 3, 28)),
        ("will charge the duty on the first of May", date(2025, 5, 1)),
        ("on 3rd of June", date(2025, 6, 3)),
        ("will be imposed in 14 days", date(2025, 4, 11)),
        ("will be imposed in ten days", date(2025, 4, 7)),
        # rules-1.3
        ("the surcharge starts at midnight tonight", date(2025, 3, 29)),
        ("since Tuesday, March 18, the duty has applied", date(2025, 3, 18)),
        # rules-1.22
        ("took effect on April 3 of last year", date(2024, 4, 3)),
        ("will rise on Jan. 1 of next year", date(2026, 1, 1)),
        (
            "Ottawa lifted its counter-tariffs on goods that comply with CUSMA on Monday",
            date(2025, 3, 24),
        ),
        # rules-1.23
        ("pulled American alcohol on March 4 last year", date(2024, 3, 4)),
        ("starting on the first day of next month", date(2025, 4, 1)),
        ("from the first of the following month", date(2025, 4, 1)),
        ("kicks in a week from today", date(2025, 4, 4)),
        ("two weeks from now", date(2025, 4, 11)),
    ],
)
def test_dates(text: str, expected: date) -> None:
    found = find_dates(text, 0, len(text), PUB)
    assert found and found[0].value == expected


def test_a_day_in_a_timeline_entry_is_read_from_the_entry_s_day() -> None:
    text = "Feb. 1 \u2014 Trump orders a 25 per cent tariff on Canadian goods, to start Feb. 4."
    got = [d.value for d in find_dates(text, 0, len(text), date(2025, 8, 23))]
    assert got == [date(2025, 2, 1), date(2025, 2, 4)]


def test_weekday_in_past_clause_resolves_backwards() -> None:
    text = "the duties were lifted Monday"
    assert find_dates(text, 0, len(text), PUB)[0].value == date(2025, 3, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cars, trucks and buses", ["autos"]),
        ("auto parts and vehicles", ["auto_parts", "autos"]),
        ("softwood and aluminium", ["lumber", "aluminum"]),
        ("bourbon, wine and beer", ["alcohol"]),
        ("food and orange juice", ["agriculture"]),
        ("furniture and appliances", ["consumer_goods"]),
        ("most imports", ["all_goods"]),
        ("Canadian goods", ["all_goods"]),
        ("goods of Canadian origin", ["all_goods"]),
        ("U.S.-origin products", ["all_goods"]),
        ("$30 billion of U.S. goods", []),
        ("crude oil and natural gas", ["oil_gas"]),
        ("lobster and dairy", ["seafood", "dairy"]),
        ("the LCBO and the SAQ", ["alcohol"]),  # liquor boards sell only alcohol
    ],
)
def test_products(text: str, expected: list[str]) -> None:
    assert labels_in(gazetteer(), text, 0, len(text)) == expected


def _people(text: str, published: datetime | None) -> list[Person]:
    return extract(ArticleInput(id="p", title="", text=text, published=published)).people


def test_people_by_title_and_gazetteer() -> None:
    text = (
        "Ontario Premier Doug Ford said Treasury Secretary Jane Roe and Alberta Premier John "
        "Smithers discussed the U.S. tariffs on Canadian steel with Mr. Ford. Ford said the "
        "tariffs remain in place."
    )
    people = _people(text, datetime(2025, 6, 1, tzinfo=UTC))
    assert people == [
        Person("Doug Ford", "Premier of Ontario", "CA"),
        Person("Jane Roe", "Treasury Secretary", "US"),
        Person("John Smithers", "Alberta Premier", "CA"),
    ]


def test_people_with_organisation_titles() -> None:
    text = (
        "Canadian Chamber of Commerce president Candace Laing said U.S. tariffs on Canadian "
        "steel remain in place. Unifor president Lana Payne agreed. Bank of Canada governor "
        "Tiff Macklem said the same."
    )
    # Unifor is a Canadian organisation (data/organisations.yaml): its president is Canadian;
    # the governor of the Bank of Canada is known to the gazetteer with his dated role.
    assert _people(text, datetime(2025, 6, 1, tzinfo=UTC)) == [
        Person("Candace Laing", "president", "CA"),
        Person("Lana Payne", "president", "CA"),
        Person("Tiff Macklem", "Governor of the Bank of Canada", "CA"),
    ]


def test_people_roles_are_date_bounded() -> None:
    text = "Prime Minister Justin Trudeau said U.S. tariffs on Canadian steel remain in place."
    old = _people(text, datetime(2024, 6, 1, tzinfo=UTC))
    new = _people(text, datetime(2025, 6, 1, tzinfo=UTC))
    assert old == [Person("Justin Trudeau", "Prime Minister", "CA")]
    assert new == [Person("Justin Trudeau", "former Prime Minister", "CA")]


def test_people_only_for_relevant_articles() -> None:
    text = "Prime Minister Mark Carney visited a school in Ottawa with Premier Doug Ford."
    assert _people(text, datetime(2025, 6, 1, tzinfo=UTC)) == []


def test_ford_the_company_is_not_the_premier() -> None:
    text = "Ford Motor said U.S. tariffs on Canadian steel remain in place."
    assert _people(text, datetime(2025, 6, 1, tzinfo=UTC)) == []


def test_people_nationality_before_title() -> None:
    # "French" is no actor word (French-language, French fries), but before a title it
    # names the country of the office-holder.
    text = (
        "Prime Minister Mark Carney met Italian President Sergio Mattarella in Rome, and "
        "Carney said Canada's counter-tariffs on U.S. steel remain in place."
    )
    people = _people(text, datetime(2025, 6, 1, tzinfo=UTC))
    assert Person("Sergio Mattarella", "Italian President", "IT") in people


# --- rules-1.3: people introduced the way other writers do it ---
def _people_of(text: str) -> dict[str, str | None]:
    x = extract(
        ArticleInput(id="p", title="", text=text, published=datetime(2025, 6, 2, tzinfo=UTC))
    )
    return {p.name: p.country for p in x.people}


def test_title_in_appositive_gives_the_country() -> None:
    text = (
        'Ottawa will keep its counter-tariffs on U.S. steel. "We are not done," said Kim '
        "Osei, Minister of Finance."
    )
    assert _people_of(text)["Kim Osei"] == "CA"


def test_sentence_initial_org_title_with_organisation_after() -> None:
    text = (
        "Canada imposed tariffs on U.S. steel on Monday. Economist Émilie Roy of the "
        "Université de Montréal said the smelters can cope."
    )
    assert _people_of(text) == {"Émilie Roy": "CA"}


# --- rules-1.4: names with an inner capital, and locals quoted without a place ---
def test_name_with_inner_capital_after_three_letters() -> None:
    text = "Trade Minister Fiona MacKinnon said Canada's counter-tariffs on U.S. steel stay."
    assert _people_of(text) == {"Fiona MacKinnon": "CA"}


def test_role_without_place_takes_the_story_home_country() -> None:
    # Only Canadian provinces are named: a local quoted with a role is Canadian.
    text = (
        "Manitoba farmers said U.S. tariffs on Canadian pork took effect on Monday. "
        '"We will ride it out," said Rob Tellier, a hog farmer. Saskatchewan growers agreed.'
    )
    assert _people_of(text)["Rob Tellier"] == "CA"


def test_dateline_sets_the_home_country_of_an_org_title() -> None:
    text = (
        "DETROIT - U.S. tariffs on Canadian steel remain in place, and chief executive "
        "Dana Whitfield said the plant would cut a shift."
    )
    assert _people_of(text)["Dana Whitfield"] == "US"


def test_names_with_an_elided_particle() -> None:
    text = (
        "Ottawa's counter-tariffs on U.S. steel took effect. \"It hurts,\" said Ann O'Leary, "
        "a welder in Hamilton."
    )
    assert _people_of(text) == {"Ann O'Leary": "CA"}


def test_honorific_before_a_full_name_marks_a_person() -> None:
    text = (
        "DETROIT - U.S. tariffs on Canadian steel remain in place. Ms. Rosa Delgado told the "
        "hearing that prices rose."
    )
    assert _people_of(text) == {"Rosa Delgado": "US"}


def test_said_name_of_an_organisation() -> None:
    text = (
        "Canada's counter-tariffs on U.S. pork took effect on Monday, said Wes Brandt of the "
        "Ontario Pork Council."
    )
    assert _people_of(text) == {"Wes Brandt": "CA"}


def test_occupation_before_a_name_in_a_located_story() -> None:
    text = (
        "HALIFAX - Canada's counter-tariffs on U.S. lobster gear took effect Monday, and "
        "harbour fisherman Colin Mayhew said costs will climb."
    )
    assert _people_of(text) == {"Colin Mayhew": "CA"}


def test_other_portfolio_minister_is_listed_but_does_not_act() -> None:
    text = (
        "U.S. duties on Canadian lumber remain in place. Tourism Minister Lena Hart said the "
        "province would watch while talks continue."
    )
    x = extract(
        ArticleInput(id="p", title="", text=text, published=datetime(2025, 6, 2, tzinfo=UTC))
    )
    assert [(p.name, p.country) for p in x.people] == [("Lena Hart", "CA")]
    assert [e.type for e in x.events] == ["tariff"]


def test_solicitor_general_takes_the_dateline_country() -> None:
    text = (
        "WASHINGTON - U.S. tariffs on Canadian steel remain in place, Solicitor General Ruth "
        "Adair told the justices."
    )
    assert _people_of(text)["Ruth Adair"] == "US"


def test_count_words_of_days_and_rates_read_alike() -> None:
    from pipeline.extract.dates import count_word

    assert [count_word(w) for w in ("21", "seven", "twenty-one", "Forty-Five", "ninety")] == [
        21, 7, 21, 45, 90,
    ]  # fmt: skip
    assert count_word("tariff") is None and count_word("1.5") is None


def test_a_person_introduced_by_the_office_after_the_name() -> None:
    text = (
        "U.S. tariffs on Canadian steel remain in place. Jane Roe, president of the Canadian "
        "Steel Producers Association, said mills are cutting shifts. Tom Poe, a neighbour, "
        "agreed."
    )
    assert _people(text, datetime(2025, 6, 1, tzinfo=UTC)) == [
        Person("Jane Roe", "president of the Canadian Steel Producers Association", "CA")
    ]


def test_people_introduced_by_newsroom_and_shop_floor_titles() -> None:
    text = (
        "U.S. tariffs on Canadian steel remain in place. Washington correspondent Dana Roe "
        "reports that grain shipper Jo Poe in Regina is worried."
    )
    names = [p.name for p in _people(text, datetime(2025, 6, 1, tzinfo=UTC))]
    assert names == ["Dana Roe", "Jo Poe"]


def test_a_private_persons_country_follows_the_outlets_spelling() -> None:
    text = (
        "The 25 percent U.S. tariff on Canadian lumber is hurting builders. "
        "Kyle Amundsen, a customs broker, said prices are up 8 percent."
    )
    assert _people(text, datetime(2025, 10, 1, tzinfo=UTC)) == [
        Person("Kyle Amundsen", "a customs broker", "US")
    ]
    canadian = text.replace("percent", "per cent")
    assert _people(canadian, datetime(2025, 10, 1, tzinfo=UTC)) == [
        Person("Kyle Amundsen", "a customs broker", "CA")
    ]


def test_people_named_with_their_organisation_before_said_or_is() -> None:
    text = (
        "U.S. tariffs of 25 per cent on Canadian steel remain. Jane Roe of the Canadian Steel "
        "Producers Association said mills are cutting shifts. Tom Poe is chief economist at "
        "a Toronto bank. The Business Council of Canada said nothing."
    )
    names = [(p.name, p.country) for p in _people(text, datetime(2025, 6, 1, tzinfo=UTC))]
    assert names == [("Jane Roe", "CA"), ("Tom Poe", "CA")]


def test_people_named_by_a_label_or_a_sign_off() -> None:
    text = (
        "Host: Dale Kowalchuk\n\nGood morning. The 35 per cent U.S. tariff on Canadian goods "
        "takes effect Friday.\n\nPrepared in Ottawa by Ananya Krishnan and Pierre Bérubé.\n\n"
        "Contacts: Miriam Quist, Partner (Washington); Media Relations, Department of Finance\n\n"
        "— Dana Kirsch, editor"
    )
    names = [(p.name, p.country) for p in _people(text, datetime(2025, 7, 30, tzinfo=UTC))]
    assert names == [
        ("Dale Kowalchuk", "CA"),
        ("Ananya Krishnan", "CA"),
        ("Pierre Bérubé", "CA"),
        ("Miriam Quist", "US"),
        ("Dana Kirsch", "CA"),
    ]


def test_a_letter_is_signed_over_its_town() -> None:
    text = (
        "The 25 per cent U.S. tariffs on Canadian steel took effect in March. I have stopped "
        "buying bourbon.\n\nMargaret Kowalczyk\nWindsor, Ont."
    )
    assert [p.name for p in _people(text, datetime(2025, 4, 1, tzinfo=UTC))] == [
        "Margaret Kowalczyk"
    ]


def test_a_private_persons_town_and_not_their_customers_place_gives_the_country() -> None:
    text = (
        "The 25 per cent U.S. tariff on Canadian steel took effect. Kevin Mrozek, a dispatcher "
        "for a Toledo carrier, said volumes are soft. Carla Bertrand, who runs a trucking firm "
        "hauling coil to customers in Michigan, said orders fell."
    )
    names = [(p.name, p.country) for p in _people(text, datetime(2025, 4, 1, tzinfo=UTC))]
    assert names == [("Kevin Mrozek", "US"), ("Carla Bertrand", "CA")]


def test_legislators_hosts_and_justices_are_people() -> None:
    text = (
        "The 25 per cent U.S. tariff on Canadian steel took effect. Bloc Québécois MP Isabelle "
        "Fortier asked about aluminum, and Coun. Ray Baxter voted against the motion. On the "
        "radio, host Colleen MacIsaac said Justice Brett Kavanaugh had dissented."
    )
    names = [(p.name, p.country) for p in _people(text, datetime(2026, 3, 1, tzinfo=UTC))]
    assert names == [
        ("Isabelle Fortier", "CA"),
        ("Ray Baxter", "CA"),
        ("Colleen MacIsaac", "CA"),
        ("Brett Kavanaugh", "US"),
    ]


def test_a_title_a_comma_and_the_name() -> None:
    text = (
        "The 25 per cent U.S. tariff on Canadian steel took effect. Quebec's finance minister, "
        "Eric Girard, pulled American wine. Oregon's attorney general, Dan Rayfield, sued. "
        "Our Washington correspondent, Paul Desrosiers, is standing by."
    )
    names = [(p.name, p.country) for p in _people(text, datetime(2025, 4, 1, tzinfo=UTC))]
    assert names == [("Eric Girard", "CA"), ("Dan Rayfield", "US"), ("Paul Desrosiers", "CA")]


def test_metals_are_steel_and_aluminum() -> None:
    gaz = gazetteer()
    text = "The U.S. metals tariffs and Canada's metal countermeasures."
    assert labels_in(gaz, text, 0, len(text)) == ["steel", "aluminum"]


def test_people_in_transcripts_columns_and_sign_offs_rules_1_17() -> None:
    text = (
        "Nadia Brisebois (host): The 35 per cent U.S. tariff on Canadian goods took effect "
        'Friday.\n\nANCHOR: Good evening, I\'m Sam Reyes.\n\n"I will miss the bourbon," said '
        "Mathieu Pelletier, a sommelier in the Saint-Roch district.\n\nTeresa Mancini is a "
        "columnist for the Herald.\n\nUntil next week,\nHarriet Mbeki\nChief Economist, Tollgate "
        "Economics\n\nMargaret Kowalczyk\nWindsor, Ont.\n\nThe tariffs stay."
    )
    names = [p.name for p in _people(text, datetime(2025, 8, 2, tzinfo=UTC))]
    assert sorted(names) == [
        "Harriet Mbeki",
        "Margaret Kowalczyk",
        "Mathieu Pelletier",
        "Nadia Brisebois",
        "Sam Reyes",
        "Teresa Mancini",
    ]


def test_an_organisation_places_its_spokesperson_and_its_president_is_no_head_of_state() -> None:
    # US spelling: with no place named, a private person would be taken as American
    text = (
        "The 25 percent U.S. tariff on Canadian auto parts took effect. Rhea Castellano, a "
        "spokesperson for the Automotive Parts Manufacturers' Association, said suppliers were "
        "cutting shifts."
    )
    people = {p.name: p.country for p in _people(text, datetime(2025, 5, 5, tzinfo=UTC))}
    assert people["Rhea Castellano"] == "CA"
    # Canadian spelling: "President" after the name is a company's, not the US President
    text = (
        'The 25 per cent U.S. tariff on Canadian auto parts took effect. "Orders fell," said '
        "Dana Whitford, President, Acme Fasteners."
    )
    people = {p.name: p.country for p in _people(text, datetime(2025, 5, 5, tzinfo=UTC))}
    assert people.get("Dana Whitford") != "US"


def test_people_by_contact_reporter_age_strategist_town_and_given_name() -> None:
    text = (
        "Ottawa's 25 per cent counter-tariffs on $30 billion of American goods took effect "
        "Tuesday.\n\nFor more information, contact Ana Lund (alund@maplelaw.ca).\n\nCTV's Omar "
        'Haddad reports from Windsor. "We are watching," Lena Koski, chief market strategist '
        "at Harbour Capital, wrote. Tim Ruiz of Buffalo, N.Y., said he drove across. Jo Baird, "
        "54, a trucker from Sarnia, said delays grew. Priya Natt told reporters the duties hurt. "
        "Harbour Capital said the duties hurt."
    )
    names = sorted(p.name for p in _people(text, datetime(2025, 3, 5, tzinfo=UTC)))
    assert names == ["Ana Lund", "Jo Baird", "Lena Koski", "Omar Haddad", "Priya Natt", "Tim Ruiz"]


def test_people_in_credit_lines_sign_offs_and_members_named_with_their_party() -> None:
    text = (
        "Ottawa's 25 per cent counter-tariffs on $30 billion of American goods took effect "
        "Tuesday. Ana Lund (Conservative, Calgary Centre) asked about steel. The 6-3 decision, "
        "written by Chief Justice John Roberts, stands.\n\n— Omar Haddad\n\nWith files from Lena "
        "Koski\n\n(Reporting by Tim Ruiz in Ottawa; Editing by Jo Baird)"
    )
    names = sorted(p.name for p in _people(text, datetime(2025, 3, 5, tzinfo=UTC)))
    assert names == [
        "Ana Lund",
        "Jo Baird",
        "John Roberts",
        "Lena Koski",
        "Omar Haddad",
        "Tim Ruiz",
    ]


def test_a_speakers_tag_in_capitals_gives_the_name_in_title_case() -> None:
    text = (
        "Ottawa's 25 per cent counter-tariffs on $30 billion of American goods took effect "
        "Tuesday.\n\nANCHOR (SARAH OKAFOR): It happened at one minute past midnight."
    )
    assert [p.name for p in _people(text, datetime(2025, 3, 5, tzinfo=UTC))] == ["Sarah Okafor"]


def test_bare_speakers_are_read_up_to_a_cap_so_degenerate_text_stays_linear() -> None:
    from itertools import product
    from string import ascii_lowercase

    from pipeline.extract.people import MAX_SPEAKERS

    surnames = ["Ro" + a + b for a, b in product(ascii_lowercase, repeat=2)][: MAX_SPEAKERS + 50]
    text = (
        "Ottawa's 25 per cent counter-tariffs on American goods took effect Tuesday. "
        + " ".join(f"Jane {s} said no." for s in surnames)
    )
    names = {p.name for p in _people(text, datetime(2025, 3, 5, tzinfo=UTC))}
    assert len(names) == MAX_SPEAKERS
    assert f"Jane {surnames[0]}" in names and f"Jane {surnames[-1]}" not in names


@given(
    spans=st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=30),
    probe=st.integers(0, 260),
)
def test_found_mentions_cover_exactly_the_positions_inside_their_spans(
    spans: list[tuple[int, int]], probe: int
) -> None:
    from pipeline.extract.people import PersonMention, _Found

    found = _Found()
    for start, length in spans:
        found[(start, start + length)] = PersonMention(
            start, start + length, "Jo Roe", None, "CA", None, False, False
        )
    assert found.covers(probe) == any(s <= probe < e for s, e in found)


def test_people_in_live_blogs_releases_letters_and_interviews_rules_1_18() -> None:
    text = (
        "Nathalie Vezina, Washington correspondent\n\nOttawa's 25 per cent counter-tariffs on "
        "American goods took effect Tuesday. The LCBO sells $1 billion of U.S. wine a year. — "
        "Anika Sorensen\n\nAlcorp Midwest's chief executive, Harlan Meeks, said orders fell. "
        "Hamilton Steel Fabricators' president, Jasleen Gill, said sales would shift. "
        "Carol-Ann Beaudry manages a liquor store in Brandon. Malcolm Drysdale, Chair of the "
        'Board, said directors agreed. "We paused hiring," said Harriet Osei-Mensah, President '
        'and Chief Executive Officer. "Mills will survive." (Fiona McRae, forestry economist, '
        "Vancouver)\n\nFor more information contact Ana Lund (alund@firm.ca) or Sunil Varadarajan "
        "(svara@firm.ca).\n\nInterview by Owen Tarkington\n\nMargaret Ellison, Kingston, Ont.\n\n"
        "(Reporting by Daniel Ostrowski in Ottawa and Carla Mendes in Washington; Editing by "
        "Peter Huang)"
    )
    people = {p.name: p.country for p in _people(text, datetime(2025, 3, 5, tzinfo=UTC))}
    assert sorted(people) == [
        "Ana Lund", "Anika Sorensen", "Carla Mendes", "Carol-Ann Beaudry", "Daniel Ostrowski",
        "Fiona McRae", "Harlan Meeks", "Harriet Osei-Mensah", "Jasleen Gill", "Malcolm Drysdale",
        "Margaret Ellison", "Nathalie Vezina", "Owen Tarkington", "Peter Huang",
        "Sunil Varadarajan",
    ]  # fmt: skip
    # a journalist posted in Washington keeps the outlet's country
    assert people["Carla Mendes"] == "CA" and people["Nathalie Vezina"] == "CA"


def test_a_speakers_town_is_in_the_description_or_earlier_in_the_sentence() -> None:
    text = (
        "U.S. tariffs on Canadian potash took effect in March, and prices rose 5 percent. At a gas "
        "station in Lethbridge, Alta., Shauna Pelletier, 41, a nurse, said she had moved her "
        "family's summer trip from Montana to the Okanagan."
    )
    people = {p.name: p.country for p in _people(text, datetime(2025, 3, 5, tzinfo=UTC))}
    assert people == {"Shauna Pelletier": "CA"}


def test_money_written_in_words_is_an_amount() -> None:
    from pipeline.extract.rates import find_money

    text = (
        "Canada hit 30 billion Canadian dollars of American goods; tariffs on another 125 "
        "billion dollars' worth follow three weeks after that."
    )
    found = [(m.amount, m.currency) for m in find_money(text, 0, len(text))]
    assert found == [(30e9, "CAD"), (125e9, None)]
    # a number of dollars with no measure near it is no amount covered
    said = "The company earned 3 billion dollars last year."
    assert find_money(said, 0, len(said)) == []


def test_a_day_without_its_year_is_read_in_the_year_written_before_it() -> None:
    from pipeline.extract.dates import find_dates

    text = (
        "May 17, 2019: Ottawa and Washington reach a deal to lift both sets of tariffs, which "
        "end on May 20.\nThe new duty starts on May 20."
    )
    pub = date(2025, 8, 5)
    whole = find_dates(text, 0, len(text), pub)
    assert [d.value for d in whole] == [date(2019, 5, 17), date(2019, 5, 20), date(2025, 5, 20)]
    clause = text.index("which")
    assert [d.value for d in find_dates(text, clause, clause + 30, pub)] == [date(2019, 5, 20)]


def test_a_total_of_rates_already_named_is_no_rate_of_its_own() -> None:
    from pipeline.extract.rates import find_rates

    for text, rates in (
        (
            "it set the countervailing duty at 14.38 per cent, bringing the total for most "
            "producers to 35.19 per cent.",
            [14.38],
        ),
        (
            "anti-dumping and countervailing duties that rose to a combined rate of roughly 35 "
            "per cent in August, for a total of about 45 per cent at the border.",
            [35.0],
        ),
        (
            "anti-dumping duties of 20.56 per cent and countervailing duties of 14.38 per cent "
            "that the U.S. Commerce Department set this summer, bringing the total charge on "
            "most Canadian softwood to about 45 per cent.",
            [20.56, 14.38],
        ),
    ):
        assert [r.value for r in find_rates(text, 0, len(text))] == rates, text


def test_a_change_by_about_a_percentage_is_no_rate() -> None:
    from pipeline.extract.rates import find_rates

    text = "raised the company's input costs by about 4 percent in the quarter"
    assert find_rates(text, 0, len(text)) == []
    duty = "raising the tariff on Canadian goods by about 10 percent"
    assert [r.value for r in find_rates(duty, 0, len(duty))] == [10.0]


def test_a_place_abbreviation_ends_a_sentence_before_canadian_or_american() -> None:
    from pipeline.extract.sentences import split_sentences

    text = (
        "He buys most of his studs from mills in southern B.C. Canadian softwood already "
        "carries U.S. duties. The B.C. Premier David Eby answered."
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "He buys most of his studs from mills in southern B.C.",
        "Canadian softwood already carries U.S. duties.",
        "The B.C. Premier David Eby answered.",
    ]


def test_hansard_speakers_named_with_riding_or_portfolio_and_party_are_people() -> None:
    text = (
        "Hon. Ana Lund (Calgary Centre, CPC): Mr. Speaker, the American tariff on Canadian steel "
        "doubled to 50 per cent.\n\nHon. Tim Ruiz (Minister of Jobs and Families, Lib.): Mr. "
        "Speaker, we will support the workers.\n\nThe committee (Room 225, West Block): closed."
    )
    people = _people(text, datetime(2025, 6, 5, tzinfo=UTC))
    assert sorted((p.name, p.country) for p in people) == [("Ana Lund", "CA"), ("Tim Ruiz", "CA")]


def test_a_byline_with_a_title_gives_the_person_not_the_title() -> None:
    text = (
        "By State Sen. Karen Lindqvist\n\nThe U.S. will charge a 35 percent tariff on Canadian "
        "goods starting Aug. 1."
    )
    names = sorted(p.name for p in _people(text, datetime(2025, 7, 14, tzinfo=UTC)))
    assert names == ["Karen Lindqvist"]


def test_signatures_with_a_credential_a_chief_or_a_reader_s_town_are_people() -> None:
    text = (
        "Ottawa's 25 per cent counter-tariffs on American steel remain in place. Should I "
        "worry? \u2014 Colette Surette, Yarmouth, N.S.\n\nPriya Venkataraman, CFA\n\nChief "
        "Rosalind Peters, on behalf of the Council\n\nTomasz Nowicki, Pastor"
    )
    names = sorted(p.name for p in _people(text, datetime(2025, 7, 14, tzinfo=UTC)))
    assert names == ["Colette Surette", "Priya Venkataraman", "Rosalind Peters", "Tomasz Nowicki"]


def test_a_name_after_a_title_does_not_run_onto_the_next_line() -> None:
    text = (
        "By State Sen. Karen Lindqvist\n\nLast Thursday, President Donald Trump said the United "
        "States will charge a 35 percent tariff on Canadian goods starting Aug. 1."
    )
    names = sorted(p.name for p in _people(text, datetime(2025, 7, 14, tzinfo=UTC)))
    assert names == ["Donald Trump", "Karen Lindqvist"]


@pytest.mark.parametrize(
    "text",
    [
        "Parts that qualify under CUSMA are exempt for now.",
        "Washington has said a parts levy would follow in May.",
    ],
)
def test_parts_named_by_the_pact_or_a_levy_are_auto_parts(text: str) -> None:
    assert labels_in(gazetteer(), text, 0, len(text)) == ["auto_parts"]


def test_parts_in_general_are_no_product() -> None:
    text = "Spare parts for the line were late."
    assert labels_in(gazetteer(), text, 0, len(text)) == []


@pytest.mark.parametrize(
    ("role", "trade"),
    [
        ("Secretary of Commerce", True),
        ("U.S. Trade Representative", True),
        ("Minister of International Trade", True),
        ("minister responsible for Canada-U.S. trade", True),
        ("trade lawyer", False),
        ("president of the Chamber of Commerce", False),
        ("Premier of Ontario", False),
        (None, False),
    ],
)
def test_only_an_office_of_trade_marks_a_trade_role(role: str | None, trade: bool) -> None:
    from pipeline.extract.actors import person_mentions
    from pipeline.extract.people import PersonMention

    person = PersonMention(0, 8, "Jane Roe", role, "US", "US", False, False)
    assert [m.trade_role for m in person_mentions([person])] == [trade]
