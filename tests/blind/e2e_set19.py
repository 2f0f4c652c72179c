# ruff: noqa: E501
"""Blind end-to-end set 19: a card issuer's commercial and travel desks, 2026.

The chats depict small-business owners, corporate card program administrators, travel
managers and travellers abroad talking to the issuer's Commercial Card and Corporate Travel
desks (human agents and a structured bot), in English, Spanish (Mexico, Spain, Colombia,
Argentina, US Hispanics) and Spanglish. Administrators paste CSV rows and tables of employee
cards, ask for reissues with PINs, and list last fours next to one full number among cost
centers, MCC, GL, PO and invoice numbers; travellers meet foreign ATMs, 3-D Secure codes,
hotel guarantees and travel portals among look-alikes that must pass untouched (IBANs, CLABE,
CURP, RFC, DNI/NIE, CUIT, passports, booking references, e-tickets, frequent-flyer and hotel
numbers, European phones and amounts). A minority of agents (careless or impostors) ask for
secrets in business language.

Written blind: only the shared schema (the head of tests/blind/e2e_set.py) and the scorer
(tests/blind/evaluate_e2e.py) were read; nothing of guard's code, rules, tests or benchmarks.
Every label is computed from the template slot that produced the value.

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, Conversation, Label, Message

Pool = dict[str, list[str]]
QA = dict[str, list[tuple[str, str]]]

SLOT = re.compile(r"\{(\w+)\}")
# Slot bases that hold a secret value (a slot is its base plus an optional number: card2).
SECRET_BASE: dict[str, str] = {
    "card": CC,
    "cardml": CC,
    "cvv": CVV,
    "cid": CVV,
    "ssn": SSN,
    "otp": OTP,
    "pw": PW,
    "pin": PIN,
}
KEEP: dict[str, int] = {CC: 4, SSN: 4}
SHORT: dict[str, str] = {CC: "card", CVV: "cvv", SSN: "ssn", OTP: "otp", PW: "pw", PIN: "pin"}
RUN = re.compile(r"\d(?:[\d \-./]*\d)?")


# --------------------------------------------------------------------------------------
# Numbers: cards, look-alikes and the check that keeps clean numbers from being cards
# --------------------------------------------------------------------------------------

BRANDS = ("visa", "mastercard", "amex", "discover", "diners", "jcb", "unionpay", "maestro")
BRAND_WEIGHTS = (33, 29, 14, 6, 4, 4, 5, 5)


def digits(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def card_number(rng: Random, brand: str) -> str:
    if brand == "visa":
        prefix, length = "4" + rng.choice("01234567899"), rng.choice((16,) * 9 + (19,))
    elif brand == "mastercard":
        prefix = rng.choice(("51", "52", "53", "54", "55", str(rng.randint(2221, 2720))))
        length = 16
    elif brand == "amex":
        prefix, length = rng.choice(("34", "37")), 15
    elif brand == "discover":
        prefix, length = rng.choice(("6011", str(rng.randint(644, 649)), "65")), 16
    elif brand == "diners":
        prefix, length = rng.choice(("36", "38", str(rng.randint(300, 305)))), 14
    elif brand == "jcb":
        prefix, length = str(rng.randint(3528, 3589)), 16
    elif brand == "unionpay":
        prefix, length = "62" + rng.choice("2345678"), rng.choice((16, 16, 19))
    else:
        prefix = rng.choice(("5018", "5020", "5038", "6304", "6759", "6761", "6763"))
        length = rng.choice((16, 16, 19))
    body = prefix + digits(rng, length - 1 - len(prefix))
    return body + luhn.calc_check_digit(body)


def looks_like_card(d: str) -> bool:
    """A digit string a card detector could rightly take for a card (brand, length, Luhn)."""
    n = len(d)
    if not 12 <= n <= 19 or not luhn.is_valid(d):
        return False
    p2, p3, p4 = int(d[:2]), int(d[:3]), int(d[:4])
    return (
        (d[0] == "4" and n in (13, 16, 19))
        or (51 <= p2 <= 55 and n == 16)
        or (2200 <= p4 <= 2720 and n == 16)
        or (p2 in (34, 37) and n == 15)
        or ((p4 == 6011 or 644 <= p3 <= 649 or p2 == 65) and 16 <= n <= 19)
        or ((p2 in (36, 38, 39) or 300 <= p3 <= 305) and 14 <= n <= 19)
        or (3528 <= p4 <= 3589 and 16 <= n <= 19)
        or (p2 == 62 and 16 <= n <= 19)
        or ((p2 == 50 or 56 <= p2 <= 69) and 12 <= n <= 19)
        or (d[0] == "1" and n == 15)
    )


def card_windows(text: str) -> list[str]:
    """Digit strings a scanner could read as one number: runs and runs of whole groups."""
    found = []
    for run in RUN.finditer(text):
        groups = re.findall(r"\d+", run.group())
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                joined = "".join(groups[i:j])
                if 12 <= len(joined) <= 19:
                    found.append(joined)
    return found


def clean_is_safe(text: str) -> bool:
    return not any(looks_like_card(w) for w in card_windows(text))


def luhn_invalid(body: str) -> str:
    """`body` with its last digit changed, if needed, so that it fails the Luhn check."""
    if luhn.is_valid(body):
        last = (int(body[-1]) + 1 + int(body[-2]) % 3) % 10
        body = body[:-1] + str(last)
    return body


def group(d: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(d[i : i + size])
        i += size
    if i < len(d):
        out.append(d[i:])
    return sep.join(part for part in out if part)


def card_groups(d: str) -> tuple[int, ...]:
    if len(d) == 15:
        return (4, 6, 5)
    if len(d) == 14:
        return (4, 6, 4)
    return (4,) * (len(d) // 4) + ((len(d) % 4,) if len(d) % 4 else ())


def fmt_card(rng: Random, d: str, newline: bool = False) -> str:
    sep = rng.choices((" ", "", "-", ".", "  "), (56, 24, 15, 3, 2))[0]
    if newline:
        sep = sep or " "
        parts = group(d, card_groups(d), sep).split(sep)
        cut = rng.randint(1, len(parts) - 1)
        return sep.join(parts[:cut]) + "\n" + sep.join(parts[cut:])
    if not sep:
        return d
    return group(d, card_groups(d), sep)


def ssn_value(rng: Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    grp, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choices(("-", " ", ""), (72, 18, 10))[0]
    return f"{area:03d}{sep}{grp:02d}{sep}{serial:04d}"


def otp_value(rng: Random) -> str:
    n = rng.choices((6, 4, 5, 7, 8), (78, 8, 4, 4, 6))[0]
    d = digits(rng, n)
    if n == 6:
        style = rng.choices(("", " ", "-"), (74, 20, 6))[0]
        return d[:3] + style + d[3:] if style else d
    return d


def pin_value(rng: Random) -> str:
    n = rng.choices((4, 6, 5), (84, 13, 3))[0]
    d = digits(rng, n)
    while len(set(d)) == 1:
        d = digits(rng, n)
    return d


PW_WORDS = (
    "Viajes",
    "Travel",
    "Madrid",
    "Cancun",
    "Sol",
    "Playa",
    "Tequila",
    "Corp",
    "Admin",
    "Mariposa",
    "Bogota",
    "Tango",
    "Andes",
    "Sevilla",
    "Aguila",
    "Gaviota",
    "Pacific",
    "Summit",
    "Falcon",
    "Roadrunner",
    "Luna",
    "Cafe",
    "Tortuga",
    "Verano",
    "Invierno",
    "Expense",
    "Concur",
    "Pampa",
    "Jaguar",
    "Girasol",
)


def pw_value(rng: Random) -> str:
    value = pw_shape(rng)
    while len(value) < 7:
        value = pw_shape(rng)
    return value


def pw_shape(rng: Random) -> str:
    word, word2 = rng.choice(PW_WORDS), rng.choice(PW_WORDS)
    num = str(rng.choice((2026, 2025, 1987, 1979, 1992, 77, 88, 41, 19, 5, 12, 321)))
    sym = rng.choice("!#$*@&._?%")
    kind = rng.randint(0, 7)
    if kind == 0:
        return f"{word}{num}{sym}"
    if kind == 1:
        return f"{word}{sym}{word2}{num}"
    if kind == 2:
        leet = word.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return f"{leet}{num}"
    if kind == 3:
        alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*"
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(9, 14)))
        return body[:2] + rng.choice("ABCDEFGH") + rng.choice("23456789") + body[2:]
    if kind == 4:
        return f"{word.lower()}{num}"
    if kind == 5:
        return f"{word}_{word2.lower()}{num[-2:]}{sym}"
    if kind == 6:
        return f"{num[-2:]}{word}{sym}{word2[:3].upper()}"
    return f"{word[0].lower()}{word[1:]}.{num}{sym}"


def iban_value(rng: Random) -> str:
    country, n = rng.choice(
        (("ES", 20), ("ES", 20), ("ES", 20), ("DE", 18), ("PT", 21), ("FR", 23), ("IT", 23))
    )
    bban = digits(rng, n)
    if country == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(rng, 22)
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    full = f"{country}{check:02d}{bban}"
    if rng.random() < 0.75:
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    return full


def clabe_value(rng: Random) -> str:
    body = rng.choice(
        ("002", "012", "014", "021", "030", "036", "044", "072", "127", "137")
    ) + digits(rng, 14)
    weights = (3, 7, 1) * 6
    total = sum((int(d) * w) % 10 for d, w in zip(body, weights, strict=False))
    return body + str((10 - total % 10) % 10)


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ"
MX_STATES = (
    "AS",
    "BC",
    "CH",
    "DF",
    "DG",
    "GT",
    "GR",
    "JC",
    "MC",
    "MN",
    "NL",
    "OC",
    "PL",
    "QT",
    "QR",
    "SL",
    "SR",
    "TS",
    "VZ",
    "YN",
)


def birth(rng: Random) -> tuple[int, int, int]:
    return rng.randint(1958, 2003), rng.randint(1, 12), rng.randint(1, 28)


def curp_value(rng: Random) -> str:
    y, m, d = birth(rng)
    head = rng.choice(CONSONANTS) + rng.choice("AEIOU") + rng.choice(LETTERS) + rng.choice(LETTERS)
    homo = rng.choice("0123456789") if y < 2000 else rng.choice("ABCD")
    tail = "".join(rng.choice(CONSONANTS) for _ in range(3))
    return f"{head}{y % 100:02d}{m:02d}{d:02d}{rng.choice('HM')}{rng.choice(MX_STATES)}{tail}{homo}{rng.randint(0, 9)}"


def rfc_value(rng: Random) -> str:
    y, m, d = rng.randint(1995, 2024), rng.randint(1, 12), rng.randint(1, 28)
    n = rng.choice((3, 4))
    head = "".join(rng.choice(LETTERS) for _ in range(n))
    homo = rng.choice(LETTERS) + rng.choice("0123456789ABCDEFGH") + rng.choice("0123456789A")
    return f"{head}{y % 100:02d}{m:02d}{d:02d}{homo}"


def dni_value(rng: Random) -> str:
    num = rng.randint(10_000_000, 79_999_999)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[num % 23]
    return f"{num}{rng.choice(('', '', '-'))}{letter}"


def nie_value(rng: Random) -> str:
    lead = rng.choice("XYZ")
    num = digits(rng, 7)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(lead)) + num) % 23]
    return f"{lead}{num}{letter}"


def cuit_value(rng: Random) -> str:
    prefix = rng.choice(("20", "23", "27", "30", "33"))
    body = prefix + digits(rng, 8)
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else 9 if check == 10 else check
    return f"{body[:2]}-{body[2:]}-{check}"


def dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def cedula_value(rng: Random) -> str:
    num = rng.choice(
        (rng.randint(10_000_000, 99_999_999), rng.randint(1_000_000_000, 1_099_999_999))
    )
    return dotted(num) if rng.random() < 0.6 else str(num)


def passport_value(rng: Random, region: str) -> str:
    if region == "us":
        return rng.choice(("A", "5", "6")) + digits(rng, 8)
    if region == "mx":
        return rng.choice("GNE") + digits(rng, 8)
    if region == "es":
        return rng.choice(("PAA", "PAB", "XDB", "AAK")) + digits(rng, 6)
    if region == "co":
        return rng.choice(("AT", "PE", "AQ")) + digits(rng, 6)
    return rng.choice(("AAE", "AAF", "AAG")) + digits(rng, 6)


def booking_value(rng: Random) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(rng.choice(alphabet) for _ in range(5))
    return code


def eticket_value(rng: Random) -> str:
    code = rng.choice(
        ("001", "006", "016", "075", "139", "045", "134", "044", "057", "125", "230", "014")
    )
    rest = digits(rng, 10)
    style = rng.choices(("", "-", " "), (60, 25, 15))[0]
    return f"{code}{style}{rest}"


def ffn_value(rng: Random) -> str:
    kind = rng.randint(0, 6)
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    if kind == 0:
        return f"Iberia Plus IB{digits(rng, 8)}"
    if kind == 1:
        return "AAdvantage " + "".join(rng.choice(alnum) for _ in range(7))
    if kind == 2:
        return f"Club Premier {digits(rng, 9)}"
    if kind == 3:
        return f"LifeMiles 0{digits(rng, 10)}"
    if kind == 4:
        return f"SkyMiles 9{digits(rng, 9)}"
    if kind == 5:
        return f"Flying Blue {digits(rng, 10)}"
    return f"LATAM Pass {digits(rng, 11)}"


def hotel_conf_value(rng: Random) -> str:
    kind = rng.randint(0, 4)
    if kind == 0:
        return digits(rng, 8)
    if kind == 1:
        return rng.choice("123456789") + digits(rng, 9)
    if kind == 2:
        return f"{rng.randint(1, 9)}{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}"
    if kind == 3:
        return f"MX-{digits(rng, 7)}"
    return "H" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))


# --------------------------------------------------------------------------------------
# Places, people, amounts
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dest:
    city_en: str
    city_es: str
    country_en: str
    country_es: str
    currency: str
    phone: str  # country code key for phone_value
    atms: tuple[str, ...]
    merchants: tuple[str, ...]
    home: str  # region whose travellers are not abroad here


DESTS = (
    Dest(
        "Madrid",
        "Madrid",
        "Spain",
        "España",
        "EUR",
        "34",
        ("CaixaBank", "BBVA", "Santander", "Euronet"),
        ("El Corte Inglés", "Renfe", "Hotel Urban", "Cabify Madrid", "Mercado de San Miguel"),
        "es",
    ),
    Dest(
        "Barcelona",
        "Barcelona",
        "Spain",
        "España",
        "EUR",
        "34",
        ("CaixaBank", "Sabadell", "Euronet"),
        ("Hotel Arts", "La Boqueria", "TMB Metro", "Vueling"),
        "es",
    ),
    Dest(
        "Lisbon",
        "Lisboa",
        "Portugal",
        "Portugal",
        "EUR",
        "351",
        ("Multibanco", "Millennium bcp", "Euronet"),
        ("Pastéis de Belém", "CP Comboios", "Hotel Avenida Palace"),
        "pt",
    ),
    Dest(
        "Paris",
        "París",
        "France",
        "Francia",
        "EUR",
        "33",
        ("BNP Paribas", "Société Générale", "Crédit Agricole"),
        ("Galeries Lafayette", "SNCF", "Hôtel Le Marais", "G7 Taxi"),
        "fr",
    ),
    Dest(
        "Rome",
        "Roma",
        "Italy",
        "Italia",
        "EUR",
        "39",
        ("Bancomat UniCredit", "Intesa Sanpaolo"),
        ("Trenitalia", "Hotel Quirinale", "Eataly Roma"),
        "it",
    ),
    Dest(
        "Berlin",
        "Berlín",
        "Germany",
        "Alemania",
        "EUR",
        "49",
        ("Sparkasse", "Deutsche Bank", "Euronet"),
        ("Deutsche Bahn", "KaDeWe", "Hotel Adlon"),
        "de",
    ),
    Dest(
        "London",
        "Londres",
        "the UK",
        "Reino Unido",
        "GBP",
        "44",
        ("Barclays", "HSBC", "NatWest"),
        ("Heathrow Express", "Pret A Manger", "The Savoy", "TfL"),
        "uk",
    ),
    Dest(
        "Mexico City",
        "Ciudad de México",
        "Mexico",
        "México",
        "MXN",
        "52",
        ("Banorte", "Citibanamex", "BBVA México"),
        ("Liverpool Insurgentes", "Uber CDMX", "Hotel Camino Real", "Aeroméxico"),
        "mx",
    ),
    Dest(
        "Cancún",
        "Cancún",
        "Mexico",
        "México",
        "MXN",
        "52",
        ("Banorte", "Santander México", "Scotiabank"),
        ("Xcaret", "ADO Autobuses", "Hotel Riu Palace", "OXXO"),
        "mx",
    ),
    Dest(
        "Monterrey",
        "Monterrey",
        "Mexico",
        "México",
        "MXN",
        "52",
        ("Banorte", "BBVA México"),
        ("Fundidora Expo", "Hotel Quinta Real", "Viva Aerobus"),
        "mx",
    ),
    Dest(
        "Bogotá",
        "Bogotá",
        "Colombia",
        "Colombia",
        "COP",
        "57",
        ("Bancolombia", "Davivienda", "Servibanca"),
        ("Andrés Carne de Res", "Hotel Tequendama", "Avianca", "Crepes & Waffles"),
        "co",
    ),
    Dest(
        "Medellín",
        "Medellín",
        "Colombia",
        "Colombia",
        "COP",
        "57",
        ("Bancolombia", "Banco de Bogotá"),
        ("Hotel Intercontinental Medellín", "Metro de Medellín", "Parque Arví"),
        "co",
    ),
    Dest(
        "Buenos Aires",
        "Buenos Aires",
        "Argentina",
        "Argentina",
        "ARS",
        "54",
        ("Banelco", "Red Link", "Banco Galicia"),
        ("Aerolíneas Argentinas", "Hotel Alvear", "Don Julio", "Cabify BA"),
        "ar",
    ),
    Dest(
        "Tokyo",
        "Tokio",
        "Japan",
        "Japón",
        "JPY",
        "81",
        ("7-Eleven", "Japan Post Bank", "Seven Bank"),
        ("JR East", "Hotel Okura", "Uniqlo Ginza", "Lawson"),
        "jp",
    ),
    Dest(
        "New York",
        "Nueva York",
        "the US",
        "Estados Unidos",
        "USD",
        "1",
        ("Chase", "Citibank", "Wells Fargo"),
        ("Marriott Marquis", "Yellow Cab", "Macy's", "Amtrak"),
        "us",
    ),
    Dest(
        "Miami",
        "Miami",
        "the US",
        "Estados Unidos",
        "USD",
        "1",
        ("Chase", "Bank of America"),
        ("Hilton Miami Downtown", "Brightline", "Publix"),
        "us",
    ),
    Dest(
        "Panama City",
        "Ciudad de Panamá",
        "Panama",
        "Panamá",
        "USD",
        "507",
        ("Banco General", "Banistmo"),
        ("Copa Airlines", "Hotel Bristol", "Albrook Mall"),
        "pa",
    ),
)

ONLINE_MERCHANTS = (
    "Booking.com",
    "Iberia.com",
    "Expedia",
    "Airbnb",
    "Aeroméxico",
    "Vueling",
    "Avianca",
    "Ryanair",
    "Trainline",
    "Hertz",
    "Despegar",
    "Renfe",
    "LATAM",
    "Marriott Bonvoy",
    "Agoda",
)

FIRST = {
    "us": (
        "Megan",
        "Tyler",
        "Brianna",
        "Kevin",
        "Ashley",
        "Jordan",
        "Priya",
        "Marcus",
        "Hannah",
        "Derek",
        "Olivia",
        "Trevor",
        "Lauren",
        "Nathan",
        "Chloe",
        "Dwayne",
        "Kayla",
        "Ethan",
    ),
    "mx": (
        "Guadalupe",
        "Alejandro",
        "Ximena",
        "Rodrigo",
        "Mariana",
        "José Luis",
        "Fernanda",
        "Emiliano",
        "Itzel",
        "Arturo",
        "Daniela",
        "Héctor",
    ),
    "es": (
        "Lucía",
        "Iñaki",
        "Pilar",
        "Javier",
        "Nuria",
        "Álvaro",
        "Carmen",
        "Jordi",
        "Marta",
        "Sergio",
        "Begoña",
        "Pablo",
    ),
    "co": (
        "Valentina",
        "Santiago",
        "Camila",
        "Andrés",
        "Juliana",
        "Esteban",
        "Natalia",
        "Felipe",
        "Daniela",
        "Sebastián",
    ),
    "ar": (
        "Florencia",
        "Nicolás",
        "Agustina",
        "Matías",
        "Sofía",
        "Facundo",
        "Lucila",
        "Gonzalo",
        "Micaela",
        "Tomás",
    ),
}
LAST = {
    "us": (
        "Whitfield",
        "Novak",
        "Okafor",
        "Brennan",
        "Castillo",
        "Lindqvist",
        "Park",
        "Hughes",
        "Delgado",
        "Fischer",
        "Morrison",
        "Tanaka",
        "Reyes",
        "Sullivan",
    ),
    "mx": (
        "Hernández",
        "López",
        "Martínez",
        "Ramírez",
        "Aguilar",
        "Villaseñor",
        "Cárdenas",
        "Orozco",
        "Zamora",
        "Treviño",
    ),
    "es": (
        "García",
        "Fernández",
        "Iglesias",
        "Echeverría",
        "Navarro",
        "Puig",
        "Sáez",
        "Domínguez",
        "Rovira",
        "Lozano",
    ),
    "co": (
        "Quintero",
        "Restrepo",
        "Ospina",
        "Vargas",
        "Gómez",
        "Castaño",
        "Londoño",
        "Rojas",
        "Mejía",
    ),
    "ar": (
        "Sosa",
        "Benítez",
        "Fernández",
        "Giménez",
        "Romero",
        "Acosta",
        "Pereyra",
        "Bianchi",
        "Ferrari",
    ),
}
COMPANIES = {
    "us": (
        "Pacific Rim Logistics LLC",
        "BlueMesa Dental Group",
        "Brightline Media LLC",
        "Northwind Travel Partners",
        "Rivera Landscaping",
        "Summit Ridge Builders",
        "Lone Star HVAC Inc",
        "Coastal Catering Co",
    ),
    "mx": (
        "Tacos El Güero SA de CV",
        "Grupo Altamira SA de CV",
        "Ferretería Hnos. Castro",
        "Transportes del Bajío",
        "Constructora Sierra Madre",
        "Textiles Oaxaca SA de CV",
    ),
    "es": (
        "Distribuciones Levante SL",
        "Ortiz & Vega Abogados SL",
        "Bodegas Rioja Alta SA",
        "Reformas Nervión SL",
        "Clínica Dental Sonrisas SL",
    ),
    "co": (
        "Andes Consulting SAS",
        "Café de la Sierra SAS",
        "Logística Caribe SAS",
        "Inversiones Quindío SAS",
    ),
    "ar": (
        "Estudio Contable Sosa & Asociados",
        "Vinos de Cuyo SRL",
        "Metalúrgica del Plata SA",
        "Patagonia Tours SRL",
    ),
}
AGENTS = (
    "Dana",
    "Marcos",
    "Renata",
    "Chris",
    "Sofía",
    "Luis",
    "Aisha",
    "Paula",
    "Jorge",
    "Kim",
    "Beatriz",
    "Omar",
    "Val",
    "Tomás",
)
MCC = {
    "5812": ("restaurants", "restaurantes"),
    "4511": ("airlines", "aerolíneas"),
    "7011": ("hotels", "hoteles"),
    "5541": ("gas stations", "gasolineras"),
    "7995": ("gambling", "apuestas"),
    "5813": ("bars", "bares"),
    "4121": ("taxis and rideshare", "taxis"),
    "5411": ("grocery stores", "supermercados"),
    "5732": ("electronics", "electrónica"),
    "7512": ("car rental", "renta de autos"),
    "4722": ("travel agencies", "agencias de viaje"),
    "5999": ("misc retail", "comercio varios"),
    "5311": ("department stores", "tiendas departamentales"),
    "4112": ("rail", "trenes"),
}
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def money(rng: Random, currency: str, lang: str, low: float = 8, high: float = 3500) -> str:
    value = round(rng.uniform(low, high), 2)
    whole = int(value)
    cents = f"{round((value - whole) * 100):02d}"
    en_num, es_num = f"{whole:,}.{cents}", f"{dotted(whole)},{cents}"
    if currency == "EUR":
        return (
            rng.choice((f"{es_num} €", f"{es_num}€", f"EUR {es_num}"))
            if lang != "en"
            else rng.choice((f"€{en_num}", f"{es_num} €", f"EUR {en_num}"))
        )
    if currency == "MXN":
        value_mx = int(value * rng.choice((10, 18)))
        return rng.choice(
            (f"${value_mx:,}.{cents} MXN", f"MXN {value_mx:,}", f"{value_mx:,} pesos")
        )
    if currency == "COP":
        value_co = int(value * 4000) // 100 * 100
        return rng.choice(
            (f"${dotted(value_co)} COP", f"COP {dotted(value_co)}", f"{dotted(value_co)} pesos")
        )
    if currency == "ARS":
        value_ar = int(value * 900) // 10 * 10
        return rng.choice(
            (f"ARS {dotted(value_ar)}", f"$ {dotted(value_ar)},00", f"{dotted(value_ar)} pesos")
        )
    if currency == "GBP":
        return rng.choice((f"£{en_num}", f"GBP {en_num}"))
    if currency == "JPY":
        return rng.choice((f"¥{whole * 150:,}", f"{whole * 150:,} yen", f"JPY {whole * 150:,}"))
    return rng.choice(
        (f"${en_num}", f"USD {en_num}", f"US$ {es_num}" if lang != "en" else f"${whole:,}")
    )


def phone_value(rng: Random, code: str) -> str:
    if code == "34":
        return f"+34 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    if code == "52":
        return rng.choice(
            (
                f"+52 55 {digits(rng, 4)} {digits(rng, 4)}",
                f"+52 33 {digits(rng, 4)} {digits(rng, 4)}",
                f"+52 998 {digits(rng, 3)} {digits(rng, 4)}",
            )
        )
    if code == "57":
        return f"+57 3{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}"
    if code == "54":
        return f"+54 9 11 {digits(rng, 4)}-{digits(rng, 4)}"
    if code == "351":
        return f"+351 91{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)}"
    if code == "33":
        return "+33 6 " + " ".join(digits(rng, 2) for _ in range(4))
    if code == "39":
        return f"+39 3{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}"
    if code == "49":
        return f"+49 151 {digits(rng, 8)}"
    if code == "44":
        return f"+44 7700 900{digits(rng, 3)}"
    if code == "81":
        return f"+81 90-{digits(rng, 4)}-{digits(rng, 4)}"
    if code == "507":
        return f"+507 6{digits(rng, 3)}-{digits(rng, 4)}"
    area = rng.choice(("305", "713", "212", "312", "415", "956", "602"))
    return rng.choice(
        (
            f"+1 ({area}) 555-01{digits(rng, 2)}",
            f"({area}) 555-01{digits(rng, 2)}",
            f"{area}-555-01{digits(rng, 2)}",
        )
    )


REGION_PHONE = {"us": "1", "mx": "52", "es": "34", "co": "57", "ar": "54"}
REGION_CURRENCY = {"us": "USD", "mx": "MXN", "es": "EUR", "co": "COP", "ar": "ARS"}


def address_value(rng: Random, region: str) -> str:
    if region == "us":
        return rng.choice(
            (
                f"{rng.randint(100, 9800)} Brickell Ave, Suite {rng.randint(2, 30)}00, Miami, FL 331{digits(rng, 2)}",
                f"{rng.randint(100, 9800)} Westheimer Rd, Houston, TX 770{digits(rng, 2)}",
                f"{rng.randint(10, 999)} W Madison St, Floor {rng.randint(2, 40)}, Chicago, IL 606{digits(rng, 2)}",
                f"{rng.randint(100, 4000)} E Camelback Rd, Phoenix, AZ 850{digits(rng, 2)}",
            )
        )
    if region == "mx":
        return rng.choice(
            (
                f"Av. Insurgentes Sur {rng.randint(100, 3000)}, Piso {rng.randint(2, 20)}, Col. Del Valle, 03{digits(rng, 3)} CDMX",
                f"Av. Vallarta {rng.randint(1000, 6000)}, Col. Chapalita, 45{digits(rng, 3)} Guadalajara, Jal.",
                f"Calz. del Valle {rng.randint(100, 999)} Ote., San Pedro Garza García, N.L. 66{digits(rng, 3)}",
            )
        )
    if region == "es":
        return rng.choice(
            (
                f"Calle de Alcalá {rng.randint(1, 200)}, {rng.randint(1, 8)}º {rng.choice('ABCD')}, 280{digits(rng, 2)} Madrid",
                f"Carrer de Balmes {rng.randint(1, 300)}, 080{digits(rng, 2)} Barcelona",
                f"Av. de la Constitución {rng.randint(1, 60)}, 410{digits(rng, 2)} Sevilla",
            )
        )
    if region == "co":
        return f"Carrera {rng.randint(7, 15)} # {rng.randint(20, 120)}-{rng.randint(10, 99)}, Of. {rng.randint(2, 12)}0{rng.randint(1, 9)}, Bogotá"
    return f"Av. Corrientes {rng.randint(200, 6000)}, Piso {rng.randint(2, 15)}, C10{digits(rng, 2)} CABA"


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out).replace("¿", "").replace("¡", "")


# --------------------------------------------------------------------------------------
# Conversation context: slot values, styles, rendering
# --------------------------------------------------------------------------------------


@dataclass
class Ctx:
    rng: Random
    lang: str  # "en", "es" or "mix"
    region: str  # home: "us", "mx", "es", "co", "ar"
    dest: Dest
    lower: bool
    noaccent: bool
    typos: bool
    emoji: float
    values: dict[str, str] = field(default_factory=dict)
    cards: dict[str, tuple[str, str]] = field(default_factory=dict)  # slot -> (digits, brand)
    base_day: date = date(2026, 1, 1)
    used: set[str] = field(default_factory=set)

    def msg_lang(self) -> str:
        if self.lang == "mix":
            return self.rng.choices(("mix", "en", "es"), (55, 20, 25))[0]
        return self.lang

    def pick(self, pool: Pool) -> str:
        for _try in range(6):
            template = self.pick_once(pool)
            if template not in self.used:
                break
        self.used.add(template)
        return template

    def pick_once(self, pool: Pool) -> str:
        lang = self.msg_lang()
        options = pool.get(lang)
        if not options:
            options = (
                pool.get("es" if lang == "mix" and self.rng.random() < 0.5 else "en") or pool["es"]
            )
        return self.rng.choice(options)

    @property
    def es(self) -> bool:
        return self.lang != "en"

    def card(self, slot: str) -> tuple[str, str]:
        key = "card" + (re.sub(r"^\D+", "", slot) or "")
        if key not in self.cards:
            brand = self.rng.choices(BRANDS, BRAND_WEIGHTS)[0]
            self.cards[key] = (card_number(self.rng, brand), brand)
        return self.cards[key]

    def value(self, slot: str) -> str:
        if slot not in self.values:
            self.values[slot] = self.make(slot)
        return self.values[slot]

    def make(self, slot: str) -> str:
        rng = self.rng
        base = re.sub(r"\d+$", "", slot)
        es = self.es and (self.lang == "es" or rng.random() < 0.5)
        if base in ("name", "emp", "first", "email", "username"):
            people = self.region
            if people == "us":
                people = "us" if rng.random() < (0.75 if self.lang == "en" else 0.25) else "mx"
            first, last = rng.choice(FIRST[people]), rng.choice(LAST[people])
        if base in ("card", "cardml"):
            return fmt_card(rng, self.card(slot)[0], newline=base == "cardml")
        if base == "cvv":
            key = "card" + slot[3:]
            amex = key in self.cards and self.cards[key][1] == "amex"
            return digits(rng, 4 if amex else 3)
        if base == "cid":
            return digits(rng, 4)
        if base == "ssn":
            return ssn_value(rng)
        if base == "otp":
            return otp_value(rng)
        if base == "pin":
            return pin_value(rng)
        if base == "pw":
            return pw_value(rng)
        if base == "lastfour":
            return self.card("card")[0][-4:]
        if base == "lf":
            return digits(rng, 4)
        if base == "masked":
            last4 = self.card("card")[0][-4:] if slot == "masked" else digits(rng, 4)
            return rng.choice(
                (
                    f"**** **** **** {last4}",
                    f"XXXX-XXXX-XXXX-{last4}",
                    f"•••• {last4}",
                    f"************{last4}",
                    f"****{last4}",
                    f"xxxx {last4}",
                )
            )
        if base == "exp":
            month, year = rng.randint(1, 12), rng.randint(26, 31)
            return rng.choice(
                (
                    f"{month:02d}/{year}",
                    f"{month:02d}/20{year}",
                    f"{month}/{year}",
                    f"{month:02d}-{year}",
                )
            )
        if base == "cvvword":
            amex = self.card("card")[1] == "amex"
            if self.lang == "en":
                return (
                    rng.choice(("CID", "4-digit code on the front"))
                    if amex
                    else rng.choice(("CVV", "CVC", "security code", "CVV2"))
                )
            return (
                rng.choice(("CID", "código de 4 dígitos del frente"))
                if amex
                else rng.choice(("CVV", "CVC", "código de seguridad", "código de atrás"))
            )
        if base == "pinword":
            return {
                "mx": rng.choice(("NIP", "NIP", "PIN")),
                "es": rng.choice(("PIN", "número secreto", "PIN")),
                "co": rng.choice(("clave", "PIN")),
                "ar": rng.choice(("PIN", "clave")),
                "us": "PIN",
            }[self.region]
        if base == "codeword":
            return {
                "mx": rng.choice(("código", "token", "código de seguridad")),
                "es": rng.choice(("código SMS", "código", "código de verificación")),
                "co": rng.choice(("clave dinámica", "código", "token")),
                "ar": rng.choice(("código", "token")),
                "us": rng.choice(("código", "code")),
            }[self.region]
        if base in ("name", "emp"):
            return f"{first} {last}"
        if base == "first":
            return first
        if base == "agent":
            return rng.choice(AGENTS)
        if base == "company":
            return rng.choice(COMPANIES[self.region])
        if base == "emp_id":
            return rng.choice(
                (
                    f"E{digits(rng, 5)}",
                    digits(rng, 6),
                    f"EMP-{digits(rng, 5)}",
                    f"{rng.randint(1000, 99999)}",
                    f"{rng.choice(LETTERS)}{rng.choice(LETTERS)}{digits(rng, 4)}",
                )
            )
        if base == "cost_center":
            return rng.choice(
                (
                    f"{rng.randint(1000, 9999)}",
                    f"CC-{rng.randint(1000, 9999)}",
                    f"CECO {rng.randint(100, 999)}",
                    f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}",
                    f"{rng.choice(('OPS', 'SLS', 'MKT', 'FIN'))}-{rng.randint(10, 99)}",
                )
            )
        if base == "gl":
            return rng.choice(
                (
                    f"{rng.randint(5000, 7999)}-{rng.randint(100, 999)}",
                    f"{rng.randint(5000, 7999)}.{rng.randint(1, 99):02d}",
                    f"{rng.randint(50000, 79999)}",
                )
            )
        if base == "po":
            return rng.choice(
                (
                    f"PO-2026-{digits(rng, 5)}",
                    f"45{digits(rng, 8)}",
                    f"OC-{digits(rng, 5)}",
                    f"PO {rng.randint(10000, 99999)}",
                )
            )
        if base == "invoice":
            return rng.choice(
                (
                    f"INV-{digits(rng, 5)}",
                    f"A-0001-{digits(rng, 8)}",
                    f"F2026/{digits(rng, 4)}",
                    f"FAC-2026-{digits(rng, 4)}",
                    f"#{rng.randint(1000, 99999)}",
                )
            )
        if base == "mcc":
            return rng.choice(tuple(MCC))
        if base == "mccd":
            code = rng.choice(tuple(MCC))
            return f"{code} ({MCC[code][1 if es else 0]})"
        if base == "limit":
            cur = REGION_CURRENCY[self.region]
            amount = rng.choice((2500, 5000, 7500, 10000, 15000, 20000, 25000, 50000))
            if cur == "EUR":
                return rng.choice((f"{dotted(amount)} €", f"{dotted(amount)} euros"))
            if cur == "MXN":
                return rng.choice((f"${amount * 10:,} MXN", f"{amount * 10:,} pesos"))
            if cur == "COP":
                return f"COP {dotted(amount * 2000)}"
            if cur == "ARS":
                return f"ARS {dotted(amount * 500)}"
            return rng.choice((f"${amount:,}", f"USD {amount:,}", f"{amount:,} dollars"))
        if base == "amount":
            return money(rng, REGION_CURRENCY[self.region], self.lang)
        if base == "amount_dest":
            return money(rng, self.dest.currency, self.lang)
        if base == "fee":
            return money(rng, self.dest.currency, self.lang, 1.5, 9)
        if base == "date":
            offset = {"date": 0, "date2": rng.randint(3, 9), "date3": rng.randint(10, 20)}.get(
                slot, rng.randint(0, 20)
            )
            day = self.base_day + timedelta(days=offset)
            return self.fmt_date(day)
        if base == "past":
            return self.fmt_date(self.base_day - timedelta(days=rng.randint(1, 6)))
        if base == "dob":
            y, m, d = birth(rng)
            return rng.choice(
                (f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}")
            )
        if base == "time":
            h, m = rng.randint(0, 23), rng.choice((0, 5, 10, 14, 20, 25, 30, 38, 45, 50, 55))
            return rng.choice(
                (
                    f"{h:02d}:{m:02d}",
                    f"{h:02d}:{m:02d}",
                    f"{h}:{m:02d}h",
                    f"{(h % 12) or 12}:{m:02d} {'pm' if h >= 12 else 'am'}",
                )
            )
        if base == "flight":
            return (
                rng.choice(
                    (
                        "IB",
                        "AM",
                        "AV",
                        "LA",
                        "UA",
                        "AA",
                        "DL",
                        "BA",
                        "AF",
                        "AR",
                        "VY",
                        "CM",
                        "UX",
                        "Y4",
                    )
                )
                + rng.choice(("", " "))
                + str(rng.randint(12, 6999))
            )
        if base == "seat":
            return f"{rng.randint(1, 44)}{rng.choice('ABCDEFHJK')}"
        if base == "gate":
            return f"{rng.choice('ABCDEKMS')}{rng.randint(1, 68)}"
        if base == "terminal":
            return rng.choice(("T1", "T2", "T4", "T4S", "1", "3", "2E", "B"))
        if base == "booking":
            return booking_value(rng)
        if base == "eticket":
            return eticket_value(rng)
        if base == "ffn":
            return ffn_value(rng)
        if base == "hotel_conf":
            return hotel_conf_value(rng)
        if base == "hotel":
            return rng.choice(
                tuple(
                    m
                    for m in self.dest.merchants
                    if "Hotel" in m
                    or "Hôtel" in m
                    or "Hilton" in m
                    or "Marriott" in m
                    or "Savoy" in m
                )
                or ("Hotel Central",)
            )
        if base == "rental":
            return rng.choice((f"RA {digits(rng, 9)}", f"{rng.choice(('K', 'M'))}{digits(rng, 8)}"))
        if base == "iban":
            return iban_value(rng)
        if base == "clabe":
            return clabe_value(rng)
        if base == "curp":
            return curp_value(rng)
        if base == "rfc":
            return rfc_value(rng)
        if base == "dni":
            return dni_value(rng)
        if base == "nie":
            return nie_value(rng)
        if base == "cuit":
            return cuit_value(rng)
        if base == "cedula":
            return cedula_value(rng)
        if base == "dni_ar":
            return dotted(rng.randint(20_000_000, 45_999_999))
        if base == "passport":
            return passport_value(rng, self.region)
        if base == "ein":
            return f"{rng.choice(('12', '20', '27', '36', '45', '46', '47', '59', '61', '74', '83', '88'))}-{digits(rng, 7)}"
        if base == "phone":
            return phone_value(rng, REGION_PHONE[self.region])
        if base == "phone_dest":
            return phone_value(rng, self.dest.phone)
        if base == "phone4":
            return digits(rng, 4)
        if base == "zip":
            if self.region == "us":
                return rng.choice(
                    (
                        f"{rng.randint(10001, 99950):05d}",
                        f"{rng.randint(10001, 99950):05d}-{digits(rng, 4)}",
                    )
                )
            return f"{rng.randint(1000, 52999):05d}"
        if base == "address":
            return address_value(rng, self.region)
        if base == "email":
            person = self.value("name").split()
            dom = re.sub(r"[^a-z]", "", strip_accents(self.value("company").lower().split()[0]))
            return (
                f"{strip_accents(person[0]).lower()}.{strip_accents(person[-1]).lower()}@{dom}.com"
            )
        if base == "username":
            return rng.choice(
                (
                    f"{strip_accents(first[0] + last).lower()}",
                    f"{strip_accents(first.split()[0]).lower()}_{rng.choice(('travel', 'admin', 'corp'))}",
                    f"{strip_accents(first.split()[0]).lower()}{rng.randint(1, 99)}",
                )
            )
        if base == "case":
            return rng.choice(
                (
                    f"CS-2026-{digits(rng, 6)}",
                    f"#{rng.randint(1000000, 9999999)}",
                    f"{rng.choice(('CAS', 'INC', 'TKT'))}-{digits(rng, 6)}",
                    f"{rng.randint(10000000, 99999999)}",
                )
            )
        if base == "auth":
            return digits(rng, 6) if rng.random() < 0.45 else digits(rng, 5) + rng.choice(LETTERS)
        if base == "txn":
            return rng.choice(
                (
                    f"TXN-2026{digits(rng, 4)}-{digits(rng, 6)}",
                    f"{rng.choice(LETTERS)}{digits(rng, 11)}",
                )
            )
        if base == "atm_id":
            return rng.choice(
                (f"{rng.choice(LETTERS)}{digits(rng, 5)}", f"ATM-{digits(rng, 4)}", digits(rng, 8))
            )
        if base == "atm_err":
            return rng.choice(("05", "51", "55", "57", "61", "91", "E-104", "R3", "1A", "C14"))
        if base == "tracking":
            return rng.choice(
                (
                    f"1Z{''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTVWXY') for _ in range(16))}",
                    luhn_invalid("7" + digits(rng, 11)),
                    digits(rng, 10),
                )
            )
        if base == "longref":
            body = rng.choice(("4", "5", "7", "3", "6")) + digits(rng, 15)
            body = luhn_invalid(body)
            return group(body, (4, 4, 4, 4), " ") if rng.random() < 0.5 else body
        if base == "arn":
            return "7" + digits(rng, 22)
        if base == "sapdoc":
            return "51" + digits(rng, 8)
        if base == "city":
            return self.dest.city_es if es else self.dest.city_en
        if base == "country":
            place = self.dest
            if slot != "country":  # country2, country3: somewhere else
                place = rng.choice([d for d in DESTS if d.country_en != self.dest.country_en])
            return place.country_es if es else place.country_en
        if base == "home_city":
            return {
                "us": rng.choice(("Houston", "Miami", "Chicago", "Phoenix")),
                "mx": rng.choice(("CDMX", "Guadalajara", "Monterrey")),
                "es": rng.choice(("Madrid", "Valencia", "Sevilla")),
                "co": rng.choice(("Bogotá", "Cali")),
                "ar": rng.choice(("Córdoba", "Rosario", "CABA")),
            }[self.region]
        if base == "atm_bank":
            return rng.choice(self.dest.atms)
        if base == "merchant":
            return rng.choice(self.dest.merchants)
        if base == "merchant_online":
            return rng.choice(ONLINE_MERCHANTS)
        if base == "dept":
            return rng.choice(
                (
                    f"D-{rng.randint(100, 999)}",
                    f"{rng.randint(100, 999)}",
                    "Sales EMEA",
                    "Field Ops",
                    "Ventas Norte",
                    "Compras",
                )
            )
        if base == "count":
            return str(rng.randint(4, 60))
        if base == "rate":
            return rng.choice(
                (
                    "1 EUR = 1.0842 USD",
                    "1 USD = 18,37 MXN",
                    "1 USD = 3.912 COP",
                    "1 EUR = 0,8561 GBP",
                    "1 USD = 149.2 JPY",
                )
            )
        if base == "month":
            return rng.choice(MONTHS_ES if es else MONTHS_EN)
        if base == "last4ssn":
            return digits(rng, 4)
        raise KeyError(slot)

    def fmt_date(self, day: date) -> str:
        rng = self.rng
        if self.lang == "en" or (self.lang == "mix" and rng.random() < 0.4):
            return rng.choice(
                (
                    f"{day.month:02d}/{day.day:02d}/{day.year}",
                    f"{MONTHS_EN[day.month - 1][:3]} {day.day}",
                    f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}",
                    f"{day.day} {MONTHS_EN[day.month - 1][:3]}",
                    day.isoformat(),
                )
            )
        return rng.choice(
            (
                f"{day.day:02d}/{day.month:02d}/{day.year}",
                f"{day.day} de {MONTHS_ES[day.month - 1]}",
                f"{day.day:02d}/{day.month:02d}",
                f"{day.day}-{MONTHS_ES[day.month - 1][:3]}-{day.year}",
                day.isoformat(),
            )
        )

    def stylize(self, lit: str) -> str:
        if self.lower:
            lit = lit.lower()
        if self.noaccent:
            lit = strip_accents(lit)
        if self.typos and self.rng.random() < 0.12:
            words = [m for m in re.finditer(r"[A-Za-z]{5,}", lit)]
            if words:
                m = self.rng.choice(words)
                i = m.start() + self.rng.randint(1, len(m.group()) - 3)
                lit = lit[:i] + lit[i + 1] + lit[i] + lit[i + 2 :]
        return lit


def render(
    ctx: Ctx, template: str, messy: bool, hidden: tuple[str, ...] = ()
) -> tuple[str, list[Label], dict[str, tuple[int, int]]]:
    """Fill `template`'s slots; labels come from the secret slots' positions.

    `hidden` slots hold secrets the caller labels itself (parts of a split card).
    """
    for _attempt in range(30):
        out: list[str] = []
        labels: list[Label] = []
        spans: dict[str, tuple[int, int]] = {}
        pos = n = 0
        clean_slots = []
        for m in SLOT.finditer(template):
            lit = template[pos : m.start()]
            lit = ctx.stylize(lit) if messy else lit
            out.append(lit)
            n += len(lit)
            slot = m.group(1)
            val = ctx.value(slot)
            base = re.sub(r"\d+$", "", slot)
            if base in SECRET_BASE:
                kind = SECRET_BASE[base]
                labels.append(Label(kind, n, n + len(val), keep=KEEP.get(kind, 0)))
            elif slot not in hidden:
                clean_slots.append(slot)
            spans.setdefault(slot, (n, n + len(val)))
            out.append(val)
            n += len(val)
            pos = m.end()
        tail = template[pos:]
        out.append(ctx.stylize(tail) if messy else tail)
        text = "".join(out)
        blanked = list(text)
        secret_spans = [(lab.start, lab.end) for lab in labels] + [
            spans[h] for h in hidden if h in spans
        ]
        for start, end in secret_spans:
            blanked[start:end] = ["X"] * (end - start)
        if clean_is_safe("".join(blanked)):
            return text, labels, spans
        for slot in clean_slots:  # a clean number reads as a card: draw the clean values again
            ctx.values.pop(slot, None)
    raise RuntimeError(f"cannot render a safe text for {template!r}")


EMOJI = ("🙏", "😩", "😅", "🙂", "✈️", "😬", "👍", "🤞", "😓", "🙃")


def qa(ctx: Ctx, pairs: QA, ask_kind: str, answer_kind: str) -> list[Message]:
    """An agent's legitimate ask and the customer's fitting answer."""
    lang = ctx.msg_lang()
    options = pairs.get(lang) or pairs["en"]
    ask, answer = ctx.rng.choice([pair for pair in options if pair[0] not in ctx.used] or options)
    ctx.used.add(ask)
    return [agent(ctx, ask, ask_kind), cust(ctx, answer, answer_kind)]


def cust(ctx: Ctx, tpl: str | Pool, kind: str) -> Message:
    template = tpl if isinstance(tpl, str) else ctx.pick(tpl)
    text, labels, _ = render(ctx, template, messy=True)
    if ctx.rng.random() < ctx.emoji:
        text += " " + ctx.rng.choice(EMOJI)
    return Message("customer", text, labels, kind=kind)


def agent(ctx: Ctx, tpl: str | Pool, kind: str, requested: frozenset[str] = frozenset()) -> Message:
    template = tpl if isinstance(tpl, str) else ctx.pick(tpl)
    text, labels, _ = render(ctx, template, messy=False)
    if labels:
        raise ValueError(f"agent template holds a secret slot: {template!r}")
    return Message("agent", text, labels, requested=requested, kind=kind)


# --------------------------------------------------------------------------------------
# Shared pools: openings, closings, fillers
# --------------------------------------------------------------------------------------

AGENT_GREET: Pool = {
    "en": [
        "Hi, you're chatting with {agent} from the Commercial Card desk. How can I help today?",
        "Good morning! {agent} here, Corporate Travel Support. What can I do for you?",
        "Thanks for reaching out to Business Card Services. My name is {agent}.",
        "Hello, this is {agent} with the Travel & Expense desk. I'm here to help.",
        "Hi there 👋 I'm {agent}. I can help with corporate cards, limits and travel issues.",
        "Welcome to Commercial Card Support. {agent} speaking, how can I assist?",
        "Hi! {agent} from the 24/7 Travel Desk. What's going on?",
    ],
    "es": [
        "Hola, te atiende {agent} de la mesa de Tarjetas Corporativas. ¿En qué te puedo ayudar?",
        "Buenas tardes, le saluda {agent}, de Atención a Empresas. ¿Cómo le ayudo?",
        "¡Hola! Soy {agent}, del equipo de Viajes y Gastos. Cuéntame.",
        "Buen día, soy {agent} de Banca Comercial. ¿En qué puedo ayudarle?",
        "Hola 👋 Soy {agent}, de la mesa de viajeros 24/7. ¿Qué necesitas?",
        "Bienvenido a Tarjetas Empresariales, le atiende {agent}.",
    ],
    "mix": [
        "Hi! Soy {agent} del Commercial Card desk, ¿en qué te ayudo?",
        "Hola, this is {agent} from Business Services, dime cómo te ayudo.",
        "Hi, soy {agent} de Travel Support. ¿Qué pasó con la card?",
    ],
}
BOT_GREET: Pool = {
    "en": [
        "🤖 Business Card Assistant here. Reply with a number:\n1 Lost or stolen card\n2 Card declined abroad\n3 Limits and MCC blocks\n4 Talk to an agent",
        "Hi, I'm the virtual assistant of the Commercial Card desk. Choose: 1) Card blocked 2) Travel notice 3) Statement 4) Agent",
    ],
    "es": [
        "🤖 Asistente de Tarjetas Empresariales. Responde con un número:\n1 Tarjeta perdida o robada\n2 Rechazo en el extranjero\n3 Límites y bloqueos por giro\n4 Hablar con un asesor",
        "Hola, soy el asistente virtual de Banca Empresarial. Elige: 1) Tarjeta bloqueada 2) Aviso de viaje 3) Estado de cuenta 4) Asesor",
    ],
}
CUST_HELLO: Pool = {
    "en": [
        "hi",
        "Hello, I'm the card program administrator at {company}.",
        "hey quick question",
        "Hi, I manage travel for {company}, we have a problem",
        "good morning",
        "Hi {agent}, thanks for picking up",
        "hello?? anyone there",
        "Hi — travel manager at {company} here.",
    ],
    "es": [
        "hola buenas",
        "Buenas tardes, soy la administradora del programa de tarjetas de {company}.",
        "Buen día",
        "qué tal, buenas",
        "Hola, qué pena molestar",
        "hola che, una consulta",
        "Hola {agent}, gracias",
        "buenas, llevo los viajes de {company}",
    ],
    "mix": [
        "hi, buenas tardes",
        "hola, I'm the admin de las corporate cards de {company}",
        "hey hola",
    ],
}
AGENT_CLOSE: Pool = {
    "en": [
        "Is there anything else I can help you with?",
        "You're all set. Safe travels! ✈️",
        "Thanks for contacting the Commercial Card desk. Have a great day.",
        "Your case number is {case} in case you need to follow up.",
        "Done. I'll keep the case {case} open for 48 hours.",
    ],
    "es": [
        "¿Hay algo más en lo que te pueda ayudar?",
        "Listo, quedó registrado con el folio {case}. ¡Buen viaje!",
        "Gracias por comunicarte con Banca Empresarial.",
        "Cualquier cosa, tu número de caso es {case}.",
        "Quedo atenta. Que tengas buen viaje.",
    ],
    "mix": [
        "Listo, you're all set. Folio {case}.",
        "¿Algo más en que te pueda ayudar? Safe travels!",
    ],
}
CUST_CLOSE: Pool = {
    "en": [
        "thanks!",
        "that's all, thank you",
        "perfect, appreciate it 🙏",
        "ok great thx",
        "Thank you, {agent}.",
        "cool, bye",
        "thanks, have a good one",
    ],
    "es": [
        "gracias!",
        "listo, muchas gracias",
        "mil gracias 🙏",
        "dale, gracias",
        "perfecto, muy amable",
        "vale, gracias",
        "órale, gracias",
        "listo, chao",
    ],
    "mix": ["ok perfect, gracias!", "thank you, muy amable", "ok gracias, bye"],
}
AGENT_FILLER: Pool = {
    "en": [
        "One moment while I pull up the account.",
        "Thanks, checking now.",
        "Give me a minute, please.",
        "Let me look into that for you.",
        "Got it. Reviewing the recent activity.",
    ],
    "es": [
        "Un momento mientras reviso la cuenta.",
        "Gracias, lo reviso.",
        "Dame un minuto, por favor.",
        "Permíteme un momento.",
        "Entendido, reviso los movimientos.",
    ],
    "mix": ["Ok, dame un momento, checking.", "Got it, un momento please."],
}
CUST_FILLER: Pool = {
    "en": ["ok", "sure", "np", "ok thanks", "waiting", "take your time"],
    "es": ["ok", "dale", "va", "sale", "vale", "sí, claro", "espero"],
    "mix": ["ok sure", "va, I'll wait"],
}


# --------------------------------------------------------------------------------------
# Agent lines: legitimate asks, warnings, information
# --------------------------------------------------------------------------------------

# Legitimate agent asks by topic, each with a fitting (clean) customer answer.
LEGIT: dict[str, QA] = {
    "id": {
        "en": [
            (
                "Can you confirm the last 4 digits of the card and the cardholder's name?",
                "{name}, card ending {lastfour}",
            ),
            ("What's the billing ZIP code on the account?", "ZIP is {zip}"),
            (
                "For verification, your date of birth and the email on file, please.",
                "DOB {dob}, email {email}",
            ),
            (
                "Which card is it? Just the last four, please — never the full number.",
                "the one ending {lastfour}",
            ),
            (
                "Please confirm the name as it appears on the card and your employee number.",
                "{name}, employee # {emp_id}",
            ),
            (
                "Just to verify: the last four of the card and the billing ZIP, please.",
                "{lastfour} / {zip}",
            ),
        ],
        "es": [
            (
                "¿Me confirmas los últimos 4 dígitos de la tarjeta y el nombre del titular?",
                "{name}, terminación {lastfour}",
            ),
            ("¿Cuál es el código postal de facturación?", "el CP es {zip}"),
            (
                "Para validar, ¿me das tu fecha de nacimiento y el correo registrado?",
                "nací el {dob}, correo {email}",
            ),
            (
                "¿Qué tarjeta es? Solo los últimos cuatro dígitos, por favor, nunca el número completo.",
                "la que termina en {lastfour}",
            ),
            (
                "¿Me confirmas el nombre como aparece en la tarjeta y tu número de empleado?",
                "{name}, empleado {emp_id}",
            ),
        ],
        "mix": [
            (
                "¿Me confirmas los last 4 digits y el nombre del cardholder?",
                "{name}, ending {lastfour}",
            ),
            ("¿Cuál es el billing ZIP code?", "el ZIP es {zip}"),
        ],
    },
    "travel": {
        "en": [
            (
                "What are your travel dates and the countries you'll visit?",
                "Leaving {date}, back {date2}, {country} and {country2}",
            ),
            (
                "What's the phone number where you can receive a call while abroad?",
                "I'm reachable at {phone_dest} while abroad",
            ),
            (
                "What's the booking reference or the hotel confirmation number, so I can match the pre-authorization?",
                "hotel confirmation {hotel_conf}, booking ref {booking}",
            ),
            (
                "Which flight are you on, and when do you land?",
                "{flight}, landing {time} on {date}",
            ),
        ],
        "es": [
            (
                "Indícame las fechas del viaje y los países que vas a visitar.",
                "Salgo el {date} y regreso el {date2}, {country} y {country2}",
            ),
            (
                "¿Me regalas un número de contacto donde te podamos llamar en el exterior?",
                "me pueden llamar al {phone_dest} mientras estoy afuera",
            ),
            (
                "¿Cuál es el localizador de la reserva o el número de confirmación del hotel?",
                "localizador {booking}, confirmación {hotel_conf}",
            ),
            (
                "¿En qué vuelo vas y a qué hora llegas?",
                "en el {flight}, llego a las {time} del {date}",
            ),
        ],
        "mix": [
            (
                "Dame tus travel dates y los países, please.",
                "salgo el {date}, back el {date2}, {country}",
            )
        ],
    },
    "charge": {
        "en": [
            (
                "Can you tell me the amount, the merchant and the date of the charge?",
                "{amount_dest} at {merchant}, {past}",
            ),
            (
                "Which ATM was it (bank and city) and roughly what time?",
                "{atm_bank} in {city}, around {time}",
            ),
            (
                "Do you have the receipt? The authorization code on it helps me find the transaction.",
                "auth code {auth}, {amount_dest}",
            ),
        ],
        "es": [
            (
                "¿Cuál es el monto y la fecha del cargo que no reconoces?",
                "{amount_dest}, el {past}, en {merchant}",
            ),
            (
                "¿En qué cajero fue (banco y ciudad) y a qué hora más o menos?",
                "en un {atm_bank} de {city}, como a las {time}",
            ),
            (
                "¿Tienes el comprobante? El número de autorización me ayuda a ubicar el cargo.",
                "autorización {auth}, por {amount_dest}",
            ),
        ],
        "mix": [("¿Cuál es el amount y la fecha del charge?", "{amount_dest}, el {past}")],
    },
    "admin": {
        "en": [
            (
                "Please share the employee ID and the department code of the cardholder.",
                "employee {emp_id}, dept {dept}",
            ),
            (
                "What's the company name on the program and your administrator ID?",
                "{company}, admin ID {emp_id}",
            ),
            ("Could you confirm the mailing address for the replacement card?", "{address}"),
            (
                "Which cost center should the new card be billed to?",
                "cost center {cost_center}, GL {gl}",
            ),
            ("What's the PO number that charge belongs to?", "PO {po}, invoice {invoice}"),
        ],
        "es": [
            (
                "¿Me pasás el número de empleado y el centro de costos?",
                "empleado {emp_id}, centro de costos {cost_center}",
            ),
            ("¿A qué dirección enviamos la tarjeta de reposición?", "{address}"),
            (
                "¿Me confirmas la razón social y tu número de administrador del programa?",
                "{company}, administrador {emp_id}",
            ),
            ("¿A qué orden de compra corresponde ese cargo?", "OC {po}, factura {invoice}"),
        ],
        "mix": [
            (
                "¿Me das el employee ID y el cost center?",
                "employee ID {emp_id}, cost center {cost_center}",
            )
        ],
    },
}


def legit_pairs(*topics: str) -> QA:
    merged: QA = {}
    for topic in ("id", *topics):
        for lang, pairs in LEGIT[topic].items():
            merged.setdefault(lang, []).extend(pairs)
    return merged


def legit_asks(*topics: str) -> Pool:
    return {lang: [ask for ask, _ in pairs] for lang, pairs in legit_pairs(*topics).items()}


LEGIT_QA = legit_pairs("travel", "charge", "admin")
LEGIT_ASK = legit_asks("travel", "charge", "admin")
BOT_QA: QA = {
    "en": [
        (
            "Please provide:\n1) Cardholder name\n2) Last 4 digits of the card\n3) Travel dates\n4) Countries you'll visit",
            "1) {name} 2) {lastfour} 3) {date} to {date2} 4) {country}",
        ),
        (
            "To continue I need: • Company name • Employee ID • Last four digits of the card • Billing ZIP code",
            "{company}, employee {emp_id}, ending {lastfour}, ZIP {zip}",
        ),
        (
            "Step 1 of 3 — Type the last 4 digits of the affected card (never the full number).",
            "{lastfour}",
        ),
        (
            "Please confirm: (a) the merchant name, (b) the amount, (c) the date of the transaction.",
            "(a) {merchant} (b) {amount_dest} (c) {past}",
        ),
        (
            "To register your travel notice, reply with:\n- Destination countries\n- Departure date\n- Return date\n- A phone number we can reach you at",
            "- {country}\n- {date}\n- {date2}\n- {phone_dest}",
        ),
        (
            "I can help with that. First, the cardholder's full name and the last 4 digits of the card, please.",
            "{name}, card ending {lastfour}",
        ),
        (
            "To open a dispute I need: 1. Last 4 of the card 2. Merchant 3. Amount 4. Date. Do not type card numbers, CVV or PIN here.",
            "1. {lastfour} 2. {merchant} 3. {amount_dest} 4. {past}",
        ),
        (
            "Step 2 of 3 — Enter the cardholder's employee ID and cost center.",
            "{emp_id} / {cost_center}",
        ),
        (
            "Which limit do you want to change? Reply MONTHLY or SINGLE, then the new amount.",
            "MONTHLY {limit}",
        ),
    ],
    "es": [
        (
            "Por favor indica:\n1) Nombre del titular\n2) Últimos 4 dígitos de la tarjeta\n3) Fechas del viaje\n4) Países de destino",
            "1) {name} 2) {lastfour} 3) del {date} al {date2} 4) {country}",
        ),
        (
            "Para continuar necesito: • Razón social • Número de empleado • Últimos 4 dígitos • Código postal de facturación",
            "{company}, empleado {emp_id}, terminación {lastfour}, CP {zip}",
        ),
        (
            "Paso 1 de 3 — Escribe los últimos 4 dígitos de la tarjeta (nunca el número completo).",
            "{lastfour}",
        ),
        (
            "Confirma por favor: (a) comercio, (b) monto, (c) fecha de la operación.",
            "(a) {merchant} (b) {amount_dest} (c) {past}",
        ),
        (
            "Para registrar tu aviso de viaje responde con:\n- Países de destino\n- Fecha de salida\n- Fecha de regreso\n- Un teléfono de contacto",
            "- {country}\n- {date}\n- {date2}\n- {phone_dest}",
        ),
        (
            "Para ayudarte, primero el nombre completo del titular y los últimos 4 dígitos.",
            "{name}, la que termina en {lastfour}",
        ),
        (
            "Para abrir la aclaración necesito: 1. Últimos 4 dígitos 2. Comercio 3. Monto 4. Fecha. No escribas aquí el número de tarjeta, el CVV ni el NIP.",
            "1. {lastfour} 2. {merchant} 3. {amount_dest} 4. {past}",
        ),
        (
            "Paso 2 de 3 — Escribe el número de empleado y el centro de costos del tarjetahabiente.",
            "{emp_id} / {cost_center}",
        ),
    ],
    "mix": [
        (
            "Please provide / Por favor indica: 1) Nombre 2) Last 4 digits 3) Travel dates",
            "1) {name} 2) {lastfour} 3) {date} - {date2}",
        ),
        (
            "Para el travel notice necesito: destination countries, fecha de salida y fecha de regreso.",
            "{country}, salgo el {date} y regreso el {date2}",
        ),
    ],
}
BOT_DONE: Pool = {
    "en": [
        "✅ Done. Reference {case}. An agent will follow up if anything else is needed.",
        "✅ Request received. Reference {case}.",
        "Thanks! Request {case} was created; you'll get an email confirmation shortly.",
    ],
    "es": [
        "✅ Listo. Referencia {case}. Un asesor te contactará si hace falta algo más.",
        "✅ Solicitud recibida. Folio {case}.",
        "¡Gracias! Se creó la solicitud {case}; te llegará una confirmación por correo.",
    ],
    "mix": ["✅ Listo, request recibido. Folio {case}."],
}
WARN_PIN: Pool = {
    "en": [
        "Thanks. For your security please never share your PIN in chat, not even with us.",
        "Please don't type your PIN here — we will never ask for it.",
        "No need for the PIN, please. I only need the last four digits of the card.",
    ],
    "es": [
        "Gracias. Por seguridad no compartas tu {pinword} por este medio, ni siquiera con nosotros.",
        "Por favor no escribas tu {pinword} aquí; nunca te lo vamos a pedir.",
        "No hace falta el {pinword}, con los últimos cuatro dígitos me basta.",
    ],
    "mix": ["Please no compartas tu PIN por aquí, ni con nosotros."],
}
WARN_CODE: Pool = {
    "en": [
        "Please don't send the code; enter it only on the merchant's page.",
        "Please don't type codes or passwords here — we will never ask for them.",
        "Heads-up: nobody from the bank needs that code. Never share it, even with us.",
    ],
    "es": [
        "No me pases el código; ingrésalo solo en la página del comercio.",
        "Por favor no escribas códigos ni contraseñas aquí; nunca te los vamos a pedir.",
        "Ojo: nadie del banco necesita ese código. No lo compartas, ni con nosotros.",
    ],
    "mix": ["No me mandes el code, solo ponlo en la página del merchant."],
}
WARN_CARD: Pool = {
    "en": [
        "Quick reminder: we never need your full card number, CVV, PIN or one-time codes over chat.",
        "Please delete that message if you can. We'll never ask for the security code on the back.",
        "No need to share full numbers here. The last four digits are enough for me.",
    ],
    "es": [
        "Te recuerdo que nunca necesitamos el número completo, el CVV, el NIP ni los códigos por chat.",
        "Si puedes, borra ese mensaje. Nunca te pediremos el código de seguridad.",
        "No hace falta que compartas el número completo, con los últimos cuatro me basta.",
    ],
    "mix": ["Please no mandes el full card number por chat, con los last four basta."],
}
INFO_ATM: Pool = {
    "en": [
        "I've unlocked the card after the failed attempts; please try again at a {atm_bank} ATM.",
        "The ATM in {city} flagged too many wrong attempts. It's reset now, try again in 10 minutes.",
        "The card was retained by the ATM. I've ordered an emergency replacement to your hotel; it arrives in 2 business days.",
        "I see the decline at {time}, reason 'PIN tries exceeded'. It's cleared now.",
    ],
    "es": [
        "Ya desbloqueé la tarjeta después de los intentos fallidos; intenta de nuevo en un cajero de {atm_bank}.",
        "El cajero de {city} marcó demasiados intentos. Ya lo restablecí, prueba en 10 minutos.",
        "El cajero retuvo la tarjeta. Pedí una reposición de emergencia a tu hotel; llega en 2 días hábiles.",
        "Veo el rechazo a las {time} por intentos de {pinword} excedidos. Ya quedó liberado.",
    ],
    "mix": ["Ya quedó unlocked la card, try again en un ATM de {atm_bank}."],
}
INFO_3DS: Pool = {
    "en": [
        "I can see the authentication attempt at {time} for {amount_dest}. It failed on the merchant side; please retry in a few minutes.",
        "The charge from {merchant_online} is approved on our side now. If the page asks again, use the new code that arrives.",
        "I've blocked that {merchant_online} attempt as suspicious and sent you a new card number in the app.",
    ],
    "es": [
        "Veo el intento de autenticación a las {time} por {amount_dest}. Falló del lado del comercio; vuelve a intentar en unos minutos.",
        "El cargo de {merchant_online} ya está aprobado de nuestro lado. Si la página te lo pide otra vez, usa el nuevo código que te llegue.",
        "Bloqueé ese intento de {merchant_online} por sospechoso y te enviamos una tarjeta digital nueva en la app.",
    ],
    "mix": ["Ya quedó approved el charge de {merchant_online}, si te pide otro code usa el nuevo."],
}
INFO_ADMIN: Pool = {
    "en": [
        "Done — case {case} opened. The replacement cards ship to the program address in 3-5 business days.",
        "Thanks. I've reissued it; the new card ending {lf9} will arrive at {address}.",
        "Got it. The old card is closed and the limit of {limit} carries over to the new one.",
        "I've updated cost center {cost_center} on that card. It takes effect on the next statement.",
        "All set. Please have the employee activate the new card in the app; they'll choose a new PIN there.",
    ],
    "es": [
        "Listo, abrí el caso {case}. Las reposiciones llegan a la dirección del programa en 3 a 5 días hábiles.",
        "Gracias. Ya quedó la reposición; la nueva terminará en {lf9} y llega a {address}.",
        "Perfecto. Cancelé la tarjeta anterior y el límite de {limit} pasa a la nueva.",
        "Actualicé el centro de costos {cost_center} en esa tarjeta. Aplica desde el próximo corte.",
        "Todo listo. Que el colaborador active la tarjeta en la app; ahí elige su {pinword} nuevo.",
    ],
    "mix": [
        "Listo, el reissue quedó con el case {case}. La new card llega en 3-5 días.",
        "Ya quedó, el limit de {limit} pasa a la new card.",
    ],
}


# --------------------------------------------------------------------------------------
# Forbidden asks (careless agents and impostors) and the customer's replies
# --------------------------------------------------------------------------------------

ASKS: list[tuple[frozenset[str], Pool]] = [
    (
        frozenset({CC, CVV}),
        {
            "en": [
                "To reissue the card I need the full number and the CVV of the employee's card.",
                "Please send the card number, expiration date and the 3 digits on the back so I can re-run the hotel authorization.",
                "Can you give me the 16-digit number and the security code of the card that was declined?",
                "I'll do the rebooking myself — just type the full card number and CVV here.",
                "For the manual override I need the complete card number plus the CVC, please.",
            ],
            "es": [
                "Para reponer la tarjeta necesito el número completo y el CVV de la tarjeta del empleado.",
                "Envíame el número de la tarjeta, la fecha de vencimiento y el código de seguridad para reintentar el cargo del hotel.",
                "Pasame los 16 números de la tarjeta y el código de atrás así lo reviso.",
                "¿Me regalas el número completo de la tarjeta y el CVV?",
                "Para forzar la autorización necesito el número de tarjeta y los tres dígitos del reverso.",
            ],
            "mix": [
                "Para el reissue necesito el full card number y el CVV del empleado.",
                "Mándame el card number completo y el security code para hacer el rebooking.",
            ],
        },
    ),
    (
        frozenset({CC}),
        {
            "en": [
                "Can you type the full number of the card that got blocked in {city}?",
                "Please paste the complete card numbers of the employees in a spreadsheet here and I'll bulk-reissue them.",
                "What's the full 16-digit number on the card?",
                "I need the entire card number, not just the last four.",
                "Send me the long number on the front of the card and I'll look it up.",
            ],
            "es": [
                "¿Me puedes escribir el número completo de la tarjeta que bloquearon en {city}?",
                "Necesito el número de tarjeta completo, no solo los últimos cuatro.",
                "Dictame los 16 dígitos de la tarjeta, por favor.",
                "Pégame aquí los números completos de las tarjetas de los empleados y las repongo todas juntas.",
            ],
            "mix": [
                "Necesito el full card number, no solo los last four.",
                "Pásame el número completo de la card para buscarla.",
            ],
        },
    ),
    (
        frozenset({CVV}),
        {
            "en": [
                "What's the security code on the back of the corporate card?",
                "Please confirm the CVV so I can verify the card is in your hands.",
                "And the CVC? The three digits behind the signature strip.",
                "To release the hotel hold I need the card's CVV2.",
            ],
            "es": [
                "¿Cuál es el código de seguridad de atrás de la tarjeta?",
                "Confírmame el CVV para validar que tienes la tarjeta contigo.",
                "Pasame el CVC de la tarjeta.",
                "Para liberar el cargo del hotel necesito los tres dígitos del reverso.",
            ],
            "mix": ["¿Me confirmas el CVV de la card?", "Dame el security code de atrás, please."],
        },
    ),
    (
        frozenset({PIN}),
        {
            "en": [
                "Send me the PIN you want for the new card and I'll set it up.",
                "What's the current PIN on the card? I'll check it against our records.",
                "To restore ATM access, tell me your PIN.",
                "Which PIN did the employee choose? I need to load it before the card ships.",
                "Type the 4 digits you use at the ATM so I can confirm they match.",
            ],
            "es": [
                "Mándame el {pinword} que quieres para la tarjeta nueva.",
                "¿Cuál es tu {pinword} actual? Lo verifico con el sistema.",
                "Para desbloquear el cajero necesito que me digas tu {pinword}.",
                "Decime la clave del cajero que usaste en {city}.",
                "¿Qué {pinword} eligió el colaborador? Lo tengo que cargar antes de enviar la tarjeta.",
            ],
            "mix": [
                "Mándame el PIN que quieres para la new card.",
                "Dime tu PIN actual y lo checo en el system.",
            ],
        },
    ),
    (
        frozenset({OTP}),
        {
            "en": [
                "Please confirm the 3DS code you received.",
                "Read me the code we just texted you.",
                "Reply with the 6-digit verification code from the SMS so I can release the charge.",
                "What code did the bank app show? I'll enter it on my side.",
                "You'll get a one-time passcode in a second — send it to me here to finish the verification.",
            ],
            "es": [
                "Por favor confírmame el código de 3D Secure que te llegó.",
                "Dime el código que te acabamos de enviar por SMS.",
                "Pasame el {codeword} que te llegó así valido la compra.",
                "¿Me regalas la clave dinámica que te aparece en la app?",
                "Te va a llegar un código de un solo uso, escríbelo aquí para terminar la validación.",
            ],
            "mix": [
                "Confírmame el code de 3DS que te llegó, please.",
                "Mándame el código del SMS para hacer el release del charge.",
            ],
        },
    ),
    (
        frozenset({PW}),
        {
            "en": [
                "I'll need the travel portal password to check the traveller's profile.",
                "Send me the login and password for the expense portal so I can fix the approvals.",
                "What's your online banking password? I'll reset the permissions from here.",
                "Share the admin password of the card portal and I'll unlock the other users.",
            ],
            "es": [
                "Compárteme la contraseña del portal de viajes para revisar tu cuenta.",
                "Necesito tu usuario y contraseña de la banca empresarial para entrar a revisar.",
                "¿Cuál es la clave del portal? Así te destrabo el perfil.",
                "Pasame la contraseña de administrador del portal y desbloqueo a los demás usuarios.",
            ],
            "mix": [
                "Necesito tu password del travel portal para checar tu cuenta.",
                "Dame tu user y password del portal y yo lo arreglo.",
            ],
        },
    ),
    (
        frozenset({SSN}),
        {
            "en": [
                "For the business application I need the owner's full Social Security number.",
                "Can you confirm your SSN? All nine digits, please.",
                "Please provide the personal guarantor's Social Security Number.",
            ],
            "es": [
                "Necesito tu número de seguro social completo para la solicitud del negocio.",
                "¿Me das tu social completo para verificar la identidad del dueño?",
            ],
            "mix": ["Dame tu social security number completo para el business application."],
        },
    ),
    (
        frozenset({OTP, PW}),
        {
            "en": [
                "Share the one-time code the app generated and your portal password so I can log in for you."
            ],
            "es": ["Pásame el código que te llegó y la contraseña del portal para entrar yo."],
            "mix": ["Mándame el code y tu password del portal, yo lo arreglo."],
        },
    ),
    (
        frozenset({CC, PIN}),
        {
            "en": [
                "Give me the full card number and the PIN so I can test the ATM access from here."
            ],
            "es": [
                "Dame el número completo de la tarjeta y el {pinword} para probar el acceso al cajero."
            ],
        },
    ),
]
ASK_WEIGHTS = (16, 12, 11, 15, 16, 11, 5, 3, 3)
IMPOSTOR_ASKS: list[tuple[frozenset[str], Pool]] = [
    (
        frozenset({OTP}),
        {
            "en": [
                "This is the fraud prevention team. To stop the charge in {city} we need the code we just sent you.",
                "Security alert: reply with the verification code to cancel the {amount_dest} transaction.",
            ],
            "es": [
                "Le escribe el área de prevención de fraude. Para frenar el cargo en {city} necesitamos el código que le acabamos de enviar.",
                "Alerta de seguridad: responde con el código de verificación para cancelar la operación de {amount_dest}.",
            ],
        },
    ),
    (
        frozenset({CC, CVV}),
        {
            "en": [
                "Corporate Card Security here. Your program is being migrated; reply with each card number and CVV to keep them active."
            ],
            "es": [
                "Seguridad de Tarjetas Corporativas: estamos migrando su programa, responda con el número de cada tarjeta y su CVV para mantenerlas activas."
            ],
        },
    ),
    (
        frozenset({PW}),
        {
            "en": [
                "IT support for the travel portal: please confirm your current password so we can move you to the new platform."
            ],
            "es": [
                "Soporte del portal de viajes: confirma tu contraseña actual para migrarte a la nueva plataforma."
            ],
        },
    ),
    (
        frozenset({PIN}),
        {
            "en": [
                "Bank security: your card was cloned at an ATM in {city}. Confirm your PIN so we can verify which transactions were yours."
            ],
            "es": [
                "Seguridad bancaria: su tarjeta fue clonada en un cajero de {city}. Confirme su {pinword} para validar cuáles operaciones hizo usted."
            ],
        },
    ),
]

REPLY: dict[frozenset[str], Pool] = {
    frozenset({CC, CVV}): {
        "en": [
            "{card} exp {exp} cvv {cvv}",
            "ok: {card}, {exp}, {cvv}",
            "card {card}\ncvv {cvv}",
            "Number {card}, expiry {exp}, security code {cvv}.",
            "{card} / {exp} / {cvv}",
        ],
        "es": [
            "tarjeta {card} vence {exp} código {cvv}",
            "ok, {card} - {exp} - {cvv}",
            "número: {card}\nCVV: {cvv}",
            "Es la {card}, vencimiento {exp} y el de atrás {cvv}",
        ],
        "mix": ["ok, la card es {card}, exp {exp}, cvv {cvv}", "{card} y el security code {cvv}"],
    },
    frozenset({CC}): {
        "en": [
            "ok it's {card}",
            "{card}",
            "number: {card}",
            "sure, {card}. it's the one in {emp}'s name",
        ],
        "es": ["es la {card}", "{card}", "ahí va: {card}", "el número es {card}"],
        "mix": ["ok, es {card}", "la card es {card}"],
    },
    frozenset({CVV}): {
        "en": ["it's {cvv}", "{cvv}", "cvv {cvv}", "the code on the back is {cvv}"],
        "es": ["es {cvv}", "{cvv}", "el de atrás es {cvv}", "código {cvv}"],
        "mix": ["el CVV es {cvv}", "ok, {cvv}"],
    },
    frozenset({PIN}): {
        "en": [
            "ok, let's use {pin}",
            "{pin}",
            "the current one is {pin}",
            "she wants {pin}",
            "PIN {pin}",
        ],
        "es": [
            "que sea {pin}",
            "{pin}",
            "mi {pinword} es {pin}",
            "el que eligió es {pin}",
            "pon {pin} porfa",
        ],
        "mix": ["ok, que sea {pin}", "mi PIN es {pin}"],
    },
    frozenset({OTP}): {
        "en": ["{otp}", "the code is {otp}", "ok it says {otp}", "got it: {otp}"],
        "es": ["{otp}", "me llegó {otp}", "el código es {otp}", "dice {otp}"],
        "mix": ["el code es {otp}", "ok, me llegó {otp}"],
    },
    frozenset({PW}): {
        "en": ["it's {pw}", "password: {pw}", "user {username}, pw {pw}", "{pw}"],
        "es": ["es {pw}", "contraseña: {pw}", "usuario {username} y contraseña {pw}", "{pw}"],
        "mix": ["el password es {pw}", "user {username} / password {pw}"],
    },
    frozenset({SSN}): {
        "en": ["{ssn}", "sure, {ssn}", "SSN {ssn}"],
        "es": ["mi social es {ssn}", "{ssn}", "es el {ssn}"],
        "mix": ["mi social es {ssn}", "ok, SSN {ssn}"],
    },
    frozenset({OTP, PW}): {
        "en": ["code {otp}, password {pw}", "{otp} and the password is {pw}"],
        "es": ["el código es {otp} y la contraseña {pw}", "código {otp}\ncontraseña {pw}"],
        "mix": ["code {otp} y el password {pw}"],
    },
    frozenset({CC, PIN}): {
        "en": ["{card}, PIN {pin}", "card {card} and the pin is {pin}"],
        "es": ["{card}, {pinword} {pin}", "tarjeta {card} y el {pinword} es {pin}"],
    },
}
REFUSE: Pool = {
    "en": [
        "Hmm, I was told never to share that. Can we do it another way?",
        "I'm not comfortable sending that in chat.",
        "Isn't that against your own policy? The app says you never ask for it.",
        "no way, you guys always say never to share that",
        "I'd rather call the number on the back of the card.",
        "Is this really the bank? I'm not sending that.",
    ],
    "es": [
        "Prefiero no compartir eso por chat.",
        "¿No se supone que ustedes nunca piden eso?",
        "Eso no te lo voy a pasar, disculpa.",
        "mmm no, mejor llamo al número de atrás de la tarjeta",
        "¿De verdad son del banco? No voy a mandar eso.",
    ],
    "mix": ["Nah, prefiero no mandar eso por aquí.", "Sorry, eso no lo comparto por chat."],
}
BACKTRACK: QA = {
    "en": [
        (
            "You're right, my apologies. The last 4 digits and the cardholder's name are enough.",
            "{name}, ending {lastfour}",
        ),
        ("Understood, please disregard that. Can you confirm the billing ZIP instead?", "{zip}"),
        (
            "Sorry about that — you can set the PIN yourself in the app. I just need the employee ID.",
            "{emp_id}",
        ),
        (
            "My mistake. Let's do it the safe way: confirm the last four and your date of birth.",
            "{lastfour}, born {dob}",
        ),
    ],
    "es": [
        (
            "Tienes razón, disculpa. Con los últimos 4 dígitos y el nombre del titular es suficiente.",
            "{name}, terminación {lastfour}",
        ),
        ("Entendido, olvida eso. ¿Me confirmas el código postal de facturación?", "{zip}"),
        (
            "Perdón, el {pinword} lo eliges tú en la app. Solo necesito el número de empleado.",
            "{emp_id}",
        ),
    ],
    "mix": [("Tienes razón, sorry. Con los last 4 digits basta.", "ok, {lastfour}")],
}


# --------------------------------------------------------------------------------------
# Families holding secrets
# --------------------------------------------------------------------------------------


def csv_message(ctx: Ctx) -> Message:
    rng = ctx.rng
    rows = rng.randint(2, 5)
    full = [rng.random() < 0.75 for _ in range(rows)]
    if not any(full):
        full[rng.randrange(rows)] = True
    variant = rng.randint(0, 4)
    es = ctx.lang != "en" and rng.random() < 0.75
    sep = rng.choice((",", ";", ", ", "\t")) if variant != 4 else " | "
    if variant == 0:
        header = ("Nombre", "Tarjeta", "Vence", "CVV") if es else ("Name", "Card", "Exp", "CVV")
        cells = ("emp", "card", "exp", "cvv")
    elif variant == 1:
        header = (
            ("empleado", "num tarjeta", "vencimiento", "cvv", "centro costos")
            if es
            else ("employee", "card number", "expiry", "cvv", "cost center")
        )
        cells = ("emp", "card", "exp", "cvv", "cost_center")
    elif variant == 2:
        header = ("id", "nombre", "tarjeta", "vence") if es else ("emp_id", "name", "card", "exp")
        cells = ("emp_id", "emp", "card", "exp")
    elif variant == 3:
        header = (
            ("Nombre", "Tarjeta", "Límite", "Depto") if es else ("Name", "Card", "Limit", "Dept")
        )
        cells = ("emp", "card", "limit", "dept")
    else:
        header = ("nombre", "tarjeta", "vence", "cvv") if es else ("name", "card", "exp", "cvv")
        cells = ("emp", "card", "exp", "cvv")
    with_cvv = "cvv" in cells  # without a header only a CVV column is self-evident
    lines = [sep.join(header)] if rng.random() < 0.8 or not with_cvv else []
    for i in range(rows):
        row = []
        for cell in cells:
            slot = f"{{{cell}{i + 1}}}"
            if not full[i] and cell == "card":
                slot = f"{{masked{i + 11}}}"
            if not full[i] and cell == "cvv":
                slot = rng.choice(("-", "n/a", ""))
            row.append(slot)
        lines.append(sep.join(row))
    intro = ctx.pick(
        {
            "en": [
                "here's the list:",
                "Cards to reissue (from our HR export):",
                "pasting from the spreadsheet",
                "These are the ones affected by the skimming at the {city} office:",
                "As requested, the cards for the {city} trip:",
            ],
            "es": [
                "aquí va la lista:",
                "Tarjetas a reponer (sacado del Excel de RH):",
                "te pego lo del Excel",
                "Estas son las afectadas por la clonación en {city}:",
                "Las tarjetas del viaje a {city}:",
            ],
            "mix": ["aquí va el export del spreadsheet:", "las cards del trip a {city}:"],
        }
    )
    template = intro + "\n" + "\n".join(lines)
    text, labels, _ = render(ctx, template, messy=False)
    return Message("customer", text, labels, kind="csv rows with cards")


def table_message(ctx: Ctx) -> Message:
    rng = ctx.rng
    rows = rng.randint(2, 4)
    es = ctx.lang != "en" and rng.random() < 0.75
    with_pin = rng.random() < 0.35
    if with_pin:
        header = ("Empleado", "Tarjeta", "NIP nuevo") if es else ("Employee", "Card", "New PIN")
        cells = ("emp", "card", "pin")
    elif rng.random() < 0.5:
        header = (
            ("Empleado", "Tarjeta", "Vence", "CVV", "Límite")
            if es
            else ("Employee", "Card", "Exp", "CVV", "Limit")
        )
        cells = ("emp", "card", "exp", "cvv", "limit")
    else:
        header = (
            ("Nombre", "Tarjeta", "Centro de costos", "MCC bloqueado")
            if es
            else ("Name", "Card", "Cost center", "Blocked MCC")
        )
        cells = ("emp", "card", "cost_center", "mcc")
    masked_row = rng.randrange(rows) if rng.random() < 0.4 else -1
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for i in range(rows):
        row = []
        for cell in cells:
            slot = f"{{{cell}{i + 1}}}"
            if i == masked_row and cell == "card":
                slot = f"{{masked{i + 21}}}"
            if i == masked_row and cell in ("cvv", "pin"):
                slot = "—"
            row.append(slot)
        lines.append("| " + " | ".join(row) + " |")
    intro = ctx.pick(
        {
            "en": [
                "Table below, please reissue all of them:",
                "Here are the cards for the new hires:",
                "copying the table from our tracker:",
            ],
            "es": [
                "Va la tabla, por favor reponer todas:",
                "Las tarjetas de los nuevos ingresos:",
                "copio la tabla del control interno:",
            ],
            "mix": ["Te paso la table, please reissue todas:"],
        }
    )
    text, labels, _ = render(ctx, intro + "\n\n" + "\n".join(lines), messy=False)
    return Message("customer", text, labels, kind="table with cards")


ADMIN_INTRO: Pool = {
    "en": [
        "We need to replace a few employee cards after a skimming incident at our {city} office.",
        "I have to reissue cards for part of the sales team, some were damaged.",
        "Hi, program admin here. Several cards came back with the wrong embossing.",
        "Our controller asked me to move some cards to new cost centers and reissue the damaged ones.",
    ],
    "es": [
        "Necesitamos reponer varias tarjetas de empleados por una clonación en la oficina de {city}.",
        "Tengo que hacer reposición de tarjetas de parte del equipo de ventas, algunas llegaron dañadas.",
        "Hola, soy administradora del programa. Varias tarjetas llegaron con el nombre mal grabado.",
        "Contraloría me pidió cambiar de centro de costos algunas tarjetas y reponer las dañadas.",
    ],
    "mix": [
        "Necesito hacer reissue de varias cards del sales team.",
        "Hola, soy admin del program, varias cards llegaron damaged.",
    ],
}


def fam_admin_csv(ctx: Ctx) -> list[Message]:
    msgs = [cust(ctx, ADMIN_INTRO, "admin request")]
    if ctx.rng.random() < 0.6:
        msgs.append(agent(ctx, legit_asks("admin"), "legit ask"))
    msgs.append(csv_message(ctx))
    msgs.append(agent(ctx, ctx.rng.choice((WARN_CARD, INFO_ADMIN)), "agent info"))
    return msgs


def fam_admin_table(ctx: Ctx) -> list[Message]:
    msgs = [cust(ctx, ADMIN_INTRO, "admin request")]
    if ctx.rng.random() < 0.5:
        msgs.append(agent(ctx, AGENT_FILLER, "agent filler"))
    msgs.append(table_message(ctx))
    msgs.append(agent(ctx, INFO_ADMIN, "agent info"))
    if ctx.rng.random() < 0.5:
        msgs.append(cust(ctx, ADMIN_CLEAN, "admin program numbers"))
    return msgs


REISSUE_PIN: Pool = {
    "en": [
        "Lost card for {emp} (employee {emp_id}): {card}. Please ship the new one with PIN {pin}, she travels on {date}.",
        "Can you reissue {card}? {emp} asked to keep her PIN ({pin}) since she uses it for the fuel pumps too.",
        "Please reissue the card of {emp} (emp ID {emp_id}). Card {card}, she'd like to keep PIN {pin}.",
        "Employee {emp}, cost center {cost_center}: card {card} was damaged. Current PIN {pin}.",
        "{emp} needs a replacement, card number {card}, PIN {pin}, ship to {address}",
        "reissue for {emp}:\ncard {card}\npin {pin}\nlimit {limit}",
        "The card {card} belongs to {emp} in department {dept}. He wants the new card with the same PIN, {pin}.",
        "Can the replacement for {card} keep the PIN {pin}? It's {emp}'s, employee {emp_id}.",
    ],
    "es": [
        "Se le perdió la tarjeta a {emp}, núm. {card}. Que la nueva tenga {pinword} {pin}, viaja el {date}.",
        "che, reponé la {card} de {emp} y dejale la clave {pin} por favor",
        "¿me regalas una reposición de la {card}? {emp} quiere conservar la clave {pin}",
        "Necesito reponer la tarjeta de {emp} (núm. de empleado {emp_id}): {card}. Su {pinword} es {pin}, que lo mantengan por favor.",
        "tarjeta de {emp}: {card}\n{pinword}: {pin}\ncentro de costos {cost_center}",
        "La tarjeta {card} de {emp} se dañó. Su {pinword} actual es {pin}, ¿se puede conservar?",
        "Reposición para {emp}, tarjeta {card}, {pinword} {pin}, enviar a {address}",
        "{emp} (depto {dept}) quiere que la nueva tenga el {pinword} {pin}. La actual es {card}.",
    ],
    "mix": [
        "reissue para {emp}, card {card}, PIN {pin}, cost center {cost_center}",
        "La card {card} de {emp} está damaged, su PIN es {pin}, que se quede igual please",
    ],
}
NEW_PIN: Pool = {
    "en": [
        "Also, for {emp}'s new card set the PIN to {pin}, employee {emp_id}.",
        "She wants the new PIN to be {pin}.",
        "new pin for {emp}: {pin}",
    ],
    "es": [
        "Y para la tarjeta nueva de {emp} pongan el {pinword} {pin}, empleado {emp_id}.",
        "Quiere que el {pinword} nuevo sea {pin}.",
        "{pinword} nuevo para {emp}: {pin}",
    ],
    "mix": ["Y el new PIN de {emp} que sea {pin}."],
}


def fam_admin_reissue_pin(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = []
    if rng.random() < 0.5:
        msgs.append(cust(ctx, ADMIN_INTRO, "admin request"))
        msgs.extend(qa(ctx, legit_pairs("admin"), "legit ask", "verification answer"))
    if rng.random() < 0.75:
        msgs.append(cust(ctx, REISSUE_PIN, "employee card and pin"))
    else:
        msgs.append(
            cust(
                ctx,
                {
                    "en": ["Reissue for {emp}, card ending {lastfour}, cost center {cost_center}."],
                    "es": [
                        "Reposición para {emp}, tarjeta terminación {lastfour}, centro de costos {cost_center}."
                    ],
                },
                "admin program numbers",
            )
        )
        if rng.random() < 0.4:
            msgs.append(careless(ctx, frozenset({PIN})))
        msgs.append(cust(ctx, NEW_PIN, "new pin for employee"))
    msgs.append(agent(ctx, rng.choice((WARN_PIN, WARN_CARD, INFO_ADMIN)), "agent info"))
    return msgs


LASTFOURS_FULL: Pool = {
    "en": [
        "Only {emp}'s card was used in {city}: {card}. All others (ending {lf1}, {lf2}, {lf3}, {lf4}) are clean.",
        "Cancel {card} please. Keep ****{lf1} and ****{lf2}, those are the CFO's and the controller's.",
        "Cards ending {lf1}, {lf2} and {lf3} are fine. The compromised one is {card} ({emp}).",
        "Of our {count} cards only one was skimmed: {card}. The ones ending in {lf1} and {lf2} were not used in {city}.",
        "- {emp1}: ****{lf1}\n- {emp2}: ****{lf2}\n- {emp3}: {card} <- this one has the fraud",
        "Please leave {masked1} and {masked2} active, but cancel {card} right away.",
        "ending {lf1} ok, ending {lf2} ok, and {card} is the one declined at {merchant}",
        "Statement shows {lf1} and {lf2} with normal spend. {emp}'s card {card} has {amount_dest} in {city} she didn't make.",
    ],
    "es": [
        "Solo la de {emp} se usó en {city}: {card}. Las demás (terminación {lf1}, {lf2}, {lf3}) están bien.",
        "Cancelen la {card} por favor. Dejen ****{lf1} y ****{lf2}, son de dirección.",
        "che, la única que tiene consumos raros es la {card}, las que terminan en {lf1} y {lf2} no",
        "Las terminadas en {lf1}, {lf2} y {lf3} están bien. La comprometida es {card} ({emp}).",
        "De nuestras {count} tarjetas solo clonaron una: {card}. Las que terminan en {lf1} y {lf2} no se usaron en {city}.",
        "- {emp1}: ****{lf1}\n- {emp2}: ****{lf2}\n- {emp3}: {card} <- esta tiene el fraude",
        "Dejen activas {masked1} y {masked2}, pero cancelen la {card} ya.",
        "terminación {lf1} bien, terminación {lf2} bien, y la {card} es la que rechazaron en {merchant}",
    ],
    "mix": [
        "Cancelen la {card}, please. Las ending {lf1} y {lf2} se quedan.",
        "Las cards ending {lf1} y {lf2} están ok. La compromised es {card}.",
        "- {emp1}: ****{lf1}\n- {emp2}: {card} <- esta es la del fraud",
    ],
}


def fam_admin_lastfours_full(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [
        cust(
            ctx,
            {
                "en": [
                    "We got fraud alerts on some of our corporate cards.",
                    "One of our travelers had his card skimmed in {city}.",
                    "Our program has {count} active cards, one looks compromised.",
                ],
                "es": [
                    "Nos llegaron alertas de fraude en algunas tarjetas corporativas.",
                    "A uno de nuestros viajeros le clonaron la tarjeta en {city}.",
                    "Tenemos {count} tarjetas activas y una parece comprometida.",
                ],
                "mix": ["Nos llegaron fraud alerts en varias corporate cards."],
            },
            "admin request",
        )
    ]
    if rng.random() < 0.6:
        msgs.append(
            agent(
                ctx,
                {
                    "en": [
                        "Sorry to hear that. Which cards are affected? The last four digits are enough."
                    ],
                    "es": [
                        "Lamento lo ocurrido. ¿Qué tarjetas están afectadas? Con los últimos cuatro dígitos basta."
                    ],
                    "mix": ["Sorry, ¿qué cards son? Solo los last four."],
                },
                "legit ask",
            )
        )
    msgs.append(cust(ctx, LASTFOURS_FULL, "last fours plus full card"))
    msgs.append(agent(ctx, rng.choice((WARN_CARD, INFO_ADMIN)), "agent info"))
    return msgs


ATM_OPEN: Pool = {
    "en": [
        "I'm in {city} and the ATM just swallowed my corporate card",
        "hi, my card isn't working at ATMs here in {city}, it keeps saying invalid PIN",
        "Traveling for work in {city}. Tried to withdraw {amount_dest} at a {atm_bank} ATM and got declined",
        "the cash machine at the airport in {city} declined me 3 times, now the card seems locked",
        "Can't get cash in {city}. ATM says 'PIN tries exceeded'",
    ],
    "es": [
        "Hola, estoy en {city} y el cajero de {atm_bank} no me deja sacar dinero",
        "estoy de viaje en {city} y el cajero se tragó la tarjeta 😩",
        "Buenas, intenté retirar {amount_dest} en {city} y me sale {pinword} incorrecto",
        "el cajero del aeropuerto de {city} me rechazó 3 veces y ahora parece bloqueada",
        "No puedo sacar plata en {city}, el cajero dice 'intentos excedidos'",
    ],
    "mix": [
        "Hola, estoy en {city} y el ATM me dice 'incorrect PIN'",
        "hi, el cajero en {city} me declinó la card 3 veces",
    ],
}
ATM_PIN: Pool = {
    "en": [
        "tried {pin} at {atm_bank}, then again at another ATM, same error",
        "I'm 100% sure the pin is {pin}. worked fine in {home_city}",
        "ok so card ending {lastfour}, I typed {pin} and the screen said 'invalid PIN, 2 attempts left'",
        "It keeps rejecting {pin}. That's the PIN we set when the card arrived in March.",
        "ends in {lastfour}. it asked for the PIN, I put {pin} and it said wrong PIN",
        "The ATM asked for my PIN, I entered {pin}, which is the one I always use",
        "i typed {pin} twice, thats my pin, then it kept the card",
        "It's the card ending {lastfour}. My PIN is {pin}, I'm sure it's right, I used it in {home_city} last week",
        "maybe the pin is wrong? I have {pin} saved in my notes as the PIN for the company card",
        "PIN: {pin}\nCard ending: {lastfour}\nATM: {atm_bank}, {city}, {time}",
        "I entered {pin} at the {atm_bank} machine around {time}. That's definitely my PIN.",
        "the machine asked for a 6-digit PIN, mine is {pin}, is that the problem?",
    ],
    "es": [
        "che, puse {pin} en el cajero de {atm_bank} y me dice clave incorrecta, ¿qué hago?",
        "qué pena, la clave es {pin} y el cajero en {city} no la acepta",
        "he metido el {pinword} {pin} en un cajero de {atm_bank} y me dice que es erróneo, vale?",
        "le puse {pin} que es mi NIP y no jala, ya van 2 intentos",
        "la clave que tengo anotada es {pin}, ¿será que me la cambiaron?",
        "el cajero en {city} me pidió el {pinword}, puse {pin} y me lo rechazó",
        "termina en {lastfour}. puse mi {pinword} {pin} dos veces y nada",
        "Mi {pinword} es {pin}, estoy segura porque lo uso siempre, pero en {city} no funciona",
        "ya intenté con {pin} que es el {pinword} que me dieron con la tarjeta nueva",
        "la de terminación {lastfour}. Le metí {pin} y salió 'operación no permitida'",
        "{pinword}: {pin}\nterminación: {lastfour}\ncajero: {atm_bank} ({city})",
        "Marqué {pin} en el cajero de {atm_bank} a eso de las {time}, es mi {pinword} de siempre",
    ],
    "mix": [
        "le metí {pin} al ATM de {atm_bank} y me salió 'PIN incorrecto'",
        "mi PIN is {pin}, no sé por qué no funciona aquí en {city}",
        "el ATM me pidió el PIN, puse {pin} y me salió wrong PIN",
        "termina en {lastfour}, my PIN es {pin} y no jala en {city}",
        "ya le puse {pin} que es mi PIN de siempre, pero me dice declined",
    ],
}


def fam_abroad_atm_pin(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [cust(ctx, ATM_OPEN, "atm trouble abroad")]
    if rng.random() < 0.7:
        msgs.append(
            agent(
                ctx,
                {
                    "en": [
                        "Sorry about that. Can you tell me the last 4 digits of the card and the time of the attempt?",
                        "I can help. Which ATM was it (bank and city) and roughly what time?",
                    ],
                    "es": [
                        "Lo siento. ¿Me confirmas los últimos 4 dígitos de la tarjeta y la hora aproximada?",
                        "Te ayudo. ¿En qué cajero fue (banco y ciudad) y a qué hora más o menos?",
                    ],
                    "mix": ["Sorry, ¿me das los last 4 digits y a qué hora fue?"],
                },
                "legit ask",
            )
        )
    if rng.random() < 0.2:
        msgs.append(careless(ctx, frozenset({PIN})))
    if rng.random() < 0.2:
        lead = {
            "en": [
                "this is the PIN I typed:",
                "the pin i used 👇",
                "PIN I entered at the machine:",
            ],
            "es": ["este es el {pinword} que puse:", "el {pinword} que marqué 👇", "puse este:"],
            "mix": ["el PIN que puse 👇"],
        }
        msgs.extend(
            lead_then_value(ctx, lead, {"en": ["{pin}"], "es": ["{pin}"]}, "atm pin abroad")
        )
    else:
        msgs.append(cust(ctx, ATM_PIN, "atm pin abroad"))
    msgs.append(agent(ctx, rng.choice((WARN_PIN, INFO_ATM)), "agent warning"))
    if rng.random() < 0.5:
        msgs.append(agent(ctx, INFO_ATM, "agent info"))
    return msgs


OTP_OPEN: Pool = {
    "en": [
        "I'm trying to pay a hotel on {merchant_online} from {city} and it asks for a code",
        "The 3-D Secure window keeps timing out on a {amount_dest} charge at {merchant_online}",
        "booking train tickets abroad and the bank verification screen pops up",
        "Paying the conference fee online from {city}, it wants a verification code",
    ],
    "es": [
        "Estoy intentando pagar un vuelo en {merchant_online} desde {city} y me pide un código",
        "La ventana de 3D Secure se queda colgada en un cargo de {amount_dest} en {merchant_online}",
        "estoy comprando los pasajes desde {city} y me salta la verificación del banco",
    ],
    "mix": [
        "Estoy pagando el hotel en {merchant_online} y me pide un verification code",
        "el 3DS se queda loading en el charge de {amount_dest}",
    ],
}
OTP_GIVE: Pool = {
    "en": [
        "Verification code {otp} for the {amount_dest} charge at {merchant_online} — should I enter it?",
        "the app push says code {otp}, but I'm not buying anything right now",
        "{merchant_online} is asking for the code, I got {otp} twice",
        "the bank's code for the {merchant_online} charge is {otp}",
        "got a text: your code is {otp}. is that you guys?",
        "The verification code I received is {otp} but the page says expired",
        "code {otp} — I entered it and nothing happened",
        "I just got {otp} by SMS for a {amount_dest} purchase I did NOT make",
        "here's the 3DS code: {otp}",
        "It says 'Enter the one-time passcode sent to +1 ***-***-{phone4}'. I got {otp}",
        "the app shows {otp} as the code for the {merchant_online} payment",
    ],
    "es": [
        "me llegó el {codeword} {otp}, ¿lo pongo en {merchant_online}?",
        "qué pena, me llegó la clave dinámica {otp} pero la página se cerró",
        "me ha llegado un SMS con {otp} para un pago en {merchant_online}, vale?",
        "che, me llegó {otp} y yo no estoy comprando nada",
        "el código del banco para el cargo de {merchant_online} es {otp}",
        "me llegó este {codeword}: {otp}, ¿es de ustedes?",
        "Me llegó un SMS con el código {otp} para una compra de {amount_dest} que yo no hice",
        "ya puse el {codeword} {otp} y la página de {merchant_online} se queda cargando",
        "el 3D Secure me mandó {otp} pero dice que expiró",
        "la app me muestra {otp} como código para el pago de {merchant_online}",
    ],
    "mix": [
        "el app me dio el code {otp} para {merchant_online}, ¿lo pongo?",
        "me llegó el code {otp} para el charge de {merchant_online}",
        "el 3DS code es {otp} pero la página dice expired",
        "Got el SMS con {otp}, ¿lo pongo o no?",
    ],
}


def fam_abroad_3ds_otp(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [cust(ctx, OTP_OPEN, "3ds trouble abroad")]
    if rng.random() < 0.5:
        msgs.extend(qa(ctx, legit_pairs("charge"), "legit ask", "verification answer"))
    if rng.random() < 0.2:
        msgs.append(careless(ctx, frozenset({OTP})))
    if rng.random() < 0.2:
        lead = {
            "en": [
                "the code that came in:",
                "this is what the SMS says",
                "code from the bank app:",
            ],
            "es": ["el {codeword} que me llegó:", "esto dice el SMS", "el código de la app:"],
            "mix": ["el code que me llegó:"],
        }
        msgs.extend(lead_then_value(ctx, lead, {"en": ["{otp}"], "es": ["{otp}"]}, "3ds otp"))
    else:
        msgs.append(cust(ctx, OTP_GIVE, "3ds otp"))
    msgs.append(agent(ctx, WARN_CODE if rng.random() < 0.5 else INFO_3DS, "agent warning"))
    if rng.random() < 0.4:
        msgs.append(agent(ctx, INFO_3DS, "agent info"))
    return msgs


HOTEL_CVV: Pool = {
    "en": [
        "hotel wants the {cvvword} by phone for the no-show guarantee. it's {cvv}, ok to give?",
        "{hotel} charged the deposit twice. I gave them card {card} and {cvvword} {cvv} at check-in",
        "For the group block at {hotel}: card {card}, exp {exp}, code {cvv}, billing ZIP {zip}",
        "The hotel in {city} needs a guarantee: card {card}, exp {exp}, {cvvword} {cvv}. Can you make sure it goes through?",
        "front desk asked me to confirm the {cvvword}, it's {cvv}, but they say the card is blocked",
        "For the reservation {hotel_conf} at {hotel} I gave them {card} exp {exp} {cvvword} {cvv}",
        "Card: {card}\nExp: {exp}\n{cvvword}: {cvv}\nit's for the hotel deposit in {city}",
        "they want the {cvvword} again ({cvv}) for the incidentals hold of {amount_dest}",
        "Booking the team's rooms at {hotel}: {card}, {exp}, {cvv}",
    ],
    "es": [
        "en {hotel} me pidieron la tarjeta {card} y el {cvvword} {cvv} por teléfono, ¿está bien?",
        "qué pena, el hotel en {city} dice que el código {cvv} no coincide, ¿me ayudas?",
        "les he dado la {card}, caducidad {exp}, CVV {cvv}, y el hotel dice que está denegada",
        "para la garantía de no-show me pidieron el {cvvword}, les pasé {cvv}",
        "en {hotel} me piden el {cvvword}, es {cvv}, pero me dice que la tarjeta está rechazada",
        "para la reserva {hotel_conf} les di la tarjeta {card}, vence {exp}, {cvvword} {cvv}",
        "Tarjeta: {card}\nVencimiento: {exp}\n{cvvword}: {cvv}\nEs para garantizar el hotel en {city}",
        "me volvieron a pedir el {cvvword} ({cvv}) para el depósito de {amount_dest}",
        "Reservé las habitaciones del equipo en {hotel} con la {card}, {exp}, {cvv}",
    ],
    "mix": [
        "el hotel me pidió el CVV por phone, le di {cvv}, ¿está bien?",
        "el hotel en {city} me pide el CVV, es {cvv}, y me dicen que está declined",
        "les di la card {card} exp {exp} y el security code {cvv}",
    ],
}


HOTEL_OPEN: Pool = {
    "en": [
        "The hotel in {city} says my corporate card was declined for the deposit.",
        "Checking in at {hotel}, card declined for the guarantee",
        "hotel won't accept the company card, confirmation {hotel_conf}",
    ],
    "es": [
        "El hotel en {city} dice que mi tarjeta corporativa fue rechazada para el depósito.",
        "Estoy haciendo check-in en {hotel} y me rechazan la tarjeta",
        "el hotel no acepta la tarjeta de la empresa, confirmación {hotel_conf}",
    ],
    "mix": ["El hotel en {city} dice que la corporate card salió declined."],
}


INFO_HOTEL: Pool = {
    "en": [
        "The decline came from a fraud rule on hotel charges abroad. I've lifted it; ask the desk to run it again.",
        "I see the guarantee attempt of {amount_dest} from {hotel}. It's approved now.",
        "The hotel ran it as a manual key-in, which our system blocks abroad. Please ask them to use the chip.",
    ],
    "es": [
        "El rechazo vino de una regla antifraude para hoteles en el extranjero. Ya la quité; pide que lo pasen otra vez.",
        "Veo el intento de garantía por {amount_dest} de {hotel}. Ya está aprobado.",
        "El hotel lo digitó manualmente y eso se bloquea en el extranjero. Pídeles que usen el chip.",
    ],
    "mix": ["Ya quité el fraud block para hoteles, pídeles que lo corran otra vez."],
}


def fam_hotel_cvv(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [cust(ctx, HOTEL_OPEN, "hotel declined")]
    if rng.random() < 0.6:
        msgs.append(agent(ctx, legit_asks("travel"), "legit ask"))
    if rng.random() < 0.2:
        msgs.append(careless(ctx, frozenset({CC, CVV})))
    msgs.append(cust(ctx, HOTEL_CVV, "hotel card cvv"))
    msgs.append(agent(ctx, rng.choice((WARN_CARD, INFO_HOTEL, AGENT_FILLER)), "agent warning"))
    if rng.random() < 0.5:
        msgs.append(
            agent(
                ctx,
                {
                    "en": ["The hold of {amount_dest} from {hotel} is approved now."],
                    "es": ["La retención de {amount_dest} de {hotel} ya está aprobada."],
                },
                "agent info",
            )
        )
    return msgs


PORTAL_PW: Pool = {
    "en": [
        "Password I set for the travel portal: {pw}. It says it doesn't meet the policy??",
        "tried {pw} and {pw2}, both rejected",
        "our shared admin login for the card portal is {username} / {pw}, now it's locked for everyone",
        "I'm locked out of the travel portal. user {username} / password {pw}",
        "my Concur login is {email} and the password is {pw}, it says invalid credentials",
        "can you reset it? the old password was {pw}",
        "the temporary password you sent, {pw}, doesn't work",
        "Password: {pw}\nUser: {username}\nThe portal says account locked after 3 attempts",
        "I changed it to {pw} yesterday and now the expense portal won't accept it",
        "the admin password for the card portal is {pw}, can you check why it's expired?",
    ],
    "es": [
        "la contraseña que puse en el portal de viajes es {pw} y dice que no cumple la política",
        "probé con {pw} y con {pw2}, ninguna funciona",
        "la clave del portal de gastos es {pw}, ¿me la podés resetear?",
        "he puesto {pw} en el portal y me dice que la cuenta está bloqueada",
        "No puedo entrar al portal de viajes, mi usuario es {username} y la contraseña {pw}",
        "la contraseña del portal corporativo es {pw}, ¿me la pueden resetear?",
        "puse {pw} y me sale 'credenciales inválidas'",
        "Usuario: {username}\nContraseña: {pw}",
        "ayer la cambié a {pw} y hoy el portal de gastos no me la acepta",
        "la clave de administrador del portal de tarjetas es {pw}, ¿por qué dice vencida?",
    ],
    "mix": [
        "probé {pw} y {pw2} en el travel portal y nada",
        "no puedo hacer login al travel portal, user {username} y password {pw}",
        "el password que me mandaron ({pw}) no funciona",
    ],
}


PORTAL_OPEN: Pool = {
    "en": [
        "I can't log into the corporate travel portal from {city}",
        "Our expense portal locked me out right before the trip",
        "The card admin portal says my password expired",
    ],
    "es": [
        "No puedo entrar al portal de viajes corporativo desde {city}",
        "El portal de gastos me bloqueó justo antes del viaje",
        "El portal de administración de tarjetas dice que mi contraseña venció",
    ],
    "mix": ["No puedo hacer login en el travel portal desde {city}"],
}


def fam_portal_password(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [cust(ctx, PORTAL_OPEN, "portal trouble")]
    if rng.random() < 0.5:
        msgs.append(agent(ctx, legit_asks(), "legit ask"))
    if rng.random() < 0.2:
        msgs.append(careless(ctx, frozenset({PW})))
    if rng.random() < 0.2:
        lead = {
            "en": ["my password is this one:", "pw 👇", "this is what I'm typing:"],
            "es": ["mi contraseña es esta:", "la contraseña 👇", "esto es lo que escribo:"],
            "mix": ["mi password es este:"],
        }
        msgs.extend(lead_then_value(ctx, lead, {"en": ["{pw}"], "es": ["{pw}"]}, "portal password"))
    else:
        msgs.append(cust(ctx, PORTAL_PW, "portal password"))
    msgs.append(
        agent(
            ctx,
            {
                "en": [
                    "Please don't share passwords here. I'll send a reset link to {email}; change it as soon as you log in.",
                    "I've unlocked the account. Please change that password right away since it was shared in chat.",
                ],
                "es": [
                    "Por favor no compartas contraseñas aquí. Te mando un enlace de restablecimiento a {email}.",
                    "Ya desbloqueé la cuenta. Cambia esa contraseña de inmediato porque quedó en el chat.",
                ],
                "mix": ["No compartas passwords aquí please, te mando un reset link a {email}."],
            },
            "agent warning",
        )
    )
    return msgs


BLOCKED_CARD: Pool = {
    "en": [
        "corporate card {card} declined at {merchant} in {city}, I have a dinner with clients in an hour",
        "Card is {card}, expiry {exp}. It worked yesterday in {city}, now everything gets declined.",
        "it's this one:\n{card}\n(the company card, not my personal)",
        "My card got blocked in {city}. Number is {card}",
        "it's {card}, exp {exp}. declined at {merchant} for {amount_dest}",
        "card:\n{cardml}\nexp {exp}",
        "the one that was blocked is {card}, it's in my name, {name}",
        "{card} — blocked since {time} yesterday",
        "Card number {card}, the machine at {merchant} says 'call issuer'",
    ],
    "es": [
        "me rechazaron la {card} en {merchant}, tengo cena con clientes en una hora",
        "che, la tarjeta {card} no pasa en ningún lado acá en {city}",
        "la tarjeta es la {card}, caduca {exp}, ayer funcionaba en {city}",
        "qué pena, me bloquearon la {card} y estoy en el aeropuerto",
        "me bloquearon la tarjeta en {city}, es la {card}",
        "el número es {card}, la bloquearon después de un cargo de {amount_dest}",
        "tarjeta:\n{cardml}\nvence {exp}",
        "es la {card} a nombre de {name}",
        "{card}, bloqueada desde ayer a las {time}",
    ],
    "mix": [
        "la card es {card}, ayer funcionaba en {city} y hoy todo declined",
        "me la bloquearon en {city}, la card es {card}",
        "la card {card} salió declined en {merchant}",
    ],
}


BLOCKED_OPEN: Pool = {
    "en": [
        "My corporate card stopped working in {city}",
        "card blocked abroad!! I'm at {merchant}",
        "All my charges in {country} are declined",
    ],
    "es": [
        "Mi tarjeta corporativa dejó de funcionar en {city}",
        "me bloquearon la tarjeta en el extranjero, estoy en {merchant}",
        "Me rechazan todo en {country}",
    ],
    "mix": ["La corporate card dejó de funcionar en {city}"],
}


INFO_BLOCKED: Pool = {
    "en": [
        "Thanks. The card ending {lastfour} had a fraud hold for the {country} charges; I've released it.",
        "I see it. There was no travel notice for {country}, so it was blocked. It's active again.",
        "The block came from our fraud model after a charge at {merchant}. It's lifted; please retry.",
        "It's unblocked now, and I've added {country} to the travel profile so it doesn't happen again.",
    ],
    "es": [
        "Gracias. La tarjeta terminada en {lastfour} tenía un bloqueo preventivo por los cargos en {country}; ya lo liberé.",
        "Ya la veo. No había aviso de viaje para {country} y por eso se bloqueó. Ya está activa.",
        "El bloqueo lo puso el sistema antifraude tras un cargo en {merchant}. Ya lo quité; intenta de nuevo.",
        "Ya quedó desbloqueada y agregué {country} al perfil de viaje para que no vuelva a pasar.",
    ],
    "mix": ["Ok, la card ending {lastfour} tenía un fraud hold, ya quedó released."],
}


def fam_blocked_card(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [cust(ctx, BLOCKED_OPEN, "card declined abroad")]
    if rng.random() < 0.5:
        msgs.append(agent(ctx, legit_asks("charge"), "legit ask"))
    if rng.random() < 0.2:
        msgs.append(careless(ctx, frozenset({CC})))
    msgs.append(cust(ctx, BLOCKED_CARD, "card blocked abroad"))
    msgs.append(agent(ctx, INFO_BLOCKED, "agent info"))
    if rng.random() < 0.4:
        msgs.append(agent(ctx, WARN_CARD, "agent warning"))
    return msgs


def split_parts(rng: Random, number: str) -> list[str]:
    groups = group(number, card_groups(number), " ").split(" ")
    n = rng.choice((2, 2, 3, 4)) if len(groups) >= 4 else 2
    n = min(n, len(groups))
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    sep = rng.choice((" ", "", "-"))
    parts, prev = [], 0
    for cut in [*cuts, len(groups)]:
        parts.append(sep.join(groups[prev:cut]))
        prev = cut
    return parts


def fam_split_card(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    number = ctx.card("card")[0]
    parts = split_parts(rng, number)
    msgs = [
        cust(
            ctx,
            {
                "en": [
                    "my card got declined at {merchant} in {city}",
                    "the hotel card was rejected, I'll type the number in parts",
                ],
                "es": [
                    "me rechazaron la tarjeta en {merchant} en {city}",
                    "te paso el número de la tarjeta en partes porque no me deja copiar",
                ],
                "mix": ["la card salió declined en {merchant}, te paso el número en partes"],
            },
            "card declined abroad",
        )
    ]
    if rng.random() < 0.4:
        msgs.append(agent(ctx, AGENT_FILLER, "agent filler"))
    first_tpls = {
        "en": ["{part}", "first part {part}", "it's {part}", "card {part}"],
        "es": ["{part}", "primero {part}", "es la {part}", "tarjeta {part}"],
        "mix": ["{part}", "la card es {part}"],
    }
    mid_tpls = {
        "en": ["{part}", "then {part}", "{part} ..."],
        "es": ["{part}", "luego {part}", "sigue {part}"],
        "mix": ["{part}", "then {part}"],
    }
    last_tpls = {
        "en": ["{part}", "and {part}", "last: {part}", "{part} exp {exp}", "{part} cvv {cvv}"],
        "es": ["{part}", "y {part}", "y el final {part}", "{part} vence {exp}", "{part} cvv {cvv}"],
        "mix": ["{part}", "and {part}", "{part} y el cvv {cvv}"],
    }
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        pool = last_tpls if last else first_tpls if i == 0 else mid_tpls
        template = ctx.pick(pool)
        ctx.values["part"] = part
        text, labels, spans = render(ctx, template, messy=True, hidden=("part",))
        start, end = spans["part"]
        lab = Label(CC, start, end, keep=4 if last else 0, split_part=True)
        msgs.append(Message("customer", text, [lab, *labels], kind="split card part"))
        ctx.values.pop("part")
    msgs.append(
        agent(
            ctx,
            {
                "en": [
                    "Got it, thanks. The card ending {lastfour} was flagged by the {country} merchant; it's cleared now."
                ],
                "es": [
                    "Recibido. La tarjeta terminada en {lastfour} la marcó el comercio en {country}; ya quedó liberada."
                ],
                "mix": ["Ok, la card ending {lastfour} ya quedó cleared."],
            },
            "agent info",
        )
    )
    return msgs


OWNER_SSN: Pool = {
    "en": [
        "Application for {company}: owner {name}, SSN {ssn}, home address {address}",
        "I'm the 51% owner. SSN is {ssn}. The other partner will send hers separately.",
        "I'm the sole proprietor of {company}. SSN {ssn}, EIN {ein}.",
        "For the business card application: owner SSN {ssn}, DOB {dob}, business phone {phone}",
        "my social is {ssn}, the LLC's EIN is {ein}",
        "Owner: {name}\nSSN: {ssn}\nEIN: {ein}\nAnnual revenue: {amount}",
        "the guarantor is me, {name}, social security number {ssn}",
        "we don't have an EIN yet, can I apply with my SSN? it's {ssn}",
    ],
    "es": [
        "Para la aplicación del negocio: mi social es {ssn} y la dirección {address}",
        "el dueño soy yo, {name}, seguro social {ssn}, teléfono {phone}",
        "mi social es {ssn} y el EIN de la compañía es {ein}",
        "Soy la dueña de {company}, mi número de seguro social es {ssn}",
        "Para la solicitud: seguro social {ssn}, fecha de nacimiento {dob}",
        "Dueño: {name}\nSeguro social: {ssn}\nEIN: {ein}",
    ],
    "mix": [
        "el owner soy yo, mi social security number es {ssn}",
        "Para el business application: mi SSN es {ssn}, EIN {ein}",
        "mi social security es {ssn}, ¿con eso basta para la business card?",
    ],
}


BIZ_OPEN: Pool = {
    "en": [
        "I want to apply for a business card for my company, {company}.",
        "Hi, small business owner here, applying for cards for my {count} employees.",
        "Question about the business card application for {company}",
    ],
    "es": [
        "Quiero solicitar una tarjeta empresarial para mi negocio, {company}.",
        "Hola, tengo un negocio pequeño y quiero tarjetas para mis {count} empleados.",
    ],
    "mix": ["Quiero aplicar para una business card para {company}."],
}


def fam_owner_ssn(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    use_us_home(ctx)
    msgs = [cust(ctx, BIZ_OPEN, "business application")]
    if rng.random() < 0.35:
        ask = ASKS[6]
        msgs.append(agent(ctx, ask[1], "careless ask ssn", requested=ask[0]))
        msgs.append(cust(ctx, REPLY[frozenset({SSN})], "reply to careless ask"))
    else:
        msgs.append(
            agent(
                ctx,
                {
                    "en": [
                        "Happy to help. What's the business's legal name, EIN and the year it was founded?",
                        "Sure. I'll need the legal business name, the EIN and a contact phone.",
                    ],
                    "es": ["Con gusto. ¿Cuál es la razón social, el EIN y el año de fundación?"],
                    "mix": [
                        "Claro, necesito el legal name del negocio, el EIN y un phone de contacto."
                    ],
                },
                "legit ask",
            )
        )
        msgs.append(cust(ctx, OWNER_SSN, "owner ssn"))
    msgs.append(
        agent(
            ctx,
            {
                "en": [
                    "Thanks. Please don't send full SSNs in chat; the secure application form will ask for it. I've started it under reference {case}.",
                    "Got it. The application {case} is in review; decision in 2-3 business days.",
                ],
                "es": [
                    "Gracias. Por favor no mandes el seguro social completo por chat; el formulario seguro te lo pedirá. Inicié la solicitud {case}.",
                    "Recibido. La solicitud {case} está en revisión; respuesta en 2 a 3 días hábiles.",
                ],
                "mix": ["Gracias, la application {case} está en review."],
            },
            "agent info",
        )
    )
    return msgs


def careless(ctx: Ctx, types: frozenset[str]) -> Message:
    """A careless agent's forbidden ask for exactly `types`."""
    pool = next(p for t, p in ASKS if t == types)
    return agent(ctx, pool, f"careless ask {ask_name(types)}", requested=types)


