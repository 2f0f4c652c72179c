# ruff: noqa: E501
"""Blind end-to-end set 10 for guard: a neo-bank's in-app chat across the US and Mexico.

Written blind: without reading guard's code, rules, tests, benchmarks or the other blind
sets; only the shared dataclasses of `tests.blind.e2e_set` and the scorer were read.

The bank's AI assistant answers first and hands off to people (disputes, cards, fraud,
transfers). Customers write in English (~45%), Spanish (~35%: Mexico-heavy, plus US
Hispanic, Colombia and Puerto Rico) and Spanglish (~20%), and hold a secret in about 45%
of conversations:

- full cards of every major brand (Visa, Mastercard 5x and 2-series, Amex, Discover,
  Diners, JCB, UnionPay, Maestro) typed with spaces, dashes, dots, slashes, underscores,
  non-breaking spaces, irregular groups, digit by digit, partly or wholly in words, split
  over several messages with chatter between, or with the expiry and code in one line,
  pasted from notes or read off a screenshot;
- security codes (Amex four on the front), full SSNs, one-time passcodes (SMS and email
  pastes, screens described in words, voice dictation with "um"/"este"/"o sea", answers
  to a question asked several messages before), passwords (password-manager and notes
  pastes, "mi contraseña de la app es ..."), PINs ("mi nip es", "la clave de mi
  tarjeta", old and new PIN), values corrected or repeated, values given to the bot
  after it says it can't take them, long multi-line messages mixing a complaint, amounts,
  dates and a secret.

Agents and the assistant verify properly (last four, ZIP / código postal, date of birth,
email, phone, address, expiry alone, CURP/RFC), warn, hand off, say scripted lines that
name secrets without asking, and sometimes ask for what they must not: directly, in lists,
mid-paragraph, indirectly ("what are the numbers on the back?"), pushing, as a phisher
posing as the bank, as a misconfigured assistant, in Spanish and Spanglish.

The other conversations hold no secret but are full of hard negatives: amounts in USD,
MXN and COP, dates, times, US, Mexican, Colombian and Puerto Rican phones, ZIPs and
códigos postales, CLABEs (never Luhn-valid), routing and account numbers, RFC and CURP,
folios, OXXO references, SPEI tracking keys, parcel tracking, case, order and
confirmation numbers, last fours, masked cards, app versions, years, addresses and talk
about secrets without a value.

Labels are computed from the template fill: each secret value's exact span (cards and
SSNs keep their last four; each part of a split card is a split part). `generate(seed,
count)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from random import Random
from typing import TypeVar

from stdnum import luhn

from tests.blind.e2e_set import (
    CC,
    CVV,
    KEEP_LAST,
    OTP,
    PIN,
    PW,
    SSN,
    TYPES,
    Conversation,
    Label,
    Message,
)

T = TypeVar("T")

# --------------------------------------------------------------------------------------
# Engine: templates, values, labels and invariants
# --------------------------------------------------------------------------------------

DIGITS = "0123456789"
EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ES_DIGITS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
WORD_DIGIT: dict[str, str] = {"oh": "0"}
for _i, _w in enumerate(EN_DIGITS):
    WORD_DIGIT[_w] = str(_i)
for _i, _w in enumerate(ES_DIGITS):
    WORD_DIGIT[_w] = str(_i)

# [a|b|c] picks one option (innermost first); {name} is a slot.
ALT_RE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
SLOT_RE = re.compile(r"\{([a-z][a-z0-9_]*)\}")
SECRET_NAME_RE = re.compile(r"(card|cvv|cid|ssn|otp|pw|pin|part)\d*")
RUN_RE = re.compile(r"\d(?:[\d \-./_\u00a0]*\d)?")
SSN_LIKE_RE = re.compile(r"(?<![\d-])(\d{3})([-. ]?)(\d{2})\2(\d{4})(?![\d-])")
ROUTING_CUE_RE = re.compile(r"routing|\baba\b|ruta|transit", re.IGNORECASE)
TOKEN_RE = re.compile(r"\d|[^\W\d_]+")


def wpick(rng: Random, pairs: Sequence[tuple[T, float]]) -> T:
    """One item of `pairs` (item, weight), drawn by weight."""
    total = sum(weight for _, weight in pairs)
    r = rng.random() * total
    for item, weight in pairs:
        r -= weight
        if r < 0:
            return item
    return pairs[-1][0]


def rdigits(rng: Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", kept)


def spoken_digits(text: str) -> str:
    """The digits a value reads as: digits as typed plus digit words (English, Spanish)."""
    out = []
    for token in TOKEN_RE.findall(text.lower()):
        if token.isdigit():
            out.append(token)
        elif token in WORD_DIGIT:
            out.append(WORD_DIGIT[token])
    return "".join(out)


def valid_ssn(digits: str) -> bool:
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def luhn_runs_ok(text: str) -> bool:
    """No run of digit groups (spaces, dashes, dots, slashes between) of 13-19 digits is Luhn-valid."""
    for m in RUN_RE.finditer(text):
        groups = re.findall(r"\d+", m.group())
        for i in range(len(groups)):
            total = 0
            for j in range(i, len(groups)):
                total += len(groups[j])
                if total > 19:
                    break
                if total >= 13 and luhn.is_valid("".join(groups[i : j + 1])):
                    return False
    return True


def ssn_like_ok(text: str) -> bool:
    """No valid SSN written 3-2-4 (one separator or none), unless a routing number is named."""
    for m in SSN_LIKE_RE.finditer(text):
        digits = m.group(1) + m.group(3) + m.group(4)
        if valid_ssn(digits) and not ROUTING_CUE_RE.search(
            text[max(0, m.start() - 45) : m.start()]
        ):
            return False
    return True


def negatives_ok(text: str) -> bool:
    return luhn_runs_ok(text) and ssn_like_ok(text)


@dataclass(frozen=True)
class Val:
    """A value put in a slot; `type` is set for a secret (then `digits` is what it reads as)."""

    text: str
    type: str | None = None
    digits: str = ""
    keep: int = 0
    split: bool = False


def secret(text: str, typ: str, digits: str, split: bool = False, last: bool = True) -> Val:
    keep = KEEP_LAST.get(typ, 0) if last else 0
    return Val(text=text, type=typ, digits=digits, keep=keep, split=split)


@dataclass
class Ctx:
    """One conversation being written."""

    rng: Random
    lang: str  # en, es, mix
    region: str  # US, MX, USH (US Hispanic), CO, PR
    style: str  # neat, casual, voice
    fixed: dict[str, str]
    card: str
    brand: str
    ssn: str
    messages: list[Message] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


def expand(rng: Random, tpl: str) -> str:
    while True:
        m = ALT_RE.search(tpl)
        if m is None:
            return tpl
        tpl = tpl[: m.start()] + rng.choice(m.group(1).split("|")) + tpl[m.end() :]


EN_SHORT = (
    (r"\bplease\b", "pls"),
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bbecause\b", "bc"),
    (r"\bthanks\b", "thx"),
    (r"\bokay\b", "ok"),
    (r"\bright now\b", "rn"),
    (r"\bI don't know\b", "idk"),
    (r"\bto be honest\b", "tbh"),
)
ES_SHORT = (
    (r"\bpor favor\b", "porfa"),
    (r"\bque\b", "q"),
    (r"\btambién\b", "tmb"),
    (r"\bpor qué\b", "xq"),
    (r"\bporque\b", "xq"),
    (r"\bestá\b", "ta"),
    (r"\bgracias\b", "grax"),
    (r"\bmensaje\b", "msj"),
    (r"\bnada\b", "nd"),
)
FILLERS = {
    "en": ("um", "uh", "so um", "okay so", "like", "hmm", "so yeah"),
    "es": ("este", "eh", "o sea", "pues", "mmm", "a ver", "bueno este"),
}


def filler(ctx: Ctx) -> str:
    lg = ctx.lang if ctx.lang != "mix" else ctx.rng.choice(("en", "es"))
    return ctx.rng.choice(FILLERS[lg])


def stylize(ctx: Ctx, text: str) -> str:
    """How this customer types: tidy, casual (lowercase, no accents, shorthand) or dictated."""
    rng = ctx.rng
    if ctx.style == "casual":
        if rng.random() < 0.7:
            text = text.lower()
        if rng.random() < 0.55:
            text = strip_accents(text).replace("¿", "").replace("¡", "")
        if rng.random() < 0.5:
            text = text.rstrip(".")
        if rng.random() < 0.45:
            for pattern, short in EN_SHORT + ES_SHORT:
                if rng.random() < 0.6:
                    text = re.sub(pattern, short, text, flags=re.IGNORECASE)
    elif ctx.style == "voice":
        if rng.random() < 0.55 and text[:1] != "{":
            text = f"{filler(ctx)} {text[:1].lower()}{text[1:]}"
        if rng.random() < 0.4 and ". " in text:
            text = text.replace(". ", f". {filler(ctx).capitalize()}, ", 1)
        if rng.random() < 0.3:
            text = text.replace(", ", f", {filler(ctx)}, ", 1)
    return text


# Story values a message may redraw when its fixed ones happen to sit badly together.
VOLATILE = (
    "amount",
    "usd",
    "mxn",
    "date",
    "time",
    "case",
    "folio",
    "txid",
    "tracking",
    "oxxo",
    "rastreo",
    "version",
)


def slot_value(ctx: Ctx, name: str, fresh: bool = False) -> str:
    if name in ctx.fixed and not (fresh and name in VOLATILE):
        return ctx.fixed[name]
    gen = SLOTS.get(name) or SLOTS.get(name.rstrip(DIGITS))
    if gen is None:
        raise KeyError(f"unknown slot {name!r}")
    return gen(ctx)


def render(
    ctx: Ctx, tpl: str, vals: dict[str, Val], styled: bool, fresh: bool = False
) -> tuple[str, list[Label]] | None:
    """Fill a template; None when a filled negative happens to look like a secret (retry)."""
    text = expand(ctx.rng, tpl)
    if styled:
        text = stylize(ctx, text)
    text = re.sub(r" {2,}", " ", text).strip()
    pieces: list[str] = []
    found: list[tuple[Label, Val]] = []
    pos = last = 0
    for m in SLOT_RE.finditer(text):
        literal = text[last : m.start()]
        pieces.append(literal)
        pos += len(literal)
        name = m.group(1)
        if name in vals:
            val = vals[name]
        else:
            assert name in ctx.fixed or not SECRET_NAME_RE.fullmatch(name), (
                f"secret slot {name} without a value: {tpl!r}"
            )
            val = Val(slot_value(ctx, name, fresh))
        pieces.append(val.text)
        if val.type is not None:
            found.append((Label(val.type, pos, pos + len(val.text), val.keep, val.split), val))
        pos += len(val.text)
        last = m.end()
    pieces.append(text[last:])
    out = "".join(pieces)
    assert "{" not in out and "}" not in out, f"unfilled slot in {out!r}"
    assert ALT_RE.search(out) is None, f"unexpanded choice in {out!r}"
    found.sort(key=lambda pair: pair[0].start)
    end = 0
    masked = list(out)
    for label, val in found:
        value = out[label.start : label.end]
        assert value == val.text, (value, val.text)
        assert value == value.strip() and value, repr(value)
        assert label.start >= end, f"overlapping labels in {out!r}"
        end = label.end
        check_value(val)
        masked[label.start : label.end] = "#" * (label.end - label.start)
    if not negatives_ok("".join(masked)):
        return None
    return out, [label for label, _ in found]


def check_value(val: Val) -> None:
    """The value reads as its digits, and the digits are a secret of its type."""
    if val.type == PW:
        assert val.text == val.digits and " " not in val.text and len(val.text) >= 6, val
        return
    assert spoken_digits(val.text) == val.digits, (val.text, val.digits)
    n = len(val.digits)
    if val.type == CC:
        if val.split:
            assert 3 <= n <= 16, val
        else:
            assert 13 <= n <= 19 and luhn.is_valid(val.digits), val
    elif val.type == CVV:
        assert n in (3, 4), val
    elif val.type == SSN:
        assert valid_ssn(val.digits), val
    elif val.type == OTP:
        assert 4 <= n <= 8, val
    elif val.type == PIN:
        assert 4 <= n <= 6, val
    else:
        raise AssertionError(val)


def emit(
    ctx: Ctx,
    role: str,
    tpl: str,
    kind: str,
    vals: dict[str, Val] | None = None,
    requested: Sequence[str] = (),
    styled: bool | None = None,
) -> Message:
    """Fill `tpl` and append the message; labels come from the fill."""
    values = vals or {}
    if styled is None:
        styled = role == "customer"
    for attempt in range(100):
        got = render(ctx, tpl, values, styled, fresh=attempt >= 30)
        if got is not None:
            break
    else:
        raise AssertionError(f"no clean fill for {tpl!r}")
    text, labels = got
    want = [v for v in values.values() if v.type is not None]
    if role == "agent":
        assert not labels, f"an agent line holds a secret: {text!r}"
    else:
        assert not requested
    if want:
        assert labels, f"secret values given but none placed: {tpl!r}"
    for kind_asked in requested:
        assert kind_asked in TYPES, kind_asked
    msg = Message(role=role, text=text, labels=labels, requested=frozenset(requested), kind=kind)
    ctx.messages.append(msg)
    return msg


def lang_of(ctx: Ctx) -> str:
    """The language of one message: a Spanglish conversation also has English or Spanish lines."""
    if ctx.lang != "mix":
        return ctx.lang
    return wpick(ctx.rng, (("mix", 0.5), ("en", 0.25), ("es", 0.25)))


def pick(ctx: Ctx, bank: dict[str, list[str]], lg: str | None = None) -> str:
    """A template of `bank` in the message's language (plus the region's own lines)."""
    lg = lg or lang_of(ctx)
    if lg not in bank:
        lg = ctx.rng.choice(("en", "es"))
    pool = list(bank[lg]) + list(bank.get(f"{lg}_{ctx.region}", []))
    return ctx.rng.choice(pool)


def sub(tpl: str, **parts: str) -> str:
    """Put composed pieces into an outer template ({ASK}, {LINE}, ...) before the fill."""
    for key, value in parts.items():
        tpl = tpl.replace("{" + key + "}", value)
    return tpl


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------------------
# People, places and the bank
# --------------------------------------------------------------------------------------

# fmt: off
BANKS = (("Lumen", "lumen.app"), ("Kora", "korabank.com"), ("Vela", "vela.money"), ("Ondo", "ondo.mx"), ("Pluma", "pluma.cash"), ("Brisa", "brisa.finance"))
BOTS = ("Nova", "Lía", "Max", "Ari", "Sol", "Luma", "Kai", "Iris")
TEAMS_EN = ("Disputes", "Card Services", "Fraud Prevention", "Transfers", "Account Security", "Customer Care", "Payments")
TEAMS_ES = ("aclaraciones", "tarjetas", "prevención de fraudes", "transferencias", "seguridad de cuentas", "atención a clientes", "pagos")

MX_FIRST = (
    "María Fernanda", "José Luis", "Guadalupe", "Juan Carlos", "Ana Sofía", "Luis Ángel", "Ximena", "Diego",
    "Valeria", "Alejandro", "Daniela", "Ricardo", "Paola", "Miguel", "Itzel", "Brenda", "Jorge", "Karla",
    "Fernando", "Leticia", "Rosario", "Emiliano", "Renata", "Yahir", "Citlali", "Héctor", "Araceli",
    "Octavio", "Maricela", "Iván",
)
USH_FIRST = ("Jessica", "Brian", "Jennifer", "Kevin", "Vanessa", "Anthony", "Stephanie", "Christian", "Yesenia", "Jonathan", "Marisol", "Erick", "Jasmine", "Adrián", "Leslie", "Edgar", "Cynthia", "Omar", "Gabriela", "Julio")
CO_FIRST = ("Andrés", "Camila", "Juliana", "Santiago", "Sebastián", "Valentina", "Mateo", "Natalia", "Felipe", "Manuela", "Esteban", "Laura")
PR_FIRST = ("Yamil", "Xiomara", "Jomar", "Yariel", "Nilda", "Wilfredo", "Coralys", "Edwin", "Keishla", "Javier", "Zuleyka", "Luis")
US_FIRST = (
    "Emily", "Michael", "Jessica", "Tyler", "Ashley", "Brandon", "Kayla", "Jordan", "Megan", "DeShawn",
    "Tanisha", "Kevin", "Sarah", "Connor", "Priya", "Mei", "Olivia", "Ethan", "Hannah", "Marcus", "Brittany",
    "Dylan", "Aaliyah", "Cody", "Grace", "Trevor", "Jamal", "Lauren",
)
HISP_LAST = (
    "García", "Hernández", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
    "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez",
    "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez",
    "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán", "Velázquez",
    "Salazar", "Ochoa", "Villarreal", "Cervantes",
)
US_LAST = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
    "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
    "Robinson", "Walker", "Nguyen", "Patel", "Kim", "Baker", "Carter", "Price",
)
AGENTS = ("Daniela", "Roberto", "Karen", "Luis", "Mariana", "Kevin", "Alejandra", "Chris", "Sofía", "Marco", "Paty", "Jason", "Fernanda", "Eduardo", "Nicole", "Rafael", "Brenda", "Tom", "Lupita", "Samuel", "Andrea", "Oscar", "Michelle", "Iván")
EMAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "yahoo.com.mx", "prodigy.net.mx", "live.com.mx", "aol.com")

US_CITIES = (
    ("Houston", "TX", "770"), ("San Antonio", "TX", "782"), ("Laredo", "TX", "780"), ("McAllen", "TX", "785"),
    ("El Paso", "TX", "799"), ("Dallas", "TX", "752"), ("Los Angeles", "CA", "900"),
    ("San Diego", "CA", "921"), ("Fresno", "CA", "937"), ("Phoenix", "AZ", "850"), ("Tucson", "AZ", "857"),
    ("Chicago", "IL", "606"), ("Denver", "CO", "802"), ("Atlanta", "GA", "303"), ("Miami", "FL", "331"),
    ("Orlando", "FL", "328"), ("New York", "NY", "100"), ("Bronx", "NY", "104"), ("Newark", "NJ", "071"),
    ("Charlotte", "NC", "282"), ("Raleigh", "NC", "276"), ("Las Vegas", "NV", "891"),
    ("Albuquerque", "NM", "871"), ("Salt Lake City", "UT", "841"), ("Yakima", "WA", "989"),
    ("Omaha", "NE", "681"), ("Brownsville", "TX", "785"),
)
US_STREETS = (
    "Elm St", "Main St", "Oak Ave", "Westheimer Rd", "Bissonnet St", "S Flores St", "Military Dr",
    "N 10th St", "W 26th St", "Maple Dr", "Cedar Ln", "Las Palmas Blvd", "E Cesar Chavez Ave", "SW 8th St",
    "Mission St", "Broadway", "Pine St", "Sunset Blvd", "Magnolia Ave", "Lakeview Dr", "Harlingen Hwy",
    "Grand Ave", "Fulton St", "Valley View Ln",
)
MX_CITIES = (
    ("Ciudad de México", "CDMX", 1000, 16999), ("Guadalajara", "Jal.", 44100, 44990),
    ("Zapopan", "Jal.", 45010, 45238), ("Monterrey", "N.L.", 64000, 64990),
    ("San Pedro Garza García", "N.L.", 66200, 66290), ("Puebla", "Pue.", 72000, 72590),
    ("Querétaro", "Qro.", 76000, 76250), ("Tijuana", "B.C.", 22000, 22710), ("León", "Gto.", 37000, 37690),
    ("Mérida", "Yuc.", 97000, 97390), ("Toluca", "Edo. Méx.", 50000, 50295),
    ("Cancún", "Q. Roo", 77500, 77539), ("Hermosillo", "Son.", 83000, 83299),
    ("Culiacán", "Sin.", 80000, 80450), ("Morelia", "Mich.", 58000, 58350),
    ("Aguascalientes", "Ags.", 20000, 20370), ("Saltillo", "Coah.", 25000, 25350),
    ("Chihuahua", "Chih.", 31000, 31459), ("Ciudad Juárez", "Chih.", 32000, 32695),
    ("Oaxaca", "Oax.", 68000, 68140),
)
MX_STREETS = (
    "Av. Insurgentes Sur", "Calle Morelos", "Av. Juárez", "Calle Hidalgo", "Av. Revolución",
    "Calle 5 de Mayo", "Av. Vallarta", "Calle Zaragoza", "Av. Constitución", "Calle Allende",
    "Av. Universidad", "Calle Reforma", "Privada de los Pinos", "Calle Niños Héroes", "Av. Chapultepec",
    "Calle Guerrero", "Av. López Mateos", "Calle Aldama", "Av. Tecnológico",
)
MX_COLONIAS = (
    "Del Valle", "Roma Norte", "Narvarte Poniente", "Condesa", "Centro", "Providencia", "Mitras Centro",
    "Americana", "Las Águilas", "Jardines del Bosque", "Lomas de San Francisco", "Santa María la Ribera",
    "Doctores", "Portales", "Chapalita", "Obrera", "Vista Hermosa", "Independencia", "Las Fuentes",
    "San Rafael",
)
PR_CITIES = (("San Juan", 901, 936), ("Bayamón", 956, 961), ("Carolina", 979, 987), ("Ponce", 716, 734), ("Caguas", 725, 727), ("Mayagüez", 680, 682))
PR_STREETS = ("Calle Loíza", "Ave. Ponce de León", "Calle Sol", "Calle Fortaleza", "Ave. Barbosa", "Calle Tapia", "Calle Luna", "Ave. Las Américas")
REMIT_PLACES = ("Michoacán", "Guanajuato", "Jalisco", "Zacatecas", "Oaxaca", "Puebla", "Guerrero", "Veracruz", "Durango", "San Luis Potosí", "Chiapas", "Hidalgo")
MX_TRAVEL = ("Cancún", "CDMX", "Guadalajara", "Oaxaca", "Puerto Vallarta", "Monterrey", "Los Cabos", "Mérida")
US_TRAVEL = ("Houston", "Los Ángeles", "Chicago", "San Antonio", "Las Vegas", "Nueva York", "Miami", "Phoenix")
MX_PAYOUTS = ("Elektra", "Coppel", "OXXO", "Walmart", "Bodega Aurrerá", "Farmacias Guadalajara", "Soriana", "Chedraui")
MX_BANKS = ("BBVA", "Banorte", "Santander", "Banamex", "HSBC", "Banco Azteca", "BanCoppel", "Nu", "Mercado Pago", "Hey Banco")
EMPLOYERS = ("Amazon", "Walmart", "H-E-B", "Tyson Foods", "Home Depot", "Marriott", "Uber", "a construction company", "Target", "the school district")

MERCHANTS = {
    "US": (
        "Walmart", "Target", "Costco", "H-E-B", "Amazon", "Uber Eats", "DoorDash", "Shell", "Chevron",
        "Walgreens", "CVS", "Home Depot", "Netflix", "Spotify", "Apple.com/bill", "Best Buy", "Ross",
        "Dollar General", "AutoZone", "Foot Locker", "Lyft", "Temu", "SHEIN",
    ),
    "MX": (
        "OXXO", "Soriana", "Chedraui", "Liverpool", "Coppel", "Elektra", "Mercado Libre", "Amazon México",
        "Rappi", "DiDi Food", "Uber", "Telcel", "Totalplay", "CFE", "Bodega Aurrerá", "Sanborns",
        "Farmacias Guadalajara", "7-Eleven", "Cinépolis", "Palacio de Hierro", "Walmart Express", "Pemex",
    ),
    "CO": ("Éxito", "Rappi", "Falabella", "D1", "Walmart", "Amazon", "Uber", "Target", "Publix"),
    "PR": ("Econo", "Supermercados Pueblo", "Walgreens", "Walmart", "Amazon", "Costco", "Burger King", "Puma", "Claro"),
}
MERCHANTS["USH"] = MERCHANTS["US"] + ("Western Union", "Remitly", "El Super", "Fiesta Mart", "Vallarta Supermarkets")
ATMS = {
    "en": ("the ATM at the 7-Eleven on {street}", "the Allpoint ATM inside {merchant}", "the ATM at the airport", "a Chase ATM downtown", "the gas station ATM by my house", "the ATM in the mall"),
    "es": ("el cajero de la plaza", "el cajero de Banorte de la esquina", "el cajero del OXXO", "el cajero del Soriana", "un cajero de BBVA en el centro", "el cajero de la gasolinera", "el cajero del aeropuerto"),
}
DEVICES = ("iPhone 12", "iPhone 14 Pro", "Samsung Galaxy A54", "Moto G Power", "Xiaomi Redmi Note 12", "Pixel 7", "Samsung S23", "iPhone SE", "Huawei P30")
PASSWORD_MANAGERS = ("1Password", "Bitwarden", "Google Password Manager", "iCloud Keychain", "LastPass", "Samsung Pass", "Dashlane")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
US_AREA = ("713", "832", "210", "956", "915", "214", "469", "213", "323", "619", "559", "602", "520", "312", "773", "720", "404", "305", "786", "407", "212", "718", "973", "704", "919", "702", "505", "801", "509", "402")
MX_LADA = ("55", "33", "81", "222", "442", "664", "477", "999", "722", "998", "662", "667", "443", "449", "844", "614", "656", "951")
# fmt: on


# --------------------------------------------------------------------------------------
# Hard negatives: values that must pass untouched
# --------------------------------------------------------------------------------------


def money_usd(rng: Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"${rng.randint(1, 999)}.{rng.randint(0, 99):02d}"
    if r < 0.55:
        return f"${rng.randint(1, 9)},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}"
    if r < 0.75:
        return f"${rng.choice((20, 25, 40, 50, 60, 75, 100, 150, 200, 250, 300, 400, 500, 600, 800, 1000, 1200, 1500))}"
    if r < 0.85:
        return f"{rng.randint(5, 900)} dollars"
    if r < 0.93:
        return f"USD {rng.randint(10, 2500)}.{rng.randint(0, 99):02d}"
    return f"${rng.randint(10, 900)} USD"


def money_mxn(rng: Random) -> str:
    r = rng.random()
    if r < 0.25:
        return f"${rng.randint(1, 45)},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d} MXN"
    if r < 0.4:
        return f"MXN {rng.randint(1, 9)},{rng.choice((0, 100, 250, 500, 750)):03d}.00"
    if r < 0.6:
        return (
            f"{rng.choice((100, 150, 200, 300, 350, 500, 600, 800, 1000, 1500, 2000, 3500))} pesos"
        )
    if r < 0.7:
        return f"{rng.choice((500, 800, 1200, 1500, 2000))} varos"
    if r < 0.8:
        return f"{rng.randint(2, 15)} mil pesos"
    if r < 0.9:
        return f"${rng.randint(50, 999)}"
    return f"${rng.randint(1, 12)},{rng.randint(0, 999):03d} pesos"


def money_cop(rng: Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"${rng.randint(20, 900)}.{rng.choice((0, 500)):03d}"
    if r < 0.7:
        return f"COP {rng.randint(20, 900)}.000"
    return f"{rng.randint(50, 900)} mil pesos"


def money(ctx: Ctx) -> str:
    if ctx.region == "MX":
        return money_mxn(ctx.rng) if ctx.rng.random() < 0.8 else money_usd(ctx.rng)
    if ctx.region == "CO" and ctx.rng.random() < 0.3:
        return money_cop(ctx.rng)
    return money_usd(ctx.rng)


def date_en(rng: Random) -> str:
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.choice((2024, 2025, 2025))
    return wpick(
        rng,
        (
            (f"{m:02d}/{d:02d}/{y}", 3),
            (f"{m}/{d}", 3),
            (f"{MONTHS_EN[m - 1]} {d}", 3),
            (f"{MONTHS_EN[m - 1][:3]} {d}th", 1),
            (f"{y}-{m:02d}-{d:02d}", 1),
            (f"the {d}th", 1),
            (f"last {rng.choice(WEEKDAYS_EN)}", 2),
        ),
    )


def date_es(rng: Random) -> str:
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.choice((2024, 2025, 2025))
    return wpick(
        rng,
        (
            (f"{d:02d}/{m:02d}/{y}", 3),
            (f"{d} de {MONTHS_ES[m - 1]}", 4),
            (f"{d}-{MONTHS_ES[m - 1][:3]}-{y}", 1),
            (f"{y}-{m:02d}-{d:02d}", 1),
            (f"{d}/{m}", 2),
            (f"pasado {rng.choice(WEEKDAYS_ES)}", 1),
        ),
    )


def date_any(ctx: Ctx) -> str:
    if ctx.lang == "en" or (ctx.lang == "mix" and ctx.rng.random() < 0.5):
        return date_en(ctx.rng)
    return date_es(ctx.rng)


def time_any(ctx: Ctx) -> str:
    rng = ctx.rng
    h, mi = (
        rng.randint(1, 12),
        rng.choice((0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 7, 12, 48)),
    )
    if ctx.lang == "en":
        return wpick(
            rng,
            (
                (f"{h}:{mi:02d} {rng.choice(('am', 'pm', 'AM', 'PM', 'p.m.'))}", 4),
                (f"around {h}{rng.choice(('am', 'pm'))}", 2),
                (f"{h + 11}:{mi:02d}", 1),
            ),
        )
    return wpick(
        rng,
        (
            (f"{h}:{mi:02d} {rng.choice(('am', 'pm', 'hrs'))}", 3),
            (f"{h + 11}:{mi:02d} hrs", 2),
            (
                f"{h} de la {'mañana' if 6 <= h <= 11 else 'tarde' if h <= 7 or h == 12 else 'noche'}",
                2,
            ),
            (f"{h}:{mi:02d}", 2),
        ),
    )


def phone_us(rng: Random, area: str | None = None) -> str:
    a = area or rng.choice(US_AREA)
    ex, line = rng.randint(201, 989), rng.randint(0, 9999)
    return wpick(
        rng,
        (
            (f"({a}) {ex}-{line:04d}", 4),
            (f"{a}-{ex}-{line:04d}", 3),
            (f"{a}.{ex}.{line:04d}", 1),
            (f"+1 {a} {ex} {line:04d}", 2),
            (f"{a}{ex}{line:04d}", 1),
        ),
    )


def phone_mx(rng: Random) -> str:
    lada = rng.choice(MX_LADA)
    rest = rdigits(rng, 10 - len(lada))
    if rest[0] == "0":
        rest = "5" + rest[1:]
    half = len(rest) // 2
    a, b = rest[:half], rest[half:]
    return wpick(
        rng,
        (
            (f"+52 {lada} {a} {b}", 4),
            (f"{lada} {a} {b}", 3),
            (f"+52 1 {lada} {a} {b}", 1),
            (f"({lada}) {a}-{b}", 2),
            (f"{lada}{rest}", 1),
        ),
    )


def phone_co(rng: Random) -> str:
    n = f"3{rng.randint(0, 2)}{rng.randint(0, 9)}"
    return rng.choice(
        (
            f"+57 {n} {rng.randint(200, 999)} {rng.randint(0, 9999):04d}",
            f"{n} {rng.randint(2000000, 9999999)}",
        )
    )


def phone_pr(rng: Random) -> str:
    return phone_us(rng, rng.choice(("787", "939")))


def phone_region(ctx: Ctx) -> str:
    if ctx.region == "MX":
        return phone_mx(ctx.rng)
    if ctx.region == "PR":
        return phone_pr(ctx.rng)
    if ctx.region == "CO" and ctx.rng.random() < 0.3:
        return phone_co(ctx.rng)
    return phone_us(ctx.rng)


def phone_other(ctx: Ctx) -> str:
    return wpick(
        ctx.rng,
        (
            (phone_us(ctx.rng), 4),
            (phone_mx(ctx.rng), 4),
            (phone_pr(ctx.rng), 1),
            (phone_co(ctx.rng), 1),
        ),
    )


def clabe(rng: Random) -> str:
    """An 18-digit CLABE with its own check digit, never Luhn-valid however it is grouped."""
    while True:
        base = rng.choice(
            ("646", "012", "002", "014", "072", "021", "127", "137", "036", "058", "030", "638")
        )
        base += rng.choice(("180", "010", "320", "580", "650", "028", "027", "540", "150"))
        base += rdigits(rng, 11)
        weights = (3, 7, 1) * 6
        total = sum((int(d) * weights[i]) % 10 for i, d in enumerate(base))
        number = base + str((10 - total % 10) % 10)
        text = wpick(
            rng,
            (
                (number, 6),
                (f"{number[:3]} {number[3:6]} {number[6:17]} {number[17]}", 1),
                (" ".join(number[i : i + 4] for i in range(0, 18, 4)), 2),
            ),
        )
        if not luhn.is_valid(number) and luhn_runs_ok(text):
            return text


def checked_number(rng: Random, make: Callable[[], str]) -> str:
    while True:
        text = make()
        if negatives_ok(text):
            return text


def oxxo_ref(rng: Random) -> str:
    def make() -> str:
        n = rdigits(rng, rng.choice((14, 14, 16, 12)))
        return rng.choice((n, " ".join(n[i : i + 4] for i in range(0, len(n), 4))))

    return checked_number(rng, make)


def tracking(rng: Random) -> str:
    def make() -> str:
        kind = rng.randint(0, 5)
        if kind == 0:
            return (
                "1Z"
                + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(6))
                + rdigits(rng, 10)
            )
        if kind == 1:
            n = "9400" + rdigits(rng, 18)
            return " ".join(n[i : i + 4] for i in range(0, 22, 4))
        if kind == 2:
            return rdigits(rng, 12)
        if kind == 3:
            return f"JD{rdigits(rng, 16)}"
        if kind == 4:
            return rdigits(rng, 10)
        return f"{rdigits(rng, 10)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rdigits(rng, 11)}"

    return checked_number(rng, make)


def case_no(rng: Random) -> str:
    return rng.choice(
        (
            f"CS-{rng.choice((2024, 2025))}-{rdigits(rng, 7)}",
            f"#{rdigits(rng, 8)}",
            f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            f"SR-{rdigits(rng, 6)}",
            f"INC{rdigits(rng, 7)}",
            f"DSP-{rdigits(rng, 5)}-{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}",
        )
    )


def folio(rng: Random) -> str:
    return rng.choice(
        (
            rdigits(rng, 7),
            f"ACL-{rng.choice((2024, 2025))}-{rdigits(rng, 4)}",
            f"{rng.choice((2024, 2025))}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rdigits(rng, 4)}",
            f"F{rdigits(rng, 8)}",
            f"UNE-{rdigits(rng, 6)}",
        )
    )


def ref_no(rng: Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice(
        (
            "REF-" + "".join(rng.choice(letters + DIGITS) for _ in range(5)),
            f"{rdigits(rng, 4)}-{rdigits(rng, 4)}",
            "".join(rng.choice(letters) for _ in range(2)) + rdigits(rng, 6),
            f"0{rdigits(rng, 6)}",
        )
    )


def conf_no(rng: Random) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(rng.choice(chars) for _ in range(rng.choice((6, 8))))


def txid(rng: Random) -> str:
    return rng.choice(
        (
            f"TXN-{rng.choice((2024, 2025))}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rdigits(rng, 5)}",
            f"TR{rdigits(rng, 10)}",
            f"{rdigits(rng, 4)}-{rdigits(rng, 4)}-{rdigits(rng, 2)}",
            "RM" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
        )
    )


def rastreo(rng: Random) -> str:
    return rng.choice(
        (
            f"MBAN0100{rng.choice((24, 25))}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rdigits(rng, 7)}",
            f"{rng.choice((2024, 2025))}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}40014TRANS{rdigits(rng, 8)}",
            f"BNET{rdigits(rng, 14)}",
            f"NU{rdigits(rng, 6)}{''.join(rng.choice('ABCDEFGHJKLMNP') for _ in range(4))}{rdigits(rng, 6)}",
        )
    )


def order_no(rng: Random) -> str:
    def make() -> str:
        return rng.choice(
            (
                f"{rng.randint(111, 114)}-{rdigits(rng, 7)}-{rdigits(rng, 7)}",
                f"#{rng.randint(2000, 2000)}{rdigits(rng, 12)}",
                f"#{rdigits(rng, 6)}",
                f"pedido {rdigits(rng, 8)}",
            )
        )

    return checked_number(rng, make)


def routing_no(rng: Random) -> str:
    while True:
        first = rng.choice(
            (
                "01",
                "02",
                "03",
                "04",
                "05",
                "06",
                "07",
                "08",
                "09",
                "10",
                "11",
                "12",
                "21",
                "22",
                "26",
                "31",
                "32",
            )
        )
        body = first + rdigits(rng, 6)
        d = [int(c) for c in body]
        partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        check = (10 - partial % 10) % 10
        number = body + str(check)
        if luhn_runs_ok(number):
            return number


def acct_no(rng: Random) -> str:
    def make() -> str:
        return rdigits(rng, rng.choice((10, 11, 12)))

    return checked_number(rng, make)


def rfc(rng: Random) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    head = "".join(rng.choice(letters) for _ in range(4))
    return f"{head}{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{''.join(rng.choice(letters + DIGITS) for _ in range(3))}"


def curp(rng: Random) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    consonants = "BCDFGHJKLMNPQRSTVWXZ"
    head = "".join(rng.choice(letters) for _ in range(4))
    states = (
        "DF",
        "JC",
        "NL",
        "PL",
        "QT",
        "BC",
        "GT",
        "YN",
        "MC",
        "MN",
        "SL",
        "OC",
        "VZ",
        "GR",
        "CH",
    )
    return (
        f"{head}{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        f"{rng.choice('HM')}{rng.choice(states)}{''.join(rng.choice(consonants) for _ in range(3))}"
        f"{rng.choice(letters + DIGITS)}{rng.randint(0, 9)}"
    )


def version(rng: Random) -> str:
    v = f"{rng.randint(3, 7)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}"
    return rng.choice((v, f"v{v}", f"{v} (build {rdigits(rng, 4)})", f"{v} ({rdigits(rng, 5)})"))


def os_name(rng: Random) -> str:
    return rng.choice(
        (
            f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(0, 2)}",
            f"Android {rng.randint(11, 15)}",
            f"iOS {rng.randint(16, 18)}.{rng.randint(0, 5)}",
        )
    )


def os_for(rng: Random, device: str) -> str:
    """The phone's system, matching the device the customer named."""
    while True:
        name = os_name(rng)
        if name.startswith("iOS") == device.startswith("iPhone"):
            return name


