"""One sentence per misattribution the shipped model once made and a later training fixed.

Invented sentences (not in the training data, the development stories or the seeds). All were
fixed in round 15: monitors and outlets the registry does not know, introduced by what they are,
were left unlabelled or read as on-record speakers, so their origins went uncounted.
"""

import numpy as np
import pytest

from annotator.taxonomy import LABEL_NAMES


def labels_of(model, text: str) -> set[str]:
    return {LABEL_NAMES[i] for i in np.flatnonzero(model.predict([text])[0])}


@pytest.mark.parametrize("text", [
    "The Lakeside Violations Archive, a Kampala-based documentation group, counted 41 civilians killed in the raids.",
    "At least 12 people died in the shelling, according to the Delta Casualty Register, which tracks deaths in the "
    "region.",
    "The Meridian Conflict Institute, a Nairobi research group that tracks armed groups, says the militia has moved "
    "freely behind army lines.",
])
def test_an_unknown_monitor_described_by_apposition_is_a_named_monitor(default_model, text):
    assert labels_of(default_model, text) == {"named_monitor"}


def test_an_unknown_outlet_described_by_apposition_is_a_media_report_and_no_anonymous_source(default_model):
    text = "The convoy was ambushed near the bridge, according to the Kinshasa daily Le Phare de l'Est."
    assert labels_of(default_model, text) == {"media_report"}


def test_a_monitor_that_is_the_news_and_not_its_source_gets_no_label(default_model):
    assert labels_of(default_model, "The government shut down the Lakeside Violations Archive's website on Monday.") == set()
