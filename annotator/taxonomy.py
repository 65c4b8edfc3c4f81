"""The attribution taxonomy: the one definition of label names used everywhere.

Names, order and meanings follow ``shared/attribution-taxonomy.md`` exactly.
The colours form a colour-blind-safe palette (Okabe-Ito plus two tints).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    """One attribution type."""

    name: str
    title: str
    description: str
    colour: str


LABELS: tuple[Label, ...] = (
    Label("leaked_recording", "Leaked recording",
          "Leaked or intercepted audio, video, radio traffic, calls, documents or messages.",
          "#E69F00"),
    Label("named_monitor", "Named monitor",
          "A named monitoring or documentation group (SOHR, SNHR, VDC, Airwars, ACLED …).",
          "#56B4E9"),
    Label("anonymous_source", "Anonymous source",
          "A source whose identity is withheld or left vague.",
          "#999999"),
    Label("pro_regime_outlet", "Pro-regime outlet",
          "Syrian state or pro-government media, or state media of its allies (SANA, Al-Watan, RT …).",
          "#D55E00"),
    Label("un_figure", "UN figure",
          "The United Nations, its agencies, envoys, officials or investigators.",
          "#0072B2"),
    Label("on_record", "On record",
          "A person or institution identified by name or role speaking on the record.",
          "#009E73"),
    Label("media_report", "Media report",
          "Another news outlet, not pro-regime, cited as the source.",
          "#CC79A7"),
)

LABEL_NAMES: tuple[str, ...] = tuple(label.name for label in LABELS)
LABEL_INDEX: dict[str, int] = {name: i for i, name in enumerate(LABEL_NAMES)}
BY_NAME: dict[str, Label] = {label.name: label for label in LABELS}
UNATTRIBUTED = "unattributed"


def check_labels(labels: list[str]) -> list[str]:
    """Return the names in ``labels`` that are not taxonomy labels."""
    return [name for name in labels if name not in LABEL_INDEX]


def sort_labels(labels) -> list[str]:
    """Labels de-duplicated, in taxonomy order."""
    return sorted(set(labels), key=LABEL_INDEX.__getitem__)
