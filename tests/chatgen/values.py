"""Values that appear in customer-care chat: the secrets, and the numbers that are not.

Every function takes a `random.Random` and returns the characters as a person types them.
Secrets are valid by the rules of their kind (Luhn cards, SSNs that python-stdnum accepts);
look-alikes are built to be *not* secrets by those same rules (Luhn-invalid order numbers,
ABA-valid routing numbers, Luhn-valid IMEIs that no card brand owns).
"""

from __future__ import annotations

import random
import string

from stdnum import luhn
from stdnum.us import ssn as stdnum_ssn

from tests.chatgen import cards

# ── secrets ─────────────────────────────────────────────────────────────────────────────


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def card(rng: random.Random, brand: cards.BrandSpec | None = None) -> tuple[str, str]:
    """(brand name, a Luhn-valid card number formatted as a person types it)."""
    spec = brand or rng.choice(cards.BRAND_SPECS)
    number = cards.card_number(rng, spec)
    return spec.name, cards.formatted(rng, number)


def expiry(rng: random.Random) -> str:
    month = rng.randint(1, 12)
    year = rng.randint(24, 33)
    shape = rng.randrange(6)
    if shape == 0:
        return f"{month:02d}/{year}"
    if shape == 1:
        return f"{month}/{year}"
    if shape == 2:
        return f"{month:02d}/20{year}"
    if shape == 3:
        return f"{month:02d}-{year}"
    if shape == 4:
        return f"{month:02d} / {year}"
    return f"{month:02d}/{year}"


def security_code(rng: random.Random, brand: str | None = None) -> str:
    """3 digits, or 4 for Amex (the code on the front)."""
    return digits(rng, 4 if brand == "amex" else 3)


def ssn_digits(rng: random.Random) -> str:
    """Nine digits python-stdnum accepts as an SSN (area not 000/666/9xx, no 00 group...)."""
    while True:
        area = rng.randint(1, 899)
        candidate = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if stdnum_ssn.is_valid(candidate):
            return candidate


def ssn_shaped(rng: random.Random) -> str:
    """123-45-6789, 123 45 6789 or 123.45.6789."""
    raw = ssn_digits(rng)
    sep = rng.choice(["-", "-", "-", " ", "."])
    return f"{raw[:3]}{sep}{raw[3:5]}{sep}{raw[5:]}"


def ssn_plain(rng: random.Random) -> str:
    return ssn_digits(rng)


def ssn_dictated(rng: random.Random) -> str:
    """As dictation writes it: pauses as commas ("536, 22, 8190") or the nine digits as a
    count ("536,228,190")."""
    raw = ssn_digits(rng)
    if rng.random() < 0.5:
        sep = rng.choice([", ", ","])
        return f"{raw[:3]}{sep}{raw[3:5]}{sep}{raw[5:]}"
    return f"{raw[:3]},{raw[3:6]},{raw[6:]}"


def passcode(rng: random.Random) -> str:
    """4 to 8 digits, or "123 456" / "123-456"."""
    shape = rng.randrange(10)
    if shape < 6:
        return digits(rng, rng.choice((6, 6, 6, 4, 5, 7, 8)))
    if shape < 8:
        return f"{digits(rng, 3)} {digits(rng, 3)}"
    if shape < 9:
        return f"{digits(rng, 3)}-{digits(rng, 3)}"
    return f"{digits(rng, 4)} {digits(rng, 4)}"


def pin(rng: random.Random) -> str:
    return digits(rng, rng.choice((4, 4, 4, 4, 5, 6, 6)))


_WORDS = (
    "sunshine", "dragon", "monkey", "shadow", "buster", "soccer", "tigger", "charlie",
    "jordan", "summer", "winter", "maria", "carlos", "baseball", "princess", "yankees",
    "cowboys", "lakers", "peanut", "coffee", "pepper", "ginger", "mustang", "bella",
    "perrito", "gatita", "corazon", "familia", "mariposa", "chivas", "azul", "estrella",
    "honey", "cookie", "bailey", "daisy", "rocky", "lucky", "angel", "pumpkin",
)  # fmt: skip
_SYMBOLS = "!@#$*&%"


def password(rng: random.Random) -> str:
    """A password as people make them: word + digits, a symbol, capitals, leetspeak."""
    word = rng.choice(_WORDS)
    shape = rng.randrange(9)
    if shape == 0:
        return word.capitalize() + digits(rng, rng.choice((2, 4))) + rng.choice(_SYMBOLS)
    if shape == 1:
        return word + digits(rng, rng.choice((1, 2, 3, 4)))
    if shape == 2:
        leet = word.replace("a", "@").replace("o", "0").replace("e", "3").replace("s", "$")
        return leet.capitalize() + digits(rng, 1)
    if shape == 3:
        return rng.choice(_WORDS).capitalize() + rng.choice(_WORDS).capitalize() + digits(rng, 2)
    if shape == 4:
        pool = string.ascii_letters + string.digits + _SYMBOLS
        return "".join(rng.choice(pool) for _ in range(rng.randint(8, 14))) + digits(rng, 1)
    if shape == 5:
        return word + rng.choice(_SYMBOLS) + str(rng.randint(1960, 2024))
    if shape == 6:
        return word.upper() + digits(rng, 3)
    if shape == 7:
        return digits(rng, 2) + word + rng.choice(_SYMBOLS)
    return word + "_" + rng.choice(_WORDS) + digits(rng, 1)


