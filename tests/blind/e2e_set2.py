# ruff: noqa: E501
"""A second blind end-to-end evaluation set for guard: generated customer-care conversations.

Written independently of the first set (only its schema was read: `Label`, `Message`,
`Conversation` and the type names) and without reading guard's code, rules, tests or
benchmarks. The phrasings aim away from the obvious: rambling messages with the secret in
the middle, customers sending several messages in a row, corrections, quoting the agent,
values in brackets or quotes, pasted "Card: ...; Exp: ...; CVV: ..." blocks, voice-to-text
spacing, Spanish from Mexico, Spain, Puerto Rico and Colombia, Spanglish, typos; agents
phishing politely, urgently or through bot templates; legitimate agents talking in numbers;
and hard negatives sitting next to secret cues ("the code 90210 is my zip", "pin code
560001", Luhn-invalid 16-digit order numbers, IMEIs, UPS tracking, +1 phones).

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything, and
`self_check` verifies every label (exact spans, valid cards and SSNs, split parts joining to
a valid card) and, for full-size sets, the minimum counts per type.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, TYPES, Conversation, Label, Message

KEEP: dict[str, int] = {CC: 4, SSN: 4}
SECRET_BASE: dict[str, str] = {
    "card": CC,
    "cvv": CVV,
    "cid": CVV,
    "ssn": SSN,
    "otp": OTP,
    "pw": PW,
    "pin": PIN,
}
SLOT_OF: dict[str, str] = {CC: "card", CVV: "cvv", SSN: "ssn", OTP: "otp", PW: "pw", PIN: "pin"}
SLOT_RE = re.compile(r"\{([a-z_]+?)(\d*)(?::(\w+))?\}")

Pool = dict[str, list[str]]

# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------

BRANDS = ("visa", "mastercard", "amex", "discover", "jcb", "diners", "unionpay", "maestro")
BRAND_WEIGHTS = (30, 22, 12, 9, 6, 6, 7, 8)


def card_prefix_and_length(rng: Random, brand: str) -> tuple[str, int]:
    if brand == "visa":
        return "4", 16
    if brand == "mastercard":
        if rng.random() < 0.7:
            return str(rng.randint(51, 55)), 16
        return str(rng.randint(2221, 2720)), 16
    if brand == "amex":
        return rng.choice(("34", "37")), 15
    if brand == "discover":
        return rng.choice(("6011", str(rng.randint(644, 649)), "65")), 16
    if brand == "jcb":
        return str(rng.randint(3528, 3589)), 16
    if brand == "diners":
        return rng.choice((str(rng.randint(300, 305)), "36", "38")), 14
    if brand == "unionpay":
        return "62", rng.choice((16, 16, 17, 18, 19))
    prefix = rng.choice(("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"))
    return prefix, rng.choice((16, 16, 19))


def make_card(rng: Random, brand: str) -> str:
    prefix, length = card_prefix_and_length(rng, brand)
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def card_groups(digits: str) -> list[int]:
    n = len(digits)
    if n == 15:
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    sizes = [4] * (n // 4)
    if n % 4:
        sizes[-1] += n % 4  # 17-19 digits: the last group takes the rest
    return sizes


def split_by(digits: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    return out


def format_card(rng: Random, digits: str, style: str | None = None) -> str:
    style = (
        style
        or rng.choices(
            ("space", "dash", "plain", "dot", "dspace", "irregular", "spdash"),
            weights=(40, 14, 20, 5, 5, 10, 6),
        )[0]
    )
    groups = split_by(digits, card_groups(digits))
    if style == "plain":
        return digits
    if style == "dash":
        return "-".join(groups)
    if style == "dot":
        return ".".join(groups)
    if style == "dspace":
        return "  ".join(groups)
    if style == "spdash":
        return " - ".join(groups)
    if style == "irregular" and len(digits) == 16:
        return " ".join(split_by(digits, rng.choice(([4, 4, 8], [8, 8], [6, 6, 4], [4, 12]))))
    return " ".join(groups)


def luhn_invalid(rng: Random, length: int, first: str = "") -> str:
    while True:
        body = first + "".join(str(rng.randint(0, 9)) for _ in range(length - len(first)))
        if not luhn.is_valid(body):
            return body


def make_ssn(rng: Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def ssn_valid(digits: str) -> bool:
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        len(digits) == 9
        and area not in ("000", "666")
        and not area.startswith("9")
        and group != "00"
        and serial != "0000"
    )


def format_ssn(rng: Random, digits: str, style: str | None = None) -> str:
    style = style or rng.choices(("dash", "sp", "plain", "dot"), weights=(55, 20, 17, 8))[0]
    a, g, s = digits[:3], digits[3:5], digits[5:]
    if style == "plain":
        return digits
    if style == "sp":
        return f"{a} {g} {s}"
    if style == "dot":
        return f"{a}.{g}.{s}"
    return f"{a}-{g}-{s}"


PW_WORDS = (
    "Tigre", "perrito", "Sunflower", "dragon", "Milo", "Luna", "chivas", "Mariposa", "coqui",
    "Yankees", "bluebird", "Tamales", "Paloma", "canela", "Rocky", "Guadalupe", "jaguar",
    "Kitty", "monkey", "Boricua", "gatita", "Pumas", "Peanut", "Mochi", "Azul", "cafecito",
)  # fmt: skip


def _password(rng: Random) -> str:
    word = rng.choice(PW_WORDS)
    other = rng.choice(PW_WORDS)
    style = rng.randint(0, 7)
    if style == 0:
        return f"{word}{rng.randint(1950, 2024)}"
    if style == 1:
        return f"{word}{rng.randint(10, 99)}{rng.choice('!@#$*')}"
    if style == 2:
        leet = word.lower().translate(str.maketrans("aeio", "4310"))
        return f"{leet.capitalize()}{rng.randint(1, 9)}"
    if style == 3:
        return f"{word.lower()}{rng.choice('&_.')}{other}{rng.randint(1, 99)}"
    if style == 4:
        return f"{word}#{rng.randint(100, 999)}"
    if style == 5:
        return rng.choice(("qwerty!!9", "Abc12345!", "Passw0rd2024", "letmein#77", "zxcvb_123"))
    if style == 6:
        return f"{rng.choice('!*$')}{word}{other}{rng.randint(0, 9)}"
    return f"{word.upper()[:4]}{rng.randint(1000, 9999)}{word.lower()[-2:]}"


def make_password(rng: Random) -> str:
    value = _password(rng)
    while len(value) < 6:
        value += str(rng.randint(0, 9))
    return value


def make_otp(rng: Random) -> str:
    length = rng.choices((6, 4, 5, 7, 8), weights=(70, 10, 6, 6, 8))[0]
    digits = "".join(str(rng.randint(0, 9)) for _ in range(length))
    if length == 6 and rng.random() < 0.2:
        return digits[:3] + rng.choice((" ", "-")) + digits[3:]
    return digits


def make_pin(rng: Random) -> str:
    length = 6 if rng.random() < 0.15 else 4
    return "".join(str(rng.randint(0, 9)) for _ in range(length))


def make_imei(rng: Random) -> str:
    body = rng.choice(("35", "86", "01")) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn.calc_check_digit(body)


FIRST = ("Maria", "James", "Lucía", "Kevin", "Ana", "Jorge", "Tiffany", "Carmen", "Luis", "Dana")
LAST = ("Gonzalez", "Smith", "Rivera", "Nguyen", "Pérez", "Johnson", "Ortiz", "Lee", "Ramos")
AGENTS = ("Brianna", "Marcus", "Sofía", "Andrés", "Priya", "Tom", "Valeria", "Nico")
CITIES = ("Tulsa", "Orlando", "El Paso", "Bayamón", "Newark", "San Antonio", "Medellín")
MONTHS_EN = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov")
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "octubre")


def _amount(r: Random) -> str:
    style = r.randint(0, 3)
    if style == 0:
        return f"${r.randint(10, 999)}.{r.randint(0, 99):02d}"
    if style == 1:
        return f"${r.randint(1, 9)},{r.randint(0, 999):03d}.{r.randint(0, 99):02d}"
    if style == 2:
        return f"${r.randint(5, 400)}"
    return f"USD {r.randint(10, 900)}.{r.randint(0, 99):02d}"


def _amount_es(r: Random) -> str:
    style = r.randint(0, 3)
    if style == 0:
        return f"${r.randint(1, 9)},{r.randint(0, 999):03d}.{r.randint(0, 99):02d} MXN"
    if style == 1:
        return f"{r.randint(1, 9)}.{r.randint(0, 999):03d},{r.randint(0, 99):02d} €"
    if style == 2:
        return f"${r.randint(20, 900)}.000 pesos"
    return f"{r.randint(100, 4000)} pesos"


def _date(r: Random) -> str:
    style = r.randint(0, 3)
    if style == 0:
        return f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}"
    if style == 1:
        return f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.choice((2024, 2025, 2026))}"
    if style == 2:
        return f"{r.choice(MONTHS_EN)} {r.randint(1, 28)}"
    return f"{r.choice(MONTHS_EN)} {r.randint(1, 28)}, {r.choice((2024, 2025))}"


def _date_es(r: Random) -> str:
    if r.random() < 0.5:
        return f"{r.randint(1, 28)}/{r.randint(1, 12):02d}/{r.choice((2024, 2025))}"
    return f"{r.randint(1, 28)} de {r.choice(MONTHS_ES)}"


def _phone(r: Random) -> str:
    a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
    style = r.randint(0, 3)
    if style == 0:
        return f"({a}) {b}-{c:04d}"
    if style == 1:
        return f"+1 {a}-{b}-{c:04d}"
    if style == 2:
        return f"{a}.{b}.{c:04d}"
    return f"+1 ({a}) {b} {c:04d}"


def _phone_es(r: Random) -> str:
    style = r.randint(0, 3)
    if style == 0:
        return f"+52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
    if style == 1:
        return f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
    if style == 2:
        return f"787-{r.randint(200, 999)}-{r.randint(1000, 9999)}"
    return f"+57 3{r.randint(0, 2)}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"


def _tracking(r: Random) -> str:
    if r.random() < 0.7:
        mid = "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6))
        return f"1Z{mid}{r.randint(10, 99)}{r.randint(10**7, 10**8 - 1)}"
    return f"{r.randint(7000, 7999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"


def _order16(r: Random) -> str:
    digits = luhn_invalid(r, 16, r.choice(("4", "5", "6", "1", "3")))
    return r.choice(
        (digits, " ".join(split_by(digits, [4, 4, 4, 4])), "-".join(split_by(digits, [4, 4, 4, 4])))
    )


def _case(r: Random) -> str:
    style = r.randint(0, 3)
    if style == 0:
        return f"CS-{r.choice((2024, 2025))}-{r.randint(0, 9999999):07d}"
    if style == 1:
        return f"{r.randint(0, 99999999):08d}"
    if style == 2:
        return f"#{r.randint(10000, 99999)}"
    return f"INC{r.randint(100000, 999999)}"


def _masked(r: Random, last4: str) -> str:
    return r.choice(
        (
            f"**** **** **** {last4}",
            f"XXXX-XXXX-XXXX-{last4}",
            f"•••• {last4}",
            f"*{last4}",
            f"xxxxxxxxxxxx{last4}",
        )
    )


def _zip4(r: Random) -> str:
    return f"{r.randint(10000, 99950)}-{r.randint(1000, 9999)}"


def _ref(r: Random) -> str:
    return str(r.randint(10**9, 10**10 - 1))


ROUTING = ("021000021", "011000138", "121000358", "026009593", "111000025")


class Ctx:
    """One conversation's values: a card, an SSN and friends, made once and reused."""

    def __init__(self, rng: Random, lang: str, brand: str | None = None) -> None:
        self.rng = rng
        self.lang = lang
        self.brand = brand or rng.choices(BRANDS, weights=BRAND_WEIGHTS)[0]
        self.card_digits = make_card(rng, self.brand)
        self.ssn_digits = make_ssn(rng)
        self.cache: dict[str, str] = {}
        self.name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    def set_brand(self, brand: str) -> None:
        self.brand = brand
        self.card_digits = make_card(self.rng, brand)
        self.cache.pop("card", None)
        self.cache.pop("cvv", None)

    def secret(self, base: str, index: str, fmt: str | None) -> str:
        key = base + index
        if key in self.cache and fmt is None:
            return self.cache[key]
        r = self.rng
        if base == "card":
            digits = self.card_digits
            if index:
                digits = make_card(r, r.choices(BRANDS, weights=BRAND_WEIGHTS)[0])
            value = format_card(r, digits, fmt)
        elif base == "cvv":
            value = (
                f"{r.randint(0, 9999):04d}" if self.brand == "amex" else f"{r.randint(0, 999):03d}"
            )
        elif base == "cid":
            value = f"{r.randint(0, 9999):04d}"
        elif base == "ssn":
            digits = make_ssn(r) if index else self.ssn_digits
            value = format_ssn(r, digits, fmt)
        elif base == "otp":
            value = make_otp(r)
        elif base == "pw":
            value = make_password(r)
        else:
            value = make_pin(r)
        self.cache[key] = value
        return value

    def plain(self, name: str) -> str:
        if name in self.cache:
            return self.cache[name]
        value = self._plain(name)
        self.cache[name] = value
        return value

    def _plain(self, name: str) -> str:
        r = self.rng
        fixed: dict[str, Callable[[Random], str]] = {
            "amount": _amount,
            "amount_es": _amount_es,
            "date": _date,
            "date_es": _date_es,
            "phone": _phone,
            "phone_es": _phone_es,
            "tracking": _tracking,
            "order": _order16,
            "case": _case,
            "zip4": _zip4,
            "ref": _ref,
        }
        if name in fixed:
            return fixed[name](r)
        if name in ("amount_b", "amount_c"):
            return _amount(r)
        if name == "amount_es_b":
            return _amount_es(r)
        if name == "last4":
            return self.card_digits[-4:]
        if name == "ssnlast":
            return self.ssn_digits[-4:]
        if name == "masked":
            return _masked(r, self.card_digits[-4:])
        if name == "exp":
            return r.choice(("{:02d}/{}", "{:02d}/20{}", "{}/{}")).format(
                r.randint(1, 12), r.randint(25, 31)
            )
        if name == "dob":
            return f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1948, 2004)}"
        if name == "dob_es":
            return f"{r.randint(1, 28)}/{r.randint(1, 12):02d}/{r.randint(1948, 2004)}"
        if name == "zip":
            return f"{r.randint(1001, 99950):05d}"
        if name == "zip_es":
            return f"{r.randint(1000, 52999):05d}"
        if name == "imei":
            digits = make_imei(r)
            return (
                digits
                if r.random() < 0.6
                else f"{digits[:2]}-{digits[2:8]}-{digits[8:14]}-{digits[14]}"
            )
        if name == "year":
            return str(r.randint(1998, 2023))
        if name == "time":
            return r.choice(
                (
                    f"{r.randint(1, 11)}:{r.choice(('00', '15', '30', '45'))}pm",
                    f"{r.randint(13, 21)}:{r.randint(0, 59):02d}",
                )
            )
        if name == "points":
            return f"{r.randint(1, 95)},{r.randint(0, 999):03d}"
        if name == "flight":
            return f"{r.choice(('AA', 'UA', 'DL', 'IB', 'AM', 'AV', 'B6'))}{r.choice(('', ' '))}{r.randint(10, 2999)}"
        if name == "addr":
            return f"{r.randint(100, 9899)} {r.choice(('Maple Ave', 'W 23rd St', 'Calle Loíza', 'Oak Ridge Dr', 'Ponce de León Ave'))}"
        if name == "addr_es":
            return f"{r.choice(('Calle Reforma', 'Av. Insurgentes Sur', 'Calle de Alcalá', 'Carrera 43A'))} {r.randint(10, 2999)}, CP {r.randint(1000, 52999):05d}"
        if name == "apt":
            return f"{r.randint(1, 30)}{r.choice('ABCDEF')}"
        if name == "tollfree":
            return f"1-800-{r.randint(200, 999)}-{r.randint(1000, 9999)}"
        if name == "routing":
            return r.choice(ROUTING)
        if name == "conf":
            return r.choice(("ZK4Q9P", "CNF-889120", "QX7-22LM", "B8RT2W"))
        if name == "name":
            return self.name
        if name == "agent":
            return r.choice(AGENTS)
        if name == "city":
            return r.choice(CITIES)
        if name == "ph4":
            return f"{r.randint(0, 9999):04d}"
        if name == "day":
            return str(r.randint(1, 28))
        if name == "email":
            first = self.name.split()[0].lower().replace("í", "i").replace("é", "e")
            return f"{first}.{r.choice(('g', 'r', 'lee', 'm'))}{r.randint(70, 99)}@{r.choice(('gmail.com', 'yahoo.com', 'hotmail.com'))}"
        if name == "user":
            return f"{self.name.split()[0].lower()[:5]}_{r.randint(10, 99)}"
        raise KeyError(name)


