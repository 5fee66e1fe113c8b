"""Actors as drafts: names, quotes, salience, the key ones and one line of action.

Salience adds up the mentions (a mention that only modifies a noun counts
half), the mentions as grammatical subject, presence in the lead, quotes,
a role, and a bonus for public authorities (a department, a committee, the
police); people who only comment on the story (a spokesman, a
correspondent) weigh less.  The key actors are the most salient ones, two
to six of them, down to an eighth of the top score; groups weigh less so
that they do not crowd out named actors.  A name met in one sentence after
the lead that neither acts nor speaks there, a group named in one sentence
after the lead, or a place named in one such sentence even as its subject
("Marlow Barracks will shut in 2024") are minor whatever their score (a
named authority the case goes to, or authorities that rule, excepted); so
are a body named only as one of lists of three names or more ("sites such
as Artbank, Tessio and Brightmart"), a name met in one sentence only, in the
last quarter of the story, that neither is quoted nor says anything there
("Peter Lund finished fifth"; a public authority excepted), a group only acted on ("Paramedics were
called") and a group that only voices the story ("analysts said"; see ``groups``).  An actor's action is its
first quote or the first clause it is the subject of, in the article's words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from ...language.lexicon import AUTHORITY_WORDS, COMMENTATORS, SPEECH_VERBS
from ...language.tokens import join
from ...model import Actor, ActorKind, Point, Quote
from .asides import aside, quoted_words
from .filters import acts_as_place, credits_news, listed

if TYPE_CHECKING:

    from ...model import Document
    from .mentions import Mention
    from .merge import Cluster
    from .roles import Role

MIN_KEY, MAX_KEY = 2, 6
KEY_SHARE = 0.12
GROUP_WEIGHT = 0.8
SAYING_WORDS = 4  # at least, in a quotation that counts as saying something (not a word or two)
MAX_ACTION_WORDS = 25
MAX_ROLE_WORDS = 16
LATE_SHARE = 0.75  # of the story's sentences, after which a name met only once is a side note
LIST_OF_MANY = 3  # names listed together, of which one named only there is minor


@dataclass
class ActorDraft:
    key: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    subjects: int = 0
    modifiers: int = 0
    role: str | None = None
    role_sources: tuple[int, ...] = ()
    role_heads: tuple[str, ...] = ()
    quotes: list[Quote] = field(default_factory=list)
    cluster_mentions: list[Mention] = field(default_factory=list)
    acted_on: bool = False  # a group only acted on ("Paramedics were called"), never acting
    party: bool = True  # a group the story is about, not only told through ("analysts said"): see groups.Unnamed

    @property
    def authority(self) -> bool:
        """A public authority: a department, a committee, the police."""
        words = {word.lower() for word in self.name.split()}
        return self.kind == "organization" and (self.key.startswith("inst:") or bool(AUTHORITY_WORDS & words))

    @property
    def authorities(self) -> bool:
        """A group of public authorities ("Chinese aviation authorities"), by the singular of its last word."""
        last = self.name.split()[-1].lower()
        singular = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")
        return self.kind == "group" and singular in AUTHORITY_WORDS

    @property
    def salience(self) -> float:
        sentences = set(self.mentions)
        score = len(self.mentions) - 0.5 * self.modifiers + self.subjects
        score += 2.0 * (0 in sentences) + 1.0 * (1 in sentences)
        said = [quote for quote in self.quotes if len(quote.text.split()) >= SAYING_WORDS]  # not "“wrong”"
        score += 3.0 * bool(said) + 1.0 * (len(said) > 1)
        score += (1.5 if self.kind == "person" else 1.0) * (self.role is not None)
        if self.authority:
            score += 2.0
        if self.kind == "person" and set(self.role_heads) & COMMENTATORS:
            score *= 0.3  # a voice on the story, not a party to it
        return round(score * (GROUP_WEIGHT if self.kind == "group" else 1.0), 3)


def named_draft(cluster: Cluster, kind: ActorKind, roles: list[Role], document: Document) -> ActorDraft:
    """A draft for a named actor from its cluster of mentions."""
    mentions = cluster.mentions
    name = _name(cluster)
    aliases: list[str] = []
    for mention in mentions:
        for form in (mention.text, f"{mention.honorific} {mention.text}" if mention.honorific else ""):
            if form and form != name and form not in aliases:
                aliases.append(form)
    dateline = document.article.dateline
    if dateline and dateline.casefold() in {name.casefold(), *(a.casefold() for a in aliases)} | (
        {cluster.canonical.casefold()} if cluster.canonical else set()
    ):
        aliases.append(dateline)
    draft = ActorDraft(
        key=cluster.key, name=name, kind=kind, aliases=aliases,
        mentions=[m.sentence for m in mentions],
        subjects=sum(map(_subject, mentions)), modifiers=sum(m.modifier for m in mentions),
        cluster_mentions=list(mentions),
    )
    _set_role(draft, roles)
    return draft


def _subject(mention: Mention) -> bool:
    """Whether a name is a subject, also when letters after it head the phrase ("Judge Ann Lee QC ordered")."""
    root = mention.span.root
    after = root.head if root.dep_ == "compound" and root.head.i == mention.span.end else None
    return mention.subject or (after is not None and after.pos_ == "PROPN" and after.dep_ in ("nsubj", "nsubjpass"))


def _name(cluster: Cluster) -> str:
    forms = [m.text for m in cluster.mentions if m.label != "ALIAS"] or [m.text for m in cluster.mentions]
    if cluster.canonical:
        return cluster.canonical  # the country's or party's full name
    return max(forms, key=lambda text: (len(text.split()), len(text), -forms.index(text)))


def _set_role(draft: ActorDraft, roles: list[Role]) -> None:
    if not roles:
        return
    first = roles[0]
    texts, sources, heads = [first.text], [first.sentence], [first.head]
    for role in roles[1:]:
        if _said(role.text, texts):
            continue  # "of Swansea" after "Swansea City striker"
        fuller = next((n for n, text in enumerate(texts) if _within(text, role.text) or _said(text, [role.text])), None)
        if fuller is not None:  # "Chief executive", then "Qantas chief executive": the title with its organisation
            texts[fuller], sources[fuller], heads[fuller] = role.text, role.sentence, role.head
            continue
        words = sum(len(t.split()) for t in texts) + len(role.text.split())
        if role.head not in heads and not any(_within(role.text, text) for text in texts) and words <= MAX_ROLE_WORDS:
            texts.append(role.text)
            sources.append(role.sentence)
            heads.append(role.head)
    draft.role = "; ".join(texts)
    draft.role_sources = tuple(sorted(set(sources)))
    draft.role_heads = tuple(heads)


def _said(role: str, texts: list[str]) -> bool:
    """Whether every word of a role but "of" and "the" is already in the roles kept."""
    kept = {word for text in texts for word in text.casefold().split()}
    return set(role.casefold().split()) - {"of", "the"} <= kept


def _within(shorter: str, longer: str) -> bool:
    """Whether one role's words end another's ("chief executive" in "Qantas chief executive")."""
    short, long = shorter.casefold().split(), longer.casefold().split()
    return len(short) < len(long) and long[-len(short) :] == short


def finish(drafts: list[ActorDraft], document: Document) -> list[Actor]:
    """Rank the drafts, mark the key ones and turn them into actors."""
    ranked = sorted(drafts, key=lambda d: (-d.salience, min(d.mentions), d.name))
    top = ranked[0].salience if ranked else 0.0
    keys: set[str] = set()
    quoted = quoted_words(document)
    for draft in ranked:
        if draft.kind == "place" and not any(acts_as_place(m) for m in draft.cluster_mentions):
            continue  # a place that only locates the events is a setting, not a party to them
        if (draft.acted_on or not (draft.party or draft.authorities)) and not draft.quotes:
            continue  # a group only acted on ("Paramedics were called"), or only the story's voice: not a party
        if _in_passing(draft) or _only_listed(draft) or _late(draft, len(document.sentences)) or _unknown(draft):
            continue  # named once, in passing ("a post on Twitter"), or only one of a list, or once at the end
        if draft.kind == "organization" and draft.cluster_mentions and all(map(credits_news, draft.cluster_mentions)):
            continue  # a newspaper that only tells the news
        if aside(draft, quoted):
            continue  # only part of another name ("a Snapchat video"), or only talked of in someone's quoted words
        if len(keys) >= MAX_KEY or (len(keys) >= MIN_KEY and draft.salience < KEY_SHARE * top):
            break
        keys.add(draft.key)
    ordered = sorted(ranked, key=lambda d: (d.key not in keys, -d.salience, min(d.mentions), d.name))
    return [
        Actor(
            name=d.name,
            kind=cast(ActorKind, d.kind),
            role=d.role,
            role_sources=d.role_sources,
            aliases=tuple(d.aliases),
            key=d.key in keys,
            salience=d.salience,
            mentions=tuple(d.mentions),
            quotes=tuple(d.quotes),
            action=_action(d, document),
        )
        for d in ordered
    ]



def _in_passing(draft: ActorDraft) -> bool:
    """Named in one sentence after the lead and neither its subject nor a speaker there (a role does not make it
    more: "Pantech, a Korean phone giant"), or a group or a place named in one such sentence ("fans"); a public
    authority with a proper name is kept ("the public prosecutor in Cologne" the case goes to, not "police")."""
    if len(set(draft.mentions)) != 1 or min(draft.mentions) <= 1:
        return False  # named in more sentences, or in the lead ("Dock workers walked off the job")
    if draft.kind == "group" and not draft.authorities:
        return True  # a group named in one sentence ("fans", "researchers"): many voices, once
    if draft.kind == "place" and not draft.quotes:
        return True  # a place in one sentence, even its subject ("the barracks will shut in 2024"): a detail
    if draft.subjects or draft.quotes:
        return False
    return not draft.authority or draft.name.islower()  # the public prosecutor in Cologne stays, not "police"


def _unknown(draft: ActorDraft) -> bool:
    """A person named in one sentence only, after the first, whom the article gives no role and who neither is
    quoted nor says anything there: the reader learns too little of them for a key actor ("Webb and Hale are still
    out injured")."""
    one = len(set(draft.mentions)) == 1 and min(draft.mentions) > 0
    return draft.kind == "person" and one and draft.role is None and not draft.quotes and not _says_what(draft)


def _says_what(draft: ActorDraft) -> bool:
    """Whether a mention is the subject of a verb of saying followed by what was said ("Ann Lee said: '...'", "Ann
    Lee said the plan would fail"; not "Ann Lee reported from Atlanta")."""
    verbs = [m.span.root.head for m in draft.cluster_mentions if m.subject and m.span.root.head.lemma_ in SPEECH_VERBS]
    return any(c.dep_ == "ccomp" or (c.is_quote and c.i > verb.i) for verb in verbs for c in verb.children)


def _speaks(draft: ActorDraft) -> bool:
    """Whether a mention is the subject of a verb of saying ("Ann Lee said ...")."""
    return any(m.subject and m.span.root.head.lemma_ in SPEECH_VERBS for m in draft.cluster_mentions)


def _late(draft: ActorDraft, sentences: int) -> bool:
    """Named in one sentence only, in the last quarter of the story, and neither quoted nor reported speaking
    there: a side note the story closes on ("Peter Lund finished fifth"), not who it is about; a public authority,
    or who says where things stand ("the minister said the state would not step in"), is kept."""
    if len(set(draft.mentions)) != 1 or draft.quotes or draft.authority or draft.authorities:
        return False
    return not _speaks(draft) and min(draft.mentions) >= LATE_SHARE * sentences


def _only_listed(draft: ActorDraft) -> bool:
    """A body named only as one of lists of three names or more ("sites such as the BBC, Artbank and Wikiart"),
    never on its own: one of many brands or sources, not who the story is about."""
    mentions = draft.cluster_mentions
    if draft.kind != "organization" or not mentions or draft.quotes:
        return False
    return all(listed(m.span.root, proper=True) >= LIST_OF_MANY for m in mentions)


def _action(draft: ActorDraft, document: Document) -> Point | None:
    said = [quote for quote in draft.quotes if len(quote.text.split()) >= SAYING_WORDS]
    if said:  # a sentence of theirs, not a word quoted in the reporter's ("called it “reckless”")
        quote = said[0]
        return Point(text=f"“{_clip(quote.text)}”", sources=(quote.sentence,))
    for mention in draft.cluster_mentions:
        root = mention.span.root
        if mention.subject and root.head.pos_ in ("VERB", "AUX"):
            verb = root.head if root.dep_ != "conj" else root.head.head
            tokens = [t for t in verb.subtree if t.dep_ not in ("punct",) or t.i < verb.right_edge.i]
            text = join(tokens).strip()
            return Point(text=_clip(text), sources=(mention.sentence,))
    if not draft.mentions:
        return None
    first = min(draft.mentions)
    return Point(text=_clip(document.sentences[first].text), sources=(first,))


def _clip(text: str) -> str:
    words = text.split()
    if len(words) <= MAX_ACTION_WORDS:
        return text.rstrip(",;: ")
    return " ".join(words[:MAX_ACTION_WORDS]).rstrip(",;:") + " …"
