"""The word lists of the generator, in one place: general English and news writing, no article's words.

Four groups: speech and quotation (verbs of saying, quote marks, credit lines), which every section
uses; people, organisations and places (honorifics, the titles and jobs kept in generator.language.jobs,
organisation words, and the table of countries with their capitals, short forms and demonyms, kept in
generator.language.countries); the words of contests and prizes a question asks about; and what a line read
alone points to (pictures, pronouns and demonstratives, openings that tie it to the sentence before). The cues
of an unresolved matter (verbs of intent and expectation, of knowing, of pressing someone to act, nouns of plans,
events and inquiries, and the conditions that keep a matter open) are kept in generator.language.unresolved.
"""

from __future__ import annotations

import re

from .countries import country_table
from .furniture import shows_notice as shows_notice
from .givennames import is_given_name as is_given_name
from .jobs import FORMAL_TITLES as FORMAL_TITLES
from .jobs import KIN as KIN
from .jobs import OFFICE_VERBS as OFFICE_VERBS
from .jobs import OFFICES_OF_STATE as OFFICES_OF_STATE
from .jobs import PERSON_NOUNS as PERSON_NOUNS
from .jobs import RANKS as RANKS
from .jobs import RELATIONS as RELATIONS
from .jobs import TITLES as TITLES
from .pronouns import INDEFINITE_PRONOUNS as INDEFINITE_PRONOUNS
from .pronouns import PLURAL_PRONOUNS as PLURAL_PRONOUNS
from .pronouns import POINTING_PRONOUNS as POINTING_PRONOUNS
from .speechacts import LABELLING_VERBS as LABELLING_VERBS
from .speechacts import SPEECH_ACT_NOUNS as SPEECH_ACT_NOUNS
from .sport import COLLECTIVE_TEAM_NOUNS as COLLECTIVE_TEAM_NOUNS
from .sport import COMPETITION_VERBS as COMPETITION_VERBS
from .sport import DEFEAT_VERBS as DEFEAT_VERBS
from .sport import FIXTURE_PLACES as FIXTURE_PLACES
from .sport import MATCH_NOUNS as MATCH_NOUNS
from .sport import SIDE_NOUNS as SIDE_NOUNS
from .sport import STAFF_NOUNS as STAFF_NOUNS
from .sport import TEAM_NOUNS as TEAM_NOUNS
from .unresolved import ANSWERING as ANSWERING
from .unresolved import CAUSATIVES as CAUSATIVES
from .unresolved import CONCEDING as CONCEDING
from .unresolved import CONDITIONS as CONDITIONS
from .unresolved import CONFIRMING as CONFIRMING
from .unresolved import DISCUSSING as DISCUSSING
from .unresolved import EVENT_NOUNS as EVENT_NOUNS
from .unresolved import FINDING_VERBS as FINDING_VERBS
from .unresolved import FORESEEING as FORESEEING
from .unresolved import HOPEFUL as HOPEFUL
from .unresolved import IF_MARKS as IF_MARKS
from .unresolved import INQUIRY_NOUNS as INQUIRY_NOUNS
from .unresolved import INQUIRY_VERBS as INQUIRY_VERBS
from .unresolved import INTENT_LEMMAS as INTENT_LEMMAS
from .unresolved import KNOWING as KNOWING
from .unresolved import MADE_PLAIN as MADE_PLAIN
from .unresolved import OPEN_NOUNS as OPEN_NOUNS
from .unresolved import PLAN_NOUNS as PLAN_NOUNS
from .unresolved import PROSPECTIVE as PROSPECTIVE
from .unresolved import REACTING as REACTING
from .unresolved import REPUTED as REPUTED
from .unresolved import SCHEDULED as SCHEDULED
from .unresolved import SEEMING as SEEMING
from .unresolved import SHOWING as SHOWING
from .unresolved import STOPPING as STOPPING
from .unresolved import WEIGHING as WEIGHING

