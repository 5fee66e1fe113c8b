"""Titles and jobs: the words that, before or beside a name, say it is a person's ("manager Colin Dray").

General English and news writing, no article's words; re-exported by generator.language.lexicon.
"""

from __future__ import annotations

# Words that make a pre-modifier a title or a job (a person cue).
TITLES = frozenset(
    """president vice prime minister premier chancellor secretary senator rep representative governor mayor
    king queen prince princess pope general admiral colonel captain sergeant officer chief chairman chairwoman
    chair ceo executive director leader speaker spokesman spokeswoman spokesperson judge justice attorney
    lawyer ambassador envoy commissioner president-elect manager coach striker defender midfielder goalkeeper
    player captain founder owner editor correspondent reporter analyst economist professor student doctor
    father mother son daughter wife husband brother sister resident official adviser advisor aide head deputy
    boss sheriff detective inspector councillor mp lawmaker legislator congressman congresswoman candidate
    secretary-general treasurer administrator researcher scientist author actor actress singer star keeper
    goalkeeper winger forward jockey trainer rider driver pilot skipper batsman bowler champion prosecutor
    barrister solicitor bishop priest nurse teacher trader flanker negotiator campaigner activist organiser
    organizer presenter novelist writer poet artist architect lecturer girlfriend boyfriend fiancee widow winner
    nominee holder defendant midwife backbencher""".split()
) | frozenset(  # jobs of sport, the arts and business, as written before a name ("Ashby wideman Tomas Velder")
    """international frontman wideman attacker playmaker footballer cricketer golfer boxer cyclist sprinter hurdler
    athlete swimmer rapper producer comedian musician guitarist drummer vocalist songwriter composer dancer filmmaker
    playwright broadcaster journalist chef designer photographer businessman businesswoman entrepreneur tycoon
    billionaire banker investor donor historian surgeon critic columnist commentator member model contestant
    legend substitute guard seed debutant rookie vet veterinarian lieutenant graduate cosmonaut astronaut
    impresario""".split()
)
# Positions of a side and parts of a cast, titles only as written before a name ("Wales lock Owen Tarrant",
# "baritone Piero Lanza"): many also name things ("the door lock", "a stage prop", "the party's right wing"), so none
# says a person on its own.
POSITIONS = frozenset(
    """lock prop hooker wing fullback wicketkeeper spinner seamer paceman pitcher quarterback linebacker conductor
    baritone tenor soprano""".split()
)
# A court report's side set off after a barrister's name ("Alan Reed, prosecuting, said"), and the role it gives.
COUNSEL = {"prosecuting": "for the prosecution", "defending": "for the defence", "mitigating": "for the defence"}
# Kin: a relation that says who someone is even when whose is unclear ("His mother Nora").
KIN = frozenset("father mother son daughter wife husband brother sister girlfriend boyfriend fiancee widow".split())
# Relations to another person, whose the reader must be told ("his friend Chris Kent").
RELATIONS = KIN | frozenset("friend neighbour neighbor colleague pal ally partner flatmate housemate classmate".split())
# Titles written with a capital before a name anywhere in a sentence ("President Obama"); the others of TITLES are
# jobs, in lower case inside a sentence ("manager Colin Dray", "striker Luca Ferri").
FORMAL_TITLES = frozenset("""president vice prime minister premier chancellor secretary senator rep representative
    governor mayor king queen prince princess pope general admiral colonel captain sergeant officer judge justice
    ambassador commissioner president-elect professor doctor sheriff detective inspector councillor mp congressman
    congresswoman bishop priest""".split())
# Offices held in a country, written bare before a name ("President Musharraf", "Chancellor Angela Merkel").
OFFICES_OF_STATE = frozenset(
    {("president",), ("chancellor",), ("prime", "minister"), ("premier",), ("vice", "president")}
)
# Ranks that open a person's name "of" a place ("Duke of Kent", "Archbishop of Canterbury").
RANKS = frozenset({"duke", "duchess", "earl", "countess", "baron", "baroness", "archbishop", "saint", "st"})
# Nouns that describe one person without a title ("the Leicester man", "the 33-year-old").
PERSON_NOUNS = TITLES | frozenset("man woman boy girl old teenager youngster veteran mum dad".split())
# Of those, the nouns that say no more than that a person is one, of an age ("a 33-year-old", "a teenager"): with a
# home town or a clause ("Leicester man", "a man who claims ...") still no role.
MERE_PERSONS = frozenset("man woman boy girl person guy lady gentleman individual old teenager youngster".split())
# Prepositions after such a noun that do say what the person is ("the man behind the festival", "woman at the helm").
TELLING_PREPOSITIONS = frozenset({"behind", "at", "for", "with"})
# Words before the name a person was born with: "Born Jo Smith, the singer ...", "Jo Brown, née Smith".
BIRTH_NAME_MARKS = frozenset({"born", "née", "nee"})
# Verbs that say a person's post ("who chairs the committee", "who works for Acme"): a relative clause with one is
# a role; one with any other verb says what the person did ("who lost four games"), which is no role.
OFFICE_VERBS = frozenset(
    "chair head lead run own found co-found manage coach captain edit direct represent work teach".split()
)
