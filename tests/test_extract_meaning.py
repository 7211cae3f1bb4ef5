"""Actors, stance and claims inside the extractor, isolated from the span finder.

Each case is a short invented text and the attributions in it, written as (source, cue,
content) substrings; the test builds ``Found`` spans from them and runs the stages of
builder.extract on the parsed text. A known miss is an xfail with its reason.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from builder import nlp
from builder.extract import from_found
from builder.extract.actors import resolve_actors
from builder.extract.base import Found
from builder.extract.claims import clean_statement
from builder.models import Extraction, Span

#: (source, cue, content) as they are written in the text; "" for none. A substring that
#: occurs more than once is taken at its first occurrence after the previous content's.
Said = tuple[str, str, str]


@pytest.fixture(scope="module")
def english() -> Language:
    return nlp.load()


def _span(text: str, part: str, at: int) -> Span:
    assert at >= 0, f"not in the text: {part!r}"
    return Span(part, at, at + len(part))


def _near(text: str, part: str, content: Span) -> Span | None:
    """``part`` where it stands nearest before the content, else first after it."""
    if not part:
        return None
    at = text.rfind(part, 0, content.start)
    return _span(text, part, at if at >= 0 else text.find(part, content.end))


def founds(text: str, said: Sequence[Said]) -> tuple[Found, ...]:
    out, pos = [], 0
    for source, cue, content in said:
        c = _span(text, content, text.find(content, pos))
        out.append(Found(c, _near(text, source, c), _near(text, cue, c)))
        pos = c.start
    return tuple(out)


def run(english: Language, text: str, said: Sequence[Said]) -> Extraction:
    doc: Doc = english(text)
    return from_found("case", doc, founds(text, said))


def actor_ids(english: Language, text: str, said: Sequence[Said]) -> list[str | None]:
    doc = english(text)
    _, ids = resolve_actors(doc, founds(text, said))
    return list(ids)


# --- actors -------------------------------------------------------------------------------

ACTOR_CASES = [
    pytest.param(
        "German Chancellor Olaf Scholz said the pipeline was safe. Scholz added that repairs had begun.",
        [("German Chancellor Olaf Scholz", "said", "the pipeline was safe"), ("Scholz", "added", "repairs had begun")],
        ["olaf-scholz", "olaf-scholz"],
        id="surname_and_title_resolve_to_full_name",
    ),
    pytest.param(
        "Water Minister Sofia Marin said the dam is safe. “The dam passed every inspection,” Marin told reporters.",
        [("Marin", "told", "“The dam passed every inspection,”")],
        ["sofia-marin"],
        id="surname_the_tagger_took_for_a_place",
    ),
    pytest.param(
        "Senator Laura Diaz criticised the bill on Monday. She said that it would raise prices.",
        [("She", "said", "it would raise prices")],
        ["laura-diaz"],
        id="pronoun_to_latest_person",
    ),
    pytest.param(
        "Mayor Anna Keller opened the bridge. Police chief Tom Berg said that traffic was light. "
        "He added that no one was hurt.",
        [("Police chief Tom Berg", "said", "traffic was light"), ("He", "added", "no one was hurt")],
        ["tom-berg", "tom-berg"],
        id="pronoun_prefers_the_last_speaker",
    ),
    pytest.param(
        "A source in the French navy said that the frigate had left port. The ship is heading south, the source added.",
        [
            ("A source in the French navy", "said", "the frigate had left port"),
            ("the source", "added", "The ship is heading south"),
        ],
        ["french-navy-source", "french-navy-source"],
        id="the_source_refers_back_to_the_anonymous_source",
    ),
    pytest.param(
        "Officials from Ukrainian intelligence shared new figures. Some 300 drones were launched overnight, "
        "the officials said.",
        [("the officials", "said", "Some 300 drones were launched overnight")],
        ["ukrainian-intelligence-official"],
        id="the_officials_find_their_earlier_description",
    ),
    pytest.param(
        "Moscow denied the report on Tuesday. Pyongyang said that the talks had been productive.",
        [("Moscow", "denied", "the report"), ("Pyongyang", "said", "the talks had been productive")],
        ["russia", "north-korea"],
        id="capitals_stand_for_states",
    ),
    pytest.param(
        "North Korean leader Kim Jong Un said the tests would go on. "
        "Kim Yong-hyun, South Korea's Defense Minister, said the tests were a threat.",
        [
            ("North Korean leader Kim Jong Un", "said", "the tests would go on"),
            ("Kim Yong-hyun, South Korea's Defense Minister", "said", "the tests were a threat"),
        ],
        ["kim-jong-un", "kim-yong-hyun"],
        id="shared_korean_surname_kept_apart",
    ),
    pytest.param(
        "Hillary Clinton said the plan was sound. Bill Clinton said the plan needed work. "
        "Clinton later said that the vote would be close.",
        [
            ("Hillary Clinton", "said", "the plan was sound"),
            ("Bill Clinton", "said", "the plan needed work"),
            ("Clinton", "said", "the vote would be close"),
        ],
        ["hillary-clinton", "bill-clinton", "bill-clinton"],
        id="shared_surname_kept_apart_surname_to_latest",
    ),
    pytest.param(
        "Donald Trump said the wall would be built. Mr. Trump later said that Mexico would pay.",
        [("Donald Trump", "said", "the wall would be built"), ("Mr. Trump", "said", "Mexico would pay")],
        ["donald-trump", "donald-trump"],
        id="form_of_address_stripped",
    ),
    pytest.param(
        "Ukrainian President Volodymyr Zelensky spoke on Sunday. His comments suggest that talks have stalled.",
        [("His comments", "suggest", "talks have stalled")],
        ["volodymyr-zelensky"],
        id="his_comments_stand_for_the_speaker",
    ),
    pytest.param(
        "The plan was praised by Tom Berg, who said that it would save money.",
        [("who", "said", "it would save money")],
        ["tom-berg"],
        id="relative_pronoun_to_its_antecedent",
    ),
    pytest.param(
        "Multiple nations have said that the border is closed.",
        [("Multiple nations", "said", "the border is closed")],
        ["multiple-nations"],
        id="unnamed_group",
    ),
    pytest.param(
        "The weather was fine. Someone said that the fair would open.",
        [("Someone", "said", "the fair would open")],
        [None],
        id="vague_source_is_no_actor",
    ),
    pytest.param(
        "Hillary Clinton spoke first. Bill Clinton spoke next. She said that the vote would be close.",
        [("She", "said", "the vote would be close")],
        ["hillary-clinton"],
        id="pronoun_gender_from_given_name",
    ),
    pytest.param(
        "Robin Ashford spoke first. Sasha Ivers spoke next. She said that the vote would be close.",
        [("She", "said", "the vote would be close")],
        ["robin-ashford"],
        id="pronoun_gender_of_an_unlisted_given_name",
        marks=pytest.mark.xfail(reason="gender only from names.yaml and Mr./Mrs.: 'She' goes to the latest person"),
    ),
    pytest.param(
        "Mayor Tom Berg said the harbour plan was a disaster.\n\nI think the harbour plan is good for the town.",
        [("Mayor Tom Berg", "said", "the harbour plan was a disaster"),
         ("I", "think", "the harbour plan is good for the town")],
        ["tom-berg", None],
        id="first_person_outside_quotes_is_the_unnamed_writer",
    ),
    pytest.param(
        "Mayor Tom Berg spoke on Monday.\n\nWe asked the port for its figures, and we found that the toll had doubled.",
        [("we", "found", "that the toll had doubled")],
        [None],
        id="we_outside_quotes_is_the_unnamed_newsroom",
    ),
    pytest.param(
        'Mayor Tom Berg spoke on Monday. "The toll is fair, and I believe the port will agree," he said.',
        [("I", "believe", "the port will agree")],
        ["tom-berg"],
        id="first_person_inside_quotes_is_the_speaker",
    ),
    pytest.param(
        "Norway's deputy fisheries minister said the quota was fair. Norway will vote on it in May.",
        [("Norway's deputy fisheries minister", "said", "the quota was fair")],
        ["norway-deputy-fisheries-minister"],
        id="unnamed_holder_of_a_country_s_office_is_not_the_country",
    ),
    pytest.param(
        "Norway's fisheries minister, Ola Strand, said the quota was fair.",
        [("Norway's fisheries minister, Ola Strand", "said", "the quota was fair")],
        ["ola-strand"],
        id="named_holder_of_a_country_s_office_is_the_person",
    ),
    pytest.param(
        "A senior Norwegian port official said the quay was safe. A Danish official said the ferry was late.",
        [("A senior Norwegian port official", "said", "the quay was safe"),
         ("A Danish official", "said", "the ferry was late")],
        ["senior-norwegian-port-official", "danish-official"],
        id="unnamed_official_of_a_country_is_an_anonymous_source",
    ),
    pytest.param(
        "A spokesman for the Harbour Board said the fares would rise.",
        [("A spokesman for the Harbour Board", "said", "the fares would rise")],
        ["harbour-board"],
        id="unnamed_spokesman_speaks_for_the_body",
    ),
    pytest.param(
        "A researcher at an Oslo-based institute said the stocks were low. He added that the catch would recover.",
        [("A researcher at an Oslo-based institute", "said", "the stocks were low"),
         ("He", "added", "the catch would recover")],
        ["oslo-based-institute-researcher", "oslo-based-institute-researcher"],
        id="he_refers_back_to_one_anonymous_source",
    ),
    pytest.param(
        "Two harbour officials said the pier was shut. He added that the catch would recover.",
        [("Two harbour officials", "said", "the pier was shut"), ("He", "added", "the catch would recover")],
        ["harbour-official", None],
        id="he_does_not_refer_back_to_officials",
    ),
    pytest.param(
        "Ferry live updates\n\n10:15 GMT - Moscow says the ferry will sail\n\nThe port said the ferry would sail.",
        [("Moscow", "says", "the ferry will sail")],
        ["russia"],
        id="time_stamp_before_a_dash_is_no_part_of_the_name",
    ),
    pytest.param(
        "Ferry live updates\n\n11:02 GMT - Kremlin rejects fare plan\n\nThe port said the ferry would sail.",
        [("Kremlin", "rejects", "fare plan")],
        ["kremlin"],
        id="time_zone_before_a_dash_is_no_given_name",
    ),
    pytest.param(
        "Port governor Alexei Smirnov said the quay was safe.",
        [("Port governor Alexei Smirnov", "said", "the quay was safe")],
        ["alexei-smirnov"],
        id="given_name_before_a_surname_tagged_alone",
    ),
    pytest.param(
        "Kyiv says the ferry will sail.",
        [("Kyiv", "says", "the ferry will sail")],
        ["ukraine"],
        id="capital_the_recogniser_missed_stands_for_its_state",
    ),
    pytest.param(
        "The ferry will stay in port, according to three harbour officials interviewed last week.",
        [("three harbour officials interviewed last week", "according to", "The ferry will stay in port")],
        ["harbour-official"],
        id="source_read_as_a_participle_clause_is_its_subject",
    ),
    pytest.param(
        "Two harbour officials said the pier was shut. One of them, who spoke on condition of anonymity, "
        "said the crane was broken.",
        [("Two harbour officials", "said", "the pier was shut"),
         ("One of them, who spoke on condition of anonymity", "said", "the crane was broken")],
        ["harbour-official", "harbour-official"],
        id="one_of_them_is_one_of_those_named_before",
    ),
    pytest.param(
        "Several diplomats met on Friday. Some of the diplomats said the ferry was late.",
        [("Some of the diplomats", "said", "the ferry was late")],
        ["diplomat"],
        id="some_of_the_diplomats_and_no_count_in_the_name",
    ),
    pytest.param(
        "Ukrainian President Volodymyr Zelensky visited the port on Monday. Ukraine's president said the ferry "
        "would sail. The Ukrainian president added that the pier was safe.",
        [("Ukraine's president", "said", "the ferry would sail"),
         ("The Ukrainian president", "added", "the pier was safe")],
        ["volodymyr-zelensky", "volodymyr-zelensky"],
        id="a_state_s_office_is_its_holder_named_elsewhere",
    ),
    pytest.param(
        "Ukrainian President Volodymyr Zelensky spoke on Monday. Russia's president said the ferry would sail.",
        [("Russia's president", "said", "the ferry would sail")],
        ["russia-president"],
        id="another_state_s_office_is_not_that_holder",
    ),
    pytest.param(
        "A report by the Audit Office said the pier cost too much.",
        [("A report by the Audit Office", "said", "the pier cost too much")],
        ["audit-office"],
        id="a_report_by_a_body_is_the_body_s",
    ),
    pytest.param(
        "Data from the Grain Association show that exports fell.",
        [("Data from the Grain Association", "show", "that exports fell")],
        ["grain-association"],
        id="figures_from_a_body_are_the_body_s",
    ),
    pytest.param(
        "Data from the sensors show that the pier moved.",
        [("Data from the sensors", "show", "that the pier moved")],
        ["data"],
        id="figures_from_a_thing_stay_figures",
    ),
    pytest.param(
        "A recent Harbour Gazette survey of ferry passengers found that most want a later timetable.",
        [("A recent Harbour Gazette survey of ferry passengers", "found", "that most want a later timetable")],
        ["harbour-gazette"],
        id="a_survey_named_for_its_maker_is_the_maker_s",
    ),
    pytest.param(
        "A Port Authority report said the cranes were unsafe.",
        [("A Port Authority report", "said", "the cranes were unsafe")],
        ["port-authority"],
        id="a_report_named_for_its_maker_is_the_maker_s",
    ),
    pytest.param(
        "A study by Calderra University said the pier was sinking. The study found that repairs would cost millions.",
        [("A study by Calderra University", "said", "the pier was sinking"),
         ("The study", "found", "that repairs would cost millions")],
        ["calderra-university", "calderra-university"],
        id="the_study_is_the_earlier_study_s_maker_s",
    ),
    pytest.param(
        "Mayor Ines Varga wrote to the board on Monday. Her letter said the ferry line would close in May. "
        "The letter added that the pier would stay open.",
        [("Her letter", "said", "the ferry line would close in May"),
         ("The letter", "added", "that the pier would stay open")],
        ["ines-varga", "ines-varga"],
        id="the_letter_is_its_writer_s",
    ),
    pytest.param(
        "In a letter to the council, residents said the noise had become unbearable. "
        "The letter added that children could not sleep.",
        [("residents", "said", "the noise had become unbearable"),
         ("The letter", "added", "that children could not sleep")],
        ["resident", "resident"],
        id="the_letter_is_theirs_who_spoke_in_it",
    ),
    pytest.param(
        "The letter said the ferry line would close in May. A leaked memo says the Water Ministry knew of the cracks.",
        [("The letter", "said", "the ferry line would close in May"),
         ("A leaked memo", "says", "the Water Ministry knew of the cracks")],
        ["letter", "leaked-memo"],
        id="words_whose_maker_is_not_named_are_unattributed",
    ),
    pytest.param(
        "Russia's defence ministry said the drones were shot down. China's foreign ministry said the talks should go on.",
        [("Russia's defence ministry", "said", "the drones were shot down"),
         ("China's foreign ministry", "said", "the talks should go on")],
        ["russia-defence-ministry", "china-foreign-ministry"],
        id="a_country_s_ministry_is_its_own_actor_named_with_the_country",
    ),
    pytest.param(
        "Russia said on Monday that the talks were over. Its military said the drills would go on.",
        [("Russia", "said", "that the talks were over"), ("Its military", "said", "the drills would go on")],
        ["russia", "russia-military"],
        id="its_military_is_the_owner_s_military",
    ),
    pytest.param(
        "Mayor Ines Varga's campaign said the ad was fair.",
        [("Mayor Ines Varga's campaign", "said", "the ad was fair")],
        ["ines-varga-campaign"],
        id="a_person_s_campaign_is_named_with_the_person",
    ),
    pytest.param(
        "Kyiv says the drones hit a fuel depot.",
        [("Kyiv", "says", "the drones hit a fuel depot")],
        ["ukraine"],
        id="a_capital_the_recogniser_missed_is_its_country",
    ),
    pytest.param(
        "A Russian negotiator blamed the sanctions for the impasse.",
        [("A Russian negotiator", "blamed", "the sanctions for the impasse")],
        ["russian-negotiator"],
        id="a_negotiator_is_an_unnamed_person",
    ),
    pytest.param(
        "The mayor's opponent, Tomas Reyes, said the pier was unsafe.",
        [("The mayor's opponent, Tomas Reyes", "said", "the pier was unsafe")],
        ["tomas-reyes"],
        id="an_unnamed_description_with_a_name_in_apposition_is_the_named_person",
    ),
    pytest.param(
        "A new ad from Mayor Ines Varga's campaign says the pier is safe. A video from the ferry crew said it was not.",
        [("A new ad from Mayor Ines Varga's campaign", "says", "the pier is safe"),
         ("A video from the ferry crew", "said", "it was not")],
        ["ines-varga-campaign", "video"],
        id="media_speak_for_their_maker_or_are_unattributed",
    ),
    pytest.param(
        "Mayor Ines Varga spoke first. The Varga campaign said the ad was fair. The Russian military said the drills "
        "would go on. Budapest said the pipeline deal was fair.",
        [("The Varga campaign", "said", "the ad was fair"), ("The Russian military", "said", "the drills would go on"),
         ("Budapest", "said", "the pipeline deal was fair")],
        ["ines-varga-campaign", "russia-military", "hungary"],
        id="a_body_named_after_its_owner_is_the_owner_s_body",
    ),
    pytest.param(
        "The Harbour Authority said the pier was safe. The U.S. State Department said the talks would resume.",
        [("The Harbour Authority", "said", "the pier was safe"),
         ("The U.S. State Department", "said", "the talks would resume")],
        ["harbour-authority", "u-s-state-department"],
        id="a_body_with_a_name_of_its_own_keeps_it",
    ),
    pytest.param(
        "The Audit Office's report said the pier cost too much.",
        [("The Audit Office's report", "said", "the pier cost too much")],
        ["audit-office"],
        id="what_an_owned_report_says_its_owner_says",
    ),
    pytest.param(
        "Mayor Ines Varga spoke first. An aide to Mayor Varga said the pier was safe. An official close to Ines "
        "Varga said the vote would fail. A spokesman for Varga said the ad was fair.",
        [("An aide to Mayor Varga", "said", "the pier was safe"),
         ("An official close to Ines Varga", "said", "the vote would fail"),
         ("A spokesman for Varga", "said", "the ad was fair")],
        ["ines-varga-aide", "official-close-to-ines-varga", "ines-varga"],  # (a spokesman speaks for her)
        id="whom_an_unnamed_person_works_for_or_is_close_to_is_not_the_speaker",
    ),
    pytest.param(
        "A source close to the Harbour Authority said the pier was unsafe. A source close to the Coast Guard said "
        "the ferry was late. A source said the dam was cracked.",
        [("A source close to the Harbour Authority", "said", "the pier was unsafe"),
         ("A source close to the Coast Guard", "said", "the ferry was late"),
         ("A source", "said", "the dam was cracked")],
        ["harbour-authority-source", "coast-guard-source", "source"],
        id="sources_close_to_different_bodies_are_different_sources",
    ),
    pytest.param(
        "Emily Lind spoke on Monday. Mr. Lind said the pier was safe. Mrs. Lind said it was not.",
        [("Mr. Lind", "said", "the pier was safe"), ("Mrs. Lind", "said", "it was not")],
        ["lind", "emily-lind"],
        id="a_surname_with_mr_is_not_a_woman_of_that_name",
    ),
    pytest.param(
        "Tomas Reyes won the vote. Mr. Reyes thanked his voters. His wife, Ana Reyes, said the campaign was hard. "
        "Reyes said the count was fair.",
        [("Ana Reyes", "said", "the campaign was hard"), ("Reyes", "said", "the count was fair")],
        ["ana-reyes", "tomas-reyes"],
        id="a_surname_alone_is_the_person_named_most_not_the_latest",
    ),
    pytest.param(
        "Tomas Reyes spoke on Monday. Mr. Reyes said the plan would work. Ivanka Reyes, his daughter, said the rule "
        "was fair. Reyes said it would pass.",
        [("Ivanka Reyes, his daughter", "said", "the rule was fair"), ("Reyes", "said", "it would pass")],
        ["ivanka-reyes", "tomas-reyes"],
        id="a_daughter_named_in_full_is_not_her_father",
    ),
    pytest.param(
        "A spokesman for Governor Hale, Dana Pruitt, rejected the report. An aide to Senator Ruiz, Tom Becker, said "
        "the senator would vote no.",
        [("A spokesman for Governor Hale, Dana Pruitt", "rejected", "the report"),
         ("An aide to Senator Ruiz, Tom Becker", "said", "the senator would vote no")],
        ["dana-pruitt", "tom-becker"],
        id="a_spokesman_for_someone_named_in_apposition_is_the_named_person",
    ),
    pytest.param(
        "Asked about roads, Governor Alan Pike said voters knew his record. "
        "“Mayor Tom Lind is the only one who will fix the roads,” he said.",
        [("Governor Alan Pike", "said", "voters knew his record"),
         ("he", "said", "“Mayor Tom Lind is the only one who will fix the roads,”")],
        ["alan-pike", "alan-pike"],
        id="a_pronoun_is_not_someone_named_in_the_words_it_attributes",
    ),
    pytest.param(
        "The Justice Department said the harbour law was unfair. Senator Lena Ruiz said it was fair.",
        [("The Justice Department", "said", "the harbour law was unfair"), ("Senator Lena Ruiz", "said", "it was fair")],
        ["justice-department", "lena-ruiz"],
        id="a_body_named_with_a_word_that_is_also_a_title_keeps_it",
    ),
    pytest.param(
        "A study published in 2014 by Nora Vance, a professor at Harbour University, found 31 cases of fraud.",
        [("A study published in 2014 by Nora Vance, a professor at Harbour University", "found", "31 cases of fraud")],
        ["nora-vance"],
        id="a_document_made_by_someone_named_after_its_participle_is_theirs",
    ),
    pytest.param(
        "Harbour Action for Maine, the political arm of the Harbour Union, urged members to vote no. The U.S. Chamber of "
        "Shipping said the toll was fair. Senator Lena Ruiz of Maine said it was not.",
        [("Harbour Action for Maine, the political arm of the Harbour Union", "urged", "members to vote no"),
         ("The U.S. Chamber of Shipping", "said", "the toll was fair"), ("Senator Lena Ruiz of Maine", "said",
                                                                         "it was not")],
        ["harbour-action-for-maine", "u-s-chamber-of-shipping", "lena-ruiz"],
        id="a_body_named_with_for_or_of_keeps_its_whole_name",
    ),
    pytest.param(
        "Mayor Ines Varga spoke first. A Varga campaign aide said the rally was off. A senior Varga administration "
        "official said the talks were over.",
        [("A Varga campaign aide", "said", "the rally was off"),
         ("A senior Varga administration official", "said", "the talks were over")],
        ["varga-campaign-aide", "senior-varga-administration-official"],
        id="an_unnamed_aide_of_a_named_person_is_not_that_person",
    ),
    pytest.param(
        "Governor Alan Pike said: “I think Mayor Tom Lind has been a weaker leader than anyone.” But he added that "
        "the mayor was honest.",
        [("Governor Alan Pike", "said", "“I think Mayor Tom Lind has been a weaker leader than anyone.”"),
         ("he", "added", "that the mayor was honest")],
        ["alan-pike", "alan-pike"],
        id="a_pronoun_is_not_someone_a_speaker_named_in_the_sentence_before",
    ),
    pytest.param(
        "Governor Alan Pike, asked by a reporter on Tuesday whether he would run, said he had decided. He declined "
        "to say when.",
        [("a reporter", "asked", "whether he would run"),
         ("Governor Alan Pike, asked by a reporter on Tuesday whether he would run", "said", "he had decided"),
         ("He", "declined to say", "when")],
        ["reporter", "alan-pike", "alan-pike"],
        id="a_pronoun_goes_back_to_the_speaker_not_to_who_asked_him",
    ),
    pytest.param(
        "Mayor Ines Varga spoke first. A spokesman for the Varga campaign said the ad was false.",
        [("A spokesman for the Varga campaign", "said", "the ad was false")],
        ["ines-varga-campaign"],
        id="a_spokesman_for_an_owned_body_speaks_for_the_body",
    ),
    pytest.param(
        '"We will hold the line," Go Min-jae said. Moon Jae-in said the summit was a success.',
        [("Go Min-jae", "said", '"We will hold the line,"'), ("Moon Jae-in", "said", "the summit was a success")],
        ["go-min-jae", "moon-jae-in"],
        id="a_family_name_first_that_is_an_english_word",
    ),
    pytest.param(
        "Ursula von der Leyen said the package was ready. Von der Leyen added that talks would go on.",
        [("Ursula von der Leyen", "said", "the package was ready"), ("Von der Leyen", "added", "talks would go on")],
        ["ursula-von-der-leyen", "ursula-von-der-leyen"],
        id="a_name_with_particles_is_one_person",
    ),
    pytest.param(
        "A spokesman for Ursula von der Leyen said the package was ready.",
        [("A spokesman for Ursula von der Leyen", "said", "the package was ready")],
        ["ursula-von-der-leyen"],
        id="a_name_with_particles_tagged_an_organisation",
    ),
    pytest.param(
        "Oleksandr Marchenko said the troops had pulled back. Yulia Tymoshenko-Kovalenko said the vote was rigged.",
        [("Oleksandr Marchenko", "said", "the troops had pulled back"),
         ("Yulia Tymoshenko-Kovalenko", "said", "the vote was rigged")],
        ["oleksandr-marchenko", "yulia-tymoshenko-kovalenko"],
        id="a_given_name_the_recogniser_left_out_of_the_name",
    ),
    pytest.param(
        "Spokesman Ned Price met reporters. Price said the talks were useful. Prime Minister Theresa May spoke "
        "next. May said the deal was final. Hope Hicks spoke last. \"He was tired,\" Hope said.",
        [("Price", "said", "the talks were useful"), ("May", "said", "the deal was final"),
         ("Hope", "said", "\"He was tired,\"")],
        ["ned-price", "theresa-may", "hope-hicks"],
        id="a_name_that_is_also_a_word_alone_is_the_person_named_before",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi met the envoys. Wang said the talks were candid.",
        [("Wang", "said", "the talks were candid")],
        ["wang-yi"],
        id="a_family_name_written_first_alone_is_the_person",
    ),
    pytest.param(
        "The two candidates, Ana Ruiz and Tomas Reyes, said the vote was fair. Foreign Minister Wang Yi and "
        "Sergei Lavrov said the talks were useful. Russia and China said the text was biased.",
        [("The two candidates, Ana Ruiz and Tomas Reyes", "said", "the vote was fair"),
         ("Foreign Minister Wang Yi and Sergei Lavrov", "said", "the talks were useful"),
         ("Russia and China", "said", "the text was biased")],
        ["ana-ruiz-and-tomas-reyes", "wang-yi-and-sergei-lavrov", "russia-and-china"],
        id="names_joined_by_and_are_a_group",
    ),
    pytest.param(
        '"Vietnam will stay neutral," To Lam said. "The talks were constructive," He Lifeng told reporters. '
        "To Putin, the war was a mistake, Zelensky said. Putin said it was not.",
        [("To Lam", "said", '"Vietnam will stay neutral,"'), ("He Lifeng", "told", '"The talks were constructive,"'),
         ("Putin", "said", "it was not")],
        ["to-lam", "he-lifeng", "putin"],
        id="a_family_name_first_that_is_a_function_word",
    ),
    pytest.param(
        '"Aid must flow," Will Hart told reporters. May Chen said the port was closed.',
        [("Will Hart", "told", '"Aid must flow,"'), ("May Chen", "said", "the port was closed")],
        ["will-hart", "may-chen"],
        id="a_given_name_that_is_a_modal",
    ),
    pytest.param(
        "Deputy Foreign Minister Choe Son Hui told reporters the drills were a provocation.",
        [("Deputy Foreign Minister Choe Son Hui", "told", "the drills were a provocation")],
        ["choe-son-hui"],
        id="a_three_syllable_name_the_recogniser_cut",
    ),
    pytest.param(
        "South Korea's defence minister, Kim Min-jae, said the drills would go ahead. Japan's envoy, Go Min-jae, "
        "said the talks would resume.",
        [("South Korea's defence minister, Kim Min-jae", "said", "the drills would go ahead"),
         ("Japan's envoy, Go Min-jae", "said", "the talks would resume")],
        ["kim-min-jae", "go-min-jae"],
        id="a_hyphenated_name_after_a_post",
    ),
    pytest.param(
        'Nadia Said runs the camp. "We have no more tents," said Said. Ahmed al-Sharaa met the envoys. '
        "Al-Sharaa said Syria would be rebuilt.",
        [("Said", "said", '"We have no more tents,"'), ("Al-Sharaa", "said", "Syria would be rebuilt")],
        ["nadia-said", "ahmed-al-sharaa"],
        id="a_family_name_alone_that_is_a_word_or_opens_with_a_particle",
    ),
    pytest.param(
        "Bill Varga and Hillary Varga spoke at the rally. Mrs. Varga said the plan was sound. Mr. Varga said "
        "the economy was strong.",
        [("Mrs. Varga", "said", "the plan was sound"), ("Mr. Varga", "said", "the economy was strong")],
        ["hillary-varga", "bill-varga"],
        id="a_form_of_address_tells_which_of_two_who_share_a_surname",
    ),
    pytest.param(
        "Officials in Kyiv and Warsaw said the border would stay open.",
        [("Officials in Kyiv and Warsaw", "said", "the border would stay open")],
        ["kyiv-official"],
        id="places_that_describe_unnamed_people_are_no_group",
    ),
    pytest.param(
        "Volodymyr Zelensky and Ursula von der Leyen said in a joint statement that sanctions would stay.",
        [("Volodymyr Zelensky and Ursula von der Leyen", "said", "that sanctions would stay")],
        ["volodymyr-zelensky-and-ursula-von-der-leyen"],
        id="a_group_with_a_name_of_two_particles",
    ),
    pytest.param(
        "Von der Leyen Says Sanctions Will Stay\n\nBRUSSELS - Ursula von der Leyen said on Tuesday that sanctions "
        "would stay.\n\nMay Vows to Fight On\n\nLONDON - Prime Minister Theresa May said she would fight on.",
        [("Von der Leyen", "Says", "Sanctions Will Stay"),
         ("Ursula von der Leyen", "said", "that sanctions would stay"), ("May", "Vows", "to Fight On"),
         ("Prime Minister Theresa May", "said", "she would fight on")],
        ["ursula-von-der-leyen", "ursula-von-der-leyen", "theresa-may", "theresa-may"],
        id="a_headline_s_name_is_the_name_written_out_below_it",
    ),
    pytest.param(
        "Ukrainian President Volodymyr Zelensky said the front was holding. Zelenskyy added that more air "
        "defence was needed. Oleksandr Syrskyi said the line held. Syrsky added that reserves had arrived.",
        [("Ukrainian President Volodymyr Zelensky", "said", "the front was holding"),
         ("Zelenskyy", "added", "that more air defence was needed"), ("Oleksandr Syrskyi", "said", "the line held"),
         ("Syrsky", "added", "that reserves had arrived")],
        ["volodymyr-zelensky", "volodymyr-zelensky", "oleksandr-syrskyi", "oleksandr-syrskyi"],
        id="another_spelling_of_a_slavic_family_name",
    ),
    pytest.param(
        'Go Min-jae met Kim Yo Jong.\n\n"We are ready," he said.',
        [("he", "said", '"We are ready,"')],
        ["go-min-jae"],
        id="a_pronoun_for_a_name_the_recogniser_missed",
    ),
    pytest.param(
        "Park Avenue residents said the noise was unbearable. Long Island officials said the beaches would reopen.",
        [("Park Avenue residents", "said", "the noise was unbearable"),
         ("Long Island officials", "said", "the beaches would reopen")],
        ["park-avenue-resident", "long-island-official"],
        id="a_place_that_opens_with_a_family_name_names_no_person",
    ),
    pytest.param(
        "The two candidates, Ana Ruiz and Tomas Reyes, met voters.\n\nThey said the vote was fair.",
        [("They", "said", "the vote was fair")],
        ["ana-ruiz-and-tomas-reyes"],
        id="they_after_names_listed_in_a_subject",
    ),
    pytest.param(
        "Long Zhiming, the mayor of Harbin, said the bridge would open. Shigeru Ishiba, the prime minister, said "
        "Japan would raise spending.",
        [("Long Zhiming, the mayor of Harbin", "said", "the bridge would open"),
         ("Shigeru Ishiba, the prime minister", "said", "Japan would raise spending")],
        ["long-zhiming", "shigeru-ishiba"],
        id="a_name_with_a_post_after_it_is_a_person_not_the_post_s_place",
    ),
]


@pytest.mark.parametrize(("text", "said", "expected"), ACTOR_CASES)
def test_actor_resolution(english: Language, text: str, said: list[Said], expected: list[str | None]) -> None:
    assert actor_ids(english, text, said) == expected


def test_words_whose_maker_is_not_named_are_an_unattributed_source(english: Language) -> None:
    """Not an organisation named "Study": an anonymous source of this article, named for the document."""
    text = "The 2014 study concluded that the canal was too shallow."
    got = run(english, text, [("The 2014 study", "concluded", "that the canal was too shallow")])
    assert [(a.id, a.name, a.kind) for a in got.actors] == [("2014-study", "2014 study (unattributed)", "anonymous-source")]


def test_an_owned_body_is_affiliated_to_its_owner_and_an_unnamed_source_keeps_the_possessive(english: Language) -> None:
    text = "Russia's defence ministry said the drones were shot down. A source in Ukraine's navy said the ship sank."
    got = run(english, text, [("Russia's defence ministry", "said", "the drones were shot down"),
                              ("A source in Ukraine's navy", "said", "the ship sank")])
    assert [(a.id, a.name, a.kind, a.affiliation) for a in got.actors] == [
        ("russia", "Russia", "country", None),
        ("russia-defence-ministry", "Russia's defence ministry", "organization", "russia"),
        ("ukraine-navy-source", "Ukraine's navy source (anonymous)", "anonymous-source", "ukraine"),
        ("ukraine", "Ukraine", "country", None),
    ]


def test_a_campaign_named_either_way_is_one_actor_across_articles(english: Language) -> None:
    from builder.resolve import resolve

    one = run(english, "Mayor Ines Varga spoke first. The Varga campaign said the ad was fair.",
              [("The Varga campaign", "said", "the ad was fair")])
    other = run(english, "Varga's campaign said the pier was safe.", [("Varga's campaign", "said", "the pier was safe")])
    one, other = dataclasses.replace(one, article="a"), dataclasses.replace(other, article="b")
    res = resolve([one, other], {"a": ("a",), "b": ("b",)})
    assert res.actor_of[("a", one.attributions[0].actor)] == res.actor_of[("b", other.attributions[0].actor)]


def test_a_dash_at_the_edge_of_a_name_is_no_part_of_it(english: Language) -> None:
    from builder.extract.actors import _phrase_name
    from builder.extract.mentions import clean_name

    doc = english("― Anna Berg ― said the toll was fair.")
    assert clean_name(doc[0:4]) == "Anna Berg"
    doc = english("The harbour chief spoke in public ― Anna Berg said the toll was fair.")
    dash = next(t for t in doc if t.text == "―")
    assert [t.text for t in dash.lefts] == ["public"]  # the parser makes the dash a noun that "public" describes
    assert _phrase_name(dash) == "Public"


def test_actor_records_carry_roles_affiliations_and_aliases(english: Language) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said the report was false. Peskov said that talks would go on. "
        "Moscow has not commented further."
    )
    said = [
        ("Kremlin spokesman Dmitry Peskov", "said", "the report was false"),
        ("Peskov", "said", "talks would go on"),
    ]
    actors = {a.id: a for a in run(english, text, said).actors}
    peskov = actors["dmitry-peskov"]
    assert (peskov.kind, peskov.roles, peskov.affiliation, peskov.aliases) == (
        "person",
        ("Kremlin spokesman",),
        "kremlin",
        ("Peskov",),
    )
    assert (actors["kremlin"].kind, actors["kremlin"].affiliation) == ("organization", "russia")
    assert (actors["russia"].kind, actors["russia"].aliases) == ("country", ("Moscow",))


def test_role_of_a_country_office(english: Language) -> None:
    text = "Kim Yong-hyun, South Korea's Defense Minister, said the drills would continue."
    said = [("Kim Yong-hyun, South Korea's Defense Minister", "said", "the drills would continue")]
    kim = {a.id: a for a in run(english, text, said).actors}["kim-yong-hyun"]
    assert (kim.roles, kim.affiliation) == (("Defense Minister of South Korea",), "south-korea")


def test_a_post_with_its_state_after_a_rank_is_the_role(english: Language) -> None:
    """A rank before the name says less than the post with its state after it."""
    text = '"The front is stable," said Gen. Oleksandr Marchenko, Ukraine\'s commander in chief.'
    said = [("Gen. Oleksandr Marchenko, Ukraine's commander in chief", "said", '"The front is stable,"')]
    general = {a.id: a for a in run(english, text, said).actors}["oleksandr-marchenko"]
    assert (general.roles, general.affiliation) == (("Commander in chief of Ukraine",), "ukraine")


def test_a_post_before_a_name_is_the_role_the_definite_description_refers_back_to(english: Language) -> None:
    text = ("Qatar's prime minister, Sheikh Mohammed bin Rashid Al Nuaimi, said talks had advanced. "
            "The prime minister added that both sides were flexible.")
    said = [("Qatar's prime minister, Sheikh Mohammed bin Rashid Al Nuaimi", "said", "talks had advanced"),
            ("The prime minister", "added", "that both sides were flexible")]
    result = run(english, text, said)
    sheikh = {a.id: a for a in result.actors}["mohammed-bin-rashid-al-nuaimi"]
    assert "Prime minister of Qatar" in sheikh.roles and sheikh.affiliation == "qatar"
    assert [a.actor for a in result.attributions] == ["mohammed-bin-rashid-al-nuaimi"] * 2


def test_a_title_of_two_words_is_no_part_of_the_name(english: Language) -> None:
    text = "Crown Prince Mohammed bin Salman said the kingdom was ready."
    said = [("Crown Prince Mohammed bin Salman", "said", "the kingdom was ready")]
    assert [a.name for a in run(english, text, said).actors] == ["Mohammed bin Salman"]


def test_every_referenced_actor_is_listed_in_first_mention_order(english: Language) -> None:
    text = (
        "A source from Ukrainian intelligence said the depot was hit. "
        "Ukrainian President Volodymyr Zelensky said that the strike was a success."
    )
    said = [
        ("A source from Ukrainian intelligence", "said", "the depot was hit"),
        ("Ukrainian President Volodymyr Zelensky", "said", "the strike was a success"),
    ]
    result = run(english, text, said)
    ids = [a.id for a in result.actors]
    assert ids == ["ukrainian-intelligence-source", "ukraine", "volodymyr-zelensky"]
    listed = set(ids)
    assert {a.actor for a in result.attributions} <= listed
    assert {a.affiliation for a in result.actors if a.affiliation} <= listed
    source = result.actors[0]
    assert (source.kind, source.name) == ("anonymous-source", "Ukrainian intelligence source (anonymous)")


@pytest.mark.parametrize(
    ("source", "kind", "name"),
    [
        ("His lawyer", "anonymous-source", "Lawyer (anonymous)"),  # "his" is nobody's name
        ("A doctor", "anonymous-source", "Doctor (anonymous)"),
        ("The narrator", "anonymous-source", "Narrator (anonymous)"),
        ("Her daughter", "anonymous-source", "Daughter (anonymous)"),
        ("Lawyers", "anonymous-source", "Lawyer (anonymous)"),  # unnamed people of this article, as "officials"
        ("Analysts", "anonymous-source", "Analyst (anonymous)"),  # (not one "Analysts" of every article)
        ("Democrats", "group", "Democrats"),
        ("The harbour board", "organization", "Harbour board"),
    ],
)
def test_a_person_named_by_family_tie_or_work_is_an_unnamed_person(
    english: Language, source: str, kind: str, name: str
) -> None:
    text = f"The ferry was late on Monday.\n\n{source} said the toll was unfair."
    (actor,) = run(english, text, [(source, "said", "the toll was unfair")]).actors
    assert (actor.kind, actor.name) == (kind, name)


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Harbour officials in both parties", "Harbour official (anonymous)"),
        ("Aides in all three campaigns", "Aide (anonymous)"),
        ("A source in the port authority", "Port authority source (anonymous)"),
    ],
)
def test_words_that_spread_people_over_several_bodies_do_not_name_them(
    english: Language, source: str, name: str
) -> None:
    """ "officials in both parties" are not "Parties officials": "both" says nothing of which."""
    text = f"The ferry was late on Monday.\n\n{source} said the toll was unfair."
    (actor,) = run(english, text, [(source, "said", "the toll was unfair")]).actors
    assert (actor.kind, actor.name) == ("anonymous-source", name)


def test_a_heading_s_capitalised_office_after_a_time_stamp_is_an_unnamed_person(english: Language) -> None:
    """ "12:45 GMT - Analyst: ...": the capitalised word is no name, and the time stamp before the
    dash describes nobody."""
    text = "Harbour strike: live updates\n\n12:45 GMT - Analyst: Ferry strike likely to spread\n\nThe mayor spoke."
    (actor,) = run(english, text, [("Analyst", ":", "Ferry strike likely to spread")]).actors
    assert (actor.kind, actor.name, actor.aliases) == ("anonymous-source", "Analyst (anonymous)", ("Analyst",))


def test_a_pronoun_is_no_alias_of_an_anonymous_source(english: Language) -> None:
    text = "A researcher at an Oslo-based institute said the stocks were low. He added that the catch would recover."
    said = [("A researcher at an Oslo-based institute", "said", "the stocks were low"),
            ("He", "added", "the catch would recover")]
    (actor,) = [a for a in run(english, text, said).actors if a.kind == "anonymous-source"]
    assert actor.aliases == ("A researcher at an Oslo-based institute",)


def test_a_lower_case_body_tagged_as_a_name_is_no_person(english: Language) -> None:
    """ "Norway's fisheries ministry", its "ministry" tagged as a name: a body, not a person."""
    text = "Norway's fisheries ministry says the quota is fair."
    result = run(english, text, [("Norway's fisheries ministry", "says", "the quota is fair")])
    (actor,) = [a for a in result.actors if a.id == result.attributions[0].actor]
    assert actor.kind == "organization" and "fisheries ministry" in actor.name.lower()


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        ("Frank-Walter Brandt said the bridge would hold.", "Frank-Walter Brandt", "Frank-Walter Brandt"),
        ("Mark van der Berg said the dikes would hold.", "Mark van der Berg", "Mark van der Berg"),
        ("Hamad bin Jassim told reporters the deal was close.", "Hamad bin Jassim", "Hamad bin Jassim"),
        ("Von der Leyen said the package was ready.", "Von der Leyen", "Von der Leyen"),
        ("Nadia Said said the camp was full.", "Nadia Said", "Nadia Said"),
        ("Abu Obeida said the fighters had hit a tank.", "Abu Obeida", "Abu Obeida"),
    ],
)
def test_a_name_that_tells_a_person_is_a_person(english: Language, text: str, source: str, name: str) -> None:
    """A hyphenated given name first or a particle inside tells a person, whatever the recogniser
    labelled the name."""
    content = text.split(" said ")[-1].split(" reporters ")[-1].rstrip(".")
    cue = "told" if " told " in text else "said"
    result = run(english, text, [(source, cue, content)])
    (actor,) = [a for a in result.actors if a.id == result.attributions[0].actor]
    assert (actor.name, actor.kind) == (name, "person")


# --- stance -------------------------------------------------------------------------------

STANCE_CASES = [
    pytest.param(
        "The port authority said it could neither confirm nor deny the report.",
        ("The port authority", "said", "it could neither confirm nor deny the report"),
        "doubts",
        id="neither_confirm_nor_deny_doubts",
    ),
    pytest.param(
        "The coast guard would not confirm or deny that the ferry had sunk.",
        ("The coast guard", "would not confirm or deny", "that the ferry had sunk"),
        "doubts",
        id="not_confirm_or_deny_doubts",
    ),
    pytest.param(
        "The governor, who has declined to endorse the mayor, spoke on Monday.",
        ("who", "has declined to endorse", "the mayor"),
        "doubts",
        id="declined_to_endorse_is_no_support",
    ),
    pytest.param(
        "Two senators refused to back the harbour plan.",
        ("Two senators", "refused to back", "the harbour plan"),
        "doubts",
        id="refused_to_back_is_no_support",
    ),
    pytest.param(
        "The fact-checkers rated the mayor's claim Mostly False.",
        ("The fact-checkers", "rated", "the mayor's claim Mostly False"),
        "denies",
        id="rated_false_denies",
    ),
    pytest.param(
        "The mayor brushed aside questions about the pier.",
        ("The mayor", "brushed aside", "questions about the pier"),
        "denies",
        id="brushed_aside_denies",
    ),
    pytest.param(
        "The Harbour Gazette rated the senator's statement \"Pants on Fire,\" its lowest rating.",
        ("The Harbour Gazette", "rated", "the senator's statement \"Pants on Fire,\" its lowest rating"),
        "denies",
        id="rated_pants_on_fire_denies",
    ),
    pytest.param(
        "The fact-checkers rated the mayor's claim True.",
        ("The fact-checkers", "rated", "the mayor's claim True"),
        "asserts",
        id="rated_true_asserts",
    ),
    pytest.param(
        "The mayor has previously called the harbour toll \"one of the biggest hoaxes in modern politics.\"\n\n"
        "The council met on Monday.",
        ("The mayor", "has previously called", "the harbour toll \"one of the biggest hoaxes in modern politics.\""),
        "denies",
        id="called_a_hoax_with_the_closing_quote_hung_elsewhere_denies",
    ),
    pytest.param(
        "The port described the allegations as \"absurd\".",
        ("The port", "described", "the allegations as \"absurd\""),
        "denies",
        id="described_as_absurd_denies",
    ),
    pytest.param(
        "Officials in the harbour called the video a \"staged provocation\".",
        ("Officials in the harbour", "called", "the video a \"staged provocation\""),
        "denies",
        id="called_a_provocation_denies",
    ),
    pytest.param(
        "The council said it was the target of a disinformation campaign.",
        ("The council", "said", "it was the target of a disinformation campaign"),
        "denies",
        id="disinformation_said_of_itself_denies",
    ),
    pytest.param(
        "The harbour board refused to confirm the losses.",
        ("The harbour board", "refused to confirm", "the losses"),
        "doubts",
        id="refused_to_confirm_doubts",
    ),
    pytest.param(
        "The navy said two drones flew over the harbour, both of which it said were shot down.",
        ("it", "said", "were shot down"),
        "asserts",
        id="shot_down_drones_is_no_denial",
    ),
    pytest.param(
        "The mayor shot down the claim that the pier would close.",
        ("The mayor", "shot down", "the claim that the pier would close"),
        "denies",
        id="shooting_down_a_claim_denies",
    ),
    pytest.param(
        "The ministry said that the dam was safe.",
        ("The ministry", "said", "the dam was safe"),
        "asserts",
        id="said_asserts",
    ),
    pytest.param(
        "The ministry denied that the dam had cracked.",
        ("The ministry", "denied", "the dam had cracked"),
        "denies",
        id="deny",
    ),
    pytest.param(
        "The auditors have doubts about the port's accounts.",
        ("The auditors", "have doubts about", "the port's accounts"),
        "doubts",
        id="have_doubts_about",
    ),
    pytest.param(
        "The mayor dismissed the report as a fantasy.",
        ("The mayor", "dismissed", "the report as a fantasy"),
        "denies",
        id="dismiss_as",
    ),
    pytest.param(
        "The mayor rejected the claim that the dam had cracked.",
        ("The mayor", "rejected", "the claim that the dam had cracked"),
        "denies",
        id="reject",
    ),
    pytest.param(
        "The engineers called the report a hoax.",
        ("The engineers", "called", "the report a hoax"),
        "denies",
        id="call_a_hoax",
    ),
    pytest.param(
        "Analysts doubted that the dam had cracked.",
        ("Analysts", "doubted", "the dam had cracked"),
        "doubts",
        id="doubt",
    ),
    pytest.param(
        "The union questioned whether the dam had cracked.",
        ("The union", "questioned", "whether the dam had cracked"),
        "doubts",
        id="question",
    ),
    pytest.param(
        "The ministry did not confirm that the dam had cracked.",
        ("The ministry", "did not confirm", "the dam had cracked"),
        "doubts",
        id="negated_confirm",
    ),
    pytest.param(
        "The engineers believe that the dam has cracked.",
        ("The engineers", "believe", "the dam has cracked"),
        "considers-plausible",
        id="believe",
    ),
    pytest.param(
        "The mayor expressed belief in the likelihood of a crack.",
        ("The mayor", "expressed belief", "in the likelihood of a crack"),
        "considers-plausible",
        id="expressed_belief",
    ),
    pytest.param(
        "The agency said it considers the reports of a crack to be plausible.",
        ("The agency", "said", "it considers the reports of a crack to be plausible"),
        "considers-plausible",
        id="considers_plausible_said_of_itself",
    ),
    pytest.param(
        "The port said it had found cracks in the pier, a week after the council rejected a survey.",
        ("The port", "said", "it had found cracks in the pier, a week after the council rejected a survey"),
        "asserts",
        id="another_subject_rejecting_inside_what_is_said_of_itself",
    ),
    pytest.param(
        "The mayor said she knows crews who doubt that the pier is safe.",
        ("The mayor", "said", "she knows crews who doubt that the pier is safe"),
        "asserts",
        id="others_doubting_inside_what_is_said_of_itself",
    ),
    pytest.param(
        "The port warned of delays as doubts grew about the pier.",
        ("The port", "warned of", "delays"),
        "asserts",
        id="doubts_of_a_clause_with_its_own_subject_are_not_the_speaker_s",
    ),
    pytest.param(
        "The mayor said, “We believe that the dam is safe.”",
        ("The mayor", "said", "“We believe that the dam is safe.”"),
        "asserts",
        id="belief_inside_a_quote_asserts",
    ),
    pytest.param(
        "The report left little doubt that the dam had cracked.",
        ("The report", "left little doubt", "that the dam had cracked"),
        "asserts",
        id="little_doubt_asserts",
    ),
    pytest.param(
        "The mayor has promoted a raft of unproven repairs.",
        ("The mayor", "has promoted", "a raft of unproven repairs"),
        "asserts",
        id="doubt_word_in_what_is_said_is_no_cue",
    ),
    pytest.param(
        "A crack has appeared in the dam, as confirmed by the engineers.",
        ("the engineers", "as confirmed by", "A crack has appeared in the dam"),
        "asserts",
        id="confirm_on_a_new_claim_asserts",
    ),
    pytest.param(
        "Engineers found it likely that the dam had cracked.",
        ("Engineers", "found", "it likely that the dam had cracked"),
        "considers-plausible",
        id="find_it_likely",
    ),
    pytest.param(
        "Engineers found it unlikely that the dam had cracked.",
        ("Engineers", "found", "it unlikely that the dam had cracked"),
        "doubts",
        id="find_it_unlikely",
    ),
]


@pytest.mark.parametrize(("text", "said", "expected"), STANCE_CASES)
def test_stance(english: Language, text: str, said: Said, expected: str) -> None:
    assert run(english, text, [said]).attributions[0].stance == expected


def test_backing_someone_elses_claim_supports(english: Language) -> None:
    text = (
        "Mayor Anna Keller said a crack had appeared in the dam. "
        "Adding weight to Keller's claims, an engineer said that water was seeping through the crack. "
        "The regional agency later confirmed that a crack had appeared in the dam."
    )
    said = [
        ("Mayor Anna Keller", "said", "a crack had appeared in the dam"),
        ("an engineer", "said", "water was seeping through the crack"),
        ("The regional agency", "confirmed", "a crack had appeared in the dam"),
    ]
    result = run(english, text, said)
    assert [a.stance for a in result.attributions] == ["asserts", "supports", "supports"]
    assert len({a.claim for a in result.attributions}) == 1


def test_corroborating_someone_elses_claim_supports(english: Language) -> None:
    text = "Mayor Anna Keller said a crack had appeared in the dam. Engineers later corroborated that a crack had appeared in the dam."
    said = [
        ("Mayor Anna Keller", "said", "a crack had appeared in the dam"),
        ("Engineers", "later corroborated", "that a crack had appeared in the dam"),
    ]
    result = run(english, text, said)
    assert [a.stance for a in result.attributions] == ["asserts", "supports"]


# --- claims -------------------------------------------------------------------------------


def claim_groups(result: Extraction) -> list[int]:
    """Each attribution's claim as the index of its claim's first appearance: [0, 0, 1]."""
    seen: list[str | None] = []
    out = []
    for a in result.attributions:
        if a.claim not in seen:
            seen.append(a.claim)
        out.append(seen.index(a.claim))
    return out


CLAIM_CASES = [
    pytest.param(
        "Mayor Anna Keller said the old bridge will close in May. "
        "The transport union dismissed these claims as nonsense.",
        [
            ("Mayor Anna Keller", "said", "the old bridge will close in May"),
            ("The transport union", "dismissed", "these claims as nonsense"),
        ],
        [0, 0],
        id="these_claims_join_the_claim",
    ),
    pytest.param(
        "Mayor Anna Keller said the old bridge will close in May. Tom Berg said that school fees will rise. "
        "Adding weight to Keller's claims, an engineer said that the bridge cables were worn.",
        [
            ("Mayor Anna Keller", "said", "the old bridge will close in May"),
            ("Tom Berg", "said", "school fees will rise"),
            ("an engineer", "said", "the bridge cables were worn"),
        ],
        [0, 1, 0],
        id="possessive_claims_join_that_actors_claim",
    ),
    pytest.param(
        "Both parties have been accused by observers of rigging the vote, a claim that both deny.",
        [("observers", "have been accused", "of rigging the vote"), ("both", "deny", "a claim")],
        [0, 0],
        id="a_claim_that_both_deny_joins_the_same_sentence",
    ),
    pytest.param(
        "Tom Berg said that cracks had appeared in the old bridge. The city council dismissed his warning as "
        "scaremongering. Mayor Anna Keller said that school fees will rise.",
        [
            ("Tom Berg", "said", "cracks had appeared in the old bridge"),
            ("The city council", "dismissed", "his warning as scaremongering"),
            ("Mayor Anna Keller", "said", "school fees will rise"),
        ],
        [0, 0, 1],
        id="his_warning_joins_the_last_speakers_claim",
    ),
    pytest.param(
        "Mayor Anna Keller said the old bridge will close in May. Tom Berg said that school fees will rise next year.",
        [
            ("Mayor Anna Keller", "said", "the old bridge will close in May"),
            ("Tom Berg", "said", "school fees will rise next year"),
        ],
        [0, 1],
        id="unrelated_statements_stay_apart",
    ),
    pytest.param(
        "Mayor Anna Keller said the old bridge will close in May. "
        "The city engineer said that the old bridge would close for repairs.",
        [
            ("Mayor Anna Keller", "said", "the old bridge will close in May"),
            ("The city engineer", "said", "the old bridge would close for repairs"),
        ],
        [0, 0],
        id="paraphrase_joins_by_shared_words",
    ),
    pytest.param(
        "Tom Berg warned that school fees will rise. He reiterated his call for lower rents in the city.",
        [("Tom Berg", "warned", "school fees will rise"), ("He", "reiterated his call", "for lower rents in the city")],
        [0, 0],
        id="reiterated_joins_the_speakers_claim",
    ),
    pytest.param(
        "Tom Berg praised the council's budget, stating that it protects the council's schools.",
        [("Tom Berg", "praised", "the council's budget"), ("Tom Berg", "stating", "it protects the council's schools")],
        [0, 0],
        id="same_speaker_same_sentence_joins",
    ),
    pytest.param(
        "A crack appeared in the dam on Monday, the mayor said. Fish stocks in the lake are falling, "
        "the ministry said.",
        [
            ("the mayor", "said", "A crack appeared in the dam on Monday"),
            ("the ministry", "said", "Fish stocks in the lake are falling"),
        ],
        [0, 1],
        id="different_speakers_different_topics",
    ),
    pytest.param(
        "Mayor Pavel Berg said that the ferry line will open on time. A source close to the port said that the "
        "ferry line is safe. Ines Dahl denied that the ferry line is safe. The union said the ferry line is unsafe.",
        [
            ("Mayor Pavel Berg", "said", "that the ferry line will open on time"),
            ("A source close to the port", "said", "that the ferry line is safe"),
            ("Ines Dahl", "denied", "that the ferry line is safe"),
            ("The union", "said", "the ferry line is unsafe"),
        ],
        [0, 1, 1, 1],
        id="the_same_subject_with_another_predicate_is_another_claim",
    ),
]


@pytest.mark.parametrize(("text", "said", "expected"), CLAIM_CASES)
def test_claim_grouping(english: Language, text: str, said: list[Said], expected: list[int]) -> None:
    assert claim_groups(run(english, text, said)) == expected


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The ferry company did not respond to requests for comment.",
         ("The ferry company", "did not respond to", "requests for comment")),
        ("A spokesman for the port declined to comment.", ("A spokesman for the port", "declined", "to comment")),
        # an actor is not a proposition: endorsing Hanna Lindqvist makes no claim "Hanna Lindqvist."
        ("The union has endorsed Hanna Lindqvist.", ("The union", "has endorsed", "Hanna Lindqvist")),
        ("Farmers in the valley backed the Labour Party.", ("Farmers in the valley", "backed", "the Labour Party")),
        # a thing is not a proposition either, unless it refers to a claim made before
        ("The mayor praised the harbour plan.", ("The mayor", "praised", "the harbour plan")),
        ("Critics attacked the minister's remarks on the toll.",
         ("Critics", "attacked", "the minister's remarks on the toll")),
    ],
)
def test_words_that_name_no_proposition_make_no_claim(english: Language, text: str, said: Said) -> None:
    result = run(english, text, [said])
    assert result.claims == () and [a.claim for a in result.attributions] == [None]


def test_a_claim_without_words_of_its_own_still_joins_what_it_refers_to(english: Language) -> None:
    text = "The mayor said the dam is cracked. The builder denied it."
    result = run(english, text, [("The mayor", "said", "the dam is cracked"), ("The builder", "denied", "it")])
    assert claim_groups(result) == [0, 0]


def test_claim_statement_and_id(english: Language) -> None:
    text = "Mayor Anna Keller said that the old bridge will close in May."
    result = run(english, text, [("Mayor Anna Keller", "said", "that the old bridge will close in May")])
    (claim,) = result.claims
    assert claim.statement == "The old bridge will close in May."
    assert claim.id == "old-bridge-close-may"
    assert result.attributions[0].claim == claim.id


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        # "That" is what is said to make him smart, not the word opening a clause
        ("“That makes me smart,” the developer said.", [("the developer", "said", "That makes me smart")],
         "That makes me smart."),
        ("The developer said that it makes him smart.", [("The developer", "said", "that it makes him smart")],
         "It makes him smart."),
        # the claim is what the board announced, not the mayor's report of the announcement
        ("Mayor Anna Keller said the port board announced that the harbour vote was delayed.",
         [("Mayor Anna Keller", "said", "the port board announced that the harbour vote was delayed"),
          ("the port board", "announced", "that the harbour vote was delayed")],
         "The harbour vote was delayed."),
        # words with a verb state a claim better than the thing another speaker praised
        ("The mayor praised the plan for the harbour bridge. The union urged the council to reopen the harbour "
         "bridge plan quickly.",
         [("The mayor", "praised", "the plan for the harbour bridge"),
          ("The union", "urged", "the council to reopen the harbour bridge plan quickly")],
         "The council to reopen the harbour bridge plan quickly."),
    ],
)
def test_a_claim_is_stated_in_the_words_that_say_it_best(
    english: Language, text: str, said: list[Said], expected: str
) -> None:
    (claim,) = run(english, text, said).claims
    assert claim.statement == expected


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        ("Both Nordland and Vessia have been accused by several neighbours of hiding troops at the border.",
         ("several neighbours", "have been accused", "of hiding troops at the border"),
         "Both Nordland and Vessia are hiding troops at the border."),
        ("The shipping firm was accused by inspectors of skipping safety drills.",
         ("inspectors", "was accused", "of skipping safety drills"),
         "The shipping firm is skipping safety drills."),
    ],
)
def test_an_accusation_is_stated_of_the_accused(english: Language, text: str, said: Said, expected: str) -> None:
    (claim,) = run(english, text, [said]).claims
    assert claim.statement == expected


@pytest.mark.parametrize(
    ("content", "speaker", "expected"),
    [
        ("that he stands with the people,”", "Kim Jong Un", "Kim Jong Un stands with the people."),
        ("“We see an alliance.”", None, "We see an alliance."),
        ("their ties are reaching a “new level,”", None, "Their ties are reaching a new level."),
        ("of collaborating to provide support", None, "Collaborating to provide support."),
        ("“Who will pay for the bridge?”", None, "Who will pay for the bridge?"),  # no "?."
        ("the harbour is finally open!", None, "The harbour is finally open!"),
        ("the talks were going nowhere…", None, "The talks were going nowhere…"),
        # a quotation split by the speaker's narration: the words before it
        ("“You can’t talk about the harbour if you don’t know it,” Ruiz said, smiling. “We must act.”", None,
         "You can’t talk about the harbour if you don’t know it."),
        ('"The toll is fair," Ruiz said. "Ask anyone."', None, "The toll is fair."),
        # the speaker's own frame of belief is not part of the claim
        ("“We are certain that the contract was rigged,”", None, "The contract was rigged."),
        ("“I’m sure the vote was fair,”", None, "The vote was fair."),
        ("I think the bridge is safe", None, "The bridge is safe."),
        ("We know that the pier is closed", None, "The pier is closed."),
        ("We feel strongly about the pier", None, "We feel strongly about the pier."),
        ("I think so", None, "I think so."),
    ],
)
def test_clean_statement(content: str, speaker: str | None, expected: str) -> None:
    assert clean_statement(content, speaker) == expected


def test_nothing_found_yields_nothing(english: Language) -> None:
    result = run(english, "The river rose by a metre overnight.", [])
    assert (result.attributions, result.actors, result.claims) == ((), (), ())


def test_same_input_same_output(english: Language) -> None:
    text = (
        "Mayor Anna Keller said the old bridge will close in May. She added that ferries would run. "
        "The transport union dismissed these claims as nonsense."
    )
    said = [
        ("Mayor Anna Keller", "said", "the old bridge will close in May"),
        ("She", "added", "ferries would run"),
        ("The transport union", "dismissed", "these claims as nonsense"),
    ]
    assert run(english, text, said) == run(english, text, said)


def test_a_given_name_and_a_surname_the_model_calls_an_organisation_is_a_person(english: Language) -> None:
    text = ("However, Elena Costa dismissed the claim as “nonsense”. The Kim Foundation said the plan was fair. "
            "Victoria University said the data was sound.")
    got = run(english, text, [("Elena Costa", "dismissed", "the claim as “nonsense”"),
                              ("The Kim Foundation", "said", "the plan was fair"),
                              ("Victoria University", "said", "the data was sound")])
    assert [(a.name, a.kind) for a in got.actors] == [
        ("Elena Costa", "person"), ("Kim Foundation", "organization"), ("Victoria University", "organization")]
def test_an_organisation_cut_short_by_the_entity_recogniser_keeps_its_whole_name(english: Language) -> None:
    """The recogniser may end "the Harbour Maritime Transparency Initiative" after "Maritime":
    the capitalised compounds up to the name's head are part of it, a title or office is not
    ("House" of "House Speaker Tom Ruiz")."""
    from spacy.tokens import Span as Entity

    from builder.extract.mentions import find_mentions

    doc = english("The images were published by the Harbour Maritime Transparency Initiative on Monday.")
    doc.ents = [Entity(doc, 5, 8, label="ORG")]  # "the Harbour Maritime"
    assert [m.name for m in find_mentions(doc)] == ["Harbour Maritime Transparency Initiative"]
    doc = english("House Speaker Tom Ruiz said the bill would pass.")
    doc.ents = [Entity(doc, 0, 1, label="ORG"), Entity(doc, 2, 4, label="PERSON")]
    assert [m.name for m in find_mentions(doc)] == ["House", "Tom Ruiz"]


def test_a_surname_the_tagger_took_for_a_common_noun_is_the_person_named_before(english: Language) -> None:
    """ "Lotter acknowledged ..." with "Lotter" tagged as a noun (as the small model may): the
    person named "Marc Lotter" before, not an organisation called "Lotter"."""
    text = "The mayor's spokesman, Tom Kettle, said the pier was safe. Kettle acknowledged that the crews were tired."
    doc = english(text)
    surname = next(t for t in doc if t.text == "Kettle" and t.i > 8)
    surname.pos_, surname.tag_ = "NOUN", "NN"
    said = [("The mayor's spokesman, Tom Kettle", "said", "the pier was safe"),
            ("Kettle", "acknowledged", "that the crews were tired")]
    _, ids = resolve_actors(doc, founds(text, said))
    assert list(ids) == ["tom-kettle", "tom-kettle"]


def test_someone_named_in_an_aside_about_the_source_is_not_the_source(english: Language) -> None:
    """ "Halloran, who lost the race to Varga, urged ..." with "Halloran" missed by the entity
    recogniser (as the small model may miss "Sanders"): Halloran, not Varga."""
    from spacy.tokens import Span as Entity

    text = "Halloran, who lost the race to Varga, urged his supporters to back her."
    doc = english(text)
    doc.ents = [Entity(doc, 7, 8, label="PERSON")]  # "Varga" only
    _, ids = resolve_actors(doc, founds(text, [("Halloran, who lost the race to Varga", "urged",
                                                "his supporters to back her")]))
    assert list(ids) == ["halloran"]