def masked_card(ctx: Ctx) -> str:
    last4 = ctx.fixed["last4"]
    first4 = ctx.card[:4]
    return ctx.rng.choice(
        (
            f"**** {last4}",
            f"XXXX-XXXX-XXXX-{last4}",
            f"•••• •••• •••• {last4}",
            f"************{last4}",
            f"****{last4}",
            f"x{last4}",
            f"...{last4}",
            f"{first4} **** **** {last4}",
            f"*{last4}",
            f"xxxx xxxx xxxx {last4}",
        )
    )


def exp_text(ctx: Ctx) -> str:
    m, y = int(ctx.fixed["exp_m"]), int(ctx.fixed["exp_y"])
    if ctx.lang == "es" or (ctx.lang == "mix" and ctx.rng.random() < 0.5):
        return wpick(
            ctx.rng,
            (
                (f"{m:02d}/{y % 100:02d}", 6),
                (f"{m:02d}/{y}", 2),
                (f"{MONTHS_ES[m - 1][:3]}/{y % 100:02d}", 1),
                (f"{MONTHS_ES[m - 1]} de {y}", 1),
            ),
        )
    return wpick(
        ctx.rng,
        (
            (f"{m:02d}/{y % 100:02d}", 6),
            (f"{m:02d}/{y}", 2),
            (f"{m}/{y % 100:02d}", 1),
            (f"{MONTHS_EN[m - 1][:3]} {y}", 1),
        ),
    )


def dob_text(rng: Random, lang: str, y: int, m: int, d: int) -> str:
    if lang == "en":
        return wpick(
            rng,
            (
                (f"{m:02d}/{d:02d}/{y}", 4),
                (f"{MONTHS_EN[m - 1]} {d}, {y}", 3),
                (f"{m}-{d}-{y % 100:02d}", 1),
            ),
        )
    return wpick(
        rng,
        (
            (f"{d:02d}/{m:02d}/{y}", 4),
            (f"{d} de {MONTHS_ES[m - 1]} de {y}", 3),
            (f"{d}-{MONTHS_ES[m - 1][:3]}-{y}", 1),
        ),
    )


def amount_small(ctx: Ctx) -> str:
    if ctx.region == "MX":
        return f"${ctx.rng.randint(15, 99)}.00"
    return f"${ctx.rng.randint(1, 9)}.{ctx.rng.choice((0, 50, 95, 99)):02d}"


def limit_amt(ctx: Ctx) -> str:
    if ctx.region == "MX" and ctx.rng.random() < 0.7:
        return f"${ctx.rng.choice((5, 8, 10, 12, 15, 20, 25, 30, 40))},000 MXN"
    return ctx.rng.choice(
        ("$300", "$500", "$750", "$1,000", "$1,500", "$2,000", "$2,500", "$3,000", "$5,000")
    )


def street_any(ctx: Ctx) -> str:
    return ctx.rng.choice(US_STREETS if ctx.region not in ("MX",) else MX_STREETS)


def atm_name(ctx: Ctx) -> str:
    lg = "es" if ctx.lang == "es" or (ctx.lang == "mix" and ctx.rng.random() < 0.5) else "en"
    name = ctx.rng.choice(ATMS[lg])
    return name.replace("{street}", ctx.rng.choice(US_STREETS)).replace(
        "{merchant}", ctx.rng.choice(MERCHANTS["US"])
    )


def pct(ctx: Ctx) -> str:
    return ctx.rng.choice(("1%", "1.5%", "2%", "3%", "5%", "10%", "0.5%", "15%"))


def days_txt(ctx: Ctx) -> str:
    if ctx.lang == "en":
        return ctx.rng.choice(("3 to 5", "5-7", "7 to 10", "10", "2", "45", "1-2"))
    return ctx.rng.choice(("3 a 5", "5-7", "7 a 10", "10", "2", "45", "1 a 2"))


def fx_rate(ctx: Ctx) -> str:
    return f"{ctx.rng.randint(16, 20)}.{ctx.rng.randint(0, 99):02d}"


def shortcode(ctx: Ctx) -> str:
    return ctx.rng.choice(("72654", "22733", "89412", "30422", "55287", "26447"))


def receipt_tc(rng: Random) -> str:
    """A store receipt's transaction number (TC#): five groups of four digits."""
    return checked_number(rng, lambda: " ".join(rdigits(rng, 4) for _ in range(5)))


def barcode(rng: Random) -> str:
    """A receipt barcode: 16 digits, never Luhn-valid."""
    return checked_number(rng, lambda: rdigits(rng, 16))


def estafeta(rng: Random) -> str:
    return checked_number(rng, lambda: rdigits(rng, 22))


def promo(ctx: Ctx) -> str:
    return ctx.rng.choice(
        ("BIENVENIDA50", "CASHBACK5", "REFER25", "VERANO2025", "AMIGO100", "NEWCARD10", "BUENFIN")
    )


SLOTS: dict[str, Callable[[Ctx], str]] = {
    "amount": money,
    "usd": lambda ctx: money_usd(ctx.rng),
    "mxn": lambda ctx: money_mxn(ctx.rng),
    "cop": lambda ctx: money_cop(ctx.rng),
    "small": amount_small,
    "limit": limit_amt,
    "date": date_any,
    "date_en": lambda ctx: date_en(ctx.rng),
    "date_es": lambda ctx: date_es(ctx.rng),
    "time": time_any,
    "phone_any": phone_other,
    "phone_us": lambda ctx: phone_us(ctx.rng),
    "phone_mx": lambda ctx: phone_mx(ctx.rng),
    "clabe": lambda ctx: clabe(ctx.rng),
    "oxxo": lambda ctx: oxxo_ref(ctx.rng),
    "tracking": lambda ctx: tracking(ctx.rng),
    "case": lambda ctx: case_no(ctx.rng),
    "folio": lambda ctx: folio(ctx.rng),
    "ref": lambda ctx: ref_no(ctx.rng),
    "conf": lambda ctx: conf_no(ctx.rng),
    "txid": lambda ctx: txid(ctx.rng),
    "rastreo": lambda ctx: rastreo(ctx.rng),
    "order": lambda ctx: order_no(ctx.rng),
    "routing": lambda ctx: routing_no(ctx.rng),
    "acct": lambda ctx: acct_no(ctx.rng),
    "acct4": lambda ctx: rdigits(ctx.rng, 4),
    "rfc": lambda ctx: rfc(ctx.rng),
    "curp": lambda ctx: curp(ctx.rng),
    "version": lambda ctx: version(ctx.rng),
    "os": lambda ctx: os_name(ctx.rng),
    "masked": masked_card,
    "exp": exp_text,
    "year": lambda ctx: str(ctx.rng.randint(2016, 2025)),
    "n": lambda ctx: str(ctx.rng.randint(2, 6)),
    "mins": lambda ctx: ctx.rng.choice(("5", "10", "15", "3", "30")),
    "days": days_txt,
    "pct": pct,
    "fx": fx_rate,
    "merchant": lambda ctx: ctx.rng.choice(MERCHANTS[ctx.region]),
    "street": street_any,
    "atm": atm_name,
    "shortcode": shortcode,
    "promo": promo,
    "score": lambda ctx: str(ctx.rng.randint(560, 790)),
    "remit_place": lambda ctx: ctx.rng.choice(REMIT_PLACES),
    "payout": lambda ctx: ctx.rng.choice(MX_PAYOUTS),
    "mxbank": lambda ctx: ctx.rng.choice(MX_BANKS),
    "mx_travel": lambda ctx: ctx.rng.choice(MX_TRAVEL),
    "us_travel": lambda ctx: ctx.rng.choice(US_TRAVEL),
    "employer": lambda ctx: ctx.rng.choice(EMPLOYERS),
    "weekday_en": lambda ctx: ctx.rng.choice(WEEKDAYS_EN),
    "weekday_es": lambda ctx: ctx.rng.choice(WEEKDAYS_ES),
    "month_es": lambda ctx: ctx.rng.choice(MONTHS_ES),
    "month_en": lambda ctx: ctx.rng.choice(MONTHS_EN),
    "pm": lambda ctx: ctx.rng.choice(PASSWORD_MANAGERS),
    "member": lambda ctx: f"{rdigits(ctx.rng, 4)}-{rdigits(ctx.rng, 4)}",
    "client": lambda ctx: rdigits(ctx.rng, 8),
    "hours": lambda ctx: ctx.rng.choice(("24", "48", "72", "2", "4")),
    "percent_fee": lambda ctx: ctx.rng.choice(("0%", "1%", "3%")),
    "zip5": lambda ctx: f"{ctx.rng.randint(1001, 99950):05d}",
    "tc": lambda ctx: receipt_tc(ctx.rng),
    "barcode": lambda ctx: barcode(ctx.rng),
    "estafeta": lambda ctx: estafeta(ctx.rng),
}

# --------------------------------------------------------------------------------------
# Secret values and how people write them
# --------------------------------------------------------------------------------------

BRANDS: tuple[tuple[str, float], ...] = (
    ("visa", 30),
    ("visa13", 1),
    ("mastercard", 18),
    ("mastercard2", 6),
    ("amex", 10),
    ("discover", 7),
    ("diners", 3),
    ("jcb", 3),
    ("unionpay", 4),
    ("maestro", 2),
)


def make_card(rng: Random, brand: str) -> str:
    if brand == "visa":
        prefix, length = "4", 16
    elif brand == "visa13":
        prefix, length = "4", 13
    elif brand == "mastercard":
        prefix, length = str(rng.randint(51, 55)), 16
    elif brand == "mastercard2":
        prefix, length = str(rng.randint(2221, 2720)), 16
    elif brand == "amex":
        prefix, length = rng.choice(("34", "37")), 15
    elif brand == "discover":
        prefix, length = rng.choice(("6011", "65", str(rng.randint(644, 649)))), 16
    elif brand == "diners":
        prefix, length = rng.choice(("36", "38", str(rng.randint(300, 305)))), 14
    elif brand == "jcb":
        prefix, length = str(rng.randint(3528, 3589)), 16
    elif brand == "unionpay":
        prefix, length = "62" + str(rng.randint(2126, 2925))[1:], rng.choice((16, 16, 17, 18, 19))
    else:
        prefix, length = rng.choice(("6759", "5018", "5020", "5038", "6304")), rng.choice((16, 19))
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def card_groups(n: int) -> list[int]:
    return {
        13: [4, 3, 3, 3],
        14: [4, 6, 4],
        15: [4, 6, 5],
        16: [4, 4, 4, 4],
        17: [4, 4, 4, 5],
        18: [4, 4, 4, 6],
        19: [4, 4, 4, 4, 3],
    }[n]


