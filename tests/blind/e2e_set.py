"""Blind end-to-end evaluation set for guard: generated customer-care conversations.

Written without reading guard's code, rules, tests or benchmarks. Every message carries
its expected labels: the character spans of the secret values it holds (type, start, end)
and, for agent messages, the set of secret types the agent asks for.

`generate(seed)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from random import Random

from stdnum import luhn

CC = "CREDIT_CARD"
CVV = "CARD_SECURITY_CODE"
SSN = "US_SSN"
OTP = "ONE_TIME_PASSCODE"
PW = "PASSWORD"
PIN = "PIN"
TYPES: tuple[str, ...] = (CC, CVV, SSN, OTP, PW, PIN)

# Trailing digits of a value that may stay visible once masked (cards and SSNs keep 4).
KEEP_LAST: dict[str, int] = {CC: 4, SSN: 4}

# Template slots that hold a secret value, and the type they are labelled with.
SECRET_SLOTS: dict[str, str] = {
    "card": CC,
    "cvv": CVV,
    "cid": CVV,
    "ssn": SSN,
    "otp": OTP,
    "pw": PW,
    "pin": PIN,
}
SLOT_OF_TYPE: dict[str, str] = {
    CC: "card",
    CVV: "cvv",
    SSN: "ssn",
    OTP: "otp",
    PW: "pw",
    PIN: "pin",
}

SLOT_RE = re.compile(r"\{(\w+)\}")
NUMBER_RUN_RE = re.compile(r"\d(?:[\d \-./]*\d)?")


@dataclass(frozen=True)
class Label:
    """A secret value inside a message: text[start:end] is exactly the value."""

    type: str
    start: int
    end: int
    keep: int = 0  # trailing digits of this span that may remain visible after masking
    split_part: bool = False  # one part of a card typed over several messages


@dataclass
class Message:
    role: str  # "customer" or "agent"
    text: str
    labels: list[Label] = field(default_factory=list)
    requested: frozenset[str] = frozenset()  # agent messages: secret types asked for
    kind: str = "clean"  # what the message is, for the report


@dataclass
class Conversation:
    cid: str
    kind: str
    lang: str  # "en", "es" or "mix"
    messages: list[Message]


# --------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------

FIRST_NAMES = (
    "Maria",
    "John",
    "Luis",
    "Ashley",
    "Carmen",
    "Kevin",
    "Rosa",
    "Tyler",
    "Guadalupe",
    "Brianna",
    "Jose",
    "Emily",
    "Andres",
    "Keisha",
    "Hector",
)
LAST_NAMES = (
    "Garcia",
    "Smith",
    "Hernandez",
    "Johnson",
    "Lopez",
    "Nguyen",
    "Martinez",
    "Brown",
    "Ramirez",
    "Williams",
    "Torres",
    "Davis",
    "Flores",
    "Miller",
)
AGENT_NAMES = ("Ana", "Luis", "Sarah", "Kevin", "Priya", "Jorge", "Daniela", "Mike")
STREETS = (
    "Maple",
    "Oak",
    "Elm",
    "Sunset",
    "Washington",
    "Lincoln",
    "Palm",
    "Cedar",
    "Main",
    "Jefferson",
    "Hillcrest",
    "Lakeview",
)
STREETS_ES = (
    "Juárez",
    "Morelos",
    "Hidalgo",
    "de la Reforma",
    "Insurgentes",
    "San Martín",
    "Bolívar",
    "Independencia",
    "Las Flores",
    "5 de Mayo",
)
PW_WORDS = (
    "sunshine",
    "dragon",
    "bluebird",
    "pelusa",
    "gatito",
    "chocolate",
    "barcelona",
    "tigre",
    "rocky",
    "princesa",
    "monkey",
    "jessica",
    "mariposa",
    "football",
    "lakers",
    "corazon",
    "buster",
    "sofia",
    "shadow",
    "estrella",
    "pumpkin",
    "canelo",
    "michelle",
    "toyota",
)
PW_SYMBOLS = ("!", "@", "#", "$", "*", ".", "_", "&", "?")
EMOJIS = ("🙏", "😩", "😅", "👍", "🙂", "😡", "🤦\u200d♀️", "😭", "🥲", "👌")
FLIGHT_AIRLINES = ("AA", "UA", "DL", "B6", "WN", "IB", "AM", "AV", "LA", "Y4")
ROUTING_NUMBERS = (
    "021000021",
    "026009593",
    "121000248",
    "011000138",
    "111000025",
    "122000661",
    "063100277",
    "071000013",
)
PROMO_CODES = (
    "SAVE20",
    "WELCOME10",
    "VERANO2024",
    "FREESHIP",
    "BF2023",
    "HOLA15",
    "SPRING25",
    "VIP30",
)
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

# --------------------------------------------------------------------------------------
# Customer messages that carry secrets (the value sits where its slot is)
# --------------------------------------------------------------------------------------

SECRET_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    CC: {
        "en": (
            "my card number is {card}",
            "card: {card}",
            "its {card}",
            "ok here it is {card} exp {exp}",
            "can you just charge this one instead {card}",
            "use my other card pls {card}",
            "the visa is {card}",
            "new card # {card}",
            "cc {card}",
            "try this card\n{card}\n{exp}",
            "{card}",
            "I already gave it to you twice!!! {card}",
            "number on the card is {card} and the name is {name}",
            "hi, I want to pay my bill of {amount} with card {card}",
            "{card} is the card I used on {date}",
            "here u go: {card}",
            "card number - {card}",
            "so the charge of {amount} was on this card {card}, can u check",
            "Hello, please update my payment method to {card}, thank you.",
            "the debit card is {card} expires {exp}",
            "ok ready? {card}",
            "i think its {card} but the numbers are kind of worn off",
            "Card #: {card}\nName: {name}\nZip: {zip}",
        ),
        "es": (
            "mi tarjeta es {card}",
            "el número de la tarjeta es {card}",
            "tarjeta {card} vence {exp}",
            "aquí está: {card}",
            "le paso los datos de mi tarjeta {card}",
            "número de tarjeta: {card}",
            "pagué con la tarjeta {card} y no me llegó nada",
            "use esta tarjeta porfa {card}",
            "la de débito es {card}",
            "{card} esa es la tarjeta",
            "ya le di el número!! {card}",
            "quiero pagar {amount_es} con la tarjeta {card}",
            "Buenas tardes, le comparto el número de mi tarjeta de crédito: {card}",
            "es esta {card} a nombre de {name}",
        ),
        "mix": (
            "mi card es {card}",
            "ok el card number es {card}",
            "te paso el numero {card} and the exp is {exp}",
            "la tarjeta is {card}",
            "here, mi tarjeta {card} 🙏",
        ),
    },
    CVV: {
        "en": (
            "cvv {cvv}",
            "the cvv is {cvv}",
            "security code: {cvv}",
            "3 digit code on the back is {cvv}",
            "code on the back {cvv}",
            "cvc {cvv}",
            "and the code behind the card is {cvv}",
            "{cvv} is the cvv",
            "oh and cvv is {cvv} sorry",
            "CVV2: {cvv}",
            "the security code on the back says {cvv}",
            "Sorry forgot, the CVC is {cvv}.",
            "its amex so the code on the front is {cid}",
            "cid {cid}",
            "the 4 digit code above the number is {cid}",
            "exp {exp} cvv {cvv}",
        ),
        "es": (
            "el cvv es {cvv}",
            "código de seguridad {cvv}",
            "los 3 números de atrás son {cvv}",
            "codigo de seguridad: {cvv}",
            "el código de atrás de la tarjeta es {cvv}",
            "cvv: {cvv} y vence {exp}",
            "el cvc es {cvv}",
            "se me olvidó, el código de seguridad es {cvv}",
            "los numeritos de atrás {cvv}",
        ),
        "mix": (
            "el cvv is {cvv}",
            "ok y el security code es {cvv}",
            "the code de atrás es {cvv}",
        ),
    },
    SSN: {
        "en": (
            "my ssn is {ssn}",
            "SSN: {ssn}",
            "social is {ssn}",
            "ss# {ssn}",
            "social security number {ssn}",
            "{ssn} is my social",
            "my social security # is {ssn}, dob {dob}",
            "last name {last}, ssn {ssn}",
            "ok my social: {ssn}",
            "its {ssn} (my ssn)",
            "My Social Security Number is {ssn}.",
            "you need my social? ok {ssn}",
            "ssn {ssn} and my phone is {phone}",
            "for the account under my name the social is {ssn}",
        ),
        "es": (
            "mi seguro social es {ssn}",
            "número de seguro social: {ssn}",
            "mi social es {ssn}",
            "el SSN es {ssn}",
            "seguro social {ssn}",
            "mi número de seguro social es el {ssn}",
            "{ssn} es mi seguro social",
        ),
        "mix": (
            "mi social security es {ssn}",
            "el ssn es {ssn} ok?",
            "mi social is {ssn}",
        ),
    },
    OTP: {
        "en": (
            "the code is {otp}",
            "verification code {otp}",
            "got the code: {otp}",
            "otp {otp}",
            "it says {otp} is my verification code",
            "the text says {otp}",
            "2fa code {otp}",
            "one time passcode is {otp}",
            "{otp} is the code you sent",
            "just got the text, {otp}",
            "code {otp} but it expired already?",
            "the code you texted me is {otp}",
            "my authenticator shows {otp}",
            "I received the verification code: {otp}",
            "the login code from the email is {otp}",
            "passcode {otp}",
        ),
        "es": (
            "el código es {otp}",
            "me llegó el código {otp}",
            "código de verificación: {otp}",
            "ya me llegó el sms, es {otp}",
            "el codigo que me mandaron es {otp}",
            "el token es {otp}",
            "me llegó un mensaje con el código {otp}",
            "{otp} es el código que me enviaron",
        ),
        "mix": (
            "ya me llegó el code, {otp}",
            "el verification code es {otp}",
            "el otp es {otp}",
        ),
    },
    PW: {
        "en": (
            "my password is {pw}",
            "pw: {pw}",
            "password {pw}",
            "my pass is {pw}",
            "login is {email} and password is {pw}",
            "user {user} pw {pw}",
            "i changed my password to {pw} but still doesnt work",
            "the password i use is {pw}",
            "pwd {pw}",
            "my passwrd is {pw}",
            "try {pw} thats my password",
            "Password: {pw}\nUsername: {user}",
            "its {pw} for the password",
            "the password for the app is {pw} if that helps",
        ),
        "es": (
            "mi contraseña es {pw}",
            "contraseña: {pw}",
            "mi contrasena es {pw}",
            "el password es {pw}",
            "usuario {user} contraseña {pw}",
            "la contraseña de la app es {pw}",
            "puse {pw} de contraseña y no entra",
        ),
        "mix": (
            "mi password es {pw}",
            "el pw es {pw}",
            "la contraseña is {pw}",
        ),
    },
    PIN: {
        "en": (
            "my pin is {pin}",
            "PIN: {pin}",
            "pin {pin}",
            "the pin number is {pin}",
            "atm pin {pin}",
            "{pin} is my pin",
            "my debit pin is {pin}, I think",
            "account pin is {pin}",
            "the pin i set was {pin}",
            "Security PIN: {pin}",
            "i tried my pin {pin} 3 times and now its locked",
        ),
        "es": (
            "mi pin es {pin}",
            "mi NIP es {pin}",
            "el nip {pin}",
            "la clave del cajero es {pin}",
            "mi clave es {pin}",
            "el pin de la tarjeta es {pin}",
            "mi nip del cajero es {pin} y no me deja sacar dinero",
        ),
        "mix": (
            "mi pin es {pin} ok",
            "el pin number es {pin}",
            "my nip es {pin}",
        ),
    },
}

MULTI_TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "card {card} exp {exp} cvv {cvv}",
        "Card number {card}, expiration {exp}, security code {cvv}",
        "Card: {card}\nExp: {exp}\nCVV: {cvv}",
        "ssn {ssn} and pin {pin}",
        "username {user} password {pw} and the code is {otp}",
        "pin {pin} / cvv {cvv}",
        "debit card {card} exp {exp} code {cvv} zip {zip}",
        "hi so i ordered on {date} for {amount} and it got declined, card is {card} exp {exp}"
        " and my zip is {zip}",
        "my social is {ssn} and the verification code is {otp}",
        "{card} {exp} {cvv}",
    ),
    "es": (
        "mi tarjeta {card}, cvv {cvv}, y mi seguro social {ssn}",
        "tarjeta {card} vence {exp} código de seguridad {cvv}",
        "usuario {user}\ncontraseña {pw}\nnip {pin}",
        "el código es {otp} y mi contraseña {pw}",
        "número de tarjeta {card}\nvencimiento {exp}\ncvv {cvv}",
    ),
    "mix": (
        "mi card {card} exp {exp} y el cvv {cvv}",
        "el ssn es {ssn} and my pin is {pin}",
    ),
}

# --------------------------------------------------------------------------------------
# Clean customer messages: look-alike numbers and talk about secrets without a value
# --------------------------------------------------------------------------------------

NEGATIVE_CUSTOMER: dict[str, tuple[str, ...]] = {
    "en": (
        "I was charged {amount} twice on {date}",
        "my order {order} hasn't arrived, tracking says {tracking}",
        "you can call me at {phone} after {time}",
        "zip is {zip}",
        "the card ending in {last4} was declined",
        "it shows {masked} on my statement",
        "my address is {addr}, {zip}",
        "I've been a customer since {year}!!",
        "flight {flight} on {date} got cancelled and nobody told me",
        "I forgot my PIN",
        "i never got the code",
        "my password isn't working",
        "do you need my ssn?",
        "case number {case}",
        "my confirmation number is {conf}",
        "refund of {amount} for order #{order_digits}",
        "I paid {amount} on {date} at {time}",
        "last 4 of my social is {last4}",
        "my card ends with {last4} and the zip is {zip}",
        "the code you sent expired",
        "It says error {err} when I enter my pin",
        "i tried 3 times and it locked me out",
        "i got charged {amount} and then {amount} again??",
        "promo code {promo} didn't work",
        "area code is {areacode}",
        "my phone's IMEI is {imei}",
        "the routing number on my checks is {routing}",
        "the last four are {last4}",
        "statement shows {masked_alt} charged {amount} on {date}",
        "my ss# ends in {last4}",
        "cvv? I don't have the card with me right now",
        "I reset my password yesterday at {time} and it still says invalid",
        "ordered {qty} items on {date}, only got {qty2}",
        "it's {addr}, apt {apt}, {zip4}",
        "my account number is {acct}",
        "can u send the new card to {addr}? zip {zip}",
        "the ticket number you gave me was {ticket}",
        "I called {tollfree} and waited {qty} hours",
        "the 2fa thing isn't sending me anything to {phone}",
        "Is it safe to give my social security number here?",
        "my pin got blocked after {qty} tries",
        "my flight is {flight} departing {time} on {date}",
        "the masked number is {masked_ssn}, is that my social?",
        "it was {amount} at {store} on {date}",
        "the charge from {date} ({amount}) is not mine",
        "gift card balance shows {amount}",
        "tracking {tracking} says delivered but nothing here",
        "born {dob}",
    ),
    "es": (
        "me cobraron {amount_es} el {date_es}",
        "mi pedido {order} no ha llegado",
        "mi número es {phone}",
        "código postal {zip}",
        "la tarjeta terminada en {last4} no pasa",
        "olvidé mi contraseña",
        "no me llegó el código",
        "mi vuelo {flight} salía a las {time}",
        "vivo en {addr_es}",
        "el número de caso es {case}",
        "número de confirmación {conf}",
        "tengo la tarjeta desde {year}",
        "me aparece {masked} en el estado de cuenta",
        "los últimos 4 de mi seguro social son {last4}",
        "se me bloqueó el nip",
        "no me deja entrar, dice contraseña incorrecta",
        "me descontaron {amount_es} dos veces, el {date_es}",
        "el número de guía es {tracking}",
        "pedí {qty} cosas el {date_es} y solo llegó una",
        "mi celular es {phone_es}",
        "el cargo de {amount_es} del {date_es} no lo reconozco",
        "nací el {dob_es}",
        "el error dice {err} cuando pongo mi nip",
        "los últimos cuatro dígitos son {last4}",
        "¿es seguro mandar mi número de tarjeta por aquí?",
        "el cupón {promo} no funciona",
    ),
    "mix": (
        "me cobraron {amount} twice el {date}",
        "el order {order} no ha llegado",
        "my tarjeta terminada en {last4} no funciona",
        "olvidé my password otra vez 😩",
        "el tracking dice {tracking}",
        "mi zip code es {zip}",
    ),
}

CUSTOMER_GREETINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "hi",
        "hello?",
        "hi i need help",
        "Hi, I have a question about my bill",
        "hey, someone there?",
        "hi there, my order {order} never showed up",
        "Hello, I was charged {amount} and I don't know why",
        "helloooo",
        "hi my card got declined at {store}",
        "good morning",
    ),
    "es": (
        "hola",
        "buenas tardes",
        "hola, necesito ayuda con mi tarjeta",
        "hola tengo un problema con un cobro de {amount_es}",
        "buenas, alguien me ayuda?",
        "hola, mi pedido {order} no llega",
        "buen día",
    ),
    "mix": (
        "hola, I need help with my card",
        "hi, tengo un problema con mi cuenta",
        "hello, necesito ayuda pls",
    ),
}
CUSTOMER_THANKS: dict[str, tuple[str, ...]] = {
    "en": (
        "thanks",
        "ok thank you!",
        "thx",
        "that's all, thanks 🙏",
        "thank u so much",
        "ok",
        "great thanks",
        "finally. thanks",
    ),
    "es": ("gracias", "muchas gracias", "ok gracias", "listo, gracias 🙏", "va, gracias"),
    "mix": ("ok gracias!", "thanks, muy amable", "ok perfecto thanks"),
}
CUSTOMER_FILLER: dict[str, tuple[str, ...]] = {
    "en": (
        "ok",
        "one sec",
        "hold on",
        "let me find it",
        "sure",
        "ok wait",
        "brb",
        "hang on let me grab my card",
        "hmm ok",
        "yes",
    ),
    "es": (
        "ok",
        "un momento",
        "déjeme ver",
        "espere",
        "sí",
        "va",
        "ahorita lo busco",
        "un segundo",
    ),
    "mix": ("ok wait", "un momento pls", "ok hold on", "sí, one sec"),
}

# --------------------------------------------------------------------------------------
# Agent messages
# --------------------------------------------------------------------------------------

AGENT_GREETINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "Hi, thanks for contacting us! My name is {aname}. How can I help you today?",
        "Hello! You're chatting with {aname}. What can I do for you?",
        "Thanks for waiting. Let me take a look.",
        "I'm sorry to hear that. Let me check.",
        "One moment please while I pull up your account.",
        "Hi there, {aname} here. I'll be happy to help.",
    ),
    "es": (
        "¡Hola! Gracias por comunicarse, le atiende {aname}. ¿En qué le puedo ayudar?",
        "Buenas tardes, mi nombre es {aname}, ¿cómo puedo ayudarle?",
        "Permítame un momento, por favor.",
        "Lamento el inconveniente, déjeme revisar.",
        "Hola, con gusto le ayudo.",
    ),
}
AGENT_CLOSINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "Is there anything else I can help you with?",
        "Thanks for your patience! Have a great day.",
        "You're all set. Anything else?",
        "Done! Thank you for being a customer since {year}.",
    ),
    "es": (
        "¿Hay algo más en lo que le pueda ayudar?",
        "Gracias por su paciencia, que tenga buen día.",
        "Listo, quedó resuelto. ¿Algo más?",
    ),
}
AGENT_INFO: dict[str, tuple[str, ...]] = {
    "en": (
        "Your refund of {amount} was issued on {date}.",
        "Your tracking number is {tracking}.",
        "I've opened case {case} for you.",
        "The card ending in {last4} has been blocked.",
        "Your new card ending in {last4} will arrive by {date}.",
        "I see a charge of {amount} on {date} at {time}.",
        "Your flight {flight} has been rebooked for {date} at {time}.",
        "You can also call us at {tollfree}, option 2.",
        "Your confirmation number is {conf}.",
        "I see order {order}, shipped on {date} to {addr}.",
        "The payment of {amount} posted on {date}; your balance is now {amount}.",
        "The card on file is {masked}.",
    ),
    "es": (
        "Su reembolso de {amount_es} se verá reflejado en 5 a 7 días hábiles.",
        "Su número de caso es {case}.",
        "La tarjeta terminada en {last4} quedó bloqueada.",
        "Veo un cargo de {amount_es} el {date_es} a las {time}.",
        "Su número de guía es {tracking}.",
        "Su vuelo {flight} quedó reprogramado para el {date_es}.",
        "También puede llamarnos al {tollfree}.",
        "La tarjeta registrada es {masked}.",
    ),
}
AGENT_LEGIT_ASKS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    # (agent question, customer answers) - answers are not secrets
    "en": (
        (
            "For verification, can you confirm the last four digits of the card?",
            ("{last4}", "its {last4}", "last 4 are {last4}", "ends in {last4}"),
        ),
        ("Could you give me the billing ZIP code?", ("{zip}", "zip {zip}", "its {zip4}")),
        ("What's the last 4 of your social?", ("{last4}", "{last4} 👍", "ok its {last4}")),
        (
            "Can you confirm your date of birth and the email on the account?",
            ("{dob}, {email}", "{email} and {dob}"),
        ),
        ("What's the best phone number to reach you?", ("{phone}", "call me at {phone}")),
        ("What's the order number?", ("{order}", "order {order}", "it's {order}")),
        ("How much was the charge?", ("{amount}", "it was {amount}")),
        ("When did you make the purchase?", ("{date}", "on {date} around {time}")),
        ("Last four of the card and billing zip please.", ("{last4} and {zip}", "{last4}, {zip}")),
        ("What's the case number you were given?", ("{case}", "case {case}")),
        ("What's the name on the card?", ("{name}",)),
    ),
    "es": (
        (
            "¿Me confirma los últimos 4 dígitos de la tarjeta?",
            ("{last4}", "son {last4}", "termina en {last4}"),
        ),
        ("¿Cuál es el código postal de facturación?", ("{zip}", "cp {zip}", "es el {zip}")),
        ("¿Me podría dar los últimos cuatro de su seguro social?", ("{last4}", "claro, {last4}")),
        ("¿Me confirma su fecha de nacimiento?", ("{dob_es}", "el {dob_es}")),
        ("¿A qué número le podemos llamar?", ("{phone_es}", "al {phone_es}")),
        ("¿Cuál es su número de pedido?", ("{order}", "es el {order}")),
        ("¿De cuánto fue el cargo?", ("{amount_es}", "fue de {amount_es}")),
    ),
}
AGENT_WARNINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "Please never share your PIN or password with anyone, including us.",
        "I've sent you a verification code. Please don't share it with anyone, just enter it"
        " in the app.",
        "We will never ask for your full card number, CVV or one-time code.",
        "You can reset your password here: example.com/reset",
        "Please enter the code in the app, not here in the chat.",
        "Did the code arrive? You'll need to type it on the website, not here.",
        "The security code is the 3-digit number on the back. Enter it on the checkout page,"
        " please don't send it here.",
        "For your safety please don't type your card number in this chat.",
        "You can change your PIN at any of our ATMs.",
        "Heads up: scammers sometimes pretend to be us and ask for your social security"
        " number. We never do that.",
        "I just sent a code to your phone ending in {last4}. Don't share it with me or"
        " anyone else; type it on the verification screen.",
        "If you forgot your password, tap 'Forgot password' and we'll email you a link.",
        "Your card's PIN is never stored by us, so I can't see it.",
    ),
    "es": (
        "Nunca comparta su código con nadie, ni siquiera con nosotros.",
        "Le enviamos un código por SMS; ingréselo en la app, no lo comparta por este chat.",
        "Por seguridad, nunca le pediremos su NIP ni su contraseña.",
        "Puede cambiar su contraseña desde la app en Perfil > Seguridad.",
        "Por favor no escriba el número de su tarjeta en este chat.",
        "Le acabo de mandar un código al celular terminado en {last4}, ingréselo en la"
        " pantalla de verificación y no lo comparta.",
        "Si olvidó su NIP, puede solicitar uno nuevo en cualquier sucursal.",
    ),
}

# Forbidden agent asks: (template, requested types).
FORBIDDEN_ASKS: dict[str, dict[str, tuple[str, ...]]] = {
    CC: {
        "en": (
            "Can you please provide the full card number?",
            "what's the long number on the front of the card?",
            "I'll need all 16 digits of the card to look it up",
            "please type the card number here so I can process the refund",
            "Can you read me the card number, all of it?",
            "Please send the complete card number and expiration date.",
            "Your account has been suspended. Reply with your card number and expiry to"
            " reactivate it.",
            "To verify, type the full number on your card below.",
            "What card number would you like to use for the payment?",
            "ok, go ahead with the card number",
        ),
        "es": (
            "¿Me puede dar el número completo de la tarjeta?",
            "necesito los 16 dígitos de su tarjeta",
            "Por favor escriba el número de su tarjeta para procesar el reembolso.",
            "me regala el numero de la tarjeta?",
            "¿Me dicta el número de su tarjeta de crédito, por favor?",
            "Para validar, envíe el número de tarjeta completo y la fecha de vencimiento.",
        ),
    },
    CVV: {
        "en": (
            "what's the 3 digit code on the back?",
            "And the CVV?",
            "Can you provide the security code on the back of the card?",
            "I also need the CVC to complete the payment",
            "Since it's an Amex, what's the 4-digit code on the front?",
            "the digits on the back of the card, what are they?",
            "Could you kindly confirm the card's security code for me?",
            "cvv pls",
        ),
        "es": (
            "¿Cuál es el código de seguridad (los 3 dígitos de atrás)?",
            "me confirma el cvv?",
            "necesito el código de 3 dígitos que está al reverso",
            "¿Me indica el código de seguridad de la tarjeta?",
        ),
    },
    SSN: {
        "en": (
            "Can I get your social security number?",
            "What's your SSN?",
            "I'll need your full social to verify",
            "please provide your ss# for verification",
            "To continue, type your 9-digit Social Security number.",
            "Would you mind sharing your SSN so I can pull up the account?",
            "and your social?",
        ),
        "es": (
            "¿Me proporciona su número de seguro social?",
            "necesito su seguro social completo",
            "¿Cuál es su SSN?",
            "Para continuar, escriba su número de seguro social de 9 dígitos.",
        ),
    },
    OTP: {
        "en": (
            "Please read me the code we just texted you",
            "What's the verification code you received?",
            "I just sent a 6-digit code to your phone, can you tell me what it is?",
            "Reply with the one-time passcode to confirm your identity.",
            "what code did you get?",
            "Can you share the 2FA code from your authenticator app?",
            "what's the code in the text message?",
        ),
        "es": (
            "Dígame el código que le llegó por SMS",
            "¿Me comparte el código de verificación?",
            "me pasa el código que le acabamos de enviar?",
            "¿Qué código le llegó al celular?",
        ),
    },
    PIN: {
        "en": (
            "What's your card PIN?",
            "Can you confirm your 4-digit PIN?",
            "I need your ATM pin to unlock the card",
            "If you don't mind, could you kindly provide your PIN?",
            "please type your pin so I can verify it",
        ),
        "es": (
            "¿Cuál es su NIP?",
            "me confirma la clave de su tarjeta?",
            "necesito su pin para desbloquear la tarjeta",
            "¿Me proporciona su NIP de 4 dígitos, por favor?",
        ),
    },
    PW: {
        "en": (
            "What's your account password?",
            "can you give me your password so I can log in and check?",
            "Please send your username and password.",
            "What password are you using? I'll try it from here.",
            "For security verification, please reply with your current password.",
        ),
        "es": (
            "necesito su contraseña para entrar a su cuenta",
            "¿Cuál es su contraseña?",
            "¿Sería tan amable de indicarme su contraseña?",
            "me pasa su usuario y contraseña para revisar?",
        ),
    },
}
FORBIDDEN_COMBOS: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "en": (
        ("I'll need the card number, expiration date and CVV.", frozenset({CC, CVV})),
        ("Last four digits and the security code, please.", frozenset({CVV})),
        ("Please confirm your SSN and the code we sent you.", frozenset({SSN, OTP})),
        ("Can you give me your username and password, and the PIN too?", frozenset({PW, PIN})),
        ("Billing zip and the CVV on the back please", frozenset({CVV})),
    ),
    "es": (
        ("Necesito el número de la tarjeta y el NIP.", frozenset({CC, PIN})),
        ("¿Me da los últimos 4 dígitos y el código de seguridad?", frozenset({CVV})),
        ("Por favor envíe su seguro social y el código que le llegó.", frozenset({SSN, OTP})),
    ),
}

# Customer answers to an agent ask; {X} is replaced by the asked type's slot.
ANSWER_TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "{X}",
        "{X}",
        "sure, {X}",
        "its {X}",
        "ok {X}",
        "one sec... ok its {X}",
        "{X} 🙂",
        "it's {X} i think",
        "ok it says {X}",
        "{X}\nis that right?",
        "yes {X}",
        "here: {X}",
    ),
    "es": (
        "{X}",
        "{X}",
        "claro, es {X}",
        "es {X}",
        "listo {X}",
        "ahí va: {X}",
        "sale, {X}",
        "sí, {X}",
        "creo que es {X}",
        "a ver... {X}",
    ),
    "mix": ("{X}", "ok es {X}", "sure, es {X}", "ya, {X}"),
}
REFUSALS: dict[str, tuple[str, ...]] = {
    "en": (
        "why do you need that??",
        "is this really the bank? I'm not comfortable sharing that",
        "no. you guys said never to share that",
        "hmm ok let me look for it",
        "I don't have it on me",
        "wait what? no",
    ),
    "es": (
        "no le voy a dar eso",
        "¿para qué necesita eso?",
        "no me siento cómodo dando eso",
        "déjeme buscarla",
        "no la traigo conmigo",
    ),
    "mix": ("no, why?", "hmm no sé, is that safe?"),
}
AGENT_NUDGES: dict[str, tuple[str, ...]] = {
    "en": ("Sure, take your time.", "No problem.", "ok", "Yes, that one.", "Go ahead."),
    "es": ("Claro, sin prisa.", "Adelante.", "Sí, ese.", "Con gusto, espero."),
}

# Agents who repeat or hand out a secret in their own message.
AGENT_ECHOES: dict[str, tuple[str, ...]] = {
    "en": (
        "Thanks, I have the card {card}, correct?",
        "Your temporary password is {pw}. Please change it after you log in.",
        "Ok, so the SSN I have on file is {ssn}. Is that right?",
        "I've set your new PIN to {pin}.",
        "Just to confirm, the CVV you gave me is {cvv}?",
    ),
    "es": (
        "Gracias, tengo la tarjeta {card}, ¿es correcto?",
        "Su contraseña temporal es {pw}, cámbiela al ingresar.",
        "Le confirmo, su NIP nuevo es {pin}.",
    ),
}

# Split cards: words around a part of a card typed over several messages.
SPLIT_FIRST: dict[str, tuple[str, ...]] = {
    "en": ("{P}", "{P}", "{P}", "card number is {P}", "ok its {P}", "{P}..."),
    "es": ("{P}", "{P}", "la tarjeta es {P}", "es {P}", "{P}..."),
    "mix": ("{P}", "ok el card es {P}"),
}
SPLIT_NEXT: dict[str, tuple[str, ...]] = {
    "en": ("{P}", "{P}", "{P}", "then {P}", "{P}", "and {P}"),
    "es": ("{P}", "{P}", "{P}", "luego {P}", "y {P}"),
    "mix": ("{P}", "y {P}", "then {P}"),
}
SPLIT_LEADS: dict[str, tuple[str, ...]] = {
    "en": ("ok i'll send it in parts", "sending the card number now", "ok here"),
    "es": ("se la paso por partes", "ahí le va el número"),
    "mix": ("ok te lo mando en partes",),
}

# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------

BRAND_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("visa", 30),
    ("mastercard", 25),
    ("amex", 12),
    ("discover", 8),
    ("jcb", 6),
    ("diners", 5),
    ("unionpay", 7),
    ("maestro", 7),
)
MAESTRO_PREFIXES = ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763")


def luhn_complete(body: str) -> str:
    """`body` followed by its Luhn check digit."""
    return body + luhn.calc_check_digit(body)


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@dataclass(frozen=True)
class Card:
    brand: str
    digits: str


class Maker:
    """Values and messages, all drawn from one seeded random generator."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self._brand = ""  # brand of the last card drawn in the current message
        self.slots: dict[str, Callable[[], str]] = {
            "card": self.card_text,
            "cvv": self.cvv,
            "cid": self.cid,
            "ssn": self.ssn,
            "otp": self.otp,
            "pw": self.password,
            "pin": self.pin,
            "exp": self.exp,
            "date": self.date,
            "date_es": self.date_es,
            "time": self.time,
            "amount": self.amount,
            "amount_es": self.amount_es,
            "phone": self.phone,
            "phone_es": self.phone_es,
            "tollfree": self.tollfree,
            "zip": self.zip5,
            "zip4": self.zip4,
            "order": self.order,
            "order_digits": self.order_digits,
            "tracking": self.tracking,
            "case": self.case,
            "conf": self.conf,
            "last4": self.last4,
            "masked": self.masked,
            "masked_alt": self.masked,
            "masked_ssn": self.masked_ssn,
            "year": self.year,
            "addr": self.addr,
            "addr_es": self.addr_es,
            "flight": self.flight,
            "name": self.name,
            "last": self.last_name,
            "email": self.email,
            "user": self.user,
            "dob": self.dob,
            "dob_es": self.dob_es,
            "err": self.err,
            "imei": self.imei,
            "routing": self.routing,
            "qty": self.qty,
            "qty2": self.qty,
            "promo": self.promo,
            "acct": self.acct,
            "apt": self.apt,
            "ticket": self.ticket,
            "areacode": self.areacode,
            "store": self.store,
            "aname": self.agent_name,
        }

    # ---- secrets -----------------------------------------------------------------------

    def card(self, brand: str | None = None) -> Card:
        rng = self.rng
        if brand is None:
            names = [b for b, _ in BRAND_WEIGHTS]
            brand = rng.choices(names, weights=[w for _, w in BRAND_WEIGHTS])[0]
        if brand == "visa":
            prefix, length = "4", rng.choices((16, 13, 19), weights=(90, 4, 6))[0]
        elif brand == "mastercard":
            prefix = (
                str(rng.randint(51, 55)) if rng.random() < 0.7 else str(rng.randint(2221, 2720))
            )
            length = 16
        elif brand == "amex":
            prefix, length = rng.choice(("34", "37")), 15
        elif brand == "discover":
            prefix = rng.choice(("6011", "65", str(rng.randint(644, 649))))
            length = rng.choices((16, 19), weights=(90, 10))[0]
        elif brand == "jcb":
            prefix, length = str(rng.randint(3528, 3589)), 16
        elif brand == "diners":
            prefix, length = rng.choice(("36", "38", str(rng.randint(300, 305)))), 14
        elif brand == "unionpay":
            prefix, length = "62", rng.choices((16, 17, 18, 19), weights=(70, 5, 5, 20))[0]
        else:
            prefix = rng.choice(MAESTRO_PREFIXES)
            length = rng.choices((16, 18, 19), weights=(70, 10, 20))[0]
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - 1 - len(prefix)))
        return Card(brand, luhn_complete(body))

    def format_card(self, digits: str) -> str:
        rng = self.rng
        n = len(digits)
        if rng.random() < 0.07:  # irregular groups
            groups = self._random_groups(n)
        elif n == 15:
            groups = [4, 6, 5]
        elif n == 14:
            groups = [4, 6, 4]
        elif n == 13:
            groups = [4, 4, 5]
        else:
            groups = [4] * (n // 4) + ([n % 4] if n % 4 else [])
        sep = rng.choices(
            (" ", "", "-", ".", "  ", " - ", "\n", "/"), weights=(42, 20, 20, 5, 3, 3, 4, 3)
        )[0]
        parts: list[str] = []
        pos = 0
        for size in groups:
            parts.append(digits[pos : pos + size])
            pos += size
        if sep == "\n":  # one line break, the other gaps are spaces
            cut = rng.randint(1, len(parts) - 1)
            return " ".join(parts[:cut]) + "\n" + " ".join(parts[cut:])
        return sep.join(parts)

    def _random_groups(self, n: int) -> list[int]:
        groups: list[int] = []
        left = n
        while left > 0:
            size = min(left, self.rng.randint(2, 6))
            groups.append(size)
            left -= size
        return groups

    def card_text(self) -> str:
        card = self.card()
        self._brand = card.brand
        return self.format_card(card.digits)

    def cvv(self) -> str:
        if self._brand == "amex":
            return self.cid()
        return f"{self.rng.randint(0, 999):03d}"

    def cid(self) -> str:
        return f"{self.rng.randint(0, 9999):04d}"

    def ssn(self) -> str:
        rng = self.rng
        area = rng.randint(1, 899)
        while area == 666:
            area = rng.randint(1, 899)
        group, serial = rng.randint(1, 99), rng.randint(1, 9999)
        sep = rng.choices(("-", " ", "", "."), weights=(60, 18, 15, 7))[0]
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def otp(self) -> str:
        rng = self.rng
        n = rng.choices((6, 4, 5, 7, 8), weights=(70, 12, 6, 4, 8))[0]
        value = "".join(str(rng.randint(0, 9)) for _ in range(n))
        if n == 6 and rng.random() < 0.15:
            return value[:3] + rng.choice((" ", "-")) + value[3:]
        return value

    def pin(self) -> str:
        n = self.rng.choices((4, 6, 5), weights=(80, 15, 5))[0]
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def password(self) -> str:
        rng = self.rng
        word = rng.choice(PW_WORDS)
        style = rng.randint(0, 6)
        digits = str(rng.randint(1, 9999))
        if style == 0:
            return word.capitalize() + digits + rng.choice(PW_SYMBOLS)
        if style == 1:
            return word + digits
        if style == 2:
            leet = word.translate(str.maketrans("aeoi", "4301"))
            return leet.capitalize() + rng.choice(PW_SYMBOLS) + digits[:2]
        if style == 3:
            return word + rng.choice(PW_SYMBOLS) + rng.choice(PW_WORDS).capitalize()
        if style == 4:
            return word.upper()[:3] + digits + word[3:]
        if style == 5:
            return rng.choice(FIRST_NAMES).lower() + str(rng.randint(1960, 2012))
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(8, 12)))

    # ---- look-alikes -------------------------------------------------------------------

    def _digits(self, n: int, first_nonzero: bool = False) -> str:
        out = "".join(str(self.rng.randint(0, 9)) for _ in range(n))
        if first_nonzero and out[0] == "0":
            out = str(self.rng.randint(1, 9)) + out[1:]
        return out

    def luhn_invalid(self, n: int) -> str:
        value = self._digits(n, first_nonzero=True)
        if luhn.is_valid(value):
            last = (int(value[-1]) + 1) % 10
            value = value[:-1] + str(last)
        return value

    def exp(self) -> str:
        rng = self.rng
        month, year = rng.randint(1, 12), rng.randint(25, 31)
        return rng.choice(
            (
                f"{month:02d}/{year}",
                f"{month}/{year}",
                f"{month:02d}/20{year}",
                f"{month:02d}-{year}",
            )
        )

    def date(self) -> str:
        rng = self.rng
        m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(2022, 2025)
        return rng.choice(
            (
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}",
                f"{MONTHS_EN[m - 1]} {d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{m}/{d}/{y % 100:02d}",
                f"{MONTHS_EN[m - 1][:3]} {d}, {y}",
            )
        )

    def date_es(self) -> str:
        rng = self.rng
        m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(2022, 2025)
        return rng.choice(
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{d} de {MONTHS_ES[m - 1]}",
                f"{d}/{m}",
                f"{d} de {MONTHS_ES[m - 1]} de {y}",
            )
        )

    def time(self) -> str:
        rng = self.rng
        h, mi = rng.randint(1, 12), rng.choice((0, 5, 15, 30, 45, 50))
        return rng.choice(
            (
                f"{h}:{mi:02d}",
                f"{h}:{mi:02d}pm",
                f"{h}am",
                f"{h} pm",
                f"{rng.randint(13, 22)}:{mi:02d}",
            )
        )

    def amount(self) -> str:
        rng = self.rng
        value = rng.choice((rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 4999)))
        cents = rng.randint(0, 99)
        return rng.choice(
            (
                f"${value}.{cents:02d}",
                f"${value:,}.{cents:02d}",
                f"${value}",
                f"{value}.{cents:02d} USD",
                f"USD {value}",
                f"$ {value}",
            )
        )

    def amount_es(self) -> str:
        rng = self.rng
        value = rng.choice((rng.randint(50, 999), rng.randint(1000, 25000)))
        grouped = f"{value:,}".replace(",", ".")
        return rng.choice(
            (
                f"${grouped} pesos",
                f"{value},{rng.randint(0, 99):02d} €",
                f"${value:,} MXN",
                f"{grouped} pesos",
                f"${value}",
            )
        )

    def phone(self) -> str:
        rng = self.rng
        a, b, c = rng.randint(201, 989), rng.randint(200, 989), self._digits(4)
        return rng.choice(
            (
                f"({a}) {b}-{c}",
                f"{a}-{b}-{c}",
                f"{a}.{b}.{c}",
                f"+1 {a} {b} {c}",
                f"{a}{b}{c}",
                f"1-{a}-{b}-{c}",
            )
        )

    def phone_es(self) -> str:
        rng = self.rng
        return rng.choice(
            (
                f"+52 55 {self._digits(4)} {self._digits(4)}",
                f"55 {self._digits(4)} {self._digits(4)}",
                f"+34 6{self._digits(2)} {self._digits(3)} {self._digits(3)}",
                f"+57 3{self._digits(2)} {self._digits(3)} {self._digits(4)}",
                self.phone(),
            )
        )

    def tollfree(self) -> str:
        return f"1-800-{self.rng.randint(200, 999)}-{self._digits(4)}"

    def zip5(self) -> str:
        return f"{self.rng.randint(1001, 99950):05d}"

    def zip4(self) -> str:
        return f"{self.zip5()}-{self._digits(4)}"

    def order(self) -> str:
        rng = self.rng
        return rng.choice(
            (
                f"#{self.luhn_invalid(rng.randint(7, 10))}",
                f"{self._digits(3, True)}-{self._digits(7)}-{self._digits(7)}",
                f"ORD-{self._digits(6)}",
                self.luhn_invalid(rng.randint(11, 16)),
                f"W{self._digits(9)}",
            )
        )

    def order_digits(self) -> str:
        return self.luhn_invalid(self.rng.randint(6, 12))

    def tracking(self) -> str:
        rng = self.rng
        alnum = "ABCDEFGHJKLMNPRSTVWXY0123456789"
        ups = "1Z" + "".join(rng.choice(alnum) for _ in range(6)) + self._digits(10)
        usps = rng.choice(("9400", "9205", "9361")) + self._digits(18)
        usps_spaced = " ".join(usps[i : i + 4] for i in range(0, 22, 4))
        return rng.choice((ups, usps, usps_spaced, self._digits(12, True)))

    def case(self) -> str:
        rng = self.rng
        return rng.choice(
            (
                f"CS{self._digits(7)}",
                f"#{self._digits(8)}",
                self._digits(8),
                f"{self._digits(2)}-{self._digits(6)}",
            )
        )

    def conf(self) -> str:
        rng = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return rng.choice(
            ("".join(rng.choice(letters) for _ in range(6)), self._digits(rng.randint(8, 10), True))
        )

    def last4(self) -> str:
        return self._digits(4)

    def masked(self) -> str:
        rng = self.rng
        last = self._digits(4)
        return rng.choice(
            (
                f"**** **** **** {last}",
                f"XXXX-XXXX-XXXX-{last}",
                f"xxxx{last}",
                f"•••• {last}",
                f"************{last}",
                f"**{last}",
                f"XXXXXXXXXXXX{last}",
            )
        )

    def masked_ssn(self) -> str:
        return self.rng.choice(("***-**-", "XXX-XX-", "xxx-xx-")) + self._digits(4)

    def year(self) -> str:
        return str(self.rng.randint(1990, 2024))

    def addr(self) -> str:
        rng = self.rng
        return (
            f"{rng.randint(10, 9999)} {rng.choice(STREETS)} "
            f"{rng.choice(('St', 'Ave', 'Rd', 'Blvd', 'Dr'))}"
        )

    def addr_es(self) -> str:
        rng = self.rng
        return rng.choice(
            (
                f"Calle {rng.choice(STREETS_ES)} {rng.randint(1, 999)}, Col. Centro",
                f"Av. {rng.choice(STREETS_ES)} {rng.randint(100, 3000)}",
                f"Calle {rng.randint(10, 120)} #{rng.randint(1, 99)}-{rng.randint(1, 99)}",
            )
        )

    def flight(self) -> str:
        rng = self.rng
        return rng.choice(FLIGHT_AIRLINES) + rng.choice(("", " ")) + str(rng.randint(10, 9999))

    def name(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def last_name(self) -> str:
        return self.rng.choice(LAST_NAMES)

    def email(self) -> str:
        rng = self.rng
        return (
            f"{rng.choice(FIRST_NAMES).lower()}.{rng.choice(LAST_NAMES).lower()}"
            f"{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com', 'hotmail.com'))}"
        )

    def user(self) -> str:
        rng = self.rng
        return (
            rng.choice(FIRST_NAMES).lower() + rng.choice(("_", ".", "")) + str(rng.randint(1, 999))
        )

    def dob(self) -> str:
        rng = self.rng
        m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1950, 2004)
        return rng.choice((f"{m:02d}/{d:02d}/{y}", f"{MONTHS_EN[m - 1]} {d} {y}", f"{m}/{d}/{y}"))

    def dob_es(self) -> str:
        rng = self.rng
        m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1950, 2004)
        return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS_ES[m - 1]} de {y}"))

    def err(self) -> str:
        rng = self.rng
        return rng.choice(
            (str(rng.randint(100, 9999)), f"E-{rng.randint(100, 9999)}", f"#{rng.randint(10, 999)}")
        )

    def imei(self) -> str:
        return luhn_complete("35" + self._digits(12))

    def routing(self) -> str:
        return self.rng.choice(ROUTING_NUMBERS)

    def qty(self) -> str:
        return str(self.rng.randint(2, 6))

    def promo(self) -> str:
        return self.rng.choice(PROMO_CODES)

    def acct(self) -> str:
        return self.luhn_invalid(self.rng.randint(10, 12))

    def apt(self) -> str:
        return str(self.rng.randint(1, 40)) + self.rng.choice(("", "B", "C"))

    def ticket(self) -> str:
        return f"TKT-{self._digits(6)}"

    def areacode(self) -> str:
        return str(self.rng.randint(201, 989))

    def store(self) -> str:
        return self.rng.choice(
            (
                "Walmart",
                "Target",
                "Costco",
                "the gas station",
                "Oxxo",
                "Home Depot",
                "Store #" + str(self.rng.randint(100, 9999)),
            )
        )

    def agent_name(self) -> str:
        return self.rng.choice(AGENT_NAMES)

    # ---- rendering ---------------------------------------------------------------------

    def render(
        self,
        template: str,
        role: str = "customer",
        lang: str = "en",
        given: dict[str, str] | None = None,
        noise: bool = True,
    ) -> tuple[str, list[Label]]:
        """Fill the slots of `template`; return the text and the labels of its secrets.

        Noise (case, accents, one typo, an emoji) touches only the template's own words,
        never a value. A message whose secret value also shows elsewhere in it is drawn again.
        """
        text, labels = "", list[Label]()
        for _ in range(40):
            text, labels = self._render_once(template, role, lang, given or {}, noise)
            if self._distinct(text, labels):
                break
        return text, labels

    def _render_once(
        self, template: str, role: str, lang: str, given: dict[str, str], noise: bool
    ) -> tuple[str, list[Label]]:
        rng = self.rng
        self._brand = ""
        pieces = SLOT_RE.split(template)
        literals, slots = pieces[0::2], pieces[1::2]
        customer = role == "customer" and noise
        lower = customer and rng.random() < 0.35
        strip_accents = lang != "en" and (rng.random() < (0.45 if customer else 0.1))
        drop_marks = lang != "en" and customer and rng.random() < 0.5
        literals = [self._style(lit, lower, strip_accents, drop_marks) for lit in literals]
        if customer and rng.random() < 0.12:
            literals = self._typo(literals)
        out = literals[0]
        labels: list[Label] = []
        for i, slot in enumerate(slots):
            value = given[slot] if slot in given else self.slots[slot]()
            start = len(out)
            out += value
            if slot in SECRET_SLOTS:
                kind = SECRET_SLOTS[slot]
                labels.append(Label(kind, start, len(out), KEEP_LAST.get(kind, 0)))
            out += literals[i + 1]
        if customer and rng.random() < 0.08:
            out += rng.choice(("", " ")) + rng.choice(EMOJIS)
        return out, labels

    @staticmethod
    def _style(text: str, lower: bool, strip_accents: bool, drop_marks: bool) -> str:
        if lower:
            text = text.lower()
        if drop_marks:
            text = text.replace("¿", "").replace("¡", "")
        if strip_accents:
            text = "".join(ch if ch in "ñÑ" else unicodedata.normalize("NFD", ch)[0] for ch in text)
        return text

    def _typo(self, literals: list[str]) -> list[str]:
        spots = [
            (i, m)
            for i, lit in enumerate(literals)
            for m in re.finditer(r"[A-Za-záéíóúñ]{5,}", lit)
        ]
        if not spots:
            return literals
        i, m = self.rng.choice(spots)
        word = m.group()
        k = self.rng.randint(1, len(word) - 2)
        op = self.rng.randint(0, 2)
        if op == 0:
            typo = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
        elif op == 1:
            typo = word[:k] + word[k + 1 :]
        else:
            typo = word[:k] + word[k] + word[k:]
        lit = literals[i]
        out = list(literals)
        out[i] = lit[: m.start()] + typo + lit[m.end() :]
        return out

    @staticmethod
    def _distinct(text: str, labels: list[Label]) -> bool:
        """No secret value shows up a second time elsewhere in the message."""
        for label in labels:
            value = text[label.start : label.end]
            rest = text[: label.start] + " | " + text[label.end :]
            digits = digits_of(value)
            if label.type == PW:
                if value.lower() in rest.lower():
                    return False
                continue
            if len(digits) < 3:
                continue
            for run in NUMBER_RUN_RE.findall(rest):
                if digits in digits_of(run):
                    return False
        return True


