"""Synthetic seeds for the benchmark: invented sentences recombined, deterministically.

Seed ``i`` of a corpus is always the same text (its random generator is
seeded with ``i``), so a corpus of 1,000 seeds is the first 1,000 of the
corpus of 10,000, and two runs of the benchmark brief the same articles.
Each seed is a plain-text seed as our user writes them: a `` date `` header,
a dateline, one paragraph per line.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from . import sentences, vocabulary

FIRST_DAY = dt.date(2015, 1, 1)
DAYS = 3650  # seeds are spread over ten years, so the archive has about 120 months
PARAGRAPHS = (12, 18)


@dataclass(frozen=True)
class Cast:
    """Who and what one article is about."""

    people: tuple[tuple[str, str, str], ...]  # (title, first name, surname)
    orgs: tuple[str, str]
    place: str
    thing: str


def seed_name(index: int) -> str:
    return f"{index:05d}_synthetic.txt"


def seed_text(index: int) -> str:
    """The text of synthetic seed ``index`` (about 300 to 700 words)."""
    rng = random.Random(index)
    cast = _cast(rng)
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    mentioned: set[str] = set()
    used: set[str] = set()
    paragraphs = [_fill(rng.choice(sentences.LEADS), rng, cast, mentioned, day)]
    pools = (sentences.BODY, sentences.QUOTES, sentences.BODY, sentences.BACKGROUND, sentences.UNCERTAIN)
    for _ in range(rng.randint(*PARAGRAPHS)):
        count = rng.randint(1, 3)
        picked = [_fill(_fresh(rng, pools, used), rng, cast, mentioned, day) for _ in range(count)]
        paragraphs.append(" ".join(picked))
    dateline = cast.place.upper()
    return f" date {day.isoformat()} {dateline}—" + "\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """Write seeds ``start`` .. ``start + count - 1`` into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + count):
        path = folder / seed_name(index)
        path.write_text(seed_text(index), encoding="utf-8")
        paths.append(path)
    return paths


def change_seed(path: Path, round_number: int) -> str:
    """Add a new closing paragraph to a seed (a 'changed seed'); return the marker it carries."""
    marker = f"Zellnerwick{round_number}"
    text = path.read_text(encoding="utf-8").rstrip("\n")
    month = vocabulary.MONTHS[round_number % 12]
    sentence = f"A spokesman for the {marker} Trust said the review would end in {month}."
    path.write_text(f"{text}\n{sentence}\n", encoding="utf-8")
    return marker


def _cast(rng: random.Random) -> Cast:
    people = []
    for _ in range(rng.randint(2, 4)):
        title = rng.choice(vocabulary.ROLES)[0]
        people.append((title, rng.choice(vocabulary.FIRST_NAMES), rng.choice(vocabulary.SURNAMES)))
    org, org2 = rng.sample(vocabulary.ORGANISATIONS, 2)
    return Cast(tuple(people), (org, org2), rng.choice(vocabulary.PLACES), rng.choice(vocabulary.OBJECTS))


def _fresh(rng: random.Random, pools: tuple[tuple[str, ...], ...], used: set[str]) -> str:
    """A pattern not yet used in this article, when one is left after a few draws."""
    pattern = rng.choice(rng.choice(pools))
    for _ in range(8):
        if pattern not in used:
            break
        pattern = rng.choice(rng.choice(pools))
    used.add(pattern)
    return pattern


def _fill(pattern: str, rng: random.Random, cast: Cast, mentioned: set[str], day: dt.date) -> str:
    title, first, surname = rng.choice(cast.people)
    full = f"{title} {first} {surname}"
    person = surname if full in mentioned else full
    if "{person}" in pattern:
        mentioned.add(full)
    role = next(phrase for name, phrase in vocabulary.ROLES if name == title)
    year = day.year - rng.randint(1, 8)
    values = {
        "person": person,
        "role": role[0].upper() + role[1:],
        "org": cast.orgs[0],
        "org2": cast.orgs[1],
        "place": cast.place,
        "thing": cast.thing,
        "number": f"{rng.randint(2, 90) * 50:,}",
        "small": str(rng.randint(2, 19)),
        "money": f"${rng.randint(2, 900)} million",
        "weekday": vocabulary.WEEKDAYS[day.weekday()],
        "month": rng.choice(vocabulary.MONTHS),
        "year": str(year),
        "old_year": str(year - rng.randint(10, 60)),
        "feeling": rng.choice(vocabulary.FEELINGS),
    }
    text = pattern.format(**values)
    return text[0].upper() + text[1:]
