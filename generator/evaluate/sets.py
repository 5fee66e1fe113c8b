"""Which annotated articles a score is taken on: all, the tuned ones, the new ones, or a fixed half.

The generator was tuned on the first ten annotated articles (the user's seed,
three BBC business, three BBC politics and three CNN/Daily Mail stories);
the annotations that came later are "new", to be scored before any tuning on
them.  The two halves serve "change on one half, check on the other": the
tuned ids and the new ids are each sorted and dealt alternately, the first
to half A and the second to half B, so each half mixes tuned and new
articles and every source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

import click

TUNED = frozenset({
    "seed-000_4ad2aa86603d796c",
    "bbc-business-155", "bbc-business-265", "bbc-business-455",
    "bbc-politics-106", "bbc-politics-116", "bbc-politics-161",
    "cnndm-7c56bf8b00e4be69033cdc6a8f3e2c8e825d81f2",
    "cnndm-9dbeef62a3e0fbfaf73a647dc5ec41e55c787c2c",
    "cnndm-9eb7dd37e50b863e99b554ed340e7b766c1b6329",
})
SETS = ("all", "tuned", "new", "half-a", "half-b")
SET_HELP = (
    "The annotated articles scored: all; tuned (the 10 the generator was tuned on); new (the others); "
    "half-a or half-b (two fixed halves: the tuned ids and the new ids each sorted and dealt alternately, "
    "first to half-a, so each half mixes tuned and new articles and sources)."
)

F = TypeVar("F", bound=Callable[..., object])


def chosen(ids: Iterable[str], name: str) -> list[str]:
    """The ids of set ``name`` among ``ids``, sorted."""
    if name not in SETS:
        raise ValueError(f"no set named {name!r}: choose among {', '.join(SETS)}")
    every = sorted(set(ids))
    tuned = [i for i in every if i in TUNED]
    new = [i for i in every if i not in TUNED]
    if name == "all":
        return every
    if name in ("tuned", "new"):
        return tuned if name == "tuned" else new
    parity = 0 if name == "half-a" else 1
    return sorted(tuned[parity::2] + new[parity::2])


def set_option(function: F) -> F:
    """The ``--set`` option of the commands scoring annotated articles."""
    option = click.option(
        "--set", "subset", type=click.Choice(SETS), default="all", show_default=True, help=SET_HELP
    )
    return option(function)
