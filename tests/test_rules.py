"""Rules load into typed models; a bad file is a RulesError naming file, key and problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guard import Action, EntityType, Role, Rules, RulesError
from guard._rules import default_rules_dir, typos_of


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    return target


def test_shipped_rules_load() -> None:
    rules = Rules.load()
    assert rules.policy.action_for(Role.CUSTOMER, EntityType.CREDIT_CARD) is Action.MASK
    assert "cvv" in rules.detection.cues(EntityType.CARD_SECURITY_CODE)
    assert "código de seguridad" in rules.detection.cues(EntityType.CARD_SECURITY_CODE)


def test_a_directory_with_some_files_takes_the_rest_from_the_shipped_rules(
    tmp_path: Path,
) -> None:
    policy = (default_rules_dir() / "policy.yaml").read_text()
    (tmp_path / "policy.yaml").write_text(policy.replace("PIN: mask", "PIN: block", 1))
    rules = Rules.load(tmp_path)
    assert rules.policy.action_for(Role.CUSTOMER, EntityType.PIN) is Action.BLOCK
    assert rules.detection == Rules.load().detection


@pytest.mark.parametrize(
    ("file", "old", "new", "key", "problem"),
    [
        ("policy.yaml", "threshold: 0.5", "threshold: 1.5", "threshold", "less than or equal"),
        ("policy.yaml", "PIN: mask", "PIN: hide", "findings.customer.PIN", "'allow', 'mask'"),
        ("policy.yaml", "  agent:\n", "  robot:\n", "findings", "robot"),
        (
            "policy.yaml",
            "{keep_last: 4}",
            "{keep_last: 4, replace: x}",
            "masking.types",
            "exactly one",
        ),
        ("policy.yaml", 'char: "*"', 'char: "**"', "masking.char", "at most 1"),
        ("detection.yaml", "after: 40", "after: many", "window.after", "integer"),
        ("detection.yaml", "version: 1", "version: 2", "version", "1"),
        ("detection.yaml", "window:", "windows:", "", "window"),
    ],
)
def test_a_bad_value_names_file_key_and_problem(
    rules_dir: Path, file: str, old: str, new: str, key: str, problem: str
) -> None:
    path = rules_dir / file
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(RulesError) as caught:
        Rules.load(rules_dir)
    error = caught.value
    assert error.file == str(path)
    assert key in error.key
    assert problem in str(error)
    assert str(error).startswith(str(path))


def test_invalid_yaml_names_the_line(rules_dir: Path) -> None:
    (rules_dir / "policy.yaml").write_text("version: 1\nfindings: [unclosed\n")
    with pytest.raises(RulesError, match=r"policy\.yaml: line \d+, column \d+"):
        Rules.load(rules_dir)


def test_a_file_that_is_not_a_mapping_is_refused(rules_dir: Path) -> None:
    (rules_dir / "detection.yaml").write_text("- just\n- a list\n")
    with pytest.raises(RulesError, match="mapping"):
        Rules.load(rules_dir)


def test_an_unknown_file_is_refused_rather_than_ignored(rules_dir: Path) -> None:
    (rules_dir / "polcy.yaml").write_text("version: 1\n")
    with pytest.raises(RulesError, match=r"unknown rules file\(s\) polcy\.yaml"):
        Rules.load(rules_dir)


def test_a_missing_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="not a directory"):
        Rules.load(tmp_path / "nope")


def test_every_role_and_type_needs_an_action(rules_dir: Path) -> None:
    path = rules_dir / "policy.yaml"
    lines = [ln for ln in path.read_text().splitlines() if "US_SSN: mask" not in ln]
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(RulesError, match="no action for US_SSN"):
        Rules.load(rules_dir)


def test_a_blank_cue_is_refused(rules_dir: Path) -> None:
    path = rules_dir / "detection.yaml"
    path.write_text(path.read_text().replace("[cvv, cvv2,", '[cvv, "  ", cvv2,', 1))
    with pytest.raises(RulesError, match="non-empty string"):
        Rules.load(rules_dir)


def test_rules_change_detection(rules_dir: Path) -> None:
    from guard import Engine

    path = rules_dir / "detection.yaml"
    path.write_text(path.read_text().replace("[cvv, cvv2,", "[cvv, vcode, cvv2,", 1))
    found = Engine(Rules.load(rules_dir)).detect("my vcode is 123")
    assert [(f.type, f.start, f.end) for f in found] == [(EntityType.CARD_SECURITY_CODE, 12, 15)]


def test_typos_are_swaps_doubles_and_in_long_words_drops() -> None:
    assert {"passowrd", "apssword", "passsword", "pasword", "passwrd"} <= typos_of("password")
    assert "password" not in typos_of("password")
    assert "tkoen" in typos_of("token") and "tokken" in typos_of("token")
    assert "tken" not in typos_of("token")  # short words drop no letter: "clave" - "cave"


def test_cue_phrases_match_with_typos_of_their_listed_words() -> None:
    cues = Rules.load().detection.cues(EntityType.PASSWORD)
    assert "contasena" in cues and "contrasnea" in cues
    assert "pasword" in cues
