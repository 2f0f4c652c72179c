"""The `guard` command line: `guard scan` filters JSON Lines; more shells join it here."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import IO

import click

from guard import __version__
from guard._config import Config
from guard._engine import Engine
from guard._exceptions import GuardError
from guard._scan import ScanSummary, scan_lines

SCAN_HELP = """Scan chat messages for secrets; one verdict line per input line.

\b
Input: JSON Lines (stdin, or FILE), one message per line:
  {"id": "m1", "conversation": "c1", "role": "customer", "text": "..."}
  id: string or integer; role: customer or agent; optional "timestamp"
  (seconds, or an ISO 8601 time). Lines of one conversation must be in
  chronological order: the engine keeps each conversation's state.

\b
Output: JSON Lines (stdout), in input order:
  {"id": "m1", "action": "allow|mask|block", "text": <delivered text or null>,
   "findings": [{"type", "start", "end", "score", "recognizer", ...}],
   "violations": [{"requested", "start", "end", "rule"}]}
  Offsets index the input text. A bad line gives {"id": <if known>, "error": "..."}
  and the other lines are still processed.

\b
Exit status: 0 all lines scanned, 1 some lines were bad, 2 usage or rules error.
"""


def _fail(message: str) -> None:
    click.echo(f"guard: error: {message}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="guard")
@click.option(
    "-v", "--verbose", is_flag=True, help="Log what the engine does (never message text)."
)
def main(verbose: bool) -> None:
    """guard keeps card numbers, security codes, SSNs, passcodes, passwords and PINs
    out of customer-care chat, and stops agents from asking for them."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


rules_option = click.option(
    "--rules",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Rules directory (default: $GUARD_RULES, else the shipped rules). "
    "Files it lacks come from the shipped rules.",
)


@main.command(help=SCAN_HELP)
@rules_option
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--summary", is_flag=True, help="Print a short summary on stderr at the end.")
def scan(rules: Path | None, file: IO[str], summary: bool) -> None:
    try:
        engine = Engine(Config.from_env(rules=rules).load_rules())
    except GuardError as error:
        _fail(str(error))
    totals = ScanSummary()
    out = sys.stdout
    for record in scan_lines(engine, (line.rstrip("\r\n") for line in file), totals):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    if summary:
        click.echo(totals.render(), err=True)
    sys.exit(1 if totals.errors else 0)
