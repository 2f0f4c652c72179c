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
from guard._exceptions import GuardError
from guard._guard import Guard
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
  and the other lines are still processed; so does a line whose conversation state
  cannot be read or saved (an unreachable --store).

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
@click.option(
    "--store",
    default=None,
    metavar="memory|URL",
    help="Where conversation state lives (default: $GUARD_STORE, else memory); a "
    "redis:// URL shares it with running guards.",
)
def scan(rules: Path | None, file: IO[str], summary: bool, store: str | None) -> None:
    try:
        guard = Guard.from_config(Config.from_env(rules=rules, store=store))
    except GuardError as error:
        _fail(str(error))
    totals = ScanSummary()
    out = sys.stdout
    # A pipe may be a live feed: each verdict leaves at once. A file is read in bulk.
    live = not file.seekable()
    try:
        for record in scan_lines(guard, (line.rstrip("\r\n") for line in file), totals):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if live:
                out.flush()
    finally:
        guard.close()
    out.flush()
    if summary:
        click.echo(totals.render(), err=True)
    sys.exit(1 if totals.errors else 0)


DEMO_HELP = """Serve the demo chat server (examples/chat_app.py) behind GuardMiddleware.

\b
Open http://HOST:PORT/ : a customer pane and an agent pane in one conversation.
Card numbers, security codes, SSNs, passcodes, passwords and PINs are masked;
an agent's request for forbidden data is refused. --port 0 picks a free port
(the address is logged). The demo ships with the source tree, not the wheel.
"""


@main.command(help=DEMO_HELP)
@rules_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--examples",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="The examples directory (default: the one next to the guard package).",
)
def demo(rules: Path | None, host: str, port: int, examples: Path | None) -> None:
    # Imported here so that `guard scan` does not pay for the server at start-up.
    import importlib.util  # noqa: PLC0415

    import uvicorn  # noqa: PLC0415

    folder = (
        examples if examples is not None else Path(__file__).resolve().parent.parent / "examples"
    )
    source = folder / "chat_app.py"
    if not source.is_file():
        _fail(f"no demo at {source}: run it from a clone of the guard repository")
    spec = importlib.util.spec_from_file_location("guard_demo_chat_app", source)
    if spec is None or spec.loader is None:
        _fail(f"cannot load {source}")
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    try:
        app = module.create_app(Config.from_env(rules=rules))
    except GuardError as error:
        _fail(str(error))
    uvicorn.run(app, host=host, port=port, log_level="info")