def ask_name(types: frozenset[str]) -> str:
    return "+".join(SHORT[t] for t in sorted(types, key=lambda t: list(SHORT).index(t)))


def lead_then_value(ctx: Ctx, lead: Pool, value: Pool, kind: str) -> list[Message]:
    """The customer announces a value, then types it alone in the next message."""
    return [cust(ctx, lead, "value announced"), cust(ctx, value, kind)]


def use_us_home(ctx: Ctx) -> None:
    """Social Security numbers belong to US residents: make the customer one."""
    ctx.region = "us"
    if ctx.dest.home == "us":
        ctx.dest = ctx.rng.choice([d for d in DESTS if d.home != "us"])


def opener_for(ctx: Ctx, types: frozenset[str]) -> Pool:
    by_type: dict[str, tuple[Pool, ...]] = {
        CC: (ADMIN_INTRO, BLOCKED_OPEN, HOTEL_OPEN),
        CVV: (HOTEL_OPEN, BLOCKED_OPEN),
        PIN: (ATM_OPEN, ADMIN_INTRO),
        OTP: (OTP_OPEN,),
        PW: (PORTAL_OPEN,),
        SSN: (BIZ_OPEN,),
    }
    options = [pool for kind in sorted(types) for pool in by_type[kind]]
    return ctx.rng.choice(options)


