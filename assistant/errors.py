"""Errors the assistant reports to users in plain words (never as a traceback)."""


class AssistantError(Exception):
    """Base class: every message is meant to be shown to a user as it is."""


class CorpusError(AssistantError):
    """A regulation file or its metadata is malformed; names the file and the problem."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class SearchIndexError(AssistantError):
    """The search index is missing, stale or unreadable."""


class InputError(AssistantError):
    """A question or profile cannot be processed (empty, too long, malformed)."""


class EmbeddingError(AssistantError):
    """An embedding model could not be loaded."""
