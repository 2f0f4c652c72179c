"""guard's engine against Presidio's own AnalyzerEngine, side by side, on one corpus.

    python benchmarks/bench_engine.py [--size 1500] [--rounds 3]     (or: make bench)
    python benchmarks/bench_engine.py --profile guard-inspect        (where the time goes)

Rows:
  presidio      AnalyzerEngine, predefined CreditCardRecognizer + UsSsnRecognizer,
                blank spaCy `en` (nothing downloaded): the baseline.
  guard detect  Engine.detect: all six types (card, security code, SSN, passcode,
                password, PIN), text layer included.
  guard inspect Engine.inspect: detection + agent-request and conversation rules +
                policy + masking: the whole verdict.
  guard 2 types guard's CREDIT_CARD and US_SSN recognizers only, called as the engine
                calls them (normalize, worth_reading, find, map offsets): like for like
                with presidio.
  presidio+guard AnalyzerEngine with guard's recognizers (all six types) registered: what calling
                them directly saves over going through AnalyzerEngine.analyze.

Start-up is measured in a fresh interpreter per engine (imports, rules, construction and
the first message), median of `--startups` runs. Throughput is steady state: a warm-up pass, then
`--rounds` timed passes over the corpus per engine, interleaved, median reported. Passes
are timed in process CPU time (every engine is single-threaded), so that other work on a
shared machine does not skew the ratios; start-up is wall time (it includes reading files).

Two corpora from the chat generator (tests/chatgen): "chat mix", support traffic where
most messages are talk with no number; "look-alike mix", a stress case where nearly every
message has digits or a cue word (amounts, phones, order numbers, secrets).
"""

# Each engine imports what it needs inside its factory, so that the start-up of one
# engine measured in a fresh interpreter never pays for another engine's imports.
# ruff: noqa: PLC0415

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import ROOT, chat_mix, lookalike_mix  # noqa: E402

PRESIDIO_ENTITIES = ["CREDIT_CARD", "US_SSN"]
PROBE = "card 4111 1111 1111 1111, ssn 536-22-8190"


# ── the engines ─────────────────────────────────────────────────────────────────────────


def presidio_analyze() -> Callable[[str], int]:
    from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, UsSsnRecognizer

    from guard._nlp import build_analyzer

    analyzer = build_analyzer([CreditCardRecognizer(), UsSsnRecognizer()])

    def run(text: str) -> int:
        return len(analyzer.analyze(text, language="en", entities=PRESIDIO_ENTITIES))

    return run


def guard_detect() -> Callable[[str], int]:
    from guard import Engine

    engine = Engine()
    return lambda text: len(engine.detect(text))


def guard_inspect() -> Callable[[str], int]:
    from guard import Engine, Message, Role

    engine = Engine()

    def run(text: str) -> int:
        verdict, _ = engine.inspect(Message("m", text, Role.CUSTOMER))
        return len(verdict.findings)

    return run


def guard_two_types() -> Callable[[str], int]:
    from guard import Rules, normalize
    from guard.recognizers import build_recognizers

    rules = Rules.load()
    wanted = set(PRESIDIO_ENTITIES)
    recognizers = [
        r for r in build_recognizers(rules.detection) if r.supported_entities[0] in wanted
    ]
    threshold = rules.policy.threshold

    def run(text: str) -> int:
        # As Engine._detect does it: normalize, a cheap look, then find; map offsets back.
        norm = normalize(text)
        spans = [
            norm.to_original(result.start, result.end)
            for recognizer in recognizers
            if recognizer.worth_reading(norm.text)
            for result in recognizer.find(norm.text)
            if result.score >= threshold
        ]
        return len(spans)

    return run


def presidio_with_guard_recognizers() -> Callable[[str], int]:
    from guard import EntityType, Rules
    from guard._nlp import build_analyzer
    from guard.recognizers import build_recognizers

    analyzer = build_analyzer(build_recognizers(Rules.load().detection))
    entities = [t.value for t in EntityType]

    def run(text: str) -> int:
        return len(analyzer.analyze(text, language="en", entities=entities))

    return run