def fam_careless_complied(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    impostor = rng.random() < 0.25
    asks = IMPOSTOR_ASKS if impostor else ASKS
    types, pool = asks[rng.randrange(len(asks))] if impostor else rng.choices(ASKS, ASK_WEIGHTS)[0]
    if SSN in types:
        use_us_home(ctx)
    msgs = [cust(ctx, opener_for(ctx, types), "customer context")]
    if rng.random() < 0.5:
        msgs.append(agent(ctx, AGENT_FILLER, "agent filler"))
    name = ask_name(types)
    msgs.append(
        agent(ctx, pool, f"{'impostor' if impostor else 'careless'} ask {name}", requested=types)
    )
    msgs.append(cust(ctx, REPLY[types], "reply to careless ask"))
    if rng.random() < 0.6:
        msgs.append(
            agent(
                ctx,
                {
                    "en": ["Thanks, processing it now.", "Perfect, give me a moment.", "Got it."],
                    "es": ["Gracias, ya lo proceso.", "Perfecto, dame un momento.", "Recibido."],
                    "mix": ["Ok, processing."],
                },
                "agent filler",
            )
        )
    return msgs


# --------------------------------------------------------------------------------------
# Families without secrets
# --------------------------------------------------------------------------------------

TRAVEL_LOOK: Pool = {
    "en": [
        "Boarding pass says {flight}, seat {seat}, gate {gate}, boarding {time}. Can you confirm the lounge charge of {amount_dest} went through?",
        "Booking.com confirmation {hotel_conf}, PIN code shown on the booking page is for the booking, right? not the card",
        "Flying {flight} to {city} on {date}, departs {time}, seat {seat}. Booking ref {booking}. Please make sure the corporate card won't be blocked.",
        "My e-ticket number is {eticket} and the airline charged me twice, {amount_dest} each.",
        "Hotel confirmation {hotel_conf}, check-in {date}, check-out {date2}. They pre-authorized {amount_dest}.",
        "They asked for my passport number at the front desk, it's {passport}. Is the card profile updated with it?",
        "Frequent flyer # {ffn} — the miles for {flight} never posted, could it be the card?",
        "For the wire to the supplier in {country} they gave me IBAN {iban}. Can I pay that with the card instead?",
        "my local number while I'm here is {phone_dest}, text me there if there's a fraud alert",
        "Gate {gate} changed, flight now leaves {time}. The lounge charged {amount_dest} to my card ending {lastfour}.",
        "Train from {city} on {date} at {time}, coach 7 seat {seat}, locator {booking}",
        "Rental car agreement {rental} — they put a hold of {amount_dest} on the card",
        "Itinerary: {flight} {date} {time}, return {flight2} {date2}, PNR {booking}, ticket {eticket}",
        "Terminal {terminal}, gate {gate}. Lounge wants {amount_dest} for a day pass, should that go on the T&E card?",
        "Exchange rate on the statement was {rate}, that seems high for {date}",
        "Our Spanish subsidiary's IBAN is {iban} — is it OK to use that for the card repayment?",
        "My Spanish colleague's NIE is {nie}, she needs a card too. Can a non-US employee be added?",
    ],
    "es": [
        "qué pena, el hotel me pidió la cédula ({cedula}) y el pasaporte {passport}, ¿eso afecta la tarjeta?",
        "che, el vuelo {flight} sale a las {time} de la puerta {gate}, ¿me habilitás la tarjeta para {country}?",
        "vale, el billete es {eticket}, localizador {booking}, ida el {date} y vuelta el {date2}",
        "Vuelo {flight} a {city} el {date}, sale a las {time}, asiento {seat}, localizador {booking}.",
        "El número de billete electrónico es {eticket} y me cobraron dos veces {amount_dest}.",
        "Confirmación del hotel {hotel_conf}, entrada el {date} y salida el {date2}.",
        "Para facturar me pidieron mi RFC {rfc} y mi CURP {curp}, ¿los datos de la tarjeta empresarial están a nombre de la empresa?",
        "Mi DNI es {dni} y en el hotel lo registraron mal",
        "El IBAN del proveedor es {iban}, ¿puedo pagar con la tarjeta?",
        "Mi número en {country} es {phone_dest}, por si me llaman de fraudes",
        "Soy residente, mi NIE es {nie}, ¿eso sirve para actualizar el domicilio?",
        "Pasaporte {passport}, vence el {date2}. ¿Lo tienen que tener registrado para el viaje?",
        "Socio viajero frecuente {ffn}, no me sumaron las millas del vuelo {flight}",
        "La CLABE para la transferencia es {clabe}, ¿o mejor pago con la tarjeta?",
        "Mi CUIT es {cuit} y el DNI {dni_ar}, ¿necesitan algo más para el alta?",
        "La cédula del viajero es {cedula}, viaja el {date} en el {flight}",
        "Puerta {gate}, terminal {terminal}, embarque a las {time}. La sala VIP me quiere cobrar {amount_dest}",
        "El tipo de cambio del estado de cuenta fue {rate}, ¿es correcto?",
        "Renta de auto, contrato {rental}, me retuvieron {amount_dest}",
    ],
    "mix": [
        "mi flight {flight} sale a las {time}, gate {gate}, booking {booking}",
        "el hotel me hizo un hold de {amount_dest}, confirmation {hotel_conf}",
        "mi e-ticket es {eticket}, me hicieron double charge",
        "el IBAN del supplier es {iban}, ¿puedo pagar con la card?",
        "my number acá es {phone_dest}",
    ],
}
NOTICE_AGENT: Pool = {
    "en": [
        "Thanks. I've added a travel notice for {country} from {date} to {date2}.",
        "Your mobile {phone_dest} is saved for fraud alerts during the trip.",
        "Done — travel notice {case} covers {country} until {date2}. Enjoy the trip.",
        "All cards you listed are now flagged for travel to {country}.",
    ],
    "es": [
        "Gracias. Registré aviso de viaje para {country} del {date} al {date2}.",
        "Guardé tu móvil {phone_dest} para alertas de fraude durante el viaje.",
        "Listo, el aviso {case} cubre {country} hasta el {date2}. ¡Buen viaje!",
        "Todas las tarjetas que mencionaste quedaron habilitadas para {country}.",
    ],
    "mix": ["Ok, ya quedó el travel notice para {country}, del {date} al {date2}."],
}


def fam_travel_lookalikes(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = []
    for _ in range(rng.randint(2, 4)):
        msgs.append(cust(ctx, TRAVEL_LOOK, "travel lookalikes"))
        if rng.random() < 0.6:
            msgs.append(
                agent(ctx, TRAVEL_ACK, "agent info")
                if rng.random() < 0.75
                else agent(ctx, legit_asks("travel"), "legit ask")
            )
    return msgs[:7]


ADMIN_CLEAN: Pool = {
    "en": [
        "Department {dept} needs MCC {mcc} unblocked for the conference on {date}; budget {limit}, PO {po}.",
        "Merchant category block list for purchasing cards: {mcc}, {mcc2}, {mcc3}. Travel cards: none.",
        "Please raise the monthly limit for cost center {cost_center} to {limit}.",
        "Block MCC {mcc} and {mccd2} on all cards of department {dept}.",
        "PO {po} was charged to GL {gl}, it should be {gl2}.",
        "Invoice {invoice} for {amount} — which card paid it? ending {lf1} or {lf2}?",
        "New hire {emp}, employee ID {emp_id}, needs a card with a {limit} limit, cost center {cost_center}.",
        "Can you export the {month} statement grouped by GL code? Our controller needs it for {company}.",
        "The card ending {lastfour} belongs to {emp}, she moved to department {dept}.",
        "MCC {mccd} should only be allowed on travel cards, not purchasing cards.",
        "We have {count} cardholders; please set single-transaction limit {limit} for all of them.",
        "Our EIN is {ein} and the program ID is {emp_id}, in case you need it for the renewal.",
        "Employee {emp_id} left the company on {past}; close the card ending {lf1}.",
        "SAP document {sapdoc} shows the charge twice, PO {po}, invoice {invoice}.",
        "Card ending {lf1}: limit {limit}, cost center {cost_center}, GL {gl}, MCC block {mcc}",
        "Could you change the billing cycle? Statement closes on the {count}th and our AP runs on the 5th.",
    ],
    "es": [
        "che, el área {dept} necesita el rubro {mcc} habilitado para el congreso del {date}, presupuesto {limit}",
        "Qué pena, la factura {invoice} quedó en el centro de costos {cost_center} y era del {cost_center2}",
        "Vale, pasadme el extracto de {month} por centro de coste; la tarjeta acabada en {lf1} es la de {emp}",
        "Por favor suban el límite mensual del centro de costos {cost_center} a {limit}.",
        "Bloqueen el giro {mcc} y el {mccd2} en todas las tarjetas del área {dept}.",
        "La orden de compra {po} se fue a la cuenta contable {gl}, debía ser {gl2}.",
        "Factura {invoice} por {amount}, ¿con qué tarjeta se pagó? termina en {lf1} o {lf2}",
        "Alta de empleado: {emp}, número de empleado {emp_id}, límite {limit}, centro de costos {cost_center}.",
        "¿Me pueden exportar el estado de cuenta de {month} por cuenta contable?",
        "La tarjeta terminación {lastfour} es de {emp}, se cambió al área {dept}.",
        "El MCC {mccd} solo debería estar permitido en tarjetas de viaje.",
        "Somos {count} tarjetahabientes; pongan límite por transacción de {limit} a todos.",
        "El empleado {emp_id} se fue el {past}; cancelen la tarjeta terminada en {lf1}.",
        "El documento SAP {sapdoc} muestra el cargo dos veces, OC {po}, factura {invoice}.",
        "Tarjeta terminación {lf1}: límite {limit}, CeCo {cost_center}, cuenta {gl}, bloqueo MCC {mcc}",
        "Nuestro RFC es {rfc} y la razón social {company}, ¿cómo actualizo los datos fiscales?",
    ],
    "mix": [
        "Súbanle el limit al cost center {cost_center} a {limit}, please.",
        "Bloqueen el MCC {mcc} en todas las cards del department {dept}.",
        "El PO {po} se cargó al GL {gl}, debía ser {gl2}.",
        "New hire {emp}, employee ID {emp_id}, limit {limit}.",
    ],
}
ADMIN_AGENT: Pool = {
    "en": [
        "Done. Cost center {cost_center} now has a monthly limit of {limit}.",
        "The MCC block for {mcc} is applied to all {count} cards of that department.",
        "I've corrected the GL mapping; it will show on the next statement export.",
        "The card for {emp} will ship in 5-7 business days to the program address.",
        "Invoice {invoice} was paid by the card ending {lf1} on {past}.",
    ],
    "es": [
        "Listo. El centro de costos {cost_center} ya tiene límite mensual de {limit}.",
        "El bloqueo del giro {mcc} quedó aplicado a las {count} tarjetas del área.",
        "Corregí la cuenta contable; se verá en la próxima exportación.",
        "La tarjeta de {emp} llega en 5 a 7 días hábiles a la dirección del programa.",
        "La factura {invoice} se pagó con la tarjeta terminada en {lf1} el {past}.",
    ],
    "mix": ["Listo, el limit de {cost_center} ya es {limit}.", "Ya quedó el MCC block para {mcc}."],
}


def fam_admin_clean(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = []
    for _ in range(rng.randint(2, 3)):
        msgs.append(cust(ctx, ADMIN_CLEAN, "admin program numbers"))
        msgs.append(
            agent(ctx, ADMIN_AGENT, "agent info")
            if rng.random() < 0.7
            else agent(ctx, legit_asks("admin"), "legit ask")
        )
    return msgs


MASKED_LIST: Pool = {
    "en": [
        "Here are our active cards:\n- {emp1}: **** {lf1}\n- {emp2}: **** {lf2}\n- {emp3}: **** {lf3}",
        "Cards ending {lf1}, {lf2}, {lf3} and {lf4} need the new MCC block",
        "| Employee | Card | Limit |\n|---|---|---|\n| {emp1} | {masked1} | {limit1} |\n| {emp2} | {masked2} | {limit2} |",
        "{masked1} and {masked2} show declines at {time}",
        "The statement lists {masked1} ({emp1}) with {amount} and {masked2} ({emp2}) with {amount2}.",
        "which of these is the travel card? {masked1}, {masked2}",
    ],
    "es": [
        "Estas son las tarjetas activas:\n- {emp1}: **** {lf1}\n- {emp2}: **** {lf2}\n- {emp3}: **** {lf3}",
        "Las terminadas en {lf1}, {lf2}, {lf3} y {lf4} necesitan el nuevo bloqueo de giro",
        "| Empleado | Tarjeta | Límite |\n|---|---|---|\n| {emp1} | {masked1} | {limit1} |\n| {emp2} | {masked2} | {limit2} |",
        "{masked1} y {masked2} tienen rechazos a las {time}",
        "En el estado de cuenta aparece {masked1} ({emp1}) con {amount} y {masked2} ({emp2}) con {amount2}.",
    ],
    "mix": [
        "Las cards ending {lf1} y {lf2} necesitan el MCC block",
        "{masked1} y {masked2} salen declined",
    ],
}


def fam_masked_list(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [cust(ctx, MASKED_LIST, "masked card list")]
    msgs.append(
        agent(ctx, ADMIN_AGENT, "agent info")
        if rng.random() < 0.6
        else agent(ctx, legit_asks("admin"), "legit ask")
    )
    if rng.random() < 0.6:
        msgs.append(cust(ctx, MASKED_LIST, "masked card list"))
        msgs.append(agent(ctx, ADMIN_AGENT, "agent info"))
    return msgs


def fam_bot_legit(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [agent(ctx, BOT_GREET, "bot greeting")]
    msgs.append(
        cust(
            ctx,
            {
                "en": ["2", "4", "1", "card declined abroad"],
                "es": ["2", "4", "1", "me rechazan la tarjeta en el extranjero"],
                "mix": ["2", "card declined abroad"],
            },
            "menu choice",
        )
    )
    msgs.extend(qa(ctx, BOT_QA, "bot structured legit ask", "structured answer"))
    if rng.random() < 0.5:
        msgs.extend(qa(ctx, BOT_QA, "bot structured legit ask", "structured answer"))
    msgs.append(agent(ctx, BOT_DONE, "bot done"))
    return msgs


def fam_legit_verification(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    opener, topic, info = rng.choice(
        (
            (ATM_OPEN, "charge", INFO_ATM),
            (OTP_OPEN, "charge", INFO_3DS),
            (ADMIN_CLEAN, "admin", ADMIN_AGENT),
            (NOTICE, "travel", NOTICE_AGENT),
            (BLOCKED_OPEN, "travel", INFO_BLOCKED),
        )
    )
    msgs = [cust(ctx, opener, "customer context")]
    for _ in range(rng.randint(1, 3)):
        msgs.extend(qa(ctx, legit_pairs(topic), "legit ask", "verification answer"))
    msgs.append(agent(ctx, info, "agent info"))
    return msgs


# Talk about secrets without any value: the customer's line and a fitting agent answer.
SECRET_TALK: QA = {
    "en": [
        (
            "I forgot the PIN of my corporate card, how do I reset it while abroad?",
            "You can change your PIN at any ATM of our network or in the app under Card > PIN.",
        ),
        (
            "The CVV on the back is scratched off, I can't read it",
            "A replacement with a readable code will ship to your hotel; in the meantime use the virtual card in the app.",
        ),
        (
            "the 3DS code never arrives because I don't have roaming in {country}",
            "I can send the code by email instead of SMS while you're abroad. Just confirm the email on file.",
        ),
        (
            "does the replacement card come with a new PIN or the same one?",
            "The replacement keeps your current PIN unless you change it in the app.",
        ),
        (
            "I changed my portal password yesterday and now it's locked",
            "I've unlocked the portal. Please set a new password from the link we emailed you.",
        ),
        (
            "My employee says the SMS code expires before she can type it",
            "Codes last 5 minutes. If it expires, she can tap 'resend' and a new one arrives.",
        ),
        (
            "The ATM in {city} asked for a 6-digit PIN but ours are 4 digits. Will it work?",
            "Most ATMs abroad accept 4-digit PINs; if it asks for 6, press Enter after the fourth digit.",
        ),
        (
            "Do I need to give the hotel the security code, or just the card?",
            "The hotel only needs the card to be present; they shouldn't ask for the security code at the desk.",
        ),
        (
            "Someone called {emp} asking for her PIN, pretending to be you. Just letting you know.",
            "Thanks for reporting it. We never call asking for PINs; we'll note it on the account.",
        ),
        (
            "Where do the new hires pick their PIN? In the app?",
            "Yes, new cardholders set their PIN in the app after activation.",
        ),
        (
            "the verification code went to my old number, which I don't have abroad",
            "I can update the number for codes once you verify with the last four of the card and your date of birth.",
        ),
        (
            "Is it safe to save the card's CVV in the travel portal profile?",
            "We don't recommend storing the security code anywhere; the portal doesn't need it for bookings.",
        ),
        (
            "My 3-D Secure password for online purchases, is that the same as the portal one?",
            "No, they're separate. Online purchases now use a code sent to your phone instead of a password.",
        ),
        (
            "Can an employee share her PIN with her manager so he withdraws cash for the team?",
            "No, please never share PINs. The manager can request his own card with cash access.",
        ),
    ],
    "es": [
        (
            "Olvidé el {pinword} de la tarjeta, ¿cómo lo cambio estando en el extranjero?",
            "Puedes cambiar tu {pinword} en cualquier cajero de la red o en la app, en Tarjeta > {pinword}.",
        ),
        (
            "no me llega el código por SMS porque no tengo roaming",
            "Puedo mandarte el código por correo en lugar de SMS mientras estás afuera. Confírmame el correo registrado.",
        ),
        (
            "el CVV está borrado, no se lee",
            "Te envío una reposición; mientras tanto usa la tarjeta digital de la app.",
        ),
        (
            "¿la tarjeta nueva trae el mismo {pinword} o uno nuevo?",
            "La reposición conserva tu {pinword} actual, salvo que lo cambies en la app.",
        ),
        (
            "cambié la contraseña del portal y ahora está bloqueado",
            "Ya desbloqueé el portal. Crea una contraseña nueva desde el enlace que te enviamos.",
        ),
        (
            "el cajero de {city} me pide un {pinword} de 6 dígitos y el mío es de 4, ¿funciona igual?",
            "La mayoría de cajeros en el exterior aceptan {pinword} de 4 dígitos; si pide 6, presiona Continuar.",
        ),
        (
            "¿Tengo que darle al hotel el código de seguridad o solo la tarjeta?",
            "El hotel solo necesita la tarjeta presente; no debería pedirte el código de seguridad.",
        ),
        (
            "Alguien llamó a {emp} pidiéndole su {pinword} haciéndose pasar por ustedes, para que sepan.",
            "Gracias por avisar. Nunca llamamos pidiendo el {pinword}; lo dejo anotado en la cuenta.",
        ),
        (
            "¿Dónde eligen el {pinword} los nuevos empleados? ¿En la app?",
            "Sí, los nuevos tarjetahabientes eligen su {pinword} en la app al activar.",
        ),
        (
            "el código de verificación me llega al número viejo que no tengo acá",
            "Puedo actualizar el número para los códigos si validas con los últimos cuatro dígitos y tu fecha de nacimiento.",
        ),
        (
            "¿Es seguro guardar el CVV en el perfil del portal de viajes?",
            "No recomendamos guardar el código de seguridad; el portal no lo necesita para reservar.",
        ),
        (
            "¿Un empleado le puede pasar su {pinword} al gerente para que saque efectivo?",
            "No, el {pinword} nunca se comparte. El gerente puede pedir su propia tarjeta con disposición de efectivo.",
        ),
    ],
    "mix": [
        (
            "Olvidé el PIN de la corporate card, ¿cómo lo reseteo desde {city}?",
            "Puedes cambiar el PIN en cualquier ATM de la red o en la app.",
        ),
        (
            "el code de 3DS no me llega porque no tengo roaming",
            "Te puedo mandar el code por email mientras estás abroad.",
        ),
        (
            "cambié el password del portal y ahora está locked",
            "Ya lo unlocked, crea un password nuevo con el link que te mandé.",
        ),
    ],
}


def fam_secret_talk(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = []
    for _ in range(rng.randint(1, 3)):
        lang = ctx.msg_lang()
        line, answer = rng.choice(SECRET_TALK.get(lang) or SECRET_TALK["en"])
        msgs.append(cust(ctx, line, "secret talk no value"))
        msgs.append(agent(ctx, answer, "agent info"))
        if rng.random() < 0.2:
            msgs.append(agent(ctx, rng.choice((WARN_PIN, WARN_CODE, WARN_CARD)), "agent warning"))
    return msgs


TRAVEL_ACK: Pool = {
    "en": [
        "Thanks for the details, I've added them to the traveller's profile.",
        "Got it. Nothing on our side is blocking the card.",
        "Noted. Is there a specific charge you'd like me to look at?",
        "Thanks. That information isn't needed for the card, but it's fine to keep it on file with your travel agency.",
        "Understood, one moment while I check the authorizations.",
    ],
    "es": [
        "Gracias por los datos, los agregué al perfil del viajero.",
        "Entendido. De nuestro lado no hay ningún bloqueo en la tarjeta.",
        "Anotado. ¿Hay algún cargo en particular que quieras que revise?",
        "Gracias. Esos datos no los necesitamos para la tarjeta, pero está bien que los tenga tu agencia de viajes.",
        "Perfecto, un momento mientras reviso las autorizaciones.",
    ],
    "mix": [
        "Ok, gracias por los details. No veo ningún block en la card.",
        "Anotado, ¿hay algún charge que quieras que revise?",
    ],
}


SIGNATURE: Pool = {
    "en": [
        "Hi, please see below the travelers for the {city} offsite and update their limits to {limit}.\n\nBest,\n--\n{name}\nTravel Manager | {company}\nT: {phone} | M: {phone2}\n{address}\n{email}",
        "Forwarding from our CFO: 'please close the card ending {lf1} by {date}'.\n\nThanks,\n{name}\nCard Program Administrator\n{company}\nDirect {phone} ext. {count}\n{email}",
        "Thanks for the quick help!\n\n{name} | Operations\n{company}\n{address}\nOffice: {phone}\nThis e-mail may contain confidential information.",
    ],
    "es": [
        "Hola, les comparto los viajeros del evento en {city}; favor de subir su límite a {limit}.\n\nSaludos,\n--\n{name}\nGerente de Viajes | {company}\nTel. {phone} | Cel. {phone2}\n{address}\n{email}",
        "Reenvío lo que pidió Dirección: 'cancelar la tarjeta terminada en {lf1} antes del {date}'.\n\nGracias,\n{name}\nAdministración del Programa de Tarjetas\n{company}\nTel. {phone} ext. {count}",
        "¡Gracias por la ayuda!\n\n{name} | Tesorería\n{company}\n{address}\nTeléfono: {phone}\nEste correo puede contener información confidencial.",
    ],
}


def fam_signature(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [cust(ctx, SIGNATURE, "pasted email signature")]
    msgs.append(
        agent(ctx, ADMIN_AGENT, "agent info")
        if rng.random() < 0.6
        else agent(ctx, legit_asks("admin"), "legit ask")
    )
    if rng.random() < 0.5:
        msgs.append(cust(ctx, ADMIN_CLEAN, "admin program numbers"))
    return msgs


DISPUTE: Pool = {
    "en": [
        "I see a charge of {amount_dest} from {merchant} on {past} at {time} that I don't recognize, card ending {lastfour}",
        "the receipt shows authorization code {auth} for {amount_dest}, but I cancelled that booking",
        "Transaction {txn} for {amount_dest} posted twice",
        "{merchant} charged {amount_dest} + {fee} fee, I was quoted {amount_dest2}",
        "The acquirer reference on the statement is {arn}",
        "I paid {amount_dest} in cash, why is there also a card charge on {past}?",
        "the hotel says the refund was issued on {past}, refund reference {txn}",
    ],
    "es": [
        "Veo un cargo de {amount_dest} de {merchant} el {past} a las {time} que no reconozco, tarjeta terminación {lastfour}",
        "el ticket dice número de autorización {auth} por {amount_dest}, pero cancelé esa reserva",
        "La operación {txn} por {amount_dest} se cobró dos veces",
        "{merchant} me cobró {amount_dest} más {fee} de comisión, me habían dicho {amount_dest2}",
        "La referencia del adquirente en el estado de cuenta es {arn}",
        "el hotel dice que hizo el reembolso el {past}, referencia {txn}",
    ],
    "mix": [
        "Veo un charge de {amount_dest} de {merchant} que no reconozco, ending {lastfour}",
        "el receipt dice auth code {auth}, pero cancelé la reserva",
    ],
}
DISPUTE_AGENT: Pool = {
    "en": [
        "I've opened dispute {case} for {amount_dest}; you'll see a provisional credit within 10 business days.",
        "The merchant's reference is {txn}. I'll request the itemized folio from {merchant}.",
        "That authorization is still pending and should drop off by {date}.",
    ],
    "es": [
        "Abrí la aclaración {case} por {amount_dest}; verás un abono provisional en 10 días hábiles.",
        "La referencia del comercio es {txn}. Pediré el detalle a {merchant}.",
        "Esa autorización sigue pendiente y debería liberarse el {date}.",
    ],
    "mix": ["Abrí el dispute {case} por {amount_dest}."],
}


def fam_dispute(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [cust(ctx, DISPUTE, "foreign charge dispute")]
    if rng.random() < 0.5:
        msgs.extend(qa(ctx, legit_pairs("charge"), "legit ask", "verification answer"))
    msgs.append(agent(ctx, DISPUTE_AGENT, "agent info"))
    if rng.random() < 0.5:
        msgs.append(cust(ctx, DISPUTE, "foreign charge dispute"))
    return msgs


NOTICE: Pool = {
    "en": [
        "I'll be in {country} from {date} to {date2}, then {country2} until {date3}. Cards ending {lf1} and {lastfour}.",
        "Team of {count} traveling to {city} next week, please whitelist all cards in cost center {cost_center}",
        "Travel notice: {name}, {country}, {date} – {date2}, flight {flight}",
        "heading to {city} tomorrow at {time}, card ending {lastfour}",
    ],
    "es": [
        "Voy a estar en {country} del {date} al {date2} y luego en {country2} hasta el {date3}. Tarjetas terminación {lf1} y {lastfour}.",
        "Viajamos {count} personas a {city} la próxima semana, habiliten las tarjetas del centro de costos {cost_center}",
        "Aviso de viaje: {name}, {country}, {date} – {date2}, vuelo {flight}",
        "salgo mañana a {city} a las {time}, tarjeta terminada en {lastfour}",
    ],
    "mix": ["Me voy a {country} del {date} al {date2}, card ending {lastfour}"],
}


def fam_travel_notice(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [cust(ctx, NOTICE, "travel notice")]
    if rng.random() < 0.6:
        msgs.extend(qa(ctx, legit_pairs("travel"), "legit ask", "verification answer"))
    msgs.append(agent(ctx, NOTICE_AGENT, "agent info"))
    return msgs


ATM_NOPIN: Pool = {
    "en": [
        "The ATM in {city} charged me a fee of {fee}, is that normal?",
        "withdrew {amount_dest}, receipt says transaction {txn}, ATM ID {atm_id}, but the money never came out",
        "ATM showed error code {atm_err} and returned the card",
        "How much can I take out per day abroad? I need {amount_dest} for a supplier in {city}",
        "the {atm_bank} ATM offered to charge me in my home currency at {rate}, should I accept?",
        "took out cash at {time} at {atm_bank}, now my balance shows it twice",
    ],
    "es": [
        "El cajero en {city} me cobró una comisión de {fee}, ¿es normal?",
        "saqué {amount_dest}, el comprobante dice operación {txn}, cajero {atm_id}, pero no salió el dinero",
        "el cajero mostró el error {atm_err} y me devolvió la tarjeta",
        "¿Cuánto puedo retirar por día en el extranjero? Necesito {amount_dest} para un proveedor en {city}",
        "el cajero de {atm_bank} me ofreció cobrarme en mi moneda a {rate}, ¿acepto?",
        "retiré efectivo a las {time} en {atm_bank} y ahora me aparece dos veces",
    ],
    "mix": [
        "el ATM en {city} me cobró un fee de {fee}",
        "saqué {amount_dest} pero el cash no salió, transaction {txn}",
    ],
}
ATM_NOPIN_AGENT: Pool = {
    "en": [
        "The daily ATM limit on that card is {limit}; I can raise it temporarily.",
        "That fee is charged by {atm_bank}, not by us.",
        "I see the withdrawal pending; if the cash wasn't dispensed it reverses within 5 business days. Case {case}.",
        "Always choose to be charged in the local currency; the ATM's rate is usually worse.",
    ],
    "es": [
        "El límite diario en cajeros de esa tarjeta es {limit}; lo puedo subir temporalmente.",
        "Esa comisión la cobra {atm_bank}, no nosotros.",
        "Veo el retiro pendiente; si no se entregó el efectivo se reversa en 5 días hábiles. Caso {case}.",
        "Siempre elige que te cobren en moneda local; la tasa del cajero suele ser peor.",
    ],
    "mix": ["El daily limit en ATM es {limit}, lo puedo subir."],
}


def fam_atm_nopin(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [cust(ctx, ATM_NOPIN, "atm abroad no pin")]
    msgs.append(agent(ctx, ATM_NOPIN_AGENT, "agent info"))
    if rng.random() < 0.6:
        msgs.append(cust(ctx, ATM_NOPIN, "atm abroad no pin"))
        msgs.append(agent(ctx, ATM_NOPIN_AGENT, "agent info"))
    return msgs


def fam_careless_refused(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    impostor = rng.random() < 0.25
    types, pool = (
        IMPOSTOR_ASKS[rng.randrange(len(IMPOSTOR_ASKS))]
        if impostor
        else rng.choices(ASKS, ASK_WEIGHTS)[0]
    )
    if SSN in types:
        use_us_home(ctx)
    msgs = [cust(ctx, opener_for(ctx, types), "customer context")]
    name = ask_name(types)
    msgs.append(
        agent(ctx, pool, f"{'impostor' if impostor else 'careless'} ask {name}", requested=types)
    )
    msgs.append(cust(ctx, REFUSE, "refusal"))
    if not impostor:
        backtrack = qa(ctx, BACKTRACK, "legit ask", "verification answer")
        msgs.extend(backtrack if rng.random() < 0.6 else backtrack[:1])
    return msgs


REFS: Pool = {
    "en": [
        "The merchant reference on the receipt is {longref}",
        "FedEx tracking for the replacement cards: {tracking}",
        "Transaction ID {longref} — is this the hotel deposit?",
        "The airline's refund reference is {longref}, posted {past}",
        "Supplier's remittance number {longref}, invoice {invoice}",
        "tracking # {tracking}, it says delivered but the office didn't get the cards",
    ],
    "es": [
        "La referencia del comercio en el ticket es {longref}",
        "Guía de DHL de las tarjetas de reposición: {tracking}",
        "ID de operación {longref}, ¿es el depósito del hotel?",
        "La referencia del reembolso de la aerolínea es {longref}, del {past}",
        "número de guía {tracking}, dice entregado pero en la oficina no llegaron",
    ],
    "mix": ["El tracking de las cards es {tracking}", "la reference del merchant es {longref}"],
}


def fam_refs(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs = [cust(ctx, REFS, "luhn-invalid references")]
    msgs.append(agent(ctx, rng.choice((DISPUTE_AGENT, ADMIN_AGENT, AGENT_FILLER)), "agent info"))
    if rng.random() < 0.6:
        msgs.append(cust(ctx, REFS, "luhn-invalid references"))
    return msgs


# --------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------

FAMILIES: list[tuple[str, Callable[[Ctx], list[Message]], int]] = [
    ("admin csv with cards", fam_admin_csv, 3),
    ("admin table with cards", fam_admin_table, 3),
    ("admin reissue card and pin", fam_admin_reissue_pin, 4),
    ("admin last fours plus full card", fam_admin_lastfours_full, 4),
    ("abroad atm pin", fam_abroad_atm_pin, 5),
    ("abroad 3ds otp", fam_abroad_3ds_otp, 6),
    ("hotel card and cvv", fam_hotel_cvv, 4),
    ("travel portal password", fam_portal_password, 5),
    ("card blocked abroad", fam_blocked_card, 4),
    ("split card abroad", fam_split_card, 3),
    ("owner ssn application", fam_owner_ssn, 3),
    ("careless ask complied", fam_careless_complied, 6),
    ("travel lookalikes", fam_travel_lookalikes, 9),
    ("admin program numbers", fam_admin_clean, 8),
    ("bot structured legit ask", fam_bot_legit, 5),
    ("legit verification", fam_legit_verification, 5),
    ("secret talk no value", fam_secret_talk, 6),
    ("pasted email signature", fam_signature, 3),
    ("foreign charge dispute", fam_dispute, 5),
    ("travel notice", fam_travel_notice, 4),
    ("atm abroad no pin", fam_atm_nopin, 4),
    ("masked card list", fam_masked_list, 4),
    ("careless ask refused", fam_careless_refused, 4),
    ("luhn-invalid references", fam_refs, 3),
]


def new_ctx(rng: Random) -> Ctx:
    lang = rng.choices(("en", "es", "mix"), (50, 35, 15))[0]
    if lang == "en":
        region = "us"
    elif lang == "mix":
        region = rng.choices(("us", "mx"), (60, 40))[0]
    else:
        region = rng.choices(("mx", "es", "co", "ar", "us"), (30, 25, 15, 15, 15))[0]
    dest = rng.choice([d for d in DESTS if d.home != region])
    messy = rng.random() < 0.55
    ctx = Ctx(
        rng=rng,
        lang=lang,
        region=region,
        dest=dest,
        lower=messy and rng.random() < 0.6,
        noaccent=messy and lang != "en" and rng.random() < 0.7,
        typos=messy and rng.random() < 0.5,
        emoji=0.15 if messy else 0.03,
    )
    ctx.base_day = date(2026, 1, 1) + timedelta(days=rng.randint(0, 350))
    ctx.card("card")
    return ctx


def assemble(ctx: Ctx, core: list[Message]) -> list[Message]:
    rng = ctx.rng
    head: list[Message] = []
    if core[0].kind != "bot greeting":  # a bot opens its own chats
        if rng.random() < 0.55:
            head.append(agent(ctx, AGENT_GREET, "agent greeting"))
        if rng.random() < 0.45:
            head.append(cust(ctx, CUST_HELLO, "greeting"))
    tail: list[Message] = []
    if rng.random() < 0.5:
        tail.append(agent(ctx, AGENT_CLOSE, "agent closing"))
    if rng.random() < 0.5:
        tail.append(cust(ctx, CUST_CLOSE, "closing"))
    msgs = [*head, *core, *tail]
    while len(msgs) > 10 and (head or tail):
        if tail:
            tail.pop()
        else:
            head.pop()
        msgs = [*head, *core, *tail]
    while len(msgs) < 3:
        msgs.append(
            agent(ctx, AGENT_CLOSE, "agent closing")
            if msgs[-1].role == "customer"
            else cust(ctx, CUST_CLOSE, "closing")
        )
    return msgs[:10]


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    weights = [w for _, _, w in FAMILIES]
    conversations = []
    for i in range(count):
        name, build, _ = rng.choices(FAMILIES, weights)[0]
        ctx = new_ctx(rng)
        messages = assemble(ctx, build(ctx))
        conversations.append(Conversation(f"s19-{seed}-{i:04d}", name, ctx.lang, messages))
    return conversations


if __name__ == "__main__":
    for conv in generate(1, 12):
        print(f"=== {conv.cid} [{conv.kind}] ({conv.lang})")
        for msg in conv.messages:
            asked = f" requested={sorted(msg.requested)}" if msg.requested else ""
            print(f"  {msg.role:>8} ({msg.kind}){asked}: {msg.text!r}")
            for lab in msg.labels:
                part = " split" if lab.split_part else ""
                print(
                    f"           -> {lab.type} {msg.text[lab.start : lab.end]!r} keep={lab.keep}{part}"
                )
