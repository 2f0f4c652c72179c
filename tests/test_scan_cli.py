"""`guard scan` through its click runner: the JSON Lines contract."""

from __future__ import annotations

import json

from click.testing import CliRunner

from guard.cli import main

CARD = "4111 1111 1111 1111"


def run_scan(*lines: str, args: tuple[str, ...] = ()) -> tuple[int, list[dict[str, object]]]:
    result = CliRunner().invoke(main, ["scan", *args], input="\n".join(lines) + "\n")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return result.exit_code, records


def record(**fields: object) -> str:
    base: dict[str, object] = {"id": "m1", "conversation": "c1", "role": "customer", "text": ""}
    base.update(fields)
    return json.dumps(base)


def test_masks_a_card_and_keeps_offsets_into_the_input() -> None:
    text = f"my card is {CARD} thanks"
    code, [out] = run_scan(record(text=text))
    assert code == 0
    assert out["action"] == "mask"
    assert out["text"] == "my card is **** **** **** 1111 thanks"
    [finding] = out["findings"]
    assert finding["type"] == "CREDIT_CARD"
    assert text[finding["start"] : finding["end"]] == CARD
    assert out["violations"] == []


def test_clean_message_is_allowed_with_its_original_text() -> None:
    text = "I was charged $42.17 twice on 11/02, order 112-4482913-2291"
    code, [out] = run_scan(record(text=text))
    assert (code, out["action"], out["text"], out["findings"]) == (0, "allow", text, [])


def test_bad_lines_get_an_error_record_and_the_rest_is_processed() -> None:
    code, out = run_scan(
        record(id="a", text=f"card {CARD}"),
        "{not json",
        json.dumps({"id": 7, "conversation": "c1", "role": "customer"}),
        record(id="b", role="bot"),
        record(id="c", text=12),
        json.dumps([1, 2]),
        record(id="d", text="hello"),
    )
    assert code == 1
    assert [o.get("id") for o in out] == ["a", None, 7, "b", "c", None, "d"]
    assert out[0]["action"] == "mask"
    assert "not JSON" in out[1]["error"]
    assert out[2]["error"] == "missing field text"
    assert out[3]["error"] == "role: must be 'customer' or 'agent'"
    assert out[4]["error"] == "text: must be a string, got int"
    assert "expected a JSON object" in out[5]["error"]
    assert out[6]["action"] == "allow"


def test_error_records_never_echo_the_text() -> None:
    code, [out] = run_scan(json.dumps({"id": 1, "conversation": "c", "role": "x", "text": CARD}))
    assert code == 1
    assert "4111" not in json.dumps(out)


def test_numeric_ids_are_echoed_as_given() -> None:
    _, [out] = run_scan(record(id=42, text="hi"))
    assert out["id"] == 42


def test_bad_rules_directory_stops_at_start_naming_file_key_and_problem(tmp_path) -> None:
    (tmp_path / "policy.yaml").write_text("version: 1\nthreshold: 2\n")
    result = CliRunner().invoke(main, ["scan", "--rules", str(tmp_path)], input=record(text="x"))
    assert result.exit_code == 2
    assert "policy.yaml" in result.stderr
    assert "threshold" in result.stderr
    assert result.stdout == ""


def test_help_documents_the_format() -> None:
    result = CliRunner().invoke(main, ["scan", "--help"])
    assert result.exit_code == 0
    for word in ("JSON Lines", "conversation", "findings", "violations", "--rules", "Exit status"):
        assert word in result.output


def test_state_shared_through_redis_carries_a_split_card_across_two_scans(
    redis_url: str, redis_client: object
) -> None:
    """Two `guard scan` runs (two workers) on one conversation through a real Redis."""
    first = [record(id="a", conversation="split", text="4111 1111")]
    second = [record(id="b", conversation="split", text="1111 1111")]
    code, [out_a] = run_scan(*first, args=("--store", redis_url))
    assert (code, out_a["action"]) == (0, "allow")
    code, [out_b] = run_scan(*second, args=("--store", redis_url))
    assert code == 0
    [finding] = out_b["findings"]
    assert finding["type"] == "CREDIT_CARD"
    assert finding["parts"] == ["a"]
    assert "1111 1111" not in out_b["text"]


def test_an_unreachable_store_fails_each_line_with_a_clear_error_and_no_text() -> None:
    code, out = run_scan(
        record(id="a", text=f"card {CARD}"),
        record(id="b", text="hello"),
        args=("--store", "redis://127.0.0.1:1/0"),
    )
    assert code == 1
    assert [o["id"] for o in out] == ["a", "b"]
    assert all(o["error"].startswith("conversation store:") for o in out)
    assert "4111" not in json.dumps(out)


def test_a_bad_store_setting_stops_at_start() -> None:
    result = CliRunner().invoke(main, ["scan", "--store", "postgres://x"], input=record(text="x"))
    assert result.exit_code == 2
    assert "store" in result.stderr
    assert result.stdout == ""
