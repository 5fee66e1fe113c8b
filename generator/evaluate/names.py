"""Our actors matched to annotated ones by name: the rule the actor and quotation scores share.

An actor matches a reference actor when one of its names or aliases equals
one of the reference's, compared loosely (case, curly quotes, possessive,
leading "the"); failing that, when a bare word among one side's names is the
surname of a person on the other side.  Exact names are tried before
surnames, so a bare "Han" that the annotators gave to Han Zheng does not
also match Han Kuo-yu.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Actor


def norm(name: str) -> str:
    """A name compared loosely: case, curly quotes, possessive, leading "the"."""
    text = " ".join(name.replace("’", "'").split()).casefold().strip(" .,;:")
    text = re.sub(r"'s?$", "", text)
    return text.removeprefix("the ").strip()


def forms(name: str, aliases: Iterable[str]) -> set[str]:
    """A name and its aliases, each compared loosely."""
    return {form for form in (norm(n) for n in (name, *aliases)) if form}


def reference_forms(refs: Sequence[dict[str, Any]]) -> list[set[str]]:
    """The loose forms of each reference actor (``actors`` of an annotation)."""
    return [forms(ref["name"], ref.get("aliases") or ()) for ref in refs]


def _surname_match(mine: set[str], other: set[str], other_is_person: bool) -> bool:
    """A bare word among ``mine`` that is the last word of a person's name in ``other``."""
    if not other_is_person:
        return False
    last = {form.split()[-1] for form in other if len(form.split()) > 1}
    return any(len(form.split()) == 1 and form in last for form in mine)


def candidates(actor: Actor, refs: Sequence[dict[str, Any]], ref_forms: Sequence[set[str]]) -> list[int]:
    """The indexes of the reference actors ``actor`` matches: by name or alias, else by surname."""
    mine = forms(actor.name, actor.aliases)
    exact = [index for index, theirs in enumerate(ref_forms) if mine & theirs]
    return exact or [
        index for index, theirs in enumerate(ref_forms)
        if _surname_match(mine, theirs, refs[index]["kind"] == "person")
        or _surname_match(theirs, mine, actor.kind == "person")
    ]
