"""map_batches: every batch once, on single-thread workers, errors re-raised in the caller."""

import threading

import pytest
import torch

from annotator.encoder import map_batches


def test_every_batch_runs_once_on_single_thread_workers():
    seen, threads = [], set()

    def work(batch):
        assert torch.is_inference_mode_enabled()
        seen.append((tuple(batch), torch.get_num_threads()))
        threads.add(threading.get_ident())

    before = torch.get_num_threads()
    batches = [[0, 1], [2, 3], [4], [5, 6, 7]]
    map_batches(work, batches)
    assert sorted(b for b, _ in seen) == sorted(tuple(b) for b in batches)
    assert {n for _, n in seen} == {1}
    assert threading.get_ident() not in threads
    assert torch.get_num_threads() == before  # the caller's setting is untouched


def test_without_parallel_batches_run_in_order_in_the_caller():
    order = []
    map_batches(lambda b: order.append((b, threading.get_ident())), [[2], [0], [1]], parallel=False)
    assert order == [([2], threading.get_ident()), ([0], threading.get_ident()), ([1], threading.get_ident())]


def test_a_workers_error_reaches_the_caller():
    def work(batch):
        if batch == [3]:
            raise ValueError("bad batch")

    with pytest.raises(ValueError, match="bad batch"):
        map_batches(work, [[1], [2], [3]])
