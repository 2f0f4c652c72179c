"""Reading a pasted table: its lines, their cells, and the rows under a header.

Shared by `TableRecognizer` (which reads a column by its header) and the card reader
(which leaves the next cell of a row to it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# Between the cells of a row: a bar (markdown), a tab, a semicolon or a comma (CSV), or
# the run of spaces that aligns a form's columns ("MM/YY        CVC").
DELIMITERS = ("|", "\t", ";", ",", "   ")
# What a markdown table puts between its header and its rows: "|---|:---:|".
RULE_ROW = re.compile(r"[\s|:\-+]*")


class Cell(NamedTuple):
    start: int
    end: int  # (stripped of the spaces around it)


def split_cells(text: str, start: int, end: int, delimiter: str) -> list[Cell]:
    """The cells of the line text[start:end], split at `delimiter`; a markdown row's
    outer bars open and close no cell."""
    cells: list[Cell] = []
    position = start
    while True:
        cut = text.find(delimiter, position, end)
        if delimiter == "," and cut >= 0 and text[position:cut].lstrip().startswith('"'):
            # A CSV field in quotes holds its commas: '"10,000"'.
            closing = text.find('"', text.index('"', position, cut) + 1, end)
            cut = text.find(delimiter, closing, end) if closing >= 0 else cut
        stop = end if cut < 0 else cut
        left, right = position, stop
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        cells.append(Cell(left, right))
        if cut < 0:
            break
        position = cut + len(delimiter)
        if delimiter.isspace():
            while position < end and text[position] == delimiter[0]:
                position += 1  # (the whole run of spaces parts two cells)
    if delimiter == "|":
        if cells and cells[0].start == cells[0].end:
            cells.pop(0)
        if cells and cells[-1].start == cells[-1].end:
            cells.pop()
    return cells


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where each line of `text` starts and ends (its line break left out)."""
    position = 0
    for line in text.split("\n"):
        yield position, position + len(line)
        position += len(line) + 1


def in_table_row(text: str, position: int) -> bool:
    """Whether the line holding `position` is a row under a table's header: a line of
    words above it (past a markdown rule row and other rows) split into as many cells by
    the same delimiter. Such a row's cells are read by their column
    (`TableRecognizer`), not by what stands beside them."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    line = text[start:end]
    for delimiter in DELIMITERS:
        if delimiter not in line:
            continue
        count = len(split_cells(text, start, end, delimiter))
        while start > 0:
            end = start - 1
            start = text.rfind("\n", 0, end) + 1
            if delimiter not in text[start:end]:
                break
            if RULE_ROW.fullmatch(text, start, end):
                continue
            if len(split_cells(text, start, end, delimiter)) != count:
                break
            if not any(ch.isdigit() for ch in text[start:end]):
                return True
        return False
    return False