def render(ctx: Ctx, template: str, split_part: bool = False) -> tuple[str, list[Label]]:
    """Fill a template's slots; secrets become labels over their exact span."""
    out: list[str] = []
    labels: list[Label] = []
    pos = length = 0
    for m in SLOT_RE.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        base, index, fmt = m.group(1), m.group(2), m.group(3)
        if base in SECRET_BASE:
            value = ctx.secret(base, index, fmt)
            kind = SECRET_BASE[base]
            labels.append(Label(kind, length, length + len(value), KEEP.get(kind, 0), split_part))
        else:
            value = ctx.plain(base + index)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), labels


# --------------------------------------------------------------------------------------
# Phrasings
# --------------------------------------------------------------------------------------

OPENERS: Pool = {
    "en": [
        "hi", "hello?? anyone there", "Hi, I have a question about a charge",
        "my card got declined and I'm literally at the register", "hey i need help w my account",
        "Good afternoon, I'm locked out of the app", "someone used my card!!!",
        "I need to dispute a transaction", "hello, trying to activate my new card",
        "hi there. long story, bear with me", "ok I've been on hold forever on the phone so trying chat",
    ],
    "es": [
        "hola", "buenas tardes", "hola, tengo una duda con un cargo",
        "me rechazaron la tarjeta y estoy en la caja", "buenos días, no puedo entrar a la app",
        "alguien usó mi tarjeta!!", "quiero aclarar un cargo que no reconozco",
        "hola, quiero activar mi tarjeta nueva", "buenas, una consulta", "oigan me urge una ayuda",
    ],
    "mix": [
        "hola, I need help con mi tarjeta", "hi, no puedo entrar a la app",
        "buenas, my card got declined", "hello, tengo un problema con un charge",
    ],
}  # fmt: skip

