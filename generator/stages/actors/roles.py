"""An actor's role as the article gives it, read from the parse.

In order of preference: an appositive ("Lin Chia-lung, Taiwan's foreign minister"; "Taiwan's foreign minister,
Lin Chia-lung"; "Federated - owner of Macy's -"), a pre-modifier ("Chinese leader Xi Jinping", "Vice President Han
Zheng"), an "of" phrase ("Ana Ruiz of the Tenants Union", "Kevin Morgan from the University of Leeds"), a
predicate ("Ruiz has been a leading critic of ..."; not "isn't the only writer"), a title the name completes ("The
new chairman is Ann Reyes"), a relative clause ("Philip Rees, who led the project"; "who is an author":
"author"); last, for a person with no title, the body or country owning the name ("Yahoo's
Yonca Brunini": "of Yahoo"). An age and home town after the name ("Edward Byatt, 39, of Buckhurst Hill, Essex,")
add to the role of their mention, or are the role. The role is in the article's words, cut short at a comma;
None when none.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...language.jobs import MERE_PERSONS, POSITIONS, TELLING_PREPOSITIONS
from ...language.lexicon import (
    HONORIFICS,
    KIN,
    NOBLE,
    ORG_KIND_NOUNS,
    ORG_ROLE_NOUNS,
    TITLES,
)
from ...language.tokens import join
from .beside import PLACES, appositive, counsel, premodifier
from .owners import ACADEMIC, clause_owner, owned_by, owner_of, possessive
from .predicates import (
    MAX_ROLE_WORDS,
    a_country,
    between_commas,
    between_dashes,
    complement,
    counted,
    listed_in,
    of_phrase,
    predicate,
    relative,
    residence,
)
from .role_checks import Labels, bracketed, place_only, titled_pairs
from .role_checks import quoted_labels as quoted_labels

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .mentions import Mention

_ROLE_WORDS = TITLES | ORG_ROLE_NOUNS | POSITIONS
_JUDGING = frozenset({"such", "so", "quite", "rather", "truly", "real"})
_RELATIONAL = frozenset(
    "co-star colleague teammate team-mate partner friend ally compatriot countryman international".split()
)
_LEADING = frozenset({"the", "a", "an", ",", "-", "—", "–", "(", "and", "that", "this", "either", "neither"})
_FOCUS = frozenset({"only", "also", "even"})  # adverbs on the sentence's words, no part of a title
_NOUNS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_SOME_ONE = frozenset({"one", "another"})  # "One guard, Levanic,": a guard; not "one of the ..."
_DANGLING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX"})  # the last word of no whole phrase


@dataclass(frozen=True)
class Role:
    text: str
    head: str  # the role's head noun, lower-cased lemma
    sentence: int
    plural: bool = False  # a head in the plural ("agencies")


def roles_of(mentions: list[Mention], before: list[Span | None], labels: Labels, person: bool = False) -> list[Role]:
    """The roles the mentions of one actor give it (``before``: the sentence before each), less a label someone
    is quoted putting on it (the words of short quotations): "The Duchess is a modern-day suffragette" beside
    "'our generation's suffragette'" is an opinion, not a role; a title ("chief executive") stays."""
    found = [role_of(m, previous, person, labels.inside) for m, previous in zip(mentions, before, strict=True)]
    kept = [role for role in found if role is not None and (role.head in _ROLE_WORDS or role.head not in labels.words)]
    return kept or [role for role in map(_listed, mentions) if role is not None][:1]


def _listed(mention: Mention) -> Role | None:
    """For a name with no other role, the group it is an example of: "one of the giants of the technology
    world" ("giants of the technology world such as Microsoft and Yahoo")."""
    found = listed_in(mention, mention.span.root) if mention.label in ("PERSON", "ORG") else []
    words = join(found).strip()
    head = next((t for t in found if t.head not in found), None)
    return Role(f"one of the {words}", head.lemma_.lower(), mention.sentence, plural=True) if head else None


def role_of(
    mention: Mention, before: Span | None = None, person: bool = False, quoted: frozenset[tuple[int, int]] = frozenset()
) -> Role | None:
    """The role one mention gives its actor, if any; ``before`` is the sentence before the mention's, where a
    possessive ("Their coach") may find its owner when the paragraph starts with the mention's sentence. With
    ``person``, the mention is read as a person's whatever the recogniser took it for ("Yonca Brunini of Yahoo"
    taken for a company, "Mr Prater" found again by its text). What a name "is" in a speaker's quoted words
    (``quoted``: where they are) is the speaker's opinion, no role ("'Anton was a professor of this or that'")."""
    if person and mention.label != "PERSON":
        mention = replace(mention, label="PERSON")
    found, finder = _found(mention, before, (mention.sentence, mention.span.root.i) in quoted)
    home = join(residence(mention, mention.span.root)).strip()
    if found is None or not home or finder not in (appositive, premodifier):  # not "nearly died in a crash, 26"
        return found
    return replace(found, text=f"{found.text}, {home}")  # "second defendant, 39, of Buckhurst Hill, Essex"


