"""The pipeline's stages, one module per briefing section.

Every stage is pure: it reads the parsed document and the briefing so far
and returns a new briefing with its own section filled.  No I/O, no clock,
no randomness; ties are broken by sentence id.
"""