GREETINGS: Pool = {
    "en": [
        "Hi {name}, thanks for reaching out. I can help with that.",
        "Hello! My name is {agent} and I'll be assisting you today.",
        "[Bot] Hi! I'm your virtual assistant. I'll connect you with an agent shortly.",
        "Sorry to hear that! Let me take a look.",
        "Thanks for your patience, {name}. What's going on?",
    ],
    "es": [
        "Hola {name}, gracias por comunicarse. Con gusto le ayudo.",
        "¡Hola! Mi nombre es {agent}, le atiendo el día de hoy.",
        "[Asistente virtual] ¡Hola! En un momento te atiende un asesor.",
        "Lamento lo sucedido, permítame revisar.",
        "Buenas tardes, {name}. Cuénteme, ¿en qué le puedo ayudar?",
    ],
    "mix": ["Hola {name}! Sure, I can help you con eso.", "Hi! Cuéntame qué pasó."],
}

CLOSINGS: Pool = {
    "en": [
        "Thank you, give me a moment please.",
        "Thanks! One moment while I review the account.",
        "Perfect, I've placed a temporary hold and ordered a new card. It'll arrive in 7-10 business days.",
        "Anything else I can help you with today?",
        "Thanks for your patience. Your case number is {case}.",
        "Got it. I see the {amount} charge from {date}; I've started a dispute.",
    ],
    "es": [
        "Gracias, deme un momento por favor.",
        "Perfecto, ya quedó. Su nueva tarjeta llega en 5 a 7 días hábiles.",
        "¿Hay algo más en lo que le pueda ayudar?",
        "Gracias por su paciencia, su número de folio es {case}.",
        "Listo, ya veo el cargo de {amount_es} del {date_es}; levanté la aclaración.",
    ],
    "mix": ["Ok perfect, dame un momento.", "Listo! Tu case number es {case}."],
}

WARNINGS: dict[str, Pool] = {
    PIN: {
        "en": ["Please don't post your PIN here, we never need it. I've noted the issue though."],
        "es": ["Por su seguridad, no escriba el NIP en el chat; nunca se lo vamos a pedir."],
        "mix": ["Please no compartas tu PIN aquí, ok? Nunca lo necesitamos."],
    },
    CC: {
        "en": [
            "For your safety, please don't type full card numbers in chat; the last four is enough."
        ],
        "es": [
            "Le recomiendo no compartir el número completo de la tarjeta por aquí, con los últimos 4 basta."
        ],
    },
    CVV: {
        "en": ["Please don't share the security code in chat, I don't need it to help you."],
        "es": ["No es necesario que comparta el código de seguridad por este medio."],
    },
    OTP: {
        "en": ["Heads up: never share the codes we text you, not even with us."],
        "es": ["Nunca comparta los códigos que le enviamos, ni siquiera con nosotros."],
    },
    PW: {
        "en": [
            "Thanks, but please never send your password to anyone, including us. I'd change it now."
        ],
        "es": ["Le sugiero cambiar su contraseña y no compartirla con nadie."],
    },
    SSN: {
        "en": ["We don't need your full Social here; the last 4 is all we ever use in chat."],
        "es": ["Recuerde que nunca le pediremos su número de seguro social completo por chat."],
    },
    "any": {
        "en": [
            "Just so you know, we will never ask for your full SSN, PIN, password or security code in chat.",
            "I've removed that from the transcript. In the future only the last 4 digits are needed.",
        ],
        "es": ["Por favor no comparta datos sensibles en el chat; nunca se los vamos a pedir."],
    },
}


CHATTER: Pool = {
    "en": ["ok", "thanks", "one sec let me find it", "ok give me a sec", "k", "perfect thank you!!",
           "is that enough?", "hello?", "omg thank you", "cool", "sorry my phone died"],
    "es": ["ok", "gracias", "un momento", "dale", "vale", "perfecto, muchas gracias", "¿sigue ahí?",
           "sale", "ok gracias!!", "ya"],
    "mix": ["ok gracias", "sorry, un momento", "ok perfect", "dale thanks"],
}  # fmt: skip

PREFIXES: Pool = {
    "en": [
        "Hi, hope you're having a good day. ",
        "ok so long story short, ",
        "I've been with you guys since {year} and never had a problem until now. ",
        "Sorry for the long message, I'm at work and can't call. ",
        "So I already talked to someone yesterday about this (case {case}) and ",
        "good morning! ",
        "ugh ok. ",
        "I'm trying to book a hotel for {date} and ",
    ],
    "es": [
        "Buenas tardes, disculpe la molestia. ",
        "Hola, mire, ",
        "Oiga, ",
        "Buenos días. Le explico: ",
        "Ya hablé ayer con otra persona (folio {case}) y ",
        "Vale, a ver, ",
        "Disculpe que escriba tanto pero ",
    ],
    "mix": ["ok so, mira, ", "Hola, sorry la molestia, ", "so basically "],
}
SUFFIXES: Pool = {
    "en": [
        " Anyway I need this fixed before {time} because I'm travelling.",
        " Thanks in advance!!",
        " I can also be reached at {phone}.",
        " The charge was {amount} on {date} btw.",
        " pls hurry",
        " 🙏",
        " My flight is {flight} tomorrow so I really need the card working.",
    ],
    "es": [
        " Gracias de antemano.",
        " Me urge porque viajo el {date_es}.",
        " Mi celular es {phone_es} por si acaso.",
        " El cargo fue de {amount_es}.",
        " Saludos.",
        " porfa es urgente 🙏",
    ],
    "mix": [" thanks!!", " es urgent please", " el charge fue de {amount}."],
}

