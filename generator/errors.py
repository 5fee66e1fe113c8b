"""One small exception hierarchy; every message is one line a user can act on."""

from __future__ import annotations


class BriefingError(Exception):
    """Base of every error the generator reports to a user."""


class SeedError(BriefingError):
    """A seed file cannot be used: names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class StageError(BriefingError):
    """A pipeline stage failed on a seed: names the stage and the seed."""

    def __init__(self, path: str, stage: str, cause: BaseException) -> None:
        self.path = path
        self.stage = stage
        super().__init__(f"{path}: stage '{stage}' failed: {type(cause).__name__}: {cause}")


class ModelError(BriefingError):
    """The spaCy model cannot be loaded."""


class StoreError(BriefingError):
    """The briefings folder cannot be read or written as asked."""


class BuildLockedError(StoreError):
    """Another build holds the lock on the briefings folder."""