# --- Speech and quotation ------------------------------------------------------------------------
# Verbs that report what someone said or thinks: an attribution ("X said", "said X", "X told ...").
SPEECH_VERBS = frozenset(
    """say tell write add insist argue warn claim state announce explain declare note reply respond ask urge stress
    suggest admit acknowledge confirm deny predict tweet post quote continue conclude caution complain agree
    believe think report reveal speak address concede recall recount observe remark reckon exclaim plead
    maintain contend assert allege retort quip answer remind emphasise emphasize joke boast laugh""".split()
)
# Verbs of saying that also name an act when nothing said follows: "the deal is expected to conclude by June",
# "prices are likely to continue rising", "the unions are expected to agree a deal".
SAYING_OR_DOING = frozenset({"conclude", "continue", "agree"})
# Verbs of a state, not an event: what "is said to own" or "is believed to be" holds now, asked in the present.
STATE_VERBS = frozenset("be have own include contain hold number total remain lack owe live hide control".split())
# Verbs of saying in jest: what "she joked she would quit" tells is no plan to ask about.
JESTING = frozenset({"joke", "quip", "laugh", "tease", "jest"})
# Verbs whose complement is someone's view: cutting them states the view as fact (generator.language.faithful).
OPINION_VERBS = SPEECH_VERBS | frozenset(
    {"believe", "think", "claim", "allege", "argue", "hope", "fear", "expect", "suggest", "suspect",
     "insist", "predict", "estimate", "feel", "suppose", "assume", "reckon", "doubt", "deny", "accuse",
     "report", "understand", "learn", "appear", "seem", "consider", "warn", "forecast", "anticipate"}
)
# Verbs of an impersonal attribution that states a fact made public ("..., it has been announced", "it has emerged"):
# the news is the paper's own; "it is claimed", "it is reported" stay someone's claim.
DISCLOSURE_VERBS = frozenset({"announce", "confirm", "reveal", "emerge", "disclose"})
NEWS_REPORTING = DISCLOSURE_VERBS | frozenset({"say", "add", "tweet", "report", "state"})  # "police said X had V"
# Verbs whose object may open a clause ("accepted her mistakes contributed to ..."): not always what they take.
CLAUSE_VERBS = OPINION_VERBS | DISCLOSURE_VERBS | frozenset("accept admit acknowledge concede find show".split())
# Nouns of an amount, which say nothing without their "of" phrase ("thousands [of businesses]", "a number [of]").
AMOUNT_NOUNS = frozenset("thousand million billion hundred dozen score number lot total couple pair majority".split())
# Quote marks as written, straight and curly; those that open a quotation; the double ones that do.
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
DOUBLE_OPENING_QUOTES = frozenset({'"', "“"})
# A lone "'" or "’" token after a name is an apostrophe, the possessive of "Jones' car".
APOSTROPHES = frozenset({"'", "’"})
# Quote marks as tokens: the tokenizer may also write them as `` and ''.
QUOTE_TOKENS = QUOTE_MARKS | {"``", "''"}
# A line that credits the reporting, matched whole: "Jane Doe contributed to this article.", "(Reporting by ...)",
# "Jane Doe reported from Boston." (a link's text run into it goes with it), "X was at Y as a guest of Z" (a host).
CREDIT_LINE = re.compile(
    r"(?:.{0,200}? )?contributed (?:reporting )?to this (?:article|report|story)\.?"
    r"|\(?(?:additional )?(?:reporting|writing|editing|edited) by .{3,200}"
    r"|\((?:reporting|writing|editing)[^()]{0,200}\)"
    r"|(?:.{0,200}? )?(?-i:(?:[A-Z][\w'’.-]* ){1,3})reported from (?-i:(?:[A-Z][\w'’.-]*[ ,]{0,2}){1,4})\.?"
    r"|[^.]{0,80}\b(?:was|were|travell?ed|flew|stayed)(?: [^ .]+){1,6} as (?:a )?guests? of (?-i:[A-Z])[^.]{2,120}\.?",
    re.IGNORECASE,
)