# Customer messages that carry a secret, per type and language.
VOLUNTEER: dict[str, Pool] = {
    CC: {
        "en": [
            "ok so I tried paying my balance this morning with {card} and the app just spins forever then says declined?? makes zero sense bc I paid it off last week",
            "the one that got charged twice is {card} (the credit one, not my debit)",
            "Hi, my card {card} was declined at the pharmacy for {amount} and I had to leave my meds there. can someone check asap",
            "its this one -> {card}",
            "reading it off the card right now: {card}. name on it is {name}",
            "the replacement you guys mailed me ({card}) still won't activate, I've called twice",
            "PLEASE check {card} someone is using it in another state right now!!!",
            "I have two cards with you, the business one is {card} and that's the one with the weird charge",
            "card # {card} exp {exp}",
            "Hey quick one. Is {card} still active? Found it in a drawer and don't know if it got cancelled when the new one came",
            "So I called yesterday, talked to someone named Kevin, he said the hold on {card} would be lifted in 24h but it's been two days and it's still declined everywhere",
            'number on the front is "{card}"',
            "i typed {card} into the airline site and it says invalid card number, can u see if its blocked",
            "my husbands card is {card}, he's next to me, he said I can handle it",
        ],
        "es": [
            "buenas tardes, le escribo porque la tarjeta {card} me aparece bloqueada desde ayer y no puedo pagar nada",
            "el número de la tarjeta es el {card}, vence el {exp}",
            "oiga me cobraron {amount_es} dos veces en la tarjeta {card}, necesito que me lo devuelvan",
            "saludos, mi tarjeta {card} no pasa en ningún sitio, qué está pasando?",
            "buen día, le comento que la tarjeta número {card} me la rechazaron en el supermercado",
            "es esta: {card}",
            "la que me llegó nueva ({card}) todavía no la puedo activar, ya intenté tres veces",
            "Tengo dos tarjetas con ustedes, la de crédito es {card} y ahí es donde sale el cargo raro",
            "mire, le copio el número tal cual viene en el plástico: {card}",
            "hola, me pueden revisar la {card}? me dice fondos insuficientes y sí tengo saldo",
            "ya la tengo en la mano, {card}, a nombre de {name}",
        ],
        "mix": [
            "hola, my card {card} got declined otra vez, qué pasa?",
            "la tarjeta es {card}, the one que me mandaron last month",
            "ok so el número es {card}, can you check it please",
            "me hicieron un charge de {amount} en la {card} que yo no hice",
            "mi card {card} no sirve en el ATM, dice error",
        ],
    },
    CVV: {
        "en": [
            "the 3 numbers on the back are {cvv}",
            "ok the little code by the signature strip says {cvv}, does that help",
            "it asked me for the CVC and I put {cvv} but it keeps failing, is that wrong?",
            "security code is {cvv} if u need it",
            "sec code: {cvv}",
            "I tried the code on the back ({cvv}) like 4 times and the site says it doesn't match",
            "cvv {cvv}, it's kinda rubbed off tho so maybe the middle one is wrong",
            "so the website wants the card verification value, I'm putting {cvv}, that's right isn't it?",
            "the three digit number on the back is {cvv} and the expiration is {exp}",
            "it's an amex, the tiny number above the long number on the front is {cid}",
            "there's a 4 digit code on the front, right side, {cid}. is that the security code?",
            "Amex CID {cid}",
        ],
        "es": [
            "los tres números de atrás son {cvv}",
            "el código de seguridad es {cvv}",
            "el cvv es el {cvv}, por si lo necesita",
            "los 3 dígitos de atrás: {cvv}",
            "ya puse el CVC ({cvv}) y la fecha y no pasa el pago",
            "el codigo de atras de la tarjeta dice {cvv}, medio borrado",
            "me pide el código de seguridad, le pongo {cvv} y me dice que es incorrecto",
            "es American Express, el código de 4 dígitos del frente es {cid}",
        ],
        "mix": [
            "el security code es {cvv}",
            "puse el cvv {cvv} pero says invalid",
            "the numbers de atrás are {cvv}",
        ],
    },
    SSN: {
        "en": [
            "for the application I put {ssn} as my social security number, did I do that wrong?",
            "SSN {ssn} DOB {dob}",
            "my social security number is {ssn:sp} and my date of birth is {dob}",
            "Social: {ssn}",
            "ok found my social security card, the number is {ssn}",
            "you guys have my social wrong on file, it should be {ssn} not whatever's in there",
            "the form is asking for my ssn... it's {ssn}, can you just add it for me?",
            "my social is {ssn:sp} period",
            "the tax form you sent has my SSN as something else, the correct one is {ssn}",
            "I'm the primary, {name}, SS# {ssn}",
        ],
        "es": [
            "mi seguro social es {ssn}",
            "número de seguro social: {ssn}",
            "el número de la seguridad social es {ssn}",
            "mi social es el {ssn}, lo acabo de revisar en la tarjetita",
            "para la solicitud me piden el seguro social, es {ssn}",
            "ustedes tienen mal mi número de seguro social, el correcto es {ssn}",
        ],
        "mix": [
            "my social es {ssn}",
            "el social security number es {ssn}, lo necesitan para la application?",
            "ok mi SSN: {ssn}",
        ],
    },
    OTP: {
        "en": [
            "the code is {otp}",
            "got a text just now with {otp}, what do i do with it",
            "verification code {otp}",
            "it says: Your verification code is {otp}. Do not share this code with anyone.",
            "authenticator app is showing {otp} right now",
            "2fa code: {otp}",
            "I got {otp} but by the time I typed it in it had expired",
            "the one-time passcode that came to my email was {otp}",
            "ok the text came, {otp}",
            "Here's the code you sent me: {otp}",
        ],
        "es": [
            "el código que me llegó por mensaje de texto es {otp}",
            "me llegó un sms con el {otp}",
            "código de verificación: {otp}",
            "la clave dinámica es {otp}",
            "el token me marca {otp}",
            "me ha llegado el código al móvil, es el {otp}",
            "ya me llegó el mensaje, dice {otp}",
            "el código de la app autenticadora: {otp}",
        ],
        "mix": [
            "me llegó el code {otp}",
            "el verification code es {otp}",
            "ya llegó el text, {otp}",
        ],
    },
    PW: {
        "en": [
            "my password is {pw}",
            "pw: {pw}",
            "login is {email} and password {pw}",
            'I reset it to "{pw}" and it still says invalid credentials',
            "new password is {pw} if you need to test",
            "pass = {pw}",
            "the password I've always used is {pw}",
            "im 100% sure my password is {pw}, i just typed it",
            "username {user} / password {pw}",
        ],
        "es": [
            "mi contraseña es {pw}",
            "contraseña: {pw}",
            "la clave de la app es {pw}",
            "le puse {pw} de contraseña y no me deja entrar",
            "usuario {user}, contraseña {pw}",
            'la contraseña nueva es "{pw}"',
        ],
        "mix": [
            "mi password es {pw}",
            "el password que uso es {pw}",
            "ok la contraseña is {pw}",
        ],
    },
    PIN: {
        "en": [
            "my pin is {pin}",
            "PIN {pin}",
            "the ATM pin I set was {pin} but it keeps saying incorrect",
            "I set the PIN to {pin} when I activated the card",
            "debit pin: {pin}",
            "I'm pretty sure the pin is {pin} (my mom's birthday lol)",
            "i changed my pin to {pin} yesterday at the branch and now nothing works",
        ],
        "es": [
            "el NIP es {pin}",
            "la clave del cajero es {pin}",
            "mi pin es el {pin}",
            "PIN de la tarjeta: {pin}",
            "la clave de 4 dígitos es {pin}",
            "cambié el NIP a {pin} ayer en la sucursal y ahora no me deja sacar dinero",
            "mi número secreto es {pin}",
        ],
        "mix": ["el pin es {pin}", "mi PIN number es {pin}", "el NIP is {pin}"],
    },
}

ASKS: dict[str, Pool] = {
    CC: {
        "en": [
            "For security reasons I must verify your full card number before we continue.",
            "Could you type out the complete 16-digit number on the front of your card?",
            "To find the account I'll need the card number - all of it please, not just the last four.",
            "[Bot] Please enter your card number to continue.",
            "URGENT: your account will be suspended in 24 hours unless you confirm your card number now.",
            "Thanks for waiting! Last thing, can you send the long number on the card so I can match it?",
            "Please provide the card number, the expiration date and the name on the card.",
            "What's the full number of the card that was charged?",
        ],
        "es": [
            "Por motivos de seguridad necesito que me confirme el número completo de su tarjeta.",
            "¿Me podría proporcionar los 16 dígitos de la tarjeta?",
            "Regáleme el número de la tarjeta, por favor.",
            "Pásame el número completo de la tarjeta y lo reviso.",
            "[Asistente virtual] Para continuar, escribe el número de tu tarjeta.",
            "Es urgente: si no valida el número de su tarjeta hoy, la cuenta será cancelada.",
        ],
        "mix": [
            "Ok, send me el número completo de la tarjeta please.",
            "Necesito el card number completo para verificar.",
        ],
    },
    CVV: {
        "en": [
            "And the 3-digit code on the back?",
            "Please provide the CVV so I can process the refund.",
            "What's the security code printed next to the signature panel?",
            "Since it's an Amex, I'll also need the 4-digit code on the front of the card.",
            "To confirm you have the card with you, read me the three numbers on the back.",
            "Last four and the CVC please.",
            "[Bot] Enter the security code (CVV/CVC) of your card to verify.",
        ],
        "es": [
            "¿Y los tres números de atrás de la tarjeta?",
            "Indíqueme el código de seguridad (CVV), por favor.",
            "¿Me confirma el CVV para procesar el reembolso?",
            "Para validar que tiene la tarjeta física, dígame el código de 3 dígitos del reverso.",
            "Los últimos 4 dígitos y el código de seguridad, por favor.",
        ],
        "mix": ["Me das el CVV please?", "Y el security code de atrás?"],
    },
    SSN: {
        "en": [
            "Can you give me your Social Security number so I can pull up the account?",
            "I'll need your full SSN to verify your identity.",
            "what's your social?",
            "To comply with federal regulations, please provide your complete 9-digit Social Security Number.",
            "Please type your SSN, all nine digits, not just the last 4.",
            "[Bot] To continue, reply with your Social Security number.",
        ],
        "es": [
            "¿Me puede dar su número de seguro social completo?",
            "Necesito su número de seguro social para continuar.",
            "¿Cuál es su social? Los nueve dígitos, por favor.",
            "Por regulación, debe proporcionarnos su número de seguro social completo.",
        ],
        "mix": [
            "Me confirmas tu social security number completo?",
            "Necesito tu SSN completo please.",
        ],
    },
    OTP: {
        "en": [
            "I've just sent a 6-digit code to your phone, can you read it to me?",
            "Please tell me the verification code you received.",
            "What's the code showing in your authenticator app right now?",
            "You should have gotten a text from us a moment ago. What's the code in it?",
            "To finish, reply here with the one-time passcode we emailed you.",
            "[Bot] Please type the 6-digit verification code sent to your phone.",
            "Quick, the code expires in 2 minutes, send it over!",
        ],
        "es": [
            "Le acabo de enviar un código por SMS, ¿me lo puede dictar?",
            "¿Cuál es el código que le llegó?",
            "Dígame la clave dinámica que le aparece en la app.",
            "Me comparte el código de verificación que le llegó al celular, por favor.",
            "Te he mandado un código al móvil, pásamelo por aquí.",
        ],
        "mix": [
            "Te mandé un code por text, me lo pasas?",
            "Cuál es el verification code que te llegó?",
        ],
    },
    PW: {
        "en": [
            "To reset things on my end I need your current online banking password.",
            "What password are you using to log in?",
            "Could you type your password here so I can test the login?",
            "Please confirm your username and password so I can unlock the profile.",
            "[Bot] For verification, enter your online banking password.",
        ],
        "es": [
            "¿Me confirma su contraseña de la banca en línea?",
            "¿Cuál es la clave con la que entra a la app?",
            "Escríbame su usuario y contraseña para desbloquear el acceso.",
            "Necesito tu contraseña actual para hacer el cambio.",
        ],
        "mix": [
            "Me das tu password para entrar a tu cuenta?",
            "Cuál es tu contraseña del online banking?",
        ],
    },
    PIN: {
        "en": [
            "Please confirm your 4-digit PIN.",
            "What's the PIN you use at the ATM?",
            "I need the PIN on the card to reactivate it.",
            "For verification please provide your debit card PIN.",
            "[Bot] Enter your card PIN to unlock your card.",
            "What are the numbers you type at the ATM when you take out cash?",
        ],
        "es": [
            "¿Me puede decir su NIP?",
            "Confírmeme la clave del cajero, por favor.",
            "¿Cuál es el PIN de la tarjeta?",
            "Para reactivarla necesito su número secreto.",
        ],
        "mix": ["Me confirmas el PIN de tu card?", "Cuál es tu NIP para verificar?"],
    },
}

