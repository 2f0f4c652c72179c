"""Blind end-to-end evaluation set 5 for guard: generated customer-care conversations.

Written without reading guard's code, rules, tests or benchmarks, and without reading the
other blind sets beyond the schema. A card issuer's support chat, in English (about 45%),
Spanish (about 35%: Mexico, Puerto Rico, Argentina with voseo, Spain) and Spanglish (about
20%), as people really type it: long run-on messages, lowercase, ALL CAPS, typos, missing
accents, emojis, voice-to-text dictation with number words, forms pasted from a checkout
page, card numbers typed over several messages, bare values given after an agent's
question, and many look-alike values that are not secrets (amounts, dates, times, phones,
ZIP codes, last-four references, masked numbers, order, tracking, case and reference
numbers, points, addresses, flights).

Every message is built from template pieces; the span of each secret is recorded while the
text is put together, never counted by hand, and checked when the message is made:
cards are Luhn-valid with a real brand prefix, SSNs have a valid area, group and serial,
and no unlabelled run of digits in any message is a Luhn-valid 13-19 digit number or an
SSN-shaped number (a conversation that would have one is drawn again).

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything, and
`count` is the number of conversations.
"""

# ruff: noqa: E501 - phrase pools are data, one phrase per line reads best

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, Conversation, Label, Message

Pool = dict[str, list[str]]
Vals = dict[str, "str | Secret"]


class Retry(Exception):
    """The conversation drawn breaks an invariant by chance; draw another."""


@dataclass(frozen=True)
class Secret:
    type: str
    text: str
    keep: int = 0
    split: bool = False


@dataclass(frozen=True)
class Seg:
    text: str
    secret: Secret | None = None
    literal: bool = True  # template wording (styles apply) rather than a filled-in value


# --------------------------------------------------------------------------------------
# Secret values
# --------------------------------------------------------------------------------------

# brand key: (prefixes, lengths, display name)
BRANDS: dict[str, tuple[list[str], list[int], str]] = {
    "visa": (["4"], [16], "Visa"),
    "visa13": (["4"], [13], "Visa"),
    "visa19": (["4"], [19], "Visa"),
    "mc": (["51", "52", "53", "54", "55"], [16], "Mastercard"),
    "mc2": ([str(p) for p in range(2221, 2721)], [16], "Mastercard"),
    "amex": (["34", "37"], [15], "Amex"),
    "discover": (
        ["6011", "644", "645", "646", "647", "648", "649", "65"],
        [16, 16, 16, 19],
        "Discover",
    ),
    "jcb": ([str(p) for p in range(3528, 3590)], [16], "JCB"),
    "diners": (["36", "38", "300", "301", "302", "303", "304", "305"], [14], "Diners"),
    "unionpay": (["62"], [16, 16, 17, 18, 19], "UnionPay"),
    "maestro": (["5018", "5020", "5038", "6304", "6759", "6761", "6763"], [16, 19, 13], "Maestro"),
}
BRAND_WEIGHTS: dict[str, int] = {
    "visa": 28,
    "visa13": 2,
    "visa19": 3,
    "mc": 15,
    "mc2": 7,
    "amex": 12,
    "discover": 8,
    "jcb": 5,
    "diners": 5,
    "unionpay": 5,
    "maestro": 5,
}
BRAND_WORDS: dict[str, dict[str, list[str]]] = {
    "Visa": {"en": ["Visa", "visa", "VISA"], "es": ["Visa", "visa"]},
    "Mastercard": {"en": ["Mastercard", "MasterCard", "MC"], "es": ["Mastercard", "Master"]},
    "Amex": {
        "en": ["Amex", "American Express", "AmEx"],
        "es": ["American Express", "Amex"],
    },
    "Discover": {"en": ["Discover", "discover"], "es": ["Discover"]},
    "JCB": {"en": ["JCB"], "es": ["JCB"]},
    "Diners": {"en": ["Diners Club", "Diners"], "es": ["Diners", "Diners Club"]},
    "UnionPay": {"en": ["UnionPay", "Union Pay"], "es": ["UnionPay"]},
    "Maestro": {"en": ["Maestro", "debit Maestro"], "es": ["Maestro", "débito Maestro"]},
}

EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ES_DIGITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
WORD_DIGIT: dict[str, str] = {w: str(i) for i, w in enumerate(EN_DIGITS)}
WORD_DIGIT.update({w: str(i) for i, w in enumerate(ES_DIGITS)})
WORD_DIGIT["oh"] = "0"

PW_WORDS_EN = [
    "sunshine", "yankees", "dolphins", "buster", "princess", "shadow", "charlie", "tigger",
    "monkey", "football", "jordan", "summer", "maggie", "coffee", "bluebird", "rocky",
    "cowboys", "honey", "peanut", "gizmo", "lakers", "winter", "pepper", "baseball",
]  # fmt: skip
PW_WORDS_ES = [
    "mariposa", "gatito", "corazon", "princesa", "chivas", "boca", "america", "tequila",
    "perrito", "estrella", "futbol", "amorcito", "lupita", "cielo", "chiquita", "mango",
    "river", "sol", "bendecida", "familia", "guadalupe", "coqui", "bori", "canelo",
]  # fmt: skip
LEET = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})


def card_digits(rng: Random, key: str) -> str:
    prefixes, lengths, _ = BRANDS[key]
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def brand_groups(rng: Random, n: int) -> list[int]:
    options: dict[int, list[list[int]]] = {
        13: [[4, 4, 5], [4, 3, 3, 3]],
        14: [[4, 6, 4], [4, 6, 4], [4, 4, 4, 2]],
        15: [[4, 6, 5], [4, 6, 5], [4, 4, 4, 3]],
        16: [[4, 4, 4, 4]],
        17: [[4, 4, 4, 5], [4, 4, 4, 3, 2]],
        18: [[4, 4, 4, 6], [6, 12], [4, 4, 4, 4, 2]],
        19: [[4, 4, 4, 4, 3], [6, 13], [4, 4, 4, 7]],
    }
    return rng.choice(options[n])


