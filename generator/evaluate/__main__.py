"""``python -m generator.evaluate SECTION``: score a section against reference data.

Each section's scorer lives in its own module and is loaded only when asked.
"""

from __future__ import annotations

import importlib

import click

SECTIONS = {
    "actors": ("generator.evaluate.actors", "Actors against the annotated articles and CoNLL-2003."),
    "quotes": ("generator.evaluate.quotes", "Quotations and their speakers against the annotated quotations."),
    "sections": ("generator.evaluate.sections", "Open questions, background and timeline against annotations."),
    "summary": ("generator.evaluate.summary", "Summaries and titles with ROUGE beside Lead-3, LexRank, TextRank."),
}


class _Lazy(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(SECTIONS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in SECTIONS:
            return None
        command = importlib.import_module(SECTIONS[name][0]).command
        assert isinstance(command, click.Command)
        return command


@click.group(cls=_Lazy)
def main() -> None:
    """Score the generator's output against reference data.

    Example: python -m generator.evaluate actors --data ../shared/eval
    """


if __name__ == "__main__":
    main()