def chunk(digits: str, sizes: Sequence[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    assert i == len(digits)
    return out


def irregular_sizes(rng: Random, n: int, lo: int = 2, hi: int = 6) -> list[int]:
    sizes: list[int] = []
    left = n
    while left > 0:
        size = min(left, rng.randint(lo, hi))
        if 0 < left - size < lo:
            size = left
        sizes.append(size)
        left -= size
    return sizes


def words_for(rng: Random, digits: str, lg: str) -> list[str]:
    table = EN_DIGITS if lg == "en" else ES_DIGITS
    out = []
    for d in digits:
        if lg == "en" and d == "0" and rng.random() < 0.35:
            out.append("oh")
        else:
            out.append(table[int(d)])
    return out


def word_lang(ctx: Ctx) -> str:
    if ctx.lang == "mix":
        return ctx.rng.choice(("en", "es"))
    return ctx.lang


def spell(
    ctx: Ctx, digits: str, sizes: Sequence[int] | None = None, fill_words: bool = False
) -> str:
    """Digits said as words, grouped, maybe with the speaker's filler words between groups."""
    rng = ctx.rng
    lg = word_lang(ctx)
    groups = chunk(digits, sizes or [len(digits)])
    said = []
    for i, group in enumerate(groups):
        said.append(" ".join(words_for(rng, group, lg)))
        if fill_words and i < len(groups) - 1 and rng.random() < 0.4:
            said[-1] += f", {rng.choice(FILLERS[lg])},"
    sep = rng.choice((", ", " ", " - ", "... "))
    text = sep.join(said).replace(",,", ",")
    return text


def card_text(ctx: Ctx, number: str, fmt: str) -> str:
    rng = ctx.rng
    groups = chunk(number, card_groups(len(number)))
    if fmt == "spaces":
        return " ".join(groups)
    if fmt == "dashes":
        return "-".join(groups)
    if fmt == "dots":
        return ".".join(groups)
    if fmt == "plain":
        return number
    if fmt == "irregular":
        return " ".join(chunk(number, irregular_sizes(rng, len(number))))
    if fmt == "digit_spaced":
        return " ".join(number)
    if fmt == "mixed":
        out = groups[0]
        for g in groups[1:]:
            out += rng.choice((" ", "-", ".", " - ", "  ")) + g
        return out
    if fmt == "double":
        return "  ".join(groups)
    if fmt == "slash":
        return "/".join(groups)
    if fmt == "underscore":
        return "_".join(groups)
    if fmt == "nbsp":
        return "\u00a0".join(groups)
    if fmt == "pairs_dash":
        return "-".join(chunk(number, irregular_sizes(rng, len(number), 2, 3)))
    if fmt == "words":
        return spell(ctx, number, card_groups(len(number)), fill_words=ctx.style == "voice")
    if fmt == "mixed_words":
        out = []
        for g in groups:
            out.append(" ".join(words_for(rng, g, word_lang(ctx))) if rng.random() < 0.5 else g)
        if all(o.isdigit() for o in out):
            out[1] = " ".join(words_for(rng, groups[1], word_lang(ctx)))
        return rng.choice((" ", ", ")).join(out)
    raise AssertionError(fmt)


CARD_FORMATS = (
    ("spaces", 30),
    ("plain", 17),
    ("dashes", 14),
    ("dots", 5),
    ("irregular", 8),
    ("digit_spaced", 3),
    ("mixed", 5),
    ("double", 2),
    ("slash", 2),
    ("underscore", 1),
    ("nbsp", 4),
    ("pairs_dash", 2),
    ("mixed_words", 2),
)


def v_card(ctx: Ctx, fmt: str | None = None, number: str | None = None) -> Val:
    number = number or ctx.card
    fmt = fmt or wpick(ctx.rng, CARD_FORMATS)
    return secret(card_text(ctx, number, fmt), CC, number)


def other_card(ctx: Ctx) -> str:
    """A mistyped-then-corrected card: same start, one digit changed, still Luhn-valid."""
    while True:
        body = list(ctx.card[:-1])
        i = ctx.rng.randint(6, len(body) - 1)
        body[i] = ctx.rng.choice(DIGITS)
        partial = "".join(body)
        number = partial + luhn.calc_check_digit(partial)
        if number != ctx.card:
            return number


def digits_text(ctx: Ctx, digits: str, fmt: str) -> str:
    if fmt == "plain":
        return digits
    if fmt == "spaced":
        return " ".join(digits)
    if fmt == "half":
        h = len(digits) // 2
        return f"{digits[:h]} {digits[h:]}"
    if fmt == "half_dash":
        h = len(digits) // 2
        return f"{digits[:h]}-{digits[h:]}"
    if fmt == "dashed":
        return "-".join(digits)
    if fmt == "words":
        return spell(
            ctx,
            digits,
            irregular_sizes(ctx.rng, len(digits), 2, 3) if len(digits) > 4 else None,
            fill_words=ctx.style == "voice",
        )
    raise AssertionError(fmt)


def v_cvv(ctx: Ctx, fmt: str | None = None, digits: str | None = None) -> Val:
    n = 4 if ctx.brand == "amex" else 3
    digits = digits or rdigits(ctx.rng, n)
    fmt = fmt or wpick(ctx.rng, (("plain", 12), ("spaced", 1), ("words", 1)))
    return secret(digits_text(ctx, digits, fmt), CVV, digits)


def new_ssn(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def v_ssn(ctx: Ctx, fmt: str | None = None, digits: str | None = None) -> Val:
    d = digits or ctx.ssn
    fmt = fmt or wpick(
        ctx.rng,
        (("dash", 10), ("space", 3), ("plain", 3), ("dots", 1), ("words", 1), ("spaced", 1)),
    )
    if fmt == "dash":
        text = f"{d[:3]}-{d[3:5]}-{d[5:]}"
    elif fmt == "space":
        text = f"{d[:3]} {d[3:5]} {d[5:]}"
    elif fmt == "plain":
        text = d
    elif fmt == "dots":
        text = f"{d[:3]}.{d[3:5]}.{d[5:]}"
    elif fmt == "spaced":
        text = " ".join(d)
    else:
        text = spell(ctx, d, [3, 2, 4], fill_words=ctx.style == "voice")
    return secret(text, SSN, d)


def v_otp(ctx: Ctx, fmt: str | None = None, digits: str | None = None) -> Val:
    if digits is None:
        n = wpick(ctx.rng, ((6, 10), (4, 2), (5, 1), (8, 2), (7, 1)))
        digits = rdigits(ctx.rng, n)
    even = len(digits) % 2 == 0 and len(digits) >= 6
    fmt = fmt or wpick(
        ctx.rng,
        (
            ("plain", 14),
            ("half", 2 if even else 0),
            ("half_dash", 1 if even else 0),
            ("spaced", 2),
            ("words", 1),
        ),
    )
    return secret(digits_text(ctx, digits, fmt), OTP, digits)


def v_pin(ctx: Ctx, fmt: str | None = None, digits: str | None = None) -> Val:
    if digits is None:
        n = wpick(ctx.rng, ((4, 15), (6, 4), (5, 1)))
        digits = rdigits(ctx.rng, n)
    fmt = fmt or wpick(ctx.rng, (("plain", 14), ("spaced", 2), ("dashed", 1), ("words", 1)))
    return secret(digits_text(ctx, digits, fmt), PIN, digits)


# fmt: off
PW_WORDS = (
    "Guadalupe", "Tacos", "Chivas", "Mariposa", "SanJuan", "Azul", "Bebe", "Sunshine", "Dodgers", "Selena",
    "Pumas", "Tigres", "Rayados", "Princesa", "Cowboys", "Spurs", "Lupita", "Canelo", "Morena", "Corazon",
    "Familia", "Jesus", "Bendecida", "Monterrey", "Diamante", "Panther", "Frida", "Chamaco", "Gordita",
    "Coqui", "Boricua", "Medellin", "Paisa", "Estrella", "Mango",
)
# fmt: on
PW_SYMBOLS = "!#$*@&%?"


def new_password(rng: Random) -> str:
    kind = wpick(rng, (("word_year", 5), ("random", 3), ("phrase", 2), ("weak", 2), ("leet", 1)))
    word = rng.choice(PW_WORDS)
    if kind == "word_year":
        text = f"{word}{rng.choice(('', '_', '.', '#', '*'))}{rng.randint(1970, 2024) if rng.random() < 0.6 else rng.randint(1, 99)}{rng.choice(('!', '', '$', '*', '#'))}"
    elif kind == "random":
        pool = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789" + PW_SYMBOLS
        text = "".join(rng.choice(pool) for _ in range(rng.randint(12, 18)))
        text = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + text[1:]
    elif kind == "phrase":
        parts = [rng.choice(PW_WORDS).lower() for _ in range(3)]
        parts[rng.randint(0, 2)] = parts[0].capitalize()
        text = "-".join(parts) + f"-{rng.randint(10, 99)}"
    elif kind == "weak":
        text = f"{word.lower()}{rng.choice(('123', '1234', '2020', '01', '777', str(rng.randint(1980, 2010))))}"
    else:
        text = word.replace("a", "@").replace("o", "0").replace("e", "3") + rng.choice(
            ("!", "#1", "2024", "$$")
        )
    if len(text) < 6:
        text += "2024"
    return text


def v_pw(ctx: Ctx, text: str | None = None) -> Val:
    text = text or new_password(ctx.rng)
    return secret(text, PW, text)


# --------------------------------------------------------------------------------------
# The conversation around the secrets: greetings, issues, hand-offs, verification
# --------------------------------------------------------------------------------------

Bank = dict[str, list[str]]

# fmt: off
GREETING: Bank = {
    "en": [
        "Hi[, {first}|]! I'm {bot}, {bank}'s virtual assistant. How can I help you today?",
        "Hello [{first}|there] 👋 You're chatting with {bot}, an AI assistant for {bank}. I can help with your card, transfers, deposits and more. What's going on?",
        "Hey {first}! {bot} here, {bank}'s AI assistant. [Tell me what you need and I'll do my best to help.|What can I do for you today?] [Heads up: I'll never ask for your PIN, passwords or one-time codes.|]",
        "Welcome to {bank} support. I'm {bot}, an automated assistant. If I can't solve it, I'll connect you with a person.",
        "Hi {first}, thanks for reaching out to {bank}! I'm {bot} 🤖 [Ask me anything about your account.|How can I help?]",
        "Good [morning|afternoon|evening], {first}. This is {bot}, the {bank} assistant. [Our agents are available 24/7 if you need one.|Please describe your issue in a few words.]",
    ],
    "es": [
        "¡Hola[, {first}|]! Soy {bot}, [la|el] asistente virtual de {bank}. ¿En qué te puedo ayudar hoy?",
        "Hola {first} 👋 Soy {bot}, tu asistente con inteligencia artificial. Puedo ayudarte con tu tarjeta, transferencias SPEI, depósitos en OXXO y más. ¿Qué necesitas?",
        "Bienvenido(a) al chat de {bank}. Soy {bot}, un asistente automático; si no puedo resolverlo, te paso con un asesor. [Recuerda: nunca te pediremos tu NIP ni contraseñas.|]",
        "¡Qué tal, {first}! Aquí {bot} de {bank}. Cuéntame, ¿en qué te ayudo?",
        "Hola, soy {bot} 🤖, [asistente|asistente digital] de {bank}. Escríbeme tu duda con tus propias palabras.",
        "Buen[os días|as tardes|as noches], {first}. Te atiende {bot}, el asistente de {bank}. ¿Cómo te puedo apoyar?",
    ],
    "mix": ["Hi {first}! Soy {bot}, tu asistente de {bank}. ¿En qué te puedo ayudar? / How can I help?", "Hola! I'm {bot}, {bank}'s assistant. Puedes escribirme en English o en español.", "Hey {first} 👋 soy {bot}. Tell me qué necesitas y lo vemos."],
}

TOPIC_NAMES: tuple[tuple[str, float], ...] = (
    ("declined", 10), ("dispute", 10), ("remittance", 7), ("oxxo", 5), ("spei", 5), ("atm", 6), ("lost", 7),
    ("code_missing", 6), ("locked", 6), ("pin_help", 5), ("address", 4), ("limit", 4), ("deposit", 5),
    ("virtual", 4), ("travel", 4), ("fees", 5), ("tax", 3), ("scam", 5), ("app_bug", 4), ("bank_details", 4),
)

TOPICS: dict[str, dict[str, Bank]] = {
    "declined": {
        "open": {
            "en": [
                "Hi, my card keeps getting declined at {merchant}. I tried {n} times today and I have {amount} in my account. What is going on??",
                "[hey|hi|hello] my {bank} card got declined [at|on] {merchant} for {amount} [this morning|last night|just now]. the app shows my balance fine",
                "Card declined at the gas pump ({merchant}) around {time}. Embarrassing. Card ending {last4}.",
                "why was my payment of {amount} to {merchant} declined on {date}? i need this fixed today",
                "I'm standing at the register at {merchant} and my card got declined twice. Please help, my total is {amount}.",
                "Every online purchase gets declined since {date}. Tried {merchant} and {merchant2}. Card {masked}.",
            ],
            "es": [
                "Hola, me rechazaron la tarjeta en {merchant} por {amount}, y sí tengo saldo. ¿Qué pasó?",
                "buenas, mi tarjeta {bank} no pasa en {merchant}, ya lo intenté {n} veces",
                "Intenté pagar {amount} en {merchant} el {date} a las {time} y me salió 'transacción declinada'. La tarjeta termina en {last4}.",
                "oiga no me deja pagar con la tarjeta, dice rechazada, y tengo {amount} en la cuenta",
                "Estoy en la caja de {merchant} y no pasa la tarjeta 😩 ¿me ayudan rápido? Son {amount}.",
                "Desde el {date} todas mis compras en línea salen declinadas, ya probé en {merchant} y en {merchant2}.",
            ],
            "mix": [
                "hola, mi card got declined en {merchant} por {amount}, y tengo balance",
                "la tarjeta keeps getting declined, ya van {n} veces hoy",
                "me salió declined en {merchant} y la app dice que todo está ok, what's up?",
                "estoy en {merchant} y la card no pasa, el total es {amount}, help!!",
            ],
            "es_MX": ["Qué onda, no me pasa la tarjeta en el {merchant}, ¿está bloqueada o qué?", "Oigan, me rebotaron un pago de {amount} en {merchant}, traigo lana en la cuenta"],
            "es_CO": [
                "Buenas, ¿me colaboran? La tarjeta no me pasó en {merchant} por {amount} y tengo plata en la cuenta."
            ],
            "es_PR": [
                "Saludos, la tarjeta me la rechazaron en {merchant}, y tengo los chavos ahí. ¿Qué pasó?"
            ],
        },
        "more": {
            "en": [
                "It was at {merchant} in {city}, around {time}.",
                "I've had the card since {year} and never had this problem.",
                "I even got a notification saying {amount} was approved, then it bounced.",
                "My balance shows {amount2} so it's not that.",
                "I'm traveling right now so I really need this card working.",
                "The cashier said to call my bank. The receipt says DECLINED 05.",
            ],
            "es": [
                "Fue en {merchant}, como a las {time}.",
                "Tengo la tarjeta desde {year} y nunca me había pasado.",
                "En la app sale un saldo de {amount2}.", "Ya reinicié la app, tengo la versión {version}.",
                "Estoy de viaje en {city} y necesito la tarjeta.",
                "La cajera me dijo que le hablara a mi banco.",
            ],
            "mix": ["Fue en {merchant} around {time}.", "ya le di refresh a la app y nada", "el balance dice {amount2} so no entiendo", "ya intenté con tap y con chip, same thing"],
        },
        "triage": {
            "en": [
                "I'm sorry your card was declined, {first}. I can see your card ending in {last4} is active. Declines can happen when a purchase looks unusual. Let me check a few things.",
                "Thanks for the details! Declines are often caused by a daily limit or a merchant issue. Your daily spending limit is {limit}.",
                "I see a declined attempt for {amount} at {merchant} on {date}. It was stopped by our fraud filters.",
            ],
            "es": [
                "Lamento el inconveniente, {first}. Veo que tu tarjeta terminación {last4} está activa. A veces el comercio rechaza el cobro por seguridad.",
                "Gracias por la info. Tu límite diario de compras es de {limit}. Voy a revisar el movimiento.",
                "Veo un intento rechazado por {amount} en {merchant} el {date}; lo detuvo nuestro sistema antifraude.",
            ],
            "mix": ["Sorry por el inconveniente! Veo que tu card ending {last4} está activa. Let me check.", "Ok, veo el intento de {amount} en {merchant}. Lo bloqueó el fraud filter."],
        },
        "resolve": {
            "en": [
                "I removed the temporary block on card ending {last4}. Try the purchase again; it should go through now. Reference {case}.",
                "All set. The decline was our fraud filter; I've marked {merchant} as safe. You can retry the {amount} purchase.",
                "Your daily limit is now {limit}. Try again in a couple of minutes.",
            ],
            "es": [
                "Ya quedó liberada su tarjeta con terminación {last4}. Intente de nuevo la compra. Su folio es {folio}.",
                "Listo, el rechazo fue por nuestro filtro de seguridad. Ya puede volver a intentar el pago de {amount}.",
                "Le aumenté el límite diario a {limit}. Intente en un par de minutos.",
            ],
            "mix": ["Listo, ya quité el block de la card {masked}. Try again porfa.", "Done! El rechazo fue del fraud filter, ya puedes pagar los {amount}."],
        },
    },
    "dispute": {
        "open": {
            "en": [
                "There's a charge of {amount} from {merchant} on {date} that I did NOT make.",
                "I see {n} charges I don't recognize: {amount}, {amount2} and {amount3}, all from {merchant}.",
                "Someone used my card online. Charges from {merchant} on {date}, I was at work all day.",
                "Hi. I want to dispute a transaction. {merchant}, {amount}, posted {date}. Never ordered anything from them.",
                "I got charged twice for the same thing at {merchant} ({amount} each). Order number {order}.",
                "my kid bought something on {merchant} with my card without asking, {amount}. can I get that back?",
            ],
            "es": [
                "Tengo un cargo no reconocido de {amount} en {merchant} del {date}.",
                "Me aparecen cargos que yo no hice: {amount} y {amount2} en {merchant}.",
                "quiero levantar una aclaración por un cargo de {amount} que no reconozco",
                "Me cobraron doble en {merchant}, {amount} cada uno. El número de pedido es {order}.",
                "Buenas tardes, en mi estado de cuenta sale un cargo de {merchant} por {amount} del {date} y yo no fui.",
                "Me hicieron un cargo de una suscripción que ya había cancelado ({merchant}), fueron {amount}.",
            ],
            "mix": ["tengo un charge de {amount} de {merchant} que yo no hice", "me salió un cargo weird de {merchant} on {date}, {amount}", "me cobraron double en {merchant}, can you fix it?"],
            "es_MX": ["Me salió un cargo chueco de {amount} en {merchant}, yo ni uso eso"],
        },
        "more": {
            "en": ["I still have the card with me, so it must have been online.", "The order number on their site is {order} but I never placed it.", "My card is {masked} by the way.", "I already called {merchant} and they said to talk to my bank."],
            "es": ["La tarjeta la tengo conmigo, entonces fue en línea.", "Ya le hablé a {merchant} y me dijeron que con el banco.", "Es la tarjeta {masked}.", "El cargo dice 'pendiente' desde el {date}."],
            "mix": ["La card la tengo aquí, so fue online.", "ya hablé con {merchant} y me dijeron call your bank"],
        },
        "triage": {
            "en": [
                "I'm sorry to hear that. I can help you dispute it. First, I'll freeze your card ending in {last4} so no new charges go through.",
                "I see the {amount} charge from {merchant}. Pending charges can't be disputed yet, but posted ones can.",
                "Got it. Disputes are handled by our team; I'll collect a few details and then pass you to an agent.",
            ],
            "es": [
                "Lamento mucho eso. Puedo ayudarte a levantar una aclaración. Primero voy a congelar tu tarjeta terminación {last4}.",
                "Veo el cargo de {amount} de {merchant}. Si está pendiente aún no se puede aclarar, pero si ya se aplicó sí.",
                "Entendido. Las aclaraciones las revisa un asesor; te voy a pedir unos datos y te transfiero.",
            ],
            "mix": ["Sorry to hear that! Voy a congelar tu card ending {last4} mientras revisamos.", "Ok, veo el charge de {amount}. Te paso con el equipo de disputes."],
        },
        "resolve": {
            "en": [
                "I've filed dispute {case} for {amount}. You'll get a provisional credit within {days} business days, and a new card will arrive at your address in 5-7 days.",
                "Done. The dispute for the {merchant} charge is open under {case}. We'll email you at {email} with updates.",
                "I canceled card {masked} and issued a new one. The charges of {amount} are under review, case {case}.",
            ],
            "es": [
                "Listo, quedó registrada la aclaración con folio {folio} por {amount}. En un plazo de {days} días hábiles le damos respuesta.",
                "Ya cancelé la tarjeta {masked} y le enviamos una nueva. Su folio de aclaración es {folio}.",
                "Le hicimos un abono provisional de {amount} mientras se resuelve la aclaración {folio}.",
            ],
            "mix": ["Listo! Tu dispute quedó con el case {case}, el provisional credit de {amount} llega en {days} días.", "Ya cancelé la card {masked} y te mandamos una new one."],
        },
    },
    "remittance": {
        "open": {
            "en": [
                "I sent {usd} to my mom in {remit_place} on {date} and she still hasn't received it. Transfer ID {txid}.",
                "My transfer to Mexico says 'processing' since {date}. It was {usd} for cash pickup at {payout}.",
                "How long does a transfer to a {mxbank} account take? I sent {usd} on {date}.",
                "The exchange rate you gave me was {fx} but the app showed {fx2} before I sent. Why the difference?",
            ],
            "es": [
                "Mandé {usd} a mi mamá en {remit_place} el {date} y no le ha llegado. Le mandé a su cuenta con CLABE {clabe}.",
                "envié dinero a México para cobro en {payout} y dice 'en proceso' desde el {date}",
                "Mi hermano no puede cobrar el envío en {payout}, le dicen que el folio {folio} no existe.",
                "¿Por qué me dieron el dólar a {fx} si en la app decía {fx2}? Envié {usd}.",
                "Hice un envío de {usd} a una cuenta de {mxbank} y me lo regresaron, ¿por qué?",
            ],
            "mix": ["mandé un envío de {usd} a {remit_place} y todavía dice pending", "my transfer a México no ha llegado, la CLABE es {clabe}", "el exchange rate estaba en {fx} y me cobraron diferente, why?"],
        },
        "more": {
            "en": ["The recipient's name is exactly as on her ID.", "Transfer ID is {txid}, if that helps.", "She went to {payout} twice already.", "The CLABE I used is {clabe}."],
            "es": ["El nombre del beneficiario está igualito que en su INE.", "El folio del envío es {txid}.", "Ya fue dos veces a {payout}.", "La CLABE que puse es {clabe}."],
            "mix": ["El nombre está exactly como en su INE.", "el transfer ID es {txid}"],
        },
        "triage": {
            "en": ["Transfers to Mexico usually arrive within minutes, but some can take up to 1 business day. The exchange rate for your transfer was {fx} MXN per dollar.", "I found transfer {txid} for {usd}. Its status is 'sent to partner'."],
            "es": ["Los envíos a México normalmente llegan en minutos, pero algunos tardan hasta 1 día hábil. El tipo de cambio de tu envío fue de {fx} pesos por dólar.", "Encontré tu envío {txid} por {usd}; el estatus es 'enviado al corresponsal'."],
            "mix": ["Los transfers a México llegan en minutos usually. Tu rate fue de {fx}.", "Encontré el envío {txid}, status: en proceso."],
        },
        "resolve": {
            "en": [
                "The transfer {txid} was returned because the CLABE didn't match the recipient's name. The {usd} are back in your balance.",
                "It's been paid out now; your mom can pick it up at any {payout} with reference {ref}.",
                "I refunded the difference in the rate, {small}, as a courtesy.",
            ],
            "es": [
                "El envío {txid} fue devuelto porque la CLABE no coincidía con el nombre del beneficiario. Los {usd} ya están en su saldo.",
                "Ya quedó liberado; su mamá puede cobrarlo en cualquier {payout} con la referencia {ref}.",
                "Le bonificamos {small} por la diferencia del tipo de cambio.",
            ],
            "mix": ["Ya quedó, tu mamá puede hacer el pickup en {payout} con ref {ref}.", "El transfer regresó porque la CLABE no match con el nombre."],
        },
    },
    "oxxo": {
        "open": {
            "en": ["I deposited {mxn} at an OXXO using reference {oxxo} and it's not showing.", "Cash deposit at OXXO on {date}, {mxn}, still not in my account after {hours} hours."],
            "es": [
                "Hice un depósito en OXXO de {mxn} con la referencia {oxxo} y no se ve en mi saldo.",
                "deposité en el oxxo ayer a las {time} y nada, ya tengo el ticket con folio {folio}",
                "¿Cuánto tarda en reflejarse un depósito en OXXO? Llevo {hours} horas esperando mis {mxn}.",
                "En el OXXO me cobraron comisión de {small} por depositar, ¿eso es normal?",
            ],
            "mix": ["hice un deposit en OXXO de {mxn}, referencia {oxxo}, y no aparece", "el depósito del oxxo no shows up en la app"],
        },
        "more": {
            "en": ["The receipt says reference {oxxo}.", "It was the OXXO on {street}."],
            "es": ["El ticket dice referencia {oxxo}.", "Fue en el OXXO de {street}, como a las {time}.", "Tengo foto del ticket si la necesitan."],
            "mix": ["el ticket dice ref {oxxo}", "fue en el OXXO de la esquina around {time}"],
        },
        "triage": {
            "en": [
                "OXXO deposits can take up to 24 hours to appear. Do you have the receipt handy?"
            ],
            "es": ["Los depósitos en OXXO pueden tardar hasta 24 horas en reflejarse. ¿Tienes a la mano el ticket?", "El límite de depósito en efectivo es de {limit} al mes. Reviso tu depósito."],
            "mix": ["Los deposits en OXXO tardan hasta 24 horas. ¿Tienes el ticket?"],
        },
        "resolve": {
            "en": [
                "I found your deposit of {mxn} with reference {oxxo}; it was applied today at {time}."
            ],
            "es": ["Ya encontré su depósito por {mxn} con referencia {oxxo}; quedó aplicado hoy a las {time}.", "El depósito está en proceso con folio {folio}; se aplica a más tardar mañana."],
            "mix": ["Ya apareció tu deposit de {mxn}, quedó aplicado a las {time}."],
        },
    },
    "spei": {
        "open": {
            "en": ["My employer sent my pay via SPEI ({mxn}) on {date} and I don't see it.", "I made a SPEI transfer to CLABE {clabe} and the other bank says they never got it."],
            "es": [
                "Hice una transferencia SPEI de {mxn} a la CLABE {clabe} y no llegó. La clave de rastreo es {rastreo}.",
                "me hicieron un SPEI por {mxn} desde {mxbank} y no lo veo",
                "Transferí {mxn} a mi casero el {date} y dice que no le llegó, ¿me dan el comprobante?",
                "¿Me pueden dar el CEP de una transferencia de {mxn} del {date}? Rastreo {rastreo}.",
            ],
            "mix": ["me mandaron un SPEI de {mxn} pero no lo veo en la app, el tracking es {rastreo}", "hice un transfer SPEI a la CLABE {clabe} y no llega"],
        },
        "more": {
            "en": ["The tracking key they gave me is {rastreo}."],
            "es": ["La clave de rastreo es {rastreo}.", "Me la mandaron de {mxbank} a las {time}.", "La CLABE destino es {clabe}."],
            "mix": ["el rastreo es {rastreo}", "me lo mandaron de {mxbank} at {time}"],
        },
        "triage": {
            "en": ["SPEI transfers usually arrive in seconds. I'll check the tracking key."],
            "es": ["Las transferencias SPEI llegan normalmente en segundos. Déjame revisar la clave de rastreo.", "Veo una transferencia SPEI por {mxn} con clave de rastreo {rastreo}."],
            "mix": ["Los SPEI llegan en segundos normally, déjame checar el rastreo."],
        },
        "resolve": {
            "en": [
                "The SPEI with tracking key {rastreo} was returned by the sending bank. You can download the CEP at banxico.org.mx."
            ],
            "es": ["La transferencia con clave de rastreo {rastreo} fue devuelta por el banco emisor. Puede consultar el CEP en banxico.org.mx.", "Ya se abonaron los {mxn}; la transferencia se aplicó a las {time}. Folio {folio}."],
            "mix": ["Ya llegó tu SPEI de {mxn}, quedó aplicado at {time}."],
        },
    },
    "atm": {
        "open": {
            "en": [
                "The ATM at {atm} didn't give me the cash but took {amount} from my account!",
                "The ATM swallowed my card at {time} today.",
                "I withdrew {amount} and got charged a {small} fee, I thought ATMs were free?",
                "ATM screen froze mid-withdrawal, no cash, but my balance dropped by {amount}.",
            ],
            "es": [
                "El cajero de {atm} no me dio el dinero pero sí me descontó {amount}.",
                "el cajero se tragó mi tarjeta hoy a las {time}",
                "saqué {amount} del cajero y me cobró comisión de {small}",
                "Fui a {atm} a retirar {amount}, la pantalla se congeló y no salió nada.",
            ],
            "mix": ["el ATM no me dio el cash pero sí me cobró {amount}", "the ATM se comió mi tarjeta 😭"],
        },
        "more": {
            "en": ["It was around {time} on {date}.", "The ATM's screen said 'transaction canceled'.", "I have the receipt, it says {amount}."],
            "es": ["Fue como a las {time} el {date}.", "La pantalla decía 'operación cancelada'.", "Traigo el comprobante, dice {amount}."],
            "mix": ["Fue around {time}.", "el screen decía transaction canceled"],
        },
        "triage": {
            "en": [
                "I'm sorry! If an ATM didn't dispense cash, the amount is usually reversed automatically within 48 hours. If not, we open a claim."
            ],
            "es": [
                "¡Lo siento! Si el cajero no entregó el efectivo, normalmente el monto se reversa solo en 48 horas. Si no, levantamos una aclaración."
            ],
            "mix": ["Sorry! Si el ATM no te dio el cash, se reversa solo en 48 hours usually."],
        },
        "resolve": {
            "en": ["I've opened an ATM claim {case} for {amount}. These usually take up to 10 business days.", "Your card was retained by the ATM, so I've canceled it and ordered a replacement. Tracking {tracking}."],
            "es": ["Le abrí una aclaración de cajero con folio {folio} por {amount}; tarda hasta 10 días hábiles.", "Como el cajero retuvo su tarjeta, la cancelé y le enviamos una nueva. Guía {tracking}."],
            "mix": ["Ya abrí tu claim {case} por {amount}, tarda hasta 10 business days."],
        },
    },
    "lost": {
        "open": {
            "en": [
                "I lost my wallet with my {bank} card in it. Please block it!",
                "My card was stolen last night in {city}. Card ending {last4}.",
                "I can't find my card anywhere. Can you freeze it until I look in my car?",
                "Someone stole my purse at {merchant}. Need to cancel the card ASAP.",
            ],
            "es": [
                "Perdí mi cartera con la tarjeta, ¿me la pueden bloquear?",
                "me robaron la tarjeta en el metro, la que termina en {last4}",
                "No encuentro mi tarjeta, ¿la pueden congelar mientras la busco?",
                "Me asaltaron saliendo de {merchant} y se llevaron mi cartera, urge bloquear la tarjeta.",
            ],
            "mix": ["perdí mi card, can you freeze it please?", "me robaron la wallet con la tarjeta {masked}"],
            "es_MX": ["Me bolsearon en el camión y traía la tarjeta, ayúdenme a bloquearla"],
        },
        "more": {
            "en": ["The last purchase I made was {amount} at {merchant}.", "I also need a new card sent to my address.", "Card ending in {last4}."],
            "es": ["Lo último que compré fue {amount} en {merchant}.", "También necesito que me manden otra.", "Es la terminación {last4}."],
            "mix": ["La última compra fue {amount} en {merchant}.", "y necesito una new card porfa"],
        },
        "triage": {
            "en": ["I've frozen your card ending in {last4}. You can unfreeze it anytime from the app under Card > Freeze.", "Done, card {masked} is now locked. No purchases or withdrawals will go through."],
            "es": ["Ya congelé tu tarjeta terminación {last4}. La puedes descongelar cuando quieras desde la app en Tarjeta > Congelar.", "Listo, la tarjeta {masked} está bloqueada. No pasará ninguna compra ni retiro."],
            "mix": [
                "Listo, tu card ending {last4} está frozen. Puedes hacer unfreeze desde la app."
            ],
        },
        "resolve": {
            "en": ["Your replacement card is on its way. Tracking number {tracking}. Your virtual card is available right now in the app.", "I canceled card ending {last4} and ordered a new one; it should arrive in {days} business days."],
            "es": ["Su tarjeta de reposición va en camino. Número de guía {tracking}. Su tarjeta digital ya está disponible en la app.", "Cancelé la tarjeta terminación {last4} y pedí una nueva; llega en {days} días hábiles."],
            "mix": [
                "Tu new card va en camino, tracking {tracking}. La virtual card ya está en la app."
            ],
        },
    },
    "code_missing": {
        "open": {
            "en": [
                "I'm not getting the verification code to log in. I've tried {n} times.",
                "the text with the code never arrives, my number is {phone}",
                "I get the code but by the time it arrives it's expired. Super annoying.",
                "Changed phones and now the verification codes go to my old number.",
            ],
            "es": ["No me llega el código de verificación para entrar a la app.", "ya pedí el código {n} veces y no llega nada al {phone}", "Me llega el código pero ya vencido, ¿qué hago?", "Cambié de número y los códigos se van a mi número viejo."],
            "mix": ["no me llega el code para el login", "el SMS con el código no llega, ya lo pedí {n} times", "cambié de phone y el code se va al número viejo"],
        },
        "more": {
            "en": ["I have full signal and other texts arrive fine.", "My carrier is {merchant}... I mean T-Mobile lol.", "My new number is {phone}."],
            "es": ["Tengo señal y sí me llegan otros mensajes.", "Mi número nuevo es {phone}.", "Es un {device}, por si sirve."],
            "mix": ["tengo signal y otros texts sí llegan", "mi new number es {phone}"],
        },
        "triage": {
            "en": ["Sorry about that! Codes are sent to the phone ending in {phone4}. Make sure texts from {shortcode} aren't blocked. Never share the code with anyone, including me.", "I can resend it. Once it arrives, enter it in the app — please don't type it here."],
            "es": ["¡Perdón por eso! Los códigos se envían al celular terminación {phone4}. Revisa que no tengas bloqueados los mensajes del {shortcode}. No compartas el código con nadie, ni conmigo.", "Te lo puedo reenviar. Cuando llegue, escríbelo en la app, no aquí en el chat."],
            "mix": [
                "Sorry! El code se manda al phone ending {phone4}. Cuando llegue, ponlo en la app, not here."
            ],
        },
        "resolve": {
            "en": ["I've updated the phone on file and resent the code. Enter it in the app when it arrives — don't share it here.", "You can also switch to email codes in Settings > Security; they'll go to {email}."],
            "es": ["Actualicé el número registrado y reenvié el código. Captúrelo en la app cuando le llegue; no lo comparta aquí.", "También puede recibir los códigos por correo en Configuración > Seguridad; le llegarán a {email}."],
            "mix": ["Ya actualicé tu phone y te reenvié el code. Ponlo en la app, no aquí."],
        },
    },
    "locked": {
        "open": {
            "en": ["I forgot my password and now the app is locked.", "It says my account is locked after too many attempts.", "Face ID stopped working and I don't remember my password.", "I keep getting 'incorrect password' but I'm sure it's right."],
            "es": [
                "Olvidé mi contraseña y ya se bloqueó la app.",
                "me dice que mi usuario está bloqueado por intentos fallidos",
                "Ya no me reconoce la huella y no me acuerdo de la contraseña.",
                "Me sale 'contraseña incorrecta' pero estoy segura que es la buena.",
            ],
            "mix": ["olvidé mi password y ahora la app está locked", "me sale incorrect password y sí es la correcta"],
        },
        "more": {
            "en": ["I'm on a new {device}.", "App version {version}, {os}.", "I tried resetting it at {time} but never got the email."],
            "es": ["Cambié de celular a un {device}.", "Tengo la versión {version}, {os}.", "Traté de restablecerla a las {time} y no me llegó el correo."],
            "mix": ["tengo un new {device}", "la app es version {version}"],
        },
        "triage": {
            "en": ["For your security, profiles lock after 5 failed attempts. I can send a reset link to the email on file. I'll never ask you for your password.", "I can help you reset it. The link will go to {email}."],
            "es": ["Por tu seguridad, el perfil se bloquea después de 5 intentos fallidos. Te puedo enviar un enlace al correo registrado. Nunca te voy a pedir tu contraseña.", "Te ayudo a restablecerla; el enlace llega a {email}."],
            "mix": [
                "Por seguridad, la app se bloquea después de 5 intentos. Te mando un reset link a {email}."
            ],
        },
        "resolve": {
            "en": ["I've unlocked your profile. Tap 'Forgot password' to set a new one; you'll get a link at {email}.", "Done — the lock is lifted. Choose a password you don't use anywhere else."],
            "es": ["Ya desbloqueé su perfil. Toque '¿Olvidaste tu contraseña?' para crear una nueva; el enlace llega a {email}.", "Listo, ya quedó desbloqueado. Elija una contraseña que no use en otros sitios."],
            "mix": ["Listo, ya está unlocked. Dale 'Forgot password' para crear una nueva."],
        },
    },
    "pin_help": {
        "open": {
            "en": ["I forgot my PIN and the ATM keeps rejecting me.", "How do I change my PIN?", "My PIN got blocked after 3 wrong tries at {atm}.", "I changed my PIN on {date} at {time} and now it doesn't work."],
            "es": ["Olvidé mi NIP, ¿cómo lo recupero?", "quiero cambiar mi NIP, ¿se puede desde la app?", "Se me bloqueó el NIP por meterlo mal 3 veces en {atm}.", "Cambié mi NIP el {date} y ahora el cajero no lo acepta."],
            "mix": ["olvidé mi NIP y el ATM no me deja sacar", "how do I change el PIN desde la app?"],
            "es_CO": ["Se me olvidó la clave de la tarjeta, ¿cómo la cambio?"],
        },
        "more": {
            "en": ["I need cash today, I have a {amount} bill due.", "It's the card ending {last4}."],
            "es": ["Necesito sacar dinero hoy, tengo que pagar {amount}.", "Es la tarjeta terminación {last4}."],
            "mix": ["necesito cash hoy para pagar {amount}"],
        },
        "triage": {
            "en": ["You can see or change your PIN in the app: Card > Settings > PIN. Your PIN can be 4 to 6 digits. For security, we can't see it.", "If your PIN is blocked, it unblocks automatically after 24 hours, or you can set a new one in the app."],
            "es": ["Puedes consultar o cambiar tu NIP en la app: Tarjeta > Configuración > NIP. Puede ser de 4 a 6 dígitos. Por seguridad, nosotros no lo podemos ver.", "Si tu NIP está bloqueado, se desbloquea solo en 24 horas, o puedes crear uno nuevo desde la app."],
            "mix": [
                "Puedes cambiar tu PIN en la app: Card > Settings > PIN. Nosotros no lo podemos ver."
            ],
        },
        "resolve": {
            "en": ["I've reset the PIN tries on card ending {last4}. Set a new PIN in the app and try the ATM again.", "Done. The PIN lock is cleared. Never share your PIN, not even with us."],
            "es": ["Ya reinicié los intentos de NIP de la tarjeta terminación {last4}. Cree uno nuevo en la app e intente de nuevo.", "Listo, se quitó el bloqueo. No comparta su NIP con nadie, ni con nosotros."],
            "mix": ["Listo, ya reseteé los intentos del PIN. Crea uno nuevo en la app."],
        },
    },
    "address": {
        "open": {
            "en": ["I moved. New address is {address}. Can you update it before my card ships?", "My replacement card never arrived. It was supposed to come on {date}.", "The card was shipped to my old address! Tracking {tracking}."],
            "es": ["Me cambié de domicilio, el nuevo es {address}.", "No me ha llegado la tarjeta nueva, la guía es {tracking}", "¿Me pueden mandar la tarjeta a mi trabajo? La dirección es {address}."],
            "mix": ["me mudé, my new address es {address}", "la new card no ha llegado, tracking {tracking}"],
        },
        "more": {
            "en": ["It's apartment {n}B, the buzzer doesn't work, they should call {phone}.", "My ZIP is {zip}."],
            "es": ["Es el departamento {n}, que marquen al {phone} al llegar.", "El código postal es {zip}."],
            "mix": ["es el apt {n}, que llamen al {phone}", "el zip es {zip}"],
        },
        "triage": {
            "en": [
                "I can help update your address. For security, address changes are confirmed by an agent."
            ],
            "es": [
                "Te ayudo a actualizar tu domicilio. Por seguridad, el cambio lo confirma un asesor."
            ],
            "mix": ["Te ayudo con el address change; lo confirma un agent."],
        },
        "resolve": {
            "en": [
                "Done, your address is now {address}. Your card ships in {days} business days, tracking {tracking}."
            ],
            "es": [
                "Listo, su domicilio quedó como {address}. La tarjeta se envía en {days} días hábiles, guía {tracking}."
            ],
            "mix": ["Done! Tu address quedó actualizado. Tracking de la card: {tracking}."],
        },
    },
    "limit": {
        "open": {
            "en": ["Can I get a higher credit limit? Mine is {limit}.", "I want to apply for the credit builder card. Do you need my SSN for that?", "My credit score went up to {score}, can you raise my limit?"],
            "es": ["¿Me pueden aumentar la línea de crédito? Tengo {limit}.", "quiero solicitar la tarjeta de crédito, mi RFC es {rfc}", "¿Qué necesito para que me den la tarjeta de crédito? Ya tengo {n} meses con la de débito."],
            "mix": ["can you aumentar mi límite? tengo {limit}", "quiero aplicar para la credit card, mi score es {score}"],
        },
        "more": {
            "en": ["I make about {usd} a month.", "I've never missed a payment since {year}."],
            "es": ["Gano como {amount} al mes.", "Nunca me he atrasado en un pago desde {year}."],
            "mix": ["gano como {amount} al mes", "never me he atrasado"],
        },
        "triage": {
            "en": ["Limit reviews happen every 6 months. Your next review date is {date}.", "For the credit builder we verify identity in the app; you'll never need to type your SSN in chat."],
            "es": ["Las revisiones de línea son cada 6 meses; tu próxima revisión es el {date}.", "Para la tarjeta de crédito validamos tu identidad en la app con tu INE; nunca necesitas escribir tu RFC completo en el chat."],
            "mix": ["Las limit reviews son cada 6 meses, la próxima es el {date}."],
        },
        "resolve": {
            "en": ["Your limit was increased to {limit}. The new limit is effective immediately.", "Your application {ref} is in review; you'll hear from us in {days} days."],
            "es": ["Su línea quedó en {limit}, efectiva de inmediato.", "Su solicitud {ref} está en revisión; le respondemos en {days} días."],
            "mix": ["Tu límite quedó en {limit}, effective ya."],
        },
    },
    "deposit": {
        "open": {
            "en": [
                "My direct deposit of {usd} was supposed to hit on {date}. The routing number I gave HR is {routing} and account {acct}.",
                "Payday is today and my paycheck isn't here. It usually comes in at {time}.",
                "Where do I find my routing and account number for direct deposit?",
            ],
            "es": ["Mi nómina no ha caído, normalmente llega los {weekday_es}.", "Le di a mi trabajo el número de ruta {routing} y la cuenta {acct}, ¿están bien?", "Hoy es día de pago y no me ha llegado el depósito de {usd}."],
            "mix": ["mi direct deposit no ha llegado, usually llega los viernes", "hoy es payday y no veo el deposit de {usd}"],
        },
        "more": {
            "en": ["My employer is {employer}.", "Last paycheck was {usd} on {date}."],
            "es": ["Trabajo en {employer}.", "El último depósito fue de {usd} el {date}."],
            "mix": ["trabajo en {employer}", "el último paycheck fue {usd}"],
        },
        "triage": {
            "en": [
                "Direct deposits can arrive up to 2 days early, but the timing depends on your employer. Your routing number is {routing}."
            ],
            "es": [
                "Los depósitos de nómina pueden llegar hasta 2 días antes, pero depende de tu empleador. Tu número de ruta es {routing}."
            ],
            "mix": ["Los direct deposits pueden llegar 2 días antes, depende del employer."],
        },
        "resolve": {
            "en": ["I see the deposit from {employer} for {usd} pending; it'll post by {time} today.", "Your routing number is {routing} and your account number ends in {acct4}. Both are in the app under Account details."],
            "es": ["Veo pendiente el depósito de {employer} por {usd}; se aplica hoy antes de las {time}.", "Su número de ruta es {routing} y su cuenta termina en {acct4}. Los dos están en la app en Datos de la cuenta."],
            "mix": ["Ya veo el deposit de {usd} pending, se aplica hoy."],
        },
    },
    "virtual": {
        "open": {
            "en": ["How do I get a virtual card for shopping online?", "Can I use the virtual card on {merchant}?", "Where do I see the security code for my virtual card? I only see the last 4."],
            "es": ["¿Cómo saco una tarjeta digital para comprar en {merchant}?", "¿Dónde veo el CVV de la tarjeta digital? Solo me sale {masked}.", "Quiero una tarjeta virtual para mis suscripciones."],
            "mix": ["cómo saco una virtual card para comprar en {merchant}?", "dónde veo el CVV de la virtual card?"],
        },
        "more": {
            "en": ["I want one just for subscriptions like {merchant}.", "I'm on version {version}."],
            "es": ["La quiero solo para {merchant}.", "Tengo la versión {version} de la app."],
            "mix": ["la quiero only para {merchant}"],
        },
        "triage": {
            "en": ["Your virtual card is under Cards > Virtual. The CVV for the virtual card changes every 24 hours and is shown only in the app.", "You can create up to 5 virtual cards. Tap 'Show details' to see the number; never share it in chat."],
            "es": ["Tu tarjeta digital está en Tarjetas > Digital. El CVV dinámico cambia cada 24 horas y solo se ve en la app.", "Puedes crear hasta 5 tarjetas digitales. Toca 'Ver datos' para verlas; no las compartas en el chat."],
            "mix": [
                "Tu virtual card está en Cards > Virtual. El CVV cambia cada 24 hrs y solo se ve en la app."
            ],
        },
        "resolve": {
            "en": ["Your virtual card is active. It ends in {acct4} and works anywhere online.", "Done, virtual card created. Spending limit set to {limit}."],
            "es": ["Su tarjeta digital ya está activa; termina en {acct4}.", "Listo, quedó creada con límite de {limit}."],
            "mix": ["Listo, tu virtual card ya está activa, ending {acct4}."],
        },
    },
    "travel": {
        "open": {
            "en": ["I'm going to {mx_travel} from {date} to {date2}. Will my card work there?", "Do you charge foreign transaction fees in Mexico?", "I'm in {mx_travel} and my card doesn't work at the ATM."],
            "es": ["Voy a viajar a {us_travel} del {date} al {date2}, ¿funciona mi tarjeta allá?", "¿Me cobran comisión si uso la tarjeta en Estados Unidos?", "Estoy en {us_travel} y no me deja retirar del cajero."],
            "mix": ["voy a {us_travel} next week, funciona mi card allá?", "estoy en {mx_travel} y la card no funciona en el ATM"],
        },
        "more": {
            "en": ["I'll be there about {n} days.", "Hotel is in {city}, not sure of the ZIP."],
            "es": ["Voy a estar {n} días.", "Me voy a quedar en {city}."],
            "mix": ["voy por {n} días"],
        },
        "triage": {
            "en": ["Your card works in both the US and Mexico. Foreign transaction fee: {percent_fee}.", "No travel notice is needed anymore; we detect travel automatically."],
            "es": ["Tu tarjeta funciona en México y Estados Unidos. Comisión por compras en el extranjero: {percent_fee}.", "Ya no es necesario avisar de viajes; lo detectamos automáticamente."],
            "mix": ["Tu card funciona en US y México, fee de {percent_fee}."],
        },
        "resolve": {
            "en": ["All set. ATM withdrawals abroad cost {small} each. Safe travels!"],
            "es": [
                "Listo. Los retiros en cajeros del extranjero tienen un costo de {small}. ¡Buen viaje!"
            ],
            "mix": ["All set! Buen viaje 🙌"],
        },
    },
    "fees": {
        "open": {
            "en": ["I was charged a {usd} fee on {date}. Why?", "My cashback from {merchant} ({pct}) never showed up.", "Why is there a monthly fee of {small}? I thought the account was free."],
            "es": ["Me cobraron una comisión de {amount} el {date}, ¿por qué?", "no me dieron el cashback de {merchant}", "¿Por qué me cobran {small} de anualidad si me dijeron que era gratis?"],
            "mix": ["me cobraron un fee de {amount} on {date}, why?", "mi cashback de {merchant} no llegó"],
        },
        "more": {
            "en": ["It shows as 'SERVICE FEE' on {date}.", "The promo code was {promo}."],
            "es": ["Aparece como 'COMISIÓN' el {date}.", "Usé el código de promoción {promo}."],
            "mix": ["sale como SERVICE FEE", "usé el promo code {promo}"],
        },
        "triage": {
            "en": ["I see a fee of {small} on {date}. It's charged when the balance stays under {usd}.", "Cashback posts 30 days after the purchase date."],
            "es": ["Veo una comisión de {small} el {date}. Se cobra cuando el saldo queda por debajo de {amount}.", "El cashback se abona 30 días después de la compra."],
            "mix": ["Veo un fee de {small}. El cashback tarda 30 días."],
        },
        "resolve": {
            "en": ["I've reversed the {small} fee as a one-time courtesy. Reference {ref}.", "Your cashback of {small} was credited today."],
            "es": ["Le bonifiqué la comisión de {small} por única ocasión. Referencia {ref}.", "Su cashback de {small} se abonó hoy."],
            "mix": ["Te regresé el fee de {small}, ref {ref}."],
        },
    },
    "tax": {
        "open": {
            "en": ["Where can I find my 1099-INT for {year}?", "The app is asking for my SSN to finish my tax info. Is that safe?", "I don't have an SSN, only an ITIN. Can I still open a savings account?"],
            "es": ["¿Dónde descargo mi constancia de retenciones de {year}?", "necesito mi estado de cuenta de {month_es} para el SAT, mi RFC es {rfc}", "La app me pide el número de Seguro Social para los impuestos, ¿es seguro ponerlo ahí?"],
            "mix": ["dónde encuentro mi 1099 de {year}?", "la app me pide el SSN para el tax form, is that safe?"],
        },
        "more": {
            "en": ["My accountant needs it by {date}."],
            "es": ["Mi contador lo necesita antes del {date}.", "Mi CURP es {curp}, por si la necesitan."],
            "mix": ["mi accountant lo necesita antes del {date}"],
        },
        "triage": {
            "en": ["Tax documents are under Profile > Documents. The SSN field in the app is encrypted; never send your SSN in chat.", "Yes, you can use an ITIN. You'll add it securely in the app, not here."],
            "es": ["Los documentos fiscales están en Perfil > Documentos. El campo del Seguro Social en la app está cifrado; no lo mandes por el chat.", "Tus estados de cuenta y constancias están en Perfil > Documentos."],
            "mix": ["Los tax docs están en Profile > Documents. No mandes tu SSN por el chat."],
        },
        "resolve": {
            "en": ["Your 1099-INT for {year} is under Profile > Documents. Interest earned: {small}.", "I've emailed the form to {email}."],
            "es": ["Su constancia de {year} está en Perfil > Documentos. Intereses: {small}.", "Se la envié a {email}."],
            "mix": ["Tu 1099 de {year} ya está en Documents."],
        },
    },
    "scam": {
        "open": {
            "en": [
                "I got a text saying my {bank} account is locked and to click a link. Is that you?",
                "Someone called saying they were from {bank} fraud and asked for my PIN. I hung up.",
                "I got an email asking me to confirm my password and card number. Looks fake.",
                "A guy on WhatsApp says he's from {bank} and wants the code you sent me. I didn't give it.",
            ],
            "es": [
                "Me llamaron diciendo que eran de {bank} y me pidieron el NIP y el código que me llegó. No les di nada.",
                "me llegó un SMS raro de un número {phone_any} diciendo que mi cuenta estaba suspendida",
                "Me escribieron por WhatsApp del 'área de seguridad' pidiendo mi contraseña, ¿es de ustedes?",
                "Recibí un correo que dice que tengo un cargo de {amount} y que confirme mis datos de la tarjeta. ¿Es real?",
            ],
            "mix": ["me llegó un text que dice que mi account está locked, is that legit?", "me llamaron de un número {phone_any} pidiendo el code, no se los di"],
        },
        "more": {
            "en": ["The number was {phone_any}.", "The link was something like {bank}-secure-login dot com.", "It came at {time} on {date}."],
            "es": ["El número era {phone_any}.", "El link decía algo como {bank}-seguridad punto com.", "Fue a las {time}."],
            "mix": ["el número era {phone_any}", "the link era algo raro"],
        },
        "triage": {
            "en": ["Thanks for reporting it. {bank} will never call or text you asking for your PIN, password, CVV or verification codes.", "That message isn't from us. Please don't click the link. Forward the text to 7726 (SPAM)."],
            "es": ["Gracias por avisarnos. {bank} nunca te llamará ni te escribirá para pedirte tu NIP, contraseña, CVV ni códigos de verificación.", "Ese mensaje no es nuestro. No abras el enlace."],
            "mix": ["Thanks por avisar! {bank} nunca te va a pedir tu PIN, password ni codes."],
        },
        "resolve": {
            "en": ["I've added a note to your account (case {case}) and reset your session on all devices.", "Your account is safe. I've blocked the number {phone_any} from our side."],
            "es": ["Agregué una nota a su cuenta (folio {folio}) y cerré sus sesiones en todos los dispositivos.", "Su cuenta está segura; no hay movimientos extraños."],
            "mix": ["Tu account está safe. Ya cerré las sesiones en todos tus devices."],
        },
    },
    "app_bug": {
        "open": {
            "en": ["The app crashes every time I open Cards. I'm on version {version}, {os}.", "I can't see my transactions since the update to {version}.", "The app says 'error 503' when I try to send money."],
            "es": ["La app se cierra sola cuando quiero ver mis movimientos, tengo la versión {version}.", "Desde que actualicé a la {version} no carga nada.", "Me sale 'error 500' cuando quiero transferir."],
            "mix": ["la app hace crash cuando abro Cards, version {version}", "desde el update no veo mis transactions"],
        },
        "more": {
            "en": ["Phone is a {device} on {os}.", "Already reinstalled twice."],
            "es": ["Mi celular es un {device} con {os}.", "Ya la reinstalé dos veces."],
            "mix": ["mi phone es un {device}", "ya la reinstalé twice"],
        },
        "triage": {
            "en": [
                "Thanks! We know about an issue with version {version} on some devices. Please update to {version2} from the store."
            ],
            "es": [
                "¡Gracias! Sabemos de una falla en la versión {version} en algunos equipos. Actualiza a la {version2} desde la tienda."
            ],
            "mix": ["Thanks! Hay un bug en la version {version}, actualiza a la {version2}."],
        },
        "resolve": {
            "en": [
                "Our engineers fixed it in {version2}. Ticket {case} is closed; let us know if it happens again."
            ],
            "es": ["Ya quedó corregido en la versión {version2}. Folio {folio}."],
            "mix": ["Ya quedó fixed en la {version2}."],
        },
    },
    "bank_details": {
        "open": {
            "en": ["Where do I find my routing and account number?", "What's my CLABE so I can get paid from Mexico?", "I need a bank letter with my account details for my landlord."],
            "es": ["¿Cuál es mi CLABE para recibir transferencias?", "¿Dónde veo mi número de cuenta y mi CLABE?", "Necesito una carta con mis datos bancarios para mi trabajo."],
            "mix": ["cuál es mi CLABE para recibir un SPEI?", "dónde veo mi account number?"],
        },
        "more": {
            "en": ["My boss wants to pay me by SPEI from {mxbank}."],
            "es": ["Mi jefe me va a pagar por SPEI desde {mxbank}.", "Mi RFC es {rfc} por si lo piden."],
            "mix": ["mi jefe me paga por SPEI desde {mxbank}"],
        },
        "triage": {
            "en": [
                "You'll find them in the app under Account > Details. Your routing number is {routing}."
            ],
            "es": ["Los encuentras en la app en Cuenta > Datos. Tu CLABE es {clabe}."],
            "mix": ["Están en Account > Details. Tu CLABE es {clabe}."],
        },
        "resolve": {
            "en": ["I've emailed a bank letter to {email}. Routing {routing}, account ending {acct4}.", "Your CLABE is {clabe}; you can share it to receive SPEI transfers."],
            "es": ["Le envié la carta a {email}. Su CLABE es {clabe}.", "Su CLABE interbancaria es {clabe}; la puede compartir para recibir SPEI."],
            "mix": ["Te mandé la carta a {email}. CLABE: {clabe}."],
        },
    },
}

GENERIC_MORE: Bank = {
    "en": [
        "I've been a customer since {year}, never had problems before.",
        "I'm on app version {version} on my {device}.",
        "My phone number is {phone} in case you need to call.",
        "Also my card is the one ending in {last4}.",
        "I have a {amount} payment due on {date} so please hurry.",
        "I'm at work until {time}, so I'll check back later if needed.",
    ],
    "es": [
        "Soy cliente desde {year} y nunca había tenido problemas.",
        "Tengo la versión {version} en mi {device}.", "Mi número es {phone} por si me quieren llamar.",
        "La tarjeta es la terminación {last4}.", "Tengo que pagar {amount} el {date}, porfa apúrenle.",
        "Estoy en el trabajo hasta las {time}.",
    ],
    "mix": ["soy cliente desde {year}", "mi phone es {phone} por si acaso", "la card es la ending {last4}", "tengo un payment de {amount} el {date}"],
}

HANDOFF: Bank = {
    "en": [
        "I'm transferring you to an agent. Estimated wait: {n} minutes.",
        "Let me connect you with a specialist from our {team} team. Please stay in the chat.",
        "This needs a human — I'm handing you off to one of our agents now.",
        "I'll pass this conversation to a person who can help. They'll see everything we've talked about.",
        "One moment, I'm routing you to {team}. You're number {n} in line.",
    ],
    "es": [
        "Te voy a transferir con un asesor. Tiempo estimado de espera: {n} minutos.",
        "Te comunico con un especialista del área de {team_es}. No cierres el chat, porfa.",
        "Esto lo tiene que ver una persona; te paso con un asesor en este momento.",
        "Voy a pasar tu caso a un ejecutivo; verá todo lo que platicamos.",
        "Un momento, te estoy canalizando con {team_es}. Eres el número {n} en la fila.",
    ],
    "mix": ["Te transfiero con un agent, one moment please.", "I'm passing you to {team}, no cierres el chat."],
}

INTRO: Bank = {
    "en": [
        "Hi {first}, this is {agent} with {bank} {team}. I've read your conversation with {bot}, thanks for your patience.",
        "Hello {first}! {agent} here. I'll be taking care of you today.",
        "Hi, my name is {agent}. I see you're having trouble with your card ending in {last4}. Let's get it sorted.",
        "Thanks for waiting, {first}. I'm {agent} from {team}.",
    ],
    "es": [
        "Hola {first}, le atiende {agent} del área de {team_es}. Ya leí su conversación con {bot}.",
        "¡Hola {first}! Soy {agent}, con gusto le ayudo.",
        "Buen día, mi nombre es {agent}. Veo que tiene un problema con su tarjeta terminación {last4}, vamos a revisarlo.",
        "Gracias por esperar, {first}. Soy {agent} de {team_es}.",
    ],
    "mix": ["Hola {first}! I'm {agent}, ya vi tu chat con {bot}.", "Hi {first}, soy {agent} de {team}. Vamos a revisarlo."],
}

# Legitimate verification: what an agent may ask for, and how customers answer.
VERIFY_ITEMS: tuple[tuple[str, float], ...] = (("last4", 6), ("zip", 4), ("dob", 5), ("email", 3), ("phone", 3), ("address", 2), ("exp", 2), ("name", 2), ("ssn4", 2), ("curp", 1))
VERIFY_ASK: dict[str, Bank] = {
    "last4": {
        "en": ["Can you confirm the last four digits of your card?", "What are the last 4 digits of the card in question?", "Which card is it — the one ending in {last4}, or another one?", "Just the last four of the card, please. Never the full number."],
        "es": ["¿Me confirma los últimos 4 dígitos de su tarjeta?", "¿Cuáles son los últimos cuatro números de la tarjeta?", "¿Es la tarjeta con terminación {last4}?", "Solo los últimos 4 dígitos, por favor; nunca el número completo."],
        "mix": ["Me confirmas los last 4 de tu card?", "Cuáles son los últimos 4 digits de la tarjeta?"],
    },
    "zip": {
        "en": ["What's the billing ZIP code on the account?", "Can you confirm your ZIP code?", "Please verify the 5-digit ZIP on file."],
        "es": ["¿Cuál es el código postal registrado?", "¿Me confirma su código postal?", "¿Me regala el código postal de su domicilio?"],
        "mix": ["Cuál es tu billing ZIP code?", "me confirmas el código postal?"],
    },
    "dob": {
        "en": ["Please confirm your date of birth.", "What's your date of birth?", "Can I get your DOB to verify the account?"],
        "es": ["¿Me confirma su fecha de nacimiento?", "¿Cuál es su fecha de nacimiento?", "Para validar, ¿me da su fecha de nacimiento?"],
        "mix": ["Me confirmas tu date of birth?", "Cuál es tu fecha de nacimiento?"],
    },
    "email": {
        "en": ["What email address is on file?", "Can you confirm the email on your account?"],
        "es": ["¿Qué correo tiene registrado?", "¿Me confirma el correo electrónico de la cuenta?"],
        "mix": ["Qué email tienes registrado?"],
    },
    "phone": {
        "en": ["Can you verify the phone number on the account?", "What's the best phone number to reach you?"],
        "es": ["¿Me confirma el número de celular de la cuenta?", "¿A qué número le podemos llamar?"],
        "mix": ["Me confirmas el phone number de la cuenta?"],
    },
    "address": {
        "en": ["What's the street address we have for you?", "Can you confirm your mailing address?"],
        "es": ["¿Cuál es su domicilio registrado?", "¿Me confirma la dirección a donde enviamos la tarjeta?"],
        "mix": ["Cuál es tu address registrado?"],
    },
    "exp": {
        "en": ["What's the expiration date on the card? Just month and year.", "Can you read me the expiration date on the front?", "And the expiry date, MM/YY?"],
        "es": ["¿Me indica la fecha de vencimiento de la tarjeta? Solo mes y año.", "¿Cuál es la fecha de expiración de la tarjeta?", "¿Qué fecha de vencimiento trae el plástico?"],
        "mix": ["Cuál es el expiration date de la card? Solo mes y año."],
    },
    "name": {
        "en": ["Can I get your full name as it appears on the card?", "Who am I speaking with, please? Full name."],
        "es": ["¿Me confirma su nombre completo tal como aparece en la tarjeta?", "¿Con quién tengo el gusto? Nombre completo, por favor."],
        "mix": ["Me das tu full name como aparece en la card?"],
    },
    "ssn4": {
        "en": ["What are the last 4 of your SSN?", "Please confirm the last four digits of your Social Security number."],
        "es": ["¿Me da los últimos 4 dígitos de su Seguro Social?", "¿Cuáles son los últimos cuatro del Social?"],
        "mix": ["Me das los last 4 de tu social?"],
    },
    "curp": {
        "en": ["Can you confirm your CURP?"],
        "es": ["¿Me confirma su CURP?", "¿Me puede dar su RFC con homoclave?"],
        "mix": ["Me confirmas tu CURP?"],
    },
}
VERIFY_ANSWER: dict[str, Bank] = {
    "last4": {
        "en": ["{last4}", "ends in {last4}", "last 4 are {last4}", "it's the one ending {last4}", "{last4}, the debit one"],
        "es": ["{last4}", "termina en {last4}", "la terminación es {last4}", "es la que termina en {last4}", "los últimos son {last4}"],
        "mix": ["{last4}", "ending {last4}", "la que termina en {last4}"],
    },
    "zip": {
        "en": ["{zip}", "zip is {zip}", "it's {zip}"],
        "es": ["{zip}", "el código postal es {zip}", "C.P. {zip}", "es el {zip}"],
        "mix": ["{zip}", "el zip es {zip}"],
    },
    "dob": {
        "en": ["{dob}", "born {dob}", "it's {dob}"],
        "es": ["{dob}", "nací el {dob}", "es {dob}"],
        "mix": ["{dob}", "nací el {dob}"],
    },
    "email": {
        "en": ["{email}", "it's {email}"],
        "es": ["{email}", "es {email}"],
        "mix": ["{email}"],
    },
    "phone": {
        "en": ["{phone}", "same number, {phone}"],
        "es": ["{phone}", "es el {phone}"],
        "mix": ["{phone}"],
    },
    "address": {
        "en": ["{address}", "it's {address}"],
        "es": ["{address}", "vivo en {address}"],
        "mix": ["{address}"],
    },
    "exp": {
        "en": ["{exp}", "expires {exp}", "exp {exp}"],
        "es": ["{exp}", "vence {exp}", "la fecha es {exp}"],
        "mix": ["{exp}", "vence {exp}"],
    },
    "name": {"en": ["{name}", "it's {name}"], "es": ["{name}", "soy {name}"], "mix": ["{name}"]},
    "ssn4": {
        "en": ["{ssn4}", "last four are {ssn4}"],
        "es": ["{ssn4}", "los últimos 4 son {ssn4}"],
        "mix": ["{ssn4}"],
    },
    "curp": {
        "en": ["{curp}"],
        "es": ["{curp}", "mi CURP es {curp}", "RFC {rfc}"],
        "mix": ["{curp}"],
    },
}
VERIFY_OK: Bank = {
    "en": ["Thank you, that matches.", "Perfect, you're verified.", "Great, thanks. I can see your account now.", "Got it, thank you {first}."],
    "es": ["Gracias, coincide.", "Perfecto, quedó validado.", "Muy bien, ya tengo su cuenta en pantalla.", "Gracias, {first}."],
    "mix": ["Perfect, ya quedó verificado.", "Thanks, coincide."],
}
# An agent who says what not to send, and asks only for what may be asked (the item it names).
LEGIT_NEGATED: dict[str, Bank] = {
    "last4": {
        "en": ["I don't need your full card number, just the last four digits.", "Please don't type the whole card. The last 4 is all I need."],
        "es": ["No necesito el número completo de su tarjeta, solo los últimos cuatro dígitos.", "No escriba la tarjeta completa; con los últimos 4 me basta."],
        "mix": ["No necesito tu full card number, just los last 4."],
    },
    "ssn4": {
        "en": ["Please don't send the full SSN — the last 4 is enough.", "I never need your whole social, only the last four digits."],
        "es": ["No me envíe el Seguro Social completo; con los últimos 4 es suficiente.", "Nunca necesito su Social completo, solo los últimos cuatro."],
        "mix": ["No mandes el SSN completo, solo los last 4."],
    },
    "dob": {
        "en": ["No need for your PIN or any code; just confirm your date of birth.", "I won't ask for passwords or codes. Your date of birth will do."],
        "es": ["No necesito su NIP ni ningún código; solo confírmeme su fecha de nacimiento.", "No le voy a pedir contraseñas ni códigos; con su fecha de nacimiento basta."],
        "mix": ["No me mandes el code, solo confirma tu date of birth."],
    },
    "zip": {
        "en": ["You don't have to share the code we text you. I only need the billing ZIP.", "Keep your PIN to yourself; I just need your ZIP code."],
        "es": ["No tiene que compartir el código que le llega por SMS. Solo necesito su código postal.", "Su NIP guárdeselo; solo necesito su código postal."],
        "mix": ["No compartas el code del SMS, solo necesito tu ZIP code."],
    },
    "exp": {
        "en": [
            "I won't need the CVV or the card number — only the expiration date, to find the right card."
        ],
        "es": [
            "No ocupo el CVV ni el número de la tarjeta, solo la fecha de vencimiento para ubicarla."
        ],
        "mix": ["No necesito el CVV ni el card number, solo el expiration date."],
    },
}

WHAT_EN = {
    CC: "full card number",
    CVV: "security code",
    SSN: "full Social Security number",
    OTP: "verification codes",
    PW: "password",
    PIN: "PIN",
}
WHAT_ES = {
    CC: "número completo de tarjeta",
    CVV: "código de seguridad (CVV)",
    SSN: "número de Seguro Social completo",
    OTP: "códigos de verificación",
    PW: "contraseña",
    PIN: "NIP",
}

WARNING: Bank = {
    "en": [
        "Please don't share your {WHAT} in the chat — I've hidden it for your security. We'll never need it.",
        "Thanks, but I don't need that. For your safety, never send your {WHAT} to anyone, including {bank}.",
        "Heads up: sharing your {WHAT} here isn't safe. I've removed it from the conversation.",
        "I have to stop you there, {first}: we never ask for your {WHAT}. If you think someone has it, change it in the app.",
    ],
    "es": [
        "Por favor no comparta su {WHAT} por este medio; ya lo ocultamos por seguridad.",
        "Gracias, pero no necesitamos esa información. Nunca compartas tu {WHAT} con nadie, ni con {bank}.",
        "Ojo: no es seguro mandar tu {WHAT} por aquí. Ya lo quité de la conversación.",
        "{first}, nosotros nunca pedimos su {WHAT}. Si cree que alguien más lo tiene, cámbielo desde la app.",
    ],
    "mix": ["Porfa no compartas tu {WHAT} en el chat, ya lo ocultamos for your security.", "Heads up: no mandes tu {WHAT} aquí, nunca lo vamos a pedir."],
}
# Said before a customer volunteers a value anyway.
REFUSE_BOT: Bank = {
    "en": [
        "For your security, I can't accept card numbers, codes or passwords in this chat. Please don't type them here.",
        "I'm not able to take your {WHAT} here — and no one at {bank} will ever ask for it.",
        "Please don't send me your {WHAT}. I can help without it.",
    ],
    "es": [
        "Por tu seguridad, no puedo recibir números de tarjeta, códigos ni contraseñas en este chat. No los escribas aquí.",
        "No puedo recibir tu {WHAT} por aquí, y nadie de {bank} te lo va a pedir.",
        "Por favor no me mandes tu {WHAT}. Te puedo ayudar sin eso.",
    ],
    "mix": ["Por security no puedo recibir tu {WHAT} aquí, please no lo escribas.", "I can't take tu {WHAT} en el chat."],
}
THANKS_HOLD: Bank = {
    "en": ["Thank you, one moment please.", "Ok, give me a second to check.", "Thanks. Let me look into this.", "Alright, checking now..."],
    "es": ["Gracias, un momento por favor.", "Permítame un segundo, reviso.", "Gracias, déjeme verificar.", "Ok, estoy revisando..."],
    "mix": ["Thanks, dame un momento.", "Ok, let me check..."],
}
SCRIPTED: Bank = {
    "en": [
        "Reminder: {bank} will never ask for your PIN, password, or the codes we send you.",
        "You can reset your PIN from Card > Settings > Change PIN. It must be 4 to 6 digits.",
        "We'll send a one-time code to the phone ending in {phone4}. Enter it in the app, not in this chat.",
        "If you typed a card number or code here by mistake, we automatically hide it.",
        "Your CVV is on the back of the card; for virtual cards you'll find it in the app under Card details.",
        "To reset your password, tap 'Forgot password' on the login screen.",
        "Please don't share your full card number or Social Security number in chat.",
        "Tip: turn on Face ID login so you don't have to type your password every time.",
        "A code may arrive by text in the next minute. That code is only for the app, so keep it to yourself.",
    ],
    "es": [
        "Recuerda: {bank} nunca te pedirá tu NIP, contraseña ni códigos de verificación.",
        "Puedes cambiar tu NIP desde la app en Tarjeta > Configuración. Debe tener de 4 a 6 dígitos.",
        "Te enviaremos un código al celular terminación {phone4}; ingrésalo en la app, no lo escribas aquí.",
        "Por tu seguridad, no compartas el número completo de tu tarjeta en este chat.",
        "El CVV de tu tarjeta digital lo encuentras en la app, en Detalles de la tarjeta.",
        "Si olvidaste tu contraseña, toca '¿Olvidaste tu contraseña?' en la pantalla de inicio.",
        "Si por error escribes un número de tarjeta o un código, lo ocultamos automáticamente.",
        "Tip: activa el acceso con huella para no escribir tu contraseña cada vez.",
        "En un momento te llega un código por SMS; es solo para la app, no se lo des a nadie.",
    ],
    "mix": ["Reminder: {bank} nunca te va a pedir tu PIN, password o codes.", "Te mandamos un code al phone ending {phone4}; ponlo en la app, not here.", "Puedes cambiar tu PIN en Card > Settings, debe ser de 4 a 6 digits."],
}
RESOLVE_GENERIC: Bank = {
    "en": ["I've documented everything under case {case}. You'll get an email at {email} with the details.", "That's taken care of. Your reference number is {ref}."],
    "es": ["Quedó todo registrado con el folio {folio}. Le llegará un correo a {email} con los detalles.", "Listo, ya quedó. Su número de referencia es {ref}."],
    "mix": ["Todo quedó documentado en el case {case}. Te llega un email a {email}."],
}
CLOSING_AGENT: Bank = {
    "en": ["Is there anything else I can help you with today?", "Thanks for banking with {bank}, {first}! Have a great day.", "Anything else? If not, I'll close the chat. Take care!"],
    "es": ["¿Hay algo más en lo que le pueda apoyar?", "Gracias por su paciencia, {first}. Que tenga excelente día.", "¿Algo más? Si no, cierro el chat. ¡Cuídese!"],
    "mix": ["Anything else? Si no, cierro el chat. Bye!", "Gracias {first}, have a great day!"],
}
CLOSING_CUSTOMER: Bank = {
    "en": ["no that's all, thanks", "That's it. Thank you!!", "ok bye", "thanks for the help 🙏", "nope, all good", "Thanks. Honestly took too long but ok."],
    "es": ["eso es todo, gracias", "No, es todo. ¡Gracias!", "ok gracias, bye", "muchas gracias por la ayuda 🙏", "nada más, gracias"],
    "es_MX": ["sale, muchas gracias", "va, gracias joven", "ándale pues, gracias"],
    "es_CO": ["listo, muchas gracias, muy amable", "de una, gracias"],
    "es_PR": ["perfecto, gracias mil", "wepa, gracias"],
    "mix": ["ok thanks, bye", "es todo, thank you!", "perfecto, gracias!!"],
}
SURVEY: Bank = {
    "en": ["How did I do? Rate this chat from 1 to 5.", "Before you go: how likely are you to recommend {bank} (0-10)?"],
    "es": ["¿Cómo te atendí? Califica este chat del 1 al 5 ⭐", "Antes de irte, ¿qué tan probable es que recomiendes {bank} del 0 al 10?"],
    "mix": ["Rate this chat del 1 al 5 ⭐"],
}
SURVEY_ANSWER = ("5", "4", "3", "10", "5 ⭐", "1", "9", "5!!")
CHATTER: Bank = {
    "en": [
        "ok", "one sec", "hold on, let me find my card", "k", "yes", "yeah that's right", "thank you!!",
        "ugh fine", "sorry, the app closed on me", "my kid grabbed the phone lol",
        "I'm driving, give me a minute", "ok I'm here", "wait", "hello?", "still there?",
    ],
    "es": ["ok", "sí", "gracias", "un momento", "déjeme buscar la tarjeta", "ya", "perdón, se me cerró la app", "estoy manejando, ahorita", "aquí sigo", "¿hola?", "espere tantito"],
    "es_MX": ["sale", "va", "ándale", "¿mande?", "órale", "ahorita le digo"],
    "es_CO": ["de una", "listo", "ya mismo", "regáleme un momentico"],
    "es_PR": ["ok perfecto", "dame un chin", "ya"],
    "mix": ["ok perfecto", "sí, that's right", "one sec, déjame ver", "ya, done", "wait, un momento", "ok cool"],
}
CHATTER_RICH: Bank = {
    "en": [
        "the receipt has TC# {tc} at the bottom",
        "barcode number on the receipt: {barcode}",
        "my old card was {masked}",
        "the confirmation number they gave me was {conf}",
        "I opened ticket {case} last week about this too",
        "the order number is {order}",
        "btw the charge was {amount} on {date}",
        "the app is on version {version} if that matters",
        "my number is still {phone}",
        "I also got an email from {email} confirming something?",
        "I paid {amount2} at {merchant} this morning and that one went through",
    ],
    "es": [
        "el ticket trae TC# {tc}",
        "el código de barras del recibo dice {barcode}",
        "mi tarjeta anterior era la {masked}",
        "el número de confirmación fue {conf}",
        "la guía de Estafeta es {estafeta}",
        "el número de pedido es {order}",
        "por cierto el cargo fue de {amount} el {date}",
        "tengo la versión {version} de la app",
        "mi número sigue siendo el {phone}",
        "hoy en la mañana pagué {amount2} en {merchant} y ese sí pasó",
    ],
    "mix": ["btw el charge fue de {amount} on {date}", "mi phone sigue siendo {phone}", "hoy pagué {amount2} en {merchant} y ese sí pasó"],
}
AGENT_WAIT: Bank = {
    "en": ["No problem, take your time.", "Sure, I'll wait.", "No rush.", "Take your time, I'm here."],
    "es": ["Sin problema, aquí espero.", "Claro, tómese su tiempo.", "No se preocupe, aquí sigo."],
    "mix": ["No problem, aquí espero.", "Take your time."],
}
CUSTOMER_REFUSE: Bank = {
    "en": ["I'm not comfortable sharing that.", "Nope, the app literally says never share that.", "Why do you need that? The bank never asks for it.", "I'll pass. Can you verify me another way?", "Hmm no. {bot} just told me you'd never ask for that."],
    "es": ["No, eso no lo comparto.", "¿Para qué lo quiere? El banco nunca pide eso.", "Prefiero no darlo, ¿hay otra forma?", "Mmm no, el bot me acaba de decir que nunca me lo iban a pedir.", "No señor, eso no se da."],
    "mix": ["nah, no voy a dar eso", "why necesitas eso? el bank nunca lo pide", "prefiero que no, is there another way?"],
}
AGENT_BACKOFF: Bank = {
    "en": ["You're right, sorry about that — let's verify with your date of birth instead.", "My apologies, you should never share that. Let's use the last four of your card."],
    "es": ["Tiene razón, disculpe. Validemos mejor con su fecha de nacimiento.", "Una disculpa, eso no se debe compartir. Usemos los últimos 4 de su tarjeta."],
    "mix": ["You're right, sorry. Mejor confirma tu date of birth."],
}
# fmt: on


# --------------------------------------------------------------------------------------
# Forbidden asks: what an agent, the assistant or a phisher must not ask for
# --------------------------------------------------------------------------------------

# fmt: off
ASK_NP: dict[str, Bank] = {
    CC: {
        "en": [
            "your full card number", "the full 16-digit number on your card", "the complete card number",
            "the long number on the front of the card", "all the digits of your card",
            "the number across the front of your card", "your debit card number",
            "the whole number on the card", "the card number, all of it",
        ],
        "es": [
            "el número completo de tu tarjeta", "los 16 dígitos de la tarjeta",
            "el número de la tarjeta completo", "el número largo que viene al frente de la tarjeta",
            "todos los números de su tarjeta", "el número de su tarjeta de débito, completo",
            "los números del plástico", "el número de tarjeta a 16 dígitos",
        ],
        "mix": ["el full card number", "el número completo de la card", "los 16 digits de tu tarjeta", "el card number completo"],
    },
    CVV: {
        "en": ["the CVV", "the 3-digit security code on the back", "the three numbers on the back of the card", "the CVC", "the security code from the back", "the code next to the signature strip", "the CVV2", "the card's security code"],
        "es": [
            "el CVV", "el código de seguridad", "los 3 números de atrás de la tarjeta",
            "el código de la parte de atrás", "los tres dígitos del reverso", "el CVV que viene atrás",
            "el código de 3 dígitos del reverso", "el código de seguridad de la tarjeta",
        ],
        "mix": ["el CVV de atrás", "el security code", "los 3 digits de atrás", "el code de la parte de atrás"],
    },
    SSN: {
        "en": ["your full Social Security number", "your SSN, all nine digits", "your complete social", "the full SSN", "your Social Security number (not just the last 4)", "your whole social"],
        "es": ["su número de Seguro Social completo", "los 9 dígitos de su Seguro Social", "tu social completo", "el número completo del Social Security", "su SSN completo"],
        "mix": ["tu full social", "el SSN completo", "tu social security number completo"],
    },
    OTP: {
        "en": [
            "the 6-digit code we just texted you", "the verification code we sent", "the one-time passcode",
            "the code that came by text", "the security code from the SMS",
            "the code in the email we just sent", "the OTP", "the code showing in your app",
            "the login code we sent to your phone",
        ],
        "es": [
            "el código que te llegó por SMS", "el código de verificación",
            "el código de 6 dígitos que le enviamos", "la clave dinámica",
            "el token que te aparece en la app", "el código que le llegó por mensaje",
            "el código que te mandamos al correo", "el código de un solo uso",
        ],
        "mix": ["el code que te llegó por text", "el OTP que te mandamos", "el verification code del SMS", "el código que te llegó al cel"],
    },
    PW: {
        "en": ["your password", "your app password", "the password you use to log in", "your online banking password", "your login password"],
        "es": ["tu contraseña", "la contraseña de la app", "su contraseña de acceso", "la clave con la que entras a la app", "su contraseña de banca en línea"],
        "mix": ["tu password", "el password de la app", "tu contraseña del login"],
    },
    PIN: {
        "en": ["your PIN", "your card PIN", "the 4-digit PIN you use at ATMs", "your ATM PIN", "the PIN for the card", "your debit PIN"],
        "es": ["tu NIP", "el NIP de la tarjeta", "su PIN", "la clave de 4 dígitos del cajero", "el NIP que usas en el cajero", "la clave de tu tarjeta"],
        "mix": ["tu PIN del ATM", "el NIP de la card", "tu PIN number"],
    },
}
AMEX_CVV_NP: Bank = {
    "en": ["the 4-digit code printed on the front of your Amex", "the CID on the front of the card"],
    "es": ["el código de 4 dígitos del frente de su Amex", "el CID que viene al frente"],
    "mix": ["el CID de 4 digits del frente"],
}

ASK_FRAME: Bank = {
    "en": [
        "Can you please provide {ASK}?", "Please send me {ASK} so I can verify your identity.",
        "To continue I'll need {ASK}.", "I just need {ASK} and we're done.", "Could you type {ASK} here?",
        "For verification purposes, what is {ASK}?", "Go ahead and share {ASK} in the chat.",
        "Before I can unlock it, I need {ASK}.", "Kindly confirm {ASK}.", "Please reply with {ASK}.",
        "What's {ASK}?", "The system needs {ASK} to process this.", "The only thing missing is {ASK}.",
        "Ok, now I need you to give me {ASK}.",
    ],
    "es": [
        "¿Me puede proporcionar {ASK}?", "Necesito {ASK} para continuar.", "Compárteme {ASK}, por favor.",
        "Para validar tu identidad, envíame {ASK}.", "¿Me confirma {ASK}?",
        "Por favor escriba {ASK} aquí en el chat.", "¿Cuál es {ASK}?",
        "El sistema me pide {ASK} para continuar.", "Solo me falta {ASK}.",
        "Para poder desbloquearla necesito que me diga {ASK}.", "Me ayuda con {ASK}, por favor.",
    ],
    "es_MX": ["Ocupo {ASK} para desbloquearla.", "¿Me pasa {ASK}, porfa?"],
    "es_CO": ["Regáleme {ASK}, por favor.", "¿Me colabora con {ASK}?"],
    "es_PR": ["Necesito que me envíe {ASK}, por favor."],
    "mix": ["Ok, para hacer el unlock necesito {ASK}.", "Porfa mándame {ASK} y te lo resuelvo.", "Para verificar, can you send me {ASK}?", "Necesito {ASK} to continue.", "Dame {ASK} please.", "Solo me falta {ASK} and we're done."],
}
ASK_COMBO: Bank = {
    "en": ["Please confirm your {LEGIT} and {ASK}.", "I'll need your {LEGIT}, then {ASK}.", "Can you give me your {LEGIT} along with {ASK}?"],
    "es": ["Confírmeme su {LEGIT} y {ASK}, por favor.", "Necesito su {LEGIT} y también {ASK}.", "¿Me da su {LEGIT} junto con {ASK}?"],
    "mix": ["Confirma tu {LEGIT} y {ASK} please.", "Necesito tu {LEGIT} and {ASK}."],
}
COMBO_LEGIT: Bank = {
    "en": ["date of birth", "billing ZIP code", "full name", "email on file", "card's expiration date", "phone number"],
    "es": ["fecha de nacimiento", "código postal", "nombre completo", "correo registrado", "fecha de vencimiento", "número de celular"],
    "mix": ["date of birth", "ZIP code", "fecha de nacimiento", "full name"],
}
ASK_NEGATED: Bank = {
    "en": ["I don't need {NOT}, just {ASK}.", "No need for {NOT} — only {ASK}.", "Forget {NOT}; I only need {ASK}."],
    "es": ["No necesito {NOT}, solo {ASK}.", "No hace falta {NOT}, nada más {ASK}.", "Olvide {NOT}; solo necesito {ASK}."],
    "mix": ["No necesito {NOT}, just {ASK}.", "Forget {NOT}, solo {ASK}."],
}
ASK_INDIRECT: dict[str, Bank] = {
    CC: {
        "en": [
            "Can you read me the numbers on the front of the card, starting from the first one?",
            "What's the long number embossed on your card?",
            "Just read me what's printed across the front of the card, all of it.",
            "Grab your card and type out every number on the front for me.",
        ],
        "es": ["¿Me puede leer los números que vienen al frente de la tarjeta, todos?", "¿Qué números trae el plástico al frente?", "Léame el número grande de la tarjeta, de corrido.", "Tome su tarjeta y escríbame todos los números del frente."],
        "mix": ["Léeme los numbers del frente de la card, todos.", "Qué números trae la card al frente? All of them."],
    },
    CVV: {
        "en": [
            "So I can verify, what are the numbers on the back?",
            "Turn the card over — what are the three digits by the signature?",
            "What does it say on the back, next to the white strip?",
            "Flip your card; what's the little number in the box on the back?",
        ],
        "es": ["Para verificar, ¿qué números vienen atrás?", "Voltee la tarjeta, ¿qué tres numeritos trae junto a la firma?", "¿Qué dice en la parte de atrás, al lado de la banda?", "Dele la vuelta a la tarjeta, ¿qué número trae en el recuadro de atrás?"],
        "mix": ["Voltea la card, qué numbers vienen atrás?", "So I can verify, qué dice atrás de la tarjeta?"],
    },
    SSN: {
        "en": ["And your social? I need the whole thing this time, not the last four.", "What's the number on your Social Security card?", "Grab your Social Security card and read me the number on it."],
        "es": ["¿Y su seguro social? Esta vez lo necesito completo, no solo los últimos cuatro.", "¿Qué número trae su tarjeta del Seguro Social?", "Tome su tarjeta del Social Security y léame el número."],
        "mix": ["Y tu social? Lo necesito complete, no solo los last 4."],
    },
    OTP: {
        "en": ["Did the text come in? Read me the numbers.", "You should have just gotten a message from us — what does it say?", "What code is showing in the app right now?", "Check your email, there's a code there; what is it?"],
        "es": ["¿Ya le llegó el mensaje? Léame los números.", "Le acaba de llegar un SMS de nosotros, ¿qué dice?", "¿Qué código le aparece ahorita en la app?", "Revise su correo, le llegó un código, ¿cuál es?"],
        "mix": ["Ya te llegó el text? Dime los numbers.", "Check tu email, te llegó un code, cuál es?"],
    },
    PW: {
        "en": ["What do you type when you log in to the app?", "Which password are you entering? Type it here exactly so I can compare.", "Tell me what you use to sign in and I'll check if it matches."],
        "es": ["¿Con qué clave entras a la app?", "¿Qué contraseña está poniendo? Escríbala aquí tal cual para compararla.", "Dígame con qué entra a la aplicación y reviso si coincide."],
        "mix": ["Qué password estás poniendo? Escríbelo aquí para compararlo."],
    },
    PIN: {
        "en": ["What 4 numbers do you punch in at the ATM?", "Which PIN are you trying at the machine? Type it here and I'll check it.", "What's the number you enter at the register when you pay with debit?"],
        "es": ["¿Qué número marca en el cajero?", "¿Con qué clave saca dinero del cajero?", "¿Qué NIP está intentando en el cajero? Escríbalo y lo reviso."],
        "mix": ["Qué número marcas en el ATM? Escríbelo y lo checo."],
    },
}
EMBED_PRE: Bank = {
    "en": [
        "Thanks for waiting, {first}. I see the charge of {amount} from {merchant} on {date}.",
        "I've reviewed your account and everything else looks normal.",
        "Ok, I pulled up transfer {txid} for {amount}.",
        "I can see card {masked} was frozen by our system at {time}.",
        "Good news, I found the transaction.",
    ],
    "es": [
        "Gracias por esperar, {first}. Veo el cargo de {amount} de {merchant} del {date}.",
        "Ya revisé su cuenta y lo demás se ve normal.",
        "Bien, ya tengo en pantalla el envío {txid} por {amount}.",
        "Veo que la tarjeta {masked} la bloqueó el sistema a las {time}.",
        "Buenas noticias, ya encontré el movimiento.",
    ],
    "mix": ["Thanks por esperar. Veo el charge de {amount} de {merchant}.", "Ok, ya revisé tu account y todo se ve normal."],
}
EMBED_POST: Bank = {
    "en": ["After that the dispute takes {days} business days.", "Once I have it I'll unfreeze the card right away.", "Your case number will be {case}.", "Then you're all set for the {amount} refund."],
    "es": ["Después de eso la aclaración tarda {days} días hábiles.", "En cuanto lo tenga le desbloqueo la tarjeta.", "Su folio será el {folio}.", "Con eso queda lista la devolución de {amount}."],
    "mix": ["After that, la disputa tarda {days} días.", "Con eso te desbloqueo la card."],
}
PUSHY: Bank = {
    "en": [
        "I still need {ASK} to finish — it's just a formality.",
        "Hello? I need {ASK} right now or the charge will go through.",
        "Without {ASK} I can't stop the transaction. Please hurry.",
        "I've asked twice. Please send {ASK}.",
        "Last step, I promise: {ASK}.",
        "It's totally safe, this chat is encrypted. Just send {ASK}.",
    ],
    "es": [
        "¿Sigue ahí? Necesito {ASK} para terminar.", "Si no me da {ASK}, el cargo se va a aplicar.",
        "Ándele, es solo un requisito, páseme {ASK}.", "Ya casi terminamos, nada más me falta {ASK}.",
        "Le insisto, sin {ASK} no puedo cancelar el cargo.",
        "No se preocupe, este chat es seguro. Mándeme {ASK}.",
    ],
    "mix": ["Hello? Necesito {ASK} ya, please.", "Solo me falta {ASK} and we're done.", "Trust me, es seguro. Send me {ASK}."],
}
PHISH: Bank = {
    "en": [
        "This is the {bank} Fraud Prevention Team. We blocked a charge of {amount} at {merchant}. To cancel it and keep your account active, reply with {ASK}.",
        "URGENT from {bank} Security: your account will be suspended in {mins} minutes. Verify now by sending {ASK}.",
        "Hi {first}, {agent2} from {bank} here 👋 we noticed suspicious activity. To protect your money I need {ASK}.",
        "Your card ending {last4} was used in {city}. If this wasn't you, confirm {ASK} so we can reverse it.",
        "{bank} Verification Dept: due to a system update all customers must re-confirm {ASK}. Failure to do so will result in a hold.",
    ],
    "es": [
        "Le escribimos del área de seguridad de {bank}. Detectamos un cargo de {amount} en {merchant}. Para cancelarlo necesito {ASK}.",
        "AVISO {bank}: su cuenta será bloqueada en {mins} minutos. Para evitarlo envíe {ASK}.",
        "Soy {agent2} de {bank}, su tarjeta fue clonada. Para reponerla confirme {ASK}.",
        "Hola {first}, te escribo de {bank}. Vimos un intento de compra de {amount} en {merchant}. Si no fuiste tú, mándame {ASK} y lo cancelamos.",
        "Departamento de validación {bank}: por actualización del sistema todos los clientes deben confirmar {ASK}.",
    ],
    "mix": ["Hola {first}, soy de {bank} Security. Detectamos un charge de {amount}, para cancelarlo necesito {ASK}.", "URGENT: tu cuenta {bank} será suspendida. Manda {ASK} para verificar."],
}
BOT_ASK: Bank = {
    "en": ["To unlock your card, please type {ASK} below.", "I can help with that! First, enter {ASK} so I can verify it's you.", "Great. Now type {ASK} to continue.", "Verification required: please reply with {ASK}."],
    "es": ["Para desbloquear tu tarjeta, escribe {ASK} aquí abajo.", "¡Con gusto! Primero escribe {ASK} para validar que eres tú.", "Perfecto. Ahora escribe {ASK} para continuar.", "Se requiere verificación: responde con {ASK}."],
    "mix": ["Para hacer el unlock, escribe {ASK} aquí.", "Great! Ahora escribe {ASK} para continuar."],
}
ASK_REPEAT: Bank = {
    "en": ["Sorry, I think a digit is missing. Can you send {ASK} again?", "That didn't come through right, please retype {ASK}.", "Can you repeat {ASK}? The chat cut it off."],
    "es": ["Disculpe, creo que le faltó un número. ¿Me repite {ASK}?", "No me llegó completo, ¿me vuelve a escribir {ASK}?"],
    "mix": ["Sorry, me faltó un digit, me repites {ASK}?"],
}
ASK_MORE_CARD: Bank = {
    "en": ["Ok, and the rest of the number?", "Got it. Keep going with the next digits.", "And the remaining digits of the card?"],
    "es": ["Ok, ¿y los demás números?", "Va, sígame dando los siguientes dígitos.", "¿Y el resto de la tarjeta?"],
    "mix": ["Ok, y el resto del number?", "Got it, sigue con los next digits."],
}
LIST_INTRO: Bank = {
    "en": ["To verify your identity I'll need the following:", "I'll need:", "Please send me:", "Before I can release the card I need a few things:", "OK, to process the dispute send me"],
    "es": ["Para validar su identidad necesito lo siguiente:", "Necesito:", "Por favor envíeme:", "Para continuar, compárteme:", "Para procesar la aclaración mándeme"],
    "mix": ["Para verificar, I'll need:", "Please send me lo siguiente:"],
}
LIST_LEGIT: dict[str, Bank] = {
    "name": {"en": ["your full name"], "es": ["su nombre completo"], "mix": ["tu full name"]},
    "dob": {
        "en": ["your date of birth"],
        "es": ["su fecha de nacimiento"],
        "mix": ["tu date of birth"],
    },
    "zip": {"en": ["the billing ZIP code"], "es": ["su código postal"], "mix": ["el ZIP code"]},
    "last4": {
        "en": ["the last 4 digits of the card"],
        "es": ["los últimos 4 dígitos de la tarjeta"],
        "mix": ["los last 4 de la card"],
    },
    "exp": {
        "en": ["the expiration date"],
        "es": ["la fecha de vencimiento"],
        "mix": ["el expiration date"],
    },
    "email": {"en": ["the email on file"], "es": ["el correo registrado"], "mix": ["tu email"]},
}
LIST_LEGIT_KEYS = ("name", "dob", "zip", "last4", "exp", "email")
SLOT_FOR = {CC: "card", CVV: "cvv", SSN: "ssn", OTP: "otp", PW: "pw", PIN: "pin"}
# fmt: on


def np_for(ctx: Ctx, typ: str, lg: str) -> str:
    if typ == CVV and ctx.brand == "amex" and ctx.rng.random() < 0.5:
        return pick(ctx, AMEX_CVV_NP, lg)
    return pick(ctx, ASK_NP[typ], lg)


def join_words(items: Sequence[str], lg: str, rng: Random) -> str:
    if len(items) == 1:
        return items[0]
    conj = " and " if lg == "en" else " y " if lg == "es" else rng.choice((" and ", " y "))
    return ", ".join(items[:-1]) + conj + items[-1]


def ask(ctx: Ctx, types: Sequence[str], who: str = "agent", style: str | None = None) -> Message:
    """An agent line asking for the forbidden `types` (requested is exactly those types)."""
    rng = ctx.rng
    lg = lang_of(ctx)
    types = list(types)
    phrase = join_words([np_for(ctx, t, lg) for t in types], lg, rng)
    if who == "phisher":
        return emit(
            ctx, "agent", sub(pick(ctx, PHISH, lg), ASK=phrase), "ask_phisher", requested=types
        )
    if who == "bot":
        return emit(
            ctx, "agent", sub(pick(ctx, BOT_ASK, lg), ASK=phrase), "ask_bot", requested=types
        )
    if style is None:
        style = wpick(
            rng, (("direct", 30), ("embedded", 14), ("indirect", 14), ("combo", 10), ("negated", 7))
        )
    if style in ("indirect", "negated") and len(types) != 1:
        style = "direct"
    if style == "indirect":
        tpl = pick(ctx, ASK_INDIRECT[types[0]], lg)
    elif style == "negated":
        others = [
            t
            for t in (CC, CVV, SSN, OTP, PW, PIN)
            if t != types[0] and not (t == SSN and ctx.region in ("MX",))
        ]
        tpl = sub(pick(ctx, ASK_NEGATED, lg), NOT=np_for(ctx, rng.choice(others), lg), ASK=phrase)
    elif style == "combo":
        tpl = sub(pick(ctx, ASK_COMBO, lg), LEGIT=pick(ctx, COMBO_LEGIT, lg), ASK=phrase)
    elif style == "embedded":
        frame = sub(pick(ctx, ASK_FRAME, lg), ASK=phrase)
        tpl = f"{pick(ctx, EMBED_PRE, lg)} {frame} {pick(ctx, EMBED_POST, lg)}"
        if rng.random() < 0.3:
            tpl = tpl.replace(". ", ".\n", 1)
    elif style == "pushy":
        tpl = sub(pick(ctx, PUSHY, lg), ASK=phrase)
    elif style == "repeat":
        tpl = sub(pick(ctx, ASK_REPEAT, lg), ASK=phrase)
    else:
        tpl = sub(pick(ctx, ASK_FRAME, lg), ASK=phrase)
    return emit(ctx, "agent", tpl, f"ask_{style}", requested=types)


def ask_list(ctx: Ctx, types: Sequence[str], who: str = "agent") -> list[str]:
    """A numbered or bulleted ask mixing legitimate items with forbidden ones; returns the order."""
    rng = ctx.rng
    lg = lang_of(ctx)
    legit = rng.sample(LIST_LEGIT_KEYS, rng.randint(1, 3))
    keys: list[str] = list(legit) + list(types)
    rng.shuffle(keys)
    items = []
    for key in keys:
        text = np_for(ctx, key, lg) if key in TYPES else pick(ctx, LIST_LEGIT[key], lg)
        items.append(text)
    form = rng.randint(0, 4)
    if form == 0:
        body = "\n".join(f"{i + 1}) {cap(t)}" for i, t in enumerate(items))
    elif form == 1:
        body = "\n".join(f"- {cap(t)}" for t in items)
    elif form == 2:
        body = " ".join(f"{i + 1}) {t}" for i, t in enumerate(items))
    elif form == 3:
        body = ", ".join(f"{i + 1}. {t}" for i, t in enumerate(items))
    else:
        body = "\n".join(f"• {cap(t)}" for t in items)
    intro = pick(ctx, LIST_INTRO, lg)
    sep = "\n" if "\n" in body or rng.random() < 0.5 else " "
    tpl = f"{intro}{sep}{body}"
    if who == "phisher":
        tpl = f"{{bank}} {rng.choice(('Security', 'Seguridad', 'Fraud Dept'))}: " + tpl
    emit(
        ctx, "agent", tpl, "ask_list" if who != "phisher" else "ask_phisher", requested=list(types)
    )
    return keys


# --------------------------------------------------------------------------------------
# Customers giving secrets
# --------------------------------------------------------------------------------------

# fmt: off
GIVE_CUE: dict[str, Bank] = {
    CC: {
        "en": [
            "my card number is {card}", "card: {card}", "here's the card: {card}",
            "the card that got charged is {card}", "The full number is {card}, it's the {bank} debit one.",
            "{card} is the card, can you check if it's blocked?",
            "this is the one the app says is frozen: {card}", "number on the card → {card}", "Card # {card}",
            "my debit card {card}",
        ],
        "es": [
            "mi tarjeta es la {card}", "el número de la tarjeta es {card}", "es esta tarjeta: {card}",
            "tarjeta {card}, la de débito", "los números de mi tarjeta son {card}",
            "te paso el número de la tarjeta: {card}", "{card} esa es la tarjeta que me bloquearon",
            "No. de tarjeta {card}",
        ],
        "mix": ["mi card es {card}", "el card number es {card}", "ok here va la tarjeta: {card}", "la tarjeta es {card} pero it says declined", "my card # es {card}"],
    },
    CVV: {
        "en": ["the code on the back is {cvv}", "CVV {cvv}", "cvv is {cvv}", "the 3 numbers on the back say {cvv}", "security code: {cvv}", "the back says {cvv}", "CVC {cvv}"],
        "es": ["el código de atrás es {cvv}", "el código de la parte de atrás es {cvv}", "el cvv es {cvv}", "atrás dice {cvv}", "los 3 números de atrás son {cvv}", "código de seguridad {cvv}", "el código de seguridad de la tarjeta es {cvv}"],
        "mix": ["el cvv es {cvv}", "the code de atrás es {cvv}", "el security code es {cvv}", "atrás says {cvv}"],
    },
    SSN: {
        "en": ["my social is {ssn}", "SSN: {ssn}", "my ssn is {ssn}", "social security number {ssn}", "it's {ssn}, my social", "ssn {ssn}", "my Social Security # is {ssn}"],
        "es": ["mi seguro social es {ssn}", "mi número de seguro social es {ssn}", "el social es {ssn}", "mi SSN es {ssn}", "el número del Social Security es {ssn}"],
        "mix": ["mi social es {ssn}", "el SSN es {ssn}", "my social es {ssn}", "mi social security number es {ssn}"],
    },
    OTP: {
        "en": ["the code is {otp}", "code: {otp}", "I got {otp}", "the text says {otp}", "verification code {otp}", "they sent me {otp}", "here's the code {otp}", "the code you sent is {otp}"],
        "es": ["el código es {otp}", "me llegó el {otp}", "el código que me llegó es {otp}", "ya me llegó el código: {otp}", "el mensaje dice {otp}", "código {otp}", "la clave dinámica es {otp}"],
        "mix": ["el code es {otp}", "me llegó el code {otp}", "the code que me mandaron es {otp}", "el OTP es {otp}"],
    },
    PW: {
        "en": [
            "my password is {pw}",
            "password: {pw}",
            "pw is {pw}",
            "I use {pw} as my password",
            "the password I type is {pw} and it says incorrect",
            'my password is "{pw}"',
            "login {email} / password {pw}",
            "I reset my password yesterday to {pw} and it still won't let me in",
        ],
        "es": [
            "mi contraseña es {pw}",
            "mi contraseña de la app es {pw}",
            "la clave con la que entro a la app es {pw}",
            "contraseña: {pw}",
            "la contraseña es {pw}",
            "puse {pw} de contraseña",
            "mi usuario es {email} y la contraseña {pw}",
            "le cambié la contraseña a {pw} y sigue sin dejarme entrar",
        ],
        "mix": ["mi password es {pw}", "el password de la app es {pw}", "mi contraseña es {pw} pero it doesn't work", "my password es {pw}"],
    },
    PIN: {
        "en": ["my pin is {pin}", "PIN {pin}", "the PIN is {pin}", "I use {pin} as my PIN at the ATM", "pin number {pin}", "my debit pin: {pin}", "my ATM PIN has always been {pin}"],
        "es": ["mi nip es {pin}", "el NIP es {pin}", "la clave de mi tarjeta es {pin}", "mi NIP del cajero es {pin}", "el pin es {pin}", "la clave del cajero es {pin}", "mi NIP de siempre es {pin}"],
        "mix": ["mi PIN es {pin}", "el nip es {pin} btw", "my nip es {pin}", "el PIN del ATM es {pin}"],
    },
}
AMEX_GIVE: Bank = {
    "en": ["it's an Amex so the code is on the front: {cvv}", "the 4 little numbers on the front are {cvv}", "CID {cvv}"],
    "es": ["es Amex, el código de enfrente es {cvv}", "los 4 numeritos del frente son {cvv}", "el CID es {cvv}"],
    "mix": ["es Amex, el code del frente es {cvv}"],
}
GIVE_BARE: Bank = {
    "en": ["{V}", "ok {V}", "sure, {V}", "here you go: {V}", "{V} 👍", "it's {V}", "ok here: {V}", "{V} there you go", "fine. {V}"],
    "es": ["{V}", "es {V}", "ok {V}", "aquí está: {V}", "ahí va: {V}", "va, {V}", "{V} ✅", "claro, {V}"],
    "es_MX": ["sale: {V}", "órale, {V}"],
    "es_CO": ["listo, {V}", "de una: {V}"],
    "mix": ["{V}", "ok {V}", "aquí está: {V}", "here va: {V}", "ok, es {V}"],
}
HESITATE: Bank = {
    "en": ["is it safe to send that here?", "hmm the app says never to share that", "wait why do you need it?", "are you sure? {bot} said you'd never ask"],
    "es": ["¿es seguro mandarlo por aquí?", "mmm la app dice que no lo comparta", "¿y para qué lo necesita?", "¿seguro? el asistente me dijo que nunca lo piden"],
    "mix": ["is it safe mandarlo aquí?", "hmm la app dice never share eso", "why lo necesitas?"],
}
GIVE_PRE: Bank = {
    "en": ["ok so", "look,", "fine,", "alright,", "honestly I just want this fixed.", "I already told the bot but"],
    "es": ["bueno,", "mire,", "ok,", "a ver,", "ya le dije al bot pero", "nomás quiero que lo arreglen."],
    "mix": ["ok so", "bueno,", "look,"],
}
GIVE_POST: Bank = {
    "en": ["can you hurry?", "thanks", "please fix it", "is that enough?", "let me know if you need anything else"],
    "es": ["es urgente", "gracias", "porfa ayúdeme", "¿con eso?", "avíseme si necesita algo más"],
    "mix": ["please hurry", "gracias", "is that enough?"],
}
CARD_EXP_CVV: Bank = {
    "en": [
        "{card} exp {exp} cvv {cvv}",
        "card {card}, expires {exp}, security code {cvv}",
        "{card} {exp} {cvv}",
        "Card: {card}\nExp: {exp}\nCVV: {cvv}",
        "number {card} / exp {exp} / code on back {cvv}",
        "ok here's everything: {card} exp {exp}, the code on the back is {cvv}",
        "{card} | {exp} | {cvv}",
    ],
    "es": [
        "tarjeta {card} vence {exp} código {cvv}",
        "{card} venc. {exp} cvv {cvv}",
        "Número: {card}\nVencimiento: {exp}\nCódigo de seguridad: {cvv}",
        "la tarjeta es {card}, vence en {exp} y el código de atrás es {cvv}",
        "{card} {exp} {cvv}",
        "te paso todo: {card}, fecha {exp}, cvv {cvv}",
    ],
    "mix": ["card {card} vence {exp} cvv {cvv}", "{card}, exp {exp}, el code de atrás {cvv}", "aquí va todo: {card} exp {exp} security code {cvv}"],
}
CARD_NOTES: Bank = {
    "en": [
        "copied from my notes:\n{bank} debit\n{card}\nexp {exp}",
        "From my Notes app 👇\n---\n{bank} card: {card}\nexp {exp}\ncvv {cvv}\n---",
        "this is what I have saved: {card} ({bank}) exp {exp}",
        "pasting from my notes\n\nDEBIT {bank}\n{card}\n{exp}  {cvv}",
    ],
    "es": ["lo tengo en mis notas:\nTarjeta {bank}\n{card}\nvence {exp}", "Copio de mis notas 👇\n{bank} débito: {card}\nvto {exp}\ncódigo {cvv}", "así lo tengo guardado: {card} vence {exp}"],
    "mix": ["de mis notes:\n{bank} card {card}\nexp {exp}", "copy paste de mis notas: {card} exp {exp} cvv {cvv}"],
}
CARD_SCREENSHOT: Bank = {
    "en": [
        "[screenshot] it shows: Card number {card}, Valid thru {exp}",
        "I took a screenshot of the card details screen, it says {card} and expiry {exp}",
        "the 'Show card details' screen says: {card} / {exp} / CVV {cvv}",
        "can't attach the pic so I'll type it: {card} good thru {exp}",
    ],
    "es": [
        "[captura de pantalla] dice: Número de tarjeta {card}, Vence {exp}",
        "tomé captura de los datos de la tarjeta: {card} y vence {exp}",
        "en Ver datos sale: {card} / {exp} / CVV {cvv}",
        "no se puede mandar foto, se lo escribo: {card} válida hasta {exp}",
    ],
    "mix": ["no puedo mandar el screenshot, dice: {card} exp {exp}"],
}
CARD_VOICE: Bank = {
    "en": ["{FILL} my card number is {card}", "ok {FILL} it's {card}", "the number is {card} {FILL} I think that's right", "{card}"],
    "es": ["{FILL} el número de mi tarjeta es {card}", "ok {FILL} es el {card}", "la tarjeta es {card}, {FILL} creo que así es", "{card}"],
    "mix": ["{FILL} mi card number es {card}", "ok {FILL} es {card}"],
}
SMS_BODY: Bank = {
    "en": [
        "{bank}: Your verification code is {otp}. It expires in {mins} minutes. Never share this code — {bank} will never call or text to ask for it.",
        "{otp} is your {bank} login code. Don't share it with anyone.",
        "{bank}: Use code {otp} to confirm your purchase of {amount} at {merchant}. If you didn't request this, call {bank_phone}.",
        "<#> {bank}: {otp} is your one-time passcode. FA+9qCX9VSu",
        "Your {bank} security code: {otp}. Reply STOP to opt out.",
        "{bank} alert: a new device is signing in. Code {otp}. Not you? Lock your card in the app.",
    ],
    "es": [
        "{bank}: Tu código de verificación es {otp}. Vence en {mins} minutos. No lo compartas con nadie.",
        "{otp} es tu código de acceso de {bank}. Nadie de {bank} te lo pedirá.",
        "{bank} MX: Para confirmar tu compra por {amount} en {merchant} ingresa el código {otp}. Si no fuiste tú, llama al {bank_phone}.",
        "<#> {bank}: tu código es {otp} FA+9qCX9VSu",
        "{bank}: {otp} es tu clave dinámica para autorizar la transferencia de {amount}. No la compartas.",
        "{bank}: Alguien intenta entrar a tu cuenta desde un nuevo dispositivo. Código: {otp}.",
    ],
}
SMS_WRAP: Bank = {
    "en": ['I got this text:\n"{SMS}"\nis it legit?', "just got this >> {SMS}", "this is what it says: {SMS}", "copy paste of the text: {SMS}", "here's the message\n\n{SMS}", 'the text says "{SMS}" but I didn\'t buy anything'],
    "es": ["Me llegó esto: {SMS}", "copio el mensaje:\n{SMS}", 'me llegó este SMS "{SMS}" ¿es de ustedes?', "esto dice el mensaje 👇\n{SMS}", "ya me llegó: {SMS}"],
    "mix": ["me llegó este text: {SMS}", "copy paste del mensaje: {SMS}", "just got esto 👇\n{SMS}"],
}
EMAIL_BODY: Bank = {
    "en": [
        "From: {bank} <no-reply@{bankdomain}>\nSubject: Your one-time security code\n\nHi {first},\nUse {otp} to finish signing in. This code expires in {mins} minutes.\nIf you didn't try to sign in, reset your password in the app.",
        "Subject: Confirm your new device\n\nEnter this code in the {bank} app: {otp}\nThis code can only be used once.",
        "{bank} <security@{bankdomain}>\nYour verification code is\n\n{otp}\n\nDidn't request it? Contact us at {bank_phone}.",
    ],
    "es": ["De: {bank} <notificaciones@{bankdomain}>\nAsunto: Tu código de seguridad\n\nHola {first},\nTu código para iniciar sesión es: {otp}\nEste código vence en {mins} minutos. Si no fuiste tú, cambia tu contraseña desde la app.", "Asunto: Confirma tu nuevo dispositivo\n\nIngresa este código en la app de {bank}: {otp}\nSolo se puede usar una vez."],
}
EMAIL_WRAP: Bank = {
    "en": ["I got this email, is it real?\n\n{EMAIL}", "forwarding the email you sent:\n{EMAIL}", "the email says:\n{EMAIL}"],
    "es": ["Me llegó este correo, ¿es real?\n\n{EMAIL}", "reenvío el correo:\n{EMAIL}", "el correo dice:\n{EMAIL}"],
    "mix": ["me llegó este email, is it real?\n\n{EMAIL}"],
}
OTP_SCREEN: Bank = {
    "en": [
        "the screen says code {otp}", "the app shows a box with {otp} and a timer",
        "my screen says 'Your code: {otp}' and then it went away", "on my lock screen it shows {otp}",
        "the notification preview says {otp} is your code", "it popped up on my watch: {otp}",
    ],
    "es": ["en la pantalla sale {otp}", "la app me muestra el código {otp} con un contador", "en la notificación dice que mi código es {otp}", "la pantalla dice 'Código: {otp}'", "me salió en el reloj: {otp}"],
    "mix": ["the screen dice {otp}", "en la notification sale el code {otp}"],
}
OTP_VOICE: Bank = {
    "en": ["{FILL} the code is {otp}", "ok {FILL} it says {otp}", "the code, {FILL}, {otp}", "{FILL} yeah I got it, {otp}"],
    "es": ["{FILL} el código es {otp}", "{FILL}, me llegó el {otp}", "a ver, {FILL}, dice {otp}", "ya me llegó, {FILL}, {otp}"],
    "mix": ["{FILL} el code es {otp}", "ok {FILL} dice {otp}"],
}
LATE_REPLY: Bank = {
    "en": ["{V}", "ok it came: {V}", "finally! {V}", "got it, {V}", "sorry for the wait. {V}", "here, {V}"],
    "es": ["{V}", "ya llegó: {V}", "¡por fin! {V}", "ya, es {V}", "perdón la tardanza. {V}", "aquí está, {V}"],
    "mix": ["{V}", "ya llegó: {V}", "finally, {V}", "ok got it: {V}"],
}
LATE_WAIT: Bank = {
    "en": ["it hasn't come yet", "hold on, still waiting", "ugh my signal is bad", "nothing yet...", "let me check my email too", "wait it says 'message blocked'?"],
    "es": ["todavía no llega", "espere, sigo esperando", "no tengo buena señal", "nada todavía...", "déjeme ver el correo", "un momento, se me fue la señal"],
    "mix": ["todavía no llega", "hold on, sigo esperando", "nothing yet..."],
}
PW_MANAGER: Bank = {
    "en": [
        "{pm} entry:\nTitle: {bank}\nUsername: {email}\nPassword: {pw}\nURL: https://app.{bankdomain}/login",
        "copied from {pm}:\nusername {email}\npassword {pw}",
        "this is what {pm} has saved for {bankdomain}: {email} / {pw}",
        "notes app 👇\n{bank} app\nuser: {email}\npass: {pw}\ncard pin: {pin}",
    ],
    "es": ["Lo tengo en {pm}:\nUsuario: {email}\nContraseña: {pw}\nSitio: app.{bankdomain}", "copio de mis notas 👇\n{bank} app\nuser: {email}\npass: {pw}\nnip tarjeta: {pin}", "esto tengo guardado en {pm}: {email} / {pw}"],
    "mix": ["de mi {pm}:\nuser {email}\npassword {pw}", "mis notes dicen:\n{bank}\n{email}\n{pw}\nNIP {pin}"],
}
PIN_CHANGE: Bank = {
    "en": ["I want to change my PIN from {pin} to {pin2}", "old pin {pin}, new pin {pin2}", "can you switch my PIN to {pin2}? current one is {pin}"],
    "es": ["quiero cambiar mi nip {pin} por {pin2}", "mi NIP actual es {pin} y lo quiero cambiar a {pin2}", "cámbienme el NIP, el viejo es {pin} y quiero {pin2}", "nip viejo {pin} nuevo {pin2}"],
    "mix": ["quiero cambiar mi PIN de {pin} a {pin2}", "old NIP {pin}, new one {pin2}"],
}
CORRECT_SAME: Bank = {
    "en": ["{V1}... no wait, {V2}", "{V1} sorry, {V2}", "{V1}\n*{V2}", "{V1} — no, typo, it's {V2}"],
    "es": ["{V1}... no espera, {V2}", "es {V1}, no perdón, {V2}", "{V1}\n*{V2}", "{V1} no, me equivoqué, es {V2}"],
    "mix": ["{V1}... no wait, es {V2}", "{V1} sorry, {V2}"],
}
CORRECT_NEXT: Bank = {
    "en": ["sorry typo, it's {V2}", "*{V2}", "wait no, {V2}", "I mean {V2}", "correction: {V2}"],
    "es": ["perdón me equivoqué, es {V2}", "*{V2}", "no espera, es {V2}", "digo, {V2}", "corrijo: {V2}"],
    "mix": ["sorry, es {V2}", "*{V2}", "wait no, {V2}"],
}
LONG_CLOSE: Bank = {
    "en": ["Please fix this ASAP.", "I've been a customer for years, this is frustrating.", "Thanks in advance.", "I need this sorted before {date}."],
    "es": ["Por favor ayúdenme, es urgente.", "Ya van varias veces que me pasa.", "Gracias de antemano.", "Necesito que quede antes del {date}."],
    "mix": ["Please ayúdenme, es urgente.", "Thanks in advance."],
}
AFTER_REFUSAL: Bank = {
    "en": ["I know, but just take it: {LINE}", "it's fine I trust you. {LINE}", "whatever, {LINE}", "I don't care, I just want this fixed. {LINE}", "ok but the agent will need it anyway, {LINE}"],
    "es": ["ya sé, pero ahí va: {LINE}", "no importa, {LINE}", "pues ahí te va de todos modos: {LINE}", "confío en ustedes, {LINE}", "el asesor lo va a pedir igual, {LINE}"],
    "mix": ["I know pero ahí va: {LINE}", "no importa, {LINE}", "whatever, {LINE}"],
}
SUSPICIOUS: Bank = {
    "en": ["wait... is this really {bank}? the app says you never ask for that", "hold on, why would the bank need that?", "I'm not sending anything else until you prove you're {bank}."],
    "es": ["oiga, ¿de verdad es {bank}? la app dice que nunca piden eso", "espere, ¿para qué quiere eso el banco?", "ya no le mando nada hasta que me compruebe que es de {bank}."],
    "mix": ["wait, de verdad eres de {bank}?", "hold on, para qué necesita eso el bank?"],
}
PHISH_THANKS: Bank = {
    "en": ["Thank you. Processing your request...", "Perfect, one more step.", "Received. Please stay online."],
    "es": ["Gracias. Procesando su solicitud...", "Perfecto, un paso más.", "Recibido. No se desconecte."],
    "mix": ["Thanks, processing...", "Perfecto, one more step."],
}
SPLIT_FIRST: Bank = {
    "en": ["ok the card is {part}", "{part}", "first part: {part}", "I'll send it in pieces so it's safer lol. {part}", "card starts {part}"],
    "es": ["va, los primeros: {part}", "{part}", "se lo paso en partes: {part}", "empieza con {part}", "la tarjeta es {part}"],
    "mix": ["ok la card empieza {part}", "{part}", "te lo mando en partes: {part}"],
}
SPLIT_MID: Bank = {
    "en": ["{part}", "then {part}", "next {part}", "...{part}"],
    "es": ["{part}", "luego {part}", "después {part}", "sigue {part}"],
    "mix": ["{part}", "then {part}", "luego {part}"],
}
SPLIT_LAST: Bank = {
    "en": ["{part}", "and the last ones {part}", "last part {part}", "{part} that's it"],
    "es": ["{part}", "y al final {part}", "los últimos {part}", "{part} es todo"],
    "mix": ["{part}", "y los last {part}", "{part} that's all"],
}
SPLIT_LAST_EXTRA: Bank = {
    "en": ["{part} exp {exp} cvv {cvv}", "{part}, expires {exp}, code {cvv}"],
    "es": ["{part} vence {exp} código {cvv}", "{part} y el de atrás es {cvv}"],
    "mix": ["{part} exp {exp} y el cvv {cvv}"],
}
SPLIT_TOO_LATE: Bank = {
    "en": ["too late lol {part}", "oops. well, {part}"],
    "es": ["ya ni modo jaja {part}", "ups, ya lo mandé, {part}"],
    "mix": ["too late jaja {part}"],
}
ANSWER_FOR_LEGIT = {
    "name": "{name}",
    "dob": "{dob}",
    "zip": "{zip}",
    "last4": "{last4}",
    "exp": "{exp}",
    "email": "{email}",
}
# fmt: on


def make_val(ctx: Ctx, typ: str, fmt: str | None = None) -> Val:
    if typ == CC:
        return v_card(ctx, fmt)
    if typ == CVV:
        return v_cvv(ctx, fmt)
    if typ == SSN:
        return v_ssn(ctx, fmt)
    if typ == OTP:
        return v_otp(ctx, fmt)
    if typ == PW:
        return v_pw(ctx)
    return v_pin(ctx, fmt)


def what(typ: str, lg: str, rng: Random) -> str:
    if lg == "mix":
        lg = rng.choice(("en", "es"))
    return (WHAT_EN if lg == "en" else WHAT_ES)[typ]


def say_what(ctx: Ctx, bank: Bank, typ: str, kind: str, role: str = "agent") -> Message:
    lg = lang_of(ctx)
    return emit(ctx, role, sub(pick(ctx, bank, lg), WHAT=what(typ, lg, ctx.rng)), kind)


def cue_tpl(ctx: Ctx, typ: str) -> str:
    if typ == CVV and ctx.brand == "amex" and ctx.rng.random() < 0.6:
        return pick(ctx, AMEX_GIVE)
    tpl = pick(ctx, GIVE_CUE[typ])
    if typ == CVV and ctx.brand == "amex":
        tpl = tpl.replace("3 numbers", "numbers").replace("3 números", "números")
    return tpl


def bare_tpl(ctx: Ctx, typ: str) -> str:
    return sub(pick(ctx, GIVE_BARE), V="{" + SLOT_FOR[typ] + "}")


def give_tpl(ctx: Ctx, typ: str, asked: bool) -> str:
    """A customer line holding one value: with a cue, or bare when it answers an ask."""
    rng = ctx.rng
    tpl = bare_tpl(ctx, typ) if asked and rng.random() < 0.5 else cue_tpl(ctx, typ)
    if rng.random() < 0.2:
        tpl = f"{pick(ctx, GIVE_PRE)} {tpl}"
    if rng.random() < 0.2:
        tpl = f"{tpl}{rng.choice(('. ', ', ', ' - ', chr(10)))}{pick(ctx, GIVE_POST)}"
    return tpl


def multi_give_tpl(ctx: Ctx, types: Sequence[str], asked: bool) -> str:
    parts = [cue_tpl(ctx, t) if len(types) > 1 else give_tpl(ctx, t, asked) for t in types]
    if len(parts) == 1:
        return parts[0]
    lg = lang_of(ctx)
    joiner = ctx.rng.choice(("\n", ", ", " and " if lg == "en" else " y ", ". "))
    return joiner.join(parts)


def customer_value(
    ctx: Ctx, tpl: str, vals: dict[str, Val], kind: str, styled: bool = True
) -> Message:
    return emit(ctx, "customer", tpl, kind, vals=vals, styled=styled)


def choose_asker(ctx: Ctx, stage: str) -> str:
    if stage == "bot":
        return wpick(ctx.rng, (("bot", 3), ("none", 5), ("refusal", 2)))
    return wpick(ctx.rng, (("agent", 6), ("phisher", 2), ("none", 3), ("refusal", 1)))


def before_value(ctx: Ctx, types: Sequence[str], asker: str, stage: str) -> bool:
    """Whoever asks for the value asks (or refuses it first); True when it was asked for."""
    rng = ctx.rng
    if asker in ("agent", "bot", "phisher"):
        ask(ctx, types, asker)
        if rng.random() < 0.25:
            emit(ctx, "customer", pick(ctx, HESITATE), "hesitate")
            if asker == "bot":
                ask(ctx, types, "bot")
            else:
                ask(ctx, types, "agent", style="pushy")
        return True
    if asker == "refusal":
        say_what(ctx, REFUSE_BOT, types[0], "refuse_warning")
        if rng.random() < 0.4:
            emit(ctx, "customer", pick(ctx, CHATTER), "chatter")
    return False


def after_value(ctx: Ctx, types: Sequence[str], asker: str) -> None:
    rng = ctx.rng
    if asker == "phisher":
        emit(ctx, "agent", pick(ctx, PHISH_THANKS), "phisher_thanks")
    elif asker in ("agent", "bot"):
        if rng.random() < 0.7:
            emit(ctx, "agent", pick(ctx, THANKS_HOLD), "thanks_hold")
    elif rng.random() < 0.85:
        say_what(ctx, WARNING, types[0], "warning")


def wrap_refusal(ctx: Ctx, tpl: str, asker: str) -> str:
    if asker == "refusal" and ctx.rng.random() < 0.8:
        return sub(pick(ctx, AFTER_REFUSAL), LINE=tpl)
    return tpl


# Each family writes one secret episode into the conversation.


def ev_basic(ctx: Ctx, typ: str, stage: str, kind: str) -> None:
    asker = choose_asker(ctx, stage)
    asked = before_value(ctx, [typ], asker, stage)
    val = make_val(ctx, typ)
    tpl = wrap_refusal(ctx, give_tpl(ctx, typ, asked), asker)
    customer_value(ctx, tpl, {SLOT_FOR[typ]: val}, kind)
    after_value(ctx, [typ], asker)


def ev_card_inline(ctx: Ctx, stage: str) -> None:
    ev_basic(ctx, CC, stage, "card_inline")


def ev_cvv(ctx: Ctx, stage: str) -> None:
    ev_basic(ctx, CVV, stage, "cvv_amex" if ctx.brand == "amex" else "cvv")


def ev_ssn(ctx: Ctx, stage: str) -> None:
    ev_basic(ctx, SSN, stage, "ssn")


def ev_pw(ctx: Ctx, stage: str) -> None:
    ev_basic(ctx, PW, stage, "pw")


def ev_pin(ctx: Ctx, stage: str) -> None:
    ev_basic(ctx, PIN, stage, "pin")


def ev_otp_plain(ctx: Ctx, stage: str) -> None:
    ev_basic(ctx, OTP, stage, "otp")


def ev_card_exp_cvv(ctx: Ctx, stage: str) -> None:
    asker = choose_asker(ctx, stage)
    before_value(ctx, [CC, CVV], asker, stage)
    tpl = pick(ctx, CARD_EXP_CVV)
    tpl = wrap_refusal(ctx, tpl, asker)
    customer_value(ctx, tpl, {"card": v_card(ctx), "cvv": v_cvv(ctx)}, "card_exp_cvv")
    after_value(ctx, [CC, CVV], asker)


def ev_card_notes(ctx: Ctx, stage: str) -> None:
    asker = choose_asker(ctx, stage)
    before_value(ctx, [CC], asker, stage)
    tpl = pick(ctx, CARD_NOTES)
    fmt = wpick(ctx.rng, (("spaces", 4), ("plain", 3), ("dashes", 2), ("nbsp", 1)))
    customer_value(
        ctx, tpl, {"card": v_card(ctx, fmt), "cvv": v_cvv(ctx, "plain")}, "card_notes", styled=False
    )
    after_value(ctx, [CC], asker)


def ev_card_screenshot(ctx: Ctx, stage: str) -> None:
    asker = choose_asker(ctx, stage)
    before_value(ctx, [CC], asker, stage)
    tpl = wrap_refusal(ctx, pick(ctx, CARD_SCREENSHOT), asker)
    customer_value(ctx, tpl, {"card": v_card(ctx), "cvv": v_cvv(ctx, "plain")}, "card_screenshot")
    after_value(ctx, [CC], asker)


def ev_card_voice(ctx: Ctx, stage: str) -> None:
    asker = choose_asker(ctx, stage)
    before_value(ctx, [CC], asker, stage)
    fmt = wpick(ctx.rng, (("words", 5), ("mixed_words", 2), ("digit_spaced", 2)))
    tpl = sub(pick(ctx, CARD_VOICE), FILL=filler(ctx))
    customer_value(ctx, tpl, {"card": v_card(ctx, fmt)}, "card_voice")
    after_value(ctx, [CC], asker)


def split_sizes(rng: Random, n: int) -> list[int]:
    options = {
        16: [[4, 4, 4, 4], [8, 8], [4, 8, 4], [4, 4, 8], [6, 6, 4], [8, 4, 4], [4, 12], [12, 4]],
        15: [[4, 6, 5], [4, 11], [10, 5], [5, 5, 5]],
        14: [[4, 6, 4], [7, 7], [4, 10]],
        13: [[4, 4, 5], [6, 7]],
    }
    if n in options:
        return list(rng.choice(options[n]))
    sizes = irregular_sizes(rng, n, 4, 8)
    if sizes[-1] < 4 or len(sizes) < 2:
        sizes = [n - 8, 8] if n > 12 else [n - 4, 4]
    return sizes


def part_text(rng: Random, digits: str) -> str:
    if len(digits) >= 8 and rng.random() < 0.7:
        sep = rng.choice((" ", " ", "-", "."))
        return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))
    return digits


def ev_card_split(ctx: Ctx, stage: str) -> None:
    """A card typed over several messages, chatter and agent lines between the parts."""
    rng = ctx.rng
    asker = choose_asker(ctx, stage)
    if asker == "refusal":
        asker = "none"
    before_value(ctx, [CC], asker, stage)
    sizes = split_sizes(rng, len(ctx.card))
    assert sizes[-1] >= 4 and len(sizes) >= 2
    parts = chunk(ctx.card, sizes)
    with_extra = rng.random() < 0.25
    warned = False
    last_msg: Message | None = None
    for i, digits in enumerate(parts):
        last = i == len(parts) - 1
        val = secret(part_text(rng, digits), CC, digits, split=True, last=last)
        vals = {"part": val}
        if i == 0:
            tpl = pick(ctx, SPLIT_FIRST)
        elif warned and rng.random() < 0.6:
            tpl = pick(ctx, SPLIT_TOO_LATE)
        elif last and with_extra:
            tpl = pick(ctx, SPLIT_LAST_EXTRA)
            vals["cvv"] = v_cvv(ctx, "plain")
        elif last:
            tpl = pick(ctx, SPLIT_LAST)
        else:
            tpl = pick(ctx, SPLIT_MID)
        last_msg = customer_value(ctx, tpl, vals, "card_split")
        if last:
            break
        for _ in range(rng.choice((0, 1, 1, 2))):
            r = rng.random()
            if r < 0.35:
                emit(ctx, "customer", pick(ctx, CHATTER), "chatter")
            elif r < 0.55:
                emit(ctx, "customer", pick(ctx, CHATTER_RICH), "chatter_rich")
            elif r < 0.7 and asker in ("agent", "phisher", "bot"):
                emit(ctx, "agent", pick(ctx, ASK_MORE_CARD), "ask_more", requested=[CC])
            elif r < 0.8 and asker == "none" and not warned:
                say_what(ctx, WARNING, CC, "warning")
                warned = True
            else:
                emit(ctx, "agent", pick(ctx, AGENT_WAIT), "wait")
    assert last_msg is not None and last_msg.labels[0].split_part
    after_value(ctx, [CC], asker)


def ev_otp_sms(ctx: Ctx, stage: str) -> None:
    rng = ctx.rng
    asker = choose_asker(ctx, stage)
    if asker in ("none", "refusal") and rng.random() < 0.6:
        emit(ctx, "agent", pick(ctx, SCRIPTED_CODE), "scripted")
    else:
        before_value(ctx, [OTP], asker, stage)
    lg = lang_of(ctx)
    body_lg = "en" if lg == "en" else "es" if lg == "es" else rng.choice(("en", "es"))
    body = rng.choice(SMS_BODY[body_lg])
    tpl = sub(pick(ctx, SMS_WRAP, lg), SMS=body)
    fmt = "plain" if rng.random() < 0.9 else "half"
    val = v_otp(ctx, fmt, rdigits(rng, wpick(rng, ((6, 8), (4, 1), (8, 1)))))
    customer_value(ctx, tpl, {"otp": val}, "otp_sms_paste", styled=False)
    after_value(ctx, [OTP], asker)


# fmt: off
SCRIPTED_CODE: Bank = {
    "en": ["I've sent a code to your phone ending in {phone4}. Please enter it in the app to continue — don't share it here.", "A verification code is on its way to {email}. Type it in the app, not in the chat."],
    "es": ["Te envié un código al celular terminación {phone4}. Ingrésalo en la app para continuar; no lo compartas aquí.", "Te mandamos un código de verificación a {email}. Escríbelo en la app, no en el chat."],
    "mix": ["Te mandé un code al phone ending {phone4}. Ponlo en la app, not here."],
}
# fmt: on


def ev_otp_email(ctx: Ctx, stage: str) -> None:
    rng = ctx.rng
    asker = choose_asker(ctx, stage)
    if asker in ("none", "refusal"):
        asker = "none"
    else:
        before_value(ctx, [OTP], asker, stage)
    lg = lang_of(ctx)
    body_lg = "en" if lg == "en" else "es" if lg == "es" else rng.choice(("en", "es"))
    tpl = sub(pick(ctx, EMAIL_WRAP, lg), EMAIL=rng.choice(EMAIL_BODY[body_lg]))
    val = v_otp(ctx, "plain", rdigits(rng, rng.choice((6, 6, 8, 7))))
    customer_value(ctx, tpl, {"otp": val}, "otp_email_paste", styled=False)
    after_value(ctx, [OTP], asker)


def ev_otp_screen(ctx: Ctx, stage: str) -> None:
    asker = choose_asker(ctx, stage)
    before_value(ctx, [OTP], asker, stage)
    fmt = wpick(ctx.rng, (("spaced", 5), ("plain", 3), ("half", 2)))
    val = v_otp(ctx, fmt, rdigits(ctx.rng, 6))
    tpl = wrap_refusal(ctx, pick(ctx, OTP_SCREEN), asker)
    customer_value(ctx, tpl, {"otp": val}, "otp_screen")
    after_value(ctx, [OTP], asker)


def ev_otp_voice(ctx: Ctx, stage: str) -> None:
    asker = choose_asker(ctx, stage)
    before_value(ctx, [OTP], asker, stage)
    fmt = wpick(ctx.rng, (("words", 6), ("spaced", 2), ("plain", 1)))
    val = v_otp(ctx, fmt, rdigits(ctx.rng, ctx.rng.choice((6, 6, 4, 5))))
    tpl = sub(pick(ctx, OTP_VOICE), FILL=filler(ctx))
    customer_value(ctx, tpl, {"otp": val}, "otp_voice")
    after_value(ctx, [OTP], asker)


def ev_late(ctx: Ctx, stage: str) -> None:
    """Asked for a value; a few messages later the customer answers with it alone."""
    rng = ctx.rng
    allowed = [OTP, OTP, OTP, CVV, PIN] + ([SSN] if ctx.region != "MX" else [])
    typ = rng.choice(allowed)
    asker = rng.choice(("agent", "agent", "phisher", "bot")) if stage == "agent" else "bot"
    ask(ctx, [typ], asker)
    for _ in range(rng.randint(2, 4)):
        r = rng.random()
        if r < 0.45 and typ == OTP:
            emit(ctx, "customer", pick(ctx, LATE_WAIT), "late_wait")
        elif r < 0.65:
            emit(ctx, "customer", pick(ctx, CHATTER_RICH), "chatter_rich")
        elif r < 0.85:
            emit(ctx, "agent", pick(ctx, AGENT_WAIT), "wait")
        else:
            emit(ctx, "customer", pick(ctx, CHATTER), "chatter")
    slot = SLOT_FOR[typ]
    tpl = sub(pick(ctx, LATE_REPLY), V="{" + slot + "}")
    val = make_val(ctx, typ, "plain" if typ != SSN else None)
    customer_value(ctx, tpl, {slot: val}, f"late_{slot}")
    after_value(ctx, [typ], asker)


def ev_pw_manager(ctx: Ctx, stage: str) -> None:
    asker = choose_asker(ctx, stage)
    before_value(ctx, [PW], asker, stage)
    tpl = pick(ctx, PW_MANAGER)
    customer_value(
        ctx, tpl, {"pw": v_pw(ctx), "pin": v_pin(ctx, "plain")}, "pw_manager", styled=False
    )
    after_value(ctx, [PW], asker)


def ev_pin_change(ctx: Ctx, stage: str) -> None:
    n = ctx.rng.choice((4, 4, 4, 6))
    old, new = rdigits(ctx.rng, n), rdigits(ctx.rng, n)
    tpl = pick(ctx, PIN_CHANGE)
    customer_value(
        ctx, tpl, {"pin": v_pin(ctx, "plain", old), "pin2": v_pin(ctx, "plain", new)}, "pin_change"
    )
    say_what(ctx, WARNING, PIN, "warning")


def corrected_pair(ctx: Ctx, typ: str) -> tuple[Val, Val]:
    rng = ctx.rng
    if typ == CC:
        first = v_card(
            ctx, wpick(rng, (("spaces", 3), ("plain", 2), ("dashes", 1))), other_card(ctx)
        )
        return first, v_card(ctx, None)
    if typ == SSN:
        d = ctx.ssn
        while True:
            wrong = d[:5] + d[6] + d[5] + d[7:]
            if wrong == d or not valid_ssn(wrong):
                wrong = new_ssn(rng)
            if wrong != d:
                return v_ssn(ctx, None, wrong), v_ssn(ctx, None, d)
    first = make_val(ctx, typ, "plain")
    digits = first.digits
    while True:
        if len(digits) >= 2 and rng.random() < 0.6:
            i = rng.randint(0, len(digits) - 2)
            fixed = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
        else:
            fixed = rdigits(rng, len(digits))
        if fixed != digits:
            break
    second = (
        v_cvv(ctx, "plain", fixed)
        if typ == CVV
        else v_otp(ctx, "plain", fixed)
        if typ == OTP
        else v_pin(ctx, "plain", fixed)
    )
    return first, second


def ev_correction(ctx: Ctx, stage: str) -> None:
    rng = ctx.rng
    allowed = [OTP, PIN, CVV, CC] + ([SSN] if ctx.region != "MX" else [])
    typ = rng.choice(allowed)
    asker = choose_asker(ctx, stage)
    asked = before_value(ctx, [typ], asker, stage)
    first, second = corrected_pair(ctx, typ)
    slot = SLOT_FOR[typ]
    if rng.random() < 0.5:
        tpl = sub(pick(ctx, CORRECT_SAME), V1="{" + slot + "}", V2="{" + slot + "2}")
        if not asked:
            tpl = cue_tpl(ctx, typ).replace("{" + slot + "}", tpl)
        customer_value(ctx, tpl, {slot: first, slot + "2": second}, "correction")
    else:
        customer_value(ctx, give_tpl(ctx, typ, asked), {slot: first}, "correction")
        if rng.random() < 0.3:
            emit(ctx, "customer", pick(ctx, CHATTER), "chatter")
        customer_value(
            ctx,
            sub(pick(ctx, CORRECT_NEXT), V2="{" + slot + "2}"),
            {slot + "2": second},
            "correction",
        )
    after_value(ctx, [typ], asker)


def ev_repeat(ctx: Ctx, stage: str) -> None:
    rng = ctx.rng
    allowed = [OTP, PIN, CVV, CC] + ([SSN] if ctx.region != "MX" else [])
    typ = rng.choice(allowed)
    asker = "bot" if stage == "bot" else rng.choice(("agent", "agent", "phisher"))
    before_value(ctx, [typ], asker, stage)
    slot = SLOT_FOR[typ]
    first = make_val(ctx, typ)
    customer_value(ctx, give_tpl(ctx, typ, True), {slot: first}, "repeat")
    if asker == "bot":
        ask(ctx, [typ], "bot")
    else:
        ask(ctx, [typ], "agent", style="repeat")
    again = (
        first
        if typ == PW
        else make_val(ctx, typ, None)
        if typ == CC
        else make_val_same(ctx, typ, first.digits)
    )
    customer_value(ctx, give_tpl(ctx, typ, True), {slot: again}, "repeat")
    after_value(ctx, [typ], asker)


def make_val_same(ctx: Ctx, typ: str, digits: str) -> Val:
    fmt = ctx.rng.choice(("plain", "spaced"))
    if typ == CVV:
        return v_cvv(ctx, fmt, digits)
    if typ == OTP:
        return v_otp(ctx, fmt, digits)
    if typ == SSN:
        return v_ssn(ctx, None, digits)
    return v_pin(ctx, fmt, digits)


def ev_long_multi(ctx: Ctx, stage: str, topic: str) -> None:
    """One long message: the problem, amounts and dates, then one or two secrets, then a plea."""
    rng = ctx.rng
    allowed = [CC, OTP, PIN, CVV, PW] + ([SSN] if ctx.region != "MX" else [])
    types = rng.sample(allowed, rng.choice((1, 1, 2)))
    if CVV in types and CC not in types and rng.random() < 0.5:
        types = [CC, CVV]
    lines = [pick(ctx, TOPICS[topic]["open"])]
    if rng.random() < 0.7:
        lines.append(pick(ctx, TOPICS[topic]["more"]))
    if rng.random() < 0.4:
        lines.append(pick(ctx, GENERIC_MORE))
    lines.append(multi_give_tpl(ctx, types, False))
    if rng.random() < 0.6:
        lines.append(pick(ctx, LONG_CLOSE))
    sep = rng.choice(("\n", "\n", " ", "\n\n"))
    vals = {SLOT_FOR[t]: make_val(ctx, t) for t in types}
    customer_value(ctx, sep.join(lines), vals, "long_multi")
    if rng.random() < 0.8:
        say_what(ctx, WARNING, types[0], "warning")


def ev_after_refusal(ctx: Ctx, stage: str) -> None:
    allowed = [CC, OTP, PIN, CVV, PW] + ([SSN] if ctx.region != "MX" else [])
    typ = ctx.rng.choice(allowed)
    say_what(ctx, REFUSE_BOT, typ, "refuse_warning")
    tpl = sub(pick(ctx, AFTER_REFUSAL), LINE=cue_tpl(ctx, typ))
    customer_value(ctx, tpl, {SLOT_FOR[typ]: make_val(ctx, typ)}, "after_refusal")
    say_what(ctx, WARNING, typ, "warning")


def ev_phished(ctx: Ctx, stage: str) -> None:
    """A phisher posing as the bank asks; the customer gives; the phisher pushes for more."""
    rng = ctx.rng
    allowed = [CC, OTP, PIN, CVV, PW] + ([SSN] if ctx.region != "MX" else [])
    first = rng.sample(allowed, rng.choice((1, 1, 2)))
    ask(ctx, first, "phisher")
    vals = {SLOT_FOR[t]: make_val(ctx, t) for t in first}
    customer_value(ctx, multi_give_tpl(ctx, first, True), vals, "phished")
    emit(ctx, "agent", pick(ctx, PHISH_THANKS), "phisher_thanks")
    rest = [t for t in allowed if t not in first]
    more = rng.choice(rest)
    ask(ctx, [more], "agent", style="pushy")
    if rng.random() < 0.5:
        customer_value(
            ctx, give_tpl(ctx, more, True), {SLOT_FOR[more]: make_val(ctx, more)}, "phished"
        )
    else:
        emit(ctx, "customer", pick(ctx, SUSPICIOUS), "suspicious")


def ev_list_answer(ctx: Ctx, stage: str) -> None:
    rng = ctx.rng
    allowed = [CC, CVV, OTP, PIN] + ([SSN] if ctx.region != "MX" else [])
    types = rng.sample(allowed, rng.choice((1, 2, 2)))
    if CC in types and CVV not in types and rng.random() < 0.4:
        types.append(CVV)
    keys = ask_list(ctx, types, "phisher" if rng.random() < 0.25 else "agent")
    answers = [
        ANSWER_FOR_LEGIT[k] if k in ANSWER_FOR_LEGIT else "{" + SLOT_FOR[k] + "}" for k in keys
    ]
    form = rng.randint(0, 2)
    if form == 0:
        tpl = "\n".join(f"{i + 1}) {a}" for i, a in enumerate(answers))
    elif form == 1:
        tpl = ", ".join(answers)
    else:
        tpl = "\n".join(answers)
    vals = {SLOT_FOR[t]: make_val(ctx, t, "plain" if t in (CVV, OTP, PIN) else None) for t in types}
    customer_value(ctx, tpl, vals, "list_answer", styled=False)
    emit(ctx, "agent", pick(ctx, THANKS_HOLD), "thanks_hold")


# fmt: off
FAMILIES: tuple[tuple[str, float], ...] = (
    ("card_inline", 9), ("card_exp_cvv", 6), ("card_split", 7), ("card_voice", 3), ("card_notes", 3),
    ("card_screenshot", 2), ("cvv", 5), ("ssn", 6), ("otp", 3), ("otp_sms", 8), ("otp_email", 3),
    ("otp_screen", 4), ("otp_voice", 3), ("late", 5), ("pw", 6), ("pw_manager", 3), ("pin", 7),
    ("pin_change", 3), ("correction", 4), ("repeat", 3), ("long_multi", 5), ("after_refusal", 5),
    ("phished", 5), ("list_answer", 4),
)
FAMILY_FN: dict[str, Callable[[Ctx, str], None]] = {
    "card_inline": ev_card_inline,
    "card_exp_cvv": ev_card_exp_cvv,
    "card_split": ev_card_split,
    "card_voice": ev_card_voice,
    "card_notes": ev_card_notes,
    "card_screenshot": ev_card_screenshot,
    "cvv": ev_cvv,
    "ssn": ev_ssn,
    "otp": ev_otp_plain,
    "otp_sms": ev_otp_sms,
    "otp_email": ev_otp_email,
    "otp_screen": ev_otp_screen,
    "otp_voice": ev_otp_voice,
    "late": ev_late,
    "pw": ev_pw,
    "pw_manager": ev_pw_manager,
    "pin": ev_pin,
    "pin_change": ev_pin_change,
    "correction": ev_correction,
    "repeat": ev_repeat,
    "after_refusal": ev_after_refusal,
    "phished": ev_phished,
    "list_answer": ev_list_answer,
}
AGENT_ONLY = ("phished", "list_answer")
TOPIC_AFFINITY: dict[str, tuple[str, ...]] = {
    "card": ("declined", "dispute", "lost", "virtual", "travel", "atm"),
    "cvv": ("virtual", "declined", "dispute"),
    "ssn": ("limit", "tax", "deposit"),
    "otp": ("code_missing", "locked", "scam", "dispute"),
    "late": ("code_missing", "locked", "dispute"),
    "pw": ("locked", "app_bug", "code_missing"),
    "pin": ("pin_help", "atm", "declined"),
}
# fmt: on


# --------------------------------------------------------------------------------------
# Conversations
# --------------------------------------------------------------------------------------

LANGS: tuple[tuple[str, float], ...] = (("en", 45), ("es", 35), ("mix", 20))
REGIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "en": (("US", 80), ("USH", 8), ("PR", 4), ("MX", 8)),
    "es": (("MX", 55), ("USH", 25), ("CO", 10), ("PR", 10)),
    "mix": (("USH", 52), ("MX", 30), ("PR", 13), ("CO", 5)),
}
STYLES: tuple[tuple[str, float], ...] = (("neat", 35), ("casual", 45), ("voice", 20))
MX_ONLY_TOPICS = ("oxxo", "spei")
NOT_MX_TOPICS = ("remittance", "deposit")


