"""Run the blind end-to-end set through the real `guard scan` CLI and report what it got.

    python -m tests.blind.evaluate_e2e [--seed N] [--show K] [--count C] [--jsonl PATH]

The conversations of `tests.blind.e2e_set` are written as JSON Lines in `guard scan`'s input
format (chronological per conversation), `guard scan` (the one beside `sys.executable`)
runs as a subprocess, and its verdicts are compared with the labels:

- recall per type: a labelled span is found when a finding of its type overlaps it (any
  finding, for a card); a part of a card typed over several messages also counts as found
  when a later card finding names its message in `parts`;
- leaks: a delivered text that still shows digits (for a password, characters) of a
  labelled secret, beyond the last four a card or an SSN may keep;
- clean messages touched: a message without labels or asks that got a finding or changed;
- agent asks: forbidden asks caught per type, legitimate agent messages flagged.

`--show K` prints up to K examples of each kind of miss, texts in full (they are synthetic).
The exit status is 0 whatever the results.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.blind.e2e_set import CC, PW, TYPES, Conversation, Label, Message, generate
from tests.blind.e2e_set2 import generate as generate2
from tests.blind.e2e_set3 import generate as generate3
from tests.blind.e2e_set4 import generate as generate4
from tests.blind.e2e_set5 import generate as generate5
from tests.blind.e2e_set6 import generate as generate6
from tests.blind.e2e_set7 import generate as generate7
from tests.blind.e2e_set8 import generate as generate8
from tests.blind.e2e_set9 import generate as generate9
from tests.blind.e2e_set10 import generate as generate10
from tests.blind.e2e_set11 import generate as generate11
from tests.blind.e2e_set12 import generate as generate12
from tests.blind.e2e_set13 import generate as generate13
from tests.blind.e2e_set14 import generate as generate14
from tests.blind.e2e_set15 import generate as generate15
from tests.blind.e2e_set16 import generate as generate16
from tests.blind.e2e_set17 import generate as generate17
from tests.blind.e2e_set18 import generate as generate18
from tests.blind.e2e_set19 import generate as generate19
from tests.blind.e2e_set20 import generate as generate20
from tests.blind.e2e_set21 import generate as generate21
from tests.blind.e2e_set22 import generate as generate22
from tests.blind.e2e_set23 import generate as generate23
from tests.blind.e2e_set24 import generate as generate24
from tests.blind.e2e_set25 import generate as generate25
from tests.blind.e2e_set26 import generate as generate26
from tests.blind.e2e_set27 import generate as generate27
from tests.blind.e2e_set28 import generate as generate28

Verdict = dict[str, Any]


@dataclass
class Item:
    """One message of the set, with where it sits and what guard said about it."""

    conv: Conversation
    index: int
    mid: str
    msg: Message
    verdict: Verdict


@dataclass
class Miss:
    item: Item
    note: str


@dataclass
class Report:
    span_total: Counter[str] = field(default_factory=Counter)
    span_found: Counter[str] = field(default_factory=Counter)
    span_found_strict: Counter[str] = field(default_factory=Counter)
    by_lang_total: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_lang_found: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_kind_total: Counter[str] = field(default_factory=Counter)
    by_kind_found: Counter[str] = field(default_factory=Counter)
    missed: dict[str, list[Miss]] = field(default_factory=lambda: defaultdict(list))
    leaky_masks: list[Miss] = field(default_factory=list)
    in_clear: list[Miss] = field(default_factory=list)
    split_early_parts: int = 0
    split_early_named: int = 0
    split_cards: int = 0
    split_cards_done: int = 0
    clean_total: Counter[str] = field(default_factory=Counter)
    clean_touched: list[Miss] = field(default_factory=list)
    extra_findings: list[Miss] = field(default_factory=list)
    ask_total: Counter[str] = field(default_factory=Counter)
    ask_caught: Counter[str] = field(default_factory=Counter)
    ask_msgs: int = 0
    ask_msgs_any: int = 0
    ask_other_types: Counter[str] = field(default_factory=Counter)
    ask_missed: dict[str, list[Miss]] = field(default_factory=lambda: defaultdict(list))
    legit_total: Counter[str] = field(default_factory=Counter)
    legit_flagged: list[Miss] = field(default_factory=list)
    errors: list[Miss] = field(default_factory=list)
    actions: Counter[str] = field(default_factory=Counter)


# --------------------------------------------------------------------------------------
# Running guard
# --------------------------------------------------------------------------------------


def message_id(conv: Conversation, index: int) -> str:
    return f"{conv.cid}-{index}"


def scan_input(conversations: list[Conversation]) -> list[dict[str, str]]:
    return [
        {"id": message_id(conv, i), "conversation": conv.cid, "role": msg.role, "text": msg.text}
        for conv in conversations
        for i, msg in enumerate(conv.messages)
    ]


def run_guard(lines: list[dict[str, str]], keep: Path | None) -> dict[str, Verdict]:
    exe = Path(sys.executable).parent / "guard"
    body = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    with tempfile.TemporaryDirectory() as tmp:
        path = keep if keep is not None else Path(tmp) / "blind_e2e.jsonl"
        path.write_text(body, encoding="utf-8")
        proc = subprocess.run(
            [str(exe), "scan", str(path)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
    if proc.returncode not in (0, 1):
        print(f"guard scan exited {proc.returncode}: {proc.stderr.strip()}", file=sys.stderr)
    verdicts: dict[str, Verdict] = {}
    for line in proc.stdout.splitlines():
        if line.strip():
            verdict = json.loads(line)
            verdicts[str(verdict.get("id"))] = verdict
    return verdicts


# --------------------------------------------------------------------------------------
# Judging
# --------------------------------------------------------------------------------------


def overlaps(finding: dict[str, Any], label: Label) -> bool:
    return int(finding["start"]) < label.end and label.start < int(finding["end"])


def found_in_message(label: Label, verdict: Verdict) -> bool:
    return any(
        overlaps(f, label) and (label.type == CC or f["type"] == label.type)
        for f in verdict.get("findings") or []
    )


def kept_positions(original: str, output: str) -> set[int]:
    """Positions of `original` whose character survives unchanged in `output`."""
    matcher = difflib.SequenceMatcher(None, original, output, autojunk=False)
    kept: set[int] = set()
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            kept.update(range(i1, i2))
    return kept


def leaked_chars(original: str, output: str | None, label: Label) -> str:
    """What of the secret under `label` is still readable in `output` ('' if nothing)."""
    if output is None:
        return ""
    value = original[label.start : label.end]
    kept = kept_positions(original, output)
    if label.type == PW:
        if value in output:
            return value
        run, best = "", ""
        for i in range(label.start, label.end):
            run = run + original[i] if i in kept and original[i] != "*" else ""
            best = max(best, run, key=len)
        return best if len(best) >= 3 else ""
    digits = [i for i in range(label.start, label.end) if original[i].isdigit()]
    hidden = digits[: max(0, len(digits) - label.keep)]
    return "".join(original[i] for i in hidden if i in kept)


def judge(conversations: list[Conversation], verdicts: dict[str, Verdict]) -> Report:
    report = Report()
    for conv in conversations:
        items = [
            Item(conv, i, message_id(conv, i), msg, verdicts.get(message_id(conv, i), {}))
            for i, msg in enumerate(conv.messages)
        ]
        named_parts: set[str] = set()
        for item in items:
            for finding in item.verdict.get("findings") or []:
                if finding.get("type") == CC:
                    named_parts.update(str(p) for p in finding.get("parts") or [])
        split_items = [it for it in items if any(lab.split_part for lab in it.msg.labels)]
        if split_items:
            report.split_cards += 1
            last = split_items[-1]
            earlier = {it.mid for it in split_items[:-1]}
            if found_in_message(last.msg.labels[0], last.verdict) and earlier <= named_parts:
                report.split_cards_done += 1
        last_split = split_items[-1] if split_items else None
        for item in items:
            judge_message(report, item, named_parts, item is last_split)
    return report


def judge_message(report: Report, item: Item, named_parts: set[str], last_part: bool) -> None:
    msg, verdict = item.msg, item.verdict
    if "error" in verdict or not verdict:
        report.errors.append(Miss(item, str(verdict.get("error", "no verdict"))))
        return
    report.actions[str(verdict.get("action"))] += 1
    findings = verdict.get("findings") or []
    violations = verdict.get("violations") or []
    output = verdict.get("text")
    for label in msg.labels:
        value = msg.text[label.start : label.end]
        strict = found_in_message(label, verdict)
        ok = strict or (label.split_part and item.mid in named_parts)
        report.span_total[label.type] += 1
        report.span_found[label.type] += ok
        report.span_found_strict[label.type] += strict
        report.by_lang_total[label.type, item.conv.lang] += 1
        report.by_lang_found[label.type, item.conv.lang] += ok
        report.by_kind_total[msg.kind] += 1
        report.by_kind_found[msg.kind] += ok
        if not ok:
            report.missed[label.type].append(Miss(item, f"{label.type} {value!r}"))
        leaked = leaked_chars(msg.text, output, label)
        if not leaked:
            continue
        if label.split_part and not last_part:
            report.split_early_parts += 1
            report.split_early_named += item.mid in named_parts
        elif output != msg.text:
            report.leaky_masks.append(Miss(item, f"{label.type} {value!r} shows {leaked!r}"))
        else:
            report.in_clear.append(Miss(item, f"{label.type} {value!r}"))
    if msg.labels:
        extra = [f for f in findings if not any(overlaps(f, lab) for lab in msg.labels)]
        if extra:
            report.extra_findings.append(Miss(item, describe(msg.text, extra)))
    if not msg.labels and not msg.requested:
        report.clean_total[msg.role] += 1
        if findings or output != msg.text:
            note = describe(msg.text, findings) if findings else f"action {verdict.get('action')}"
            report.clean_touched.append(Miss(item, note))
    if msg.role == "agent" and msg.requested:
        report.ask_msgs += 1
        report.ask_msgs_any += bool(violations)
        asked = {str(v.get("requested")) for v in violations}
        for kind in sorted(msg.requested):
            report.ask_total[kind] += 1
            if kind in asked:
                report.ask_caught[kind] += 1
            else:
                got = ", ".join(sorted(asked)) or "nothing"
                report.ask_missed[kind].append(Miss(item, f"asks {kind}, flagged {got}"))
        for kind in sorted(asked - msg.requested):
            report.ask_other_types[kind] += 1
    elif msg.role == "agent" and not msg.labels:  # an agent typing a secret is not legit
        report.legit_total[msg.kind] += 1
        if violations:
            got = ", ".join(sorted({str(v.get("requested")) for v in violations}))
            report.legit_flagged.append(Miss(item, f"flagged {got}"))


def describe(text: str, findings: list[dict[str, Any]]) -> str:
    return "; ".join(
        f"{f['type']} {text[int(f['start']) : int(f['end'])]!r} ({f.get('recognizer', '?')})"
        for f in findings
    )


# --------------------------------------------------------------------------------------
# Printing
# --------------------------------------------------------------------------------------


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}%" if whole else "   n/a"


def show_examples(title: str, misses: list[Miss], k: int) -> None:
    if not misses or k <= 0:
        return
    print(f"\n--- {title}: {len(misses)} (showing {min(k, len(misses))})")
    for miss in misses[:k]:
        item = miss.item
        conv = item.conv
        print(
            f"[{item.mid}] {conv.kind}, {conv.lang}, {item.msg.role} ({item.msg.kind}): {miss.note}"
        )
        for prev in conv.messages[max(0, item.index - 3) : item.index]:
            print(f"    ..{prev.role:>8}: {json.dumps(prev.text, ensure_ascii=False)}")
        print(f"    >>{item.msg.role:>8}: {json.dumps(item.msg.text, ensure_ascii=False)}")
        out = item.verdict.get("text")
        print(f"    guard {item.verdict.get('action')}: {json.dumps(out, ensure_ascii=False)}")
        findings = item.verdict.get("findings") or []
        if findings:
            print(f"    findings: {describe(item.msg.text, findings)}")
        violations = item.verdict.get("violations") or []
        if violations:
            print(
                "    violations: "
                + "; ".join(
                    f"{v.get('requested')} {item.msg.text[int(v['start']) : int(v['end'])]!r}"
                    for v in violations
                )
            )


def print_report(report: Report, conversations: list[Conversation], k: int) -> None:
    messages = sum(len(c.messages) for c in conversations)
    langs = Counter(c.lang for c in conversations)
    print(
        f"blind e2e set: {len(conversations)} conversations, {messages} messages "
        f"(en {langs['en']}, es {langs['es']}, mix {langs['mix']}); actions: "
        + ", ".join(f"{a} {n}" for a, n in sorted(report.actions.items()))
    )
    if report.errors:
        print(f"ERROR lines or missing verdicts: {len(report.errors)}")

    print(
        "\nRecall per type (finding of the type overlaps the span; card: any finding,"
        " or the part named in a later card finding's parts)"
    )
    print(f"  {'type':<20}{'found':>12}{'recall':>9}{'strict':>9}{'en':>8}{'es':>8}{'mix':>8}")
    all_found = all_total = 0
    for kind in TYPES:
        total, found = report.span_total[kind], report.span_found[kind]
        all_found, all_total = all_found + found, all_total + total
        per_lang = "".join(
            f"{pct(report.by_lang_found[kind, lang], report.by_lang_total[kind, lang]):>8}"
            for lang in ("en", "es", "mix")
        )
        print(
            f"  {kind:<20}{found:>5}/{total:<6}{pct(found, total):>9}"
            f"{pct(report.span_found_strict[kind], total):>9}{per_lang}"
        )
    print(f"  {'all':<20}{all_found:>5}/{all_total:<6}{pct(all_found, all_total):>9}")
    print(
        "  by message kind: "
        + ", ".join(
            f"{kind} {report.by_kind_found[kind]}/{report.by_kind_total[kind]}"
            for kind in sorted(report.by_kind_total)
        )
    )
    print(
        f"  split cards completed (last part found, every earlier part named in parts): "
        f"{report.split_cards_done}/{report.split_cards}"
    )

    leak_msgs = {m.item.mid for m in report.leaky_masks}
    clear_msgs = {m.item.mid for m in report.in_clear}
    print("\nLeaks")
    print(
        f"  masked texts still showing a labelled secret: {len(leak_msgs)} messages"
        f" ({len(report.leaky_masks)} spans)"
    )
    print(
        f"  secrets delivered untouched (missed, message not masked): {len(clear_msgs)}"
        f" messages ({len(report.in_clear)} spans)"
    )
    print(
        f"  earlier parts of split cards delivered before the card was complete: "
        f"{report.split_early_parts} (named in a later finding's parts, purgeable: "
        f"{report.split_early_named})"
    )

    clean = sum(report.clean_total.values())
    touched = Counter(m.item.msg.role for m in report.clean_touched)
    print("\nClean messages (no labelled secret, no forbidden ask)")
    print(
        f"  touched (finding or changed text): {len(report.clean_touched)}/{clean} "
        f"({pct(len(report.clean_touched), clean).strip()}); customer "
        f"{touched['customer']}/{report.clean_total['customer']}, agent "
        f"{touched['agent']}/{report.clean_total['agent']}"
    )
    print(
        f"  positive messages with an extra finding outside every label: "
        f"{len(report.extra_findings)}"
    )

    print("\nAgent asks")
    print(
        f"  forbidden-ask messages with any violation: {report.ask_msgs_any}/"
        f"{report.ask_msgs} ({pct(report.ask_msgs_any, report.ask_msgs).strip()})"
    )
    for kind in TYPES:
        total, caught = report.ask_total[kind], report.ask_caught[kind]
        print(f"  {kind:<20}{caught:>5}/{total:<6}{pct(caught, total):>9}")
    if report.ask_other_types:
        print(
            "  violations naming a type that was not asked for: "
            + ", ".join(f"{kind} {n}" for kind, n in sorted(report.ask_other_types.items()))
        )
    legit = sum(report.legit_total.values())
    flagged = Counter(m.item.msg.kind for m in report.legit_flagged)
    print(
        f"  legitimate agent messages flagged: {len(report.legit_flagged)}/{legit} ("
        + ", ".join(f"{kind} {flagged[kind]}/{n}" for kind, n in sorted(report.legit_total.items()))
        + ")"
    )

    for kind in TYPES:
        show_examples(f"missed {kind}", report.missed.get(kind, []), k)
    show_examples("leaky masks", report.leaky_masks, k)
    show_examples("clean messages touched", report.clean_touched, k)
    show_examples("positive messages with extra findings", report.extra_findings, k)
    for kind in TYPES:
        show_examples(f"forbidden ask for {kind} not caught", report.ask_missed.get(kind, []), k)
    show_examples("legitimate agent messages flagged", report.legit_flagged, k)
    show_examples("errors", report.errors, k)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--set",
        type=int,
        choices=tuple(range(1, 29)),
        default=1,
        help="which blind set: 1 tests.blind.e2e_set, 2 tests.blind.e2e_set2,"
        " 3 tests.blind.e2e_set3, 4 tests.blind.e2e_set4, 5 tests.blind.e2e_set5,"
        " 6 tests.blind.e2e_set6, 7 tests.blind.e2e_set7, 8 tests.blind.e2e_set8,"
        " 9 tests.blind.e2e_set9, 10 tests.blind.e2e_set10, 11 tests.blind.e2e_set11,"
        " 12 tests.blind.e2e_set12, 13 tests.blind.e2e_set13, 14 tests.blind.e2e_set14,"
        " 15 tests.blind.e2e_set15, 16 tests.blind.e2e_set16, 17 tests.blind.e2e_set17,"
        " 18 tests.blind.e2e_set18, 19 tests.blind.e2e_set19, 20 tests.blind.e2e_set20,"
        " 21 tests.blind.e2e_set21, 22 tests.blind.e2e_set22, 23 tests.blind.e2e_set23,"
        " 24 tests.blind.e2e_set24, 25 tests.blind.e2e_set25, 26 tests.blind.e2e_set26,"
        " 27 tests.blind.e2e_set27, 28 tests.blind.e2e_set28"
        " (default 1)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--show",
        type=int,
        default=0,
        metavar="K",
        help="print up to K examples of each kind of miss",
    )
    parser.add_argument("--count", type=int, default=480, help="conversations (default 480)")
    parser.add_argument(
        "--jsonl", type=Path, default=None, help="also keep the guard scan input at this path"
    )
    args = parser.parse_args(argv)
    generators = {
        1: generate,
        2: generate2,
        3: generate3,
        4: generate4,
        5: generate5,
        6: generate6,
        7: generate7,
        8: generate8,
        9: generate9,
        10: generate10,
        11: generate11,
        12: generate12,
        13: generate13,
        14: generate14,
        15: generate15,
        16: generate16,
        17: generate17,
        18: generate18,
        19: generate19,
        20: generate20,
        21: generate21,
        22: generate22,
        23: generate23,
        24: generate24,
        25: generate25,
        26: generate26,
        27: generate27,
        28: generate28,
    }
    conversations = generators[args.set](args.seed, args.count)
    verdicts = run_guard(scan_input(conversations), args.jsonl)
    report = judge(conversations, verdicts)
    print(f"seed {args.seed}")
    print_report(report, conversations, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