# --- People, organisations and places ------------------------------------------------------------
# Nouns for a person of an age, with the ages they cover: "the teenager wrote" is the person the story gave 15.
AGE_NOUNS = {"teenager": (13, 19), "teen": (13, 19)}
# Honorifics kept in the alias form ("Mr Okafor") but not in the bare name.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "prof", "prof.", "professor"})
# Titles of rank that belong to the full name ("Sir Archie Dunlop").
# Letters after a person's name: honours, offices and degrees ("Stephen Kramer QC").
POST_NOMINALS = frozenset("qc kc mp mep msp obe mbe cbe kbe dbe phd jr jr. sr sr.".split())
NOBLE = frozenset({"sir", "dame", "lord", "lady"})
# Cries and greetings that open a quotation before the name of the one spoken to ("'Sorry Lars, ...'").
INTERJECTIONS = frozenset("sorry thanks hello hi hey yes no oh well please congratulations cheers bye".split())
# Last words of organisation names, and nouns that stand for an organisation.
ORG_WORDS = frozenset(
    """inc inc. corp corp. co co. ltd ltd. plc llc group company companies corporation agency authority council
    association union party commission committee department ministry office court tribunal bank institute
    university college school hospital foundation fund funds capital stores airline airlines airways league
    federation board bureau service services police army navy force forces parliament congress senate assembly
    government administration team club united society trust network news times post journal media television
    radio press industries holdings partners technologies systems security motors enterprises organisation
    organization alliance coalition movement church project commons fc solutions investments insurance
    communications resources laboratories pharmaceuticals electronics logistics productions studios publishing
    associates consultants ventures""".split()
)
# Head nouns of collectives that act: "Trump's transition team", "the Trump administration".
COLLECTIVE_HEADS = frozenset({"team", "administration", "campaign", "government", "cabinet", "camp", "family"})
# Plural nouns for unnamed groups of people that act ("U.S. lawmakers").
GROUP_NOUNS = frozenset(
    """lawmakers legislators officials analysts executives investors unions workers protesters prosecutors
    producers manufacturers cartels companies firms insurers banks regulators residents voters activists critics
    supporters rebels militants troops soldiers officers diplomats businesses farmers doctors nurses teachers
    students parents stewards paramedics experts scientists researchers authorities directors shareholders
    traders economists citizens refugees migrants lawyers judges fans players advisers advisors aides agencies
    charities carriers airlines retailers staff employees investigators guards""".split()
)
# Locative prepositions: a PERSON-labelled single word after these is likely a place.
LOCATIVE = frozenset({"in", "at", "to", "from", "near", "across", "around"})

# Countries by name, short form, capital and demonym (generator.language.countries): general world knowledge.
# short form -> country name; capital -> country name; demonym -> country name
COUNTRY_FORMS, CAPITALS, DEMONYMS = country_table()
# Nouns of a place, set beside its name: "the capital Drevnik", "the towns of Qarvash and ...".
PLACE_KIND_NOUNS = frozenset("capital suburb borough hamlet neighbourhood town city village county".split())
# Verbs of going somewhere: what one travels to is a place ("travel to Old Trafford").
TRAVEL_VERBS = frozenset("travel go return fly head move come".split())
# Nouns for works: a name right after one is the work's title ("the film Vera Drake"), not an actor.
WORK_NOUNS = frozenset(
    """film movie biopic documentary drama comedy thriller sitcom series show programme program book novel hit track
    memoir biography song single album opera musical play game painting poem video version edition sequel""".split()
)
# Kinds of an actor's part in a work: "a supporting role in X", "his lead role in X" (X is the work).
ACTING_PARTS = frozenset({"lead", "leading", "starring", "supporting", "title", "cameo", "guest", "speaking"})
# Nouns of kinds of things, not actors, that a name stands beside as the thing's own name ("the colt Silver Lantern").
THING_NOUNS = WORK_NOUNS | frozenset(
    """console handset smartphone camera car horse colt filly mare gelding stallion race award prize trophy disease
    virus character product classic""".split()
)
# Lower-case words that join a name's parts ("Bank of England", "Leonardo da Vinci"); any other one ends the name.
NAME_JOINERS = frozenset("of and for the a an upon on in et de du da del della der den di la le van von y al el bin ibn"
                         .split())