def ascii_name(text: str) -> str:
    return re.sub(r"[^a-z]", "", strip_accents(text).lower())


def person(rng: Random, region: str) -> tuple[str, str]:
    if region == "US":
        first = rng.choice(US_FIRST)
        last = rng.choice(HISP_LAST) if rng.random() < 0.15 else rng.choice(US_LAST)
    elif region == "USH":
        first = rng.choice(USH_FIRST + MX_FIRST[:12])
        last = rng.choice(HISP_LAST)
    elif region == "MX":
        first = rng.choice(MX_FIRST)
        last = f"{rng.choice(HISP_LAST)} {rng.choice(HISP_LAST)}"
    elif region == "CO":
        first = rng.choice(CO_FIRST)
        last = f"{rng.choice(HISP_LAST)} {rng.choice(HISP_LAST)}"
    else:
        first = rng.choice(PR_FIRST)
        last = rng.choice(HISP_LAST)
    return first, last


def email_for(rng: Random, first: str, last: str) -> str:
    f, lst = ascii_name(first.split(maxsplit=1)[0]), ascii_name(last.split(maxsplit=1)[0])
    local = rng.choice(
        (
            f"{f}.{lst}",
            f"{f[0]}{lst}",
            f"{f}{lst}{rng.randint(1, 99)}",
            f"{f}_{lst}",
            f"{lst}.{f}{rng.randint(80, 99)}",
        )
    )
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def place(rng: Random, region: str) -> tuple[str, str, str, str]:
    """City, state, postal code and a full address for the customer's region."""
    if region == "MX":
        city, state, lo, hi = rng.choice(MX_CITIES)
        cp = f"{rng.randint(lo, hi):05d}"
        inner = rng.choice(("", f" Int. {rng.randint(1, 12)}", f" Depto. {rng.randint(101, 504)}"))
        address = f"{rng.choice(MX_STREETS)} {rng.randint(12, 2890)}{inner}, Col. {rng.choice(MX_COLONIAS)}, {city}, {state}, C.P. {cp}"
        return city, state, cp, address
    if region == "PR":
        city, lo, hi = rng.choice(PR_CITIES)
        zip_code = f"00{rng.randint(lo, hi):03d}"
        address = f"{rng.choice(PR_STREETS)} {rng.randint(10, 2200)}, {city}, PR {zip_code}"
        return city, "PR", zip_code, address
    city, state, prefix = rng.choice(US_CITIES)
    zip_code = f"{prefix}{rng.randint(1, 99):02d}"
    apt = rng.choice(
        ("", f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" #{rng.randint(100, 420)}")
    )
    address = f"{rng.randint(100, 19999)} {rng.choice(US_STREETS)}{apt}, {city}, {state} {zip_code}"
    return city, state, zip_code, address