def plain_password(rng: random.Random) -> str:
    """A password of letters only ("sunshine"): counts only after "is" or ":"."""
    return rng.choice(_WORDS) + rng.choice(("", "", rng.choice(_WORDS)))


# ── numbers that are not secrets ────────────────────────────────────────────────────────


def area_code(rng: random.Random) -> str:
    return f"{rng.randint(2, 9)}{rng.randint(0, 8)}{rng.randint(0, 9)}"


def phone(rng: random.Random) -> str:
    """A US phone number in one of the ways people write it."""
    area, mid, last = area_code(rng), f"{rng.randint(200, 999)}", digits(rng, 4)
    toll = rng.choice(("800", "888", "877", "866", "855"))
    forms = (
        f"({area}) {mid}-{last}",
        f"{area}-{mid}-{last}",
        f"{area}.{mid}.{last}",
        f"{area} {mid} {last}",
        f"{area}{mid}{last}",
        f"+1 {area} {mid} {last}",
        f"+1 ({area}) {mid}-{last}",
        f"+1-{area}-{mid}-{last}",
        f"+1{area}{mid}{last}",
        f"1-{toll}-{mid}-{last}",
        f"1 ({toll}) {mid}-{last}",
        f"{toll}-{mid}-{last}",
        f"1-{area}-{mid}-{last}",
        f"({area}){mid}-{last}",
    )
    return rng.choice(forms)


def amount(rng: random.Random) -> str:
    dollars = rng.choice((rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 25000)))
    cents = rng.randint(0, 99)
    forms = (
        f"${dollars}",
        f"${dollars}.{cents:02d}",
        f"${dollars:,}.{cents:02d}",
        f"$ {dollars}",
        f"{dollars} dollars",
        f"{dollars}.{cents:02d} USD",
        f"USD {dollars}",
        f"{dollars} dólares",
        f"${dollars:,}",
        f"{dollars:,}.{cents:02d}",
        f"€{dollars}",
        f"{dollars} pesos",
    )
    return rng.choice(forms)


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip


def date(rng: random.Random) -> str:
    month, day, year = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1950, 2026)
    forms = (
        f"{month:02d}/{day:02d}/{year}",
        f"{month}/{day}/{year}",
        f"{month}/{day}",
        f"{month}/{day}/{year % 100:02d}",
        f"{year}-{month:02d}-{day:02d}",
        f"{_MONTHS_EN[month - 1]} {day}, {year}",
        f"{_MONTHS_EN[month - 1][:3]} {day}",
        f"{day} de {_MONTHS_ES[month - 1]}",
        f"{day} de {_MONTHS_ES[month - 1]} de {year}",
        f"{day:02d}/{month:02d}/{year}",
        f"{month:02d}-{day:02d}-{year}",
        f"{day}.{month}.{year}",
    )
    return rng.choice(forms)


def time_of_day(rng: random.Random) -> str:
    hour, minute = rng.randint(1, 12), rng.choice((0, 5, 15, 30, 45, rng.randint(0, 59)))
    forms = (
        f"{hour}:{minute:02d}",
        f"{hour}:{minute:02d} pm",
        f"{hour}:{minute:02d}am",
        f"{hour}pm",
        f"{hour} am",
        f"{hour + 12}:{minute:02d}",
        f"{hour}:{minute:02d} p.m.",
    )
    return rng.choice(forms)


def zip_code(rng: random.Random) -> str:
    base = f"{rng.randint(501, 99950):05d}"
    return base if rng.random() < 0.7 else f"{base}-{digits(rng, 4)}"


def last_four(rng: random.Random) -> str:
    return digits(rng, 4)


def masked_card(rng: random.Random) -> str:
    tail = digits(rng, 4)
    forms = (
        f"XXXX-XXXX-XXXX-{tail}",
        f"xxxx xxxx xxxx {tail}",
        f"**** {tail}",
        f"**** **** **** {tail}",
        f"****-****-****-{tail}",
        f"************{tail}",
        f"3782 XXXXXX X{digits(rng, 4)}",
        f"37XX XXXXXX X{tail}",
        f"4XXX XXXX XXXX {tail}",
        f"•••• {tail}",
        f"...{tail}",
        f"xxx-xx-{tail}",
        f"***-**-{tail}",
        f"XXX-XX-{tail}",
        f"{digits(rng, 6)}******{tail}",
        f"x{tail}",
    )
    return rng.choice(forms)


