"""Card numbers of every major brand, and the formats people type them in."""

from __future__ import annotations

import random
from dataclasses import dataclass

from stdnum import luhn


@dataclass(frozen=True)
class BrandSpec:
    name: str
    prefixes: tuple[str, ...]
    lengths: tuple[int, ...]
    #: how people group this brand's digits (group sizes), besides the generic formats
    groupings: tuple[tuple[int, ...], ...]


BRAND_SPECS: tuple[BrandSpec, ...] = (
    BrandSpec("visa", ("4",), (16, 13, 19), ((4, 4, 4, 4), (4, 4, 4, 1), (4, 4, 4, 4, 3))),
    BrandSpec(
        "mastercard",
        ("51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"),
        (16,),
        ((4, 4, 4, 4),),
    ),
    BrandSpec("amex", ("34", "37"), (15,), ((4, 6, 5),)),
    BrandSpec(
        "discover", ("6011", "644", "649", "65", "622126", "622925"), (16, 19), ((4, 4, 4, 4),)
    ),
    BrandSpec("jcb", ("3528", "3550", "3589"), (16, 19), ((4, 4, 4, 4),)),
    BrandSpec("diners", ("300", "305", "36", "38", "39", "3095"), (14, 16), ((4, 6, 4),)),
    BrandSpec("unionpay", ("62", "6200", "6288"), (16, 17, 18, 19), ((4, 4, 4, 4),)),
    BrandSpec(
        "maestro",
        ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"),
        (16, 13, 19),
        ((4, 4, 4, 4),),
    ),
)


def luhn_complete(partial: str) -> str:
    """`partial` plus the check digit that makes it Luhn-valid."""
    return partial + luhn.calc_check_digit(partial)


def card_number(
    rng: random.Random, brand: BrandSpec | None = None, length: int | None = None
) -> str:
    """A Luhn-valid number with a real issuer prefix and a length valid for its brand."""
    brand = brand or rng.choice(BRAND_SPECS)
    length = length or rng.choice(brand.lengths)
    prefix = rng.choice(brand.prefixes)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


def luhn_invalid(rng: random.Random, length: int) -> str:
    """A number of `length` digits whose Luhn checksum fails (an order or reference number)."""
    valid = luhn_complete("".join(rng.choice("0123456789") for _ in range(length - 1)))
    wrong = (int(valid[-1]) + rng.randint(1, 9)) % 10
    return valid[:-1] + str(wrong)


def group(digits: str, sizes: tuple[int, ...]) -> list[str]:
    groups, index = [], 0
    for size in sizes:
        if index >= len(digits):
            break
        groups.append(digits[index : index + size])
        index += size
    if index < len(digits):
        groups.append(digits[index:])
    return groups


# (emoji too, as a phone's keyboard leaves them between groups: "3883 🥲 5585", "5344👀6610")
SEPARATORS = (" ", "-", ".", "/", " - ", "  ", "    ", "\t\t", "\u00a0", "\n", " 🙏 ", "😭")


def formatted(rng: random.Random, digits: str) -> str:
    """`digits` as a person might type them: plain, grouped by 4 or the brand's way, with
    any common separator, in pairs, or irregularly grouped."""
    style = rng.randrange(6)
    if style == 0:
        return digits
    if style == 1:
        sizes: tuple[int, ...] = (4,) * 5
    elif style == 2:
        sizes = {15: (4, 6, 5), 14: (4, 6, 4)}.get(len(digits), (4, 4, 4, 4, 3))
    elif style == 3:
        sizes = (2,) * 10
    elif style == 4:
        sizes = tuple(rng.choice((3, 4, 5, 6)) for _ in range(8))
    else:
        sizes = (4, 4, 4, 4, 3)
    return rng.choice(SEPARATORS).join(group(digits, sizes))
