# ruff: noqa: E501
"""Blind end-to-end set 28: account takeover and social engineering, both directions.

A card issuer's support chat during account-takeover attempts and scams, in English,
Spanish (Mexican, Spain, Rioplatense, Colombian, Caribbean varieties) and Spanglish:

- customers phoned or texted by fake "bank" callers who come to the real chat confused
  and repeat what they handed over (one-time codes, PINs / NIPs, card numbers, CVVs, SSNs);
- SIM-swap victims, customers whose email was hacked and who type old and new passwords;
- customers forwarding or quoting the scam texts and emails they got (codes, links, fake
  case numbers, scammer phone numbers);
- customers "testing" whether the chat is real by verifying themselves with secrets;
- impostor "agents" in a hijacked or fake session who push for secrets with urgency,
  threats, flattery, step-by-step instructions and indirect phrasings, and careless real
  agents who ask for the full card or the texted code;
- real agents who warn, verify with partial details (last four, ZIP, date of birth) and
  explain what happened, plus many conversations with no secret at all but plenty of
  look-alikes (fake case numbers, scammer phones, amounts, dates, times, ZIPs, last fours,
  masked numbers, reference numbers, IP addresses, links, CLABEs, routing numbers).

Written blind: its author read only lines 1-85 of tests/blind/e2e_set.py (the shared
schema), tests/blind/evaluate_e2e.py (the scorer) and the [tool.ruff] section of
pyproject.toml, never guard's code, rules, benchmarks or other tests.

`generate(seed)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, Conversation, Label, Message

SLOT = re.compile(r"\{(\w+)\}")
SECRET_BASE: dict[str, str] = {
    "card": CC,
    "cvv": CVV,
    "cid": CVV,
    "ssn": SSN,
    "otp": OTP,
    "pw": PW,
    "pin": PIN,
    "part": CC,
    "lastpart": CC,
}
REQ_LETTERS: dict[str, str] = {"C": CC, "V": CVV, "S": SSN, "O": OTP, "P": PW, "N": PIN}

# --------------------------------------------------------------------------------------
# Value makers: secrets
# --------------------------------------------------------------------------------------

BRANDS: list[tuple[str, int]] = [
    ("visa16", 20),
    ("visa13", 3),
    ("visa19", 3),
    ("mc5", 12),
    ("mc2", 7),
    ("amex", 10),
    ("discover", 8),
    ("jcb", 5),
    ("diners", 5),
    ("unionpay", 6),
    ("maestro", 6),
]


def make_card_digits(rng: Random, brand: str | None = None) -> str:
    if brand is None:
        brand = rng.choices([b for b, _ in BRANDS], [w for _, w in BRANDS])[0]
    if brand == "visa16":
        prefix, length = "4", 16
    elif brand == "visa13":
        prefix, length = "4", 13
    elif brand == "visa19":
        prefix, length = "4", 19
    elif brand == "mc5":
        prefix, length = str(rng.randint(51, 55)), 16
    elif brand == "mc2":
        prefix, length = str(rng.randint(2221, 2720)), 16
    elif brand == "amex":
        prefix, length = rng.choice(["34", "37"]), 15
    elif brand == "discover":
        prefix = rng.choice(["6011", "65", str(rng.randint(644, 649))])
        length = rng.choice([16, 16, 16, 19])
    elif brand == "jcb":
        prefix, length = str(rng.randint(3528, 3589)), rng.choice([16, 16, 16, 19])
    elif brand == "diners":
        prefix, length = rng.choice(["36", "38", str(rng.randint(300, 305))]), 14
    elif brand == "unionpay":
        prefix, length = "62" + str(rng.randint(0, 9)), rng.choice([16, 16, 17, 18, 19])
    else:
        prefix = rng.choice(["5018", "5020", "5038", "6304", "6759", "6761", "6763"])
        length = rng.choice([16, 16, 18, 19, 13])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def card_groups(n: int, rng: Random) -> list[int]:
    if n == 15:
        return [4, 6, 5] if rng.random() < 0.85 else [4, 4, 4, 3]
    if n == 14:
        return [4, 6, 4] if rng.random() < 0.7 else [4, 4, 4, 2]
    if n == 13:
        return [4, 3, 3, 3] if rng.random() < 0.5 else [4, 4, 5]
    groups = [4] * (n // 4)
    if n % 4:
        groups.append(n % 4)
    return groups


def group_digits(d: str, groups: list[int], seps: list[str]) -> str:
    out, pos = [], 0
    for i, g in enumerate(groups):
        if i:
            out.append(seps[i - 1])
        out.append(d[pos : pos + g])
        pos += g
    return "".join(out)


def fmt_card(rng: Random, d: str) -> str:
    style = rng.choices(["space", "dash", "none", "dot", "mixed", "double"], [48, 18, 22, 4, 5, 3])[
        0
    ]
    if style == "none":
        return d
    groups = card_groups(len(d), rng)
    n = len(groups) - 1
    if style == "space":
        seps = [" "] * n
    elif style == "dash":
        seps = ["-"] * n
    elif style == "dot":
        seps = ["."] * n
    elif style == "double":
        seps = ["  "] * n
    else:
        seps = [rng.choice([" ", "-", " "]) for _ in range(n)]
    return group_digits(d, groups, seps)


def split_card(rng: Random, d: str) -> list[str]:
    n = len(d)
    if n >= 16 and rng.random() < 0.45:
        cuts = sorted(rng.sample(range(4, n - 4, 4), 2)) if n >= 16 else [8]
    else:
        cuts = [rng.choice([c for c in (4, 6, 8, 10, 12) if n - c >= 4])]
    parts, pos = [], 0
    for c in [*cuts, n]:
        chunk = d[pos:c]
        pos = c
        if len(chunk) >= 8 and rng.random() < 0.6:
            sep = rng.choice([" ", "-"])
            chunk = sep.join(chunk[i : i + 4] for i in range(0, len(chunk), 4))
        parts.append(chunk)
    return parts


def make_otp(rng: Random) -> str:
    n = rng.choices([6, 4, 5, 7, 8], [78, 5, 5, 3, 9])[0]
    d = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    r = rng.random()
    if n == 6 and r < 0.08:
        return d[:3] + " " + d[3:]
    if n == 6 and r < 0.13:
        return d[:3] + "-" + d[3:]
    if n == 8 and r < 0.25:
        return d[:4] + " " + d[4:]
    return d


def make_pin(rng: Random) -> str:
    n = 4 if rng.random() < 0.86 else 6
    while True:
        d = "".join(str(rng.randint(0, 9)) for _ in range(n))
        if len(set(d)) > 1:
            return d


def make_ssn(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    grp, ser = rng.randint(1, 99), rng.randint(1, 9999)
    style = rng.choices(["dash", "space", "none", "dot"], [60, 15, 20, 5])[0]
    a, g, s = f"{area:03d}", f"{grp:02d}", f"{ser:04d}"
    if style == "dash":
        return f"{a}-{g}-{s}"
    if style == "space":
        return f"{a} {g} {s}"
    if style == "dot":
        return f"{a}.{g}.{s}"
    return a + g + s


def words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


PW_WORDS_EN = words(
    "Tiger sunshine Dragon Charlie Buster Yankees Cowboys princess Summer Maggie Bailey "
    "Hunter Shadow Raiders Kobe Mustang Peanut Lakers Jordan Angel Skyline Harley Cookie "
    "Brooklyn"
)
PW_WORDS_ES = words(
    "Tigre Luna Mariposa Chivas Boca Amorcito Corazon Estrella Gatito Pumas Lobo Sol "
    "Rayados Valentina Princesa Cielo Tequila America Milagros Guadalupe Azul Paloma River "
    "Sevilla"
)
PW_SYMBOLS = ["!", "!!", "#", "*", "$", "@", "_", ".", "&", "?"]


def make_pw(rng: Random) -> str:
    w = rng.choice(PW_WORDS_EN + PW_WORDS_ES)
    w2 = rng.choice(PW_WORDS_EN + PW_WORDS_ES)
    year = str(rng.choice([rng.randint(1965, 2024), rng.randint(1, 99), rng.randint(100, 9999)]))
    sym = rng.choice(PW_SYMBOLS)
    pat = rng.randint(0, 9)
    if pat == 0:
        pw = w + year + sym
    elif pat == 1:
        pw = w + sym + year
    elif pat == 2:
        leet = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})
        pw = w.translate(leet) + year
    elif pat == 3:
        pw = w.lower() + year
    elif pat == 4:
        pw = w.capitalize() + w2.capitalize() + sym + year[-2:]
    elif pat == 5:
        pw = w.lower() + "." + w2.lower() + year[-2:]
    elif pat == 6:
        pw = "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(w)) + "_" + year[-2:]
    elif pat == 7:
        sym = rng.choice(["!", "#", "*", "$", "@"])
        pw = sym + w + year + sym
    elif pat == 8:
        alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        pw = "".join(rng.choice(alphabet) for _ in range(rng.randint(9, 14))) + rng.choice(
            ["!", "#", "%", "9", "x"]
        )
    else:
        pw = w + "_" + w2.lower() + year[-2:] + sym
    if pw.endswith("."):
        pw = pw[:-1] + "!"
    while len(pw) < 8:
        pw += str(rng.randint(0, 9))
    return pw


# --------------------------------------------------------------------------------------
# Value makers: look-alikes
# --------------------------------------------------------------------------------------


def digits(rng: Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def luhn_invalid(rng: Random, n: int, first: str = "") -> str:
    while True:
        d = first + digits(rng, n - len(first))
        if not luhn.is_valid(d):
            return d


def make_amount(rng: Random, lang: str) -> str:
    cents = rng.choice(["00", "99", "49", "15", "20", "87", "50"])
    big = rng.random() < 0.3
    whole = rng.randint(100, 4999) if big else rng.randint(5, 999)
    whole_s = f"{whole:,}"
    if lang == "es":
        style = rng.randint(0, 5)
        if style == 0:
            return f"${whole_s}.{cents} MXN"
        if style == 1:
            return f"{whole_s.replace(',', '.')},{cents} €"
        if style == 2:
            return f"$ {rng.randint(20, 2500) * 1000:,}".replace(",", ".")
        if style == 3:
            return f"${whole_s} pesos"
        if style == 4:
            return f"US${whole_s}.{cents}"
        return f"${whole_s}.{cents}"
    style = rng.randint(0, 3)
    if style == 0:
        return f"${whole_s}.{cents}"
    if style == 1:
        return f"${whole_s}"
    if style == 2:
        return f"{whole_s}.{cents} USD"
    return f"${whole}.{cents}"


MONTHS_EN = words("Jan Feb March April May June July Aug Sept Oct Nov Dec")
MONTHS_ES = words(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)


def make_date(rng: Random, lang: str) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    y = rng.choice([2023, 2024, 2025])
    if lang == "es":
        return rng.choice(
            [
                f"{d:02d}/{m:02d}",
                f"{d}/{m}/{y}",
                f"{d} de {MONTHS_ES[m - 1]}",
                f"{d} de {MONTHS_ES[m - 1]}",
                f"{d}-{MONTHS_ES[m - 1][:3]}",
                f"{d:02d}/{m:02d}/{str(y)[2:]}",
            ]
        )
    return rng.choice(
        [
            f"{m}/{d}",
            f"{m:02d}/{d:02d}/{y}",
            f"{MONTHS_EN[m - 1]} {d}",
            f"{MONTHS_EN[m - 1]} {d}th",
            f"{m}/{d}/{str(y)[2:]}",
            f"{d} {MONTHS_EN[m - 1]}",
        ]
    )


def make_time(rng: Random, lang: str) -> str:
    h, mi = rng.randint(1, 12), rng.randint(0, 59)
    if lang == "es":
        return rng.choice(
            [
                f"{h}:{mi:02d}",
                f"{h}:{mi:02d} hrs",
                f"{rng.randint(13, 23)}:{mi:02d}",
                f"{h} y media",
                f"{h}:{mi:02d} p.m.",
            ]
        )
    return rng.choice(
        [
            f"{h}:{mi:02d} PM",
            f"{h}:{mi:02d}am",
            f"{h}:{mi:02d}",
            f"{rng.randint(13, 23)}:{mi:02d}",
            f"like {h}:{mi:02d}",
        ]
    )


def make_phone(rng: Random, lang: str) -> str:
    us = [
        lambda: f"({rng.randint(201, 989)}) 555-{digits(rng, 4)}",
        lambda: f"{rng.randint(201, 989)}-555-{digits(rng, 4)}",
        lambda: f"1-{rng.choice(['800', '888', '877', '866', '844'])}-555-{digits(rng, 4)}",
        lambda: f"+1 {rng.randint(201, 989)} 555 {digits(rng, 4)}",
        lambda: f"{rng.randint(201, 989)}555{digits(rng, 4)}",
        lambda: f"{rng.randint(201, 989)}.555.{digits(rng, 4)}",
    ]
    latam = [
        lambda: f"55 {digits(rng, 4)} {digits(rng, 4)}",
        lambda: f"+52 {rng.choice(['55', '33', '81'])} {digits(rng, 4)} {digits(rng, 4)}",
        lambda: f"+34 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
        lambda: f"6{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        lambda: f"+54 9 11 {digits(rng, 4)}-{digits(rng, 4)}",
        lambda: f"+57 3{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}",
        lambda: f"800 {digits(rng, 3)} {digits(rng, 4)}",
        lambda: f"(787) 555-{digits(rng, 4)}",
    ]
    pool = latam + us[:2] if lang == "es" else us
    while True:
        p = rng.choice(pool)()
        d = re.sub(r"\D", "", p)
        if not (13 <= len(d) <= 19 and luhn.is_valid(d)):
            return p


def make_masked(rng: Random, last4: str, lang: str) -> str:
    forms = [
        f"**** {last4}",
        f"****{last4}",
        f"xxxx xxxx xxxx {last4}",
        f"XXXX-XXXX-XXXX-{last4}",
        f"•••• {last4}",
        f"*{last4}",
        f"{rng.choice(['4', '5', '3'])}{digits(rng, 3)} **** **** {last4}",
        f"...{last4}",
    ]
    if lang == "es":
        forms += [f"terminación {last4}", f"con terminación {last4}"]
    else:
        forms += [f"ending in {last4}", f"ending {last4}"]
    return rng.choice(forms)


def make_case(rng: Random, lang: str) -> str:
    forms = [
        lambda: f"CS-{digits(rng, 7)}",
        lambda: f"#{digits(rng, 8)}",
        lambda: f"INC{digits(rng, 7)}",
        lambda: f"FRD-{rng.choice([2024, 2025])}-{digits(rng, 5)}",
        lambda: f"REF {digits(rng, 4)}-{digits(rng, 4)}",
        lambda: f"DSP{digits(rng, 6)}",
        lambda: f"{rng.choice('ABCDEFGHJK')}{digits(rng, 2)}-{digits(rng, 6)}",
    ]
    if lang == "es":
        forms += [
            lambda: f"{digits(rng, 8)}",
            lambda: f"FOL-{digits(rng, 6)}",
            lambda: f"RPT{digits(rng, 7)}",
        ]
    return rng.choice(forms)()


def make_fcase(rng: Random) -> str:
    return rng.choice(
        [
            lambda: f"FR-{digits(rng, 5)}",
            lambda: f"{digits(rng, 2)}-{digits(rng, 4)}-A",
            lambda: f"SEC/{digits(rng, 4)}/{rng.choice([24, 25])}",
            lambda: f"00{digits(rng, 6)}",
            lambda: f"N° {digits(rng, 2)}-{digits(rng, 4)}",
            lambda: f"#{digits(rng, 6)}",
            lambda: f"FRAUD-{digits(rng, 4)}",
            lambda: f"CX{digits(rng, 5)}",
        ]
    )()


SCAM_DOMAINS = words(
    "northwind-secure-verify.com nw-cardholder-alerts.co verify-cardsafety.net "
    "banco-seguro-validacion.mx cobalt-support-center.info secure-login-update.online "
    "mi-tarjeta-desbloqueo.com plata-clientes.help account-restore-now.xyz "
    "meridian-fraud-dept.com solara-verificacion.app usps-redelivery-fee.top"
)


def make_link(rng: Random) -> str:
    r = rng.randint(0, 5)
    if r == 0:
        return f"bit.ly/{''.join(rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH23456789') for _ in range(7))}"
    if r == 1:
        return f"https://tinyurl.com/{rng.choice(['nw', 'sec', 'card', 'fraude'])}-{digits(rng, 4)}"
    dom = rng.choice(SCAM_DOMAINS)
    tail = rng.choice(
        [
            f"/verify?id={digits(rng, 6)}",
            "/login",
            f"/u/{digits(rng, 5)}",
            "/desbloqueo",
            f"/case/{digits(rng, 7)}",
            "",
        ]
    )
    return rng.choice(["https://", "http://", "www.", ""]) + dom + tail


def make_ip(rng: Random) -> str:
    first = rng.choice([45, 62, 77, 89, 91, 102, 103, 141, 176, 185, 190, 196, 201])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


NAMES_EN = words(
    "Sarah|Mike Johnson|Tanya|Derek|Linda Park|James|Aaliyah|Tom Becker|Brenda|Kyle|Renee "
    "Thompson|Marcus",
    "|",
)
NAMES_ES = words(
    "María Guadalupe|Jorge|Lupita Hernández|Carlos|Ana Sofía|Javier "
    "Ruiz|Marisol|Fernando|Daniela|Rosa Elena|Tomás|Yesenia Ortiz",
    "|",
)
AGENTS = words(
    "Kevin|Jessica|Daniela|Carlos M.|Priya|Andrés|Nicole|Luis|Megan|Sofía|Brandon|Valeria",
    "|",
)
MERCHANTS = words(
    "Amazon|Walmart|OXXO|Mercado Libre|Zara|APPLE.COM/BILL|Binance|Coinbase|Western "
    "Union|UBER *TRIP|Liverpool|El Corte Inglés|Rappi|Best Buy|Target|SHEIN|Google "
    "*Play|Remitly|Zelle|Steam|DoorDash",
    "|",
)
CITIES = words(
    "Miami|Houston|Monterrey|Madrid|Bogotá|Lagos|Bucharest|Phoenix|Guadalajara|Buenos "
    "Aires|Newark|Dallas|San Juan",
    "|",
)
CARRIERS = words("T-Mobile|Verizon|AT&T|Telcel|Movistar|Claro|Personal|Metro|Cricket|Vodafone", "|")
ISSUERS = ["Northwind", "Cobalt Card", "Plata", "Meridian", "Solara", "BancoNorte"]
STREETS = words(
    "W 8th St|Calle Reforma|Maple Ave|Av. Insurgentes Sur|Oak Dr|Calle 72|Pine St|Av. Corrientes",
    "|",
)
EMAIL_USERS = words(
    "maria.g88 jlopez1979 tanya.b derek_m lupita.hdz carlos.r anasofia22 kyle.t "
    "rosaelena.o marcus.j"
)
EMAIL_DOMS = words("gmail.com yahoo.com hotmail.com outlook.com icloud.com prodigy.net.mx")


def make_dob(rng: Random, lang: str) -> str:
    y, m, d = rng.randint(1948, 2003), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "es":
        return rng.choice(
            [f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS_ES[m - 1]} de {y}", f"{d}-{m}-{str(y)[2:]}"]
        )
    return rng.choice(
        [
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{str(y)[2:]}",
            f"{MONTHS_EN[m - 1]} {d} {y}",
            f"{m}-{d}-{y}",
        ]
    )


def make_zip(rng: Random, lang: str) -> str:
    if lang == "es":
        return rng.choice(
            [
                f"{rng.randint(1000, 99999):05d}",
                f"0{rng.randint(1000, 9999)}",
                f"C{rng.randint(1000, 1499)}AAB",
            ]
        )
    z = f"{rng.randint(10000, 99999)}"
    return z if rng.random() < 0.85 else f"{z}-{digits(rng, 4)}"


def make_tracking(rng: Random) -> str:
    return rng.choice(
        [
            lambda: (
                "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
            ),
            lambda: "94" + digits(rng, 20),
            lambda: "TBA" + digits(rng, 12),
        ]
    )()


def make_order(rng: Random) -> str:
    while True:
        s = f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}"
        if not luhn.is_valid(s.replace("-", "")):
            return s


def make_addr(rng: Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(100, 9999)} {rng.choice(STREETS)}",
            f"{rng.randint(100, 9999)} {rng.choice(STREETS)} Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f"{rng.choice(STREETS)} {rng.randint(10, 2999)} int. {rng.randint(1, 20)}",
        ]
    )


def make_longref(rng: Random) -> str:
    return rng.choice(
        [
            lambda: f"ARN {digits(rng, 23)}",
            lambda: f"ref {luhn_invalid(rng, 16)}",
            lambda: f"reference no. {luhn_invalid(rng, 18)}",
            lambda: f"transaction ID {luhn_invalid(rng, 17, '7')}",
            lambda: f"TXN {luhn_invalid(rng, 14)}",
            lambda: f"ID {luhn_invalid(rng, 19)}",
        ]
    )()


def make_clabe(rng: Random) -> str:
    return luhn_invalid(rng, 18, rng.choice(["012", "014", "021", "072", "127"]))


def make_routing(rng: Random) -> str:
    return rng.choice(["0", "1", "2", "3"]) + digits(rng, 8)


def make_approval(rng: Random) -> str:
    return rng.choice([digits(rng, 6), f"{digits(rng, 2)}{rng.choice('ABCDEFXZ')}{digits(rng, 3)}"])


def make_exp(rng: Random) -> str:
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}"])


def make_username(rng: Random) -> str:
    return rng.choice(EMAIL_USERS).replace(".", "_") + rng.choice(["", "_nw", "01", ""])


# --------------------------------------------------------------------------------------
# Conversation context, rendering and noise
# --------------------------------------------------------------------------------------

Pool = dict[str, list[str]] | list[str]
AskPool = dict[str, list[str]] | list[str]  # entries "OC|text": letters name the asked types


def strip_accents(s: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
        .replace("¿", "")
        .replace("¡", "")
    )


def typo_word(rng: Random, w: str) -> str:
    if len(w) < 4 or not w.isalpha():
        return w
    i = rng.randint(1, len(w) - 2)
    op = rng.randint(0, 3)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    if op == 1:
        return w[:i] + w[i + 1 :]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeiosnrt") + w[i + 1 :]


class Ctx:
    """One conversation's language, values and random source."""

    def __init__(self, rng: Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.vals: dict[str, str] = {}
        self.card_digits = make_card_digits(rng)
        self.is_amex = len(self.card_digits) == 15
        self.split_used = False

    # ---- language -------------------------------------------------------------------
    def sublang(self) -> str:
        """The language one message is written in."""
        if self.lang == "mix":
            return self.rng.choices(["mix", "en", "es"], [55, 25, 20])[0]
        return self.lang

    def vlang(self) -> str:
        return (
            "es"
            if self.lang == "es"
            else ("es" if self.lang == "mix" and self.rng.random() < 0.5 else "en")
        )

    def pick(self, pool: Pool, lang: str | None = None) -> str:
        if isinstance(pool, list):
            return self.rng.choice(pool)
        lang = lang or self.sublang()
        if lang not in pool or not pool[lang]:
            lang = "en" if lang == "mix" and self.rng.random() < 0.5 else "es"
            if lang not in pool:
                lang = "en"
        return self.rng.choice(pool[lang])

    def pick_ask(self, pool: AskPool, lang: str | None = None) -> tuple[str, str]:
        if isinstance(pool, list):
            entry = self.rng.choice(pool)
        else:
            lang = lang or self.sublang()
            if lang not in pool or not pool[lang]:
                lang = "en" if self.rng.random() < 0.5 else "es"
            entry = self.rng.choice(pool[lang])
        req, _, tpl = entry.partition("|")
        return req, tpl

    # ---- values ---------------------------------------------------------------------
    def get(self, name: str) -> str:
        if name not in self.vals:
            self.vals[name] = self.make(name)
        return self.vals[name]

    def make(self, name: str) -> str:
        rng = self.rng
        base = re.sub(r"\d+$", "", name)
        lang = (
            "es"
            if self.lang == "es"
            else ("es" if self.lang == "mix" and rng.random() < 0.4 else "en")
        )
        if base == "card":
            d = self.card_digits if name == "card" else make_card_digits(rng)
            return fmt_card(rng, d)
        if base == "cvv":
            return digits(rng, 4 if self.is_amex else 3)
        if base == "cid":
            return digits(rng, 4)
        if base == "ssn":
            return make_ssn(rng)
        if base == "otp":
            return make_otp(rng)
        if base == "pw":
            return make_pw(rng)
        if base == "pin":
            return make_pin(rng)
        makers: dict[str, Callable[[], str]] = {
            "amt": lambda: make_amount(rng, lang),
            "date": lambda: make_date(rng, lang),
            "time": lambda: make_time(rng, lang),
            "phone": lambda: make_phone(rng, lang),
            "sphone": lambda: make_phone(rng, lang),
            "zip": lambda: make_zip(rng, lang),
            "last4": lambda: self.card_digits[-4:] if name == "last4" else digits(rng, 4),
            "masked": lambda: make_masked(rng, self.get("last4"), lang),
            "case": lambda: make_case(rng, lang),
            "fcase": lambda: make_fcase(rng),
            "link": lambda: make_link(rng),
            "ip": lambda: make_ip(rng),
            "name": lambda: rng.choice(NAMES_ES if lang == "es" else NAMES_EN),
            "aname": lambda: rng.choice(
                [a for a in AGENTS if name == "aname" or a != self.vals.get("aname")]
            ),
            "merchant": lambda: rng.choice(MERCHANTS),
            "city": lambda: rng.choice(CITIES),
            "carrier": lambda: rng.choice(CARRIERS),
            "issuer": lambda: rng.choice(ISSUERS),
            "email": lambda: f"{rng.choice(EMAIL_USERS)}@{rng.choice(EMAIL_DOMS)}",
            "dob": lambda: make_dob(rng, lang),
            "tracking": lambda: make_tracking(rng),
            "order": lambda: make_order(rng),
            "addr": lambda: make_addr(rng),
            "longref": lambda: make_longref(rng),
            "clabe": lambda: make_clabe(rng),
            "routing": lambda: make_routing(rng),
            "approval": lambda: make_approval(rng),
            "exp": lambda: make_exp(rng),
            "user": lambda: make_username(rng),
            "mins": lambda: str(rng.choice([2, 3, 5, 10, 15, 30])),
            "n": lambda: str(rng.randint(2, 6)),
            "agentid": lambda: digits(rng, 4),
            "ticket": lambda: f"{rng.choice(['TMO', 'VZ', 'ATT', 'TEL'])}-{digits(rng, 8)}",
            "bin": lambda: self.card_digits[:6],
            "yr": lambda: str(rng.randint(2, 15)),
        }
        return makers[name]() if name in makers else makers[base]()

    # ---- messages -------------------------------------------------------------------
    def render(
        self, tpl: str, extra: dict[str, str] | None, style: str, typos: float
    ) -> tuple[str, list[Label]]:
        out: list[str] = []
        labels: list[Label] = []
        pos = 0
        length = 0

        def lit(s: str) -> None:
            nonlocal length
            if style in ("lower", "lower_noacc"):
                s = s.lower()
            if style == "upper":
                s = s.upper()
            if style in ("noacc", "lower_noacc"):
                s = strip_accents(s)
            if typos and s:
                s = re.sub(
                    r"[^\W\d_]{4,}",
                    lambda m: (
                        typo_word(self.rng, m.group(0)) if self.rng.random() < typos else m.group(0)
                    ),
                    s,
                )
            out.append(s)
            length += len(s)

        for m in SLOT.finditer(tpl):
            lit(tpl[pos : m.start()])
            name = m.group(1)
            value = extra[name] if extra and name in extra else self.get(name)
            base = re.sub(r"\d+$", "", name)
            if base in SECRET_BASE:
                kind = SECRET_BASE[base]
                keep = 4 if kind in (CC, SSN) and base != "part" else 0
                labels.append(
                    Label(kind, length, length + len(value), keep, base in ("part", "lastpart"))
                )
            out.append(value)
            length += len(value)
            pos = m.end()
        lit(tpl[pos:])
        return "".join(out), labels

    def cust(
        self,
        pool: Pool | str,
        kind: str = "",
        extra: dict[str, str] | None = None,
        noisy: bool = True,
        lang: str | None = None,
    ) -> Message:
        tpl = pool if isinstance(pool, str) else self.pick(pool, lang)
        style, typos = "none", 0.0
        if noisy:
            r = self.rng.random()
            if r < 0.22:
                style = "lower"
            elif r < 0.27 and len(tpl) < 90:
                style = "upper"
            elif r < 0.40 and self.lang != "en":
                style = "noacc"
            elif r < 0.50 and self.lang != "en":
                style = "lower_noacc"
            typos = self.rng.choice([0.0, 0.0, 0.0, 0.05, 0.1])
        text, labels = self.render(tpl, extra, style, typos)
        return Message(
            "customer", text, labels, frozenset(), (kind or "secret") if labels else "clean"
        )

    def agent(
        self,
        pool: Pool | str,
        kind: str = "clean",
        extra: dict[str, str] | None = None,
        sloppy: bool = False,
        lang: str | None = None,
    ) -> Message:
        tpl = pool if isinstance(pool, str) else self.pick(pool, lang)
        typos = 0.04 if sloppy and self.rng.random() < 0.5 else 0.0
        text, labels = self.render(tpl, extra, "none", typos)
        return Message("agent", text, labels, frozenset(), kind)

    def ask(
        self,
        pool: AskPool,
        kind: str = "impostor_ask",
        extra: dict[str, str] | None = None,
        sloppy: bool = True,
        lang: str | None = None,
    ) -> Message:
        req, tpl = self.pick_ask(pool, lang)
        typos = 0.04 if sloppy and self.rng.random() < 0.4 else 0.0
        text, labels = self.render(tpl, extra, "none", typos)
        requested = frozenset(REQ_LETTERS[c] for c in req)
        return Message("agent", text, labels, requested, kind if requested else "pressure")

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


# --------------------------------------------------------------------------------------
# Shared pools: real agents
# --------------------------------------------------------------------------------------

GREET: Pool = {
    "en": [
        "Hi, this is {aname} with {issuer} Card Support. How can I help today?",
        "Thanks for contacting {issuer}. You're chatting with {aname}. What's going on?",
        "Hello! {aname} here from the {issuer} fraud team. I'm reading your message now.",
        "Hi there, I'm {aname}. I see you selected 'suspicious activity'. Tell me what happened.",
        "Welcome to {issuer} chat. My name is {aname} (agent ID {agentid}). How can I help?",
        "Hey, {aname} here. Sorry for the wait, queue is long today. What can I do for you?",
    ],
    "es": [
        "Hola, te atiende {aname} de {issuer}. ¿En qué te puedo ayudar?",
        "Buenas tardes, soy {aname} del área de fraudes de {issuer}. Cuéntame qué pasó.",
        "Gracias por escribir a {issuer}. Mi nombre es {aname}, ¿en qué le apoyo?",
        "Hola, soy {aname} (ID de asesor {agentid}). Ya estoy leyendo tu mensaje.",
        "¡Hola! Bienvenido al chat de {issuer}. Te atiende {aname}. ¿Qué sucedió?",
        "Buen día, le saluda {aname}. Disculpe la espera. ¿Cómo le ayudo?",
    ],
}

VERIFY_ASK: Pool = {
    "en": [
        "To pull up your account, can you confirm the last four digits of your card and your billing ZIP?",
        "First I need to verify you. What's your date of birth and the last 4 of the card?",
        "Can I get the name on the account and the ZIP code on file? Only the last four of the card, please — never the full number.",
        "Let me verify you quickly: last four of the card, and your date of birth.",
        "Before we continue, please confirm your full name and the billing address on the account.",
        "I just need to verify you. What are the last 4 digits of the card, and what's the ZIP?",
        "Could you confirm the last four of your card and the last 4 of your SSN? Nothing more than that.",
        "Please confirm the street address we have on file and the last four of the card.",
    ],
    "es": [
        "Para ubicar tu cuenta, ¿me confirmas los últimos 4 dígitos de la tarjeta y tu código postal?",
        "Primero necesito validar tu identidad. ¿Me das tu fecha de nacimiento y los últimos cuatro de la tarjeta?",
        "¿Me confirmas el nombre del titular y el CP registrado? Solo los últimos 4 de la tarjeta, nunca el número completo.",
        "Para verificarte: últimos cuatro dígitos de la tarjeta y tu fecha de nacimiento, por favor.",
        "Antes de seguir, confírmame tu nombre completo y el domicilio registrado.",
        "Solo necesito la terminación de la tarjeta (últimos 4) y tu código postal.",
        "¿Me regalas los últimos 4 dígitos de la tarjeta y tu fecha de nacimiento, por favor?",
        "Vale, ¿me confirmas los cuatro últimos números de la tarjeta y el código postal de tu domicilio?",
    ],
}

VERIFY_REPLY: Pool = {
    "en": [
        "last 4 is {last4}, zip {zip}",
        "{last4} and {zip}",
        "DOB {dob}, card ends in {last4}",
        "{name}, zip is {zip}",
        "its {last4}. born {dob}",
        "ok. {last4}. {dob}",
        "card ending {last4}, billing zip {zip}. I'm {name}",
        "{addr}, and the card ends {last4}",
        "last four {last4}, ssn last 4 is {agentid}",
        "{name}\n{addr}\n{zip}",
    ],
    "es": [
        "los últimos son {last4} y el CP {zip}",
        "{last4}, nací el {dob}",
        "termina en {last4}, código postal {zip}",
        "{name}, CP {zip}",
        "terminación {last4}. fecha de nacimiento {dob}",
        "{last4} y {zip}",
        "soy {name}, vivo en {addr}, CP {zip}",
        "ok: {last4} / {dob}",
        "la tarjeta acaba en {last4} y mi código postal es el {zip}",
    ],
    "mix": [
        "last 4 son {last4}, zip {zip}",
        "ok, termina en {last4} and my birthday is {dob}",
        "{last4}, el zip code es {zip}",
    ],
}

VERIFIED: Pool = {
    "en": [
        "Thank you, you're verified.",
        "Thanks {name}, that matches.",
        "Perfect, I have your account up.",
        "Got it, thank you. You're verified.",
    ],
    "es": [
        "Gracias, quedó validada tu identidad.",
        "Perfecto, ya tengo tu cuenta en pantalla.",
        "Listo, gracias. Coincide con lo registrado.",
        "Muy bien, ya te ubiqué.",
    ],
}

NEVER_ASK: Pool = {
    "en": [
        "Just so you know: we will never ask for your PIN, your card's security code, your password or the codes we text you — not by phone, text or chat.",
        "Remember, {issuer} will never call you to ask for a one-time code or your PIN. If someone does, hang up and call the number on the back of your card.",
        "Please don't share any code we send you with anyone, including me here in chat.",
        "For future reference: a real {issuer} agent will never ask you to read back a verification code or type your full card number in chat.",
        "Quick reminder: never send your PIN, CVV, password or texted codes in this chat. The last four digits are all we ever need.",
        "If anyone asks for the code from a text, that's a scam, even if the caller ID says {issuer}. Caller ID can be spoofed.",
    ],
    "es": [
        "Te recuerdo que nunca te vamos a pedir tu NIP, el código de seguridad de la tarjeta, tu contraseña ni los códigos que te llegan por SMS.",
        "Recuerda: {issuer} nunca te llamará para pedirte un código o tu NIP. Si alguien lo hace, cuelga y marca al número que viene atrás de tu tarjeta.",
        "Por favor no compartas ningún código que te enviemos, ni siquiera conmigo por este chat.",
        "Para la próxima: un asesor real de {issuer} jamás te pedirá que le dictes un código ni que escribas el número completo de tu tarjeta.",
        "Ojo: nunca envíes tu PIN, CVV, contraseña ni códigos por este chat. Con los últimos 4 dígitos es suficiente.",
        "Si alguien te pide el código de un mensaje, es fraude, aunque en la pantalla salga el nombre de {issuer}. El número se puede falsificar.",
    ],
}

DONT_SEND: Pool = {
    "en": [
        "Please stop — don't send your full card number, PIN or CVV here. I only need the last four.",
        "Please don't type passwords in chat. I'll send a reset link to your email on file instead.",
        "No need for that! Please never share the code — just enter it yourself on the website.",
        "I'd rather you didn't send that here. For security, please only share the last 4 digits.",
        "Please don't share your PIN with anyone, us included. We'll issue a new one with the replacement card.",
        "Thanks, but please don't send your SSN in chat. The last four is enough for verification.",
    ],
    "es": [
        "Por favor no me envíes el número completo de la tarjeta, ni el NIP ni el CVV. Solo necesito los últimos 4.",
        "No escribas contraseñas en el chat, por favor. Te mando un enlace para restablecerla a tu correo registrado.",
        "¡No hace falta! Nunca compartas el código, ingrésalo tú directamente en la página.",
        "Prefiero que no me mandes eso por aquí. Por seguridad, solo la terminación de la tarjeta.",
        "No compartas tu NIP con nadie, ni con nosotros. Te llegará uno nuevo con la reposición.",
        "Gracias, pero no envíes tu número de seguro social por el chat. Con los últimos 4 basta.",
    ],
}

DONT_SEND_OTP: Pool = {
    "en": [
        "No need for that! Please never share the code — just enter it yourself on the website.",
        "Please don't send me codes, ever. Type it only on our site or app.",
        "I don't need it, and please don't share it with anyone. Enter it on the page where you requested it.",
    ],
    "es": [
        "¡No hace falta! Nunca compartas el código, ingrésalo tú directamente en la página.",
        "No me mandes códigos nunca. Escríbelo solo en la página o en la app.",
        "No lo necesito y no se lo des a nadie. Ponlo en la página donde lo solicitaste.",
    ],
}

PROBE: Pool = {
    "en": [
        "Don't tell me the code itself — just yes or no: did you share it with anyone?",
        "Did the caller ask for your PIN or the 3-digit code on the back as well?",
        "Did you give them anything else, like your online password? You don't need to tell me what it is.",
        "Did you enter any information on that site? No need to type it here, just tell me what kind of info.",
        "Did you share your Social Security number with them? Yes or no is fine.",
        "Do you still have the text they sent? You can describe it, but please don't paste any code in it.",
    ],
    "es": [
        "No me digas el código, solo sí o no: ¿se lo compartiste a alguien?",
        "¿La persona también te pidió el NIP o los 3 dígitos de atrás?",
        "¿Les diste algo más, como tu contraseña de la app? No hace falta que me digas cuál es.",
        "¿Capturaste datos en esa página? No los escribas aquí, solo dime qué tipo de datos.",
        "¿Le diste tu número de seguro social? Con un sí o no está bien.",
        "¿Todavía tienes el mensaje? Puedes describirlo, pero no me pegues ningún código.",
    ],
}

CLOSE_AGENT: Pool = {
    "en": [
        "Is there anything else I can help with today?",
        "You're all set. Your case number is {case}. Take care!",
        "I've added notes to your account. Reference {case}. Stay safe!",
        "All done on my end. You'll get an email confirmation shortly.",
        "Happy to help. The new card should arrive in 5-7 business days.",
    ],
    "es": [
        "¿Hay algo más en lo que te pueda ayudar?",
        "Listo, tu número de reporte es {case}. ¡Cuídate!",
        "Quedó registrado con el folio {case}. Que tengas buen día.",
        "Todo listo de mi lado. Te llegará un correo de confirmación.",
        "Con gusto. La tarjeta nueva llega en 5 a 7 días hábiles.",
    ],
}

THANKS: Pool = {
    "en": [
        "thank you so much 🙏",
        "ok thanks",
        "ty!! that was scary",
        "Thanks for your help.",
        "ok... lesson learned 😩 thank u",
        "great, thanks {aname}",
        "that's all, thank you",
        "ok. so the {amt} won't be charged right?",
    ],
    "es": [
        "gracias!!",
        "mil gracias, qué susto",
        "muchas gracias señorita",
        "ok gracias, ya aprendí la lección 😔",
        "gracias {aname}, muy amable",
        "vale, gracias",
        "dale, gracias che",
        "ok entonces los {amt} no se cobran verdad?",
    ],
    "mix": [
        "ok gracias, thank you so much",
        "thanks mija, que susto 😅",
        "ok perfect, gracias!!",
    ],
}


# --------------------------------------------------------------------------------------
# Family: fake "bank" caller got a one-time code
# --------------------------------------------------------------------------------------

VISH_OTP_OPEN: Pool = {
    "en": [
        "a guy from your fraud team called and I gave him the code {otp}, was that you?",
        "HELP someone called saying they were from {issuer} fraud dept and asked me to read the code they texted me. I read it to him, it was {otp} 😰",
        "hi, i got a call from {sphone} saying my card was used in {city}. he said he'd send a code to confirm it was me and i told him {otp}. now im worried",
        "Was that really you guys calling me at {time}? they knew my name and last 4 ({last4}) so I gave them the code {otp}",
        "so this lady calls me, says she's from the bank, sends me a text w/ a code and asks me to read it back... {otp}. then she hung up. is my account ok??",
        "I think I just got scammed. Told the caller my verification code {otp} and he said 'thank you, the fraud is cancelled'",
        "urgent!!! gave a code ({otp}) to someone who said they were {issuer}. what do i do",
        "Did someone from your team call me? Caller ID showed {issuer} and the number {sphone}. I read them the digits from the text: {otp}",
        "my mom got a call (im typing for her) from 'fraud prevention', she gave them the code {otp} that came to her phone",
        "they said 'we're sending you a code to stop the charge, read it to me' so i did. {otp}. was that legit",
        "someone called abt a {amt} charge at {merchant}, i said it wasnt me and they sent a code... i gave it: {otp}",
        "quick q — is it normal for your fraud team to ask for the text code? I gave it already ({otp}) and now i have a bad feeling",
        "Good afternoon. I received a phone call at {time} from a man named 'Steven' in your security department. He asked me to confirm a passcode, and I read him {otp}. I now believe this was not legitimate.",
        "OMG I think I messed up. guy said he was from {issuer}, said there was a charge for {amt}, asked for the code that came by text. code was {otp}",
        "hey so I got a call like 10 min ago. they sent me code {otp} and I told it to them bc they said otherwise my account gets frozen",
        "HELP!!! gave code {otp} to a caller",
        "Is {sphone} one of your numbers? They called, I gave the code {otp}, and now I can't log in",
        "got a robocall saying 'press 1 to speak to fraud', then a guy asked for the code I just got. It was {otp}. Then I got ANOTHER text with {otp2} and gave that too 😭",
    ],
    "es": [
        "me llamaron del banco y les di el código {otp}, ¿eran ustedes?",
        "AYUDA me habló un señor diciendo que era de fraudes de {issuer} y le pasé el código que me llegó por mensaje: {otp}",
        "buenas, me marcaron del {sphone} diciendo que había un cargo de {amt} en {merchant} y para cancelarlo me pidieron el código... se los di, era {otp} 😟",
        "Hola, recibí una llamada supuestamente del departamento de seguridad. Me mandaron un SMS con código {otp} y se lo dicté. ¿Fue real?",
        "oigan me llamaron hace rato, sabían mi nombre y los últimos 4 de la tarjeta ({last4}) así que les di la clave que me llegó {otp}",
        "che, me llamaron del banco por una compra rara y les pasé el código {otp}, ¿está bien eso?",
        "tío, me ha llamado uno diciendo que era del banco y le he dado el código del SMS, {otp}. ¿Era de verdad?",
        "Mi mamá recibió una llamada y les dio el código {otp} que le llegó al celular, ¿qué hacemos?",
        "Me dijeron que era para bloquear un cargo y les leí los números: {otp}. Ahora tengo miedo",
        "creo q me estafaron!!! le di el codigo {otp} a un tipo que dijo ser de {issuer}",
        "parce me llamaron del banco y yo de bobo les di el código {otp}",
        "Buenas noches, a las {time} me llamó una señorita muy amable de 'prevención de fraudes', me pidió el código de verificación y se lo di: {otp}. Después ya no pude entrar a la app",
        "mano me llamaron del banco y me pidieron la clave dinámica, se la di: {otp}. fue ustedes?",
        "me marcaron del {sphone} y me dijeron que les diera el token para cancelar una compra, les di {otp}",
        "oye una pregunta, ¿ustedes llaman para pedir el código? porque yo ya lo di ({otp}) y me quedé con la duda",
        "AYUDAAA le di el codigo {otp} a alguien por telefono",
        "Hola. Me llamaron diciendo que mi tarjeta se usó en {city}. Me llegaron dos códigos, {otp} y {otp2}, y se los leí los dos",
    ],
    "mix": [
        "me llamaron del fraud department y les di el code {otp}, was that you guys?",
        "oye, a guy called me diciendo que era del banco and I gave him the código {otp} 😩",
        "Hi, mi esposo got a call del 'fraud team' y le dio el code que llegó por text: {otp}",
        "ayuda pls, gave the verification code {otp} to someone que dijo ser de {issuer}",
        "they called me from {sphone} y me pidieron el code, les dije {otp}... was that real?",
        "hello? me llamaron de {issuer} por un charge de {amt} y les di el codigo {otp}, is that normal??",
        "HELP me hackearon creo. le di el passcode {otp} a un señor que llamó",
    ],
}

VISH_EXPLAIN: Pool = {
    "en": [
        "I can see a code was sent at {time} for a {amt} purchase attempt at {merchant}. I've declined it, locked the card ending {last4} and ordered a replacement. Case number {case}.",
        "The code you read to the caller was used to try to add your card to a mobile wallet. I've blocked that device and frozen the card. Your reference is {case}.",
        "What happened: the caller triggered a login to your account, and the code we texted you was for that login. I've reset your online access and blocked the card ending in {last4}.",
        "That call did not come from us. The code authorized a change of the phone number on your profile; I've reversed it and put a fraud hold on the account. Case {case}.",
        "I see two attempts, {amt} at {merchant} and another at {time}. Both are declined now. I've closed the card {masked} and a new one is on the way.",
        "The scammers used the code to request a password reset. Nothing was charged, but I've locked online banking until you set it up again. Ticket {case}.",
    ],
    "es": [
        "Veo que a las {time} se envió un código por un intento de compra de {amt} en {merchant}. Lo rechacé, bloqueé la tarjeta con terminación {last4} y pedí una reposición. Tu número de reporte es {case}.",
        "El código que le diste a esa persona era para dar de alta tu tarjeta en una billetera digital. Ya bloqueamos ese dispositivo y la tarjeta. Folio: {case}.",
        "Te explico: con ese código intentaron entrar a tu banca en línea. Ya reseteamos el acceso y bloqueamos la tarjeta que termina en {last4}.",
        "Esa llamada no fue nuestra. Con el código cambiaron el número de celular registrado; ya lo revertí y puse un bloqueo preventivo. Reporte {case}.",
        "Hay dos intentos, uno de {amt} en {merchant} y otro a las {time}. Los dos quedaron rechazados. Cancelé la tarjeta {masked} y te enviamos una nueva.",
        "Con el código pidieron restablecer tu contraseña. No hubo cargos, pero bloqueé la banca en línea hasta que la actives de nuevo. Folio {case}.",
    ],
}

EXTRA_SECRET: dict[str, Pool] = {
    PIN: {
        "en": [
            "omg ok. he also asked for my PIN and i said {pin} 🤦",
            "wait, he also had me type my pin on the keypad. it's {pin}",
            "I also told her my ATM PIN ({pin}) because she said they needed it to reissue the card",
        ],
        "es": [
            "ay no. también me pidió el NIP y se lo di, {pin}",
            "también le dije mi pin del cajero, es {pin} 😭",
            "y me hicieron marcar la clave de la tarjeta en el teléfono: {pin}",
        ],
        "mix": ["also me pidió el PIN y le dije {pin}", "y el pin tambien, {pin}... i know i know"],
    },
    CVV: {
        "en": [
            "also he made me confirm the 3 numbers on the back, {cvv}",
            "he asked for the security code too. I said {cvv}",
            "and the cvv. {cvv}. ugh",
        ],
        "es": [
            "también me pidieron los 3 números de atrás de la tarjeta: {cvv}",
            "y el código de seguridad, le dije {cvv}",
            "y el cvv que es {cvv}, perdón 😞",
        ],
        "mix": ["tambien el cvv, {cvv}", "and los numeritos de atrás: {cvv}"],
    },
    SSN: {
        "en": [
            "they asked for my social too... I gave them {ssn}",
            "he verified me with my SSN, I said {ssn}. that's bad right",
            "and my social security number {ssn} 😭",
        ],
        "es": [
            "y mi número de seguro social... {ssn} 😭",
            "me pidieron el social para 'verificar', les di {ssn}",
        ],
        "mix": ["tambien mi social, {ssn}", "y el SSN, {ssn}, porque said it was to verify"],
    },
    PW: {
        "en": [
            "also told him my online banking password, its {pw}",
            "he asked me to log in while on the phone and read my password, {pw}",
        ],
        "es": [
            "y la contraseña de la app, que es {pw}",
            "también le di mi clave de internet: {pw}",
        ],
        "mix": ["y el password de la app, {pw}", "le di mi contraseña also, es {pw}"],
    },
    CC: {
        "en": [
            "he read me the card number to 'confirm' and then asked me to read it back. {card}",
            "I also gave the full card number {card} and the exp {exp}",
        ],
        "es": [
            "y le confirmé el número de la tarjeta completo {card} con vencimiento {exp}",
            "también le dicté la tarjeta: {card}",
        ],
        "mix": ["y le di el card number, {card}"],
    },
}

EXTRA_REPLY: dict[str, Pool] = {
    PIN: {
        "en": [
            "Understood. Since the PIN was shared, the replacement card will come with a new PIN mailed separately. Please don't reuse the old one."
        ],
        "es": [
            "Entendido. Como compartiste el NIP, la tarjeta nueva llegará con un NIP nuevo por separado. No reutilices el anterior."
        ],
    },
    CVV: {
        "en": [
            "OK. With the number and security code they could try online purchases, so the card is closed for good now. The new one has a different number and code."
        ],
        "es": [
            "Ok. Con eso podrían intentar compras en línea, por eso la tarjeta queda cancelada definitivamente. La nueva tendrá otro número y otro código."
        ],
    },
    SSN: {
        "en": [
            "Because your SSN was shared, I recommend placing a fraud alert with the credit bureaus. I've added extra verification to your profile."
        ],
        "es": [
            "Como compartiste tu seguro social, te recomiendo poner una alerta de fraude con los burós de crédito. Ya agregué verificación adicional a tu perfil."
        ],
    },
    PW: {
        "en": [
            "Thanks for telling me. Please don't type passwords here again. I've forced a password reset — you'll get a link at your email on file."
        ],
        "es": [
            "Gracias por avisar. No vuelvas a escribir contraseñas aquí. Forcé un cambio de contraseña; te llega un enlace al correo registrado."
        ],
    },
    CC: {
        "en": [
            "Please don't type the full number here again. That card is closed now, the replacement will have a new number."
        ],
        "es": [
            "Por favor no vuelvas a escribir el número completo aquí. Esa tarjeta ya quedó cancelada y la nueva tendrá otro número."
        ],
    },
}


def fam_vish_otp(ctx: Ctx) -> list[Message]:
    msgs = []
    if ctx.chance(0.6):
        msgs.append(ctx.agent(GREET))
    msgs.append(ctx.cust(VISH_OTP_OPEN, "otp_told"))
    if ctx.chance(0.3):
        msgs.append(ctx.agent(PROBE))
        msgs.append(
            ctx.cust(
                {
                    "en": [
                        "no just the code",
                        "just the code, nothing else",
                        "no I hung up after that",
                    ],
                    "es": ["no, solo el código", "nada más el código", "no, colgué después"],
                }
            )
        )
    msgs.append(
        ctx.agent(NEVER_ASK, "warning") if ctx.chance(0.5) else ctx.agent(VERIFY_ASK, "legit_ask")
    )
    if msgs[-1].kind == "warning":
        msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    msgs.append(ctx.agent(VERIFIED))
    msgs.append(ctx.agent(VISH_EXPLAIN))
    if ctx.chance(0.45):
        t = ctx.rng.choice([PIN, CVV, SSN, PW, CC, PIN, CVV])
        msgs.append(ctx.cust(EXTRA_SECRET[t], "extra_" + t.lower()))
        msgs.append(ctx.agent(EXTRA_REPLY[t]))
    msgs.append(ctx.cust(THANKS))
    if ctx.chance(0.5):
        msgs.append(ctx.agent(NEVER_ASK, "warning"))
    else:
        msgs.append(ctx.agent(CLOSE_AGENT))
    return msgs


# --------------------------------------------------------------------------------------
# Family: fake caller got the PIN / NIP
# --------------------------------------------------------------------------------------

VISH_PIN_OPEN: Pool = {
    "en": [
        "someone called and asked me to punch in my PIN on the keypad to verify, i did... {pin}",
        "a man called from 'card services' and I told him my pin {pin} because he said it was needed to stop a charge",
        "gave my ATM pin to a caller, it's {pin}, please block my card now!!!",
        "I got a call saying my debit card was compromised and they needed my current PIN to issue a new one. I said {pin}. Then I saw a withdrawal of {amt}",
        "was it you who called? they asked for my pin number and i gave it ({pin}) 😣",
        "Hi. My father (82) received a call and gave them his PIN {pin}. Can you check his account? Card ends {last4}",
        "They told me to enter my PIN to 'sync' the new chip. I typed {pin} on my phone. Now there are ATM withdrawals",
        "someone from 'the bank' came to my HOUSE to pick up my card bc it was 'compromised' and i wrote the pin on a paper for him: {pin}. i feel so dumb",
    ],
    "es": [
        "me llamaron del banco y les di mi NIP {pin}",
        "Me hablaron de {issuer} que había que actualizar datos y me pidieron el NIP, les di {pin}. Luego me di cuenta que era raro",
        "Señorita, me marcaron diciendo que mi tarjeta estaba bloqueada y para desbloquearla les dicté mi NIP {pin} por el teclado del teléfono",
        "oye me pidieron el pin del cajero y se los di ({pin}), luego llegó un retiro de {amt}",
        "llamaron diciendo que eran del banco y me pidieron que marcara mi clave de 4 dígitos: {pin}. Después vi un retiro",
        "me han llamado del banco (o eso decían) y les he dado el PIN de la tarjeta, el {pin}",
        "che me pidieron la clave del cajero por teléfono y se las pasé {pin}. Soy un boludo",
        "Buenas, a mi papá le llamaron y dio su NIP que es {pin}, la tarjeta termina en {last4}, ¿pueden revisar?",
        "vino un supuesto empleado del banco a recoger mi tarjeta y le anoté el nip en un papel, {pin} 😭😭",
        "me pidieron la clave de la tarjeta de débito para cambiarla por una con chip nuevo, les di {pin}",
    ],
    "mix": [
        "me llamaron y les di mi PIN {pin}, was that you?",
        "they asked me el NIP para 'verificar' y se los di, {pin}. help!!",
        "gave el pin del ATM to a guy que dijo ser del banco: {pin}",
    ],
}

ATM_EXPLAIN: Pool = {
    "en": [
        "I see two ATM withdrawals, {amt} at {time} and another one in {city} {date}. I've blocked the card {masked} and opened dispute {case}.",
        "No withdrawals went through yet. I've blocked the card ending {last4} so the PIN is useless now. A new card and PIN will be mailed to {addr}.",
        "There was one attempt at an ATM for {amt}; it was declined because you hit the daily limit earlier. The card is now blocked. Case {case}.",
    ],
    "es": [
        "Veo dos retiros en cajero, uno de {amt} a las {time} y otro en {city} {date}. Bloqueé la tarjeta {masked} y abrí la aclaración {case}.",
        "Todavía no hay retiros. Ya bloqueé la tarjeta con terminación {last4}, así que ese NIP ya no sirve. Te llegará tarjeta y NIP nuevos a {addr}.",
        "Hubo un intento de retiro por {amt} y se rechazó. La tarjeta ya está bloqueada. Folio {case}.",
    ],
}

PIN_FOLLOW: Pool = {
    "en": [
        "can I pick the new pin myself?",
        "how long for the new card? i need to pay rent on the {date}",
        "do I have to go to a branch?",
        "will I get the {amt} back??",
    ],
    "es": [
        "¿puedo elegir yo el NIP nuevo?",
        "¿cuánto tarda la tarjeta nueva? tengo que pagar la renta el {date}",
        "¿tengo que ir a sucursal?",
        "¿me van a devolver los {amt}?",
    ],
}

PIN_FOLLOW_ANS: Pool = {
    "en": [
        "Yes — once the card arrives you can set the PIN at any of our ATMs or in the app. Never share it with anyone.",
        "The card ships within 2 business days to the address on file. You can use the virtual card in the app meanwhile.",
        "No branch visit needed. For disputed withdrawals we usually give a provisional credit within 10 business days.",
    ],
    "es": [
        "Sí, cuando llegue la tarjeta puedes asignar el NIP en cualquier cajero o en la app. No se lo compartas a nadie.",
        "La tarjeta sale en 2 días hábiles al domicilio registrado. Mientras tanto puedes usar la tarjeta digital en la app.",
        "No hace falta ir a sucursal. En aclaraciones de retiros normalmente hay un abono provisional en 10 días hábiles.",
    ],
}


def fam_vish_pin(ctx: Ctx) -> list[Message]:
    msgs = []
    if ctx.chance(0.5):
        msgs.append(ctx.agent(GREET))
    msgs.append(ctx.cust(VISH_PIN_OPEN, "pin_told"))
    if ctx.chance(0.5):
        msgs.append(ctx.agent(DONT_SEND, "warning"))
    msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    msgs.append(ctx.agent(VERIFIED))
    msgs.append(ctx.agent(ATM_EXPLAIN))
    if ctx.chance(0.3):
        t = ctx.rng.choice([OTP, CVV, CC])
        if t == OTP:
            msgs.append(
                ctx.cust(
                    {
                        "en": ["they also asked for a code that came by text, {otp}"],
                        "es": ["también me pidieron un código que me llegó, {otp}"],
                        "mix": ["tambien el code del text, {otp}"],
                    },
                    "extra_otp",
                )
            )
            msgs.append(ctx.agent(NEVER_ASK, "warning"))
        else:
            msgs.append(ctx.cust(EXTRA_SECRET[t], "extra_" + t.lower()))
            msgs.append(ctx.agent(EXTRA_REPLY[t]))
    msgs.append(ctx.cust(PIN_FOLLOW))
    msgs.append(ctx.agent(PIN_FOLLOW_ANS))
    msgs.append(ctx.cust(THANKS))
    if ctx.chance(0.5):
        msgs.append(ctx.agent(CLOSE_AGENT))
    return msgs


# --------------------------------------------------------------------------------------
# Family: SIM swap
# --------------------------------------------------------------------------------------

SIM_OPEN: Pool = {
    "en": [
        "my phone suddenly says SOS only since {time} and now I got an email that my password was changed. carrier says someone moved my number to a new SIM",
        "I think someone did a SIM swap on me. {carrier} confirmed my line was ported at {time} {date}. I'm writing from my wife's phone {phone}",
        "No service on my phone all morning, then I got an email from you saying a new device was added. HELP",
        "someone stole my phone number!!! {carrier} ticket {ticket}. they're getting into everything",
        "Hi, my cell went dead at {time}, {carrier} says a SIM was activated at a store in {city}. I'm scared they'll get into my card account",
        "phone has no signal, emails say my {issuer} login email was changed to something else. pls freeze everything",
    ],
    "es": [
        "se me fue la señal del celular desde anoche y hoy vi que hubo una transferencia de {amt}. {carrier} dice que alguien pidió un chip nuevo con mi número",
        "me clonaron el chip!!! no tengo señal y me llegaron correos de cambio de contraseña",
        "Buenas, {carrier} me confirmó que hicieron un duplicado de mi SIM {date} a las {time}. Les escribo desde el cel de mi hija {phone}",
        "hola, mi línea dejó de funcionar y ahora me llegan correos de {issuer} de 'nuevo dispositivo'. bloqueen todo porfa",
        "me robaron el número de teléfono, reporte de {carrier} {ticket}, ¿pueden revisar mi tarjeta?",
        "tengo el móvil sin cobertura desde esta mañana y me han llegado avisos de acceso desde {city}",
    ],
    "mix": [
        "mi phone no tiene señal since last night y me llegó un email de password changed 😰",
        "creo que me hicieron SIM swap, {carrier} dice que activaron otro chip en {city}",
    ],
}

SIM_CODES_SEEN: Pool = {
    "en": [
        "when service came back I saw 3 texts from you with codes: {otp}, {otp2} and {otp3}. I never requested any of them",
        "I got my line back and there's a text with code {otp} from {time}, I didn't ask for that",
        "the last code in my messages is {otp}, sent while my phone was off",
        "there were texts with codes {otp} and {otp2} that I never saw until now",
    ],
    "es": [
        "ya regresó la línea y vi 3 mensajes con códigos: {otp}, {otp2} y {otp3}. yo no pedí ninguno",
        "me llegó un mensaje con el código {otp} a las {time} y yo no lo pedí",
        "el último código que tengo es {otp}, llegó cuando no tenía señal",
    ],
    "mix": ["when my line came back vi los codes {otp} y {otp2}, yo no los pedí"],
}

SIM_CARRIER_PIN: Pool = {
    "en": [
        "the crazy thing is I had a port-out PIN with {carrier}, it was {pin}, and they still did it",
        "{carrier} said I had an account PIN set ({pin}) so idk how they got past that",
    ],
    "es": [
        "lo peor es que tenía NIP de portabilidad con {carrier}, era {pin}, y aun así lo hicieron",
        "en {carrier} tenía un PIN de seguridad ({pin}) y ni así",
    ],
    "mix": ["tenía un PIN con {carrier}, {pin}, and they still did it"],
}

SIM_AGENT: Pool = {
    "en": [
        "I'm sorry. I've removed the phone number on your profile and added a verbal password requirement. I see a login from {ip} at {time} which I've terminated.",
        "I've frozen the card ending {last4} and the online profile. There's a pending transfer of {amt} that I've stopped. Reference {case}.",
        "Those codes were triggered by someone trying to reset your password from {ip}. None of the resets completed. I've locked the profile.",
        "Your login email was changed to {email} at {time}. I've reverted it and blocked new devices for 30 days.",
    ],
    "es": [
        "Lo siento mucho. Quité el número de celular de tu perfil y ahora pediremos una palabra clave verbal. Había una sesión desde {ip} a las {time} que ya cerré.",
        "Congelé la tarjeta con terminación {last4} y la banca en línea. Había una transferencia pendiente de {amt} que detuve. Folio {case}.",
        "Esos códigos se generaron porque alguien intentó restablecer tu contraseña desde {ip}. Ningún cambio se completó. Bloqueé el perfil.",
        "Cambiaron tu correo de acceso a {email} a las {time}. Ya lo revertí y bloqueé nuevos dispositivos por 30 días.",
    ],
}

SIM_EMAIL_CODE: Pool = {
    "en": [
        "I'm going to email a code to {email}. Please don't share it with me; you'll enter it yourself on the website.",
        "You'll get a verification email in a minute. Do NOT read the code to anyone, just click the link in it.",
    ],
    "es": [
        "Te voy a enviar un código a {email}. No me lo compartas; tú lo ingresas directamente en la página.",
        "Te llegará un correo de verificación. NO le dictes el código a nadie, solo da clic en el enlace.",
    ],
}

SIM_CODE_OFFER: Pool = {
    "en": [
        "ok got it, the code is {otp} do you need it?",
        "it says {otp}",
        "received: {otp}. should I type it here?",
    ],
    "es": ["ya me llegó, es {otp}, ¿lo necesitas?", "dice {otp}", "llegó el {otp}, ¿te lo paso?"],
    "mix": ["ya llegó el code, {otp}, lo necesitas?"],
}

SIM_NOCODE: Pool = {
    "en": [
        "ok I entered it on the site, it worked",
        "done, it said verified",
        "got it, entered it myself 👍",
    ],
    "es": ["listo, ya lo puse en la página", "ya quedó, dice verificado", "ok ya lo ingresé yo 👍"],
}


def fam_sim_swap(ctx: Ctx) -> list[Message]:
    msgs = [ctx.cust(SIM_OPEN)]
    msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    msgs.append(ctx.agent(VERIFIED))
    msgs.append(ctx.agent(SIM_AGENT))
    if ctx.chance(0.55):
        msgs.append(ctx.cust(SIM_CODES_SEEN, "otp_seen"))
        msgs.append(
            ctx.agent(
                {
                    "en": [
                        "Thanks. Those codes are expired and can't be used now, but please don't share codes in chat in the future."
                    ],
                    "es": [
                        "Gracias. Esos códigos ya vencieron, pero en adelante no compartas códigos por el chat."
                    ],
                },
                "warning",
            )
        )
    if ctx.chance(0.3):
        msgs.append(ctx.cust(SIM_CARRIER_PIN, "pin_told"))
        msgs.append(
            ctx.agent(
                {
                    "en": [
                        "That's frustrating. I'd ask {carrier} to set a new port-out PIN and keep it private."
                    ],
                    "es": [
                        "Qué frustrante. Pídele a {carrier} un NIP nuevo de portabilidad y no lo compartas."
                    ],
                }
            )
        )
    msgs.append(ctx.agent(SIM_EMAIL_CODE, "warning"))
    if ctx.chance(0.45):
        msgs.append(ctx.cust(SIM_CODE_OFFER, "otp_offered"))
        msgs.append(ctx.agent(DONT_SEND_OTP, "warning"))
    else:
        msgs.append(ctx.cust(SIM_NOCODE))
    msgs.append(ctx.cust(THANKS))
    return msgs


# --------------------------------------------------------------------------------------
# Family: hacked email / changed password
# --------------------------------------------------------------------------------------

PW_OPEN: Pool = {
    "en": [
        "my email got hacked and they changed my password to something, my old one was {pw}",
        "they got into my gmail and from there into my {issuer} account. the password i used for both was {pw} 😭",
        "I can't log in. I've tried {pw} and {pw2} and neither works, I think someone changed it",
        "my password is {pw} but it says incorrect. got an alert about a login from {ip}",
        "got an alert 'new sign-in from {city}' and i didnt do that. i was using {pw} as my pw",
        "Someone hacked my email ({email}) and reset my {issuer} password. For the record my password was {pw} and I never gave it to anyone",
        "HELP my account is locked. pw was {pw}",
        "I reused {pw} on like every site, and yesterday my email got hacked. Now there's a {amt} charge I don't know",
        "they changed my password!! old password: {pw}",
        "Hello, I'm locked out. Username {user}, password {pw}. Can you check why it doesn't work?",
    ],
    "es": [
        "hackearon mi correo y me cambiaron la contraseña, la anterior era {pw}",
        "alguien entró a mi cuenta de correo ({email}) y me cambió la contraseña. La mía era {pw}, ¿me la pueden restablecer?",
        "me hackearon el mail, mi clave era {pw} y ya no funciona",
        "no puedo entrar a la app, pongo {pw} y me dice incorrecta. creo que me la cambiaron",
        "me llegó un correo de inicio de sesión desde {city} y no fui yo. mi contraseña es {pw}",
        "Buenas tardes, me robaron la cuenta de correo y desde ahí cambiaron el acceso al banco. Mi contraseña anterior: {pw}",
        "ya probé {pw} y {pw2} y ninguna funciona 😤",
        "hola, mi usuario es {user} y la contraseña {pw}, no me deja entrar",
        "tío, me han cambiado la contraseña, la mía era {pw}",
    ],
    "mix": [
        "me hackearon el email y cambiaron el password, el viejo era {pw}",
        "my contraseña was {pw} and now it doesn't work, alguien la cambió",
        "no puedo hacer login, tried {pw} like 5 times",
    ],
}

PW_AGENT_STOP: Pool = {
    "en": [
        "Please don't share passwords in chat — even old ones. I'll send a reset link to your verified email instead.",
        "Thanks for letting me know. For your safety, please don't type any password here; I'll never need it.",
        "I don't need your password, and please don't post it here. Let's verify you another way.",
    ],
    "es": [
        "Por favor no compartas contraseñas en el chat, ni las anteriores. Te envío un enlace de restablecimiento a tu correo verificado.",
        "Gracias por avisar. Por seguridad no escribas contraseñas aquí; nunca la voy a necesitar.",
        "No necesito tu contraseña y no la pongas aquí. Vamos a validarte de otra forma.",
    ],
}

PW_AGENT_EXPLAIN: Pool = {
    "en": [
        "I see successful sign-ins from {ip} ({city}) {date} at {time}. The email on the profile was changed to {email}. I've reverted it and signed out all devices.",
        "The password was reset at {time} using a link sent to your email, which matches what you said. I've locked online access. Case {case}.",
        "There was a login from {ip} and an attempt to add a new payee; it didn't go through. Everything is locked now.",
        "Your account shows a new device, 'iPhone 15', added {date}. I've removed it. No transactions were made.",
    ],
    "es": [
        "Veo accesos exitosos desde {ip} ({city}) {date} a las {time}. Cambiaron el correo del perfil a {email}. Ya lo revertí y cerré sesión en todos los dispositivos.",
        "La contraseña se restableció a las {time} con un enlace enviado a tu correo. Ya bloqueé el acceso en línea. Folio {case}.",
        "Hubo un acceso desde {ip} y un intento de dar de alta un beneficiario; no se completó. Ya quedó todo bloqueado.",
        "Aparece un dispositivo nuevo, 'Samsung A54', dado de alta {date}. Ya lo eliminé. No hubo movimientos.",
    ],
}

PW_NEW: Pool = {
    "en": [
        "ok. should I use {pw3} as my new one? or is that too easy",
        "can you just set it to {pw3} for me",
        "I changed my gmail password to {pw3}, is that strong enough?",
        "new password will be {pw3} ok?",
    ],
    "es": [
        "ok, ¿pongo {pw3} como nueva o es muy fácil?",
        "¿me la puedes cambiar tú a {pw3}?",
        "ya cambié la del correo a {pw3}, ¿está bien así?",
        "la nueva va a ser {pw3}, ¿sí?",
    ],
    "mix": ["ok, can you ponerle {pw3} como new password?", "la nueva sería {pw3}, ok?"],
}

PW_NEW_ANS: Pool = {
    "en": [
        "Please don't tell me your new password — I can't set it for you anyway. Type it only on the reset page, and make it unique to us.",
        "I can't set passwords for you, and it's best that no one else knows it, including me. Use the reset link.",
    ],
    "es": [
        "No me digas tu contraseña nueva; yo no puedo asignarla. Escríbela solo en la página de restablecimiento y que sea única.",
        "No puedo poner contraseñas por ti y es mejor que nadie la sepa, ni yo. Usa el enlace.",
    ],
}

PW_SAFE: Pool = {
    "en": [
        "ok I reset it with the link, all good now",
        "done, changed it and turned on 2FA",
        "ok I'll change my email password too",
    ],
    "es": [
        "listo, ya la cambié con el enlace",
        "ya quedó, y activé la verificación en dos pasos",
        "ok, voy a cambiar también la del correo",
    ],
}


def fam_email_hack(ctx: Ctx) -> list[Message]:
    msgs = []
    if ctx.chance(0.4):
        msgs.append(ctx.agent(GREET))
    msgs.append(ctx.cust(PW_OPEN, "pw_told"))
    msgs.append(ctx.agent(PW_AGENT_STOP, "warning"))
    msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    msgs.append(ctx.agent(PW_AGENT_EXPLAIN))
    if ctx.chance(0.5):
        msgs.append(ctx.cust(PW_NEW, "pw_told"))
        msgs.append(ctx.agent(PW_NEW_ANS, "warning"))
    msgs.append(ctx.cust(PW_SAFE))
    if ctx.chance(0.6):
        msgs.append(ctx.agent(NEVER_ASK, "warning"))
    msgs.append(ctx.cust(THANKS))
    return msgs


# --------------------------------------------------------------------------------------
# Family: customer forwards / quotes the scam text or email
# --------------------------------------------------------------------------------------

PASTE_INTRO: Pool = {
    "en": [
        "I got this text, is it real?\n",
        "got this 20 min ago:\n",
        "forwarding this email i got 👇\n",
        "Is this from you guys??\n",
        "pls check this msg:\n",
        "copy paste of the text:\n",
        "This came from {sphone}:\n",
        "Hi, received the following and want to make sure it's legit.\n",
    ],
    "es": [
        "me llegó esto, ¿es real?\n",
        "me llegó este mensaje hace rato:\n",
        "les reenvío el correo que recibí 👇\n",
        "¿esto lo mandaron ustedes?\n",
        "revisen esto porfa:\n",
        "me llegó del {sphone}:\n",
        "Buenas, recibí lo siguiente y quiero saber si es de ustedes.\n",
        "mirad este SMS:\n",
    ],
    "mix": ["me llegó este text, is it real?\n", "check this mensaje porfa:\n"],
}

PASTE_WITH_CODE: Pool = {
    "en": [
        '"{issuer}: Your verification code is {otp}. Do not share this code with anyone. Our agents will never ask for it."',
        '"{issuer} ALERT: Use code {otp} to confirm the transfer of {amt}. If you did not request this, call {sphone}."',
        '"<#> {otp} is your {issuer} security code. Expires in {mins} min. Don\'t share it."',
        '"FRAUD ALERT: Reply YES if you authorized {amt} at {merchant}. Verification code: {otp}"',
        '"{issuer}: Someone is trying to add your card to Apple Pay. Code {otp}. If this wasn\'t you call {sphone} now"',
        '"Your one-time passcode is {otp}. It expires in {mins} minutes. Ref {fcase}"',
        '"{issuer} Security: {otp} is your code to verify your identity with our agent. Case {fcase}."',
        '"Use {otp} to sign in to {issuer}. We\'ll never call you for this code."',
    ],
    "es": [
        '"Tu código de verificación {issuer} es {otp}. No lo compartas con nadie."',
        '"{issuer}: {otp} es tu clave dinámica para autorizar la compra de {amt} en {merchant}. Si no fuiste tú, llama al {sphone}"',
        '"{issuer} informa: su código de seguridad es {otp}. Vigencia {mins} minutos. Folio {fcase}"',
        '"Código {otp} para registrar su tarjeta en billetera digital. Si no reconoce esta operación comuníquese al {sphone}"',
        '"{issuer}: Usa el código {otp} para confirmar el retiro sin tarjeta por {amt}."',
        '"Tu token es {otp}. Nunca te pediremos este código por teléfono."',
        '"Clave de acceso temporal: {otp}. No la compartas. {issuer}"',
    ],
}

PASTE_NO_CODE: Pool = {
    "en": [
        '"{issuer} FRAUD ALERT: suspicious charge of {amt} on card ending {last4}. If this wasn\'t you call {sphone} immediately. Case #{fcase}"',
        '"Your {issuer} card has been temporarily LOCKED. Verify your identity at {link} to avoid permanent suspension. Ref {fcase}"',
        '"USPS: your package {tracking} is on hold due to an unpaid fee of {amt}. Pay at {link}"',
        '"{issuer}: Your account will be closed in 24h. Confirm your PIN and card details at {link}"',
        '"Dear customer, a payment of {amt} to {merchant} is pending. If you did not authorize it, call our fraud line {sphone}. Case ID {fcase}"',
        "Subject: Action required - unusual activity\nDear customer, we detected a login from {ip} ({city}) {date} at {time}. To secure your account, reply with your full card number, expiration date and CVV.\nCase ID: {fcase}",
        '"Congrats! You have a {amt} cashback reward from {issuer}. Claim at {link} before {date}"',
        '"{issuer}: We noticed a sign-in from a new device. Not you? Secure your account: {link}"',
        '"Zelle: you received {amt}. To accept, upgrade to a business account at {link}. Ref {longref}"',
    ],
    "es": [
        '"Estimado cliente, su tarjeta terminación {last4} fue bloqueada. Comuníquese al {sphone}. Reporte {fcase}"',
        '"{issuer}: Hemos detectado un acceso inusual. Ingrese a {link} para validar sus datos. Folio {fcase}"',
        '"Se realizó un cargo por {amt} en {merchant}. Si no lo reconoce llame al {sphone}"',
        "Asunto: Actualización obligatoria\nEstimado usuario, por disposición oficial debe actualizar su NIP y contraseña en {link} antes del {date}. De lo contrario su cuenta será suspendida.\nAtte. Departamento de Seguridad {issuer}",
        '"Correos: su paquete {tracking} está retenido. Pague {amt} en {link}"',
        '"{issuer} le informa que su tarjeta {masked} tiene un cargo no reconocido. Para cancelarlo responda este mensaje o llame al {sphone}"',
        '"Felicidades, ganaste un bono de {amt}. Reclámalo en {link} con tu número de tarjeta y CVV"',
    ],
}

PASTE_AFTER_NOCODE: Pool = {
    "en": [
        "I didn't click anything",
        "I haven't called the number",
        "didn't reply. the number was {sphone}",
        "I clicked it but closed it right away, didn't type anything",
        "they also called me, asked for my PIN but I hung up",
    ],
    "es": [
        "no le di clic a nada",
        "no llamé a ese número",
        "no contesté. el número era {sphone}",
        "le di clic pero lo cerré enseguida, no puse nada",
        "también me llamaron y me pidieron el NIP pero colgué",
    ],
}

PASTE_REPLY: Pool = {
    "en": [
        "That message is not from us. The link is a phishing site; please delete it and don't reply.",
        "Thank you for checking with us. That text is a scam — we never send links asking you to verify card details.",
        "That's a phishing message. The number {sphone} is not ours; our only fraud line is the one on the back of your card.",
        "Good call checking. That one is fake. The case number in it doesn't exist in our system.",
    ],
    "es": [
        "Ese mensaje no es nuestro. El enlace es una página falsa; bórralo y no respondas.",
        "Gracias por consultarnos. Es un fraude: nunca enviamos enlaces para validar datos de la tarjeta.",
        "Es un mensaje de phishing. El {sphone} no es nuestro; el único número oficial es el que viene atrás de tu tarjeta.",
        "Hiciste bien en preguntar. Es falso, ese número de folio no existe en nuestro sistema.",
    ],
}

PASTE_CODE_REPLY: Pool = {
    "en": [
        "That code text is real — it was sent because someone tried to log in to your account. Did anyone ask you for it?",
        "That code was generated by an attempt to add your card to a wallet. As long as you didn't share it, it's useless to them.",
        "The text itself is genuine, but the request behind it wasn't you. Please never give that code to anyone.",
    ],
    "es": [
        "Ese mensaje con código sí es nuestro; se envió porque alguien intentó entrar a tu cuenta. ¿Alguien te lo pidió?",
        "El código se generó por un intento de dar de alta tu tarjeta en una billetera. Si no lo compartiste, no les sirve.",
        "El mensaje es auténtico, pero la operación no la hiciste tú. Nunca le des ese código a nadie.",
    ],
}

PASTE_CODE_ANSWER: Pool = {
    "en": [
        "no one asked, i just got it randomly",
        "yes a guy called right after and asked me to read it. I didn't",
        "yeah someone called and I gave it to them before I saw the 'don't share' part 😬",
        "not yet but my phone is ringing from {sphone} right now",
    ],
    "es": [
        "nadie, me llegó así nomás",
        "sí, luego me llamaron para que se los leyera, pero no lo di",
        "sí, me llamaron y se los pasé antes de leer lo de 'no lo compartas' 😬",
        "todavía no, pero me está marcando el {sphone} ahorita",
    ],
}

PASTE_EXPLAIN: Pool = {
    "en": [
        "Thanks, verified. The code was triggered by a sign-in attempt from {ip} at {time}; it didn't complete. I've locked online access and you'll set a new password from the app.",
        "Verified. Someone tried to register your card {masked} in a digital wallet. It was declined and I've blocked the card. Reference {case}.",
        "Thank you. I see a {amt} purchase attempt at {merchant} that asked for that code. It's declined and the card is frozen. Case {case}.",
    ],
    "es": [
        "Gracias, verificado. El código se generó por un intento de acceso desde {ip} a las {time}; no se completó. Bloqueé la banca en línea y pondrás una contraseña nueva desde la app.",
        "Verificado. Intentaron registrar tu tarjeta {masked} en una billetera digital. Se rechazó y bloqueé la tarjeta. Folio {case}.",
        "Gracias. Veo un intento de compra de {amt} en {merchant} que pidió ese código. Quedó rechazado y la tarjeta congelada. Folio {case}.",
    ],
}

PHISH_ENTERED: Pool = {
    "en": [
        "ugh I already clicked it and put my card in. {card}, exp {exp}, cvv {cvv}",
        "I clicked the link and it asked for card number and the code on the back, I put {card} and {cvv} 😭",
        "i filled out the page with my card {card} before i realized",
        "it asked for my login so I typed my username and password {pw}. then it asked for the code you texted, {otp}",
        "the site asked for my SSN to 'verify' and I put {ssn}",
        "I entered my debit card and pin on that site: {card} / {pin}",
    ],
    "es": [
        "ya le di clic y puse la tarjeta: {card}, vence {exp}, cvv {cvv}",
        "entré al link y me pidió el número de tarjeta y el código de atrás, puse {card} y {cvv} 😭",
        "llené la página con mi tarjeta {card} antes de darme cuenta",
        "me pidió usuario y contraseña y puse {pw}. luego el código que me llegó, {otp}",
        "en la página puse mi NIP {pin} y la tarjeta {card}",
        "me pidió mi número de seguro social y lo puse: {ssn}",
    ],
    "mix": [
        "ya le di click y puse el card number {card} y el cvv {cvv}",
        "puse mi password {pw} en esa page, was that dumb?",
    ],
}

PHISH_REPLY: Pool = {
    "en": [
        "Thanks for telling me quickly. Please don't post card details here again. I've closed that card and the new one will have a new number and security code.",
        "OK. I've blocked the card and the online profile. Please don't share those details here or anywhere else again.",
    ],
    "es": [
        "Gracias por avisar rápido. No vuelvas a escribir datos de tarjeta aquí. Cancelé esa tarjeta; la nueva tendrá otro número y código.",
        "Ok. Bloqueé la tarjeta y la banca en línea. No compartas esos datos aquí ni en ningún otro lado.",
    ],
}


def fam_scam_paste_code(ctx: Ctx) -> list[Message]:
    msgs = []
    if ctx.chance(0.4):
        msgs.append(ctx.agent(GREET))
    intro = ctx.pick(PASTE_INTRO)
    body = ctx.pick(PASTE_WITH_CODE, ctx.vlang())
    msgs.append(ctx.cust(intro + body, "scam_paste", noisy=False))
    msgs.append(ctx.agent(PASTE_CODE_REPLY))
    ans = ctx.cust(PASTE_CODE_ANSWER)
    msgs.append(ans)
    if ctx.chance(0.3):
        msgs.append(ctx.agent(PROBE))
        msgs.append(
            ctx.cust(
                {"en": ["no just that", "no nothing else"], "es": ["no, nada más", "no, solo eso"]}
            )
        )
    msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    msgs.append(ctx.agent(PASTE_EXPLAIN))
    msgs.append(ctx.agent(NEVER_ASK, "warning"))
    msgs.append(ctx.cust(THANKS))
    return msgs


def fam_scam_paste_nocode(ctx: Ctx) -> list[Message]:
    msgs = []
    if ctx.chance(0.4):
        msgs.append(ctx.agent(GREET))
    intro = ctx.pick(PASTE_INTRO)
    body = ctx.pick(PASTE_NO_CODE, ctx.vlang())
    msgs.append(ctx.cust(intro + body, "clean", noisy=False))
    msgs.append(ctx.agent(PASTE_REPLY))
    msgs.append(ctx.cust(PASTE_AFTER_NOCODE))
    if ctx.chance(0.5):
        msgs.append(ctx.agent(PROBE))
        msgs.append(
            ctx.cust(
                {
                    "en": ["no, nothing", "nope", "no I didn't give anything"],
                    "es": ["no, nada", "nop", "no les di nada"],
                }
            )
        )
    if ctx.chance(0.5):
        msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
        msgs.append(ctx.cust(VERIFY_REPLY))
        msgs.append(
            ctx.agent(
                {
                    "en": [
                        "Thanks. Your account looks fine, no unusual activity on {masked}. I've flagged {sphone} to our fraud team."
                    ],
                    "es": [
                        "Gracias. Tu cuenta está bien, no hay movimientos raros en {masked}. Ya reporté el {sphone} al área de fraudes."
                    ],
                }
            )
        )
    msgs.append(ctx.agent(NEVER_ASK, "warning"))
    msgs.append(ctx.cust(THANKS))
    return msgs


def fam_phish_entered(ctx: Ctx) -> list[Message]:
    msgs = []
    intro = ctx.pick(PASTE_INTRO)
    body = ctx.pick(PASTE_NO_CODE, ctx.vlang())
    msgs.append(ctx.cust(intro + body, "clean", noisy=False))
    msgs.append(ctx.agent(PASTE_REPLY))
    msgs.append(ctx.cust(PHISH_ENTERED, "phish_entered"))
    msgs.append(ctx.agent(PHISH_REPLY))
    msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    msgs.append(
        ctx.agent(
            {
                "en": [
                    "Verified. There's an authorization attempt for {amt} at {merchant} {date}, declined. The card {masked} is closed; a new one ships to {addr}."
                ],
                "es": [
                    "Verificado. Hay un intento de cargo de {amt} en {merchant} {date}, rechazado. La tarjeta {masked} quedó cancelada; la nueva se envía a {addr}."
                ],
            }
        )
    )
    msgs.append(ctx.cust(THANKS))
    return msgs


# --------------------------------------------------------------------------------------
# Family: customer "tests" the chat by verifying with secrets
# --------------------------------------------------------------------------------------

DOUBT_OPEN: Pool = {
    "en": [
        "how do I know this chat is actually {issuer}? after what happened today I don't trust anything",
        "is this a real person? I got scammed by a fake 'agent' last week",
        "before I say anything, prove you're the real bank",
        "r u a bot or real? and r u really from {issuer}",
        "I clicked a link to get here so idk if this is real",
    ],
    "es": [
        "¿cómo sé que este chat sí es de {issuer}? después de lo de hoy ya no confío en nada",
        "¿eres una persona real? la semana pasada me estafó un falso 'asesor'",
        "antes de decirte nada, demuéstrame que eres del banco de verdad",
        "eres bot o persona? y sí eres de {issuer}??",
        "entré por un link así que no sé si esto es real",
    ],
    "mix": ["how do I know que este chat es real?", "eres real o bot? prove it"],
}

DOUBT_ANSWER: Pool = {
    "en": [
        "Totally fair question. You reached us through the app/website, so this is the real chat. The best test: I will never ask for your PIN, full card number, CVV, password or texted codes.",
        "Good instinct. A real agent only asks for things like the last four of your card, ZIP or date of birth. If anyone asks for more, it's not us.",
        "You can also hang up here and call the number on the back of your card — we'll pick up this case from there.",
    ],
    "es": [
        "Es muy válida tu duda. Entraste por la app o la página oficial, así que este chat es real. La mejor prueba: nunca te pediré NIP, número completo, CVV, contraseña ni códigos.",
        "Buen instinto. Un asesor real solo pide cosas como los últimos 4 de la tarjeta, el CP o tu fecha de nacimiento. Si te piden más, no somos nosotros.",
        "También puedes salir del chat y marcar al número que viene atrás de tu tarjeta; ahí retoman tu caso.",
    ],
}

SELF_VERIFY: Pool = {
    "en": [
        "ok here, my card is {card}, if you're the bank you'll know it's right",
        "fine. my pin is {pin} does that match what you have",
        "to verify myself: {card} exp {exp} cvv {cvv}",
        "to prove its me: SSN {ssn}, DOB {dob}",
        "test: if you're really the bank, tell me if {pin} is my pin",
        "here's the code you just texted me: {otp}. now you know I'm me",
        "My full card number is {card} and the security code is {cvv}. Please confirm you see the same account.",
        "{card}\nthat's my card. what's my balance",
        "my social is {ssn}, pull me up with that",
        "you should be able to see my password, it's {pw}, right?",
        "card {card} — now tell me my last payment so I know you're legit",
    ],
    "es": [
        "para que vean que soy yo: tarjeta {card}, código de atrás {cvv}",
        "Verifícame con esto: mi seguro social es {ssn}",
        "mi NIP es {pin}. así comprueban que soy la titular",
        "ok aquí está mi tarjeta {card}, si son el banco sabrán que es correcta",
        "te paso el código que me llegó: {otp}. ya con eso sabes que soy yo",
        "mi tarjeta es {card} con vencimiento {exp} y cvv {cvv}, ¿me confirmas mi saldo?",
        "{card}\nesa es mi tarjeta. ¿cuál es mi último movimiento?",
        "a ver, si eres del banco dime si mi clave es {pw}",
        "mi contraseña es {pw}, ¿la ves en tu sistema?",
        "toma, mi número de tarjeta: {card}",
    ],
    "mix": [
        "ok para verificar: card {card}, cvv {cvv}",
        "mi PIN es {pin}, does it match?",
        "here's el code que me llegó: {otp}",
    ],
}

SELF_VERIFY_STOP: Pool = {
    "en": [
        "Please stop — don't send that here. We never verify you with a PIN, full card number, CVV, password, SSN or codes. The last four digits and your ZIP are enough.",
        "I appreciate you trying to verify, but please don't share that information in chat. Let's use the last four of the card and your date of birth instead.",
        "Please don't type that kind of information here, even to test me. I can't see your PIN or password anyway.",
    ],
    "es": [
        "Por favor no envíes eso aquí. Nunca validamos con NIP, número completo, CVV, contraseña, seguro social ni códigos. Con los últimos 4 y tu CP es suficiente.",
        "Gracias por querer verificarte, pero no compartas esos datos en el chat. Usemos los últimos 4 de la tarjeta y tu fecha de nacimiento.",
        "No escribas ese tipo de información aquí, ni para probarme. De todas formas yo no puedo ver tu NIP ni tu contraseña.",
    ],
}

SELF_VERIFY_ASK_OK: Pool = {
    "en": [
        "For now, could you just give me the last four digits of the card and your billing ZIP?",
        "Let's do it the safe way: last 4 of the card and your date of birth, please.",
    ],
    "es": [
        "Por ahora, ¿me das solo los últimos 4 dígitos de la tarjeta y tu código postal?",
        "Hagámoslo de forma segura: últimos 4 de la tarjeta y fecha de nacimiento, por favor.",
    ],
}

SELF_VERIFY_SORRY: Pool = {
    "en": ["oh sorry 😅", "oops ok", "sorry, im paranoid now lol", "my bad"],
    "es": ["ay perdón 😅", "uy ok", "perdón, ando paranoica jaja", "vale, perdona"],
}


def fam_verify_test(ctx: Ctx) -> list[Message]:
    msgs = []
    if ctx.chance(0.6):
        msgs.append(ctx.agent(GREET))
    msgs.append(ctx.cust(DOUBT_OPEN))
    if ctx.chance(0.6):
        msgs.append(ctx.agent(DOUBT_ANSWER))
    if ctx.chance(0.15):
        ctx.split_used = True
        parts = split_card(ctx.rng, ctx.card_digits)
        msgs.append(
            ctx.cust(
                {
                    "en": ["fine. here's my card so you can check: {part}"],
                    "es": ["ok, ahí va mi tarjeta para que revises: {part}"],
                    "mix": ["ok fine, mi card: {part}"],
                },
                "split_card",
                extra={"part": parts[0]},
            )
        )
        for i, p in enumerate(parts[1:], 1):
            name = "lastpart" if i == len(parts) - 1 else "part"
            msgs.append(ctx.cust("{" + name + "}", "split_card", extra={name: p}))
    else:
        msgs.append(ctx.cust(SELF_VERIFY, "self_verify"))
    msgs.append(ctx.agent(SELF_VERIFY_STOP, "warning"))
    msgs.append(ctx.cust(SELF_VERIFY_SORRY))
    msgs.append(ctx.agent(SELF_VERIFY_ASK_OK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    msgs.append(ctx.agent(VERIFIED))
    msgs.append(
        ctx.agent(
            {
                "en": [
                    "I see the card {masked} is active, last payment {amt} on {date}. What can I help you with?",
                    "Your account is fine. Last transaction was {amt} at {merchant}.",
                ],
                "es": [
                    "La tarjeta {masked} está activa, último pago {amt} el {date}. ¿En qué te ayudo?",
                    "Tu cuenta está bien. El último movimiento fue de {amt} en {merchant}.",
                ],
            }
        )
    )
    msgs.append(ctx.cust(THANKS))
    return msgs


# --------------------------------------------------------------------------------------
# Family: impostor agent in a hijacked / fake chat session
# --------------------------------------------------------------------------------------

IMP_OPEN: AskPool = {
    "en": [
        "|Hello, this is {aname} from {issuer} Security. We detected a {amt} charge at {merchant} on your card ending {last4}. Did you make this purchase?",
        "|Hi! I'm {aname}, senior fraud specialist (ID {agentid}). Your account has been flagged for suspicious activity from {city}.",
        "|URGENT: {issuer} Fraud Department here. Someone is trying to withdraw {amt} from your account RIGHT NOW.",
        "|Good afternoon, I'll be taking over this chat from my colleague. I'm from the verification team, case {fcase}.",
        "|hello dear customer, your card {masked} has been blocked due to unusual activity. i will help you unblock it",
    ],
    "es": [
        "|Hola, le habla {aname} del área de Seguridad de {issuer}. Detectamos un cargo de {amt} en {merchant} con su tarjeta terminación {last4}. ¿Usted lo realizó?",
        "|Buenas, soy {aname}, especialista de fraudes (ID {agentid}). Su cuenta fue marcada por actividad sospechosa desde {city}.",
        "|URGENTE: Departamento de Fraudes de {issuer}. Están intentando retirar {amt} de su cuenta EN ESTE MOMENTO.",
        "|Buenas tardes, continúo yo con este chat, soy del equipo de validación, folio {fcase}.",
        "|hola estimado cliente, su tarjeta {masked} fue bloqueada por actividad inusual, yo le ayudo a desbloquearla",
    ],
}

IMP_CUST_REACT: Pool = {
    "en": [
        "no!! that wasn't me",
        "WHAT. no I didn't buy anything at {merchant}",
        "no, please stop it",
        "omg no. what do I do",
        "thats not me!!! im at home",
        "wait, the other agent was helping me with something else?",
    ],
    "es": [
        "no!! yo no fui",
        "QUÉ. no, yo no compré nada en {merchant}",
        "no, deténganlo por favor",
        "ay no, ¿qué hago?",
        "no soy yo!!! estoy en mi casa",
        "¿y el otro asesor? me estaba ayudando con otra cosa",
    ],
    "mix": ["no!! that wasn't me, yo no compré nada", "what?? no fui yo"],
}

IMP_PRESSURE: AskPool = {
    "en": [
        "|Don't worry, I'm going to help you stop it, but we have to act fast. The transaction will post in {mins} minutes.",
        "|You're being very smart by checking with us. Most customers lose their money because they wait.",
        "|If we don't verify you in the next few minutes, the account will be frozen permanently and you'll lose the {amt}.",
        "|I understand your concern, but this is a secure line. Everything is recorded for your protection. Case {fcase}.",
        "|Please stay on the chat, don't close this window or the reversal will be cancelled.",
        "|Ok. I'm going to walk you through it step by step, it only takes 1 minute.",
    ],
    "es": [
        "|No se preocupe, yo le ayudo a detenerlo, pero hay que actuar rápido. El cargo se aplica en {mins} minutos.",
        "|Hizo muy bien en revisar con nosotros. La mayoría de clientes pierde su dinero por esperar.",
        "|Si no lo validamos en los próximos minutos, la cuenta se congela de forma permanente y perderá los {amt}.",
        "|Entiendo su preocupación, pero esta es una línea segura y todo queda grabado para su protección. Folio {fcase}.",
        "|No cierre esta ventana o se cancela la reversión.",
        "|Le voy a guiar paso a paso, es solo un minuto.",
    ],
}

IMP_ASK: dict[str, AskPool] = {
    OTP: {
        "en": [
            "O|just read me the numbers from the text so I can cancel the fraud",
            "O|I've sent a code to your phone. Please type it here to confirm you're the account holder.",
            "O|The system needs the verification code you just received, otherwise the {amt} charge will go through in {mins} minutes!!",
            "O|You will receive a text from {issuer}. It says don't share it, that's normal, it's for external parties. You can share it with me, I'm internal.",
            "O|what are the digits in the message we just sent you?",
            "O|Can you copy-paste the SMS you just got here in the chat?",
            "O|Step 1: open your messages. Step 2: find the text from {issuer}. Step 3: type the number in it here.",
            "O|ok now tell me what the text says",
            "O|Please confirm the one-time passcode so I can reverse the transaction.",
            "O|To cancel the charge, reply with the 6-digit code you received.",
        ],
        "es": [
            "O|dime los 6 números que te llegaron por SMS para cancelar el cargo",
            "O|Para revertir la operación necesito el código que le acaba de llegar. Es urgente, expira en {mins} minutos.",
            "O|mándame una captura o escríbeme el código que te llegó",
            "O|¿Qué dice el mensaje que le acaba de llegar? Léamelo completo por favor",
            "O|Le llegará un SMS que dice 'no lo comparta', es normal, es para terceros. A mí sí me lo puede dar porque soy del banco.",
            "O|Paso 1: abra sus mensajes. Paso 2: busque el de {issuer}. Paso 3: escríbame aquí los números.",
            "O|Confírmeme la clave dinámica que le llegó para cancelar la compra",
            "O|pasame el token que te llegó al celu y lo anulamos",
            "O|¿Me dictas el código de verificación? Es para bloquear al estafador.",
        ],
        "mix": [
            "O|ok, dime el code que te llegó por text so I can cancel it",
            "O|read me los números del mensaje please, it's urgent",
        ],
    },
    CC: {
        "en": [
            "CV|to confirm you're the owner type the 16 digits and the 3 on the back",
            "C|Please provide the full card number so I can match it with the flagged transaction.",
            "CV|I just need the number across the front of the card, all of it, and the security code.",
            "C|Read me the long number on your card so I can issue a new one.",
            "CV|For the reversal I need the card number, expiry and CVV. Type them in this chat, it's encrypted.",
            "C|what's the card number? all digits please, no spaces",
        ],
        "es": [
            "CV|Para validar la titularidad escríbeme los 16 dígitos de la tarjeta y los 3 de atrás",
            "C|Me puede proporcionar el número completo de su tarjeta para localizar el cargo",
            "CV|Necesito el número de la tarjeta, la fecha de vencimiento y el código de seguridad para hacer la reversión. Este chat es seguro.",
            "C|díctame los números del frente de tu tarjeta, todos",
            "C|pasame el número de la tarjeta así te doy de baja el consumo",
        ],
        "mix": ["CV|ok dame el card number completo y el CVV para verificar"],
    },
    CVV: {
        "en": [
            "V|Ok and the little 3-digit number on the signature strip?",
            "V|Now the security code on the back, to finish the verification.",
            "V|Is it an Amex? then give me the 4 digits printed on the front above the number",
        ],
        "es": [
            "V|¿Y el código de seguridad? el de 3 números atrás",
            "V|ahora los tres numeritos de atrás de la tarjeta",
            "V|Por último el CVV, para terminar la validación",
        ],
    },
    PIN: {
        "en": [
            "N|what PIN do you normally use at the ATM?",
            "N|To reset your card I need your current PIN, then you choose a new one.",
            "N|Enter your 4-digit PIN here so our system can re-sync the card",
            "N|which 4 numbers do you punch in when you pay at the store?",
        ],
        "es": [
            "N|¿Cuál es tu NIP actual? Lo necesito para desbloquear",
            "N|Escriba su PIN de 4 dígitos para sincronizar la tarjeta nueva",
            "N|¿qué clave usas en el cajero? es para validar",
            "N|me confirmas tu NIP para reactivar la tarjeta",
        ],
    },
    PW: {
        "en": [
            "P|What's the password you use to log in? I'll reset it on my end.",
            "P|Please type your current online banking password so I can verify the account isn't compromised.",
            "P|give me your app login and password and I'll remove the hacker's device",
        ],
        "es": [
            "P|escríbeme tu contraseña y yo la cambio desde aquí",
            "P|Dame tu clave de la banca en línea para revisar los accesos",
            "P|¿Con qué contraseña entras a la app? La necesito para sacar al hacker",
        ],
        "mix": ["P|dime tu password y yo lo cambio from here"],
    },
    SSN: {
        "en": [
            "S|For identity confirmation I need your full Social Security number.",
            "S|Just the 9 digits of your social, no dashes needed",
        ],
        "es": [
            "S|Necesito tu número de seguro social completo para el reporte de fraude",
            "S|escríbeme los 9 dígitos de tu social para el reporte",
        ],
    },
}

COMPLY: dict[str, Pool] = {
    OTP: {
        "en": [
            "ok its {otp}",
            "{otp}",
            "ok wait... {otp}",
            "the text says {otp}",
            "got it: {otp}",
            "{otp} hurry please",
            "it says '{issuer}: your code is {otp}, do not share' is that right?",
        ],
        "es": [
            "el código es {otp}",
            "{otp}",
            "ya llegó: {otp}",
            "es {otp}, rápido por favor",
            "dice {otp}",
            "ok, {otp}",
        ],
        "mix": ["ok es {otp}", "el code es {otp}"],
    },
    CC: {
        "en": [
            "{card}",
            "ok {card}",
            "its {card} and {cvv}",
            "card {card} cvv {cvv}",
            "{card} exp {exp}, code {cvv}",
        ],
        "es": [
            "{card}",
            "es la {card}",
            "{card} y atrás dice {cvv}",
            "tarjeta {card}, vence {exp}, cvv {cvv}",
        ],
        "mix": ["ok, {card}", "es {card}, cvv {cvv}"],
    },
    CVV: {
        "en": ["{cvv}", "its {cvv}", "ok, {cvv}"],
        "es": ["{cvv}", "es {cvv}", "atrás dice {cvv}"],
    },
    PIN: {
        "en": ["{pin}", "its {pin}", "my pin is {pin}", "ok {pin}"],
        "es": ["{pin}", "mi nip es {pin}", "es el {pin}", "la clave es {pin}"],
    },
    PW: {
        "en": ["{pw}", "it's {pw}", "ok password is {pw}", "{pw} (capital first letter)"],
        "es": ["{pw}", "es {pw}", "mi contraseña es {pw}", "la clave: {pw}"],
    },
    SSN: {
        "en": ["{ssn}", "ok {ssn}", "its {ssn}"],
        "es": ["{ssn}", "es {ssn}", "mi social es {ssn}"],
    },
}

REFUSE: Pool = {
    "en": [
        "wait the text literally says don't share this with anyone",
        "no, my bank never asks that. who is this?",
        "I'm not giving you that. I'll call the number on my card.",
        "hold on, the real agent said you would never ask for that",
        "nope. this feels like a scam",
        "why do you need that if you're the bank?",
        "I'd rather not. can you verify me with my zip instead? its {zip}",
    ],
    "es": [
        "el mensaje dice que no lo comparta con nadie 🤔",
        "no, mi banco nunca pide eso. ¿quién eres?",
        "no te voy a dar nada, voy a llamar al número de atrás de la tarjeta",
        "espera, el otro asesor me dijo que nunca me pedirían eso",
        "no. esto huele a estafa",
        "¿para qué lo necesitas si eres el banco?",
        "prefiero que me valides con mi CP, es {zip}",
    ],
    "mix": ["no way, el mensaje dice do not share", "no te voy a dar eso, I'm calling the bank"],
}

IMP_PUSH: AskPool = {
    "en": [
        "O|Sir/ma'am I AM the bank. The warning is for other people. Please send the code now, you have {mins} minutes.",
        "|If you refuse, I'll have to note that you authorized the {amt} charge and it won't be refundable.",
        "|ok. I'm trying to protect your money. It's your choice.",
        "O|Last chance: type the code or the account gets closed today.",
    ],
    "es": [
        "O|YO SOY el banco. Esa advertencia es para otras personas. Mándeme el código ya, le quedan {mins} minutos.",
        "|Si se niega, tendré que registrar que usted autorizó el cargo de {amt} y no será reembolsable.",
        "|Ok. Yo solo intento proteger su dinero. Usted decide.",
        "O|Última oportunidad: escriba el código o la cuenta se cancela hoy.",
    ],
}

IMP_DONE: AskPool = {
    "en": [
        "|Thank you, the fraud has been cancelled. Your case number is {fcase}.",
        "|Perfect, verification complete. You'll receive a new card in 3 days. Don't call the bank, it would reopen the fraud.",
        "|Great, all done. Please don't mention this to anyone for 48 hours, the investigation is confidential.",
    ],
    "es": [
        "|Gracias, el cargo fue cancelado. Su folio es {fcase}.",
        "|Perfecto, validación completa. En 3 días le llega una tarjeta nueva. No llame al banco porque se reabre el caso.",
        "|Listo. Por favor no comente esto con nadie por 48 horas, la investigación es confidencial.",
    ],
}

CUST_LATER: Pool = {
    "en": [
        "hello?? the other person stopped answering and now I see a {amt} charge",
        "??? where did you go",
        "ok thanks... wait why did I just get an email that my password changed",
    ],
    "es": [
        "¿hola? ya no me contestan y ahora veo un cargo de {amt}",
        "¿¿sigues ahí??",
        "ok gracias... oye por qué me llegó un correo de cambio de contraseña",
    ],
}


def impostor_round(ctx: Ctx, t: str, comply: bool) -> list[Message]:
    """One ask from the impostor for type t and the customer's answer."""
    msgs = [ctx.ask(IMP_ASK[t])]
    asked = msgs[0].requested
    if not comply:
        msgs.append(ctx.cust(REFUSE))
        return msgs
    if CC in asked and not ctx.split_used and ctx.chance(0.55):
        ctx.split_used = True
        parts = split_card(ctx.rng, ctx.card_digits)
        for i, p in enumerate(parts):
            last = i == len(parts) - 1
            if last:
                tpl = ctx.pick(
                    {
                        "en": ["{lastpart}", "{lastpart} thats it", "and {lastpart}"],
                        "es": ["{lastpart}", "y {lastpart}", "{lastpart} ya"],
                    }
                )
                msgs.append(ctx.cust(tpl, "split_card", extra={"lastpart": p}))
            else:
                tpl = (
                    ctx.pick(
                        {
                            "en": ["{part}", "{part}...", "first part {part}", "{part} wait"],
                            "es": ["{part}", "{part}...", "los primeros {part}", "{part} espera"],
                        }
                    )
                    if i == 0
                    else ctx.pick(["{part}", "{part}", "then {part}", "{part} -"])
                )
                msgs.append(ctx.cust(tpl, "split_card", extra={"part": p}))
        if CVV in asked:
            msgs.append(ctx.cust(COMPLY[CVV], "comply_cvv"))
        return msgs
    pool = COMPLY[t]
    if t == CC and CVV not in asked:
        pool = {
            "en": ["{card}", "ok {card}", "{card} exp {exp}"],
            "es": ["{card}", "es la {card}", "{card} vence {exp}"],
        }
    msgs.append(ctx.cust(pool, "comply_" + t.lower()))
    if t == CC and CVV in asked and msgs[-1].labels[-1].type != CVV:
        msgs.append(ctx.cust(COMPLY[CVV], "comply_cvv"))
    return msgs


def fam_impostor(ctx: Ctx, comply: bool = True) -> list[Message]:
    msgs = []
    if ctx.chance(0.3):
        msgs.append(ctx.agent(GREET))
        msgs.append(ctx.cust(CARELESS_OPEN))
        msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
        msgs.append(ctx.cust(VERIFY_REPLY))
    elif ctx.chance(0.4):
        msgs.append(
            ctx.cust(
                {
                    "en": [
                        "hi I need help with my card",
                        "hello? I was told to wait for the fraud team",
                        "hi, got a text saying my card is locked",
                    ],
                    "es": [
                        "hola, necesito ayuda con mi tarjeta",
                        "¿hola? me dijeron que esperara al área de fraudes",
                        "hola, me llegó un mensaje de que mi tarjeta está bloqueada",
                    ],
                    "mix": ["hola, need help con mi card"],
                }
            )
        )
    msgs.append(ctx.ask(IMP_OPEN))
    msgs.append(ctx.cust(IMP_CUST_REACT))
    msgs.append(ctx.ask(IMP_PRESSURE))
    types = ctx.rng.sample([OTP, CC, PIN, PW, SSN, OTP, CC], ctx.rng.choice([1, 1, 2, 2, 3]))
    seen: list[str] = []
    for t in types:
        if t in seen:
            continue
        seen.append(t)
        if comply:
            rnd = impostor_round(ctx, t, ctx.chance(0.85))
            msgs.extend(rnd)
            if t == CC and CVV not in rnd[0].requested and ctx.chance(0.6):
                msgs.extend(impostor_round(ctx, CVV, ctx.chance(0.9)))
        else:
            msgs.extend(impostor_round(ctx, t, False))
            if ctx.chance(0.5):
                msgs.append(ctx.ask(IMP_PUSH))
                msgs.append(ctx.cust(REFUSE))
        if ctx.chance(0.3):
            msgs.append(ctx.ask(IMP_PRESSURE))
    if comply:
        msgs.append(ctx.ask(IMP_DONE))
        if ctx.chance(0.5):
            msgs.append(ctx.cust(CUST_LATER))
    else:
        msgs.append(
            ctx.ask(
                {
                    "en": [
                        "|ok. goodbye.",
                        "|Then we can't help you. Your account will be closed.",
                    ],
                    "es": [
                        "|ok. hasta luego.",
                        "|Entonces no podemos ayudarle. Su cuenta será cancelada.",
                    ],
                }
            )
        )
        msgs.append(
            ctx.cust(
                {
                    "en": ["calling the number on my card now", "reported. bye", "yeah ok scammer"],
                    "es": ["voy a llamar al banco", "reportado. adiós", "sí cómo no, estafador"],
                }
            )
        )
    return msgs


def fam_impostor_refused(ctx: Ctx) -> list[Message]:
    return fam_impostor(ctx, comply=False)


# --------------------------------------------------------------------------------------
# Family: careless real agent asks for too much
# --------------------------------------------------------------------------------------

CARELESS_OPEN: Pool = {
    "en": [
        "hi, someone used my card online, I see {amt} at {merchant} {date}",
        "Hello, I think my account was taken over. I got an email that my address was changed to {addr}",
        "My card got declined and I got a weird text about a new device. Can you check?",
        "there's a charge of {amt} I don't recognize, pending since {date}",
    ],
    "es": [
        "hola, usaron mi tarjeta en línea, veo {amt} en {merchant} {date}",
        "Buenas, creo que me robaron la cuenta. Me llegó un correo de cambio de domicilio a {addr}",
        "Me rechazaron la tarjeta y me llegó un mensaje raro de un dispositivo nuevo. ¿Pueden revisar?",
        "tengo un cargo de {amt} que no reconozco, está pendiente desde {date}",
    ],
    "mix": ["hola, alguien usó my card online, veo un charge de {amt}"],
}

CARELESS_ASK: AskPool = {
    "en": [
        "C|Can you send me the full card number so I can look up the account faster?",
        "O|I just texted you a code, please type it here so I can verify you.",
        "V|What is the CVV on the back? I need it to process the replacement.",
        "CV|To open the dispute, please give me the card number and the 3-digit code.",
        "S|I'll need your full SSN to open a fraud claim.",
        "O|We sent a verification code to the phone on file, can you read it back to me?",
        "N|Can you confirm your current PIN so I can make sure it wasn't changed?",
    ],
    "es": [
        "C|¿Me pasas el número completo de la tarjeta para buscarte más rápido?",
        "O|Te acabo de enviar un código por SMS, escríbelo aquí para validarte.",
        "V|¿Me das el CVV de atrás de la tarjeta? Lo necesito para la reposición.",
        "CV|Para levantar la aclaración necesito el número de tarjeta y los 3 dígitos de seguridad.",
        "S|Voy a necesitar tu seguro social completo para la reclamación.",
        "O|Le enviamos un código de verificación a su celular registrado, ¿me lo puede dictar?",
        "N|¿Me confirmas tu NIP actual para revisar que no lo hayan cambiado?",
    ],
}

CARELESS_COMPLY: dict[str, Pool] = {
    CC: {
        "en": ["sure, {card}", "{card}", "it's {card}", "ok: {card}"],
        "es": ["claro, {card}", "{card}", "es {card}", "va: {card}"],
    },
    CVV: {"en": ["{cvv}", "it's {cvv}"], "es": ["{cvv}", "es {cvv}"]},
    OTP: {
        "en": [
            "{otp}",
            "ok it's {otp}",
            "code: {otp}",
            "{otp} — wait, the text said not to share it?",
        ],
        "es": [
            "{otp}",
            "es {otp}",
            "código: {otp}",
            "{otp}... pero el mensaje decía que no lo compartiera",
        ],
    },
    SSN: {"en": ["{ssn}", "ok it's {ssn}"], "es": ["{ssn}", "es {ssn}"]},
    PIN: {"en": ["{pin}", "it's {pin}"], "es": ["{pin}", "es {pin}"]},
}

SUPERVISOR: Pool = {
    "en": [
        "Hi, this is {aname2}, a supervisor. I'm taking over this chat. My colleague shouldn't have asked for that — please never share full card numbers, codes, PINs or your SSN in chat. I've noted it in case {case}.",
        "Sorry about that, we don't need that information. I'm reissuing the card ending in {last4} to be safe.",
    ],
    "es": [
        "Hola, soy {aname2}, del equipo de supervisión. Tomo este chat. Mi compañero no debió pedirte eso; nunca compartas número completo, códigos, NIP ni seguro social por chat. Lo registré en el folio {case}.",
        "Disculpa, no necesitamos esa información. Por seguridad repongo la tarjeta con terminación {last4}.",
    ],
}


def fam_careless_agent(ctx: Ctx) -> list[Message]:
    msgs = [ctx.agent(GREET), ctx.cust(CARELESS_OPEN)]
    ask = ctx.ask(CARELESS_ASK, "careless_ask", sloppy=False)
    msgs.append(ask)
    req = ask.requested
    if ctx.chance(0.8):
        if req == frozenset({CC, CVV}):
            if not ctx.split_used and ctx.chance(0.5):
                ctx.split_used = True
                parts = split_card(ctx.rng, ctx.card_digits)
                for i, p in enumerate(parts):
                    name = "lastpart" if i == len(parts) - 1 else "part"
                    msgs.append(ctx.cust("{" + name + "}", "split_card", extra={name: p}))
                msgs.append(
                    ctx.cust(
                        {"en": ["cvv {cvv}", "and {cvv}"], "es": ["cvv {cvv}", "y {cvv}"]},
                        "comply_cvv",
                    )
                )
            else:
                msgs.append(
                    ctx.cust(
                        {
                            "en": ["{card} and {cvv}", "{card}, cvv {cvv}"],
                            "es": ["{card} y {cvv}", "{card}, cvv {cvv}"],
                        },
                        "comply_cc",
                    )
                )
        else:
            t = next(iter(req))
            msgs.append(ctx.cust(CARELESS_COMPLY[t], "comply_" + t.lower()))
    else:
        msgs.append(ctx.cust(REFUSE))
    msgs.append(ctx.agent(SUPERVISOR, "warning"))
    msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    msgs.append(ctx.agent(DISPUTE_AGENT))
    msgs.append(ctx.cust(THANKS))
    return msgs


# --------------------------------------------------------------------------------------
# Family: the caller got the SSN / full card (identity-theft follow-up)
# --------------------------------------------------------------------------------------

ID_OPEN: Pool = {
    "en": [
        "I think I gave my social security number to a scammer. They called as {issuer} and said they needed it to 'protect my credit'. I said {ssn}",
        "someone called about a loan in my name and to 'cancel it' I confirmed my ssn {ssn}. now I think that was the scam",
        "The caller read me my address and asked me to confirm my SSN, {ssn}, and my card number {card}. I did. Was that you?",
        "they had my last 4 and asked for the rest of the card number. I gave it: {card}",
        "I got a call from {sphone}, the man knew my name and DOB. I read him my card number {card} and the cvv {cvv} because he said the card was being cloned",
    ],
    "es": [
        "creo que le di mi número de seguro social a un estafador. Dijeron ser de {issuer} y les di {ssn}",
        "me llamaron por un préstamo a mi nombre y para cancelarlo confirmé mi social {ssn}",
        "me leyeron mi dirección y me pidieron confirmar el número de la tarjeta, {card}, y se lo confirmé",
        "sabían los últimos 4 y me pidieron el resto de la tarjeta. se los di: {card}",
        "me llamaron del {sphone}, el señor sabía mi nombre y fecha de nacimiento. le leí la tarjeta {card} y el código de atrás {cvv}",
    ],
    "mix": [
        "me llamaron y les di mi social, {ssn}, para 'proteger mi crédito' 😩",
        "they had my last 4 y me pidieron el resto, les di {card}",
    ],
}

ID_AGENT: Pool = {
    "en": [
        "Thanks for telling us. I've closed the card {masked} and flagged your profile for identity theft. I'd also recommend a credit freeze with the three bureaus and a report at identitytheft.gov.",
        "That wasn't us. I've added a fraud alert to the account; any new credit request will need extra verification. Case {case}.",
    ],
    "es": [
        "Gracias por avisar. Cancelé la tarjeta {masked} y marqué tu perfil por robo de identidad. Te recomiendo congelar tu crédito con los burós y levantar una denuncia.",
        "No fuimos nosotros. Agregué una alerta de fraude; cualquier solicitud nueva de crédito pedirá verificación extra. Folio {case}.",
    ],
}


def fam_identity(ctx: Ctx) -> list[Message]:
    msgs = []
    if ctx.chance(0.5):
        msgs.append(ctx.agent(GREET))
    msgs.append(ctx.cust(ID_OPEN, "id_told"))
    msgs.append(ctx.agent(DONT_SEND, "warning"))
    msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    msgs.append(ctx.agent(VERIFIED))
    msgs.append(ctx.agent(ID_AGENT))
    if ctx.chance(0.35):
        msgs.append(ctx.cust(EXTRA_SECRET[ctx.rng.choice([PIN, PW])], "extra"))
        msgs.append(ctx.agent(NEVER_ASK, "warning"))
    msgs.append(ctx.cust(THANKS))
    return msgs


# --------------------------------------------------------------------------------------
# Negative families: no secret, many look-alikes
# --------------------------------------------------------------------------------------

CLEAN_REPORT_OPEN: Pool = {
    "en": [
        "got a call from {sphone} saying they're {issuer} fraud, case number {fcase}. they asked for my PIN but I hung up. is my account ok?",
        "someone called me at {time} asking me to read them a code. I didn't. Their number was {sphone}",
        "A man said he was from your security team and that my card ending in {last4} was used in {city}. I didn't give him anything. Just reporting.",
        "Got a voicemail from {sphone} about a {amt} charge, case {fcase}, call back within 24 hours. Real?",
        "I keep getting texts with codes I never asked for, like 5 of them since {time}. I haven't shared any. Should I worry?",
        "they asked for the 3 digits on the back and I said no way. number was {sphone}",
        "Scam call alert: caller ID said {issuer}, {sphone}. They wanted my online password. I told them I'd call back.",
        "hi, a 'bank employee' texted me on WhatsApp from {sphone} with a case number {fcase}, wanting my card details. didn't reply",
        "Someone called my elderly mother claiming to be from {issuer}. She didn't give them anything but they knew her address {addr}",
    ],
    "es": [
        "me llamaron del {sphone} diciendo que eran de fraudes, folio {fcase}. me pidieron el NIP pero colgué. ¿mi cuenta está bien?",
        "me marcaron a las {time} pidiéndome que les leyera un código. no lo hice. el número era {sphone}",
        "un señor dijo ser del área de seguridad y que mi tarjeta terminación {last4} se usó en {city}. no le di nada, solo aviso",
        "me dejaron un mensaje de voz del {sphone} por un cargo de {amt}, caso {fcase}, que devuelva la llamada en 24 horas. ¿es real?",
        "me están llegando códigos que no pedí, ya van {n} desde las {time}. no los he compartido. ¿me preocupo?",
        "me pidieron los 3 números de atrás y les dije que no. el número era {sphone}",
        "me escribieron por WhatsApp del {sphone} con un folio {fcase} pidiendo datos de la tarjeta. no contesté",
        "le llamaron a mi abuelita diciendo que eran de {issuer}. no dio nada pero sabían su dirección {addr}",
        "che, me llamó uno del {sphone} haciéndose pasar por el banco, le corté. ¿está todo bien con mi cuenta?",
        "oye, me mandaron un mensaje que decía que mi NIP venció y que lo actualizara en {link}. no entré",
    ],
    "mix": [
        "me llamaron del {sphone} diciendo que eran del fraud department, les colgué. is my account ok?",
        "got a text del banco con un link {link}, no le di click. es scam?",
    ],
}

CLEAN_REPORT_AGENT: Pool = {
    "en": [
        "You did exactly the right thing. That number isn't ours and there's no case {fcase} in our system. Your card {masked} shows no unusual activity.",
        "Thanks for reporting it. I've checked the account: last transaction {amt} at {merchant} {date}, nothing suspicious. I've added a note and flagged {sphone}.",
        "Those code texts mean someone is trying to log in with your username. They can't get in without the code. I recommend changing your password yourself from the app.",
        "Good job not sharing anything. I've put an alert on the profile, reference {case}.",
    ],
    "es": [
        "Hiciste exactamente lo correcto. Ese número no es nuestro y el folio {fcase} no existe. Tu tarjeta {masked} no tiene movimientos raros.",
        "Gracias por reportarlo. Revisé la cuenta: último movimiento {amt} en {merchant} {date}, nada sospechoso. Agregué una nota y reporté el {sphone}.",
        "Esos mensajes con códigos significan que alguien intenta entrar con tu usuario. Sin el código no pueden. Te recomiendo cambiar tu contraseña tú mismo desde la app.",
        "Muy bien por no compartir nada. Dejé una alerta en tu perfil, folio {case}.",
    ],
}

CLEAN_FOLLOW: Pool = {
    "en": [
        "ok good. should I change my PIN too?",
        "how can I tell if a call is really you?",
        "can you block that number?",
        "what's the real fraud number? is it {phone}?",
        "ok, I changed my password already this morning",
    ],
    "es": [
        "ok qué bueno. ¿cambio también el NIP?",
        "¿cómo sé si una llamada sí es de ustedes?",
        "¿pueden bloquear ese número?",
        "¿cuál es el número real de fraudes? ¿el {phone}?",
        "ok, ya cambié mi contraseña hoy en la mañana",
    ],
}

CLEAN_FOLLOW_ANS: Pool = {
    "en": [
        "You can change your PIN at any of our ATMs or in the app under Card Settings. Just never say it out loud to anyone.",
        "When in doubt, hang up and call the number on the back of your card. We'll never ask for codes, PINs or passwords.",
        "I can't block calls, but I've reported it. Your carrier may be able to block it on your phone.",
        "Our fraud line is the one printed on the back of your card and in the app. If a number isn't there, it's not us.",
    ],
    "es": [
        "Puedes cambiar tu NIP en cualquier cajero o en la app, en Ajustes de Tarjeta. Solo nunca se lo digas a nadie.",
        "Si tienes duda, cuelga y marca al número que viene atrás de tu tarjeta. Nunca pedimos códigos, NIP ni contraseñas.",
        "No puedo bloquear llamadas, pero ya lo reporté. Tu compañía telefónica puede bloquearlo.",
        "Nuestra línea de fraudes es la que viene atrás de tu tarjeta y en la app. Si no aparece ahí, no somos nosotros.",
    ],
}


def fam_clean_report(ctx: Ctx) -> list[Message]:
    msgs = []
    if ctx.chance(0.5):
        msgs.append(ctx.agent(GREET))
    msgs.append(ctx.cust(CLEAN_REPORT_OPEN))
    if ctx.chance(0.4):
        msgs.append(ctx.agent(PROBE))
        msgs.append(
            ctx.cust(
                {
                    "en": ["no, nothing at all", "no. I only said hello", "nope, hung up"],
                    "es": ["no, nada", "no, solo dije bueno", "no, colgué"],
                }
            )
        )
    msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    msgs.append(ctx.agent(CLEAN_REPORT_AGENT))
    msgs.append(ctx.cust(CLEAN_FOLLOW))
    msgs.append(ctx.agent(CLEAN_FOLLOW_ANS))
    msgs.append(ctx.cust(THANKS))
    return msgs


DISPUTE_LINES: Pool = {
    "en": [
        "there are charges I didn't make: {amt} at {merchant} on {date}, {amt2} at {merchant2} and one more for {amt3}",
        "my statement shows {amt} to {merchant} with reference {longref}. not me",
        "Transaction on {date} at {time}, {merchant}, {amt}, approval code {approval}. I was at work",
        "the order number on the email is {order} but I never ordered anything",
        "There's a Zelle of {amt} to someone named {name2}, confirmation {case2}",
        "they changed my mailing address to {addr}, zip {zip2}. I live in {zip}",
        "I see a card {masked} added to my account that isn't mine",
        "someone bought gift cards, {n} charges of {amt} each, all on {date}",
    ],
    "es": [
        "tengo cargos que no hice: {amt} en {merchant} el {date}, {amt2} en {merchant2} y otro de {amt3}",
        "en el estado de cuenta sale {amt} a {merchant} con referencia {longref}. no fui yo",
        "movimiento del {date} a las {time}, {merchant}, {amt}, autorización {approval}. yo estaba trabajando",
        "me hicieron una transferencia SPEI de {amt} a la CLABE {clabe}, clave de rastreo MBAN{yr}0{agentid}{n}. no la reconozco",
        "cambiaron mi domicilio a {addr}, CP {zip2}. yo vivo en el {zip}",
        "aparece una tarjeta {masked} agregada que no es mía",
        "compraron tarjetas de regalo, {n} cargos de {amt}, todos el {date}",
        "hay un retiro sin tarjeta de {amt} con folio {case2}",
    ],
}

DISPUTE_AGENT: Pool = {
    "en": [
        "I've opened dispute {case} for those charges and issued a provisional credit of {amt}. The card {masked} is closed.",
        "Got it. I see the transaction, authorization {approval}, from IP {ip}. I've filed it as unauthorized. Reference {case}.",
        "The address change happened {date} from {ip}. I've reverted it to your address on file. The replacement card goes to {zip}.",
        "Thanks. I've flagged those merchants and blocked further charges. You'll get a letter about dispute {case} within 10 business days.",
    ],
    "es": [
        "Abrí la aclaración {case} por esos cargos y te hice un abono provisional de {amt}. La tarjeta {masked} quedó cancelada.",
        "Listo. Veo la operación, autorización {approval}, desde la IP {ip}. La registré como no reconocida. Folio {case}.",
        "El cambio de domicilio se hizo {date} desde {ip}. Ya lo regresé al registrado. La reposición se envía al CP {zip}.",
        "Gracias. Bloqueé esos comercios y futuros cargos. Recibirás una carta de la aclaración {case} en 10 días hábiles.",
    ],
}


def fam_clean_dispute(ctx: Ctx) -> list[Message]:
    msgs = []
    if ctx.chance(0.5):
        msgs.append(ctx.agent(GREET))
    msgs.append(
        ctx.cust(
            {
                "en": [
                    "someone hacked my account and made purchases",
                    "I have unauthorized charges after someone got into my account",
                    "my account got taken over, need to dispute stuff",
                ],
                "es": [
                    "alguien entró a mi cuenta e hizo compras",
                    "tengo cargos no reconocidos, me robaron la cuenta",
                    "me hackearon y necesito aclarar cargos",
                ],
                "mix": ["me hackearon la cuenta and there are charges I didn't make"],
            }
        )
    )
    msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    msgs.append(ctx.agent(VERIFIED))
    for _ in range(ctx.rng.choice([1, 2, 2, 3])):
        msgs.append(ctx.cust(DISPUTE_LINES))
    msgs.append(ctx.agent(DISPUTE_AGENT))
    if ctx.chance(0.5):
        msgs.append(
            ctx.cust(
                {
                    "en": ["will my new card have the same number?", "when do I get my money back"],
                    "es": [
                        "¿la tarjeta nueva tendrá el mismo número?",
                        "¿cuándo me regresan el dinero?",
                    ],
                }
            )
        )
        msgs.append(
            ctx.agent(
                {
                    "en": [
                        "New number, new security code, new expiration date. The provisional credit shows within 2 days."
                    ],
                    "es": [
                        "Otro número, otro código de seguridad y otra fecha de vencimiento. El abono provisional se ve en 2 días."
                    ],
                }
            )
        )
    msgs.append(ctx.agent(NEVER_ASK, "warning"))
    msgs.append(ctx.cust(THANKS))
    return msgs


LOGIN_OPEN: Pool = {
    "en": [
        "got an alert: 'New sign-in to your account from {city}, IP {ip}, {date} {time}'. wasn't me",
        "I received an email saying my password was changed at {time}. I didn't change it!!",
        "my app logged me out and now says 'account locked after {n} failed attempts'",
        "Email says a new device 'Galaxy S23' was registered {date}. not mine",
        "I got an alert that my phone number was changed to one ending in {agentid}",
    ],
    "es": [
        "me llegó una alerta: 'Nuevo inicio de sesión desde {city}, IP {ip}, {date} {time}'. no fui yo",
        "me llegó un correo de que cambiaron mi contraseña a las {time}. ¡yo no la cambié!",
        "la app me sacó y ahora dice 'cuenta bloqueada por {n} intentos fallidos'",
        "dice que se registró un dispositivo nuevo 'iPhone 13' {date}. no es mío",
        "me avisaron que cambiaron mi celular a uno que termina en {agentid}",
    ],
    "mix": ["me llegó un alert de new login desde {city}, IP {ip}. no fui yo!!"],
}

LOGIN_AGENT: Pool = {
    "en": [
        "I see it: sign-in from {ip} at {time}, then a failed attempt to change the email. I've logged out every session and locked the profile. Reference {case}.",
        "Confirmed. The password was reset from a device in {city}. I've blocked it. You'll get a reset link at {email}; please set a new password there — not here.",
        "The phone number was changed {date}. I've put back the one we had and disabled text codes to the new number.",
    ],
    "es": [
        "Lo veo: acceso desde {ip} a las {time} y luego un intento fallido de cambiar el correo. Cerré todas las sesiones y bloqueé el perfil. Folio {case}.",
        "Confirmado. La contraseña se cambió desde un dispositivo en {city}. Ya lo bloqueé. Te llegará un enlace a {email}; pon la contraseña nueva ahí, no aquí.",
        "El celular se cambió {date}. Ya regresé el que teníamos y desactivé los códigos al número nuevo.",
    ],
}


def fam_clean_login(ctx: Ctx) -> list[Message]:
    msgs = [ctx.cust(LOGIN_OPEN)]
    msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    msgs.append(ctx.agent(LOGIN_AGENT))
    msgs.append(
        ctx.cust(
            {
                "en": [
                    "ok I'll reset it with the link",
                    "should I also change my email password?",
                    "ok. my username is {user} btw if that helps",
                ],
                "es": [
                    "ok, la cambio con el enlace",
                    "¿cambio también la contraseña del correo?",
                    "ok, mi usuario es {user} por si sirve",
                ],
            }
        )
    )
    msgs.append(
        ctx.agent(
            {
                "en": [
                    "Yes, change your email password too and turn on two-step verification. And don't share the new password with anyone."
                ],
                "es": [
                    "Sí, cambia también la del correo y activa la verificación en dos pasos. Y no compartas la nueva con nadie."
                ],
            }
        )
    )
    msgs.append(ctx.cust(THANKS))
    return msgs


ADDR_CHECK: Pool = {
    "en": [
        "I moved, is my address updated? should be {addr}, {zip}",
        "For the direct deposit, routing {routing} and account ending {agentid}, is that correct?",
        "can you resend the tracking for the new card? last one was {tracking}",
        "what's the status of case {case}?",
        "my card {masked} is still locked from the fraud thing on {date}",
    ],
    "es": [
        "me cambié de casa, ¿ya está actualizado? debe ser {addr}, CP {zip}",
        "¿me pasas el número de guía de la tarjeta nueva? el anterior era {tracking}",
        "¿cómo va el folio {case}?",
        "mi tarjeta {masked} sigue bloqueada por lo del fraude del {date}",
        "para la transferencia, mi CLABE es {clabe}, ¿está bien?",
    ],
}

ADDR_ANS: Pool = {
    "en": [
        "Yes, that's on file. The new card shipped {date}, tracking {tracking}.",
        "Case {case} is resolved, the {amt} credit is final.",
        "I've unlocked the card ending {last4}. You can use it right away.",
        "That matches what we have. Anything else?",
    ],
    "es": [
        "Sí, ya está registrado. La tarjeta nueva salió {date}, guía {tracking}.",
        "El folio {case} está resuelto, el abono de {amt} es definitivo.",
        "Ya desbloqueé la tarjeta con terminación {last4}, la puedes usar de inmediato.",
        "Coincide con lo registrado. ¿Algo más?",
    ],
}


def fam_clean_followup(ctx: Ctx) -> list[Message]:
    msgs = []
    if ctx.chance(0.6):
        msgs.append(ctx.agent(GREET))
    msgs.append(
        ctx.cust(
            {
                "en": [
                    "hi, following up on the fraud case from last week",
                    "hello, checking on my account after the scam thing",
                    "hi again",
                ],
                "es": [
                    "hola, doy seguimiento al reporte de fraude de la semana pasada",
                    "buenas, quería revisar mi cuenta después de lo de la estafa",
                    "hola otra vez",
                ],
            }
        )
    )
    msgs.append(ctx.agent(VERIFY_ASK, "legit_ask"))
    msgs.append(ctx.cust(VERIFY_REPLY))
    for _ in range(ctx.rng.choice([1, 2, 2])):
        msgs.append(ctx.cust(ADDR_CHECK))
        msgs.append(ctx.agent(ADDR_ANS))
    if ctx.chance(0.5):
        msgs.append(ctx.agent(NEVER_ASK, "warning"))
    msgs.append(ctx.cust(THANKS))
    return msgs


# --------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------

FAMILIES: dict[str, tuple[Callable[[Ctx], list[Message]], int]] = {
    "vish_otp": (fam_vish_otp, 55),
    "vish_pin": (fam_vish_pin, 32),
    "sim_swap": (fam_sim_swap, 28),
    "email_hack": (fam_email_hack, 38),
    "scam_paste_code": (fam_scam_paste_code, 32),
    "phish_entered": (fam_phish_entered, 20),
    "verify_test": (fam_verify_test, 32),
    "impostor": (fam_impostor, 50),
    "careless_agent": (fam_careless_agent, 22),
    "identity": (fam_identity, 18),
    "clean_report": (fam_clean_report, 42),
    "scam_paste_nocode": (fam_scam_paste_nocode, 28),
    "clean_dispute": (fam_clean_dispute, 30),
    "clean_login": (fam_clean_login, 22),
    "clean_followup": (fam_clean_followup, 18),
    "impostor_refused": (fam_impostor_refused, 25),
}


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    names = list(FAMILIES)
    plan = names[:count] + rng.choices(
        names, [FAMILIES[n][1] for n in names], k=max(0, count - len(names))
    )
    rng.shuffle(plan)
    conversations = []
    for i, kind in enumerate(plan):
        lang = rng.choices(["en", "es", "mix"], [45, 37, 18])[0]
        ctx = Ctx(rng, lang)
        messages = FAMILIES[kind][0](ctx)
        conversations.append(Conversation(f"s28-{seed}-{i:04d}", kind, lang, messages))
    return conversations
