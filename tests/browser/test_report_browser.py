"""The HTML report in headless Chromium: filters and counts, the article view, review corrections that
survive a reload, the exported gold-format JSONL, and hostile text staying text.

Every test fails on a dialog, a console error (CSP violations included) or a network request (see conftest).
"""

from __future__ import annotations

import json
import re

import pytest

from report_fixture import HOSTILE_IMG, HOSTILE_SCRIPT

pytestmark = pytest.mark.browser

RELABELLED = "000_leaks.txt#4"  # "They can't defend it…" one fighter says: model says [], gold says leaked_recording


def visible_count(page, selector: str) -> int:
    return page.locator(selector).filter(visible=True).count()


def shown(page) -> int:
    return int(page.locator("#result-count").get_attribute("data-count"))


def test_claims_view_is_default_and_label_filter_updates_counts(page, report_url):
    p = page.open(report_url)
    assert p.locator("#tab-claims").get_attribute("aria-selected") == "true"
    assert visible_count(p, "article.claim") == 4
    assert p.locator("#result-count").inner_text() == "Showing 4 of 4 claims"
    # Claims are ordered by score, highest first.
    assert p.locator("article.claim").evaluate_all("els => els.map(e => e.dataset.claim)") == ["c1", "c2", "c3", "c4"]

    p.locator("#facet-label input[data-value='un_figure']").check()
    p.wait_for_function("() => (document.documentElement.dataset.rendered || '').includes('label=un_figure')")
    assert p.locator("#result-count").inner_text() == "Showing 1 of 4 claims"
    assert visible_count(p, "article.claim") == 1
    assert p.locator("article.claim").get_attribute("data-claim") == "c1"
    # Facet counts follow the other filters: the grade facet now counts only the UN claim.
    assert p.locator("#facet-grade label[data-value='strong'] .count").inner_text() == "1"
    assert p.locator("#facet-grade label[data-value='weak'] .count").inner_text() == "0"
    # Round 31 user audit: the facet numbers count claims here, sentences where the summary counted them.
    assert p.locator("#facet-label h3 .unit").inner_text() == "· claims"

    # The same filter applies in the Articles view, and the state survives a reload via the hash.
    p.locator("#tab-articles").click()
    p.wait_for_function("() => (document.documentElement.dataset.rendered || '').includes('view=articles')")
    assert shown(p) == 2
    assert visible_count(p, ".article-row") == 2
    assert p.locator("#facet-label h3 .unit").inner_text() == "· articles"
    p.reload()
    p.wait_for_selector("html[data-ready]")
    assert "label=un_figure" in p.evaluate("location.hash")
    assert visible_count(p, ".article-row") == 2
    assert p.locator("#facet-label input[data-value='un_figure']").is_checked()


def test_grade_flag_publisher_and_search_filters(page, report_url):
    p = page.open(report_url)
    p.locator("#facet-flag input[data-value='pro_regime_only']").check()
    p.wait_for_function("() => (document.documentElement.dataset.rendered || '').includes('flag=pro_regime_only')")
    assert shown(p) == 1 and p.locator("article.claim").get_attribute("data-claim") == "c3"
    p.locator("#clear-filters").click()
    p.wait_for_function("() => !(document.documentElement.dataset.rendered || '').includes('flag=')")
    assert shown(p) == 4

    p.locator("#filter-publisher").select_option("The Telegraph")
    p.wait_for_function("() => (document.documentElement.dataset.rendered || '').includes('publisher=')")
    assert shown(p) == 1 and p.locator("article.claim").get_attribute("data-claim") == "c2"
    p.locator("#clear-filters").click()

    p.locator("#tab-articles").click()
    p.locator("#search").fill("lavrov")
    p.wait_for_function("() => (document.documentElement.dataset.rendered || '').includes('q=lavrov')")
    assert shown(p) == 1
    assert p.locator(".article-row").get_attribute("data-article") == "002_sources.txt"


