"""Time claim grouping at 10k and 100k synthetic mentions and print how it grows.

Run: ``python eval/bench_claims.py`` (``--sizes 10000 100000`` to change the sizes). The same
lines go into ``eval/BENCHMARKS.md`` by ``annotator bench``; the method is described in
:mod:`annotator.claims_bench`.
"""

from __future__ import annotations

import argparse

from annotator.claims_bench import grouping_scale


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    print("\n".join(grouping_scale(tuple(parser.parse_args().sizes))))


if __name__ == "__main__":
    main()