# Asks for two things at once, with a pasted answer.
MULTI_ASKS: list[tuple[str, frozenset[str], str, str]] = [
    ("en", frozenset({CC, CVV}), "Please provide the card number, expiration, and CVV.",
     "{card} exp {exp} cvv {cvv}"),
    ("es", frozenset({CC, PIN}), "Necesito su número de tarjeta y el NIP para desbloquearla.",
     "tarjeta {card}, NIP {pin}"),
    ("en", frozenset({PW, OTP}), "Send me your password and the code we just texted you and I'll log in for you.",
     "password {pw} and the code was {otp}"),
    ("es", frozenset({SSN, PIN}), "Para validar su identidad, indíqueme su seguro social y la clave del cajero.",
     "seguro social {ssn} y la clave {pin}"),
    ("mix", frozenset({CC, CVV}), "Ok, dame el card number y el CVV de atrás.",
     "{card}\ncvv {cvv}"),
    ("en", frozenset({SSN, PW}), "I need your full social and your online password to reset the profile.",
     "SSN is {ssn}, password {pw}"),
]  # fmt: skip

ANSWERS: Pool = {
    "en": ["{v}", "sure, {v}", "ok its {v}", "{v} i think", "umm ok... {v}", "({v})", "yes - {v}",
           "it's {v}", "here you go: {v}", "sure thing! {v}", "{v}\nlet me know if that works", "\"{v}\""],
    "es": ["{v}", "claro, {v}", "es el {v}", "sale, {v}", "dale: {v}", "va: {v}", "ok, {v}",
           "ahí va: {v}", "mmm creo que es {v}", "{v} 👍", "vale, {v}", "listo: {v}"],
    "mix": ["ok, {v}", "sure, es {v}", "{v}", "ahí va: {v}"],
}  # fmt: skip
ANSWERS_BY_TYPE: dict[str, Pool] = {
    CVV: {"en": ["back says {v}", "{v} (back of the card)"], "es": ["atrás dice {v}"]},
    SSN: {"en": ["{v:sp}", "its {v}, the social"], "es": ["es {v:sp}"]},
    OTP: {
        "en": ["just got it, {v}", "{v} just came in"],
        "es": ["me llegó {v}", "ya me llegó: {v}"],
    },
    PW: {"en": ["{v}", "it's {v} with a capital first letter"], "es": ["es {v}"]},
    PIN: {"en": ["{v}", "the usual one, {v}"], "es": ["el de siempre, {v}"]},
    CC: {"en": ["{v} exp {exp}"], "es": ["{v} vence {exp}"]},
}

REFUSALS: Pool = {
    "en": [
        "wait why do you need that? the app says you'd never ask",
        "I'm not comfortable giving that out in chat",
        "no. i'll call the number on the back of my card instead",
        "is this really the bank??",
        "I don't have it on me right now, can we do this another way",
        "my bank told me never to share stuff like that with anyone...",
    ],
    "es": [
        "¿y para qué necesita eso? en la app dice que nunca lo piden",
        "no me siento cómoda dando eso por chat",
        "prefiero llamar al número de atrás de la tarjeta",
        "¿de verdad es el banco?",
        "no lo tengo a la mano ahorita",
    ],
    "mix": ["why do you need eso?", "no, prefiero llamar, sorry"],
}

REFUSALS_OTP: Pool = {
    "en": ["I didn't get any code", "nothing came yet, and anyway isn't that code just for me?"],
    "es": ["no me llegó ningún código", "todavía no me llega nada"],
}

NOTICES: Pool = {
    "en": [
        "I've just sent a verification code to the phone number ending in {ph4}. Please don't share it with anyone.",
        "You should receive a text with a 6-digit code in the next minute.",
        "[Bot] A one-time passcode has been sent to your registered device. It expires in 10 minutes.",
        "I triggered a new code to your email on file, it can take a couple of minutes.",
    ],
    "es": [
        "Le acabo de enviar un código de verificación al celular terminado en {ph4}.",
        "En un momento le llega un SMS con un código de 6 dígitos.",
        "Le hemos enviado un código al móvil; caduca en 10 minutos.",
        "[Asistente virtual] Te enviamos un código por mensaje de texto.",
    ],
    "mix": ["Ok, te acabo de mandar un code por text al número ending in {ph4}."],
}
TYPEBACKS: Pool = {
    "en": ["ok it says {otp}", "got it: {otp}", "{otp}", "it came, {otp}", "ok {otp}",
           "the text says {otp} is my code", "hold on... {otp}", "{otp} is what I got"],
    "es": ["listo, {otp}", "ya llegó: {otp}", "me salió {otp}", "{otp}", "dice {otp}", "ya, es el {otp}"],
    "mix": ["ok llegó, {otp}", "got it, es {otp}"],
}  # fmt: skip

PASTES: list[tuple[str, str]] = [
    ("en", "Card: {card}; Exp: {exp}; CVV: {cvv}"),
    ("en", "Name: {name}\nCard number: {card}\nExpiry: {exp}\nCVC: {cvv}\nZIP: {zip}"),
    ("en", "{card} {exp} {cvv}"),
    ("en", "{card} | {exp} | {cvv}"),
    ("en", "CARD {card}\nEXP {exp}\nSEC CODE {cvv}"),
    ("es", "Nombre: {name}\nTarjeta: {card}\nVencimiento: {exp}\nCódigo de seguridad: {cvv}"),
    ("es", "tarjeta {card} vto {exp} cvv {cvv}"),
    ("en", "SSN: {ssn}\nDOB: {dob}\nAddress: {addr}\nPhone: {phone}"),
    ("es", "Nombre completo: {name}\nSeguro social: {ssn}\nFecha de nacimiento: {dob_es}\nTeléfono: {phone_es}"),
    ("en", "user: {user}\npass: {pw}\n2FA: {otp}"),
    ("es", "usuario: {email}\ncontraseña: {pw}"),
    ("mix", "card: {card}\nvence: {exp}\ncvv: {cvv}"),
    ("en", "Debit card {card} / PIN {pin}"),
]  # fmt: skip

# (first message, correction) pairs per type.
CORRECTIONS: dict[str, Pool] = {
    CC: {
        "en": ["{card}|sorry wrong card, thats my old one. it's {card2}"],
        "es": ["la tarjeta es {card}|perdón, ese era el número viejo, es {card2}"],
    },
    CVV: {
        "en": ["cvv {cvv}|sorry, misread it, {cvv2}"],
        "es": ["el cvv es {cvv}|perdón me equivoqué, es {cvv2}"],
    },
    SSN: {
        "en": ["my ssn is {ssn}|no wait I messed up the end, it's {ssn2}"],
        "es": ["mi seguro social es {ssn}|corrijo: {ssn2}"],
    },
    OTP: {
        "en": ["code {otp}|oops typo, {otp2}"],
        "es": ["el código es {otp}|no espere, me llegó otro: {otp2}"],
    },
    PW: {
        "en": ["pw is {pw}|actually it's {pw2}, I changed it in march"],
        "es": ["mi contraseña es {pw}|perdón, la nueva es {pw2}"],
    },
    PIN: {
        "en": ["my pin is {pin}|no wait, {pin2}. I always mix them up"],
        "es": ["el NIP es {pin}|no espere, es {pin2}, ese era el de la otra tarjeta"],
    },
}

# Cue in one message, the value alone in the next.
TWO_STEP: dict[str, Pool] = {
    CC: {"en": ["ok the card number is|{card}"], "es": ["el número de la tarjeta es|{card}"]},
    CVV: {"en": ["and the code on the back|{cvv}"], "es": ["y los 3 de atrás|{cvv}"]},
    SSN: {"en": ["my social is|{ssn}"], "es": ["mi seguro social|{ssn}"]},
    OTP: {"en": ["ok the text code|{otp}"], "es": ["el código que me llegó|{otp}"]},
    PW: {"en": ["my password is|{pw}"], "es": ["mi contraseña es|{pw}"]},
    PIN: {"en": ["the pin is|{pin}"], "es": ["el NIP es|{pin}"]},
}

