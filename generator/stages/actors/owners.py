"""Whose a role is: whose a possessive pronoun opening it stands for ("its founder": "Yukos' founder"), and
where a bare title is held ("chief executive" of the company named before)."""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from ...language.lexicon import NOBLE, PERSON_NOUNS
from ...language.tokens import join

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...model import Document
    from .drafts import ActorDraft
    from .mentions import Mention

# Titles held in a body ("rival" is a company's); not a player's position: a match report names the other side.
_BODY_TITLES = frozenset("""chairman chairwoman chair ceo executive director founder owner editor head boss manager
    coach treasurer administrator rival""".split())
_BARE = _BODY_TITLES | frozenset("mayor governor new former acting interim deputy chief managing senior".split())
_OWNED_BY = re.compile(r"(?<![\w'’])(?:^[Tt]he )?([a-z]+)['’]s\b")  # "festival's executive director"
_PLACE_TITLES = frozenset({"mayor", "governor"})  # held in a place, not a body
ACADEMIC = frozenset({"prof", "prof.", "professor"})
_TITLE_WORDS = 3  # at most, in a title tied to the story's organisation
_STORY_MENTIONS = 3  # sentences, at least, that name the organisation a story is about
_SCHOOLS = frozenset({"university", "college", "institute", "school"})  # where a professor works


def owner_of(pronoun: Token, mention: Mention, previous: Span | None = None) -> str | None:
    """The name a possessive pronoun stands for: the nearest name of the right kind before it, in its sentence
    or the one before ("Yukos ... Mikhail Khodorkovsky, its founder"); for "its", an organisation before a
    one-word "person" (a company the small model misread) before a place, and a body named by a common noun as the
    subject ("The federation had declined ... But its president": "the federation") before any name that is not a
    subject. None when there is none, or when a capitalised name the recogniser missed comes between."""
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else pronoun.sent.start
    before = [e for e in doc.ents if start <= e.start and e.end <= pronoun.i and e.start != mention.span.start]
    if pronoun.sent.start == 0 and previous is not None:  # the paragraph opens here: the one before ends with it
        before = list(previous.ents) + before
    if pronoun.lower_ in ("his", "her"):
        tiers = [[e for e in before if e.label_ == "PERSON"]]
    else:  # the subject first ("Italy have lost twice ... Their coach"), the last one named before it otherwise
        tiers = [
            [e for e in before if e.label_ in ("ORG", "GPE", "NORP") and e.root.dep_ in ("nsubj", "nsubjpass")],
            [e for e in before if e.label_ == "ORG"],
            [e for e in before if e.label_ == "PERSON" and len(e) == 1],
            [e for e in before if e.label_ in ("GPE", "NORP") and e.root.dep_ != "compound"],  # not "Hollywood veteran"
        ]
    found = next((tier for tier in tiers if tier), None)
    unnamed = _unnamed_subject(pronoun, previous) if pronoun.lower_ == "its" else None
    if unnamed is not None and found is not tiers[0]:
        return f"the {unnamed.lower_}"  # "The federation had declined ... But its president": not a name before
    if not found or _unknown_between(found[-1], pronoun):
        return None
    text = found[-1].text
    return text[:-2] if text.endswith(("'s", "’s")) else text


def _unknown_between(name: Span, pronoun: Token) -> bool:
    """Whether a capitalised name the recogniser missed stands between a name and the pronoun ("Eastwood took the
    prize for Million Dollar Baby while its star"): the pronoun may be that one's."""
    doc = pronoun.doc
    between = list(doc[name.end : pronoun.i]) if name.doc is doc else [*name.doc[name.end :], *doc[: pronoun.i]]
    return any(t.pos_ == "PROPN" and not t.ent_type_ and not t.is_sent_start for t in between)


def _unnamed_subject(pronoun: Token, previous: Span | None) -> Token | None:
    """The subject "the <noun>" that "its" most likely stands for, when no name is the subject: the subject of
    the pronoun's clause before it, or, when the pronoun opens its sentence, of the sentence before ("The federation
    had declined ... But its president")."""
    sentence: Span | None = pronoun.sent
    start = pronoun.sent.start
    if all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in pronoun.doc[start : pronoun.i]):  # it opens its sentence
        sentence = pronoun.doc[start - 1].sent if start > 0 else previous
    if sentence is None:
        return None
    ahead = sentence.doc is not pronoun.doc
    subjects = [
        t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and (ahead or t.i < pronoun.i)
    ]
    first = subjects[0] if subjects else None
    if first is None or first.pos_ != "NOUN" or first.tag_ != "NN" or first.ent_type_ or not first.is_lower:
        return None
    the = [c for c in first.children if c.dep_ == "det"]
    return first if the and the[0].lower_ == "the" and first.lemma_.lower() not in PERSON_NOUNS else None


