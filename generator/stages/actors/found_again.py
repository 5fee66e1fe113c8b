"""Each known name looked for again where the entity recogniser missed it ("May" tagged as a date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.tokens import caption_tokens
from .bare_names import by_context
from .mentions import Mention

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Token
    from spacy.vocab import Vocab

    from ...model import Document
    from .merge import Cluster


def find_again(clusters: list[Cluster], document: Document, bags: list[set[str]]) -> None:
    """Add the mentions of known names that the recogniser missed ("May" tagged as a date).

    A PhraseMatcher finds where each name (longer than two characters; a
    person's surname too) is written again, in title case or capitals and
    outside the mentions, credit lines and captions; the longest first, and
    names found again do not overlap.
    """
    owners: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        forms = {m.text for m in cluster.mentions}
        if cluster.labels()["PERSON"]:
            forms |= {m.words[-1] for m in cluster.mentions if len(m.words) > 1}
        for form in forms:
            owners.setdefault(form, []).append(cluster)
    names = {form: found for form, found in owners.items() if len(form) > 2}
    if not names or not document.spans:
        return
    covered = {(m.sentence, i) for c in clusters for m in c.mentions for i in range(m.span.start, m.span.end)}
    longest = max(len(form.split()) for form in names)
    matcher = _name_matcher(clusters, names, document.spans[0].doc.vocab)
    for index, span in enumerate(document.spans):
        if index in document.credits:
            continue
        captions = caption_tokens(span)
        free = span.start  # where the next name found again may begin
        for _, start, end in sorted(matcher(span), key=lambda match: (match[1], -match[2])):
            piece = span.doc[start:end]
            found = names.get(piece.text)
            # A name found again spans no more tokens than the longest name has words (as it always did:
            # "Kuo-yu", three tokens, is not looked for beside names of two words).
            if start < free or end - start > longest or found is None:
                continue
            if any((index, t.i) in covered or t.i in captions for t in piece):
                continue
            if (not piece[0].is_title and not piece[0].is_upper) or _near_number(piece):
                continue
            mention = Mention(piece.text, "ALIAS", index, piece)
            owner = found[0] if len(found) == 1 else by_context(mention, found, bags)
            owner.mentions.append(mention)
            free = end


def _name_matcher(clusters: list[Cluster], names: dict[str, list[Cluster]], vocab: Vocab) -> PhraseMatcher:
    """A PhraseMatcher of the names, each in the tokens the document wrote it in (attr ORTH)."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    spellings = set()
    for cluster in clusters:
        person = bool(cluster.labels()["PERSON"])
        for mention in cluster.mentions:
            words = [t for t in mention.span if not t.is_space]
            if mention.text in names:
                spellings.add(tuple(t.text for t in words))
            if person and len(mention.words) > 1 and mention.words[-1] in names:
                spellings.add(tuple(t.text for t in _last_word(words)))
    matcher = PhraseMatcher(vocab, attr="ORTH")
    matcher.add("name", [Doc(vocab, words=list(spelling)) for spelling in sorted(spellings)])
    return matcher


def _last_word(tokens: list[Token]) -> list[Token]:
    """The tokens of the last word ("Kuo", "-", "yu" of "Han Kuo-yu")."""
    start = len(tokens) - 1
    while start > 0 and not tokens[start - 1].whitespace_:
        start -= 1
    return tokens[start:]


def _near_number(piece: object) -> bool:
    from spacy.tokens import Span

    assert isinstance(piece, Span)
    doc = piece.doc
    before = doc[piece.start - 1] if piece.start > 0 else None
    after = doc[piece.end] if piece.end < len(doc) else None
    return any(t is not None and t.like_num for t in (before, after))