LEGIT: Pool = {
    "en": [
        "I can see a pending charge of {amount} from {date} on the card ending in {last4}.",
        "Thanks! I've opened a dispute for you, case number {case}. You'll hear from us within 10 business days.",
        "Could you confirm the last four digits of the card and the billing ZIP code, please?",
        "For verification, can you give me the last 4 of your SSN and your date of birth?",
        "Please never share your PIN, password or the codes we text you, not even with us.",
        "Your replacement card ships today via UPS, tracking {tracking}, and should arrive by {date}.",
        "Your payment of {amount} posted on {date}. The new balance is {amount_b}.",
        "You can reset your password from the login screen: tap 'Forgot password' and follow the steps.",
        "If you forgot your PIN you can choose a new one in the app under Card settings > Change PIN.",
        "The CVV is the 3-digit number on the back of the card (on Amex it's 4 digits on the front). Please don't type it here.",
        "You currently have {points} reward points, worth about {amount} in statement credit.",
        "I'm transferring you to the fraud team; if we get disconnected call {tollfree}.",
        "Enter the 6-digit code we texted you in the app, not in this chat.",
        "I see the card ending in {last4} is locked after 3 incorrect PIN attempts; it unlocks automatically after midnight.",
        "Your credit limit was raised to {amount} effective {date}.",
        "Sure! What's the ZIP code on your billing address?",
        "Can you tell me the name exactly as it appears on the card?",
        "The number in your statement, {masked}, is the same card.",
        "Your confirmation number for today's payment is {conf}.",
        "Just so you know: we'll never call or chat asking for your full card number or security code.",
        "Your autopay is set for the {day}th of each month; the minimum due is {amount}.",
        "Is there an error code on the screen? Something like 'E' followed by numbers?",
        "What's your date of birth, please?",
        "What was the promo code you used at checkout? I'll check with the merchant.",
    ],
    "es": [
        "Veo un cargo pendiente por {amount_es} del {date_es} en la tarjeta terminación {last4}.",
        "Listo, le abrí una aclaración con número de folio {case}.",
        "¿Me confirma los últimos 4 dígitos de la tarjeta y el código postal de facturación?",
        "Por seguridad, nunca comparta su NIP, su contraseña ni los códigos que le enviamos por SMS.",
        "Su tarjeta nueva llega en 5 a 7 días hábiles; número de guía {tracking}.",
        "Su pago de {amount_es} se aplicó el {date_es}. Su nuevo saldo es {amount_es_b}.",
        "Para cambiar la contraseña entre a la app y elija 'Olvidé mi contraseña'.",
        "Si olvidó el NIP, puede asignar uno nuevo en cualquier cajero de la red.",
        "El CVV son los 3 números de atrás de la tarjeta; no lo escriba en este chat.",
        "Tiene {points} puntos acumulados.",
        "Ingrese el código que le enviamos directamente en la app, no aquí.",
        "¿Me regala su fecha de nacimiento, por favor?",
        "¿Cuál es el código postal de su domicilio?",
        "Le confirmo que la tarjeta que termina en {last4} quedó bloqueada.",
        "Su número de confirmación es {conf}.",
        "Para verificar su identidad, ¿me da los últimos 4 dígitos de su seguro social?",
    ],
    "mix": [
        "Ok, veo el charge de {amount} del {date} en la card ending in {last4}.",
        "Para verificar, confírmame los últimos 4 del SSN please.",
        "Tu nueva card llega en 7-10 días, tracking {tracking}.",
    ],
}

# Legitimate verification: (agent asks, customer answers) per topic.
VERIFY: dict[str, tuple[Pool, Pool]] = {
    "card4": (
        {
            "en": [
                "To verify, what are the last four digits of the card?",
                "Which card is it? Just the last 4 please.",
            ],
            "es": [
                "Para verificar, ¿me da los últimos 4 dígitos de la tarjeta?",
                "¿Cuál es la terminación de la tarjeta?",
            ],
            "mix": ["Me confirmas los last four de la card?"],
        },
        {
            "en": [
                "{last4}",
                "it ends in {last4}",
                "ends with {last4}, the one with the chip",
                "last 4: {last4}",
            ],
            "es": [
                "{last4}",
                "termina en {last4}",
                "terminación {last4}",
                "los últimos son {last4}",
            ],
            "mix": ["ends in {last4}", "{last4}", "termina en {last4}"],
        },
    ),
    "zip": (
        {
            "en": [
                "Can you confirm the billing ZIP code on the account?",
                "What's the ZIP code on file?",
            ],
            "es": ["¿Me confirma su código postal?", "¿Cuál es el código postal de facturación?"],
            "mix": ["Cuál es tu ZIP code de billing?"],
        },
        {
            "en": [
                "zip is {zip}",
                "the code {zip} is my zip, is that what you need?",
                "{zip}",
                "my zip+4 is {zip4}",
            ],
            "es": ["el código postal es {zip_es}", "{zip_es}", "CP {zip_es}"],
            "mix": ["el zip es {zip}", "{zip}"],
        },
    ),
    "ssnlast": (
        {
            "en": ["Please confirm the last 4 of your Social and your date of birth."],
            "es": [
                "Por favor confírmeme los últimos cuatro de su seguro social y su fecha de nacimiento."
            ],
            "mix": ["Para verificar, confírmame los last 4 del SSN y tu fecha de nacimiento."],
        },
        {
            "en": [
                "{ssnlast} and {dob}",
                "last 4 of my social: {ssnlast}, dob {dob}",
                "ssn last four {ssnlast}, born {dob}",
            ],
            "es": [
                "los últimos 4 del social son {ssnlast}, nací el {dob_es}",
                "{ssnlast} y {dob_es}",
            ],
            "mix": ["{ssnlast}, y nací el {dob_es}"],
        },
    ),
}
# A customer who answers "last four" with the whole number anyway.
OVERSHARE: Pool = {
    "en": [
        "oh you need the last 4? here's the whole thing {card}",
        "{card} (sorry, easier to send it all)",
    ],
    "es": ["le paso todo el número mejor: {card}", "es la {card}"],
}

NEGATIVES: Pool = {
    "en": [
        "I'm in Bangalore for work right now, my pin code area is 560001, can you ship the replacement card to the hotel?",
        "CVV? what's that, where do I find it",
        "I changed my PIN last week at the ATM and now it says it's wrong",
        "my social security card is from {year}, the old one got lost in the move",
        "Order #{order} never arrived and I was still charged {amount}",
        "you can call me at {phone}",
        "UPS tracking says {tracking} but it's been sitting in Louisville for 3 days",
        "the IMEI of the phone I bought with the card is {imei}, the store needs it for the warranty claim",
        "I paid {amount} on {date} and it still shows as past due",
        "My flight {flight} got cancelled, will I get the travel insurance refund on my card?",
        "I have {points} points, can I use them for the hotel?",
        "my address is {addr}, apt {apt}",
        "i forgot my pin 🙃",
        "what's a CVV? the website keeps asking",
        "the code never came, I waited 10 minutes",
        "my card ending in {last4} got declined at the gas station",
        "it shows {masked} in the app, is that the new card?",
        "I called {tollfree} and they hung up after 45 minutes on hold",
        "reference number {ref}",
        "I was charged 3 times, {amount}, {amount} and {amount}",
        "I've been a customer since {year}",
        "the promo code SAVE20 didn't work at checkout",
        "I entered the wrong PIN 3 times and now it's locked",
        "do I need to put the 3 digit code or the 4 digit one? it's a Visa",
        "my password expired on {date} and the reset link doesn't work",
        "the routing number on my check is {routing}, is that yours?",
        "its been 2 weeks and the card still hasnt come",
        "my zip is {zip4}",
        "the charge is from {date} at 10:45pm, {amount} at Uber",
        "My dispute case is {case}",
        "is my new PIN going to be mailed separately?",
        "I'd rather not give my SSN in chat, is there another way?",
        "Do you guys ever text a verification code? I got one I didn't ask for",
        "the 6 digit code thing isn't working for me, can you turn it off?",
        "it says my password must be 8-20 characters, I used 12",
        "card expires 08/27 and the new one says 11/30, which do I use",
        "the one-time code took 15 minutes to show up",
        "the order number is {order}, the confirmation code on the email is {conf}",
        "is the security code the same as my PIN? I've never used either",
        "ok I'm at {addr}, the branch on the corner, they say the card is fine on their end",
    ],
    "es": [
        "se me olvidó el NIP 😩",
        "cambié la clave del cajero la semana pasada y ya no me la acepta",
        "mi código postal es {zip_es}",
        "el pedido {order} nunca llegó y sí me lo cobraron",
        "mi cel es {phone_es}",
        "pagué {amount_es} el {date_es} y sigue saliendo vencido",
        "tengo {points} puntos, ¿los puedo usar?",
        "mi vuelo {flight} se canceló, ¿me devuelven el cargo?",
        "el número de guía es {tracking}",
        "el folio que me dieron es {case}",
        "el código nunca me llegó",
        "me equivoqué de NIP 3 veces y se bloqueó",
        "¿qué es el CVV? la página me lo pide",
        "la tarjeta que termina en {last4} no pasa",
        "en la app me sale {masked}",
        "vivo en {addr_es}",
        "soy cliente desde {year}",
        "el IMEI del celular que compré es {imei}",
        "me llamaron del {phone_es} diciendo que eran del banco, ¿es real?",
        "el cargo es del {date_es} a las 22:45, {amount_es}",
        "mi contraseña caducó el {date_es}",
        "no quiero dar mi seguro social por chat",
        "¿el NIP nuevo me llega por correo?",
        "la tarjeta vence en 08/27",
        "me llegó un sms con un código que yo no pedí, ¿es normal?",
    ],
    "mix": [
        "se me olvidó el PIN, can you help?",
        "el code nunca llegó",
        "my cel es {phone_es}",
        "el order {order} never arrived",
        "tengo {points} points",
        "la card ending in {last4} no funciona",
    ],
}