# --------------------------------------------------------------------------------------
# Conversations
# --------------------------------------------------------------------------------------


class Builder:
    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.make = Maker(rng)

    def pick(self, table: dict[str, tuple[str, ...]], lang: str) -> str:
        if lang in table:
            options = table[lang]
            if lang == "mix" and self.rng.random() < 0.5:  # Spanglish borrows from both
                options = options + table["en"] + table["es"]
            return self.rng.choice(options)
        return self.rng.choice(table["es" if lang == "mix" and self.rng.random() < 0.5 else "en"])

    def agent_lang(self, lang: str) -> str:
        return lang if lang in ("en", "es") else self.rng.choice(("en", "es"))

    def customer(
        self, template: str, lang: str, kind: str, given: dict[str, str] | None = None
    ) -> Message:
        text, labels = self.make.render(template, "customer", lang, given)
        return Message("customer", text, labels, frozenset(), kind)

    def agent(
        self, template: str, lang: str, kind: str, requested: frozenset[str] = frozenset()
    ) -> Message:
        text, labels = self.make.render(template, "agent", lang)
        return Message("agent", text, labels, requested, kind)

    # ---- shells --------------------------------------------------------------------------

    def wrap(self, core: list[Message], lang: str) -> list[Message]:
        rng = self.rng
        alang = self.agent_lang(lang)
        room = 8 - len(core)
        before: list[Message] = []
        after: list[Message] = []
        if room > 0 and rng.random() < 0.6:
            before.append(self.customer(self.pick(CUSTOMER_GREETINGS, lang), lang, "greeting"))
            room -= 1
            if room > 0 and rng.random() < 0.7:
                before.append(self.agent(rng.choice(AGENT_GREETINGS[alang]), alang, "agent_small"))
                room -= 1
        if room > 0 and rng.random() < 0.45:
            after.append(self.agent(rng.choice(AGENT_CLOSINGS[alang]), alang, "agent_small"))
            room -= 1
            if room > 0 and rng.random() < 0.6:
                after.append(self.customer(self.pick(CUSTOMER_THANKS, lang), lang, "thanks"))
        messages = before + core + after
        if len(messages) < 2:
            messages.append(self.agent(rng.choice(AGENT_CLOSINGS[alang]), alang, "agent_small"))
        return messages

    # ---- kinds -----------------------------------------------------------------------------

    def secret(self, lang: str, kind: str) -> list[Message]:
        """A customer volunteers one secret (sometimes the agent had asked earlier)."""
        rng = self.rng
        core = [self.customer(self.pick(SECRET_TEMPLATES[kind], lang), lang, "secret")]
        if rng.random() < 0.3:
            core.append(
                self.agent(
                    rng.choice(AGENT_INFO[self.agent_lang(lang)]),
                    self.agent_lang(lang),
                    "agent_info",
                )
            )
        return core

    def multi(self, lang: str) -> list[Message]:
        return [self.customer(self.pick(MULTI_TEMPLATES, lang), lang, "multi")]

    def negative(self, lang: str) -> list[Message]:
        rng = self.rng
        alang = self.agent_lang(lang)
        core = [self.customer(self.pick(NEGATIVE_CUSTOMER, lang), lang, "lookalike")]
        for _ in range(rng.randint(0, 2)):
            if rng.random() < 0.5:
                core.append(self.agent(rng.choice(AGENT_INFO[alang]), alang, "agent_info"))
            core.append(self.customer(self.pick(NEGATIVE_CUSTOMER, lang), lang, "lookalike"))
        return core

    def split(self, lang: str) -> list[Message]:
        rng = self.rng
        card = self.make.card()
        digits = card.digits
        n = len(digits)
        count = rng.choices((2, 3, 4), weights=(45, 25, 30))[0]
        if count == 4 and n == 16 and rng.random() < 0.7:
            cuts = [4, 8, 12]
        elif count == 2 and rng.random() < 0.5:
            cuts = [rng.choice((4, 6, 8, n - 4))]
        else:
            cuts = sorted(rng.sample(range(3, n - 2), count - 1))
            cuts = [c for i, c in enumerate(cuts) if i == 0 or c - cuts[i - 1] >= 2]
        bounds = [0, *cuts, n]
        core: list[Message] = []
        alang = self.agent_lang(lang)
        if rng.random() < 0.25:
            core.append(self.customer(self.pick(SPLIT_LEADS, lang), lang, "split_lead"))
        for i in range(len(bounds) - 1):
            lo, hi = bounds[i], bounds[i + 1]
            part = digits[lo:hi]
            shown = (
                " ".join(part[j : j + 4] for j in range(0, len(part), 4))
                if (len(part) > 4 and rng.random() < 0.6)
                else part
            )
            template = self.pick(SPLIT_FIRST if i == 0 else SPLIT_NEXT, lang)
            pre, post = template.split("{P}")
            pre = pre if rng.random() > 0.3 else pre.lower()
            text = pre + shown + post
            keep = max(0, hi - max(lo, n - 4))  # digits of this part among the card's last 4
            label = Label(CC, len(pre), len(pre) + len(shown), keep, split_part=True)
            core.append(Message("customer", text, [label], frozenset(), "split_part"))
            if i < len(bounds) - 2 and rng.random() < 0.12:
                core.append(self.agent(rng.choice(AGENT_NUDGES[alang]), alang, "agent_small"))
        return core

    def answer(self, lang: str, kind: str) -> list[Message]:
        """An agent asks for a secret; the customer answers with a bare value."""
        rng = self.rng
        alang = self.agent_lang(lang)
        ask = self.agent(
            rng.choice(FORBIDDEN_ASKS[kind][alang]), alang, "forbidden_ask", frozenset({kind})
        )
        core = [ask]
        if rng.random() < 0.35:  # the value comes one or two messages later
            core.append(self.customer(self.pick(CUSTOMER_FILLER, lang), lang, "filler"))
            if rng.random() < 0.4:
                core.append(self.agent(rng.choice(AGENT_NUDGES[alang]), alang, "agent_small"))
        slot = "cid" if "Amex" in ask.text else SLOT_OF_TYPE[kind]
        template = self.pick(ANSWER_TEMPLATES, lang).replace("{X}", "{" + slot + "}")
        core.append(self.customer(template, lang, "bare_answer"))
        return core

    def forbidden(self, lang: str, kind: str | None) -> list[Message]:
        """An agent asks for something it must not; the customer does not give it."""
        rng = self.rng
        alang = self.agent_lang(lang)
        if kind is None:
            template, requested = rng.choice(FORBIDDEN_COMBOS[alang])
        else:
            template, requested = rng.choice(FORBIDDEN_ASKS[kind][alang]), frozenset({kind})
        core = []
        if rng.random() < 0.5:
            core.append(self.customer(self.pick(NEGATIVE_CUSTOMER, lang), lang, "lookalike"))
        core.append(self.agent(template, alang, "forbidden_ask", requested))
        if rng.random() < 0.6:
            core.append(self.customer(self.pick(REFUSALS, lang), lang, "refusal"))
        return core

    def legit(self, lang: str) -> list[Message]:
        """Legitimate agent messages: partial verification, warnings, explanations."""
        rng = self.rng
        alang = self.agent_lang(lang)
        core: list[Message] = []
        for _ in range(rng.randint(1, 2)):
            roll = rng.random()
            if roll < 0.5:
                question, answers = rng.choice(AGENT_LEGIT_ASKS[alang])
                core.append(self.agent(question, alang, "agent_legit_ask"))
                core.append(self.customer(rng.choice(answers), lang, "legit_answer"))
            elif roll < 0.85:
                core.append(self.agent(rng.choice(AGENT_WARNINGS[alang]), alang, "agent_warning"))
                if rng.random() < 0.5:
                    core.append(self.customer(self.pick(CUSTOMER_THANKS, lang), lang, "thanks"))
            else:
                # the agent warns not to share the code, the customer types it anyway
                sent = rng.choice(
                    [t for t in AGENT_WARNINGS[alang] if re.search(r"\bsent\b|enviamos|mandar", t)]
                )
                core.append(self.agent(sent, alang, "agent_warning"))
                volunteered = self.pick(
                    {
                        "en": ("ok got it {otp}", "{otp}", "it says {otp}", "got it: {otp}"),
                        "es": ("ya me llegó, {otp}", "{otp}", "listo, es {otp}"),
                    },
                    lang,
                )
                core.append(self.customer(volunteered, lang, "volunteered_code"))
        return core

    def echo(self, lang: str) -> list[Message]:
        rng = self.rng
        alang = self.agent_lang(lang)
        return [
            self.customer(self.pick(NEGATIVE_CUSTOMER, lang), lang, "lookalike"),
            self.agent(rng.choice(AGENT_ECHOES[alang]), alang, "agent_echo"),
        ]


