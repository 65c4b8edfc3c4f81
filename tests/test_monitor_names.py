"""Which monitor a sentence cites: a bare "the Observatory" after another observatory was named,
a person of a monitor, and a monitor's staff in apposition."""

from annotator import claims
from annotator.claims import attribution
from annotator.registry import Registry, Source

REGISTRY = Registry([Source("Syrian Observatory for Human Rights", ("Syrian Observatory for Human Rights",
                                                                    "the Observatory"),
                            "monitor", "opposition", "named_monitor")])
CLAIM = "shells killed six civilians near the market"


def monitors(*texts):
    """The monitor each sentence of one article is read as citing (registry name or name as written)."""
    article = attribution._Article("a")
    out = []
    for index, text in enumerate(texts):
        found = claims.attributions({"id": f"a#{index}", "article": "a", "index": index, "text": text,
                                     "labels": ["named_monitor"], "sources": []}, REGISTRY, article)
        out.append(next((a.source.name if a.source else a.speaker_name for a in found
                         if a.type == "named_monitor"), None))
    return out


def test_regression_the_observatory_is_the_one_the_article_named():
    # Fixed misattribution: in a story about Ituri, "the Observatory said" was the Syrian Observatory.
    assert monitors("The Ituri Peace Observatory logged 14 attacks in May.",
                    f"The Observatory said {CLAIM}.") == ["Ituri Peace Observatory", "Ituri Peace Observatory"]


def test_the_observatory_is_the_syrian_one_where_the_article_names_it_or_no_other():
    assert monitors(f"The Observatory said {CLAIM}.") == ["Syrian Observatory for Human Rights"]
    assert monitors("The Ituri Peace Observatory logged 14 attacks in May.",
                    "The Syrian Observatory for Human Rights counted 30 dead.",
                    f"The Observatory said {CLAIM}.")[2] == "Syrian Observatory for Human Rights"


def test_an_observatory_named_in_a_sentence_of_another_label_is_remembered():
    # "Ahmed Suleiman of the Sinai Rights Observatory warned ..." may be labelled on_record only.
    article = attribution._Article("a")
    claims.attributions({"id": "a#0", "article": "a", "index": 0, "labels": ["on_record"], "sources": [],
                         "text": "Ahmed Suleiman of the Sinai Rights Observatory warned of a siege."},
                        REGISTRY, article)
    found = claims.attributions({"id": "a#1", "article": "a", "index": 1, "labels": ["named_monitor"],
                                 "sources": [], "text": f"According to the Observatory, {CLAIM}."},
                                REGISTRY, article)
    assert [a.speaker_name for a in found] == ["Sinai Rights Observatory"]


def test_a_person_of_a_monitor_is_that_monitor():
    assert attribution._monitor(f"Amal Fathy of the Sinai Rights Observatory said {CLAIM}.")[1] == \
        "Sinai Rights Observatory"
    assert attribution._monitor(f"The Observatory of Human Rights said {CLAIM}.")[1] == \
        "Observatory of Human Rights"


def test_regression_the_monitors_director_in_apposition_is_not_the_monitor():
    # Fixed: "Aida Ismailova, the observatory's director, warned" named a monitor "Aida Ismailova".
    assert monitors("The Border Conflict Observatory counted 12 clashes.",
                    "Aida Ismailova, the observatory's director, warned that clashes would recur.")[1] == \
        "Border Conflict Observatory"


OUTLETS = Registry([Source("The Times", ("The Times",), "outlet", "independent", "media_report"),
                    Source("The New York Times", ("The New York Times",), "outlet", "independent", "media_report")])


def outlets(texts, publisher="a"):
    article = attribution._Article(publisher)
    return [[a.source.name for a in claims.attributions(
        {"id": f"a#{i}", "article": "a", "index": i, "text": text, "labels": ["media_report"], "sources": []},
        OUTLETS, article) if a.source] for i, text in enumerate(texts)]


def test_regression_the_times_is_the_times_the_article_named():
    # Fixed misattribution: "Those images, the Times found, ..." after "The New York Times" was the London daily.
    assert outlets(["Satellite images first published by The New York Times show bodies on the street.",
                    "Those images, the Times found, show the bodies in place for three weeks."]) == \
        [["The New York Times"], ["The New York Times"]]
    assert outlets(["Those images, the Times found, show the bodies in place for three weeks."]) == [["The Times"]]


def test_the_times_in_a_times_of_another_name_is_its_publisher():
    # "..., the bureau chief told the Times." in the Ethio Federal Times is that paper's own reporting.
    assert outlets(["Forces took the town, the bureau chief told the Times."], publisher="Ethio Federal Times") == \
        [["Ethio Federal Times"]]


def test_the_agency_is_the_last_news_agency_named_not_the_last_paper():
    # Fixed (second review): "The agency said" after "The Times of Malta" was the Maltese paper.
    registry = Registry([Source("Reuters", ("Reuters",), "news_agency", "independent", "media_report"),
                         *OUTLETS.sources])
    article = attribution._Article("a")
    got = [[a.source.name for a in claims.attributions(
        {"id": f"a#{i}", "article": "a", "index": i, "text": text, "labels": ["media_report"], "sources": []},
        registry, article) if a.source] for i, text in enumerate([
            "Reuters reported that 40 migrants were rescued off Lampedusa.",
            "The New York Times reported that the boat had been adrift for three days.",
            "The agency said four survivors were flown to Malta.",
            "The newspaper said the coastguard had been alerted late."])]
    assert got == [["Reuters"], ["The New York Times"], ["Reuters"], ["The New York Times"]]
