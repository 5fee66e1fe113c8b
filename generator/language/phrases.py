"""Closed word classes a headline keeps whole around: verbs of telling, whose "about" phrase says what was told
("told them about the new recipe"), the verbs of needing or wanting, whose simple past a headline may not
put in the present ("needed victory"), and the nouns of degree that open a fixed "of a" phrase ("one hell of a
party"), whose article a headline may not drop; the adverbs that qualify the phrase after them ("completely by
email"), which go with it; the prepositions made of two words ("in conjunction with"), never cut in
half, and the conjunctions that open a sentence continuing another ("And ..."), which makes no headline; the verbs
of a state and the adverbs of a habit, which make a person's present simple a standing fact ("wants", "largely
plays"), not a scene told as it plays ("Okafor bows his head"); the nouns whose phrase says what they bear on
("embargo on China"), which a headline keeps with them; the words that count a part of a group ("a number of
teachers"), a subject in the group's place, the nouns of a response its owner makes ("the ire of lawmakers"), and
the verbs whose "it" stands for the clause before it ("..., it has emerged"), a line's subject that names no one;
the words that say a matter is open ("it is unclear what ...") or, negated, that it is ("it is not clear what ...")."""

from __future__ import annotations

# Verbs of telling someone something: with a pronoun as object, their "about" or "of" phrase is what was told.
TELLING_VERBS = frozenset("tell inform warn remind ask notify brief advise".split())
# Verbs of needing or wanting: in the simple past they tell an aim before what happened ("The Otters needed
# victory"), which a headline's present would tell as today's.
WANTING_VERBS = frozenset("need want hope wish aim seek intend".split())
# Verbs of a state, not an act: a person's present simple with one is a standing fact ("Marsden wants to ...").
STATE_VERBS = WANTING_VERBS | frozenset("like love hate prefer live work believe".split())
# Adverbs that make a present simple a habit or a general truth ("Han largely plays a ceremonial role").
HABIT_ADVERBS = frozenset("""usually often always generally regularly normally typically mainly largely mostly rarely
    seldom never sometimes frequently traditionally""".split())
# Nouns of degree that make a fixed phrase with "of a": "a hell of a show", "a bit of a shock".
DEGREE_NOUNS = frozenset("hell heck bit kind sort".split())
# Words that count a part of a group, the subject in its place: "a number of teachers reported", "many of the fans".
PART_WORDS = frozenset("""number lot group majority minority handful dozens hundreds thousands millions some many most
    few several all none half one two three""".split())
# Nouns of a response that its owner makes, so the owner acts: "drawing the ire of lawmakers", "the fans' protests".
REACTION_NOUNS = frozenset("""ire anger wrath fury outrage criticism condemnation opposition support backing approval
    protest protests complaint complaints objection objections backlash boycott""".split())
# Adverbs that say how much of the phrase after them holds: "completely by email", "mainly in Europe".
PHRASE_ADVERBS = frozenset("""completely entirely solely only mainly partly largely mostly exclusively purely chiefly
    primarily wholly""".split())
# A sentence opening on one of these continues another ("And at least 15 per cent are ...").
CONTINUING_CONJUNCTIONS = frozenset({"and", "or", "nor"})  # not "But": the news may come after what it sets aside
# Words that make a preposition with the one after them ("in conjunction with", "ahead of"): never kept without it.
FIXED_PHRASE_PREPOSITIONS = {**dict.fromkeys("conjunction line accordance connection comparison".split(), "with"),
                             **dict.fromkeys("response addition relation prior due thanks".split(), "to"),
                             **dict.fromkeys("""charge behalf favour favor front wake spite search terms light support
                                 memory honour breach ahead because instead regardless""".split(), "of"),
                             **dict.fromkeys("exchange return".split(), "for")}
# Nouns whose phrase with this preposition says what they bear on, which a headline keeps with them: "embargo [on
# China]", "upsurge [in airlines]", "inquiry [into X]"; without it the noun tells nothing ("ends arms embargo").
NOUN_ARGUMENTS = {**dict.fromkeys("""ban embargo sanction tax levy tariff duty attack assault crackdown curb limit cap
                      restriction moratorium veto war boycott""".split(), "on"),
                  **dict.fromkeys("""rise fall increase decrease cut drop decline surge upsurge boom slump fall-off
                      downturn upturn growth""".split(), "in"),
                  **dict.fromkeys("inquiry investigation probe".split(), "into"),
                  # and the nouns of an aim, whose "to" clause says what it is: "plans [to end the embargo]"
                  **dict.fromkeys("""plan bid decision attempt move call effort proposal pledge promise refusal
                      failure threat right""".split(), "to")}
# Verbs whose "it" stands for the clause put before it, as a passive's does ("..., it has been announced"):
# "..., it has emerged", "..., it seems".
AFTER_THE_CLAUSE = frozenset({"emerge", "seem", "appear", "transpire"})

# What no one knows yet: "it is unclear what ...", "its motives remain unknown".
UNKNOWN_STATES = frozenset({"unclear", "unknown", "uncertain"})
# The same, negated: "it is not clear what ...".
KNOWN_STATES = frozenset({"clear", "known", "certain"})
