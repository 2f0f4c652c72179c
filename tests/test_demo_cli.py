"""`guard demo` through its click runner: the errors it gives before serving anything."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from guard.cli import main


def test_a_missing_demo_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["demo", "--examples", str(tmp_path), "--port", "0"])
    assert result.exit_code == 2
    assert "no demo at" in result.stderr and "chat_app.py" in result.stderr


def test_bad_rules_stop_the_demo_before_it_serves(tmp_path: Path) -> None:
    (tmp_path / "policy.yaml").write_text("version: 1\nthreshold: [oops\n")
    result = CliRunner().invoke(main, ["demo", "--rules", str(tmp_path), "--port", "0"])
    assert result.exit_code == 2
    assert "policy.yaml" in result.stderr


def test_help_names_the_page_and_the_port() -> None:
    result = CliRunner().invoke(main, ["demo", "--help"])
    assert result.exit_code == 0
    assert "--port" in result.stdout and "customer pane" in result.stdout
