"""Who said each quotation: the actor its attribution names.

The attribution (see :mod:`.quotes`) gives a token: a name, which belongs to an actor; a noun with the speaker's
name in apposition or as its compound ("the festival's director, Craig Prater"); a spokesperson, who speaks for the
organisation named beside it ("the statement" named for nobody is that of whose words were quoted in the sentence
before); "it" or a report, the organisation they stand for (see :mod:`.bodies`); a title that one actor alone
holds, or else a description of a person ("the 33-year-old added") the one person the story gave that age (see
:mod:`.epithets`), or else the person named last before it (by a title only when that person spoke last: "the
officer says" is not the suspect's; a plural noun never: "ministers believe" is not the minister's; nor an office
of something, "the chief of the General Staff", with no name set off after it); "who", the person
named just before it in its sentence (nobody when names are joined: "X and Y, who said"); or "he"/"she",
which stands for the person the reporter named last before it, outside every quotation and every picture's
caption (see :mod:`.candidates`; the subject of its clause, or the agent of a passive, first; never a person that
an honorific or an earlier attribution gives the other gender), or for who spoke last when no person was named
since ("“…,” he continued"), failing both the person it
last stood for, failing that the one person named within eight sentences before, if only one is. A speaker written
as an actor's name that the recogniser missed there ("philly.com reports") is that actor. A quotation with no
attribution that opens its sentence continues the quotation just before it, within two sentences (unless a sentence
of the reporter's between them says who spoke: "On Wednesday, Sabat said ..."), or else is the words of the person
the sentence before it is about, as its active subject ("But he added that ..."; not "she was dubbed ..."). A
continued quotation whose sentence has that speaker by name as its subject is the reporter's ("Selby won the first
three frames"), not a quotation, and a speaker found by inference (a pronoun, a description, a quotation going on)
whom the quotation's own words name is whom it speaks of: given to nobody, and so is a quotation that goes on
from one given to nobody. A "he"/"she" after a quotation whose attribution is a person the story does not name
("The judge said ...") stands for that one, nobody, unless a person was named in the sentence just before it. A
person who spoke last and is named again after another person was named is whom "he"/"she" stands for ("Brandt's
time was her best. / “…,” she said"). A quotation whose speaker cannot be told is given to nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import NOMINAL_SUBJECTS
from ...language.lexicon import FINDINGS, PERSON_NOUNS, SPEECH_VERBS, SPOKESPEOPLE, TITLES
from ...model import Quote
from .bodies import body, findings_author
from .candidates import GENDER, PRONOUN_REACH, Reported, known_genders, last_person, main_actor, named_before
from .epithets import aged, described, stated_age_fits
from .speaker_nouns import named_in, of_something, qualified

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from ...model import Document
    from .drafts import ActorDraft
    from .quotes import Said

PRONOUN_CHAIN = 8  # sentences back that it may still stand for whom it last stood for

_RELATIVE_REACH = 12  # tokens back that "who" may point to a person named before it
_FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())  # no reporter's own words
_GROUP_WORDS = frozenset({"people", "staff", "police", "crowd", "public", "family"})

Owners = dict[tuple[int, int], "ActorDraft"]


def attribute(said: Sequence[Said], drafts: list[ActorDraft], owners: Owners, document: Document) -> None:
    """Give each quotation to its speaker's draft."""
    _Speakers(drafts, owners, document, said).attribute(said)