# Short words left in lower case inside a title written in capitals ("Queen of the Night").
TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for from with by".split())
# Political parties by their common short forms and nicknames.  General knowledge.
PARTIES: dict[str, str] = {
    "tory": "Conservatives", "tories": "Conservatives", "conservatives": "Conservatives",
    "conservative party": "Conservatives", "labour": "Labour", "labour party": "Labour",
    "lib dem": "Liberal Democrats", "lib dems": "Liberal Democrats", "liberal democrat": "Liberal Democrats",
    "liberal democrats": "Liberal Democrats", "gop": "Republicans", "republicans": "Republicans",
    "republican party": "Republicans", "democrats": "Democrats", "democratic party": "Democrats",
}
# Role nouns that say the actor is an organisation ("an outside company, Halden").
ORG_ROLE_NOUNS = frozenset(
    """company firm broker retailer giant carrier airline regulator newspaper site agency group maker producer
    bank insurer chain party club team body organisation organization charity union operator developer rival
    publisher broadcaster network manufacturer supplier lender watchdog side""".split()
)
# Nouns for what only an organisation has: "Yukos' main asset", "shares in Sega", "Apex's chief executive".
COMPANY_NOUNS = frozenset(
    """asset assets output shares share stake profit profits revenue revenues sales shareholders shareholder
    subsidiary subsidiaries unit units division divisions headquarters executive executives chairman boss founder
    board directors customers stock headline headlines editorial""".split()
)
# Nouns of kinds of organisation that introduce examples ("sites like Hotbot", "festivals such as Slamdance").
ORG_KIND_NOUNS = ORG_ROLE_NOUNS | frozenset("website engine service brand label studio store festival".split())
# Last words of the names of newspapers, broadcasters and news sites.
PUBLICATION_WORDS = frozenset(
    """news times post journal herald telegraph guardian mail express gazette tribune chronicle observer
    independent mirror star sun standard courier record recorder bulletin magazine website press""".split()
)
# Words for posting something somewhere: the name after "on" is where it was posted ("a post on Twitter", "wrote on
# Facebook", "said on Instagram").
POSTING_WORDS = frozenset(
    "post share tweet publish upload comment message video page account feed blog photo picture image selfie pose"
    " write say".split()
)
# Nouns for official bodies: a place after "in" under one of these only locates it ("prosecutor in Lyon").
OFFICE_NOUNS = frozenset({"prosecutor", "prosecutors", "police", "court", "office", "embassy", "consulate", "council"})
# Last words of names (and nouns after a name) that make it a place ("Vatican City", "Palm Cove resort").
PLACE_WORDS = frozenset(
    """city town village resort hotel stadium arena airport estate island islands province state region county
    district square street avenue park palace valley river mountain mountains lake bay coast border port harbour
    barracks theatre theater""".split()
)
# Last words of a street's name that end other names too ("Rowan Close", "Glenn Close"): told by the words before.
ADDRESS_WORDS = frozenset("close road lane drive way crescent terrace grove mews gardens walk row".split())
# Holidays and seasons that the recogniser takes for names.
HOLIDAYS = frozenset({"easter", "christmas", "ramadan", "thanksgiving", "passover", "diwali", "eid", "hanukkah"})
# Nouns for who speaks for an organisation ("a Halden spokesman", "a spokesman for Halden").
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "statement"})
# Nouns for a written finding that speaks for its authors ("the report said", "a study by the committee").
FINDINGS = frozenset({"report", "study", "review", "survey", "inquiry", "audit", "findings", "paper"})
# Nouns for public bodies that act without a proper name ("the public prosecutor in Lyon").
INSTITUTIONS = frozenset("""committee prosecutor police government court council commission ministry parliament
    congress senate tribunal""".split())
# Bodies that need no modifier to be an actor when they act ("the government has suspended ...").
BARE_INSTITUTIONS = frozenset({"police", "government"})
# Last words of the names of public authorities, which weigh more in a story when they act.
AUTHORITY_WORDS = INSTITUTIONS | frozenset({"department", "agency", "office", "authority", "bureau", "commission"})
# Role heads of people who comment on a story rather than act in it.
COMMENTATORS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "correspondent", "analyst", "expert", "commentator", "reporter"}
)
# Role heads of people who report the news ("BBC labour affairs correspondent"), and the last words of
# groups that do ("Russian newspapers"): they tell the story, they are not in it.
REPORTERS = frozenset({"correspondent", "reporter", "journalist", "columnist", "newsreader"})
NEWS_GROUPS = frozenset({"newspapers", "media", "press", "reporters", "journalists", "broadcasters"})
# --- Contests and prizes a question asks about ---------------------------------------------------------
# A side meeting another in a contest still to be played: "Scotland face Italy on Saturday" (questions).
CONTEST_VERBS = frozenset({"face", "play", "meet", "host", "entertain", "visit"})
CONTEST_TRIPS = frozenset({"trip", "visit", "journey", "game", "match", "tie", "clash"})  # "face a trip to X"
CONTEST_NOUNS = frozenset("match game tie fixture final semi-final quarter-final round replay cup league championship"
                          " tournament derby season title win victory defeat draw".split())
# What one "could face if ...": a penalty the article states; the condition is what stays open (questions).
PENALTY_VERBS = frozenset({"face", "risk", "incur", "serve", "lose", "forfeit"})
SENTENCING = frozenset({"sentence", "sentencing"})  # a sentence still to be passed: "will be sentenced" (questions)
# A prize someone seeks (questions: "as he seeks a first victory" -> "Will he win a first victory?").
PRIZES = frozenset("title medal trophy crown cup championship victory place spot berth seat majority nomination term"
                   " promotion".split())
