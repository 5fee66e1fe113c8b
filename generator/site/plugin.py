"""The MkDocs plugin: brief the seeds, then add briefings and cross pages to the site.

Thin event handlers; the work is in :mod:`generator.build` (briefings),
:mod:`generator.site.pages` and :mod:`generator.site.dossiers` (pages).

* ``on_pre_build``: bring ``briefings/`` up to date (incremental), logging its
  progress; a bad seed is logged and skipped, it never fails the site.
* ``on_files``: add every briefing page, the archive, the actors' dossiers
  and the timeline as site files.
* ``on_page_markdown``: fill the home page's list of latest briefings,
  point actor links at their dossier, add the related briefings; label the
  page for the search (its kind and year).
* ``on_page_markdown`` also takes a briefing's raw HTML blocks (charts, the
  source article) out of the Markdown, which Python-Markdown would parse for
  nothing; ``on_page_content`` puts them back (:mod:`generator.site.rawblocks`).
* ``on_page_content``: mark the sections left out of the search.
* ``on_page_context``: hide the left sidebar on wide screens where it would
  hold nothing but the page's own title (the narrow screens' drawer stays).
* ``on_post_build``: write the Atom feed, index the site with Pagefind;
  under ``mkdocs serve``, start loading the NLP model in the background
  for the first edited seed.
* ``on_serve``: watch ``seeds/`` so that a new or changed seed is briefed
  and the browser reloads.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from ..build import build, default_jobs
from ..errors import BriefingError
from ..render.markdown import READABILITY_HEADING
from ..store import Store
from . import dossiers, feed, pages, rawblocks, related, search, topics

log = logging.getLogger("mkdocs.plugins.briefings")
LATEST_MARKER = "<!-- briefings:latest -->"
READABILITY_AT = "\n" + READABILITY_HEADING  # related briefings go just before it
_ACTOR_LINK = re.compile(r"\]\(\.\./actors/([a-z0-9-]+)\.md\)")


class BriefingsConfig(base.Config):
    seeds = c.Type(str, default="seeds")
    briefings = c.Type(str, default="briefings")
    # Run the incremental build of briefings before each site build.
    generate = c.Type(bool, default=True)
    jobs = c.Optional(c.Type(int))
    # `mkdocs serve` previews only the briefings written most recently (0: all), so that
    # it starts, and rebuilds after an edit, in seconds on a large archive (each briefing
    # brings several pages: its own, its actors', its topics'); `mkdocs build` has them all.
    serve_latest = c.Type(int, default=30)
    # Index the built site with Pagefind (the site's search); off, the site has no search.
    search = c.Type(bool, default=True)


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    serving = False
    warming: threading.Thread | None = None  # loads the model in the background of `mkdocs serve`

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: Any) -> Any:
        root = Path(config.config_file_path).parent
        self.seeds_dir = root / self.config.seeds
        self.briefings_dir = root / self.config.briefings
        # Our template overrides (the feed's <link> in every page) come first.
        config.theme.dirs.insert(0, str(Path(__file__).parent / "theme"))
        return config

    def on_pre_build(self, config: Any) -> None:
        if not self.config.generate:
            return
        if self.warming is not None:
            # Not while it loads: a worker forked then would inherit the model's lock held, forever.
            self.warming.join()
        try:
            report = build(
                self.seeds_dir, self.briefings_dir, jobs=self.config.jobs or default_jobs(), progress=log_progress
            )
        except BriefingError as error:  # e.g. another build holds the lock: one line, no traceback
            raise PluginError(f"briefings: {error}") from None
        for line in report.warnings + report.errors:
            # INFO, not WARNING: one bad seed must not fail a --strict build of the others.
            log.info("briefings: skipped or flagged: %s", line)
        log.info(
            "briefings: %d written, %d unchanged, %d removed, %d failed",
            len(report.written), report.unchanged, len(report.removed), len(report.errors),
        )

    def on_files(self, files: Files, config: Any) -> Files:
        problems: list[str] = []
        entries = [pages.Entry(page, record) for page, record in Store(self.briefings_dir).records(problems)]
        for problem in problems:  # INFO, like a bad seed: one bad record must not fail the site
            log.info("briefings: left out of the cross-briefing pages: %s", problem)
        latest = self.config.serve_latest
        if self.serving and 0 < latest < len(entries):
            log.info("briefings: previewing the %d briefings written last of %d (serve_latest)", latest, len(entries))
            entries = _written_last(entries, self.briefings_dir, latest)
        found, self.actor_slugs = dossiers.gather(entries)
        self.entries = entries
        self.related = related.related(entries, self.actor_slugs)
        self.topics = topics.gather(entries)
        topics.join_dossiers(self.topics, found)
        self.by_page = {entry.page: entry for entry in entries}
        self.marks: dict[str, str] = {}  # a searched page's hidden Pagefind labels, by source path
        self.raw: dict[str, list[str]] = {}  # a briefing's raw HTML blocks while its Markdown is converted
        for entry in entries:
            path = self.briefings_dir / entry.page
            if path.exists():
                files.append(
                    File.generated(
                        config, f"briefings/{entry.page}", abs_src_path=str(path), inclusion=InclusionLevel.NOT_IN_NAV
                    )
                )
        months = pages.by_month(entries)
        generated = {
            "archive/index.md": pages.archive_index(months),
            **dossiers.actors_pages(found),
            **pages.timeline_pages(entries),
            **topics.topic_pages(self.topics),
        }
        for month, members in months.items():
            generated.update(pages.archive_month(month, members, self.actor_slugs))
        for dossier in found.values():
            generated.update(dossiers.dossier_pages(dossier))
        for uri in sorted(generated):
            in_nav = uri in ("archive/index.md", "actors/index.md", "timeline/index.md", "topics/index.md")
            inclusion = InclusionLevel.INCLUDED if in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, uri, content=generated[uri], inclusion=inclusion))
        return files

    def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Files) -> str:
        found = search.labels(page.file.src_uri, page.meta)
        if found is not None:
            page.meta["pagefind"] = found.article  # read by our main.html
            self.marks[page.file.src_uri] = found.marks
        if LATEST_MARKER in markdown:
            markdown = markdown.replace(LATEST_MARKER, pages.home_list(self.entries, self.actor_slugs))
        if page.file.src_uri.startswith("briefings/"):
            name = page.file.src_uri.removeprefix("briefings/")
            if name in self.by_page:  # read by our partials/tags.html: each tag links to its topic page
                page.meta["topic_urls"] = topics.urls(self.by_page[name], self.topics)
            markdown = _ACTOR_LINK.sub(
                lambda m: f"](../actors/{self.actor_slugs.get((name, m[1]), m[1])}.md)", markdown
            )
            section = related.related_section(self.related.get(name, []))
            markdown = markdown.replace(READABILITY_AT, "\n" + section + READABILITY_AT, 1)
            markdown, self.raw[page.file.src_uri] = rawblocks.take(markdown)
        return markdown

    def on_page_content(self, html: str, page: Any, config: Any, files: Files) -> str:
        try:
            html, ids = rawblocks.put_back(html, self.raw.pop(page.file.src_uri, []))
        except ValueError as error:
            raise PluginError(f"briefings: {page.file.src_uri}: {error}") from None
        if page.present_anchor_ids is not None:  # the sentence links (#s-12) point into the source article
            page.present_anchor_ids |= ids
        return search.mark_excluded_sections(html) + self.marks.get(page.file.src_uri, "")

    def on_page_context(self, context: Any, page: Any, config: Any, nav: Any) -> Any:
        if page.parent is None:  # not in a section of the nav: the sidebar would list no other page
            hidden = page.meta.get("hide") or []
            page.meta["hide"] = [*hidden, "navigation"] if "navigation" not in hidden else hidden
        return context

    def on_post_build(self, config: Any) -> None:
        text = feed.atom(self.entries, title=config.site_name, base_url=config.site_url or "")
        (Path(config.site_dir) / feed.FEED_FILE).write_text(text, encoding="utf-8")
        if self.config.search:
            search.index_site(Path(config.site_dir))
        if self.serving and self.config.generate and self.warming is None:
            # While the first pages are read, load the model and textstat's dictionary (about 2 s):
            # the first seed the maintainer adds or edits is then briefed in a fraction of a second.
            from ..generate import warm_up

            self.warming = threading.Thread(target=warm_up, name="briefings-warm-up", daemon=True)
            self.warming.start()

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        if self.seeds_dir.exists():
            server.watch(str(self.seeds_dir))
        return server


def log_progress(done: int, total: int) -> None:
    """Log the briefing build's progress inside ``mkdocs build``: a line at each tenth of the seeds
    to brief and at the last one ("briefings: 12/40 briefed")."""
    if done == total or done % math.ceil(total / 10) == 0:
        log.info("briefings: %d/%d briefed", done, total)


def _written_last(entries: list[pages.Entry], folder: Path, count: int) -> list[pages.Entry]:
    """The ``count`` briefings whose pages were written last (new and changed seeds first)."""

    def written(entry: pages.Entry) -> int:
        try:
            return (folder / entry.page).stat().st_mtime_ns
        except OSError:
            return 0

    return sorted(entries, key=lambda e: (-written(e), e.page))[:count]