def new_ctx(rng: Random, lang: str, region: str, style: str) -> Ctx:
    brand = wpick(rng, BRANDS)
    card = make_card(rng, brand)
    ctx = Ctx(
        rng=rng,
        lang=lang,
        region=region,
        style=style,
        fixed={},
        card=card,
        brand=brand,
        ssn=new_ssn(rng),
    )
    bank, domain = rng.choice(BANKS)
    first, last = person(rng, region)
    city, state, postal, address = place(rng, region)
    phone = checked_number(rng, lambda: phone_region(ctx))
    agent, agent2 = rng.sample(AGENTS, 2)
    team = rng.randrange(len(TEAMS_EN))
    by, bm, bd = rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28)
    dob_lang = lang if lang != "mix" else rng.choice(("en", "es"))
    if region == "MX":
        bank_phone = f"800 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    else:
        bank_phone = f"1-8{rng.choice(('00', '88', '77', '66', '55'))}-555-01{rng.randint(10, 99)}"
    ctx.fixed.update(
        {
            "bank": bank,
            "bankdomain": domain,
            "bank_phone": bank_phone,
            "bot": rng.choice(BOTS),
            "agent": agent,
            "agent2": agent2,
            "team": TEAMS_EN[team],
            "team_es": TEAMS_ES[team],
            "first": first.split()[0] if rng.random() < 0.5 else first,
            "name": f"{first} {last}",
            "email": email_for(rng, first, last),
            "phone": phone,
            "phone4": re.sub(r"\D", "", phone)[-4:],
            "city": city,
            "state": state,
            "zip": postal,
            "address": address,
            "dob": dob_text(rng, dob_lang, by, bm, bd),
            "last4": card[-4:],
            "ssn4": ctx.ssn[-4:],
            "exp_m": str(rng.randint(1, 12)),
            "exp_y": str(rng.randint(2025, 2031)),
        }
    )
    makers: tuple[tuple[str, Callable[[], str]], ...] = (
        ("merchant", lambda: rng.choice(MERCHANTS[region])),
        ("amount", lambda: money(ctx)),
        ("usd", lambda: money_usd(rng)),
        ("mxn", lambda: money_mxn(rng)),
        ("date", lambda: date_any(ctx)),
        ("time", lambda: time_any(ctx)),
        ("case", lambda: case_no(rng)),
        ("folio", lambda: folio(rng)),
        ("txid", lambda: txid(rng)),
        ("tracking", lambda: tracking(rng)),
        ("oxxo", lambda: oxxo_ref(rng)),
        ("rastreo", lambda: rastreo(rng)),
        ("clabe", lambda: clabe(rng)),
        ("rfc", lambda: rfc(rng)),
        ("curp", lambda: curp(rng)),
        ("version", lambda: version(rng)),
        ("device", lambda: rng.choice(DEVICES)),
        ("os", lambda: os_for(rng, ctx.fixed["device"])),
    )
    for key, make in makers:
        ctx.fixed[key] = checked_number(rng, make)
    for key, value in ctx.fixed.items():
        assert negatives_ok(value), (key, value)
    return ctx


