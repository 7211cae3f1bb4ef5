"""Actors and claims joined across articles: names, surnames, spellings, look-alikes kept apart."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.models import Actor, Claim, Extraction
from builder.resolve import Pinned, resolve, resolve_claims, similar, words


def ex(article: str, *actors: tuple[str, str], claims: tuple[str, ...] = ()) -> Extraction:
    """An extraction with actors given as (name, kind) and claims as statements."""
    return Extraction(
        article,
        actors=tuple(Actor(f"l{i}", name, kind) for i, (name, kind) in enumerate(actors)),
        claims=tuple(Claim(f"c{i}", s) for i, s in enumerate(claims)),
    )


def actor_ids(extractions: list[Extraction], pinned: tuple[Pinned, ...] = ()) -> dict[tuple[str, str], str]:
    order = {e.article: (e.article,) for e in extractions}
    res = resolve(extractions, order, pinned)
    return {(art, res.actors[aid].name): aid for (art, _), aid in res.actor_of.items()}


PERSON, ORG, COUNTRY, ANON = "person", "organization", "country", "anonymous-source"


@pytest.mark.parametrize(
    ("articles", "same", "apart"),
    [
        pytest.param([[("Volodymyr Zelensky", PERSON)], [("Zelensky", PERSON)]], [("a0", "a1")], [], id="surname_alone"),
        pytest.param([[("Volodymyr Zelensky", PERSON)], [("Volodymyr Zelenskyy", PERSON)]], [("a0", "a1")], [], id="spelling_variant"),
        pytest.param([[("Kim Jong Un", PERSON)], [("Kim Yong-hyun", PERSON)]], [], [("a0", "a1")], id="shared_family_name"),
        pytest.param([[("Hillary Clinton", PERSON)], [("Bill Clinton", PERSON)]], [], [("a0", "a1")], id="hillary_and_bill"),
        pytest.param([[("the Kremlin", ORG)], [("Kremlin", ORG)]], [("a0", "a1")], [], id="article_ignored"),
        pytest.param([[("a source", ANON)], [("a source", ANON)]], [], [("a0", "a1")], id="anonymous_sources_apart"),
        pytest.param([[("Ukrainian intelligence source (anonymous)", ANON)], [("Ukrainian intelligence source (anonymous)", ANON)]],
                     [("a0", "a1")], [], id="anonymous_same_description"),
        pytest.param([[("Russia", COUNTRY)], [("Belarus", COUNTRY)]], [], [("a0", "a1")], id="different_countries"),
        pytest.param([[("Paul Ryan", PERSON)], [("Paul D. Ryan", PERSON)]], [("a0", "a1")], [], id="middle_initial"),
        pytest.param([[("Hillary Clinton", PERSON)], [("Crooked Hillary Clinton", PERSON)]], [("a0", "a1")], [],
                     id="epithet_before_the_name"),
        pytest.param([[("Donald Trump", PERSON)], [("Donald Tusk", PERSON)], [("Donald", PERSON)]], [],
                     [("a0", "a1"), ("a1", "a2")], id="first_name_alone_joins_nobody"),
    ],
)
def test_actor_resolution(articles: list[list[tuple[str, str]]], same: list[tuple[str, str]], apart: list[tuple[str, str]]) -> None:
    extractions = [ex(f"a{i}", *actors) for i, actors in enumerate(articles)]
    res = resolve(extractions, {e.article: (e.article,) for e in extractions})
    first = {e.article: res.actor_of[(e.article, "l0")] for e in extractions}
    for x, y in same:
        assert first[x] == first[y]
    for x, y in apart:
        assert first[x] != first[y]


def test_an_alias_naming_someone_else_joins_nothing() -> None:
    hillary = Actor("l0", "Hillary Clinton", PERSON, aliases=("Clinton", "Bill Clinton"))  # a slip of the extractor
    extractions = [Extraction("a0", actors=(hillary,)), ex("a1", ("Bill Clinton", PERSON))]
    res = resolve(extractions, {"a0": ("a0",), "a1": ("a1",)})
    assert res.actor_of[("a0", "l0")] != res.actor_of[("a1", "l0")]
    assert res.actors[res.actor_of[("a0", "l0")]].aliases == ("Clinton",)


def test_canonical_name_is_the_full_name_and_aliases_keep_the_rest() -> None:
    extractions = [ex("a0", ("Zelensky", PERSON)), ex("a1", ("Volodymyr Zelensky", PERSON)), ex("a2", ("Volodymyr Zelenskyy", PERSON))]
    res = resolve(extractions, {e.article: (e.article,) for e in extractions})
    assert len(res.actors) == 1
    actor = next(iter(res.actors.values()))
    assert actor.name == "Volodymyr Zelensky"
    assert set(actor.aliases) == {"Zelensky", "Volodymyr Zelenskyy"}


def test_surname_alone_goes_to_the_far_more_named_person() -> None:
    extractions = [ex(f"h{i}", ("Hillary Clinton", PERSON)) for i in range(4)] + [
        ex("b0", ("Bill Clinton", PERSON)), ex("z", ("Clinton", PERSON))]
    ids = actor_ids(extractions)
    assert ids[("z", "Hillary Clinton")] == ids[("h0", "Hillary Clinton")]
    assert ids[("b0", "Bill Clinton")] != ids[("h0", "Hillary Clinton")]


def test_surname_alone_stays_apart_when_two_people_are_named_alike_often() -> None:
    extractions = [ex("h0", ("Hillary Clinton", PERSON)), ex("b0", ("Bill Clinton", PERSON)), ex("z", ("Clinton", PERSON))]
    res = resolve(extractions, {e.article: (e.article,) for e in extractions})
    ids = {res.actor_of[(a, "l0")] for a in ("h0", "b0", "z")}
    assert len(ids) == 3


def test_pinned_name_draws_mentions_and_keeps_its_id() -> None:
    extractions = [ex("a0", ("Anna Berg", PERSON)), ex("a1", ("A. Berg", PERSON))]
    res = resolve(extractions, {"a0": ("a0",), "a1": ("a1",)}, [Pinned("harbour-chief", ("Anna Berg", "A. Berg"))])
    assert res.actor_of[("a0", "l0")] == res.actor_of[("a1", "l0")] == "harbour-chief"


def test_ids_do_not_depend_on_the_order_of_articles() -> None:
    extractions = [
        ex("a0", ("Zelensky", PERSON), ("Kremlin", ORG), claims=("North Korea sends troops to Russia",)),
        ex("a1", ("Volodymyr Zelensky", PERSON), claims=("North Korea is sending troops to Russia",)),
        ex("a2", ("Dmitry Peskov", PERSON), ("Peskov", PERSON), claims=("Ukraine needs long-range missiles",)),
    ]
    order = {e.article: (e.article,) for e in extractions}
    results = {repr(resolve(list(p), order)) for p in itertools.permutations(extractions)}
    assert len(results) == 1


@pytest.mark.parametrize(
    ("a", "b", "joined"),
    [
        ("North Korea is sending personnel to assist Russia's military",
         "North Korea sends personnel to assist the Russian military", False),
        ("North Korea is sending personnel to assist Russia's military",
         "North Korea is sending personnel to assist Russia's military forces", True),
        ("The pier passed every inspection", "The bridge failed every inspection", False),
        ("Ban all Muslims.", "Ban all Muslims!", True),
        ("Him.", "Him.", False),  # a pronoun names no proposition: "vote for him" in two articles
        ("A hoax.", "Hoax.", False),  # one shared word is chance
    ],
)
def test_claims_join_across_articles_only_when_worded_alike(a: str, b: str, joined: bool) -> None:
    extractions = [ex("a0", claims=(a,)), ex("a1", claims=(b,))]
    res = resolve(extractions, {"a0": ("2024-01-01", "a0"), "a1": ("2024-01-02", "a1")})
    assert (res.claim_of[("a0", "c0")] == res.claim_of[("a1", "c0")]) is joined
    assert res.claims[res.claim_of[("a0", "c0")]].statement == a  # the first report's words


def test_claims_join_through_the_first_wording_not_through_one_another() -> None:
    chain = ["The new dam at Calderra is safe", "The old dam at Calderra is safe", "The old dam at Vesmark is safe"]
    assert similar(words(chain[0]), words(chain[1])) and similar(words(chain[1]), words(chain[2]))
    assert not similar(words(chain[0]), words(chain[2]))
    extractions = [ex(f"a{i}", claims=(c,)) for i, c in enumerate(chain)]
    res = resolve(extractions, {f"a{i}": (f"2024-01-0{i + 1}", f"a{i}") for i in range(3)})
    ids = [res.claim_of[(f"a{i}", "c0")] for i in range(3)]
    assert ids[0] == ids[1] != ids[2]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ABC"), st.lists(st.sampled_from(
    ["dam", "crack", "river", "flood", "bridge", "close", "mayor", "lie"]), min_size=1, max_size=5)), max_size=12))
def test_claims_join_as_comparing_each_with_every_group_would(statements: list[tuple[str, list[str]]]) -> None:
    """Each claim, first report first, joins the group (of another article's claim) whose first
    claim it is most like, as if it were compared with every group (not only a sample)."""
    nodes = [(article, Claim(f"c{i}", " ".join(said))) for i, (article, said) in enumerate(statements)]
    claim_of, _ = resolve_claims(nodes, {a: (a,) for a in "ABC"}, ())
    bags = [words(c.statement) for _, c in nodes]
    firsts: list[int] = []
    group: dict[int, int] = {}
    for i in sorted(range(len(nodes)), key=lambda i: (nodes[i][0], i)):  # the slow way
        like = [g for g in firsts if nodes[g][0] != nodes[i][0] and similar(bags[i], bags[g])]
        if like:
            g = max(like, key=lambda g: (len(bags[i] & bags[g]) / len(bags[i] | bags[g]), -firsts.index(g)))
            group[i] = group[g]
        else:
            firsts.append(i)
            group[i] = i
    for i, j in itertools.combinations(range(len(nodes)), 2):
        assert (claim_of[i] == claim_of[j]) == (group[i] == group[j]), (nodes[i], nodes[j])