SEEKING = frozenset({"seek", "target", "chase", "pursue", "eye", "covet"})  # a prize as their object
SEEKING_FOR = frozenset({"aim", "bid", "go", "push", "challenge", "compete", "contend", "battle", "fight", "vie"})
WINNING = frozenset({"win", "secure", "claim", "clinch", "take", "land", "retain", "lift"})
# --- What a line read alone points to --------------------------------------------------------------
# Where a caption points in its photograph ("Allen (left)"); what it shows done, in the present ("Varga waves").
PICTURE_PLACES = frozenset("left right centre center pictured above below top bottom inset".split())
PICTURE_VERBS = frozenset("""pose smile celebrate salute wave sit walk stroll greet kiss hug embrace gesture don wear
    jog pause grin laugh cheer applaud clap prepare work""".split())
# Words that stand for something named elsewhere (generator.language.readable): a line read alone must name it;
# the pronouns among them are in pronouns.py.
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Sentences that cannot stand alone (language.pointing, headline.lede, background.referents).
# Adjectives that size or place a thing already told ("the huge rise", "the latest threats"), not name it.
POINTING_BACK = frozenset("""latest recent sudden huge massive dramatic sharp steep same further""".split())
# Nouns of time that "this" or "these" dates by ("this week", "these days"), not points back with.
TIME_NOUNS = frozenset("""time day week weekend month year season summer winter spring autumn fall morning afternoon
    evening night decade century term quarter""".split())
# Openings that tie a sentence to the one before it (background lines read alone).
BACK_OPENINGS = (
    ("for", "example"), ("for", "instance"), ("on", "a", "more", "positive", "note"), ("on", "a", "positive", "note"),
    ("on", "a", "lighter", "note"), ("on", "the", "other", "hand"), ("by", "contrast"), ("in", "contrast"),
    ("similarly",), ("likewise",), ("instead",), ("as", "a", "result"), ("even", "so"), ("that", "said"),
    ("since", "then"), ("after", "that"), ("before", "that"), ("by", "then"), ("until", "then"),
)
PICTURE_WORDS = frozenset({"above", "below", "pictured"})
AT_ONCE = frozenset({"as", "when", "while"})  # a clause at the time of the one it hangs on: "As the rain fell, ..."
# Nouns of time a background line may point with ("at this stage", "that week"); see also TIME_NOUNS.
POINTING_TIMES = frozenset(
    {"time", "day", "week", "weekend", "month", "year", "season", "term", "century", "decade", "morning", "afternoon",
     "evening", "night", "spring", "summer", "autumn", "winter", "stage", "point", "moment"}
)
# Verbs an "it" announces a clause with: "It emerged that ...", "It is not thought jobs are at risk".
IMPERSONAL = frozenset({"be", "emerge", "seem", "appear", "become", "transpire", "turn", "remain", "happen", "think"})
OBJECTLESS = frozenset({"happen", "occur", "arise", "exist", "emerge", "unfold", "transpire"})  # what happens: subject
TELLING = frozenset({"tell", "inform", "assure", "notify", "remind"})  # take a listener and what is told
# Words that make a date the base a figure is measured against, not an event's time (language.belonging):
# "higher than in 2003", "compared with last year", "down from 12% in 2003", "up 10% on 2003".
COMPARING = frozenset({"than", "compared", "comparison", "unlike"})
CHANGE_BASES = frozenset({"from", "on"})
CHANGE_ADVERBS = frozenset({"up", "down"})
AMOUNTS = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY"})  # entity labels of a figure
CLOCK_WORDS = frozenset({"gmt", "bst", "utc", "cet", "est", "edt", "pst", "pdt", "hours", "hrs", "local"})  # "1830 GMT"
# What an article's news may be the findings of, named by its noun: "according to a study" (not "newspaper reports").
SURVEYS = frozenset({"study", "survey", "research", "poll", "analysis", "researcher", "census"})
# Sentence adverbs of a speaker's own stance: "Frankly, the point of the scheme is ...": someone's opinion.
STANCE_ADVERBS = frozenset({"frankly", "honestly", "personally", "admittedly", "thankfully", "hopefully", "surely"})
# What "the ..." names when a sentence speaks of the news itself: "The news sent shares up", "The attack began ...".
THE_NEWS = frozenset({"news", "announcement", "report", "attack", "revelation", "verdict", "ruling", "incident"})
