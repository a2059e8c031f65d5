"""Event rules: every type and status, parties, modality, distractors, carry-over, merging.

Each case is a short, self-written sentence with the exact events it must give:
(type, status, initiator, target, retaliatory, rate_pct, products, effective_date).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pipeline.evaluate import GoldArticle, load_gold
from pipeline.extract import extract
from pipeline.models import ArticleInput, Extraction

PUB = datetime(2025, 3, 28, 12, 0, tzinfo=UTC)  # a Friday


def run(text: str, published: datetime | None = PUB) -> Extraction:
    return extract(ArticleInput(id="t", title="", text=text, published=published))


def _devset_article(name: str, article_id: str) -> GoldArticle:
    """One article of a development set, by id: a real text a rule was written from."""
    gold = Path(__file__).parent / "devset" / f"{name}.jsonl"
    return next(a for a in load_gold(gold) if a.id == article_id)


def rows(text: str, published: datetime | None = PUB) -> list[tuple]:
    x = run(text, published)
    assert x.error is None
    return [
        (e.type, e.status, e.initiator, e.target, e.retaliatory, e.rate_pct, e.products,
         e.effective_date)
        for e in x.events
    ]  # fmt: skip


CASES = {
    # --- tariff statuses ---
    "threatened": (
        "Trump said the U.S. could impose a 50 per cent tariff on Canadian dairy.",
        [("tariff", "threatened", "US", "CA", False, 50, ["dairy"], None)],
    ),
    "threatened-if-not": (
        "Trump threatened to impose tariffs of twenty-five percent on Canadian lumber if "
        "Canada does not act on fentanyl.",
        [("tariff", "threatened", "US", "CA", False, 25, ["lumber"], None)],
    ),
    "announced-with-value": (
        "Canada will impose 25 per cent counter-tariffs on $30 billion worth of U.S. goods "
        "starting Tuesday, Finance Minister Dominic LeBlanc said.",
        [("tariff", "announced", "CA", "US", True, 25, [], date(2025, 4, 1))],
    ),
    "in-effect-two-rates": (
        "Trump signed an order imposing a 25% tariff on most Canadian goods and a 10% tariff "
        "on Canadian energy, effective March 4.",
        [
            ("tariff", "in_effect", "US", "CA", False, 25, ["all_goods"], date(2025, 3, 4)),
            ("tariff", "in_effect", "US", "CA", False, 10, ["energy"], date(2025, 3, 4)),
        ],
    ),
    "paused": (
        "Washington paused its tariffs on Canadian energy and potash for 30 days starting Tuesday.",
        [("tariff", "paused", "US", "CA", False, None, ["energy", "potash"], date(2025, 4, 1))],
    ),
    "reduced": (
        "The U.S. cut its tariff on Canadian lumber from 35 to 20 per cent.",
        [("tariff", "reduced", "US", "CA", False, 20, ["lumber"], None)],
    ),
    "exempted": (
        "Trump exempted CUSMA-compliant Canadian goods from the 25% tariffs.",
        [("tariff", "exempted", "US", "CA", False, 25, ["all_goods"], None)],
    ),
    "removed-on-date": (
        "Canada removed its counter-tariffs on U.S. goods on Sept. 1.",
        [("tariff", "removed", "CA", "US", True, None, [], date(2024, 9, 1))],
    ),
    "historical-removed": (
        "The 2018 steel and aluminum tariffs imposed by the U.S. on Canada were lifted in 2019.",
        [("tariff", "removed", "US", "CA", False, None, ["steel", "aluminum"], None)],
    ),
    "increase-keeps-new-rate": (
        "The United States raised tariffs on Canadian goods from 25 to 35 per cent in response "
        "to Canada's counter-tariffs. The increase takes effect Aug. 1.",
        [
            ("tariff", "announced", "US", "CA", True, 35, ["all_goods"], date(2025, 8, 1)),
            ("tariff", "in_effect", "CA", "US", True, None, [], None),
        ],
    ),
    "conditional-retaliation-is-not-an-event": (
        "If Canada retaliates, Trump said he will double the tariffs on Canadian steel to 50 "
        "per cent.",
        # A threat conditioned on the other side's measure is itself a counter-threat
        # (TAXONOMY: retaliatory for either side's answer to the other's action).
        [("tariff", "threatened", "US", "CA", True, 50, ["steel"], None)],
    ),
    # --- non-tariff measures, provinces ---
    "province-shelves-and-surcharge": (
        "Ontario pulled American alcohol from LCBO shelves on Tuesday in response to Trump's "
        "tariffs. Premier Doug Ford also imposed a 25 per cent surcharge on electricity exports "
        "to Michigan, New York and Minnesota.",
        [
            (
                "nontariff_measure",
                "in_effect",
                "CA-ON",
                "US",
                True,
                None,
                ["alcohol"],
                date(2025, 3, 25),
            ),
            # "also imposed", right after a measure taken "in response": the same answer
            # to the U.S. tariffs (TAXONOMY: retaliatory when presented as a response).
            ("nontariff_measure", "in_effect", "CA-ON", "US", True, 25, ["electricity"], None),
        ],
    ),
    "premier-announces-delisting": (
        "B.C. Premier David Eby said the province will remove U.S. liquor from government stores.",
        [("nontariff_measure", "announced", "CA-BC", "US", True, None, ["alcohol"], None)],
    ),
    "export-tax-next-month": (
        "Canada will impose a 25% export tax on electricity sent to the United States starting "
        "next month.",
        [
            (
                "nontariff_measure",
                "announced",
                "CA",
                "US",
                False,
                25,
                ["electricity"],
                date(2025, 4, 1),
            )
        ],
    ),
    "digital-services-tax": (
        "Canada rescinded its digital services tax on Sunday.",
        [
            (
                "nontariff_measure",
                "removed",
                "CA",
                "US",
                False,
                None,
                ["digital_services"],
                date(2025, 3, 23),
            )
        ],
    ),
    # --- talks and contacts ---
    "talks-planned": (
        "Canadian and U.S. officials will hold trade talks in Washington next week.",
        [("trade_talks", "planned", "CA", "US", False, None, [], None)],
    ),
    "talks-suspended": (
        "Canada suspended trade negotiations with the United States on Friday.",
        [("trade_talks", "suspended", "CA", "US", False, None, [], None)],
    ),
    "talks-resumed": (
        "Canada said it would resume trade talks with the U.S. after Ontario dropped its ad "
        "campaign.",
        [("trade_talks", "resumed", "CA", "US", False, None, [], None)],
    ),
    "premier-meets-secretary": (
        "Alberta Premier Danielle Smith met with Commerce Secretary Howard Lutnick in "
        "Washington to discuss energy tariffs.",
        [("trade_talks", "ongoing", "CA-AB", "US", False, None, [], None)],
    ),
    "contact-planned-and-held": (
        "Carney will travel to Washington next week to meet Trump at the White House. The two "
        "leaders last met in June.",
        [
            ("leader_contact", "planned", "CA", "US", False, None, [], None),
            ("leader_contact", "held", "CA", "US", False, None, [], None),
        ],
    ),
    "pronoun-and-generic-leader": (
        "Canada's counter-tariffs on U.S. goods remain in place, Carney said. Mr. Carney said "
        "he spoke with the president on Tuesday.",
        [
            ("tariff", "in_effect", "CA", "US", True, None, [], None),
            ("leader_contact", "held", "CA", "US", False, None, [], None),
        ],
    ),
    # --- agreements ---
    "agreement-reached": (
        "Canada and the U.S. reached a trade deal on steel and aluminum.",
        [("trade_agreement", "reached", "CA", "US", False, None, ["steel", "aluminum"], None)],
    ),
    "agreement-signed": (
        "Canada and the U.S. signed an agreement on critical minerals.",
        [("trade_agreement", "signed", "CA", "US", False, None, ["critical_minerals"], None)],
    ),
    "agreement-proposed": (
        "The U.S. proposed a new trade agreement with Canada.",
        [("trade_agreement", "proposed", "US", "CA", False, None, [], None)],
    ),
    "agreement-terminated": (
        "The United States terminated the USMCA with Canada and Mexico.",
        [("trade_agreement", "terminated", "US", "CA", False, None, [], None)],
    ),
    # rules-1.3: a review still to begin is no event (tests/devset/README.md: "A future
    # review that has not been opened is not an event"); one that has opened is.
    "agreement-under-review": (
        "U.S. Trade Representative Jamieson Greer said the joint review of CUSMA with Canada "
        "began this week.",
        [("trade_agreement", "under_review", "US", "CA", False, None, [], None)],
    ),
    # --- disputes ---
    "dispute-filed-wto": (
        "Canada filed a challenge at the World Trade Organization against U.S. tariffs on "
        "Canadian steel and aluminum.",
        [("trade_dispute", "filed", "CA", "US", False, None, ["steel", "aluminum"], None)],
    ),
    "dispute-ruled-panel": (
        "A CUSMA panel ruled in Canada's favour in the softwood lumber dispute with the United "
        "States.",
        [("trade_dispute", "ruled", "CA", "US", False, None, ["lumber"], None)],
    ),
    "dispute-appealed": (
        "Canada appealed the WTO ruling on U.S. lumber duties.",
        [("trade_dispute", "appealed", "CA", "US", False, None, ["lumber"], None)],
    ),
    "dispute-settled": (
        "Canada and the U.S. settled their WTO dispute over softwood lumber.",
        [("trade_dispute", "settled", "CA", "US", False, None, ["lumber"], None)],
    ),
    "dispute-us-court": (
        "The U.S. Court of International Trade ruled that Trump's tariffs on Canada were "
        "illegal. The administration will appeal.",
        [("trade_dispute", "ruled", "US", "CA", False, None, [], None)],
    ),
    # --- carry-over and merging ---
    "next-sentence-date": (
        "Ottawa announced a 25 per cent tariff on U.S. steel. The measure takes effect Tuesday.",
        [("tariff", "announced", "CA", "US", True, 25, ["steel"], date(2025, 4, 1))],
    ),
    "he-said-resolves-to-last-person": (
        "U.S. Commerce Secretary Howard Lutnick spoke to reporters. He said Washington would "
        "raise duties on Canadian lumber to 45 per cent.",
        # reported speech: "would" is the "will" of a decision
        [("tariff", "announced", "US", "CA", False, 45, ["lumber"], None)],
    ),
    "repeated-mention-merged": (
        "Trump imposed 35% tariffs on Canadian goods on Aug. 1, 2025. Trump's 35% tariffs "
        "have hit Canadian exporters hard.",
        [("tariff", "in_effect", "US", "CA", False, 35, ["all_goods"], date(2025, 8, 1))],
    ),
    "two-clauses-two-measures": (
        "The Trump administration hit Canada with a 35 per cent tariff on Aug. 1, and Ottawa "
        "responded by dropping most of its counter-tariffs on Sept. 1.",
        [
            ("tariff", "in_effect", "US", "CA", False, 35, [], date(2024, 8, 1)),
            ("tariff", "removed", "CA", "US", True, None, [], date(2024, 9, 1)),
        ],
    ),
    "took-effect-at-midnight": (
        "The tariffs on Canadian goods took effect at midnight, the White House said.",
        [("tariff", "in_effect", "US", "CA", False, None, ["all_goods"], date(2025, 3, 28))],
    ),
    "hyphenated-pair": (
        "Canada-U.S. trade talks resumed in Washington on Monday.",
        [("trade_talks", "resumed", "CA", "US", False, None, [], None)],
    ),
    "threat-to-restrict-exports": (
        "Ontario Premier Doug Ford floated the idea of restricting electricity exports to the U.S.",
        [("nontariff_measure", "threatened", "CA-ON", "US", True, None, ["electricity"], None)],
    ),
    "victim-subject": (
        "Canada has been hit by U.S. tariffs on steel since March.",
        [("tariff", "in_effect", "US", "CA", False, None, ["steel"], None)],
    ),
    "the-province-resolves": (
        "Ontario Premier Doug Ford met his counterparts in Toronto on Monday. The province will "
        "impose a 25 per cent surcharge on electricity exports to the U.S. starting April 10.",
        [
            (
                "nontariff_measure",
                "announced",
                "CA-ON",
                "US",
                True,
                25,
                ["electricity"],
                date(2025, 4, 10),
            )
        ],
    ),
    "follow-up-value-merges": (
        "Canada announced 25 per cent counter-tariffs on U.S. steel. The tariffs cover $30 "
        "billion of U.S. goods.",
        [("tariff", "announced", "CA", "US", True, 25, ["steel"], None)],
    ),
    "drop-some-keep-others": (
        "Canada will drop many of its retaliatory tariffs on U.S. goods on Sept. 1, but will "
        "keep counter-tariffs on American steel, aluminum and autos in place.",
        [
            ("tariff", "removed", "CA", "US", True, None, [], date(2025, 9, 1)),
            ("tariff", "in_effect", "CA", "US", True, None, ["steel", "aluminum", "autos"], None),
        ],
    ),
    "products-follow-their-rate": (
        "Trump's tariffs on Canada remain in place. Steel and aluminum face a 50 per cent "
        "levy, while autos face 25 per cent.",
        [
            # "tariffs on Canada" covers all goods: its own event beside the sector rates
            ("tariff", "in_effect", "US", "CA", False, None, ["all_goods"], None),
            ("tariff", "in_effect", "US", "CA", False, 50, ["steel", "aluminum"], None),
            ("tariff", "in_effect", "US", "CA", False, 25, ["autos"], None),
        ],
    ),
    "said-it-would-rescind": (
        "Late on Sunday, Canada said it would rescind its digital services tax to advance "
        "talks with the United States.",
        [
            (
                "nontariff_measure",
                "removed",
                "CA",
                "US",
                False,
                None,
                ["digital_services"],
                date(2025, 3, 23),  # the Sunday heading the sentence: when it was decided
            )
        ],
    ),
    "not-covered-is-not-an-exemption": (
        # (a rise told in the past tense is in force: the writers' reading, 31 of 32 times)
        "Trump raised tariffs on Canadian goods not covered by CUSMA to 35 per cent.",
        [("tariff", "in_effect", "US", "CA", False, 35, ["all_goods"], None)],
    ),
    "panel-against-owner": (
        "A trade tribunal ruled Tuesday that the U.S. Commerce Department's anti-dumping "
        "duties on Canadian softwood lumber violated CUSMA.",
        [("trade_dispute", "ruled", "CA", "US", False, None, ["lumber"], None)],
    ),
    "leaders-agree-to-resume-negotiations": (
        "Prime Minister Mark Carney and President Donald Trump agreed to resume negotiations.",
        [("trade_talks", "resumed", "CA", "US", False, None, [], None)],
    ),
    "pause-of-threatened-tariffs": (
        "The United States has agreed to pause its threatened 25 per cent tariffs on Canadian "
        "goods for at least 30 days.",
        # TAXONOMY: a pause's effective_date is the day it starts; one agreed in today's
        # news starts on the publication day.
        [("tariff", "paused", "US", "CA", False, 25, ["all_goods"], date(2025, 3, 28))],
    ),
    "eliminating-exemptions-is-not-an-exemption": (
        "President Donald Trump on Tuesday signed orders raising tariffs on all steel and "
        "aluminum imports to 25 per cent, eliminating exemptions for Canada and Mexico. The "
        "tariffs take effect March 12.",
        [
            (
                "tariff",
                "announced",
                "US",
                "WORLD",
                False,
                25,
                ["steel", "aluminum"],
                date(2025, 3, 12),
            )
        ],
    ),
    "non-compliant-goods": (
        "Canada will impose 25 per cent tariffs on vehicles imported from the United States "
        "that are not compliant with CUSMA.",
        [("tariff", "announced", "CA", "US", True, 25, ["autos"], None)],
    ),
    "procurement-ban": (
        "Ontario banned American companies from provincial contracts on Tuesday.",
        [("nontariff_measure", "in_effect", "CA-ON", "US", True, None, [], date(2025, 3, 25))],
    ),
    "visit-to-the-white-house": (
        "Carney will visit the White House next week.",
        [("leader_contact", "planned", "CA", "US", False, None, [], None)],
    ),
    "host-meeting": (
        "Trump hosted Carney at the White House on Tuesday.",
        [("leader_contact", "held", "US", "CA", False, None, [], None)],
    ),
    "contact-despite-negated-topic": (
        "Carney and Trump did not discuss tariffs during their meeting at the G7 summit.",
        [("leader_contact", "held", "CA", "US", False, None, [], None)],
    ),
    "wto-consultations": (
        "Canada on Tuesday requested consultations with the United States at the World Trade "
        "Organization over Washington's 25 per cent tariffs on Canadian steel and aluminum.",
        [("trade_dispute", "filed", "CA", "US", False, None, ["steel", "aluminum"], None)],
    ),
    "followup-midnight": (
        "Trump doubled tariffs on Canadian steel and aluminum to 50 per cent. The increase "
        "took effect at 12:01 a.m.",
        [("tariff", "in_effect", "US", "CA", False, 50, ["steel", "aluminum"], date(2025, 3, 28))],
    ),
    "pause-then-talks": (
        "Ontario Premier Doug Ford paused the 25 per cent electricity surcharge on Tuesday "
        "after Commerce Secretary Howard Lutnick agreed to meet him.",
        [
            (
                "nontariff_measure",
                "paused",
                "CA-ON",
                "US",
                True,
                25,
                ["electricity"],
                date(2025, 3, 25),
            ),
            ("trade_talks", "planned", "CA-ON", "US", False, None, [], None),
        ],
    ),
    "deal-and-reductions": (
        "Canada and the United States signed a deal on Friday that lowers U.S. tariffs on "
        "Canadian steel to 15 per cent. Canada will reduce its counter-tariffs on American "
        "steel to match, starting Nov. 1.",
        [
            ("tariff", "reduced", "US", "CA", False, 15, ["steel"], None),
            ("trade_agreement", "signed", "CA", "US", False, None, ["steel"], None),
            ("tariff", "reduced", "CA", "US", True, None, ["steel"], date(2025, 11, 1)),
        ],
    ),
    "former-leader-contact": (
        "Trudeau met Trump at Mar-a-Lago in November to discuss the threatened tariffs.",
        [("leader_contact", "held", "CA", "US", False, None, [], None)],
    ),
    "effective-immediately": (
        "Canada's counter-tariffs on U.S. steel take effect immediately, LeBlanc said.",
        [("tariff", "in_effect", "CA", "US", True, None, ["steel"], date(2025, 3, 28))],
    ),
    "unnamed-officials": (
        "The trade minister met the commerce secretary in Washington on Tuesday for trade talks.",
        [("trade_talks", "ongoing", "CA", "US", False, None, [], None)],
    ),
    "world-measure": (
        "The U.S. will put a 25% tariff on all imported steel, hitting producers in Canada.",
        [("tariff", "announced", "US", "WORLD", False, 25, ["steel"], None)],
    ),
    # --- rules-1.2: one test per general rule, sentences written for these tests ---
    "talks-carry-no-products": (
        "Dominic LeBlanc met Howard Lutnick in Washington on Monday to discuss steel and "
        "lumber tariffs.",
        [("trade_talks", "ongoing", "CA", "US", False, None, [], None)],
    ),
    "dispute-sentence-measure-is-its-object": (
        "Canada launched a WTO challenge on Monday against Washington's 35 per cent duties on "
        "Canadian potash.",
        [("trade_dispute", "filed", "CA", "US", False, None, ["potash"], None)],
    ),
    "today-capitalised": (
        "Today, Ottawa lifted its counter-tariffs on American orange juice.",
        [("tariff", "removed", "CA", "US", True, None, ["agriculture"], date(2025, 3, 28))],
    ),
    "not-hesitate-is-no-negation": (
        "Premier Doug Ford said he will not hesitate to shut off the electricity Ontario sends "
        "to New York if the U.S. raises tariffs again.",
        [("nontariff_measure", "threatened", "CA-ON", "US", True, None, ["electricity"], None)],
    ),
    "cut-electricity-exports": (
        "Quebec could cut electricity exports to New England if the U.S. tariffs go ahead.",
        [("nontariff_measure", "threatened", "CA-QC", "US", True, None, ["electricity"], None)],
    ),
    "talks-broken-off": (
        "Washington has broken off trade talks with Ottawa.",
        [("trade_talks", "suspended", "US", "CA", False, None, [], None)],
    ),
    "province-carries-within-sentence": (
        "Alberta has stopped buying American wine, and provincial agencies are no longer "
        "signing new contracts with U.S. firms.",
        [
            ("nontariff_measure", "in_effect", "CA-AB", "US", True, None, ["alcohol"], None),
            ("nontariff_measure", "in_effect", "CA-AB", "US", True, None, [], None),
        ],
    ),
    "liquor-agency-acts": (
        "British Columbia's liquor distribution branch stopped buying American bourbon.",
        [("nontariff_measure", "in_effect", "CA-BC", "US", True, None, ["alcohol"], None)],
    ),
    "liquor-stores-carry-none": (
        "Ontario's liquor stores still carry no American wine.",
        [("nontariff_measure", "in_effect", "CA-ON", "US", True, None, ["alcohol"], None)],
    ),
    "liquor-board-sells-alcohol": (
        "The LCBO will take U.S. products off its shelves on Monday, Premier Doug Ford said.",
        [
            (
                "nontariff_measure",
                "announced",
                "CA-ON",
                "US",
                True,
                None,
                ["alcohol"],
                date(2025, 3, 31),
            )
        ],
    ),
    "state-removes-next-weekday": (
        "West Virginia will remove Canadian-made whiskey from state stores next Tuesday.",
        [
            (
                "nontariff_measure",
                "announced",
                "US-WV",
                "CA",
                True,
                None,
                ["alcohol"],
                date(2025, 4, 1),
            )
        ],
    ),
    "global-measure-without-actor": (
        "Smelters in Quebec sell most of their copper to the U.S. The global 10 per cent "
        "tariffs on copper imports from every country, Canada included, take effect Monday.",
        [("tariff", "announced", "US", "WORLD", False, 10, ["copper"], date(2025, 3, 31))],
    ),
    "speaker-is-not-the-initiator": (
        "Carney says the 25 per cent tariff on Canadian steel will be lifted on June 1, "
        "Washington confirmed.",
        [("tariff", "removed", "US", "CA", False, 25, ["steel"], date(2025, 6, 1))],
    ),
    "owner-in-relative-clause": (
        "Ottawa hopes to avert the 35 per cent tariff President Trump has promised for Aug. 1.",
        [("tariff", "announced", "US", "CA", False, 35, [], date(2025, 8, 1))],
    ),
    "second-tranche-days-later": (
        "Canada will put tariffs on $20 billion of U.S. goods on April 10. Tariffs on another "
        "$40 billion will follow 14 days later.",
        [
            ("tariff", "announced", "CA", "US", True, None, [], date(2025, 4, 10)),
            ("tariff", "announced", "CA", "US", True, None, [], date(2025, 4, 24)),
        ],
    ),
    "in-n-days": (
        "Ottawa said tariffs on U.S. steel will be imposed in 10 days unless Washington "
        "changes course.",
        [("tariff", "threatened", "CA", "US", True, None, ["steel"], date(2025, 4, 7))],
    ),
    "from-the-same-date": (
        "The U.S. will impose a 25 per cent tariff on Canadian heavy trucks starting Nov. 1. "
        "The same order puts a 10 per cent tariff on buses from the same date.",
        [
            ("tariff", "announced", "US", "CA", False, 25, ["autos"], date(2025, 11, 1)),
            ("tariff", "announced", "US", "CA", False, 10, ["autos"], date(2025, 11, 1)),
        ],
    ),
    "same-rate-other-goods-other-sentence": (
        "The U.S. put a 25 per cent tariff on Canadian autos on Tuesday. A 25 per cent tariff "
        "on auto parts will follow in May.",
        [
            ("tariff", "in_effect", "US", "CA", False, 25, ["autos"], date(2025, 3, 25)),
            ("tariff", "announced", "US", "CA", False, 25, ["auto_parts"], None),
        ],
    ),
    "background-mention-folds-in": (
        "Ontario paused its electricity surcharge on U.S. states on Monday. Trump called "
        "Ontario's electricity surcharge an insult.",
        [
            (
                "nontariff_measure",
                "paused",
                "CA-ON",
                "US",
                True,
                None,
                ["electricity"],
                date(2025, 3, 24),
            )
        ],
    ),
    "response-to-other-measure-not-repeated": (
        "Canada's counter-tariffs on U.S. steel remain in place, mirroring the American "
        "tariffs on those products.",
        [("tariff", "in_effect", "CA", "US", True, None, ["steel"], None)],
    ),
    "quota-inside-tariff": (
        "Canada charges tariffs of up to 200 per cent on U.S. dairy once its import quotas "
        "are filled.",
        [("tariff", "in_effect", "CA", "US", False, 200, ["dairy"], None)],
    ),
    "unless-a-company-is-no-threat": (
        "Canada exports generic drugs. The U.S. will impose a 100 per cent tariff on imported "
        "drugs starting Oct. 1 unless the company is building a plant in America.",
        [
            (
                "tariff",
                "announced",
                "US",
                "WORLD",
                False,
                100,
                ["pharmaceuticals"],
                date(2025, 10, 1),
            )
        ],
    ),
    "left-off-the-list": (
        "Canada was left off Trump's list of reciprocal tariffs.",
        [("tariff", "exempted", "US", "CA", False, None, [], None)],
    ),
    "owner-belongs-to-the-nearer-measure": (
        "Carney said Canada will answer the American tariffs with 30 per cent tariffs of its "
        "own on U.S. motorcycles.",
        [("tariff", "announced", "CA", "US", True, 30, ["consumer_goods"], None)],
    ),
    "owner-of-another-measure-is-not-this-ones": (
        "Canada will retaliate against U.S. tariffs. Tariffs on the first $12 billion of goods "
        "take effect Monday alongside the U.S. duties, LeBlanc said.",
        [("tariff", "announced", "CA", "US", True, None, [], date(2025, 3, 31))],
    ),
    "threat-is-not-the-measure-in-force": (
        "A 25 per cent U.S. tariff on Canadian steel is in place. Trump warned that his tariff "
        "could rise if Canada retaliates.",
        [
            ("tariff", "in_effect", "US", "CA", False, 25, ["steel"], None),
            ("tariff", "threatened", "US", "CA", True, None, [], None),
        ],
    ),
    "border-collects": (
        "Canada adjusted its counter-tariffs on U.S. steel on Monday. Carney said the change "
        "would help producers, who now face 50 per cent duties at the U.S. border.",
        [
            ("tariff", "in_effect", "CA", "US", True, None, ["steel"], date(2025, 3, 24)),
            ("tariff", "in_effect", "US", "CA", False, 50, [], None),
        ],
    ),
    "made-in-adjective-is-origin": (
        "Ottawa announced two changes on Tuesday. A carve-out lets automakers bring in "
        "American-built trucks free of the 25 per cent counter-tariff.",
        [("tariff", "exempted", "CA", "US", True, 25, ["autos"], None)],
    ),
    "a-lower-rate-is-no-reduction": (
        "Canadian potash will face a lower 10 per cent U.S. tariff starting Tuesday.",
        [("tariff", "announced", "US", "CA", False, 10, ["potash"], date(2025, 4, 1))],
    ),
    "scaling-back-a-ban": (
        "Manitoba is scaling back its ban on American beer.",
        [("nontariff_measure", "reduced", "CA-MB", "US", True, None, ["alcohol"], None)],
    ),
    "no-later-than": (
        "Washington will put a 25 per cent tariff on Canadian engines no later than May 3.",
        [("tariff", "announced", "US", "CA", False, 25, ["auto_parts"], date(2025, 5, 3))],
    ),
    "goods-list-before-measure": (
        "American copper and lumber duties take effect on April 12 for every country, Canada "
        "included.",
        [
            (
                "tariff",
                "announced",
                "US",
                "WORLD",
                False,
                None,
                ["copper", "lumber"],
                date(2025, 4, 12),
            )
        ],
    ),
    "those-measures-with-an-amount": (
        "Ottawa answered with a list of its own. Those counter-tariffs, on $12 billion of "
        "American goods, were lifted in 2019.",
        [("tariff", "removed", "CA", "US", True, None, [], None)],
    ),
    "threat-about-goods-in-force-is-another-event": (
        "Canada's counter-tariffs on U.S. steel have been in place since March 13. Carney said "
        "Canada could raise its counter-tariffs on U.S. steel unless Washington backs off.",
        [
            ("tariff", "in_effect", "CA", "US", True, None, ["steel"], date(2025, 3, 13)),
            ("tariff", "threatened", "CA", "US", True, None, ["steel"], None),
        ],
    ),
    "agreement-name-is-no-third-country": (
        "The higher tariff on Canadian lumber took effect Tuesday for wood that does not "
        "qualify under the Canada-U.S.-Mexico Agreement.",
        [("tariff", "in_effect", "US", "CA", False, None, ["lumber"], date(2025, 3, 25))],
    ),
    "other-measure-clause-keeps-its-goods-and-negation": (
        "The U.S. tariff on Canadian steel that does not meet the rules remains in force, and "
        "Quebec's liquor stores still sell no American bourbon.",
        [
            ("tariff", "in_effect", "US", "CA", False, None, ["steel"], None),
            ("nontariff_measure", "in_effect", "CA-QC", "US", True, None, ["alcohol"], None),
        ],
    ),
    "hedged-measure-inside-a-proposed-deal": (
        "Canadian negotiators have proposed a deal that would cut U.S. tariffs on Canadian "
        "aluminum.",
        [("trade_agreement", "proposed", "CA", "US", False, None, ["aluminum"], None)],
    ),
    "measure-owner-is-no-talks-party": (
        "Canada's premiers wrapped up a meeting with Prime Minister Mark Carney on Friday, "
        "pledging a common front against American tariffs.",
        [],
    ),
    "officials-by-nationality-negotiate": (
        "American officials and Canadian negotiators met in Ottawa to discuss lumber duties.",
        [("trade_talks", "ongoing", "US", "CA", False, None, [], None)],
    ),
    "third-countries-are-not-the-other-side": (
        "Canada will put quotas on steel imports from countries that have no trade deal with "
        "it, officials in Washington noted.",
        [],
    ),
    "court-after-the-measure-keeps-it": (
        "Canada will impose tariffs on U.S. steel on Monday, a move trade lawyers expect to "
        "land in court.",
        [("tariff", "announced", "CA", "US", True, None, ["steel"], date(2025, 3, 31))],
    ),
    "all-goods-covers-a-later-product-at-the-same-rate": (
        "The U.S. put a 35 per cent tariff on all Canadian goods on Tuesday. Sawmills in "
        "B.C. say the 35 per cent tariff on Canadian lumber will cost jobs.",
        [("tariff", "in_effect", "US", "CA", False, 35, ["all_goods"], date(2025, 3, 25))],
    ),
    "two-countries-is-no-third-party": (
        "Washington agreed on Monday. Carney says the 10 per cent levy on Canadian energy will "
        "be paused while the two countries work on a deal.",
        [("tariff", "paused", "US", "CA", False, 10, ["energy"], date(2025, 3, 28))],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_case(name: str) -> None:
    text, expected = CASES[name]
    assert rows(text) == expected


NOT_EVENTS = {
    "negation": "Canada did not impose counter-tariffs on U.S. steel.",
    "ruled-out": "Ottawa has ruled out retaliatory measures against the United States.",
    "no-plans": "The Ontario government said it has no plans to impose tariffs on U.S. goods.",
    "us-china": "The U.S. imposed 145% tariffs on Chinese goods. China retaliated with duties on "
    "American soybeans.",
    "eu-us": "The EU imposed tariffs on American bourbon in response to U.S. steel tariffs.",
    "utility-tariff": "The Ontario Energy Board approved new electricity tariffs for Toronto "
    "Hydro customers, raising bills by 3 per cent starting next month.",
    "hockey": "The Maple Leafs traded their first-round pick to the Washington Capitals for a "
    "defenceman at the NHL trade deadline.",
    "domestic": "Poilievre attacked Carney over the carbon tax in Question Period on Tuesday.",
    "vague": "The duties take effect Tuesday.",
    "intent-to-file": "Canada said it will file a WTO challenge against the U.S. lumber duties "
    "next week.",
    "eu-us-with-canada-aside": "The European Union will impose counter-tariffs on U.S. goods in "
    "response to Trump's steel tariffs. Canada has faced similar tariffs.",
    "mexico-us": "Mexico and the United States reached an agreement to delay tariffs on Mexican "
    "goods for 90 days, Mexican President Claudia Sheinbaum said.",
    "canada-china": "Canada imposed 100 per cent tariffs on Chinese electric vehicles last year, "
    "and China retaliated with duties on Canadian canola oil and peas.",
    "no-deal": "Trump said there would be no deal with Canada.",
    "japan-us-deal": "Japan and the United States reached a trade agreement that lowers U.S. "
    "tariffs on Japanese cars to 15 per cent. Canada has yet to reach a similar deal.",
    "first-ministers": "Prime Minister Mark Carney met with the premiers in Ottawa on Monday to "
    "discuss internal trade barriers.",
    "consumer-boycott": "Canadians are boycotting U.S. products and cancelling trips to the "
    "United States.",
    "no-meeting": "Trump said he would not meet Carney until Canada drops its counter-tariffs.",
    "intent-to-challenge-a-decision": "Ottawa said it would challenge the U.S. decision under "
    "CUSMA and at the WTO.",
    "background-without-target": "The housing market slowed amid U.S. tariffs, the Bank of "
    "Canada said.",
    "domestic-talks": "Carney said talks with premiers on internal trade barriers were "
    "productive, as Washington's tariffs weigh on the economy.",
    "job-duties": "He took up his duties as Canada's ambassador in Washington on Monday.",
    "bare-cusma-reference": "Goods that comply with the rules of CUSMA move freely, and trade "
    "between Canada and the U.S. rose last year.",
    "us-world-without-canada": "The U.S. imposed a 10% tariff on all imports from every "
    "country, the White House said.",
    "stance-on-a-measure": "Quebec's premier said he would back federal counter-tariffs on "
    "U.S. whiskey.",
    "counterfactual": "A tariff on Canadian lumber would have doubled prices for builders in "
    "Ohio, the report said.",
    "private-groups-do-not-impose": "Canadian business groups said a tariff on fertilizer would "
    "hurt farmers in Iowa.",
    "opposition-demand": "Conservative Leader Pierre Poilievre wants the surtax revenue sent to "
    "laid-off workers and a ban on American suppliers from federal contracts.",
    "definite-vague-reference": "U.S. home builders said the duties would raise the cost of "
    "Canadian lumber.",
    "opposition-pledge": "Conservative Leader Pierre Poilievre said he would retaliate against "
    "Washington.",
    "court-asked-to-block": "Two importers in Oregon sued in federal court. They asked the judge "
    "to block the duties on Canadian lumber.",
}


@pytest.mark.parametrize("name", list(NOT_EVENTS))
def test_not_relevant(name: str) -> None:
    x = run(NOT_EVENTS[name])
    assert x.error is None
    if name == "intent-to-file":
        assert all(e.type != "trade_dispute" for e in x.events)
    else:
        assert x.events == [] and x.relevant is False and x.people == []


def test_value_currency_by_speaker() -> None:
    x = run("Canada will impose tariffs on $30 billion of U.S. goods.")
    assert x.events[0].value is not None
    assert x.events[0].value.to_dict() == {"amount": 30_000_000_000, "currency": "CAD"}
    x = run("The U.S. will put tariffs on US$2.5 billion of Canadian goods.")
    assert x.events[0].value is not None
    assert x.events[0].value.to_dict() == {"amount": 2_500_000_000, "currency": "USD"}
    x = run("Washington will impose tariffs on $125-billion worth of Canadian goods.")
    assert x.events[0].value is not None
    assert x.events[0].value.to_dict() == {"amount": 125_000_000_000, "currency": "USD"}


def test_rule_and_confidence_are_set() -> None:
    x = run("Trump said the U.S. could impose a 50 per cent tariff on Canadian dairy.")
    ev = x.events[0]
    assert ev.rule.startswith("tariff:tariff|status=hedge")
    assert 0.0 < ev.confidence <= 1.0


def test_without_publication_date_relative_dates_are_null() -> None:
    x = run("Ottawa will impose a 25 per cent tariff on U.S. steel starting Tuesday.", None)
    assert x.events[0].effective_date is None
    x = run("Ottawa will impose a 25 per cent tariff on U.S. steel starting April 2, 2025.", None)
    assert x.events[0].effective_date == date(2025, 4, 2)


# --- rules-1.3: forms other writers use (each sentence fails without its rule) ---
GENERAL_CASES = {
    "removal-waited-for-is-no-removal": (
        "Ottawa's surtax on American bourbon will remain until Washington's steel duties are "
        "lifted.",
        [("tariff", "in_effect", "CA", "US", True, None, ["alcohol", "steel"], None)],
    ),
    "removal-wanted-is-no-removal": (
        "Governor Tim Walz said he wants the 25 per cent U.S. tariff on Canadian steel, in force "
        "since March, lifted for Minnesota mills.",
        [("tariff", "in_effect", "US", "CA", False, 25, ["steel"], None)],
    ),
    "wipes-out-is-removal": (
        "For Canada, the decision wipes out the 25 per cent U.S. tariff on Canadian potash.",
        [("tariff", "removed", "US", "CA", False, 25, ["potash"], None)],
    ),
    "lapse-is-removal": (
        # "let" told in the past (no "will"): the Tuesday before the Friday of the story
        "Canada let its counter-tariffs on American ketchup lapse on Tuesday.",
        [("tariff", "removed", "CA", "US", True, None, ["agriculture"], date(2025, 3, 25))],
    ),
    "fall-to-is-reduction": (
        "The U.S. tariff on Canadian lumber will fall to 10 per cent on Tuesday, the Commerce "
        "Department said.",
        [("tariff", "reduced", "US", "CA", False, 10, ["lumber"], date(2025, 4, 1))],
    ),
    "old-rate-after-a-spell-at": (
        "After a year at 50 per cent, the American duty on Canadian steel will drop to 25 per "
        "cent on Tuesday.",
        [("tariff", "reduced", "US", "CA", False, 25, ["steel"], date(2025, 4, 1))],
    ),
    "singular-duty-with-goods": (
        "Washington will put a 15 per cent duty on Canadian maple syrup from Tuesday.",
        [("tariff", "announced", "US", "CA", False, 15, ["agriculture"], date(2025, 4, 1))],
    ),
    "talks-broken-off-then-resumed-are-one": (
        "On Monday the president said he was ending all trade discussions with Canada. Two "
        "weeks later, Canadian and American negotiators resumed talks in Washington.",
        [("trade_talks", "resumed", "US", "CA", False, None, [], None)],
    ),
    "talks-between-name-the-parties": (
        "Alberta Premier Danielle Smith praised the start of trade talks between Ottawa and "
        "Washington on Monday.",
        [("trade_talks", "ongoing", "CA", "US", False, None, [], None)],
    ),
    "call-after-which-is-held": (
        "Washington will hold off on the new duties for a month, Prime Minister Justin Trudeau "
        "said on Monday after his second phone call of the day with President Donald Trump.",
        [("leader_contact", "held", "CA", "US", False, None, [], None)],
    ),
    "leaders-delegating-talks-is-no-contact": (
        "Prime Minister Mark Carney and President Donald Trump agreed that their ministers "
        "would hold trade talks next week.",
        [("trade_talks", "planned", "CA", "US", False, None, [], None)],
    ),
    "dateline-state-stands-for-its-country": (
        "BUFFALO, N.Y. (Wire) - A 10 per cent tariff on imported Canadian lumber took effect "
        "Tuesday.",
        [("tariff", "in_effect", "US", "CA", False, 10, ["lumber"], date(2025, 3, 25))],
    ),
    "weekday-with-calendar-date": (
        "Since Tuesday, March 25, Ottawa no longer applies its counter-tariffs to American pasta.",
        [("tariff", "removed", "CA", "US", True, None, ["agriculture"], date(2025, 3, 25))],
    ),
    "date-of-telling-is-no-effect-date": (
        "The 25 per cent U.S. tariff on Canadian steel continues to be collected, lawyers told "
        "clients on Thursday.",
        [("tariff", "in_effect", "US", "CA", False, 25, ["steel"], None)],
    ),
    "measure-left-untouched-stands": (
        "Ottawa's deal with Mexico does not affect Canada's counter-tariffs on U.S. bourbon.",
        [("tariff", "in_effect", "CA", "US", True, None, ["alcohol"], None)],
    ),
    "passive-procurement-bar": (
        "American firms will be barred from bidding on Manitoba government contracts starting "
        "Tuesday, Premier Wab Kinew said in response to U.S. tariffs.",
        [("nontariff_measure", "announced", "CA-MB", "US", True, None, [], date(2025, 4, 1))],
    ),
    "review-under-way-of-the-pact-by-full-name": (
        "The first joint review of the United States-Mexico-Canada Agreement formally got under "
        "way in Mexico City on Monday, after months of preparation.",
        [("trade_agreement", "under_review", "CA", "US", False, None, [], None)],
    ),
    "talks-in-a-story-about-measures": (
        "The U.S. raised its tariff on Canadian steel to 50 per cent on Monday. Mexico won a "
        "delay after a call with its neighbour. Prime Minister Mark Carney said he was "
        "disappointed by the decision and that talks with Washington would continue.",
        [
            ("tariff", "in_effect", "US", "CA", False, 50, ["steel"], date(2025, 3, 24)),
            ("trade_talks", "ongoing", "CA", "US", False, None, [], None),
        ],
    ),
    "negation-in-a-relative-clause": (
        "For exporters, the decision wipes out the 25 per cent U.S. tariff on Canadian potash "
        "that does not meet CUSMA rules.",
        [("tariff", "removed", "US", "CA", False, 25, ["potash"], None)],
    ),
    "meeting-rules-is-no-meeting": (
        "Ottawa's 25 per cent counter-tariffs on American trucks that do not meet the pact's "
        "content rules took effect on Tuesday.",
        [("tariff", "in_effect", "CA", "US", True, 25, ["autos"], date(2025, 3, 25))],
    ),
    "retaliation-cited-as-the-cause": (
        "Washington has raised its duty on Canadian lumber to 20 per cent, citing Canada's "
        '"retaliation" against American producers.',
        [("tariff", "in_effect", "US", "CA", True, 20, ["lumber"], None)],
    ),
    "imported-goods-with-a-modifier-hit-every-country": (
        "The 25 per cent tariff on imported passenger vehicles took effect on Tuesday, the White "
        "House said, and Canadian dealers are worried.",
        [("tariff", "in_effect", "US", "WORLD", False, 25, ["autos"], date(2025, 3, 25))],
    ),
    "sit-down-is-a-meeting": (
        "Ontario Premier Doug Ford said he and Commerce Secretary Howard Lutnick will sit down "
        "in Washington next week to talk about the tariffs.",
        [("trade_talks", "planned", "CA-ON", "US", False, None, [], None)],
    ),
    "condition-on-a-further-step": (
        "Starting Tuesday, Canadian lumber will face a 20 per cent tariff at the U.S. border, "
        "with higher rates to follow if Ottawa retaliates.",
        [("tariff", "announced", "US", "CA", False, 20, ["lumber"], date(2025, 4, 1))],
    ),
    "appeal-without-parties-continues-the-case": (
        "A U.S. trade court ruled on Wednesday that the president's tariffs on Canadian goods "
        "were illegal. The case was brought by two small importers. The administration filed a "
        "notice of appeal to the Federal Circuit within minutes of the decision.",
        [("trade_dispute", "appealed", "US", "CA", False, None, [], None)],
    ),
    "measure-looked-at-is-a-topic": (
        "Washington imposed tariffs on Canadian aluminum in March. Analyst Jo Park expects "
        "negotiators to look at quota arrangements for aluminum as one way out.",
        [("tariff", "in_effect", "US", "CA", False, None, ["aluminum"], None)],
    ),
    "one-measure-two-cues": (
        "Manitoba's decision to pull American wine from store shelves remains in place.",
        [("nontariff_measure", "in_effect", "CA-MB", "US", True, None, ["alcohol"], None)],
    ),
}


@pytest.mark.parametrize("name", list(GENERAL_CASES))
def test_general_case(name: str) -> None:
    text, expected = GENERAL_CASES[name]
    assert rows(text) == expected


GENERAL_NOT_EVENTS = {
    "review-that-will-begin": "U.S. Trade Representative Jamieson Greer said the joint review "
    "of CUSMA with Canada will begin next year.",
    "every-duty": "Every duty on American peanut butter is paid by Canadian shoppers.",
    "meet-in-the-middle": "Mr. Trump said he might meet Canada in the middle on trade.",
    "any-future-negotiation": "Quebec Premier François Legault said dairy must be protected in "
    "any future trade negotiation with the United States.",
    "pressed-to-remove": "U.S. lawmakers pressed Canada to remove its counter-tariffs on "
    "American bourbon.",
    "contact-at-home": "Saskatchewan Premier Scott Moe said trade with the U.S. was his top "
    "worry after speaking with Prime Minister Mark Carney on Monday.",
}


@pytest.mark.parametrize("name", list(GENERAL_NOT_EVENTS))
def test_general_not_events(name: str) -> None:
    assert run(GENERAL_NOT_EVENTS[name]).events == []


def test_private_persons_introduced_after_the_name() -> None:
    x = run(
        'Canada imposed tariffs on U.S. steel on Monday. "Prices will rise," said Anna Kowal, '
        'a hardware store owner in Winnipeg. "We are worried," said Bill Hart, who runs a '
        "machine shop in Akron, Ohio. Pat Doyle, who imports Canadian cheese into Maine, said "
        "sales fell. Acme Capital, a fund in Boston, declined to comment."
    )
    people = {p.name: p.country for p in x.people}
    # Pat Doyle names no place of his own: he takes the story's home country, the one
    # whose states it names (Ohio, Maine) - rules-1.4.
    assert people == {"Anna Kowal": "CA", "Bill Hart": "US", "Pat Doyle": "US"}
    # A private person is listed but is no party: still one Canadian measure.
    assert [(e.initiator, e.target) for e in x.events] == [("CA", "US")]


def test_levy_on_revenue_is_no_customs_duty() -> None:
    x = run(
        "Canada scrapped the 3 per cent levy on revenue that large American tech firms earn "
        "from Canadian users."
    )
    assert all(e.type != "tariff" for e in x.events)


# --- rules-1.4: contact words in other senses, willingness, third-country visits ---
CONTACT_WORDS_NOT_CONTACTS = {
    "passive-met": "President Donald Trump raised tariffs on Canadian lumber, a step Prime "
    "Minister Mark Carney said will be met with firm countermeasures.",
    "company-call": "Trade worries grew as chief executive Nora Lindqvist said on the "
    "second-quarter earnings call with U.S. investors that Canadian orders fell.",
    "spoke-of": "Trade was tense: Trump again spoke of Canada joining the United States, "
    "and Carney dismissed the idea.",
    "meet-long-rules": "Ottawa will tax U.S. trucks that don't meet the trade pact's "
    "content rules.",
    "ready-to-talk": "Canada stands ready to resume the trade talks with Washington whenever "
    "the Americans are, the minister said.",
    "third-country-visit": "Carney, on a trade visit to Japan, said Canada would keep "
    "diversifying away from the United States.",
}


@pytest.mark.parametrize("name", list(CONTACT_WORDS_NOT_CONTACTS))
def test_contact_words_in_other_senses(name: str) -> None:
    types = {e.type for e in run(CONTACT_WORDS_NOT_CONTACTS[name]).events}
    assert not types & {"trade_talks", "leader_contact"}


def test_talks_declared_over_are_suspended() -> None:
    x = run(
        "Trump said on Friday that trade talks with Canada were over after Ottawa kept its "
        "digital tax."
    )
    assert [(e.type, e.status) for e in x.events if e.type == "trade_talks"] == [
        ("trade_talks", "suspended")
    ]


# --- rules-1.4: a duty stated by its rate alone ---
def test_rate_on_goods_without_the_word_tariff() -> None:
    x = run("The 40 per cent American rate on Canadian lumber remains in force.")
    assert [(e.type, e.status, e.initiator, e.target, e.rate_pct) for e in x.events] == [
        ("tariff", "in_effect", "US", "CA", 40)
    ]


def test_order_puts_a_rate_on_goods() -> None:
    x = run(
        "Washington's new order on Canadian goods puts 15 per cent on potash from April 9.",
    )
    assert [(e.type, e.initiator, e.rate_pct, e.products) for e in x.events] == [
        ("tariff", "US", 15, ["potash"])
    ]


def test_put_a_surcharge_stays_a_nontariff_measure() -> None:
    x = run("Quebec will put a 10 per cent surcharge on the power it sells to Vermont.")
    assert {e.type for e in x.events} == {"nontariff_measure"}


# --- rules-1.4: quotas, the country goods enter, dispute wording, standing duties ---
def test_tariff_rate_quota_is_no_tariff() -> None:
    x = run(
        "Washington will press Ottawa over the administration of its cheese tariff-rate quotas."
    )
    assert x.events == []


def test_imports_into_a_country_face_its_duties() -> None:
    x = run("American poultry imports into Canada still face duties of about 200 per cent.")
    assert [(e.type, e.status, e.initiator, e.rate_pct) for e in x.events] == [
        ("tariff", "in_effect", "CA", 200)
    ]


def test_ruling_answers_the_named_complaint() -> None:
    x = run(
        "A CUSMA panel ruled in Canada's favour on the latest U.S. complaint about lumber "
        "duties, Ottawa said."
    )
    disputes = [(e.status, e.initiator, e.target) for e in x.events if e.type == "trade_dispute"]
    assert disputes == [("ruled", "US", "CA")]


def test_request_for_a_dispute_settlement_panel_is_a_filing() -> None:
    x = run(
        "Canada has requested a dispute settlement panel under CUSMA over the U.S. duties on "
        "softwood lumber."
    )
    disputes = [(e.status, e.initiator) for e in x.events if e.type == "trade_dispute"]
    assert disputes == [("filed", "CA")]


def test_lower_rate_of_is_a_duty_rate() -> None:
    x = run("Canadian potash will be taxed at a lower rate of 10% under the U.S. order.")
    assert [(e.type, e.rate_pct) for e in x.events] == [("tariff", 10)]


# --- rules-1.4: status and date wording of other writers ---
STATUS_WORDING = {
    "reprieve-runs-out": (
        "After a two-week reprieve expires, Washington's 20 per cent tariffs on Canadian "
        "lumber take effect.",
        "in_effect",
    ),
    "has-more-than-doubled": (
        "Washington has more than doubled its duty on Canadian newsprint, to 18 per cent.",
        "in_effect",
    ),
    "restarted-purchases": (
        "Manitoba, which had pulled U.S. wine over the tariffs, restarted American wine "
        "purchases last month.",
        "removed",
    ),
}


@pytest.mark.parametrize("name", list(STATUS_WORDING))
def test_status_wording(name: str) -> None:
    text, status = STATUS_WORDING[name]
    assert [e.status for e in run(text).events] == [status]


def test_asking_a_higher_court_to_reverse_is_an_appeal() -> None:
    x = run(
        "Ottawa asked the federal court of appeal to overturn a ruling that upheld U.S. "
        "duties on Canadian lumber."
    )
    assert [e.status for e in x.events if e.type == "trade_dispute"] == ["appealed"]


def test_time_zone_between_time_and_date() -> None:
    x = run(
        "U.S. tariffs of 10 per cent on Canadian potash took effect at 12:01 a.m. Eastern "
        "time on March 20."
    )
    assert [e.effective_date for e in x.events] == [date(2025, 3, 20)]


# --- rules-1.4: meetings to discuss, negated changes, store bans called retaliatory ---
def test_subnational_meeting_to_discuss_in_a_trade_story() -> None:
    x = run(
        "Washington's tariffs on Canadian steel remain in place. Snow closed roads. Quebec Premier "
        "Luc Tremblay and Vermont Governor Ann Boyd will meet next week to discuss the summer "
        "tourist season."
    )
    talks = [(e.status, e.initiator, e.target) for e in x.events if e.type == "trade_talks"]
    assert talks == [("planned", "CA-QC", "US-VT")]


def test_negated_change_leaves_the_measure_standing() -> None:
    x = run("The summit did not bring any change to U.S. duties of 50 per cent on Canadian copper.")
    assert [(e.type, e.status, e.initiator, e.rate_pct) for e in x.events] == [
        ("tariff", "in_effect", "US", 50)
    ]


def test_retaliatory_bans_are_no_tariff() -> None:
    x = run("Nova Scotia said its retaliatory bans on U.S. wine remain in place.")
    assert [e.type for e in x.events] == ["nontariff_measure"]


def test_pre_tariff_stock_is_no_measure() -> None:
    x = run("Prices of U.S.-built boats could rise in Canada once pre-tariff stock sells out.")
    assert x.events == []


def test_trying_to_reach_a_deal_is_no_deal() -> None:
    x = run(
        "Carney and Trump agreed on Monday to try to reach a new trade agreement within 60 days."
    )
    assert x.events == []


def test_first_of_next_month_dates_a_reduction() -> None:
    x = run(
        "Washington will lower its duty on Canadian copper to 15 per cent on the first of "
        "next month.",
        datetime(2026, 3, 10, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("reduced", date(2026, 4, 1))]


# --- rules-1.5: duties named by their rate, conditions on goods, import surcharges ---
def test_duty_named_by_its_rate_on_goods_entering_a_country() -> None:
    x = run(
        "Ottawa is watching. Copper wire entering the United States from any country now pays "
        "a 15 per cent duty under the proclamation."
    )
    assert [(e.type, e.initiator, e.target, e.rate_pct, e.products) for e in x.events] == [
        ("tariff", "US", "WORLD", 15, ["copper"])
    ]


def test_condition_on_the_goods_is_no_hedge() -> None:
    x = run(
        "Canadian trucks shipped into the United States pay a 25 per cent duty unless they are "
        "certified as North American."
    )
    assert [(e.status, e.initiator, e.target) for e in x.events] == [("in_effect", "US", "CA")]


def test_condition_on_the_other_government_stays_a_threat() -> None:
    x = run("Washington will put a 25 per cent duty on Canadian trucks if Ottawa does not act.")
    assert [e.status for e in x.events] == ["threatened"]


def test_levy_stays_a_tariff_when_a_quota_is_named_after_it() -> None:
    x = run(
        "A 40 per cent levy now applies to Canadian steel entering the United States, with no "
        "quota on offer."
    )
    assert [(e.type, e.rate_pct) for e in x.events] == [("tariff", 40)]


def test_goods_that_pay_a_rate_without_a_measure_word() -> None:
    x = run("Since Monday, Canadian potash crossing into the United States pays 10 per cent.")
    assert [(e.type, e.initiator, e.target, e.rate_pct) for e in x.events] == [
        ("tariff", "US", "CA", 10)
    ]
    assert run("Shoppers in Ontario paid 20 per cent more for U.S. oranges.").events == []


def test_a_rate_paid_under_a_named_tariff_is_that_tariff() -> None:
    x = run(
        "The U.S. tariff on Canadian goods rose on Friday, and since then imports from Canada "
        "pay 35 per cent."
    )
    assert [(e.type, e.rate_pct) for e in x.events] == [("tariff", 35)]


def test_import_surcharge_is_a_tariff_and_export_surcharge_is_not() -> None:
    imp = run("The United States put a 10 per cent import surcharge on Canadian goods.")
    exp = run("Ontario put a 25 per cent surcharge on electricity exports to the United States.")
    assert [e.type for e in imp.events] == ["tariff"]
    assert [e.type for e in exp.events] == ["nontariff_measure"]


def test_a_question_asserts_no_event() -> None:
    question = "Will Prime Minister Carney meet President Trump in Washington this week?"
    assert run(question).events == []
    assert [e.type for e in run("Carney met Trump in Washington on Tuesday.").events] == [
        "leader_contact"
    ]


def test_another_government_following_suit_copies_the_measure() -> None:
    x = run(
        "Ontario pulled American wine from LCBO shelves on Tuesday in retaliation for U.S. "
        "tariffs. Quebec followed suit on Thursday, and Alberta could do the same."
    )
    got = [
        (e.type, e.status, e.initiator, e.target, e.products, e.effective_date) for e in x.events
    ]
    assert got == [
        ("nontariff_measure", "in_effect", "CA-ON", "US", ["alcohol"], date(2025, 3, 25)),
        ("nontariff_measure", "in_effect", "CA-QC", "US", ["alcohol"], date(2025, 3, 27)),
        ("nontariff_measure", "threatened", "CA-AB", "US", ["alcohol"], None),
    ]


def test_in_retaliation_after_a_ban_is_no_tariff_of_its_own() -> None:
    x = run(
        "Manitoba is pulling American alcohol from its liquor stores in retaliation for U.S. "
        "tariffs on Canadian steel."
    )
    manitoba = [(e.type, e.retaliatory) for e in x.events if e.initiator == "CA-MB"]
    assert manitoba == [("nontariff_measure", True)]


def test_named_premier_and_governor_called_both_leaders_hold_talks() -> None:
    x = run(
        "Vermont Governor Ann Boyd hosted Quebec Premier Luc Tremblay for trade talks on "
        "Tuesday, a visit both leaders called overdue."
    )
    assert [(e.type, e.initiator, e.target) for e in x.events] == [
        ("trade_talks", "US-VT", "CA-QC")
    ]


def test_request_for_a_new_dispute_settlement_panel_is_a_filing() -> None:
    x = run(
        "Washington requested a new dispute settlement panel under CUSMA over Canada's dairy "
        "quotas on Monday."
    )
    assert [(e.type, e.status, e.initiator, e.target) for e in x.events] == [
        ("trade_dispute", "filed", "US", "CA")
    ]


def test_asking_the_federal_court_to_quash_a_canadian_surtax_is_a_canadian_case() -> None:
    x = run(
        "Canadian importers asked the Federal Court to quash Ottawa's surtax on U.S. steel, "
        "saying the trade measure broke the law."
    )
    disputes = [(e.status, e.initiator, e.target) for e in x.events if e.type == "trade_dispute"]
    assert disputes == [("filed", "CA", "US")]


def test_review_of_the_continental_trade_agreement_under_way() -> None:
    x = run(
        "The formal review of the continental trade agreement by Ottawa and Washington, "
        "six years on, is now officially under way."
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "under_review")]


def test_ministers_meeting_for_the_joint_review() -> None:
    x = run(
        "Trade ministers from Canada and the United States are meeting in Ottawa this week "
        "for the joint review of CUSMA."
    )
    assert ("trade_agreement", "under_review") in [(e.type, e.status) for e in x.events]


def test_a_pact_reaching_an_anniversary_is_no_deal_reached() -> None:
    x = run("Canada and the U.S. marked the day the continental trade pact reached its fifth year.")
    assert [e for e in x.events if e.type == "trade_agreement" and e.status == "reached"] == []


def test_leaders_agreeing_that_talks_resume_is_no_contact_of_their_own() -> None:
    x = run(
        "Canada's tariffs on U.S. steel remain. Prime Minister Mark Carney and President Trump "
        "agreed that trade talks would resume next week."
    )
    assert "leader_contact" not in [e.type for e in x.events]
    assert "trade_talks" in [e.type for e in x.events]


def test_no_rush_to_sign_a_deal_is_no_signing() -> None:
    x = run("Carney said he is in no rush to sign a bad trade deal with the United States.")
    assert [e for e in x.events if e.type == "trade_agreement"] == []
    signed = run("Carney and Trump signed the trade agreement on Monday.")
    assert [(e.type, e.status) for e in signed.events] == [("trade_agreement", "signed")]


def test_a_removal_that_keeps_some_goods_leaves_them_standing() -> None:
    x = run(
        "Ottawa said it lifts most of its counter-tariffs on U.S. goods on Monday, keeping only "
        "those on American steel and aluminum."
    )
    got = [(e.status, e.initiator, e.target, e.products) for e in x.events]
    assert got == [
        ("removed", "CA", "US", []),
        ("in_effect", "CA", "US", ["steel", "aluminum"]),
    ]


def test_timeline_entry_date_is_the_effective_date() -> None:
    x = run(
        "How the dispute unfolded, entry by entry.\n"
        "March 4 - Washington's 25 per cent duties on most Canadian goods take effect.\n"
        "March 27: Ottawa lifts its surtax on U.S. orange juice."
    )
    assert [(e.status, e.initiator, e.effective_date) for e in x.events] == [
        ("in_effect", "US", date(2025, 3, 4)),
        ("removed", "CA", date(2025, 3, 27)),
    ]


def test_replying_with_its_own_tariffs_is_retaliation() -> None:
    x = run("Ottawa replied within hours with its own 25 per cent tariffs on U.S. steel.")
    assert [(e.initiator, e.retaliatory) for e in x.events] == [("CA", True)]


def test_rate_then_ad_valorem_duty() -> None:
    x = run("A 10 percent ad valorem duty applies to Canadian lumber entering the United States.")
    assert [(e.type, e.initiator, e.target, e.rate_pct) for e in x.events] == [
        ("tariff", "US", "CA", 10)
    ]


def test_the_rate_on_goods_is_a_duty_with_its_percentage() -> None:
    x = run(
        "The U.S. order leaves the rate on Canadian potash at ten per cent. Analysts expect "
        "the rate on interest-bearing deposits to fall."
    )
    assert [(e.type, e.initiator, e.target, e.rate_pct, e.products) for e in x.events] == [
        ("tariff", "US", "CA", 10, ["potash"])
    ]
    assert run("The rate on Canadian steel is a sore point in Ottawa and Washington.").events == []


def test_two_rates_set_to_climb() -> None:
    x = run(
        "Washington's duty on imported cabinets, Canadian ones included, is 25 per cent. The "
        "rate on cabinets is set to "
        "climb to 50 per cent on January 1, and the rate on upholstered furniture to 30 per cent."
    )
    assert sorted(e.rate_pct for e in x.events if e.rate_pct) == [25, 30, 50]


def test_a_country_inside_an_agreement_name_is_no_party() -> None:
    x = run(
        "For Canada, the ruling wipes out the 35% levy on goods that do not qualify under the "
        "Canada-United States-Mexico Agreement and the 10% rate on Canadian potash."
    )
    assert {(e.initiator, e.target) for e in x.events} == {("US", "CA")}


def test_goods_that_qualify_under_the_pact_are_spared() -> None:
    x = run(
        "Washington's 25 per cent tariff on Canadian goods took effect on Tuesday. Canadian "
        "parts that qualify under CUSMA have been spared for now."
    )
    assert [(e.status, e.initiator, e.target) for e in x.events] == [
        ("in_effect", "US", "CA"),
        ("exempted", "US", "CA"),
    ]


def test_a_hedged_or_negated_carve_out_is_no_exemption() -> None:
    x = run(
        "Washington's 25 per cent tariff on Canadian goods took effect on Tuesday. It was not "
        "clear whether trucks that meet CUSMA rules would be spared."
    )
    assert [e.status for e in x.events] == ["in_effect"]


def test_an_end_in_a_past_year_ends_only_measures_of_that_year_or_before() -> None:
    x = run(
        "In 2018, Washington imposed 25 per cent tariffs on Canadian steel. In 2020, Washington "
        "imposed a 10 per cent tariff on Canadian aluminum. The steel duties were lifted in "
        "May 2019."
    )
    by_rate = {e.rate_pct: e.status for e in x.events if e.rate_pct}
    assert by_rate == {25: "removed", 10: "in_effect"}


# --- rules-1.6: the fourth writer's styles (the hd set, now dev-5) ---
def test_goods_back_on_a_provinces_shelves_end_its_ban() -> None:
    x = run(
        "Kentucky bourbon and California cabernet will return to Saskatchewan liquor stores "
        "next Monday, ending a boycott of American alcohol imposed over U.S. tariffs."
    )
    store = [(e.type, e.status, e.initiator, e.target) for e in x.events if e.type != "tariff"]
    assert store == [("nontariff_measure", "removed", "CA-SK", "US")]


def test_the_country_that_pays_a_tariff_is_its_target() -> None:
    x = run("Trump said Canada will pay a very big tariff on dairy if it does not open its market.")
    assert [(e.initiator, e.target, e.status) for e in x.events] == [("US", "CA", "threatened")]


def test_goods_of_canadian_origin_are_the_target() -> None:
    x = run(
        "For Canadian-origin goods, the 35 per cent duty imposed by Washington no longer applies."
    )
    assert [(e.initiator, e.target, e.status) for e in x.events] == [("US", "CA", "removed")]


def test_no_meeting_scheduled_is_no_planned_contact() -> None:
    x = run(
        "Carney and Trump are both expected at the APEC summit, but officials say no meeting "
        "is scheduled."
    )
    assert [e for e in x.events if e.type == "leader_contact"] == []


def test_eu_presidents_are_no_us_party() -> None:
    x = run(
        "Prime Minister Mark Carney and European Commission President Ursula von der Leyen "
        "launched negotiations on a digital trade agreement."
    )
    assert x.events == []


def test_ruled_out_is_no_ruling() -> None:
    x = run(
        "Canada's officials said they had not ruled out taking the U.S. duties to dispute "
        "settlement, but that talks with Washington would continue."
    )
    assert [e for e in x.events if e.type == "trade_dispute"] == []


def test_panel_siding_with_canada_on_dairy_answers_a_us_complaint() -> None:
    x = run(
        "Washington and Ottawa disagree on dairy trade. A CUSMA panel sided largely with "
        "Canada on its dairy rules in 2023."
    )
    disputes = [(e.status, e.initiator, e.target) for e in x.events if e.type == "trade_dispute"]
    assert disputes == [("ruled", "US", "CA")]


def test_a_third_country_sentence_carries_no_canada_us_parties() -> None:
    x = run(
        "Washington's 25 per cent tariff on Canadian steel took effect Tuesday. Chinese duties "
        "of 100 per cent on Canadian canola have been in place since March."
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [("US", "CA", 25)]


def test_calling_the_tariffs_unjustified_is_no_measure() -> None:
    x = run(
        "Washington's tariffs on Canadian goods took effect Tuesday. Quebec Premier François "
        "Legault called the tariffs unjustified."
    )
    assert [e.initiator for e in x.events] == ["US"]


def test_a_letter_to_the_prime_minister_does_not_make_him_the_subject() -> None:
    x = run(
        "President Donald Trump posted a letter to Prime Minister Mark Carney saying Canadian "
        "goods will face a 35 per cent tariff starting August 1."
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [("US", "CA", 35)]


def test_a_later_ruling_keeps_the_complainant_of_the_case_reported() -> None:
    x = run(
        "The U.S. Trade Representative requested a CUSMA panel on Canada's dairy quotas on "
        "Tuesday. A previous panel sided largely with Canada in 2023, a ruling Washington "
        "disputes."
    )
    disputes = [(e.status, e.initiator, e.target) for e in x.events if e.type == "trade_dispute"]
    assert disputes == [("filed", "US", "CA"), ("ruled", "US", "CA")]


def test_answering_with_its_own_tariffs_is_a_measure_of_its_own() -> None:
    x = run(
        "Trudeau said Canada would answer with 25 per cent tariffs on up to $155 billion worth "
        "of American goods."
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [("CA", "US", 25)]


def test_no_sign_of_talks_is_no_talks() -> None:
    x = run(
        "U.S. tariffs on Canadian steel remain. Officials in Ottawa and Washington showed no "
        "sign of opening trade talks."
    )
    assert [e.type for e in x.events] == ["tariff"]


def test_restocking_american_products_ends_a_store_ban() -> None:
    x = run(
        "British Columbia still keeps American alcohol off its shelves over the U.S. tariffs, "
        "while Alberta restocked U.S. products in June."
    )
    got = {(e.initiator, e.status) for e in x.events if e.type == "nontariff_measure"}
    assert got == {("CA-BC", "in_effect"), ("CA-AB", "removed")}


def test_a_named_agreement_on_something_else_is_no_trade_agreement() -> None:
    x = run(
        "Ottawa and Washington signed a new Safe Third Country Agreement protocol on asylum "
        "seekers at the border."
    )
    assert x.events == []
    lumber = run("Canada and the United States signed the Softwood Lumber Agreement on Monday.")
    assert [(e.type, e.status) for e in lumber.events] == [("trade_agreement", "signed")]


# --- rules-1.7: the fifth writer's styles (the he set, now dev-6) ---
def test_the_country_goods_are_shipped_to_collects_the_duty() -> None:
    x = run(
        "Since last Wednesday, every tonne of Canadian steel shipped to the United States has "
        "been hit with a 50 per cent tariff."
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [("US", "CA", 50)]
    power = run(
        "Ontario put a 25 per cent surcharge on the electricity it exports to Michigan and "
        "New York."
    )
    assert [(e.type, e.initiator) for e in power.events] == [("nontariff_measure", "CA-ON")]


def test_a_correction_note_restates_what_was_wrong() -> None:
    x = run(
        "Correction: An earlier version of this story said Canada's digital services tax took "
        "effect in 2024 at a rate of 2 per cent on U.S. firms."
    )
    assert x.events == []


def test_measures_not_happening_are_no_events() -> None:
    x = run(
        "To recap: the American duties on Canadian goods are not happening tomorrow, and "
        "Canada's countermeasures are not happening tomorrow either."
    )
    assert x.events == []


def test_a_surcharge_on_american_goods_is_a_tariff() -> None:
    x = run("Ottawa has charged a 25 per cent surcharge on U.S. ingredients since March.")
    assert [(e.type, e.initiator, e.target, e.rate_pct) for e in x.events] == [
        ("tariff", "CA", "US", 25)
    ]


def test_a_tariff_that_does_not_apply_to_canadian_goods_is_an_exemption() -> None:
    x = run(
        "The 10 per cent baseline tariff that President Trump unveiled on Wednesday does not "
        "apply to goods from Canada."
    )
    assert [(e.status, e.initiator, e.target) for e in x.events] == [("exempted", "US", "CA")]


def test_declining_to_say_whether_they_would_meet_is_no_plan() -> None:
    x = run(
        "Greer declined to say whether the President would meet Prime Minister Mark Carney "
        "before the end of the year."
    )
    assert x.events == []


def test_a_third_country_court_case_is_no_canada_us_dispute() -> None:
    x = run(
        "Canada and the U.S. watched as Spain took its complaint over Canadian fishing to the "
        "International Court of Justice, which ruled in 1998 that it lacked jurisdiction."
    )
    assert [e for e in x.events if e.type == "trade_dispute"] == []


def test_tariff_exposure_is_no_measure() -> None:
    x = run(
        "Washington's tariffs on Canadian steel remain. Analysts flagged auto parts makers for "
        "their tariff exposure."
    )
    assert len(x.events) == 1


def test_rate_changes_stated_from_one_rate_to_another() -> None:
    down = run("The U.S. tariff on Canadian steel comes down from 50 to 25 per cent on Monday.")
    assert [(e.status, e.rate_pct) for e in down.events] == [("reduced", 25)]
    words = run(
        "From January 1, the U.S. tariff on Canadian vehicles goes from 25 per cent down to 15."
    )
    assert [(e.status, e.rate_pct) for e in words.events] == [("reduced", 15)]
    up = run("The U.S. rate on Canadian goods rose from 25 to 35 per cent on Friday.")
    assert [e.rate_pct for e in up.events] == [35]


def test_lifting_a_rate_to_a_higher_level_is_no_removal() -> None:
    x = run(
        "Washington's final determination lifts the combined duty on Canadian softwood to about "
        "35 per cent."
    )
    assert [e.status for e in x.events] != ["removed"]


def test_customs_stopped_collecting_the_duty() -> None:
    x = run("U.S. customs stopped collecting the 35 per cent duty on Canadian goods on Tuesday.")
    assert [(e.status, e.initiator) for e in x.events] == [("removed", "US")]


def test_a_case_before_the_supreme_court_has_been_appealed() -> None:
    x = run(
        "The Supreme Court heard argument on Wednesday in the challenges to the tariffs Trump "
        "imposed on Canadian goods, which lower courts had struck down."
    )
    disputes = [e.status for e in x.events if e.type == "trade_dispute"]
    assert disputes == ["appealed"]


def test_the_main_clause_goes_on_after_a_relative_clause() -> None:
    x = run(
        "The 10 per cent baseline tariff that President Donald Trump unveiled on Wednesday, "
        "which begins Saturday, does not apply to goods from Canada or Mexico."
    )
    assert [(e.status, e.initiator, e.target, e.rate_pct) for e in x.events] == [
        ("exempted", "US", "CA", 10)
    ]


def test_goods_made_outside_a_country_pay_its_duty_since_a_past_weekday() -> None:
    x = run(
        "Ottawa is watching. Since 12:01 a.m. Thursday, vehicles assembled anywhere outside the "
        "United States face a 25 per cent tariff."
    )
    assert [(e.status, e.initiator, e.target, e.effective_date) for e in x.events] == [
        ("in_effect", "US", "WORLD", date(2025, 3, 27))
    ]


def test_a_quebec_agency_keeping_vermont_beer_off_its_shelves() -> None:
    x = run(
        "Quebec's liquor board is still keeping Vermont craft beer and spirits off its shelves "
        "over the U.S. tariffs."
    )
    got = [(e.initiator, e.target) for e in x.events if e.type == "nontariff_measure"]
    assert got == [("CA-QC", "US")]


def test_a_case_won_before_a_panel_is_ruled() -> None:
    x = run(
        "The U.S. took Canada's dairy quotas to a CUSMA dispute panel and won in December 2021."
    )
    assert [(e.type, e.status, e.initiator) for e in x.events] == [("trade_dispute", "ruled", "US")]


def test_answering_a_levy_with_tariffs_of_its_own() -> None:
    x = run(
        "Trump threatened a 25 per cent levy on Canadian goods. Trudeau says Canada would answer "
        "any such levy with tariffs of its own."
    )
    assert ("CA", "US", "threatened") in [(e.initiator, e.target, e.status) for e in x.events]


def test_no_court_ruling_is_no_ruling() -> None:
    x = run(
        "Our auto workers still face a 25 per cent American tariff on every Canadian-built "
        "vehicle, and no court ruling has changed that."
    )
    assert [e.type for e in x.events] == ["tariff"]


# --- rules-1.8: the sixth writer's styles (the hf set, now dev-7) ---
def test_an_intent_to_request_consultations_is_no_filing() -> None:
    x = run(
        "Canada will also request consultations with the United States at the World Trade "
        "Organization regarding these tariffs."
    )
    assert [e for e in x.events if e.type == "trade_dispute"] == []


def test_pulling_every_american_wine_from_its_online_store() -> None:
    x = run(
        "In Ontario, the LCBO pulled every American wine, beer and spirit from its online store "
        "overnight in response to the U.S. tariffs."
    )
    assert [(e.type, e.initiator) for e in x.events if e.type != "tariff"] == [
        ("nontariff_measure", "CA-ON")
    ]


def test_reported_hold_off_is_a_pause() -> None:
    x = run(
        "Finance Minister Dominic LeBlanc said Canada would hold off, effective immediately, on "
        "its second wave of counter-tariffs on American goods."
    )
    assert [(e.status, e.initiator) for e in x.events] == [("paused", "CA")]


def test_a_lower_rate_of_ten_per_cent() -> None:
    x = run(
        "Washington's 25 per cent tariff on Canadian goods took effect. Canadian energy faces a "
        "lower rate of 10 per cent."
    )
    assert sorted(e.rate_pct for e in x.events) == [10, 25]


def test_an_agreement_that_expired() -> None:
    x = run(
        "The 2006 Softwood Lumber Agreement between Canada and the United States expired in "
        "October 2015."
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "terminated")]


def test_talks_frozen_after_washington_broke_them_off() -> None:
    x = run(
        "Trade negotiations between Canada and the United States were frozen on Monday after "
        "Washington broke them off."
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_talks", "suspended")]


def test_an_arrangement_floated_is_a_proposed_agreement() -> None:
    x = run(
        "U.S. Trade Representative Jamieson Greer has floated a sectoral arrangement with "
        "Canada on steel."
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "proposed")]


def test_the_signatories_are_the_parties_of_an_agreement() -> None:
    x = run(
        "Premier Tim Houston pointed to the steel agreement signed in Washington on Oct. 20 by "
        "federal minister Dominic LeBlanc and U.S. Commerce Secretary Howard Lutnick."
    )
    assert [(e.type, e.initiator, e.target) for e in x.events] == [("trade_agreement", "CA", "US")]


def test_a_wto_filing_and_a_cusma_panel_are_two_cases() -> None:
    x = run(
        "Canada requested a CUSMA dispute panel over the U.S. auto tariff on Friday. In March, "
        "Canada requested consultations at the World Trade Organization over the U.S. steel "
        "tariffs."
    )
    assert [e.status for e in x.events if e.type == "trade_dispute"] == ["filed", "filed"]


def test_a_measure_pointed_to_as_the_cause_is_no_event_of_its_own() -> None:
    x = run(
        "The White House order raising the U.S. tariff on Canadian goods to 35 per cent says "
        "the increase responds to Canada's inaction, pointing to Ottawa's counter-measures."
    )
    assert [e.initiator for e in x.events] == ["US"]


def test_an_old_rate_after_from_is_not_the_rate() -> None:
    x = run(
        "President Trump signed the proclamation raising the U.S. tariff on Canadian steel from "
        "25 per cent late on Tuesday."
    )
    assert [e.rate_pct for e in x.events] == [None]


def test_a_leaders_meeting_decades_ago_is_history() -> None:
    x = run(
        "On Sept. 16, 1964, Prime Minister Lester Pearson and President Lyndon Johnson met at "
        "the Peace Arch to proclaim the Columbia River Treaty."
    )
    assert x.events == []


def test_a_state_in_a_company_name_does_not_act() -> None:
    x = run(
        "Porter Airlines and Alaska Airlines have signed a codeshare agreement on transborder "
        "flights from Toronto."
    )
    assert x.events == []


def test_time_zone_of_two_words_between_time_and_date() -> None:
    x = run(
        "Today, Finance Minister Dominic LeBlanc announced that Canada will impose 25 per cent "
        "counter-tariffs on U.S. steel, effective 12:01 a.m. Eastern Time on April 13, 2025."
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("announced", date(2025, 4, 13))]


def test_reported_stop_collecting_is_a_removal() -> None:
    x = run(
        "U.S. Customs said it would stop collecting the 35 per cent tariff on Canadian goods "
        "as of Tuesday."
    )
    assert [e.status for e in x.events] == ["removed"]


# --- rules-1.9: the seventh writer's set (hg, now dev-8) ---
def test_a_us_panel_request_against_mexico_is_no_canada_case() -> None:
    x = run(
        "Canada watched closely. The United States formally requested a dispute settlement "
        "panel under the USMCA on Thursday, accusing Mexico of favouring its energy companies."
    )
    assert x.events == []


def test_a_removal_stays_next_to_the_ruling_that_caused_it() -> None:
    x = run(
        "U.S. Customs stopped collecting the 35 per cent tariff on Canadian goods today, four "
        "days after the Supreme Court ruled that the emergency law does not authorize it."
    )
    got = sorted((e.type, e.status, e.initiator) for e in x.events)
    assert got == [("tariff", "removed", "US"), ("trade_dispute", "ruled", "US")]


def test_a_boycott_called_by_a_premier_is_a_measure() -> None:
    x = run(
        "Manitoba Premier Wab Kinew formally called on Manitobans to boycott American-made "
        "products in response to the U.S. tariffs."
    )
    got = [(e.type, e.initiator) for e in x.events if e.type == "nontariff_measure"]
    assert got == [("nontariff_measure", "CA-MB")]


def test_export_permits_for_critical_minerals() -> None:
    x = run(
        "Canada will require export permits for shipments of nickel and cobalt to the United "
        "States starting May 1."
    )
    assert [(e.type, e.status, e.initiator) for e in x.events] == [
        ("nontariff_measure", "announced", "CA")
    ]


def test_a_province_hosting_production_is_no_meeting() -> None:
    x = run(
        "U.S. tariffs on Canadian nickel took effect. Ontario hosts the bulk of Canada's nickel "
        "production around Sudbury."
    )
    assert [e.type for e in x.events] == ["tariff"]


def test_a_proposed_softwood_lumber_agreement() -> None:
    x = run(
        "Washington's duties on Canadian softwood remain. The settlement clears the way for a "
        "proposed new softwood lumber agreement."
    )
    assert ("trade_agreement", "proposed") in [(e.type, e.status) for e in x.events]


def test_a_lower_ten_per_cent_rate_under_the_same_order() -> None:
    x = run(
        "Trump ordered a 25 per cent tariff on Canadian goods. Canadian energy will face a lower "
        "10 per cent rate under the same order."
    )
    assert sorted(e.rate_pct for e in x.events) == [10, 25]


def test_a_boycott_call_and_a_store_ban_are_two_measures() -> None:
    x = run(
        "Manitoba Premier Wab Kinew said the province had removed all American alcohol from its "
        "stores. Kinew also formally called on Manitobans to boycott American-made products."
    )
    assert len([e for e in x.events if e.type == "nontariff_measure"]) == 2


# --- rules-1.10: the eighth writer's set (hh, now dev-9) ---
def test_someones_hope_is_no_hedge_on_the_measure() -> None:
    x = run(
        "At 12:01 a.m., U.S. customs began collecting a 25 per cent tariff on Canadian goods, "
        "ending a reprieve that many in Ottawa had hoped would be extended."
    )
    assert [e.status for e in x.events] == ["in_effect"]


def test_an_end_to_quota_arrangements_is_no_end_of_the_duty() -> None:
    x = run(
        "U.S. tariffs of 25 per cent on Canadian steel came into force at midnight, with an end "
        "to the quota arrangements negotiated in 2019."
    )
    assert [e.status for e in x.events] == ["in_effect"]


def test_reported_pause_in_the_passive() -> None:
    x = run(
        "Trudeau and Trump agreed after two phone calls on Monday that the 25 per cent U.S. "
        "tariff on Canadian goods would be paused for 30 days."
    )
    got = sorted((e.type, e.status) for e in x.events)
    assert got == [("leader_contact", "held"), ("tariff", "paused")]


def test_a_ruling_that_struck_down_the_tariffs_keeps_them_out() -> None:
    x = run(
        "The Justice Department asked the Supreme Court to reverse an appeals court ruling that "
        "struck down the U.S. emergency tariffs on Canadian goods."
    )
    assert [e.type for e in x.events] == ["trade_dispute"]


def test_goods_that_continue_to_pay_a_rate() -> None:
    x = run(
        "Canadian steel shipments above the quota will continue to pay the 50 per cent U.S. rate."
    )
    assert ("in_effect", 50) in [(e.status, e.rate_pct) for e in x.events]


# --- rules-1.11: the ninth writer's set (hi, now dev-10) and all sets' attributes ---
def test_a_withdrawn_complaint_settles_the_case() -> None:
    x = run("Canada will withdraw its WTO complaint over U.S. steel tariffs under the deal.")
    assert [(e.type, e.status) for e in x.events] == [("trade_dispute", "settled")]


def test_a_case_withdrawn_after_the_measures_were_lifted_keeps_them() -> None:
    x = run(
        "The U.S. lifted its 25 per cent tariffs on Canadian steel, and Canada withdrew its "
        "WTO challenge."
    )
    got = sorted((e.type, e.status) for e in x.events)
    assert got == [("tariff", "removed"), ("trade_dispute", "settled")]


def test_a_threat_off_the_table_is_removed_but_nothing_off_the_table_is_not() -> None:
    off = run(
        "The White House said the threatened U.S. tariff on Canadian lumber was off the table."
    )
    assert [e.status for e in off.events] == ["removed"]
    on = run("Ottawa could put counter-tariffs on U.S. steel, and nothing is off the table.")
    assert [e.status for e in on.events] == ["threatened"]


def test_goods_free_of_the_counter_tariff_are_exempted() -> None:
    x = run(
        "Automakers bring in a set number of U.S.-built vehicles free of Canada's 25 per cent "
        "counter-tariff."
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("exempted", 25)]


def test_goods_returned_to_store_shelves_end_the_ban() -> None:
    x = run("Manitoba will return American wine to Liquor Mart shelves on Monday.")
    assert [(e.type, e.status, e.initiator) for e in x.events] == [
        ("nontariff_measure", "removed", "CA-MB")
    ]


def test_the_first_talks_since_a_break_are_resumed_and_one_event() -> None:
    x = run(
        "Canadian and U.S. negotiators met in Ottawa on Tuesday, the first formal trade talks "
        "between the two sides since the president broke them off. Officials said the meeting "
        "with the Americans was useful."
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_talks", "resumed")]


def test_goods_charged_a_percentage_at_the_border() -> None:
    x = run("Canadian potash will be charged 10 per cent at the U.S. border, the order says.")
    assert [(e.type, e.rate_pct, e.products) for e in x.events] == [("tariff", 10, ["potash"])]


def test_the_clock_time_of_a_change_dates_it() -> None:
    x = run("U.S. tariffs on Canadian aluminum doubled to 50 per cent at 12:01 a.m. Wednesday.")
    assert [e.effective_date for e in x.events] == [date(2025, 3, 26)]


def test_a_tariff_in_an_economic_forecast_is_no_event() -> None:
    x = run(
        "Economists say a prolonged 25 per cent U.S. tariff could cut Canada's gross domestic "
        "product by two per cent."
    )
    assert x.events == []


def test_a_tariff_that_will_be_cut_is_reduced() -> None:
    x = run("The U.S. tariff on Canadian steel and aluminum will be cut to 25 per cent from 50.")
    assert [(e.status, e.rate_pct) for e in x.events] == [("reduced", 25)]


def test_a_review_that_opens_after_the_story_or_today_is_under_review() -> None:
    # (rules-1.21: a review on the calendar is labelled by most writers)
    later = run("Ministers met to prepare for the CUSMA joint review that opens in July.")
    assert [(e.type, e.status) for e in later.events] == [("trade_agreement", "under_review")]
    today = run("The CUSMA joint review formally opens today in Washington.")
    assert [(e.type, e.status) for e in today.events] == [("trade_agreement", "under_review")]


def test_they_carry_the_pair_of_the_call_into_a_proposed_agreement() -> None:
    x = run(
        "Carney and Trump spoke by phone on Monday. They say they are working toward a new "
        "economic and security agreement by July."
    )
    got = [(e.type, e.status) for e in x.events]
    assert ("trade_agreement", "proposed") in got


def test_a_year_held_up_for_contrast_is_no_history() -> None:
    x = run(
        "Unlike the 2018 round, the 25 per cent U.S. tariff on Canadian steel took effect "
        "with no exemptions."
    )
    assert [e.historical for e in x.events] == [False]


def test_a_surcharge_on_imports_from_all_countries_is_a_duty_on_all_goods() -> None:
    x = run(
        "Washington imposed a 10 per cent surcharge on imports from all countries on Monday, "
        "Canada included."
    )
    assert [(e.type, e.target, e.products) for e in x.events] == [
        ("tariff", "WORLD", ["all_goods"])
    ]


def test_every_country_is_the_scope_when_goods_are_named() -> None:
    x = run(
        "Washington imposed a 25 per cent tariff on steel imports from all countries, Canada's too."
    )
    assert [e.products for e in x.events] == [["steel"]]


def test_agreed_to_talks_plans_them_and_a_wish_to_see_talks_is_none() -> None:
    planned = run("Carney said Canada and the United States agreed to intensive trade talks.")
    assert [(e.type, e.status) for e in planned.events] == [("trade_talks", "planned")]
    wish = run(
        "The U.S. ambassador said he hoped to see trade talks between Canada and the United "
        "States move quickly."
    )
    assert "trade_talks" not in [e.type for e in wish.events]


def test_the_michigan_governor_acts_for_the_state() -> None:
    x = run(
        "The Ontario premier and the Michigan governor met in Detroit to talk about auto trade "
        "and tariffs."
    )
    assert [(e.initiator, e.target) for e in x.events if e.type == "trade_talks"] == [
        ("CA-ON", "US-MI")
    ]


def test_the_list_in_the_next_sentence_gives_the_goods() -> None:
    x = run(
        "Canada will impose 25 per cent counter-tariffs on $30 billion of American goods. The "
        "list includes orange juice, wine and household appliances."
    )
    assert [e.products for e in x.events] == [["agriculture", "alcohol", "consumer_goods"]]


def test_the_same_minute_takes_the_date_of_the_measure_before() -> None:
    x = run(
        "U.S. tariffs of 25 per cent on Canadian goods took effect on Tuesday. Canada's 25 per "
        "cent counter-tariffs on U.S. goods took effect at the same minute."
    )
    assert [(e.initiator, e.effective_date) for e in x.events] == [
        ("US", date(2025, 3, 25)),
        ("CA", date(2025, 3, 25)),
    ]


def test_canadas_duties_on_american_goods_answer_the_american_ones() -> None:
    x = run("Canada will impose 25 per cent tariffs on $30 billion of American goods.")
    assert [(e.initiator, e.retaliatory) for e in x.events] == [("CA", True)]


def test_canadas_dairy_over_quota_tariffs_are_no_answer() -> None:
    x = run("Canada charges over-quota tariffs of up to 241 per cent on American butter.")
    assert [(e.initiator, e.retaliatory) for e in x.events] == [("CA", False)]


def test_a_tariff_raised_because_of_an_ad_is_retaliatory() -> None:
    x = run(
        "Trump said he was raising the tariff on Canadian goods by 10 per cent because of the ad."
    )
    assert [(e.initiator, e.retaliatory) for e in x.events] == [("US", True)]


def test_reported_would_is_a_decision_but_any_such_levy_is_a_hypothesis() -> None:
    told = run("Trudeau said Canada would impose 25 per cent tariffs on American steel.")
    assert [e.status for e in told.events] == ["announced"]
    hypo = run(
        "Trump threatened a 25 per cent tariff on Canadian goods. Trudeau says Canada would "
        "answer any such levy with tariffs of its own."
    )
    assert [(e.initiator, e.status) for e in hypo.events] == [
        ("US", "threatened"),
        ("CA", "threatened"),
    ]
    effect = run("Business groups said a U.S. tariff on Canadian energy would raise costs.")
    assert [e.status for e in effect.events] != ["announced"]


def test_negotiators_named_without_a_counterpart_are_no_talks() -> None:
    x = run(
        "Canada put counter-tariffs on U.S. steel. Carney said the change would give "
        "negotiators room to focus on the sectors that matter most."
    )
    assert "trade_talks" not in [e.type for e in x.events]


def test_both_were_lifted_ends_the_measures_just_reported() -> None:
    x = run(
        "In 2018 Washington put a 25 per cent tariff on Canadian steel and a 10 per cent "
        "tariff on Canadian aluminum. Both were lifted on May 20, 2019."
    )
    assert [(e.status, e.effective_date) for e in x.events] == [
        ("removed", date(2019, 5, 20)),
        ("removed", date(2019, 5, 20)),
    ]


def test_a_second_list_named_by_its_place_in_line_is_a_tariff() -> None:
    x = run(
        "Canada put 25 per cent counter-tariffs on $30 billion of American goods on Tuesday. A "
        "second list, worth $125 billion and including cars, steel and aluminum, will be hit "
        "in 21 days."
    )
    assert [(e.status, e.products) for e in x.events] == [
        ("in_effect", []),
        ("announced", ["autos", "steel", "aluminum"]),
    ]


def test_the_first_wave_of_counter_tariffs_is_read_from_its_measure_word() -> None:
    x = run(
        "U.S. tariffs of 25 per cent on Canadian goods took effect at midnight. Minutes later, "
        "Ottawa's first wave of counter-tariffs, 25 per cent on $30 billion of U.S. products, "
        "kicked in as well."
    )
    assert [(e.initiator, e.rule.split("|")[0]) for e in x.events] == [
        ("US", "tariff:tariffs"),
        ("CA", "tariff:counter-tariffs"),
    ]


def test_a_threat_against_retaliation_is_a_threatened_retaliatory_duty() -> None:
    x = run(
        "The letter warns that if Canada raises its own tariffs in response, whatever Ottawa "
        "adds will be stacked on top of the 35 per cent."
    )
    assert [(e.initiator, e.target, e.status, e.retaliatory) for e in x.events] == [
        ("US", "CA", "threatened", True)
    ]


def test_a_call_still_to_come_between_the_leaders_is_planned() -> None:
    x = run("President Donald Trump told reporters he'd be speaking to Prime Minister Carney.")
    assert [(e.type, e.status) for e in x.events] == [("leader_contact", "planned")]


def test_the_periods_of_an_abbreviation_do_not_end_the_clause() -> None:
    x = run(
        "Canadian and U.S. ministers met in Washington. The first formal joint review of the "
        "Canada-U.S.-Mexico Agreement began on Wednesday."
    )
    assert ("trade_agreement", "under_review") in [(e.type, e.status) for e in x.events]


def test_a_calendar_day_ahead_heading_the_sentence_dates_the_change() -> None:
    x = run(
        "On January 1, 2026, the U.S. duty on Canadian kitchen cabinets will increase to 50 "
        "per cent."
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("announced", date(2026, 1, 1))]


def test_a_law_that_allows_duties_is_no_measure() -> None:
    x = run(
        "Trump announced a temporary 10 per cent tariff on imports from all countries, Canada "
        "included, under Section 122, which allows duties of up to 15 per cent for 150 days."
    )
    assert [e.rate_pct for e in x.events] == [10]


def test_a_hockey_game_between_canada_and_the_united_states_is_no_talks() -> None:
    x = run(
        "The Maple Leafs made the first big trade of the deadline season on Wednesday, "
        "acquiring a winger with 14 goals and 11 assists for a third-round pick. The deal "
        "lands just before Canada meets the United States in Montreal on Saturday at the 4 "
        "Nations Face-Off."
    )
    assert x.events == []


def test_a_challenge_against_a_ruling_is_filed_under_the_pacts_dispute_chapter() -> None:
    x = run(
        "Ottawa requested dispute consultations with Washington at the WTO in March over U.S. "
        "tariffs. Canada also filed a challenge in August under the trade pact's dispute "
        "chapter against the Commerce Department's latest softwood lumber ruling."
    )
    got = [(e.type, e.status, e.initiator) for e in x.events if e.type == "trade_dispute"]
    assert got == [("trade_dispute", "filed", "CA"), ("trade_dispute", "filed", "CA")]


def test_commentators_estimates_report_no_event() -> None:
    x = run(
        "Forestry consultants estimate that Canadian lumber arriving at U.S. yards carries total "
        "duties of more than 45 per cent."
    )
    assert x.events == []


def test_a_bare_tariff_with_only_an_inferred_owner_is_too_vague() -> None:
    x = run(
        'U.S. tariffs on Canadian steel remain in place. "Tariffs on parts are taxes on '
        'Michigan workers," she said.'
    )
    assert [(e.initiator, e.products) for e in x.events] == [("US", ["steel"])]


def test_the_owner_of_another_measure_named_first_is_not_this_ones() -> None:
    x = run(
        "Trump announced a plan, in response to Ontario's surcharge, to double the tariff on "
        "Canadian steel to 50 per cent."
    )
    assert ("US", "CA", 50) in [(e.initiator, e.target, e.rate_pct) for e in x.events]


def test_a_threat_called_off_is_removed() -> None:
    x = run(
        "After the White House threatened to double the U.S. tariff on Canadian steel to 50 "
        "per cent, that doubling was called off."
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("removed", 50)]


def test_reported_would_of_an_end_is_no_hedge() -> None:
    x = run("Premier Tim Houston said Nova Scotia would return American alcohol to NSLC shelves.")
    assert [(e.initiator, e.status) for e in x.events] == [("CA-NS", "removed")]


def test_tariffs_that_came_off_are_removed() -> None:
    x = run("Canada's counter-tariffs on American steel came off the same day.")
    assert [e.status for e in x.events] == ["removed"]


def test_a_duty_scheduled_to_begin_is_announced() -> None:
    x = run(
        "A matching 25 per cent U.S. duty on imported Canadian auto parts is scheduled to "
        "begin by May 3."
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("announced", date(2025, 5, 3))]


def test_what_tariff_canada_would_pay_is_a_threat_answering_its_tax() -> None:
    x = run(
        "Canada's digital services tax took effect this week. Trump said Washington would tell "
        "Canada within seven days what tariff it would pay to do business with the United "
        "States."
    )
    got = [(e.type, e.status, e.initiator, e.retaliatory) for e in x.events if e.type == "tariff"]
    assert got == [("tariff", "threatened", "US", True)]


def test_a_threat_withdrawn_later_is_one_removed_event() -> None:
    x = run(
        "Trump said Washington would tell Canada within seven days what tariff it would pay to "
        "do business with the United States. On Sunday the White House said the threatened new "
        "tariff was off the table."
    )
    assert [(e.type, e.status) for e in x.events] == [("tariff", "removed")]


def test_the_premier_named_before_acts_for_the_province() -> None:
    x = run(
        "Ontario Premier Doug Ford criticized the U.S. tariffs on Canadian steel. On Thursday "
        "the premier met Commerce Secretary Howard Lutnick in Washington to discuss the tariffs."
    )
    assert [(e.initiator, e.target) for e in x.events if e.type == "trade_talks"] == [
        ("CA-ON", "US")
    ]


def test_the_two_sides_at_the_start_of_a_sentence_are_both_parties() -> None:
    x = run(
        "Canada and the U.S. reached a deal on steel. The two sides also agreed to keep "
        "negotiating on autos."
    )
    assert ("trade_talks", "ongoing") in [(e.type, e.status) for e in x.events]


def test_since_a_day_looks_back_and_begins_a_day_looks_ahead() -> None:
    back = run(
        "The Canadian counter-tariffs on U.S. steel, in place since March 13, will stay.",
        datetime(2025, 8, 23, tzinfo=UTC),
    )
    assert [e.effective_date for e in back.events] == [date(2025, 3, 13)]
    ahead = run(
        "The 10 per cent U.S. tariff that Trump unveiled on Wednesday, which begins Saturday, "
        "hits Canadian lumber.",
        datetime(2025, 4, 4, tzinfo=UTC),
    )
    assert [e.effective_date for e in ahead.events] == [date(2025, 4, 5)]


def test_paused_effective_immediately_is_dated_the_day_of_the_story() -> None:
    x = run(
        "The 25 per cent U.S. tariff on Canadian goods, which was due to take effect at 12:01 "
        "a.m. Tuesday, is paused effective immediately."
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("paused", date(2025, 3, 28))]


def test_a_remission_framework_is_no_trade_agreement() -> None:
    x = run(
        "Finance Minister Champagne announced a remission framework under which automakers "
        "that build in Canada can import some U.S.-made vehicles free of Canada's 25 per cent "
        "counter-tariff."
    )
    assert "trade_agreement" not in [e.type for e in x.events]


def test_a_duty_that_has_cut_shipments_is_not_reduced() -> None:
    x = run("The 50 per cent U.S. duty on Canadian aluminum has cut Quebec shipments by a third.")
    assert [e.status for e in x.events] == ["in_effect"]


def test_suspended_as_of_tonight_is_dated_today() -> None:
    x = run(
        "The 25 per cent Canadian counter-tariffs on American goods, which were to start "
        "Tuesday, are suspended as of tonight."
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("paused", date(2025, 3, 28))]


def test_talks_that_are_off_are_suspended_and_back_to_life_resumed() -> None:
    off = run("Trade negotiations between the United States and Canada are off, Trump said.")
    assert [(e.type, e.status) for e in off.events] == [("trade_talks", "suspended")]
    back = run(
        "Over one weekend, Canada's trade talks with the United States collapsed and came "
        "back to life."
    )
    assert [(e.type, e.status) for e in back.events] == [("trade_talks", "resumed")]


def test_the_terms_of_an_agreement_do_not_hedge_it() -> None:
    x = run(
        "Canada and the U.S. reached an agreement in principle under which a set volume of "
        "Canadian steel would enter the U.S. at a lower rate."
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "reached")]


# --- rules-1.16 ------------------------------------------------------------------------------


def test_a_hedge_in_commentary_after_the_measure_does_not_hedge_it() -> None:
    move = run(
        "The United States raised its tariff on Canadian lumber to 45 per cent on Monday, a "
        "move mill owners say could close plants."
    )
    assert [e.status for e in move.events] == ["in_effect"]
    day_after = run(
        "A 25 per cent U.S. tariff on Canadian goods took effect Tuesday, a day after a round "
        "of threats between Ottawa and Washington."
    )
    assert [e.status for e in day_after.events] == ["in_effect"]
    # A condition inside the measure's own clause still hedges it.
    cond = run(
        "The United States would put a 35 per cent tariff on Canadian goods, up from the 25 "
        "per cent rate in place since March, unless the two countries strike a deal."
    )
    # (the old rate in place since March is a measure of its own, in effect)
    assert [e.status for e in cond.events] == ["threatened", "in_effect"]


def test_holding_back_a_tranche_pauses_it_but_holding_back_growth_does_not() -> None:
    held = run("Ottawa is holding back the second round of its counter-tariffs on U.S. goods.")
    assert [(e.initiator, e.status) for e in held.events] == [("CA", "paused")]
    growth = run("Canada's counter-tariffs on U.S. goods are holding back growth, economists say.")
    assert [e.status for e in growth.events if e.type == "tariff"] != ["paused"]


def test_meeting_the_terms_of_a_pact_is_no_meeting() -> None:
    x = run(
        "Canada will put 25 per cent tariffs on cars imported from the United States that do "
        "not meet the terms of the trade pact, Prime Minister Mark Carney said Thursday, in "
        "answer to the American auto tariffs."
    )
    assert [e.type for e in x.events] == ["tariff"]


def test_talks_that_have_not_resumed_are_suspended_once() -> None:
    x = run(
        "Trade talks between Ottawa and Washington have not resumed since Trump broke them "
        "off in October."
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_talks", "suspended")]
    restated = run(
        "Trump said trade negotiations with Canada were terminated. Ontario Premier Doug Ford "
        "pulled the ad, but the talks have not restarted."
    )
    assert [(e.type, e.status, e.initiator) for e in restated.events] == [
        ("trade_talks", "suspended", "US")
    ]


def test_the_country_told_that_its_goods_will_face_a_tariff_is_its_target() -> None:
    x = run(
        "President Donald Trump told Canada on Thursday that its goods will face a 40 percent "
        "tariff starting Sept. 1, in a letter to Prime Minister Mark Carney."
    )
    assert [(e.initiator, e.target, e.rate_pct, e.products) for e in x.events] == [
        ("US", "CA", 40.0, ["all_goods"])
    ]


def test_a_province_joined_to_a_place_is_a_place_too() -> None:
    x = run(
        "Industry groups said the new U.S. tariffs would hit smelters in Quebec and British "
        "Columbia hardest."
    )
    assert [(e.initiator, e.target) for e in x.events] == [("US", "CA")]


def test_the_review_of_the_agreement_named_before_is_the_cusma_review() -> None:
    x = run(
        "July 1 was the date CUSMA set aside for its first joint review. The joint review of "
        "the agreement formally opened Wednesday in Washington.",
        datetime(2026, 7, 2, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "under_review")]


def test_a_review_rather_than_a_renewal_is_under_review() -> None:
    x = run(
        "Each country had to say whether it wanted to extend CUSMA. The United States did not, "
        "which means the agreement is now under annual review rather than renewed, and will "
        "expire in 2036 unless all three confirm an extension.",
        datetime(2026, 7, 2, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "under_review")]


def test_a_past_measure_lifted_later_in_the_article_is_one_removed_event() -> None:
    x = run(
        "In June 2018, Washington put a 25 per cent duty on Canadian steel and a 10 per cent "
        "duty on Canadian aluminum. Both sets of duties were lifted on May 20, 2019, after a "
        "year of talks."
    )
    assert sorted((e.rate_pct, e.status, e.effective_date) for e in x.events) == [
        (10.0, "removed", date(2019, 5, 20)),
        (25.0, "removed", date(2019, 5, 20)),
    ]


def test_a_past_end_named_by_its_day_dates_the_removal() -> None:
    x = run(
        "In 2018, Washington put a 25 per cent tariff on Canadian steel. Canada answered "
        "within weeks with counter-tariffs on $16.6 billion of American goods. On May 20, "
        "2019, both countries lifted those duties on the same day."
    )
    # ... and the answer "within weeks" belongs to the same past round.
    assert {(e.initiator, e.status, e.effective_date) for e in x.events} == {
        ("US", "removed", date(2019, 5, 20)),
        ("CA", "removed", date(2019, 5, 20)),
    }


def test_a_rate_compared_with_a_past_one_is_no_past_measure() -> None:
    x = run(
        "The tariffs of 2018 were lifted in May 2019. Today the U.S. tariff on Canadian steel "
        "is 50 per cent, twice the 2018 rate."
    )
    assert [(e.rate_pct, e.status) for e in x.events if e.rate_pct == 50.0] == [(50.0, "in_effect")]


def test_an_answer_within_weeks_with_counter_tariffs_is_the_answering_measure() -> None:
    x = run(
        "Washington put a 25 per cent tariff on Canadian steel on Monday. Ottawa answered "
        "within days with counter-tariffs on $20 billion of American goods."
    )
    assert [(e.initiator, e.retaliatory) for e in x.events if e.initiator == "CA"] == [("CA", True)]
    # The measure answered is no measure of the one who answers.
    y = run("Canada answered the steel tariffs on Monday.")
    assert [e.initiator for e in y.events if e.initiator == "CA"] == []


def test_the_status_of_the_measure_answered_is_not_the_answers() -> None:
    x = run(
        "Canada will impose 25 per cent tariffs on U.S.-built trucks, Finance Minister "
        "Dominic LeBlanc said Thursday, in answer to the American truck tariffs that took "
        "effect this week."
    )
    assert [(e.initiator, e.status) for e in x.events if e.initiator == "CA"] == [
        ("CA", "announced")
    ]
    # The measure's own relative clause still tells its status.
    own = run(
        "Premier David Eby will press for lifting the 10 per cent U.S. duty on Canadian "
        "softwood lumber, which took effect in October."
    )
    assert [e.status for e in own.events] == ["in_effect"]


def test_reported_would_take_effect_on_a_day_is_announced() -> None:
    x = run(
        "Trudeau said duties on the first C$30 billion of U.S. goods, a list that runs from "
        "beer to furniture, would take effect on Tuesday."
    )
    assert [e.status for e in x.events] == ["announced"]
    later = run(
        "Trudeau said tariffs on a further $125 billion of U.S. products, including steel, "
        "would be applied after a public comment period."
    )
    assert [e.status for e in later.events] == ["announced"]


def test_the_duties_named_again_in_the_same_sentence_are_one_measure() -> None:
    x = run(
        "President Donald Trump signed an order placing a 25 per cent tariff on imports from "
        "Canada, with a lower 10 per cent rate for Canadian energy, and the White House said "
        "the duties would take effect at 12:01 a.m. on Tuesday."
    )
    assert [e.rate_pct for e in x.events] == [25.0, 10.0]


def test_a_scheduled_rise_with_a_way_out_is_announced() -> None:
    x = run(
        "The U.S. tariff on Canadian furniture is scheduled to climb to 30 per cent on "
        "January 1, unless the White House changes course."
    )
    assert [e.status for e in x.events] == ["announced"]


def test_talks_as_a_purpose_or_a_premiers_remark_are_no_talks() -> None:
    purpose = run(
        "Trump said trade negotiations with Canada were terminated. Ontario Premier Doug Ford "
        "said the province would pull the ad so that talks could resume."
    )
    assert [(e.type, e.status) for e in purpose.events] == [("trade_talks", "suspended")]
    remark = run(
        "The United States dropped its tariff on Canadian potash. Alberta Premier Danielle "
        "Smith said the step rewarded real progress at the negotiating table."
    )
    assert "trade_talks" not in [e.type for e in remark.events]


def test_talks_of_more_than_five_years_ago_are_background() -> None:
    x = run(
        "Negotiations between Canada and the United States to modernize the treaty began in "
        "2018, officials said.",
        datetime(2025, 6, 1, tzinfo=UTC),
    )
    assert [e.type for e in x.events] == []


def test_a_pending_tariff_called_off_later_is_one_removed_event() -> None:
    x = run(
        "President Donald Trump said he would double the tariff on Canadian steel to 50 per "
        "cent on Wednesday. Hours later, a White House adviser said the extra levy on Canada "
        "would not go ahead."
    )
    assert [(e.initiator, e.rate_pct, e.status) for e in x.events] == [("US", 50.0, "removed")]
    # A withdrawal naming a rate no pending measure has leaves the others alone.
    y = run(
        "Canada will impose 25 per cent counter-tariffs on U.S. steel on Thursday. The 50 per "
        "cent rate is off."
    )
    assert ("CA", 25.0, "announced") in [(e.initiator, e.rate_pct, e.status) for e in y.events]
    # Another measure's end ("the surcharge is off") withdraws no tariff.
    z = run(
        "The United States will put a 25 per cent tariff on Canadian steel on Wednesday. "
        "Ontario's surcharge is off."
    )
    assert ("US", "announced") in [(e.initiator, e.status) for e in z.events]


def test_a_case_carries_the_goods_its_sentence_names() -> None:
    x = run(
        "Canada filed a challenge under CUSMA's Chapter 10 against the U.S. anti-dumping "
        "duties on Canadian softwood lumber."
    )
    assert [(e.type, e.products) for e in x.events if e.type == "trade_dispute"] == [
        ("trade_dispute", ["lumber"])
    ]


def test_an_agreement_between_two_provinces_is_no_canada_us_deal() -> None:
    x = run(
        "The U.S. tariffs on Canadian steel stay. Nova Scotia and Ontario signed an agreement "
        "Wednesday, the latest in a string of deals aimed at breaking down trade barriers."
    )
    assert "trade_agreement" not in [e.type for e in x.events]


def test_the_canada_tariff_is_the_tariff_on_canada() -> None:
    x = run(
        "The 35 percent U.S. duty took effect today. Goods that qualify under the "
        "U.S.-Mexico-Canada Agreement remain exempt from the Canada tariff.",
        datetime(2025, 8, 1, tzinfo=UTC),
    )
    assert [(e.initiator, e.target) for e in x.events if e.status == "exempted"] == [("US", "CA")]


def test_urging_a_government_to_hit_back_is_no_measure() -> None:
    x = run(
        "The 35 percent U.S. tariff on Canadian goods took effect. Ontario Premier Doug Ford "
        "urged Ottawa to hit back with tariffs of its own."
    )
    assert [e.initiator for e in x.events] == ["US"]


def test_a_measure_with_no_date_takes_the_one_its_siblings_share() -> None:
    x = run(
        "The U.S. will put a 25 per cent tariff on Canadian goods starting Tuesday, April 1. "
        "Canadian energy will face a lower 10 per cent rate."
    )
    assert [(e.rate_pct, e.effective_date) for e in x.events] == [
        (25.0, date(2025, 4, 1)),
        (10.0, date(2025, 4, 1)),
    ]
    # Two dates among the siblings: no guess.
    y = run(
        "The U.S. will put a 25 per cent tariff on Canadian steel on April 1. The U.S. will put "
        "a 25 per cent tariff on Canadian cars on May 3. Canadian energy will face a lower 10 "
        "per cent rate."
    )
    assert [e.effective_date for e in y.events if e.rate_pct == 10.0] == [None]


def test_a_pause_is_not_dated_by_when_the_measure_began() -> None:
    x = run(
        "Recap of a dizzying day: Ontario's 25 per cent surcharge on electricity exported to "
        "Michigan, in force since Monday, has been suspended.",
        datetime(2025, 3, 11, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events if e.type == "nontariff_measure"] == [
        ("paused", date(2025, 3, 11))
    ]


def test_the_other_sides_mills_make_it_the_target() -> None:
    x = run(
        "The U.S. put a 10 per cent tariff on lumber from every country on Tuesday. For "
        "Canadian mills, the new levy comes on top of the duties they already pay, for a "
        "combined rate of about 45 per cent."
    )
    assert {(e.initiator, e.target) for e in x.events} <= {("US", "CA"), ("US", "WORLD")}


def test_a_measure_said_to_spare_the_other_side_is_none_of_its_own() -> None:
    x = run(
        "U.S. tariffs on Canadian goods took effect. Ottawa's new quotas on foreign steel only "
        "apply to countries without a trade deal with Canada, so they don't touch American mills."
    )
    assert [e.type for e in x.events] == ["tariff"]
    # A measure that does not apply to the other side is exempting it.
    y = run("The new 10 per cent U.S. baseline tariff does not apply to Canadian goods.")
    assert [(e.initiator, e.status) for e in y.events] == [("US", "exempted")]


def test_a_plan_dropped_in_the_sentence_that_names_it_is_removed() -> None:
    x = run(
        "The White House confirmed that President Donald Trump had dropped his plan, announced "
        "that morning, to double the tariff on Canadian steel to 50 per cent."
    )
    assert [(e.rate_pct, e.status) for e in x.events] == [(50.0, "removed")]


def test_a_rate_that_is_off_is_removed() -> None:
    x = run(
        "Trump said he would put a 50 per cent tariff on Canadian steel. Late on Tuesday, the "
        "White House said the doubling is off."
    )
    assert [(e.rate_pct, e.status) for e in x.events] == [(50.0, "removed")]
    own = run("TUESDAY, 5:50 p.m. — The 50 per cent U.S. rate on Canadian steel is off.")
    assert [e.status for e in own.events] == ["removed"]


def test_an_export_surcharge_is_the_exporters() -> None:
    x = run(
        "In retaliation for the U.S. duties, a 25 per cent surcharge will apply to the "
        "electricity Ontario exports to Michigan, New York and Minnesota starting next Monday, "
        "Ford told reporters."
    )
    surcharges = [e for e in x.events if e.type == "nontariff_measure"]
    assert [(e.initiator, e.target, e.status) for e in surcharges] == [("CA-ON", "US", "announced")]


def test_leaders_who_will_see_each_other_or_talk_later_plan_a_contact() -> None:
    see = run(
        "Prime Minister Mark Carney called the tariff framework a first step and said he would "
        "see President Donald Trump in New York next month."
    )
    assert [(e.type, e.status) for e in see.events] == [("leader_contact", "planned")]
    later = run(
        "Trudeau said he had not spoken to Trump since the inauguration and expected to talk "
        "to him on Monday."
    )
    assert [(e.type, e.status) for e in later.events] == [("leader_contact", "planned")]
    none = run(
        "Prime Minister Mark Carney and President Donald Trump have not spoken since the "
        "letter, and no call is scheduled."
    )
    assert [e.type for e in none.events] == []


def test_a_deal_still_to_be_struck_and_a_motive_named_are_no_events() -> None:
    deal = run(
        "Trump called the talks with Canada very satisfying, while adding that the final "
        "economic deal was still to be struck."
    )
    assert "trade_agreement" not in [e.type for e in deal.events]
    motive = run(
        "Ontario's 25 per cent surcharge on power sent to Michigan took effect. The measure, "
        "which Mr. Ford framed as retaliation, could bring in C$400,000 a day."
    )
    assert [e.type for e in motive.events] == ["nontariff_measure"]


def test_procurement_exclusions_are_the_provinces_measures() -> None:
    kept = run(
        "The U.S. tariffs stay. Ontario's rule, in place since March, keeps American companies "
        "out of provincial procurement."
    )
    assert [(e.type, e.initiator, e.target) for e in kept.events if e.type != "tariff"] == [
        ("nontariff_measure", "CA-ON", "US")
    ]
    # A comment after the measure (", a policy that ...") names no party of it.
    budget = run(
        "Ontario's budget was tabled Thursday. It maintains the exclusion of American "
        "businesses from provincial procurement, a policy that has redirected $2 billion in "
        "contracts to Ontario suppliers."
    )
    assert [(e.initiator, e.target) for e in budget.events] == [("CA-ON", "US")]


def test_the_end_of_the_day_ends_nothing() -> None:
    day = run(
        "We're expecting the prime minister and the president to speak before the end of the "
        "day, with the U.S. tariffs on Canadian goods scheduled to start in 13 hours."
    )
    assert "removed" not in [e.status for e in day.events]


def test_goods_the_measure_has_kept_are_its_own() -> None:
    x = run(
        "Ottawa will lift the 25 per cent counter-tariffs it has kept on American steel and "
        "aluminum since March on the same day."
    )
    assert [(e.status, e.products) for e in x.events] == [("removed", ["steel", "aluminum"])]


def test_canadas_lists_name_goods_and_tariffs_on_canada_cover_all() -> None:
    lists = run("Canada will impose 25 per cent counter-tariffs on American goods on Tuesday.")
    assert [(e.initiator, e.products) for e in lists.events] == [("CA", [])]
    every = run("Canada will impose 25 per cent counter-tariffs on all American goods on Tuesday.")
    assert [(e.initiator, e.products) for e in every.events] == [("CA", ["all_goods"])]
    on_canada = run("Howard Lutnick says there will be tariffs on Canada on Tuesday.")
    assert [(e.initiator, e.products) for e in on_canada.events] == [("US", ["all_goods"])]
    outside = run(
        "Canada is bracing for a long fight. The 35 per cent U.S. levy on goods that do not "
        "qualify under CUSMA took effect Friday."
    )
    assert [e.products for e in outside.events if e.type == "tariff"] == [["all_goods"]]


def test_a_tariff_raised_over_an_ad_is_retaliatory() -> None:
    x = run(
        "President Donald Trump said he is raising tariffs on Canadian goods by an additional "
        "10 per cent over a television advertisement from Ontario."
    )
    assert [(e.initiator, e.retaliatory) for e in x.events] == [("US", True)]


def test_a_carve_out_reported_as_news_carries_the_rate_it_spares() -> None:
    news = run(
        "The 35 per cent U.S. tariff on Canadian goods takes effect Friday. Goods that qualify "
        "under CUSMA will be exempt, the White House said."
    )
    assert [(e.status, e.rate_pct) for e in news.events if e.status == "exempted"] == [
        ("exempted", 35.0)
    ]
    background = run(
        "The 35 per cent U.S. tariff on Canadian goods takes effect Friday. Goods that qualify "
        "under CUSMA remain exempt, the White House said."
    )
    assert [(e.status, e.rate_pct) for e in background.events if e.status == "exempted"] == [
        ("exempted", None)
    ]


def test_an_exemption_that_does_not_apply_exempts_nothing() -> None:
    x = run(
        "The 25 percent U.S. duties on all steel and aluminum imports, Canada included, start next "
        "Wednesday, and the USMCA exemption does not apply to them."
    )
    assert [e.status for e in x.events] == ["announced"]


def test_a_digital_services_tax_takes_the_rate_the_article_gives_it() -> None:
    x = run(
        "Canada scrapped its digital services tax hours before the first payments were due. "
        "The tax, a three per cent levy on revenue that large technology companies earn from "
        "Canadian users, angered Trump."
    )
    assert [(e.products, e.rate_pct) for e in x.events] == [(["digital_services"], 3.0)]


def test_a_negation_outside_the_measures_clause_does_not_drop_it() -> None:
    x = run(
        "Prime Minister Mark Carney told the House of Commons that Canada would not respond "
        "immediately but that, if those talks did not produce results within roughly 30 days, "
        "Ottawa would adjust its counter-tariffs on American steel and aluminum."
    )
    assert [(e.initiator, e.status) for e in x.events] == [("CA", "threatened")]


def test_a_store_that_refuses_to_stock_american_products_bans_them() -> None:
    x = run(
        "The Liquor Control Board of Ontario still refuses to stock American products, which "
        "it pulled in retaliation for Washington's tariffs."
    )
    assert [(e.type, e.initiator, e.products) for e in x.events if e.type != "tariff"] == [
        ("nontariff_measure", "CA-ON", ["alcohol"])
    ]


def test_a_concession_to_the_other_side_names_no_party_of_the_measure() -> None:
    x = run(
        "The U.S. tariff on Canadian goods stays. Potash that does not qualify under the pact "
        "will now pay 10 per cent instead of 25 per cent, a concession to American farmers who "
        "depend on Saskatchewan fertilizer."
    )
    assert [(e.initiator, e.target) for e in x.events if e.status == "reduced"] == [("US", "CA")]


def test_what_a_quota_would_keep_from_happening_is_its_effect() -> None:
    x = run(
        "The U.S. will cap Canadian steel under a quota. Commerce Secretary Howard Lutnick said "
        "the quota would keep a surge of Canadian steel from flooding the U.S. market."
    )
    assert "threatened" not in [e.status for e in x.events]


def test_a_store_that_pulls_every_american_product_is_the_actor() -> None:
    x = run(
        "U.S. tariffs on Canadian goods took effect Tuesday. The LCBO pulled every American "
        "product from its shelves on Tuesday morning."
    )
    assert [(e.initiator, e.target) for e in x.events if e.type == "nontariff_measure"] == [
        ("CA-ON", "US")
    ]


def test_a_deal_between_companies_is_no_trade_agreement() -> None:
    x = run(
        "TORONTO — Porter Airlines and Alaska Airlines have signed a codeshare agreement that "
        "will let travellers between Canada and the United States book connecting flights."
    )
    assert [e.type for e in x.events] == []
    assert not x.relevant


def test_a_call_on_ottawa_is_a_demand_and_a_fisheries_pact_no_trade_deal() -> None:
    demand = run(
        "China's tariffs on canola took effect. Saskatchewan Premier Scott Moe called on Ottawa "
        "to reconsider the surtax on American electric vehicles."
    )
    assert [e.type for e in demand.events] == []
    fish = run(
        "The agreement, signed in Vancouver by Canada's fisheries minister and a U.S. State "
        "Department official, cuts the allowable catch of chinook in southeast Alaska."
    )
    assert [e.type for e in fish.events] == []
    calls = run(
        "After two calls on Monday with Prime Minister Justin Trudeau, Trump agreed to put the "
        "25 per cent tariffs on Canadian goods on hold."
    )
    assert ("tariff", "paused") in [(e.type, e.status) for e in calls.events]


def test_the_escalation_clause_is_a_threat_of_its_own_with_no_day() -> None:
    x = run(
        "Trump said Canada would face a 35 per cent tariff from Aug. 1 unless it stops the flow "
        "of fentanyl. He warned that if Canada raised its own tariffs in response, whatever it "
        "chose would be added on top of the 35 per cent."
    )
    got = sorted((e.status, e.rate_pct or 0, e.effective_date or date.min) for e in x.events)
    assert got == [("threatened", 0, date.min), ("threatened", 35.0, date(2025, 8, 1))]


# --- rules-1.17 ------------------------------------------------------------------------------


def test_calling_an_election_is_no_call_with_anyone() -> None:
    x = run(
        "Trump said tariffs on Canada could come next month. Ontario Premier Doug Ford, who is "
        "expected to call an early election soon, warned that Ontario could stop selling power "
        "to the United States."
    )
    assert "trade_talks" not in [e.type for e in x.events]


def test_what_was_negotiated_is_an_outcome_not_talks() -> None:
    passive = run(
        "Trump paused the tariffs on Canada for 30 days. Analysts noted that the pause was "
        "negotiated over two days and could unravel if Washington decides Canada's border plan "
        "falls short."
    )
    assert "trade_talks" not in [e.type for e in passive.events]
    outcome = run(
        "The proclamations cancel the exemptions negotiated since 2018, Canada's included, and "
        "the White House said no new exemptions would be granted."
    )
    assert "trade_talks" not in [e.type for e in outcome.events]
    active = run("Canada negotiated with the United States over the steel tariffs on Monday.")
    assert "trade_talks" in [e.type for e in active.events]


def test_suspending_a_measure_does_not_suspend_talks() -> None:
    x = run(
        "Premier Doug Ford said he had a conversation with U.S. Commerce Secretary Howard "
        "Lutnick. Following that conversation, Ontario has agreed to suspend the 25 per cent "
        "surcharge on electricity exported to Michigan."
    )
    assert ("trade_talks", "suspended") not in [(e.type, e.status) for e in x.events]
    assert ("nontariff_measure", "paused") in [(e.type, e.status) for e in x.events]
    talks = run("Trump suspended trade talks with Canada on Thursday.")
    assert [(e.type, e.status) for e in talks.events] == [("trade_talks", "suspended")]


def test_a_decision_not_to_proceed_with_a_threat_removes_it() -> None:
    later = run(
        "Trump threatened Tuesday to double the steel tariff on Canada to 50 per cent. Ford "
        "welcomed the White House's decision this afternoon not to proceed with its threatened "
        "increase of tariffs on Canadian steel to 50 per cent."
    )
    assert [(e.status, e.rate_pct) for e in later.events] == [("removed", 50.0)]
    here = run(
        "Ford welcomed the White House's decision this afternoon not to proceed with its "
        "threatened increase of tariffs on Canadian steel to 50 per cent."
    )
    assert [(e.status, e.rate_pct) for e in here.events] == [("removed", 50.0)]


def test_goods_that_will_no_longer_face_a_duty_are_freed_of_it() -> None:
    assert rows(
        "U.S. wine, orange juice and other American farm products will no longer face Canada's "
        "25 per cent counter-tariffs as of Sept. 1."
    ) == [
        ("tariff", "removed", "CA", "US", True, 25.0, ["alcohol", "agriculture"], date(2025, 9, 1))
    ]


def test_no_call_with_the_other_leader_scheduled_is_no_contact() -> None:
    x = run("Trump told reporters no call with Prime Minister Mark Carney was scheduled.")
    assert x.events == []


def test_hit_back_with_names_the_response_that_follows() -> None:
    x = run(
        "Washington put tariffs on our steel and aluminum in 2018, and Ottawa hit back with "
        "counter-tariffs on $16.6 billion of American goods."
    )
    assert sorted((e.initiator, e.retaliatory) for e in x.events) == [
        ("CA", True),
        ("US", False),
    ]
    responded = run(
        "Trump imposed tariffs on Canadian steel, and Canada responded with tariffs on U.S. whisky."
    )
    assert sorted((e.initiator, e.retaliatory) for e in responded.events) == [
        ("CA", True),
        ("US", False),
    ]


def test_goods_shipped_through_canada_come_from_canada() -> None:
    x = run(
        "A 35 per cent U.S. tariff on Canadian imports took effect Friday. Goods found to have "
        "been shipped through Canada to dodge the duty now face a 40 per cent penalty tariff, "
        "which also took effect Friday."
    )
    assert sorted((e.initiator, e.target, e.rate_pct) for e in x.events) == [
        ("US", "CA", 35.0),
        ("US", "CA", 40.0),
    ]


def test_a_pause_starts_the_day_it_was_agreed_and_a_standing_pause_is_undated() -> None:
    tuesday = datetime(2025, 2, 4, 9, 0, tzinfo=UTC)
    agreed = run(
        "President Donald Trump agreed Monday to hold off for 30 days on the 25 per cent "
        "tariffs on Canadian goods.",
        tuesday,
    )
    assert [(e.status, e.effective_date) for e in agreed.events] == [("paused", date(2025, 2, 3))]
    standing = run(
        "The broad 25 per cent U.S. tariff on Canadian goods remains suspended until March 4.",
        tuesday,
    )
    assert [(e.status, e.effective_date) for e in standing.events] == [("paused", None)]


def test_ready_to_return_to_the_table_restarts_no_talks() -> None:
    x = run(
        "Canada-U.S. trade talks remained frozen Monday, four days after President Donald Trump "
        "broke them off. Carney, in Kuala Lumpur for the ASEAN summit, said Canada stood ready "
        "to return to the table when the Americans were."
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_talks", "suspended")]
    resumed = run("Canada and the U.S. resumed trade talks on Monday.")
    assert [(e.type, e.status) for e in resumed.events] == [("trade_talks", "resumed")]


def test_that_review_refers_back_to_the_pacts_review() -> None:
    x = run(
        "Q: What is the CUSMA review? A: The pact requires the three countries to review it "
        "every six years. That review is now under way, with each government consulting "
        "businesses."
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "under_review")]
    other = run("The review is now under way, the Commerce Department said of its steel probe.")
    assert other.events == []


def test_the_start_of_the_review_on_a_calendar_is_no_review_under_way() -> None:
    x = run(
        "U.S. tariffs on Canadian steel remain. What to watch: a decision on support for "
        "laid-off workers, due before the budget, and the start of the CUSMA review in July."
    )
    assert "trade_agreement" not in [e.type for e in x.events]


def test_since_trump_began_raising_tariffs_dates_a_story_not_a_measure() -> None:
    x = run(
        "The United States and Canada reached an agreement on Thursday to lower U.S. tariffs on "
        "Canadian aluminum, the first sector deal since President Donald Trump began raising "
        "tariffs on Canada more than a year ago."
    )
    assert sorted((e.type, e.status) for e in x.events) == [
        ("tariff", "reduced"),
        ("trade_agreement", "reached"),
    ]


def test_what_a_lower_tariff_would_discourage_is_commentary() -> None:
    x = run(
        "The U.S. tariff on Canadian aluminum will fall to 25 per cent. Some U.S. smelter "
        "operators criticized the deal, saying a lower tariff would discourage investment in "
        "new domestic capacity."
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("reduced", 25.0)]


def test_an_export_cap_is_a_non_tariff_measure_of_the_exporter() -> None:
    assert rows(
        "In return, Canada will cap its aluminum exports to the United States at 2.9 million "
        "metric tons a year starting June 1."
    ) == [
        ("nontariff_measure", "announced", "CA", "US", False, None, ["aluminum"], date(2025, 6, 1))
    ]


def test_a_tough_negotiator_is_a_label_not_talks() -> None:
    x = run(
        "Trump called Canada a tough negotiator on Friday, hours after the tariffs took effect."
    )
    assert "trade_talks" not in [e.type for e in x.events]


def test_goods_named_before_a_rate_are_its_own_not_the_next_clauses() -> None:
    x = run(
        "Canadian goods that do not qualify under CUSMA face a 35 per cent U.S. tariff, and "
        "Canadian steel and aluminum pay 50 per cent."
    )
    assert sorted((e.rate_pct, tuple(e.products)) for e in x.events) == [
        (35.0, ("all_goods",)),
        (50.0, ("steel", "aluminum")),
    ]


def test_a_day_right_after_the_measure_dates_it() -> None:
    assert rows(
        "Premier Doug Ford says that in retaliation, American products come off LCBO shelves "
        "Tuesday."
    ) == [
        ("nontariff_measure", "announced", "CA-ON", "US", True, None, ["alcohol"], date(2025, 4, 1))
    ]


def test_his_province_is_the_premiers() -> None:
    x = run(
        "Trump threatened tariffs. Ontario Premier Doug Ford, who is widely expected to call an "
        "early election, repeated on Tuesday that his province could cut off the electricity it "
        "sends to the United States."
    )
    assert [(e.type, e.initiator, e.target) for e in x.events if e.type != "tariff"] == [
        ("nontariff_measure", "CA-ON", "US")
    ]


def test_a_forecast_with_a_condition_in_between_is_no_measure() -> None:
    x = run(
        "Canada imposed 10 per cent counter-tariffs on American bourbon on Tuesday. Three-quarters "
        "of Canada's exports go south, and a broad 25 per cent levy, if sustained for a year, "
        "could shave two to three points off gross domestic product."
    )
    assert [(e.initiator, e.rate_pct) for e in x.events] == [("CA", 10.0)]


def test_the_surcharge_carries_the_parties_of_the_surcharge_not_of_the_last_tariff() -> None:
    x = run(
        "Ontario put a 25 per cent surcharge on electricity exports to the U.S. on Monday. Trump "
        "then said he would double the tariffs on Canadian steel to 50 per cent. The surcharge on "
        "power exports is suspended as of today."
    )
    paused = [(e.initiator, e.target) for e in x.events if e.status == "paused"]
    assert paused == [("CA-ON", "US")]


def test_ending_a_ban_is_its_removal_and_keeping_labels_out_of_stores_a_ban() -> None:
    assert rows(
        "Alberta resumed buying American alcohol in June, ending a ban it had imposed in March "
        "in response to the U.S. tariffs."
    ) == [("nontariff_measure", "removed", "CA-AB", "US", True, None, ["alcohol"], None)]
    assert rows(
        "The BC Liquor Distribution Branch continues to keep American labels out of government "
        "stores as a response to the U.S. tariffs."
    ) == [("nontariff_measure", "in_effect", "CA-BC", "US", True, None, ["alcohol"], None)]
    one = run(
        "American wine, beer and spirits will return to LCBO shelves at the start of next month, "
        "ending a ban of more than a year that Ontario imposed in response to U.S. tariffs."
    )
    assert [(e.status, e.initiator) for e in one.events] == [("removed", "CA-ON")]


def test_rescinding_the_tax_moves_the_tax_reported_before_to_removed() -> None:
    x = run(
        "Canada's digital services tax, a 3 per cent levy on revenue that large tech companies "
        "earn from Canadian users, was due to collect its first payments on Monday. Late "
        "Sunday, Finance Minister François-Philippe Champagne said Canada would rescind the tax."
    )
    assert [(e.status, e.rate_pct, e.products) for e in x.events] == [
        ("removed", 3.0, ["digital_services"])
    ]


def test_what_was_negotiated_by_or_negotiated_as_an_object_is_done() -> None:
    sealed = run(
        "Trump imposed tariffs on Canadian steel. The framework was negotiated by Commerce "
        "Secretary Howard Lutnick and Canada's Dominic LeBlanc, and President Trump and Prime "
        "Minister Mark Carney sealed it in a call."
    )
    assert "trade_talks" not in [e.type for e in sealed.events]
    done = run(
        "Trump imposed tariffs on Canadian steel. Dominic LeBlanc and Commerce Secretary Howard "
        "Lutnick negotiated the quota levels over the summer."
    )
    assert "trade_talks" not in [e.type for e in done.events]


def test_a_paused_tariff_or_a_quoted_readiness_suspends_or_starts_no_talks() -> None:
    paused = run(
        "After the second call, Trudeau announced that the tariffs would be paused for at least "
        "30 days while the two countries work on border security."
    )
    assert ("trade_talks", "suspended") not in [(e.type, e.status) for e in paused.events]
    ready = run(
        "Trump ended trade talks with Canada. Carney, speaking in Kuala Lumpur, said Canada "
        '"stands ready" to pick up the negotiations "when the Americans are ready."'
    )
    assert [(e.type, e.status) for e in ready.events] == [("trade_talks", "suspended")]


def test_the_pact_entering_its_joint_review_far_from_its_first_name() -> None:
    x = run(
        "A: Six years after it came into force, CUSMA, known as USMCA in the United States and "
        "T-MEC in Mexico, now enters its first joint review."
    )
    assert [(e.type, e.status, e.initiator, e.target) for e in x.events] == [
        ("trade_agreement", "under_review", "CA", "US")
    ]


def test_a_question_asked_a_revenue_levy_and_a_bans_countermeasure_are_no_tariffs() -> None:
    asked = run(
        "Bloc Québécois MP Isabelle Fortier asked whether Canada would accept a quota on its "
        "steel and aluminum in exchange for lower U.S. tariffs."
    )
    assert asked.events == []
    revenue = run(
        "Canada's digital services tax took effect in June. The 3 per cent levy applied to "
        "Canadian revenue that large technology companies earn from online advertising."
    )
    assert [e.type for e in revenue.events] == ["nontariff_measure"]
    ban = run(
        "Ford said Ontario's ban on American companies bidding for provincial contracts, another "
        "of the province's countermeasures, stays in place."
    )
    assert [e.type for e in ban.events] == ["nontariff_measure"]


def test_an_over_quota_tariff_is_canadas_on_every_country() -> None:
    x = run(
        "Trump's letter complained about Canada's trade barriers. It also singled out Canada's "
        "dairy system, whose over-quota tariff on butter stands at 298.5 per cent."
    )
    assert [(e.initiator, e.target, e.rate_pct, e.products) for e in x.events] == [
        ("CA", "WORLD", 298.5, ["dairy"])
    ]


def test_duties_an_exemption_does_not_cover_still_apply() -> None:
    x = run(
        "Trump exempted CUSMA-compliant Canadian goods from the 25% tariffs. The exemption does "
        "not cover the 50 percent U.S. tariffs on Canadian steel and aluminum that start next "
        "Wednesday."
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("exempted", 25.0), ("announced", 50.0)]
    assert run("Canada did not impose tariffs on U.S. steel.").events == []


def test_talking_to_the_other_sides_secretary_is_talks() -> None:
    x = run(
        "U.S. tariffs on Canadian steel took effect. LeBlanc was in Washington again last week "
        "talking to Commerce Secretary Howard Lutnick."
    )
    assert ("trade_talks", "ongoing", "CA", "US") in [
        (e.type, e.status, e.initiator, e.target) for e in x.events
    ]


def test_the_capitalised_premier_is_the_last_provinces_and_an_invitation_to_talk_is_planned() -> (
    None
):
    premier = run(
        "Ontario's premier met Michigan officials on tariffs last week. The Premier will meet "
        "Michigan Governor Gretchen Whitmer next month."
    )
    assert [(e.type, e.status, e.initiator, e.target) for e in premier.events] == [
        ("trade_talks", "planned", "CA-ON", "US-MI")
    ]
    invited = run(
        "U.S. tariffs hurt Vermont. That is why I have invited Premier François Legault to "
        "Montpelier on July 22 to talk about how our two governments can keep trade flowing, "
        "Governor Phil Scott wrote."
    )
    assert [(e.type, e.status, e.initiator, e.target) for e in invited.events] == [
        ("trade_talks", "planned", "CA-QC", "US-VT")
    ]


def test_talks_left_as_a_meeting_to_come_are_planned() -> None:
    x = run(
        "Ontario Premier Doug Ford suspended the surcharge after a productive call with U.S. "
        "Commerce Secretary Howard Lutnick. Ford will meet Lutnick in Washington on Thursday to "
        "discuss trade."
    )
    assert [(e.type, e.status) for e in x.events if e.type == "trade_talks"] == [
        ("trade_talks", "planned")
    ]


def test_negotiations_a_planned_leaders_meeting_is_to_begin_are_that_meeting() -> None:
    x = run(
        "Carney and Trump spoke by phone on Friday. The two leaders agreed to meet after "
        "Canada's April 28 federal election to begin negotiations on a new economic and security "
        "relationship. In the meantime, LeBlanc and Commerce Secretary Howard Lutnick will step "
        "up their talks."
    )
    assert [(e.type, e.status) for e in x.events] == [
        ("leader_contact", "held"),
        ("leader_contact", "planned"),
        ("trade_talks", "ongoing"),
    ]


def test_goods_between_two_rates_belong_to_the_second_when_it_has_none() -> None:
    x = run(
        "U.S. tariffs took effect on March 12. Canadian steel was hit with a 25 per cent duty "
        "and Canadian aluminum with a 10 per cent one."
    )
    assert [(e.rate_pct, e.products) for e in x.events if e.rate_pct == 10.0] == [
        (10.0, ["aluminum"])
    ]
    lumber = run(
        "U.S. anti-dumping duties on most Canadian softwood lumber were set at 20.56 per cent "
        "and countervailing duties at 14.38 per cent."
    )
    assert sorted((e.rate_pct, tuple(e.products)) for e in lumber.events) == [
        (14.38, ("lumber",)),
        (20.56, ("lumber",)),
    ]


def test_the_measures_a_pause_covers_are_paused() -> None:
    x = run(
        "Trump agreed to pause the tariffs on Canada. The pause began Tuesday, the day the "
        "duties were to have kicked in, and covers both the 25 per cent levy on most Canadian "
        "goods and the 10 per cent rate on Canadian energy."
    )
    assert sorted((e.status, e.rate_pct) for e in x.events) == [
        ("paused", 10.0),
        ("paused", 25.0),
    ]


def test_a_live_blogs_present_is_announced() -> None:
    pulling = run("10:25 a.m. ET — Ontario is pulling American booze from LCBO shelves.")
    assert [(e.type, e.status) for e in pulling.events] == [("nontariff_measure", "announced")]


def test_what_the_government_says_the_move_would_do_is_no_hedge_on_it() -> None:
    x = run(
        "Prime Minister Mark Carney announced that Canada will drop its counter-tariffs on "
        "American goods covered by CUSMA as of September 1, saying the move would restore "
        "free trade for most goods."
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2025, 9, 1))]


def test_a_duty_that_ended_is_removed_across_an_interjected_clause() -> None:
    x = run(
        "Washington stopped collecting the emergency tariffs on Canadian goods on Tuesday. The 10 "
        "per cent U.S. duty on Canadian energy and potash, imposed under the same law, also ended "
        "at midnight."
    )
    assert ("removed", 10.0) in [(e.status, e.rate_pct) for e in x.events]


def test_a_quote_naming_no_actor_and_an_ad_warning_against_tariffs_are_no_measures() -> None:
    quote = run(
        'Canada imposed 25 per cent counter-tariffs on U.S. steel on Tuesday. "After that you '
        'are paying 35 per cent on every ton, and the mills will raise prices," he said.'
    )
    assert [e.rate_pct for e in quote.events] == [25.0]
    ad = run(
        "September 1 - Canada lifts most of its counter-tariffs, keeping only those on American "
        "steel, aluminum and autos.\n\nOctober 16 - Ontario's government begins airing a "
        "television ad in U.S. markets that quotes former president Ronald Reagan warning "
        "against tariffs."
    )
    assert [e.initiator for e in ad.events] == ["CA", "CA"]


def test_measures_a_government_will_review_are_no_new_threat() -> None:
    x = run(
        "The court struck down the U.S. tariffs. Finance Minister François-Philippe Champagne "
        "said Ottawa would review its remaining countermeasures in light of the decision."
    )
    assert "threatened" not in [e.status for e in x.events]


def test_store_bans_told_as_what_stays_out_and_a_procurement_ban_beside_them() -> None:
    stays = run(
        "Every last bottle of American bourbon stays out of our stores until the tariffs are "
        "gone, Ontario Premier Doug Ford said."
    )
    assert [(e.type, e.products) for e in stays.events] == [("nontariff_measure", ["alcohol"])]
    two = run(
        "Ontario barred American companies from bidding on provincial contracts in March. "
        "Ontario's LCBO has stripped thousands of U.S. products from its catalogue."
    )
    assert len([e for e in two.events if e.type == "nontariff_measure"]) == 2


def test_steps_a_government_is_weighing_are_no_measure() -> None:
    x = run(
        "Trump imposed 25 per cent tariffs on Canadian goods. Several provincial governments "
        "were also weighing steps of their own, including pulling U.S. alcohol from store "
        "shelves, though none had acted by late Saturday."
    )
    assert [e.type for e in x.events] == ["tariff"]


def test_a_change_made_late_sunday_or_the_same_day_as_the_threat_is_dated() -> None:
    rescinded = run(
        "OTTAWA - Canada rescinded its digital services tax late Sunday, hours before the first "
        "payments were due."
    )
    assert [(e.status, e.effective_date) for e in rescinded.events] == [
        ("removed", date(2025, 3, 23))
    ]
    dropped = run(
        "Trump had threatened Tuesday to double the metals tariff on Canada to 50 per cent, but "
        "dropped the idea the same day."
    )
    assert [(e.status, e.effective_date) for e in dropped.events] == [
        ("removed", date(2025, 3, 25))
    ]


def test_a_removal_announced_on_a_day_is_dated_that_day() -> None:
    x = run(
        "Canada's finance minister, François-Philippe Champagne, announced late Sunday that the "
        "government was halting collection of the 3 per cent digital services tax."
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2025, 3, 23))]


def test_a_measure_now_in_force_is_in_force_from_the_day_of_the_story() -> None:
    x = run("The 25 per cent American tariff on Canadian goods is now in force.")
    assert [(e.status, e.effective_date) for e in x.events] == [("in_effect", date(2025, 3, 28))]
    midnight = run(
        "Since midnight, Canadian goods that do not comply with CUSMA are subject to a 35 per "
        "cent U.S. tariff."
    )
    assert [(e.status, e.effective_date) for e in midnight.events] == [
        ("in_effect", date(2025, 3, 28))
    ]


def test_a_measure_to_come_in_n_days_or_weeks_is_dated_and_an_exact_day_later_wins() -> None:
    days = run(
        "He said 25 per cent Canadian tariffs on the remaining $125 billion of U.S. goods will "
        "follow in 21 days."
    )
    assert [e.effective_date for e in days.events] == [date(2025, 4, 18)]
    weeks = run(
        "Canadian softwood lumber will face another layer of U.S. duties in two weeks. Trump "
        "signed a proclamation imposing a 10 per cent tariff on Canadian lumber from April 10."
    )
    assert [e.effective_date for e in weeks.events] == [date(2025, 4, 10)]


def test_a_complaint_filed_that_has_not_advanced_and_a_suit_filed_in_a_us_court() -> None:
    wto = run(
        "Canada's World Trade Organization complaint over the U.S. steel and aluminum tariffs "
        "was filed last year and has not advanced."
    )
    assert [(e.type, e.status, e.initiator) for e in wto.events] == [
        ("trade_dispute", "filed", "CA")
    ]
    assert (
        run("Canada did not file a complaint at the WTO over the U.S. steel tariffs.").events == []
    )
    suit = run(
        "U.S. tariffs on Canadian goods took effect. In April, members of the Blackfeet Nation "
        "in Montana filed suit challenging the tariffs on Canadian imports."
    )
    assert [(e.type, e.initiator, e.target) for e in suit.events if e.type != "tariff"] == [
        ("trade_dispute", "US", "CA")
    ]


def test_readiness_to_resume_and_talks_the_president_ended_are_no_leaders_contact() -> None:
    x = run(
        "Prime Minister Mark Carney said Sunday that Canada stands ready to resume trade "
        'negotiations with the United States "when the Americans are ready," days after '
        "President Donald Trump abruptly ended the talks over an Ontario advertisement."
    )
    assert "leader_contact" not in [e.type for e in x.events]


def test_products_of_canada_are_the_target_and_a_global_duty_at_the_same_rate_is_another() -> None:
    x = run(
        "As of 12:01 a.m. Eastern on March 4, 2025, a 25 per cent additional ad valorem duty "
        "applies to most products of Canada entered for consumption in the United States. "
        "Beginning March 12, 2025, steel and aluminum articles from all countries will be "
        "subject to a 25 per cent duty."
    )
    assert [(e.initiator, e.target, e.products) for e in x.events] == [
        ("US", "CA", ["all_goods"]),
        ("US", "WORLD", ["steel", "aluminum"]),
    ]


def test_not_going_ahead_with_a_measure_until_or_while_is_a_pause() -> None:
    x = run(
        "Finance Minister Dominic LeBlanc said Thursday that Ottawa would not go ahead with a "
        "second wave of counter-tariffs on C$125 billion of American goods until at least "
        "April 2."
    )
    assert [(e.status, e.initiator, e.effective_date) for e in x.events] == [
        ("paused", "CA", date(2025, 3, 27))
    ]
    assert run("Ottawa did not go ahead with counter-tariffs on American steel.").events == []


def test_a_pledge_named_in_a_condition_is_the_threat_itself() -> None:
    x = run(
        "Canada is preparing to hit back if U.S. President Donald Trump follows through on a "
        "pledge to impose tariffs of twenty-five per cent on Canadian goods, officials said."
    )
    assert [(e.status, e.initiator, e.target, e.rate_pct) for e in x.events] == [
        ("threatened", "US", "CA", 25.0)
    ]
    opposition = run(
        "Conservative Leader Pierre Poilievre renewed his pledge to impose tariffs on American "
        "steel."
    )
    assert opposition.events == []


def test_a_measure_that_dates_something_else_is_no_event_there() -> None:
    after = run(
        "MONROE — Two days after the tariffs on Canadian goods took effect, the White House "
        "changed course again."
    )
    assert after.events == []
    since = run(
        "Windsor Mayor Drew Dilkens said the city has lost hundreds of supplier jobs since the "
        "auto tariffs were imposed."
    )
    assert since.events == []
    # a measure whose owner and goods are named is background the taxonomy counts
    owned = run("Since the U.S. tariffs on Canadian steel took effect, exports have fallen.")
    assert [(e.status, e.initiator) for e in owned.events] == [("in_effect", "US")]


def test_the_measure_suspended_may_lie_past_the_talks_window_and_off_talks_stay_off() -> None:
    x = run(
        "Premier Doug Ford had a conversation with U.S. Commerce Secretary Howard Lutnick. "
        "Following that conversation, Ontario has agreed to suspend, effective immediately, the "
        "25 per cent surcharge on electricity exported to Michigan, New York and Minnesota."
    )
    assert ("trade_talks", "suspended") not in [(e.type, e.status) for e in x.events]
    off = run(
        "Trade negotiations between the United States and Canada are off, and the tariff on "
        "Canadian goods is headed higher."
    )
    assert ("trade_talks", "suspended") in [(e.type, e.status) for e in off.events]


def test_a_fact_checks_claim_and_a_correction_anywhere_assert_nothing() -> None:
    claim = run("CLAIM: Canada charges a 250 per cent tariff on American dairy. VERDICT: False.")
    assert claim.events == []
    correction = run(
        "U.S. tariffs on steel took effect. Correction: Canada imposed 25 per cent tariffs on "
        "U.S. whisky on Tuesday."
    )
    assert [e.initiator for e in correction.events] == ["US"]


def test_a_quote_closes_its_sentence_and_meeting_someone_halfway_is_no_meeting() -> None:
    from pipeline.extract.sentences import split_sentences

    text = 'Mr. Trump answered, "No." The 25 per cent U.S. tariffs on Canadian goods remain.'
    assert [text[a:b] for a, b in split_sentences(text)] == [
        'Mr. Trump answered, "No."',
        "The 25 per cent U.S. tariffs on Canadian goods remain.",
    ]
    halfway = run(
        "Trump imposed tariffs on Canada. Q: Commerce Secretary Howard Lutnick talked earlier "
        "this week about meeting Canada halfway."
    )
    assert "trade_talks" not in [e.type for e in halfway.events]


def test_talks_with_the_trump_administration_are_talks_not_a_leaders_contact() -> None:
    x = run(
        "In Ottawa, Prime Minister Mark Carney said Canada was in intense talks with the Trump "
        "administration and would consider further countermeasures on U.S. steel."
    )
    assert [(e.type, e.status) for e in x.events if e.type != "tariff"] == [
        ("trade_talks", "ongoing")
    ]


def test_a_challenge_under_the_dispute_settlement_chapter_is_filed_not_settled() -> None:
    x = run(
        '"Not every mill will survive," a sawmill owner said. Ottawa says it has filed a '
        "challenge to the new U.S. anti-dumping rate under the dispute-settlement chapter of the "
        "Canada-United States-Mexico Agreement."
    )
    assert [(e.type, e.status, e.initiator) for e in x.events if e.type == "trade_dispute"] == [
        ("trade_dispute", "filed", "CA")
    ]


# --- rules-1.20 ------------------------------------------------------------------------------


def test_signing_a_proclamation_announces_the_tariffs_it_places() -> None:
    x = run(
        "President Donald Trump on Wednesday signed a proclamation placing new tariffs on "
        "Canadian lumber."
    )
    assert [(e.type, e.status, e.initiator, e.target) for e in x.events] == [
        ("tariff", "announced", "US", "CA")
    ]


def test_a_rise_at_a_midnight_with_no_day_named_dates_from_the_story() -> None:
    published = datetime(2025, 8, 1, 16, 0, tzinfo=UTC)
    x = run(
        "The U.S. tariff on Canadian imports rose from 25 percent to 35 percent at 12:01 a.m., "
        "under an executive order President Donald Trump signed late Thursday.",
        published,
    )
    assert [(e.status, e.rate_pct, e.effective_date) for e in x.events] == [
        ("in_effect", 35, date(2025, 8, 1))
    ]


def test_a_plan_that_was_withdrawn_is_a_removal_dated_the_day_it_was_made() -> None:
    published = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)  # a Wednesday
    x = run(
        "U.S. metals tariffs are now in force. A separate plan, announced Tuesday, to double "
        "the rate on Canadian metal to 50 per cent was withdrawn the same afternoon.",
        published,
    )
    assert [(e.status, e.rate_pct, e.effective_date) for e in x.events][1:] == [
        ("removed", 50, date(2025, 3, 11))
    ]


def test_a_live_blog_time_stamp_does_not_date_the_measure_in_its_entry() -> None:
    published = datetime(2025, 10, 25, 15, 0, tzinfo=UTC)  # a Saturday
    x = run(
        "Saturday, 2:45 p.m. — For context, Canadian goods that don't qualify under CUSMA "
        "already face a 35% U.S. tariff.",
        published,
    )
    assert [(e.status, e.rate_pct, e.effective_date) for e in x.events] == [("in_effect", 35, None)]


def test_a_travellers_personal_exemption_exempts_no_goods() -> None:
    x = run(
        "Canada's 25 per cent counter-tariffs on $30 billion of American goods apply to "
        "purchases that travellers bring home above their personal exemption."
    )
    assert [(e.status, e.initiator, e.retaliatory) for e in x.events] == [("in_effect", "CA", True)]


def test_a_change_made_by_the_same_orders_shares_their_day() -> None:
    published = datetime(2025, 3, 7, 17, 0, tzinfo=UTC)  # a Friday
    x = run(
        "President Donald Trump signed orders exempting goods that comply with CUSMA from his "
        "25 per cent tariffs on Canadian imports, effective Friday. The same orders cut the "
        "duty on Canadian potash to 10 per cent from 25 per cent.",
        published,
    )
    assert [(e.status, e.rate_pct, e.products, e.effective_date) for e in x.events][-1] == (
        "reduced",
        10,
        ["potash"],
        date(2025, 3, 7),
    )


def test_both_sides_are_canada_and_the_us_only_where_both_are_named() -> None:
    china = run(
        "The United States and China agreed on Monday to reduce tariffs. The two sides will "
        "set up a mechanism to keep talking about trade, and further meetings could follow."
    )
    assert china.events == []
    canada = run(
        "Canada and the United States traded tariffs all spring. The two sides will set up a "
        "mechanism to keep talking about trade, and further meetings could follow."
    )
    assert ("trade_talks", "CA", "US") in [(e.type, e.initiator, e.target) for e in canada.events]


def test_he_opening_a_clause_after_and_is_the_person_who_opens_the_sentence() -> None:
    x = run(
        "Trump praised Carney as a world-class leader, and he gave no sign of lifting the "
        "50 per cent tariff on steel and aluminum."
    )
    assert [(e.status, e.initiator, e.target, e.retaliatory) for e in x.events] == [
        ("in_effect", "US", "CA", False)
    ]
    # the nearest person stays the reading when "he" does not open a joined clause
    said = run("Trump praised Carney, who said he would impose tariffs on U.S. steel.")
    assert [(e.initiator, e.target) for e in said.events] == [("CA", "US")]


def test_a_rate_that_has_its_goods_leaves_the_next_product_to_the_next_rate() -> None:
    published = datetime(2025, 3, 4, 10, 0, tzinfo=UTC)  # a Tuesday
    x = run(
        "At 12:01 a.m. Tuesday, a 25 per cent American tariff took hold on Canadian goods "
        "crossing into the United States, with Canadian energy charged a lower 10 per cent.",
        published,
    )
    assert [(e.rate_pct, e.products) for e in x.events] == [(25, ["all_goods"]), (10, ["energy"])]


def test_each_item_of_a_semicolon_list_of_rates_has_its_own_day_and_amount() -> None:
    published = datetime(2025, 4, 16, 12, 0, tzinfo=UTC)
    x = run(
        "Canada currently applies three sets of surtaxes on U.S.-origin goods: 25 per cent on "
        "$30 billion of consumer products, in force since March 4; 25 per cent on $29.8 "
        "billion of steel and aluminum, since March 13; and 25 per cent on U.S.-assembled "
        "vehicles, since April 9.",
        published,
    )
    assert [
        (e.products, e.value.amount if e.value else None, e.effective_date) for e in x.events
    ] == [
        (["consumer_goods"], 30e9, date(2025, 3, 4)),
        (["steel", "aluminum"], 29.8e9, date(2025, 3, 13)),
        (["autos"], None, date(2025, 4, 9)),
    ]


def test_another_25_per_cent_for_a_total_of_50_is_a_50_per_cent_tariff() -> None:
    x = run(
        "President Donald Trump says he has instructed his commerce secretary to add another "
        "25 per cent to the tariff on Canadian steel and aluminum, for a total of 50 per cent."
    )
    assert [(e.status, e.rate_pct, e.products) for e in x.events] == [
        ("announced", 50, ["steel", "aluminum"])
    ]


def test_a_plan_known_by_its_rate_that_is_off_withdraws_the_earlier_plan() -> None:
    x = run(
        "President Donald Trump said he would double the duty on Canadian steel and aluminum to "
        "50 per cent. Hours later, trade adviser Peter Navarro told reporters the 50 per cent "
        "plan is off."
    )
    assert [(e.status, e.rate_pct, e.products) for e in x.events] == [
        ("removed", 50, ["steel", "aluminum"])
    ]


def test_a_list_of_the_counter_measure_just_reported_is_a_counter_measure() -> None:
    published = datetime(2025, 2, 1, 23, 0, tzinfo=UTC)
    x = run(
        "Prime Minister Justin Trudeau has announced that Canada will respond with 25 per cent "
        "tariffs on $155 billion worth of American goods. The first list, covering $30 billion "
        "in products such as orange juice, peanut butter, wine, household appliances and "
        "clothing, takes effect Tuesday.",
        published,
    )
    first_list = [e for e in x.events if e.value and e.value.amount == 30e9]
    assert [(e.initiator, e.retaliatory) for e in first_list] == [("CA", True)]


def test_a_measure_that_follows_in_weeks_takes_no_day_from_its_sibling() -> None:
    published = datetime(2025, 2, 1, 23, 0, tzinfo=UTC)
    x = run(
        "Canada will impose 25 per cent tariffs on $30 billion of U.S. goods starting Tuesday. "
        "Tariffs on the remaining $125 billion of U.S. goods will follow in about three weeks, "
        "Trudeau said.",
        published,
    )
    assert [e.effective_date for e in x.events] == [date(2025, 2, 4), None]


def test_goods_after_a_second_on_are_a_measure_of_their_own() -> None:
    x = run(
        "Canada's 25 per cent counter-tariffs on U.S. steel and aluminum, and on U.S.-built "
        "vehicles that don't meet CUSMA rules, remain in force."
    )
    assert [(e.status, e.rate_pct, e.products) for e in x.events] == [
        ("in_effect", 25, ["steel", "aluminum"]),
        ("in_effect", 25, ["autos"]),
    ]
    # without the comma, "on heavy trucks and on the metal" is one list
    one = run("New U.S. duties on Canadian heavy trucks and on the metal it ships south bite.")
    assert len([e for e in one.events if e.type == "tariff"]) == 1


def test_a_reported_would_joined_by_and_would_not_is_still_reported_speech() -> None:
    published = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
    x = run(
        "On Sunday evening, Canada's Department of Finance said the government would rescind "
        "the 3 percent DST and would not collect the payments that had been due today.",
        published,
    )
    assert [(e.type, e.status, e.initiator) for e in x.events] == [
        ("nontariff_measure", "removed", "CA")
    ]


def test_a_payment_deadline_is_not_the_day_a_tax_takes_effect() -> None:
    published = datetime(2025, 6, 20, 12, 0, tzinfo=UTC)
    x = run(
        "Canada's 3 per cent digital services tax applies to revenue that large technology "
        "companies earn from Canadian users, and the first payments are due Monday, June 30.",
        published,
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("in_effect", None)]


def test_goods_that_continue_to_face_a_rate_take_no_day_from_the_change_beside_them() -> None:
    published = datetime(2025, 8, 1, 16, 0, tzinfo=UTC)
    x = run(
        "The U.S. tariff on Canadian imports rose from 25 percent to 35 percent at 12:01 a.m., "
        "under an order signed late Thursday. Canadian energy and potash will continue to face "
        "a 10 percent rate.",
        published,
    )
    assert [(e.rate_pct, e.effective_date) for e in x.events] == [
        (35, date(2025, 8, 1)),
        (10, None),
    ]


def _people(text: str) -> list[tuple[str, str]]:
    x = run(
        "Trump imposed 25 per cent tariffs on Canadian steel. Canada answered with 25 per cent "
        "counter-tariffs on U.S. goods. " + text
    )
    return [(p.name, p.country) for p in x.people]


def test_a_known_person_behind_a_title_is_not_read_again_from_the_appositive() -> None:
    people = _people(
        "Ontario Premier Doug Ford, who has been critical of the pace of talks, said he would "
        "wait for results."
    )
    assert ("Doug Ford", "CA") in people
    assert not [name for name, _ in people if name.startswith("Premier")]


def test_a_state_abbreviation_ending_the_description_places_the_person() -> None:
    people = _people(
        '"Half my regulars just stopped coming," said Dale Hutchins, who runs a parcel-pickup '
        'depot in Sumas, Wash. "I\'ve got shelves of packages nobody has collected."'
    )
    assert ("Dale Hutchins", "US") in people


def test_the_contacts_of_a_client_alert_are_people() -> None:
    people = _people(
        "For questions, contact partners Priya Eastbrook or Daniel Okafor in our Washington "
        "office. Questions may also be directed to Marguerite Lalonde, director of trade "
        "policy, or Owen Tremblay-Kaur, manager of member services."
    )
    names = [name for name, _ in people]
    for name in ("Priya Eastbrook", "Daniel Okafor", "Owen Tremblay-Kaur"):
        assert name in names


def test_an_organisation_or_a_law_described_by_an_appositive_is_no_person() -> None:
    people = _people(
        "Trump invoked the International Emergency Economic Powers Act, a 1977 law that lets a "
        'president regulate imports, said Jane Whitmore, a trade lawyer in Ottawa. "We are '
        'worried," said the Western Feedlot Council, which represents ranchers in Alberta.'
    )
    assert [name for name, _ in people if "Act" in name or "Council" in name] == []


def test_people_introduced_by_a_role_in_lower_case_or_a_transcripts_tags() -> None:
    people = _people(
        '"The motorcades were the biggest event of the week," said coffee shop owner Brent '
        "Halvorsen. This week, hosts Leah Okafor and Sam Brandt unpack the news.\n\n"
        "[ANCHOR, DIANE OKAFOR] Good evening.\n\n[ANCHOR, ON CAMERA] The tariffs are here.\n\n"
        "MAYA LINDQVIST (ANCHOR): Good evening.\n\n"
        '"We are not against standing up to Washington," said the association\'s lawyer, '
        "Helene Marchand."
    )
    names = [name for name, _ in people]
    for name in (
        "Brent Halvorsen",
        "Leah Okafor",
        "Sam Brandt",
        "Diane Okafor",
        "Maya Lindqvist",
        "Helene Marchand",
    ):
        assert name in names
    assert "On Camera" not in names


def test_a_datelines_place_is_no_office_of_the_title_after_it() -> None:
    published = datetime(2025, 6, 17, 20, 0, tzinfo=UTC)
    x = run(
        "KANANASKIS, Alta. - Prime Minister Mark Carney and U.S. President Donald Trump met on "
        'Monday and agreed to talk. "The motorcades were the biggest event," said coffee shop '
        "owner Brent Halvorsen.",
        published,
    )
    assert ("Brent Halvorsen", "CA") in [(p.name, p.country) for p in x.people]


def test_a_sentence_opening_at_midnight_dates_the_measure_from_the_story() -> None:
    published = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
    x = run(
        "At 12:01 a.m., American customs officers began collecting a 25 per cent tariff on most "
        "goods imported from Canada.",
        published,
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("in_effect", date(2025, 3, 4))]


@pytest.mark.parametrize(
    "text",
    [
        '"Nobody wins a tariff war between neighbours," said Denise Archambault, who runs a '
        "family-owned food processor in Drummondville, Que.",
        "Premier Danielle Smith is in Washington next Tuesday to meet U.S. Energy Secretary Chris "
        "Wright on pipeline capacity and the tariff treatment of Canadian crude.",
    ],
)
def test_tariff_modifying_another_noun_is_no_measure(text: str) -> None:
    lead = "Washington imposed 25 per cent tariffs on Canadian steel on March 12. "
    assert [e.products for e in run(lead + text).events if e.type == "tariff"] == [["steel"]]


def test_tariffs_in_general_are_no_measure() -> None:
    x = run(
        "Ontario aired an ad that used the words of former President Ronald Reagan to criticize "
        "tariffs. On Saturday, Mr. Trump announced an additional 10 percent tariff on Canadian "
        "goods in response to the ad. The spot drew on a 1987 radio address in which Reagan "
        "warned that tariffs invite retaliation and trade wars."
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("announced", 10)]


def test_a_reported_removal_in_the_passive_is_no_hedge() -> None:
    published = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
    x = run(
        "Canada will rescind its digital services tax. Finance Minister François-Philippe "
        "Champagne said collections scheduled for Monday would be halted and that legislation to "
        "repeal the Digital Services Tax Act would follow.",
        published,
    )
    assert [(e.type, e.status) for e in x.events] == [("nontariff_measure", "removed")]


def test_the_combined_rate_of_anti_dumping_and_countervailing_duties_is_their_rate() -> None:
    published = datetime(2025, 10, 15, 12, 0, tzinfo=UTC)
    x = run(
        "Washington put a 10 per cent Section 232 tariff on Canadian softwood lumber on Tuesday. "
        "For Canadian softwood lumber, the new tariff is in addition to the antidumping and "
        "countervailing duties already in force, which currently total 35.19 percent for most "
        "Canadian producers.",
        published,
    )
    assert [(e.rate_pct, e.products, e.effective_date) for e in x.events] == [
        (10, ["lumber"], date(2025, 10, 14)),
        (35.19, ["lumber"], None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Government continues to work with the United States on tariffs on Canadian steel.",
        "He said Dominic LeBlanc would keep working with Commerce Secretary Howard Lutnick in "
        "the coming weeks.",
        "Minister Dominic LeBlanc remains in contact with his American counterparts.",
    ],
)
def test_working_with_the_other_side_is_ongoing_talks(text: str) -> None:
    x = run("Canada and the United States are at odds over tariffs. " + text)
    assert [(e.type, e.status) for e in x.events if e.type != "tariff"] == [
        ("trade_talks", "ongoing")
    ]


def test_panel_rulings_of_different_years_are_two_rulings() -> None:
    x = run(
        "The United States challenged Canada's dairy quotas under CUSMA. A dispute panel ruled "
        "in 2021 that Canada's quota system broke the agreement. A second panel ruled in 2023 "
        "that Canada's revised system did not break it."
    )
    assert [(e.type, e.status) for e in x.events if e.type == "trade_dispute"] == [
        ("trade_dispute", "ruled"),
        ("trade_dispute", "ruled"),
    ]


def test_a_companion_duty_is_a_duty() -> None:
    x = run(
        "President Donald Trump ordered a 25 per cent tariff on imported cars starting April 3, "
        "hitting Canadian plants. A companion duty of 25 per cent on auto parts is scheduled "
        "to start on May 3."
    )
    assert [(e.products, e.effective_date) for e in x.events] == [
        (["autos"], date(2025, 4, 3)),
        (["auto_parts"], date(2025, 5, 3)),
    ]


def test_a_countrys_duty_in_the_singular_is_that_countrys() -> None:
    x = run(
        "Natalie Fortin of the Canadian Steelmakers' Council told MPs that the 50 per cent U.S. "
        "duty on steel, in force since June, has cut shipments from some Canadian mills."
    )
    assert [(e.initiator, e.target, e.retaliatory) for e in x.events] == [("US", "CA", False)]


def test_the_country_charged_a_rate_is_the_target() -> None:
    x = run(
        "In the letter, Trump told Prime Minister Mark Carney that the United States will charge "
        "Canada a 35% tariff starting Aug. 1 on Canadian goods outside the trade agreement."
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [("US", "CA", 35)]
    # "give the White House a reason" charges no one
    y = run(
        "Canada kept its counter-tariffs on U.S. steel. Retaliation would only give the White "
        "House a reason to raise the rate again."
    )
    assert ("CA", "threatened") not in [(e.initiator, e.status) for e in y.events]


def test_wiping_out_exemptions_negotiated_in_the_past_announces_the_tariff() -> None:
    x = run(
        "President Donald Trump signed proclamations on Monday that restore a 25 per cent tariff "
        "on all steel imports, wiping out the exemptions Canada and other countries had "
        "negotiated."
    )
    assert [(e.type, e.status) for e in x.events] == [("tariff", "announced")]


def test_a_country_left_off_the_list_is_exempted() -> None:
    x = run(
        "Canada braced for tariffs. The only good news came Wednesday afternoon, when President "
        "Donald Trump unveiled his sweeping reciprocal tariffs on dozens of countries and left "
        "Canada off the list."
    )
    assert [(e.status, e.initiator, e.target) for e in x.events] == [("exempted", "US", "CA")]


def test_talks_with_a_trade_bloc_are_no_canada_us_talks() -> None:
    x = run(
        "Canada and Indonesia signed a trade pact, as Ottawa courts markets beyond the United "
        "States. Ottawa is also pursuing talks with the Association of Southeast Asian Nations "
        "as a bloc and with the Mercosur countries of South America."
    )
    assert [e.type for e in x.events if e.type == "trade_talks"] == []


def test_a_trip_made_for_a_dinner_is_a_contact_held_and_the_goods_hit_own_no_measure() -> None:
    published = datetime(2025, 1, 10, 12, 0, tzinfo=UTC)
    x = run(
        "Prime Minister Justin Trudeau, who flew to Mar-a-Lago for dinner with Trump on Nov. 29, "
        "has said federal officials are preparing a list of American goods that could be hit "
        "with counter-tariffs if Washington follows through.",
        published,
    )
    assert sorted((e.type, e.status, e.initiator) for e in x.events) == [
        ("leader_contact", "held", "CA"),
        ("tariff", "threatened", "CA"),
    ]


def test_neither_side_announcing_a_deal_is_no_deal_and_a_total_of_about_is_no_rate() -> None:
    x = run(
        "Carney met Trump at the White House. Neither side announced a deal, but Carney said "
        "the two leaders had directed their ministers to work quickly on steel."
    )
    assert "trade_agreement" not in [e.type for e in x.events]
    y = run(
        "Washington will add a 10 per cent tariff on Canadian softwood lumber on Oct. 14. Once "
        "the Oct. 14 tariff kicks in, most Canadian softwood shipped south will face a total of "
        "about 45 per cent."
    )
    assert [e.rate_pct for e in y.events] == [10]


def test_goods_shielded_from_a_tariff_are_exempted() -> None:
    x = run(
        "Canadian-made drugs have been shielded from the 35 percent US tariff on Canadian goods "
        "because they qualify under CUSMA, said Navdeep Grewal."
    )
    assert [(e.status, e.rate_pct, e.products) for e in x.events] == [
        ("exempted", 35, ["pharmaceuticals"])
    ]


def test_a_rate_written_with_a_percent_sign_names_the_measure() -> None:
    published = datetime(2025, 3, 5, 12, 0, tzinfo=UTC)
    x = run(
        "US tariffs of 25% on Canadian goods took effect on Tuesday. Canadian energy faces a "
        "lower 10% rate, also since Tuesday.",
        published,
    )
    assert [(e.rate_pct, e.products, e.effective_date) for e in x.events] == [
        (25, ["all_goods"], date(2025, 3, 4)),
        (10, ["energy"], date(2025, 3, 4)),
    ]


def test_separate_tariffs_at_the_same_rate_are_another_measure() -> None:
    published = datetime(2025, 3, 5, 12, 0, tzinfo=UTC)
    x = run(
        "US tariffs of 25% on Canadian goods took effect on Tuesday. Separate 25% tariffs on all "
        "steel and aluminum imports, including those from Canada, are due on March 12.",
        published,
    )
    assert [(e.status, e.products, e.effective_date) for e in x.events] == [
        ("in_effect", ["all_goods"], date(2025, 3, 4)),
        ("announced", ["steel", "aluminum"], date(2025, 3, 12)),
    ]


def test_a_remembered_year_dates_history_and_a_second_subject_starts_a_clause() -> None:
    x = run(
        "Trump restored the 25 per cent tariff on all steel imports. Workers at the city's mill "
        "still remember 2018, when Washington imposed the same 25 per cent duty on Canadian "
        "steel on national-security grounds and Canada hit back with its own tariffs on "
        "American steel, whisky and ketchup."
    )
    past = [(e.initiator, e.rate_pct, e.products) for e in x.events if e.historical]
    assert past == [
        ("US", 25, ["steel"]),
        ("CA", None, ["steel", "alcohol", "agriculture"]),
    ]


def test_a_rate_under_the_same_order_shares_its_day() -> None:
    published = datetime(2025, 2, 2, 12, 0, tzinfo=UTC)
    x = run(
        "President Donald Trump signed an order on Saturday imposing a 25% tariff on Canadian "
        "goods from Tuesday. Canadian energy gets a lower 10% rate under the same order.",
        published,
    )
    assert [(e.status, e.rate_pct, e.effective_date) for e in x.events] == [
        ("announced", 25, date(2025, 2, 4)),
        ("announced", 10, date(2025, 2, 4)),
    ]


def test_a_pause_for_the_same_period_starts_with_the_pause_just_reported() -> None:
    published = datetime(2025, 2, 4, 12, 0, tzinfo=UTC)
    x = run(
        "President Donald Trump agreed yesterday afternoon to pause his 25 per cent tariff on "
        "Canadian goods for 30 days. The lower 10 per cent duty on Canadian energy is on hold "
        "for the same period.",
        published,
    )
    assert [(e.status, e.rate_pct, e.effective_date) for e in x.events] == [
        ("paused", 25, date(2025, 2, 3)),
        ("paused", 10, date(2025, 2, 3)),
    ]


def test_a_judgement_on_a_measure_and_a_sum_of_duties_are_no_events() -> None:
    x = run("Trump threatened Canada with tariffs on steel. A 35 per cent levy would hurt.")
    assert [e.rate_pct for e in x.events] == [None]
    y = run(
        "Washington added a 10 per cent tariff on Canadian lumber. For Canadian mills, the new "
        "levy comes on top of the duties they already pay, for a combined rate of about 45 per "
        "cent."
    )
    assert [e.rate_pct for e in y.events] == [10]
    # ... but anti-dumping and countervailing duties are quoted at their combined rate
    z = run(
        "It sits on top of the anti-dumping and countervailing duties Washington already "
        "charges on Canadian softwood, which climbed this summer to a combined rate of about "
        "35 per cent."
    )
    assert [e.rate_pct for e in z.events] == [35]


def test_a_ruling_still_pending_is_no_ruling() -> None:
    x = run(
        "The 35 per cent U.S. emergency tariff on Canadian goods outside CUSMA remains in force "
        "pending the Supreme Court's decision."
    )
    assert [e.type for e in x.events] == ["tariff"]


def test_people_described_by_whose_by_a_witness_title_and_by_a_notes_sign_off() -> None:
    x = run(
        "TORONTO - Washington imposed 25 per cent tariffs on Canadian steel. Canada answered "
        "with 25 per cent counter-tariffs on U.S. goods. Lena Hofstetter, whose West Kelowna "
        "shop builds kitchen cabinets, said she was worried. The auto sector's witness, Graham "
        "Oyelaran of the Automotive Parts Suppliers Council, raised a newer worry.\n\n"
        "Jordan Mbeki, Senior Economist"
    )
    names = [p.name for p in x.people]
    for name in ("Lena Hofstetter", "Graham Oyelaran", "Jordan Mbeki"):
        assert name in names


def test_a_measure_that_will_not_go_ahead_as_planned_until_a_date_is_paused() -> None:
    x = run(
        "Canadian Finance Minister Dominic LeBlanc said the second round of Canadian "
        "counter-tariffs, on about $125 billion of American products, would not go ahead as "
        "planned and is on hold until April 2."
    )
    assert [(e.status, e.initiator) for e in x.events] == [("paused", "CA")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Ottawa already gave up the digital services tax last month, and I would like to "
            "know what we got for it.",
            "removed",
        ),
        ("Ontario's ban on U.S. alcohol should stay until every tariff is gone.", "in_effect"),
        (
            "Ottawa will keep its 25 per cent counter-tariffs on U.S. steel while talks on those "
            "sectors continue, Carney said.",
            "in_effect",
        ),
        (
            "Canadian goods that do not qualify under CUSMA now face a 35 per cent U.S. tariff, "
            "a rate President Donald Trump set in the summer after months of threats.",
            "in_effect",
        ),
    ],
)
def test_statuses_of_measures_given_up_kept_and_standing(text: str, status: str) -> None:
    x = run(text)
    assert [e.status for e in x.events if e.type != "trade_talks"] == [status]


def test_a_province_is_no_party_to_the_pact() -> None:
    x = run(
        "WINDSOR — For Ontario's auto parts makers, the formal start of the CUSMA joint review "
        "on Wednesday was less a milestone than a reminder of how much is still unsettled.\n\n"
        "The 25 per cent US tariff on imported vehicles, in place since April 2025, still "
        "applies to Canadian-assembled cars and trucks."
    )
    assert [(e.status, e.initiator, e.target) for e in x.events if e.type == "trade_agreement"] == [
        ("under_review", "CA", "US")
    ]


def test_negotiations_that_led_to_a_deal_and_negotiation_in_general_are_no_talks() -> None:
    x = run(
        "After more than a year of stop-and-start negotiations, Ottawa and Washington have "
        "reached an agreement on steel, aluminum and energy."
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "reached")]
    y = run(
        "Canada and the United States reached a deal on steel. Prime Minister Mark Carney said "
        "the agreement showed that patient, serious negotiation works."
    )
    assert "trade_talks" not in [e.type for e in y.events]


@pytest.mark.parametrize(
    "text",
    [
        "Ford had imposed the charge on Monday on power sold to Michigan, New York and "
        "Minnesota, calling it retaliation for US tariffs.",
        "Premier Tim Houston's government pulled American alcohol from provincial store "
        "shelves on March 4, the day Washington's tariffs landed.",
    ],
)
def test_a_measure_named_as_a_reason_or_a_clock_is_no_measure_of_its_own(text: str) -> None:
    assert [e for e in run(text).events if e.type == "tariff"] == []


def test_the_incoming_administration_is_the_us_side_of_talks() -> None:
    x = run(
        "Finance Minister Dominic LeBlanc will meet members of the incoming administration in "
        "Florida next week to discuss the tariff threat."
    )
    assert [(e.type, e.status, e.initiator, e.target) for e in x.events] == [
        ("trade_talks", "planned", "CA", "US")
    ]


def test_advice_is_no_measure_and_a_meeting_someone_must_attend_is_planned() -> None:
    x = run(
        "Canada and the U.S. are in a trade war. A steel distributor from Hamilton said Canada "
        "should stop buying U.S. steel altogether."
    )
    assert [e.type for e in x.events if e.type == "nontariff_measure"] == []
    y = run(
        "Mr. Ford must meet the American Secretary of Commerce, Howard Lutnick, this Thursday in "
        "Washington to discuss the tariffs."
    )
    assert [(e.type, e.status) for e in y.events] == [("trade_talks", "planned")]


def test_a_dateline_after_a_byline_places_the_story_and_london_ont_is_in_canada() -> None:
    x = run(
        "By Genevieve Bouchard\n\nOTTAWA — Washington put 25 per cent tariffs on Canadian "
        'steel. Canada answered with counter-tariffs on U.S. steel. "Empty backhauls are the '
        'story," said Monique Valcourt, a dispatcher for a carrier in London, Ont.'
    )
    people = [(p.name, p.country) for p in x.people]
    assert ("Genevieve Bouchard", "CA") in people
    assert ("Monique Valcourt", "CA") in people


def test_people_in_descriptions_that_end_where_the_sentence_goes_on() -> None:
    x = run(
        "By Kirsten Oickle\n\nEAST PUBNICO, N.S. — Washington put 25 per cent tariffs on "
        "Canadian goods. Wade Rafuse, who has fished lobster out of this harbour for 31 years, "
        "was hosing down his deck and talking about Boston. Farah Siddiqui, sales director for "
        "an Ontario maker of aluminum extrusions, said she was worried. Marisol Pereira, a crane "
        "operator with 19 years on the floor, finishes her coffee.\n\nAnswers by Ruth Abernathy"
    )
    people = [(p.name, p.country) for p in x.people]
    for name in ("Wade Rafuse", "Farah Siddiqui", "Marisol Pereira", "Ruth Abernathy"):
        assert (name, "CA") in people
    cabinets = run(
        "Washington put 25 per cent tariffs on Canadian cabinets. Cabinet makers in the Fraser "
        "Valley, who ship most of their output to Washington State, said they were worried."
    )
    assert [p.name for p in cabinets.people if "Valley" in p.name] == []


def test_a_name_ending_in_to_does_not_hide_the_verb_after_it() -> None:
    x = run(
        "Key dates.\n\nNov. 30, 2018: Prime Minister Justin Trudeau, Trump and Mexico's Enrique "
        "Peña Nieto sign the agreement known in Canada as CUSMA."
    )
    assert [(e.type, e.status, e.initiator, e.target) for e in x.events] == [
        ("trade_agreement", "signed", "CA", "US")
    ]


# --- rules-1.21: the hr writer's styles (transcripts, letters pages, columns, podcasts) ---


def _names(text: str) -> list[str]:
    return [name for name, _ in _people(text)]


def test_a_transcript_tag_with_the_name_first_and_a_place_or_firm_in_brackets() -> None:
    names = _names(
        "\n\nDANA WHITFIELD (ANCHOR): And in Washington? Keisha Lundgren.\n\n"
        "KEISHA LUNDGREN (WASHINGTON): The president is not backing down.\n\n"
        "FARAH DEMIR (KESTREL CAPITAL): If the tariffs stay, it is bad."
    )
    assert "Keisha Lundgren" in names
    assert "Kestrel Capital" not in names


def test_a_byline_after_a_section_name_and_a_letter_signed_with_its_town() -> None:
    names = _names(
        "\n\nTHE LUMBER DESK | By Owen Drummond\n\nIt was bad.\n\nAnnika Lowe, Dartmouth\n\n"
        "Keep them off\n\nI agree with the boycott.\n\nPrince Edward Island, Canada\n"
    )
    assert "Owen Drummond" in names
    assert "Annika Lowe" in names
    assert "Prince Edward Island" not in names


def test_a_sentence_that_opens_with_a_given_name_and_a_surname() -> None:
    names = _names(
        "\n\nWINNIPEG - Graham Thibodeau keeps the pen. Sunita Gill of Surrey used to drive "
        "south. Rose Garden remarks were made. Jordan Valley is quiet."
    )
    assert "Graham Thibodeau" in names
    assert "Sunita Gill" in names
    assert not [n for n in names if n.startswith(("Rose", "Jordan"))]


def test_hosts_the_opposition_leader_and_a_contact_named_after_an_imperative() -> None:
    names = _names(
        "This week hosts Priyanka Sethi and Callum Rourke talk with a trade lawyer. The Leader "
        "of the Official Opposition, John Rustad, asked what the government would do. "
        "Questions? Contact Rosalind Mercer, Director of Trade Compliance, or your broker."
    )
    for name in ("Priyanka Sethi", "Callum Rourke", "John Rustad", "Rosalind Mercer"):
        assert name in names


def test_dates_of_irregular_past_verbs_holidays_the_start_of_the_month_and_as_of() -> None:
    pub = datetime(2025, 10, 15, 9, 0)  # a Wednesday
    x = run(
        "Canada's mills are worried. As of Tuesday, softwood lumber and timber imported into "
        "the United States pay a 10 per cent duty under Section 232. On New Year's Day, the "
        "rate on cabinets and vanities is scheduled to rise to 50 per cent. Ottawa removed its "
        "counter-tariffs on American goods that qualify under CUSMA at the start of the month.",
        pub,
    )
    assert [(e.status, e.rate_pct, str(e.effective_date)) for e in x.events] == [
        ("in_effect", 10.0, "2025-10-14"),
        ("announced", 50.0, "2026-01-01"),
        ("removed", None, "2025-10-01"),
    ]
    ahead = run(
        "Trump says the tariff on Canadian steel and aluminum goes to 50 per cent as of "
        "Wednesday morning. As of Thursday, Canadian lumber will pay a 10 per cent U.S. duty.",
        datetime(2025, 3, 11, 9, 0),  # a Tuesday
    )
    assert [str(e.effective_date) for e in ahead.events] == ["2025-03-12", "2025-03-13"]
    rose = run(
        "Canada's steel makers are worried. The US tariff on steel and aluminum from every "
        "country except Britain rose to 50 per cent at 12:01 a.m. Wednesday.",
        datetime(2025, 6, 5, 9, 0),  # a Thursday
    )
    assert [str(e.effective_date) for e in rose.events] == ["2025-06-04"]


def test_a_measure_stated_in_force_before_any_hedge_stands() -> None:
    x = run(
        "Premier David Eby replied that the 25 per cent US tariffs on Canadian steel and "
        "aluminum, in force since March 12, would hurt American buyers as much as B.C. "
        "producers."
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("in_effect", 25.0)]
    threat = run(
        "Trump told Carney that the United States would charge a 35 percent tariff on Canadian "
        "goods starting August 1, up from the 25 percent rate in place since March, unless the "
        "two countries strike a deal first."
    )
    assert ("threatened", 35.0) in [(e.status, e.rate_pct) for e in threat.events]


def test_asking_for_a_panel_files_a_dispute_and_speculation_is_no_measure() -> None:
    x = run(
        "Canada's mills face U.S. anti-dumping duties. Ottawa has asked for a CUSMA panel to "
        "review the anti-dumping rate, a process that typically takes more than a year."
    )
    assert ("trade_dispute", "filed", "CA", "US") in [
        (e.type, e.status, e.initiator, e.target) for e in x.events
    ]
    guess = run(
        "Canada and the U.S. are at odds over metal. Traders have been pricing in the chance "
        "that Ottawa and Washington agree on a quota system that would let a set volume of "
        "Canadian metal in at a lower rate."
    )
    assert guess.events == []


def test_a_correction_notice_and_measures_outside_a_court_case() -> None:
    x = run(
        "Washington's tariffs on Canadian trucks took effect Saturday. In fact, buses face a "
        "10 per cent tariff, and the story has been updated."
    )
    assert [e.rate_pct for e in x.events] == [None]
    case = run(
        "Canada awaits the U.S. Supreme Court ruling on Trump's tariffs. Whatever the court "
        "decides, the 50% tariff on steel and aluminum and the 25% tariff on imported vehicles "
        "rest on national-security law and are not part of the case."
    )
    assert [(e.status, e.rate_pct) for e in case.events if e.type == "tariff"] == [
        ("in_effect", 50.0),
        ("in_effect", 25.0),
    ]


def test_talks_between_the_two_countries_or_both_capitals_and_concluded_negotiations() -> None:
    x = run(
        "Canada and the U.S. are at odds over trade. Formal trade talks between the two "
        "countries have been suspended since Trump broke them off on Oct. 23. Officials in "
        "both capitals have confirmed that talks on the idea are continuing."
    )
    assert [(e.type, e.status, e.initiator, e.target) for e in x.events] == [
        ("trade_talks", "suspended", "CA", "US"),
        ("trade_talks", "ongoing", "CA", "US"),
    ]
    treaty = run(
        "Canada and the United States on Thursday signed a revised chapter of the Pacific "
        "Salmon Treaty, ending nearly two years of negotiations that officials on both sides "
        "described as unusually difficult."
    )
    assert [e.type for e in treaty.events if e.type == "trade_talks"] == []


def test_demands_party_proposals_and_steps_not_considered_are_no_measures() -> None:
    for sentence in (
        "The union wants the federal government to raise Canada's own counter-tariffs on "
        "American steel to 50 per cent.",
        "The party's proposal, presented at a news conference on Parliament Hill, would put a "
        "25 per cent export charge on nickel, potash and electricity sold to American buyers.",
        "A spokesperson for the finance minister said the government is not considering export "
        "taxes on goods sold to the U.S.",
    ):
        x = run("Canada and the U.S. are at odds over trade. " + sentence)
        assert x.events == [], sentence


def test_a_timeline_entry_dates_a_rate_change_and_a_pause_last_week_has_no_day() -> None:
    x = run(
        "Key dates in the Canada-U.S. steel fight:\n\nJune 4, 2025: The American rate on "
        "Canadian steel doubles to 50 per cent.",
        datetime(2025, 8, 5, 9, 0),
    )
    assert [(e.status, e.rate_pct, str(e.effective_date)) for e in x.events] == [
        ("in_effect", 50.0, "2025-06-04")
    ]
    pause = run(
        "U.S. tariffs on Canada took effect last week. Over in Ottawa, the federal government "
        "late last week put its second round of counter-tariffs, on $125 billion of American "
        "goods, on hold until at least April 2."
    )
    assert [(e.status, e.effective_date) for e in pause.events if e.initiator == "CA"] == [
        ("paused", None)
    ]


def test_vehicle_parts_named_as_their_parts() -> None:
    x = run(
        "Since 12:01 a.m. Saturday, medium- and heavy-duty trucks imported into the United "
        "States from Canada pay a 25 per cent tariff, as do their parts."
    )
    assert [sorted(e.products) for e in x.events] == [["auto_parts", "autos"]]


def test_meeting_in_the_middle_a_need_to_talk_and_a_show_s_hosts_are_no_talks() -> None:
    story = (
        "Washington imposed 25 per cent tariffs on Canadian steel. Canada answered with "
        "counter-tariffs on U.S. goods. "
    )
    for sentence in (
        "But Commerce Secretary Howard Lutnick told a business network that the president may "
        "meet Canada and Mexico somewhere in the middle.",
        "Prime Minister Mark Carney, campaigning in southwestern Ontario, said the measures "
        "protect Canadian jobs, and that a new government would need to sit down with "
        "Washington quickly after the vote.",
        "This week hosts Priyanka Sethi and Callum Rourke talk with Washington trade lawyer "
        "Dolores Whitcombe about the two dates that matter most for Canadian exporters: the "
        "day the Supreme Court rules, and July 1.",
    ):
        x = run(story + sentence)
        assert [e.type for e in x.events if e.type == "trade_talks"] == [], sentence


def test_a_threat_to_raise_the_rate_if_the_other_side_retaliates() -> None:
    for sentence in (
        "The order also says the United States may raise the rates further if Canada retaliates.",
        "This morning he warned online that if Canada answers with tariffs of its own, the "
        "American tariff will go up by a like amount.",
    ):
        x = run("Trump imposed 25 per cent tariffs on Canadian goods. " + sentence)
        assert ("threatened", "US", "CA", True) in [
            (e.status, e.initiator, e.target, e.retaliatory) for e in x.events
        ], sentence


def test_one_shareholder_a_role_with_its_country_first_and_guests_thanked() -> None:
    names = _names(
        "One shareholder, Arun Bhattacharjee, asked whether the company would keep it. Marty "
        "Warren, Canadian national director of the United Steelworkers, said no. HOST: We'll "
        "leave it there. Kevin Marchand, Sarah Lindqvist, thank you both."
    )
    for name in ("Arun Bhattacharjee", "Marty Warren", "Kevin Marchand", "Sarah Lindqvist"):
        assert name in names


def test_a_joint_review_on_the_calendar_is_under_review() -> None:
    for sentence in (
        "The joint review of CUSMA is due to begin next summer, officials in Ottawa and "
        "Washington said.",
        "His real focus is CUSMA's first joint review, due by July 1, 2026, which "
        "could extend the pact for 16 years.",
        "Officials are preparing for the joint review of CUSMA, which the three countries "
        "are required to complete by July 1.",
        "The formal joint review of CUSMA begins July 1, and Canada will go into it wanting "
        "the agreement extended.",
    ):
        x = run(sentence, datetime(2026, 1, 15, 9, 0))
        assert [(e.type, e.status, e.initiator, e.target) for e in x.events] == [
            ("trade_agreement", "under_review", "CA", "US")
        ], sentence


def test_a_carve_out_after_a_semicolon_is_its_own_exemption() -> None:
    x = run(
        "Canada's counter-tariffs are unchanged. The 35% US tariff on Canadian goods that do "
        "not qualify under CUSMA, in force since August 1, is also unchanged; qualifying goods "
        "remain exempt.",
        datetime(2025, 8, 25, 9, 0),
    )
    got = [(e.initiator, e.status, e.rate_pct, e.effective_date) for e in x.events]
    assert ("US", "in_effect", 35.0, date(2025, 8, 1)) in got
    assert ("US", "exempted", None, None) in got


def test_a_measure_called_a_retaliation_is_not_a_second_measure() -> None:
    x = run(
        "President Donald Trump said on Tuesday that he would impose a 25 per cent tariff on "
        "Canadian cheese, butter and milk powder if Canada did not open its dairy market, "
        "calling it retaliation for years of unfair treatment."
    )
    assert [(e.initiator, e.target, e.status) for e in x.events] == [("US", "CA", "threatened")]


def test_a_role_word_before_a_titled_leader_does_not_make_a_second_person() -> None:
    people = _people(
        "Carney will host President Donald Trump and other G7 leaders at Kananaskis, Alta."
    )
    assert [p for p in people if p[0].endswith("Trump")] == [("Donald Trump", "US")]


def test_border_towns_and_valleys_place_private_persons() -> None:
    people = _people(
        "Colleen MacAskill, who runs a small cidery in the Annapolis Valley, said sales are up. "
        "Kyle Renaud, a customs broker in Fort Erie, said his phone had not stopped ringing."
    )
    assert ("Colleen MacAskill", "CA") in people
    assert ("Kyle Renaud", "CA") in people


def test_talks_that_remain_suspended() -> None:
    x = run(
        "Canada and the U.S. are in a trade war over steel tariffs. The case comes as talks "
        "between Ottawa and Washington on a metals arrangement remain suspended."
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_talks", "suspended")]


def test_a_chance_of_a_further_levy_is_a_threat() -> None:
    x = run(
        "Canadian mills already pay U.S. duties. A trader in Vancouver said the market was "
        'pricing "a real chance" of a further 10 per cent levy on lumber from all countries by '
        "autumn."
    )
    assert ("threatened", 10.0) in [(e.status, e.rate_pct) for e in x.events]


def test_a_threat_no_longer_under_consideration_is_removed() -> None:
    x = run(
        "Trump raised tariffs on Canada last year. The extra 10 per cent tariff Trump "
        "announced in October over an Ontario advertising campaign was never implemented, and "
        "U.S. officials said this month that it is no longer under consideration."
    )
    assert ("removed", 10.0) in [(e.status, e.rate_pct) for e in x.events]


def test_asking_for_dispute_consultations_files_a_dispute() -> None:
    x = run(
        "Canada's digital services tax angered Washington. The Biden administration asked for "
        "dispute-settlement consultations under CUSMA in August 2024, a step that did not "
        "lead to a panel."
    )
    assert ("trade_dispute", "filed", "US", "CA") in [
        (e.type, e.status, e.initiator, e.target) for e in x.events
    ]


def test_american_alcohol_staying_on_the_shelves_for_now_pauses_the_store_ban() -> None:
    x = run(
        "Trump paused his tariffs on Canada for 30 days. Here in Ontario, Premier Doug Ford "
        "says American beer and wine will stay on LCBO shelves for now."
    )
    assert ("nontariff_measure", "paused", "CA-ON", ["alcohol"]) in [
        (e.type, e.status, e.initiator, e.products) for e in x.events
    ]


def test_council_minutes_list_people_after_a_plural_title_or_an_office_of() -> None:
    names = _names(
        "\n\nPresent: Mayor Helen Vandermeer; Councillors Sunita Rao, Paul Gagné, Marcy Doyle "
        "and Tom Whelan. Regrets: none.\n\nBrent Hollis, speaking for eleven local parts "
        "makers, told council that orders fell.\n\nDirector of Economic Development Lina "
        "Haddad presented the report."
    )
    for name in (
        "Sunita Rao",
        "Paul Gagné",
        "Marcy Doyle",
        "Tom Whelan",
        "Brent Hollis",
        "Lina Haddad",
    ):
        assert name in names
    assert not [n for n in names if n.startswith(("Economic", "Development"))]


def test_a_company_named_by_its_trade_and_family_members_by_relation() -> None:
    names = _names(
        "Norvell Therapeutics, a Mississauga generic maker with a plant in New Jersey, said it "
        'would wait. "Dairy is always on the list," said Beaulieu, 41, who runs the farm with '
        "his wife, Geneviève Tremblay, and his father, Réjean Beaulieu."
    )
    assert "Norvell Therapeutics" not in names
    assert "Geneviève Tremblay" in names and "Réjean Beaulieu" in names


def test_a_timeline_entry_dates_a_rate_doubled_with_its_object_named() -> None:
    x = run(
        "Key dates in the steel fight:\n\nJune 4, 2025: Washington doubles the tariff on "
        "Canadian steel to 50 per cent.",
        datetime(2025, 8, 5, 9, 0),
    )
    assert [(e.status, e.rate_pct, e.effective_date) for e in x.events] == [
        ("in_effect", 50.0, date(2025, 6, 4))
    ]


def test_a_timeline_entry_without_its_year_is_the_last_such_day() -> None:
    x = run(
        "Key dates:\n\nMarch 4 - U.S. tariffs of 25 per cent on Canadian goods take effect.",
        datetime(2026, 1, 19, 9, 0),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("in_effect", date(2025, 3, 4))]


def test_the_joint_review_is_dated_the_day_it_opens() -> None:
    for sentence, pub in (
        ("Now the joint review of CUSMA, which begins on July 1, is bringing dairy back to "
         "the table.", datetime(2026, 1, 28, 9, 0)),
        ("What worries growers this year is the CUSMA joint review, under way since July 1.",
         datetime(2026, 8, 12, 9, 0)),
    ):  # fmt: skip
        x = run(sentence, pub)
        assert [(e.status, e.effective_date) for e in x.events] == [
            ("under_review", date(2026, 7, 1))
        ], sentence


def test_timeline_entries_keep_their_own_days_and_measures() -> None:
    x = run(
        "Key dates in the trade war:\n\nFeb. 3, 2025 - After two phone calls, both sides put "
        "their tariffs on Canadian and U.S. goods on hold for 30 days.\n\nMarch 12, 2025 - A "
        "25 per cent U.S. tariff on steel and aluminum from all countries takes effect.",
        datetime(2026, 1, 19, 9, 0),
    )
    got = [(e.initiator, e.status, e.effective_date) for e in x.events if e.type == "tariff"]
    assert ("US", "paused", date(2025, 2, 3)) in got
    assert ("US", "in_effect", date(2025, 3, 12)) in got


def test_pact_goods_crossing_duty_free_are_exempted() -> None:
    x = run(
        "Washington's 35 per cent tariff on Canadian goods took effect Aug. 1. Shipments that "
        "meet CUSMA rules of origin continue to cross into the United States duty-free, and "
        "that covers nearly everything our members sell south."
    )
    assert ("US", "CA", "exempted") in [(e.initiator, e.target, e.status) for e in x.events]


def test_goods_that_come_into_canada_pay_canada_s_duty_and_negotiated_amounts_are_no_talks() -> (
    None
):
    x = run(
        "The U.S. wants access to Canada's dairy market. Milk that comes into Canada above the "
        "quota amounts negotiated in trade agreements faces a tariff of 241 per cent, a figure "
        "U.S. officials like to quote."
    )
    assert [(e.type, e.initiator, e.rate_pct) for e in x.events] == [("tariff", "CA", 241.0)]


# --- rules-1.22: the hu writer's styles (trackers, notices, transcripts, fact-checks) ---


def test_a_wave_at_the_same_rate_and_hour_takes_the_last_measure_s_rate_and_day() -> None:
    x = run(
        "U.S. tariffs of 25% on Canadian goods took effect at 12:01 a.m. Tuesday; Canadian "
        "energy and potash face a lower 10% rate.\nOttawa's first wave of counter-tariffs, 25 "
        "per cent on C$30 billion of American products, kicked in at the same hour.\nThe second "
        "wave, covering $125 billion of goods at the same rate, will take effect in 21 days.",
        datetime(2025, 3, 4, 19, 0),
    )
    got = [(e.initiator, e.rate_pct, e.effective_date) for e in x.events if e.initiator == "CA"]
    assert got == [("CA", 25.0, date(2025, 3, 4)), ("CA", 25.0, date(2025, 3, 25))]


def test_on_or_after_a_day_splits_no_clause_and_the_cause_keeps_no_rate_of_the_response() -> None:
    x = run(
        "Licensees are advised that U.S. beer, wine and spirits imported into Canada on or after "
        "March 4 are subject to the federal 25% surtax that forms part of Canada's response to "
        "the U.S. tariffs.",
        datetime(2025, 3, 6, 10, 0),
    )
    got = [(e.initiator, e.target, e.rate_pct, e.products) for e in x.events]
    assert got == [("CA", "US", 25.0, ["alcohol"])]


def test_a_transcript_tag_in_capitals_with_an_office_in_brackets_names_a_speaker() -> None:
    names = _names(
        "\n\nFRANÇOIS-PHILIPPE CHAMPAGNE (Minister of Innovation, Science and Industry): "
        "Canada is the largest supplier of steel.\n\nMÉLANIE JOLY (Minister of Foreign "
        "Affairs): We are responding in a way that is proportional."
    )
    assert "François-Philippe Champagne" in names and "Mélanie Joly" in names


def test_a_threat_backed_off_is_removed_on_its_day_and_withdrawing_a_threat_spares_plans() -> None:
    x = run(
        "Canada is announcing 25 per cent counter-tariffs on $29.8 billion of American products, "
        "effective tomorrow. Yesterday President Trump said he would double the steel and "
        "aluminum tariffs on Canada to 50 per cent, and then he backed off a few hours later. "
        "The President withdrew that threat after Premier Ford suspended Ontario's surcharge on "
        "electricity exports yesterday afternoon.",
        datetime(2025, 3, 12, 15, 0),
    )
    got = {(e.initiator, e.status, e.rate_pct, e.effective_date) for e in x.events}
    assert ("CA", "announced", 25.0, date(2025, 3, 13)) in got
    assert ("US", "removed", 50.0, date(2025, 3, 11)) in got
    assert ("CA-ON", "paused", None, date(2025, 3, 11)) in got


def test_automobile_parts_cedar_shakes_and_illegal_drugs() -> None:
    parts = run(
        "Washington's 25% Section 232 tariff on automobile parts from Canada took effect on May 3."
    )
    assert [e.products for e in parts.events] == [["auto_parts"]]
    shakes = run("Washington imposed a 35 per cent tariff on Canadian cedar shakes and shingles.")
    assert [e.products for e in shakes.events] == [["lumber"]]
    drugs = run(
        "Trump threatened a 25% tariff on all Canadian goods. He tied the levy to illegal drugs "
        "and migration and said it would remain until both stop."
    )
    assert all("pharmaceuticals" not in e.products for e in drugs.events)


def test_a_correction_notice_retracts_what_was_incorrectly_stated_and_keeps_the_fact() -> None:
    x = run(
        "CORRECTION\n\nA Nov. 6 article about grain and lumber traffic incorrectly stated that "
        "the United States imposes a 25 per cent tariff on Canadian softwood lumber under "
        "Section 232. The Section 232 tariff on softwood lumber is 10 per cent, and it took "
        "effect Oct. 14, 2025. The article also said Canada had filed a WTO challenge against "
        "that tariff; no such challenge has been filed.",
        datetime(2026, 11, 10, 12, 0),
    )
    got = [(e.type, e.initiator, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [("tariff", "US", 10.0, date(2025, 10, 14))]


def test_a_numbered_claim_is_not_asserted_and_attending_a_summit_is_no_meeting() -> None:
    x = run(
        'CLAIM 5: "Carney and Trump will hold a make-up meeting in South Korea this week."\n'
        "VERDICT: Unproven.\nBoth leaders are expected at the Asia-Pacific Economic "
        "Cooperation summit in Gyeongju.",
        datetime(2025, 10, 28, 12, 0),
    )
    assert [e.type for e in x.events] == []
    met = run(
        "At the G7 summit in Evian last month, Prime Minister Mark Carney and President Donald "
        "Trump met on the sidelines.",
        datetime(2026, 7, 20, 12, 0),
    )
    assert [(e.type, e.status) for e in met.events] == [("leader_contact", "held")]


def test_escalation_clauses_opening_with_if_or_allowing_a_raise_are_threats() -> None:
    for sentence in (
        "If Canada retaliates, Trump wrote, whatever amount it raises its own tariffs by will be "
        "added on top of the 35 per cent.",
        "The order also contains a clause allowing the President to raise the rates if Canada "
        "retaliates.",
    ):
        x = run("Trump announced a 35 per cent tariff on Canadian goods. " + sentence)
        got = [(e.initiator, e.status, e.retaliatory) for e in x.events]
        assert ("US", "threatened", True) in got, sentence


def test_what_is_not_up_for_negotiation_is_no_talks() -> None:
    x = run(
        "The U.S. wants more access to Canada's dairy market. Agriculture Minister Heath "
        "MacDonald has said supply management is not up for negotiation."
    )
    assert [e.type for e in x.events if e.type == "trade_talks"] == []


def test_the_escalation_clause_is_not_read_as_a_threat_at_the_rate_in_force() -> None:
    x = run(
        "Trump posted a letter announcing that the tariff on Canadian goods will rise from 25 "
        "to 35 per cent on August 1. Trump warned that if Canada retaliates, whatever amount it "
        "raises its own tariffs by will be added on top of the 35 percent.",
        datetime(2025, 7, 11, 9, 0),
    )
    got = [(e.status, e.retaliatory, e.rate_pct) for e in x.events]
    assert got == [("announced", False, 35.0), ("threatened", True, None)]


def test_goods_shipped_from_canada_to_the_united_states_pay_washington_s_duties() -> None:
    x = run(
        "Ottawa has asked for a CUSMA panel to review the latest U.S. anti-dumping rate. "
        "Softwood lumber shipped from Canada to the United States carries combined anti-dumping "
        "and countervailing duties of about 35 per cent, on top of a 10 per cent Section 232 "
        "tariff that has applied to lumber imports from all countries since Oct. 14, 2025.",
        datetime(2026, 3, 18, 9, 0),
    )
    got = [(e.initiator, e.rate_pct, e.products) for e in x.events if e.type == "tariff"]
    assert got == [("US", 35.0, ["lumber"]), ("US", 10.0, ["lumber"])]


def test_the_u_s_list_of_steel_derivatives_is_washington_s() -> None:
    x = run(
        "The U.S. and Canada are in a trade war. Her largest file involves Canadian makers of "
        'steel shelving whose products were swept onto the U.S. list of steel "derivatives" '
        "that pay the 50 per cent tariff on their steel content.",
        datetime(2026, 9, 15, 9, 0),
    )
    assert [(e.initiator, e.rate_pct) for e in x.events] == [("US", 50.0)]


def test_spare_parts_exempt_nothing() -> None:
    x = run(
        "Canada's own 25 per cent counter-tariff on American aluminum products, in force since "
        "March 2025, has raised the cost of some U.S.-made alloying materials and spare parts.",
        datetime(2026, 4, 22, 9, 0),
    )
    assert [(e.initiator, e.status) for e in x.events] == [("CA", "in_effect")]


def test_monday_holidays_resolve_and_the_day_named_on_the_measure_beats_overnight() -> None:
    x = run(
        "Ottawa lifted its counter-tariffs on American goods that comply with CUSMA on Labour "
        "Day, and for one dealer that meant some U.S.-built attachments got cheaper overnight.",
        datetime(2025, 9, 10, 9, 0),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2025, 9, 1))]
    x = run(
        "Canada's counter-tariffs on U.S. steel will be lifted on Victoria Day.",
        datetime(2026, 5, 1, 9, 0),
    )
    assert [e.effective_date for e in x.events] == [date(2026, 5, 18)]


def test_a_measure_that_will_be_in_place_from_a_day_ahead_is_announced() -> None:
    x = run(
        "Ontario Premier Doug Ford said a 25 per cent surcharge on electricity exported to "
        "Michigan will be in place as of next Monday, in retaliation for the U.S. tariffs.",
        datetime(2025, 3, 4, 19, 30),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("announced", date(2025, 3, 10))]


def test_people_of_releases_notices_and_obituaries() -> None:
    people = _people(
        "NEWS RELEASE\nOffice of the Premier\nOntario Suspends Electricity Surcharge Following "
        "Call\n\nMinister of Energy and Electrification Stephen Lecce has directed the operator "
        "to stop applying the surcharge.\n\nMedia Contacts\nJordan Pellerin, Premier's Office"
    )
    assert ("Stephen Lecce", "CA") in people and ("Jordan Pellerin", "CA") in people
    assert not any(name.startswith("Ontario") for name, _ in people)
    assert ("Jean-Marc Thibodeau", "CA") in _people(
        "Licensees may sell what they hold.\n\nJean-Marc Thibodeau\nDirector, Licensee Services"
    )
    obituary = _people(
        "Gordon Aldous Whitcombe, a federal trade negotiator who spent his career on the lumber "
        "dispute with the United States, died May 14 in Ottawa. His daughter, Ruth "
        "Whitcombe-Anand, spoke. Born in a sawmill town in the West Kootenay, the son of a "
        "millwright, Whitcombe joined the trade service in 1962."
    )
    assert ("Gordon Aldous Whitcombe", "CA") in obituary
    assert not any(n in ("Anita Anand", "West Kootenay") for n, _ in obituary), obituary


def test_the_same_day_is_the_last_dated_measure_even_two_sentences_back() -> None:
    x = run(
        "Under the framework, the 50 per cent US tariff on Canadian steel will drop to 25 per "
        "cent on Oct. 1 for shipments within a quota. Shipments above the quota will continue to "
        "face the 50 per cent rate.\n\nIn return, Canada will lift its 25 per cent "
        "counter-tariffs on US steel the same day.",
        datetime(2026, 9, 18, 11, 0),
    )
    removed = [e for e in x.events if e.status == "removed"]
    assert [(e.initiator, e.effective_date) for e in removed] == [("CA", date(2026, 10, 1))]


@pytest.mark.parametrize(
    "sentence",
    [
        # the calendar cue past the pact's long name, written with en dashes
        "The talks feed into the joint review of the Canada\u2013United States\u2013Mexico "
        "Agreement, which the three countries are required to complete by July 1.",
        "Canada, the United States and Mexico carry out the CUSMA joint review this summer.",
        "The committee studied Canada's priorities for the joint review of CUSMA, which the "
        "three parties are required to conduct by July 1.",
        # "any sign that": the noun, no signing
        "Mills are watching the joint review of CUSMA, due by July 1, for any sign that the "
        "duties will ease.",
    ],
)
def test_cusma_joint_review_phrasings_are_under_review(sentence: str) -> None:
    x = run(sentence, datetime(2026, 2, 12, 10, 0))
    got = [(e.type, e.status) for e in x.events if e.type == "trade_agreement"]
    assert got == [("trade_agreement", "under_review")]


def test_within_minutes_and_the_next_day_date_an_act_from_the_measure_just_reported() -> None:
    x = run(
        "U.S. tariffs of 25 per cent on Canadian goods took effect at 12:01 a.m. on March 4.\n"
        "Within minutes, Ottawa's own 25 per cent counter-tariffs on C$30 billion of American "
        "goods took effect.",
        datetime(2025, 3, 6, 10, 0),
    )
    assert [(e.initiator, e.effective_date) for e in x.events] == [
        ("US", date(2025, 3, 4)),
        ("CA", date(2025, 3, 4)),
    ]
    x = run(
        "The 25 per cent U.S. tariffs on Canadian steel took effect on March 12.\nCanada "
        "replied the next day with 25 per cent counter-tariffs on $29.8 billion of American "
        "goods.",
        datetime(2025, 4, 1, 10, 0),
    )
    got = {(e.initiator, e.effective_date) for e in x.events}
    assert ("CA", date(2025, 3, 13)) in got


def test_within_hours_of_something_else_dates_nothing() -> None:
    x = run(
        "U.S. tariffs of 25 per cent on Canadian goods took effect on March 4.\nWithin hours of "
        "the ruling, Canada's counter-tariffs were in force.",
        datetime(2025, 3, 20, 10, 0),
    )
    assert [e.effective_date for e in x.events if e.initiator == "CA"] == [None]


@pytest.mark.parametrize(
    ("sentence", "initiator"),
    [
        ("Since Friday, Canadian goods have faced a 35 per cent American duty.", "US"),
        ("Since Friday, Canadian goods have faced a 35% U.S. duty.", "US"),
    ],
)
def test_a_country_between_rate_and_duty_is_the_duty_s_party(sentence: str, initiator: str) -> None:
    x = run(sentence, datetime(2025, 8, 5, 10, 0))
    got = [(e.type, e.initiator, e.target, e.rate_pct) for e in x.events]
    assert got == [("tariff", initiator, "CA", 35.0)]


def test_a_rise_at_12_01_with_both_rates_between_is_the_story_s_day() -> None:
    x = run(
        "Washington's tariff on Canadian goods that fall outside CUSMA rose to 35 per cent "
        "from 25 per cent at 12:01 a.m., a move the White House said answered Canada's "
        "retaliation.",
        datetime(2025, 8, 1, 16, 30),
    )
    assert [(e.rate_pct, e.effective_date) for e in x.events] == [(35.0, date(2025, 8, 1))]


def test_goods_imported_on_or_after_a_day_date_the_measure() -> None:
    x = run(
        "Licensees are advised that U.S. beer, wine and spirits imported into Canada on or after "
        "March 4 are subject to the federal 25% surtax that forms part of Canada's response to "
        "the U.S. tariffs.",
        datetime(2025, 3, 6, 9, 0),
    )
    assert [(e.initiator, e.effective_date) for e in x.events] == [("CA", date(2025, 3, 4))]


def test_a_threat_to_sign_an_order_on_a_day_is_dated_that_day_ahead() -> None:
    x = run(
        "President-elect Donald Trump threatened on social media to sign an executive order on "
        "January 20, his first day in office, imposing a 25% tariff on all products coming into "
        "the United States from Canada.",
        datetime(2024, 11, 26, 6, 45),
    )
    got = [(e.status, e.effective_date) for e in x.events]
    assert got == [("threatened", date(2025, 1, 20))]
    # signing an order is not when a measure announced by it begins
    x = run(
        "Trump signed an executive order on Saturday imposing 25% tariffs on Canadian goods.",
        datetime(2025, 2, 2, 9, 0),
    )
    assert [e.effective_date for e in x.events] == [None]


def test_a_sentence_opening_effective_day_dates_a_measure_past_a_clause() -> None:
    x = run(
        "Effective Tuesday, March 4, 2025, and at the direction of the Province of New "
        "Brunswick, all products of the United States have been removed from ANBL retail "
        "stores, agency stores and the online catalogue.",
        datetime(2025, 3, 6, 10, 0),
    )
    got = [(e.initiator, e.effective_date, e.products) for e in x.events]
    assert got == [("CA-NB", date(2025, 3, 4), ["alcohol"])]


def test_saskatchewan_s_liquor_authority_is_the_province_and_sells_alcohol() -> None:
    x = run(
        "The SLGA has pulled American products from its shelves in response to U.S. tariffs.",
        datetime(2025, 3, 6, 10, 0),
    )
    assert [(e.initiator, e.products) for e in x.events] == [("CA-SK", ["alcohol"])]


def test_a_province_s_liquor_corporation_doing_the_same_is_the_province_s_ban() -> None:
    x = run(
        "The LCBO pulled U.S. wine, beer and spirits from its shelves and website on Tuesday in "
        "response.\nNova Scotia's liquor corporation did the same, citing the U.S. duties.",
        datetime(2025, 3, 4, 19, 30),
    )
    got = [(e.initiator, e.status, e.products) for e in x.events]
    assert got == [("CA-ON", "in_effect", ["alcohol"]), ("CA-NS", "in_effect", ["alcohol"])]


def test_a_leaders_contact_after_officials_talks_in_one_sentence_is_kept() -> None:
    x = run(
        "Carney met Trump at the White House on Tuesday over tariffs. Carney said afterward "
        "that officials would begin intensive talks in the coming weeks and that he expects to "
        "speak with the President again soon.",
        datetime(2025, 5, 7, 10, 0),
    )
    got = [(e.type, e.status) for e in x.events if e.type == "leader_contact"]
    assert got == [("leader_contact", "held"), ("leader_contact", "planned")]


def test_negotiations_with_the_americans_and_a_later_negated_clause_are_ongoing_talks() -> None:
    x = run(
        "Canada's 25 per cent counter-tariffs on $29.8 billion of American steel have been in "
        "place since March 13.\n\nPrime Minister Mark Carney said Wednesday that Canada is in "
        "intensive negotiations with the Americans, and that he would not negotiate in public.",
        datetime(2025, 6, 5, 14, 0),
    )
    got = [(e.type, e.status, e.initiator, e.target) for e in x.events if e.type == "trade_talks"]
    assert got == [("trade_talks", "ongoing", "CA", "US")]


def test_the_people_of_a_country_are_no_party_outside_a_negotiation() -> None:
    x = run(
        "Prices rose for Canadians and Americans alike after the tariffs.",
        datetime(2025, 6, 5, 14, 0),
    )
    assert [e.type for e in x.events if e.type == "trade_talks"] == []


def test_each_side_dropping_its_own_wto_challenge_settles_two_cases() -> None:
    x = run(
        "Canada drops its WTO challenge of the American tariffs, and the United States drops its "
        "WTO challenge of Canada's countermeasures.",
        datetime(2019, 5, 20, 10, 0),
    )
    got = [(e.type, e.status, e.initiator, e.target) for e in x.events]
    assert got == [
        ("trade_dispute", "settled", "CA", "US"),
        ("trade_dispute", "settled", "US", "CA"),
    ]
    x = run("Canada dropped its WTO challenge of the American tariffs.", datetime(2019, 5, 20))
    assert [(e.type, e.status) for e in x.events] == [("trade_dispute", "settled")]


def test_a_second_list_with_its_value_facing_the_same_duties_is_a_new_measure() -> None:
    x = run(
        "Canada's own 25 per cent tariffs on $30 billion worth of American goods took effect on "
        "Tuesday. Prime Minister Justin Trudeau told reporters that a second list, worth $125 "
        "billion, will face the same duties in 21 days.",
        datetime(2025, 3, 4, 18, 0),
    )
    got = [(e.status, e.initiator, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [
        ("in_effect", "CA", 25.0, date(2025, 3, 4)),
        ("announced", "CA", 25.0, date(2025, 3, 25)),
    ]
    # without goods of its own, "the same duties" is the measure already reported
    x = run(
        "Canada's own 25 per cent tariffs on $30 billion worth of American goods took effect on "
        "Tuesday. Importers said the same duties would raise prices.",
        datetime(2025, 3, 4, 18, 0),
    )
    assert len(x.events) == 1


def test_a_lower_rate_given_in_apposition_is_a_measure_of_its_own() -> None:
    x = run(
        "As of 12:01 this morning, a 25 per cent American tariff applies to almost everything "
        "Canada sells to the United States. Energy gets a lower rate, ten per cent, also in "
        "force since midnight.",
        datetime(2025, 3, 4, 18, 0),
    )
    got = [(e.rate_pct, e.products, e.effective_date) for e in x.events]
    assert got == [(25.0, ["all_goods"], date(2025, 3, 4)), (10.0, ["energy"], date(2025, 3, 4))]


def test_goods_that_cross_into_a_country_and_pay_a_spelled_rate_not_the_old_one() -> None:
    x = run(
        "Canadian farmers had lots of calls last week about fertilizer. Since 12:01 Friday "
        "morning, potash that "
        "crosses into the United States outside the trade agreement's rules pays ten per cent, "
        "not twenty-five.",
        datetime(2025, 3, 10, 6, 0),
    )
    got = [(e.status, e.initiator, e.target, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [("reduced", "US", "CA", 10.0, date(2025, 3, 7))]
    x = run(
        "U.S. tariffs on Canadian goods took effect on March 4. Anything that can't show it "
        "qualifies still pays the full twenty-five per cent.",
        datetime(2025, 3, 10, 6, 0),
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("in_effect", 25.0)]


def test_two_timeline_entries_are_two_leaders_contacts() -> None:
    x = run(
        "Feb. 3 - After two phone calls between Trudeau and Trump, both sides put their tariffs "
        "on hold for 30 days.\nMay 6 - Carney meets Trump in the Oval Office, a week after "
        "winning the federal election.",
        datetime(2026, 1, 19, 10, 0),
    )
    got = [e.evidence[:6] for e in x.events if e.type == "leader_contact"]
    assert got == ["Feb. 3", "May 6 "]


def test_nobody_thinking_a_tariff_will_come_is_no_announcement() -> None:
    x = run(
        '"Nobody thinks Washington is going to put a tariff on frozen berries tomorrow," said '
        "Delphine MacAulay, who farms blueberries in Nova Scotia.",
        datetime(2026, 8, 12, 10, 0),
    )
    assert x.events == []


@pytest.mark.parametrize(
    "sentence",
    [
        "President Donald Trump agreed on Monday to pause for at least 30 days the 25 per cent "
        "tariffs on Canadian goods, after two telephone calls with Prime Minister Justin Trudeau.",
        "Prime Minister Mark Carney said he and Trump had spoken on Sunday, and Ottawa said the "
        "two sides would resume negotiations with a view to reaching a deal by July 21.",
    ],
)
def test_telephone_calls_and_had_spoken_are_a_leaders_contact(sentence: str) -> None:
    x = run(sentence, datetime(2025, 6, 30, 10, 0))
    got = [(e.type, e.status) for e in x.events if e.type == "leader_contact"]
    assert got == [("leader_contact", "held")]


def test_the_president_of_another_country_or_body_is_not_the_us_president() -> None:
    x = run(
        "Prime Minister Mark Carney met today in Mexico City with the President of Mexico, "
        "Claudia Sheinbaum Pardo, to discuss trade.",
        datetime(2025, 9, 18, 12, 0),
    )
    assert x.events == []
    x = run(
        "Prime Minister Mark Carney met today with the President of the United States to discuss "
        "trade.",
        datetime(2025, 9, 18, 12, 0),
    )
    assert [(e.type, e.initiator, e.target) for e in x.events] == [("leader_contact", "CA", "US")]


def test_a_weekday_far_from_its_past_verb_looks_back() -> None:
    x = run(
        "Ottawa lifted its 25 per cent counter-tariffs on American goods that comply with CUSMA "
        "on Monday, including the orange juice, fresh fruit, wine and spirits that were on the "
        "first retaliation list.",
        datetime(2025, 9, 2, 12, 0),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2025, 9, 1))]
    # a start cue keeps the day ahead
    x = run(
        "President Donald Trump signed orders Saturday that put a 25 per cent tariff on Canadian "
        "goods, taking effect Tuesday.",
        datetime(2025, 2, 2, 12, 0),
    )
    assert [e.effective_date for e in x.events] == [date(2025, 2, 4)]


def test_a_tariff_that_doubled_yesterday_is_in_effect_since_yesterday() -> None:
    x = run(
        "Mr. Speaker, yesterday the American tariff on Canadian steel and aluminum doubled to 50 "
        "per cent.",
        datetime(2025, 6, 5, 12, 0),
    )
    got = [(e.status, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [("in_effect", 50.0, date(2025, 6, 4))]


def test_a_day_later_after_a_month_of_its_own_is_not_after_the_last_measure() -> None:
    x = run(
        "Last Thursday, President Donald Trump sent Prime Minister Mark Carney a letter saying "
        "the United States will charge a 35 percent tariff on Canadian goods starting Aug. 1.\n\n"
        "In March, Ontario put a 25 percent surcharge on the electricity it sells to Minnesota, "
        "Michigan and New York, and then dropped it a day later.",
        datetime(2025, 7, 14, 12, 0),
    )
    got = [(e.status, e.effective_date) for e in x.events if e.type == "nontariff_measure"]
    assert got == [("removed", None)]


def test_answered_the_same_day_with_tariffs_is_the_answer_itself() -> None:
    x = run(
        "U.S. tariffs of 25 per cent on Canadian goods took effect on March 4. Prime Minister "
        "Justin Trudeau's government answered the same day with 25 per cent tariffs on $30 "
        "billion worth of American products.",
        datetime(2025, 3, 6, 12, 0),
    )
    got = [(e.initiator, e.retaliatory, e.effective_date) for e in x.events]
    assert got == [("US", False, date(2025, 3, 4)), ("CA", True, date(2025, 3, 4))]


def test_a_liquor_board_named_in_apposition_taking_similar_action_follows_suit() -> None:
    x = run(
        "The LCBO pulled U.S. wine from its shelves on Tuesday in response to the tariffs. "
        "Quebec's liquor board, the SAQ, took similar action in response to the tariffs.",
        datetime(2025, 3, 6, 12, 0),
    )
    assert [(e.initiator, e.products) for e in x.events] == [
        ("CA-ON", ["alcohol"]),
        ("CA-QC", ["alcohol"]),
    ]


def test_a_carve_out_told_in_a_while_clause_leaves_the_measure_in_effect() -> None:
    x = run(
        "Since Aug. 1, Canadian goods that do not qualify under CUSMA have faced a 35 per cent US "
        "tariff, while qualifying goods enter duty-free.",
        datetime(2025, 11, 20, 12, 0),
    )
    got = [(e.status, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [("in_effect", 35.0, date(2025, 8, 1))]
    # a carve-out in a clause of its own is still an exemption
    x = run(
        "The 35 per cent US tariff on Canadian goods took effect Aug. 1. Goods that qualify under "
        "CUSMA remain exempt.",
        datetime(2025, 8, 5, 12, 0),
    )
    assert [e.status for e in x.events] == ["in_effect", "exempted"]


def test_ending_trade_talks_over_a_tax_removes_no_measure() -> None:
    x = run(
        "The reversal came two days after President Donald Trump said on Friday he was ending "
        "all trade talks with Canada over the tax and would announce a new tariff on Canadian "
        "goods within seven days.",
        datetime(2025, 6, 30, 12, 0),
    )
    got = sorted((e.type, e.status) for e in x.events)
    assert got == [("tariff", "threatened"), ("trade_talks", "suspended")]


def test_goods_exported_by_a_company_to_a_country_are_taxed_by_that_country() -> None:
    x = run(
        "The Company is a Canadian lumber producer. Softwood lumber exported by the Company to "
        "the United States is subject to anti-dumping duties at a cash deposit rate of 20.56%.",
        datetime(2026, 3, 5, 12, 0),
    )
    assert [(e.initiator, e.target, e.retaliatory) for e in x.events] == [("US", "CA", False)]


def test_the_old_rate_in_force_since_a_time_is_a_measure_of_its_own() -> None:
    x = run(
        "Trump's letter to Prime Minister Mark Carney says the United States will charge a 35 per "
        "cent tariff on Canadian goods starting Aug. 1, up from the 25 per cent that has applied "
        "since March 4.",
        datetime(2025, 7, 11, 12, 0),
    )
    got = [(e.status, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [
        ("announced", 35.0, date(2025, 8, 1)),
        ("in_effect", 25.0, date(2025, 3, 4)),
    ]
    # "up from the current 25 per cent" names no time in force: one event
    x = run(
        "Starting Aug. 1, the United States will charge a 35 per cent tariff on Canadian goods, "
        "up from the current 25 per cent.",
        datetime(2025, 7, 11, 12, 0),
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("announced", 35.0)]


def test_goods_taxed_at_a_rate_are_under_a_measure() -> None:
    x = run(
        "Trump threatened a 35 per cent tariff on Canadian goods. Energy and potash, taxed at 10 "
        "per cent, were not mentioned in the letter.",
        datetime(2025, 7, 11, 12, 0),
    )
    got = [(e.status, e.rate_pct, e.products) for e in x.events]
    assert ("in_effect", 10.0, ["energy", "potash"]) in got


def test_so_is_one_measure_and_so_is_another_are_two() -> None:
    x = run(
        "The 25 per cent U.S. duty on all Canadian goods that fall outside CUSMA is still being "
        "collected at the border. So is the 25 per cent tariff on steel and aluminum, and so is "
        "the 25 per cent levy on foreign-built vehicles.",
        datetime(2025, 5, 7, 12, 0),
    )
    got = [(e.target, e.products) for e in x.events]
    assert got == [("CA", ["all_goods"]), ("WORLD", ["steel", "aluminum"]), ("WORLD", ["autos"])]


def test_a_country_that_still_faces_tariffs_is_their_target() -> None:
    x = run(
        "Canada still faces American tariffs of 25 per cent on steel, on top of the 25 per cent "
        "levy on Canadian goods.",
        datetime(2025, 5, 13, 12, 0),
    )
    got = [(e.initiator, e.target, e.products) for e in x.events]
    assert got == [("US", "CA", ["steel"]), ("US", "CA", ["all_goods"])]


@pytest.mark.parametrize(
    ("sentence", "initiator"),
    [
        (
            "Quebec's liquor board has not stocked American wine and spirits since March, when the "
            "province pulled them in response to Washington's tariffs on Canadian goods.",
            "CA-QC",
        ),
        (
            "In B.C., Premier David Eby's government has kept American wine and spirits off "
            "government liquor store shelves since March, in answer to the US tariffs.",
            "CA-BC",
        ),
        (
            "LCBO shelves have been empty of Kentucky bourbon and California wine ever since, "
            "Ontario's answer to the U.S. tariffs.",
            "CA-ON",
        ),
    ],
)
def test_a_store_ban_told_as_a_standing_state_is_in_effect(sentence: str, initiator: str) -> None:
    x = run(sentence, datetime(2025, 7, 20, 12, 0))
    got = [(e.initiator, e.status, e.products) for e in x.events if e.type == "nontariff_measure"]
    assert got == [(initiator, "in_effect", ["alcohol"])]


def test_talks_the_leaders_officials_will_hold_are_planned_talks() -> None:
    x = run(
        "U.S. tariffs of 25 per cent on Canadian steel remain in place. Carney met Trump at the "
        "White House on Tuesday. Carney said the two leaders agreed that their ministers will "
        "hold further talks in the coming weeks.",
        datetime(2025, 5, 7, 12, 0),
    )
    got = [(e.type, e.status) for e in x.events if e.type in ("trade_talks", "leader_contact")]
    assert ("trade_talks", "planned") in got


def test_two_mentions_that_began_on_different_days_are_two_measures() -> None:
    x = run(
        "Canada's 25 per cent counter-tariffs on $30 billion of U.S. goods took effect March 4. "
        "Since April 9, Canada has charged a 25 per cent counter-tariff on U.S.-built vehicles "
        "that do not meet CUSMA rules.",
        datetime(2025, 4, 20, 12, 0),
    )
    assert [e.effective_date for e in x.events] == [date(2025, 3, 4), date(2025, 4, 9)]


def test_a_measure_in_force_since_a_day_in_an_appositive_is_dated_that_day() -> None:
    x = run(
        "The Section 232 duty of 10 per cent on Canadian softwood lumber, in force since October "
        "14, now stacks on top of U.S. duties.",
        datetime(2025, 11, 5, 12, 0),
    )
    assert [(e.rate_pct, e.effective_date) for e in x.events] == [(10.0, date(2025, 10, 14))]


def test_trade_remedy_duties_in_a_softwood_story_are_on_lumber() -> None:
    x = run(
        "B.C. softwood mills are cutting shifts. Canadian producers keep paying combined U.S. "
        "anti-dumping and countervailing duties of 35.19 per cent.",
        datetime(2025, 9, 1, 12, 0),
    )
    assert [(e.rate_pct, e.products) for e in x.events] == [(35.19, ["lumber"])]
    # outside a lumber story the goods stay unnamed
    x = run(
        "Canadian producers keep paying combined U.S. anti-dumping and countervailing duties of "
        "35.19 per cent.",
        datetime(2025, 9, 1, 12, 0),
    )
    assert [e.products for e in x.events] == [[]]


def test_a_trade_remedy_rate_that_was_set_is_in_effect_and_undated() -> None:
    x = run(
        "On July 25 the U.S. Commerce Department finalized its latest administrative review and "
        "raised the anti-dumping duty on Canadian softwood lumber to 20.56 per cent.",
        datetime(2025, 8, 20, 12, 0),
    )
    got = [(e.status, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [("in_effect", 20.56, None)]
    # a rate still to come is announced
    x = run(
        "The U.S. Commerce Department will raise the anti-dumping duty on Canadian softwood "
        "lumber to 20.56 per cent.",
        datetime(2025, 8, 20, 12, 0),
    )
    assert [e.status for e in x.events] == ["announced"]


def test_a_gapped_second_clause_shares_the_first_clause_s_change() -> None:
    x = run(
        "The U.S. imposed a 25 per cent tariff on kitchen cabinets from Canada. On Jan. 1, the "
        "rate on cabinets and vanities is scheduled to climb to 50 per cent, and the rate on "
        "upholstered furniture to 30 per cent.",
        datetime(2025, 10, 15, 12, 0),
    )
    got = [(e.status, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [
        ("in_effect", 25.0, None),
        ("announced", 50.0, date(2026, 1, 1)),
        ("announced", 30.0, date(2026, 1, 1)),
    ]


def test_a_timeline_entry_that_lifts_the_tariffs_ends_the_earlier_entries() -> None:
    x = run(
        "June 1, 2018: Washington puts 25 per cent duties on Canadian steel.\nJuly 1, 2018: Canada "
        "answers with counter-tariffs on $16.6 billion of American steel and aluminum.\nMay 17, "
        "2019: Ottawa and Washington reach a deal to lift both sets of tariffs.",
        datetime(2025, 8, 5, 12, 0),
    )
    assert {e.initiator: e.status for e in x.events if e.type == "tariff"} == {
        "US": "removed",
        "CA": "removed",
    }


def test_a_cut_starting_on_the_first_day_of_next_month_is_dated_and_so_is_its_answer() -> None:
    x = run(
        "The United States will cut its tariff on Canadian steel from 50 per cent to 15 per cent, "
        "starting on the first day of next month. In return, Canada will lift its counter-tariffs "
        "on American steel on the same date.",
        datetime(2026, 12, 2, 12, 0),
    )
    got = [(e.initiator, e.status, e.effective_date) for e in x.events]
    assert got == [("US", "reduced", date(2027, 1, 1)), ("CA", "removed", date(2027, 1, 1))]


def test_a_measure_that_took_effect_that_day_takes_the_day_just_reported() -> None:
    x = run(
        "Since March 4, when British Columbia pulled American wine from its liquor stores, sales "
        "have fallen. Canada's 25 percent counter-tariffs on U.S. goods, which took effect that "
        "day as well, add to the cost.",
        datetime(2025, 5, 20, 12, 0),
    )
    assert [e.effective_date for e in x.events] == [date(2025, 3, 4)] * 2


def test_a_tariff_that_cut_a_company_s_shipments_was_not_reduced() -> None:
    x = run(
        "The mill said the 50 per cent U.S. tariff on Canadian steel cut its shipments to "
        "customers in Ohio by almost half."
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("in_effect", 50)]


def test_a_standing_measure_that_would_not_be_affected_is_no_threat() -> None:
    x = run(
        "Canada's own counter-tariffs on U.S. steel are a separate matter and would not be "
        "affected by the ruling."
    )
    assert [(e.initiator, e.status) for e in x.events] == [("CA", "in_effect")]


def test_a_store_restock_and_a_procurement_ban_under_review_are_two_measures() -> None:
    x = run(
        "Ontario Premier Doug Ford said the province's liquor stores would restock American "
        "products, and that Ontario's ban on U.S. companies bidding for provincial contracts "
        "would be reviewed."
    )
    got = sorted((e.type, e.initiator, e.status) for e in x.events)
    assert got == [
        ("nontariff_measure", "CA-ON", "in_effect"),
        ("nontariff_measure", "CA-ON", "removed"),
    ]


def test_goods_a_tariff_does_not_apply_to_are_not_its_goods() -> None:
    x = run(
        "The 35 per cent tariff that President Donald Trump has ordered on Canadian goods "
        "starting tomorrow does not apply to our lumber, because it qualifies under CUSMA.",
        datetime(2025, 7, 31, 12, 0),
    )
    assert [(e.rate_pct, e.products) for e in x.events] == [(35, ["all_goods"])]


def test_goods_that_remain_at_a_rate_carry_the_measure_on() -> None:
    x = run(
        "The U.S. tariff on Canadian steel rose to 50 per cent in June. Energy and potash "
        "remain at 10 per cent. Inflation remained at 2.4 per cent."
    )
    got = [(e.initiator, e.target, e.rate_pct, e.products) for e in x.events]
    assert got == [("US", "CA", 50, ["steel"]), ("US", "CA", 10, ["energy", "potash"])]


def test_a_list_item_that_opens_with_its_rate_is_a_measure_of_its_own() -> None:
    x = run(
        "She walked through the U.S. measures still in place: a 25 per cent tariff on Canadian "
        "goods that do not qualify under CUSMA, and 25 per cent on vehicles built outside the "
        "United States. Prices rose 5 per cent, and 3 per cent on Monday."
    )
    got = sorted((e.rate_pct, tuple(e.products)) for e in x.events)
    assert got == [(25, ("all_goods",)), (25, ("autos",))]


def test_both_leaders_after_a_governor_and_a_premier_are_no_heads_of_government() -> None:
    x = run(
        "Washington Gov. Bob Ferguson and British Columbia Premier David Eby met Tuesday at the "
        "border. Both leaders described the meeting as friendly."
    )
    assert [e.type for e in x.events] == []
    x = run(
        "Prime Minister Mark Carney and President Donald Trump met Tuesday at the White House. "
        "Both leaders described the meeting as friendly."
    )
    assert [(e.type, e.status) for e in x.events] == [("leader_contact", "held")]


def test_a_section_232_duty_of_the_same_rate_is_not_the_all_goods_tariff() -> None:
    x = run(
        "On October 25, Trump said he was increasing the tariff on Canadian goods by an "
        "additional 10 per cent. Since October 14, Canadian softwood lumber has faced a 10 per "
        "cent Section 232 tariff.",
        datetime(2025, 10, 29, 12, 0),
    )
    got = sorted((e.status, tuple(e.products)) for e in x.events)
    assert got == [("announced", ("all_goods",)), ("in_effect", ("lumber",))]


def test_a_measure_on_top_of_which_another_was_raised_keeps_its_own_status() -> None:
    x = run(
        "The United States will cut its tariff on Canadian steel to 15 per cent. Mills across "
        "Northwestern Ontario still pay the 10 per cent Section 232 tariff on softwood, on top "
        "of anti-dumping and countervailing duties on Canadian lumber that were raised again "
        "this year.",
        datetime(2026, 12, 2, 12, 0),
    )
    got = [(e.status, e.rate_pct) for e in x.events if e.products == ["lumber"]]
    assert got == [("in_effect", 10), ("in_effect", None)]


def test_earlier_counter_tariffs_are_not_the_new_ones_and_the_new_ones_get_their_day() -> None:
    x = run(
        "Prime Minister Mark Carney announced on Thursday that Canada will impose 25 per cent "
        "counter-tariffs on vehicles imported from the United States. The government presented "
        "the measure as a direct response to the U.S. auto tariffs. The counter-tariffs take "
        "effect next Wednesday. Canada's earlier counter-tariffs remain in place: 25 per cent on "
        "C$30 billion of U.S. goods since March 4. Dealers should model the cost of the new "
        "counter-tariffs now.",
        datetime(2025, 4, 4, 12, 0),
    )
    got = [
        (e.status, tuple(e.products), e.effective_date)
        for e in x.events
        if e.initiator == "CA" and e.type == "tariff"
    ]
    assert got == [
        ("announced", ("autos",), date(2025, 4, 9)),
        ("in_effect", (), date(2025, 3, 4)),
    ]


def test_who_led_the_negotiations_is_a_person_s_role_not_talks() -> None:
    x = run(
        "Foreign Affairs Minister Chrystia Freeland, who led the negotiations for Canada, said "
        "the deal with the United States was good news for workers.",
        datetime(2019, 5, 20, 12, 0),
    )
    assert [e.type for e in x.events if e.type == "trade_talks"] == []


def test_a_call_with_one_s_own_broker_is_no_talks() -> None:
    x = run(
        "Shops got a reprieve when President Donald Trump agreed to pause the tariffs he had "
        "ordered on Canadian goods. At Lakeside Gear & Machine, owner Darnell Pryor said he had "
        "spent the weekend on the phone with his customs broker, working out what a 25 percent "
        "duty would do to the gear blanks he buys from a forge in Cambridge, Ontario."
    )
    assert [e.type for e in x.events if e.type == "trade_talks"] == []
    # a counterpart is another government's: still a contact
    x = run("Prime Minister Mark Carney spoke by phone with his U.S. counterpart on trade.")
    assert [(e.initiator, e.target) for e in x.events] == [("CA", "US")]


def test_an_all_goods_tariff_of_its_own_day_is_not_a_parts_tariff_of_the_same_rate() -> None:
    x = run(
        "A 25 per cent U.S. tariff on Canadian auto parts begins no later than May 3. The 25 per "
        "cent tariffs imposed on March 4 on Canadian goods that do not qualify under CUSMA "
        "remain in force.",
        datetime(2025, 4, 4, 12, 0),
    )
    got = sorted((tuple(e.products), e.effective_date) for e in x.events)
    assert got == [(("all_goods",), date(2025, 3, 4)), (("auto_parts",), date(2025, 5, 3))]


def test_a_later_all_goods_tariff_is_no_part_of_an_earlier_sectoral_one() -> None:
    x = run(
        "The measure responds to the 25 per cent U.S. tariff on imported Canadian automobiles. "
        "The existing 25 per cent U.S. tariff on Canadian goods that do not qualify under "
        "CUSMA remains in place.",
        datetime(2025, 4, 4, 12, 0),
    )
    assert sorted(tuple(e.products) for e in x.events) == [("all_goods",), ("autos",)]


def test_the_existing_rate_is_not_the_new_one_of_the_same_size() -> None:
    x = run(
        "President Donald Trump set a baseline 10 per cent tariff on imports from Canada, "
        "taking effect April 5. The existing 10 per cent U.S. rate on Canadian energy and "
        "potash remains in place.",
        datetime(2025, 4, 4, 12, 0),
    )
    assert sorted(e.status for e in x.events) == ["announced", "in_effect"]


def test_people_of_an_earnings_call_transcript() -> None:
    people = _people(
        "The 25 per cent U.S. tariff on Canadian auto parts still applies.\n\nOwen McTavish "
        "\u2014 Chief Financial Officer\n\nThanks. Tariff costs were $3.1 million.\n\n"
        "Priyanka Sethi, Hudson Ridge Securities, Toronto: Owen, how is the review going?\n\n"
        "Morning Memo \u2014 Monday, June 30"
    )
    assert ("Owen McTavish", "CA") in people and ("Priyanka Sethi", "CA") in people
    assert not any(name.startswith("Morning") for name, _ in people)


def test_a_rate_stated_without_a_cue_after_its_order_s_announcement_shares_its_status() -> None:
    x = run(
        "On Saturday President Donald Trump signed an order imposing a 25 per cent tariff on "
        "Canadian goods, effective Tuesday. Energy from Canada gets a lower rate of 10 per cent.",
        datetime(2025, 2, 2, 12, 0),
    )
    got = [(e.rate_pct, e.status, e.effective_date) for e in x.events]
    assert got == [(25, "announced", date(2025, 2, 4)), (10, "announced", date(2025, 2, 4))]


def test_measures_lifted_the_following_year_are_removed() -> None:
    x = run(
        "In 2018 Washington put 25 per cent duties on Canadian steel, and Ottawa answered with "
        "counter-tariffs of its own; both were lifted the following year.",
        datetime(2025, 1, 14, 12, 0),
    )
    assert [(e.initiator, e.status) for e in x.events] == [("US", "removed"), ("CA", "removed")]


def test_a_measure_suspended_by_pronoun_in_the_next_sentence_is_paused() -> None:
    x = run(
        "Ontario's 25 per cent surcharge on electricity sold to Michigan, New York and Minnesota "
        "lasted barely a day. Premier Doug Ford suspended it Tuesday afternoon.",
        datetime(2025, 3, 12, 12, 0),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("paused", date(2025, 3, 11))]
    # a purpose is no change: "legislation to repeal it"
    x = run(
        "Canada will rescind its digital services tax. Trump said Washington would tell Canada "
        "what tariff it would pay. Legislation to repeal it will be introduced in the fall."
    )
    assert [e.status for e in x.events if e.type == "tariff"] == ["threatened"]


def test_what_a_pact_offers_is_no_proposal() -> None:
    x = run(
        "Steel and aluminum from Canada face 50 per cent U.S. tariffs. For these, CUSMA status "
        "offers little or no shelter."
    )
    assert [e.type for e in x.events] == ["tariff"]


def test_a_tariff_in_general_is_no_measure() -> None:
    x = run(
        "The U.S. will cut its tariff on Canadian steel to 15 per cent. A 15 per cent tariff is "
        "still a tariff, but it is one a competitive mill can live with, and 50 per cent was not."
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("reduced", 15)]


def test_a_rate_that_doubles_in_a_timeline_entry_doubled_on_the_entry_s_day() -> None:
    x = run(
        "Timeline\n\nMarch 12 \u2014 U.S. tariffs of 25 per cent on steel and aluminum from "
        "Canada take effect.\n\nJune 4 \u2014 U.S. tariffs on Canadian steel and aluminum double "
        "to 50 per cent.\n\nOct. 25 \u2014 Trump announces an extra 10 per cent tariff on "
        "Canadian imports.",
        datetime(2025, 11, 2, 12, 0),
    )
    got = [(e.rate_pct, e.status, e.effective_date) for e in x.events]
    assert (50, "in_effect", date(2025, 6, 4)) in got
    assert (10, "announced", None) in got


def test_a_counter_tariff_canada_no_longer_charges_is_removed() -> None:
    x = run(
        "As of Monday, Canada no longer charges its 25 per cent counter-tariff on American goods "
        "that qualify under the Canada-United States-Mexico Agreement.",
        datetime(2025, 9, 3, 12, 0),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2025, 9, 1))]


def test_a_tariff_raised_because_the_ad_ran_answers_the_ad() -> None:
    x = run(
        "Then on Saturday, Trump announced that he was raising tariffs on Canada by an "
        "additional 10 per cent because the ad ran during the World Series.",
        datetime(2025, 10, 26, 12, 0),
    )
    assert [(e.rate_pct, e.retaliatory) for e in x.events] == [(10, True)]


def test_the_two_sides_are_the_last_two_countries_named() -> None:
    x = run(
        "The United States and China agreed on Monday to cut tariffs for 90 days after talks "
        "in Geneva. Washington and Beijing called the talks productive. The two sides will set "
        "up a mechanism for continuing discussions on trade. In Toronto, strategists said the "
        "truce mattered for Canada mainly through global growth."
    )
    assert not x.relevant and x.events == []
    x = run(
        "Canada and the United States resumed trade talks in Washington on Monday. The two "
        "sides will meet again next week."
    )
    assert x.events and {e.type for e in x.events} == {"trade_talks"}


def test_two_provincial_agencies_that_did_the_same_each_took_the_measure() -> None:
    x = run(
        "Ontario's liquor monopoly pulled American wine, beer and spirits from its shelves on "
        "March 4 in response to U.S. tariffs. Quebec's SAQ and the Nova Scotia Liquor "
        "Corporation did the same that week, in response to the same tariffs.",
        datetime(2025, 4, 8, 12, 0),
    )
    got = [(e.initiator, e.effective_date) for e in x.events]
    assert got == [("CA-ON", date(2025, 3, 4)), ("CA-QC", None), ("CA-NS", None)]


def test_firms_banned_from_a_named_province_s_procurement() -> None:
    x = run(
        "Premier Doug Ford spoke at Queen's Park. Starting today, American companies are banned "
        "from Ontario government procurement.",
        datetime(2025, 3, 4, 12, 0),
    )
    got = [(e.type, e.initiator, e.effective_date) for e in x.events]
    assert got == [("nontariff_measure", "CA-ON", date(2025, 3, 4))]


def test_rates_in_brackets_after_their_goods_and_the_same_moment() -> None:
    x = run(
        "The U.S. tariffs on Canadian steel (25%) and aluminum (10%) came off at 12:01 a.m. on "
        "Monday, May 20. Ottawa removed its retaliatory surtaxes on C$16.6 billion of U.S. goods "
        "at the same moment.",
        datetime(2019, 5, 21, 6, 45),
    )
    got = [(e.initiator, e.rate_pct, e.products, e.effective_date) for e in x.events]
    assert got == [
        ("US", 25, ["steel"], date(2019, 5, 20)),
        ("US", 10, ["aluminum"], date(2019, 5, 20)),
        ("CA", None, [], date(2019, 5, 20)),
    ]


def test_a_duty_still_being_collected_today_did_not_start_today() -> None:
    x = run(
        "So the 25 per cent U.S. tariff on Canadian goods that don't qualify under CUSMA is "
        "still being collected today.",
        datetime(2025, 6, 2, 8, 0),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("in_effect", None)]


def test_a_rate_named_with_its_goods_is_a_measure() -> None:
    x = run(
        "Canada is keeping its counter-tariffs on American steel, and the U.S. still charges 35 "
        "per cent on Canadian goods that fall outside the agreement.",
        datetime(2025, 9, 3, 12, 0),
    )
    assert ("US", 35, ["all_goods"]) in [(e.initiator, e.rate_pct, e.products) for e in x.events]
    x = run(
        "Trump ended the talks with Canada. Meanwhile, the 35 per cent on Canadian goods outside "
        "USMCA is still there.",
        datetime(2025, 10, 26, 12, 0),
    )
    assert ("US", 35, "in_effect") in [(e.initiator, e.rate_pct, e.status) for e in x.events]


def test_a_stage_of_counter_tariffs_is_a_tranche() -> None:
    x = run(
        "The U.S. tariffs on Canadian goods take effect on March 4. Canada's first stage, 25 per "
        "cent on $30-billion of U.S. goods, takes effect the same day.",
        datetime(2025, 3, 3, 12, 0),
    )
    assert ("CA", 25) in [(e.initiator, e.rate_pct) for e in x.events]


def test_a_liquor_branch_that_stopped_buying_products_from_us_states() -> None:
    x = run(
        "Trump imposed tariffs on Canadian goods. British Columbia's liquor distribution branch "
        "stopped buying and selling products from U.S. states with Republican governors."
    )
    got = [(e.type, e.initiator, e.products) for e in x.events if e.type != "tariff"]
    assert got == [("nontariff_measure", "CA-BC", ["alcohol"])]


def test_a_day_after_since_is_never_ahead_of_the_story() -> None:
    # no verb tense around the day: "since" alone says it is past (not April 9 next year)
    x = run(
        "Ottawa's 25 per cent counter-tariffs on American-built vehicles, in effect since "
        "April 9, remain in place.",
        datetime(2025, 11, 4, tzinfo=UTC),
    )
    assert [e.effective_date for e in x.events] == [date(2025, 4, 9)]
    # the appositive's weekday in a sentence that also looks ahead ("will impose")
    x = run(
        "After Washington put a 10 per cent tariff back on Canadian non-alloyed, unwrought "
        "aluminum, in force since Sunday, Freeland said Canada will impose countermeasures on "
        "up to $3.6 billion of American aluminum products.",
        datetime(2020, 8, 18, tzinfo=UTC),
    )
    assert (date(2020, 8, 16), "US") in [(e.effective_date, e.initiator) for e in x.events]


def test_a_bare_pause_of_the_tariffs_changes_the_measures_just_named() -> None:
    x = run(
        "On Saturday the president signed an order putting a 25 per cent tariff on Canadian "
        "goods and a 10 per cent tariff on Canadian energy, both due to start Tuesday. On "
        "Monday, Trump agreed to hold off on the tariffs for 30 days.",
        datetime(2025, 2, 4, 10, 30, tzinfo=UTC),
    )
    got = sorted((e.status, e.rate_pct, e.effective_date) for e in x.events)
    assert got == [("paused", 10, date(2025, 2, 3)), ("paused", 25, date(2025, 2, 3))]


def test_a_removal_of_part_of_the_measures_is_no_change_of_them_all() -> None:
    x = run(
        "In March, Canada imposed 25 per cent counter-tariffs on $30 billion of American goods. "
        "On Friday Carney said Canada will lift most of its counter-tariffs on Sept. 1.",
        datetime(2025, 8, 23, 10, 30, tzinfo=UTC),
    )
    assert sorted(e.status for e in x.events) == ["in_effect", "removed"]


def test_countermeasures_that_come_off_are_removed() -> None:
    x = run(
        "The American duties of 25 per cent on our steel will be lifted as of Monday. Canada's "
        "countermeasures on $16.6 billion of American goods will come off on the same day.",
        datetime(2019, 5, 17, 15, 20, tzinfo=UTC),
    )
    got = [(e.initiator, e.status, e.effective_date) for e in x.events]
    assert got == [("US", "removed", date(2019, 5, 20)), ("CA", "removed", date(2019, 5, 20))]


def test_counter_tariffs_shelved_are_paused() -> None:
    x = run(
        "Trump imposed tariffs on Canada. Ottawa in turn shelved its own opening round of "
        "counter-tariffs, a 25 per cent levy on $30 billion worth of American products.",
        datetime(2025, 2, 4, 10, 30, tzinfo=UTC),
    )
    assert [(e.rate_pct, e.status) for e in x.events if e.initiator == "CA"] == [(25, "paused")]


def test_a_measure_on_every_country_named_later_corrects_a_guessed_target() -> None:
    x = run(
        "Canadian stocks fell after a letter from Trump setting a higher tariff on Canadian "
        "goods, and a separate American levy that battered copper producers. Copper miners "
        "fell after Trump confirmed a 50 per cent tariff on copper imports from all countries.",
        datetime(2025, 7, 11, tzinfo=UTC),
    )
    assert [e.target for e in x.events if e.products == ["copper"]] == ["WORLD"]


def test_imported_trucks_of_two_classes_are_every_countrys() -> None:
    x = run(
        "Canada's truck makers are worried. As of Saturday, the United States is charging a 25 "
        "per cent tariff on imported medium- and heavy-duty trucks.",
        datetime(2025, 11, 4, tzinfo=UTC),
    )
    assert [(e.initiator, e.target) for e in x.events] == [("US", "WORLD")]


def test_a_list_to_follow_if_the_other_sides_tariffs_are_not_lifted_is_a_threat() -> None:
    x = run(
        "Trudeau said Canada's tariffs on $30 billion of U.S. goods take effect today. He said "
        "a second list of Canadian counter-tariffs, worth $125 billion, will follow in 21 days "
        "if the U.S. tariffs are not lifted.",
        datetime(2025, 3, 4, 18, 0, tzinfo=UTC),
    )
    got = [(e.status, e.effective_date) for e in x.events]
    assert got == [("in_effect", date(2025, 3, 4)), ("threatened", date(2025, 3, 25))]


def test_the_month_may_after_same_is_no_hedge() -> None:
    x = run(
        "Canada's surtaxes on U.S. steel and whisky were lifted on the same May morning as the "
        "American duties on Canadian steel.",
        datetime(2022, 4, 23, tzinfo=UTC),
    )
    assert {e.status for e in x.events} == {"removed"}


def test_a_holiday_with_its_year_is_that_years() -> None:
    x = run(
        "Canadian surtaxes on $16.6 billion of American steel, whisky and ketchup started on "
        "Canada Day 2018.",
        datetime(2022, 4, 23, tzinfo=UTC),
    )
    assert [e.effective_date for e in x.events] == [date(2018, 7, 1)]


def test_announced_it_was_rescinding_and_would_not_collect_is_a_removal() -> None:
    x = run(
        "On Sunday evening, Ottawa announced it was rescinding the digital services tax and "
        "would not collect the payments due Monday.",
        datetime(2025, 6, 30, 12, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("nontariff_measure", "removed")]
    # a further step joined by "and would" is still a threat
    x = run(
        "Trump said on Friday he was ending all trade talks with Canada and would announce a "
        "new tariff on Canadian goods within seven days.",
        datetime(2025, 6, 30, 12, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events if e.type == "tariff"] == ["threatened"]


def test_a_measure_begun_last_friday_is_dated_that_friday() -> None:
    x = run(
        "The United States began charging a twenty-five per cent tariff on Canadian steel and "
        "a ten per cent tariff on Canadian aluminum last Friday, June 1.",
        datetime(2018, 6, 7, 7, 0, tzinfo=UTC),
    )
    assert [e.effective_date for e in x.events] == [date(2018, 6, 1)] * 2


def test_a_visit_to_a_plant_or_a_family_visit_is_no_talks() -> None:
    x = run(
        "President Donald Trump announced the 50 per cent tariff on Canadian aluminum during a "
        "visit to a Whirlpool plant in Ohio.",
        datetime(2025, 8, 7, tzinfo=UTC),
    )
    assert [e.type for e in x.events] == ["tariff"]
    x = run(
        "Gov. Tim Walz should work with Prime Minister Mark Carney to keep the border open for "
        "tourism and family visits, whatever happens to U.S. tariffs on Canadian goods.",
        datetime(2025, 8, 7, tzinfo=UTC),
    )
    assert "trade_talks" not in [e.type for e in x.events]


def test_talks_in_a_past_decade_are_history() -> None:
    x = run(
        "Canada and the United States have traded tariffs all year. Her defining assignment "
        "came in the mid-1980s, when she joined the team assembled by chief negotiator Simon "
        "Reisman for the talks that produced the Canada\u2013U.S. Free Trade Agreement.",
        datetime(2026, 1, 17, tzinfo=UTC),
    )
    assert "trade_talks" not in [e.type for e in x.events]


def test_an_interest_in_negotiating_is_no_talks() -> None:
    x = run(
        "Since then, neither the Trump nor the Biden administration has shown much interest in "
        "negotiating a new softwood deal with Canada.",
        datetime(2020, 8, 25, tzinfo=UTC),
    )
    assert "trade_talks" not in [e.type for e in x.events]


def test_tariffs_in_general_hit_by_or_that_would_hurt_are_no_measure() -> None:
    surcharge = (
        "Ontario's surcharge on electricity exports to the United States took effect Monday. "
    )
    for text in (
        surcharge + "The NDP said the Premier should bring the finance committee back this "
        "week to hear from workers hit by tariffs.",
        "Michigan Gov. Gretchen Whitmer, who has warned for weeks that tariffs would hurt the "
        "state's auto industry, said the dispute with Canada could spiral.",
    ):
        got = [e.type for e in run(text, datetime(2025, 3, 12, tzinfo=UTC)).events]
        assert "tariff" not in got, text


def test_the_parties_named_in_an_agreement_between_are_no_actors() -> None:
    x = run(
        "Since midnight, Canadian goods that do not comply with the free trade agreement between "
        "Canada, the United States and Mexico are subject to a tariff of 35 per cent at the "
        "American border, compared with 25 per cent before.",
        datetime(2025, 8, 1, 9, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [("US", "CA", 35, date(2025, 8, 1))]


def test_a_lead_midnight_with_eastern_time_is_the_storys_day() -> None:
    x = run(
        "At 12:01 a.m. Eastern time, Washington began collecting a 25 percent tariff on most "
        "goods imported from Canada.",
        datetime(2025, 3, 4, 9, 0, tzinfo=UTC),
    )
    assert [e.effective_date for e in x.events] == [date(2025, 3, 4)]


def test_the_rate_a_new_one_doubles_is_its_old_rate() -> None:
    x = run(
        "Since 12:01 a.m. Wednesday, the United States has charged a 50 per cent tariff on "
        "imported aluminum and steel, double the 25 per cent rate in force since March. Canada "
        "objected.",
        datetime(2025, 6, 5, 6, 30, tzinfo=UTC),
    )
    assert [e.rate_pct for e in x.events] == [50]


def test_an_exemption_that_does_not_shield_exempts_nothing() -> None:
    x = run(
        "The U.S. raised its tariff on Canadian goods to 35 per cent on Aug. 1. The sectors "
        "paying the separate American duties on steel and aluminum, now 50 per cent, because "
        "the CUSMA exemption doesn't shield them, are the ones Ottawa is watching.",
        datetime(2025, 8, 5, 7, 0, tzinfo=UTC),
    )
    got = [(e.rate_pct, e.status, e.effective_date) for e in x.events]
    assert got == [(35, "in_effect", date(2025, 8, 1)), (50, "in_effect", None)]


def test_a_sectoral_us_duty_with_no_country_named_is_on_every_country() -> None:
    x = run(
        "Canada's MPs met on Thursday. Although lumber was not on the agenda, several members "
        "questioned witnesses about the new 10 per cent U.S. tariff on softwood lumber that "
        "took effect Oct. 14.",
        datetime(2025, 11, 7, tzinfo=UTC),
    )
    assert [(e.initiator, e.target) for e in x.events] == [("US", "WORLD")]
    # named with Canada's goods, it is aimed at Canada
    x = run(
        "Canada's MPs met on Thursday. The new 10 per cent U.S. tariff on Canadian softwood "
        "lumber took effect Oct. 14.",
        datetime(2025, 11, 7, tzinfo=UTC),
    )
    assert [(e.initiator, e.target) for e in x.events] == [("US", "CA")]


def test_a_tv_scripts_bracketed_cues_name_anchors_and_clips() -> None:
    x = run(
        "[ANCHOR — DANIELLE FORTIN — ON CAM]\nGood evening. The U.S. tariffs of 25 per cent "
        "took effect today, and Ottawa's counter-tariffs on U.S. goods are in force tonight."
        '\n\n[SOT — SHOPPER — ELAINE KOWALCZYK]\n"I\'ll buy Canadian," she said at a grocery '
        "store in Toronto.",
        datetime(2025, 3, 4, 18, 0, tzinfo=UTC),
    )
    names = {p.name for p in x.people}
    assert {"Danielle Fortin", "Elaine Kowalczyk"} <= names
    assert not any("Cam" in n for n in names)


def test_a_pause_naming_the_measure_again_changes_it() -> None:
    x = run(
        "Ontario began charging a 25 per cent surcharge on electricity exported to Michigan, "
        "Minnesota and New York on Monday. On Tuesday, Premier Doug Ford suspended the 25 per "
        "cent surcharge.",
        datetime(2025, 3, 12, tzinfo=UTC),
    )
    got = [(e.type, e.status) for e in x.events if e.type == "nontariff_measure"]
    assert got == [("nontariff_measure", "paused")]


def test_a_name_with_latin_extended_letters_is_kept_whole() -> None:
    x = run(
        "Several witnesses, including Ana Petrović, a tax lawyer in Toronto, said Canada's "
        "digital services tax invited a U.S. trade challenge. Washington has threatened tariffs "
        "on Canadian goods over the tax.",
        datetime(2024, 10, 29, tzinfo=UTC),
    )
    assert "Ana Petrović" in {p.name for p in x.people}


def test_a_speaker_described_by_a_role_with_no_place_takes_the_storys_country() -> None:
    x = run(
        "Canadian stocks closed lower after Trump set a 35 per cent tariff on Canadian goods. "
        '"Now it is pricing a negotiation," said Celine Moreau, portfolio strategist at '
        "Kingsway Capital.",
        datetime(2025, 7, 11, tzinfo=UTC),
    )
    assert ("Celine Moreau", "CA") in {(p.name, p.country) for p in x.people}


def test_said_a_place_and_a_role_then_the_name_is_a_person() -> None:
    x = run(
        'A CUSMA panel ruled for Canada in the U.S. challenge of its dairy quotas. "We won '
        'this round fair and square," said Alberta producer Deanna Kowalski.',
        datetime(2023, 12, 1, tzinfo=UTC),
    )
    assert ("Deanna Kowalski", "CA") in {(p.name, p.country) for p in x.people}


def test_a_timeline_in_capitals_dates_each_entry() -> None:
    x = run(
        "Here is how the year unfolded.\n\nMARCH 12 — A 25 per cent U.S. tariff on all steel and "
        "aluminum imports takes effect.\n\nAPRIL 3 — U.S. tariffs of 25 per cent on imported "
        "vehicles begin. Canada objects.",
        datetime(2025, 12, 30, tzinfo=UTC),
    )
    got = [(e.products, e.effective_date) for e in x.events]
    assert got == [
        (["steel", "aluminum"], date(2025, 3, 12)),
        (["autos"], date(2025, 4, 3)),
    ]


def test_a_threat_to_sign_an_order_on_a_day_named_first_is_dated_that_day() -> None:
    x = run(
        "In a post on his social media platform on Monday evening, Trump said that on Jan. 20, "
        "his first day in office, he would sign an order imposing a 25 per cent tariff on all "
        "products from Canada.",
        datetime(2024, 11, 26, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("threatened", date(2025, 1, 20))]


def test_a_start_day_after_a_day_told_in_the_past_follows_that_day() -> None:
    x = run(
        "On Thursday, President Donald Trump signed an order exempting goods that qualify under "
        "CUSMA from the 25 per cent tariff on Canadian goods, starting Friday.",
        datetime(2025, 3, 10, tzinfo=UTC),  # a Monday
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("exempted", date(2025, 3, 7))]


def test_no_countermeasures_have_been_announced_is_no_measure() -> None:
    x = run(
        "Canada's digital services tax angered Washington. No U.S. countermeasures have been "
        "announced, and U.S. officials did not say what form a response might take.",
        datetime(2024, 10, 29, tzinfo=UTC),
    )
    assert "tariff" not in [e.type for e in x.events]


def test_a_rate_said_to_be_nearly_the_same_is_the_same_measure() -> None:
    x = run(
        "The Commerce Department set the combined U.S. duty on Canadian softwood lumber at 17.9 "
        "per cent. Still, she said, duties at nearly 18 per cent change the arithmetic for "
        "smaller sawmills in British Columbia.",
        datetime(2021, 11, 26, tzinfo=UTC),
    )
    assert [e.rate_pct for e in x.events] == [17.9]


def test_goods_set_to_face_the_same_rate_are_a_measure_at_that_rate() -> None:
    for later in (
        "Auto parts are set to face the same rate no later than May 3.",
        "The same rate is scheduled for auto parts on May 3.",
    ):
        x = run(
            "A 25 per cent U.S. tariff on imported vehicles took effect Thursday, and Canada "
            "objected. " + later,
            datetime(2025, 4, 3, 10, 0, tzinfo=UTC),
        )
        got = [(e.rate_pct, e.products, e.effective_date) for e in x.events][1:]
        assert got == [(25, ["auto_parts"], date(2025, 5, 3))], later


def test_a_subject_before_a_relative_clause_owns_the_measure_after_it() -> None:
    x = run(
        "Donald Trump, who takes office next Monday, has threatened to put a 25 per cent tariff "
        "on everything Canada sells to the United States.",
        datetime(2025, 1, 14, tzinfo=UTC),
    )
    assert [(e.initiator, e.target) for e in x.events] == [("US", "CA")]


def test_a_threat_for_the_first_day_in_office_is_dated_inauguration_day() -> None:
    x = run(
        "President-elect Donald Trump has said he will impose a 25 per cent tariff on all "
        "products from Canada on his first day in office.",
        datetime(2024, 12, 18, tzinfo=UTC),
    )
    assert [e.effective_date for e in x.events] == [date(2025, 1, 20)]


def test_any_further_retaliation_added_on_top_is_the_other_sides_threat() -> None:
    x = run(
        "Trump's letter said the United States will charge a 35 per cent tariff on Canadian "
        "imports starting Aug. 1. The letter warned that any further Canadian retaliation "
        "would be added on top of the 35 per cent.",
        datetime(2025, 7, 11, tzinfo=UTC),
    )
    threats = [(e.initiator, e.target, e.retaliatory) for e in x.events if e.status == "threatened"]
    assert threats == [("US", "CA", True)]


def test_a_deal_still_to_reach_is_no_deal_reached() -> None:
    for text in (
        "Trump raised tariffs on Canada. So I ask the President and Prime Minister Mark Carney "
        "to reach an agreement that restores trade.",
        "Trump raised tariffs on Canada. Carney and Trump are working to reach an agreement.",
    ):
        x = run(text, datetime(2025, 7, 20, tzinfo=UTC))
        assert "trade_agreement" not in [e.type for e in x.events], text
    x = run(
        "Canada and the U.S. managed to reach an agreement on steel.",
        datetime(2025, 7, 20, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "reached")]


def test_an_export_ban_in_other_words_is_a_measure() -> None:
    x = run(
        "Florida wants to import cheaper drugs from Canada. Federal rules introduced in November "
        "2020 prohibit Canadian drug companies and wholesalers from exporting drugs to the "
        "United States if doing so could cause a shortage here.",
        datetime(2024, 1, 8, tzinfo=UTC),
    )
    assert [(e.type, e.initiator) for e in x.events] == [("nontariff_measure", "CA")]


def test_a_farmers_own_quota_is_no_trade_measure() -> None:
    x = run(
        "Dairy farmers fear U.S. tariffs on Canadian dairy. Across the road, Sylvie "
        "Gendron, who sold her quota and her herd two years ago, is less worried about "
        "Washington than about who will take over the farms.",
        datetime(2025, 6, 1, tzinfo=UTC),
    )
    assert "nontariff_measure" not in [e.type for e in x.events]


def test_the_side_across_the_table_is_not_the_persons_country() -> None:
    x = run(
        "Canada and the U.S. are in talks again over Trump's tariffs. Marguerite Doiron-Hale, a "
        "career trade official who spent four decades across the table from American "
        "negotiators, died on Jan. 9.",
        datetime(2026, 1, 17, tzinfo=UTC),
    )
    assert ("Marguerite Doiron-Hale", "US") not in {(p.name, p.country) for p in x.people}


def test_goods_that_have_faced_a_rate_since_a_day_are_a_measure() -> None:
    x = run(
        "Canada objects to the U.S. duties. Steel and aluminum from every country, Canada "
        "included, have faced 50 per cent since June 4.",
        datetime(2025, 11, 4, tzinfo=UTC),
    )
    got = [(e.initiator, e.target, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [("US", "WORLD", 50, date(2025, 6, 4))]
    x = run(
        "Canada objects to U.S. tariffs. Canadian energy products and potash that do not "
        "qualify stay at 10%.",
        datetime(2025, 11, 4, tzinfo=UTC),
    )
    assert [(e.initiator, e.rate_pct, e.products) for e in x.events] == [
        ("US", 10, ["energy", "potash"])
    ]


def test_shutting_off_power_and_barring_sales_for_use_abroad_are_measures() -> None:
    x = run(
        "Ontario charges a surcharge on electricity sold to Michigan. If the United States "
        "escalates, Premier Doug Ford said he would shut off the electricity completely.",
        datetime(2025, 3, 11, tzinfo=UTC),
    )
    assert ("nontariff_measure", "threatened") in [(e.type, e.status) for e in x.events]
    x = run(
        "Florida plans to import drugs from Canada. Since November 2024, federal rules have "
        "barred drug distributors from selling medicines for use outside Canada when the sale "
        "could cause a shortage here.",
        datetime(2025, 5, 1, tzinfo=UTC),
    )
    assert [(e.type, e.initiator) for e in x.events] == [("nontariff_measure", "CA")]


def test_a_country_before_auto_parts_tariff_owns_the_tariff() -> None:
    x = run(
        "Canada is hit. The U.S. auto parts tariff is now in force.",
        datetime(2025, 5, 5, tzinfo=UTC),
    )
    assert [e.initiator for e in x.events] == ["US"]


def test_us_lumber_duties_stay_aimed_at_canada() -> None:
    x = run(
        "Canada is hit. The U.S. lumber duties are now in force.", datetime(2025, 5, 5, tzinfo=UTC)
    )
    assert [(e.initiator, e.target) for e in x.events] == [("US", "CA")]


def test_a_guess_at_what_a_named_measure_will_do_is_no_threat() -> None:
    x = run(
        "U.S. tariffs of 25 per cent on Canadian kitchen cabinets and furniture took effect "
        "Tuesday. Lena Hofstetter, whose shop in Kelowna builds cabinets, said the furniture "
        "tariffs could hurt her more than the lumber duty.",
        datetime(2025, 10, 16, tzinfo=UTC),
    )
    assert "threatened" not in [e.status for e in x.events]


def test_a_meeting_with_the_commerce_secretary_in_a_trade_story_is_talks() -> None:
    x = run(
        "Ontario's surcharge on U.S. power is off. Premier Doug Ford and I will meet Secretary "
        "Howard Lutnick and members of his team tomorrow.",
        datetime(2025, 3, 12, tzinfo=UTC),
    )
    assert ("trade_talks", "planned") in [(e.type, e.status) for e in x.events]


def test_a_tariff_on_a_sectors_imports_is_on_every_country() -> None:
    x = run(
        "Ford spoke in Toronto. Quebec's smelters ship most of their output to American "
        "customers, and the 25 per cent tariff on aluminum imports has been in force for more "
        "than three weeks.",
        datetime(2025, 4, 4, tzinfo=UTC),
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [("US", "WORLD", 25)]
    # imports from the countries a measure names are no sign of every country
    x = run(
        "OTTAWA - Canada will apply tariff rate quotas to steel imports from countries with "
        "which it has no free trade agreement, and a 50 per cent surtax on shipments above the "
        "quota.",
        datetime(2025, 7, 16, tzinfo=UTC),
    )
    assert x.events == []


def test_what_a_named_measure_was_expected_to_raise_is_no_new_status() -> None:
    x = run(
        "Ontario's surcharge on electricity exports to Michigan was expected to raise as much "
        "as $400,000 a day.",
        datetime(2025, 3, 12, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["in_effect"]


def test_quoting_someone_on_tariffs_is_a_topic_not_a_measure() -> None:
    x = run(
        "WASHINGTON — President Donald Trump said Saturday he would raise tariffs on Canada by an "
        "additional 10 per cent, escalating a fight over an Ontario government advertisement "
        "that quoted Ronald Reagan on tariffs.",
        datetime(2025, 10, 26, tzinfo=UTC),
    )
    assert [(e.initiator, e.target) for e in x.events] == [("US", "CA")]


def test_a_case_still_before_a_panel_is_filed_and_options_weighed_are_none() -> None:
    x = run(
        "The U.S. imposed duties on Canadian softwood lumber. Canada's challenge to the same "
        "duties under Chapter 19 of the North American Free Trade Agreement remains before a "
        "binational panel.",
        datetime(2020, 8, 25, tzinfo=UTC),
    )
    assert ("trade_dispute", "filed") in [(e.type, e.status) for e in x.events]
    x = run(
        "The U.S. raised duties on Canadian lumber. International Trade Minister Mary Ng called "
        "the decision unjustified and said Canada would consider all options, including a "
        "challenge under CUSMA.",
        datetime(2021, 12, 10, tzinfo=UTC),
    )
    assert "trade_dispute" not in [e.type for e in x.events]


def test_a_panel_on_canadas_dairy_tariff_rate_quotas_is_washingtons_complaint() -> None:
    x = run(
        "Canada's dairy farmers were relieved. A CUSMA dispute panel ruled that Canada's way of "
        "allocating its dairy tariff-rate quotas is consistent with the agreement.",
        datetime(2023, 12, 1, tzinfo=UTC),
    )
    got = [(e.type, e.initiator, e.target) for e in x.events]
    assert got == [("trade_dispute", "US", "CA")]


def test_a_wto_filing_and_a_court_ruling_are_two_disputes() -> None:
    x = run(
        "The United States filed a WTO complaint against Canada's counter-tariffs in March. On "
        "Wednesday the U.S. Court of International Trade ruled that Trump's tariffs on Canadian "
        "goods were unlawful.",
        datetime(2025, 5, 30, tzinfo=UTC),
    )
    got = sorted(e.status for e in x.events if e.type == "trade_dispute")
    assert got == ["filed", "ruled"]


def test_goods_that_no_longer_carry_a_tariff_and_tariffs_taken_off_are_removed() -> None:
    x = run(
        "American orange juice, peanut butter and wine will no longer carry Canada's 25 per cent "
        "counter-tariff from Sept. 1.",
        datetime(2025, 8, 23, tzinfo=UTC),
    )
    assert [(e.initiator, e.status) for e in x.events] == [("CA", "removed")]
    x = run(
        "The U.S. lifted its tariffs on Canadian steel on May 20. Ottawa took its own "
        "counter-tariffs on $16.6 billion of American goods off the same day.",
        datetime(2019, 5, 21, tzinfo=UTC),
    )
    assert [(e.initiator, e.status) for e in x.events] == [("US", "removed"), ("CA", "removed")]


def test_the_goods_of_the_measure_answered_are_not_the_answers() -> None:
    x = run(
        "On Tuesday morning, Trump said he would double the tariff on Canadian steel and "
        "aluminum to 50 per cent, in answer to Ontario's new surcharge on electricity exports.",
        datetime(2025, 3, 12, tzinfo=UTC),
    )
    assert [e.products for e in x.events if e.type == "tariff"] == [["steel", "aluminum"]]


def test_the_extra_points_that_would_not_be_applied_withdraw_the_increase() -> None:
    x = run(
        "On Tuesday morning, Trump said he would double the tariff on Canadian steel and "
        "aluminum to 50 per cent. By the afternoon, the White House said the extra 25 per cent "
        "would not be applied.",
        datetime(2025, 3, 12, tzinfo=UTC),
    )
    assert [(e.rate_pct, e.status) for e in x.events] == [(50, "removed")]
    # the step written in words
    x = run(
        "On Tuesday morning, Trump said he would double the tariff on Canadian steel and "
        "aluminum to 50 per cent. By the afternoon, the White House said the extra "
        "twenty-five per cent would not be applied.",
        datetime(2025, 3, 12, tzinfo=UTC),
    )
    assert [(e.rate_pct, e.status) for e in x.events] == [(50, "removed")]


def test_the_leaders_who_sit_down_with_each_other_meet() -> None:
    x = run(
        "Canada faces U.S. tariffs. Prime Minister Mark Carney sits down with President Donald "
        "Trump in the Oval Office at midday.",
        datetime(2025, 10, 7, 9, 0, tzinfo=UTC),
    )
    assert ("leader_contact", "held") in [(e.type, e.status) for e in x.events]
    x = run(
        "Canada faces U.S. tariffs. We asked that the Prime Minister hear from steel towns "
        "before he sits down.",
        datetime(2025, 10, 7, 9, 0, tzinfo=UTC),
    )
    assert [e.type for e in x.events] == ["tariff"]


def test_restricting_power_shipments_passes_the_prefilter() -> None:
    x = run(
        "Trump's tariffs hit Canada. Ontario is restricting electricity shipments to Michigan "
        "and New York.",
        datetime(2025, 3, 11, tzinfo=UTC),
    )
    assert ("nontariff_measure", "CA-ON") in [(e.type, e.initiator) for e in x.events]


def test_an_exemption_that_ran_out_leaves_the_tariff_in_force() -> None:
    x = run(
        "The Trump administration's steel and aluminum tariffs now apply to Canada and Mexico, "
        "whose temporary exemptions ran out at midnight.",
        datetime(2018, 6, 1, 10, 0, tzinfo=UTC),
    )
    assert [(e.status, e.initiator, e.target) for e in x.events] == [("in_effect", "US", "CA")]


def test_a_leader_due_at_the_white_house_has_a_meeting_planned() -> None:
    x = run(
        "Prime Minister Mark Carney is due at the White House on Tuesday for his first "
        "face-to-face meeting with Trump since the election.",
        datetime(2025, 5, 5, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("leader_contact", "planned")]


def test_liquor_back_on_sale_ends_the_store_ban() -> None:
    x = run(
        "Alberta, which pulled American liquor in March, put it back on sale on June 1.",
        datetime(2025, 9, 20, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status, e.initiator, e.effective_date) for e in x.events] == [
        ("nontariff_measure", "removed", "CA-AB", date(2025, 6, 1))
    ]


def test_a_shelved_surcharge_is_paused() -> None:
    x = run(
        "Premier Ford shelved his 25 per cent surcharge on electricity sold to American "
        "customers on March 11, a day after it took effect.",
        datetime(2025, 3, 27, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status, e.initiator) for e in x.events] == [
        ("nontariff_measure", "paused", "CA-ON")
    ]


def test_holding_back_his_tariff_pauses_it() -> None:
    x = run(
        "President Donald Trump agreed Monday to hold back his threatened 25 per cent tariff on "
        "Canadian goods.",
        datetime(2025, 2, 5, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.initiator, e.target) for e in x.events] == [("paused", "US", "CA")]


def test_a_levy_still_scheduled_to_begin_is_announced() -> None:
    x = run(
        "Canada is bracing. Washington's 25 per cent levy on steel and aluminum from every "
        "country is still scheduled to begin March 12.",
        datetime(2025, 3, 7, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.target, e.effective_date) for e in x.events] == [
        ("announced", "WORLD", date(2025, 3, 12))
    ]


def test_every_vehicle_imported_into_the_united_states_is_a_world_measure() -> None:
    x = run(
        "Canada is bracing. Today, a 25% tariff on every passenger vehicle and light truck "
        "imported into the United States took effect.",
        datetime(2025, 4, 3, 9, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.target, e.products) for e in x.events] == [("US", "WORLD", ["autos"])]


def test_leaders_who_plan_to_talk_again_have_a_call_planned() -> None:
    x = run(
        "Trudeau and Trump spoke about the tariffs Monday morning. The two leaders plan to "
        "talk again at 3 p.m. Eastern.",
        datetime(2025, 2, 3, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [
        ("leader_contact", "held"),
        ("leader_contact", "planned"),
    ]


def test_a_president_who_could_look_at_tariffs_threatens_them() -> None:
    x = run(
        "Trump attacked Canada's trade practices. He also suggested he could look at tariffs "
        "on Canadian cars.",
        datetime(2018, 6, 12, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.initiator, e.target, e.products) for e in x.events] == [
        ("threatened", "US", "CA", ["autos"])
    ]
    # looking at tariffs as a topic stays a topic
    x = run(
        "Canada faces U.S. tariffs on steel. The premiers looked at tariffs on Canadian cars "
        "over lunch.",
        datetime(2018, 6, 12, 9, 0, tzinfo=UTC),
    )
    assert [e.products for e in x.events] == [["steel"]]


def test_he_in_the_next_sentence_is_the_person_who_opened_the_last() -> None:
    x = run(
        "President Donald Trump agreed Monday to pause his 25 per cent tariff on Canadian goods "
        "after a phone call with Prime Minister Justin Trudeau. The 10 per cent duty he had "
        "ordered on Canadian energy is on hold as well.",
        datetime(2025, 2, 5, 9, 0, tzinfo=UTC),
    )
    duties = [(e.initiator, e.target, e.rate_pct) for e in x.events if e.type == "tariff"]
    assert duties == [("US", "CA", 25), ("US", "CA", 10)]


def test_goods_from_everywhere_that_have_paid_a_rate_are_charged_it() -> None:
    x = run(
        "Ottawa and Washington are talking. Steel and aluminum from everywhere, Canada "
        "included, have paid 50 per cent since June 4.",
        datetime(2025, 7, 2, 9, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [("US", "WORLD", 50)]


def test_the_agreement_on_internal_trade_is_not_a_canada_us_pact() -> None:
    x = run(
        "Canada and the U.S. are at odds. Canada has spent half a year talking about internal "
        "trade barriers with more energy than at any time since the Agreement on Internal "
        "Trade was signed in 1994.",
        datetime(2025, 7, 17, 9, 0, tzinfo=UTC),
    )
    assert x.events == []


def test_challenges_filed_under_cusma_are_a_dispute() -> None:
    x = run(
        "Our lumber sold in the United States is subject to US duties. The Government of "
        "Canada has filed challenges to the duty determinations under Chapter 10 of CUSMA.",
        datetime(2026, 2, 5, 9, 0, tzinfo=UTC),
    )
    assert ("trade_dispute", "filed", "CA", "US") in [
        (e.type, e.status, e.initiator, e.target) for e in x.events
    ]


def test_a_ruling_on_hold_while_the_loser_appeals_is_appealed() -> None:
    x = run(
        "The Court of International Trade ruled in May that the emergency tariffs on Canada "
        "were unlawful, but that ruling is on hold while the administration appeals.",
        datetime(2025, 7, 30, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_dispute", "appealed")]


def test_each_side_withdrawing_its_own_case_settles_two_cases() -> None:
    x = run(
        "Under it, Canada will drop its World Trade Organization challenge to the US steel "
        "duties. Washington, for its part, will withdraw its own WTO case against the Canadian "
        "counter-tariffs.",
        datetime(2019, 5, 21, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status, e.initiator, e.target) for e in x.events] == [
        ("trade_dispute", "settled", "CA", "US"),
        ("trade_dispute", "settled", "US", "CA"),
    ]


def test_goods_that_qualify_and_cross_duty_free_without_a_hyphen_are_exempted() -> None:
    x = run(
        "The U.S. tariffs on Canada hit hard. But Island potatoes qualify under CUSMA and have "
        "crossed the border duty free all season.",
        datetime(2025, 10, 29, 9, 0, tzinfo=UTC),
    )
    assert ("exempted", "US", "CA", ["agriculture"]) in [
        (e.status, e.initiator, e.target, e.products) for e in x.events
    ]


def test_a_factbox_line_gives_its_figure_as_the_rate() -> None:
    x = run(
        "By the numbers.\n\n35 — The US tariff, in per cent, on Canadian goods that do not "
        "qualify under CUSMA.\n\n12 — Weeks since the talks broke off.",
        datetime(2025, 9, 2, 9, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [("US", "CA", 35)]
    # a figure that is not said to be in per cent is no rate
    x = run(
        "By the numbers.\n\n35 — Days the US tariff on Canadian goods has been in force.",
        datetime(2025, 9, 2, 9, 0, tzinfo=UTC),
    )
    assert [e.rate_pct for e in x.events] == [None]


def test_said_this_morning_dates_the_statement_not_the_measure() -> None:
    x = run(
        "Trump put tariffs on Canadian aluminum. Deputy Prime Minister Freeland said this "
        "morning that Canada will impose dollar-for-dollar countermeasures on C$3.6 billion of "
        "American aluminum products.",
        datetime(2020, 8, 7, 15, 0, tzinfo=UTC),
    )
    counter = [e for e in x.events if e.initiator == "CA"]
    assert [(e.status, e.effective_date) for e in counter] == [("announced", None)]


def test_last_friday_written_on_a_friday_is_a_week_ago() -> None:
    x = run(
        "Since last Friday, Canadian goods that do not qualify under CUSMA have faced a 35 per "
        "cent US tariff, up from 25.",
        datetime(2025, 8, 8, 13, 0, tzinfo=UTC),  # a Friday
    )
    assert [e.effective_date for e in x.events] == [date(2025, 8, 1)]


def test_he_after_two_people_named_together_is_the_last_of_them() -> None:
    x = run(
        "Prime Minister Justin Trudeau and President Donald Trump met on Friday. He also "
        "suggested he could look at tariffs on Canadian cars.",
        datetime(2018, 6, 12, 9, 0, tzinfo=UTC),
    )
    assert ("tariff", "threatened", "US", "CA") in [
        (e.type, e.status, e.initiator, e.target) for e in x.events
    ]


def test_a_second_list_that_could_follow_if_duties_remain_is_threatened() -> None:
    x = run(
        "Canada hit back at U.S. tariffs on Tuesday. Prime Minister Justin Trudeau has said a "
        "second list, covering another $125-billion of American goods, could follow in 21 "
        "days if the US duties remain.",
        datetime(2025, 3, 5, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.initiator, e.target) for e in x.events] == [("threatened", "CA", "US")]


def test_a_mediator_between_both_sides_of_a_strike_is_no_trade_talk() -> None:
    x = run(
        "Ships stack up on the Seaway as the Canadian and American crews wait. Labour Minister "
        "Seamus O'Regan said that a federal mediator was working with both sides and that the "
        "government's preference was a negotiated settlement.",
        datetime(2023, 10, 24, 9, 0, tzinfo=UTC),
    )
    assert x.events == []


def test_two_cues_of_one_noun_phrase_give_one_measure() -> None:
    x = run(
        "Trump's steel tariffs hit Canada in June. Ottawa's retaliatory surtaxes on C$16.6 "
        "billion of American goods, from steel coil to whisky, have applied since July 1.",
        datetime(2018, 10, 3, 9, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.target) for e in x.events] == [("US", "CA"), ("CA", "US")]


@pytest.mark.parametrize(
    "text",
    [
        "Dominic LeBlanc, the minister responsible for Canada-U.S. trade, is expected to travel "
        "to Washington in the coming weeks for talks on the sectors still under tariffs.",
        "Dominic LeBlanc, the minister responsible for Canada-U.S. trade, is expected in "
        "Washington this week for what officials describe as intensive talks on steel.",
    ],
)
def test_a_minister_expected_in_washington_for_talks_has_talks_planned(text: str) -> None:
    x = run(
        "Canada and the U.S. are at odds over tariffs. " + text, datetime(2025, 8, 25, tzinfo=UTC)
    )
    assert [(e.type, e.status) for e in x.events if e.type == "trade_talks"] == [
        ("trade_talks", "planned")
    ]


def test_a_pause_followed_by_but_it_could_return_is_a_pause() -> None:
    x = run(
        "Canada faces U.S. tariffs. Ontario Premier Doug Ford said the province would pause its "
        "plan to pull American alcohol from LCBO shelves, but warned that the measures could "
        "return if Washington reverses course.",
        datetime(2025, 2, 4, 9, 0, tzinfo=UTC),
    )
    assert ("nontariff_measure", "paused", "CA-ON") in [
        (e.type, e.status, e.initiator) for e in x.events
    ]
    # a hedge before the change still holds it back
    x = run(
        "Canada faces U.S. tariffs. Ontario could pause its plan to pull American alcohol from "
        "LCBO shelves, but only if Washington backs down.",
        datetime(2025, 2, 4, 9, 0, tzinfo=UTC),
    )
    assert "paused" not in [e.status for e in x.events]


@pytest.mark.parametrize(
    "text",
    [
        "The rate on kitchen cabinets and vanities rises to 50 percent on Jan. 1, unless the "
        "President modifies it after further review.",
        "Trump's lumber tariffs start Oct. 14. On the same date the rate on kitchen cabinets "
        "and vanities rises to 50 percent, unless the President modifies it.",
    ],
)
def test_a_scheduled_rise_with_an_unless_clause_is_announced(text: str) -> None:
    x = run("Canada faces U.S. tariffs. " + text, datetime(2025, 10, 3, 9, 0, tzinfo=UTC))
    rises = [e for e in x.events if e.rate_pct == 50]
    assert [e.status for e in rises] == ["announced"]


def test_a_country_adjective_inside_a_description_is_not_the_persons_home() -> None:
    story = "VANCOUVER — Trump threatened a 100 per cent tariff on foreign films, hitting Canada. "
    x = run(
        story + '"This is new," said Jas Sandhu, a key grip working on an American streaming '
        "series.",
        datetime(2025, 5, 5, 9, 0, tzinfo=UTC),
    )
    assert ("Jas Sandhu", "CA") in [(p.name, p.country) for p in x.people]
    # a description that opens with the place still places the person
    x = run(
        story + '"This is new," said Jo Hale, a Michigan farmer.', datetime(2025, 5, 5, tzinfo=UTC)
    )
    assert ("Jo Hale", "US") in [(p.name, p.country) for p in x.people]


def test_a_contact_block_names_a_person_of_the_office_below() -> None:
    story = "Canada will impose a 25 per cent surtax on American steel on March 13.\n\n"
    x = run(
        story + "Contact\n\nAlexandra Pelletier\nDirector, International Trade Policy Division\n"
        "Department of Finance Canada",
        datetime(2025, 3, 10, tzinfo=UTC),
    )
    assert ("Alexandra Pelletier", "CA") in [(p.name, p.country) for p in x.people]
    x = run(
        story + "FOR FURTHER INFORMATION CONTACT: Lauren Ashby, Office of the Western Hemisphere, "
        "Office of the United States Trade Representative.",
        datetime(2025, 3, 10, tzinfo=UTC),
    )
    assert ("Lauren Ashby", "US") in [(p.name, p.country) for p in x.people]


def test_the_united_states_surtax_order_is_canadas_countermeasure() -> None:
    x = run(
        "Order summary: United States Surtax Order (Steel and Aluminum 2025)\n\nThe Order "
        "imposes a 25% surtax on approximately $29.8 billion of imports of goods originating in "
        "the United States, effective March 13, 2025.",
        datetime(2025, 3, 13, 9, 0, tzinfo=UTC),
    )
    assert {(e.initiator, e.target) for e in x.events} == {("CA", "US")}


def test_a_bare_second_mention_in_the_same_sentence_is_the_same_measure() -> None:
    x = run(
        "Trump's tariffs hit Canada. Orange juice is one of hundreds of American products that "
        "have carried a 25 per cent Canadian tariff since March 4, when Ottawa put "
        "counter-tariffs on $30 billion worth of U.S. goods.",
        datetime(2025, 6, 4, 9, 0, tzinfo=UTC),
    )
    canadian = [e for e in x.events if e.initiator == "CA"]
    assert [(e.rate_pct, e.effective_date) for e in canadian] == [(25, date(2025, 3, 4))]


def test_a_comma_inside_quotation_marks_does_not_end_an_if_clause() -> None:
    x = run(
        "Canada is bracing. Trump also says he will raise the tariff on cars coming into the US "
        'on April 2 if Canada does not drop other "egregious, long-time" tariffs.',
        datetime(2025, 3, 11, 9, 0, tzinfo=UTC),
    )
    assert "CA" not in [e.initiator for e in x.events]


def test_a_rule_barring_bulk_drug_exports_is_a_measure_in_force() -> None:
    x = run(
        "Trump threatened tariffs on drugs. To protect domestic supply, Ottawa brought in a rule, "
        "in force since Nov. 27, 2024, that bars bulk exports of drugs to the United States "
        "where they could cause a shortage.",
        datetime(2025, 9, 29, 9, 0, tzinfo=UTC),
    )
    assert ("nontariff_measure", "in_effect", "CA", ["pharmaceuticals"]) in [
        (e.type, e.status, e.initiator, e.products) for e in x.events
    ]


def test_goods_that_are_to_follow_extend_the_last_measure() -> None:
    x = run(
        "Canada is bracing. So President Trump will put a 25 per cent tariff on every imported "
        "car starting next Thursday. Auto parts are to follow by May 3.",
        datetime(2025, 3, 27, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.target, e.products, e.effective_date) for e in x.events] == [
        ("announced", "WORLD", ["autos"], date(2025, 4, 3)),
        ("announced", "WORLD", ["auto_parts"], date(2025, 5, 3)),
    ]
    x = run(
        "Canada is bracing. So President Trump will put a 25 per cent tariff on every imported "
        "car starting next Thursday. Tariffs on auto parts are to follow by May 3.",
        datetime(2025, 3, 27, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.products) for e in x.events] == [
        ("announced", ["autos"]),
        ("announced", ["auto_parts"]),
    ]


def test_beginning_the_process_of_a_tariff_on_foreign_films_threatens_it() -> None:
    x = run(
        "Vancouver film crews worry about Canada. Late Sunday, President Donald Trump posted "
        "that he was authorizing the Commerce Department to begin the process of putting a 100 "
        "per cent tariff on movies produced in foreign lands.",
        datetime(2025, 5, 5, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.initiator, e.target, e.rate_pct) for e in x.events] == [
        ("threatened", "US", "WORLD", 100)
    ]


def test_the_day_payments_were_due_is_not_the_day_a_tax_is_rescinded() -> None:
    x = run(
        "Trump ended trade talks over it. Late Sunday, Finance Minister François-Philippe "
        "Champagne said Canada was rescinding its digital services tax and would not collect the "
        "payments due Monday.",
        datetime(2025, 7, 2, 9, 0, tzinfo=UTC),
    )
    dst = [e for e in x.events if e.type == "nontariff_measure"]
    assert [(e.status, e.effective_date) for e in dst] == [("removed", date(2025, 6, 29))]


def test_the_province_is_the_one_of_the_sentences_own_premier() -> None:
    x = run(
        "Trump imposed tariffs on Canada. In Toronto, Premier Doug Ford said the Liquor Control "
        "Board of Ontario will pull American wine, beer and spirits from its shelves on Tuesday. "
        "British Columbia Premier David Eby said the province's government liquor stores will "
        "stop buying American alcohol from Republican-led states.",
        datetime(2025, 2, 2, 9, 0, tzinfo=UTC),
    )
    bans = [e.initiator for e in x.events if e.type == "nontariff_measure"]
    assert bans == ["CA-ON", "CA-BC"]


def test_a_president_who_says_he_will_increase_the_tariff_threatens_it() -> None:
    x = run(
        'Canada is bracing. Trump also says he will "substantially increase" the tariff on cars '
        "coming into the US on April 2 if Canada does not act.",
        datetime(2025, 3, 11, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.initiator, e.target, e.products) for e in x.events] == [
        ("threatened", "US", "CA", ["autos"])
    ]


@pytest.mark.parametrize(
    ("later", "day"),
    [
        (
            "By the afternoon the White House said the doubling would not go ahead.",
            date(2025, 3, 11),
        ),
        ("Hours later the White House said the doubling would not go ahead.", date(2025, 3, 11)),
        ("Then the White House said the doubling would not go ahead.", None),
    ],
)
def test_a_plan_called_off_the_same_day_is_removed_that_day(later: str, day: date | None) -> None:
    x = run(
        "On Tuesday morning, Trump said he would double the tariff on Canadian steel and "
        f"aluminum to 50 per cent. {later}",
        datetime(2025, 3, 13, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.rate_pct, e.effective_date) for e in x.events] == [("removed", 50, day)]


def test_a_plan_called_off_on_an_unknown_day_keeps_no_start_day() -> None:
    x = run(
        "Trump said he would double the tariff on Canadian steel and aluminum to 50 per cent "
        "from Wednesday morning. Then the White House said the doubling would not go ahead.",
        datetime(2025, 3, 13, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", None)]


@pytest.mark.parametrize(
    "energy",
    [
        "Canadian energy and potash stay at 10 per cent.",
        "The 10 per cent tariff on Canadian energy was left unchanged.",
        "Canadian energy and potash pay 10 per cent.",
    ],
)
def test_a_rate_that_stays_does_not_take_the_day_of_the_rise_beside_it(energy: str) -> None:
    x = run(
        "The U.S. tariff on Canadian goods rose to 35 per cent on Friday, August 1. " + energy,
        datetime(2025, 8, 2, 9, 0, tzinfo=UTC),
    )
    days = {e.rate_pct: e.effective_date for e in x.events}
    assert days == {35: date(2025, 8, 1), 10: None}


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. 25 per cent tariff on Canadian goods that don't qualify under CUSMA is still "
        "there, and the 25 per cent tariffs on steel and aluminum are still there.",
        "The 25 per cent tariff on Canadian goods outside CUSMA is still there, the 25 per cent "
        "tariffs on steel and aluminum are still there, and so is the 25 per cent levy on "
        "foreign-built vehicles, which hits the non-American parts of Canadian cars.",
    ],
)
def test_one_rate_named_again_for_other_goods_is_another_measure(text: str) -> None:
    x = run(text, datetime(2025, 10, 3, 9, 0, tzinfo=UTC))
    found = {(e.initiator, e.target, e.rate_pct, tuple(e.products)) for e in x.events}
    assert {("US", "CA", 25, ("all_goods",)), ("US", "CA", 25, ("steel", "aluminum"))} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Trump imposed a 25 per cent tariff on Canada. An official said goods shipped under "
        "CUSMA would remain exempt for now.",
        "Trump imposed a 25 per cent tariff on Canada. Carney said the change matches the "
        "American exemption for CUSMA goods.",
    ],
)
def test_the_pact_exemption_named_other_ways_is_washingtons(text: str) -> None:
    x = run(text, datetime(2025, 8, 25, 9, 0, tzinfo=UTC))
    assert ("exempted", "US", "CA") in {(e.status, e.initiator, e.target) for e in x.events}


@pytest.mark.parametrize(
    "text",
    [
        "The order says the increase answers Canada's retaliation against earlier U.S. tariffs "
        "on Canadian goods.",
        "Kentucky bourbon is back in two Canadian provinces, a year after their liquor boards "
        "pulled American products in retaliation for U.S. tariffs.",
        "The White House tied the increase to fentanyl, but also explicitly to what it called "
        "Canada's retaliation against American goods.",
    ],
)
def test_retaliation_named_as_a_reason_is_no_measure_of_its_own(text: str) -> None:
    x = run(text, datetime(2025, 7, 11, 9, 0, tzinfo=UTC))
    assert [e.rule for e in x.events if e.type == "tariff" and e.initiator == "CA"] == []


def test_a_clock_time_before_next_weekday_is_that_days() -> None:
    x = run(
        "Carney said Canada will put a 25 per cent tariff on U.S.-built vehicles as of 12:01 "
        "a.m. next Wednesday.",
        datetime(2025, 4, 3, 16, 0, tzinfo=UTC),  # a Thursday
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("announced", date(2025, 4, 9))]


def test_a_rise_already_made_is_in_effect() -> None:
    x = run(
        "Steelmakers said the U.S. tariff on Canadian steel, which was doubled to 50 per cent "
        "in June, has cut their shipments by a third.",
        datetime(2025, 9, 3, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("in_effect", 50)]


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        (
            "Canada's counter-tariffs on American steel will stay in place.",
            "So will the 25 per cent levy on U.S.-built vehicles.",
            "in_effect",
        ),
        (
            "The U.S. tariff on Canadian goods is now on hold for thirty days.",
            "So is the ten per cent duty on Canadian energy.",
            "paused",
        ),
    ],
)
def test_so_will_the_next_measure_takes_the_status_before(
    first: str, second: str, status: str
) -> None:
    x = run(f"{first} {second}", datetime(2025, 8, 23, 9, 0, tzinfo=UTC))
    assert [e.status for e in x.events] == [status, status]


def test_a_plan_whose_day_has_come_can_still_be_called_off() -> None:
    x = run(
        "On Tuesday, Trump said he would double the tariff on Canadian steel to 50 per cent as "
        "of Wednesday. Later, the White House said the doubling would not go ahead.",
        datetime(2025, 3, 12, 15, 0, tzinfo=UTC),  # that Wednesday
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("removed", 50)]


def test_a_surcharge_on_goods_is_no_non_tariff_measure() -> None:
    x = run(
        "Ottawa dropped most of its counter-tariffs on U.S. goods. For hospitals, that removes a "
        "25 per cent surcharge on items ranging from American-made syringes to pharmaceuticals.",
        datetime(2025, 8, 23, 9, 0, tzinfo=UTC),
    )
    assert [e.rule for e in x.events if e.type == "nontariff_measure"] == []


def test_the_measure_answered_named_bare_is_not_read_again() -> None:
    x = run(
        "In retaliation for the U.S. duties, a 25 per cent surcharge will apply to the "
        "electricity Ontario exports to Michigan starting next Monday, Premier Doug Ford said.",
        datetime(2025, 3, 6, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.initiator) for e in x.events] == [("nontariff_measure", "CA-ON")]


def test_the_americans_who_charge_a_rate_are_washington() -> None:
    x = run(
        "Canada is losing patience. The Americans still charge 35% on everything that does not "
        "qualify under CUSMA. They charge 50% on our steel and aluminum.",
        datetime(2025, 10, 20, 9, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [
        ("US", "CA", 35),
        ("US", "CA", 50),
    ]


def test_americans_as_people_do_not_charge_duties() -> None:
    x = run(
        "Americans pay 35 per cent more for Canadian maple syrup than a year ago.",
        datetime(2025, 10, 20, 9, 0, tzinfo=UTC),
    )
    assert x.events == []


@pytest.mark.parametrize(
    ("text", "contacts"),
    [
        (
            "Trump said he would not meet Prime Minister Mark Carney. The two men did speak at a "
            "dinner in Gyeongju, South Korea, on Wednesday.",
            [("held", "CA", "US")],
        ),
        (
            "Premier Doug Ford suspended the surcharge after a call with Commerce Secretary "
            "Howard Lutnick. The two men will meet Thursday.",
            [],
        ),
    ],
)
def test_the_two_men_are_the_leaders_when_a_leader_was_named_last(
    text: str, contacts: list[tuple[str, str, str]]
) -> None:
    x = run(text, datetime(2025, 11, 1, 9, 0, tzinfo=UTC))
    got = [(e.status, e.initiator, e.target) for e in x.events if e.type == "leader_contact"]
    assert got == contacts


@pytest.mark.parametrize(
    "review",
    [
        "Farmers are also watching another date: the CUSMA joint review in 2026.",
        "The ambassador said dairy will be on the table when CUSMA is reviewed next year.",
        'He said the USMCA joint review, which the agreement requires by July 2026, would be "the '
        'natural forum" for complaints.',
    ],
)
def test_a_review_the_pact_requires_is_under_review(review: str) -> None:
    x = run(
        f"Canada and the United States trade a lot. {review}",
        datetime(2025, 7, 10, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "under_review")]


def test_going_to_washington_to_sit_down_is_planned_talks() -> None:
    x = run(
        "Ontario Premier Doug Ford said he will fly to Washington on Thursday with Finance "
        "Minister Dominic LeBlanc to sit down with Commerce Secretary Howard Lutnick.",
        datetime(2025, 3, 11, 21, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_talks", "planned")]


def test_a_tariff_fight_is_no_measure() -> None:
    x = run(
        "Owners said the bigger story was the tariff fight with Washington that has hung over "
        "Alberta's energy and cattle sectors since the winter.",
        datetime(2025, 7, 10, 9, 0, tzinfo=UTC),
    )
    assert x.events == []


def test_drugs_beside_migrants_are_no_pharmaceuticals() -> None:
    x = run(
        "Trump put a 25 per cent tariff on Canadian goods. The tariff, he said, would stay until "
        "drugs and illegal migrants stopped crossing the border.",
        datetime(2025, 2, 2, 9, 0, tzinfo=UTC),
    )
    assert [e.products for e in x.events] == [["all_goods"]]


def test_a_tariff_that_is_gone_is_removed() -> None:
    x = run(
        "After almost a year, the American tariff on Canadian steel is gone.",
        datetime(2019, 5, 21, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.initiator, e.target) for e in x.events] == [("removed", "US", "CA")]


@pytest.mark.parametrize(
    "text",
    [
        "Suppose Canada had put an export tax on aluminum sold to the United States.",
        "Potash was not among the energy products that drew the lower U.S. rate on Canada, so it "
        "would have paid the full 25 per cent.",
        "B.C. lumber now costs American buyers close to half again what it would without the "
        "duties.",
    ],
)
def test_a_counterfactual_measure_is_no_event(text: str) -> None:
    x = run(text, datetime(2025, 8, 1, 9, 0, tzinfo=UTC))
    assert [e.rule for e in x.events if e.type in ("tariff", "nontariff_measure")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials would not say whether Prime Minister Justin Trudeau and President Donald Trump "
        "spoke directly over the weekend.",
        "The Prime Minister's Office says no call between Prime Minister Mark Carney and "
        "President Donald Trump is planned this week.",
    ],
)
def test_a_contact_not_asserted_is_no_event(text: str) -> None:
    x = run(text, datetime(2025, 10, 1, 9, 0, tzinfo=UTC))
    assert [e.type for e in x.events] == []


def test_the_country_spared_is_the_target_of_the_exemption() -> None:
    x = run(
        'Trump unveiled "reciprocal" tariffs on most countries. Canada was spared the '
        '"reciprocal" tariffs.',
        datetime(2025, 4, 3, 9, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target) for e in x.events if e.status == "exempted"]
    assert got == [("US", "CA")]


def test_an_exemption_asked_for_is_no_exemption() -> None:
    x = run(
        "Ottawa's counter-tariffs on U.S. steel and aluminum stay. Ottawa has not said whether "
        "it will match the American increase. Industry groups have asked the federal government "
        "to exempt bicycle parts from the counter-tariffs, arguing that Canadian shops have no "
        "domestic alternative.",
        datetime(2025, 6, 10, 9, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["in_effect"]


def test_customers_who_delay_purchases_pause_no_tariff() -> None:
    x = run(
        "The U.S. tariffs on Canadian goods bite. 58 per cent of respondents said U.S. tariffs "
        "had reduced orders or led customers to delay purchases.",
        datetime(2025, 4, 16, 9, 0, tzinfo=UTC),
    )
    assert "paused" not in [e.status for e in x.events]


def test_they_after_a_third_countrys_tariffs_is_that_country() -> None:
    x = run(
        "Canada sells seafood to the United States and China. China's tariffs took effect on "
        "March 20. They put 25 per cent on Canadian pork and on fish and seafood.",
        datetime(2025, 3, 21, 9, 0, tzinfo=UTC),
    )
    assert x.events == []


def test_nafta_that_ceased_to_have_effect_is_terminated() -> None:
    x = run(
        "CUSMA took effect on July 1, 2020, replacing the agreement among Canada, the United "
        "States and Mexico. NAFTA, which had governed trade among the three countries since "
        "1994, ceased to have effect that same day.",
        datetime(2020, 7, 2, 9, 0, tzinfo=UTC),
    )
    assert ("trade_agreement", "terminated") in [(e.type, e.status) for e in x.events]


def test_cutting_the_power_off_is_a_threat_on_electricity() -> None:
    x = run(
        "Ontario Premier Doug Ford put a surcharge on power sent to the United States. "
        '"If the United States escalates, I will not hesitate to cut the electricity off '
        'completely," Ford said.',
        datetime(2025, 3, 11, 9, 0, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.products) for e in x.events if e.status == "threatened"]
    assert got == [("threatened", "CA-ON", ["electricity"])]


def test_talks_ended_but_resumed_in_one_sentence_are_resumed() -> None:
    x = run(
        "Trump had declared all trade discussions with Canada terminated on June 27 over that "
        "tax, but the talks resumed within days.",
        datetime(2025, 7, 11, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_talks", "resumed")]


@pytest.mark.parametrize(
    "text",
    [
        "A side letter would shield Canadian-built passenger vehicles from any future U.S. "
        "tariff on autos imposed on national-security grounds.",
        "SASKATOON — A new American law that bans imports of Russian enriched uranium should "
        "help Saskatchewan's uranium miners.",
    ],
)
def test_no_measure_yet_or_on_a_third_countrys_goods(text: str) -> None:
    x = run(text, datetime(2024, 8, 13, 9, 0, tzinfo=UTC))
    assert [e.type for e in x.events if e.type in ("tariff", "nontariff_measure")] == []


def test_a_duty_on_our_goods_targets_the_storys_own_country() -> None:
    x = run(
        "SAGUENAY, Que. — Ottawa's counter-tariffs on U.S. aluminum products remain in place. "
        "The last time, the duty on our aluminum stayed on for nearly a year before it was "
        "lifted in May 2019.",
        datetime(2025, 3, 14, 9, 0, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.target) for e in x.events if e.status == "removed"]
    assert got == [("removed", "US", "CA")]


def test_no_plan_one_is_aware_of_is_no_exemption() -> None:
    x = run(
        "The U.S. put a 10 percent rate on Canadian energy. Greer said he was not aware of any "
        "plan to exempt Canadian energy from the 10 percent rate.",
        datetime(2025, 3, 7, 9, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["in_effect"]


def test_a_province_charging_extra_on_power_is_its_surcharge() -> None:
    x = run(
        "Ontario began charging an extra 25 per cent on electricity it sends to Michigan, New "
        "York and Minnesota on Monday, the first time a Canadian province has put a surcharge "
        "on power exports in a trade dispute.",
        datetime(2025, 3, 11, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.initiator, e.rate_pct, e.products) for e in x.events] == [
        ("nontariff_measure", "CA-ON", 25, ["electricity"])
    ]


def test_goods_whose_rate_holds_are_a_measure() -> None:
    x = run(
        "The U.S. tariff on Canadian goods is 25%. Non-qualifying energy products remain at 10%.",
        datetime(2025, 3, 8, 9, 0, tzinfo=UTC),
    )
    assert [(e.rate_pct, e.products) for e in x.events] == [(25, ["all_goods"]), (10, ["energy"])]


@pytest.mark.parametrize("unit", ["per cent", "percent"])
def test_a_rate_named_alone_passes_the_prefilter(unit: str) -> None:
    x = run(
        f"The 35 {unit} U.S. tariff on Canadian goods stays. The 10 {unit} on Canadian energy "
        "and potash rests on the same emergency order.",
        datetime(2025, 11, 5, 9, 0, tzinfo=UTC),
    )
    assert [(e.rate_pct, e.products) for e in x.events] == [
        (35, ["all_goods"]),
        (10, ["energy", "potash"]),
    ]


def test_the_owner_in_a_relative_clause_after_the_goods_imposes_the_measure() -> None:
    x = run(
        "Trudeau spoke with Trump twice on Monday. He said the 25 per cent tariffs on Canadian "
        "goods that Washington planned to impose at 12:01 a.m. Tuesday will be paused for at "
        "least 30 days.",
        datetime(2025, 2, 4, 1, 0, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.target) for e in x.events if e.type == "tariff"]
    assert got == [("paused", "US", "CA")]


def test_a_plan_withdrawn_in_its_own_sentence_is_removed() -> None:
    x = run(
        "The President announced on Tuesday that the tariff on Canadian steel and aluminum would "
        "rise to 50 per cent, but withdrew the plan the same day.",
        datetime(2025, 3, 14, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.rate_pct, e.effective_date) for e in x.events] == [
        ("removed", 50, date(2025, 3, 11))
    ]


def test_cheeses_are_dairy() -> None:
    x = run(
        "As of September 1, Canada removed its 25 per cent counter-tariffs on US goods, a list "
        "that included orange juice, some cheeses and small appliances.",
        datetime(2025, 9, 2, 9, 0, tzinfo=UTC),
    )
    assert "dairy" in x.events[0].products


def test_the_old_rates_start_is_not_the_new_rates() -> None:
    x = run(
        "Washington's tariff on aluminum from every country, Canada included, went to 50 per cent "
        "on June 4, doubling the 25 per cent rate that took effect March 12.",
        datetime(2025, 7, 10, 9, 0, tzinfo=UTC),
    )
    assert [(e.rate_pct, e.effective_date) for e in x.events] == [(50, date(2025, 6, 4))]


def test_goods_that_qualify_are_exempt_even_with_no_trigger_word() -> None:
    x = run(
        "The 35 per cent US tariff that took effect on August 1 applies only to Canadian goods "
        "that do not qualify under CUSMA. Canadian softwood qualifies, so it is exempt.",
        datetime(2025, 8, 20, 9, 0, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.target, e.products) for e in x.events]
    assert ("exempted", "US", "CA", ["lumber"]) in got


def test_a_year_told_relatively_dates_only_its_own_day() -> None:
    x = run(
        "The 10 per cent U.S. duty on Canadian aluminum, in place since June 1 of last year, came "
        "off at the border on Monday, May 20.",
        datetime(2019, 5, 21, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2019, 5, 20))]


def test_a_rise_made_last_wednesday_is_in_effect_from_that_day() -> None:
    x = run(
        "Canada exports steel. Last Wednesday, the United States doubled its tariffs on Canadian "
        "steel to 50 per cent.",
        datetime(2025, 6, 10, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("in_effect", date(2025, 6, 4))]


def test_counter_tariffs_put_off_are_paused() -> None:
    x = run(
        "Trump paused his tariffs on Canada. Ottawa, in turn, put off the 25 per cent "
        "counter-tariffs it had planned to apply to $30 billion of American goods.",
        datetime(2025, 2, 4, 9, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.status) for e in x.events] == [("US", "paused"), ("CA", "paused")]


def test_relief_from_counter_tariffs_is_an_exemption() -> None:
    x = run(
        "On Tuesday, Finance Minister François-Philippe Champagne announced six months of relief "
        "from Canada's counter-tariffs for American goods used in Canadian manufacturing.",
        datetime(2025, 4, 16, 9, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.target, e.status) for e in x.events] == [("CA", "US", "exempted")]


def test_salon_products_are_consumer_goods() -> None:
    x = run(
        "Starting Sept. 1, Canada will drop its 25 per cent counter-tariffs on American "
        "shampoos, hair colours and skin-care lines.",
        datetime(2025, 8, 25, 9, 0, tzinfo=UTC),
    )
    assert [e.products for e in x.events] == [["consumer_goods"]]


@pytest.mark.parametrize(
    ("tail", "not_a_person"),
    [
        (
            "The ruling came in two cases, one brought by small businesses led by V.O.S. "
            "Selections, a New York wine and spirits importer.",
            "Selections",
        ),
        (
            "\n\nMedia contact: Government Communications and Public Engagement, Premier's Office.",
            "Engagement",
        ),
        (
            "Kowalczyk, who owns Lakeshore Sun Works, a 22-person installer in Michigan, said so.",
            "Works",
        ),
    ],
)
def test_firms_and_offices_are_no_people(tail: str, not_a_person: str) -> None:
    x = run(
        "Trump put tariffs on Canada. Premier David Eby said B.C. would respond. " + tail,
        datetime(2025, 3, 5, 9, 0, tzinfo=UTC),
    )
    assert not [p.name for p in x.people if p.name.endswith(not_a_person)]


def test_the_start_a_paused_measure_was_due_on_is_no_day_of_the_pause() -> None:
    x = run(
        "Prime Minister Justin Trudeau says the 25 per cent American tariffs that were to hit "
        "Canadian goods at midnight tonight have been paused for at least 30 days.",
        datetime(2025, 2, 3, 23, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("paused", date(2025, 2, 3))]


def test_effective_weekday_takes_the_tense_of_the_clause() -> None:
    x = run(
        "Canada supplies much of the lumber Americans use. The same proclamation put a 25 per "
        "cent tariff on kitchen cabinets from all countries, also effective Tuesday.",
        datetime(2025, 10, 15, 15, 0, tzinfo=UTC),  # a Wednesday
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("in_effect", date(2025, 10, 14))]


def test_remission_applied_for_is_no_exemption() -> None:
    x = run(
        "On the Canadian side, the 25 per cent counter-tariff on American steel still applies to "
        "the coil we bring into Windsor, and we have applied for remission on part of it.",
        datetime(2025, 7, 30, 9, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.status) for e in x.events] == [("CA", "in_effect")]


@pytest.mark.parametrize(
    "text",
    [
        "Washington requested consultations over a 2025 Canadian law that bars trade negotiators "
        "from offering more access to the dairy market.",
        "Ford said Ontario should reimpose its surcharge on power sold to Michigan, drawing a "
        "rebuke from Alberta Premier Danielle Smith, who argued that provinces should not "
        "undercut federal negotiators.",
    ],
)
def test_negotiators_named_hold_no_talks(text: str) -> None:
    x = run(text, datetime(2025, 9, 10, 9, 0, tzinfo=UTC))
    assert [e.type for e in x.events if e.type == "trade_talks"] == []


def test_our_producers_who_pay_a_tariff_are_its_target() -> None:
    x = run(
        "OTTAWA — Canada's counter-tariffs on U.S. goods stay in place. Quebec produces the "
        "cleanest aluminum in the world, and our smelters now pay a 50 per cent tariff to sell it "
        "to their biggest customer.",
        datetime(2025, 9, 18, 9, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target, e.rate_pct) for e in x.events if e.rate_pct == 50]
    assert got == [("US", "CA", 50)]


def test_a_second_verb_has_the_first_ones_subject() -> None:
    x = run(
        "Ontario put a surcharge on power it sells to Michigan. On Thursday Trump exempted goods "
        "that qualify under CUSMA, and cut the rate on non-qualifying potash to 10 per cent.",
        datetime(2025, 3, 8, 9, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target, e.status) for e in x.events if e.rate_pct == 10]
    assert got == [("US", "CA", "reduced")]


def test_no_relief_from_tariffs_is_no_exemption() -> None:
    x = run(
        "Prime Minister Mark Carney met President Donald Trump in the Oval Office on Tuesday, a "
        "cordial first visit that produced warm words but no relief from tariffs.",
        datetime(2025, 5, 7, 9, 0, tzinfo=UTC),
    )
    assert "exempted" not in [e.status for e in x.events]


def test_a_tranche_beside_the_other_sides_duties_is_a_measure() -> None:
    x = run(
        "Trudeau said Canada will put 25% tariffs on $155 billion worth of American goods. The "
        "first tranche, covering $30 billion of products such as orange juice and wine, lands on "
        "Tuesday alongside the US duties.",
        datetime(2025, 2, 2, 13, 0, tzinfo=UTC),
    )
    values = sorted(e.value.amount for e in x.events if e.value)
    assert values == [30e9, 155e9]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Speaker, the Prime Minister sat in the Oval Office with President Donald Trump on "
        "May 6 and came home with nothing but a photo.",
        "Canada and the United States are talking. Carney and President Donald Trump agreed at "
        "the G7 summit in Kananaskis to try to reach a deal within 30 days.",
    ],
)
def test_leaders_who_sat_together_or_agreed_at_a_summit_met(text: str) -> None:
    x = run(text, datetime(2025, 9, 18, 9, 0, tzinfo=UTC))
    assert [(e.type, e.status) for e in x.events if e.type == "leader_contact"] == [
        ("leader_contact", "held")
    ]


def test_the_leader_called_is_the_one_named_before() -> None:
    x = run(
        "Trump threatened a 25 per cent tariff on Canada. Trudeau called him that same Monday "
        "evening, a conversation both offices described as productive.",
        datetime(2024, 12, 2, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events if e.type == "leader_contact"] == [
        ("leader_contact", "held")
    ]


def test_a_threat_to_cut_the_power_off_is_not_the_surcharge_suspended_later() -> None:
    x = run(
        "Ontario began charging a 25 per cent surcharge on power sent to Michigan after the U.S. "
        "tariffs. Premier Doug Ford had also warned that he could cut the power off entirely if "
        "the tariffs escalated. On Tuesday he suspended the surcharge.",
        datetime(2025, 3, 12, 9, 0, tzinfo=UTC),
    )
    got = [(e.status, _trigger_word(e.rule)) for e in x.events if e.type == "nontariff_measure"]
    assert got == [("paused", "surcharge"), ("threatened", "cut the power off")]


def _trigger_word(rule: str) -> str:
    return rule.split("|", 1)[0].split(":", 1)[1]


def test_a_surtax_at_the_canadian_border_is_canadas() -> None:
    x = run(
        "Canada hit back at U.S. tariffs. Since March 4, American peanut butter and other U.S. "
        "foods have carried a 25 per cent surtax at the Canadian border.",
        datetime(2025, 6, 20, 9, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target) for e in x.events if e.rate_pct == 25]
    assert got == [("CA", "US")]


def test_so_does_the_counter_tariff_on_vehicles_is_a_measure() -> None:
    x = run(
        "Canada's counter-tariffs on American steel and aluminum will stay in place. So does the "
        "counter-tariff on American-built vehicles that don't meet CUSMA rules.",
        datetime(2025, 8, 23, 9, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.products) for e in x.events] == [
        ("CA", ["steel", "aluminum"]),
        ("CA", ["autos"]),
    ]


def test_the_same_rate_named_with_its_figure_extends_to_other_goods() -> None:
    x = run(
        "Canada builds cars. Trump put a 25 per cent tariff on imported cars from April 3. "
        "Washington has said the same 25 per cent rate will apply to imported engines, "
        "transmissions and other major components starting May 3.",
        datetime(2025, 3, 27, 9, 0, tzinfo=UTC),
    )
    got = [(e.products, e.effective_date) for e in x.events]
    assert (["auto_parts"], date(2025, 5, 3)) in got


def test_an_agreement_that_still_has_to_be_signed_is_not_signed() -> None:
    x = run(
        "Canada, the U.S. and Mexico reached a new trade deal. The agreement still has to be "
        "signed and ratified in all three countries.",
        datetime(2018, 10, 2, 9, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["reached"]


def test_talks_in_an_if_clause_are_no_talks() -> None:
    x = run(
        "The U.S. collects lumber duties from Canadian mills. Those deposits could be returned "
        "if the two governments negotiate a settlement.",
        datetime(2025, 9, 10, 9, 0, tzinfo=UTC),
    )
    assert [e.type for e in x.events if e.type == "trade_talks"] == []


def test_working_through_the_joint_review_is_under_review() -> None:
    x = run(
        "Canada and the U.S. trade a lot. The numbers arrive as the two countries work through "
        "the formal CUSMA joint review.",
        datetime(2026, 4, 10, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "under_review")]


def test_a_surtax_canada_stopped_charging_is_removed() -> None:
    x = run(
        "As of Monday, Canada stopped charging its retaliatory 25 per cent surtax on a long list "
        "of American goods that qualify under CUSMA.",
        datetime(2025, 9, 2, 9, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.status) for e in x.events] == [("CA", "removed")]


def test_a_rate_down_from_another_is_reduced() -> None:
    x = run(
        "Since March 1, Canadian steel shipped within a quota has paid a U.S. tariff of 25 per "
        "cent, down from 50 per cent.",
        datetime(2026, 4, 10, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("reduced", 25)]


def test_a_rate_cut_to_one_figure_from_another_is_reduced() -> None:
    x = run(
        "The U.S. Commerce Department's review results cut the combined anti-dumping and "
        "countervailing duty rate for most Canadian softwood lumber exports to 8.59 per cent "
        "from 17.91 per cent.",
        datetime(2026, 8, 10, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.rate_pct) for e in x.events] == [("reduced", 8.59)]


@pytest.mark.parametrize(
    "span",
    ["range from 241 to 298 per cent", "run from about 200 to nearly 300 per cent"],
)
def test_rates_that_span_a_range_give_no_one_rate(span: str) -> None:
    x = run(
        f"Canada's over-quota tariffs on American dairy products {span}, depending on the product.",
        datetime(2025, 7, 10, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.rate_pct) for e in x.events] == [("tariff", None)]


def test_a_further_sum_of_goods_added_to_a_list_is_a_measure() -> None:
    x = run(
        "Canada put counter-tariffs on $30 billion of U.S. goods. Ottawa has said it could add a "
        "further $125 billion of American goods to its list.",
        datetime(2025, 3, 20, 9, 0, tzinfo=UTC),
    )
    got = [(e.status, e.value.amount if e.value else None) for e in x.events]
    assert ("threatened", 125e9) in got


def test_non_usmca_goods_name_no_agreement() -> None:
    x = run(
        "For Canadian exporters, the ruling reaches the 25% U.S. tariff on non-USMCA goods from "
        "Canada.",
        datetime(2025, 6, 2, 9, 0, tzinfo=UTC),
    )
    assert [e.type for e in x.events if e.type == "trade_agreement"] == []


def test_the_day_a_dropped_tax_was_to_collect_is_no_day_of_the_removal() -> None:
    x = run(
        "Finance Minister François-Philippe Champagne announced that Ottawa would rescind the 3 "
        "per cent digital services tax, which was to collect its first payments from large tech "
        "companies on Monday.",
        datetime(2025, 6, 30, 9, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. argues that Canada still reserves most of the dairy quota for its own "
        "processors and shuts out American retailers.",
        "Canadian steel exports to the United States jumped in the first month of a new U.S. "
        "quota arrangement.",
    ],
)
def test_a_quota_named_is_no_measure_of_its_own(text: str) -> None:
    x = run(text, datetime(2025, 9, 10, 9, 0, tzinfo=UTC))
    assert [e.type for e in x.events if e.type == "nontariff_measure"] == []


def test_the_measure_replied_to_is_not_the_reply() -> None:
    x = run(
        "Ontario Premier Doug Ford puts a 25% surcharge on electricity exported to Michigan, New "
        "York and Minnesota, in reply to the US tariffs.",
        datetime(2025, 3, 11, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.initiator) for e in x.events] == [("nontariff_measure", "CA-ON")]


def test_a_package_told_by_its_tranches_is_the_tranches() -> None:
    x = run(
        "Trudeau said Canada will put 25 per cent tariffs on $155 billion worth of American "
        "goods. The first tranche, covering $30 billion of products such as orange juice, lands "
        "on Tuesday. The remaining $125 billion, which takes in steel and aluminum, is to follow "
        "after a 21-day consultation.",
        datetime(2025, 2, 2, 17, 0, tzinfo=UTC),
    )
    got = sorted((e.value.amount if e.value else None, e.rate_pct) for e in x.events)
    assert got == [(30e9, 25), (125e9, 25)]


def test_a_tranche_to_follow_after_a_consultation_has_no_day_of_the_first() -> None:
    x = run(
        "Trudeau said Canada will put 25 per cent tariffs on $30 billion of U.S. goods starting "
        "Tuesday. Tariffs on a further $125 billion of U.S. products would be applied after a "
        "public comment period, without giving a date.",
        datetime(2025, 2, 2, 17, 0, tzinfo=UTC),
    )
    got = sorted((e.value.amount, e.effective_date) for e in x.events if e.value)
    assert got == [(30e9, date(2025, 2, 4)), (125e9, None)]


def test_a_measure_dated_by_its_month_takes_no_siblings_day() -> None:
    x = run(
        "Saskatchewan put American liquor back on its shelves on Sept. 1. Alberta, which had "
        "pulled U.S. liquor for the same reason, restarted American purchases in June.",
        datetime(2025, 9, 3, 9, 0, tzinfo=UTC),
    )
    got = {e.initiator: e.effective_date for e in x.events}
    assert got == {"CA-SK": date(2025, 9, 1), "CA-AB": None}


def test_two_cases_decided_together_are_two_disputes() -> None:
    x = run(
        "Trump's tariffs on Canadian goods were struck down. The 7-4 decision from the U.S. Court "
        "of Appeals for the Federal Circuit came in two cases heard together: one brought by five "
        "small businesses, and one brought by 12 states led by Oregon.",
        datetime(2025, 8, 30, 9, 0, tzinfo=UTC),
    )
    got = [(e.type, e.initiator, e.target) for e in x.events if e.type == "trade_dispute"]
    assert got == [("trade_dispute", "US", "CA"), ("trade_dispute", "US", "CA")]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. lifted its steel tariffs on Canada. Both governments also agreed to drop the "
        "cases they had filed against each other at the World Trade Organization over the "
        "tariffs and the countermeasures.",
        "The U.S. will lift its steel tariffs on Canada. Canada is withdrawing its WTO challenge "
        "of the American tariffs, and the United States is withdrawing its WTO case against our "
        "countermeasures.",
    ],
)
def test_cases_each_side_drops_are_two_settled_disputes(text: str) -> None:
    x = run(text, datetime(2019, 5, 20, 9, 0, tzinfo=UTC))
    got = sorted((e.initiator, e.status) for e in x.events if e.type == "trade_dispute")
    assert got == [("CA", "settled"), ("US", "settled")]


def test_a_joint_action_plan_finalized_is_an_agreement_reached() -> None:
    x = run(
        "Canada and the United States finalized a joint action plan on critical minerals in "
        "January 2020.",
        datetime(2025, 3, 5, 9, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "reached")]


@pytest.mark.parametrize(
    ("second", "code"),
    [
        ("Ontario's LCBO did the same that day, removing thousands of American products.", "CA-ON"),
        (
            "Alberta took a similar step, halting new purchases of American alcohol as of the "
            "same date.",
            "CA-AB",
        ),
    ],
)
def test_a_province_that_followed_that_day_shares_the_day(second: str, code: str) -> None:
    x = run(
        "B.C. pulled American liquor from government stores on March 4 in response to U.S. "
        f"tariffs. {second}",
        datetime(2025, 3, 5, 9, 0, tzinfo=UTC),
    )
    got = {e.initiator: e.effective_date for e in x.events}
    assert got == {"CA-BC": date(2025, 3, 4), code: date(2025, 3, 4)}


def test_retaliation_that_is_not_the_plan_is_no_measure() -> None:
    x = run(
        "The U.S. put 50 per cent tariffs on Canadian steel. A Canadian official told reporters "
        'last week that retaliation "is not the plan at this stage."',
        datetime(2025, 6, 20, 9, 0, tzinfo=UTC),
    )
    assert [e.initiator for e in x.events] == ["US"]


def test_a_different_conversation_is_no_talks() -> None:
    x = run(
        'Canada may put counter-tariffs on U.S. aluminum. "If the final Canadian list includes '
        "aluminum can sheet from the U.S., that's a different conversation,\" she said.",
        datetime(2020, 8, 10, 9, 0, tzinfo=UTC),
    )
    assert [e.type for e in x.events if e.type == "trade_talks"] == []


def test_effective_weekday_after_a_weekday_told_in_the_past_follows_it() -> None:
    x = run(
        "President Donald Trump signed an order on Saturday imposing 25 per cent tariffs on most "
        "Canadian imports, effective Tuesday.",
        datetime(2025, 2, 5, 17, 0, tzinfo=UTC),  # a Wednesday
    )
    assert [e.effective_date for e in x.events] == [date(2025, 2, 4)]


def test_the_day_a_country_responded_with_a_measure_is_its_start() -> None:
    x = run(
        "The U.S. put tariffs on Canadian steel on June 1. Canada had responded on July 1 with "
        "surtaxes on $16.6 billion of American goods.",
        datetime(2018, 9, 10, 9, 0, tzinfo=UTC),
    )
    got = {e.initiator: e.effective_date for e in x.events}
    assert got == {"US": date(2018, 6, 1), "CA": date(2018, 7, 1)}


def test_a_future_told_in_the_past_is_the_nearest_such_day() -> None:
    x = run(
        "President Donald Trump had written to Prime Minister Mark Carney on July 10 that "
        "Canadian goods would face a 35 per cent tariff from August 1.",
        datetime(2025, 9, 10, 19, 0, tzinfo=UTC),
    )
    assert [e.effective_date for e in x.events] == [date(2025, 8, 1)]


def test_a_weekday_before_a_past_verb_is_the_last_such_day() -> None:
    x = run(
        "At 12:01 a.m. Friday, the U.S. tariff on Canadian goods went from 25 to 35 per cent.",
        datetime(2025, 8, 2, 12, 0, tzinfo=UTC),  # a Saturday
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("in_effect", date(2025, 8, 1))]


def test_as_of_a_day_heading_a_past_sentence_looks_back() -> None:
    x = run(
        "As of Sept. 1, Ottawa dropped the 25 per cent counter-tariffs it had placed on American "
        "goods.",
        datetime(2025, 11, 28, 12, 0, tzinfo=UTC),
    )
    assert [e.effective_date for e in x.events] == [date(2025, 9, 1)]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "On Tuesday, Premier Doug Ford barred American companies from Ontario government "
            "procurement, effective immediately.",
            "in_effect",
        ),
        (
            "On Tuesday, Premier Doug Ford suspended the electricity surcharge on Michigan, "
            "effective immediately.",
            "paused",
        ),
    ],
)
def test_effective_immediately_after_a_day_heading_the_sentence_is_that_day(
    sentence: str, status: str
) -> None:
    x = run(sentence, datetime(2025, 3, 13, 12, 0, tzinfo=UTC))  # a Thursday
    assert [(e.status, e.effective_date) for e in x.events] == [(status, date(2025, 3, 11))]


def test_a_province_not_interested_in_a_measure_takes_none() -> None:
    x = run(
        "Premier Scott Moe has been clear that Saskatchewan is not interested in restricting "
        "potash exports to the United States as a bargaining chip.",
        datetime(2025, 3, 8, 12, 0, tzinfo=UTC),
    )
    assert x.events == []


def test_no_way_to_restock_leaves_the_store_ban_in_place() -> None:
    x = run(
        "Since March 4, when the B.C. government pulled American alcohol from the shelves of its "
        "liquor stores in response to U.S. tariffs, restaurants that buy through the provincial "
        "wholesaler have had no way to restock American wine.",
        datetime(2025, 4, 12, 12, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.status) for e in x.events] == [("CA-BC", "in_effect")]


def test_a_negation_before_and_confirmed_that_belongs_to_the_other_report() -> None:
    x = run(
        "The U.S. put tariffs on Canadian steel and aluminum on June 1. Trudeau said Canada "
        'would not be "pushed around" and confirmed that its countermeasures, worth $16.6 '
        "billion, will take effect on July 1.",
        datetime(2018, 6, 10, 20, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.status, e.effective_date) for e in x.events if e.initiator == "CA"]
    assert got == [("CA", "announced", date(2018, 7, 1))]


def test_a_leader_looking_at_tariffs_threatens_them() -> None:
    x = run(
        "Canada will impose tariffs on U.S. steel on July 1. Hours later, Trump posted that he "
        "was looking at tariffs on automobiles flooding the American market.",
        datetime(2018, 6, 10, 20, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.status, e.products) for e in x.events if e.initiator == "US"]
    assert got == [("US", "threatened", ["autos"])]


def test_would_not_be_meeting_the_other_leader_is_no_planned_contact() -> None:
    x = run(
        "At the summit in South Korea this week, Trump told reporters he would not be meeting "
        'Prime Minister Mark Carney "for a while."',
        datetime(2025, 11, 1, 9, 0, tzinfo=UTC),
    )
    assert [e.type for e in x.events] == []


def test_a_second_list_with_a_sum_of_its_own_is_a_measure_of_its_own() -> None:
    x = run(
        "Canada put 25 per cent counter-tariffs on roughly $30 billion of American goods, and "
        "federal ministers said a much larger second list, worth about $125 billion, is to "
        "follow later this month.",
        datetime(2025, 3, 8, 12, 0, tzinfo=UTC),
    )
    got = [(e.status, e.value.amount if e.value else None) for e in x.events]
    assert got == [("in_effect", 30e9), ("announced", 125e9)]


def test_a_start_that_was_planned_in_a_story_of_a_pause_is_paused() -> None:
    x = run(
        "The 25 per cent U.S. tariffs on Canadian goods are paused for 30 days. Ottawa's "
        "counter-tariffs, 25 per cent on $30 billion of American goods, were to take effect "
        "this morning as well.",
        datetime(2025, 2, 4, 11, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.status) for e in x.events] == [("US", "paused"), ("CA", "paused")]


def test_a_relative_clause_telling_what_a_measure_did_is_the_same_measure() -> None:
    x = run(
        "The U.S. put tariffs on Canadian steel and aluminum last year. Ottawa's $16.6-billion "
        "list of countermeasures, which had put surtaxes on everything from U.S. steel to "
        "ketchup, came off the same day.",
        datetime(2019, 5, 24, 12, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.status) for e in x.events if e.initiator == "CA"] == [("CA", "removed")]


def test_a_tariff_that_is_finished_is_removed() -> None:
    x = run(
        "After almost a year, the American tariff on Canadian steel is finished.",
        datetime(2019, 5, 24, 12, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["removed"]


def test_retaliation_named_as_a_cause_further_back_is_no_measure() -> None:
    x = run(
        "The U.S. tariff on Canadian goods went from 25 to 35 per cent on Friday. The White "
        "House said the increase answered Canada's failure to do more on fentanyl and its "
        "retaliation against American goods.",
        datetime(2025, 8, 2, 12, 0, tzinfo=UTC),
    )
    assert [e.initiator for e in x.events] == ["US"]


def test_staying_on_shelves_while_the_pause_holds_pauses_a_store_ban() -> None:
    x = run(
        "Ontario Premier Doug Ford said American beer, wine and spirits will stay on LCBO "
        "shelves while the pause holds.",
        datetime(2025, 2, 4, 11, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.status) for e in x.events] == [("CA-ON", "paused")]


def test_a_private_person_with_a_role_is_placed_by_the_town_heading_the_sentence() -> None:
    x = run(
        "Canada put 25 per cent counter-tariffs on American goods on Tuesday. In Plattsburgh, "
        "N.Y., motel owner Gary Deshaies said his winter weekends, once full of Montreal "
        "skiers, are empty.",
        datetime(2025, 3, 6, 12, 0, tzinfo=UTC),
    )
    assert {p.name: p.country for p in x.people}.get("Gary Deshaies") == "US"


def test_an_opposition_leader_named_by_that_title_is_a_person() -> None:
    x = run(
        "The United States put a 25 per cent tariff on Canadian goods on Tuesday. Opposition "
        "leader Naheed Nenshi said the province should do more to help workers.",
        datetime(2025, 3, 6, 12, 0, tzinfo=UTC),
    )
    assert ("Naheed Nenshi", "CA") in {(p.name, p.country) for p in x.people}


def test_an_old_rate_told_roughly_after_from_is_no_measure_of_its_own() -> None:
    x = run(
        "The Commerce Department cut the combined duties on Canadian softwood lumber to about 9 "
        "percent, from roughly 20 percent, on Tuesday.",
        datetime(2020, 12, 2, 14, 0, tzinfo=UTC),
    )
    assert [e.rate_pct for e in x.events] == [9.0]


def test_a_day_before_a_when_clause_dates_the_measure_it_tells_of() -> None:
    x = run(
        "It came off on September 1, when Ottawa dropped its counter-tariffs on US goods that "
        "qualify under CUSMA.",
        datetime(2025, 9, 18, 11, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2025, 9, 1))]


def test_a_tariff_withdrawn_later_in_its_sentence_is_removed_as_of_the_backdated_day() -> None:
    x = run(
        "Washington restored a 10 percent tariff on non-alloyed unwrought aluminum from Canada on "
        "August 16, then withdrew it in mid-September, retroactive to Sept. 1.",
        datetime(2020, 12, 2, 14, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2020, 9, 1))]


def test_a_gapped_second_rate_shares_the_first_clauses_day() -> None:
    x = run(
        "Since Friday, steel imported from Canada has faced a 25 percent U.S. duty, and Canadian "
        "aluminum a 10 percent duty, after the administration let the exemption expire at "
        "midnight on Thursday.",
        datetime(2018, 6, 5, 12, 0, tzinfo=UTC),  # a Tuesday
    )
    got = [(e.rate_pct, e.status, e.effective_date) for e in x.events]
    assert got == [(25.0, "in_effect", date(2018, 6, 1)), (10.0, "in_effect", date(2018, 6, 1))]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "When Washington's 25 per cent tariff on Canadian goods took effect on the 4th, the "
            "mill's first call was to its customs broker.",
            date(2025, 3, 4),
        ),
        (
            "On March 1, the U.S. said the 25 per cent tariff on Canadian goods would begin "
            "three days later.",
            date(2025, 3, 4),
        ),
    ],
)
def test_a_day_of_the_month_or_days_later_are_resolved(sentence: str, day: date) -> None:
    x = run(sentence, datetime(2025, 3, 20, 14, 0, tzinfo=UTC))
    assert [e.effective_date for e in x.events if e.type == "tariff"] == [day]


def test_published_at_the_end_of_may_is_no_end_of_a_measure() -> None:
    x = run(
        "Ottawa's list of countermeasures against the United States, published at the end of "
        "May, puts a 10 per cent surtax on American ketchup, starting on Sunday, July 1. The same "
        "package sets a 25 per cent surtax on American steel products.",
        datetime(2018, 6, 28, 11, 0, tzinfo=UTC),
    )
    got = [(e.rate_pct, e.status, e.effective_date) for e in x.events]
    assert got == [(10.0, "announced", date(2018, 7, 1)), (25.0, "announced", date(2018, 7, 1))]


def test_a_day_heading_a_report_of_a_decision_is_the_day_it_was_said() -> None:
    x = run(
        "This afternoon Prime Minister Carney said Canada would answer with a 25% tariff on "
        "vehicles imported from the U.S. that are not CUSMA-compliant.",
        datetime(2025, 4, 3, 23, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("announced", None)]


def test_weeks_ago_heading_a_transcript_turn_dates_the_measure() -> None:
    x = run(
        "CARNEY: Two weeks ago the Americans put 25 per cent on Canadian-built cars that aren't "
        "American enough for them.",
        datetime(2025, 4, 17, 23, 0, tzinfo=UTC),
    )
    assert [e.effective_date for e in x.events] == [date(2025, 4, 3)]


def test_adding_another_rate_on_goods_is_a_measure_announced() -> None:
    x = run(
        "Trump ended trade talks with Canada on Thursday over an Ontario advertisement. Then on "
        "Saturday he said he'd add another 10 percent on Canadian goods because of the ad.",
        datetime(2025, 10, 28, 21, 0, tzinfo=UTC),
    )
    got = [(e.status, e.rate_pct, e.products) for e in x.events if e.type == "tariff"]
    assert got == [("announced", 10.0, ["all_goods"])]


def test_a_tariff_under_a_us_statute_is_the_united_states_own() -> None:
    x = run(
        "Under Section 232 of the Trade Expansion Act of 1962, imports of steel and aluminum from "
        "all countries, including Canada, have faced a 50% tariff since June 4, 2025.",
        datetime(2025, 9, 18, 12, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.target) for e in x.events] == [("US", "WORLD")]


def test_a_rate_that_had_been_in_place_before_is_the_old_rate() -> None:
    x = run(
        "The U.S. tariff of 35% has applied since August 1 to Canadian goods that do not qualify "
        "for USMCA preferences; the rate had been 25% since March 4.",
        datetime(2025, 9, 18, 12, 0, tzinfo=UTC),
    )
    assert [e.rate_pct for e in x.events] == [35.0]


def test_a_tariff_that_doubled_on_the_nth_of_last_month_took_effect_then() -> None:
    x = run(
        "Director Siddiqui noted that U.S. tariffs on Canadian steel doubled to 50 per cent on "
        "the 4th of last month, and asked whether Canadian steel prices might rise.",
        datetime(2025, 7, 11, 2, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("in_effect", date(2025, 6, 4))]


def test_a_timeline_entry_headed_by_weekday_and_date_is_that_date() -> None:
    x = run(
        "1. What happened\n\nSunday night, June 29: Finance Minister Francois-Philippe "
        "Champagne announced that Canada was rescinding the 3% digital services tax, which had "
        "mostly fallen on the big American tech platforms, and that the first payments, due "
        "Monday, would not be collected.",
        datetime(2025, 7, 2, 12, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2025, 6, 29))]


def test_a_joined_that_clause_with_would_reports_the_same_decision() -> None:
    x = run(
        "Finance Minister Francois-Philippe Champagne announced that Canada was rescinding the "
        "3% digital services tax, and that the first payments, due Monday, would not be "
        "collected.",
        datetime(2025, 6, 30, 12, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["removed"]


def test_a_firms_surcharge_with_no_government_is_no_measure() -> None:
    x = run(
        "Canada's 3% digital services tax is law and hits U.S. tech giants. One big ad platform "
        "has already told Canadian advertisers it will add a surcharge starting in October.",
        datetime(2024, 9, 4, 12, 0, tzinfo=UTC),
    )
    assert [e.type for e in x.events] == ["nontariff_measure"]
    assert [_trigger_word(e.rule) for e in x.events] == ["digital services tax"]


def test_a_court_case_with_no_trade_word_near_it_is_no_trade_dispute() -> None:
    x = run(
        "HB 4391 would create an out-of-state retailer shipper license, and require those "
        "retailers to collect and remit Michigan excise and sales taxes. Ontario and Quebec "
        "wineries are watching.\n\nWhy it is back\n\nThe question has been in court for two "
        "decades. In 2005, in Granholm v. Heald, the US Supreme Court struck down Michigan and "
        "New York laws that let in-state wineries ship to consumers while barring out-of-state "
        "ones, calling them discrimination against interstate commerce.",
        datetime(2025, 5, 14, 12, 0, tzinfo=UTC),
    )
    assert x.events == []


def test_stores_that_still_have_no_american_wine_keep_a_ban() -> None:
    x = run(
        "Canada answered U.S. tariffs with counter-tariffs. In Nova Scotia and Quebec the "
        "government liquor stores still have no American wine on the shelves.",
        datetime(2025, 6, 1, 10, 0, tzinfo=UTC),
    )
    got = {(e.initiator, e.status) for e in x.events if e.type == "nontariff_measure"}
    assert got == {("CA-NS", "in_effect"), ("CA-QC", "in_effect")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ontario put a 25 per cent surcharge on electricity sent to Michigan on Monday. That "
        "10% is an uplift, not a tariff.",
        "If a panel eventually sides with Washington, the U.S. could be allowed to retaliate "
        "with tariffs on Canadian goods.",
        "The table imagined a common external tariff on steel, with Canadian lithium and nickel "
        "flowing south to the United States.",
    ],
)
def test_what_is_not_a_tariff_allowed_or_imagined_is_no_measure(sentence: str) -> None:
    x = run(sentence, datetime(2025, 3, 7, 12, 0, tzinfo=UTC))
    assert [e.type for e in x.events if e.type == "tariff"] == []


def test_people_on_an_attendance_line_and_a_posted_by_line_are_listed() -> None:
    x = run(
        "Minutes of the Board of Directors\n"
        "Present: Patricia Okonkwo (President), Daniel Ferreira (Treasurer)\n"
        "Also present: Kevin Doyle, Property Manager, Lakeview Property Services\n\n"
        "Director Ferreira noted that U.S. tariffs on Canadian steel doubled to 50 per cent on "
        "June 4.\n\nPosted by Tessa Lindqvist",
        datetime(2025, 7, 11, 2, 0, tzinfo=UTC),
    )
    names = {p.name for p in x.people}
    assert {"Patricia Okonkwo", "Daniel Ferreira", "Kevin Doyle", "Tessa Lindqvist"} <= names
    assert "Property Manager" not in names


def test_peanut_butter_is_no_dairy_of_supply_management() -> None:
    x = run(
        "Canada replied within hours with 25% surtaxes on C$30 billion of American goods, from "
        "orange juice and peanut butter to household appliances and bourbon.",
        datetime(2025, 3, 7, 21, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.retaliatory) for e in x.events] == [("CA", True)]


def test_a_digital_services_tax_takes_the_rate_named_near_it() -> None:
    x = run(
        "Ottawa scrapped its digital services tax late Sunday, hours before the first payments "
        "were due. The digital services tax had collected 3 per cent of the Canadian revenue of "
        "big tech platforms since 2024.",
        datetime(2025, 6, 30, 12, 0, tzinfo=UTC),
    )
    assert {e.rate_pct for e in x.events} == {3.0}


def test_an_exercise_that_supposes_a_tariff_names_no_measure() -> None:
    x = run(
        "Question 4\n\nSuppose the United States, which imports maple syrup from Canada, imposes "
        "a 20 per cent tariff on all Canadian maple syrup.",
        datetime(2024, 12, 10, 19, 0, tzinfo=UTC),
    )
    assert x.events == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The U.S. put tariffs on Canadian steel on June 1. Canada has also opened a "
            "challenge at the World Trade Organization.",
            ("CA", "US"),
        ),
        (
            "The U.S. objects to Canada's digital services tax. On August 30, U.S. Trade "
            "Representative Katherine Tai requested dispute-settlement consultations with "
            "Canada under CUSMA.",
            ("US", "CA"),
        ),
    ],
)
def test_a_challenge_opened_or_consultations_requested_file_a_case(
    text: str, pair: tuple[str, str]
) -> None:
    x = run(text, datetime(2024, 9, 4, 12, 0, tzinfo=UTC))
    got = [(e.status, (e.initiator, e.target)) for e in x.events if e.type == "trade_dispute"]
    assert got == [("filed", pair)]


def test_the_leaders_of_a_governors_and_premiers_summit_are_no_heads_of_government() -> None:
    # the development set's article about the Great Lakes governors' and premiers' summit
    article = _devset_article("gold-36", "jl-022")
    x = run(article.text, article.published)
    assert [e.type for e in x.events if e.type == "leader_contact"] == []


def test_a_pact_exemption_in_a_story_of_mexico_is_no_canada_us_event() -> None:
    # the development set's credit comment on Mexico's reprieve (a distractor)
    article = _devset_article("gold-25", "ja-024")
    x = run(article.text, article.published)
    assert not x.relevant


def test_firms_that_were_not_part_of_a_negotiation_name_no_talks() -> None:
    x = run(
        "The European Union and the United States agreed on zero tariffs for aircraft parts. "
        "Canadian and Brazilian aerospace firms, which compete directly with European suppliers "
        "for US contracts, were not part of either negotiation.",
        datetime(2025, 8, 1, 12, 0, tzinfo=UTC),
    )
    assert [e.type for e in x.events if e.type == "trade_talks"] == []


def test_a_job_postings_skills_name_no_measure() -> None:
    # the development set's job posting for a trade compliance analyst (a distractor)
    article = _devset_article("gold-36", "jl-020")
    x = run(article.text, article.published)
    assert not x.relevant


@pytest.mark.parametrize(("path", "article_id"), [("gold-30", "jg-017"), ("gold-33", "ji-019")])
def test_a_guessed_target_in_a_story_about_a_third_country_is_no_measure(
    path: str, article_id: str
) -> None:
    # development-set distractors about China's and Brazil's tariffs, told from Canada
    article = _devset_article(path, article_id)
    assert not run(article.text, article.published).relevant


def test_answered_the_same_day_with_counter_tariffs_names_them() -> None:
    x = run(
        "On Wednesday, the United States began charging a 25 per cent tariff on all steel and "
        "aluminum imports. Ottawa answered the same day with counter-tariffs of 25 per cent on "
        "$29.8 billion of American products, taking effect Thursday.",
        datetime(2025, 3, 13, 17, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.rate_pct) for e in x.events if e.initiator == "CA"] == [("CA", 25.0)]


def test_letting_firms_bring_goods_in_without_paying_is_an_exemption_and_talks_tough_no_talks() -> (
    None
):
    x = run(
        "Canada put 25 per cent counter-tariffs on American vehicles on April 9. Mr. Carney "
        "talks tough, but just this week his government quietly let General Motors and "
        "Stellantis bring in thousands of American vehicles without paying his counter-tariffs.",
        datetime(2025, 4, 18, 3, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status) for e in x.events]
    assert got == [("tariff", "in_effect"), ("tariff", "exempted")]


def test_the_same_rate_applied_to_other_goods_is_a_measure_of_its_own() -> None:
    x = run(
        "Canada's auto sector braced. The 25% U.S. tariff on imported vehicles took effect at "
        "midnight. The same 25% is scheduled to apply to imported auto parts on May 3.",
        datetime(2025, 4, 3, 23, 0, tzinfo=UTC),
    )
    got = [(e.status, e.products, e.effective_date) for e in x.events]
    assert got[1:] == [("announced", ["auto_parts"], date(2025, 5, 3))]


def test_leaders_who_agreed_to_aim_for_a_deal_propose_one() -> None:
    x = run(
        "When Prime Minister Mark Carney and President Donald Trump met at the G7 summit in "
        "Kananaskis in June, they agreed to aim for a new economic and security deal within "
        "30 days.",
        datetime(2025, 8, 12, 13, 0, tzinfo=UTC),
    )
    assert ("trade_agreement", "proposed") in [(e.type, e.status) for e in x.events]


def test_a_call_the_leader_had_held_stays_held_whatever_the_sentence_plans_next() -> None:
    x = run(
        "Prime Minister Mark Carney said Friday that he had spoken with President Donald Trump "
        "the day before and that negotiations on steel, aluminum, energy and autos would "
        "intensify in the coming weeks.",
        datetime(2025, 8, 25, 19, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events if e.type == "leader_contact"] == ["held"]


def test_a_relative_clause_between_a_measure_and_its_lifting_keeps_it_removed() -> None:
    x = run(
        "Canada's counter-tariffs on American goods that qualify under CUSMA, which had covered "
        "a few pet-food and supply items since March, were lifted on September 1.",
        datetime(2025, 10, 9, 21, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2025, 9, 1))]


def test_an_if_clause_about_the_reader_does_not_hedge_a_measure() -> None:
    text = (
        "Late last month President Donald Trump said he was ending trade talks with Canada. "
        "If you were planning to replace the truck that pulls your trailer, note that as of "
        "November 1 the US charges 25 per cent on imported medium and heavy trucks."
    )
    x = run(text, datetime(2025, 11, 10, 23, 0, tzinfo=UTC))
    assert [(e.status, e.rate_pct) for e in x.events if e.type == "tariff"] == [("in_effect", 25)]
    # a condition put to the other government ("If you escalate, we will ...") still hedges
    y = run(
        "Ford told Washington: If you escalate, we will put a 25 per cent surcharge on the "
        "electricity Ontario sends to Michigan.",
        datetime(2025, 3, 8, 15, 0, tzinfo=UTC),
    )
    assert [e.status for e in y.events] == ["threatened"]


def test_tax_imported_goods_at_a_rate_is_a_tariff_dated_by_a_later_by_the_time_clause() -> None:
    x = run(
        "WHITEHORSE — When President Donald Trump announced in July that the United States "
        "would tax imported copper at 50 per cent, phones rang at every Yukon mine office. By "
        "the time the order took effect on August 1, the worry had mostly passed. The same day, "
        "the broader US tariff on Canadian goods rose from 25 to 35 per cent.",
        datetime(2025, 8, 7, 23, 0, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.target, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [
        ("in_effect", "US", "WORLD", 50, date(2025, 8, 1)),
        ("in_effect", "US", "CA", 35, date(2025, 8, 1)),
    ]


def test_a_province_in_a_leading_subordinate_clause_is_no_party_to_the_talks() -> None:
    x = run(
        "After Ontario's government ran a television advertisement quoting Ronald Reagan on "
        "the dangers of tariffs, President Donald Trump announced on October 23 that he was "
        "terminating all trade negotiations with Canada.",
        datetime(2025, 10, 30, 14, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status, {e.initiator, e.target}) for e in x.events]
    assert got == [("trade_talks", "suspended", {"US", "CA"})]


def test_haggling_over_a_pact_with_the_other_side_is_talks() -> None:
    x = run(
        "Meanwhile, Foreign Affairs Minister Chrystia Freeland is shuttling to Washington again "
        "this week to haggle over NAFTA with US Trade Representative Robert Lighthizer.",
        datetime(2018, 9, 4, 13, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status, e.initiator, e.target) for e in x.events] == [
        ("trade_talks", "ongoing", "CA", "US")
    ]


def test_a_report_paragraph_number_does_not_hide_the_day_heading_the_sentence() -> None:
    x = run(
        "6.3 Canada's 25% surtax on about $29.8 billion of US steel and aluminum has applied "
        "since 13 March 2025.\n\n6.4 On 1 September 2025 the government removed the surtax on "
        "US aluminum products.",
        datetime(2025, 11, 24, 15, 0, tzinfo=UTC),
    )
    removed = [e.effective_date for e in x.events if e.status == "removed"]
    assert removed == [date(2025, 9, 1)]


def test_a_challenge_under_the_pact_named_in_full_is_a_dispute_filed() -> None:
    x = run(
        "Canada's digital services tax took effect in June. Washington has already filed a "
        "formal challenge under the Canada\u2013United States\u2013Mexico Agreement, requesting "
        "dispute consultations in August.",
        datetime(2024, 12, 2, 11, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status, e.initiator, e.target) for e in x.events]
    assert ("trade_dispute", "filed", "US", "CA") in got
    # goods that qualify under the pact named in full are no legal case
    y = run(
        "A federal appeals court ruled on Friday that most of Trump's tariffs were illegal. The "
        "ruling covers the 35 per cent tariff on Canadian goods that do not qualify under the "
        "Canada-United States-Mexico Agreement.",
        datetime(2025, 8, 30, 11, 0, tzinfo=UTC),
    )
    assert ("tariff", 35) in [(e.type, e.rate_pct) for e in y.events]


def test_an_agreement_reached_with_the_other_side_as_a_participle_is_reached() -> None:
    x = run(
        "MADISON — Wisconsin Agriculture Secretary Sheila Harsdorf on Tuesday welcomed the "
        "agreement reached with Canada late Sunday, which brings Canada into the new trade pact.",
        datetime(2018, 10, 2, 19, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "reached")]
    # the pact as a subject that reached something is no deal
    y = run(
        "The agreement reached its sixth birthday on Tuesday, and Canada and the United States "
        "marked it quietly.",
        datetime(2026, 7, 1, 19, 0, tzinfo=UTC),
    )
    assert [e.status for e in y.events if e.type == "trade_agreement"] != ["reached"]


def test_governments_that_agree_to_end_a_dispute_and_drop_complaints_settle_both_cases() -> None:
    x = run(
        "On May 17, the United States and Canada agreed to end the dispute over steel and "
        "aluminum tariffs that began last year. The US lifted its tariffs on May 20. Both "
        "governments agreed to drop their complaints against each other at the World Trade "
        "Organization.",
        datetime(2019, 6, 5, 15, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status, e.initiator, e.target) for e in x.events if e.type != "tariff"]
    assert got == [
        ("trade_agreement", "reached", "US", "CA"),
        ("trade_dispute", "settled", "CA", "US"),
        ("trade_dispute", "settled", "US", "CA"),
    ]


def test_a_but_clause_on_qualifying_goods_is_a_carve_out_beside_the_measure_in_force() -> None:
    x = run(
        "Since August 1, Washington has charged 35 per cent on Canadian goods, but products "
        "that qualify under the North American trade agreement are exempt, and these ciders "
        "qualify.",
        datetime(2025, 12, 4, 15, 0, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.target, e.rate_pct) for e in x.events]
    assert got == [("in_effect", "US", "CA", 35), ("exempted", "US", "CA", 35)]


def test_in_effect_since_a_day_followed_by_a_reason_dates_the_measure() -> None:
    x = run(
        "Proponents are reminded that Canada's 25 per cent surtax on US steel and aluminum "
        "products has been in effect since March 13 as a countermeasure.",
        datetime(2025, 3, 21, 19, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("in_effect", date(2025, 3, 13))]


def test_killed_tax_lower_rate_paid_and_a_saved_draft() -> None:
    killed = run(
        "On Sunday night, Ottawa killed its digital services tax to restart talks with the "
        "United States.",
        datetime(2025, 7, 12, 3, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in killed.events][:1] == [("nontariff_measure", "removed")]
    lower = run(
        "The US charges 25 per cent on most Canadian goods since March 4. Energy products and "
        "potash from Canada pay a lower 10 per cent.",
        datetime(2025, 3, 14, 20, 0, tzinfo=UTC),
    )
    assert [(e.rate_pct, e.products) for e in lower.events][1:] == [(10, ["energy", "potash"])]
    draft = run(
        "Tariff module: Canada's 25 per cent surtax on US goods is now in the rate table. Bug "
        "fix: the CUSMA preference checkbox no longer clears itself when an entry is saved as a "
        "draft.",
        datetime(2025, 3, 14, 20, 0, tzinfo=UTC),
    )
    assert [e.type for e in draft.events] == ["tariff"]


def test_counter_tariffs_still_on_stand_whatever_the_next_clause_plans() -> None:
    x = run(
        "Ottawa lifted its counter-tariffs on American goods that meet the agreement's rules on "
        "September 1. The counter-tariffs on American steel, aluminum and vehicles are still on, "
        "though, and the stainless tank we wanted from Wisconsin will have to wait another year.",
        datetime(2025, 12, 13, 1, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["removed", "in_effect"]


def test_answered_with_a_rate_of_its_own_the_same_morning() -> None:
    x = run(
        "On Tuesday Washington put 25 per cent on Canadian goods. That same morning Ottawa "
        "answered with 25 per cent of its own on thirty billion dollars of American goods.",
        datetime(2025, 3, 9, 16, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [("US", 25, date(2025, 3, 4)), ("CA", 25, date(2025, 3, 4))]


def test_goods_sold_to_the_other_country_pay_that_countrys_duty() -> None:
    x = run(
        "Trump's letter arrived on Thursday. And the letter says that starting August 1, "
        "everything we sell to the Americans will pay 35 per cent. Meanwhile, our steel already "
        "pays 50 per cent to get into the States.",
        datetime(2025, 7, 13, 3, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target, e.rate_pct) for e in x.events]
    assert got == [("US", "CA", 35), ("US", "CA", 50)]


def test_a_letter_signed_on_its_last_line_with_name_and_office_names_its_writer() -> None:
    body = (
        "Ottawa's 25 per cent counter-tariffs on American goods have raised what we pay for "
        "parts since March 4. Thanks for everything you are doing.\n\n"
    )
    assert ("Teresa Mancini", "CA") in _people(body + "Teresa Mancini President and CEO")
    assert ("Ruth Abernethy", "CA") in _people(body + "Ruth Abernethy Editor")
    assert ("Paola Ferri", "CA") in _people(body + "Paola Ferri\nOwner, Osteria Ferrovia")
    # a last line that is a heading of a section, not a signature, names nobody
    assert not any("Board" in n for n, _ in _people(body + "Toronto Board Secretary notes"))


def test_a_private_person_named_in_passing_is_listed_and_a_place_is_not() -> None:
    text = (
        "Canada's 25 per cent counter-tariffs on American snowmobiles took effect on April 9. "
        "The Kennisis Lake bridge has new decking, thanks to Hazel Wong and her grandsons. "
        "Our club ride to Ann Arbor is off this year."
    )
    people = _people(text)
    assert ("Hazel Wong", "CA") in people
    assert not any(name == "Ann Arbor" for name, _ in people)


def test_a_name_found_twice_keeps_the_mention_that_places_it() -> None:
    text = (
        "Washington's 25 per cent tariff on Canadian steel took effect on March 12. Miriam "
        "Quist expects more cases.\n\nContact: Miriam Quist, Partner (Washington)"
    )
    assert ("Miriam Quist", "US") in _people(text)


def test_a_countermeasure_word_naming_the_measure_itself_and_a_rate_cut() -> None:
    x = run(
        "On March 4, Canada placed a 25 per cent surtax on about $30-billion worth of goods "
        "imported from the United States, as a countermeasure to American tariffs on Canadian "
        "products.",
        datetime(2025, 5, 9, 0, 0, tzinfo=UTC),
    )
    assert ("tariff", "CA", "US", 25) in [
        (e.type, e.initiator, e.target, e.rate_pct) for e in x.events
    ]
    assert not any(e.rule.startswith("tariff:countermeasure") for e in x.events)
    cut = run(
        "Washington put 25 per cent on most Canadian goods on March 4. Potash that does not meet "
        "CUSMA rules had its rate cut from 25 per cent to 10 on March 6.",
        datetime(2025, 3, 20, 11, 0, tzinfo=UTC),
    )
    assert [(e.status, e.rate_pct, e.products) for e in cut.events][1:] == [
        ("reduced", 10, ["potash"])
    ]


def test_canada_included_among_every_country_is_no_initiator() -> None:
    x = run(
        "Canadian sawmills are bracing for a hard winter, Washington said. Since October 14, "
        "softwood lumber from "
        "every country, Canada included, has been subject "
        "to a 10 percent tariff under Section 232.",
        datetime(2025, 11, 3, 15, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [("US", "WORLD", 10)]
    y = run(
        "Ontario cabinet makers are bracing. Kitchen cabinets imported into the United States "
        "from any country, including Canada, "
        "have been subject to a 25 per cent tariff since October 14.",
        datetime(2025, 11, 3, 15, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.target) for e in y.events] == [("US", "WORLD")]


def test_he_in_the_next_sentence_is_the_subject_after_a_short_lead_in() -> None:
    x = run(
        "Last night, President Trump posted a letter addressed to Prime Minister Carney. In it, "
        "he said Canadian goods will face a 35% tariff starting August 1 if the two countries "
        "have not reached a deal by then.",
        datetime(2025, 7, 11, 12, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [("US", "CA", 35)]


def test_a_state_naming_where_wine_comes_from_is_no_actor_and_the_premier_places_the_ban() -> None:
    x = run(
        "Washington put 25 per cent on Canadian goods on Tuesday. At the liquor store down the "
        "road, the bourbon and the California reds came off the shelves that same morning, "
        "because Premier Doug Ford had ordered the LCBO to stop selling American products in "
        "retaliation.",
        datetime(2025, 3, 5, 17, 0, tzinfo=UTC),
    )
    bans = [(e.initiator, e.target) for e in x.events if e.type == "nontariff_measure"]
    assert bans and set(bans) == {("CA-ON", "US")}


def test_a_rise_made_on_a_day_up_from_the_old_rate_is_in_effect_that_day() -> None:
    x = run(
        "On August 1, the United States raised its tariff on Canadian goods that do not qualify "
        "under the free trade agreement to 35 per cent, up from 25.",
        datetime(2025, 9, 10, 15, 0, tzinfo=UTC),
    )
    assert [(e.status, e.rate_pct, e.effective_date) for e in x.events] == [
        ("in_effect", 35, date(2025, 8, 1))
    ]


def test_a_decision_on_an_appeal_still_pending_leaves_the_case_at_appeal() -> None:
    x = run(
        "The challenge brought by American importers to the IEEPA tariffs, including those on "
        "Canadian goods, was argued before the U.S. Supreme Court on November 5, and the Court's "
        "decision on the government's appeal is still pending.",
        datetime(2025, 11, 20, 15, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_dispute", "appealed")]


def test_goods_originating_in_a_country_name_the_target() -> None:
    x = run(
        "Canada and the United States remain at odds.\n\nWith regard to part (a), two "
        "countermeasures remain in force. First, a 25 per cent surtax applies to steel and "
        "aluminum products originating in the United States, in force since March 13, 2025.",
        datetime(2026, 2, 9, 20, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [("CA", "US", 25, date(2025, 3, 13))]


def test_an_end_announced_on_a_named_day_is_dated_by_that_day() -> None:
    x = run(
        "Canada's digital services tax angered Washington. Two days later, on June 29, Finance "
        "Minister François-Philippe Champagne announced that Ottawa was rescinding the tax, "
        "hours before the first payments were due.",
        datetime(2025, 7, 1, 14, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2025, 6, 29))]


def test_since_a_day_heading_the_sentence_dates_its_first_clause_only() -> None:
    x = run(
        "Trump's tariffs on Canadian goods took effect on March 4. Since March 4, the LCBO, which "
        "supplies every licensed restaurant in Ontario, has stopped selling American wine, beer "
        "and spirits, a step the province took in response to the US tariffs.",
        datetime(2025, 4, 11, 14, 0, tzinfo=UTC),
    )
    bans = [e.effective_date for e in x.events if e.type == "nontariff_measure"]
    assert bans == [date(2025, 3, 4)]
    y = run(
        "Since June 1 the Americans have charged 25 per cent on Canadian steel and 10 per cent on "
        "aluminum, and on July 1 Ottawa hit back with duties on $16.6 billion of American goods.",
        datetime(2018, 9, 4, 14, 0, tzinfo=UTC),
    )
    assert [e.effective_date for e in y.events if e.initiator == "CA"] != [date(2018, 6, 1)]


def test_goals_pauses_of_measures_deals_that_never_came_and_calls_that_did_not_happen() -> None:
    goal = run(
        "Washington's tariffs on Canadian steel remain in force. LeBlanc said Canada's goal "
        "remained the removal of all U.S. tariffs, not a partial exemption.",
        datetime(2025, 9, 2, 14, 0, tzinfo=UTC),
    )
    assert "removed" not in [e.status for e in goal.events]
    talks = run(
        "Trump agreed to pause the 25 per cent tariffs on Canadian goods for 30 days. Trump "
        "wrote that talks with Canada would continue during the pause.",
        datetime(2025, 2, 4, 14, 0, tzinfo=UTC),
    )
    assert [e.status for e in talks.events if e.type == "trade_talks"] == ["ongoing"]
    expired = run(
        "Washington's 25 per cent tariff on Canadian goods took effect on Tuesday, March 4, after "
        "the 30-day pause agreed in early February expired without a deal.",
        datetime(2025, 3, 4, 14, 0, tzinfo=UTC),
    )
    assert "trade_agreement" not in [e.type for e in expired.events]
    call = run(
        "Canada's counter-tariffs took effect on Friday. A call between Prime Minister Mark "
        "Carney and Trump that some officials had hoped for before Friday did not take place.",
        datetime(2025, 8, 2, 14, 0, tzinfo=UTC),
    )
    assert "leader_contact" not in [e.type for e in call.events]
    from pipeline.extract import modality
    from pipeline.extract.gazetteer import gazetteer

    clause = "the panel's decision on the second complaint is not expected before the autumn."
    assert modality.dispute_status(gazetteer(), clause) is None


def test_a_pact_renegotiation_is_talks_and_taking_duties_to_the_wto_files_a_case() -> None:
    x = run(
        "Washington's steel and aluminum duties on Canada took effect on June 1. Meanwhile the "
        "renegotiation of NAFTA, led for Canada by Foreign Affairs Minister Chrystia Freeland and "
        "for the United States by Trade Representative Robert Lighthizer, continues. Ottawa has "
        "also taken the steel and aluminum duties to the World Trade Organization.",
        datetime(2018, 7, 20, 14, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status) for e in x.events]
    assert ("trade_talks", "ongoing") in got and ("trade_dispute", "filed") in got
    assert ("trade_agreement", "under_review") not in got


def test_a_rescinding_announced_with_payments_that_had_been_due_and_goods_dropping_to_a_rate() -> (
    None
):
    x = run(
        "On Sunday, June 29, the Government of Canada announced that it was rescinding its "
        "digital services tax, the 3 per cent tax on certain Canadian revenues of large digital "
        "companies, and that it would not collect the first payments, which had been due on "
        "June 30.",
        datetime(2025, 7, 3, 14, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2025, 6, 29))]
    potash = run(
        "Washington exempted CUSMA goods from its 25 per cent tariff on Canada on March 7. "
        "Non-qualifying potash drops to 10 per cent, the rate already charged on energy.",
        datetime(2025, 3, 7, 14, 0, tzinfo=UTC),
    )
    assert 10 in [e.rate_pct for e in potash.events]
    steel = run(
        "Washington's 25 percent steel tariff has applied to all countries since March 12. About "
        "30 percent of the steel coil we press comes from a mill in Hamilton, Ontario, and it is "
        "already paying the 25 percent steel tariff.",
        datetime(2025, 5, 7, 14, 0, tzinfo=UTC),
    )
    assert not any(e.initiator == "CA-ON" for e in steel.events)


def test_talks_with_a_private_firm_or_on_missile_defence_are_no_trade_talks() -> None:
    firm = run(
        "The chamber said Canadian exporters were hit by U.S. tariffs. He said the chamber "
        "would hold an information evening in September and was in talks with a law firm to "
        "host it.",
        datetime(2025, 7, 3, 14, 0, tzinfo=UTC),
    )
    assert "trade_talks" not in [e.type for e in firm.events]
    defence = run(
        "Officials in Ottawa are still trying to explain what Canada is, and is not, negotiating "
        "with Washington on continental missile defence.",
        datetime(2025, 7, 3, 14, 0, tzinfo=UTC),
    )
    assert defence.events == []


def test_a_provincial_levy_already_paid_is_a_domestic_tax() -> None:
    x = run(
        "Ontario members: the province caps personal shipments at a level that covers any of our "
        "club packages, and your box will arrive with the provincial levy already paid, even "
        "with American wine off the shelves elsewhere.",
        datetime(2025, 6, 16, 18, 0, tzinfo=UTC),
    )
    assert "tariff" not in [e.type for e in x.events]


def test_a_measure_starting_after_the_story_is_announced_unless_told_as_standing() -> None:
    a = _devset_article("gold-27", "jc-017")  # vehicles' counter-tariff, told two days ahead
    x = extract(ArticleInput(a.id, a.title, a.text, a.published))
    vehicles = [e for e in x.events if e.effective_date == date(2025, 4, 9)]
    assert vehicles and all(e.status == "announced" for e in vehicles)
    y = run(
        "LeBlanc said Ottawa's 25 percent counter-tariffs on C$30 billion of U.S. goods would "
        "remain in place until March 12 at least.",
        datetime(2025, 3, 7, 14, 0, tzinfo=UTC),
    )
    assert [e.status for e in y.events] != ["announced"]


def test_a_tariff_that_stopped_being_collected_is_removed_and_so_did_carries_it() -> None:
    x = run(
        "The Supreme Court ruled against Trump's emergency tariffs on Canada in February. The "
        "practical result is that the 35 per cent tariff on Canadian goods that did not "
        "qualify under the free trade agreement stopped being collected. So did the 10 per cent "
        "tariff on Canadian potash and energy.",
        datetime(2026, 3, 3, 14, 0, tzinfo=UTC),
    )
    got = [(e.status, e.rate_pct) for e in x.events if e.type == "tariff"]
    assert ("removed", 35) in got and ("removed", 10) in got


def test_an_exemption_let_expire_or_cancelled_leaves_the_measure_in_force() -> None:
    x = run(
        "The U.S. duties of 25 per cent on steel from Canada took effect at 12:01 a.m. on June 1, "
        "after the administration of President Donald Trump let a temporary exemption for "
        "Canada, Mexico and the European Union expire.",
        datetime(2018, 6, 1, 22, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["in_effect"]
    y = run(
        "Since yesterday, the United States has charged 25 per cent on steel imports from every "
        "country, Canada included, after the exemptions that had covered some suppliers were "
        "cancelled.",
        datetime(2025, 3, 13, 14, 0, tzinfo=UTC),
    )
    assert [e.status for e in y.events] == ["in_effect"]


def test_a_government_that_said_it_would_hold_back_its_counter_tariffs_paused_them() -> None:
    x = run(
        "Trump paused most of his tariffs on Canadian goods for a month. Ottawa, for its part, "
        "said it would hold back its second and much larger round of counter-tariffs, on some "
        "$125 billion of goods, for the same period.",
        datetime(2025, 3, 7, 14, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events if e.initiator == "CA"] == ["paused"]


def test_goods_meeting_or_following_the_pact_name_its_carve_out() -> None:
    x = run(
        "On Tuesday Washington put a 25 per cent tariff on Canadian goods. By Thursday the "
        "President had granted a reprieve, starting Friday, for goods that follow the free-trade "
        "agreement.",
        datetime(2025, 3, 9, 16, 0, tzinfo=UTC),
    )
    assert "exempted" in [e.status for e in x.events]


def test_goods_from_a_country_that_remain_at_a_rate_name_a_standing_tariff() -> None:
    x = run(
        "Washington raised its tariff on Canadian goods to 35 per cent on August 1. Meanwhile, "
        "energy and potash from Canada remain at 10 per cent, a separate rate with its own "
        "history.",
        datetime(2025, 8, 20, 14, 0, tzinfo=UTC),
    )
    assert 10 in [e.rate_pct for e in x.events]


def test_a_negotiated_outcome_and_a_call_to_ones_broker_are_no_talks() -> None:
    x = run(
        "Canada's counter-tariffs remain. Canada continues to engage the United States directly "
        "and considers that a negotiated outcome remains the most effective path.",
        datetime(2026, 2, 9, 20, 0, tzinfo=UTC),
    )
    assert "trade_talks" not in [e.type for e in x.events]
    y = run(
        "When Washington's 25 per cent tariff on Canadian goods took effect on the 4th, "
        "Hnatiuk's first call was to his customs broker in Portal, N.D.",
        datetime(2025, 3, 20, 20, 0, tzinfo=UTC),
    )
    assert "trade_talks" not in [e.type for e in y.events]


def test_nafta_that_comes_to_an_end_or_that_cusma_ended_is_terminated() -> None:
    x = run(
        "Canada and the United States signed CUSMA in 2018. July 1, 2020: CUSMA enters into "
        "force, and NAFTA comes to an end after 26 years.",
        datetime(2025, 7, 1, 14, 0, tzinfo=UTC),
    )
    assert ("trade_agreement", "terminated") in [(e.type, e.status) for e in x.events]


def test_a_name_kept_to_an_initial_and_a_program_are_not_listed_as_people() -> None:
    people = _people(
        "A reviewer, Sunita K., said the price rose. The International Marketing Program said "
        "exporters should register."
    )
    assert not any(n.startswith("Sunita") or "Program" in n for n, _ in people), people


def test_a_pause_that_expired_is_no_pause_and_a_premiers_reported_ban_is_decided() -> None:
    x = run(
        "Washington's 25 per cent tariff on Canadian goods took effect at 12:01 a.m. Eastern "
        "time on Tuesday, March 4, after the 30-day pause agreed in early February expired "
        "without a deal.",
        datetime(2025, 3, 4, 20, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events if e.type == "tariff"] == ["in_effect"]
    y = run(
        "In Manitoba, Premier Wab Kinew ordered American alcohol off Liquor Mart shelves and "
        "told retailers the province would stop buying U.S. products for its stores.",
        datetime(2025, 3, 4, 20, 0, tzinfo=UTC),
    )
    assert "threatened" not in [e.status for e in y.events]


def test_softwood_duties_cut_to_a_combined_rate_take_that_rate() -> None:
    x = run(
        "Canadian mills sell most of their lumber south. Softwood lumber duties, which Washington "
        "cut last August to a combined 8.59 per cent from 17.91 per cent, are still collected on "
        "most Canadian shipments.",
        datetime(2024, 12, 5, 20, 0, tzinfo=UTC),
    )
    assert 8.59 in [e.rate_pct for e in x.events]


def test_tariffs_named_by_a_us_statute_are_washingtons() -> None:
    x = run(
        "Ottawa's counter-tariffs on American steel remain. A county executive from Ohio told "
        "our session that the Section 232 tariffs that took effect on October 14, 10 per cent on "
        "softwood timber and lumber, were already showing up in prices.",
        datetime(2025, 11, 3, 20, 0, tzinfo=UTC),
    )
    assert [e.initiator for e in x.events if e.rate_pct == 10] == ["US"]


def test_negotiators_who_reached_agreement_report_the_deal_not_talks() -> None:
    x = run(
        "Late on September 30, negotiators for the United States and Canada reached agreement on "
        "a revised North American trade pact, to be called the United States-Mexico-Canada "
        "Agreement.",
        datetime(2018, 10, 2, 20, 0, tzinfo=UTC),
    )
    assert "trade_talks" not in [e.type for e in x.events]


def test_speaking_twice_with_the_president_is_a_call_held() -> None:
    x = run(
        "Prime Minister Justin Trudeau announced the pause of the tariffs late Monday afternoon "
        "after speaking twice with President Donald Trump, once in the morning and again shortly "
        "before 3 p.m.",
        datetime(2025, 2, 4, 20, 0, tzinfo=UTC),
    )
    assert ("leader_contact", "held") in [(e.type, e.status) for e in x.events]


def test_measures_that_came_off_after_a_long_relative_clause_are_removed() -> None:
    x = run(
        "Both the U.S. duties and Canada's retaliatory surtaxes, which covered about C$16.6 "
        "billion in American products including whiskey, ketchup and a long list of processed "
        "foods, came off as of Monday, May 20.",
        datetime(2019, 5, 24, 20, 0, tzinfo=UTC),
    )
    assert x.events and all(e.status == "removed" for e in x.events)


def test_customs_that_ceased_collecting_duties_removed_them() -> None:
    x = run(
        "NOTICE by defendants that U.S. Customs and Border Protection has ceased collecting IEEPA "
        "duties, including the duties on Canadian goods, on merchandise entered on or after "
        "February 24.",
        datetime(2026, 2, 26, 20, 0, tzinfo=UTC),
    )
    assert "removed" in [e.status for e in x.events]


def test_a_deal_announced_on_a_day_is_no_report_of_the_removal_day() -> None:
    x = run(
        "Under a deal announced Friday, the United States lifted its 25 percent tariff on "
        "Canadian steel and its 10 percent tariff on Canadian aluminum as of Monday, May 20, and "
        "Canada dropped the retaliatory duties it had placed on roughly $12.8 billion of U.S. "
        "goods.",
        datetime(2019, 5, 21, 20, 0, tzinfo=UTC),
    )
    assert date(2019, 5, 17) not in [e.effective_date for e in x.events]
    y = run(
        "Canada's digital services tax angered Washington. Finance Minister François-Philippe "
        "Champagne announced late Sunday that Canada was rescinding the tax.",
        datetime(2025, 7, 3, 16, 0, tzinfo=UTC),  # a Thursday
    )
    assert [e.effective_date for e in y.events] == [date(2025, 6, 29)]


def test_a_day_told_as_past_or_standing_months_ahead_is_last_years_and_whereas_leads_in() -> None:
    x = run(
        "American wine is still off the shelves. Canada's counter-tariff of 25 per cent on "
        "American wine, which also started on March 4, would make those bottles more expensive "
        "even if they came back tomorrow.",
        datetime(2025, 4, 11, 21, 0, tzinfo=UTC),
    )
    assert date(2025, 3, 4) in [e.effective_date for e in x.events]
    y = run(
        "WHEREAS on March 4, 2025, the Government of the United States began charging a tariff "
        "of 25 per cent on most goods imported from Canada;",
        datetime(2025, 3, 20, 21, 0, tzinfo=UTC),
    )
    assert [e.effective_date for e in y.events] == [date(2025, 3, 4)]


def test_a_deal_of_the_prime_minister_in_a_story_about_britain_is_not_canadas() -> None:
    x = run(
        "British carmakers cheered on Friday. Under the Economic Prosperity Deal announced by the "
        "Prime Minister and President Donald Trump, up to 100,000 British-built cars a year will "
        "enter the American market at a 10 per cent tariff. Britain's steel mills, British "
        "distillers and the British motor trade all said the deal helps Britain.",
        datetime(2025, 5, 9, 21, 0, tzinfo=UTC),
    )
    assert "trade_agreement" not in [e.type for e in x.events]


def test_given_names_of_more_origins_name_private_people() -> None:
    people = _people(
        "Boat dealers are worried, Garth Pelletier told the meeting. Doreen Halvorsen and Lyle "
        "Brekke agreed."
    )
    for name in ("Garth Pelletier", "Doreen Halvorsen", "Lyle Brekke"):
        assert name in [n for n, _ in people], people


def test_a_measure_named_only_as_what_another_answers_is_the_one_reported_elsewhere() -> None:
    a = _devset_article("gold-42", "jt-012")  # "... described as a response to the U.S. tariffs"
    x = extract(ArticleInput(a.id, a.title, a.text, a.published))
    answered = [e for e in x.events if e.evidence.startswith("On Monday, March 10")]
    assert all(e.initiator != "US" for e in answered)
    assert any(e.initiator == "US" for e in x.events)  # the U.S. tariff, reported elsewhere


def test_trade_actions_of_its_own_are_a_counter_measure() -> None:
    x = run(
        "Trump signed the order on Saturday. He said Canada would respond with trade actions of "
        "its own, designed to have maximum impact in the United States and minimum impact at "
        "home.",
        datetime(2025, 2, 2, 14, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.status) for e in x.events if e.initiator == "CA"] == [
        ("CA", "announced")
    ]


def test_a_warning_to_add_whatever_canada_charges_on_top_is_an_escalation_threat() -> None:
    x = run(
        "Canada's goods will pay 35 per cent from August 1. The letter also warned that if "
        "Canada hits back with tariffs of its own, Washington will add that amount on top of "
        "the 35.",
        datetime(2025, 7, 11, 14, 0, tzinfo=UTC),
    )
    assert ("US", "CA", "threatened") in [(e.initiator, e.target, e.status) for e in x.events]


def test_duties_with_their_own_rates_after_canadas_answer_are_the_measure_it_answered() -> None:
    x = run(
        "Ottawa answered with retaliatory surtaxes on $16.6 billion of American goods in July "
        "2018. The 2018 duties of 25 per cent on steel and 10 per cent on aluminum were lifted "
        "on May 20, 2019.",
        datetime(2025, 3, 5, 14, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.rate_pct) for e in x.events if e.rate_pct in (25, 10)]
    assert got == [("US", 25), ("US", 10)]


def test_a_hoped_for_lifting_and_an_ad_off_the_air_remove_nothing() -> None:
    hope = run(
        "The 25 per cent US tariff on vehicles built in Canada took effect on April 3. Suppliers "
        "hope the talks will produce a North American rule that lifts the vehicle tariff on cars "
        "meeting higher content thresholds.",
        datetime(2025, 9, 3, 14, 0, tzinfo=UTC),
    )
    assert "removed" not in [e.status for e in hope.events]
    ad = run(
        "Trump ended trade talks with Canada over the ad. Ontario's television commercial quoting "
        "Ronald Reagan on the dangers of tariffs came off US airwaves tonight.",
        datetime(2025, 10, 27, 23, 0, tzinfo=UTC),
    )
    assert "removed" not in [e.status for e in ad.events if e.type == "tariff"]


def test_a_measure_stated_in_place_before_a_hedge_about_something_else_stays_in_force() -> None:
    x = run(
        "Ottawa's counter-tariffs on American goods, including steel and aluminum, remain in "
        "place, and federal officials would not say Friday whether Canada would drop them.",
        datetime(2025, 8, 23, 14, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["in_effect"]


def test_a_case_the_supreme_court_agreed_to_hear_is_on_appeal() -> None:
    x = run(
        "This afternoon, the U.S. Supreme Court agreed to hear in early November the "
        "administration's appeal of lower-court rulings that the emergency tariffs on Canadian "
        "goods are illegal.",
        datetime(2025, 9, 9, 20, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events if e.type == "trade_dispute"] == [
        ("trade_dispute", "appealed")
    ]


def test_both_sets_of_tariffs_coming_off_ends_each_sides_measures() -> None:
    x = run(
        "On June 1 of last year, Washington put a tariff of 25 per cent on Canadian steel and "
        "10 per cent on Canadian aluminum. A month later, on Canada Day, Ottawa answered with its "
        "own surtaxes on $16.6 billion of American goods. Somebody had to learn all those new "
        "codes over one long weekend, and brokers were calling us from six in the morning. That "
        "somebody was Ghislaine, who had a colour-coded cheat sheet taped to every counter in the "
        "office by the Tuesday. Half of the brokers on the corridor still have a photocopy of it, "
        "and I saw one at a warehouse in Plattsburgh in February. And then, this past Monday, "
        "both sets of tariffs came off.",
        datetime(2019, 5, 25, 21, 30, tzinfo=UTC),
    )
    got = sorted((e.initiator, e.status, e.effective_date) for e in x.events)
    assert (
        got == [("CA", "removed", date(2019, 5, 20))] + [("US", "removed", date(2019, 5, 20))] * 2
    )


def test_relief_from_those_counter_tariffs_is_a_carve_out_of_the_answer_reported() -> None:
    x = run(
        "Washington's tariff on aluminum from every country went to 50 per cent on June 4. "
        "Canada's 25 per cent counter-tariffs on American steel and aluminum products, in place "
        "since March 13, covered some finished cans from US plants. In April, the federal "
        "government granted six months of relief from those counter-tariffs for US inputs used "
        "in Canadian food and beverage packaging.",
        datetime(2025, 8, 20, 9, 0, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.target, e.retaliatory) for e in x.events]
    assert ("exempted", "CA", "US", True) in got
    assert ("exempted", "US", "CA", True) not in got


@pytest.mark.parametrize(
    "second",
    [
        "At that meeting they agreed to aim for a new economic and security agreement within "
        "30 days.",
        "The two leaders had agreed when they met at the summit to aim for a new economic and "
        "security agreement within thirty days.",
    ],
)
def test_a_new_agreement_the_two_leaders_aim_for_is_proposed(second: str) -> None:
    x = run(
        "Prime Minister Mark Carney and President Donald Trump met at the G7 summit in "
        "Kananaskis on June 16. " + second,
        datetime(2025, 7, 10, 14, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status) for e in x.events if e.type == "trade_agreement"]
    assert got == [("trade_agreement", "proposed")]


def test_the_softwood_agreement_that_expired_is_terminated() -> None:
    x = run(
        "The last softwood agreement between Ottawa and Washington, signed in 2006, expired in "
        "2015, and the two countries have been in and out of courts and panels ever since.",
        datetime(2025, 9, 10, 14, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status, e.initiator, e.target) for e in x.events]
    assert got == [("trade_agreement", "terminated", "CA", "US")]


def test_a_measure_starting_next_weekday_is_announced_for_that_day() -> None:
    x = run(
        "Trump signed the proclamation last week, and Canada is bracing. Next Tuesday, a new ten "
        "per cent tariff on "
        "softwood lumber from every country takes effect.",
        datetime(2025, 10, 8, 20, 0, tzinfo=UTC),  # a Wednesday
    )
    got = [(e.status, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [("announced", 10, date(2025, 10, 14))]


def test_the_rates_listed_after_the_measures_are_those_measures() -> None:
    x = run(
        "Trudeau announced a 25 per cent tariff on 30 billion dollars' worth of American goods. "
        "The American tariffs, both the 25 per cent and the ten per cent on energy, are paused "
        "for thirty days.",
        datetime(2025, 2, 4, 12, 0, tzinfo=UTC),
    )
    assert ("CA", 10) not in [(e.initiator, e.rate_pct) for e in x.events]
    assert ("US", 10) in [(e.initiator, e.rate_pct) for e in x.events]


def test_complaints_withdrawn_after_the_forum_is_named_settle_each_case() -> None:
    x = run(
        "Washington put a 25 per cent duty on Canadian steel last June. The two governments "
        "also agreed to end their litigation at the World Trade Organization. Canada is "
        "withdrawing the complaint it lodged last June against the American metal duties. "
        "Washington is withdrawing its own case against the Canadian countermeasures.",
        datetime(2019, 5, 18, 10, 0, tzinfo=UTC),
    )
    got = sorted((e.initiator, e.status) for e in x.events if e.type == "trade_dispute")
    assert got == [("CA", "settled"), ("US", "settled")]
    assert [e.status for e in x.events if e.type == "tariff"] == ["in_effect"]


def test_asking_the_wto_for_consultations_files_a_case_that_could_take_years() -> None:
    x = run(
        "The U.S. duties on Canadian steel took effect Friday. The same Friday, Canada asked the "
        "World Trade Organization to open consultations on the American duties, the first "
        "formal step of a dispute that could take years.",
        datetime(2018, 6, 2, 10, 30, tzinfo=UTC),
    )
    got = [(e.initiator, e.status) for e in x.events if e.type == "trade_dispute"]
    assert got == [("CA", "filed")]


def test_a_ruling_that_could_take_years_rules_nothing() -> None:
    x = run(
        "Canada has launched a World Trade Organization challenge to the United States' tariffs "
        "on steel and aluminum. Trade experts cautioned that a WTO ruling could take years.",
        datetime(2025, 3, 14, 10, 30, tzinfo=UTC),
    )
    assert [e.status for e in x.events if e.type == "trade_dispute"] == ["filed"]


def test_telephone_conversations_between_the_leaders_are_a_contact() -> None:
    x = run(
        "After two telephone conversations with Mr. Trudeau, one in the morning and one in the "
        "afternoon, Mr. Trump agreed to a 30-day reprieve.",
        datetime(2025, 2, 5, 21, 40, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("leader_contact", "held")]


def test_the_rate_a_new_one_comes_in_place_of_is_no_measure() -> None:
    x = run(
        "On July 10, President Donald Trump sent the Prime Minister a letter stating that the "
        "United States will charge Canada a 35 per cent tariff from August 1, in place of the "
        "current 25 per cent.",
        datetime(2025, 7, 15, 12, 0, tzinfo=UTC),
    )
    assert [e.rate_pct for e in x.events] == [35]


def test_an_agreement_until_it_is_signed_is_not_signed() -> None:
    x = run(
        "Canada, the U.S. and Mexico reached a new trade agreement on Sunday. Until the new "
        "agreement is signed and ratified in all three countries, NAFTA continues to apply.",
        datetime(2018, 10, 3, 12, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["reached"]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Gretchen Whitmer of Michigan has said publicly that the auto tariffs on "
        "Canadian vehicles are hurting plants on both sides of the river.",
        "The Senate may vote as early as Wednesday on a resolution from Sen. Tim Kaine of "
        "Virginia to end the national emergency behind the 25 percent tariff on Canadian goods.",
    ],
)
def test_a_us_state_is_never_the_initiator_of_a_tariff(text: str) -> None:
    x = run(text, datetime(2025, 4, 1, 12, 0, tzinfo=UTC))
    assert not [e for e in x.events if e.type == "tariff" and e.initiator.startswith("US-")]


def test_tariffs_on_all_us_imports_with_no_country_exempt_are_washingtons_in_force() -> None:
    x = run(
        "Canada is bracing. The 25 percent tariffs on all U.S. imports of steel and aluminum "
        "took effect at 12:01 a.m. Wednesday, with no country exempt.",
        datetime(2025, 3, 13, 10, 0, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.target, e.effective_date) for e in x.events]
    assert got == [("in_effect", "US", "WORLD", date(2025, 3, 12))]


def test_answered_by_announcing_surtaxes_is_the_answer_itself() -> None:
    x = run(
        "Washington put a 25 per cent duty on Canadian steel on June 1. Ottawa answered by "
        "announcing its own surtaxes on about 16.6 billion Canadian dollars of American goods, "
        "set to start on Canada Day, July 1.",
        datetime(2018, 6, 22, 17, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.status, e.effective_date) for e in x.events if e.initiator == "CA"]
    assert got == [("CA", "announced", date(2018, 7, 1))]


def test_came_to_terms_on_a_new_agreement_is_reached() -> None:
    x = run(
        "The United States, Canada and Mexico came to terms on a new agreement to replace the "
        "old NAFTA a week ago Sunday, just before a deadline.",
        datetime(2018, 10, 10, 12, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_agreement", "reached")]


def test_the_leaders_at_a_sentence_start_are_the_two_sides() -> None:
    x = run(
        "Prime Minister Mark Carney and President Donald Trump spoke by phone on Friday. The "
        "leaders are expected to see each other at the G7 summit in Alberta in the middle of "
        "the month.",
        datetime(2025, 6, 5, 15, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["held", "planned"]


def test_a_challenge_before_the_dispute_panels_is_filed() -> None:
    x = run(
        "U.S. duties on Canadian softwood lumber now total about 45 per cent. Canada has "
        "challenged the lumber duties before the trade agreement's dispute panels, as it has "
        "for decades, but those cases take years.",
        datetime(2025, 10, 15, 22, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.status) for e in x.events if e.type == "trade_dispute"]
    assert got == [("CA", "filed")]


def test_said_it_would_keep_its_tariffs_is_a_measure_in_force() -> None:
    x = run(
        "Carney said Canada would keep its tariffs on American steel and aluminum.",
        datetime(2025, 8, 24, 15, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.status) for e in x.events] == [("CA", "in_effect")]


def test_no_meeting_has_been_held_is_no_contact() -> None:
    x = run(
        "Prime Minister Mark Carney and President Donald Trump have crossed paths at "
        "international meetings since then, but no formal meeting between them has been held.",
        datetime(2025, 12, 15, 17, 0, tzinfo=UTC),
    )
    assert x.events == []


def test_american_inputs_are_goods_of_the_target() -> None:
    x = run(
        "Since April 16, Canadian manufacturers and food processors have been able to import "
        "American inputs free of the counter-tariffs for six months, under a remission order.",
        datetime(2025, 5, 28, 10, 0, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.target) for e in x.events]
    assert got == [("exempted", "CA", "US")]


def test_a_heading_naming_its_subject_asserts_nothing() -> None:
    x = run(
        "The committee notes the following. On the digital services tax.",
        datetime(2025, 7, 15, 16, 0, tzinfo=UTC),
    )
    assert x.events == []
    kept = run(
        "On the day the tariffs took effect, Canada's 25 per cent counter-tariffs on U.S. goods "
        "took effect too.",
        datetime(2025, 3, 5, 16, 0, tzinfo=UTC),
    )
    assert [e.initiator for e in kept.events] == ["CA"]


def test_a_measure_that_starts_tomorrow_is_announced_for_tomorrow() -> None:
    x = run(
        "Tomorrow, Ottawa's second round of counter-tariffs on American goods starts.",
        datetime(2025, 3, 12, 19, 20, tzinfo=UTC),
    )
    got = [(e.initiator, e.status, e.effective_date) for e in x.events]
    assert got == [("CA", "announced", date(2025, 3, 13))]


def test_a_call_held_before_but_no_talks_scheduled_is_held() -> None:
    x = run(
        "Prime Minister Mark Carney said he apologized to the president for the ad when the two "
        "spoke at a dinner in South Korea last week, but no new round of talks has been "
        "scheduled.",
        datetime(2025, 11, 5, 21, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("leader_contact", "held")]


def test_an_announced_rise_not_put_into_effect_stays_announced() -> None:
    x = run(
        "The president's extra 10 percent tariff on Canadian goods, announced to take effect "
        "November 1, has not been put into effect.",
        datetime(2025, 11, 5, 21, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["announced"]


def test_goods_shipped_from_here_to_american_buyers_pay_the_american_duty() -> None:
    x = run(
        "Crude oil shipped from our offshore fields to American refineries without origin "
        "certification faces a 10 per cent tariff.",
        datetime(2026, 1, 20, 14, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [("US", "CA", 10)]


def test_an_idea_raised_is_no_measure() -> None:
    x = run(
        "Quebec debated the U.S. tariffs. Some members raised the idea of an export charge on "
        "Quebec electricity sold to New England and New York.",
        datetime(2025, 3, 20, 19, 0, tzinfo=UTC),
    )
    assert [e for e in x.events if e.type in ("tariff", "nontariff_measure")] == []


def test_protecting_workers_from_unjustified_tariffs_is_no_measure() -> None:
    a = _devset_article("gold-45", "jv-019")  # a Speech from the Throne, annotated
    x = run(a.text, a.published)
    line = 'SPEECH: "The Government will protect Canadian workers'
    assert not [e for e in x.events if e.evidence.startswith(line)]


def test_a_threat_for_this_saturday_is_dated_that_saturday() -> None:
    x = run(
        "This afternoon President Donald Trump repeated that he would put a 25 per cent tariff "
        "on Canadian goods this Saturday unless Canada did more about drugs and migrants.",
        datetime(2025, 1, 30, 20, 45, tzinfo=UTC),  # a Thursday
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("threatened", date(2025, 2, 1))]


def test_a_duty_that_ends_by_monday_is_removed() -> None:
    x = run(
        "Under the joint statement, the American duty of 25 per cent on Canadian steel ends "
        "within two days, by Monday, May 20.",
        datetime(2019, 5, 18, 10, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["removed"]


def test_collecting_an_additional_rate_on_goods_is_a_measure() -> None:
    x = run(
        "At 12:01 a.m. Eastern on Tuesday, March 4, the United States began collecting an "
        "additional 25 per cent on most goods of Canadian origin.",
        datetime(2025, 3, 5, 21, 0, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.rate_pct, e.effective_date) for e in x.events]
    assert got == [("in_effect", "US", 25, date(2025, 3, 4))]


def test_the_supreme_court_hearing_the_challenge_is_an_appeal() -> None:
    x = run(
        "Importers challenged the emergency tariffs on Canadian goods in court. The Supreme "
        "Court of the United States hears the challenge to the emergency tariffs on Wednesday, "
        "November 5.",
        datetime(2025, 10, 27, 9, 30, tzinfo=UTC),
    )
    assert [e.status for e in x.events if e.type == "trade_dispute"] == ["appealed"]


def test_complaints_withdrawn_in_the_passive_and_so_is_the_other() -> None:
    x = run(
        "The WTO cases end too. Canada's complaint about the American metal duties is being "
        "withdrawn. So is the American complaint about the Canadian surtaxes.",
        datetime(2019, 5, 22, 18, 0, tzinfo=UTC),
    )
    got = sorted((e.initiator, e.status) for e in x.events if e.type == "trade_dispute")
    assert got == [("CA", "settled"), ("US", "settled")]


def test_a_fuel_surcharge_is_a_carriers_fee() -> None:
    x = run(
        "The 35 per cent U.S. tariff on Canadian goods took effect Friday. The fuel surcharge "
        "on the rate sheet for this week is 19 per cent on cross-border moves.",
        datetime(2025, 10, 27, 9, 30, tzinfo=UTC),
    )
    assert [e for e in x.events if e.type == "nontariff_measure"] == []


def test_goods_paying_on_entry_to_the_united_states_pay_its_duty() -> None:
    x = run(
        "Since Friday, August 1, Canadian goods that do not qualify under CUSMA have paid 35 "
        "per cent on entry to the United States, up from 25.",
        datetime(2025, 8, 5, 21, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.target, e.rate_pct) for e in x.events] == [("US", "CA", 35)]


def test_no_call_announced_is_no_planned_call() -> None:
    x = run(
        "Asked last week whether he would call Prime Minister Mark Carney, President Donald "
        "Trump said he had not planned to, and no call has been announced since.",
        datetime(2025, 8, 5, 21, 0, tzinfo=UTC),
    )
    assert x.events == []


def test_agreed_there_to_aim_for_a_new_arrangement_is_proposed() -> None:
    x = run(
        "Carney and Trump met at the G7 summit in Kananaskis. They agreed there to aim for a new "
        "economic and security arrangement within 30 days.",
        datetime(2025, 6, 30, 21, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events if e.type == "trade_agreement"] == ["proposed"]


def test_an_exemption_allowed_to_lapse_exempts_nothing() -> None:
    x = run(
        "Washington's 25 per cent duty on Canadian steel took effect Friday. "
        "Canadian aluminum pays ten per cent under the companion proclamation, after the "
        "temporary exemption Canada had held since March was allowed to lapse at midnight "
        "Thursday.",
        datetime(2018, 6, 4, 12, 30, tzinfo=UTC),
    )
    assert [e.status for e in x.events] == ["in_effect", "in_effect"]


def test_the_lcbo_taking_an_american_spirit_off_its_shelves_acts_for_ontario() -> None:
    x = run(
        "Since Tuesday, the LCBO has taken every American spirit, wine and beer off its shelves "
        "and its website. Quebec's SAQ and the B.C. Liquor Distribution Branch have done the "
        "same.",
        datetime(2025, 3, 7, 3, 30, tzinfo=UTC),
    )
    got = sorted((e.initiator, e.target) for e in x.events)
    assert got == [("CA-BC", "US"), ("CA-ON", "US"), ("CA-QC", "US")]


@pytest.mark.parametrize(
    ("article_id", "sentence"),
    [
        ("ka-023", "Officials in Ottawa believe, though nobody has confirmed it in writing"),
        ("ka-024", "Most of the Type L and Type M tube we sell is drawn in Ontario"),
    ],
)
def test_an_exemption_believed_or_not_had_is_no_exemption(article_id: str, sentence: str) -> None:
    a = _devset_article("gold-49", article_id)
    x = run(a.text, a.published)
    assert not [e for e in x.events if e.status == "exempted" and e.evidence.startswith(sentence)]


def test_a_case_filed_whose_ruling_is_years_away_is_filed() -> None:
    x = run(
        "Ottawa has also filed a challenge to the American vehicle tariffs at the World Trade "
        "Organization, but a ruling, if one ever comes, is years away.",
        datetime(2025, 4, 10, 12, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events if e.type == "trade_dispute"] == ["filed"]


def test_dinner_with_him_is_a_contact_with_the_leader_named_before() -> None:
    x = run(
        "Donald Trump threatened 25 per cent tariffs on Canada. And Prime Minister Justin "
        "Trudeau flew to Florida last Friday and had dinner with him at Mar-a-Lago.",
        datetime(2024, 12, 6, 22, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events if e.type == "leader_contact"] == [
        ("leader_contact", "held")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump signed tariffs on Canadian goods. Trudeau and President Donald Trump are "
            "expected to speak by telephone on Monday.",
            ("leader_contact", "planned"),
        ),
        (
            "Trump put tariffs on Canadian cars. Officials led by Canada's trade minister, "
            "Dominic LeBlanc, and Commerce Secretary Howard Lutnick have kept talking since.",
            ("trade_talks", "ongoing"),
        ),
        (
            "Canada faces a 35 per cent tariff. Dominic LeBlanc, the minister responsible for "
            "Canada-US trade, said on Monday that conversations with Washington are continuing "
            "at the officials' level.",
            ("trade_talks", "ongoing"),
        ),
    ],
)
def test_calls_and_talks_told_without_the_usual_nouns(text: str, expected: tuple) -> None:
    x = run(text, datetime(2025, 8, 5, 21, 0, tzinfo=UTC))
    assert [(e.type, e.status) for e in x.events if e.type != "tariff"] == [expected]


def test_agreeing_to_keep_talking_is_no_ongoing_talks() -> None:
    x = run(
        "The Premier told me the two of them agreed to keep talking.",
        datetime(2025, 8, 5, 21, 0, tzinfo=UTC),
    )
    assert x.events == []


def test_washingtons_complaint_is_filed_by_washington() -> None:
    x = run(
        "The surtaxes Ottawa has applied since July 1 on C$16.6 billion of American steel, "
        "aluminum and consumer products remain in place, and Washington's complaint against "
        "them at the World Trade Organization, filed in July, is still open.",
        datetime(2018, 10, 2, 14, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target) for e in x.events if e.type == "trade_dispute"]
    assert got == [("US", "CA")]


def test_measures_listed_before_one_verb_start_together() -> None:
    x = run(
        "Canada is Trump's biggest trading partner. Separately, a 25 per cent US tariff on "
        "imported medium and heavy trucks, and a 10 per cent tariff on buses, begins on "
        "Saturday, the first of November.",
        datetime(2025, 10, 28, 15, 0, tzinfo=UTC),
    )
    got = sorted((e.rate_pct, e.status, e.effective_date) for e in x.events)
    assert got == [(10, "announced", date(2025, 11, 1)), (25, "announced", date(2025, 11, 1))]


def test_plain_spellings_of_given_names_and_a_town_next_to_the_name_place_a_person() -> None:
    x = run(
        "Trump's 25 per cent tariff on Canadian goods took effect Tuesday. Some of the Michigan "
        "skips joked about it. One of them, Jerry Kowalczyk from Marquette, told our draw "
        "master his rink would still come. Our main supplier near Steinbach, Rene Dufault, "
        "tells us the second list is where farm products would land. Thanks again to Helene "
        "Marchand and her volunteers.",
        datetime(2025, 3, 5, 14, 0, tzinfo=UTC),
    )
    got = {(p.name, p.country) for p in x.people}
    assert {
        ("Jerry Kowalczyk", "US"),
        ("Rene Dufault", "CA"),
        ("Helene Marchand", "CA"),
    } <= got


def test_said_legislation_would_follow_is_no_hedge_on_the_removal() -> None:
    x = run(
        "Late Sunday, Ottawa announced it was rescinding the 3 percent digital services tax, and "
        "Finance Minister Francois-Philippe Champagne said legislation would follow to repeal "
        "it.",
        datetime(2025, 6, 30, 21, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("removed", date(2025, 6, 29))]


def test_a_levy_said_to_follow_is_announced() -> None:
    x = run(
        "Since April 3, vehicles imported into the United States pay a 25 per cent duty, and "
        "Canada answered with a surtax on American-built vehicles. Washington has said a parts "
        "levy would follow in May.",
        datetime(2025, 4, 20, 14, 0, tzinfo=UTC),
    )
    assert ("announced", ["auto_parts"]) in [(e.status, e.products) for e in x.events]


def test_a_rate_cut_to_a_lower_figure_is_reduced() -> None:
    x = run(
        "The 25 per cent U.S. tariff on Canadian goods took effect March 4. On March 7, the rate "
        "on Canadian potash that does not qualify was cut to ten per cent, to spare farmers here.",
        datetime(2025, 4, 3, 14, 0, tzinfo=UTC),
    )
    assert ("reduced", 10) in [(e.status, e.rate_pct) for e in x.events]


def test_a_tariff_that_will_follow_by_a_day_is_dated_that_day() -> None:
    x = run(
        "A 25 per cent tariff on imported cars took effect today, hitting Canadian plants. The "
        "White House says a matching tariff on engines, transmissions and other parts will "
        "follow by the third of May.",
        datetime(2025, 4, 3, 23, 0, tzinfo=UTC),
    )
    assert ("announced", date(2025, 5, 3)) in [(e.status, e.effective_date) for e in x.events]


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa has published no list of counter-tariffs against the American tariffs, and we "
        "are not going to guess at one.",
        "Officials in Ottawa say the steel question will be pursued with United States Trade "
        "Representative Robert Lighthizer, but no date for talks has been set.",
        "We are not here to make policy, and we are not here to negotiate anything between "
        "Canada and the United States.",
    ],
)
def test_no_list_no_date_and_not_here_to_negotiate_are_no_events(text: str) -> None:
    x = run(text, datetime(2024, 12, 3, 20, 0, tzinfo=UTC))
    assert [e for e in x.events if e.type in ("tariff", "trade_talks")] == []


def test_several_hundred_per_cent_is_no_rate() -> None:
    x = run(
        "Trump's letter complained that Canadian dairy farmers are protected by Canadian tariffs "
        "of several hundred per cent on American milk.",
        datetime(2025, 7, 12, 12, 0, tzinfo=UTC),
    )
    assert [e.rate_pct for e in x.events] == [None]


def test_a_separate_suit_moving_through_the_courts_is_a_second_case() -> None:
    x = run(
        "Importers have challenged the tariffs on Canadian goods in court. A separate suit "
        "filed in Montana by residents and members of the Blackfeet Nation, aimed specifically "
        "at the tariffs on Canadian goods, is still moving through the courts.",
        datetime(2025, 8, 1, 13, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.status) for e in x.events if e.type == "trade_dispute"]
    assert got == [("US", "filed"), ("US", "filed")]


def test_courts_that_should_settle_a_matter_settle_no_case() -> None:
    x = run(
        "Michigan bans shipments of Canadian wine by out-of-state retailers, a rule upheld in "
        "court. The sponsors say the legislature, not the courts, should settle the matter.",
        datetime(2025, 5, 14, 16, 0, tzinfo=UTC),
    )
    assert [e for e in x.events if e.status == "settled"] == []


def test_both_governments_dropping_their_cases_settle_both() -> None:
    x = run(
        "Washington put tariffs on Canadian steel last year and Canada answered with "
        "countermeasures. Both governments are dropping their cases at the WTO, ours against "
        "the Section 232 tariffs and theirs against our countermeasures.",
        datetime(2019, 5, 19, 15, 40, tzinfo=UTC),
    )
    got = sorted((e.initiator, e.status) for e in x.events if e.type == "trade_dispute")
    assert got == [("CA", "settled"), ("US", "settled")]


def test_a_panel_that_agreed_with_washington_ruled_for_it() -> None:
    x = run(
        "Canada manages dairy imports from the United States through tariff-rate quotas. In "
        "December 2021, a CUSMA panel agreed with Washington that Canada was wrongly setting "
        "aside most of those quotas for processors.",
        datetime(2023, 11, 27, 23, 0, tzinfo=UTC),
    )
    assert [(e.initiator, e.status) for e in x.events] == [("US", "ruled")]


def test_the_new_agreement_signed_in_a_canada_us_story_is_the_continental_pact() -> None:
    x = run(
        "Canada and the United States ended the steel tariffs. The new agreement was signed in "
        "Buenos Aires last November, and now we can move ahead with ratification in Parliament.",
        datetime(2019, 5, 19, 15, 40, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.target) for e in x.events if e.type == "trade_agreement"]
    assert got == [("signed", "CA", "US")]


# --- rules-1.30 -----------------------------------------------------------------------


def test_a_tariff_charged_to_two_countries_is_charged_to_each() -> None:
    x = run(
        "In a post on his social media platform Monday evening, Trump said that on January 20, "
        "his first day back in office, he would sign an order charging Mexico and Canada a 25 "
        "per cent tariff on all products coming into the United States.",
        datetime(2024, 11, 26, 11, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status, e.initiator, e.target, e.retaliatory, e.rate_pct) for e in x.events]
    assert got == [("tariff", "threatened", "US", "CA", False, 25)]


def test_the_country_an_if_clause_names_is_the_one_its_pronoun_says_is_hit() -> None:
    x = run(
        'President Donald Trump said on Saturday that if Canada "makes a deal with China," it '
        "will immediately be hit with a 100 percent tariff on all Canadian goods and products "
        "coming into the United States.",
        datetime(2026, 1, 26, 12, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target, e.retaliatory, e.rate_pct) for e in x.events]
    assert got == [("US", "CA", False, 100)]


def test_a_condition_on_the_other_side_makes_a_counter_threat_only_in_its_own_clause() -> None:
    # the guard: a measure inside the condition still makes the threat an answer
    x = run(
        "Ottawa would put counter-tariffs on American steel if the United States imposes new "
        "duties on Canadian lumber.",
        datetime(2025, 3, 3, 12, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.status, e.retaliatory) for e in x.events]
    assert ("CA", "threatened", True) in got


def test_a_rate_set_to_rise_on_a_later_day_is_a_second_step_of_its_own() -> None:
    x = run(
        "President Donald Trump's 10 per cent tariff on softwood lumber from every country, "
        "Canada included, took effect on Tuesday. The same proclamation that "
        "brought the lumber tariff also put a 25 per cent tariff on imported kitchen cabinets "
        "and bathroom vanities from Tuesday, with the rate on those cabinets and vanities set "
        "to rise to 50 per cent on January 1.",
        datetime(2025, 10, 15, 18, 0, tzinfo=UTC),
    )
    got = sorted(
        (e.rate_pct, e.status, e.effective_date) for e in x.events if "consumer_goods" in e.products
    )
    assert got == [(25, "in_effect", date(2025, 10, 14)), (50, "announced", date(2026, 1, 1))]


def test_the_same_tariff_reaching_new_goods_is_a_measure_of_its_own() -> None:
    x = run(
        "President Donald Trump signed an order Wednesday putting a 25 per cent tariff on all "
        "vehicles imported into the United States, including those from Canada, starting April "
        "2. The same tariff will reach imported auto parts no later than May 3, according to "
        "the White House.",
        datetime(2025, 3, 27, 21, 30, tzinfo=UTC),
    )
    got = [(e.products, e.rate_pct, e.effective_date) for e in x.events]
    assert (["auto_parts"], 25, date(2025, 5, 3)) in got
    assert (["autos"], 25, date(2025, 4, 2)) in got


def test_negotiations_declared_terminated_are_talks_not_a_pact_ended() -> None:
    x = run(
        "Canada backed down on its tax on big technology companies late Sunday, two days after "
        "President Donald Trump cut off trade talks over it. Negotiations that Trump declared "
        "terminated on Friday will resume right away, with the goal of reaching a deal by July "
        "21.",
        datetime(2025, 6, 30, 11, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_talks", "resumed")]


def test_talks_between_the_two_governments_resuming_beside_a_call() -> None:
    x = run(
        "On Friday afternoon, President Donald Trump announced that he was ending all trade "
        "discussions with Canada, effective immediately. Prime Minister Mark Carney and the "
        "president spoke by phone the same evening, and talks between the two governments "
        "resumed on Sunday night.",
        datetime(2025, 6, 30, 11, 0, tzinfo=UTC),
    )
    got = sorted((e.type, e.status) for e in x.events)
    assert got == [("leader_contact", "held"), ("trade_talks", "resumed")]


def test_talks_that_have_been_broken_off_since_a_month_are_suspended() -> None:
    x = run(
        "Meanwhile, the trade talks that might have produced a deal on trucks have been broken "
        "off since late October, when President Donald Trump ended them over an Ontario "
        "television ad.",
        datetime(2025, 11, 7, 15, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status) for e in x.events] == [("trade_talks", "suspended")]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Wednesday the American tariff on steel and aluminum doubled to fifty percent, for "
        "every country except Britain, and that includes the Canadian steel in our trailers.",
        "The lumber for the new barn cost more because the U.S. duties on Canadian softwood "
        "were nearly doubled to 17.9 percent last month.",
        "The combined U.S. anti-dumping and countervailing duty on most Canadian softwood "
        "lumber, raised in August to 14.40 per cent from 8.05, keeps climbing.",
    ],
)
def test_a_rate_raised_in_the_past_is_in_effect(sentence: str) -> None:
    x = run(sentence, datetime(2025, 6, 7, 14, 0, tzinfo=UTC))
    assert [(e.type, e.status) for e in x.events] == [("tariff", "in_effect")]


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        (
            "Across the river, the New Brunswick liquor stores have had no American bottles on "
            "their shelves since March.",
            "CA-NB",
        ),
        (
            "A reader wrote from Montreal that the shelves at the Quebec liquor stores were "
            "already being cleared of American wine on Tuesday.",
            "CA-QC",
        ),
        (
            "The Nova Scotia Liquor Corporation removed American-made products from sale on "
            "Tuesday in answer to the tariffs.",
            "CA-NS",
        ),
    ],
)
def test_a_province_clearing_its_shelves_of_american_goods_is_a_store_ban(
    sentence: str, province: str
) -> None:
    x = run(
        "Trump's tariffs on Canadian goods took effect on March 4. " + sentence,
        datetime(2025, 3, 8, 14, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status, e.initiator, e.target) for e in x.events if e.initiator != "US"]
    assert got[:1] == [("nontariff_measure", "in_effect", province, "US")]


def test_a_town_and_state_before_a_name_or_a_business_placed_after_it_place_a_person() -> None:
    x = run(
        "Canada's 3 per cent digital services tax took effect on June 28, and Washington has "
        "asked for dispute settlement consultations under CUSMA. In Austin, Texas, Priya "
        "Venkataraman, who runs an analytics start-up with Canadian clients, said the dispute "
        "could take years. In New Jersey, Sal DiNapoli said his company would wait. Gail "
        "Mortensen, who buys for a group of lumber yards in Colorado, said her members pay "
        "whatever Canadian mills ask. Brent Oosterhuis, who runs three yards in western "
        "Michigan, agreed.",
        datetime(2024, 8, 31, 13, 0, tzinfo=UTC),
    )
    got = {(p.name, p.country) for p in x.people}
    assert {
        ("Priya Venkataraman", "US"),
        ("Sal DiNapoli", "US"),
        ("Gail Mortensen", "US"),
        ("Brent Oosterhuis", "US"),
    } <= got


def test_tariffs_that_do_not_apply_to_canada_exempt_it() -> None:
    x = run(
        'The "reciprocal" tariffs President Donald Trump unveiled on Wednesday do not apply to '
        "Canada.",
        datetime(2025, 4, 3, 19, 30, tzinfo=UTC),
    )
    assert [(e.type, e.status, e.initiator, e.target) for e in x.events] == [
        ("tariff", "exempted", "US", "CA")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Both governments agreed to abandon their World Trade Organization cases: Canada's "
        "complaint against the American metals tariffs and Washington's counter-complaint "
        "against the Canadian retaliation.",
        "Canada's challenge to the American duties, filed at the World Trade Organization last "
        "June, and Washington's counter-challenge to the Canadian surtaxes are both being "
        "dropped under the arrangement.",
        "Both governments also agreed to end the cases they had brought against each other at "
        "the World Trade Organization over the tariffs and the surtaxes.",
    ],
)
def test_cases_abandoned_or_ended_on_both_sides_are_two_settled_disputes(sentence: str) -> None:
    x = run(
        "The United States lifted its steel and aluminum tariffs on Canada on Monday, and "
        "Canada removed its counter-tariffs. " + sentence,
        datetime(2019, 5, 21, 13, 0, tzinfo=UTC),
    )
    got = sorted((e.initiator, e.status) for e in x.events if e.type == "trade_dispute")
    assert got == [("CA", "settled"), ("US", "settled")]


def test_who_withdraws_a_complaint_is_the_one_who_filed_it() -> None:
    x = run(
        "The two countries also agreed to end their cases at the World Trade Organization. "
        "Canada is withdrawing the complaint it filed over the American steel and aluminum "
        "tariffs.",
        datetime(2019, 5, 22, 19, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target, e.products) for e in x.events if e.type == "trade_dispute"]
    assert ("CA", "US", ["steel", "aluminum"]) in got


def test_counter_tariffs_removed_but_some_kept_at_a_rate_leave_those_in_effect() -> None:
    x = run(
        "Ottawa removed most counter-tariffs last September but keeps 25 per cent duties on "
        "American steel, aluminum and vehicles.",
        datetime(2026, 1, 12, 13, 0, tzinfo=UTC),
    )
    got = [(e.status, e.rate_pct, e.products) for e in x.events]
    assert ("in_effect", 25, ["steel", "aluminum", "autos"]) in got
    assert "removed" in [e.status for e in x.events]


def test_a_rate_paid_instead_of_a_higher_one_is_a_reduction() -> None:
    x = run(
        "The U.S. tariff on Canadian goods took effect on Tuesday. Canadian potash that does "
        "not qualify under the agreement now pays ten per cent at the border instead of "
        "twenty-five, which matters a great deal to the mine towns south of us.",
        datetime(2025, 3, 8, 16, 0, tzinfo=UTC),
    )
    got = [(e.status, e.rate_pct, e.products) for e in x.events if "potash" in e.products]
    assert got == [("reduced", 10, ["potash"])]


def test_planned_counter_tariffs_called_off_are_removed() -> None:
    x = run(
        "Ottawa on Tuesday called off its planned counter-tariffs on up to C$3.6 billion of "
        "U.S. aluminum products, which were to have started today, after Washington withdrew "
        "its 10 per cent duty on Canadian aluminum.",
        datetime(2020, 9, 15, 22, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.status) for e in x.events]
    assert ("CA", "removed") in got
    assert ("CA", "in_effect") not in got


def test_a_day_named_as_a_deadline_ahead_is_in_the_coming_months() -> None:
    x = run(
        "Canadian auto plants brace. President Donald Trump signed an order Wednesday putting a "
        "25 per cent tariff on cars and light trucks built outside the U.S., including Canada, "
        "starting April 3. The same 25 per cent levy hits imported auto parts no later than "
        "May 3.",
        datetime(2025, 3, 27, 10, 15, tzinfo=UTC),
    )
    got = [(e.status, e.effective_date) for e in x.events if e.products == ["auto_parts"]]
    assert got == [("announced", date(2025, 5, 3))]


def test_a_plan_the_white_house_dropped_is_its_own_not_canadas_answer() -> None:
    x = run(
        "Canada will impose 25 per cent counter-tariffs on C$29.8 billion of U.S. goods from "
        "12:01 a.m. Thursday, Finance Minister Dominic LeBlanc said. The threat to double the "
        "metals tariff on Canada to 50 per cent is off. President Donald Trump had said "
        "Tuesday morning he would raise it in response to Ontario's electricity surcharge, but "
        "the White House dropped the plan by late afternoon.",
        datetime(2025, 3, 12, 17, 30, tzinfo=UTC),
    )
    got = {(e.initiator, e.status) for e in x.events}
    assert got == {("CA", "announced"), ("US", "removed")}


def test_a_store_ban_off_the_shelves_since_a_day_began_that_day() -> None:
    x = run(
        "American wine and spirits have been off LCBO shelves since March 4, when Premier Doug "
        "Ford pulled them in retaliation for US tariffs.",
        datetime(2025, 9, 20, 16, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.status, e.effective_date) for e in x.events]
    assert got == [("CA-ON", "in_effect", date(2025, 3, 4))]


def test_the_first_of_this_month_is_the_story_month_s_first_day() -> None:
    x = run(
        "Trump's 35 per cent tariff on non-qualifying Canadian goods, which took effect on the "
        "first of this month, remains in place.",
        datetime(2025, 8, 23, 12, 0, tzinfo=UTC),
    )
    assert [(e.status, e.effective_date) for e in x.events] == [("in_effect", date(2025, 8, 1))]


def test_talks_back_on_beside_the_leaders_agreeing_have_resumed() -> None:
    x = run(
        "On Friday, President Trump said he was terminating all trade talks with Canada over the "
        "tax. From what Ottawa said last night, the talks are back on, and Prime Minister Carney "
        "and the President have agreed to aim for a deal by July 21.",
        datetime(2025, 6, 30, 16, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events if e.type == "trade_talks"] == ["resumed"]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Then they both took them off, on May 20, 2019.", date(2019, 5, 20)),
        (
            "On May 17, 2019, the two governments issued a short joint statement, and three days "
            "later the American duties and our surtaxes were both gone.",
            date(2019, 5, 20),
        ),
    ],
)
def test_both_sides_measures_taken_off_or_gone_ended_together(sentence: str, day: date) -> None:
    x = run(
        "In June 2018 Washington put a 25 per cent duty on Canadian steel and 10 per cent on "
        "aluminum, and Canada answered with surtaxes on $16.6 billion of American goods on "
        "July 1. " + sentence,
        datetime(2020, 7, 2, 16, 0, tzinfo=UTC),
    )
    got = sorted((e.initiator, e.status, e.effective_date) for e in x.events)
    assert got == [("CA", "removed", day)] + [("US", "removed", day)] * 2


def test_a_day_after_a_month_and_year_is_read_in_that_year() -> None:
    x = run(
        "In June 2018 Washington put a 25 per cent duty on Canadian steel, and Canada answered "
        "with surtaxes on $16.6 billion of American goods on July 1.",
        datetime(2020, 7, 2, 16, 0, tzinfo=UTC),
    )
    assert [e.effective_date for e in x.events if e.initiator == "CA"] == [date(2018, 7, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Justin Trudeau said Saturday night that Canada would answer with 25% "
        "tariffs on C$155 billion of US goods, starting with C$30 billion on Tuesday and the "
        "remaining C$125 billion in 21 days.",
        "He said Canada will put 25 per cent tariffs on $155 billion worth of American goods, "
        "with the first $30 billion hit on Tuesday and the remaining $125 billion within three "
        "weeks.",
    ],
)
def test_a_first_tranche_and_the_remaining_one_are_two_steps(sentence: str) -> None:
    x = run(sentence, datetime(2025, 2, 2, 17, 0, tzinfo=UTC))
    got = sorted((e.value.amount if e.value else None, e.effective_date) for e in x.events)
    assert got == [(30e9, date(2025, 2, 4)), (125e9, date(2025, 2, 23))]
    assert {e.status for e in x.events} == {"announced"}


def test_answering_the_other_sides_duty_with_countermeasures_is_a_counter_measure() -> None:
    x = run(
        "Deputy Prime Minister Chrystia Freeland says Canada will answer the U.S. duty with "
        "countermeasures of equal value, dollar for dollar.",
        datetime(2020, 8, 7, 16, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status, e.initiator, e.target, e.retaliatory) for e in x.events]
    assert got == [("tariff", "announced", "CA", "US", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In August, Washington formally launched a CUSMA dispute over the tax by requesting "
        "consultations.",
        "A week ago today, the office of the US Trade Representative, Katherine Tai, formally "
        "asked Canada for dispute settlement consultations under the continental trade "
        "agreement over the tax.",
    ],
)
def test_requesting_consultations_over_the_tax_files_a_case(sentence: str) -> None:
    x = run(
        "Canada's digital services tax took effect on June 28. " + sentence,
        datetime(2024, 9, 6, 16, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status, e.initiator, e.target) for e in x.events]
    assert ("trade_dispute", "filed", "US", "CA") in got


def test_litigation_each_side_had_launched_ended_settles_both_cases() -> None:
    x = run(
        "The United States lifted its steel and aluminum tariffs on Canada, and Canada removed "
        "its counter-tariffs. The two governments also agreed to end the litigation each had "
        "launched at the WTO over the other's measures.",
        datetime(2019, 6, 10, 13, 0, tzinfo=UTC),
    )
    got = sorted((e.initiator, e.status) for e in x.events if e.type == "trade_dispute")
    assert got == [("CA", "settled"), ("US", "settled")]


def test_a_country_s_tax_on_digital_revenue_is_its_digital_services_tax() -> None:
    x = run(
        "The Office of the U.S. Trade Representative requested dispute settlement consultations "
        "with Canada. Canada's 3 percent tax on revenue from online marketplaces, advertising, "
        "social media and the sale of user data took effect on June 28, applying back to "
        "January 1, 2022.",
        datetime(2024, 8, 30, 21, 10, tzinfo=UTC),
    )
    got = [
        (e.status, e.initiator, e.rate_pct, e.products, e.effective_date)
        for e in x.events
        if e.type == "nontariff_measure"
    ]
    assert got == [("in_effect", "CA", 3, ["digital_services"], date(2024, 6, 28))]


def test_leaders_who_talked_on_the_telephone_held_a_call() -> None:
    x = run(
        "The United States put 25 per cent tariffs on Canadian steel. On Monday, Mr. Trudeau "
        "and Mr. Trump talked on the telephone two times.",
        datetime(2025, 2, 6, 16, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status) for e in x.events if e.type == "leader_contact"]
    assert got == [("leader_contact", "held")]


def test_what_tariff_canada_would_pay_is_a_us_threat_on_canada() -> None:
    x = run(
        "Canada's digital services tax took effect in June. On Friday, President Donald Trump "
        "said he was ending trade talks with Canada over Ottawa's digital services tax, and he "
        "said Canada would learn within seven days what tariff it would pay to sell into the "
        "United States.",
        datetime(2025, 6, 30, 16, 0, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.target) for e in x.events if e.type == "tariff"]
    assert got == [("threatened", "US", "CA")]


def test_a_ruling_on_the_complaint_the_united_states_brought_is_its_case() -> None:
    x = run(
        "Canada's dairy quotas have long irritated Washington. This month a CUSMA panel ruled "
        "that Canada's allocation system does not breach the agreement, rejecting the second "
        "complaint the United States had brought.",
        datetime(2023, 11, 20, 16, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status, e.initiator, e.target) for e in x.events]
    assert got == [("trade_dispute", "ruled", "US", "CA")]


def test_an_exemption_a_country_will_lose_is_no_exemption() -> None:
    x = run(
        "U.S. Commerce Secretary Wilbur Ross told reporters this morning that Canada, Mexico "
        "and the European Union will lose their temporary exemption from American metals "
        "tariffs.",
        datetime(2018, 5, 31, 16, 0, tzinfo=UTC),
    )
    assert "exempted" not in [e.status for e in x.events]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "She has raised the file with U.S. Trade Representative Katherine Tai, but no formal "
            "talks are under way, and the American industry opposes a new deal.",
            [],
        ),
        (
            "A 60-second television ad built around the words of a former California governor "
            "has blown up trade talks between the United States and Canada.",
            ["suspended"],
        ),
    ],
)
def test_talks_blown_up_are_suspended_and_no_talks_are_none(
    sentence: str, expected: list[str]
) -> None:
    x = run(
        "The U.S. duties on Canadian softwood lumber stay in place. " + sentence,
        datetime(2025, 10, 28, 16, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events if e.type == "trade_talks"] == expected


def test_a_pause_from_a_weekday_ahead_reads_the_weekday_ahead() -> None:
    # "electricity included" describes the goods; it tells no past act
    x = run(
        "The 25 per cent US tariff on Canadian goods, and the 10 per cent rate on Canadian "
        "energy, electricity included, are on hold for 30 days from 12:01 a.m. Tuesday, the "
        "minute they were due to start.",
        datetime(2025, 2, 3, 20, 0, tzinfo=UTC),  # a Monday
    )
    assert {(e.status, e.effective_date) for e in x.events} == {("paused", date(2025, 2, 4))}


def test_of_two_countries_charged_the_other_side_of_the_beat_is_the_target() -> None:
    x = run(
        "President-elect Donald Trump threatened last Monday that on January 20, his first day "
        "back in office, he would sign an order charging Canada and Mexico a 25 per cent "
        "tariff on everything they ship to the United States.",
        datetime(2024, 12, 2, 11, 0, tzinfo=UTC),
    )
    got = [(e.status, e.initiator, e.target, e.rate_pct) for e in x.events]
    assert got == [("threatened", "US", "CA", 25)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ottawa answered by holding off on its second, $125-billion round of counter-tariffs "
        "until at least April 2.",
        "Premier Doug Ford said he was holding off on his plan to pull American beer, wine and "
        "spirits from LCBO shelves in retaliation, although he warned the plan could come back "
        "if the deal falls apart.",
    ],
)
def test_holding_off_on_a_measure_pauses_it_whatever_may_follow(sentence: str) -> None:
    x = run(
        "Washington exempted CUSMA goods on Thursday. " + sentence,
        datetime(2025, 3, 8, 17, 0, tzinfo=UTC),
    )
    assert [e.status for e in x.events if e.initiator.startswith("CA")] == ["paused"]


# --- rules-1.31 -----------------------------------------------------------------------


def test_a_goal_of_getting_duties_lifted_is_no_removal_and_talking_with_washington_is_talks() -> (
    None
):
    x = run(
        "Prime Minister Mark Carney said last week that his officials are talking with "
        "Washington every day to get the steel and aluminum duties lifted.",
        datetime(2025, 6, 9, 15, 0, tzinfo=UTC),
    )
    assert [(e.type, e.status, e.initiator, e.target) for e in x.events] == [
        ("trade_talks", "ongoing", "CA", "US")
    ]


def test_the_wto_understanding_on_the_settlement_of_disputes_settles_nothing() -> None:
    x = run(
        "My authorities have instructed me to request consultations with the Government of the "
        "United States pursuant to Article 4 of the Understanding on Rules and Procedures "
        "Governing the Settlement of Disputes with respect to the additional duties the United "
        "States imposes on Canadian steel and aluminium products.",
        datetime(2018, 6, 6, 13, 0, tzinfo=UTC),
    )
    got = [(e.type, e.status, e.initiator) for e in x.events if e.type == "trade_dispute"]
    assert got == [("trade_dispute", "filed", "CA")]


def test_whoever_withdraws_a_dispute_brought_it_and_ends_it() -> None:
    x = run(
        "Canada will withdraw the dispute it brought against the United States at the World "
        "Trade Organization concerning the Section 232 duties. The United States will withdraw "
        "its World Trade Organization dispute against Canada's retaliatory tariffs.",
        datetime(2019, 5, 17, 19, 0, tzinfo=UTC),
    )
    got = sorted((e.initiator, e.target, e.status) for e in x.events if e.type == "trade_dispute")
    assert got == [("CA", "US", "settled"), ("US", "CA", "settled")]


def test_a_question_put_to_the_speaker_is_no_demand_and_he_who_said_it_does_not_face_it() -> None:
    x = run(
        "Canada buys more American steel than any other country. On the other question "
        "everybody here wants me to answer, the President said on Thursday that imported steel "
        "will face a 25 percent tariff. He also said aluminum will face 10 percent, and I'm not "
        "going to get ahead of him on the details.",
        datetime(2018, 3, 5, 21, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target, e.status, e.rate_pct, e.products) for e in x.events]
    assert got == [
        ("US", "WORLD", "announced", 25, ["steel"]),
        ("US", "WORLD", "announced", 10, ["aluminum"]),
    ]


def test_a_measure_named_by_its_owner_and_rate_alone() -> None:
    x = run(
        "Canada and the United States settled the metals fight. Same day, Monday, the "
        "Americans dropped their 25 per cent on Canadian steel. Their 10 per cent on Canadian "
        "aluminum came off at the same time.",
        datetime(2019, 5, 22, 14, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target, e.status, e.rate_pct, e.products) for e in x.events]
    assert got == [
        ("US", "CA", "removed", 25, ["steel"]),
        ("US", "CA", "removed", 10, ["aluminum"]),
    ]
    y = run(
        "Canada is still fighting the United States on trade. Ottawa's 25 per cent on American "
        "steel and aluminum has been on since March 13, and I'm for it.",
        datetime(2025, 6, 4, 21, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.target, e.status, e.retaliatory, e.effective_date) for e in y.events]
    assert got == [("CA", "US", "in_effect", True, date(2025, 3, 13))]


def test_goods_that_get_a_rate_of_their_own_in_a_spoken_list() -> None:
    x = run(
        "Donald Trump signed the order on Saturday, twenty-five per cent on everything coming "
        "from Canada, starting Tuesday. Energy gets ten per cent instead, so oil, gas, power.",
        datetime(2025, 2, 2, 18, 0, tzinfo=UTC),
    )
    got = [(e.rate_pct, e.status, e.effective_date) for e in x.events]
    assert (10, "announced", date(2025, 2, 4)) in got


def test_a_measure_that_will_not_proceed_is_removed_and_no_sign_of_exemptions_exempts_nothing() -> (
    None
):
    x = run(
        "Washington dropped its aluminum tariff on Canada. Deputy Prime Minister Chrystia "
        "Freeland said Canada would not proceed with its countermeasures on $3.6 billion of U.S. "
        "aluminum products.",
        datetime(2020, 9, 16, 14, 0, tzinfo=UTC),
    )
    got = [(e.initiator, e.status, e.retaliatory) for e in x.events]
    assert ("CA", "removed", True) in got
    y = run(
        "At a White House meeting with steel executives on Thursday, President Donald Trump "
        "said the United States will impose tariffs of 25 per cent on imported steel next "
        "week, with no sign of exemptions for Canada.",
        datetime(2018, 3, 2, 12, 0, tzinfo=UTC),
    )
    assert [e.status for e in y.events if e.type == "tariff"] == ["announced"]
