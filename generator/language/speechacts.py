"""The words of speech acts, for the lexicon: verbs that put a label on something, and nouns that name an act of
speaking. Words quoted under either are the words of who labelled or spoke (generator.stages.actors.saying)."""

from __future__ import annotations

# Verbs that put a label on something, whose subject uses the words quoted as the label however far down the
# clause ("described Kate as being like a “shop window mannequin”", "branded it “absolutely ridiculous”").
LABELLING_VERBS = frozenset(
    """describe call brand dub label term hail slam attack criticise criticize praise accuse condemn dismiss blast
    lambast mock deride blame""".split()
)
# Nouns of a speech act: words quoted in one are the words of who made it ("launched an attack on the “chaotic”
# system": the attacker's; "Hain's description of him as an “attack mongrel”": Hain's, not the clause's subject).
SPEECH_ACT_NOUNS = frozenset(
    """attack criticism description claim warning remark comment praise appeal plea statement speech words
    accusation allegation report rebuke jibe swipe tirade insult""".split()
)
# Prepositions that take a verb of saying in "-ing" whose speaker is the subject of the clause they hang from
# ("Varga hit back by telling Radio Kestrel: “...”", "She left after saying: “...”").
SAYING_PREPOSITIONS = frozenset({"by", "after", "before", "while"})