class _Speakers:
    """Who spoke, read quotation by quotation in reading order (a "he" may stand for whom the last one did)."""

    def __init__(self, drafts: list[ActorDraft], owners: Owners, document: Document, said: Sequence[Said]) -> None:
        self.drafts, self.owners, self.document = drafts, owners, document
        self.reported = Reported.of(document, (word for quote in said if not quote.fragment for word in quote.inside))
        self.genders = known_genders(drafts)
        self.pronouns: dict[str, tuple[int, ActorDraft]] = {}  # "he"/"she": the last person it stood for
        self.last_speaker: tuple[int, ActorDraft] | None = None  # the person who said the last quotation
        self.last_quoted: tuple[int, ActorDraft] | None = None  # whose words were quoted last, a word or more
        self.unnamed_spoke: int | None = None  # the last sentence a person the story does not name was quoted in

    def attribute(self, said: Sequence[Said]) -> None:
        previous: tuple[int, ActorDraft] | None = None
        untold: int | None = None  # the sentence of the last quotation given to nobody
        for quote in said:
            if quote.scare:
                continue  # quoted words nobody is said to use
            speaker = self.who(quote)
            unnamed = quote.speaker is None or quote.speaker.lower_ == "it"  # an "it" that stands for nobody known
            goes_on = quote.speaker is None and quote.opens and untold is not None and quote.sentence - untold <= 2
            goes_on = goes_on and self.turned_to(quote.sentence - 1) is None  # the reporter's sentence between
            if speaker is None and unnamed and quote.opens and not goes_on:
                if previous and quote.sentence - previous[0] <= 2:
                    speaker = self.turned_to(quote.sentence - 1) or previous[1]  # the quotation goes on
                else:
                    speaker = self.introduced_by(quote.sentence - 1)
                if speaker is not None and self.names_as_subject(quote, speaker):
                    speaker = None  # "Selby won the first three frames": the reporter's words after a stray mark
            if speaker is not None and _inferred(quote) and _named_inside(quote, speaker):
                speaker = None  # "“Bale had a fantastic season ...,” he added": whom the words are about
            if speaker is None and quote.speaker is not None and _unnamed_person(quote.speaker):
                self.unnamed_spoke = quote.sentence  # "The judge said ...": a "he" after it is the judge
            if speaker is None:
                previous = None
                if not quote.fragment:  # a quotation whose attribution tells no one we know: nor what goes on from it
                    untold = quote.sentence if quote.whole and (quote.speaker is not None or goes_on) else None
                continue
            untold = untold if quote.fragment else None
            speaker.quotes.append(Quote(text=quote.text, sentence=quote.sentence, shown=quote.whole))
            self.last_quoted = (quote.sentence, speaker)
            if quote.fragment:
                continue
            previous = (quote.sentence, speaker)
            if speaker.kind == "person":
                self.last_speaker = previous

    def who(self, quote: Said) -> ActorDraft | None:
        token = quote.speaker
        if token is None:
            return None
        sentence: int = token._.sentence
        if token.lower_ == "who":
            return self.relative(token, sentence)
        if token.lower_ == "it":
            return body(token, sentence, self.document, self.owners)
        if (sentence, token.i) in self.owners:
            return self.owners[(sentence, token.i)]
        written = [  # not a group's: "judges said" is many voices
            d for d in self.drafts
            if d.kind != "group" and token.text.casefold() in {n.casefold() for n in (d.name, *d.aliases)}
        ]
        if len(written) == 1:
            return written[0]  # a name the recogniser missed here ("philly.com reports")
        if quote.pronoun:
            return self.pronoun(token, sentence, self.reported.with_quoted(quote.inside))
        if token.lemma_.lower() in _GROUP_WORDS or token.tag_ in ("NNS", "NNPS"):
            return None  # "ministers believe ...": a group, not one of the people it includes
        named = named_in(token, sentence, self.owners)
        if named is not None:
            return named
        if token.lemma_.lower() in SPOKESPEOPLE:
            return self.the_statement(token, sentence)
        if token.lemma_.lower() in FINDINGS:
            return findings_author(token, sentence, self.document, self.owners)
        matches = [] if aged(token) else [d for d in self.drafts if token.lemma_.lower() in d.role_heads]
        if len(matches) == 1:
            return matches[0]  # "the chairman said": the one actor with that title
        if not matches and described(token) and not of_something(token):
            # "the 33-year-old added": the one person the story gave that age; else, "the Leicester man told
            # ...", the person named last, as "he" would be
            of_age = [d for d in self.drafts if d.kind == "person" and stated_age_fits(token, d, sentence)]
            if len(of_age) == 1:
                return of_age[0]
            last = last_person(self.drafts, sentence, token, self.reported.with_quoted(quote.inside), self.genders)
            bare = token.lemma_.lower() in TITLES and not aged(token) and not qualified(token)
            if last and bare and not self.spoke_last(last[1], sentence):
                return None  # "The officer says:": a bare title is the person named last only if that one spoke last
            return last[1] if last else None
        return None

    def spoke_last(self, draft: ActorDraft, sentence: int) -> bool:
        """Whether a person said the last quotation, a few sentences before ("... said Ferdinand. / The central
        defender added: ...")."""
        return self.last_speaker is not None and self.last_speaker[1] is draft and (
            sentence - self.last_speaker[0] <= PRONOUN_REACH
        )

    def names_as_subject(self, quote: Said, speaker: ActorDraft) -> bool:
        """Whether a quotation's sentence has its own supposed speaker, by name, as its subject: speakers do
        not tell of themselves in the third person, the reporter does."""
        root = self.document.spans[quote.sentence].root
        return any(
            self.owners.get((quote.sentence, child.i)) is speaker
            for child in root.children if child.dep_ in NOMINAL_SUBJECTS and child.pos_ == "PROPN"
        )

    def the_statement(self, token: Token, sentence: int) -> ActorDraft | None:
        """Whose "the statement" (or "the spokesman") is, named for nobody: whose words were quoted just before."""
        if not any(child.lower_ == "the" for child in token.children) or self.last_quoted is None:
            return None
        said_at, said_by = self.last_quoted
        return said_by if sentence - said_at <= 1 else None

    def relative(self, token: Token, sentence: int) -> ActorDraft | None:
        """The person "who" stands for: the nearest named before it in its sentence ("David Coleman,
        professor of demography, who said: …")."""
        start = token.sent.start
        for i in range(token.i - 1, max(start, token.i - _RELATIVE_REACH) - 1, -1):
            draft = self.owners.get((sentence, i))
            if draft is not None and draft.kind == "person":
                return None if _one_of_several(token.doc[i]) else draft
        return None

    def pronoun(self, token: Token, sentence: int, reported: Reported) -> ActorDraft | None:
        """The person "he" or "she" stands for: named last before it, or else whom it last stood for."""
        gender = GENDER.get(token.lower_)
        named = last_person(self.drafts, sentence, token, reported, self.genders)
        found = named[1] if named else None
        if self.last_speaker is not None and sentence - self.last_speaker[0] <= PRONOUN_REACH:
            said_at, said_by = self.last_speaker
            since = named is None or said_at > named[0] or self.named_since(said_by, named[0], sentence, reported)
            if since and self.genders.get(said_by.key, gender) == gender:
                found = said_by  # "“…,” he continued": who spoke last, unless another was named since (and not they)
            if found is said_by and self.described_since(said_by, said_at, sentence):
                return None  # "... said Ferrand. / The Canadian has ... / “…,” he said": the reporter turned
        # Not right after a person was named: "Brennock said he had long doubted ... / “…,” the actor said" is Brennock.
        unnamed, spoke_at = self.unnamed_spoke, self.last_speaker[0] if self.last_speaker else -1
        if unnamed is not None and unnamed > max(named[0] + 1 if named else -1, spoke_at) and (
                sentence - unnamed <= PRONOUN_REACH):
            return None  # "Pryce was fined. / The judge said it had “a shocking record”. / “…,” he said"
        if found is None and gender in self.pronouns and sentence - self.pronouns[gender][0] <= PRONOUN_CHAIN:
            found = self.pronouns[gender][1]
        if found is None:  # no one named near: the one person named further back, if only one is
            before = named_before(self.drafts, sentence, token, reported, self.genders, PRONOUN_CHAIN)
            people = {id(draft): draft for _, draft in before}
            found = next(iter(people.values())) if len(people) == 1 else None
        if found is not None and gender is not None:
            self.genders.setdefault(found.key, gender)
            self.pronouns[gender] = (sentence, found)
        return found

    @staticmethod
    def named_since(draft: ActorDraft, other: int, sentence: int, reported: Reported) -> bool:
        """Whether the reporter named a person after the sentence (``other``) that named another, before
        ``sentence`` ("Lind won gold. / Brandt's time was her best. / “...,” she said": Brandt)."""
        return any(other < m.sentence < sentence and reported.names(m) for m in draft.cluster_mentions)

    def described_since(self, found: ActorDraft, since: int, sentence: int) -> bool:
        """Whether a reporter's sentence after a quotation (at ``since``), before ``sentence``, is about a person
        it describes rather than names ("The Canadian has struggled ...") and whom no age the story gave tells to
        be its speaker, ``found``: the reporter turned to someone, and a "he" after it may stand for that one."""
        return any(
            child.dep_ in NOMINAL_SUBJECTS and described(child) and (index, child.i) not in self.reported.quoted
            and not stated_age_fits(child, found, index)
            for index in range(since + 1, sentence) if index not in self.reported.captions
            for child in self.document.spans[index].root.children
        )

    def turned_to(self, sentence: int) -> ActorDraft | None:
        """The person the reporter's own sentence between two quotations says spoke, when it does ("“...,” Mr
        Okonjo said. / On Wednesday, Helena Sabat said the changes were necessary. / “The rise ...”": Sabat's)."""
        quoted = any(index == sentence for index, _ in self.reported.quoted)
        saying = self.document.spans[sentence].root.lemma_.lower() in SPEECH_VERBS
        return self.introduced_by(sentence) if saying and not quoted else None

    def introduced_by(self, sentence: int) -> ActorDraft | None:
        """The person a quotation with no attribution follows on from: the subject of the sentence before
        ("Bellander used freely available images. 'There are a bunch of sites ...'", "But he added ...")."""
        if sentence < 0 or sentence in self.reported.captions:
            return None  # "Ronaldo shares a joke with Marcelo during training": who a picture shows says nothing
        span = self.document.spans[sentence]
        root = span.root
        # A sentence in the first person is a speaker's whose marks were missed ("He also wrote to my sister"),
        # unless the reporter's verb of saying closes it ("... stay a few more seasons with us,' Paul Vessey said").
        mine = any(word.lower_ in _FIRST_PERSON and (sentence, word.i) not in self.reported.quoted for word in span)
        if mine and root.lemma_.lower() not in SPEECH_VERBS:
            return None
        for subject in (c for c in root.children if c.dep_ == "nsubj"):  # not a passive's: "she was dubbed"
            if subject.lower_ in ("he", "she") and (sentence, subject.i) in self.reported.quoted:
                return None  # "“He's working hard ...": the speaker's "he", whom the reporter's would not be
            if (sentence, subject.i) in self.owners and self.owners[(sentence, subject.i)].kind == "person":
                return self.owners[(sentence, subject.i)]
            if subject.lower_ in ("he", "she"):
                return self.pronoun(subject, sentence, self.reported)
        found = [
            draft for draft in self.drafts if draft.kind == "person"
            for mention in draft.cluster_mentions
            if mention.sentence == sentence and mention.span.root.dep_ != "nsubjpass" and main_actor(mention.span.root)
        ]
        return found[0] if len(set(map(id, found))) == 1 else None


