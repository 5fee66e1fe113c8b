"""Pronouns: the closed classes of English pronouns that the stages read a line or a question by.

General English, no article's words; re-exported by generator.language.lexicon.
"""

from __future__ import annotations

# Pronouns of the one speaking or spoken to: a headline in the reporter's words never has them.
SPEAKER_PRONOUNS = frozenset("i me my mine myself we us our ours ourselves you your yours yourself yourselves".split())
# Pronouns of one person, a thing, and several: each needs, in a line read alone, what it stands for.
PERSON_PRONOUNS = frozenset("he him his himself she her hers herself".split())
THING_PRONOUNS = frozenset({"it", "its", "itself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
# A speaker named by a pronoun only ("he said"): the quotation's speaker is whom it stands for.
HE_SHE = frozenset({"he", "she"})
# Words that stand for something named elsewhere (generator.language.readable): a line read alone must name it.
POINTING_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "their", "it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i"})  # take "are", "do", "were": a verb's plural form
INDEFINITE_PRONOUNS = frozenset({"something", "anything", "nothing", "everything"})
# Words that pick one of a set told before: a subject "One was ...", "Another 18% came from ..." ("Others" may be
# everyone else: "Others have woken up to ...").
FROM_A_SET = frozenset({"one", "another"})
# Words that stand alone for a set named before: a subject "Both will be in action ...", "Some are fighting ...".
STANDING_FOR_A_SET = frozenset({"both", "some", "many", "most", "others", "several", "all", "neither", "each", "few"})
