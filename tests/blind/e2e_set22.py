# ruff: noqa: E501
"""Blind end-to-end set 22: young customers, heavy slang, gig workers and small online sellers.

Theme: customers aged 16-28 on a card issuer's chat (a first debit card, a secured card, a
student card) and gig workers / small online sellers (delivery drivers, rideshare, marketplace
resellers, streamers) who write the way they text: no capitals or all of them, no punctuation
or all of it, slang and abbreviations (fr, ngl, istg, lowkey, bruh, pls, rn, tbh, idk, wya),
emoji and emoticons everywhere (also glued right after a value, or between the groups of a
card), repeated letters ("pleaseeee"), bursts of short messages, voice-to-text run-ons,
Spanglish and regional Spanish (Mexico, Puerto Rico, Dominican Republic, Colombia, Argentina,
Spain: wey, pana, mano, manito, parce, che, tío). Secrets are told to the agent, sent to a
friend by mistake ("wrong chat"), pasted from a notes app or from a screenshot's text,
corrected ("wait no its 4417"), glued to their keyword ("cvv456", "pin:1234") or typed as a
card split over two or three messages (those parts carry `split_part=True`).

About a third of the conversations hold no secret at all but plenty of look-alikes this crowd
types: payouts and payout ids, app handles and gamer tags with digits, $cashtags, tracking and
marketplace order numbers, phone numbers, promo codes, "last 4 is 8812", times ("@ 10:45"),
scores, years, ZIP codes, masked numbers ("**** 1234") and Luhn-invalid long references.
Agents (some casual, some by the book) mostly ask legitimate things (last four, ZIP, name,
date of birth, address, order or payout id); a minority ask for forbidden secrets, some of
them in slang ("send me the 3 digits on the back real quick").

Written blind: its author read only lines 1-85 of tests/blind/e2e_set.py (the shared schema:
Label, Message, Conversation and the type names), tests/blind/evaluate_e2e.py (the scorer)
and the [tool.ruff] section of pyproject.toml, and never guard's code, rules, README,
benchmarks or the other blind sets.

`generate(seed)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, Conversation, Label, Message

# --------------------------------------------------------------------------------------
# Secret values and how they are typed
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class S:
    """A secret value to drop into a template slot: it becomes a label."""

    type: str
    text: str
    keep: int = 0
    split: bool = False


DIGITS = "0123456789"
SLOT_RE = re.compile(r"\{(\w+)\}")
RUN_RE = re.compile(r"\d(?:[\d \-./]*\d)?")

# fmt: off
# brand, prefixes (a "lo-hi" range picks a number inside it), lengths, weight
BRANDS: list[tuple[str, tuple[str, ...], tuple[int, ...], int]] = [
    ("visa", ("4",), (16, 16, 16, 16, 16, 13, 19), 30),
    ("mastercard", ("51", "52", "53", "54", "55", "2221-2720", "2221-2720"), (16,), 22),
    ("amex", ("34", "37"), (15,), 10),
    ("discover", ("6011", "644-649", "65"), (16, 16, 16, 19), 8),
    ("jcb", ("3528-3589",), (16, 16, 19), 6),
    ("diners", ("36", "38", "300-305"), (14,), 6),
    ("unionpay", ("62", "6212", "6250", "6282"), (16, 16, 17, 18, 19), 8),
    ("maestro", ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"), (16, 19, 19), 6),
]

GROUPS: dict[int, list[list[int]]] = {
    13: [[4, 4, 5], [4, 3, 3, 3]],
    14: [[4, 6, 4]],
    15: [[4, 6, 5]],
    16: [[4, 4, 4, 4]],
    17: [[4, 4, 4, 5]],
    18: [[4, 4, 4, 6], [6, 12]],
    19: [[4, 4, 4, 4, 3], [4, 4, 4, 7]],
}

EMOJI = [
    "😭", "💀", "🙏", "🔥", "😂", "🤣", "😩", "😤", "🥲", "😅", "👀", "✨", "💯", "🤡", "😬",
    "🫠", "🙄", "❤️", "🥺", "😳", "🤦‍♀️", "🤦🏽‍♂️", "😡", "🙃", "👍", "🤞", "😮‍💨", "💔", "🫶",
    "😎", "🤷‍♂️", "🤷🏻‍♀️", "😵‍💫", "🙌", "😒", "🥴", "🤑", "💸", "🚗", "📦",
]
EMOTICONS = [":)", ":(", "xD", "XD", ":/", "<3", "^^", ":p", ";)", "-_-", ":')", "T_T", ":D", "uwu", "D:", ":c"]
TAILS_EN = ["lol", "lmao", "lmaoo", "pls", "plsss", "fr", "ngl", "tbh", "rn", "bruh", "idk", "istg", "smh", "asap", "ty"]
TAILS_ES = ["jaja", "jajaja", "jsjs", "porfa", "xfa", "plis", "ya", "jeje", "ayuda", "ntp", "xd", "alv"]

NAMES_EN = [
    "jay", "Kayla", "marcus", "Destiny", "tyler", "Jasmine", "aaliyah", "Brandon", "mia", "Devon",
    "Zoe", "jordan", "Trey", "Makayla", "deshawn", "Bri", "Ethan", "kenzie", "Tay", "Malik",
    "Hailey", "Jaylen", "nevaeh", "Caleb", "Skylar",
]
NAMES_ES = [
    "Valentina", "santi", "Camila", "Mateo", "luisa", "Andrés", "Yamilet", "keyla", "Yadiel",
    "Brayan", "dayana", "Jhon", "Nico", "sofi", "Lucía", "Pablo", "Ximena", "emiliano", "Yeimy",
    "Yandel", "Maripili", "Joel", "Agus", "Rocío", "Cami", "Dariel", "Génesis", "Kevin", "Alexa",
]
AGENTS = [
    "Ashley", "Carlos", "Mike", "Brianna", "Daniela", "Kevin", "Ana", "Luis", "Taylor", "Rosa",
    "Jordan", "Marisol", "Derek", "Paola", "Sam", "Gaby",
]
STORES = [
    "Shein", "Target", "7-Eleven", "Walmart", "Starbucks", "the gas station", "McDonald's",
    "Amazon", "Steam", "PlayStation Store", "Apple.com/bill", "Spotify", "Nike", "Chipotle",
    "Sephora", "Wingstop", "Taco Bell", "Foot Locker", "GameStop", "Temu", "Zara", "Oxxo",
    "Mercadona", "Éxito", "Coto", "Shell", "Chevron", "Walgreens", "Uber Eats", "Cinemark",
]
GIG_APPS = [
    "DoorDash", "Uber Eats", "Uber", "Lyft", "Instacart", "Rappi", "DiDi", "Glovo", "Cabify",
    "Shipt", "Grubhub", "Spark", "Amazon Flex", "Roadie", "Gopuff", "Veho",
]
MARKETS = [
    "eBay", "Depop", "Poshmark", "Etsy", "Mercari", "Mercado Libre", "Wallapop", "Vinted",
    "TikTok Shop", "Whatnot", "StockX", "FB Marketplace", "OfferUp", "GOAT",
]
STREAMS = ["Twitch", "Kick", "YouTube", "TikTok live"]
GAMES = [
    "Fortnite", "Valorant", "Roblox", "FIFA", "2K", "Genshin", "CoD", "Apex", "Free Fire",
    "Minecraft", "League", "Clash Royale", "Rocket League",
]
CITIES = ["Miami", "the Bronx", "Houston", "Bayamón", "Santo Domingo", "Medellín", "CDMX", "Rosario", "Madrid", "Orlando", "Chicago", "Paterson"]
PW_WORDS = [
    "mariposa", "goku", "kobe", "bellaluna", "bunny", "princesa", "dragon", "messi", "selena",
    "pikachu", "naruto", "boricua", "tigre", "gatito", "cuervo", "lobito", "sunflower",
    "honeybee", "skater", "ghost", "sniper", "vaquero", "dembow", "perreo", "kitty", "shrek",
    "cookie", "lakers", "jordan", "azul", "estrellita", "panda", "tokyo", "luna", "caramelo",
    "chispa", "yeezy", "kuromi", "sanrio", "barbie", "bichota", "anuel", "quisqueya", "tango",
    "cumbia", "pollito", "nala", "simba", "oreo", "mango",
]

# Region flavour: how people say "bro", "hi", "wow", money and PIN.
REGIONS: dict[str, dict[str, list[str]]] = {
    "us": {
        "bro": ["bro", "bruh", "dude", "fam", "man", "sis", "girl"],
        "hi": ["hi", "hey", "yo", "hii", "heyyy", "hello", "helloo", "sup"],
        "wow": ["ngl", "fr", "istg", "bruh", "omg", "lowkey", "deadass", "no cap", "tbh", "smh"],
        "money": ["money", "bread", "cash", "bucks"],
        "pinword": ["pin", "PIN", "pin #", "pin number"],
    },
    "mx": {
        "bro": ["wey", "güey", "carnal", "compa", "bro", "we"],
        "hi": ["qué onda", "quiubo", "holaa", "hola", "buenas"],
        "wow": ["no manches", "neta", "órale", "ay wey", "qué pedo", "no mames"],
        "money": ["varo", "lana", "feria"],
        "pinword": ["NIP", "nip", "pin"],
    },
    "pr": {
        "bro": ["pana", "mano", "brother", "bro", "papi", "mami"],
        "hi": ["saludos", "wepa", "hola", "buenas", "dime"],
        "wow": ["diache", "ay bendito", "brutal", "qué revolú", "wepa", "chacho"],
        "money": ["chavos", "pesos", "dinero"],
        "pinword": ["pin", "PIN", "número pin"],
    },
    "do": {
        "bro": ["manito", "loco", "mi pana", "tiguere", "mi hermano", "bro"],
        "hi": ["klk", "dime a ver", "saludo", "hola", "buenas"],
        "wow": ["diablo", "qué vaina", "tato", "ta cabron", "mano"],
        "money": ["cuarto", "pesos", "chele"],
        "pinword": ["pin", "PIN", "clave"],
    },
    "co": {
        "bro": ["parce", "parcero", "llave", "mor", "bro"],
        "hi": ["quiubo", "qué más pues", "buenas", "hola", "holi"],
        "wow": ["uy no", "qué boleta", "juemadre", "qué pena", "ave maría"],
        "money": ["lucas", "plata", "billete"],
        "pinword": ["clave", "pin", "PIN"],
    },
    "ar": {
        "bro": ["che", "boludo", "amigo", "loco", "flaco", "amiga"],
        "hi": ["buenas", "hola che", "holis", "hola", "buen día"],
        "wow": ["posta", "re mal", "ni en pedo", "qué bajón", "me re jode", "un garrón"],
        "money": ["mangos", "guita", "plata"],
        "pinword": ["pin", "PIN", "clave"],
    },
    "es": {
        "bro": ["tío", "tía", "tronco", "colega", "bro", "chaval"],
        "hi": ["buenas", "hola", "ey", "holaa", "wenas"],
        "wow": ["flipo", "madre mía", "qué movida", "hostia", "qué fuerte", "en plan"],
        "money": ["pasta", "pavos", "euros"],
        "pinword": ["pin", "PIN", "número secreto"],
    },
}
REGION_SLOTS = ("bro", "hi", "wow", "money", "pinword")
ES_REGIONS = ("mx", "mx", "pr", "pr", "do", "co", "co", "ar", "es")
MIX_REGIONS = ("pr", "pr", "mx", "mx", "do", "do", "co")

# Clean slang chatter by region (no secret, no number unless harmless).
CHATTER: dict[str, list[str]] = {
    "us": [
        "bruh", "ngl this is stressing me out rn", "fr fr", "istg this app is so mid", "lowkey panicking",
        "wya 😭", "helloooo??", "pls help", "ok wait", "hold on", "idk what im doing tbh", "bro what",
        "this is so annoying", "im literally at work rn", "sorry im driving rn", "k", "ok bet",
        "deadass?", "nahhh", "yessss", "wait what", "hellooo anyone there", "my bad",
        "sorry if im typing weird im on break", "smh", "😭😭😭", "💀💀", "🙏🙏🙏",
    ],
    "mx": [
        "no manches wey ya me desesperé", "neta no entiendo nada", "ay wey", "órale", "nel",
        "simón", "qué pedo con esto", "ya me estresé bien cabrón", "chale", "porfaaa", "ok ok",
        "espérame tantito", "ahorita te digo", "😭😭", "qué oso",
    ],
    "pr": [
        "diache mano esto es un revolú", "ay bendito", "brutal", "wepa", "mano ayúdame",
        "estoy janguiando y no me pasa la tarjeta", "chacho", "qué corillo", "dímelo",
        "ok pana", "espérate", "😩😩", "al garete esto",
    ],
    "do": [
        "klk manito esa vaina no sirve", "tato", "diablo", "qué vaina", "dime a ver",
        "ta to", "un chin de paciencia", "mano espérate", "ok loco", "jevi", "😤",
    ],
    "co": [
        "parce qué boleta", "uy no qué pereza", "qué más pues", "ave maría", "listo parce",
        "me tiene mamado esto", "juemadre", "de una", "ya va", "qué pena con usted", "😅",
    ],
    "ar": [
        "che posta que no entiendo", "re mal esto boludo", "ni en pedo", "qué bajón", "dale",
        "bancame un toque", "un garrón", "ya fue", "listo", "me re jode", "😒",
    ],
    "es": [
        "tío flipo con esto", "madre mía qué movida", "vale", "en plan no entiendo nada",
        "qué fuerte", "hostia", "espera un momento", "mola", "qué rollo", "venga", "😩",
    ],
}
# fmt: on


# --------------------------------------------------------------------------------------
# How people type: casing, apostrophes, accents, repeated letters, typos
# --------------------------------------------------------------------------------------

ELONG_RE = re.compile(
    r"\b(please|pls|plz|hi|hey|bro|help|yes|no|ok|bruh|porfa|hola|ayuda|gracias|thanks|what|why|hello|wey|pana|dale|sis|girl|omg|ya|so|yo|sir|mano|parce|che|tío|tia)\b",
    re.IGNORECASE,
)
WORD_RE = re.compile(r"[A-Za-záéíóúñ]{5,}")


def strip_accents(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        dec = unicodedata.normalize("NFD", ch)
        if len(dec) > 1 and dec[0].isalpha():
            out.append("".join(c for c in dec if not "\u0300" <= c <= "\u036f"))
        else:
            out.append(ch)
    return "".join(out)


@dataclass
class Style:
    """What a writer does to the words around the values (never to the values)."""

    lower: bool = False
    upper: bool = False
    noapos: bool = False
    nodot: bool = False
    elong: bool = False
    burst: bool = False
    noaccent: bool = False
    noinv: bool = False
    typo: bool = False

    def apply(self, text: str, rng: Random) -> str:
        if not text:
            return text
        if self.noinv:
            text = text.replace("¿", "").replace("¡", "")
        if self.noaccent:
            text = strip_accents(text)
        if self.noapos:
            text = text.replace("'", "").replace("’", "")
        if self.lower:
            text = text.lower()
        elif self.upper:
            text = text.upper()
        if self.nodot:
            text = re.sub(r"(?<=[A-Za-záéíóúñ)])\.(?=\s|$)", "", text)
            text = text.replace(", ", " ")
        if self.burst:
            text = re.sub(r"\?+", lambda _m: "?" * rng.randint(2, 4), text)
            text = re.sub(r"!+", lambda _m: "!" * rng.randint(2, 4), text)
        if self.elong:
            text = ELONG_RE.sub(
                lambda m: (
                    m.group(0) + m.group(0)[-1] * rng.randint(2, 5)
                    if rng.random() < 0.6
                    else m.group(0)
                ),
                text,
            )
        if self.typo and rng.random() < 0.5:
            words = list(WORD_RE.finditer(text))
            if words:
                w = rng.choice(words)
                i = rng.randint(w.start() + 1, w.end() - 3)
                text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        return text


# --------------------------------------------------------------------------------------
# One conversation being written
# --------------------------------------------------------------------------------------

Pool = dict[str, list[str]] | list[str] | str


class Chat:
    """A conversation under construction: persona, value generators and the messages."""

    def __init__(self, rng: Random, lang: str, region: str) -> None:
        self.rng = rng
        self.lang = lang
        self.region = region
        if lang == "mix":
            self.agent_lang = rng.choice(("en", "es", "mix"))
        else:
            self.agent_lang = lang
        self.casual_agent = rng.random() < 0.5
        self.p_lower = rng.choice((0.97, 0.9, 0.75, 0.5, 0.2))
        self.p_upper = 0.08 if rng.random() < 0.25 else 0.0
        self.p_deco = rng.choice((0.15, 0.35, 0.6))
        spanish_name = lang != "en" or rng.random() < 0.3
        name = rng.choice(NAMES_ES if spanish_name else NAMES_EN)
        self.persona: dict[str, str] = {
            "name": name,
            "agent": rng.choice(AGENTS),
            "app": rng.choice(GIG_APPS),
            "market": rng.choice(MARKETS),
            "game": rng.choice(GAMES),
            "stream": rng.choice(STREAMS),
            "store": rng.choice(STORES),
            "city": rng.choice(CITIES),
        }
        self.persona["last4"] = self.digits(4)
        self.persona["phone"] = self.g_phone()
        self.persona["last4p"] = re.sub(r"\D", "", self.persona["phone"])[-4:]
        self.persona["handle"] = self.g_handle_new()
        self.persona["cashtag"] = self.g_cashtag_new()
        self.persona["email"] = self.g_email_new()
        self.persona["zip"] = self.g_zip()
        self.msgs: list[Message] = []

    # ---- choosing -------------------------------------------------------------------

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(DIGITS) for _ in range(n))

    def pick(self, pool: Pool, role: str) -> str:
        if isinstance(pool, str):
            return pool
        if isinstance(pool, list):
            return self.rng.choice(pool)
        lang = self.lang if role == "customer" else self.agent_lang
        if lang == "mix":
            if "mix" in pool and self.chance(0.6):
                return self.rng.choice(pool["mix"])
            lang = self.rng.choice(("en", "es"))
        return self.rng.choice(pool[lang])

    def resolve(self, name: str) -> str | S:
        if name in self.persona:
            return self.persona[name]
        if name in REGION_SLOTS:
            return self.rng.choice(REGIONS[self.region][name])
        base = name.rstrip("0123456789") or name
        maker = getattr(self, "g_" + base, None)
        if maker is not None:
            return maker()
        return g_extra(self, base)

    # ---- writing messages -----------------------------------------------------------

    def cust_style(self) -> Style:
        r = self.rng.random
        lower = r() < self.p_lower
        return Style(
            lower=lower,
            upper=not lower and r() < self.p_upper,
            noapos=r() < 0.75,
            nodot=r() < 0.7,
            elong=r() < 0.25,
            burst=r() < 0.25,
            noaccent=self.lang != "en" and r() < 0.5,
            noinv=r() < 0.85,
            typo=r() < 0.12,
        )

    def agent_style(self) -> Style:
        if not self.casual_agent:
            return Style()
        r = self.rng.random
        return Style(lower=r() < 0.35, noapos=r() < 0.3, nodot=r() < 0.3, noinv=r() < 0.3)

    def render(self, tpl: str, vals: dict[str, str | S], style: Style) -> tuple[str, list[Label]]:
        pieces = SLOT_RE.split(tpl)
        cache: dict[str, str | S] = dict(vals)
        text = ""
        labels: list[Label] = []
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                text += style.apply(piece, self.rng)
                continue
            if piece not in cache:
                cache[piece] = self.resolve(piece)
            value = cache[piece]
            if isinstance(value, S):
                labels.append(
                    Label(
                        value.type, len(text), len(text) + len(value.text), value.keep, value.split
                    )
                )
                text += value.text
            else:
                text += value
        return text, labels

    def decorate(self, text: str, labels: list[Label]) -> str:
        r = self.rng
        ends_in_secret = bool(labels) and labels[-1].end == len(text)
        roll = r.random()
        if roll < 0.55:
            emo = r.choice(EMOJI)
            deco = emo * r.choice((1, 1, 2, 3)) if r.random() < 0.6 else emo + r.choice(EMOJI)
            sep = " " if ends_in_secret and labels[-1].type == PW else r.choice(("", " ", " "))
        elif roll < 0.75:
            deco, sep = r.choice(EMOTICONS), " "
        else:
            tails = (
                TAILS_EN
                if self.lang == "en" or (self.lang == "mix" and r.random() < 0.5)
                else TAILS_ES
            )
            deco, sep = r.choice(tails), " "
        return text + sep + deco

    def cust(
        self, pool: Pool, kind: str = "chatter", plain: bool = False, **vals: str | S
    ) -> Message:
        """A customer message; `plain` text is pasted (notes, screenshot) and keeps its form."""
        style = Style() if plain else self.cust_style()
        text, labels = self.render(self.pick(pool, "customer"), vals, style)
        if text and not plain and self.chance(self.p_deco):
            text = self.decorate(text, labels)
        msg = Message("customer", text, labels, frozenset(), kind)
        self.msgs.append(msg)
        return msg

    def agent(
        self, pool: Pool, kind: str = "info", requested: tuple[str, ...] = (), **vals: str | S
    ) -> Message:
        text, labels = self.render(self.pick(pool, "agent"), vals, self.agent_style())
        if self.casual_agent and not labels and self.chance(0.12):
            text += " " + self.rng.choice(("🙂", "😊", "👍", "🙏", ":)", "😅", "🫡"))
        msg = Message("agent", text, labels, frozenset(requested), kind)
        self.msgs.append(msg)
        return msg

    # ---- secrets --------------------------------------------------------------------

    def card(self, brand: str | None = None) -> tuple[str, str]:
        rows = [b for b in BRANDS if brand is None or b[0] == brand]
        name, prefixes, lengths, _w = self.rng.choices(rows, weights=[b[3] for b in rows])[0]
        prefix = self.rng.choice(prefixes)
        if "-" in prefix:
            lo, hi = prefix.split("-")
            prefix = str(self.rng.randint(int(lo), int(hi)))
        length = self.rng.choice(lengths)
        body = prefix + self.digits(length - len(prefix) - 1)
        digits = body + luhn.calc_check_digit(body)
        self.persona["last4"] = digits[-4:]
        self.persona["brand"] = name
        return name, digits

    def card_groups(self, digits: str) -> list[str]:
        sizes = self.rng.choice(GROUPS[len(digits)])
        out, at = [], 0
        for size in sizes:
            out.append(digits[at : at + size])
            at += size
        return out

    def card_sep(self) -> str:
        return self.rng.choices(
            ("space", "dash", "none", "dot", "mixed", "double", "emoji"),
            weights=(42, 16, 22, 5, 6, 4, 5),
        )[0]

    def join_groups(self, groups: list[str], sep: str, allow_emoji: bool = True) -> str:
        if sep == "none":
            return "".join(groups)
        if sep == "emoji" and not allow_emoji:
            sep = "space"
        gaps = []
        for _ in groups[1:]:
            if sep == "space":
                gaps.append(" ")
            elif sep == "dash":
                gaps.append("-")
            elif sep == "dot":
                gaps.append(".")
            elif sep == "double":
                gaps.append("  ")
            elif sep == "mixed":
                gaps.append(self.rng.choice((" ", "-", " - ", ".", "  ", "/")))
            else:
                gaps.append(" ")
        if sep == "emoji" and gaps:
            i = self.rng.randrange(len(gaps))
            emo = self.rng.choice(("😭", "💀", "🙏", "🥲", "😩", "👀", "🔥"))
            gaps[i] = self.rng.choice((f" {emo} ", emo, f" {emo}"))
        out = groups[0]
        for gap, group in zip(gaps, groups[1:], strict=True):
            out += gap + group
        return out

    def card_value(self, digits: str) -> S:
        return S(CC, self.join_groups(self.card_groups(digits), self.card_sep()), keep=4)

    def card_parts(self, digits: str) -> list[S]:
        """The card typed over two or three messages, cut at group boundaries."""
        groups = self.card_groups(digits)
        if len(groups) < 3:
            groups = [digits[:4], digits[4:8], digits[8:]] if len(digits) > 12 else groups
        sep = self.card_sep()
        while True:
            k = 3 if len(groups) >= 3 and self.chance(0.3) else 2
            cuts = sorted(self.rng.sample(range(1, len(groups)), k - 1))
            bounds = [0, *cuts, len(groups)]
            parts = [groups[a:b] for a, b in pairwise(bounds)]
            if len("".join(parts[-1])) >= 4:
                break
        texts = [self.join_groups(p, sep, allow_emoji=False) for p in parts]
        return [
            S(CC, t, keep=4 if i == len(texts) - 1 else 0, split=True) for i, t in enumerate(texts)
        ]

    def cvv(self, brand: str = "") -> S:
        return S(CVV, self.digits(4 if brand == "amex" else 3))

    def ssn(self) -> S:
        area = self.rng.randint(1, 899)
        while area == 666:
            area = self.rng.randint(1, 899)
        a, g, s = (
            f"{area:03d}",
            f"{self.rng.randint(1, 99):02d}",
            f"{self.rng.randint(1, 9999):04d}",
        )
        sep = self.rng.choices(("-", " ", "", ".", "mix"), weights=(55, 18, 18, 4, 5))[0]
        if sep == "mix":
            return S(SSN, f"{a}-{g} {s}", keep=4)
        return S(SSN, f"{a}{sep}{g}{sep}{s}", keep=4)

    def otp(self) -> S:
        n = self.rng.choices((6, 4, 5, 7, 8), weights=(70, 10, 5, 5, 10))[0]
        code = self.digits(n)
        form = self.rng.random()
        if n == 6 and form < 0.2:
            code = f"{code[:3]} {code[3:]}"
        elif n == 6 and form < 0.28:
            code = f"{code[:3]}-{code[3:]}"
        elif n == 8 and form < 0.3:
            code = f"{code[:4]} {code[4:]}"
        return S(OTP, code)

    def pin(self, n: int = 0) -> S:
        return S(PIN, self.digits(n or self.rng.choices((4, 6), weights=(85, 15))[0]))

    def pw(self) -> S:
        r = self.rng
        w = r.choice(PW_WORDS)
        w2 = r.choice(PW_WORDS)
        yy = str(r.randint(1998, 2010))
        sym = r.choice("!@#$*&_")
        form = r.randint(0, 9)
        if form == 0:
            text = f"{w.capitalize()}{yy}{sym}"
        elif form == 1:
            text = f"{w}{self.digits(r.randint(2, 4))}"
        elif form == 2:
            text = f"xX{w.capitalize()}Xx{self.digits(2)}"
        elif form == 3:
            text = f"{w.capitalize()}_{w2}{self.digits(2)}"
        elif form == 4:
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            text = f"{leet.capitalize()}{sym}{self.digits(2)}"
        elif form == 5:
            text = f"{w}.{yy}"
        elif form == 6:
            text = f"{w.capitalize()}{sym}{w2.capitalize()}{r.randint(1, 99)}"
        elif form == 7:
            text = f"{w}{w2}{yy[-2:]}"
        elif form == 8:
            text = f"{w.upper()}{r.randint(1, 9)}{sym}{r.randint(10, 99)}"
        else:
            text = f"{w}4ever{sym}"
        return S(PW, text)

    def swap_digits(self, value: S) -> S:
        """The same secret retyped after a mistake (two digits swapped, or a new one)."""
        d = [i for i, ch in enumerate(value.text) if ch.isdigit()]
        chars = list(value.text)
        i = self.rng.randrange(len(d) - 1)
        a, b = d[i], d[i + 1]
        if chars[a] == chars[b]:
            chars[b] = str((int(chars[b]) + 1) % 10)
        else:
            chars[a], chars[b] = chars[b], chars[a]
        return S(value.type, "".join(chars), value.keep)

    # fmt: off
    # ---- look-alikes ----------------------------------------------------------------

    def bad_luhn(self, n: int, prefix: str = "") -> str:
        body = prefix + self.digits(n - len(prefix))
        if luhn.is_valid(body):
            body = body[:-1] + str((int(body[-1]) + 1) % 10)
        return body

    def g_e(self) -> str:
        return self.rng.choice(EMOJI)

    def g_emo(self) -> str:
        return self.rng.choice(EMOTICONS)

    def g_amt(self) -> str:
        r = self.rng
        reg = self.region if not (self.lang == "mix" and r.random() < 0.6) else "us"
        if reg in ("us", "pr"):
            return r.choice(
                (
                    f"${r.randint(5, 400)}",
                    f"${r.randint(5, 400)}.{r.randint(0, 99):02d}",
                    f"${r.randint(1, 3)},{r.randint(0, 999):03d}.{r.randint(0, 99):02d}",
                    f"{r.randint(10, 300)} bucks",
                    f"$ {r.randint(10, 900)}",
                    f"{r.randint(10, 300)}$",
                    f"${r.randint(20, 90)}.{r.randint(0, 99):02d}",
                    f"${r.randint(100, 999)}",
                )
            )
        if reg == "mx":
            return r.choice((f"${r.randint(50, 3000)} pesos", f"{r.randint(100, 900)} varos", f"${r.randint(1, 9)},{r.randint(0, 999):03d} mxn", f"${r.randint(80, 999)}"))
        if reg == "do":
            return r.choice((f"RD${r.randint(200, 9000)}", f"{r.randint(500, 5000)} pesos", f"RD$ {r.randint(1, 9)},{r.randint(0, 999):03d}"))
        if reg == "co":
            return r.choice((f"${r.randint(10, 500)}.000", f"{r.randint(10, 200)} lucas", f"${r.randint(10, 99)}.{r.randint(0, 9)}00 COP"))
        if reg == "ar":
            return r.choice((f"${r.randint(2, 90)}.{r.randint(0, 999):03d}", f"{r.randint(5, 80)} lucas", f"{r.randint(1000, 30000)} mangos"))
        return r.choice((f"{r.randint(5, 300)}€", f"{r.randint(5, 99)},{r.randint(0, 99):02d} €", f"{r.randint(10, 200)} pavos"))

    def g_zip(self) -> str:
        r = self.rng
        if self.region == "pr":
            return r.choice(("00907", "00926", "00725", "00961", "00680", "00729", "00959"))
        if self.region == "mx":
            return f"{r.randint(1, 16):02d}{r.randint(0, 999):03d}"
        if self.region == "es":
            return f"{r.randint(1, 50):02d}{r.randint(0, 999):03d}"
        if self.region == "co":
            return f"{r.choice(('11', '05', '76', '08'))}{r.randint(0, 9999):04d}"
        if self.region == "ar":
            return r.choice(("C1425", "C1405", "B1642", "S2000", "X5000")) + r.choice(("", "ABC", "DFG"))
        return r.choice(("33101", "10032", "60623", "90022", "78501", "77036", "11368", "07087", "02128", "85035", "33012", "95112", "10458", "32822", "07501"))

    def g_phone(self) -> str:
        r = self.rng
        last = self.digits(4)
        reg = self.region
        if reg == "pr":
            area = r.choice(("787", "939"))
        elif reg == "do":
            area = r.choice(("809", "829", "849"))
        else:
            area = r.choice(("305", "718", "347", "713", "312", "213", "956", "407", "201", "646"))
        if reg == "mx":
            return r.choice((f"55 {self.digits(4)} {last}", f"+52 33 {self.digits(4)} {last}", f"81-{self.digits(4)}-{last}"))
        if reg == "co":
            return r.choice((f"300 555 {last}", f"+57 310 555 {last}", f"315-555-{last}"))
        if reg == "ar":
            return r.choice((f"11 5555-{last}", f"+54 11 5555 {last}", f"341 555-{last}"))
        if reg == "es":
            return r.choice((f"612 55 {last[:2]} {last[2:]}", f"+34 655 50{last[0]} {last[1:]}", f"6{self.digits(2)} 555 {last[:3]}"))
        return r.choice((f"({area}) 555-{last}", f"{area}-555-{last}", f"{area}555{last}", f"+1 {area} 555 {last}", f"{area}.555.{last}"))

    def g_handle_new(self) -> str:
        r = self.rng
        base = r.choice(("lil.marcos", "jaydee_", "kayla.x.", "yadiel", "brayan.", "its.valen", "dayanaa_", "santi.ok", "nico_", "the.real.trey", "cami.vibes", "keyla_", "shopbymia.", "thrift.w.jay", "kicks_by_dev", "vintage.yami", "drip_by_brayan"))
        tail = r.choice((str(r.randint(1, 99)), str(r.randint(2000, 2009)), r.choice(("787", "809", "305", "718")), f"{r.randint(0, 9)}{r.randint(0, 9)}"))
        return "@" + base + tail

    def g_handle(self) -> str:
        return self.persona["handle"] if self.chance(0.6) else self.g_handle_new()

    def g_cashtag_new(self) -> str:
        r = self.rng
        return "$" + r.choice(("jaydee", "kaylam", "marcus", "yami", "brayanr", "dev", "santi", "keyla", "trey", "valen", "nicoo", "cami")) + r.choice((str(r.randint(2000, 2009)), str(r.randint(10, 99)), "", "x" + str(r.randint(1, 9))))

    def g_cashtag(self) -> str:
        return self.persona["cashtag"] if self.chance(0.6) else self.g_cashtag_new()

    def g_email_new(self) -> str:
        r = self.rng
        user = r.choice(("kayla", "marcus.j", "yadiel", "valen", "brayan", "dayana", "jay", "trey", "keyla", "santi")) + str(r.randint(1, 2009))
        return user + r.choice(("@gmail.com", "@icloud.com", "@hotmail.com", "@yahoo.com", "@outlook.es"))

    def g_order(self) -> str:
        r = self.rng
        form = r.randint(0, 8)
        if form == 0:  # amazon-ish 3-7-7, never Luhn-valid
            d = self.bad_luhn(17, "11" + str(r.randint(1, 4)))
            return f"{d[:3]}-{d[3:10]}-{d[10:]}"
        if form == 1:  # ebay-ish
            return f"{r.randint(10, 27)}-{self.digits(5)}-{self.digits(5)}"
        if form == 2:  # etsy-ish
            return str(r.randint(3000000000, 3499999999))
        if form == 3:  # mercado libre-ish, 16 digits, never Luhn-valid
            return "#" + self.bad_luhn(16, "20000")
        if form == 4:
            return "#" + r.choice(("P", "D", "V")) + "-" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if form == 5:  # tiktok-shop-ish 18 digits
            return self.bad_luhn(18, "5764")
        if form == 6:
            return "GSU" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
        if form == 7:
            return f"#{r.randint(1000, 99999)}"
        d = self.bad_luhn(16)
        return f"{d[:8]}-{d[8:]}"

    def g_track(self) -> str:
        r = self.rng
        form = r.randint(0, 5)
        if form == 0:
            d = "9400" + self.digits(18)
            return " ".join(d[i : i + 4] for i in range(0, 22, 4))
        if form == 1:
            return "92" + self.digits(24)
        if form == 2:
            return "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
        if form == 3:
            return f"{r.randint(7000, 7999)} {self.digits(4)} {self.digits(4)}"
        if form == 4:
            return "LP" + self.bad_luhn(14) + r.choice(("CN", "MX", "ES"))
        return self.digits(10)

    def g_case(self) -> str:
        r = self.rng
        return r.choice((f"CS-{r.randint(2023, 2025)}-{self.digits(5)}", f"0{self.digits(7)}", str(r.randint(10000, 99999)), f"T-{self.digits(6)}", f"{r.randint(10, 99)}-{self.digits(6)}"))

    def g_conf(self) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(self.rng.choice((6, 7, 8))))

    def g_payout(self) -> str:
        r = self.rng
        form = r.randint(0, 4)
        if form == 0:
            return f"PO-{self.digits(8)}"
        if form == 1:
            return "po_1" + "".join(r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(14))
        if form == 2:
            return f"TRX-{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{self.digits(4)}"
        if form == 3:
            return self.bad_luhn(13, "2024")
        return f"{r.choice(('DD', 'UB', 'IC', 'LY'))}{self.digits(9)}"

    def g_ref(self) -> str:
        n = self.rng.choice((16, 16, 16, 15, 18, 19))
        d = self.bad_luhn(n, self.rng.choice(("", "7", "88", "0", "4")))
        if self.chance(0.6) and n == 16:
            return " ".join(d[i : i + 4] for i in range(0, 16, 4))
        return d

    def g_masked(self) -> str:
        l4 = self.persona["last4"]
        return self.rng.choice((f"**** {l4}", f"•••• {l4}", f"xxxx-xxxx-xxxx-{l4}", f"************{l4}", f"XXXX XXXX XXXX {l4}", f"...{l4}", f"*{l4}", f"ending {l4}"))

    def g_date(self) -> str:
        r = self.rng
        m, d = r.randint(1, 12), r.randint(1, 28)
        if self.lang == "es" or (self.lang == "mix" and r.random() < 0.4):
            meses = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre")
            return r.choice((f"{d} de {meses[m - 1]}", f"{d}/{m}", f"{d:02d}/{m:02d}/{r.randint(2023, 2025)}", f"{d} de {meses[m - 1]}"))
        months = ("jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov", "dec")
        return r.choice((f"{m}/{d}", f"{months[m - 1]} {d}", f"{m:02d}/{d:02d}/{r.randint(2023, 2025)}", "last friday", "yesterday", f"the {d}th", f"{r.randint(2023, 2025)}-{m:02d}-{d:02d}"))

    def g_time(self) -> str:
        r = self.rng
        h, mi = r.randint(1, 12), r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
        return r.choice((f"{h}:{mi:02d}", f"{h}:{mi:02d}pm", f"{h}pm", f"{h}:{mi:02d} am", f"{r.randint(13, 23)}:{mi:02d}", f"{h}:{mi:02d}a.m."))

    def g_dob(self) -> str:
        r = self.rng
        y, m, d = r.randint(1997, 2009), r.randint(1, 12), r.randint(1, 28)
        if self.lang == "es":
            return r.choice((f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}-{m}-{y}"))
        return r.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{m}-{d}-{y}", f"{('jan', 'feb', 'march', 'april', 'may', 'june', 'july', 'aug', 'sept', 'oct', 'nov', 'dec')[m - 1]} {d} {y}"))

    def g_year(self) -> str:
        return str(self.rng.randint(2015, 2026))

    def g_score(self) -> str:
        r = self.rng
        return r.choice((f"{r.randint(10, 35)}-{r.randint(3, 30)}", f"{r.randint(0, 5)}-{r.randint(0, 5)}", f"{r.randint(2, 40)} kills", f"{r.randint(900, 2400)} rr", f"{r.randint(80, 99)} ovr", f"{r.randint(1, 5)} to {r.randint(0, 4)}"))

    def g_tag(self) -> str:
        r = self.rng
        return r.choice((f"xX_Sn1per{self.digits(4)}_Xx", f"ghostrider_{r.randint(2, 9)}k{r.randint(1, 9)}", f"TTV_{r.choice(('Marcos', 'Yadi', 'Brayan', 'Keyla'))}{r.randint(1, 99):02d}", f"{r.choice(('kingdavid', 'lunaa', 'elbrayan', 'tr3y'))}#{self.digits(4)}", f"{r.choice(('Zeus', 'Nova', 'Loki'))}{r.randint(100, 999)}", f"{r.choice(('sweaty', 'cracked', 'bot'))}.{r.choice(('jay', 'santi', 'nico'))}{r.randint(10, 99)}"))

    def g_discord(self) -> str:
        r = self.rng
        return r.choice((f"{r.choice(('marcos', 'keyla', 'yadiel', 'trey'))}#{self.digits(4)}", f"{r.choice(('santi', 'valen', 'dev'))}.{r.randint(1, 99):02d}"))

    def g_promo(self) -> str:
        r = self.rng
        return r.choice(("STUDENT25", "FRESH10", "WELCOME50", "SAVE20", "BFF15", "FIRSTCARD", "DASH5OFF", "GAMER2X", "VERANO30", "BACK2SCHOOL", f"{r.choice(('JAY', 'KEYLA', 'SANTI', 'TREY'))}{r.randint(10, 99)}"))

    def g_addr(self) -> str:
        r = self.rng
        reg = self.region
        if reg == "pr":
            return r.choice((f"Calle Loíza {r.randint(100, 2500)}", f"Urb. Santa Rosa calle {r.randint(1, 40)} casa {r.randint(1, 99)}", f"Cond. Las Torres apt {r.randint(101, 1504)}"))
        if reg == "mx":
            return r.choice((f"Av. Insurgentes Sur {r.randint(100, 3000)}", f"Calle Morelos #{r.randint(1, 400)} int {r.randint(1, 12)}", f"Col. Roma Nte, Tonalá {r.randint(10, 200)}"))
        if reg == "co":
            return f"Calle {r.randint(10, 120)} #{r.randint(10, 99)}-{r.randint(10, 99)}"
        if reg == "ar":
            return r.choice((f"Av. Corrientes {r.randint(100, 6000)} {r.randint(1, 12)}°B", f"Thames {r.randint(100, 2500)}"))
        if reg == "es":
            return r.choice((f"C/ Alcalá {r.randint(1, 300)}, {r.randint(1, 9)}ºB", f"Calle Mayor {r.randint(1, 90)}"))
        if reg == "do":
            return f"C/ {r.choice(('Duarte', 'El Sol', 'Las Mercedes'))} #{r.randint(1, 200)}, {r.choice(('Los Mina', 'Villa Mella', 'Gazcue'))}"
        return r.choice((f"{r.randint(100, 9999)} W {r.randint(1, 99)}th St apt {r.randint(1, 12)}{r.choice('ABCD')}", f"{r.randint(10, 999)} Ocean Dr", f"{r.randint(100, 4000)} Grand Concourse #{r.randint(1, 40)}"))

    def g_n(self) -> str:
        return str(self.rng.randint(3, 40))

    def g_exp(self) -> str:
        r = self.rng
        m, y = r.randint(1, 12), r.randint(25, 31)
        return r.choice((f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} {y}"))

    def g_store(self) -> str:
        return self.rng.choice(STORES)

    def g_mins(self) -> str:
        return str(self.rng.choice((5, 10, 15, 20, 30, 45)))

    def g_tries(self) -> str:
        return str(self.rng.choice((2, 3, 3, 4, 5)))
    # fmt: on


# --------------------------------------------------------------------------------------
# Openers: what the customer came for (bursts of short messages)
# --------------------------------------------------------------------------------------

# fmt: off

OPEN: dict[str, dict[str, list[str]]] = {
    "declined": {
        "en": [
            "{hi} my card keeps getting declined {e}", "yo why is my card declining rn",
            "card declined at {store} {bro} {e}",
            "hiii so my card just got declined like {tries} times in a row",
            "ngl this is embarrassing my card got declined on a date {e}",
            "ur app says i have {amt} but my card still got declined??",
            "{wow} my debit card is not working at all", "why does it say DECLINED i literally just got paid",
            "tried to pay for gas @ {time} and it said declined",
            "my first card ever and it already doesnt work lmao",
            "it got declined at {store} and the cashier looked at me crazy",
        ],
        "es": [
            "{hi} {bro} me rechazaron la tarjeta en {store} {e}", "oye por qué me declinan la tarjeta",
            "holaaa la tarjeta no pasa {e}", "me rebotó la tarjeta en {store}, {wow}",
            "{wow} la tarjeta no me sirve para nada", "intenté pagar {amt} y me sale rechazada",
            "me dice declinada y tengo saldo {bro}", "qué pena con el cajero, la tarjeta no pasó",
            "buenas, la tarjeta de débito no funciona desde {date}",
        ],
        "mix": [
            "{hi} mi card got declined en {store} {e}", "bro la tarjeta no pasa at {store}",
            "oye my card is not working y tengo {amt} en la cuenta", "me declinaron la card otra vez {wow}",
            "la tarjeta keeps saying declined {bro}",
        ],
    },
    "dispute": {
        "en": [
            "theres a charge for {amt} i didnt make", "who is {store} i never bought anything there",
            "somebody used my card istg {e}", "i see {amt} from {store} on {date} thats not me",
            "{wow} someone is spending my money", "there are like {tries} charges i dont recognize",
            "my card got charged {amt} twice for the same thing",
            "umm why is there a charge from {store} at {time} i was asleep",
        ],
        "es": [
            "me salió un cargo de {amt} que yo no hice", "hay un cobro raro de {store} {e}",
            "alguien está usando mi tarjeta {bro}", "tengo {tries} cargos que no reconozco",
            "me cobraron {amt} dos veces en {store}", "{wow} me vaciaron la cuenta",
        ],
        "mix": [
            "hay un charge de {amt} que yo no hice", "someone used mi tarjeta en {store} {e}",
            "me salió un cargo weird de {store}",
        ],
    },
    "card_add": {
        "en": [
            "trying to add my card to {app} and it wont let me",
            "apple pay keeps saying card not supported {e}", "cant link my card to cash app",
            "it wont let me add my card to {market} for my seller payouts",
            "google wallet says my card info is wrong??",
        ],
        "es": [
            "no puedo agregar la tarjeta a {app}", "apple pay me dice que la tarjeta no es compatible",
            "quiero vincular la tarjeta a {market} y no me deja",
            "no me deja meter la tarjeta en la app {bro}",
        ],
        "mix": [
            "no puedo add my card a {app}", "la app no me deja link la tarjeta {e}",
        ],
    },
    "online": {
        "en": [
            "trying to buy something on {store} and it keeps saying security code wrong",
            "online purchases dont go thru on my card", "{store} checkout keeps failing {e}",
            "why cant i order food with my card {wow}", "it says card verification failed on {store}",
        ],
        "es": [
            "quiero comprar en {store} y me dice que el código de seguridad está mal",
            "no me pasan las compras en línea", "la compra en {store} me falla cada vez",
            "dice verificación fallida en {store} {e}",
        ],
        "mix": [
            "trato de comprar en {store} y dice security code incorrect",
            "las compras online no me pasan {bro}",
        ],
    },
    "payout": {
        "en": [
            "my {app} payout didnt hit my card", "instant pay failed again {e}",
            "i cashed out {amt} from {app} @ {time} and its not there",
            "fast pay from {app} keeps bouncing back",
            "i did {n} deliveries yesterday and the payout isnt showing",
            "my {market} payout has been pending since {date}",
        ],
        "es": [
            "no me ha llegado el pago de {app}", "retiré {amt} de {app} y no aparece",
            "el pago de {market} está pendiente desde {date}", "hice {n} viajes y la plata no cae {bro}",
        ],
        "mix": [
            "mi payout de {app} no ha llegado", "hice cash out de {amt} y nada {e}",
            "el instant pay de {app} failed otra vez",
        ],
    },
    "login": {
        "en": [
            "cant log into the app {e}", "it keeps saying my password is wrong",
            "locked out of my account smh", "the app logged me out and now i cant get back in",
            "forgot my login and the reset link doesnt work",
        ],
        "es": [
            "no puedo entrar a la app", "me dice que la contraseña está mal", "me bloquearon la cuenta {bro}",
            "la app me sacó y no puedo volver a entrar",
        ],
        "mix": [
            "no puedo log in a la app {e}", "dice que mi password está mal {bro}",
        ],
    },
    "newphone": {
        "en": [
            "got a new phone and now the app wants a code",
            "new phone who dis lol but fr i cant get into my account",
            "switched to iphone and the app is asking me to verify",
            "my phone broke and i got a new one now nothing works {e}",
        ],
        "es": [
            "cambié de celular y la app me pide un código", "se me rompió el cel y ahora no puedo entrar",
            "compré teléfono nuevo y me pide verificar",
        ],
        "mix": [
            "cambié de phone y la app pide un code", "tengo new phone y no puedo entrar {bro}",
        ],
    },
    "atm": {
        "en": [
            "atm says wrong pin {e}", "the atm ate my card {wow}",
            "tried to take out {amt} and it said incorrect pin", "i cant take cash out at the atm",
            "pin not working at {store} self checkout",
        ],
        "es": [
            "el cajero me dice {pinword} incorrecto", "el cajero se tragó la tarjeta {bro}",
            "quise sacar {amt} y me dice que el {pinword} está mal", "no puedo sacar plata del cajero {e}",
        ],
        "mix": [
            "el atm me dice wrong pin {bro}", "quise sacar cash y dice pin incorrecto",
        ],
    },
    "activation": {
        "en": [
            "just got my first debit card how do i activate it", "my student card came in the mail today {e}",
            "how do i turn on my card lol", "my mom said i have to activate the card first??",
            "new card came, old one expired {date}",
        ],
        "es": [
            "me llegó mi primera tarjeta, cómo la activo", "ya me llegó la tarjeta de estudiante {e}",
            "cómo activo la tarjeta nueva {bro}",
        ],
        "mix": [
            "me llegó la card nueva como la activo", "how do i activate la tarjeta {e}",
        ],
    },
    "secured": {
        "en": [
            "i wanna apply for the secured card",
            "hi im 18 and trying to build credit, is the secured card good",
            "how do i get the student card {e}", "my application for the secured card got stuck",
            "can i get a credit card with no credit lol",
        ],
        "es": [
            "quiero aplicar para la tarjeta asegurada", "tengo 19 y quiero empezar mi crédito",
            "cómo saco la tarjeta de estudiante", "la solicitud de la tarjeta se quedó trabada",
        ],
        "mix": [
            "quiero apply pa la secured card", "mi application se quedó stuck {bro}",
        ],
    },
    "seller": {
        "en": [
            "a buyer on {market} filed a chargeback on me", "my {market} sales money hasnt come to my card",
            "refund from {market} not showing up", "i sell sneakers on {market} and my payout got held",
            "buyer says item never came but tracking says delivered",
        ],
        "es": [
            "un comprador de {market} me hizo un contracargo", "el dinero de mis ventas en {market} no llega",
            "vendo ropa en {market} y me retuvieron el pago",
            "el comprador dice que no le llegó pero dice entregado",
        ],
        "mix": [
            "un buyer de {market} me hizo chargeback", "vendo en {market} y el payout está on hold",
        ],
    },
    "gaming": {
        "en": [
            "i got charged {amt} on {game} and i didnt buy anything",
            "my little brother bought vbucks with my card {e}", "theres a {stream} sub charge i didnt want",
            "{game} charged me {tries} times for one battle pass", "can u block {game} charges lol",
        ],
        "es": [
            "me cobraron {amt} en {game} y yo no compré nada",
            "mi hermanito compró cosas en {game} con mi tarjeta", "tengo un cobro de {stream} que no quiero",
        ],
        "mix": [
            "me cobraron en {game} y yo no compré nada {bro}", "mi hermanito compró vbucks con mi card {e}",
        ],
    },
}

BURST: dict[str, list[str]] = {
    "en": [
        "hello??", "hellooo", "anyone there", "?", "pls", "yo", "😭😭", "pls answer", "hiiii",
        "im in a hurry", "its urgent", "??", "help", "ok so", "wait", "like rn", "asap pls",
    ],
    "es": [
        "hola??", "alguien?", "holaaa", "porfa", "ayuda", "😭😭", "es urgente", "??", "oigan",
        "me pueden ayudar", "ando apurado", "rápido porfa", "ya?",
    ],
    "mix": ["hello??", "alguien there?", "pls ayuda", "holaaa??", "es urgent"],
}

AGENT_GREET: dict[str, list[str]] = {
    "en": [
        "Hi {name}! Thanks for reaching out, I'm {agent}. How can I help today?",
        "hey {name}, {agent} here 👋 whats going on?",
        "Hello, this is {agent} with card support. I'm sorry to hear that. Let me take a look.",
        "Hi there! {agent} here. I can definitely help with that.",
        "hey! sorry about that, lets get it sorted",
        "Thanks for waiting, {name}. I'm {agent} and I'll be helping you today.",
        "Hi {name}, I see you're having trouble. Let's figure it out together.",
        "yo {name}! {agent} here, what happened?",
    ],
    "es": [
        "¡Hola {name}! Soy {agent} del equipo de soporte. ¿En qué te ayudo?",
        "Hola, te saluda {agent}. Lamento lo que pasó, lo revisamos juntos.",
        "¡Buenas! Soy {agent}, cuéntame qué pasó.", "Hola {name}, gracias por escribirnos. Ya te ayudo.",
        "hola hola, {agent} por acá 👋 qué pasó?", "Buen día {name}, con gusto te ayudo con eso.",
    ],
    "mix": [
        "hey {name}! soy {agent}, what happened?", "Hola {name}, {agent} here. Te ayudo con eso ahora mismo.",
        "hi! dime qué pasó y lo arreglamos 🙂",
    ],
}

CLOSE_CUST: dict[str, list[str]] = {
    "en": ["ty!!", "thx fr", "ok bet", "ty ty 🙏", "appreciate u", "ur the best", "ok cool", "k thanks", "bet thank u", "lifesaver fr", "kk", "thank youuu"],
    "es": ["gracias {bro}", "dale gracias", "vale gracias", "mil gracias", "ok gracias", "listo, gracias", "gracias!!", "te pasaste, gracias", "ta bien gracias"],
    "mix": ["ok gracias bro", "thank u {bro}", "dale thanks", "ok cool gracias"],
}

CLOSE_AGENT: dict[str, list[str]] = {
    "en": [
        "Anything else I can help with?", "You're all set! Have a good one 🙂",
        "No problem! Reach out anytime.", "Glad I could help, {name}. Take care!",
        "ok you should be good now, lmk if anything else comes up",
        "Happy to help! Your case number is {case} if you need it.",
    ],
    "es": [
        "¿Te ayudo con algo más?", "¡Listo! Que tengas buen día 🙂",
        "Con gusto, {name}. Cualquier cosa nos escribes.", "Ya quedó. Tu número de caso es {case}.",
        "de nada! cualquier cosa aquí estamos",
    ],
    "mix": ["Anything else? Cualquier cosa me dices 🙂", "listo {name}, you're all set!"],
}

# Agents reminding customers what not to share: mentions secrets, asks for none.
WARN: dict[str, list[str]] = {
    "en": [
        "Heads up: never send your PIN, CVV or passwords in chat. We will never ask for them.",
        "For your safety please don't type your card number, security code or PIN in this chat.",
        "Please never share the one-time code we text you, not even with us.",
        "I can't accept card numbers or passwords over chat. I've hidden that message for your protection.",
        "pls dont post ur social or pin here, we never need those in chat",
        "Quick reminder: we'll never ask for your password or the code from your texts.",
        "Thanks! Just so you know, you never need to share your CVV with anyone from support.",
    ],
    "es": [
        "Recuerda: nunca te vamos a pedir tu PIN, CVV ni contraseñas por chat.",
        "Por seguridad, no escribas aquí tu tarjeta, código de seguridad ni NIP.",
        "Nunca compartas el código que te enviamos por SMS, ni con nosotros.",
        "No puedo recibir contraseñas ni números de tarjeta por chat, ya oculté ese mensaje.",
        "Nunca te vamos a pedir tu número de seguro social completo por este medio.",
    ],
    "mix": [
        "ojo {name}: never share tu PIN o el code que te llega por texto 🙏",
    ],
}

# The same, about the type the customer just sent.
WARN_T: dict[str, dict[str, list[str]]] = {
    CC: {
        "en": ["Please don't share your full card number here, I only need the last 4.", "I've removed that for your safety. Never post the full card number in chat.", "no need for the whole card # lol, last 4 is enough"],
        "es": ["No compartas el número completo de la tarjeta, con los últimos 4 me basta.", "Por tu seguridad oculté ese mensaje, no mandes la tarjeta completa."],
        "mix": ["no need del card number completo, solo los last 4 🙏"],
    },
    CVV: {
        "en": ["Please don't share your CVV with anyone, including us.", "you never need to send me the security code, just fyi", "The security code should only be typed on the checkout page, never in chat."],
        "es": ["No compartas tu CVV con nadie, ni con nosotros.", "El código de seguridad solo se pone en la página de pago, nunca en el chat."],
        "mix": ["ojo, el cvv no se comparte, not even with us"],
    },
    SSN: {
        "en": ["Please don't type your SSN in chat. Use the secure form in the app instead.", "For your protection I've hidden that. We'd never ask for your full social here."],
        "es": ["No escribas tu seguro social en el chat, usa el formulario seguro de la app.", "Por tu seguridad oculté ese mensaje con tu seguro social."],
        "mix": ["please no pongas tu social aquí, use el form de la app"],
    },
    OTP: {
        "en": ["Please never share the one-time code we text you, not even with us.", "That code is just for you, enter it in the app and don't send it to anyone.", "heads up, nobody from support will ever ask for that code"],
        "es": ["Nunca compartas el código que te enviamos por SMS, ni con nosotros.", "Ese código es solo para ti, ponlo en la app y no se lo mandes a nadie."],
        "mix": ["ese code es solo pa ti, don't share it 🙏"],
    },
    PW: {
        "en": ["Please don't share your password with anyone. I'd recommend changing it now.", "We'll never need your password. Please reset it from the login screen since it was shared here."],
        "es": ["No compartas tu contraseña con nadie. Te recomiendo cambiarla ya.", "Nunca necesitamos tu contraseña, cámbiala desde la pantalla de inicio."],
        "mix": ["please cambia tu password ahora, nunca la compartas"],
    },
    PIN: {
        "en": ["Please don't share your PIN, not even with us. You can change it in the app.", "never send ur pin to anyone fr, change it in the app real quick"],
        "es": ["No compartas tu {pinword} con nadie, ni con nosotros. Lo puedes cambiar en la app.", "Por seguridad cambia tu {pinword} desde la app, nunca lo mandes por chat."],
        "mix": ["please no mandes tu pin por chat, cámbialo en la app"],
    },
}

SORRY: dict[str, list[str]] = {
    "en": ["oh my bad lol", "oops sorry", "ohhh ok my bad", "lmao my bad", "oh ok i didnt know", "ok sorry 😅", "wait fr? ok", "oh shoot ok", "my fault"],
    "es": ["ay perdón", "uy perdón no sabía", "ah ok perdón", "jaja perdón", "ups", "ay sorry", "ok perdón {bro}"],
    "mix": ["ay sorry my bad", "oops perdón", "ok my bad {bro}"],
}

INFO_AGENT: dict[str, list[str]] = {
    "en": [
        "I see the charge of {amt} from {store} on {date}.",
        "Your replacement card ending in {last4} will arrive in 5-7 business days.",
        "I've opened case #{case} for this dispute.",
        "Looks like the card ending in {last4} was locked after {tries} attempts. I've unlocked it.",
        "The payout of {amt} posted on {date}, reference {payout}.",
        "ok i see it, the {amt} is pending and should clear by {date}",
        "I've sent a new card to the address on file. Tracking: {track}",
        "Your card {masked} is active now, try it again!",
        "The hold was placed because of unusual activity at {time}. It's been released.",
        "I'm filing the dispute now. You'll get a temporary credit of {amt} within 10 days.",
    ],
    "es": [
        "Veo el cargo de {amt} de {store} el {date}.",
        "Tu tarjeta de reposición terminada en {last4} llega en 5 a 7 días hábiles.",
        "Abrí el caso #{case} para tu reclamo.",
        "La tarjeta terminada en {last4} se bloqueó después de {tries} intentos. Ya la desbloqueé.",
        "El pago de {amt} se acreditó el {date}, referencia {payout}.",
        "listo, ya lo veo, el cobro de {amt} está pendiente",
        "Tu tarjeta {masked} ya está activa, inténtalo de nuevo.",
        "Te enviamos una tarjeta nueva. Guía de rastreo: {track}",
    ],
    "mix": [
        "ok veo el charge de {amt} de {store}, dame un sec", "Tu card ending in {last4} ya está active 👍",
        "Abrí el case {case}, you'll get an update pronto.",
    ],
}


# --------------------------------------------------------------------------------------
# Customers giving secrets (slot named after the type: card, cvv, ssn, otp, pw, pin)
# --------------------------------------------------------------------------------------

GIVE: dict[str, dict[str, list[str]]] = {
    CC: {
        "en": [
            "my card number is {card} can u check it", "heres the card {card} {e}", "card# {card}",
            "its {card} idk if thats the one", "{card} thats my card fr",
            "ok so {card} is the card that got declined", "can you just look up {card} pls", "card:{card}",
            "this one -> {card}", "ngl i dont know the last 4 thing so heres all of it {card}",
            "the card is {card}\nits the {brand} one", "{card}", "number on the card: {card} {e}",
            "card num {card} name on it is {name}", "i think its {card}?? the numbers r kinda rubbed off",
        ],
        "es": [
            "mi tarjeta es {card}", "el número de la tarjeta es {card} {e}",
            "te paso la tarjeta {card} a ver si la encuentras", "es esta {bro}: {card}",
            "numero de tarjeta:{card}", "la tarjeta que me rechazaron es la {card}", "{card} esa es",
            "ahí va el número {card}, revisalo porfa", "tarjeta {card} a nombre de {name}",
            "es la {brand} {card}",
        ],
        "mix": [
            "my card es {card} {e}", "aqui esta the number {card}", "ok so la tarjeta is {card}",
            "el card number es {card} bro", "check esta card {card} pls",
        ],
    },
    CVV: {
        "en": [
            "cvv {cvv}", "cvv{cvv}", "the 3 digits on the back r {cvv}", "security code is {cvv} {e}",
            "i put {cvv} for the cvv is that wrong??", "cvc: {cvv}", "back of the card says {cvv}",
            "its {cvv} on the back", "the lil code on the back is {cvv}",
            "sec code {cvv} and it still says invalid", "cvv is {cvv} i triple checked",
        ],
        "es": [
            "el cvv es {cvv}", "código de seguridad {cvv}", "los 3 de atrás son {cvv}", "cvv:{cvv}",
            "puse {cvv} en el código y nada", "el código de atrás es {cvv} {e}",
            "cvv {cvv} {bro}, ya lo revisé 3 veces", "el cvc dice {cvv}",
        ],
        "mix": [
            "el cvv is {cvv}", "los numeros de atras are {cvv}", "puse el cvv {cvv} y dice invalid",
        ],
    },
    SSN: {
        "en": [
            "my ssn is {ssn}", "social: {ssn}", "ss# {ssn}", "do u need my social? its {ssn}", "ssn{ssn}",
            "here {ssn} thats my social security", "my social is {ssn} i think i typed it wrong on the app",
            "social security number {ssn} {e}", "its {ssn} (my ssn)",
            "the app keeps saying my ssn {ssn} doesnt match",
        ],
        "es": [
            "mi seguro social es {ssn}", "el social es {ssn}", "número de seguro social: {ssn}",
            "mi ss es {ssn} por si lo necesitas", "te doy el social {ssn} para que lo pongas tú",
            "el seguro es {ssn} {bro}",
        ],
        "mix": [
            "mi social es {ssn} bro", "el ssn is {ssn}", "my social es {ssn} por si acaso",
        ],
    },
    OTP: {
        "en": [
            "the code is {otp}", "code is {otp} lol", "got {otp}", "it sent me {otp}",
            "{otp} is the code right?", "verification code {otp} {e}",
            "i got a text w {otp} is that from u guys", "code:{otp}", "code{otp}",
            "it says {otp} but the app says expired", "ok it came {otp}", "{otp}",
        ],
        "es": [
            "el código es {otp}", "me llegó {otp}", "código de verificación {otp}",
            "me mandaron {otp} por sms", "el code que me llegó es {otp}", "ya llegó: {otp}",
            "me llegó este {otp} {e}", "el código {otp} me dice vencido",
        ],
        "mix": [
            "me llegó el code {otp}", "the codigo is {otp}", "ya me llegó el text {otp}",
        ],
    },
    PW: {
        "en": [
            "my password is {pw}", "pw: {pw}", "pass is {pw}", "i typed {pw} and it says wrong",
            "login is {email} and pw {pw}", "password = {pw}", "its {pw} i think",
            "the password i use is {pw} 😭", "i been using {pw} since forever",
            "pw {pw} is that too weak or smth",
        ],
        "es": [
            "mi contraseña es {pw}", "la clave del app es {pw}", "contraseña: {pw}",
            "puse {pw} y me dice incorrecta", "pass {pw}", "el usuario es {email} y la contra {pw}",
            "siempre uso {pw} {bro}",
        ],
        "mix": [
            "mi password es {pw}", "el pw is {pw}", "puse {pw} y dice wrong password",
        ],
    },
    PIN: {
        "en": [
            "my pin is {pin}", "pin:{pin}", "pin {pin}", "its {pin} the pin i mean", "pin is {pin} {e}",
            "i put {pin} at the atm and it said wrong", "pin{pin}", "atm pin = {pin}",
            "i set it to {pin} when i got the card", "the pin i picked was {pin}",
        ],
        "es": [
            "mi {pinword} es {pin}", "{pinword}: {pin}", "el {pinword} que puse fue {pin}",
            "la clave del cajero es {pin}", "puse {pin} en el cajero y dice incorrecto",
            "mi pin es {pin} {bro}", "el {pinword} es {pin} {e}",
        ],
        "mix": [
            "mi pin es {pin} and it says wrong", "puse el pin {pin} en el atm", "el pin is {pin}",
        ],
    },
}

# Short replies to an agent who asked for the secret.
REPLY: dict[str, dict[str, list[str]]] = {
    CC: {
        "en": ["{card}", "ok {card}", "its {card}", "here {card}", "{card} {e}"],
        "es": ["{card}", "ok es {card}", "ahí va {card}", "dale, {card}"],
        "mix": ["ok here {card}", "es {card}"],
    },
    CVV: {
        "en": ["{cvv}", "its {cvv}", "ok {cvv}", "cvv {cvv}", "{cvv} on the back", "uhh {cvv}"],
        "es": ["{cvv}", "es {cvv}", "dale {cvv}", "el cvv es {cvv}", "ok, {cvv}"],
        "mix": ["ok es {cvv}", "{cvv} bro"],
    },
    SSN: {
        "en": ["{ssn}", "its {ssn}", "ok {ssn}", "ssn {ssn}"],
        "es": ["{ssn}", "es {ssn}", "mi social es {ssn}"],
        "mix": ["ok mi social es {ssn}"],
    },
    OTP: {
        "en": ["{otp}", "its {otp}", "ok it says {otp}", "code is {otp}", "{otp} hurry it expires"],
        "es": ["{otp}", "es {otp}", "me llegó {otp}", "el código es {otp}"],
        "mix": ["ok el code es {otp}", "{otp} bro"],
    },
    PW: {
        "en": ["{pw}", "its {pw}", "ok its {pw}", "password is {pw}"],
        "es": ["{pw}", "es {pw}", "la contraseña es {pw}"],
        "mix": ["ok es {pw}"],
    },
    PIN: {
        "en": ["{pin}", "its {pin}", "ok {pin}", "pin is {pin}", "{pin} i think"],
        "es": ["{pin}", "es {pin}", "el {pinword} es {pin}", "dale {pin}"],
        "mix": ["ok es {pin}", "{pin} bro"],
    },
}

# Corrections of a value just sent: slot {x} is the corrected value.
CORRECT: dict[str, list[str]] = {
    "en": ["wait no its {x}", "nvm its {x}", "{x}*", "sorry i meant {x}", "wait wrong one, its {x}", "NO WAIT its {x}", "oops {x}", "actually its {x} mb", "*{x}"],
    "es": ["no espera, es {x}", "perdón era {x}", "me equivoqué es {x}", "ay no era {x}", "{x}*", "corrijo: {x}", "no no es {x}"],
    "mix": ["wait no es {x}", "sorry era {x}", "nvm es {x}"],
}

# Secrets sent to the wrong chat (meant for a friend, a partner, a parent).
WRONG_CHAT: dict[str, dict[str, list[str]]] = {
    OTP: {
        "en": ["bro the code is {otp} hurry up", "babe its {otp} put it in", "ok the code came {otp} log in now", "sis code is {otp} for the netflix"],
        "es": ["wey el código es {otp} apúrate", "ma ya me llegó el código {otp}", "amor es {otp} ponlo rápido", "{bro} ahí va el código {otp}"],
        "mix": ["bro el code es {otp} hurry", "babe es {otp} ponlo"],
    },
    PW: {
        "en": ["babe netflix pw is {pw}", "the wifi is {pw} btw", "bro my psn password is {pw} dont change it", "sis the hulu login is {email} / {pw}"],
        "es": ["wey la contra de netflix es {pw}", "ma la clave del wifi es {pw}", "{bro} la contraseña de mi cuenta es {pw} no la cambies"],
        "mix": ["la password de netflix es {pw} bro", "el pw del wifi is {pw}"],
    },
    PIN: {
        "en": ["mom the pin is {pin} dont lose it", "bro my card pin is {pin} get the cash out", "babe pin is {pin} for the atm"],
        "es": ["ma el {pinword} es {pin} no lo pierdas", "{bro} el pin de la tarjeta es {pin} saca la plata", "amor el {pinword} es {pin}"],
        "mix": ["mami el pin es {pin} ok?", "bro saca el cash, pin {pin}"],
    },
    CC: {
        "en": ["ok the card is {card} buy the tickets", "sis use this for the shein order {card}", "bro put {card} on the concert tix"],
        "es": ["mana la tarjeta es {card} cómprame lo de shein", "ahí va la tarjeta {card} compra los boletos", "{bro} usa esta {card} para el pedido"],
        "mix": ["use esta card {card} pa los tickets", "ok compra con {card} bro"],
    },
    CVV: {
        "en": ["sis cvv is {cvv} use it for the shein order", "bro the back code is {cvv}", "cvv {cvv} for ur uber eats order"],
        "es": ["el cvv es {cvv} pa lo de shein", "{bro} los 3 de atrás son {cvv}"],
        "mix": ["el cvv es {cvv} bro hurry"],
    },
}
OOPS: dict[str, list[str]] = {
    "en": ["omg wrong chat 💀 ignore that", "LMAOOO that wasnt for u", "wrong person sorry", "ignore that pls 😭", "oops wrong convo", "WAIT that was for my bf ignore", "delete that pls 😭😭"],
    "es": ["ay perdón no era para ti", "jajaja chat equivocado 💀", "ignora eso porfa", "ups me equivoqué de chat", "eso no era aquí {bro} 😭", "bórralo porfa"],
    "mix": ["oops wrong chat perdón", "ignore eso lol", "jaja sorry no era pa ti"],
}

# Forbidden asks by an agent (phisher or careless): requested holds the type.
ASK: dict[str, dict[str, list[str]]] = {
    CVV: {
        "en": [
            "send me the 3 digits on the back real quick", "whats the cvv on it?",
            "I'll need the security code on the back of the card to proceed.", "ok now the cvv pls",
            "To verify the card, please provide the 3-digit CVV.", "can u read me the lil code on the back",
            "drop the security code here so i can push it thru",
        ],
        "es": [
            "pásame los 3 numeritos de atrás", "¿me confirmas el código de seguridad (CVV)?",
            "dame el cvv pa verificar", "Para continuar necesito el código de seguridad de la tarjeta.",
            "mándame el cvv porfa y lo destrabo",
        ],
        "mix": ["send me el cvv real quick", "pásame los 3 digits de atrás"],
    },
    CC: {
        "en": [
            "can u type out the full card number for me",
            "Please provide the full 16-digit card number so I can locate the account.",
            "whats the whole card number", "I'll need the complete card number, not just the last 4.",
            "send the long number on the front",
        ],
        "es": [
            "mándame el número completo de la tarjeta", "necesito los 16 dígitos de la tarjeta",
            "Por favor indícame el número completo de tu tarjeta para ubicar la cuenta.",
            "pásame el número largo de la tarjeta",
        ],
        "mix": ["send me el card number completo", "necesito el full card number"],
    },
    SSN: {
        "en": [
            "whats ur full social",
            "Please provide your full Social Security number to continue the application.",
            "I need your SSN to verify your identity.",
            "send your social real quick and ill finish the app for u",
        ],
        "es": [
            "necesito tu número de seguro social completo",
            "Para terminar la solicitud, indícame tu seguro social.",
            "pásame tu social y te termino la aplicación",
        ],
        "mix": ["send me tu social completo", "necesito tu SSN pa verificar"],
    },
    OTP: {
        "en": [
            "read me the code we just texted u", "what's the 6 digit code you got",
            "I just sent a verification code to your phone, please share it here.",
            "tell me the code that came in so i can unlock it", "send the otp real quick it expires",
        ],
        "es": [
            "dime el código que te llegó por mensaje", "pásame el código de verificación",
            "Te envié un código por SMS, compártelo aquí para continuar.",
            "dale, mandame el código que te llegó",
        ],
        "mix": ["dime el code que te llegó", "send me el código del text"],
    },
    PW: {
        "en": [
            "whats ur password for the app so i can check",
            "Can you provide your online banking password so I can reset your access?",
            "send me ur login pw and ill fix it from my end", "What password are you currently using?",
        ],
        "es": [
            "pásame tu contraseña y lo reviso desde acá", "¿Cuál es la contraseña que usas para entrar?",
            "mandame tu clave de la app y te lo arreglo",
        ],
        "mix": ["dime tu password y lo arreglo", "send me tu contraseña"],
    },
    PIN: {
        "en": [
            "whats ur pin? ill reset it", "Please confirm your 4-digit PIN.", "what pin did u set",
            "tell me the pin u tried at the atm",
        ],
        "es": [
            "¿cuál es tu {pinword}?", "dime tu pin de cajero", "Confírmame tu PIN de 4 dígitos por favor.",
            "qué {pinword} pusiste? dímelo y lo reviso",
        ],
        "mix": ["dime tu pin real quick", "what's tu pin?"],
    },
}
MULTI_ASK: list[tuple[tuple[str, ...], dict[str, list[str]]]] = [
    (
        (CC, CVV),
        {
            "en": ["send the card number, exp and cvv", "Please provide the card number, expiration date and security code.", "i need the full card # and the code on the back"],
            "es": ["mándame el número de la tarjeta, vencimiento y cvv", "Necesito el número completo y el código de seguridad."],
            "mix": ["send el card number y el cvv"],
        },
    ),
    (
        (CC, PIN),
        {
            "en": ["need the card number and pin to unlock it", "whats the full card number and your pin"],
            "es": ["necesito el número de la tarjeta y tu {pinword}", "dame la tarjeta completa y el pin"],
            "mix": ["dame el card number y el pin"],
        },
    ),
    (
        (PW, OTP),
        {
            "en": ["send ur password and the code we texted", "I'll need your password and the verification code to log in for you."],
            "es": ["pásame tu contraseña y el código que te llegó"],
            "mix": ["dime tu password y el code"],
        },
    ),
]

# Legitimate asks by an agent, and how customers answer them.
LEGIT: dict[str, tuple[dict[str, list[str]], dict[str, list[str]]]] = {
    "last4": (
        {
            "en": ["Can you confirm the last 4 digits of your card?", "whats the last 4 on the card?", "send me just the last four of the card pls", "Which card is it? Just the last 4 please."],
            "es": ["¿Me confirmas los últimos 4 dígitos de tu tarjeta?", "pásame solo los últimos 4 de la tarjeta", "¿Cuáles son los últimos cuatro números?"],
            "mix": ["dame los last 4 de la card"],
        },
        {
            "en": ["last 4 is {last4}", "{last4}", "its {last4}", "ending in {last4}", "the one ending {last4} {e}", "{last4} i think"],
            "es": ["terminan en {last4}", "{last4}", "los últimos son {last4}", "es la que termina en {last4}"],
            "mix": ["last 4 es {last4}", "termina en {last4}"],
        },
    ),
    "zip": (
        {
            "en": ["What's the ZIP code on the account?", "whats your zip?", "Can you confirm your billing ZIP?"],
            "es": ["¿Cuál es el código postal de tu cuenta?", "¿me das tu código postal?"],
            "mix": ["whats tu zip code?"],
        },
        {
            "en": ["{zip}", "zip is {zip}", "its {zip}", "{zip} i just moved tho"],
            "es": ["{zip}", "es {zip}", "el postal es {zip}"],
            "mix": ["zip es {zip}"],
        },
    ),
    "dob": (
        {
            "en": ["Could you verify your date of birth?", "whats ur dob?", "Can I get your date of birth to verify?"],
            "es": ["¿Me confirmas tu fecha de nacimiento?", "¿cuál es tu fecha de nacimiento?"],
            "mix": ["cuál es tu date of birth?"],
        },
        {
            "en": ["{dob}", "its {dob}", "born {dob}", "{dob} im 19"],
            "es": ["{dob}", "nací el {dob}", "es {dob}"],
            "mix": ["{dob} bro"],
        },
    ),
    "name": (
        {
            "en": ["What's the full name on the card?", "can u confirm ur full name?", "Whose name is the card under?"],
            "es": ["¿Cuál es el nombre completo en la tarjeta?", "¿me confirmas tu nombre completo?"],
            "mix": ["cuál es tu full name?"],
        },
        {
            "en": ["{name} {lastname}", "its {name} {lastname}", "{name} {lastname} jr"],
            "es": ["{name} {lastname}", "a nombre de {name} {lastname}", "{name} {lastname} {lastname2}"],
            "mix": ["es {name} {lastname}"],
        },
    ),
    "addr": (
        {
            "en": ["Can you confirm the billing address?", "whats the address on file?", "Where should we send the new card?"],
            "es": ["¿Me confirmas la dirección de facturación?", "¿A qué dirección te mandamos la tarjeta?"],
            "mix": ["cuál es tu address?"],
        },
        {
            "en": ["{addr} {zip}", "its {addr}", "{addr}"],
            "es": ["{addr}", "vivo en {addr}", "{addr}, cp {zip}"],
            "mix": ["{addr} bro"],
        },
    ),
    "email": (
        {
            "en": ["What email is on the account?", "whats the email u signed up with?"],
            "es": ["¿Qué correo tienes registrado?", "¿con qué email te registraste?"],
            "mix": ["qué email tienes en la cuenta?"],
        },
        {"en": ["{email}", "its {email}"], "es": ["{email}", "es {email}"], "mix": ["{email}"]},
    ),
    "phone": (
        {
            "en": ["Is the phone number ending in {last4p} still yours?", "Can you confirm the phone ending in {last4p} is still good?"],
            "es": ["¿El teléfono que termina en {last4p} sigue siendo tuyo?", "¿Sigue siendo tuyo el número que termina en {last4p}?"],
            "mix": ["tu phone termina en {last4p}?"],
        },
        {"en": ["yes", "yea thats me", "no i changed it, its {phone} now", "nope new number is {phone}"], "es": ["sí", "sí ese", "no, ahora es {phone}", "mi número nuevo es {phone}"], "mix": ["yes ese", "no, es {phone} now"]},
    ),
    "callback": (
        {
            "en": ["whats the best number to reach u?", "What number can we call you back on?"],
            "es": ["¿a qué número te podemos llamar?", "¿Me dejas un número de contacto?"],
            "mix": ["qué number te llamamos?"],
        },
        {"en": ["{phone}", "{phone} but text me im at work", "call {phone} after {time}"], "es": ["{phone}", "al {phone}", "{phone} después de las {time}"], "mix": ["{phone} bro"]},
    ),
    "ssn4": (
        {
            "en": ["For verification, can you give me just the last 4 of your SSN?", "last four of your social please"],
            "es": ["Para verificar, ¿me das solo los últimos 4 de tu seguro social?"],
            "mix": ["dame solo los last 4 de tu social"],
        },
        {"en": ["{four}", "its {four}", "last 4 r {four}"], "es": ["{four}", "son {four}"], "mix": ["{four}"]},
    ),
    "order": (
        {
            "en": ["What's the order number from {market}?", "can u send the order #?", "do you have the tracking number?"],
            "es": ["¿Tienes el número de pedido de {market}?", "pásame el número de orden porfa", "¿tienes la guía de rastreo?"],
            "mix": ["tienes el order number?"],
        },
        {
            "en": ["order {order}", "{order}", "tracking is {track}", "its {order} on {market}"],
            "es": ["pedido {order}", "{order}", "la guía es {track}"],
            "mix": ["el order es {order}"],
        },
    ),
    "payout": (
        {
            "en": ["Do you have the payout ID from {app}?", "whats the transfer reference on ur end?"],
            "es": ["¿Tienes el ID del pago de {app}?", "¿me pasas la referencia de la transferencia?"],
            "mix": ["tienes el payout id?"],
        },
        {
            "en": ["{payout}", "payout id {payout}", "it says {payout}"],
            "es": ["{payout}", "el id es {payout}", "dice {payout}"],
            "mix": ["el id es {payout}"],
        },
    ),
    "handle": (
        {
            "en": ["What's your username in the app?", "whats your cash app tag?"],
            "es": ["¿Cuál es tu usuario en la app?"],
            "mix": ["cuál es tu username?"],
        },
        {"en": ["{handle}", "its {cashtag}", "{cashtag} on cash app"], "es": ["{handle}", "mi usuario es {handle}"], "mix": ["{cashtag}"]},
    ),
}

REFUSE: dict[str, list[str]] = {
    "en": [
        "nah im good lol thats sketchy", "ummm u said never to share that??", "no bro 💀",
        "isnt that the thing ur not supposed to ask for",
        "yeah no. u guys literally said u never ask for that", "why do u need that tho",
        "im not comfortable sending that", "this feels like a scam ngl", "my mom said never give that out",
        "i'll just go to the branch thanks",
    ],
    "es": [
        "eso no se comparte {bro}", "nel wey", "no, ustedes mismos dicen que eso no se da",
        "ni en pedo te paso eso", "mmm no, eso suena a estafa", "prefiero ir a la sucursal",
        "para qué necesitas eso?", "no me da confianza mandar eso",
    ],
    "mix": ["nah eso no se comparte", "no bro eso suena a scam", "why necesitas eso?"],
}
AGENT_BACKOFF: dict[str, list[str]] = {
    "en": ["ok no worries, let's try another way", "Understood. I'll verify you another way.", "fair enough lol, ill send a link to verify in the app instead"],
    "es": ["tranqui, lo hacemos de otra forma", "Entendido, te verifico de otra manera.", "ok, te mando un link para verificar en la app"],
    "mix": ["ok no problem, lo hacemos de otra forma"],
}

# Card with expiry, and card with expiry and security code, in one message.
CARD_EXP: dict[str, list[str]] = {
    "en": ["{card} exp {exp}", "card {card} exp {exp} {e}", "{card}\nexp {exp}", "its {card} expires {exp}", "number {card} good thru {exp}"],
    "es": ["tarjeta {card} vence {exp}", "{card} vencimiento {exp}", "es la {card}, vence el {exp}"],
    "mix": ["la card es {card} exp {exp}"],
}
CARD_CVV: dict[str, list[str]] = {
    "en": [
        "{card} exp {exp} cvv {cvv}", "card {card} / {exp} / {cvv}", "{card}\n{exp}\n{cvv}",
        "ok its {card} and the back code is {cvv}", "card: {card} cvv: {cvv} {e}", "{card} cvv{cvv} exp{exp}",
    ],
    "es": [
        "tarjeta {card} vence {exp} cvv {cvv}", "{card} - {exp} - {cvv}",
        "es la {card} y el código de atrás {cvv}", "número {card}\ncvv {cvv}",
    ],
    "mix": ["la card es {card} y el cvv {cvv}", "{card} exp {exp} el cvv es {cvv}"],
}
AMEX_CID: dict[str, list[str]] = {
    "en": ["its amex so the code is on the front {cvv}", "cid {cvv}", "the 4 digit one on the front is {cvv}", "amex code {cvv} {e}"],
    "es": ["es amex, el código de 4 del frente es {cvv}", "cid {cvv}", "el código de enfrente es {cvv}"],
    "mix": ["es amex y el code del frente es {cvv}"],
}

SPLIT_INTRO: dict[str, list[str]] = {
    "en": ["ok hold on", "its kinda long lol", "lemme read it", "ok lemme type it out", "wait", "one sec its in my wallet", "ok here", "gonna send it in parts my screen is cracked"],
    "es": ["espera que la busco", "va", "ahí te va", "un segundo", "te la paso por partes", "ok, espérame"],
    "mix": ["ok wait la busco", "hold on ahí va"],
}
SPLIT_FIRST: dict[str, list[str]] = {
    "en": ["{part}", "ok {part}", "its {part}", "card is {part}", "{part} 😭", "starts with {part}", "{part}..."],
    "es": ["{part}", "es {part}", "la tarjeta es {part}", "empieza con {part}", "{part} y"],
    "mix": ["{part}", "ok es {part}"],
}
SPLIT_MID: dict[str, list[str]] = {
    "en": ["{part}", "then {part}", "{part}", "and {part}"],
    "es": ["{part}", "luego {part}", "y {part}"],
    "mix": ["{part}", "then {part}"],
}
SPLIT_LAST: dict[str, list[str]] = {
    "en": ["{part}", "{part} thats it", "{part} 🙏", "and {part}", "last part {part}", "{part} done"],
    "es": ["{part}", "y {part}", "{part} y ya", "{part} listo", "al final {part}"],
    "mix": ["{part}", "{part} thats it", "y {part} ya"],
}
SPLIT_LAST_CVV: dict[str, list[str]] = {
    "en": ["{part} cvv {cvv}", "{part} and back is {cvv}", "{part}\ncvv{cvv}"],
    "es": ["{part} cvv {cvv}", "{part} y el de atrás {cvv}"],
    "mix": ["{part} y el cvv {cvv}"],
}
SPLIT_INTERJECT: dict[str, list[str]] = {
    "en": ["wait", "hold on", "sorry", "ugh", "ok"],
    "es": ["espera", "ya va", "perdón", "ok"],
    "mix": ["wait", "espera"],
}
AGENT_GO_ON: dict[str, list[str]] = {
    "en": ["ok", "go on", "mhm"],
    "es": ["ok", "sigue", "ajá"],
    "mix": ["ok", "dale"],
}

NOTES: dict[str, list[str]] = {
    "en": [
        "💳 {card}\nexp {exp}\ncvv {cvv}", "bank stuff:\ncard {card}\npin {pin}\napp pw {pw}",
        "Debit ({brand})\n{card}\nexp: {exp} cvc: {cvv}\natm: {pin}",
        "my info\nname: {name} {lastname}\nssn {ssn}\ndob {dob}\naddress {addr}",
        "card - {card}\nexp - {exp}\nsec - {cvv}\n\nnetflix - {email} / {pw}",
        "login: {email}\npass: {pw}\npin: {pin}",
        "IMPORTANT DONT DELETE\n{card} {exp}\ncode {cvv}\nsocial {ssn}",
        "cash app card {card}\n{exp} {cvv}\npin {pin}",
    ],
    "es": [
        "tarjeta nueva\n{card}\nvence {exp}\ncvv {cvv}\n{pinword} {pin}",
        "datos banco:\ntarjeta {card}\nclave cajero {pin}\ncontraseña app {pw}",
        "{name} {lastname}\nseguro social {ssn}\nnacimiento {dob}", "💳 {card}\n📅 {exp}\n🔒 {cvv}",
        "banco\nusuario {email}\ncontra {pw}\n{pinword} {pin}",
    ],
    "mix": ["card nueva\n{card}\nexp {exp}\ncvv {cvv}", "login {email}\npassword {pw}\npin {pin}"],
}
NOTES_PRE: dict[str, list[str]] = {
    "en": ["wait lemme copy it from my notes", "i have it saved hold on", "ok copying it", "its in my notes app one sec"],
    "es": ["espera lo copio de mis notas", "lo tengo guardado, un seg", "ahí te lo pego"],
    "mix": ["wait lo copio de mis notes", "lo tengo en notes hold on"],
}
NOTES_POST: dict[str, list[str]] = {
    "en": ["lol sorry that was the whole note", "oops i pasted everything", "wait i sent too much 💀", "is that ok?"],
    "es": ["jaja perdón pegué todo", "ups mandé toda la nota", "eso sirve?"],
    "mix": ["oops pegué todo lol", "sorry mandé todo"],
}

SCREENSHOT: dict[str, list[str]] = {
    "card": [
        "{bank}\nDEBIT\n{card}\nVALID THRU {exp}\n{NAME}",
        "Card details\nCard number\n{card}\nExpiry\n{exp}\nCVV\n{cvv}\nCopy",
        "{card}\nGOOD THRU {exp}\n{NAME}\n{brand}",
        "Virtual card\n{card}\nExp {exp}  CVC {cvv}\nFreeze card | Show PIN",
        "Detalles de la tarjeta\nNúmero\n{card}\nVencimiento {exp}\nCVV {cvv}",
        "AUTHORIZED SIGNATURE\n{cvv}\nCustomer service {phone}\nThis card is issued by {bank}",
    ],
    "otp": [
        "Your verification code is {otp}. Do not share it with anyone. Msg&data rates may apply.",
        "{bank}: {otp} is your one-time code. It expires in 10 minutes. We will never call to ask for it.",
        "<#> Your code: {otp}\nFA+9qCX9VSu", "Tu código de verificación es {otp}. No lo compartas con nadie.",
        "{otp} es tu código de seguridad de {bank}. Vence en 5 minutos.",
        "{bank} alert: use {otp} to verify your new device. Didn't request this? Call {phone}.",
    ],
    "pin": [
        "PIN set successfully\nYour new PIN: {pin}\nDone",
        "Tu nuevo PIN es {pin}. Guárdalo en un lugar seguro.",
    ],
}
SCREEN_PRE: dict[str, list[str]] = {
    "en": ["it wont let me send pics so i copied the text", "this is what it says:", "copied from my screenshot", "ok heres the screen", "look"],
    "es": ["no me deja mandar foto, te copio el texto", "esto es lo que dice:", "mira lo que me sale", "te copio la captura"],
    "mix": ["no me deja mandar pic, copio el texto", "mira lo que dice:"],
}
BANKS = ["Nova Card", "Chispa", "BrightPay", "Stackly", "Volt Debit", "Kuri"]

VOICE: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "en": [
        ("ok so basically i was at {store} and my card number is {card} and it got declined and i have like {amt} in there so idk whats going on period", (CC,)),
        ("hey so the code they sent me is {otp} but it says expired can you help me with that question mark", (OTP,)),
        ("yeah hi um my pin is {pin} and the atm keeps saying its wrong and i already tried it like {tries} times so can you unlock it please", (PIN,)),
        ("so i was trying to apply and it asked for my social which is {ssn} and then it just crashed and now it says error", (SSN,)),
        ("ok my card is {card} and the code on the back is {cvv} and its still not letting me order on {store} can you check", (CC, CVV)),
        ("hey um the password i put is {pw} and it says wrong but i know thats right cause i wrote it down", (PW,)),
        ("sorry im driving so im using talk to text my cvv is {cvv} and i keep getting declined on {app} for my gas", (CVV,)),
    ],
    "es": [
        ("hola buenas mira lo que pasa es que fui al cajero y puse mi {pinword} que es {pin} y me dijo que estaba mal y ya no sé qué hacer punto", (PIN,)),
        ("oye mira el número de mi tarjeta es {card} y me la rechazaron en {store} y tengo {amt} en la cuenta entonces no entiendo", (CC,)),
        ("mira me llegó un código que es el {otp} pero la app me dice que ya venció entonces qué hago", (OTP,)),
        ("hola sí mira mi seguro social es {ssn} y la aplicación no me lo acepta", (SSN,)),
        ("mi tarjeta es {card} y el código de atrás es {cvv} y no me deja comprar en {store} coma qué pasa", (CC, CVV)),
        ("estoy manejando perdón te hablo por audio mi contraseña es {pw} y no me deja entrar", (PW,)),
    ],
    "mix": [
        ("ok so mira my card es {card} y got declined en {store} so idk", (CC,)),
        ("el code que me llegó es {otp} pero dice expired so like qué hago", (OTP,)),
        ("bro el pin que puse es {pin} y el atm dice wrong pin", (PIN,)),
    ],
}
VOICE_POST: dict[str, list[str]] = {
    "en": ["sorry im driving using voice text", "sorry talk to text lol", "ignore the typos im on the road"],
    "es": ["perdón estoy manejando", "perdón es dictado por voz", "disculpa los errores ando manejando"],
    "mix": ["sorry voice text lol", "perdón im driving"],
}

# Customers talking about secrets without giving one, numbers nearby.
SAFETY: dict[str, list[str]] = {
    "en": [
        "i forgot my pin lol", "the code never came", "its been {mins} min and no code",
        "i reset my password like {tries} times", "whats a cvv 💀", "is the cvv the 3 numbers on the back?",
        "do i need my pin for apple pay", "my pin got locked after {tries} tries",
        "it asked for a 6 digit code but i only got 5 lol", "is the pin 4 or 6 digits",
        "password has to be 8 characters??", "can i change my pin in the app",
        "the code expires in {mins} min??", "i dont wanna give my social over chat",
        "do u guys need my ssn for the student card?", "i never got the text with the code",
        "should i change my password", "the atm said try again in 24 hours",
        "someone called me asking for my card number is that yall??",
        "i got a text saying my account is locked and to click a link lol",
    ],
    "es": [
        "se me olvidó mi {pinword}", "no me llega el código", "ya van {mins} minutos y nada de código",
        "¿dónde está el cvv?", "el {pinword} es de 4 o 6 números?", "cambié la contraseña {tries} veces ya",
        "me bloquearon el pin después de {tries} intentos", "el código dura {mins} minutos nada más",
        "no quiero dar mi seguro social por chat", "puedo cambiar el pin desde la app?",
        "me llamaron pidiendo el número de la tarjeta, eran ustedes?",
        "me llegó un mensaje que dice que mi cuenta está bloqueada, es real?",
    ],
    "mix": ["no me llega el code", "se me olvidó el pin lol", "el password tiene que ser de 8 characters?", "el code expira en {mins} min?"],
}
SAFE_INFO: dict[str, list[str]] = {
    "en": [
        "I just sent a 6-digit code to the phone ending in {last4p}. Enter it in the app, don't share it here.",
        "You can reset your PIN in the app under Card > Settings.",
        "The code is valid for 10 minutes. If it expires, tap resend.",
        "For your security the PIN was locked after 3 attempts. It unlocks in 24 hours or you can reset it in the app.",
        "You'll enter your SSN in the secure application form, not here in chat.",
        "You can change your password from the login screen, just tap Forgot password.",
        "That call wasn't us. We never call or text asking for your card number, PIN or codes.",
    ],
    "es": [
        "Te envié un código de 6 dígitos al teléfono que termina en {last4p}. Ingrésalo en la app, no lo compartas aquí.",
        "Puedes cambiar tu {pinword} desde la app en Tarjeta > Ajustes.",
        "El código vale por 10 minutos. Si vence, toca reenviar.",
        "Tu seguro social lo ingresas en el formulario seguro de la solicitud, no aquí.",
        "Esa llamada no fuimos nosotros. Nunca pedimos tu tarjeta, PIN ni códigos.",
    ],
    "mix": ["Te mandé un code al phone que termina en {last4p}, ponlo en la app 👍"],
}
SSN_FORM: dict[str, list[str]] = {
    "en": [
        "You can apply right in the app! It'll ask for your SSN in a secure form, so please don't type it here.",
        "The secured card needs a $200 deposit minimum. You'll verify your identity in the app.",
        "Sure! Since you're 18+ you can apply yourself. Go to Cards > Apply.",
        "I can check the status of your application. What's your date of birth?",
    ],
    "es": [
        "Puedes aplicar desde la app. Te va a pedir el seguro social en un formulario seguro, no lo pongas aquí.",
        "La tarjeta asegurada requiere un depósito mínimo de $200.",
        "Claro, puedo revisar tu solicitud. ¿Me confirmas tu fecha de nacimiento?",
    ],
    "mix": ["Puedes apply en la app, te pide el SSN en un form seguro 👍"],
}
FINE: dict[str, list[str]] = {
    "en": ["ok it worked ty", "omg it went thru", "yesss finally", "ok got it", "done", "it works now 🙏", "aight bet"],
    "es": ["ya funcionó gracias", "listo ya entré", "ya pasó la compra", "ok ya", "ya quedó {bro}"],
    "mix": ["ya funcionó ty", "ok ya it works"],
}

# Clean look-alike chatter, by what the customer does for a living.
PAYOUT_CHAT: dict[str, list[str]] = {
    "en": [
        "my {app} payout of {amt} still hasnt hit", "payout id {payout} if that helps",
        "it says transfer {ref} completed on {date}", "i cashed out {amt} @ {time} and nothing",
        "my cashtag is {cashtag} if thats easier lol", "i did {n} deliveries today and only got {amt} 😭",
        "the instant pay fee was {amt} for a {amt2} payout thats crazy", "they told me ref # {case}",
        "my phone is {phone} if u need to call", "i been driving for {app} since {year}",
        "the app shows **** {last4} as my payout card", "{app} support said its on ur end, ticket {case}",
        "i need that {money} for gas fr", "rent is due {date} {wow}", "i made {amt} this week off {n} trips",
        "my acceptance rate is like 92% and they still do me like this", "it was a {amt} tip too 😤",
        "i dash from 5 to 11 every night",
    ],
    "es": [
        "mi pago de {app} de {amt} no ha llegado", "el id del pago es {payout}",
        "hice {n} viajes hoy y me pagaron {amt}", "retiré {amt} a las {time} y nada {bro}",
        "en la app dice transferencia {ref} completada", "trabajo en {app} desde {year}",
        "mi número es {phone} por si me llaman", "necesito ese {money} para la gasolina",
        "la tarjeta registrada es la que termina en {last4}", "me dieron una propina de {amt} y ni la veo",
        "hago repartos de 6 a 11 todos los días",
    ],
    "mix": ["mi payout de {amt} no llegó", "el payout id es {payout}", "hice {n} deliveries y nada {e}", "necesito ese cash pa la renta {bro}"],
}
SELLER_CHAT: dict[str, list[str]] = {
    "en": [
        "order {order} was delivered but buyer says it wasnt", "tracking {track}",
        "the buyer {handle} opened a claim for {amt}", "my shop is {handle} on {market}",
        "case number {case}", "confirmation {conf}", "transaction id {ref}", "i shipped it {date} @ {time}",
        "sold {n} items this week and the money is stuck",
        "they want a refund of {amt} but i already shipped", "the buyer paid with promo code {promo}",
        "its a pair of dunks size 10.5 i sold for {amt}",
        "i have {n} orders to ship tmrw and no money for labels", "label cost me {amt} and usps says {track}",
    ],
    "es": [
        "el pedido {order} dice entregado pero el comprador dice que no", "guía {track}",
        "el comprador {handle} abrió un reclamo por {amt}", "mi tienda en {market} es {handle}",
        "número de caso {case}", "id de transacción {ref}", "lo envié el {date} a las {time}",
        "vendí {n} cosas esta semana y la plata no llega", "vendí unas jordan talla 42 por {amt}",
        "me piden devolución de {amt} y ya lo mandé",
    ],
    "mix": ["el order {order} dice delivered", "el tracking es {track}", "el buyer abrió un claim de {amt}", "vendí {n} items y el money no llega"],
}
GAMER_CHAT: dict[str, list[str]] = {
    "en": [
        "my gamertag is {tag}", "i got charged {amt} for {game} stuff", "we won {score} last night lol",
        "i stream as {handle} on {stream}", "sub was {amt} on {date}", "my discord is {discord}",
        "been playing since {year}", "im literally {score} rn", "promo code {promo} didnt work either",
        "the charge says {store} {amt} at {time}", "my riot id is {tag}", "i had {amt} in vbucks 😭",
        "i got like {n} subs last stream lol",
    ],
    "es": [
        "mi usuario en {game} es {tag}", "me cobraron {amt} en {game}", "ganamos {score} anoche jaja",
        "hago stream en {stream} como {handle}", "mi discord es {discord}", "juego desde {year}",
        "el cobro dice {store} {amt} a las {time}",
    ],
    "mix": ["mi gamertag es {tag}", "we won {score} bro", "me cobraron {amt} de {game}"],
}
GENERAL_LOOK: dict[str, list[str]] = {
    "en": [
        "the card ending in {last4}", "its the one that says {masked} in the app", "my number is {phone}",
        "i live in {city} zip {zip}", "class of {year} lol", "i got the card {date}",
        "the charge was {amt} @ {time}", "ref {ref} on my statement", "confirmation # {conf}",
        "can i use promo {promo}?", "is it the one with {masked}", "area code {area} btw",
        "i turned 18 on {date} so i can finally get my own card",
        "last 4 is {last4} and the old one was {four}",
    ],
    "es": [
        "la tarjeta que termina en {last4}", "en la app sale {masked}", "mi cel es {phone}",
        "vivo en {city}, cp {zip}", "me llegó la tarjeta el {date}", "el cobro fue de {amt} a las {time}",
        "en el estado de cuenta sale ref {ref}", "código promocional {promo}", "la vieja terminaba en {four}",
    ],
    "mix": ["la card ending en {last4}", "mi phone es {phone}", "el charge fue {amt} @ {time}"],
}

SECRET_SLOT_TYPES: dict[str, str] = {"card": CC, "cvv": CVV, "ssn": SSN, "otp": OTP, "pw": PW, "pin": PIN}
SLOT_OF: dict[str, str] = {t: s for s, t in SECRET_SLOT_TYPES.items()}
# fmt: on

LASTNAMES = [
    "Rivera",
    "Santiago",
    "Pérez",
    "Gómez",
    "Johnson",
    "Williams",
    "Torres",
    "Díaz",
    "Martínez",
    "Brown",
    "Cruz",
    "Ramírez",
    "Ortiz",
    "Jackson",
    "Fernández",
    "Morales",
]


def g_extra(chat: Chat, name: str) -> str | S:
    """Values for slots the Chat class does not know by itself."""
    r = chat.rng
    if name in SECRET_SLOT_TYPES:
        return make_secret(chat, SECRET_SLOT_TYPES[name])
    if name == "lastname":
        return r.choice(LASTNAMES)
    if name == "four":
        return chat.digits(4)
    if name == "area":
        return r.choice(("787", "939", "809", "305", "718", "956", "213"))
    if name == "bank":
        return r.choice(BANKS)
    if name == "NAME":
        return f"{chat.persona['name']} {r.choice(LASTNAMES)}".upper()
    if name == "brand":
        return chat.persona.get("brand", "visa")
    raise KeyError(name)


def make_secret(chat: Chat, kind: str) -> S:
    if kind == CC:
        _brand, digits = chat.card()
        return chat.card_value(digits)
    if kind == CVV:
        return chat.cvv(chat.persona.get("brand", ""))
    if kind == SSN:
        return chat.ssn()
    if kind == OTP:
        return chat.otp()
    if kind == PW:
        return chat.pw()
    return chat.pin()


# --------------------------------------------------------------------------------------
# Pieces of a conversation
# --------------------------------------------------------------------------------------


def chatter(c: Chat) -> None:
    if c.lang == "en" or (c.lang == "mix" and c.chance(0.4)):
        c.cust(CHATTER["us"])
    else:
        c.cust(CHATTER[c.region])


def open_burst(c: Chat, topic: str) -> None:
    c.cust(OPEN[topic])
    for _ in range(c.rng.choice((0, 0, 1, 1, 1, 2, 3))):
        if c.chance(0.5):
            c.cust(BURST)
        else:
            chatter(c)


def greet(c: Chat) -> None:
    c.agent(AGENT_GREET, kind="greeting")


def legit(c: Chat, key: str | None = None) -> None:
    if key is None:
        key = c.rng.choice(
            ("last4", "last4", "zip", "dob", "name", "addr", "email", "phone", "ssn4")
        )
    ask, answer = LEGIT[key]
    c.agent(ask, kind="legit_ask")
    c.cust(answer, kind="lookalike")


def close(c: Chat) -> None:
    if c.chance(0.7):
        c.agent(CLOSE_AGENT, kind="info")
    if c.chance(0.8):
        c.cust(CLOSE_CUST)


def warn_and_sorry(c: Chat, secret_type: str = "") -> None:
    c.agent(WARN_T[secret_type] if secret_type and c.chance(0.7) else WARN, kind="warning")
    if c.chance(0.75):
        c.cust(SORRY)


def give(
    c: Chat,
    kind: str,
    secret_type: str,
    value: S | None = None,
    pool: dict[str, dict[str, list[str]]] = GIVE,
) -> S:
    value = value or make_secret(c, secret_type)
    c.cust(pool[secret_type], kind=kind, **{SLOT_OF[secret_type]: value})
    return value


def corrected(c: Chat, first: S) -> S:
    if first.type == CC:
        return make_secret(c, CC)
    if first.type == PW:
        text = first.text
        text = text[0].swapcase() + text[1:] if text[0].isalpha() else text + "1"
        return S(PW, text)
    if first.type == OTP and c.chance(0.4):
        return c.otp()
    return c.swap_digits(first)


# --------------------------------------------------------------------------------------
# Conversation families
# --------------------------------------------------------------------------------------


def k_card_full(c: Chat) -> None:
    open_burst(c, c.rng.choice(("declined", "dispute", "card_add", "online", "payout")))
    greet(c)
    if c.chance(0.35):
        c.agent(LEGIT["last4"][0], kind="legit_ask")
    _brand, digits = c.card()
    card = c.card_value(digits)
    roll = c.rng.random()
    if roll < 0.6:
        give(c, "card", CC, card)
    elif roll < 0.8:
        c.cust(CARD_EXP, kind="card", card=card)
    else:
        c.cust(CARD_CVV, kind="card_cvv", card=card)
    if c.chance(0.3):
        c.cust(BURST)
    warn_and_sorry(c, CC)
    if c.chance(0.5):
        legit(c, "last4")
    c.agent(INFO_AGENT)
    close(c)


def k_card_split(c: Chat) -> None:
    open_burst(c, c.rng.choice(("declined", "dispute", "card_add", "online")))
    greet(c)
    if c.chance(0.3):
        c.agent(LEGIT["last4"][0], kind="legit_ask")
    c.cust(SPLIT_INTRO)
    _brand, digits = c.card()
    parts = c.card_parts(digits)
    for i, part in enumerate(parts):
        if i > 0 and c.chance(0.15):
            if c.chance(0.5):
                c.cust(SPLIT_INTERJECT)
            else:
                c.agent(AGENT_GO_ON, kind="info")
        if i == 0:
            c.cust(SPLIT_FIRST, kind="card_split", part=part)
        elif i < len(parts) - 1:
            c.cust(SPLIT_MID, kind="card_split", part=part)
        elif c.chance(0.2):
            c.cust(SPLIT_LAST_CVV, kind="card_split", part=part)
        else:
            c.cust(SPLIT_LAST, kind="card_split", part=part)
    warn_and_sorry(c, CC)
    c.agent(INFO_AGENT)
    close(c)


def k_cvv(c: Chat) -> None:
    open_burst(c, c.rng.choice(("online", "online", "card_add")))
    greet(c)
    if c.chance(0.5):
        legit(c, "last4")
    if c.chance(0.15):
        c.persona["brand"] = "amex"
        c.cust(AMEX_CID, kind="cvv", cvv=c.cvv("amex"))
    else:
        give(c, "cvv", CVV)
    if c.chance(0.4):
        c.cust(GENERAL_LOOK, kind="lookalike")
    warn_and_sorry(c, CVV)
    if c.chance(0.5):
        c.cust(FINE)
    close(c)


def k_ssn(c: Chat) -> None:
    open_burst(c, c.rng.choice(("secured", "secured", "activation")))
    greet(c)
    c.agent(SSN_FORM, kind="info")
    if c.chance(0.5):
        legit(c, c.rng.choice(("dob", "addr", "name")))
    if c.chance(0.3):
        c.cust(PAYOUT_CHAT, kind="lookalike")
    give(c, "ssn", SSN)
    warn_and_sorry(c, SSN)
    if c.chance(0.4):
        legit(c, "zip")
    close(c)


def k_otp(c: Chat) -> None:
    open_burst(c, c.rng.choice(("login", "newphone")))
    greet(c)
    if c.chance(0.4):
        legit(c, "phone")
    c.agent(SAFE_INFO, kind="info")
    if c.chance(0.3):
        c.cust(SAFETY)
    give(c, "otp", OTP)
    warn_and_sorry(c, OTP)
    if c.chance(0.5):
        c.cust(FINE)
    close(c)


def k_pw(c: Chat) -> None:
    open_burst(c, "login")
    greet(c)
    if c.chance(0.5):
        legit(c, "email")
    give(c, "pw", PW)
    warn_and_sorry(c, PW)
    if c.chance(0.4):
        c.agent(SAFE_INFO, kind="info")
    close(c)


def k_pin(c: Chat) -> None:
    open_burst(c, c.rng.choice(("atm", "atm", "activation")))
    greet(c)
    if c.chance(0.5):
        legit(c, "last4")
    give(c, "pin", PIN)
    if c.chance(0.3):
        c.cust(SAFETY)
    warn_and_sorry(c, PIN)
    if c.chance(0.5):
        c.agent(SAFE_INFO, kind="info")
    close(c)


def k_correction(c: Chat) -> None:
    kind = c.rng.choices((PIN, OTP, CVV, CC, PW), weights=(35, 20, 20, 15, 10))[0]
    topic = {PIN: "atm", OTP: "newphone", CVV: "online", CC: "declined", PW: "login"}[kind]
    open_burst(c, topic)
    greet(c)
    first = give(c, SLOT_OF[kind], kind)
    if c.chance(0.25):
        c.cust(BURST)
    c.cust(CORRECT, kind="correction", x=corrected(c, first))
    warn_and_sorry(c, kind)
    close(c)


def k_wrong_chat(c: Chat) -> None:
    kind = c.rng.choices((OTP, PW, PIN, CC, CVV), weights=(30, 25, 20, 15, 10))[0]
    open_burst(c, c.rng.choice(("declined", "payout", "login", "dispute", "gaming")))
    greet(c)
    if c.chance(0.5):
        c.cust(c.rng.choice((PAYOUT_CHAT, GENERAL_LOOK, GAMER_CHAT)), kind="lookalike")
    give(c, "wrong_chat", kind, pool=WRONG_CHAT)
    c.cust(OOPS)
    if c.chance(0.7):
        c.agent(WARN_T[kind], kind="warning")
    if c.chance(0.5):
        c.agent(INFO_AGENT)
    close(c)


def k_notes(c: Chat) -> None:
    open_burst(c, c.rng.choice(("card_add", "declined", "login", "secured")))
    greet(c)
    if c.chance(0.4):
        c.agent(LEGIT["last4"][0], kind="legit_ask")
    c.cust(NOTES_PRE)
    c.cust(NOTES, kind="notes_paste", plain=True)
    if c.chance(0.6):
        c.cust(NOTES_POST)
    warn_and_sorry(c)
    close(c)


def k_screenshot(c: Chat) -> None:
    what = c.rng.choices(("card", "otp", "pin"), weights=(50, 40, 10))[0]
    topic = {"card": "activation", "otp": "newphone", "pin": "activation"}[what]
    open_burst(c, topic)
    greet(c)
    if what == "otp" and c.chance(0.6):
        c.agent(SAFE_INFO, kind="info")
    c.cust(SCREEN_PRE)
    c.cust(SCREENSHOT[what], kind="screenshot", plain=True)
    if c.chance(0.4):
        c.cust(BURST)
    warn_and_sorry(c, {"card": CC, "otp": OTP, "pin": PIN}[what])
    close(c)


def k_voice(c: Chat) -> None:
    pool = {lang: [t for t, _types in rows] for lang, rows in VOICE.items()}
    if c.chance(0.5):
        c.cust(BURST)
    c.cust(pool, kind="voice")
    greet(c)
    if c.chance(0.6):
        c.cust(VOICE_POST)
    warn_and_sorry(c)
    if c.chance(0.5):
        c.agent(INFO_AGENT)
    close(c)


def forbidden_ask(c: Chat, types: tuple[str, ...]) -> None:
    if len(types) == 1:
        c.agent(ASK[types[0]], kind="ask_forbidden", requested=types)
        return
    for multi, pool in MULTI_ASK:
        if multi == types:
            c.agent(pool, kind="ask_forbidden", requested=types)
            return
    raise ValueError(types)


def comply_or_refuse(c: Chat, types: tuple[str, ...], p_comply: float) -> bool:
    if c.chance(p_comply):
        if types == (CC, CVV) and c.chance(0.5):
            c.cust(CARD_CVV, kind="reply")
        else:
            for t in types:
                c.cust(REPLY[t], kind="reply")
        return True
    c.cust(REFUSE, kind="refusal")
    c.agent(AGENT_BACKOFF, kind="info")
    return False


def k_phish(c: Chat) -> None:
    c.casual_agent = True
    open_burst(
        c, c.rng.choice(("declined", "dispute", "payout", "login", "atm", "gaming", "seller"))
    )
    greet(c)
    if c.chance(0.4):
        legit(c)
    if c.chance(0.2):
        types = c.rng.choice([m for m, _p in MULTI_ASK])
    else:
        types = (c.rng.choices((CVV, OTP, PIN, PW, CC), weights=(30, 25, 20, 15, 10))[0],)
    if CC in types:
        c.card()
    forbidden_ask(c, types)
    complied = comply_or_refuse(c, types, 0.55)
    if complied and c.chance(0.3):
        more = c.rng.choice([t for t in (CVV, OTP, PIN) if t not in types])
        forbidden_ask(c, (more,))
        comply_or_refuse(c, (more,), 0.5)
    if c.chance(0.5):
        c.agent(INFO_AGENT)
    close(c)


def k_careless(c: Chat) -> None:
    c.casual_agent = False
    open_burst(c, c.rng.choice(("declined", "dispute", "secured", "card_add")))
    greet(c)
    if c.chance(0.6):
        legit(c, c.rng.choice(("name", "dob", "zip")))
    roll = c.rng.random()
    if roll < 0.4:
        types: tuple[str, ...] = (CC,)
    elif roll < 0.7:
        types = (SSN,)
    elif roll < 0.9:
        types = (CC, CVV)
    else:
        types = (OTP,)
    if CC in types:
        _brand, digits = c.card()
        value = c.card_value(digits)
    forbidden_ask(c, types)
    if c.chance(0.6):
        if types == (CC,):
            c.cust(REPLY[CC], kind="reply", card=value)
            if c.chance(0.3):
                echo = S(CC, c.join_groups(c.card_groups(digits), "space"), keep=4)
                c.agent(
                    {
                        "en": ["Thanks, so that's {card}, correct?", "Got it: {card}. One moment."],
                        "es": [
                            "Gracias, entonces es la {card}, ¿correcto?",
                            "Perfecto: {card}. Un momento.",
                        ],
                    },
                    kind="agent_echo",
                    card=echo,
                )
                c.cust(
                    {"en": ["yes", "yep", "yea"], "es": ["sí", "sip", "ajá"], "mix": ["yes", "sí"]}
                )
        elif types == (CC, CVV):
            c.cust(CARD_CVV, kind="reply", card=value)
        else:
            for t in types:
                c.cust(REPLY[t], kind="reply")
    else:
        c.cust(REFUSE, kind="refusal")
        c.agent(AGENT_BACKOFF, kind="info")
    c.agent(INFO_AGENT)
    close(c)


def lookalike_lines(c: Chat, pool: dict[str, list[str]], low: int, high: int) -> None:
    for _ in range(c.rng.randint(low, high)):
        c.cust(pool, kind="lookalike")
        if c.chance(0.25):
            chatter(c)


def k_clean_payout(c: Chat) -> None:
    open_burst(c, "payout")
    greet(c)
    lookalike_lines(c, PAYOUT_CHAT, 1, 3)
    legit(c, c.rng.choice(("payout", "last4", "handle", "email")))
    if c.chance(0.5):
        lookalike_lines(c, PAYOUT_CHAT, 1, 2)
    c.agent(INFO_AGENT)
    close(c)


def k_clean_seller(c: Chat) -> None:
    open_burst(c, "seller")
    greet(c)
    lookalike_lines(c, SELLER_CHAT, 1, 3)
    legit(c, "order")
    if c.chance(0.5):
        legit(c, c.rng.choice(("last4", "zip", "handle")))
    c.agent(INFO_AGENT)
    close(c)


def k_clean_gamer(c: Chat) -> None:
    open_burst(c, "gaming")
    greet(c)
    lookalike_lines(c, GAMER_CHAT, 1, 3)
    legit(c, "last4")
    if c.chance(0.4):
        lookalike_lines(c, GENERAL_LOOK, 1, 1)
    c.agent(INFO_AGENT)
    close(c)


def k_clean_verify(c: Chat) -> None:
    open_burst(c, c.rng.choice(("declined", "dispute", "activation", "card_add")))
    greet(c)
    keys = c.rng.sample(
        ["last4", "zip", "dob", "name", "addr", "email", "phone", "callback", "ssn4"],
        c.rng.randint(2, 4),
    )
    for key in keys:
        legit(c, key)
        if c.chance(0.3):
            c.cust(GENERAL_LOOK, kind="lookalike")
    c.agent(INFO_AGENT)
    close(c)


def k_clean_safety(c: Chat) -> None:
    open_burst(c, c.rng.choice(("login", "atm", "newphone", "secured")))
    greet(c)
    for _ in range(c.rng.randint(1, 3)):
        c.cust(SAFETY, kind="lookalike")
    c.agent(SAFE_INFO, kind="info")
    if c.chance(0.6):
        c.agent(WARN, kind="warning")
    if c.chance(0.5):
        c.cust(SAFETY, kind="lookalike")
    c.cust(FINE)
    close(c)


KINDS: dict[str, tuple[Callable[[Chat], None], int]] = {
    "card_full": (k_card_full, 7),
    "card_split": (k_card_split, 6),
    "cvv": (k_cvv, 5),
    "ssn_application": (k_ssn, 5),
    "otp": (k_otp, 6),
    "password": (k_pw, 5),
    "pin": (k_pin, 6),
    "correction": (k_correction, 5),
    "wrong_chat": (k_wrong_chat, 5),
    "notes_paste": (k_notes, 4),
    "screenshot_text": (k_screenshot, 4),
    "voice_to_text": (k_voice, 4),
    "agent_phish": (k_phish, 6),
    "agent_careless": (k_careless, 5),
    "clean_payout": (k_clean_payout, 7),
    "clean_seller": (k_clean_seller, 7),
    "clean_gamer": (k_clean_gamer, 5),
    "clean_verify": (k_clean_verify, 7),
    "clean_safety": (k_clean_safety, 6),
}


def generate(seed: int, count: int = 480) -> list[Conversation]:
    """`count` conversations of set 22, the same for the same seed."""
    rng = Random(seed)
    names = list(KINDS)
    weights = [KINDS[n][1] for n in names]
    first = names[:]
    rng.shuffle(first)
    out: list[Conversation] = []
    for i in range(count):
        kind = first[i] if i < len(first) else rng.choices(names, weights=weights)[0]
        lang = rng.choices(("en", "es", "mix"), weights=(45, 30, 25))[0]
        if lang == "en":
            region = "us"
        elif lang == "es":
            region = rng.choice(ES_REGIONS)
        else:
            region = rng.choice(MIX_REGIONS)
        chat = Chat(rng, lang, region)
        KINDS[kind][0](chat)
        out.append(
            Conversation(cid=f"b22-{seed}-{i:04d}", kind=kind, lang=lang, messages=chat.msgs)
        )
    return out
