"""Our CRF decoding gives exactly Stanza's result."""
import numpy as np
import pytest
from stanza.models.common.crf import viterbi_decode as stanza_viterbi

from pipeline.ner import viterbi_decode


@pytest.mark.parametrize("seed", range(20))
def test_same_path_and_score_as_stanza(seed):
    rng = np.random.default_rng(seed)
    length, tags = int(rng.integers(1, 60)), int(rng.integers(2, 22))
    scores = rng.normal(size=(length, tags)).astype(np.float32)
    transitions = rng.normal(size=(tags, tags)).astype(np.float32)
    if seed % 4 == 0:  # ties: first maximum wins in both
        scores = np.round(scores)
        transitions = np.round(transitions)
    path, score = viterbi_decode(scores, transitions)
    expected_path, expected_score = stanza_viterbi(scores, transitions)
    assert path == [int(x) for x in expected_path]
    assert score == pytest.approx(expected_score)