def _found(mention: Mention, before: Span | None, quoted: bool = False) -> tuple[Role | None, object]:
    root = mention.span.root
    finders = [appositive, premodifier, complement] if mention.label in PLACES else [
        counted, appositive, between_commas, between_dashes, premodifier, of_phrase, predicate, complement, relative,
        residence,
    ]
    finders = [finder for finder in finders if not (quoted and finder is predicate)]  # a speaker's "is": an opinion
    listed, one_of = root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children), None
    if side := counsel(mention, root):
        return Role(side, "counsel", mention.sentence), counsel  # "Alan Reed, prosecuting,": for the prosecution
    for finder in finders:
        tokens = finder(mention, root)
        if tokens and finder is not premodifier and not _describes_one(root, tokens, mention, finder):
            continue
        if tokens and finder is appositive and titled_pairs(tokens):
            continue  # "10th seed Tomas Berdych and 12th seed Jo-Wilfried Tsonga": the title before the name is its own
        if tokens and finder is of_phrase and place_only(tokens, mention):
            continue  # "Darren Campbell of Britain", "Trevin Skeens of Brownsville": a country or town, no role
        if tokens and finder is residence:
            return Role(join(tokens).strip(), "of", mention.sentence), finder  # "39, of Buckhurst Hill, Essex"
        if tokens:
            role = _role(tokens, mention, common=finder is not of_phrase, before=before)
            if role is not None and role.plural and finder is premodifier and any(t.tag_ == "PRP$" for t in tokens):
                continue  # "their daughters Malia and Sasha": not one person's role, nor whose the reader can tell
            if role is not None and role.plural and finder is premodifier and mention.label == "PERSON" and listed:
                if all(t.pos_ in _NOUNS or t.tag_ in ("HYPH", "DT") for t in tokens):  # not "what share of ... do"
                    one_of = one_of or (Role(f"one of the {role.text}", role.head, role.sentence), finder)
                continue  # "judges Mel C, David Foster": one of them, not "judges"
            if role is not None and finder is appositive and role.plural and not listed:
                continue  # "the right colleagues, Robert", "Lib Dems, good people": no set named one by one
            if role is not None and finder in (appositive, counted) and role.plural:  # "agencies - S&P, Moody's"
                most = any(t.tag_ in ("JJS", "RBS") and t.text == role.text.split()[0] for t in tokens)
                the = "the " if role.text.startswith("other ") or most else ""  # "one of the other three players"
                one_of = one_of or (Role(f"one of {the}{role.text}", role.head, role.sentence), finder)
                continue  # the name's own title or place says more, if given ("Nathalie Dechy of France")
            bare = role is not None and len(role.text.split()) == 1 and finder is not relative
            if role is not None:
                role = _academic(_titled(role, mention, root, finder), mention, root, finder)
                return (_with_clause(role, mention, root) if bare else role), finder
    if owner := owned_by(mention, root):
        return Role(f"of {owner}", "of", mention.sentence), owned_by  # "Russia's Elena Dementieva"
    return one_of or (None, owned_by)


def _titled(role: Role, mention: Mention, root: Token, finder: object) -> Role:
    """An appositive after the name with the title before it ("Shadow Defence Secretary Nia Griffith, MP for
    Llanelli,": "Shadow Defence Secretary; MP for Llanelli"), the title first."""
    title = _role(premodifier(mention, root), mention) if finder is appositive else None
    if title is None or title.plural or title.text.casefold() in role.text.casefold():  # not "their daughters"
        return role
    return Role(f"{title.text}; {role.text}", role.head, role.sentence)


def _academic(role: Role, mention: Mention, root: Token, finder: object) -> Role:
    """A professor's title with where they work, both said by the name ("Prof Kevin Morgan from the University of
    Nottingham": "Prof from the University of Nottingham"; "Professor Ann Lee of Leeds University"); any title
    before a name with the body the name is of ("economist Tom Hale of Brindle": "economist of Brindle")."""
    start = mention.span.start
    title = root.doc[start - 1] if start > 0 and root.doc[start - 1].lower_ in ACADEMIC else None
    if finder is of_phrase and title is not None:
        return Role(f"{title.text} {role.text}", "professor", role.sentence)
    where = of_phrase(mention, root) if finder is premodifier else []
    if where and role.text.lower() in ACADEMIC:
        return Role(f"{role.text} {join(where).strip()}", role.head, role.sentence)
    country = [t for t in where[1:] if t.ent_type_ == "GPE"]
    whole = bool(country) and len(country) == len(where) - 1
    if where and where[0].lower_ == "of" and (whole or a_country(where[1:])):  # "leader Van Dorp of Peru"
        return Role(f"{role.text}, {join(where).strip()}", role.head, role.sentence)  # "overnight leader, of Peru"
    body = _body(where)
    if body and role.head in _ROLE_WORDS and not any(t.ent_type_ == "ORG" for t in premodifier(mention, root)):
        return Role(f"{role.text} {body}", role.head, role.sentence)  # "economist of Hale & Sons"
    return role