def topic_ok(topic: str, region: str) -> bool:
    if topic in MX_ONLY_TOPICS:
        return region in ("MX", "USH")
    if topic in NOT_MX_TOPICS:
        return region != "MX"
    return True


def choose_topic(ctx: Ctx, families: Sequence[str]) -> str:
    rng = ctx.rng
    if families and rng.random() < 0.65:
        fam = families[0]
        key = "card" if fam.startswith("card") else fam.split("_")[0]
        options = [t for t in TOPIC_AFFINITY.get(key, ()) if topic_ok(t, ctx.region)]
        if options:
            return rng.choice(options)
    while True:
        topic = wpick(rng, TOPIC_NAMES)
        if topic_ok(topic, ctx.region):
            return topic


def choose_families(ctx: Ctx) -> list[str]:
    rng = ctx.rng
    n = wpick(rng, ((1, 72), (2, 23), (3, 5)))
    out: list[str] = []
    while len(out) < n:
        fam = wpick(rng, (*FAMILIES,))
        if fam in ("ssn",) and ctx.region == "MX":
            continue
        if fam in out and fam in ("card_split", "phished", "list_answer", "long_multi"):
            continue
        out.append(fam)
    return out


def verification(ctx: Ctx) -> None:
    """Legitimate checks: the agent asks, the customer answers, the agent confirms."""
    rng = ctx.rng
    done: list[str] = []
    for _ in range(wpick(rng, ((1, 4), (2, 4), (3, 1)))):
        item = wpick(rng, VERIFY_ITEMS)
        if (
            item in done
            or (item == "ssn4" and ctx.region == "MX")
            or (item == "curp" and ctx.region != "MX")
        ):
            continue
        done.append(item)
        if item in LEGIT_NEGATED and rng.random() < 0.2:
            emit(ctx, "agent", pick(ctx, LEGIT_NEGATED[item]), "verify_negated")
        else:
            emit(ctx, "agent", pick(ctx, VERIFY_ASK[item]), "verify_legit")
        if rng.random() < 0.15:
            emit(ctx, "customer", pick(ctx, CHATTER), "chatter")
        emit(ctx, "customer", pick(ctx, VERIFY_ANSWER[item]), "verify_answer")
    if done and rng.random() < 0.6:
        emit(ctx, "agent", pick(ctx, VERIFY_OK), "verify_ok")


