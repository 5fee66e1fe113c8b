"""What the stages share about English: the lexicon, grammar, clauses, tense, dates, trimming."""