def test_open_article_shows_labels_probabilities_and_sources(page, report_url):
    p = page.open(report_url)
    p.locator("#tab-articles").click()
    p.locator(".article-row[data-article='001_maaret.txt'] a").click()
    p.wait_for_selector("#article-title")
    assert p.locator("#article-title").inner_text() == "Syria regime forces set to enter key rebel hub"
    assert "view=article" in p.evaluate("location.hash")
    sentences = p.locator("#reader .sent")
    assert sentences.count() == 6
    assert p.locator("#reader .sent.labelled").count() == 4
    assert p.locator("#reader p").count() == 3  # paragraphs kept
    un = p.locator("#reader .sent", has_text="358,000")
    assert "lab-un_figure" in un.get_attribute("class")
    chip = un.locator(".chip")
    assert chip.inner_text() == "UN figure"
    assert "p = 0.97" in chip.get_attribute("data-tip")
    chip.hover()
    # The hover tooltip is CSS generated from data-tip.
    tip = chip.evaluate("el => getComputedStyle(el, '::after').content")
    assert "p = 0.97" in tip
    mention = un.locator(".src")
    assert mention.inner_text() == "the United Nations"
    assert mention.evaluate("el => getComputedStyle(el).textDecorationLine") == "underline"
    assert p.locator("#legend, .legend").first.is_visible()

    # A claim's mention links to its sentence in the article view.
    p.locator("#tab-claims").click()
    p.locator("article.claim[data-claim='c3'] .mentions a").click()
    p.wait_for_selector("#article-title")
    current = p.locator("#reader .sent.current")
    assert current.get_attribute("data-sid") == "002_sources.txt#1"