def clause_owner(pronoun: Token, mention: Mention, previous: Span | None = None) -> str | None:
    """Whose "its" or "their" in a relative clause of a name's role is: the name's own when the name is its
    sentence's subject ("": "Deutsche Boerse, the exchange that is trying to buy its London rival, said"), else the
    subject's when owner_of finds it ("Yukos will seek sanctions against Baikal, the firm which has bought its main
    asset": "Yukos"); None when neither."""
    subjects = [c for c in pronoun.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0] == mention.span.root:
        return "" if subjects else None
    owner = owner_of(pronoun, mention, previous)
    return owner if owner and set(owner.split()) <= {t.text for t in subjects[0].subtree} else None


def owned_by(mention: Mention, root: Token) -> str | None:
    """The body or country a person is named with as owner, and no title: "Yahoo's Yonca Brunini" is "of Yahoo",
    as "Yonca Brunini of Yahoo" would say."""
    owners = [c for c in root.lefts if c.dep_ == "poss" and c.ent_type_ in ("ORG", "GPE") and c.i < mention.span.start]
    if mention.label != "PERSON" or not owners or root.dep_ == "compound":
        return None
    words = [t for t in owners[0].subtree if t.tag_ != "POS" and t.ent_iob_ != "O"]
    return join(words).strip() or None


