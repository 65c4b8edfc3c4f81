"""Claim scoring: the formula's properties (hypothesis) and the weights file's validation."""

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.errors import DataFileError
from annotator.registry import LEANINGS
from annotator.scoring import GRADES, REPEATS, Origin, ScoringConfig, flags, grade, load_scoring, score
from annotator.taxonomy import LABEL_NAMES

DEFAULT = load_scoring()

origins = st.builds(Origin, key=st.sampled_from([f"o{i}" for i in range(6)]), type=st.sampled_from(LABEL_NAMES),
                    leaning=st.sampled_from(sorted(LEANINGS)), hedged=st.booleans(), regime_channel=st.booleans())
weak = st.builds(Origin, key=st.sampled_from([f"w{i}" for i in range(8)]),
                 type=st.sampled_from(["anonymous_source", "pro_regime_outlet"]),
                 leaning=st.sampled_from(sorted(LEANINGS)), hedged=st.booleans()) | \
    st.builds(Origin, key=st.sampled_from([f"v{i}" for i in range(4)]), type=st.sampled_from(LABEL_NAMES),
              leaning=st.sampled_from(sorted(LEANINGS)), hedged=st.booleans(), regime_channel=st.just(True))
configs = st.builds(
    lambda weights, corroboration, diversity, hedge, moderate, gap, repeat: ScoringConfig(
        dict(zip(LABEL_NAMES, weights)), corroboration, diversity, hedge, min(100, moderate + gap), moderate, repeat),
    st.lists(st.floats(0.01, 1), min_size=len(LABEL_NAMES), max_size=len(LABEL_NAMES)),
    st.floats(0.01, 1), st.floats(0, 1), st.floats(0, 0.99), st.integers(1, 98), st.integers(1, 60),
    st.sampled_from(REPEATS))


@settings(max_examples=300, deadline=None)
@given(st.lists(origins, max_size=6), origins, configs)
def test_adding_an_independent_origin_never_lowers_the_score(existing, new, config):
    keys = {o.key for o in existing}
    new = Origin("fresh" if new.key in keys else new.key, new.type, new.leaning, new.hedged, new.regime_channel)
    assert score(existing + [new], config) >= score(existing, config)


def _repeat_of(existing, data):
    again = data.draw(st.sampled_from(existing))
    return Origin(again.key, data.draw(st.sampled_from(LABEL_NAMES)), again.leaning, data.draw(st.booleans()),
                  again.regime_channel)


@settings(max_examples=300, deadline=None)
@given(st.lists(origins, min_size=1, max_size=6), st.data(), configs)
def test_repeating_an_existing_origin_never_raises_the_score(existing, data, config):
    config = replace(config, repeat="weakest")
    assert score(existing + [_repeat_of(existing, data)], config) <= score(existing, config)


@settings(max_examples=300, deadline=None)
@given(st.lists(origins, min_size=1, max_size=6), st.data(), configs)
def test_with_the_strongest_citation_repeating_an_origin_never_lowers_the_score(existing, data, config):
    config = replace(config, repeat="strongest")
    assert score(existing + [_repeat_of(existing, data)], config) >= score(existing, config)


@settings(max_examples=300, deadline=None)
@given(st.lists(origins, min_size=1, max_size=8), st.randoms(use_true_random=False), configs)
def test_with_the_strongest_citation_the_order_of_citations_does_not_matter(backing, random, config):
    config = replace(config, repeat="strongest")
    shuffled = random.sample(backing, len(backing))
    assert score(shuffled, config) == score(backing, config)
    assert flags(shuffled, False, config=config) == flags(backing, False, config=config)


def test_an_origin_cited_on_record_and_anonymously_has_the_chosen_citations_strength():
    ministry = [Origin("ministry", "on_record"), Origin("ministry", "anonymous_source")]
    strongest = replace(DEFAULT, repeat="strongest")
    assert DEFAULT.repeat == "weakest"
    assert score(ministry, DEFAULT) == score(ministry[1:], DEFAULT) == 20
    assert score(ministry, strongest) == score(ministry[:1], strongest) == 50
    # a hedged repeat gives its own reduced strength, not the unhedged one's
    assert score([Origin("m", "on_record", hedged=True), Origin("m", "anonymous_source")], strongest) == 25
    # an origin cited on record somewhere is not anonymous only, whichever citation came first
    backing = [Origin("a", "anonymous_source"), Origin("a", "on_record"), Origin("b", "anonymous_source"),
               Origin("b", "un_figure")]
    assert flags(backing, False, config=strongest) == []
    assert grade(score(backing, strongest), strongest) == "strong"
    assert flags(backing, False) == ["anonymous_only"]  # shipped: the first citation, as before