def clean_bad_ask(ctx: Ctx) -> None:
    """A forbidden ask the customer refuses: the conversation stays without a secret."""
    rng = ctx.rng
    allowed = [CC, CVV, OTP, PIN, PW] + ([SSN] if ctx.region != "MX" else [])
    types = rng.sample(allowed, rng.choice((1, 1, 2)))
    who = wpick(rng, (("agent", 5), ("phisher", 3)))
    if rng.random() < 0.2:
        ask_list(ctx, types, who)
    else:
        ask(ctx, types, who)
    emit(ctx, "customer", pick(ctx, CUSTOMER_REFUSE), "refusal")
    if who == "agent" and rng.random() < 0.7:
        emit(ctx, "agent", pick(ctx, AGENT_BACKOFF), "backoff")
    else:
        ask(ctx, types[:1], "agent", style="pushy")
        emit(ctx, "customer", pick(ctx, SUSPICIOUS), "suspicious")


def issue(ctx: Ctx, topic: str) -> None:
    rng = ctx.rng
    banks = TOPICS[topic]
    if rng.random() < 0.35:
        tpl = pick(ctx, banks["open"]) + rng.choice(("\n", " ", "\n\n")) + pick(ctx, banks["more"])
        if rng.random() < 0.3:
            tpl += rng.choice(("\n", " ")) + pick(ctx, GENERIC_MORE)
        emit(ctx, "customer", tpl, "issue_long")
    else:
        emit(ctx, "customer", pick(ctx, banks["open"]), "issue")
        if rng.random() < 0.35:
            emit(ctx, "customer", pick(ctx, banks["more"]), "detail")


