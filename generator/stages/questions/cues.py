"""The words that mark a matter as unresolved: general English, no article's.

Grouped by the cue they serve in :mod:`uncertainty`: verbs of intent and
expectation, of knowing (after which "if" asks), of pressing someone to act,
nouns of plans and of events, inquiries, and the conditions that keep a
matter open.
"""

from __future__ import annotations

PLAN_NOUNS = frozenset(
    {
        "plan", "call", "request", "pressure", "bid", "attempt", "effort", "proposal", "threat", "pledge",
        "promise", "demand", "intention", "push",
    }
)
REPUTED = frozenset({"believe", "think", "say", "report", "allege", "suppose", "understand", "rumour", "rumor"})
HOPEFUL = frozenset({"hopeful", "confident", "optimistic"})
WEIGHING = frozenset({"consider", "weigh", "mull", "discuss", "contemplate"})
SEEMING = frozenset({"appear", "seem", "look", "sound", "feel"})  # "it would appear that…": a manner of speaking
CONDITIONS = frozenset({"unless", "provided", "providing"})
CAUSATIVES = frozenset({"push", "urge", "ask", "press", "pressure", "persuade", "call", "force", "lobby"})
# Saying something is rarely the open matter: "is expected to tell voters…".
SPEECH = frozenset({"say", "tell", "announce", "warn", "argue", "insist", "claim", "add", "speak", "address"})
# Events a plan or a hope can be about, with the verb that makes them happen.
EVENT_NOUNS = {
    "trip": "make", "visit": "make", "journey": "make", "meeting": "hold", "summit": "hold", "talks": "hold",
    "vote": "hold", "referendum": "hold", "election": "hold", "hearing": "hold", "deal": "reach",
    "agreement": "reach", "settlement": "reach", "merger": "go ahead with", "takeover": "go ahead with",
    "sale": "go ahead with", "strike": "go ahead with", "ban": "impose", "cut": "make", "move": "make",
}
PROSPECTIVE = frozenset({"possible", "potential", "planned", "proposed", "likely", "expected", "mooted", "prospective"})
DISCUSSING = frozenset({"discuss", "consider", "weigh", "plan", "propose", "seek", "mull", "talk", "explore"})
INTENT_LEMMAS = frozenset(
    {
        "expect", "plan", "hope", "aim", "seek", "try", "want", "intend", "pledge", "promise", "vow",
        "threaten", "propose", "consider", "weigh", "mull", "prepare", "push", "urge", "call", "attempt",
        "offer", "wish", "set", "due", "likely", "poise", "able", "unlikely", "bound", "schedule",
    }
)
# After these, "if" opens an embedded question rather than a condition.
KNOWING = frozenset(
    {
        "clear", "unclear", "know", "ask", "wonder", "decide", "see", "check", "determine", "question",
        "doubt", "sure", "certain", "investigate", "say", "tell", "confirm", "establish", "examine",
        "consider", "discuss", "reveal", "disclose", "indicate", "explain", "uncertain",
    }
)
INQUIRY_VERBS = {
    "investigate": "investigation into", "probe": "probe into", "review": "review of",
    "examine": "examination of", "audit": "audit of", "study": "study of", "assess": "assessment of",
}
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "probe", "review", "audit", "trial", "hearing", "inquest"})
