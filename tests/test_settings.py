"""Places that only set the scene: listed apart from the actors, in the briefing, its JSON, its page and the site."""

from __future__ import annotations

from collections.abc import Callable

from generator import __version__, records
from generator.model import Document, Result
from generator.pipeline import brief
from generator.render import jsonform
from generator.render.markdown import render
from generator.site import dossiers, pages
from generator.stages.actors import cast_of

Parse = Callable[..., Document]

STORY = (
    "Turkey refused to sign the accord on Monday, officials in Ankara said.\n"
    "The talks were held at a hotel in Essex, and the delegates later flew to Dubai.\n"
    "Turkey said it would return to the table in March."
)


def _names(actors: object) -> list[str]:
    return [actor.name for actor in actors]  # type: ignore[attr-defined]


def test_a_place_that_only_locates_the_events_is_a_place_of_the_setting_not_an_actor(parse_text: Parse) -> None:
    actors, places, _ = cast_of(parse_text(STORY))
    assert "Turkey" in _names(actors)
    assert {"Essex", "Dubai"} <= set(_names(places))
    assert not {"Essex", "Dubai"} & set(_names(actors))
    assert all(place.kind == "place" and not place.key for place in places)


def test_a_place_that_speaks_or_is_the_agent_of_a_verb_or_of_an_action_stays_an_actor(parse_text: Parse) -> None:
    actors, places, _ = cast_of(parse_text(
        "The plan was criticised by France on Tuesday, and Ana Ruiz called it a mistake.\n"
        "\"We will not accept it,\" Belgium said in a statement. Delegates met in Vienna.\n"
        "This is the issue at the heart of a prosecution of five insurers by California."
    ))
    assert {"France", "Belgium", "California"} <= set(_names(actors))
    assert "Vienna" in _names(places)


def test_a_place_named_once_after_the_lead_in_a_list_of_examples_is_not_the_setting(parse_text: Parse) -> None:
    _, places, _ = cast_of(parse_text(
        "The festival opened in Madrid on Friday, organisers said.\n"
        "Crowds gathered in Madrid for the first film.\n"
        "It is smaller than older festivals held in Berlin, Venice and Busan in South Korea.\n"
        "Juries from Brazil, Peru and Mexico will judge the films."
    ))
    assert "Madrid" in _names(places)
    assert not {"Berlin", "Venice", "Busan", "South Korea"} & set(_names(places))
    assert {"Peru", "Mexico"} <= set(_names(places))


def test_a_list_of_places_in_the_lead_is_the_setting(parse_text: Parse) -> None:
    _, places, _ = cast_of(parse_text(
        "Storms flooded towns in France, Spain and Italy on Sunday, officials said.\n"
        "Rescuers worked through the night."
    ))
    assert {"France", "Spain", "Italy"} <= set(_names(places))


def test_a_place_done_to_in_the_passive_or_the_subject_of_a_small_clause_sets_the_scene(parse_text: Parse) -> None:
    actors, places, _ = cast_of(parse_text(
        "The director Tom Hale said on Monday that his film shows how Canada is seen abroad.\n"
        "Tom Hale said the film would open next month. He said the law will not make Norway a richer place."
    ))
    assert {"Canada", "Norway"} <= set(_names(places))
    assert not {"Canada", "Norway"} & set(_names(actors))


def _result(document: Document) -> Result:
    return Result(article=document.article, sentences=document.sentences, briefing=brief(document),
                  generator_version=__version__)


def test_the_page_says_where_on_one_line_and_the_json_lists_the_places_apart(parse_text: Parse) -> None:
    result = _result(parse_text(STORY))
    page = render(result)
    where = next(line for line in page.splitlines() if line.startswith("Where: "))
    assert "[Essex](../actors/essex.md)" in where and "Dubai" in where
    assert "| [Essex]" not in page and "Essex](../actors/essex.md) (place)" not in page
    contract = jsonform.to_dict(result)
    assert {"Essex", "Dubai"} <= {place["name"] for place in contract["places"]}
    assert not {"Essex", "Dubai"} & {actor["name"] for actor in contract["actors"]}
    assert set(contract["places"][0]) == {"name", "slug", "aliases", "mentions"}


def _record(title: str, date: str, places: list[str], *, with_places: bool = True) -> records.Record:
    raw = {"title": title, "date": date, "bottom_line": None, "topics": [], "timeline": [],
           "source": {"sha256": "ab" * 32},
           "actors": [{"name": "Ana Ruiz", "slug": "ana-ruiz", "kind": "person", "key": True, "aliases": [],
                       "role": None, "quotes": [], "action": None, "mentions": [0]}]}
    if with_places:
        raw["places"] = [{"name": name, "slug": name.lower(), "aliases": [], "mentions": [1]} for name in places]
    return records.parse(raw, where="test")


def test_a_record_reads_its_places_and_a_record_from_before_places_reads_with_none() -> None:
    record = _record("Talks", "2024-05-02", ["Essex"])
    assert [(place.name, place.kind, place.key) for place in record.places] == [("Essex", "place", False)]
    assert [actor.name for actor in record.actors] == ["Ana Ruiz"]
    assert _record("Talks", "2024-05-02", ["Essex"], with_places=False).places == ()


def test_a_place_of_the_setting_gets_a_dossier_that_lists_the_briefings_set_there() -> None:
    entries = [
        pages.Entry("2024-05-02-a.md", _record("Talks open", "2024-05-02", ["Essex"])),
        pages.Entry("2024-06-01-b.md", _record("Talks close", "2024-06-01", ["Essex"])),
    ]
    found, mapping = dossiers.gather(entries)
    assert found["essex"].kind == "place"
    assert mapping[("2024-05-02-a.md", "essex")] == mapping[("2024-06-01-b.md", "essex")] == "essex"
    page = dossiers.dossier_pages(found["essex"])["actors/essex.md"]
    assert "Talks open" in page and "Talks close" in page