def _body(where: list[Token]) -> str:
    """An "of" phrase that names a body and nothing else ("of the Tenants Union", "from homeless charity
    Crisis"), cut at a comma ("of the Brindle Institute, which ..."); "" when it names no body ("of Leeds")."""
    cut = next((n for n, t in enumerate(where) if t.text == ","), len(where))
    words = [t for t in where[1:cut] if t.lower_ != "the"]
    named = bool(words) and words[-1].ent_type_ == "ORG"
    named = named and all(t.ent_type_ == "ORG" or t.pos_ == "NOUN" for t in words)
    return join(where[:cut]).strip() if named else ""


def _describes_one(root: Token, tokens: list[Token], mention: Mention, finder: object) -> bool:
    """Whether an appositive, predicate or relative clause describes this name alone: not a list of names ("Dechy
    and Ivanova are the real victims"), not several ("three rating agencies - S&P, Moody's and Fitch", "Wood (-13)
    and Bland (-12) who were tied"), and, for a name that is not a person's, no opinion ("such a shower")."""
    listed = root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)
    if listed and finder not in (appositive, of_phrase, counted):  # "Nathalie Dechy of France and ...": hers alone
        return False
    heads = [t for t in tokens if t.head not in tokens or t.head == t]
    head = heads[0] if heads else tokens[-1]
    if head.pos_ == "NOUN" and head.tag_ == "NNS" and finder not in (appositive, counted):
        return False
    if mention.label == "PERSON" or head.lemma_.lower() in ORG_KIND_NOUNS:
        return True
    return not any(t.lower_ in _JUDGING for t in tokens if t.i < head.i)


def _with_clause(role: Role, mention: Mention, root: Token) -> Role:
    """A bare title with what the person did, when a relative clause says it ("Professor; led the study")."""
    clause = relative(mention, root)
    found = _role(clause, mention) if clause else None
    return Role(f"{role.text}; {found.text}", role.head, role.sentence) if found is not None else role