# Share of each conversation kind in the set.
KIND_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("secret", 156),
    ("multi", 20),
    ("negative", 80),
    ("split", 40),
    ("answer", 72),
    ("forbidden", 60),
    ("legit", 42),
    ("echo", 10),
)


def generate(seed: int, count: int = 480) -> list[Conversation]:
    """`count` (at least 400 by default) conversations of 2-8 messages, reproducible."""
    rng = Random(seed)
    build = Builder(rng)
    total = sum(w for _, w in KIND_WEIGHTS)
    plan: list[str] = []
    for kind, weight in KIND_WEIGHTS:
        plan += [kind] * max(1, round(count * weight / total))
    rng.shuffle(plan)
    conversations: list[Conversation] = []
    seen: dict[str, int] = {}
    for index, kind in enumerate(plan):
        lang = rng.choices(("en", "es", "mix"), weights=(55, 33, 12))[0]
        secret_type = TYPES[seen.get(kind, 0) % len(TYPES)]  # types take turns per kind
        seen[kind] = seen.get(kind, 0) + 1
        if kind == "secret":
            core, label = build.secret(lang, secret_type), f"secret:{secret_type}"
        elif kind == "multi":
            core, label = build.multi(lang), "multi"
        elif kind == "negative":
            core, label = build.negative(lang), "negative"
        elif kind == "split":
            core, label = build.split(lang), "split"
        elif kind == "answer":
            core, label = build.answer(lang, secret_type), f"answer:{secret_type}"
        elif kind == "forbidden":
            combo = rng.random() < 0.15
            core = build.forbidden(lang, None if combo else secret_type)
            label = "forbidden:combo" if combo else f"forbidden:{secret_type}"
        elif kind == "legit":
            core, label = build.legit(lang), "legit"
        else:
            core, label = build.echo(lang), "echo"
        messages = build.wrap(core, lang)
        conversations.append(Conversation(f"b{seed}-{index:04d}", label, lang, messages))
    return conversations