def run_family(ctx: Ctx, fam: str, stage: str, topic: str) -> None:
    if fam == "long_multi":
        ev_long_multi(ctx, stage, topic)
    else:
        FAMILY_FN[fam](ctx, stage)


def conversation(rng: Random, cid: str) -> Conversation:
    lang = wpick(rng, LANGS)
    ctx = new_ctx(rng, lang, wpick(rng, REGIONS[lang]), wpick(rng, STYLES))
    families = choose_families(ctx) if rng.random() < 0.45 else []
    topic = choose_topic(ctx, families)
    stages = []
    for fam in families:
        if fam in AGENT_ONLY:
            stages.append("agent")
        elif fam == "long_multi":
            stages.append("first")
        else:
            stages.append("bot" if rng.random() < 0.4 else "agent")
    if rng.random() < 0.9:
        emit(ctx, "agent", pick(ctx, GREETING), "greeting")
    if "first" in stages:
        ev_long_multi(ctx, "first", topic)
    else:
        issue(ctx, topic)
    if rng.random() < 0.85:
        emit(ctx, "agent", pick(ctx, TOPICS[topic]["triage"]), "triage")
    if rng.random() < 0.25:
        emit(ctx, "agent", pick(ctx, SCRIPTED), "scripted")
    for fam, stage in zip(families, stages, strict=True):
        if stage == "bot":
            run_family(ctx, fam, stage, topic)
    if rng.random() < 0.3:
        emit(
            ctx,
            "customer",
            pick(ctx, CHATTER_RICH if rng.random() < 0.6 else GENERIC_MORE),
            "chatter_rich",
        )
    human = any(s == "agent" for s in stages) or rng.random() < 0.75
    if human:
        emit(ctx, "agent", pick(ctx, HANDOFF), "handoff")
        if rng.random() < 0.3:
            emit(ctx, "customer", pick(ctx, CHATTER), "chatter")
        emit(ctx, "agent", pick(ctx, INTRO), "intro")
        if rng.random() < 0.8:
            verification(ctx)
        for fam, stage in zip(families, stages, strict=True):
            if stage == "agent":
                run_family(ctx, fam, stage, topic)
        if not families and rng.random() < 0.2:
            clean_bad_ask(ctx)
        if rng.random() < 0.2:
            emit(ctx, "agent", pick(ctx, SCRIPTED), "scripted")
        emit(
            ctx,
            "agent",
            pick(ctx, TOPICS[topic]["resolve"] if rng.random() < 0.8 else RESOLVE_GENERIC),
            "resolution",
        )
        if rng.random() < 0.75:
            emit(ctx, "agent", pick(ctx, CLOSING_AGENT), "closing")
    else:
        if not families and rng.random() < 0.1:
            ask(ctx, [rng.choice((OTP, PIN, CVV))], "bot")
            emit(ctx, "customer", pick(ctx, CUSTOMER_REFUSE), "refusal")
        emit(ctx, "agent", pick(ctx, TOPICS[topic]["resolve"]), "resolution")
    if rng.random() < 0.7:
        emit(ctx, "customer", pick(ctx, CLOSING_CUSTOMER), "closing")
    if rng.random() < 0.3:
        emit(ctx, "agent", pick(ctx, SURVEY), "survey")
        if rng.random() < 0.5:
            emit(ctx, "customer", rng.choice(SURVEY_ANSWER), "survey_answer")
    kind = topic if not families else f"{topic}/{'+'.join(families)}"
    check_conversation(ctx.messages)
    return Conversation(cid=cid, kind=kind, lang=lang, messages=ctx.messages)


def check_conversation(messages: list[Message]) -> None:
    """Whole-conversation invariants: one split card at most, its last part labelled first."""
    split_msgs = [m for m in messages if any(lab.split_part for lab in m.labels)]
    if split_msgs:
        digits = "".join(
            spoken_digits(m.text[lab.start : lab.end])
            for m in split_msgs
            for lab in m.labels
            if lab.split_part
        )
        assert luhn.is_valid(digits) and 13 <= len(digits) <= 19, digits
        assert split_msgs[-1].labels[0].split_part
        for m in split_msgs[:-1]:
            assert all(lab.keep == 0 for lab in m.labels if lab.split_part)
        assert split_msgs[-1].labels[0].keep == 4
    for m in messages:
        assert m.role in ("customer", "agent")
        if m.role == "customer":
            assert not m.requested
        elif m.requested:
            assert not m.labels
        if not m.labels:
            assert negatives_ok(m.text), m.text


def generate(seed: int, count: int = 480) -> list[Conversation]:
    """`count` conversations, the same for the same seed."""
    rng = Random(seed)
    return [conversation(rng, f"b10-{seed}-{i:04d}") for i in range(count)]


# --------------------------------------------------------------------------------------
# Self-check: python -m tests.blind.e2e_set10 [seed ...]
# --------------------------------------------------------------------------------------


def summary(conversations: list[Conversation]) -> str:
    msgs = [m for c in conversations for m in c.messages]
    labels = Counter(lab.type for m in msgs for lab in m.labels)
    asks = Counter(t for m in msgs for t in sorted(m.requested))
    langs = Counter(c.lang for c in conversations)
    secret_convs = sum(any(m.labels for m in c.messages) for c in conversations)
    clean = sum(1 for m in msgs if not m.labels and not m.requested)
    split = sum(
        1 for c in conversations if any(lab.split_part for m in c.messages for lab in m.labels)
    )
    return (
        f"{len(conversations)} conversations ({secret_convs} with a secret, {split} split cards; "
        f"en {langs['en']}, es {langs['es']}, mix {langs['mix']}), {len(msgs)} messages "
        f"({clean} clean, {sum(1 for m in msgs if m.requested)} forbidden asks)\n"
        f"  labels: " + ", ".join(f"{t} {labels[t]}" for t in TYPES) + "\n"
        "  asks:   " + ", ".join(f"{t} {asks[t]}" for t in TYPES)
    )


def main(argv: list[str]) -> int:
    seeds = [int(a) for a in argv] or list(range(1, 21))
    for seed in seeds:
        convs = generate(seed)
        again = generate(seed)
        assert [(m.text, m.labels, m.requested) for c in convs for m in c.messages] == [
            (m.text, m.labels, m.requested) for c in again for m in c.messages
        ], "not deterministic"
        print(f"seed {seed}: {summary(convs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