def irregular_groups(rng: Random, n: int) -> list[int]:
    sizes: list[int] = []
    left = n
    while left > 0:
        size = min(left, rng.randint(2, 6))
        if left - size == 1:
            size += 1
        sizes.append(size)
        left -= size
    if len(sizes) == 1:
        sizes = [n // 2, n - n // 2]
    return sizes


def chunk(digits: str, sizes: Sequence[int]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(digits[pos : pos + size])
        pos += size
    assert pos == len(digits)
    return out


def fmt_card(rng: Random, digits: str, style: str | None = None) -> str:
    if style is None:
        style = rng.choices(
            ["plain", "space", "dash", "dot", "dspace", "irregular", "mixed", "spacedash"],
            [22, 36, 14, 4, 4, 11, 5, 4],
        )[0]
    n = len(digits)
    if style == "plain":
        return digits
    if style == "irregular":
        return rng.choice([" ", " ", "-", "  "]).join(chunk(digits, irregular_groups(rng, n)))
    groups = chunk(digits, brand_groups(rng, n))
    if style == "space":
        return " ".join(groups)
    if style == "dash":
        return "-".join(groups)
    if style == "dot":
        return ".".join(groups)
    if style == "dspace":
        return "  ".join(groups)
    if style == "spacedash":
        return " - ".join(groups)
    out = groups[0]
    for group in groups[1:]:
        out += rng.choice([" ", "-", "", " ", "-"]) + group
    return out


def spell_digits(rng: Random, digits: str, lang: str, group: int = 4, mixed: float = 0.0) -> str:
    """Number words as voice-to-text writes them; `mixed` is the share of groups left as digits."""
    words = EN_DIGITS if lang == "en" else ES_DIGITS
    groups = [digits[i : i + group] for i in range(0, len(digits), group)]
    sep = rng.choice([" ", ", ", " ", "... "])
    out: list[str] = []
    for g in groups:
        if rng.random() < mixed:
            out.append(g)
        else:
            toks = []
            for ch in g:
                if lang == "en" and ch == "0" and rng.random() < 0.4:
                    toks.append("oh")
                else:
                    toks.append(words[int(ch)])
            out.append(" ".join(toks))
    return sep.join(out)


def ssn_digits(rng: Random) -> str:
    area = rng.randrange(1, 900)
    while area == 666:
        area = rng.randrange(1, 900)
    group = rng.randrange(1, 100)
    serial = rng.randrange(1, 10000)
    return f"{area:03d}{group:02d}{serial:04d}"


def fmt_ssn(rng: Random, d: str) -> str:
    style = rng.choices(["dash", "plain", "space", "dot", "spacedash"], [58, 20, 15, 3, 4])[0]
    a, g, s = d[:3], d[3:5], d[5:]
    return {
        "dash": f"{a}-{g}-{s}",
        "plain": d,
        "space": f"{a} {g} {s}",
        "dot": f"{a}.{g}.{s}",
        "spacedash": f"{a} - {g} - {s}",
    }[style]


def rand_digits(rng: Random, n: int, first: str | None = None) -> str:
    out = first if first is not None else str(rng.randrange(10))
    return out + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def luhn_invalid(rng: Random, n: int, first: str | None = None) -> str:
    d = rand_digits(rng, n, first)
    if luhn.is_valid(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    assert not luhn.is_valid(d)
    return d


def gen_password(rng: Random, lang: str) -> str:
    pool = (
        PW_WORDS_EN if lang == "en" else PW_WORDS_ES if lang == "es" else PW_WORDS_EN + PW_WORDS_ES
    )
    w = rng.choice(pool)
    w2 = rng.choice(pool)
    year = str(rng.randint(1975, 2024))
    sym = rng.choice(["!", "#", "$", "*", "!!", "@", ""])
    kind = rng.randrange(9)
    if kind == 0:
        pw = w.capitalize() + year + sym
    elif kind == 1:
        pw = w + str(rng.randint(1, 9999))
    elif kind == 2:
        pw = w.capitalize().translate(LEET) + str(rng.randint(10, 99)) + sym
    elif kind == 3:
        pw = w.capitalize() + "_" + w2 + str(rng.randint(1, 99))
    elif kind == 4:
        alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#$%&*!?"
        pw = "".join(rng.choice(alphabet) for _ in range(rng.randint(9, 14)))
        if not any(ch.isalpha() for ch in pw):
            pw = "k" + pw
    elif kind == 5:
        pw = w + "." + w2 + str(rng.randint(1, 9))
    elif kind == 6:
        pw = (
            rng.choice(["P@ssw0rd", "Password", "Contrasena", "Qwerty", "Welcome"]) + year[2:] + sym
        )
    elif kind == 7:
        pw = w.upper()[:1] + w[1:] + w2.capitalize() + year[2:]
    else:
        pw = w + year[2:] + w2[:3].upper() + sym
    if len(pw) < 6:
        pw += str(rng.randint(100, 999))
    return pw


# --------------------------------------------------------------------------------------
# Checking labels and values
# --------------------------------------------------------------------------------------


def value_digits(value: str) -> str:
    """The digits a value stands for, number words included; raises on anything else."""
    out = []
    for tok in re.findall(r"\d+|[^\W\d_]+", value.lower()):
        if tok.isdigit():
            out.append(tok)
        elif tok in WORD_DIGIT:
            out.append(WORD_DIGIT[tok])
        else:
            raise AssertionError(f"unexpected word {tok!r} in value {value!r}")
    rest = re.sub(r"\d+|[^\W\d_]+", "", value.lower())
    assert set(rest) <= set(" -.,/"), f"unexpected characters in {value!r}"
    return "".join(out)


def card_prefix_ok(d: str) -> bool:
    for prefixes, lengths, _ in BRANDS.values():
        if len(d) in lengths and any(d.startswith(p) for p in prefixes):
            return True
    return False


def ssn_ok(d: str) -> bool:
    return (
        len(d) == 9
        and d[:3] not in ("000", "666")
        and not d.startswith("9")
        and d[3:5] != "00"
        and d[5:] != "0000"
    )


def check_value(label: Label, value: str) -> None:
    assert value and value == value.strip(), f"untrimmed value {value!r}"
    kind = label.type
    if kind == PW:
        assert not any(ch.isspace() for ch in value), value
        assert 6 <= len(value) <= 40 and any(ch.isalpha() for ch in value), value
        return
    d = value_digits(value)
    if kind == CC:
        if label.split_part:
            assert 2 <= len(d) <= 16, value
        else:
            assert 13 <= len(d) <= 19 and luhn.is_valid(d) and card_prefix_ok(d), value
            assert label.keep == 4, value
    elif kind == CVV:
        assert len(d) in (3, 4), value
    elif kind == SSN:
        assert ssn_ok(d), value
        assert label.keep == 4, value
    elif kind == OTP:
        assert 4 <= len(d) <= 8, value
    elif kind == PIN:
        assert 4 <= len(d) <= 6, value
    else:  # pragma: no cover
        raise AssertionError(kind)


RUN_RE = re.compile(r"\d(?:(?: - |[ .\-])?\d)*")
SSN_SHAPE_RE = re.compile(r"\d{3}([ .\-]?)\d{2}\1\d{4}")


def check_unlabelled(text: str, labels: Sequence[Label]) -> None:
    """No run of digits outside the labels may read as a card or an SSN by chance."""
    masked = list(text)
    for lab in labels:
        for i in range(lab.start, lab.end):
            masked[i] = "\x00"
    plain = "".join(masked)
    for m in RUN_RE.finditer(plain):
        run = m.group(0)
        d = re.sub(r"\D", "", run)
        if 13 <= len(d) <= 19 and luhn.is_valid(d):
            raise Retry(f"unlabelled Luhn-valid run {run!r}")
        before = plain[m.start() - 1] if m.start() > 0 else " "
        after = plain[m.end()] if m.end() < len(plain) else " "
        glued = before.isalpha() or after.isalpha()  # inside an id such as W123456789
        if SSN_SHAPE_RE.fullmatch(run) and ssn_ok(d) and not glued:
            raise Retry(f"unlabelled SSN-shaped run {run!r}")


def build_message(
    role: str, segs: Sequence[Seg], kind: str, requested: Iterable[str] = ()
) -> Message:
    text = ""
    labels: list[Label] = []
    for seg in segs:
        if seg.secret is not None:
            assert seg.text == seg.secret.text
            labels.append(
                Label(
                    seg.secret.type,
                    len(text),
                    len(text) + len(seg.text),
                    keep=seg.secret.keep,
                    split_part=seg.secret.split,
                )
            )
        text += seg.text
    labels.sort(key=lambda lab: (not lab.split_part, lab.start))
    for lab in labels:
        check_value(lab, text[lab.start : lab.end])
    check_unlabelled(text, labels)
    req = frozenset(requested)
    if req:
        assert role == "agent" and not labels, text
    assert text.strip(), "empty message"
    return Message(role=role, text=text, labels=labels, requested=req, kind=kind)


def check_conversation(messages: Sequence[Message]) -> None:
    parts = [(i, lab) for i, m in enumerate(messages) for lab in m.labels if lab.split_part]
    if not parts:
        return
    digits = "".join(value_digits(messages[i].text[lab.start : lab.end]) for i, lab in parts)
    assert len(parts) >= 2, "a split card needs two parts at least"
    assert 13 <= len(digits) <= 19 and luhn.is_valid(digits), digits
    assert card_prefix_ok(digits), digits
    owners = [i for i, _ in parts]
    assert len(set(owners)) == len(owners), "one split part per message"
    for i, lab in parts:
        assert messages[i].labels[0] is lab
        assert lab.type == CC
    last_i, last_lab = parts[-1]
    want = min(4, len(value_digits(messages[last_i].text[last_lab.start : last_lab.end])))
    assert last_lab.keep == want
    assert all(lab.keep == 0 for _, lab in parts[:-1])


# --------------------------------------------------------------------------------------
# Styles people type in
# --------------------------------------------------------------------------------------

EMOJIS = ["😩", "🙏", "😡", "😭", "🤦‍♀️", "🙄", "👍", "😅", "💳", "‼️", "🥺", "😤", "🤷", "❤️"]
KEYBOARD_NEAR = {
    "a": "sq", "e": "wr", "i": "uo", "o": "ip", "n": "bm", "r": "et", "t": "ry", "s": "ad",
    "d": "sf", "l": "k", "c": "xv", "m": "n", "u": "yi", "p": "o", "g": "fh", "h": "gj",
}  # fmt: skip
ACCENTS = str.maketrans("áéíóúüÁÉÍÓÚÜ", "aeiouuAEIOUU")


def typo_word(rng: Random, w: str) -> str:
    if len(w) < 4 or not w.isalpha():
        return w
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    if op == 1:
        return w[:i] + w[i + 1 :]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    near = KEYBOARD_NEAR.get(w[i].lower())
    return w[:i] + (rng.choice(near) if near else w[i]) + w[i + 1 :]


def typos(rng: Random, s: str, rate: float) -> str:
    return re.sub(
        r"[^\W\d_]+", lambda m: typo_word(rng, m.group(0)) if rng.random() < rate else m.group(0), s
    )


def no_punct(s: str) -> str:
    s = re.sub(r"[¿¡]", "", s)
    return re.sub(r"[.,;!?](?=\s|$)", "", s)


def restyle(segs: list[Seg], fn: Callable[[str], str]) -> list[Seg]:
    return [Seg(fn(s.text), s.secret, True) if s.literal and s.secret is None else s for s in segs]


STYLES = ["neat", "casual", "sloppy", "caps", "emoji", "terse", "voice"]


def apply_style(rng: Random, segs: list[Seg], style: str, lang: str) -> list[Seg]:
    if lang != "en" and (style in ("sloppy", "casual", "voice") or rng.random() < 0.3):
        segs = restyle(segs, lambda s: s.translate(ACCENTS))
    if style == "casual":
        if rng.random() < 0.8:
            segs = restyle(segs, str.lower)
        if rng.random() < 0.5:
            segs = restyle(segs, no_punct)
    elif style == "sloppy":
        segs = restyle(segs, str.lower)
        segs = restyle(segs, no_punct)
        segs = restyle(segs, lambda s: typos(rng, s, 0.14))
    elif style == "caps":
        if rng.random() < 0.7:
            segs = restyle(segs, str.upper)
        if rng.random() < 0.3:
            segs = restyle(segs, no_punct)
    elif style == "emoji":
        if rng.random() < 0.5:
            segs = restyle(segs, str.lower)
        if rng.random() < 0.65:
            e = rng.choice(EMOJIS) * rng.choice([1, 1, 2, 3])
            segs = [*segs, Seg(" " + e)] if rng.random() < 0.8 else [Seg(e + " "), *segs]
    elif style == "terse":
        segs = restyle(segs, no_punct)
    elif style == "voice":
        segs = restyle(segs, str.lower)
        segs = restyle(segs, no_punct)
    return segs


# --------------------------------------------------------------------------------------
# Vocabulary for values that are not secrets
# --------------------------------------------------------------------------------------

FIRST_EN = ["Jessica", "Mike", "Tanya", "Robert", "Ashley", "Derek", "Karen", "Brian", "Nicole", "Tyler", "Donna", "Kevin"]  # fmt: skip
LAST_EN = ["Miller", "Johnson", "O'Brien", "Carter", "Nguyen", "Walsh", "Peterson", "Brooks", "Hayes", "Turner"]  # fmt: skip
FIRST_ES = ["María", "José", "Guadalupe", "Luis", "Ana", "Carlos", "Yesenia", "Jorge", "Valentina", "Martín", "Lucía", "Xiomara", "Iván", "Rocío"]  # fmt: skip
LAST_ES = ["Ortega", "Rivera", "González", "Pérez", "Fernández", "Rodríguez", "Colón", "Martínez", "Sánchez", "Ruiz", "López", "Torres"]  # fmt: skip
AGENTS_EN = ["Sam", "Jordan", "Alicia", "Marcus", "Priya", "Ethan", "Keisha", "Ryan"]
AGENTS_ES = ["Andrea", "Luis", "Fernanda", "Diego", "Camila", "Raúl", "Sofía", "Gabriel"]
MERCHANTS = [
    "AMZN Mktp US", "UBER *TRIP", "NETFLIX.COM", "WALGREENS #4410", "SQ *BLUE BOTTLE",
    "OXXO SUCURSAL 221", "MERCADOLIBRE", "CARREFOUR", "SHEIN.COM", "DOORDASH*CHIPOTLE",
    "APPLE.COM/BILL", "SPOTIFY", "LIVERPOOL", "SHELL OIL 5734", "WALMART SUPERCENTER",
    "STEAM GAMES", "TARGET T-1893", "EL CORTE INGLES", "COTO", "RAPPI",
]  # fmt: skip
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]  # fmt: skip
COUNTRIES_EN = ["Mexico", "Spain", "Japan", "Colombia", "Italy", "the Dominican Republic", "Canada", "Portugal"]  # fmt: skip
COUNTRIES_ES = ["México", "España", "Japón", "Colombia", "Italia", "República Dominicana", "Canadá", "Chile"]  # fmt: skip
FLIGHT_AIRLINES = ["AA", "UA", "DL", "AM", "IB", "AR", "B6", "WN", "Y4", "UX"]
SPELLED_AMOUNTS = {
    "en": [
        "twelve hundred dollars",
        "fifty bucks",
        "like two grand",
        "three hundred and forty dollars",
    ],
    "es": [
        "mil doscientos pesos",
        "dos mil quinientos",
        "trescientos euros",
        "como cinco mil pesos",
    ],
}


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def es_number(n: float, decimals: bool) -> str:
    whole = f"{int(n):,}".replace(",", ".")
    if not decimals:
        return whole
    return f"{whole},{round((n - int(n)) * 100):02d}"


@dataclass
class Card:
    digits: str
    brand: str  # display name
    key: str


# --------------------------------------------------------------------------------------
# One conversation being written
# --------------------------------------------------------------------------------------


class Ctx:
    def __init__(self, rng: Random, lang: str, region: str) -> None:
        self.rng = rng
        self.lang = lang
        self.region = region
        self.msgs: list[Message] = []
        self.style = rng.choices(STYLES, [26, 22, 14, 7, 13, 12, 6])[0]
        self.card: Card | None = None
        self.role = "customer"  # who is writing the message being filled in
        self.asked: set[int] = set()
        self.used: set[str] = set()  # templates already used in this conversation
        hispanic = lang != "en" or rng.random() < 0.25
        first = FIRST_ES if hispanic else FIRST_EN
        last = LAST_ES if hispanic else LAST_EN
        self.first = rng.choice(first)
        self.cname = f"{self.first} {rng.choice(last)}"
        self.agent_name = rng.choice(AGENTS_EN if lang == "en" else AGENTS_ES + AGENTS_EN)

    # ---- choosing -------------------------------------------------------------------

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def lang_of_turn(self) -> str:
        """en, es or mix for one message: Spanglish chats switch between whole messages too."""
        if self.lang != "mix":
            return self.lang
        return self.rng.choices(["mix", "en", "es"], [60, 20, 20])[0]

    def pick(self, pool: Pool) -> str:
        lang = self.lang_of_turn()
        if lang == "mix" and "mix" not in pool:
            lang = self.rng.choice(["en", "es"])
        if lang == "es":
            options = list(pool.get("es", [])) + 2 * list(pool.get(self.region, []))
            if not options:
                options = pool["en"]
        else:
            options = pool[lang]
        return self.rng.choice(options)

    def word_lang(self) -> str:
        if self.lang == "mix":
            return self.rng.choice(["en", "es"])
        return self.lang

    # ---- secrets ---------------------------------------------------------------------

    def new_card(self, key: str | None = None) -> Card:
        if key is None:
            key = self.rng.choices(list(BRAND_WEIGHTS), list(BRAND_WEIGHTS.values()))[0]
        self.card = Card(card_digits(self.rng, key), BRANDS[key][2], key)
        return self.card

    def card_secret(self, style: str | None = None, card: Card | None = None) -> Secret:
        card = card or self.card or self.new_card()
        return Secret(CC, fmt_card(self.rng, card.digits, style), keep=4)

    def spoken_card(self) -> Secret:
        card = self.card or self.new_card()
        lang = self.word_lang()
        text = spell_digits(self.rng, card.digits, lang, 4, self.rng.choice([0.0, 0.0, 0.3, 0.5]))
        return Secret(CC, text, keep=4)

    def cvv_secret(self, spoken: bool = False) -> Secret:
        n = 4 if self.card is not None and self.card.key == "amex" else 3
        d = rand_digits(self.rng, n)
        if spoken:
            return Secret(CVV, spell_digits(self.rng, d, self.word_lang(), 4))
        if self.chance(0.08):
            return Secret(CVV, " ".join(d))
        return Secret(CVV, d)

    def ssn_secret(self, spoken: bool = False) -> Secret:
        d = ssn_digits(self.rng)
        if spoken:
            words = EN_DIGITS if self.word_lang() == "en" else ES_DIGITS
            parts = [d[:3], d[3:5], d[5:]]
            text = ", ".join(" ".join(words[int(ch)] for ch in p) for p in parts)
            return Secret(SSN, text, keep=4)
        return Secret(SSN, fmt_ssn(self.rng, d), keep=4)

    def otp_secret(self, spoken: bool = False) -> Secret:
        n = self.rng.choices([6, 4, 5, 8], [78, 7, 5, 10])[0]
        d = rand_digits(self.rng, n)
        if spoken:
            return Secret(OTP, spell_digits(self.rng, d, self.word_lang(), 3))
        if n == 6:
            style = self.rng.choices(["plain", "space", "dash"], [80, 12, 8])[0]
            if style == "space":
                return Secret(OTP, f"{d[:3]} {d[3:]}")
            if style == "dash":
                return Secret(OTP, f"{d[:3]}-{d[3:]}")
        return Secret(OTP, d)

    def pin_secret(self, spoken: bool = False) -> Secret:
        n = self.rng.choices([4, 6], [88, 12])[0]
        d = rand_digits(self.rng, n)
        if spoken:
            return Secret(PIN, spell_digits(self.rng, d, self.word_lang(), 6))
        if self.chance(0.06):
            return Secret(PIN, "-".join(d))
        return Secret(PIN, d)

    def pw_secret(self) -> Secret:
        return Secret(PW, gen_password(self.rng, self.word_lang()))

    # ---- values that are not secrets -------------------------------------------------

    def auto(self, slot: str) -> str:
        r = self.rng
        base = {"amt2": "amt", "date2": "date", "pw2": "pw"}.get(slot, slot)
        es = self.lang == "es" or (self.lang == "mix" and r.random() < 0.4)
        reg = self.region
        if base == "amt":
            if self.role == "customer" and r.random() < 0.08:
                return r.choice(SPELLED_AMOUNTS["es" if es else "en"])
            n = r.choice([r.uniform(3, 99), r.uniform(100, 999), r.uniform(1000, 9999)])
            n = round(n, 2)
            if not es or reg == "pr":
                return r.choice([f"${n:,.2f}", f"${int(n):,}", f"{n:,.2f} USD", f"$ {n:,.2f}"])
            if reg == "sp":
                return r.choice(
                    [
                        f"{es_number(n, True)} €",
                        f"{es_number(n, True)}€",
                        f"{es_number(n, False)} euros",
                    ]
                )
            if reg == "ar":
                return r.choice(
                    [
                        f"${es_number(n * 100, False)}",
                        f"$ {es_number(n * 100, True)}",
                        f"{es_number(n * 100, False)} pesos",
                    ]
                )
            return r.choice([f"${n:,.2f}", f"{int(n):,} pesos", f"${n:,.2f} MXN", f"${int(n):,}"])
        if base == "date":
            m = r.randrange(12)
            day = r.randint(1, 28)
            if es:
                return r.choice(
                    [
                        f"{day:02d}/{m + 1:02d}",
                        f"{day}/{m + 1}/2024",
                        f"{day} de {MONTHS_ES[m]}",
                        f"{day} de {MONTHS_ES[m]}",
                        f"{day}-{MONTHS_ES[m][:3]}",
                    ]
                )
            return r.choice(
                [
                    f"{m + 1}/{day}",
                    f"{m + 1:02d}/{day:02d}/2024",
                    f"{MONTHS_EN[m]} {day}",
                    f"{MONTHS_EN[m][:3]} {ordinal(day)}",
                    f"2024-{m + 1:02d}-{day:02d}",
                    f"{MONTHS_EN[m]} {ordinal(day)}",
                ]
            )
        if base == "time":
            h = r.randint(1, 12)
            mi = r.choice([0, 5, 15, 20, 30, 45, 52])
            if es:
                return r.choice(
                    [
                        f"{h}:{mi:02d} pm",
                        f"{h + 11}:{mi:02d}",
                        f"{h} de la tarde",
                        f"{h}:{mi:02d} hrs",
                    ]
                )
            return r.choice([f"{h}:{mi:02d} pm", f"{h}:{mi:02d}am", f"{h}pm", f"{h}:{mi:02d} PM"])
        if base == "phone":
            return self.phone()
        if base == "tollfree":
            return r.choice(
                ["1-800-555-0199", "1 (888) 555-0142", "800-555-0173", "1-877-555-0110"]
            )
        if base == "zip":
            return self.zip_code()
        if base in ("last4", "lastfour"):
            return rand_digits(r, 4)
        if base == "last4c":
            return self.card.digits[-4:] if self.card else rand_digits(r, 4)
        if base == "masked":
            l4 = self.card.digits[-4:] if self.card and r.random() < 0.5 else rand_digits(r, 4)
            return r.choice(
                [
                    f"****{l4}",
                    f"XXXX-XXXX-XXXX-{l4}",
                    f"•••• {l4}",
                    f"xxxxxxxxxxxx{l4}",
                    f"**** **** **** {l4}",
                    f"...{l4}",
                    f"x{l4}",
                ]
            )
        if base == "caseno":
            return r.choice(
                [
                    f"CAS-{rand_digits(r, 7)}",
                    f"#{rand_digits(r, 8)}",
                    f"{rand_digits(r, 8, '2')}-{rand_digits(r, 5)}",
                    f"DSP{rand_digits(r, 6)}",
                    rand_digits(r, 10),
                ]
            )
        if base == "longref":
            return luhn_invalid(r, r.randint(13, 19), r.choice(["4", "5", "3", "6", "1", "7"]))
        if base == "longref_fmt":
            d = luhn_invalid(r, 16, r.choice(["4", "5"]))
            return (
                " ".join(chunk(d, [4, 4, 4, 4]))
                if r.random() < 0.5
                else "-".join(chunk(d, [4, 4, 4, 4]))
            )
        if base == "order":
            return r.choice([
                f"{rand_digits(r, 3, '1')}-{rand_digits(r, 7)}-{rand_digits(r, 7)}",
                f"#{rand_digits(r, 6)}",
                f"W{rand_digits(r, 9)}",
                f"2000{luhn_invalid(r, 12)}",
                f"MLM-{rand_digits(r, 10)}",
            ])  # fmt: skip
        if base == "tracking":
            alnum = "".join(r.choice("ABCDEFGHJKLMNPRSTVWXY0123456789") for _ in range(6))
            return r.choice([
                f"1Z{alnum}{rand_digits(r, 10)}",
                "9400 1" + " ".join(chunk(rand_digits(r, 21), [3, 4, 4, 4, 4, 2])),
                rand_digits(r, 12, "7"),
                f"LX{rand_digits(r, 9)}MX",
            ])  # fmt: skip
        if base == "confno":
            return r.choice(
                [
                    f"PMT-{rand_digits(r, 8)}",
                    rand_digits(r, 10, "3"),
                    f"{rand_digits(r, 6)}-{rand_digits(r, 3)}",
                    f"C{rand_digits(r, 11)}",
                ]
            )
        if base == "acct":
            return r.choice(
                [
                    rand_digits(r, 10, "8"),
                    f"00{rand_digits(r, 9)}",
                    f"AC-{rand_digits(r, 4)}-{rand_digits(r, 4)}",
                ]
            )
        if base == "points":
            n = r.randint(300, 180000)
            if es:
                return r.choice(
                    [
                        f"{es_number(n, False)} puntos",
                        f"{n:,} puntos",
                        f"{es_number(n, False)} millas",
                    ]
                )
            return r.choice([f"{n:,} points", f"{n:,} pts", f"{n} miles"])
        if base == "addr":
            return self.address()
        if base == "email":
            user = (
                self.first.lower().translate(ACCENTS)
                + r.choice([".", "_", ""])
                + str(r.randint(1, 99))
            )
            return user + r.choice(
                ["@gmail.com", "@hotmail.com", "@yahoo.com", "@outlook.es", "@icloud.com"]
            )
        if base == "flight":
            return r.choice(FLIGHT_AIRLINES) + r.choice(["", " "]) + str(r.randint(10, 2999))
        if base == "merchant":
            return r.choice(MERCHANTS)
        if base == "name":
            return self.cname
        if base == "first":
            return self.first
        if base == "agent":
            return self.agent_name
        if base == "year":
            return str(r.randint(2008, 2024))
        if base == "dob":
            m = r.randint(1, 12)
            day = r.randint(1, 28)
            y = r.randint(1950, 2003)
            if es:
                return r.choice([f"{day:02d}/{m:02d}/{y}", f"{day} de {MONTHS_ES[m - 1]} de {y}"])
            return r.choice(
                [
                    f"{m:02d}/{day:02d}/{y}",
                    f"{m}/{day}/{str(y)[2:]}",
                    f"{MONTHS_EN[m - 1]} {day}, {y}",
                ]
            )
        if base == "exp":
            m = r.randint(1, 12)
            y = r.randint(25, 31)
            return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}"])
        if base == "brand":
            name = self.card.brand if self.card else r.choice(list(BRAND_WORDS))
            return r.choice(BRAND_WORDS[name]["es" if es else "en"])
        if base == "user":
            return r.choice([
                self.first.lower().translate(ACCENTS) + str(r.randint(70, 99)),
                self.cname.lower().translate(ACCENTS).replace(" ", ".").replace("'", ""),
                self.first[0].lower() + self.cname.split()[-1].lower().translate(ACCENTS).replace("'", "") + str(r.randint(1, 9)),
            ])  # fmt: skip
        if base == "n":
            return str(r.randint(2, 5))
        if base == "day":
            return str(r.randint(1, 28))
        if base == "dayth":
            return ordinal(r.randint(1, 28))
        if base == "country":
            return r.choice(COUNTRIES_ES if es else COUNTRIES_EN)
        if base == "hotel":
            return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
        if base == "limit":
            return f"${r.choice([500, 1000, 1500, 2500, 3000, 5000, 7500, 12000]):,}"
        if base == "pct":
            return f"{r.choice([19.99, 24.49, 27.24, 29.99, 21.5])}%"
        if base == "place":
            return r.choice(
                [
                    "the gym",
                    "Walmart",
                    "the gas station",
                    "a bar downtown",
                    "Target",
                    "the airport",
                    "my kid's school",
                ]
            )
        if base == "authcode":
            return r.choice(
                [
                    rand_digits(r, 6),
                    rand_digits(r, 6, "0"),
                    rand_digits(r, 5) + r.choice("ABCDEFXZ"),
                ]
            )
        if base == "shortcode":
            return r.choice(["72975", "227898", "32665", "88202", "692-66", rand_digits(r, 5, "7")])
        if base == "store":
            return rand_digits(r, 4, r.choice("123456789"))
        if base == "errcode":
            return r.choice(["55", "05", "4012", "E-402", "ERR_1107", str(r.randint(100, 9999))])
        if base == "checkno":
            return str(r.randint(101, 4999))
        if base == "seqno":
            return rand_digits(r, 6, "0")
        if base == "dni":
            d = rand_digits(r, 8, r.choice(["2", "3", "4"]))
            if reg == "sp":
                return d + r.choice("TRWAGMYFPDXBNJZSQVHLCKE")
            return f"{d[:2]}.{d[2:5]}.{d[5:]}"
        raise KeyError(slot)

    def phone(self) -> str:
        r = self.rng
        reg = self.region if self.lang != "en" else "us"
        if self.lang == "mix" and r.random() < 0.5:
            reg = "us"
        ac = str(r.choice([212, 305, 312, 415, 646, 713, 786, 818, 915, 956]))
        tail = rand_digits(r, 4)
        if reg == "pr":
            ac = r.choice(["787", "939"])
        if reg in ("us", "pr"):
            return r.choice([
                f"({ac}) 555-{tail}", f"{ac}-555-{tail}", f"{ac}.555.{tail}", f"+1 {ac} 555 {tail}",
                f"{ac}555{tail}", f"1-{ac}-555-{tail}",
            ])  # fmt: skip
        if reg == "mx":
            a = r.choice(["55", "33", "81"])
            return r.choice([
                f"+52 {a} {rand_digits(r, 4)} {rand_digits(r, 4)}",
                f"{a} {rand_digits(r, 4)} {rand_digits(r, 4)}",
                f"+52 1 {a} {rand_digits(r, 4)} {rand_digits(r, 4)}",
                f"{a}{rand_digits(r, 8)}",
            ])  # fmt: skip
        if reg == "ar":
            return r.choice([
                f"+54 9 11 {rand_digits(r, 4, '4')}-{rand_digits(r, 4)}",
                f"11 {rand_digits(r, 4, '5')}-{rand_digits(r, 4)}",
                f"15-{rand_digits(r, 4, '3')}-{rand_digits(r, 4)}",
                f"0800-{rand_digits(r, 3)}-{rand_digits(r, 4)}",
            ])  # fmt: skip
        return r.choice([
            f"+34 6{rand_digits(r, 2)} {rand_digits(r, 2)} {rand_digits(r, 2)} {rand_digits(r, 2)}",
            f"6{rand_digits(r, 2)} {rand_digits(r, 3)} {rand_digits(r, 3)}",
            f"9{rand_digits(r, 8)}",
        ])  # fmt: skip

    def zip_code(self) -> str:
        r = self.rng
        reg = self.region if self.lang != "en" else "us"
        if reg == "pr":
            return r.choice(
                ["00901", "00907", "00909", "00917", "00923", "00969", "00725", "00680"]
            ) + r.choice(["", "", f"-{rand_digits(r, 4)}"])
        if reg == "sp":
            return f"{r.randint(1, 52):02d}{rand_digits(r, 3)}"
        if reg == "ar":
            return r.choice(
                [
                    f"C{r.randint(1000, 1440)}{r.choice(['AAB', 'BCD', 'DKA', ''])}",
                    str(r.randint(1600, 8400)),
                ]
            )
        if reg == "mx":
            return f"{r.randint(1, 99):02d}{rand_digits(r, 3)}"
        z = f"{r.randint(1001, 99950):05d}"
        return z if r.random() < 0.75 else f"{z}-{rand_digits(r, 4)}"

    def address(self) -> str:
        r = self.rng
        reg = self.region if self.lang != "en" else "us"
        n = r.randint(12, 9870)
        if reg in ("us", "mx") and (self.lang != "es" or reg == "us"):
            return r.choice([
                f"{n} Ocean Dr Apt {r.randint(1, 30)}B, Miami FL {self.zip_code()}",
                f"{n} W 42nd St, New York, NY {self.zip_code()}",
                f"{n} Elm Street, Houston TX {self.zip_code()}",
                f"{n} N Kedzie Ave #{r.randint(1, 4)}, Chicago IL {self.zip_code()}",
            ])  # fmt: skip
        if reg == "pr":
            return r.choice([
                f"Calle Loíza {n}, San Juan PR {self.zip_code()}",
                f"Urb. Villa Carolina, Calle {r.randint(1, 90)} Bloque {r.randint(1, 120)} #{r.randint(1, 40)}, Carolina PR 00985",
            ])  # fmt: skip
        if reg == "mx":
            return r.choice([
                f"Av. Insurgentes Sur {n}, Col. Del Valle, CP {self.zip_code()}, CDMX",
                f"Calle Hidalgo {n} int. {r.randint(1, 12)}, Guadalajara, Jal. {self.zip_code()}",
            ])  # fmt: skip
        if reg == "ar":
            return r.choice([
                f"Av. Corrientes {n} {r.randint(1, 12)}°B, CABA ({self.zip_code()})",
                f"Calle {r.randint(1, 60)} n° {n}, La Plata",
            ])  # fmt: skip
        return r.choice([
            f"C/ Alcalá {r.randint(1, 300)}, {r.randint(1, 8)}º izq., {self.zip_code()} Madrid",
            f"Carrer de Mallorca {r.randint(1, 500)}, {self.zip_code()} Barcelona",
        ])  # fmt: skip

    # ---- writing messages ------------------------------------------------------------

    def segs(self, template: str, vals: Vals | None = None) -> list[Seg]:
        vals = vals or {}
        out: list[Seg] = []
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            if m.start() > pos:
                out.append(Seg(template[pos : m.start()]))
            name = m.group(1)
            v = vals[name] if name in vals else self.auto(name)
            if isinstance(v, Secret):
                out.append(Seg(v.text, v, literal=False))
            else:
                out.append(Seg(v, None, literal=False))
            pos = m.end()
        if pos < len(template):
            out.append(Seg(template[pos:]))
        return out

    def source(self, src: Pool | str | list[Seg], vals: Vals) -> list[Seg]:
        if isinstance(src, list):
            return src
        if isinstance(src, str):
            template = src
        else:  # the same person rarely writes the same sentence twice in one chat
            template = self.pick(src)
            for _ in range(6):
                if template not in self.used:
                    break
                template = self.pick(src)
            self.used.add(template)
        return self.segs(template, vals)

    def cust(
        self,
        src: Pool | str | list[Seg],
        kind: str = "clean",
        styled: bool = True,
        **vals: str | Secret,
    ) -> Message:
        self.role = "customer"
        segs = self.source(src, vals)
        if styled:
            segs = apply_style(self.rng, segs, self.style, self.lang)
        msg = build_message("customer", segs, kind)
        self.msgs.append(msg)
        return msg

    def agent(
        self,
        src: Pool | str | list[Seg],
        kind: str = "agent_chat",
        requested: Iterable[str] = (),
        **vals: str | Secret,
    ) -> Message:
        self.role = "agent"
        segs = self.source(src, vals)
        if self.chance(0.06):  # agents in a hurry type lowercase too
            segs = restyle(segs, str.lower)
        msg = build_message("agent", segs, kind, requested)
        self.msgs.append(msg)
        return msg

    def greet(self) -> None:
        if self.chance(0.6):
            self.agent(GREET_AGENT, kind="greeting")

    def close(self) -> None:
        if self.chance(0.55):
            self.cust(CUST_THANKS)
            if self.chance(0.7):
                self.agent(AGENT_CLOSE, kind="closing")


def P(**langs: list[str]) -> Pool:
    """A phrase pool: en, es, mix, and optional regional Spanish (mx, pr, ar, sp)."""
    assert "en" in langs and "es" in langs
    return langs


# --------------------------------------------------------------------------------------
# Phrase pools shared by families
# --------------------------------------------------------------------------------------

GREET_AGENT = P(
    en=[
        "Hi, thanks for contacting Card Services. My name is {agent}, how can I help you today?",
        "Hello {first}! You're chatting with {agent}. What can I do for you?",
        "Good afternoon, this is {agent}. How may I assist you?",
        "Hi there 👋 I'm {agent} from the card support team.",
        "Thanks for waiting. {agent} here, I'm reviewing your message now.",
        "Welcome to cardmember chat. I'm {agent}, what brings you in today?",
    ],
    es=[
        "Hola, gracias por comunicarse con Atención a Tarjetahabientes. Le atiende {agent}, ¿en qué le puedo ayudar?",
        "Buenas tardes, mi nombre es {agent}. ¿Cómo le puedo ayudar hoy?",
        "Bienvenido(a) al chat de tarjetas. Soy {agent}, ¿en qué le ayudo?",
    ],
    ar=[
        "¡Hola {first}! Soy {agent}, ¿en qué te puedo ayudar?",
        "Buen día, te atiende {agent}. Contame qué necesitás.",
    ],
    mx=[
        "Hola, buen día. Le atiende {agent}, ¿en qué le puedo servir?",
        "Buenas tardes {first}, soy {agent}. ¿En qué le apoyo?",
    ],
    sp=["Hola, soy {agent}. ¿En qué puedo ayudarte?", "Buenas, te atiende {agent}, cuéntame."],
    pr=[
        "¡Saludos! Te atiende {agent}, ¿en qué te puedo ayudar hoy?",
        "Hola {first}, bienvenido(a). Soy {agent}.",
    ],
    mix=[
        "Hi! Soy {agent}, how can I help you hoy?",
        "Hola, this is {agent}. ¿En qué le puedo ayudar?",
    ],
)

CUST_THANKS = P(
    en=[
        "thanks!",
        "ok thank you so much",
        "great, that's all",
        "perfect thx",
        "ok. bye",
        "appreciate it 🙏",
        "THANK YOU",
        "cool ty",
    ],
    es=["¡gracias!", "muchas gracias, muy amable", "ok, eso era todo", "perfecto, gracias"],
    ar=["genial, gracias!", "dale, mil gracias", "buenísimo, gracias"],
    mx=["muchas gracias, muy amable", "sale, gracias", "ok gracias joven"],
    sp=["vale, gracias", "perfecto, muchas gracias", "genial, gracias!"],
    pr=["gracias mano", "wepa, gracias", "ok perfecto, bendiciones"],
    mix=["ok thank you, gracias", "perfect, muchas gracias", "ok cool gracias!!"],
)

AGENT_CLOSE = P(
    en=[
        "You're welcome! Is there anything else I can help you with?",
        "Happy to help. Have a great day!",
        "Thanks for being a cardmember. Take care!",
    ],
    es=[
        "Con gusto. ¿Hay algo más en lo que le pueda ayudar?",
        "Fue un placer atenderle. ¡Que tenga buen día!",
    ],
    ar=["¡De nada! Que tengas buen día."],
    sp=["¡De nada! Que vaya bien."],
    pr=["¡Para servirte! Que pases buen día."],
    mix=["De nada! Anything else?", "Con gusto, have a nice day!"],
)

# ---- agent: forbidden asks -----------------------------------------------------------

ASK_CC = P(
    en=[
        "To verify the account I'll need the full card number, please.",
        "Can you type out the whole 16-digit number on the front of the card?",
        "Please provide the complete card number so I can locate your account.",
        "What is the long number on your card? All of it, not just the last 4.",
        "I'm not able to pull it up with the last four, can you send me the full number?",
        "Go ahead and send the card number, the complete one, and I'll get that blocked.",
        "send me the number on the card and ill check it",
        "I'll just need the digits on the front of the card to pull this up.",
        "Could you confirm the card number exactly as it's printed, including all the digits?",
    ],
    es=[
        "Para verificar necesito el número completo de la tarjeta.",
        "¿Me podría proporcionar los 16 dígitos de su tarjeta?",
        "Indíqueme por favor el número de tarjeta completo tal como aparece al frente.",
        "Con los últimos cuatro no me aparece, ¿me puede escribir el número completo?",
        "Necesito que me escriba todos los números de la tarjeta para poder ubicarla.",
    ],
    ar=[
        "¿Me pasás el número completo de la tarjeta así la busco?",
        "Necesito que me escribas los 16 números de la tarjeta.",
    ],
    mx=[
        "¿Me regala el número de su tarjeta completo, por favor?",
        "Me proporciona los 16 dígitos de su plástico para validar.",
    ],
    sp=[
        "¿Me puedes facilitar el número completo de la tarjeta?",
        "Pásame el número entero de la tarjeta y lo reviso.",
    ],
    pr=["Mándame el número completo de la tarjeta pa' verificar."],
    mix=[
        "Para verificar I need el número completo de la card, please.",
        "Can you send me todos los números de la tarjeta?",
        "Ok, mándame el full card number y lo checo.",
    ],
)

ASK_CVV = P(
    en=[
        "What's the 3-digit number on the back?",
        "And the CVV?",
        "Please confirm the security code on the back of the card.",
        "I'll also need the CVC to validate the card.",
        "can u give me the 3 numbers behind the card near the signature",
        "To finish the payment I need the card verification value printed on the back.",
        "Last thing, the little code on the back of the card so I can process this.",
    ],
    es=[
        "¿Me indica el código de seguridad de 3 dígitos del reverso?",
        "¿Y el CVV?",
        "Necesito los tres números que están atrás de la tarjeta.",
        "Para terminar, ¿me confirma el código de seguridad de la tarjeta?",
    ],
    ar=["Pasame también el código de seguridad, los 3 números de atrás."],
    mx=[
        "¿Me proporciona el código de seguridad (CVV) de su tarjeta?",
        "¿Me dicta los 3 dígitos que vienen atrás del plástico?",
    ],
    sp=["¿Me dices el CVV, los tres dígitos de detrás?"],
    pr=["Dame los 3 numeritos de atrás de la tarjeta."],
    mix=["Y el CVV, los 3 digits de atrás?", "I also need el código de seguridad de la tarjeta."],
)
ASK_CID = P(
    en=["Since it's an Amex, what's the 4-digit code printed on the front, above the number?"],
    es=[
        "Como es American Express, ¿me indica el código de 4 dígitos que está al frente, arriba del número?"
    ],
    mix=["Como es Amex, what's the 4-digit code al frente de la tarjeta?"],
)

ASK_CC_CVV = P(
    en=[
        "To process it here I'll need the card number, expiration date and the security code.",
        "Please send the full card number and the CVV on the back so I can run the payment.",
        "Type the card number, exp and the 3 digit code and I'll take care of it.",
    ],
    es=[
        "Para procesarlo necesito el número de la tarjeta, la fecha de vencimiento y el código de seguridad.",
        "Envíeme el número completo de la tarjeta y el CVV para aplicar el pago.",
    ],
    ar=["Pasame el número de la tarjeta, el vencimiento y el código de seguridad y lo cargo yo."],
    mix=["Mándame el card number, la fecha de expiración y el CVV y lo proceso."],
)

ASK_SSN = P(
    en=[
        "Please provide your full Social Security number.",
        "I'll need all nine digits of your SSN to continue.",
        "What's your social? The whole number please.",
        "To process the application, type your complete SSN here.",
        "For identity verification please send your social security number.",
    ],
    es=[
        "Necesito su número de seguro social completo.",
        "¿Me puede dar los nueve dígitos de su seguro social?",
        "Para la solicitud, escriba aquí su número de Seguro Social completo.",
    ],
    pr=["Dame el seguro social completo pa' verificar la cuenta."],
    mix=[
        "Necesito tu social security number completo, los 9 dígitos.",
        "Please send me tu seguro social completo.",
    ],
)

ASK_OTP = P(
    en=[
        "We just texted you a 6-digit code, can you read it to me?",
        "Please tell me the verification code you received.",
        "What's the code that just came to your phone?",
        "Read me the code we sent you so I can finish the verification.",
        "Once you get the text, just paste the code here in the chat.",
        "I sent a one-time passcode to your phone. What does it say?",
    ],
    es=[
        "Le acabamos de enviar un código por SMS, ¿me lo puede dictar?",
        "¿Me indica el código de verificación que recibió?",
        "En cuanto le llegue el mensaje, escriba aquí el código.",
    ],
    ar=["Pasame el código que te llegó por SMS.", "Te mandé un código al celu, ¿me lo decís?"],
    mx=[
        "¿Me comparte el código de 6 dígitos que le llegó?",
        "Dígame el código que le acaba de llegar por mensaje.",
    ],
    sp=[
        "Dime el código que te ha llegado al móvil.",
        "¿Me dices el código del SMS que te acabamos de enviar?",
    ],
    pr=["Léeme el código que te llegó por texto."],
    mix=[
        "Te mandamos un code por text, me lo puedes leer?",
        "Pásame el verification code que te llegó.",
    ],
)

ASK_PW = P(
    en=[
        "What password are you using to log in?",
        "Type your current password here and I'll check why it's failing.",
        "Can you tell me your online banking password so I can reset the login?",
        "Let me try logging in as you to check, what do you type when you sign in?",
        "I need your username and password to verify the online account.",
    ],
    es=[
        "¿Cuál es la contraseña que usa para entrar a la app?",
        "Escríbame su contraseña actual para revisar el acceso.",
    ],
    ar=[
        "Decime la clave con la que entrás al homebanking.",
        "¿Qué clave estás poniendo? Pasámela y lo pruebo.",
    ],
    mx=["¿Me proporciona su contraseña de la banca en línea para validarla?"],
    sp=["¿Qué contraseña estás poniendo? Dímela y lo compruebo."],
    mix=["Cuál es el password que estás usando?", "Dame tu password y entro a ver qué pasa."],
)

ASK_PIN = P(
    en=[
        "What's your 4-digit PIN?",
        "Please confirm your PIN so I can unblock the card.",
        "What PIN are you entering at the ATM?",
        "To reset it I need your current PIN, please.",
    ],
    es=["¿Cuál es el PIN de 4 dígitos de la tarjeta?", "Confírmeme su PIN actual, por favor."],
    ar=["Decime el PIN así lo verifico.", "¿Qué PIN estás poniendo en el cajero?"],
    mx=["¿Me confirma su NIP?", "¿Me proporciona su NIP para desbloquearla?"],
    sp=["¿Me dices el PIN de la tarjeta?"],
    pr=["¿Cuál es el PIN de la ATH? Dámelo pa' verificar."],
    mix=["Cuál es tu PIN? el de 4 digits", "Dame tu PIN y te la desbloqueo."],
)

PHISH = [
    (
        P(
            en=[
                "⚠️ SECURITY ALERT: suspicious activity detected. To avoid permanent suspension reply NOW with your full card number, expiration date and CVV.",
                "Your card will be BLOCKED in 24 hours. Confirm your card number and the 3-digit code on the back to keep it active.",
            ],
            es=[
                "URGENTE: su tarjeta será bloqueada. Para evitarlo envíe el número de tarjeta, fecha de vencimiento y código CVV.",
                "⚠️ Detectamos actividad inusual. Confirme ahora mismo el número completo de su tarjeta y el código de seguridad o será cancelada.",
            ],
            mix=[
                "URGENT: tu tarjeta será bloqueada hoy. Reply con el card number y el CVV para evitarlo."
            ],
        ),
        frozenset({CC, CVV}),
    ),
    (
        P(
            en=[
                "We detected a login from another device. Read me the 6-digit code we just sent to confirm it wasn't you.",
                "Fraud department here. To cancel the $899 charge I need the code that just arrived by text, quickly before it expires.",
            ],
            es=[
                "Detectamos un acceso desde otro dispositivo. Dígame el código de 6 dígitos que le acabamos de enviar para cancelarlo.",
                "Para anular la compra sospechosa necesito el código que le llegó por SMS, rápido antes de que venza.",
            ],
            mix=[
                "Hay un cargo sospechoso, I need el código que te acabamos de mandar para cancelarlo, hurry."
            ],
        ),
        frozenset({OTP}),
    ),
    (
        P(
            en=[
                "To stop the fraudulent withdrawal, confirm the code we sent you and your ATM PIN."
            ],
            es=[
                "Para cancelar el retiro no reconocido necesito que me dicte el código que le llegó y su PIN."
            ],
            mx=[
                "Para cancelar la compra sospechosa necesito que me dictes el código que te llegó y tu NIP."
            ],
            mix=["Para cancelar el fraude necesito el code que te llegó y tu PIN."],
        ),
        frozenset({OTP, PIN}),
    ),
    (
        P(
            en=[
                "Your online access is locked. Reply with your username and password and I will unlock it right away."
            ],
            es=[
                "Su acceso a la banca en línea fue bloqueado. Responda con su usuario y contraseña para desbloquearlo de inmediato."
            ],
            mix=[
                "Tu online access está locked. Mándame tu usuario y password y te lo desbloqueo ahora."
            ],
        ),
        frozenset({PW}),
    ),
    (
        P(
            en=[
                "To confirm your identity and release the hold, send your full SSN and date of birth."
            ],
            es=[
                "Para confirmar su identidad y liberar la retención envíe su número de seguro social completo y fecha de nacimiento."
            ],
            mix=["Para liberar el hold necesito tu SSN completo y tu date of birth."],
        ),
        frozenset({SSN}),
    ),
]

# ---- agent: legitimate messages ------------------------------------------------------

LEGIT_VERIFY = P(
    en=[
        "For verification, please confirm the last four digits of your card and your billing ZIP code.",
        "Can I get the last 4 of the card and the ZIP on the account?",
        "To confirm it's you, what's your date of birth and the last four of the card?",
        "Before we continue, what are the last four digits of the card in question?",
        "Please confirm the billing ZIP and the last 4 digits on the card, nothing more.",
    ],
    es=[
        "Para verificar su identidad, indíqueme los últimos 4 dígitos de la tarjeta y su código postal.",
        "¿Me confirma los últimos cuatro dígitos de la tarjeta y su fecha de nacimiento?",
    ],
    ar=["¿Me decís los últimos 4 números de la tarjeta y tu código postal?"],
    mx=["¿Me confirma los últimos 4 dígitos de su tarjeta y su código postal, por favor?"],
    sp=["¿Me confirmas los cuatro últimos dígitos de la tarjeta y tu código postal?"],
    pr=["Pa' verificar, dame los últimos 4 de la tarjeta y el zip code."],
    mix=[
        "Para verificar, me das los last four de la tarjeta y tu ZIP code?",
        "Can you confirm los últimos 4 dígitos de la card?",
    ],
)

LEGIT_WARNING = P(
    en=[
        "Please don't share your full card number, PIN or passwords in this chat. We will never ask for them.",
        "Just a reminder: we will never ask for your password, PIN, or the one-time code we text you.",
        "For your security, don't type your CVV here. I only need the last four digits.",
        "If anyone calls asking for the code we sent you, hang up. We never ask for it.",
        "I've masked the number you sent. Please don't post the full card number here again, the last four is enough.",
        "Never give your PIN to anyone, not even to us.",
    ],
    es=[
        "Por su seguridad, no comparta su PIN, contraseña ni el código que le enviamos. Nunca se los pediremos.",
        "Le recuerdo que nunca le pediremos el número completo de la tarjeta ni el CVV por este medio.",
        "Por favor no escriba datos completos de la tarjeta en el chat; con los últimos 4 dígitos es suficiente.",
    ],
    ar=["Ojo, nunca te vamos a pedir la clave ni el PIN por acá. No se los pases a nadie."],
    mx=[
        "Le recordamos que nunca le solicitaremos su NIP, contraseña ni códigos por chat o teléfono."
    ],
    sp=["Recuerda que nunca te pediremos el PIN ni la contraseña, ni por chat ni por teléfono."],
    pr=["Recuerda, nunca te vamos a pedir el PIN ni el código que te llega por texto."],
    mix=[
        "Por favor no mande su PIN o password por aquí, we will never ask for it.",
        "Reminder: nunca compartas el código que te mandamos, ni con nosotros.",
    ],
)

LEGIT_CVV_INFO = P(
    en=[
        "The CVV is the 3-digit code on the back of your card, next to the signature strip. You only type it on the merchant's checkout page, never in this chat.",
        "On Visa and Mastercard the security code is the 3 digits on the back; on Amex it's 4 digits on the front. Please don't send it here.",
    ],
    es=[
        "El CVV es el código de 3 dígitos al reverso de la tarjeta, junto a la firma. Solo lo escribe en la página del comercio, nunca en este chat.",
        "En Visa y Mastercard son los 3 dígitos de atrás; en American Express son 4 al frente. Por favor no lo comparta aquí.",
    ],
    ar=[
        "El código de seguridad son los 3 números de atrás de la tarjeta. Cargalo solo en la página donde comprás, no me lo pases a mí."
    ],
    mix=[
        "El CVV es el code de 3 dígitos atrás de la card. Solo lo pones en el checkout, no aquí en el chat."
    ],
)

LEGIT_PIN_INFO = P(
    en=[
        "You can change your PIN at any of our ATMs or in the app under Card > Manage PIN.",
        "After 3 wrong attempts the PIN locks for 24 hours. You can reset it in the app; I can't see or change it from here.",
        "A PIN reminder can be mailed to the address on file in 7-10 business days.",
    ],
    es=[
        "Puede cambiar su PIN en cualquiera de nuestros cajeros o en la app, en Tarjeta > Administrar PIN.",
        "Después de 3 intentos fallidos el PIN se bloquea 24 horas. Lo puede restablecer en la app; yo no puedo verlo.",
    ],
    mx=[
        "Puede cambiar su NIP en cualquier cajero de la red o desde la app en Tarjetas > Cambiar NIP."
    ],
    ar=[
        "El PIN lo podés cambiar en cualquier cajero de la red o desde la app. Yo no lo puedo ver."
    ],
    mix=[
        "Puedes hacer reset del PIN en la app, en Card settings > Change PIN. Yo no lo puedo ver."
    ],
)

LEGIT_PW_INFO = P(
    en=[
        "We'll never ask for your password. Tap 'Forgot password' on the login screen and we'll text you a link.",
        "Your online access was locked after too many attempts. Use 'Reset password' in the app; I can't see your password.",
        "What's the username or email on the online account? I'll check if it's locked.",
    ],
    es=[
        "Nunca le pediremos su contraseña. Toque 'Olvidé mi contraseña' en la pantalla de inicio y le enviaremos un enlace.",
        "Su acceso se bloqueó por intentos fallidos. Use 'Restablecer contraseña' en la app; yo no puedo ver su contraseña.",
        "¿Cuál es el usuario o correo de la banca en línea? Reviso si está bloqueado.",
    ],
    ar=["Nunca te vamos a pedir la clave. Tocá 'Olvidé mi clave' en la app y seguí los pasos."],
    mix=[
        "Nunca te vamos a pedir el password. Dale a 'Forgot password' en la app y te llega un link."
    ],
)

LEGIT_OTP_INFO = P(
    en=[
        "I've sent a code to the phone ending in {last4}. Enter it on the screen in the app; please don't share it here.",
        "You'll receive a one-time code by text. Type it in the app, not in this chat. It expires in 10 minutes.",
        "The code only goes in the app. No one from our team will ever ask you for it.",
    ],
    es=[
        "Le enviamos un código al celular terminado en {last4}. Ingréselo en la app; por favor no lo comparta aquí.",
        "Recibirá un código por SMS. Escríbalo en la app, no en este chat. Vence en 10 minutos.",
    ],
    ar=[
        "Te mandamos un código al celu terminado en {last4}. Ingresalo en la app, no me lo pases por acá."
    ],
    sp=[
        "Te hemos enviado un código al móvil acabado en {last4}. Introdúcelo en la app, no lo compartas por aquí."
    ],
    mix=["Te mandé un code al phone que termina en {last4}. Ponlo en la app, no aquí en el chat."],
)

LEGIT_SSN_INFO = P(
    en=[
        "Please don't type your SSN in the chat. You'll enter it on the secure application page.",
        "Can you confirm the last 4 of your social and your date of birth?",
        "I only need the last four of your Social Security number to locate the application.",
    ],
    es=[
        "Por favor no escriba su número de seguro social en el chat. Lo ingresará en la página segura de la solicitud.",
        "¿Me confirma los últimos 4 dígitos de su seguro social y su fecha de nacimiento?",
    ],
    mix=["No pongas tu social aquí en el chat, please. Solo necesito los last 4."],
)

# ---- customer: secrets in context ----------------------------------------------------

CARD_GIVE = P(
    en=[
        "the card number is {card}",
        "card # {card}",
        "here's the number: {card}",
        "{card} thats the card",
        "its {card}, please block it asap",
        "Card: {card} (the {brand} one)",
        "the number on it was {card} i have a photo of it",
        "ok the full number is {card}. please cancel it",
        "My {brand} card number is {card}.",
        "{card}",
        "number {card} exp {exp}",
    ],
    es=[
        "el número de la tarjeta es {card}",
        "es la {brand} {card}",
        "número: {card}",
        "le paso el número: {card}",
        "{card} esa es la tarjeta",
        "tengo foto de la tarjeta, el número es {card}",
        "{card}",
    ],
    ar=[
        "mirá, el número es {card}",
        "te paso el número: {card}, bloqueala porfa",
        "es la {brand} terminada en... bueno, es {card}",
    ],
    mx=[
        "mi número de tarjeta es el {card}",
        "ahí le va el número: {card}",
        "es la {brand}, número {card}",
    ],
    sp=["el número de la tarjeta es {card}, bloqueadla por favor", "os paso el número: {card}"],
    pr=["el número es {card}, bloquéamela por fa", "la tarjeta es {card} mano"],
    mix=[
        "el card number es {card}",
        "my tarjeta es la {card}",
        "ok aquí está el number: {card}",
        "{card} es la que perdí, please block it",
    ],
)

CARD_PAY = P(
    en=[
        "ok the card is {card}",
        "{card}",
        "card number {card}",
        "it's the {brand}, {card}",
        "sure, {card}",
    ],
    es=["la tarjeta es {card}", "{card}", "es la {brand} {card}", "número de tarjeta {card}"],
    ar=["dale, es la {card}"],
    mx=["va, es la {card}"],
    mix=["ok la card es {card}", "{card}", "sure, es la {card}"],
)

CVV_REPLY = P(
    en=[
        "{cvv}",
        "it's {cvv}",
        "{cvv} i think",
        "the back says {cvv}",
        "cvv {cvv}",
        "ok {cvv}",
        "{cvv}.",
        "security code is {cvv}",
        "{cvv} 👍",
    ],
    es=[
        "{cvv}",
        "es {cvv}",
        "los de atrás son {cvv}",
        "el código es {cvv}",
        "cvv: {cvv}",
        "{cvv} creo",
    ],
    ar=["dale, es {cvv}", "atrás dice {cvv}"],
    mx=["son {cvv}", "el de atrás es {cvv}"],
    sp=["vale, {cvv}", "pone {cvv}"],
    pr=["{cvv} mano"],
    mix=["es {cvv}", "ok el cvv is {cvv}", "{cvv} the back one"],
)

CID_REPLY = P(
    en=["the 4 little numbers on the front say {cvv}", "{cvv}", "cid is {cvv}"],
    es=["los 4 números de adelante son {cvv}", "{cvv}"],
    mix=["los 4 digits del frente: {cvv}"],
)

OTP_REPLY = P(
    en=[
        "{otp}",
        "ok it says {otp}",
        "got it, {otp}",
        "the code is {otp}",
        "{otp} (it came from a short number)",
        "its {otp}",
        "code: {otp}",
    ],
    es=["{otp}", "me llegó el {otp}", "el código es {otp}", "dice {otp}", "ya llegó: {otp}"],
    ar=["me llegó, es {otp}", "listo, {otp}"],
    mx=["ya me llegó, es el {otp}", "el código que me llegó es {otp}"],
    sp=["me ha llegado el {otp}", "vale, es {otp}"],
    pr=["me llegó {otp} mano"],
    mix=["me llegó el code, es {otp}", "ok the code es {otp}", "{otp} ya llegó"],
)

OTP_SMS = P(
    en=[
        'this is the text I got: "Your verification code is {otp}. Do not share this code. If you didn\'t request it call {tollfree}."',
        "it says Card Services: {otp} is your one-time passcode. Expires in 10 min.",
        '"Use {otp} to confirm your purchase of {amt} at {merchant}" is that legit??',
    ],
    es=[
        'me llegó esto: "Su código de verificación es {otp}. No lo comparta con nadie."',
        "el mensaje dice: Tu código es {otp}, vence en 10 minutos",
        '"{otp} es tu clave dinámica para confirmar la compra de {amt}" es de ustedes??',
    ],
    mix=['me llegó un text que dice "Your code is {otp}", es de ustedes?'],
)

SSN_GIVE = P(
    en=[
        "my SSN is {ssn}",
        "social is {ssn}",
        "ssn {ssn}",
        "My social security number: {ssn}, DOB {dob}",
        "ok here it is {ssn} please hurry",
        "SS# {ssn}",
    ],
    es=[
        "mi seguro social es {ssn}",
        "número de seguro social: {ssn}",
        "el social es {ssn} y nací el {dob}",
    ],
    pr=["mi seguro social es el {ssn} mano", "el social: {ssn}"],
    mix=["mi social es {ssn}", "el SSN es {ssn}", "ok mi social security es {ssn}"],
)

SSN_BARE = P(
    en=["{ssn}", "{ssn} ok?", "its {ssn}"],
    es=["{ssn}", "es {ssn}"],
    mix=["{ssn}", "ok es {ssn}"],
)
PW_BARE = P(
    en=["{pw}", "{pw} (capital first letter)", "it's {pw}"],
    es=["{pw}", "es {pw}", "{pw} con mayúscula al principio"],
    ar=["es {pw}"],
    mix=["{pw}", "es {pw}"],
)
PIN_BARE = P(
    en=["{pin}", "it's {pin}", "{pin} same as always", "its {pin} same as always"],
    es=["{pin}", "es {pin}"],
    mx=["es el {pin}"],
    mix=["{pin}", "es {pin}"],
)

PW_GIVE = P(
    en=[
        "my login is {user} / pass: {pw}",
        "username {user} password {pw}",
        "password is {pw}",
        "I've tried {pw} and {pw2} and neither works",
        "it should be {pw}, I just changed it last week",
        "user: {user}\npassword: {pw}",
        "I typed {pw} like 5 times and now it's locked",
        "pw {pw}",
    ],
    es=[
        "mi usuario es {user} y la contraseña {pw}",
        "la contraseña es {pw}",
        "ya probé con {pw} y con {pw2} y nada",
        "usuario: {user} contraseña: {pw}",
        "estoy poniendo {pw} y me dice que es incorrecta",
    ],
    ar=["la clave del homebanking es {pw}", "pongo {pw} y me rebota"],
    mx=["mi contraseña es {pw}, ya la cambié y sigue sin dejarme", "la contra es {pw}"],
    sp=["la contraseña que pongo es {pw}", "uso {pw}, ¿está mal?"],
    mix=["mi password es {pw}", "el user es {user} y el password {pw}", "ya traté {pw} y no works"],
)

PIN_GIVE = P(
    en=[
        "my pin is {pin}",
        "PIN {pin}",
        "I changed my PIN to {pin} last week and now the ATM says incorrect",
        "the pin I'm using is {pin}",
        "my debit pin is {pin} and it keeps saying wrong pin",
    ],
    es=[
        "mi PIN es {pin}",
        "el pin de 4 dígitos es {pin}",
        "puse {pin} y me dice PIN incorrecto",
        "la clave del cajero es {pin}",
    ],
    mx=[
        "el NIP es {pin}",
        "mi NIP es {pin} y no me deja retirar",
        "puse mi NIP {pin} y dice incorrecto",
    ],
    ar=["la clave del cajero es {pin}", "mi PIN es {pin}, no sé qué pasa"],
    sp=["el PIN es {pin}", "mi pin es el {pin}"],
    pr=["el PIN de la ATH es {pin}", "mi pin es {pin} mano"],
    mix=["mi pin es {pin}", "el PIN es {pin} y dice incorrect", "puse {pin} en el ATM y no sirve"],
)

# ---- customer: clean talk, with look-alike values ------------------------------------

LAST4_ZIP_REPLY = P(
    en=[
        "{last4} and {zip}",
        "last 4 are {last4}, zip {zip}",
        "{last4}\n{zip}",
        "ending {last4}. {zip}",
        "card ends in {last4} zip code is {zip}",
        "{last4} / {zip}",
    ],
    es=[
        "{last4} y {zip}",
        "termina en {last4}, código postal {zip}",
        "{last4}, CP {zip}",
        "los últimos son {last4} y el postal {zip}",
    ],
    mix=["{last4} y el zip es {zip}", "termina en {last4}, ZIP {zip}"],
)
LAST4_DOB_REPLY = P(
    en=["{last4}, born {dob}", "dob {dob} last four {last4}"],
    es=["{last4} y nací el {dob}", "fecha de nacimiento {dob}, tarjeta terminada en {last4}"],
    mix=["{last4}, my birthday es {dob}"],
)
SSN4_REPLY = P(
    en=[
        "last 4 of my social is {last4}",
        "{last4} (last four of ssn)",
        "ssn last 4: {last4}",
        "{last4}",
    ],
    es=["los últimos 4 del seguro social son {last4}", "{last4}", "últimos cuatro: {last4}"],
    mix=["los last 4 del social son {last4}", "{last4}"],
)

SECURITY_QUESTIONS = P(
    en=[
        "should I send my social here?",
        "is it safe to type my card number in this chat?",
        "someone called me saying they were from you guys and asked for my PIN, was that you?",
        "I forgot my PIN",
        "what's a CVV? the website keeps asking for it",
        "do you need the code they texted me?",
        "I never got my PIN mailer",
        "i dont have the code yet",
        "my password has a special character, is that why it fails?",
        "the code expired before I could type it",
    ],
    es=[
        "¿le mando mi seguro social por aquí?",
        "¿es seguro poner el número de la tarjeta en este chat?",
        "me llamaron diciendo que eran del banco y me pidieron el PIN, ¿eran ustedes?",
        "olvidé mi PIN",
        "no tengo el código todavía",
        "¿qué es el CVV? la página me lo pide",
        "nunca me llegó la carta con el PIN",
        "se me venció el código antes de ponerlo",
    ],
    mx=[
        "se me olvidó el NIP",
        "¿ustedes piden el NIP por teléfono? me marcaron hace rato",
        "no me ha llegado el código ahorita",
    ],
    ar=[
        "me olvidé la clave del cajero",
        "¿ustedes piden la clave por WhatsApp? me escribieron de un número raro",
        "todavía no me llegó el código",
    ],
    sp=[
        "se me ha olvidado el PIN",
        "me han llamado pidiendo la clave, ¿sois vosotros?",
        "aún no me ha llegado el código",
    ],
    pr=["se me olvidó el PIN de la ATH", "me llamaron pidiendo el pin, ¿eran ustedes?"],
    mix=[
        "se me olvidó el PIN",
        "should I mandar mi social por aquí?",
        "no me ha llegado el code todavía",
        "alguien me llamó pidiendo mi password, eran ustedes?",
    ],
)


def more(pool: Pool, **langs: list[str]) -> None:
    """Add phrasings to a pool defined above."""
    for lang, phrases in langs.items():
        pool.setdefault(lang, []).extend(phrases)


# --------------------------------------------------------------------------------------
# Families of conversations
# --------------------------------------------------------------------------------------

LOST_OPEN = P(
    en=[
        "I lost my card",
        "my wallet got stolen last night at {place}",
        "I think my card was stolen, there are charges I didn't make",
        "HELP my card is gone, i think i left it at the gas station",
        "need to report a lost card asap",
        "hi so i cant find my {brand} anywhere and i just saw a charge for {amt} on {date}",
    ],
    es=[
        "Perdí mi tarjeta",
        "me robaron la cartera",
        "creo que me clonaron la tarjeta, hay cargos que no hice",
    ],
    ar=["me robaron la billetera en el subte", "che, perdí la tarjeta y necesito darla de baja ya"],
    mx=[
        "me robaron mi cartera en el metro",
        "ayer perdí mi tarjeta en el OXXO y ahorita vi un cargo de {amt}",
    ],
    sp=["me han robado la cartera en el metro", "he perdido la tarjeta, ¿me la podéis bloquear?"],
    pr=["se me perdió la tarjeta en el Walmart de Bayamón", "mano me robaron la cartera"],
    mix=[
        "I lost my tarjeta ayer",
        "me robaron la wallet and I need to block la card",
        "perdí mi card en el mall, can you block it?",
    ],
)

BLOCKED_INFO = P(
    en=[
        "Thanks. I've blocked the card ending in {last4c}. A replacement will arrive in 5-7 business days at the address on file.",
        "Done, the card ending {last4c} is now locked. Your new card will have a different number.",
        "I've reported the card ending in {last4c} as lost. Case number {caseno}.",
    ],
    es=[
        "Listo, bloqueé la tarjeta terminada en {last4c}. La reposición llegará en 5 a 7 días hábiles al domicilio registrado.",
        "Su tarjeta con terminación {last4c} quedó bloqueada. Número de reporte: {caseno}.",
    ],
    ar=[
        "Listo, di de baja la tarjeta terminada en {last4c}. La nueva te llega en 5 a 7 días hábiles."
    ],
    sp=["Hecho, la tarjeta acabada en {last4c} está bloqueada. La nueva te llegará en unos días."],
    mix=["Listo, la card ending in {last4c} está bloqueada. La nueva llega en 5-7 business days."],
)

ADDRESS_TALK = P(
    en=[
        "can you send the new one to {addr} instead? I moved",
        "please ship it to my work address {addr}",
        "my phone is {phone} if you need to call",
        "also I was charged {amt} at {merchant} on {date}, that wasn't me",
        "the last charge I made was {amt} at {merchant} around {time}",
    ],
    es=[
        "¿me la pueden mandar a {addr}? me mudé",
        "mi teléfono es {phone} por si necesitan llamarme",
        "también hay un cargo de {amt} en {merchant} del {date} que no reconozco",
        "la última compra que hice fue de {amt} en {merchant} como a las {time}",
    ],
    mix=[
        "mándenla a {addr} please",
        "mi cel es {phone}",
        "hay un charge de {amt} en {merchant} que no es mío",
    ],
)


def fam_lost_card(c: Ctx) -> None:
    c.greet()
    c.new_card()
    c.cust(LOST_OPEN)
    if c.chance(0.35):
        c.agent(LEGIT_VERIFY, kind="legit_verify")
        if c.chance(0.5):
            c.cust(LAST4_ZIP_REPLY, last4=c.auto("last4c"))
    if c.chance(0.2):
        c.agent(ASK_CC, kind="ask", requested={CC})
    if c.chance(0.2):
        c.cust(ramble_card(c), kind="ramble")
    else:
        c.cust(CARD_GIVE, kind="card", card=c.card_secret())
    if c.chance(0.12):
        c.new_card()
        c.cust(
            P(
                en=[
                    "wait no that's my old one. the new one is {card}",
                    "sorry wrong card, it's {card}",
                    "also block this one too {card}",
                ],
                es=["perdón esa es la vieja, la nueva es {card}", "también bloqueen esta: {card}"],
                mix=["sorry esa es la vieja, la new one es {card}"],
            ),
            kind="card",
            card=c.card_secret(),
        )
    if c.chance(0.05):
        c.agent(
            P(
                en=[
                    "I see you typed {card}. Please don't share the full number here, I'll remove it."
                ],
                es=["Veo que escribió {card}. Por favor no comparta el número completo aquí."],
            ),
            kind="agent_echo",
            card=c.card_secret(),
        )
    elif c.chance(0.4):
        c.agent(LEGIT_WARNING, kind="legit_warning")
    c.agent(BLOCKED_INFO, kind="legit_info")
    for _ in range(c.rng.choice([0, 1, 1, 2])):
        c.cust(ADDRESS_TALK, kind="negative")
    c.close()


SPLIT_OPEN = P(
    en=[
        "I need to activate my new card",
        "trying to add my card to apple pay and it says card not supported",
        "I need to check if my card is blocked",
        "can u check my card, it got declined at {merchant}",
    ],
    es=[
        "necesito activar mi tarjeta nueva",
        "me rechazaron la tarjeta en {merchant}",
        "quiero saber si mi tarjeta está bloqueada",
    ],
    ar=["me rebotó la tarjeta en {merchant}, ¿me fijás qué pasa?"],
    mx=["me rechazaron la tarjeta en el súper, ¿me checa qué pasa?"],
    mix=["necesito activar my new card", "me declinaron la card en {merchant}, can u check?"],
)
SPLIT_ANNOUNCE = P(
    en=[
        "ok hold on reading it off the card",
        "sorry the app won't let me paste it, typing it in pieces",
        "ok here it goes",
    ],
    es=["ok espere, la estoy leyendo", "va en partes porque no me deja pegar", "ahí va"],
    ar=["dale, esperá que la busco"],
    mix=["ok wait, la estoy leyendo"],
)
SPLIT_FIRST = P(
    en=["{part}", "{part}", "{part}", "first part {part}", "ok {part}", "{part}..."],
    es=["{part}", "{part}", "{part}", "primero {part}", "es {part}"],
    mix=["{part}", "{part}", "first {part}"],
)
SPLIT_MID = P(
    en=["{part}", "{part}", "then {part}", "{part} sorry"],
    es=["{part}", "{part}", "luego {part}", "después {part}"],
    mix=["{part}", "{part}", "then {part}"],
)
SPLIT_LAST = P(
    en=["{part}", "{part}", "{part} that's it", "and {part}", "last {part}", "{part} done"],
    es=["{part}", "{part}", "y {part}", "{part} listo", "y al final {part}"],
    ar=["y {part}, listo"],
    mix=["{part}", "and {part}", "{part} eso es todo"],
)
SPLIT_OOPS = P(
    en=["sorry hit enter too soon", "wait", "oops"],
    es=["perdón se envió solo", "espere", "uy"],
    mix=["sorry se envió", "wait"],
)


def split_card_parts(c: Ctx, digits: str) -> list[str]:
    r = c.rng
    n = len(digits)
    if r.random() < 0.6:
        groups = chunk(digits, brand_groups(r, n))
    else:
        groups = chunk(digits, irregular_groups(r, n))
    k = min(len(groups), r.choice([2, 2, 3, 3, 4]))
    # contiguous runs of groups, each part holding 4 digits at least
    for _ in range(50):
        cuts = sorted(r.sample(range(1, len(groups)), k - 1))
        bounds = [0, *cuts, len(groups)]
        if all(sum(map(len, groups[bounds[i] : bounds[i + 1]])) >= 4 for i in range(k)):
            break
    else:
        bounds = [0, len(groups) // 2, len(groups)]
        k = 2
    sep = r.choice([" ", " ", "", "-"])
    return [sep.join(groups[bounds[i] : bounds[i + 1]]) for i in range(k)]


def fam_split_card(c: Ctx) -> None:
    c.greet()
    c.cust(SPLIT_OPEN)
    if c.chance(0.45):
        c.agent(ASK_CC, kind="ask", requested={CC})
    elif c.chance(0.4):
        c.agent(LEGIT_VERIFY, kind="legit_verify")
    card = c.new_card()
    if c.chance(0.4):
        c.cust(SPLIT_ANNOUNCE)
    parts = split_card_parts(c, card.digits)
    for j, part in enumerate(parts):
        last = j == len(parts) - 1
        keep = min(4, len(re.sub(r"\D", "", part))) if last else 0
        sec = Secret(CC, part, keep=keep, split=True)
        pool = SPLIT_FIRST if j == 0 else SPLIT_LAST if last else SPLIT_MID
        c.cust(pool, kind="card_split", part=sec)
        if not last and c.chance(0.1):
            c.cust(SPLIT_OOPS)
    roll = c.rng.random()
    if roll < 0.35:
        c.agent(ASK_CVV, kind="ask", requested={CVV})
        c.cust(CVV_REPLY, kind="cvv", cvv=c.cvv_secret())
        c.agent(
            P(
                en=["Thank you, one moment."],
                es=["Gracias, un momento."],
                mix=["Thanks, un momento."],
            )
        )
    elif roll < 0.7:
        c.agent(LEGIT_WARNING, kind="legit_warning")
    c.agent(
        P(
            en=[
                "Your card ending {last4c} is active and there are no blocks on it.",
                "The decline at {merchant} was for {amt}; it was flagged as unusual. I've cleared it, please try again.",
            ],
            es=[
                "Su tarjeta terminada en {last4c} está activa y sin bloqueos.",
                "El rechazo fue por {amt} y se marcó como inusual. Ya lo liberé, intente de nuevo.",
            ],
            mix=["Tu card ending {last4c} ya está activa, sin blocks."],
        ),
        kind="legit_info",
    )
    c.close()


FORM_OPEN = P(
    en=[
        "my payment keeps failing on your website, this is exactly what I'm putting in:",
        "checkout page keeps saying card declined. here's what i entered",
        "can you see why this doesn't go through?",
        "copy pasting from the form:",
    ],
    es=[
        "el pago no pasa en la página, esto es lo que estoy poniendo:",
        "me sale tarjeta rechazada, copio lo que puse:",
    ],
    ar=["no me toma la tarjeta en la web, te copio lo que cargué:"],
    mix=["el payment no pasa en la website, esto es lo que pongo:"],
)
FORM_BLOCK = P(
    en=[
        "Card Number: {card}\nExpiration Date: {exp}\nCVC: {cvv}",
        "Name on card: {name}\nCard number: {card}\nExp: {exp}\nSecurity code: {cvv}\nBilling ZIP: {zip}",
        "Card Number: {card} Exp: {exp} CVC: {cvv}",
        "card no {card}\nexp {exp}\ncvv {cvv}",
        "{card} | {exp} | {cvv}",
        "{card}\n{exp}\n{cvv}",
        "Cardholder Name: {name}\nCard Number: {card}\nMM/YY: {exp}\nCVV2: {cvv}\nPhone: {phone}",
    ],
    es=[
        "Número de tarjeta: {card}\nVencimiento: {exp}\nCódigo de seguridad: {cvv}",
        "Titular: {name}\nTarjeta: {card}\nFecha de vencimiento: {exp}\nCVV: {cvv}\nCP: {zip}",
        "tarjeta {card} vence {exp} cvv {cvv}",
        "N° de tarjeta: {card}\nVto.: {exp}\nCód. seguridad: {cvv}",
    ],
    mix=[
        "Card number: {card}\nVence: {exp}\nCVV: {cvv}",
        "Número de card: {card} exp {exp} cvv {cvv}",
    ],
)
LEGIT_FORM_REPLY = P(
    en=[
        "Please don't send card details in the chat; I've removed your message. The decline was because the billing ZIP didn't match the one on file.",
        "Thanks, but I don't need those details. The payment was declined because the card has a temporary hold of {amt}. Please try again in an hour.",
    ],
    es=[
        "Por favor no envíe datos de la tarjeta por chat; eliminé su mensaje. El rechazo fue porque el código postal no coincide con el registrado.",
        "No necesito esos datos. El pago se rechazó porque hay una retención temporal de {amt}. Intente de nuevo en una hora.",
    ],
    mix=[
        "Please no mandes los datos de la card aquí. El decline fue porque el ZIP no coincide con el que tenemos."
    ],
)


def fam_form_paste(c: Ctx) -> None:
    c.greet()
    c.new_card()
    lead = c.segs(c.pick(FORM_OPEN))
    lead = apply_style(c.rng, lead, c.style, c.lang)
    block = c.segs(c.pick(FORM_BLOCK), {"card": c.card_secret(), "cvv": c.cvv_secret()})
    if c.chance(0.3):
        c.cust(lead, styled=False)
        c.cust(block, kind="card_form", styled=False)
    else:
        c.cust(
            [*lead, Seg(c.rng.choice(["\n", "\n\n", " "])), *block], kind="card_form", styled=False
        )
    c.agent(LEGIT_FORM_REPLY, kind="legit_warning")
    if c.chance(0.6):
        c.cust(
            P(
                en=[
                    "oh the zip is {zip} now, I moved in {date}",
                    "ok so what zip do you have? mine is {zip}",
                    "ugh ok I'll try again at {time}",
                ],
                es=[
                    "ah es que ahora mi código postal es {zip}, me mudé",
                    "ok lo intento a las {time}",
                ],
                mix=["ah ok mi zip ahora es {zip}", "ok I'll try again a las {time}"],
            ),
            kind="negative",
        )
    c.close()


CVV_OPEN = P(
    en=[
        "I want to pay my balance with my debit card from another bank",
        "I need to make a payment over chat, the app is down",
        "can i pay my bill here? i have my card in hand",
    ],
    es=[
        "quiero pagar mi saldo con una tarjeta de débito de otro banco",
        "necesito hacer un pago, la app no funciona",
    ],
    ar=["quiero pagar el resumen con la tarjeta de débito de otro banco"],
    mx=["quiero pagar mi tarjeta con mi débito de otro banco, ¿se puede por aquí?"],
    mix=["quiero hacer un payment con mi debit card de otro banco"],
)
CVV_WHERE = P(
    en=[
        "where is the cvv on my card?",
        "the site asks for a security code, where do I find that?",
        "what is CVC??",
    ],
    es=[
        "¿dónde está el CVV de mi tarjeta?",
        "la página me pide código de seguridad, ¿dónde lo encuentro?",
    ],
    ar=["¿dónde está el código de seguridad? la página me lo pide"],
    mix=["donde está el CVV en mi card?"],
)
CVV_VOLUNTEER = P(
    en=[
        "ok found it, it's {cvv}, so i type that in?",
        "oh the one on the back, mine says {cvv}",
        "so {cvv} is the cvv right",
    ],
    es=[
        "ah ok, el mío dice {cvv}, ¿eso pongo?",
        "ya lo vi, es {cvv}",
        "entonces el CVV es {cvv} verdad?",
    ],
    ar=["ah, atrás dice {cvv}, ¿eso pongo?"],
    mix=["ah ok, mine says {cvv}, eso pongo?"],
)
REFUSE = P(
    en=[
        "um I was told never to give that out",
        "I'm not comfortable sharing that",
        "wait why do you need that? the bank never asks for it",
        "no. is this even the real bank?",
    ],
    es=[
        "mmm me dijeron que eso nunca se comparte",
        "no me siento cómodo dando eso",
        "¿para qué lo necesita? el banco nunca pide eso",
    ],
    ar=["ni loco te paso eso, ¿quién sos?"],
    mix=["no way, me dijeron never share that", "hmm no, why do you need eso?"],
)


def fam_cvv(c: Ctx) -> None:
    c.greet()
    roll = c.rng.random()
    c.new_card()
    if roll < 0.5:
        c.cust(CVV_OPEN)
        if c.chance(0.4):
            c.agent(ASK_CC_CVV, kind="ask", requested={CC, CVV})
            c.cust(
                P(
                    en=[
                        "{card} exp {exp} cvv {cvv}",
                        "{card} {exp} {cvv}",
                        "card {card} expires {exp} and the code on back is {cvv}",
                        "{card}, {exp}, {cvv}",
                    ],
                    es=[
                        "{card} vence {exp} cvv {cvv}",
                        "tarjeta {card}, vto {exp}, los 3 de atrás {cvv}",
                        "{card} {exp} {cvv}",
                    ],
                    mix=["{card} exp {exp} y el cvv {cvv}"],
                ),
                kind="card_exp_cvv",
                card=c.card_secret(),
                cvv=c.cvv_secret(),
            )
        else:
            if c.chance(0.5):
                c.agent(ASK_CC, kind="ask", requested={CC})
            c.cust(CARD_PAY, kind="card", card=c.card_secret())
            if c.card is not None and c.card.key == "amex" and c.chance(0.6):
                c.agent(ASK_CID, kind="ask", requested={CVV})
                c.cust(CID_REPLY, kind="cvv", cvv=c.cvv_secret())
            else:
                c.agent(ASK_CVV, kind="ask", requested={CVV})
                c.cust(CVV_REPLY, kind="cvv", cvv=c.cvv_secret())
        c.agent(
            P(
                en=["Perfect, your payment of {amt} was processed. Confirmation number {confno}."],
                es=["Listo, su pago de {amt} quedó aplicado. Folio {confno}."],
                mix=["Listo, payment de {amt} processed. Confirmation {confno}."],
            ),
            kind="agent_chat",
        )
    elif roll < 0.8:
        c.cust(CVV_WHERE)
        c.agent(LEGIT_CVV_INFO, kind="legit_info")
        c.cust(CVV_VOLUNTEER, kind="cvv", cvv=c.cvv_secret())
        c.agent(LEGIT_WARNING, kind="legit_warning")
    else:
        c.cust(CVV_OPEN)
        c.agent(ASK_CVV, kind="ask", requested={CVV})
        c.cust(REFUSE)
        c.agent(
            P(
                en=[
                    "You're right, you don't need to share it here. You can make the payment in the app under Payments."
                ],
                es=[
                    "Tiene razón, no necesita compartirlo. Puede hacer el pago en la app, sección Pagos."
                ],
                mix=["Tienes razón, no hace falta. Puedes pagar en la app en Payments."],
            ),
            kind="legit_info",
        )
    c.close()


OTP_OPEN = P(
    en=[
        "i'm trying to log in and it says it will send me a code",
        "a store is asking me to confirm a purchase with a code",
        "I'm adding my card to google wallet and it needs verification",
        "it keeps asking me for a verification code",
    ],
    es=[
        "estoy entrando a la app y me pide un código",
        "me pide un código para una compra en línea",
        "quiero dar de alta la tarjeta en el celular y me pide verificación",
    ],
    ar=["quiero entrar a la app y me pide un código"],
    sp=["estoy intentando entrar en la app y me pide un código"],
    mx=["estoy haciendo una compra y me pide un código de verificación"],
    mix=["estoy haciendo login y me pide un code", "the app me pide un verification code"],
)
OTP_NOT_YET = P(
    en=[
        "nothing came yet",
        "i didn't get any text",
        "still waiting, no code",
        "the code expired before I could type it",
    ],
    es=["no me ha llegado nada", "todavía no llega el mensaje", "no me llegó ningún código"],
    ar=["no me llegó nada todavía"],
    mx=["ahorita no me ha llegado"],
    sp=["no me ha llegado nada aún"],
    mix=["no me ha llegado nada yet", "still no code, nada"],
)
RESEND = P(
    en=[
        "I just sent a new one, it can take a minute.",
        "Let me resend it to the number on file ending {last4}.",
    ],
    es=[
        "Le acabo de enviar uno nuevo, puede tardar un minuto.",
        "Lo reenvío al número registrado terminado en {last4}.",
    ],
    mix=["Te mandé uno nuevo, can take a minute."],
)


def fam_otp(c: Ctx) -> None:
    c.greet()
    c.cust(OTP_OPEN)
    asked = c.chance(0.5)
    if asked:
        c.agent(ASK_OTP, kind="ask", requested={OTP})
    else:
        c.agent(LEGIT_OTP_INFO, kind="legit_info")
    if c.chance(0.3):
        c.cust(OTP_NOT_YET)
        c.agent(RESEND, kind="legit_info")
    roll = c.rng.random()
    if roll < 0.55:
        c.cust(OTP_REPLY, kind="otp", otp=c.otp_secret())
    elif roll < 0.75:
        c.cust(OTP_SMS, kind="otp", otp=c.otp_secret())
    else:
        c.cust(
            P(
                en=[
                    "ok got it and typed it in, worked",
                    "done, it let me in",
                    "ok entered it. thanks",
                ],
                es=["ya lo puse y funcionó", "listo, ya entré"],
                mix=["ya lo puse, it worked"],
            )
        )
    if asked and c.chance(0.5):
        c.agent(
            P(
                en=["Thanks, you're verified."],
                es=["Gracias, ya quedó verificado."],
                mix=["Thanks, ya estás verificado."],
            )
        )
    else:
        c.agent(LEGIT_WARNING, kind="legit_warning")
    c.close()


SSN_OPEN = P(
    en=[
        "I want to apply for a credit limit increase",
        "I got a letter saying my identity couldn't be verified",
        "hi i want to open the secured card, my credit is not great",
        "my application is stuck in review",
    ],
    es=[
        "quiero solicitar un aumento de límite",
        "me llegó una carta que dice que no pudieron verificar mi identidad",
        "quiero sacar la tarjeta asegurada",
    ],
    pr=["quiero solicitar la tarjeta pero me pide el seguro social"],
    mix=[
        "quiero aplicar para un credit limit increase",
        "my application está en review desde hace {n} semanas",
    ],
)


def fam_ssn(c: Ctx) -> None:
    c.greet()
    c.cust(SSN_OPEN)
    roll = c.rng.random()
    if roll < 0.4:
        c.agent(ASK_SSN, kind="ask", requested={SSN})
    elif roll < 0.75:
        c.agent(LEGIT_SSN_INFO, kind="legit_info")
    else:
        c.cust(SECURITY_QUESTIONS)
        c.agent(LEGIT_SSN_INFO, kind="legit_info")
    sub = c.rng.random()
    if sub < 0.6:
        pool = SSN_BARE if roll < 0.75 and c.chance(0.4) else SSN_GIVE
        c.cust(pool, kind="ssn", ssn=c.ssn_secret())
    elif sub < 0.9:
        c.cust(SSN4_REPLY, kind="negative")
    else:
        c.cust(REFUSE)
    c.agent(
        P(
            en=[
                "Thank you. Your request is under review; you'll get a decision by email within {n} business days.",
                "Your current limit is {limit}; I've submitted the request for review.",
            ],
            es=[
                "Gracias. Su solicitud está en revisión; recibirá respuesta por correo en {n} días hábiles.",
                "Su límite actual es de {limit}; ya envié la solicitud a revisión.",
            ],
            mix=["Gracias, tu request está en review, te llega respuesta en {n} business days."],
        ),
        kind="legit_info",
    )
    if c.chance(0.3):
        c.cust(
            P(
                en=["ok my email is {email}"],
                es=["mi correo es {email}"],
                mix=["mi email es {email}"],
            ),
            kind="negative",
        )
    c.close()


PW_OPEN = P(
    en=[
        "i cant log into the app",
        "my online account is locked",
        "it says invalid credentials every time",
        "locked out of online banking AGAIN",
    ],
    es=[
        "no puedo entrar a la app",
        "me bloquearon el acceso a la banca en línea",
        "me dice credenciales inválidas",
    ],
    ar=["no puedo entrar al homebanking, me dice usuario o clave incorrecta"],
    sp=["no consigo entrar en la banca online"],
    mix=["no puedo hacer login en la app", "my account está locked"],
)
PW_NEG = P(
    en=[
        "I forgot my password",
        "the reset link expired",
        "it says my password must have 8 characters",
        "my password is my dog's name plus the year, it's not hard lol",
        "i reset it yesterday",
    ],
    es=[
        "olvidé mi contraseña",
        "el enlace para restablecer ya venció",
        "mi contraseña no funciona desde ayer",
    ],
    ar=["me olvidé la clave", "el link para blanquear la clave ya venció"],
    mix=["se me olvidó el password", "el reset link expiró"],
)


def fam_password(c: Ctx) -> None:
    c.greet()
    c.cust(PW_OPEN)
    roll = c.rng.random()
    if roll < 0.35:
        c.agent(ASK_PW, kind="ask", requested={PW})
    else:
        c.agent(LEGIT_PW_INFO, kind="legit_info")
    if c.chance(0.65):
        pool = PW_BARE if roll < 0.35 and c.chance(0.4) else PW_GIVE
        c.cust(pool, kind="password", pw=c.pw_secret(), pw2=c.pw_secret())
    else:
        c.cust(PW_NEG)
        if c.chance(0.3):
            c.cust(
                P(
                    en=["my username is {user}"],
                    es=["mi usuario es {user}"],
                    mix=["mi username es {user}"],
                ),
                kind="negative",
            )
    c.agent(LEGIT_PW_INFO if c.chance(0.5) else LEGIT_WARNING, kind="legit_warning")
    c.close()


PIN_OPEN = P(
    en=[
        "the atm says incorrect pin",
        "my card got blocked at the ATM",
        "i cant withdraw cash, wrong PIN every time",
        "PIN NOT WORKING",
    ],
    es=[
        "el cajero no me deja sacar dinero, dice PIN incorrecto",
        "se me bloqueó la tarjeta en el cajero",
    ],
    mx=["el cajero no me deja retirar, dice NIP incorrecto", "se me bloqueó el NIP"],
    ar=["el cajero me dice clave incorrecta"],
    sp=["el cajero me dice que el PIN es incorrecto"],
    pr=["la ATH no me deja sacar chavos, dice PIN incorrecto"],
    mix=["el ATM dice incorrect PIN", "no puedo sacar cash, dice wrong PIN"],
)
PIN_NEG = P(
    en=[
        "I forgot my PIN",
        "my pin got blocked after 3 tries",
        "I don't remember if I changed it",
        "it's the same 4 numbers I always use",
    ],
    es=["olvidé mi PIN", "se bloqueó después de 3 intentos", "no me acuerdo si lo cambié"],
    mx=["se me olvidó el NIP", "lo intenté 3 veces y se bloqueó"],
    ar=["me olvidé el PIN"],
    mix=["se me olvidó el PIN", "lo traté 3 times y se bloqueó"],
)


def fam_pin(c: Ctx) -> None:
    c.greet()
    c.cust(PIN_OPEN)
    roll = c.rng.random()
    if roll < 0.35:
        c.agent(ASK_PIN, kind="ask", requested={PIN})
    elif roll < 0.75:
        c.agent(LEGIT_PIN_INFO, kind="legit_info")
    else:
        c.agent(
            P(
                en=["Which ATM were you using, ours or another bank's?"],
                es=["¿En qué cajero estaba, uno nuestro o de otro banco?"],
                mix=["Which ATM, uno nuestro o de otro banco?"],
            )
        )
        c.cust(
            P(en=["the one at {addr}"], es=["uno en {addr}"], mix=["el de {addr}"]), kind="negative"
        )
    if c.chance(0.65):
        pool = PIN_BARE if roll < 0.35 and c.chance(0.4) else PIN_GIVE
        c.cust(pool, kind="pin", pin=c.pin_secret())
    else:
        c.cust(PIN_NEG)
    c.agent(LEGIT_PIN_INFO if c.chance(0.5) else LEGIT_WARNING, kind="legit_warning")
    c.close()


DISPUTE_OPEN = P(
    en=[
        "there's a charge of {amt} from {merchant} on {date} that I don't recognize",
        "I was charged twice for the same thing, {amt} each at {merchant}",
        "I returned an order ({order}) weeks ago and never got the refund of {amt}",
        "why did you charge me a late fee of {amt}?? i paid on {date}",
        "i see a pending charge for {amt} and i never made it",
    ],
    es=[
        "tengo un cargo de {amt} de {merchant} del {date} que no reconozco",
        "me cobraron dos veces lo mismo, {amt} cada uno en {merchant}",
        "devolví un pedido ({order}) hace semanas y no me han regresado los {amt}",
    ],
    ar=["me aparece un consumo de {amt} en {merchant} que no hice"],
    sp=["me habéis cobrado dos veces {amt} en {merchant}"],
    mx=["me aparece un cargo de {amt} en {merchant} que yo no hice"],
    pr=["me cobraron {amt} en {merchant} y yo no compré na' allí"],
    mix=[
        "tengo un charge de {amt} de {merchant} que no reconozco",
        "me cobraron double, {amt} en {merchant}",
    ],
)
DISPUTE_DETAILS = P(
    en=[
        "the card is the one ending {last4}, it's still in my wallet",
        "the merchant gave me a refund reference {longref} but nothing posted",
        "their email says refund reference number {longref_fmt}",
        "I called them at {phone} and they said to call you",
        "it shows as {masked} in the app",
        "the order number is {order} and the tracking says delivered ({tracking})",
        "it was on {date} around {time}, I was at work",
        "I have {points} points, can I use them for the fee?",
    ],
    es=[
        "es la tarjeta terminada en {last4}, la tengo conmigo",
        "el comercio me dio la referencia de reembolso {longref} pero no aparece nada",
        "en la app aparece como {masked}",
        "el número de pedido es {order}",
        "fue el {date} como a las {time}, yo estaba trabajando",
        "tengo {points}, ¿los puedo usar para la comisión?",
    ],
    mix=[
        "es la card ending {last4}, la tengo aquí",
        "el merchant me dio refund reference {longref}",
        "en la app sale como {masked}",
    ],
)
DISPUTE_AGENT = P(
    en=[
        "I've opened dispute case {caseno} and issued a provisional credit of {amt}. You'll hear back in 1-2 billing cycles.",
        "I can see the charge of {amt} from {merchant} posted on {date}. Was your card in your possession at the time?",
        "Your case number is {caseno}. You can also call us at {tollfree} anytime.",
    ],
    es=[
        "Abrí la aclaración {caseno} y le aplicamos un crédito provisional de {amt}. Tendrá respuesta en 1 a 2 ciclos.",
        "Veo el cargo de {amt} de {merchant} del {date}. ¿Tenía la tarjeta con usted en ese momento?",
    ],
    mix=["Abrí el dispute case {caseno} con un provisional credit de {amt}."],
)
BARE_NEG_Q = [
    (
        P(
            en=["What was the exact amount?"],
            es=["¿Cuál fue el monto exacto?"],
            mix=["Cuál fue el amount exacto?"],
        ),
        "{amt}",
    ),
    (
        P(
            en=["What's the case number they gave you?"],
            es=["¿Qué número de caso le dieron?"],
            mix=["Qué case number te dieron?"],
        ),
        "{caseno}",
    ),
    (
        P(
            en=["What's your billing ZIP?"],
            es=["¿Cuál es su código postal?"],
            mix=["Cuál es tu ZIP code?"],
        ),
        "{zip}",
    ),
    (
        P(
            en=["And the last four of the card?"],
            es=["¿Y los últimos 4 de la tarjeta?"],
            mix=["Y los last four de la card?"],
        ),
        "{last4}",
    ),
    (
        P(
            en=["When was the transaction?"],
            es=["¿Cuándo fue la transacción?"],
            mix=["Cuándo fue la transaction?"],
        ),
        "{date}",
    ),
    (
        P(
            en=["What's a good number to reach you?"],
            es=["¿A qué número le podemos llamar?"],
            mix=["A qué phone number te llamamos?"],
        ),
        "{phone}",
    ),
]


def bare_negative(c: Ctx) -> None:
    left = [i for i in range(len(BARE_NEG_Q)) if i not in c.asked]
    i = c.rng.choice(left)
    c.asked.add(i)
    ask, answer = BARE_NEG_Q[i]
    c.agent(ask, kind="agent_chat")
    c.cust(answer, kind="negative")


def fam_dispute(c: Ctx) -> None:
    c.greet()
    c.cust(DISPUTE_OPEN, kind="negative")
    if c.chance(0.35):
        ask, answer = c.rng.choice(LEGIT_VERIFY_ALT)
        c.agent(ask, kind="legit_verify")
        c.cust(answer, kind="negative")
    else:
        c.agent(LEGIT_VERIFY, kind="legit_verify")
        c.cust(LAST4_ZIP_REPLY if c.chance(0.7) else LAST4_DOB_REPLY, kind="negative")
    for _ in range(c.rng.choice([1, 2, 2, 3])):
        if c.chance(0.35):
            bare_negative(c)
        else:
            c.cust(DISPUTE_DETAILS, kind="negative")
    c.agent(DISPUTE_AGENT, kind="legit_info")
    if c.chance(0.3):
        c.cust(SECURITY_QUESTIONS)
        c.agent(LEGIT_WARNING, kind="legit_warning")
    c.close()


PAYMENT_TALK = P(
    en=[
        "I paid {amt} on {date} but it's not showing",
        "when is my payment due? and what's the minimum",
        "I set up autopay for the {dayth} from my checking ending {last4}",
        "the confirmation number was {confno}",
        "can I change my due date to the {dayth}",
        "I paid at {time} with confirmation {confno} from account {acct}",
        "my statement says {amt} but the app says {amt2}",
        "why is my APR {pct} now",
    ],
    es=[
        "pagué {amt} el {date} y no se refleja",
        "¿cuándo vence mi pago y cuál es el mínimo?",
        "puse el pago automático el día {day} desde mi cuenta terminada en {last4}",
        "el folio del pago es {confno}",
        "mi estado de cuenta dice {amt} pero en la app dice {amt2}",
        "pagué en OXXO {amt}, la referencia del ticket es {longref}",
    ],
    ar=[
        "pagué el resumen, {amt}, el {date} y no figura",
        "¿cuándo vence el resumen? ¿y el pago mínimo?",
    ],
    sp=["he pagado {amt} el {date} y no aparece", "¿cuándo vence el recibo de la tarjeta?"],
    mix=[
        "pagué {amt} el {date} pero no sale en la app",
        "el confirmation number es {confno}",
        "quiero cambiar mi due date al {day}",
    ],
)
PAYMENT_AGENT = P(
    en=[
        "Your statement balance is {amt}; the minimum payment of {amt2} is due on {date}.",
        "I see payment {confno} for {amt} posted on {date}. It can take 1-2 business days to show.",
        "Your due date is now the {dayth} of each month starting next cycle.",
    ],
    es=[
        "Su saldo al corte es de {amt}; el pago mínimo de {amt2} vence el {date}.",
        "Veo el pago {confno} por {amt} aplicado el {date}. Puede tardar 1-2 días hábiles en reflejarse.",
    ],
    mix=["Tu statement balance es {amt}, el minimum de {amt2} vence el {date}."],
)


def fam_payment(c: Ctx) -> None:
    c.greet()
    c.cust(PAYMENT_TALK, kind="negative")
    if c.chance(0.5):
        c.agent(LEGIT_VERIFY, kind="legit_verify")
        c.cust(LAST4_ZIP_REPLY, kind="negative")
    c.agent(PAYMENT_AGENT, kind="legit_info")
    for _ in range(c.rng.choice([1, 1, 2])):
        if c.chance(0.3):
            bare_negative(c)
        else:
            c.cust(PAYMENT_TALK, kind="negative")
    c.agent(PAYMENT_AGENT, kind="legit_info")
    c.close()


TRAVEL_TALK = P(
    en=[
        "I'm traveling to {country} from {date} to {date2}, can you put a travel note",
        "flight is {flight} on {date}, I land at {time}",
        "my number there will be {phone}",
        "will my PIN work at ATMs over there?",
        "my hotel confirmation is {hotel} if that matters lol",
        "i'll be gone {n} weeks, card ends in {last4}",
    ],
    es=[
        "viajo a {country} del {date} al {date2}, ¿pueden poner aviso de viaje?",
        "mi vuelo es el {flight} el {date}, llego a las {time}",
        "allá mi número será {phone}",
        "¿mi PIN va a funcionar en los cajeros de allá?",
        "la reserva del hotel es {hotel}",
    ],
    mix=[
        "voy a {country} del {date} al {date2}, can you add a travel notice?",
        "mi flight es {flight}",
        "mi número allá es {phone}",
    ],
)


def fam_travel(c: Ctx) -> None:
    c.greet()
    c.cust(TRAVEL_TALK, kind="negative")
    if c.chance(0.5):
        c.agent(LEGIT_VERIFY, kind="legit_verify")
        c.cust(LAST4_ZIP_REPLY, kind="negative")
    for _ in range(c.rng.choice([1, 2])):
        c.cust(TRAVEL_TALK, kind="negative")
    c.agent(
        P(
            en=[
                "Done. Travel notice added for the card ending {last4} through {date}. Your PIN works at any ATM abroad; never share it with anyone."
            ],
            es=[
                "Listo, aviso de viaje registrado para la tarjeta terminada en {last4} hasta el {date}. Su PIN funciona en cajeros del extranjero; no lo comparta con nadie."
            ],
            mix=[
                "Listo, travel notice para la card ending {last4} hasta el {date}. Tu PIN funciona abroad; nunca lo compartas."
            ],
        ),
        kind="legit_info",
    )
    c.close()


ADDRESS_UPDATE = P(
    en=[
        "I need to update my address to {addr}",
        "new phone number is {phone}",
        "my zip changed to {zip}",
        "can you change my email to {email}",
        "I've been a member since {year}, why is this so hard",
    ],
    es=[
        "necesito actualizar mi domicilio a {addr}",
        "mi nuevo número es {phone}",
        "mi nuevo código postal es {zip}",
        "cambien mi correo a {email} por favor",
    ],
    mix=[
        "quiero update mi address a {addr}",
        "mi new phone es {phone}",
        "mi email nuevo es {email}",
    ],
)


def fam_address(c: Ctx) -> None:
    c.greet()
    c.cust(ADDRESS_UPDATE, kind="negative")
    c.agent(LEGIT_VERIFY, kind="legit_verify")
    c.cust(LAST4_ZIP_REPLY if c.chance(0.6) else LAST4_DOB_REPLY, kind="negative")
    for _ in range(c.rng.choice([1, 2])):
        c.cust(ADDRESS_UPDATE, kind="negative")
    c.agent(
        P(
            en=["Updated. We'll send a confirmation to {email} and a letter to the new address."],
            es=["Actualizado. Enviaremos una confirmación a {email}."],
            mix=["Updated! Te mandamos confirmación a {email}."],
        ),
        kind="legit_info",
    )
    c.close()


REWARDS_TALK = P(
    en=[
        "how many points do I have? the app says {points}",
        "I redeemed {points} for a gift card, order {order}, never arrived",
        "tracking number is {tracking} and it hasn't moved since {date}",
        "the statement credit of {amt} for {points} didn't post",
        "my member number is {acct}",
    ],
    es=[
        "¿cuántos puntos tengo? en la app dice {points}",
        "canjeé {points} por una pantalla, pedido {order}, y no llega",
        "la guía es {tracking} y no se mueve desde el {date}",
        "mi número de socio es {acct}",
    ],
    mix=["cuántos points tengo? la app dice {points}", "el tracking es {tracking} y no se mueve"],
)


def fam_rewards(c: Ctx) -> None:
    c.greet()
    c.cust(REWARDS_TALK, kind="negative")
    c.agent(
        P(
            en=["You have {points} available. Order {order} shipped on {date}."],
            es=["Tiene {points} disponibles. El pedido {order} se envió el {date}."],
            mix=["Tienes {points} disponibles, la order {order} salió el {date}."],
        ),
        kind="legit_info",
    )
    for _ in range(c.rng.choice([1, 2])):
        c.cust(REWARDS_TALK, kind="negative")
    c.agent(DISPUTE_AGENT, kind="legit_info")
    c.close()


def fam_phishing(c: Ctx) -> None:
    pool, requested = c.rng.choice(PHISH)
    if c.chance(0.5):
        c.cust(
            P(
                en=["hi i got a message saying my account is locked?"],
                es=["hola, me llegó un mensaje de que mi cuenta está bloqueada"],
                mix=["hola, me llegó un message que mi account está locked"],
            )
        )
    c.agent(pool, kind="ask_phish", requested=requested)
    if c.chance(0.3):
        c.cust(REFUSE)
        c.agent(LEGIT_WARNING, kind="legit_warning")
        return
    if CC in requested:
        c.new_card()
        c.cust(
            P(
                en=[
                    "ok {card} exp {exp} cvv {cvv} please don't close it",
                    "{card}\n{exp}\n{cvv}",
                    "here: {card} {exp} code {cvv}",
                ],
                es=[
                    "ok {card} vence {exp} cvv {cvv} por favor no la cancelen",
                    "{card}\n{exp}\n{cvv}",
                ],
                mix=["ok {card} exp {exp} el cvv {cvv}, please no la bloqueen"],
            ),
            kind="card_exp_cvv",
            card=c.card_secret(),
            cvv=c.cvv_secret(),
        )
    if OTP in requested:
        c.cust(OTP_REPLY, kind="otp", otp=c.otp_secret())
    if PIN in requested:  # after a bare code, a bare PIN could be either: give it with its cue
        c.cust(
            PIN_BARE if OTP not in requested and c.chance(0.3) else PIN_GIVE,
            kind="pin",
            pin=c.pin_secret(),
        )
    if PW in requested:
        c.cust(PW_GIVE, kind="password", pw=c.pw_secret(), pw2=c.pw_secret())
    if SSN in requested:
        c.cust(SSN_BARE if c.chance(0.3) else SSN_GIVE, kind="ssn", ssn=c.ssn_secret())
    c.agent(
        P(
            en=["Thank you, your account is now secure."],
            es=["Gracias, su cuenta ya está protegida."],
            mix=["Gracias, tu account ya está secure."],
        )
    )


# ---- long rambling messages ----------------------------------------------------------

RAMBLE_LEAD = P(
    en=[
        "hi so basically i was at {merchant} yesterday around {time} and my card got declined twice which is super embarrassing",
        "OK so this is the third time im contacting you guys and nobody helps me,",
        "good morning, I hope you're doing well, I'm writing because last week on {date} I noticed a charge of {amt} that I definitely did not make and",
        "so my husband used the card at {merchant} for {amt} and then after that",
        "listen i have been a customer since {year} and",
    ],
    es=[
        "hola buenas tardes mire fíjese que ayer fui a {merchant} como a las {time} y me rechazaron la tarjeta dos veces y",
        "es la tercera vez que escribo y nadie me resuelve nada,",
        "buen día, le escribo porque el {date} vi un cargo de {amt} que yo no hice y",
        "mi esposo usó la tarjeta en {merchant} por {amt} y después de eso",
    ],
    ar=["che mirá, ayer fui a {merchant} y me rebotó la tarjeta dos veces, un papelón, y"],
    sp=["a ver, os escribo porque ayer en {merchant} me rechazaron la tarjeta y"],
    mx=["oiga fíjese que ayer en {merchant} me rechazaron la tarjeta y"],
    pr=["mano mira ayer en {merchant} me rebotó la tarjeta y"],
    mix=["ok so ayer fui a {merchant} y me declinaron la card twice y"],
)
RAMBLE_SECRET = {
    CC: P(
        en=[
            "the number is {card} and i need you to cancel it asap",
            "i checked the card its {card} and it's not expired",
            "so here's the card {card} just fix it",
        ],
        es=[
            "el número es {card} y necesito que la cancelen ya",
            "la tarjeta es la {card} y no está vencida",
            "aquí está la tarjeta {card} arréglenlo por favor",
        ],
        mix=["el card number es {card} and i need it cancelled asap"],
    ),
    CVV: P(
        en=[
            "the code on the back is {cvv} and the website still says wrong code",
            "i typed the cvv {cvv} like five times",
        ],
        es=[
            "el código de atrás es {cvv} y la página dice que está mal",
            "puse el cvv {cvv} como cinco veces",
        ],
        mix=["puse el cvv {cvv} like five times"],
    ),
    PIN: P(
        en=[
            "i put my pin {pin} and it said incorrect even tho i KNOW its right",
            "my pin is {pin} and ive had it for years",
        ],
        es=[
            "puse mi pin {pin} y me dijo incorrecto y yo sé que está bien",
            "mi pin es {pin} desde hace años",
        ],
        mx=["puse mi NIP {pin} y me dijo incorrecto"],
        mix=["puse mi pin {pin} y dice incorrect"],
    ),
    PW: P(
        en=[
            "the app wont take my password {pw} even after the reset",
            "i changed the password to {pw} and it still says invalid",
        ],
        es=[
            "la app no me acepta la contraseña {pw} ni después de cambiarla",
            "cambié la contraseña a {pw} y sigue diciendo inválida",
        ],
        mix=["la app no acepta mi password {pw}"],
    ),
    OTP: P(
        en=[
            "you sent me a code {otp} but the page timed out",
            "the text said {otp} but when i typed it it said expired",
        ],
        es=[
            "me mandaron el código {otp} pero la página se cerró",
            "el mensaje decía {otp} pero cuando lo puse decía vencido",
        ],
        mix=["me llegó el code {otp} pero la página hizo timeout"],
    ),
    SSN: P(
        en=["they asked me for my social so i gave it {ssn} and still nothing"],
        es=["me pidieron el seguro social y se los di {ssn} y nada"],
        mix=["me pidieron el social, {ssn}, y nada"],
    ),
}
RAMBLE_TAIL = P(
    en=[
        "my phone is {phone} call me please",
        "i need this fixed today i have rent due on {date}",
        "the charge was {amt} and the app shows {masked}",
        "thank u",
        "i dont understand why this keeps happening",
        "can someone call me at {phone} between {time} and 5",
    ],
    es=[
        "mi cel es {phone} llámenme por favor",
        "necesito esto resuelto hoy porque tengo que pagar la renta el {date}",
        "el cargo fue de {amt} y en la app sale {masked}",
        "gracias",
        "no entiendo por qué sigue pasando",
    ],
    mix=["mi cel es {phone} call me", "necesito esto fixed hoy", "gracias"],
)


def ramble_card(c: Ctx) -> list[Seg]:
    return ramble(c, [CC])


def ramble_joiner(c: Ctx, so_far: Sequence[Seg]) -> str:
    tail = so_far[-1].text.rstrip() if so_far else ""
    if tail.endswith((" y", " and", ",")) or not tail:
        return " "
    joiners = {
        "en": [" ", " and ", "... ", " so ", ". "],
        "es": [" ", " y ", "... ", " entonces ", ". "],
    }
    joiners["mix"] = joiners["en"] + joiners["es"]
    return c.rng.choice(joiners[c.lang])


def ramble(c: Ctx, types: Sequence[str]) -> list[Seg]:
    r = c.rng
    out = c.segs(c.pick(RAMBLE_LEAD))
    for kind in types:
        vals: Vals = {}
        if kind == CC:
            vals["card"] = c.card_secret() if r.random() < 0.85 else c.spoken_card()
        elif kind == CVV:
            vals["cvv"] = c.cvv_secret()
        elif kind == PIN:
            vals["pin"] = c.pin_secret()
        elif kind == PW:
            vals["pw"] = c.pw_secret()
        elif kind == OTP:
            vals["otp"] = c.otp_secret()
        elif kind == SSN:
            vals["ssn"] = c.ssn_secret()
        out += [Seg(ramble_joiner(c, out))]
        out += c.segs(c.pick(RAMBLE_SECRET[kind]), vals)
    for _ in range(r.choice([1, 1, 2])):
        out += [Seg(ramble_joiner(c, out))]
        out += c.segs(c.pick(RAMBLE_TAIL))
    return out


def fam_ramble(c: Ctx) -> None:
    c.greet()
    if c.chance(0.3):
        c.card = None
        c.new_card()
    types = c.rng.sample([CC, CVV, PIN, PW, OTP, SSN], c.rng.choice([1, 1, 2]))
    types.sort(key=[CC, CVV, PIN, PW, OTP, SSN].index)
    if CVV in types and c.card is None:
        c.new_card()
    c.cust(ramble(c, types), kind="ramble")
    c.agent(LEGIT_WARNING, kind="legit_warning")
    if c.chance(0.5):
        c.cust(ramble(c, []), kind="negative")
        c.agent(DISPUTE_AGENT, kind="legit_info")
    c.close()


# ---- voice-to-text dictation ---------------------------------------------------------

VOICE = {
    CC: P(
        en=["my card number is {card}", "okay the card is {card}", "card number {card} thank you"],
        es=["mi número de tarjeta es {card}", "la tarjeta es {card} gracias"],
        mix=["mi card number es {card}"],
    ),
    OTP: P(
        en=["the code is {otp}", "okay it says {otp}"],
        es=["el código es {otp}", "me llegó el {otp}"],
        mix=["el code es {otp}"],
    ),
    PIN: P(
        en=["my pin is {pin}", "the pin number is {pin}"],
        es=["mi pin es {pin}", "el pin es {pin}"],
        mx=["mi nip es {pin}"],
        mix=["mi pin es {pin}"],
    ),
    SSN: P(
        en=["my social is {ssn}", "social security number {ssn}"],
        es=["mi seguro social es {ssn}"],
        mix=["mi social es {ssn}"],
    ),
    CVV: P(
        en=["the security code is {cvv}", "the three numbers on the back are {cvv}"],
        es=["el código de seguridad es {cvv}", "los tres números de atrás son {cvv}"],
        mix=["el security code es {cvv}"],
    ),
}
VOICE_OPEN = P(
    en=[
        "hi i'm driving so im using voice sorry for typos",
        "hello can you help me with my card",
        "yes hi im calling about a charge",
    ],
    es=[
        "hola estoy manejando así que uso el dictado perdón",
        "hola me ayuda con mi tarjeta por favor",
    ],
    mix=["hola i'm using voice perdón"],
)


def fam_voice(c: Ctx) -> None:
    c.style = "voice"
    c.greet()
    c.cust(VOICE_OPEN)
    kinds = c.rng.sample([CC, OTP, PIN, SSN, CVV], c.rng.choice([1, 2]))
    for kind in kinds:
        if kind == CC:
            c.new_card()
            if c.chance(0.3):
                c.agent(ASK_CC, kind="ask", requested={CC})
            c.cust(
                VOICE[CC],
                kind="card_voice",
                card=c.spoken_card() if c.chance(0.75) else c.card_secret("space"),
            )
        elif kind == OTP:
            if c.chance(0.4):
                c.agent(ASK_OTP, kind="ask", requested={OTP})
            else:
                c.agent(LEGIT_OTP_INFO, kind="legit_info")
            c.cust(VOICE[OTP], kind="otp", otp=c.otp_secret(spoken=c.chance(0.7)))
        elif kind == PIN:
            c.cust(VOICE[PIN], kind="pin", pin=c.pin_secret(spoken=c.chance(0.7)))
        elif kind == SSN:
            c.cust(VOICE[SSN], kind="ssn", ssn=c.ssn_secret(spoken=c.chance(0.6)))
        else:
            if c.card is None:
                c.new_card()
            c.cust(VOICE[CVV], kind="cvv", cvv=c.cvv_secret(spoken=c.chance(0.6)))
    c.agent(LEGIT_WARNING, kind="legit_warning")
    c.close()


def fam_security_talk(c: Ctx) -> None:
    c.greet()
    for _ in range(c.rng.choice([1, 2, 2])):
        c.cust(SECURITY_QUESTIONS)
        c.agent(
            c.rng.choice(
                [
                    LEGIT_WARNING,
                    LEGIT_CVV_INFO,
                    LEGIT_PIN_INFO,
                    LEGIT_PW_INFO,
                    LEGIT_SSN_INFO,
                    LEGIT_OTP_INFO,
                ]
            ),
            kind="legit_warning",
        )
    if c.chance(0.4):
        bare_negative(c)
    c.close()


def fam_verify(c: Ctx) -> None:
    c.greet()
    c.cust(
        P(
            en=[
                "I want to know my available credit",
                "what's my balance",
                "when does my new card arrive",
                "I need a copy of my statement from {date}",
            ],
            es=[
                "quiero saber mi crédito disponible",
                "¿cuál es mi saldo?",
                "¿cuándo llega mi tarjeta nueva?",
            ],
            mix=["quiero saber mi available credit", "cuál es mi balance?"],
        )
    )
    c.agent(LEGIT_VERIFY, kind="legit_verify")
    reply = c.rng.random()
    if reply < 0.6:
        c.cust(LAST4_ZIP_REPLY, kind="negative")
    elif reply < 0.8:
        c.cust(LAST4_DOB_REPLY, kind="negative")
    else:
        c.agent(LEGIT_SSN_INFO, kind="legit_verify")
        c.cust(SSN4_REPLY, kind="negative")
    c.agent(
        P(
            en=[
                "Thanks! Your available credit is {amt} of a {limit} limit.",
                "Your new card ending in {last4} shipped on {date} via {tracking}.",
            ],
            es=[
                "¡Gracias! Su crédito disponible es de {amt}.",
                "Su tarjeta nueva terminada en {last4} se envió el {date}, guía {tracking}.",
            ],
            mix=["Thanks! Tu available credit es {amt}."],
        ),
        kind="legit_info",
    )
    if c.chance(0.5):
        bare_negative(c)
    c.close()


MULTI = P(
    en=[
        "card {card} exp {exp} cvv {cvv} and my pin is {pin} pls help",
        "ok everything: {card}, {exp}, {cvv}. pin {pin}",
        "number {card} the code behind {cvv} and atm pin {pin}",
    ],
    es=[
        "tarjeta {card} vence {exp} cvv {cvv} y mi pin es {pin} ayúdenme",
        "todo junto: {card}, {exp}, {cvv}. PIN {pin}",
    ],
    mx=["tarjeta {card} vence {exp} código {cvv} y el NIP {pin}"],
    mix=["la card {card} exp {exp} cvv {cvv} y el pin {pin} please ayuda"],
)


NEAR_NEG = P(
    en=[
        "my pin is {pin} and zip is {zip}",
        "pin {pin}, phone {phone}, zip {zip}",
        "card {card} got charged {amt} on {date}, call me at {phone}",
        "cvv {cvv} billing zip {zip} and it still fails",
    ],
    es=[
        "mi pin es {pin} y mi código postal {zip}",
        "tarjeta {card}, me cobraron {amt} el {date}, mi cel {phone}",
        "cvv {cvv}, código postal {zip} y sigue sin pasar",
    ],
    mix=["mi pin es {pin} y el zip {zip}", "la card {card} me cobró {amt} el {date}"],
)


def fam_multi(c: Ctx) -> None:
    c.greet()
    c.cust(
        P(
            en=["my card isn't working anywhere"],
            es=["mi tarjeta no funciona en ningún lado"],
            mix=["mi card no funciona en ningún lado"],
        )
    )
    if c.chance(0.4):
        c.agent(ASK_CC_CVV, kind="ask", requested={CC, CVV})
    c.new_card()
    roll = c.rng.random()
    if roll < 0.35:
        c.cust(NEAR_NEG, kind="multi", card=c.card_secret(), cvv=c.cvv_secret(), pin=c.pin_secret())
    elif roll < 0.7:
        c.cust(MULTI, kind="multi", card=c.card_secret(), cvv=c.cvv_secret(), pin=c.pin_secret())
    else:
        c.cust(
            P(
                en=["SSN {ssn} and card {card}", "my social is {ssn} and the card number {card}"],
                es=["seguro social {ssn} y la tarjeta {card}"],
                mix=["mi social es {ssn} y la card {card}"],
            ),
            kind="multi",
            card=c.card_secret(),
            ssn=c.ssn_secret(),
        )
    c.agent(LEGIT_WARNING, kind="legit_warning")
    c.close()


def fam_ask_only(c: Ctx) -> None:
    """An agent asking in ways that differ from the plain templates, then the chat goes on."""
    c.greet()
    c.cust(
        P(
            en=["I need help with my account"],
            es=["necesito ayuda con mi cuenta"],
            mix=["necesito help con mi account"],
        )
    )
    pool, req = c.rng.choice(
        [
            (ASK_CC, {CC}),
            (ASK_CVV, {CVV}),
            (ASK_SSN, {SSN}),
            (ASK_OTP, {OTP}),
            (ASK_PW, {PW}),
            (ASK_PIN, {PIN}),
            (ASK_CC_CVV, {CC, CVV}),
        ]
    )
    c.agent(pool, kind="ask", requested=req)
    c.cust(REFUSE if c.chance(0.5) else SECURITY_QUESTIONS)
    c.agent(LEGIT_VERIFY, kind="legit_verify")
    c.cust(LAST4_ZIP_REPLY, kind="negative")
    c.close()


# ---- harder phrasings ----------------------------------------------------------------

more(
    ASK_CC,
    en=[
        "Just so I can confirm, what are the first 12 digits of the card?",
        "Can you read me the digits after the 4 at the beginning? The whole sequence please.",
        "Our system is down so I need you to type the card number manually, all 16 digits 🙏",
        "what number is embossed on the card? every digit",
    ],
    es=[
        "¿Me confirma los 16 dígitos? Es solo para validar.",
        "¿Cuáles son los números que vienen al frente de la tarjeta? Todos, por favor.",
        "Necesito los primeros 12 dígitos de la tarjeta para confirmar.",
    ],
    ar=["Mandame una foto del frente de la tarjeta así veo el número."],
    mix=["Dame los 16 digits de la tarjeta, es para un quick check."],
)
more(
    LEGIT_CVV_INFO,
    en=[
        "Look on the back of the card, to the right of the signature box: there's a 3-digit code. That's what the merchant site wants; you don't need to tell me.",
        "The security code is printed on the card itself (back for Visa, Mastercard and Discover, front for Amex). Enter it only at checkout.",
        "CVV stands for card verification value. It's on your card; keep it to yourself and type it only where you're paying.",
    ],
    es=[
        "El código de seguridad está impreso en la tarjeta (atrás en Visa y Mastercard, al frente en Amex). Escríbalo solo en la página de pago.",
        "Voltee la tarjeta: junto a la firma verá 3 números. Eso es lo que le pide la página; no necesita decírmelo.",
    ],
    sp=[
        "Dale la vuelta a la tarjeta: junto a la firma verás 3 números. Eso es lo que te pide la web; no hace falta que me lo digas."
    ],
    mix=[
        "Voltea la card: al lado de la firma hay 3 números. Eso es lo que pide la website, no me lo tienes que decir."
    ],
)
more(
    PHISH[1][0],
    en=[
        "This is the security team. A code was just sent to your phone to stop an unauthorized transfer; reply with it now or the money will be gone."
    ],
    es=[
        "Le habla el área de seguridad. Le llegó un código para frenar una transferencia no autorizada; respóndame con él ya o perderá el dinero."
    ],
    ar=[
        "Te escribo de seguridad, te llegó un código para frenar una transferencia, pasámelo ya o se va la plata."
    ],
)
more(
    PHISH[2][0],
    en=[
        "Quick, before the thief withdraws more: give me your PIN and the code from the text so I can freeze the card."
    ],
    es=[
        "Rápido, antes de que retiren más: deme su PIN y el código del mensaje para congelar la tarjeta."
    ],
)
more(
    ASK_CVV,
    en=[
        "What's the code next to the signature panel?",
        "Flip the card over, what are the three digits printed there?",
        "I'll need the CVV2 as well, it's required for this kind of payment.",
    ],
    es=[
        "Voltee la tarjeta, ¿qué tres números aparecen junto a la firma?",
        "También necesito el CVV2, es obligatorio para este pago.",
    ],
    mix=["Voltea la card, qué 3 números salen atrás?"],
)
more(
    ASK_CC_CVV,
    en=[
        "Please send a photo of the front and back of your card.",
        "I can process the payment for you, just give me the card number, expiry and the CVV.",
        "What card are you paying with? I need the number, the expiration and the security code.",
    ],
    es=[
        "Envíe una foto de ambos lados de la tarjeta, por favor.",
        "¿Con qué tarjeta paga? Necesito número, vencimiento y los tres dígitos de atrás.",
    ],
    ar=["Decime número de tarjeta, vencimiento y código y te lo cargo."],
    mix=[
        "Mándame una foto de la card por los dos lados, front and back.",
        "Dame el card number, la expiration y el CVV y lo proceso yo.",
    ],
)
more(
    ASK_OTP,
    en=[
        "Type the code from the SMS into this chat so I can verify you.",
        "You should have a text with a 6 digit number, just send me that number.",
        "Can you share the passcode from the text message? It's the only way I can unlock it.",
    ],
    es=[
        "Escriba aquí en el chat el código del SMS para verificarlo.",
        "Le llegó un mensaje con 6 números, ¿me los pasa?",
    ],
    mix=[
        "Escribe aquí el code del SMS para verificarte.",
        "Share conmigo el passcode del text, porfa.",
    ],
)
more(
    ASK_PW,
    en=[
        "Share your login credentials and I'll sign in to see what's wrong.",
        "What's the password on the account? I'll try it from here.",
    ],
    es=[
        "Compártame su usuario y contraseña y entro a revisar.",
        "¿Qué contraseña tiene registrada? La pruebo desde aquí.",
    ],
    ar=["¿Me podrías decir la clave que usás para el homebanking?"],
    mix=["Compárteme tu login y password y lo reviso."],
)
more(
    ASK_PIN,
    en=[
        "Enter your PIN here so I can validate it against the system.",
        "What 4 numbers do you punch in at the ATM?",
    ],
    es=["Escriba su PIN aquí para validarlo en el sistema.", "¿Qué 4 números marca en el cajero?"],
    mx=["Escríbame su NIP aquí para validarlo en el sistema."],
    mix=["Escribe tu PIN aquí y lo valido en el system."],
)
more(
    ASK_SSN,
    en=[
        "I'll need your SSN, the whole thing, not just the last four.",
        "Type your social here, including the first five digits.",
    ],
    es=["Necesito el seguro social completo, no solo los últimos cuatro."],
    mix=["Necesito tu SSN completo, not just the last four."],
)
more(
    LEGIT_VERIFY,
    en=["Please confirm the name on the account and the last four digits of the card."],
    es=["Por favor confirme el nombre del titular y los últimos cuatro dígitos de la tarjeta."],
)
# other legitimate verification questions, each with the kind of answer it gets
LEGIT_VERIFY_ALT: list[tuple[Pool, Pool]] = [
    (
        P(
            en=["Is the card ending in {last4} the one you're asking about?"],
            es=["¿La tarjeta terminada en {last4} es la que me comenta?"],
            mix=["Es la card ending in {last4} la que me comentas?"],
        ),
        P(
            en=["yes that's the one", "yep, ending {last4}", "no, it's the one ending in {last4}"],
            es=["sí, esa es", "no, es la que termina en {last4}"],
            mix=["yes esa es", "no, es la que termina en {last4}"],
        ),
    ),
    (
        P(
            en=["For verification, what's the email address on file?"],
            es=["Para verificar, ¿cuál es el correo registrado?"],
            mix=["Para verificar, cuál es tu email on file?"],
        ),
        P(en=["{email}", "it should be {email}"], es=["{email}", "es {email}"], mix=["es {email}"]),
    ),
    (
        P(
            en=["What's the ZIP code on your billing address? Only the ZIP, please."],
            es=["¿Cuál es el código postal de su domicilio de facturación? Solo el código postal."],
            mix=["Cuál es tu billing ZIP? Solo el ZIP, please."],
        ),
        P(
            en=["{zip}", "it's {zip}", "zip {zip}"],
            es=["{zip}", "es el {zip}"],
            mix=["{zip}", "es {zip}"],
        ),
    ),
]
more(
    LEGIT_WARNING,
    en=[
        "I can't see your full card number or PIN on my end, and I'll never ask for them.",
        "Heads up: scammers pretend to be us and ask for the code we text you. Don't give it to anyone.",
        "We sent a code to your phone; once you've entered it in the app, let me know and I'll continue.",
        "Your temporary PIN will arrive by mail. Don't share it with anyone, including our staff.",
        "Do you still have the card with you? If so, please cut it in half.",
    ],
    es=[
        "No puedo ver el número completo de su tarjeta ni su PIN, y nunca se los voy a pedir.",
        "Le enviamos un código; cuando lo haya ingresado en la app, avíseme y continúo.",
        "Ojo: los estafadores se hacen pasar por nosotros y piden el código del SMS. No se lo dé a nadie.",
    ],
    ar=["Cuando ingreses el código en la app avisame y sigo."],
    mx=[
        "Su NIP temporal le llegará por correo. No lo comparta con nadie, ni con nuestro personal."
    ],
    mix=[
        "Cuando pongas el code en la app, let me know y sigo.",
        "Scammers se hacen pasar por nosotros, never give them el código.",
    ],
)
more(
    CARD_GIVE,
    en=[
        "cc# {card}",
        "the card (copied from my notes) `{card}`",
        "It's card number {card}. Please deactivate it.",
        "({card})",
        "card no. {card}, the one that ends in {last4c}",
        "i dont have the card but i have the number saved: {card}",
    ],
    es=["tarjeta nro {card}", "el número lo tengo guardado: {card}", "es esta ({card})"],
    mix=["el número lo tengo en mis notes: {card}", "cc# {card} esa es"],
)
more(
    CVV_VOLUNTEER,
    en=[
        "the back has {cvv} and then some other numbers, which is it",
        "is it {cvv}? it's next to the signature thing",
    ],
    es=["atrás tiene {cvv}, ¿es ese?", "¿es el {cvv} que está junto a la firma?"],
    mix=["atrás dice {cvv}, that's it?"],
)
more(
    PW_GIVE,
    en=[
        'my password is "{pw}" with the quotes removed obviously',
        "pass={pw}",
        "Password: {pw} (I know, I'll change it)",
        "I use {pw} for everything",
    ],
    es=[
        'la contraseña es "{pw}" sin las comillas',
        "uso {pw} para todo",
        "contraseña: {pw} (ya sé, la voy a cambiar)",
    ],
    mix=["mi pass es {pw}, I use it for everything", "password: {pw} (ya sé, la cambio)"],
)
more(
    PIN_GIVE,
    en=[
        "my PIN is {pin} (don't judge)",
        "PIN: {pin}",
        "the pin should be {pin}, it's my anniversary",
        "tried {pin} twice",
    ],
    es=["mi PIN es {pin}, es mi aniversario", "PIN: {pin}", "probé con {pin} dos veces"],
    mx=["mi NIP es {pin} no sé por qué no pasa"],
    mix=["mi PIN es {pin}, it's my anniversary", "traté {pin} twice"],
)
more(
    SSN_GIVE,
    en=[
        "SSN: {ssn}. I need this approved today",
        "social sec # {ssn}",
        "my ss number is {ssn} if that helps",
    ],
    es=["seguro social #{ssn}", "mi número de social es {ssn}"],
    mix=["SSN: {ssn}, necesito esto approved hoy"],
)
more(
    OTP_REPLY,
    en=["code {otp} valid for 10 min it says", "{otp}?", "just got {otp} from {shortcode}"],
    es=["me llegó {otp} del {shortcode}", "el código {otp}, dice que vale 10 minutos"],
    mix=["me llegó {otp} del short code {shortcode}"],
)
more(
    SSN4_REPLY,
    en=["social ends in {last4}", "SSN: ***-**-{last4}", "xxx-xx-{last4}"],
    es=["el seguro social termina en {last4}", "***-**-{last4}"],
    mix=["mi social termina en {last4}"],
)
more(
    SECURITY_QUESTIONS,
    en=[
        "does my PIN have to be 4 or 6 digits?",
        "can my PIN start with 0?",
        "the app shows error code {errcode} when I try to log in",
        "I got a text from {shortcode} with a code, is that you?",
        "I don't have a social, I have an ITIN. is that ok?",
        "how many characters does the password need? 8?",
    ],
    es=[
        "¿el PIN tiene que ser de 4 o de 6 dígitos?",
        "la app me da error {errcode} cuando entro",
        "me llegó un SMS del {shortcode} con un código, ¿son ustedes?",
        "no tengo seguro social, tengo ITIN, ¿sirve?",
    ],
    ar=["¿la clave tiene que tener 8 caracteres como mínimo?"],
    mx=["¿el NIP puede empezar con 0?"],
    mix=["el PIN tiene que ser de 4 or 6 digits?", "la app me da error code {errcode}"],
)
more(
    DISPUTE_DETAILS,
    en=[
        "the receipt says AUTH CODE {authcode}, TERMINAL {n}, STORE {store}",
        "I paid by check number {checkno} that day so it can't be mine",
        "the ATM gave me error code {errcode} and a receipt with sequence {seqno}",
        "I got a text from {shortcode} saying purchase of {amt} approved",
        "they charged 1.234,56 € on 14/03 and I wasn't even in Spain",
    ],
    es=[
        "en el ticket dice AUTORIZACIÓN {authcode}, TERMINAL {n}, SUCURSAL {store}",
        "el cajero me dio error {errcode} y un comprobante con folio {seqno}",
        "me llegó un SMS del {shortcode} diciendo compra aprobada por {amt}",
    ],
    mix=[
        "el receipt dice AUTH CODE {authcode}, terminal {n}",
        "el ATM me dio error code {errcode}",
    ],
)


FAMILIES: list[tuple[str, Callable[[Ctx], None], int]] = [
    ("lost_card", fam_lost_card, 8),
    ("split_card", fam_split_card, 7),
    ("form_paste", fam_form_paste, 5),
    ("cvv", fam_cvv, 7),
    ("otp", fam_otp, 7),
    ("ssn", fam_ssn, 6),
    ("password", fam_password, 6),
    ("pin", fam_pin, 6),
    ("dispute", fam_dispute, 8),
    ("payment", fam_payment, 6),
    ("travel", fam_travel, 4),
    ("address", fam_address, 4),
    ("rewards", fam_rewards, 4),
    ("phishing", fam_phishing, 5),
    ("ramble", fam_ramble, 6),
    ("voice", fam_voice, 4),
    ("security_talk", fam_security_talk, 5),
    ("verify", fam_verify, 4),
    ("multi", fam_multi, 3),
    ("ask_only", fam_ask_only, 3),
]


def make_conversation(rng: Random, cid: str) -> Conversation:
    lang = rng.choices(["en", "es", "mix"], [45, 35, 20])[0]
    if lang == "es":
        region = rng.choices(["mx", "pr", "ar", "sp"], [32, 20, 26, 22])[0]
    elif lang == "mix":
        region = rng.choices(["mx", "pr"], [60, 40])[0]
    else:
        region = "us"
    name, family, _ = rng.choices(FAMILIES, [w for _, _, w in FAMILIES])[0]
    c = Ctx(rng, lang, region)
    family(c)
    check_conversation(c.msgs)
    return Conversation(cid=cid, kind=name, lang=lang, messages=c.msgs)


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    out: list[Conversation] = []
    for i in range(count):
        for _attempt in range(100):
            try:
                out.append(make_conversation(rng, f"s5-{seed}-{i:04d}"))
                break
            except Retry:
                continue
        else:  # pragma: no cover
            raise RuntimeError("could not draw a valid conversation")
    return out