ENGINES: dict[str, tuple[str, Callable[[], Callable[[str], int]]]] = {
    "presidio": ("Presidio AnalyzerEngine (CREDIT_CARD, US_SSN)", presidio_analyze),
    "guard-detect": ("guard Engine.detect (all 6 types)", guard_detect),
    "guard-inspect": ("guard Engine.inspect (6 types + policy + masking)", guard_inspect),
    "guard-2": ("guard recognizers (CREDIT_CARD, US_SSN)", guard_two_types),
    "presidio-guard": (
        "Presidio AnalyzerEngine running guard's recognizers (6 types)",
        presidio_with_guard_recognizers,
    ),
}
BASELINE = "presidio"


# ── measuring ───────────────────────────────────────────────────────────────────────────


def startup_child(name: str) -> None:
    """Run in a fresh interpreter: time imports, construction and the first message."""
    started = time.perf_counter()
    run = ENGINES[name][1]()
    run(PROBE)
    print(json.dumps({"seconds": time.perf_counter() - started}))


def startup_seconds(name: str, repeats: int) -> float:
    times: list[float] = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, __file__, "--startup-child", name],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        if out.returncode != 0:
            raise SystemExit(f"start-up run of {name} failed:\n{out.stderr[-2000:]}")
        times.append(float(json.loads(out.stdout.strip().splitlines()[-1])["seconds"]))
    return statistics.median(times)


def throughput(
    runners: dict[str, Callable[[str], int]], texts: list[str], rounds: int
) -> tuple[dict[str, float], dict[str, int]]:
    """Messages per second per engine (median over interleaved rounds) and findings."""
    found = {name: sum(run(t) for t in texts) for name, run in runners.items()}  # warm-up
    rates: dict[str, list[float]] = {name: [] for name in runners}
    for _ in range(rounds):
        for name, run in runners.items():
            started = time.process_time()
            for text in texts:
                run(text)
            rates[name].append(len(texts) / (time.process_time() - started))
    return {name: statistics.median(r) for name, r in rates.items()}, found


def profile(name: str, texts: list[str], top: int = 25) -> None:
    """Where one engine spends its time on `texts` (cProfile, by own time)."""
    import cProfile
    import pstats

    run = ENGINES[name][1]()
    for text in texts:
        run(text)  # warm caches first: the profile is of the steady state
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        run(text)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1500, help="messages per corpus")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes per engine")
    parser.add_argument(
        "--startups", type=int, default=2, help="fresh interpreters per engine for start-up"
    )
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--startup-child", choices=ENGINES, help=argparse.SUPPRESS)
    parser.add_argument(
        "--profile", choices=ENGINES, help="profile one engine on the chat mix instead"
    )
    args = parser.parse_args()
    if args.startup_child:
        startup_child(args.startup_child)
        return
    if args.profile:
        profile(args.profile, chat_mix(args.seed, args.size))
        return

    corpora = {
        "chat mix": chat_mix(args.seed, args.size),
        "look-alike mix": lookalike_mix(args.seed, args.size),
    }
    startups = {name: startup_seconds(name, args.startups) for name in ENGINES}
    runners = {name: factory() for name, (_, factory) in ENGINES.items()}
    # Start-up objects (spaCy vocabularies, compiled patterns) never die: keep them out of
    # the collector's passes, for every engine alike, as a long-running server would.
    gc.collect()
    gc.freeze()
    results = {label: throughput(runners, texts, args.rounds) for label, texts in corpora.items()}

    print(
        f"{args.size} generated chat messages per corpus (seed {args.seed}), "
        f"{args.rounds} timed rounds, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    for label, texts in corpora.items():
        with_digits = sum(any(ch.isdigit() for ch in t) for t in texts) / len(texts)
        mean = sum(len(t) for t in texts) / len(texts)
        print(f"  {label}: {with_digits:.0%} of messages have digits, mean {mean:.0f} chars")
    print()
    header = "| engine | start-up (s) |"
    rule = "| --- | ---: |"
    for label in corpora:
        header += f" {label}: msg/s | vs Presidio | findings |"
        rule += " ---: | ---: | ---: |"
    print(header)
    print(rule)
    for name, (title, _) in ENGINES.items():
        row = f"| {title} | {startups[name]:.2f} |"
        for label in corpora:
            rates, found = results[label]
            row += f" {rates[name]:,.0f} | {rates[name] / rates[BASELINE]:.1f}× | {found[name]} |"
        print(row)


if __name__ == "__main__":
    main()