def possessive(name: str) -> str:
    """A name with its possessive ending ("Yukos'", "Italy's")."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def complete_titles(drafts: list[ActorDraft], owners: dict[tuple[int, int], ActorDraft], document: Document) -> None:
    """A bare title with the body it is held in, when the article leaves no doubt which: "chief executive" of the
    one organisation named before the person in the sentence ("... for Independent News & Media," said chief
    executive Sir Anthony O'Reilly), else, when the title opens the sentence, of the one named in the sentence
    before ("A report by the county roads committee ... Chairman Sir Archie Dunlop said"); a mayor
    or governor of the one place; a professor (what he did may follow) of the one university of the two sentences
    before ("professors at Leeds University predicted ... In the same study they ... Professor Philip Rees, who led
    the project, said"); "rival" of the one other company ("Federated is to buy rival May"). No office of state
    ("President", "Chancellor"): the place or body named near it is too often another. A possessive noun names the
    one organisation whose name it ends ("the festival's executive director": "Bangkok International Film
    Festival's"). ``owners`` maps (sentence, token) to its actor."""
    for draft in drafts:
        if draft.role is not None:
            draft.role = _OWNED_BY.sub(partial(_named_owner, names=_names(document, drafts, draft)), draft.role)
        if draft.role is None or len(draft.role_sources) != 1 or draft.kind == "group":
            continue
        title, done = draft.role.split("; ", 1) if "; " in draft.role else (draft.role, "")
        words = title.lower().split()
        academic = len(words) == 1 and words[0] in ACADEMIC  # "Professor; led the project": of the university before
        if not words or (done and not academic):
            continue
        if words[-1] == "judge" and len(words) <= _TITLE_WORDS and not {"of", "at", "in"} & set(words):
            court = _one_court(document)  # "Judge Peter Hallam": at the one court the story names
            draft.role = f"{title} at {court}" + (f"; {done}" if done else "") if court else draft.role
            continue
        if not academic and not all(word in _BARE for word in words):
            _of_story_body(draft, title, words, drafts, owners)  # "the ex-finance chief": of the story's company
            continue
        kind = "place" if words[-1] in _PLACE_TITLES else "organization"
        sentence = draft.role_sources[0]
        spans = [m.span for m in draft.cluster_mentions if m.sentence == sentence]
        if not spans:
            continue
        before = {d.key: d for (s, i), d in owners.items() if s == sentence and i < spans[0].start and d.kind == kind}
        lead = spans[0].doc[spans[0].root.sent.start : spans[0].start]  # "Chairman Sir | Archie Dunlop said"
        if not before and len(lead) and all(t.lower_ in _BARE | NOBLE | ACADEMIC for t in lead):
            back = 2 if academic else 1  # "professors at Leeds University predicted ... In the same study they ..."
            before = {d.key: d for (s, _), d in owners.items() if sentence - back <= s < sentence and d.kind == kind}
        before.pop(draft.key, None)
        if academic:  # a professor's is a university's, not the newspaper's that reports the study
            before = {key: d for key, d in before.items() if _SCHOOLS & set(d.name.lower().split())}
        usual = None
        if not before and not academic and kind == "organization" and words[-1] in _BODY_TITLES:
            before = _story_body(drafts, draft)  # "special advisor to chief executive Pieter van Aalst": Ostmark's
            usual = _usual_name(next(iter(before.values()))) if before else None
        if len(before) == 1:
            name = usual or next(iter(before.values())).name
            first, last = name.split()[0], name.split()[-1]  # "of the Commons work and pensions committee"
            article = "the " if last.islower() or first.lower() in _SCHOOLS else ""  # "of the University of Kent"
            draft.role = f"{title} of {article}{name}" + (f"; {done}" if done else "")


def _one_court(document: Document) -> str | None:
    """The one court the article names ("Dunmere Crown Court", "the High Court"), with its "the"; None when it
    names none or several."""
    courts: dict[str, str] = {}
    for span in document.spans:
        for ent in span.ents:
            if ent.label_ in ("ORG", "FAC", "GPE") and ent[-1].text == "Court" and len(ent) > 1:
                the = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" and ent[0].lower_ != "the"
                key = re.sub(r"^[Tt]he ", "", ent.text)
                courts.setdefault(key, f"the {ent.text}" if the else ent.text)
    return next(iter(courts.values())) if len(courts) == 1 else None


def _of_story_body(
    draft: ActorDraft, title: str, words: list[str], drafts: list[ActorDraft], owners: dict[tuple[int, int], ActorDraft]
) -> None:
    """A lower-case title of a body with no owner ("ex-finance chief") of the one organisation the story is about,
    when no other is named in the sentence it is read from."""
    if len(words) > _TITLE_WORDS or words[-1] not in _BODY_TITLES | {"chief"} or not title.islower() or "of" in words:
        return
    if any(word.endswith(("'s", "’s", "'", "’")) for word in words):  # "organisation's director": its owner given
        return
    body = _story_body(drafts, draft)
    named = {d.key for (s, _), d in owners.items() if s == draft.role_sources[0] and d.kind == "organization"}
    if body and named <= set(body):
        draft.role = f"{title} of {_usual_name(next(iter(body.values())))}"


def _story_body(drafts: list[ActorDraft], draft: ActorDraft) -> dict[str, ActorDraft]:
    """The one organisation the story is about, when one is: named in its opening two sentences and in at least
    three, twice as many as any other organisation; none otherwise."""
    bodies = sorted(
        (d for d in drafts if d.kind == "organization" and d is not draft), key=lambda d: -len(set(d.mentions))
    )
    if not bodies or not {0, 1} & set(bodies[0].mentions) or len(set(bodies[0].mentions)) < _STORY_MENTIONS:
        return {}
    if len(bodies) > 1 and len(set(bodies[1].mentions)) * 2 > len(set(bodies[0].mentions)):
        return {}
    return {bodies[0].key: bodies[0]}


def _usual_name(draft: ActorDraft) -> str | None:
    """The name the story calls an actor by most often ("Yahoo", not the longer "Yahoo Messenger" merged with it)."""
    texts = [m.text for m in draft.cluster_mentions]
    return max(texts, key=lambda text: (texts.count(text), len(text))) if texts else None


def _names(document: Document, drafts: list[ActorDraft], draft: ActorDraft) -> set[str]:
    """The names of the story's organisations and named events but the draft's own."""
    names = {d.name for d in drafts if d.kind == "organization" and d is not draft}
    for span in document.spans:
        names.update(re.sub(r"^[Tt]he ", "", e.text) for e in span.ents if e.label_ in ("ORG", "EVENT"))
    return names - {draft.name}


def _named_owner(found: re.Match[str], names: set[str]) -> str:
    """ "festival's" as the one name of the story that ends in "Festival" gives it, else as it was."""
    named = {name for name in names if name.lower().split()[-1] == found.group(1)}
    longest = max(named, key=len, default="")
    if named and all(longest.endswith(name) for name in named):  # "Federation", "Football Federation": one body
        return f"{longest}'s"
    return found.group(0)