def _one_of_several(word: Token) -> bool:
    """Whether a name is one of names joined by "and" ("students Leo Marsh and Ian Dunlop, who observed":
    words of both, not of one)."""
    while word.dep_ == "compound":
        word = word.head
    return word.dep_ == "conj" or any(child.dep_ == "conj" and child.pos_ == "PROPN" for child in word.children)


def _unnamed_person(token: Token) -> bool:
    """Whether a quotation's attribution is a noun for one person, not a name nor a pronoun ("the judge", "a
    defence solicitor")."""
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in PERSON_NOUNS


def _inferred(quote: Said) -> bool:
    """Whether a quotation's speaker is found by inference: no attribution, a pronoun or a description ("the
    German")."""
    return quote.speaker is None or quote.pronoun or quote.speaker.pos_ != "PROPN" or described(quote.speaker)


def _named_inside(quote: Said, draft: ActorDraft) -> bool:
    """Whether a person is named in a quotation's own words: who it speaks of, not who speaks (a name that only
    qualifies a noun, "at Palmer properties", may be the speaker's business), by a mention or by a surname that
    opens the words, which the recogniser did not mark there ("“Garrow is not available ...,” added the
    Italian": not Garrow's)."""
    words = quote.text.split()
    if draft.kind == "person" and " " in draft.name and words and words[0].strip(",'’") == draft.name.split()[-1]:
        return True
    return any(
        (mention.sentence, mention.span.start) in quote.inside
        and not (mention.modifier or mention.span.root.dep_ == "compound")
        for mention in draft.cluster_mentions
    )