@settings(max_examples=300, deadline=None)
@given(st.lists(weak, min_size=1, max_size=8), configs)
def test_anonymous_or_pro_regime_only_claims_never_reach_the_top_grade(backing, config):
    assert grade(score(backing, config), config) != "strong"


@settings(max_examples=300, deadline=None)
@given(st.lists(origins, min_size=1, max_size=6), configs)
def test_unattributed_claims_score_lowest(backing, config):
    assert score([], config) == 0 < score(backing, config)
    assert grade(0, config) == "unsourced"


def test_worked_examples_of_the_shipped_weights():
    un = Origin("un", "un_figure", "international")
    sohr = Origin("sohr", "named_monitor", "opposition")
    leak = Origin("leak", "leaked_recording")
    assert (score([un], DEFAULT), grade(score([un], DEFAULT), DEFAULT)) == (60, "moderate")
    # 1 - 0.4 * 0.45 = 0.82, plus 0.05 for a second leaning
    assert score([un, sohr], DEFAULT) == 87
    assert grade(score([Origin("a", "anonymous_source")], DEFAULT), DEFAULT) == "weak"
    assert score([Origin("leak", "leaked_recording", hedged=True)], DEFAULT) == 25
    assert score([leak, leak, leak], DEFAULT) == score([leak], DEFAULT)


def test_flags():
    anon = Origin("a", "anonymous_source")
    sana = Origin("sana", "pro_regime_outlet", "pro_regime")
    assert flags([], False) == ["unattributed"]
    assert flags([anon, anon], True) == ["single_source", "anonymous_only", "unverified"]
    assert flags([sana, Origin("army", "on_record", "pro_regime")], False) == ["pro_regime_only"]
    assert flags([anon], False, disputed=True) == ["single_source", "anonymous_only", "disputed"]
    assert GRADES == ("unsourced", "weak", "moderate", "strong")


def test_override_file_replaces_only_the_values_it_names(tmp_path):
    path = tmp_path / "scoring.toml"
    path.write_text("[type_weights]\nanonymous_source = 0.05\n\n[grades]\nstrong = 80\n")
    config = load_scoring(path)
    assert config.type_weights["anonymous_source"] == 0.05
    assert config.type_weights["un_figure"] == DEFAULT.type_weights["un_figure"]
    assert (config.strong, config.moderate) == (80, DEFAULT.moderate)
    path.write_text('[combine]\nrepeat = "strongest"\n')
    assert load_scoring(path).repeat == "strongest" and load_scoring(path).hedge_penalty == DEFAULT.hedge_penalty


@pytest.mark.parametrize("text, message, line", [
    ("[type_weights]\nun_figure = 'high'\n", "must be a number above 0 and at most 1", 2),
    ("[type_weights]\nun_figure = 0\n", "must be a number above 0 and at most 1", 2),
    ("[combine]\nhedge_penalty = 1.0\n", "from 0 up to (not including) 1", 2),
    ("[combine]\ncorroboration = true\n", "corroboration = True", 2),
    ("[combine]\nrepeat = 'loudest'\n", 'must be "weakest" or "strongest"', 2),
    ("[combine]\nrepeat = 1\n", 'must be "weakest" or "strongest"', 2),
    ("[type_weights]\nrumour = 0.1\n", "unknown key 'rumour' in [type_weights]", 2),
    ("[weights]\nx = 1\n", "unknown table [weights]", None),
    ("[grades]\nmoderate = 90\n", "moderate (90) must be below strong (70)", None),
    ("[grades\n", "invalid TOML", None),
])
def test_bad_override_files_name_the_file_the_line_and_the_fix(tmp_path, text, message, line):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(DataFileError) as err:
        load_scoring(path)
    assert message in str(err.value) and str(path) in str(err.value)
    assert err.value.line == line


def test_missing_override_file(tmp_path):
    with pytest.raises(DataFileError, match="not found"):
        load_scoring(tmp_path / "nope.toml")


def test_an_origin_heard_only_through_pro_regime_outlets_counts_as_pro_regime():
    saldo = Origin("saldo", "on_record", "unknown", regime_channel=True)
    assert flags([saldo], False) == ["single_source", "pro_regime_only"]
    assert grade(score([saldo, Origin("kremlin", "on_record", "unknown", regime_channel=True)], DEFAULT),
                 DEFAULT) != "strong"
    assert "pro_regime_only" not in flags([saldo, Origin("un", "un_figure", "international")], False)