def test_review_correction_survives_reload_and_exports_gold_jsonl(page, report_url, tmp_path):
    p = page.open(report_url)
    p.locator("#tab-review").click()
    p.wait_for_selector("#review-card")
    # The queue starts with the sentence nearest a threshold.
    assert p.locator("#review-card").get_attribute("data-sid") == "001_maaret.txt#3"
    total = int(p.locator("#queue-count").get_attribute("data-count"))
    assert total == 20  # every sentence, the current one included

    p.locator(f"#queue li[data-sid='{RELABELLED}']").click()
    p.wait_for_function(f"() => document.querySelector('#review-card').dataset.sid === {json.dumps(RELABELLED)}")
    toggle = p.locator("#toggles button[data-label='leaked_recording']")
    assert toggle.get_attribute("aria-pressed") == "false"
    toggle.click()
    assert p.locator("#toggles button[data-label='leaked_recording']").get_attribute("aria-pressed") == "true"
    p.locator("#accept").click()
    p.wait_for_function(f"() => document.querySelector('#review-card').dataset.sid !== {json.dumps(RELABELLED)}")
    assert p.locator("#export").inner_text() == "Export corrections (1)"
    assert "corrected" in p.locator("#review-status").inner_text()

    p.reload()
    p.wait_for_selector("html[data-ready]")
    assert p.locator("#export").inner_text() == "Export corrections (1)"
    assert p.locator("#reviewed-count").inner_text().startswith("1 sentence (1 changed)")
    # The article view shows the reviewer's labels, marked as reviewed.
    p.evaluate(f"location.hash = {json.dumps('#view=article&id=000_leaks.txt&s=' + RELABELLED.replace('#', '%23'))}")
    p.wait_for_selector("#reader")
    sentence = p.locator(f"#reader .sent[data-sid='{RELABELLED}']")
    assert sentence.locator(".chip").inner_text() == "Leaked recording"
    assert sentence.locator(".corrected-mark").count() == 1
    # Reopening it in review shows the saved labels.
    sentence.click()
    p.wait_for_selector("#review-card")
    assert p.locator("#review-card").get_attribute("data-sid") == RELABELLED
    assert p.locator("#toggles button[data-label='leaked_recording']").get_attribute("aria-pressed") == "true"

    with p.expect_download() as info:
        p.locator("#export").click()
    download = info.value
    assert download.suggested_filename == "corrections.jsonl"
    target = tmp_path / "corrections.jsonl"
    download.save_as(target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert list(record) == ["id", "article", "text", "labels", "context"]
    assert record == {"id": RELABELLED, "article": "000_leaks.txt",
                      "text": "\"They can't defend it, even with the whole battalion,\" one fighter says.",
                      "labels": ["leaked_recording"],
                      "context": "The intercepted radio transmissions contain messages between members of the "
                                 "Fatemiyoun Division."}


def test_review_keyboard_accept_and_skip(page, report_url):
    p = page.open(report_url + "#view=review")
    first = p.locator("#review-card").get_attribute("data-sid")
    p.keyboard.press("s")
    p.wait_for_function(f"() => document.querySelector('#review-card').dataset.sid !== {json.dumps(first)}")
    second = p.locator("#review-card").get_attribute("data-sid")
    before = p.locator("#toggles button[data-label='un_figure']").get_attribute("aria-pressed")
    p.keyboard.press("5")  # UN figure is the fifth label
    after = p.locator("#toggles button[data-label='un_figure']").get_attribute("aria-pressed")
    assert before != after
    p.keyboard.press("Enter")
    p.wait_for_function(f"() => document.querySelector('#review-card').dataset.sid !== {json.dumps(second)}")
    assert p.locator("#export").inner_text() == "Export corrections (1)"
    # The skipped sentence went to the back of the queue, not out of it.
    assert p.locator(f"#queue li[data-sid='{first}']").count() in (0, 1)
    p.keyboard.press("b")
    p.wait_for_function(f"() => document.querySelector('#review-card').dataset.sid === {json.dumps(second)}")


def test_hostile_text_is_shown_as_text(page, report_url):
    p = page.open(report_url)
    card = p.locator("article.claim[data-claim='c4']")
    assert HOSTILE_SCRIPT in card.locator(".claim-text").inner_text()
    assert HOSTILE_IMG in card.locator(".explanation").inner_text()
    assert "<svg onload=alert(5)>" in card.inner_text()
    assert f"Disputed by\nMoscow {HOSTILE_IMG}" in card.locator(".profile").inner_text()
    denials = card.locator(".denials li")  # one sentence in the report, linked to it; one not, shown as text
    assert denials.count() == 2
    assert HOSTILE_SCRIPT in denials.nth(0).inner_text()
    assert "#view=article&id=003_hostile.html" in denials.nth(0).locator("a.where").get_attribute("href")
    assert f"Moscow denied it {HOSTILE_IMG}" in denials.nth(1).inner_text()
    p.evaluate("location.hash = '#view=article&id=003_hostile.html'")
    p.wait_for_selector("#article-title")
    assert p.locator("#article-title").inner_text().startswith(HOSTILE_SCRIPT)
    reader = p.locator("#reader").inner_text()
    assert HOSTILE_SCRIPT in reader and HOSTILE_IMG in reader
    assert "</script><script>alert(3)</script>" in reader and "<!-- here -->" in reader
    assert "<b>Evil</b> & Co" in p.locator("#main .meta").first.inner_text()
    for view in ("#view=overview", "#view=review&s=003_hostile.html%230", "#view=articles"):
        p.evaluate(f"location.hash = {json.dumps(view)}")
        p.wait_for_function(f"() => location.hash === {json.dumps(view)}")
    # Nothing from the data became markup: no images, no event-handler attributes, no javascript: links,
    # only the page's own two script elements.
    assert p.locator("img").count() == 0
    assert p.locator("b").count() == 0
    assert p.evaluate("() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name))).length") == 0
    assert p.locator("a[href^='javascript']").count() == 0
    assert p.locator("script").count() == 2
    assert p.evaluate("() => typeof window.alert") == "function"


def test_report_without_claims_opens_on_articles(page, report_url_no_claims):
    p = page.open(report_url_no_claims)
    assert p.locator("#tab-articles").get_attribute("aria-selected") == "true"
    assert visible_count(p, ".article-row") == 4
    p.locator("#tab-claims").click()
    p.wait_for_function("() => (document.documentElement.dataset.rendered || '').includes('view=claims')")
    assert "No claims in this report" in p.locator("#main").inner_text()
    p.locator("#tab-overview").click()
    p.wait_for_selector("#label-totals svg")
    assert "No claims in this report" in p.locator("#score-histogram").inner_text()


def test_overview_draws_svg_charts(page, report_url):
    p = page.open(report_url + "#view=overview")
    assert p.locator("#label-totals svg rect").count() == 8  # seven labels and unattributed
    assert p.locator("#score-histogram svg rect").count() == 4  # one bar per claim here
    assert p.locator("#article-distribution svg a").count() == 4
    p.locator("#facet-label input[data-value='pro_regime_outlet']").check()
    p.wait_for_function("() => document.querySelectorAll('#article-distribution svg a').length === 2")
    assert re.search(r"\b2\b", p.locator(".stats .stat").first.inner_text())


def test_content_security_policy_is_enforced(page, report_url):
    p = page.open(report_url)
    policy = p.locator("meta[http-equiv='Content-Security-Policy']").get_attribute("content")
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    # A script injected at run time is refused: the policy allows only the page's own script, by hash.
    p.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.append(s); }")
    assert p.evaluate("() => window.injected") is None
    assert any("Content Security Policy" in e for e in page.errors)
    page.errors.clear()