SPLIT_INTROS: Pool = {
    "en": ["ok here's the card", "ill send it in pieces", "the card number:", "hold on typing it"],
    "es": ["le paso la tarjeta", "ahí va el número", "se lo mando por partes", "la tarjeta:"],
    "mix": ["ok ahí va el card number", "te lo mando en partes"],
}


# --------------------------------------------------------------------------------------
# Conversations
# --------------------------------------------------------------------------------------


def pick(rng: Random, pool: Pool, lang: str) -> str:
    if lang == "mix":
        r = rng.random()
        if "mix" in pool and r < 0.6:
            return rng.choice(pool["mix"])
        return rng.choice(pool["en" if r < 0.8 else "es"])
    return rng.choice(pool.get(lang) or pool["en"])


class Builder:
    def __init__(self, rng: Random, lang: str, brand: str | None = None) -> None:
        self.rng = rng
        self.lang = lang
        self.ctx = Ctx(rng, lang, brand)
        self.messages: list[Message] = []

    def say(
        self, role: str, template: str, kind: str, requested: frozenset[str] = frozenset()
    ) -> Message:
        text, labels = render(self.ctx, template)
        msg = Message(role, text, labels, requested, kind)
        self.messages.append(msg)
        return msg

    def cust(self, template: str, kind: str) -> Message:
        return self.say("customer", template, kind)

    def agent(
        self, template: str, kind: str = "legit", requested: frozenset[str] = frozenset()
    ) -> Message:
        return self.say("agent", template, kind, requested)

    def pool(self, pool: Pool) -> str:
        return pick(self.rng, pool, self.lang)

    def maybe_open(self, p: float = 0.6) -> None:
        if self.rng.random() < p:
            self.cust(self.pool(OPENERS), "opener")
            if self.rng.random() < 0.5:
                self.agent(self.pool(GREETINGS), "greeting")

    def warn(self, kind: str) -> None:
        pool = WARNINGS[kind] if self.rng.random() < 0.75 else WARNINGS["any"]
        self.agent(self.pool(pool), "legit")

    def verify(self, topic: str | None = None) -> str:
        """A legitimate verification ask and the customer's answer (not a secret)."""
        topic = topic or self.rng.choice(sorted(VERIFY))
        asks, answers = VERIFY[topic]
        self.agent(self.pool(asks), "legit")
        self.cust(self.pool(answers), "verify_answer")
        return topic

    def secret_line(self, kind: str) -> tuple[str, str]:
        """A volunteered secret of this type, sometimes wrapped in rambling."""
        template = self.pool(VOLUNTEER[kind])
        if self.rng.random() < 0.35:
            if template[-1].isalnum() or template.endswith("}"):
                template += "."
            template = self.pool(PREFIXES) + template + self.pool(SUFFIXES)
            return template, "rambling"
        return template, "volunteer"


def answer_template(rng: Random, lang: str, kind: str) -> str:
    pool: Pool = {key: list(ANSWERS.get(key, [])) for key in ("en", "es", "mix")}
    for key, extra in ANSWERS_BY_TYPE.get(kind, {}).items():
        pool[key] = pool[key] + extra * 2
    template = pick(rng, pool, lang)
    return template.replace("{v", "{" + SLOT_OF[kind])


def conv_volunteer(b: Builder, kind: str) -> str:
    b.maybe_open()
    template, msg_kind = b.secret_line(kind)
    b.cust(template, msg_kind)
    if b.rng.random() < 0.3:
        b.cust(b.pool(CHATTER), "chatter")
    if b.rng.random() < 0.35:
        other = b.rng.choice([t for t in TYPES if t != kind])
        template, msg_kind = b.secret_line(other)
        b.cust(template, msg_kind)
    if b.rng.random() < 0.5:
        b.warn(kind)
    else:
        b.agent(b.pool(CLOSINGS), "legit")
    if b.rng.random() < 0.3:
        b.cust(b.pool(CHATTER), "chatter")
    return "volunteer"


def conv_ask_answer(b: Builder, kind: str) -> str:
    ask = b.pool(ASKS[kind])
    if "Amex" in ask:
        b.ctx.set_brand("amex")
    b.maybe_open(0.7)
    if b.rng.random() < 0.3:  # a legitimate verification first, answered with the last four
        b.verify()
    fit_values_to_ask(b, ask)
    if kind == OTP and ("6-digit" in ask or "6 dígitos" in ask):
        b.ctx.cache["otp"] = "".join(str(b.rng.randint(0, 9)) for _ in range(6))
    b.agent(ask, "ask", frozenset({kind}))
    r = b.rng.random()
    if r < 0.15:
        b.cust(b.pool(CHATTER), "chatter")
        b.cust(answer_template(b.rng, b.lang, kind), "bare_answer")
    elif r < 0.25:
        slot = SLOT_OF[kind]
        quote = ask if len(ask) < 70 else ask[:60].rsplit(" ", 1)[0] + "..."
        form = b.rng.choice(("> {q}\n{{{s}}}", 'you said "{q}" -> {{{s}}}', "re: {q} {{{s}}}"))
        b.cust(form.format(q=quote, s=slot), "quoted")
    else:
        b.cust(answer_template(b.rng, b.lang, kind), "bare_answer")
    if b.rng.random() < 0.7:
        b.agent(b.pool(CLOSINGS), "legit")
    return "ask_answer"


def fit_values_to_ask(b: Builder, ask: str) -> None:
    """Keep the answer consistent with what the ask says ("16-digit", "4-digit PIN")."""
    if "16" in ask:
        b.ctx.set_brand(b.rng.choice(("visa", "mastercard", "discover")))
    if "4-digit PIN" in ask:
        b.ctx.cache["pin"] = "".join(str(b.rng.randint(0, 9)) for _ in range(4))


def conv_multi_ask(b: Builder, index: int) -> str:
    lang, kinds, ask, answer = MULTI_ASKS[index % len(MULTI_ASKS)]
    b.lang = b.ctx.lang = lang
    b.maybe_open(0.5)
    b.agent(ask, "ask", kinds)
    b.cust(answer, "pasted_answer")
    b.agent(b.pool(CLOSINGS), "legit")
    return "multi_ask"


def conv_refused(b: Builder, kind: str) -> str:
    b.maybe_open(0.8)
    b.agent(b.pool(ASKS[kind]), "ask", frozenset({kind}))
    refusals = REFUSALS_OTP if kind == OTP and b.rng.random() < 0.5 else REFUSALS
    b.cust(b.pool(refusals), "refusal")
    if b.rng.random() < 0.6:
        b.verify()
    if b.rng.random() < 0.5:
        b.agent(b.pool(LEGIT), "legit")
    return "refused"


def conv_typeback(b: Builder) -> str:
    b.maybe_open(0.7)
    if b.rng.random() < 0.5:
        b.verify()
    b.agent(b.pool(NOTICES), "notice")
    if b.rng.random() < 0.3:
        b.cust(b.pool(CHATTER), "chatter")
    b.cust(b.pool(TYPEBACKS), "typed_back")
    b.agent(b.pool(CLOSINGS), "legit")
    return "typeback"