def luhn_invalid_number(rng: random.Random) -> str:
    """A 13-19 digit order or reference number that fails Luhn (some with card prefixes)."""
    length = rng.randint(13, 19)
    while True:
        if rng.random() < 0.5:
            spec = rng.choice(cards.BRAND_SPECS)
            prefix = rng.choice(spec.prefixes)
            raw = cards.luhn_complete(prefix + digits(rng, length - len(prefix) - 1))
            number = raw[:-1] + str((int(raw[-1]) + rng.randint(1, 9)) % 10)
        else:
            number = cards.luhn_invalid(rng, length)
        if not _hides_a_card(number):
            break
    if rng.random() < 0.6:
        return number
    return rng.choice((" ", "-")).join(cards.group(number, (4,) * 5))


def _hides_a_card(number: str) -> bool:
    """Whether a 12-19 digit stretch starting on a group of four is Luhn-valid (a card
    followed by a code, to a reader), which would make the look-alike ambiguous."""
    for start in range(0, len(number), 4):
        for end in range(start + 12, min(len(number), start + 19) + 1):
            if luhn.is_valid(number[start:end]):
                return True
    return False


def imei(rng: random.Random) -> str:
    """A Luhn-valid 15-digit IMEI with a real reporting-body prefix."""
    tac = rng.choice(("35", "86", "01", "99", "49"))
    full = cards.luhn_complete(tac + digits(rng, 12))
    if rng.random() < 0.8:
        return full
    return f"{full[:2]}-{full[2:8]}-{full[8:14]}-{full[14]}"


def tracking_number(rng: random.Random) -> str:
    """UPS (1Z...), USPS (20/22 digits, 94/92/93 prefixes) or FedEx (12/15 digits)."""
    kind = rng.randrange(5)
    if kind == 0:
        letters = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))
        return f"1Z{letters}{digits(rng, 10)}"
    if kind == 1:
        number = rng.choice(("9400", "9205", "9361", "9270", "9300")) + digits(rng, 18)
        return number if rng.random() < 0.5 else " ".join(cards.group(number, (4,) * 6))
    if kind == 2:
        return "420" + digits(rng, 5) + rng.choice(("9400", "9205")) + digits(rng, 18)
    if kind == 3:
        return digits(rng, rng.choice((12, 15)))
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + digits(rng, 9) + "US"


def case_number(rng: random.Random) -> str:
    forms = (
        f"{digits(rng, 8)}",
        f"CS-{digits(rng, 8)}",
        f"#{digits(rng, 7)}",
        f"INC{digits(rng, 7)}",
        f"{rng.choice(string.ascii_uppercase)}{digits(rng, 6)}",
        f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
        "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6)),
        f"{digits(rng, 10)}",
        f"{digits(rng, 4)}-{digits(rng, 4)}",
    )
    return rng.choice(forms)


def routing_number(rng: random.Random) -> str:
    """A nine-digit ABA routing number with a valid checksum."""
    while True:
        head = f"{rng.choice((0, 1, 2, 3, 6, 7))}{rng.randint(0, 9)}" + digits(rng, 6)
        weights = (3, 7, 1, 3, 7, 1, 3, 7)
        total = sum(int(d) * w for d, w in zip(head, weights, strict=True))
        check = (10 - total % 10) % 10
        return head + str(check)


def employee_id(rng: random.Random) -> str:
    forms = (digits(rng, rng.randint(4, 7)), f"E{digits(rng, 5)}", f"{digits(rng, 6)}A")
    return rng.choice(forms)


def points(rng: random.Random) -> str:
    value = rng.randint(100, 250000)
    forms = (
        f"{value:,}",
        str(value),
        f"{value:,}".replace(",", "."),
        f"{value:,}".replace(",", " "),
    )
    return rng.choice(forms)


def flight(rng: random.Random) -> str:
    airline = rng.choice(("UA", "AA", "DL", "WN", "B6", "AS", "IB", "AM", "AV", "NK"))
    number = rng.randint(1, 4999)
    return rng.choice((f"{airline} {number}", f"{airline}{number}", f"{airline}-{number}"))


_STREETS = ("Main St", "Elm Street", "Oak Ave", "Maple Dr", "W 3rd St", "Pine Rd",
            "Sunset Blvd", "N Broadway", "Calle Ocho", "Lincoln Ave", "Park Pl")  # fmt: skip
_CITIES = (("Miami", "FL"), ("Austin", "TX"), ("Chicago", "IL"), ("Phoenix", "AZ"),
           ("San Jose", "CA"), ("Newark", "NJ"), ("Denver", "CO"))  # fmt: skip


def street_address(rng: random.Random) -> str:
    number = rng.randint(1, 19999)
    street = rng.choice(_STREETS)
    city, state = rng.choice(_CITIES)
    forms = (
        f"{number} {street}",
        f"{number} {street} Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
        f"{number} {street}, {city}, {state} {zip_code(rng)}",
        f"{number} {street} #{rng.randint(100, 999)}",
        f"PO Box {rng.randint(10, 99999)}",
        f"Calle {rng.randint(1, 150)} #{rng.randint(1, 99)}-{rng.randint(1, 99)}",
        f"{number} {street.lower()} {city.lower()} {state.lower()} {zip_code(rng)}",
    )
    return rng.choice(forms)


def year(rng: random.Random) -> str:
    return str(rng.randint(1960, 2026))


def small_count(rng: random.Random) -> str:
    return str(rng.randint(2, 12))
