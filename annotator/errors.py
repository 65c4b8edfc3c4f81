"""Named exceptions. The CLI turns each into ``Error: <message>`` and exit code 1."""


class AnnotatorError(Exception):
    """Base class: a problem the user can fix; the message says how."""


class InputError(AnnotatorError):
    """A path or option given on the command line is unusable."""


class DataFileError(AnnotatorError):
    """A gold, corrections, training, scoring or registry file is malformed.

    The message names the file and, where there is one, the line.
    """

    def __init__(self, path, message: str, line: int | None = None):
        where = f"{path}, line {line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line


class ModelError(AnnotatorError):
    """A model folder is missing, incomplete or from an incompatible version."""
