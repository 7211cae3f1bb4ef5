"""One exception family; the CLI turns it into a message and an exit code."""

from __future__ import annotations

from dataclasses import dataclass


class BriefingError(Exception):
    """Something the user can fix: the message says where, what was given, what was expected."""

    exit_code = 1


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation problem, located in a file (and a line, for YAML)."""

    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ValidationError(BriefingError):
    """Every problem found in a set of records, reported together."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.path, p.line or 0, p.field, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))


class InputError(BriefingError):
    """An article that cannot be read: it is skipped, and the build says so."""


class ModelError(BriefingError):
    """The spaCy model is missing or is not the one we pinned."""


class LockedError(BriefingError):
    """Another build holds the briefing's lock."""
