"""The cues of a matter left open: verbs of intent and expectation, of knowing, of pressing someone to act, nouns of
plans, events and inquiries, and the conditions that keep a matter open.

General English and news writing, no article's words; re-exported by generator.language.lexicon.
"""

from __future__ import annotations

PLAN_NOUNS = frozenset(
    "plan call request pressure bid attempt effort proposal threat pledge promise demand intention push".split()
)
REPUTED = frozenset({"believe", "think", "say", "report", "allege", "suppose", "understand", "rumour", "rumor"})
HOPEFUL = frozenset({"hopeful", "confident", "optimistic"})
# Verbs of foreseeing: "campaigners fear (that) the rise will put pressure on schools" leaves the future open.
FORESEEING = frozenset("expect fear warn predict forecast anticipate hope worry".split())
WEIGHING = frozenset({"consider", "weigh", "mull", "discuss", "contemplate"})
SEEMING = frozenset({"appear", "seem", "look", "sound", "feel"})  # "it would appear that…": a manner of speaking
CONDITIONS = frozenset({"unless", "provided", "providing"})
IF_MARKS = frozenset({"if", "unless"})  # what a question must keep of its sentence (negation.lost_condition)
# Verbs that stop a plan: "has suspended its plan to cut staff" leaves nothing open.
STOPPING = frozenset("suspend shelve scrap abandon drop withdraw cancel halt ditch axe reverse".split())
# "forced X to V" says X did: not a causative that leaves the act open.
# Verbs of reacting to what someone else proposes: their subject is not the plan's owner ("welcomed proposals to V").
REACTING = frozenset("""welcome oppose reject criticise criticize condemn attack back support approve endorse block
    resist fight challenge question scrap drop abandon shelve""".split())
# Verbs of a past event letting something happen: "meant that people could upload audio" tells a past ability.
ENABLING = frozenset({"mean", "allow", "enable", "let", "permit"})
CAUSATIVES = frozenset({"push", "urge", "ask", "press", "pressure", "persuade", "call", "lobby"})
# Events a plan or a hope can be about, with the verb that makes them happen.
EVENT_NOUNS = {
    "trip": "make", "visit": "make", "journey": "make", "meeting": "hold", "summit": "hold", "talks": "hold",
    "vote": "hold", "referendum": "hold", "election": "hold", "hearing": "hold", "deal": "reach",
    "agreement": "reach", "settlement": "reach", "merger": "go ahead with", "takeover": "go ahead with",
    "sale": "go ahead with", "strike": "go ahead with", "ban": "impose", "cut": "make", "move": "make",
}
PROSPECTIVE = frozenset({"possible", "potential", "planned", "proposed", "likely", "expected", "mooted", "prospective"})
DISCUSSING = frozenset({"discuss", "consider", "weigh", "plan", "propose", "seek", "mull", "talk", "explore"})
# A plan told as settled ("are set to begin", "is preparing to receive"): the article states it ("is due to" is still
# asked, "as planned"); a word or its lemma, not "prepared to" (willing).
SCHEDULED = frozenset("set poise preparing".split())
INTENT_LEMMAS = SCHEDULED | frozenset(
    """expect plan hope aim seek try want intend pledge promise vow threaten propose consider weigh mull prepare
    push urge call attempt offer wish due likely unlikely bound schedule bid strive""".split()
)
# Nouns that give what an embedded question asks: "an example of how the scheme helps" shows how.
SHOWING = frozenset({"example", "illustration", "demonstration", "reminder"})
# A clause one grants before the point ("while airlines would comply, costs would rise"): not a matter left open.
CONCEDING = frozenset({"while", "whilst", "although", "though"})
MADE_PLAIN = frozenset({"clear", "plain"})  # "made clear he would V": a stated plan, as "said he would V"
# What a verb of confirming reports is settled: "producers revealed that Doris would leave" (not "said": a plan told).
CONFIRMING = frozenset({"confirm", "reveal", "disclose"})
# What "it was thought" or "the idea was" would happen: a past belief or design, told as history.
BELIEVING = frozenset({"think", "believe", "expect", "assume", "suppose", "hope", "fear"})
INTENT_NOUNS = frozenset({"idea", "plan", "aim", "intention", "hope", "thinking", "assumption", "goal", "expectation"})
# Nouns whose "of" opens a matter still to settle ("the question of who pays", "a review of how it works"); any
# other noun's "of" tells it: "the reality of how pupils live", "an account of what happened".
OPEN_NOUNS = frozenset(
    "question issue matter problem mystery uncertainty doubt debate choice investigation inquiry review audit".split()
)
# Verbs that give what they govern when not negated: "told how he took the photographs" answers how.
ANSWERING = frozenset("tell say explain reveal disclose describe show confirm indicate outline detail recount".split())
# After these, "if" opens an embedded question rather than a condition.
KNOWING = frozenset(
    """clear unclear know ask wonder decide see check determine question doubt sure certain investigate say tell
    confirm establish examine consider discuss reveal disclose indicate explain uncertain""".split()
)
INQUIRY_VERBS = {
    "investigate": "investigation into", "probe": "probe into", "review": "review of",
    "examine": "examination of", "audit": "audit of", "assess": "assessment of",  # not "study": "studied English"
}
FINDING_VERBS = frozenset("find conclude recommend rule report clear".split())  # what an inquiry that has reported did
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "probe", "review", "audit", "trial", "hearing", "inquest"})
# What keeps a cue from opening a matter (questions.modals, questions.vetoes): "could be able to V" is still asked,
# while "could be a rival" only guesses; "should V by June" is due by a time; "less likely to get one" weighs one
# likelihood against another; "consider the film to portray" is a view; "an unsuccessful bid to V" has its outcome.
ABLE = frozenset({"able", "unable"})
DUE_BY = frozenset({"by", "within", "before"})
DEGREES = frozenset({"more", "less", "as", "most", "least"})
REGARDING = frozenset({"consider", "deem"})
OUTCOMES = frozenset({"unsuccessful", "failed", "successful", "abortive", "vain", "futile", "fruitless"})
