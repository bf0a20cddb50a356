"""The one family of errors the pipeline raises for a problem a user can fix.

Every :class:`PipelineError` carries a one-line message that names the file
or value at fault and says how to fix it. The command line catches the family
once and prints that line (no traceback); anything else is a bug.

Examples
--------
>>> issubclass(CorpusNotFound, NotADirectoryError) and issubclass(CorpusNotFound, PipelineError)
True
>>> str(NothingToBuild("no article could be built from corpus/"))
'no article could be built from corpus/'
"""
from __future__ import annotations

__all__ = ["BoilerplateError", "CorpusError", "CorpusNotFound", "ExportError", "NerModelError", "NothingToBuild", "PipelineError", "ResourceError"]


class PipelineError(Exception):
    """A problem the user can fix; the message is one line naming it and the fix."""


class CorpusError(PipelineError):
    """The corpus cannot be built at all."""


class CorpusNotFound(CorpusError, NotADirectoryError):
    """The corpus folder does not exist (or is not a folder)."""


class NothingToBuild(CorpusError):
    """Every input was rejected: there is no article to build a graph from."""


class ExportError(PipelineError):
    """Writing the output files failed (in a child process); the output folder was not changed."""


class ResourceError(PipelineError):
    """A resource the build needs (data file, model) is missing or malformed."""


class BoilerplateError(ResourceError, ValueError):
    """``pipeline/data/boilerplate.yaml`` is missing or malformed."""


class NerModelError(ResourceError, RuntimeError):
    """The NER model cannot be loaded; the message names the file and the fix.

    Here, not in :mod:`pipeline.ner`, so that the explorer can catch it
    without importing the tagger."""