def _role(tokens: list[Token], mention: Mention, common: bool = True, before: Span | None = None) -> Role | None:
    tokens = sorted(tokens, key=lambda t: t.i)
    cut = next((n for n, t in enumerate(tokens) if n and _breaks(t)), len(tokens))
    tokens = tokens[:cut]  # "legal commenter -suggests", "dresser' who is": the phrase ended there
    clause = next((t for t in tokens if t.dep_ == "relcl"), None)  # "firm which has bought its main asset": whose?
    owned = [t for t in tokens if clause is not None and t.lower_ in ("its", "their") and t in clause.subtree]
    relative = clause is not None and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in clause.children)
    owners = {t.i: clause_owner(t, mention, before) if relative else None for t in owned}  # not "where the Welsh"
    names = {i: possessive(owner) for i, owner in owners.items() if owner}  # "bought Yukos' main asset"
    if None in owners.values() and clause is not None:
        tokens = [t for t in tokens if t.i < clause.left_edge.i]
    while tokens and (tokens[0].lower_ in _LEADING or tokens[0].is_punct or tokens[0].pos_ == "SCONJ" or (
            tokens[0].lower_ in _FOCUS and tokens[0].pos_ == "ADV")):  # "only captain Malik and Khan have"
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("and", "who", "which")):
        tokens = tokens[:-1]
    if _counts(tokens):
        after = tokens[-1].nbor() if tokens[-1].i + 1 < len(tokens[-1].doc) else None
        if after is None or not after.is_punct:
            return None  # "one mother Marie Ratcliffe": a count run into a name over a lost stop, no title
        tokens = tokens[1:]  # "Another guard, Beau James,": "guard"
    if not tokens or (common and not any(t.pos_ in ("NOUN", "ADJ") or t.lower_ in TITLES | POSITIONS for t in tokens)):
        return None
    if all((t.lower_ in HONORIFICS and t.lower_ not in TITLES) or t.lower_ in NOBLE for t in tokens):
        return None
    if tokens[0].lower_ in ("our", "my", "your"):  # "our generation's suffragette": a speaker's words, not a role
        return None
    owns = tokens[-1].tag_ == "POS" and len(tokens) > 1 and (  # "President Obama's": whose what?
        tokens[-2].pos_ == "NOUN" or not any(t.pos_ == "ADP" for t in tokens))  # not "owner of Bloomingdale's"
    if tokens[0].lower_ == "same" or owns:  # "the same venue" points back; "the club's" owns nothing named
        return None
    doc, at = tokens[0].doc, tokens[0].i
    glued = list(doc[at - 2 : at]) if at > 1 and doc[at - 1].text == "-" and not doc[at - 2].whitespace_ else []
    if join([*glued, *tokens]).strip().lower() in _RELATIONAL:  # "such as co-star Cate Blanchett": whose?
        return None
    other = next((n for n, t in enumerate(tokens) if n and t.text == "," and _about_name(t, tokens)), None)
    tokens = tokens[:other]  # "assistant to Alan Pardew, who lost four games": a deed, and Pardew's
    commas = [n for n, t in enumerate(tokens[:MAX_ROLE_WORDS]) if n and t.text == ","]
    if len(tokens) > MAX_ROLE_WORDS and not commas:  # too long and no comma: cut before a relative clause
        edges = {t.left_edge.i for t in tokens if t.dep_ == "relcl"}
        commas = [n for n, t in enumerate(tokens[:MAX_ROLE_WORDS]) if n and t.i in edges]
    if len(tokens) > MAX_ROLE_WORDS and not commas:
        return None  # no place to cut it whole: "one of a handful of ... elected to Parliament in the"
    tokens = tokens[: commas[-1] if commas and len(tokens) > MAX_ROLE_WORDS else MAX_ROLE_WORDS]  # at a comma
    tokens = bracketed(tokens)  # "the football federation (RFF) spokesman": "RFF spokesman", not "RFF) ..."
    if not tokens or tokens[-1].pos_ in _DANGLING or (tokens[-1].pos_ == "PART" and tokens[-1].tag_ != "POS"):
        return None  # a phrase that stops short ("branded police involvement as"): not a whole noun phrase
    heads = [t for t in tokens if t.head not in tokens or t.head == t]
    head = heads[0] if heads else tokens[-1]
    if _mere_person(head, tokens):
        return None  # "man who claims he is a perfectionist", "Leicester man", "33-year-old": no role
    text = join(tokens, names).strip()
    if tokens[0].tag_ == "PRP$" and len(tokens) > 1:  # "its founder": whose, as the reader knows it
        owner = owner_of(tokens[0], mention, before)
        rest = join(tokens[1:]).strip()
        if not owner and rest.lower() not in KIN and head.lemma_.lower() in TITLES:
            return None  # "its star": whose, the reader cannot tell, and a title without it is no role
        text = f"{possessive(owner)} {rest}" if owner else rest  # "mother" says who she is, whoever's
    return Role(text, head.lemma_.lower(), mention.sentence, plural=head.pos_ == "NOUN" and head.tag_ == "NNS")


def _counts(tokens: list[Token]) -> bool:
    """Whether a phrase opens with "one" or "another" counting the noun after it ("One woman", not "one of")."""
    return len(tokens) > 1 and tokens[0].lower_ in _SOME_ONE and tokens[1].lower_ != "of" and not tokens[1].is_punct


def _mere_person(head: Token, tokens: list[Token]) -> bool:
    """A head noun that only says a person is one ("man", "woman", "33-year-old"), with nothing after it that says
    what the person is ("the man behind the festival"; "24-year-old Bayern Munich forward", "old" misread as its
    head)."""
    telling = any(c.dep_ == "prep" and c.lower_ in TELLING_PREPOSITIONS for c in head.children)
    noun_after = head.pos_ == "ADJ" and any(t.pos_ in ("NOUN", "PROPN") for t in tokens if t.i > head.i)
    return head.lemma_.lower() in MERE_PERSONS and not telling and not noun_after


def _about_name(comma: Token, tokens: list[Token]) -> bool:
    """Whether a comma opens a relative clause on a word of the role ("manager to Alan Pardew, who lost ...", "team
    chairman, who told him ..."): what the clause says is done, not a role."""
    following = comma.doc[comma.i + 1] if comma.i + 1 < len(comma.doc) else None
    clause = following.head if following is not None and following.tag_ in ("WP", "WDT") else None
    return clause is not None and clause.dep_ == "relcl" and clause.head in tokens


def _breaks(token: Token) -> bool:
    """A quotation mark (not a possessive) or a word glued to a dash: the end of a noun phrase misread."""
    glued = len(token.text) > 1 and token.text[0] in "-–—" and token.text[1:2].isalpha()
    return glued or (token.is_quote and token.tag_ != "POS" and token.dep_ != "case")
