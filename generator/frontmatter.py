"""The YAML front matter of a Markdown seed, read safely and strictly.

* Safe YAML only: a tag that would build a Python object is refused.
* A key given twice in a mapping is refused, naming the key and its lines
  (PyYAML alone silently keeps the last one).
* Values are the text as written: ``title: 1.50`` is "1.50" and
  ``author: no`` is "no", not a number or a boolean.  A date that YAML
  cannot build (``2025-02-30``) stays text, for the date check of
  :func:`generator.seeds.parse_date` to name.
* Whatever the parser raises becomes one :class:`~generator.errors.SeedError`
  line naming the seed and the problem.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, ScalarNode

from .errors import SeedError

# The front matter: between a first line '---' and the next line '---'.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
FIRST_LINE = 2  # the file line of the front matter's first line (after '---')
_MERGE = "tag:yaml.org,2002:merge"


class _DuplicateKey(ConstructorError):
    def __init__(self, key: object, first: int, again: int) -> None:
        super().__init__(None, None, f"duplicate key {key!r}")
        self.key, self.first, self.again = key, first, again


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, with values kept as text and duplicate keys refused."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == _MERGE or not isinstance(key_node, ScalarNode):
                continue  # a merge brings keys in on purpose; a key that is not a scalar is refused below
            key = self.construct_object(key_node)
            line = key_node.start_mark.line + FIRST_LINE
            if key in seen:
                raise _DuplicateKey(key, seen[key], line)
            seen[key] = line
        return super().construct_mapping(node, deep=deep)


def _as_written(loader: _Loader, node: ScalarNode) -> str:
    return str(node.value)


def _date_or_text(loader: _Loader, node: ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except (ValueError, AttributeError, OverflowError):  # a day or hour that does not exist
        return _as_written(loader, node)


for _tag in ("int", "float", "bool"):
    _Loader.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_written)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _date_or_text)


def read_front_matter(text: str, name: str) -> tuple[object, int]:
    """The front matter's value (a mapping when well formed) and the offset
    in ``text`` where the body starts; refuses with one line otherwise."""
    match = FRONT_MATTER.match(text)
    if match is None:
        raise SeedError(name, "Markdown seed without YAML front matter between '---' lines")
    try:
        meta = yaml.load(match.group(1), Loader=_Loader)  # a safe loader: see _Loader
    except _DuplicateKey as error:
        key = " ".join(str(error.key).split())[:60]
        where = f"line {error.first}" if error.first == error.again else f"lines {error.first} and {error.again}"
        raise SeedError(name, f"front matter gives the key '{key}' twice ({where}); keep one") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + FIRST_LINE}" if mark is not None else ""
        problem = " ".join(str(getattr(error, "problem", None) or "").split())[:120]
        raise SeedError(name, f"invalid YAML front matter{where}" + (f": {problem}" if problem else "")) from None
    except RecursionError:
        raise SeedError(name, "front matter is nested too deeply to read; write plain 'key: value' lines") from None
    except Exception as error:  # whatever else the parser raises: still one line a user can act on
        problem = " ".join(str(error).split())[:120]
        raise SeedError(name, f"invalid YAML front matter ({problem}); write plain 'key: value' lines") from None
    return meta, match.end()


def kind(value: object) -> str:
    """What a front-matter value is, in words: "a list", "a mapping", "empty"."""
    if value is None:
        return "empty"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, (set, frozenset)):
        return "a set"
    if isinstance(value, bytes):
        return "binary data"
    return "a " + type(value).__name__