def conv_split(b: Builder) -> str:
    b.maybe_open(0.5)
    r = b.rng.random()
    if r < 0.35:
        ask = b.pool(ASKS[CC])
        fit_values_to_ask(b, ask)
        b.agent(ask, "ask", frozenset({CC}))
    elif r < 0.6:
        b.cust(b.pool(SPLIT_INTROS), "chatter")
    digits = b.ctx.card_digits
    sep = b.rng.choice((" ", "-", ""))
    groups = split_by(digits, card_groups(digits))
    n = len(groups)
    cuts = sorted(b.rng.sample(range(1, n), b.rng.randint(1, n - 1)))
    parts = [sep.join(groups[i:j]) for i, j in zip([0, *cuts], [*cuts, n], strict=True)]
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        before, after = "", ""
        if i == 0 and b.rng.random() < 0.3:
            before = b.rng.choice(("card is ", "ok ", "es la "))
        if last and b.rng.random() < 0.3:
            after = b.rng.choice((" thats it", " 👍", " ya", "."))
        typed = part
        if sep == "-" and not last and b.rng.random() < 0.5:
            typed = part + "-"  # "4111-1111-" then "1111-1111"
        value = part
        ndig = sum(ch.isdigit() for ch in value)
        text = before + typed + after
        keep = min(4, ndig) if last else 0
        label = Label(CC, len(before), len(before) + len(value), keep, True)
        b.messages.append(Message("customer", text, [label], frozenset(), "split"))
    if b.rng.random() < 0.3:
        b.cust(
            b.rng.choice(("cvv {cvv}", "and the code on the back is {cvv}", "el cvv {cvv}")),
            "volunteer",
        )
    if b.rng.random() < 0.5:
        b.warn(CC)
    else:
        b.agent(b.pool(CLOSINGS), "legit")
    return "split_card"


def conv_paste(b: Builder, index: int) -> str:
    lang, template = PASTES[index % len(PASTES)]
    b.lang = b.ctx.lang = lang
    b.maybe_open(0.6)
    msg = b.cust(template, "copy_paste")
    b.warn(msg.labels[0].type)
    return "copy_paste"


def conv_correction(b: Builder, kind: str) -> str:
    lang = "es" if b.lang == "es" else "en"
    b.lang = lang
    first, second = b.rng.choice(CORRECTIONS[kind][lang]).split("|")
    b.maybe_open(0.6)
    b.cust(first, "volunteer")
    if b.rng.random() < 0.3:
        b.cust(b.pool(CHATTER), "chatter")
    b.cust(second, "correction")
    b.warn(kind)
    return "correction"


def conv_two_step(b: Builder, kind: str) -> str:
    lang = "es" if b.lang == "es" else "en"
    b.lang = lang
    first, second = b.rng.choice(TWO_STEP[kind][lang]).split("|")
    b.maybe_open(0.7)
    b.cust(first, "chatter")
    b.cust(second, "two_step")
    if b.rng.random() < 0.4:
        b.cust(b.pool(CHATTER), "chatter")
    b.warn(kind)
    return "two_step"


def conv_negative(b: Builder) -> str:
    b.maybe_open(0.5)
    for _ in range(b.rng.randint(1, 3)):
        b.cust(b.pool(NEGATIVES), "negative")
        b.agent(b.pool(LEGIT), "legit")
    if b.rng.random() < 0.3:
        b.cust(b.pool(CHATTER), "chatter")
    return "negative"


def conv_verify(b: Builder) -> str:
    b.maybe_open(0.7)
    if b.rng.random() < 0.12 and b.lang != "mix":
        b.agent(b.pool(VERIFY["card4"][0]), "legit")
        b.cust(b.pool(OVERSHARE), "overshare")
        b.warn(CC)
    else:
        b.verify()
    for _ in range(b.rng.randint(1, 2)):
        b.agent(b.pool(LEGIT), "legit")
        if b.rng.random() < 0.6:
            b.cust(b.pool(NEGATIVES if b.rng.random() < 0.6 else CHATTER), "negative")
    return "verify"


# (family, share of the set)
PLAN: tuple[tuple[str, int], ...] = (
    ("volunteer", 100),
    ("ask_answer", 96),
    ("multi_ask", 12),
    ("refused", 36),
    ("typeback", 26),
    ("split", 30),
    ("paste", 26),
    ("correction", 24),
    ("two_step", 18),
    ("negative", 62),
    ("verify", 50),
)


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(f"guard-blind-e2e-2:{seed}")
    total = sum(share for _, share in PLAN)
    families: list[str] = []
    for family, share in PLAN:
        families += [family] * max(1, round(share * count / total))
    while len(families) < count:
        families.append("negative")
    families = families[:count]
    rng.shuffle(families)
    counters: Counter[str] = Counter()
    conversations: list[Conversation] = []
    for i, family in enumerate(families):
        lang = rng.choices(("en", "es", "mix"), weights=(45, 35, 20))[0]
        b = Builder(rng, lang)
        k = counters[family]
        counters[family] += 1
        kind_of = TYPES[k % len(TYPES)]
        conv_kind: str
        if family == "volunteer":
            conv_kind = conv_volunteer(b, kind_of)
        elif family == "ask_answer":
            conv_kind = conv_ask_answer(b, kind_of)
        elif family == "multi_ask":
            conv_kind = conv_multi_ask(b, k)
        elif family == "refused":
            conv_kind = conv_refused(b, kind_of)
        elif family == "typeback":
            conv_kind = conv_typeback(b)
        elif family == "split":
            conv_kind = conv_split(b)
        elif family == "paste":
            conv_kind = conv_paste(b, k)
        elif family == "correction":
            conv_kind = conv_correction(b, kind_of)
        elif family == "two_step":
            conv_kind = conv_two_step(b, kind_of)
        elif family == "negative":
            conv_kind = conv_negative(b)
        else:
            conv_kind = conv_verify(b)
        while len(b.messages) < 2:
            b.cust(b.pool(CHATTER), "chatter")
        conversations.append(Conversation(f"b2-{seed}-{i:04d}", conv_kind, b.lang, b.messages[:10]))
    self_check(conversations, full=count >= 400)
    return conversations


# --------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------

CARD_RUN_RE = re.compile(r"\d(?:[ .\-]{0,3}\d){12,18}")


def card_prefix_ok(digits: str) -> bool:
    n = len(digits)
    two, three, four = int(digits[:2]), int(digits[:3]), int(digits[:4])
    return (
        (digits[0] == "4" and n == 16)
        or ((51 <= two <= 55 or 2221 <= four <= 2720) and n == 16)
        or (two in (34, 37) and n == 15)
        or ((digits.startswith("6011") or 644 <= three <= 649 or two == 65) and n == 16)
        or (3528 <= four <= 3589 and n == 16)
        or ((300 <= three <= 305 or two in (36, 38)) and n == 14)
        or (two == 62 and 16 <= n <= 19)
        or (four in (5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763) and n in (16, 19))
    )


def self_check(conversations: list[Conversation], full: bool) -> None:
    spans: Counter[str] = Counter()
    asks: Counter[str] = Counter()
    for conv in conversations:
        assert 2 <= len(conv.messages) <= 10, conv.cid
        assert conv.lang in ("en", "es", "mix")
        split_digits = ""
        split_msgs = 0
        for msg in conv.messages:
            assert msg.role in ("customer", "agent")
            assert msg.requested <= set(TYPES)
            if msg.requested:
                assert msg.role == "agent" and not msg.labels, msg.text
            asks.update(msg.requested)
            last_end = -1
            for label in msg.labels:
                value = msg.text[label.start : label.end]
                assert value and value == value.strip(), (conv.cid, value)
                assert label.start >= last_end, (conv.cid, msg.text)
                last_end = label.end
                assert label.type in TYPES
                if label.split_part:
                    assert 0 <= label.keep <= 4
                else:
                    assert label.keep == KEEP.get(label.type, 0)
                digits = re.sub(r"\D", "", value)
                spans[label.type] += 1
                if label.split_part:
                    assert label.type == CC and msg.role == "customer"
                    split_digits += digits
                    split_msgs += 1
                elif label.type == CC:
                    assert luhn.is_valid(digits) and card_prefix_ok(digits), value
                elif label.type == SSN:
                    assert ssn_valid(digits), value
                elif label.type in (CVV, PIN, OTP):
                    assert value.replace(" ", "").replace("-", "").isdigit(), value
                    lengths = {CVV: (3, 4), PIN: (4, 6), OTP: (4, 5, 6, 7, 8)}[label.type]
                    assert len(digits) in lengths, value
                else:
                    assert " " not in value and len(value) >= 6, value
            if not msg.labels:
                for m in CARD_RUN_RE.finditer(msg.text):
                    digits = re.sub(r"\D", "", m.group())
                    assert not (luhn.is_valid(digits) and card_prefix_ok(digits)), msg.text
        if split_msgs:
            assert split_msgs >= 2, conv.cid
            assert luhn.is_valid(split_digits) and card_prefix_ok(split_digits), conv.cid
    if full:
        for kind in TYPES:
            assert spans[kind] >= 40, (kind, spans[kind])
            assert asks[kind] >= 20, (kind, asks[kind])


def summary(conversations: list[Conversation]) -> str:
    spans = Counter(lab.type for c in conversations for m in c.messages for lab in m.labels)
    asks = Counter(t for c in conversations for m in c.messages for t in m.requested)
    kinds = Counter(c.kind for c in conversations)
    msgs = sum(len(c.messages) for c in conversations)
    return f"{len(conversations)} conversations, {msgs} messages; spans {dict(spans)}; asks {dict(asks)}; kinds {dict(kinds)}"


if __name__ == "__main__":
    print(summary(generate(1)))
