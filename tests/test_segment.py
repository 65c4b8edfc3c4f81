"""Sentence segmentation of news text."""

from annotator.segment import MAX_SENTENCE_CHARS, segment


def texts(text):
    return [s.text for s in segment(text)]


def test_offsets_slice_back_to_text():
    text = "Headline here\n\n  First sentence. Second one!  \nThird?"
    for s in segment(text):
        assert text[s.start:s.end] == s.text


def test_abbreviations_do_not_split():
    assert texts("Brig. Gen. Suhail al-Hassan led the push. Maj. Gen. Qasem spoke.") == [
        "Brig. Gen. Suhail al-Hassan led the push.", "Maj. Gen. Qasem spoke."]
    assert texts("U.S. forces withdrew on Jan. 28 from the base. Then they left.") == [
        "U.S. forces withdrew on Jan. 28 from the base.", "Then they left."]


def test_initials_do_not_split():
    assert texts("George W. Bush spoke. He left.") == ["George W. Bush spoke.", "He left."]


def test_quote_spanning_sentences_stays_whole():
    text = "“We will go. We will win – no doubt,” one fighter says. The rest is narration."
    assert texts(text) == ["“We will go. We will win – no doubt,” one fighter says.", "The rest is narration."]


def test_quote_closing_sentence_splits_after_quote():
    text = 'The agency said "the city fell." Residents fled.'
    assert texts(text) == ['The agency said "the city fell."', "Residents fled."]


def test_unbalanced_quote_does_not_glue_paragraph():
    text = "“This quote runs on. Into the next paragraph. And beyond."
    assert len(texts(text)) == 3


def test_headline_lines_and_furniture_are_separate_sentences():
    text = "Regime forces advance on key town\nSkip to main content\nBEIRUT – Troops moved in. Fighting continued."
    assert texts(text) == ["Regime forces advance on key town", "Skip to main content",
                           "BEIRUT – Troops moved in.", "Fighting continued."]


def test_very_long_run_is_cut_for_the_encoder():
    text = "word " * 50_000
    sentences = segment(text)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert sum(len(s.text.split()) for s in sentences) == 50_000


def test_lowercase_after_period_is_not_a_boundary():
    assert texts("The death toll rose to 12 vs. 9 last week. Officials said so.") == [
        "The death toll rose to 12 vs. 9 last week.", "Officials said so."]


def test_a_sentence_ending_in_am_or_us_splits_before_the_next_sentence():
    # Round 31 user audit: "…between 11 p.m. and 3 a.m. The mission said …" was one sentence.
    texts = [s.text for s in segment("Shelling went on between 11 p.m. and 3 a.m. The mission said a clinic was hit. "
                                     "Aid came from the U.N. In Gaza, it was shared out.")]
    assert texts == ["Shelling went on between 11 p.m. and 3 a.m.", "The mission said a clinic was hit.",
                     "Aid came from the U.N.", "In Gaza, it was shared out."]
    # the abbreviation inside a sentence stays
    assert len(segment("The attack began at 3 a.m. Friday, and the U.S. Army said the U.N. Security Council met.")) == 1
