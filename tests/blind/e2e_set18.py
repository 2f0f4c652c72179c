# ruff: noqa: E501
"""Blind end-to-end evaluation set 18: a card issuer's fraud, scams and disputes desk, 2026.

Chats in English (about half), Spanish from several countries (Mexico, Colombia, Spain,
Argentina, Peru, US Hispanic; about a third) and Spanglish (about a fifth):

- scam victims retelling what happened, often repeating the very code, PIN, CVV, card
  number, password or SSN they gave away (or only talking about it, with no value), quoting
  the scammer and pasting the fake SMS they got;
- disputes and chargebacks full of look-alike numbers that are not secrets: case and claim
  numbers, amounts, dates, times, receipt authorization/approval codes, ARNs, store and
  terminal numbers, merchant descriptors with digits, phone numbers, ZIP codes, tracking
  and order numbers, last fours, masked numbers, Luhn-invalid references;
- legitimate fraud agents who talk a lot about secrets without asking for them (warnings,
  questions about the past, partial verification with last four and billing ZIP);
- impostor agents asking for secrets with pretexts, politely, urgently, indirectly or over
  two messages (labelled with every type asked for);
- customers oversharing unprompted, several secrets at once, corrections, values on their
  own lines, and card numbers typed in several messages (labelled as split parts).

Written blind: only the shared schema (the head of tests/blind/e2e_set.py) and the scorer
(tests/blind/evaluate_e2e.py) were read; nothing of guard's code, rules, tests or
benchmarks. Labels are computed from template slots at generation time.

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import (
    CC,
    CVV,
    KEEP_LAST,
    OTP,
    PIN,
    PW,
    SSN,
    Conversation,
    Label,
    Message,
)

SLOT = re.compile(r"\{(\w+)\}")
RAW_ON, RAW_OFF = "\x02", "\x03"  # around pasted text that keeps its own spelling

# Slot base names holding a secret value, and the type they are labelled with.
SECRET_OF_SLOT: dict[str, str] = {
    "card": CC,
    "part": CC,
    "cvv": CVV,
    "cid": CVV,
    "ssn": SSN,
    "otp": OTP,
    "pw": PW,
    "pin": PIN,
}

# --------------------------------------------------------------------------------------
# Vocabulary for look-alike (non-secret) slots
# --------------------------------------------------------------------------------------

EN_NAMES = ["Dana", "Marcus", "Priya", "Kevin", "Alyssa", "Tom", "Jasmine", "Rob", "Keisha", "Liam"]
ES_NAMES = [
    "Mariana",
    "Jorge",
    "Lucía",
    "Andrés",
    "Valentina",
    "Raúl",
    "Camila",
    "Diego",
    "Rosa",
    "Julián",
]
EN_CITIES = [
    "Houston TX",
    "Phoenix AZ",
    "Columbus OH",
    "Miami FL",
    "Newark NJ",
    "Tacoma WA",
    "Reno NV",
]
ES_CITIES = {
    "MX": ["CDMX", "Guadalajara", "Monterrey", "Puebla", "Tijuana"],
    "CO": ["Bogotá", "Medellín", "Cali", "Barranquilla"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Bilbao", "Málaga"],
    "AR": ["CABA", "Rosario", "Córdoba", "Mendoza"],
    "PE": ["Lima", "Arequipa", "Trujillo", "Cusco"],
    "US": ["Houston TX", "Los Angeles CA", "El Paso TX", "Miami FL", "Chicago IL"],
}
MERCHANTS_EN = [
    "AMZN Mktp US*2K4LM0P12",
    "SQ *BLUE BOTTLE 0412",
    "7-ELEVEN 38812",
    "UBER *TRIP HELP.UBER.COM",
    "PAYPAL *STEAMGAMES 4029357733",
    "WALMART SUPERCENTER #2291",
    "TARGET T-1043",
    "SHELL OIL 57442311",
    "HOME DEPOT #6612",
    "CASH APP*JOHN D 8775550142",
    "DOORDASH*CHIPOTLE",
    "LYFT *RIDE SUN 4PM",
    "TEMU.COM",
    "SHEIN*ORDER 8832",
    "BESTBUY 00012345",
    "APPLE.COM/BILL",
    "GOOGLE *YouTube 404",
    "COINBASE 8885550113",
    "TOLLROADS*EZPASS 24",
    "AIRBNB * HMQ2K8ZP",
    "SPOTIFY P2F8A1C9D4",
    "CVS/PHARMACY #10482",
]
MERCHANTS_ES = {
    "MX": [
        "OXXO SUC 4421",
        "MERCADOPAGO*MLIBRE",
        "LIVERPOOL INSURGENTES 0117",
        "DIDI FOOD",
        "RAPPI*RESTAURANTE 22",
        "WALMART EXPRESS 3315",
        "PEMEX ES 07714",
    ],
    "CO": [
        "EXITO CALLE 80 0312",
        "RAPPI*COLOMBIA",
        "FALABELLA 8821",
        "D1 TIENDA 1187",
        "TERPEL 0049",
    ],
    "ES": [
        "CARREFOUR EXPRESS 0231",
        "EL CORTE INGLES 0045",
        "MERCADONA 2817",
        "AMAZON.ES*8K2LQ",
        "GLOVO*BARCELONA",
    ],
    "AR": ["MERPAGO*KIOSCO24", "COTO SUC 119", "YPF 4402", "PEDIDOSYA*PROPINAS", "DIA TIENDA 5530"],
    "PE": ["PLAZA VEA 0211", "TAMBO+ 4471", "RAPPI*PERU", "PRIMAX 0934", "IZI*BODEGA 77"],
    "US": [
        "WALMART SUPERCENTER #2291",
        "AMZN Mktp US*2K4LM0P12",
        "CASH APP*MARIA L",
        "7-ELEVEN 38812",
        "EL SUPER #41",
    ],
}
EMAILS = [
    "maria.g84@gmail.com",
    "tkowalski@yahoo.com",
    "jdlr_1990@hotmail.com",
    "keisha.w@outlook.com",
    "andres.pz@icloud.com",
]
EMOJI_CALM = ["🙏", "👍", "🙂", "😅", "🙏🏽", "👌"]
EMOJI_UPSET = ["😩", "😡", "😭", "🤦‍♀️", "🤦", "😬", "😤", "💀", "😞", "😰"]


def digits(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_number(rng: Random, prefix: str, length: int) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def luhn_invalid(rng: Random, prefix: str, length: int) -> str:
    good = luhn_number(rng, prefix, length)
    bad = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return good[:-1] + bad


def make_card(rng: Random) -> tuple[str, str]:
    """A Luhn-valid card number with a real issuer prefix and length: (brand, digits)."""
    brand = rng.choices(
        ["visa", "mc", "amex", "discover", "jcb", "diners", "unionpay", "maestro"],
        weights=[40, 28, 11, 8, 3, 3, 5, 2],
    )[0]
    if brand == "visa":
        return brand, luhn_number(rng, "4", rng.choices([16, 19], weights=[24, 1])[0])
    if brand == "mc":
        prefix = rng.choice(["51", "52", "53", "54", "55", str(rng.randint(2221, 2720))])
        return brand, luhn_number(rng, prefix, 16)
    if brand == "amex":
        return brand, luhn_number(rng, rng.choice(["34", "37"]), 15)
    if brand == "discover":
        prefix = rng.choice(["6011", "65", str(rng.randint(644, 649))])
        return brand, luhn_number(rng, prefix, rng.choices([16, 19], weights=[9, 1])[0])
    if brand == "jcb":
        return brand, luhn_number(rng, str(rng.randint(3528, 3589)), 16)
    if brand == "diners":
        return brand, luhn_number(rng, rng.choice(["36", "38", "300", "301", "305"]), 14)
    if brand == "unionpay":
        return brand, luhn_number(rng, "62", rng.choice([16, 16, 19]))
    return brand, luhn_number(rng, rng.choice(["6759", "5018", "5020", "6304"]), 16)


def card_groups(number: str) -> list[str]:
    sizes = {15: [4, 6, 5], 14: [4, 6, 4], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[len(number)]
    out, pos = [], 0
    for size in sizes:
        out.append(number[pos : pos + size])
        pos += size
    if len(out[-1]) < 4:  # keep the last four together
        out[-2:] = [out[-2] + out[-1]]
    return out


def format_card(rng: Random, number: str) -> str:
    groups = card_groups(number)
    style = rng.choices(["space", "plain", "dash", "irregular"], weights=[52, 30, 13, 5])[0]
    if style == "plain":
        return number
    if style == "dash":
        return "-".join(groups)
    if style == "irregular" and len(number) == 16:
        return f"{number[:4]} {number[4:12]} {number[12:]}"
    return " ".join(groups)


def make_ssn(rng: Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    a, g, s = f"{area:03d}", f"{group:02d}", f"{serial:04d}"
    style = rng.choices(["dash", "space", "plain"], weights=[70, 12, 18])[0]
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": a + g + s}[style]


PW_WORDS_EN = [
    "Sunflower",
    "yankees",
    "Bluebird",
    "princess",
    "Dragon",
    "summer",
    "Charlie",
    "monkey",
    "Lakers",
    "Sparky",
    "baseball",
    "Pumpkin",
    "Trustno",
    "Buster",
    "jordan",
    "Cowboys",
]
PW_WORDS_ES = [
    "Mariposa",
    "tigre",
    "Corazon",
    "Guadalupe",
    "Chivas",
    "Princesa",
    "Estrella",
    "perrito",
    "Paloma",
    "america",
    "Bogota",
    "Milagros",
    "Boca",
    "Valentina",
    "Gatito",
]


def make_password(rng: Random, spanish: bool) -> str:
    word = rng.choice(PW_WORDS_ES if spanish else PW_WORDS_EN)
    shape = rng.randint(0, 6)
    if shape == 0:
        return f"{word}{rng.choice('!#$*.@')}{rng.randint(10, 99)}"
    if shape == 1:
        return f"{word}{rng.randint(1975, 2024)}"
    if shape == 2:
        leet = word.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return f"{leet}{rng.choice('!$#')}"
    if shape == 3:
        return f"{word.lower()}.{rng.randint(1, 31):02d}{rng.randint(1, 12):02d}"
    if shape == 4:
        return f"{word}_{word[:2].upper()}{rng.randint(100, 999)}"
    if shape == 5:
        return f"{rng.choice(['Luna', 'Max', 'Toby', 'Kiara', 'Rocky'])}{rng.randint(1, 9)}{word.lower()}!"
    return f"{word}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.choice('?!&')}{word[0].upper()}"


def swap_typo(rng: Random, value: str) -> str:
    """A near miss of a numeric value, as typed by mistake (two adjacent digits swapped)."""
    spots = [
        i
        for i in range(len(value) - 1)
        if value[i] != value[i + 1] and value[i].isdigit() and value[i + 1].isdigit()
    ]
    if not spots:
        i = rng.randrange(len(value))
        return value[:i] + str((int(value[i]) + 1) % 10) + value[i + 1 :]
    i = rng.choice(spots)
    return value[:i] + value[i + 1] + value[i] + value[i + 2 :]


# --------------------------------------------------------------------------------------
# Templates. {slot}s with a secret base name (card, cvv, cid, ssn, otp, pw, pin, part) are
# labelled; every other slot is a look-alike or plain filler and must pass untouched.
# --------------------------------------------------------------------------------------

Pools = dict[str, list[str]]

OPENER: Pools = {
    "en": [
        "hi I think I got scammed",
        "Hello, I need to report fraud on my card",
        "someone is using my card!!",
        "HELP there are charges I didnt make",
        "Hi, I got a weird call from someone saying they were you guys",
        "hey so I think I messed up and gave some info to a scammer",
        "I need to dispute a charge please",
        "Good morning. There's a transaction on my statement I don't recognize.",
        "my card got declined and then I got a text about fraud?? what is going on",
        "hi, my mom got a call from 'the bank' and now her account is weird",
        "I just got an alert for a purchase I did not make",
        "need to talk to fraud department asap",
        "Hi there, is this the fraud team? I was told to chat here",
        "somebody hacked my account",
        "hello?? i need help with a scam",
        "So I think I fell for one of those toll road texts",
    ],
    "es": [
        "hola creo que me estafaron",
        "Buenas tardes, quiero reportar un fraude con mi tarjeta",
        "me están cobrando cosas que no compré",
        "AYUDA me vaciaron la cuenta",
        "Buen día, me llamaron diciendo que eran del banco y ya no sé si eran ustedes",
        "hola, quiero desconocer unos cargos",
        "necesito hablar con el área de fraudes",
        "Buenas, me llegó un mensaje raro del banco",
        "hola, mi mamá recibió una llamada de 'seguridad de la tarjeta' y ahora tiene cargos",
        "oigan tengo un cargo que no hice",
        "Hola, vengo a reportar que me hackearon la app",
        "che, me llegó un mensaje de que mi tarjeta estaba bloqueada",
        "buenas noches, creo que caí en una estafa 😞",
        "hola, ¿este es el chat de aclaraciones?",
        "quiero poner una disputa por un cobro",
    ],
    "mix": [
        "hola, I think me estafaron",
        "hi, tengo unos charges que no hice",
        "oye necesito reportar fraud en mi tarjeta",
        "hello, me llamaron del 'bank' and now I have weird charges",
        "hi buenas, quiero hacer un dispute",
        "ayuda please, someone hackeó mi app",
        "hola, is this fraud department? me dijeron que escribiera aquí",
    ],
}

ACK: Pools = {
    "en": [
        "ok thank you",
        "thanks",
        "ok",
        "thank you so much",
        "ok ty",
        "got it",
        "alright",
        "ok. what now?",
        "thanks for the help",
        "ok that makes sense",
        "👍",
        "ok will do",
        "great, thank you!",
    ],
    "es": [
        "ok gracias",
        "gracias",
        "vale, gracias",
        "muchas gracias",
        "ok",
        "perfecto",
        "listo",
        "ok, ¿y ahora qué hago?",
        "entendido",
        "dale, gracias",
        "👍",
        "bueno, gracias señorita",
    ],
    "mix": [
        "ok gracias",
        "ok thanks",
        "ok perfecto, thank you",
        "gracias, you're the best",
        "ok so what now?",
        "ok entonces espero la new card",
    ],
}

SCAM_NOVALUE: Pools = {
    "en": [
        "I gave him the code, I know I shouldn't have",
        "the guy said he was from the bank and I read him the code that came by text",
        "They asked for my PIN and I told them. I feel so dumb",
        "i never gave the cvv but they had my card number somehow",
        "someone called from {phone} saying they were from fraud prevention. they knew my last four ({last4}) so I trusted them",
        "They said there was a charge of {amount} at {merch} and to cancel it I needed to read back the code. I did.",
        "he asked for the 3 digits on the back and I said no, then he got angry and hung up",
        "I did NOT give my pin. I only gave the code from the text. is that bad?",
        "my dad got a call on {date} around {time}, they asked for his online banking password and he gave it",
        "how did they know my code? I never told anyone",
        "the code came from {short}, is that even you guys?",
        "I got like 5 codes in a row at {time} and I didn't request any of them",
        "they spoofed your number {phone} on my caller ID!!!",
        "I clicked the link, put in my card info, then got a code and put that in too",
        "he kept me on the phone 40 min and asked for my social, my pin, everything. I gave him some of it",
        "I didn't share any codes. I just got an alert for {amount} at {merch} at {time}",
        "they asked me to download an app so they could 'help'. I think they saw my screen when the code came in",
        "i gave them my zip code {zip} and my birthday, nothing else",
        "The voice sounded like a recording at first, then a real person asked me to confirm the code they sent",
        "they told me my card was being used in {city} and that they needed the 6 digit code to freeze it",
        "it was one of those unpaid toll texts, I paid the {amount} fee on the site and then they asked for the code from my bank",
        "I read the code out loud before I realized, like an idiot",
        "a guy came to pick up the card at my door, said it was a 'courier from the bank'. I gave him the card",
        "i think they got my pin from the ATM at the gas station, there was something weird on the keypad",
        "they said 'for security read me the code but don't tell anyone else' lol",
        "I gave them the password to my app bc they said they'd reset it",
        "my husband gave them the numbers on the back of the card before I could stop him",
        "no I never told anyone my pin. I don't even have it written down",
        "They texted from {short} and then called from {phone} within 2 minutes",
        "the site looked EXACTLY like yours, same logo, it asked for the card, the expiration and the code on the back",
        "I got the code at {time}, gave it at like {time2}, and the charge was at {time3}",
        "they knew my full name, my address and the last 4 of my card. how??",
    ],
    "es": [
        "le di el código, ya sé que no debía",
        "me pidieron el NIP y se los di, qué tonta",
        "me llamaron del {phone} diciendo que eran del banco, sabían los últimos 4 ({last4})",
        "no les di nada, solo les confirmé mi código postal {zip}",
        "me llegaron como 4 códigos seguidos a las {time} y yo no pedí ninguno",
        "dijeron que tenía un cargo de {amount} en {merch} y que para cancelarlo les dictara el código",
        "el mensaje venía del {short}, ¿ese número es de ustedes?",
        "yo NO di el CVV, pero la tarjeta la tenían completa",
        "me hicieron instalar una app de control remoto y vieron todo",
        "mi papá le dio la clave del cajero a un señor que se hizo pasar por ustedes",
        "el tipo me dijo que no compartiera el código con nadie... y luego me lo pidió él",
        "me estuvieron llamando desde el {date} a todas horas",
        "le leí el código en voz alta antes de darme cuenta",
        "vino un motorizado a recoger la tarjeta 'para cambiarla' y se la entregué",
        "me dijeron que mi tarjeta se estaba usando en {city} y que necesitaban el token para congelarla",
        "puse los datos en una página de paquetería, pagué {amount} de 'reenvío' y después me llegó un código",
        "no, el NIP nunca lo di, eso sí que no",
        "sabían mi nombre completo, mi dirección y la terminación de la tarjeta, ¿cómo?",
        "el que llamó se presentó como {name} del departamento de seguridad",
        "me mandaron un link por WhatsApp y ahí metí la tarjeta y la fecha de vencimiento",
        "le di la clave de la app porque me dijo que la iban a restablecer",
        "me llegó el código a las {time} y a las {time2} ya habían hecho la compra",
        "les di mi fecha de nacimiento y el correo, nada más",
        "el mensaje decía que tenía una multa de tránsito pendiente de {amount}",
        "me dijeron que para 'blindar' la cuenta tenía que darles la clave dinámica",
        "la llamada salía como si fuera del número del banco, el {phone}",
    ],
    "mix": [
        "el guy me pidió el code y se lo di, i know 🤦",
        "they called me del {phone}, sabían mi nombre y los last 4 ({last4})",
        "i never gave el pin pero igual sacaron dinero del ATM",
        "me llegó un text con un código que I didn't request",
        "the lady sounded super legit, me dijo que era de fraud department y le di el código",
        "me pidieron el CVV pero I said no",
        "le di mi password de la app porque they said they would reset it",
        "el scammer sabía todo, my address, my birthday, todo",
        "recibí como 3 codes at {time}, y yo no estaba comprando nada",
    ],
}

QUOTE_SCAMMER: Pools = {
    "en": [
        'he literally said "read me the code so I can cancel the charge"',
        "the text said 'Reply with your PIN to unlock your card'. who does that",
        "they told me: 'ma'am, I need the 3 digits on the back to verify the card is in your hands'",
        "the guy goes 'what PIN do you usually use?' and that's when I hung up",
        'the message said "Your account is locked. Enter your password at atlas-verify-login.co"',
        "she said 'we'll send a code, don't share it with anyone... except me, I'm the bank' 🙄",
        "he kept saying 'sir I just need the full card number to match the fraud report'",
        "the caller asked 'can you confirm your social so I can open the claim?'",
    ],
    "es": [
        'me dijo textual: "léame el código para cancelar el cargo"',
        "el mensaje decía 'Responde con tu NIP para desbloquear tu tarjeta'",
        "me dijeron: 'necesito los tres números de atrás para validar que tiene la tarjeta'",
        "el señor me preguntó '¿cuál es la clave que usa en el cajero?' y ahí colgué",
        'el SMS decía "Su cuenta fue suspendida, ingrese su contraseña en atlas-seguro-mx.com"',
        "me insistía 'dígame el token que le aparece, es solo para validar'",
    ],
    "mix": [
        "he said 'dígame el código' and I was like wait what",
        "the text decía 'responde con tu NIP' lol obvio scam",
    ],
}

SCAM_OTP: Pools = {
    "en": [
        "the guy said he was from the bank and I read him the code {otp}",
        "someone called saying they were from your fraud department, they knew my name and last 4 ({last4}) so I believed them and gave them the code {otp} that came by text",
        "i got a call from {phone} saying there was a charge for {amount} at {merch}. they sent me a code and told me to read it back to cancel it. it was {otp}. now theres more charges",
        "He said 'ma'am just read me the verification code to confirm its you' and I did, {otp}, I'm so stupid",
        "they texted me a code {otp} and then called right after asking for it. i gave it",
        "I stupidly gave him {otp} which was the code from the text",
        "so the code that came was {otp} and the guy on the phone asked for it and i said it out loud",
        "I told him the code. {otp}. Then he hung up",
        "The text said {otp} and the caller knew it was coming, he said read me the numbers",
        "got a text w/ code {otp} at {time}, a minute later a man called asking for it, i gave it to him",
        "They said they needed the one time passcode to reverse a charge. I gave them {otp}.",
        "I GAVE THEM THE CODE {otp} BECAUSE THEY SAID THEY WERE FROM YOUR BANK",
        "he said he'd send me a code to verify my identity, it was {otp}, I read it to him, then he said 'thank you, your card is secured'. it was NOT secured",
        "the code i got was {otp} and yes I gave it to the lady on the phone, she sounded so professional",
        "I read the code {otp} back to someone who said they were from Visa security",
        "my husband got the call and read them the code ({otp}) off my phone",
        "I typed the code {otp} into the link they texted me",
        "Entered {otp} on the site that looked exactly like yours, then it said 'processing' forever",
        "ok so timeline: {time} call from {phone}, {time2} text with code {otp}, I read it to him, {time3} charge of {amount}",
        "the code was {otp}. it said don't share it. I shared it. 🤦‍♀️",
        "he asked me to add my card to 'the secure wallet' and read him the activation code, {otp}",
        "I gave the code {otp} to a guy pretending to be from the toll company",
        "it was a passcode for a purchase of {amount} and I read it to them thinking it would cancel it. {otp}",
        "i forwarded the text with {otp} to the number they gave me",
    ],
    "es": [
        "me llamaron diciendo que eran del banco y les di el código {otp} que me llegó por mensaje",
        "el señor me dijo que me iba a llegar un código para cancelar la compra y se lo leí, era {otp}",
        "le pasé el código {otp} porque me dijo que si no lo hacía me iban a cobrar {amount}",
        "me llegó el token {otp} y un tipo que decía ser del área de fraudes me lo pidió, se lo di",
        "yo le di la clave dinámica {otp}, pensé que eran ustedes",
        "le dicté el código de verificación {otp} y a los 5 minutos me sacaron la plata",
        "la muchacha me dijo 'dígame el código de 6 dígitos que le acaba de llegar' y yo se lo dije, {otp}",
        "ingresé el código {otp} en la página que me mandaron por whatsapp",
        "ME ROBARON, LES DI EL CODIGO {otp} PENSANDO QUE ERAN DEL BANCO",
        "el código era {otp}, se lo leí por teléfono, ya sé que no debía",
        "me pidieron el código que llegó al cel, el {otp}, y se lo di",
        "Buenas, ayer me llamó alguien del {phone} diciendo que era de seguridad de la tarjeta, y le di el código {otp}",
        "le reenvié el SMS con el código {otp} a un número de whatsapp que dizque era del banco",
        "a las {time} me llegó el {otp} y se lo dije al señor, a las {time2} ya tenía el cargo de {amount}",
        "vos fijate, me llegó el código {otp} y el chabón me lo pidió, y se lo di como una boluda",
        "le di el código {otp}, me dijo que era para anular una compra en {merch}",
        "el token que me salió en la app era {otp} y se lo dicté al asesor falso",
    ],
    "mix": [
        "el guy me dijo que era del bank y le di el code {otp}",
        "me llamaron from a number {phone} y I gave them the code {otp}, ya se, ya se",
        "they said era para cancelar un cargo de {amount} so le leí el código {otp}",
        "le di el OTP {otp} al señor que called me, he sounded legit",
        "i read him el codigo {otp}, he said thank you señora y colgó",
        "mi mamá le dio el code {otp} a un scammer, she's 74 y no sabía",
        "the text came con el código {otp} y the guy asked for it right away",
        "bro le di el código {otp} 😭 thought it was you guys",
    ],
}

SCAM_PIN: Pools = {
    "en": [
        "he asked me to confirm my pin to 'block the card' and I said {pin}",
        "I gave them my PIN ({pin}) because they said it was needed to cancel the card",
        "they asked what my pin was and i told them {pin}",
        "The lady said to punch my PIN into the phone keypad to verify. I pressed {pin}",
        "a guy came to my house to 'pick up the compromised card' and I wrote the PIN {pin} on a paper for him",
        "yes they have my pin, it's {pin}, please block everything",
        "they made me say my pin out loud, {pin}, and then my checking got drained",
        "I told the caller my PIN is {pin}. He said he'd 'deactivate' it",
        "my grandma gave them her pin {pin} and the card, they came to her door",
        "I entered {pin} on their 'verification' page, it asked for my PIN after the card",
        "the pin is {pin} and they know it now. the ATM withdrawals are not me",
    ],
    "es": [
        "me pidió el NIP para bloquear la tarjeta y se lo di, {pin}",
        "le dije mi clave del cajero, {pin}, porque me dijo que era para verificar",
        "marqué mi PIN {pin} en el teclado del teléfono como me dijeron",
        "vino un motorizado a recoger la tarjeta y le anoté la clave {pin} en un papelito",
        "el pin es {pin} y ya lo saben ellos",
        "mi nip es {pin}, se lo dije a la señorita que llamó",
        "le di el NIP {pin} porque me dijo que así se cancelaba el plástico",
        "el PIN de la tarjeta es {pin}, lo puse en la página falsa, perdón",
        "mi viejo le pasó el PIN {pin} a un tipo que dijo ser del banco",
    ],
    "mix": [
        "they asked for my NIP y se lo di, {pin}",
        "le dije el PIN {pin} porque he said it was to block la tarjeta",
        "mi pin es {pin} and the scammer has it now",
        "I gave him mi NIP, {pin}, y luego sacaron cash del ATM",
    ],
}

SCAM_CVV: Pools = {
    "en": [
        "I put my card and the 3 digits on the back ({cvv}) on that fake USPS site",
        "they asked for the security code and I gave it, {cvv}",
        "the caller already had my card number but asked for the cvv. I said {cvv}.",
        "i gave them the cvv {cvv} and the expiration {exp}",
        "He said read me the 3 numbers on the back to confirm the card is in your hands. I read {cvv}.",
        "the code on the back is {cvv}, they have it, I typed it on the toll payment site",
        "I confirmed the CVC ({cvv}) because he already knew everything else",
        "gave the security code {cvv} to the 'verification team'",
        "it's an amex so I gave them the 4 digit code on the front, {cid}",
    ],
    "es": [
        "le di los tres números de atrás, {cvv}",
        "me pidió el código de seguridad y se lo di: {cvv}",
        "puse el CVV {cvv} en la página falsa de la paquetería",
        "le dicté el cvv {cvv} y la fecha de vencimiento {exp}",
        "el código de atrás es {cvv}, se lo di al que llamó",
        "le confirmé el CVC {cvv} porque ya tenía lo demás",
        "es American Express, le di el código de 4 dígitos del frente, {cid}",
    ],
    "mix": [
        "le di el card number y el cvv {cvv}, I know, I know",
        "they asked for los 3 números de atrás y les dije {cvv}",
        "el security code es {cvv} y ya lo tienen",
    ],
}

SCAM_CARD: Pools = {
    "en": [
        "I entered my card {card} on a site that said my package was held",
        "they already had part of it but I confirmed the whole number {card}",
        "the card they took is {card}, please cancel it",
        "I paid the 'toll fee' with {card} and then charges started",
        "he asked me to read the card number to 'match the fraud report', I read {card}",
        "card used on the fake site:\n{card}",
    ],
    "es": [
        "puse los datos de la tarjeta {card} en un link que me llegó",
        "le di el número de la tarjeta {card} y la fecha {exp}",
        "la tarjeta que usaron es la {card}, cancélenla por favor",
        "pagué la 'multa' con la {card} y al rato empezaron los cargos",
        "le dicté la tarjeta completa {card} porque dijo que era para el reporte",
    ],
    "mix": [
        "puse mi card {card} en la página del paquete, big mistake",
        "the card que usaron es {card}, please cancélenla",
    ],
}

SCAM_PW: Pools = {
    "en": [
        "they got into my app, I had given them my password {pw} because they said they needed to reset it",
        "I typed my password {pw} on the fake login page",
        "my online banking password was {pw}, they changed it",
        "he asked for my login password to 'secure the account' and I gave it: {pw}",
        "i use {pw} for everything honestly, including the app, and I gave it to them",
        "the phishing page asked for user and password and I put {pw}",
    ],
    "es": [
        "le di mi contraseña de la app, {pw}, porque me dijo que la iban a restablecer",
        "puse mi usuario y contraseña ({pw}) en una página igualita a la de ustedes",
        "mi clave de banca en línea era {pw} y ya la cambiaron",
        "la contraseña que les di es {pw}, la uso para todo",
        "metí la contraseña {pw} en el link que me mandaron",
    ],
    "mix": [
        "le di mi password {pw} porque they said era para resetearla",
        "puse mi contraseña {pw} en el fake website",
    ],
}

SCAM_SSN: Pools = {
    "en": [
        "they had my name and address and asked me to verify my social, I gave {ssn}",
        "I gave them my SSN {ssn} because they said it was for the fraud report",
        "they asked for my social for the 'claim' and I said {ssn}. now I'm scared",
        "the form on the site asked for SSN, I put {ssn}",
    ],
    "es": [
        "me pidieron el seguro social y se lo di, {ssn}",
        "le di mi número de seguro social {ssn} para 'verificar'",
        "puse el social {ssn} en el formulario falso",
    ],
    "mix": [
        "le di mi social {ssn} porque said it was for the claim",
        "they asked for el seguro social y les di {ssn}",
    ],
}

SCAM_MULTI: Pools = {
    "en": [
        "he got everything: card {card}, the code {otp}, even my pin {pin}",
        "I gave them the code {otp} and then my PIN {pin} when they asked again",
        "on the fake site I put card {card}, exp {exp}, cvv {cvv}",
        "I read him my card number, {card}, and the code on the back {cvv}",
        "first the code {otp}, then another code {otp2} a minute later. gave both",
        "they have my password {pw} and the code {otp} that came after",
        "gave them pin {pin} and the 3 digits {cvv}, I was panicking",
    ],
    "es": [
        "le di mi NIP {pin} y el código {otp} que me llegó",
        "les di todo, la tarjeta {card}, el cvv {cvv} y el código {otp}",
        "primero el código {otp} y luego otro {otp2}, les di los dos",
        "tienen mi contraseña {pw} y el token {otp}",
        "le di la clave del cajero {pin} y los tres de atrás {cvv}",
    ],
    "mix": [
        "le di el card number {card} y el cvv {cvv}, I know, I know",
        "gave them mi NIP {pin} y el code {otp} 😭",
        "they have el password {pw} y el código {otp}",
    ],
}

SMS_OTP_BODY: Pools = {
    "en": [
        "Atlas Card: Your verification code is {otp}. Do not share this code with anyone. We will never call to ask for it.",
        "{otp} is your Atlas Card security code. It expires in 10 minutes.",
        "Atlas Alert: Use code {otp} to confirm your purchase of {amount} at {merch}. If this wasn't you call {phone}",
        "Your one-time passcode is {otp}. Ref {ref}.",
        "<#> {otp} is your verification code. Do not share it.",
        "ATLAS: {otp_sp} is your code to add your card to a digital wallet. If you didn't request this, call us.",
        "Atlas Card - Code: {otp}. Valid 5 min. Msg&data rates may apply. Reply STOP to opt out",
    ],
    "es": [
        "Alerta: tu codigo es {otp_sp}, no lo compartas",
        "Atlas: Tu código de verificación es {otp}. No lo compartas con nadie, ni con personal del banco.",
        "Tarjeta Atlas: usa {otp} para autorizar la compra por {amount} en {merch}. Si no reconoces, llama al {phone}",
        "Su clave dinámica es {otp}. Vence en 3 min.",
        "ATLAS: {otp} es tu código. Nunca te lo pediremos por teléfono.",
        "Tarjeta Atlas: Código {otp_sp} para registrar tu tarjeta en la billetera digital. Si no fuiste tú, llámanos.",
    ],
}

SMS_OTP_WRAP: Pools = {
    "en": [
        'this is the text I got:\n"{sms}"',
        "look: {sms}",
        "copying the text here -> {sms}",
        "I got this right before the call:\n{sms}",
        "they sent this and asked me to read it to them:\n\n{sms}",
        "the message: '{sms}' and yeah I gave it to him",
    ],
    "es": [
        "me llegó esto: {sms}",
        "copio el mensaje:\n{sms}",
        'este es el SMS que me llegó y que le leí al señor:\n"{sms}"',
        "me llegó este mensaje justo antes de la llamada: {sms}",
        "mire: {sms}",
    ],
    "mix": [
        "me llegó este text: {sms}",
        "look, este es el mensaje:\n{sms}",
        'the SMS que le leí al guy:\n"{sms}"',
    ],
}

PHISH_BODY: Pools = {
    "en": [
        "USPS: Your package is on hold due to an incomplete address. Update within 12 hrs at usps-redelivery-track.com",
        "Atlas Card: Your card ending {last4} has been locked due to unusual activity. Verify at atlas-secure-verify.co",
        "TOLL SERVICES: You have an unpaid toll balance of {amount}. Pay by {date} to avoid a late fee: ezpass-tollpay.info",
        "Atlas Alert: Did you attempt a purchase of {amount} at {merch}? Reply YES or NO",
        "FRAUD ALERT: suspicious login from {city}. If this wasn't you call {phone} immediately",
        "Atlas: Purchase of {amount} at {merch} with card ending {last4} on {date}. Reply 1 if you made it, 2 if not.",
    ],
    "es": [
        "Correos: su paquete está retenido. Pague la tasa de {amount} en correos-envio.info",
        "Tarjeta Atlas: su tarjeta terminación {last4} fue bloqueada. Reactívela en atlas-mx-seguro.com",
        "Aviso: tiene una multa de tránsito pendiente de {amount}. Pague antes del {date}: multas-pago.net",
        "Atlas: ¿Reconoce la compra por {amount} en {merch}? Responda SI o NO",
        "ALERTA: intento de acceso desde {city}. Si no fue usted llame al {phone}",
    ],
}

PHISH_WRAP: Pools = {
    "en": [
        "got this text: {phish}",
        'is this real?? "{phish}"',
        "I got this and clicked it:\n{phish}",
        "first I got this:\n\n{phish}\n\nthen the call came",
    ],
    "es": [
        "me llegó esto: {phish}",
        '¿esto es de ustedes? "{phish}"',
        "le di click a este mensaje:\n{phish}",
    ],
    "mix": [
        "me llegó este text, is it real? {phish}",
        "got this mensaje: {phish}",
    ],
}

DISPUTE: Pools = {
    "en": [
        "I want to dispute a charge of {amount} from {merch} on {date}, card ending in {last4}",
        "receipt says AUTH CODE: {auth}  REF# {ref}  TERM ID {tid}",
        "the merchant's number on my statement is {phone}, I called and nobody answers",
        "case number {case} — any update? it's been {days} days",
        "the ARN they gave me is {arn}",
        "there are 3 charges: {amount} at {time}, {amount2} at {time2}, and another {amount3}",
        "Store #{store}, {city}. Approval {appr}. I never went there",
        "order {order} never arrived and the seller won't refund",
        "tracking {track} says delivered but I got nothing",
        "they charged {amount} twice on {date}, card **** {last4}",
        "my claim is {case}, the merchant responded on {date}",
        "the charge shows as '{merch}' for {amount}",
        "I canceled the subscription on {date} and they still charged {amount} on {date2}. confirmation # {ref}",
        "the refund of {amount} was supposed to post on {date}, merchant says ARN {arn}",
        "charge: {merch} {amount} {date} {time}. I was at work at that time",
        "there's a pending charge of {amount} from {merch}, can you stop it before it posts?",
        "I already filed dispute {case} but now there's a second one for {amount2}",
        "the approval code on the slip is {appr}, does that help find it?",
        "transaction id {badnum} on the merchant's email",
        "the card ending {last4} has a charge at {merch} store {store} for {amount}. I live in {city}, never been there",
        "they said the refund went out {date} with reference {arn}. still nothing",
        "merchant support ticket {case}, they told me to contact my bank",
        "I returned the item, UPS tracking {track}, they still won't credit the {amount}",
        "is the {amount} charge on {date} at {time} from {merch} the same as the one on my app",
        "There are two charges, {amount} and {amount2}, both {date}. Only the first is mine",
    ],
    "es": [
        "quiero desconocer un cargo de {amount} de {merch} del {date}, tarjeta terminación {last4}",
        "mi número de aclaración es {case}",
        "el folio de la disputa es {case}, ya pasaron {days} días",
        "en el voucher dice No. de autorización {appr} y referencia {ref}",
        "me cobraron dos veces {amount} en {merch} sucursal {store}",
        "el cargo aparece como '{merch}' por {amount} a las {time}",
        "el número del comercio es {phone} y no contestan",
        "mi código postal es {zip}, por si lo necesita",
        "el pedido {order} nunca llegó",
        "número de guía {track}, dice entregado y no me llegó nada",
        "el ARN que me dio el comercio es {arn}",
        "son tres cargos: {amount}, {amount2} y {amount3}, todos del {date}",
        "el ticket dice AUT: {appr} TERMINAL {tid}",
        "cancelé la suscripción el {date} y me siguen cobrando {amount}",
        "la devolución de {amount} tenía que caer el {date}, el comercio dice que la referencia es {arn}",
        "ya tengo la aclaración {case} pero apareció otro cargo de {amount2}",
        "el cargo fue a las {time} en {city} y yo estaba en el trabajo",
        "el código de autorización del cargo es {appr}, ¿con eso lo encuentran?",
        "la operación número {ref} de {merch} no la reconozco",
        "la tarjeta terminación {last4} tiene un cargo pendiente de {amount}, ¿lo pueden detener?",
        "me mandaron un correo con el ID de transacción {badnum}",
        "devolví el producto, guía {track}, y no me reembolsan los {amount}",
    ],
    "mix": [
        "quiero hacer dispute de un charge de {amount} en {merch}, la tarjeta ending in {last4}",
        "el case number es {case}, any update?",
        "el receipt dice auth code {auth} pero yo no estaba ahí",
        "me cobraron twice, {amount} el {date}",
        "el tracking {track} says delivered pero no llegó nada",
        "the ARN que me dieron es {arn}",
        "hay un pending charge de {amount} de {merch}, can you stop it?",
        "la aprobación dice {appr}, does that help?",
        "order {order} nunca llegó y el seller no responde",
    ],
}

RECEIPT: Pools = {
    "en": [
        "{merchup}\nSTORE {store}\n{date} {time}\nCARD: ************{last4}\nAUTH CODE: {auth}\nTOTAL: {amount}",
        "here's the receipt:\n{merchup}\nTERM ID {tid}  SEQ {seq}\nVISA ****{last4}\nAPPR CODE {appr}\nAMOUNT {amount}\nTHANK YOU",
        "receipt pic text:\nMID {mid}\nTID {tid}\nBATCH {seq}\nXXXXXXXXXXXX{last4}\nAPPROVED {appr}\nSALE {amount}",
        "from the email receipt: Order {order}, paid with card ending {last4}, {amount}, {date}. Auth {auth}",
        "{merchup} #{store}\n{date}  {time}\nCHIP READ  APPROVAL# {appr}\nTOTAL {amount}",
    ],
    "es": [
        "COMERCIO: {merchup}\nAFILIACION: {mid}\nTARJETA: ************{last4}\nAUTORIZACION: {appr}\nOPERACION: {ref}\nIMPORTE: {amount}",
        "te paso el ticket:\n{merchup}\nSUC {store}\nFECHA {date} {time}\nAUT {appr}\nTOTAL {amount}",
        "voucher:\nTERMINAL {tid}\nLOTE {seq}\nTARJ ****{last4}\nCOD. AUTORIZACION {auth}\nMONTO {amount}",
        "el comprobante dice:\n{merchup}\nNo. Aut: {appr}\nRef: {ref}\n{amount}",
    ],
}

STATEMENT: Pools = {
    "en": [
        "these are the ones I don't recognize:\n{date} {merch} {amount}\n{date} {merch2} {amount2}\n{date2} {merch} {amount3}",
        "from my statement:\n{date}  {merchup}  {city}  {amount}\n{date2}  {merch2}  {amount2}",
        "pending: {merch} {amount}\nposted: {merch2} {amount2}\nboth on the card ending {last4}",
    ],
    "es": [
        "estos son los que no reconozco:\n{date} {merch} {amount}\n{date} {merch2} {amount2}",
        "de mi estado de cuenta:\n{date}  {merchup}  {amount}\n{date2}  {merch2}  {amount2}",
    ],
}

PARTIAL: Pools = {
    "en": [
        "last four is {last4}, zip {zip}",
        "card ends in {last4}. billing zip is {zip}",
        "ending {last4}, DOB {dob}",
        "it's the one that says {masked} in the app",
        "last 4: {last4}\nzip: {zip}\nemail: {email}",
        "the card ending in {last4}. my birthday is {dob} and zip code {zip}",
        "sure, {last4} and {zip}",
        "{last4}, zip {zip}",
        "the debit one, ending {last4}",
        "my name is {fullname}, zip {zip}",
        "last four of my social is {ssn4}",
    ],
    "es": [
        "la terminación es {last4} y mi CP {zip}",
        "termina en {last4}, código postal {zip}",
        "últimos 4: {last4}, fecha de nacimiento {dob}",
        "la que dice {masked} en la app",
        "es la tarjeta terminación {last4}, mi correo es {email}",
        "{last4} y el código postal es {zip}",
        "soy {fullname}, la tarjeta termina en {last4}",
    ],
    "mix": [
        "la terminación es {last4}, zip {zip}",
        "ending in {last4}, mi CP es {zip}",
        "es la que termina en {last4}, my birthday es {dob}",
    ],
}

REFUSE: Pools = {
    "en": [
        "wait, you guys say you never ask for that",
        "I'm not comfortable sharing that",
        "no. the app literally says never share the code",
        "why would you need my pin? you're the bank",
        "hmm this feels like the scam I'm reporting",
        "NO. I'm calling the number on the back of my card",
        "can I just do this at a branch instead?",
        "isn't that exactly what the scammer asked me for?",
    ],
    "es": [
        "mmm no, el banco dice que nunca piden eso",
        "no te voy a dar mi NIP",
        "¿para qué necesitan el código si ustedes son el banco?",
        "prefiero ir a la sucursal",
        "eso es justo lo que me pidió el estafador",
        "no, voy a llamar al número que viene atrás de la tarjeta",
    ],
    "mix": [
        "no way, el banco dice never share that",
        "mmm no, that's what the scammer asked me",
        "prefiero ir a la branch, sorry",
    ],
}

QUESTION: Pools = {
    "en": [
        "do I need to change my PIN?",
        "will the new card have a new number and a new cvv?",
        "should I change my password too?",
        "how do I know you're really the bank?",
        "why do I keep getting codes I didn't ask for?",
        "can they use the card without the pin?",
        "is my ssn compromised too?",
        "wait what do you need exactly",
        "how long does the dispute take?",
        "will I get my {amount} back?",
        "can I keep the same pin on the new card?",
    ],
    "es": [
        "¿tengo que cambiar el NIP?",
        "¿la tarjeta nueva tendrá otro número y otro CVV?",
        "¿cambio también la contraseña de la app?",
        "¿cómo sé que de verdad son del banco?",
        "¿por qué me siguen llegando códigos?",
        "¿pueden usar la tarjeta sin el PIN?",
        "¿cuánto tarda la aclaración?",
        "¿me van a devolver los {amount}?",
        "¿qué necesita exactamente?",
    ],
    "mix": [
        "do I need to cambiar el PIN?",
        "la new card va a tener otro cvv?",
        "¿cómo sé que you're really the bank?",
        "how long tarda el dispute?",
    ],
}

HESITATE: Pools = {
    "en": [
        "why do you need that?",
        "um is this safe?",
        "wait, is this really Atlas?",
        "the app says not to share that though",
        "ok but how do I know this chat is legit",
        "hmm. are you sure?",
        "I thought you already had that",
    ],
    "es": [
        "¿para qué lo necesita?",
        "¿es seguro?",
        "¿de verdad son del banco?",
        "pero la app dice que no lo comparta",
        "mmm ¿seguro?",
        "¿no lo tienen ustedes ya?",
    ],
    "mix": [
        "why do you need eso?",
        "mmm is this safe? la app dice que no",
        "¿seguro? I thought you had it",
    ],
}

LOST: Pools = {
    "en": [
        "I lost my wallet at {place} on {date}, card ending {last4}",
        "my card was stolen out of my car last night in {city}",
        "purse got stolen at the gym around {time}. need to block the card",
        "can't find my card anywhere, last time I used it was {date} at {merch}",
        "my kid took my card and I think he used it on {merch}",
        "left my card in the ATM at {place} around {time}, it never came back out",
        "someone grabbed my phone at {place}, my card was in the case. ending {last4}",
    ],
    "es": [
        "perdí la cartera en {place} el {date}, la tarjeta termina en {last4}",
        "me robaron la tarjeta en el metro hoy a las {time}",
        "no encuentro la tarjeta, la última vez la usé el {date} en {merch}",
        "me arrebataron el celular con la tarjeta en la funda, en {city}",
        "el cajero de {place} se tragó la tarjeta a las {time}",
    ],
    "mix": [
        "perdí mi wallet en {place}, la card termina en {last4}",
        "me robaron la tarjeta last night",
    ],
}

ALERT_ANSWER: Pools = {
    "en": [
        "1 yes, 2 no",
        "none of those are me",
        "the first one was me, the {amount2} one wasn't",
        "only the {merch} one is mine",
        "NO to all of them",
        "the {amount} yes. the other no",
    ],
    "es": [
        "la 1 sí, la 2 no",
        "ninguna fui yo",
        "solo la de {amount} es mía",
        "NO RECONOZCO NINGUNA",
    ],
    "mix": ["la 1 yes, la 2 no", "none of them fui yo"],
}

IDTHEFT: Pools = {
    "en": [
        "someone opened a card in my name, I got a welcome letter for an account I never applied for",
        "I got a letter about a credit check I didn't authorize, I think my social was stolen in that data breach",
        "identity theft. somebody has my SSN and opened 2 cards",
        "I froze my credit with all 3 bureaus on {date}, do I still need to do something with you?",
        "the IRS letter said someone used my social for a job in {city}",
    ],
    "es": [
        "alguien sacó una tarjeta a mi nombre, me llegó una carta de bienvenida",
        "creo que me robaron la identidad, abrieron una cuenta con mi seguro social",
        "me llegó una carta de una solicitud que yo no hice",
    ],
    "mix": [
        "alguien abrió una card a mi nombre, I got a letter",
        "creo que tienen mi social, they opened an account",
    ],
}

IDTHEFT_SSN: Pools = {
    "en": [
        "my ssn is {ssn}, can you check if there are other accounts under it?",
        "here's my social so you can search: {ssn}",
        "SSN {ssn}. please check everything",
        "they used {ssn} which is mine, I have the letter right here",
    ],
    "es": [
        "mi seguro social es {ssn}, ¿pueden revisar si hay otras cuentas?",
        "aquí está mi número de seguro social: {ssn}",
        "usaron el {ssn}, que es el mío",
    ],
    "mix": [
        "mi social es {ssn}, can you check?",
        "el SSN es {ssn}, please revisen todo",
    ],
}

ATO: Pools = {
    "en": [
        "someone changed my email and password on the app and I can't log in",
        "I got an email saying my password was changed, it wasn't me",
        "there's a new device logged into my account from {city}",
        "they added a phone number that's not mine and now the codes go to them",
    ],
    "es": [
        "alguien cambió mi correo y mi contraseña de la app y ya no puedo entrar",
        "me llegó un correo de que cambiaron la contraseña y no fui yo",
        "hay un dispositivo nuevo conectado desde {city}",
    ],
    "mix": [
        "alguien cambió mi password y el email, can't log in",
        "me llegó un email que changed my password, no fui yo",
    ],
}

ATO_PW: Pools = {
    "en": [
        "my old password was {pw} if that helps you find it",
        "ok I changed it to {pw} now, is that ok?",
        "the password they changed it from was {pw}",
        "new password is {pw}. Is it safe now?",
    ],
    "es": [
        "mi contraseña anterior era {pw}, por si sirve",
        "ya la cambié, ahora es {pw}, ¿así está bien?",
        "la contraseña nueva es {pw}",
    ],
    "mix": [
        "mi old password era {pw}",
        "ya la cambié to {pw}, ¿está bien?",
    ],
}

UNPROMPTED_CARD: Pools = {
    "en": [
        "hi, my card was stolen. card number {card} exp {exp} please block it asap",
        "I want to report fraud on my card {card}",
        "the card is {card} if you need it",
        "card # {card}",
        "Please cancel {card} immediately, there are charges I didn't make at {merch}",
        "it's this one: {card}",
    ],
    "es": [
        "hola me robaron la tarjeta {card} vence {exp} bloquéenla porfa",
        "la tarjeta es la {card}",
        "número de tarjeta: {card}",
        "cancelen la {card} por favor, hay cargos en {merch}",
    ],
    "mix": [
        "hi, me robaron la card {card}, please block it",
        "la tarjeta es {card} just in case",
    ],
}

UNPROMPTED_MULTI: Pools = {
    "en": [
        "card {card}, cvv {cvv}, pin {pin}. please block all of it",
        "here's everything so you can fix it: {card} exp {exp} code {cvv}",
        "my social is {ssn} and the card ends {last4}",
        "card {card}\npin {pin}",
        "pin is {pin} and the code you sent is {otp}",
    ],
    "es": [
        "tarjeta {card}, cvv {cvv}, nip {pin}, bloquéenla toda",
        "les paso todo: {card} vence {exp} código {cvv}",
        "mi seguro social es {ssn} y la tarjeta termina en {last4}",
        "el NIP es {pin} y el código que me mandaron es {otp}",
    ],
    "mix": [
        "la card {card}, el cvv {cvv}, please block it",
        "mi NIP es {pin} y el code es {otp}",
    ],
}

UNPROMPTED_ONE: Pools = {
    "en": [
        "my pin is {pin} in case you need it",
        "the code you sent is {otp}",
        "got it, {otp}",
        "the code says {otp}",
        "cvv is {cvv} btw",
        "pin {pin}",
        "password for the app is {pw} if you need to check something",
        "ssn {ssn}",
    ],
    "es": [
        "mi NIP es {pin} por si lo necesitan para el bloqueo",
        "el código que me llegó es {otp}",
        "ya me llegó: {otp}",
        "el cvv es {cvv} por si acaso",
        "la clave de la app es {pw}",
        "mi nip {pin}",
    ],
    "mix": [
        "my nip es {pin} por si acaso",
        "ya llegó el code: {otp}",
        "el cvv es {cvv} btw",
    ],
}

UNPROMPTED_LONG: Pools = {
    "en": [
        "Hi, so yesterday around {time} I got a notification for {amount} at {merch} which I did not make. I called the number on the back ({phone}) and they told me to chat here. My card is {card} and I still have it in my wallet. I also changed my online password to {pw} this morning, hope that's ok. Thanks",
        "ok long story. got a call {date}, guy said he was from fraud, he knew my address, i gave him the code {otp} that came in, then he asked for the pin and i said {pin} because i panicked. after that i saw {amount} at {merch} and {amount2} at an ATM in {city}. the card ends {last4}. please help",
        "Hello. I'm writing because my elderly father ({fullname}) was contacted by someone claiming to be from your bank. He gave them his card number {card}, expiry {exp} and the security code {cvv}. We noticed {amount} in charges on {date}. His ZIP is {zip}. Please advise.",
        "i dont know what to do they took {amount} and {amount2}, the card is {card}, the last code i got was {otp}, i'm at {phone} if you need to call me",
    ],
    "es": [
        "Hola, ayer como a las {time} me llegó una notificación de {amount} en {merch} que yo no hice. Llamé al {phone} y me dijeron que escribiera aquí. Mi tarjeta es {card} y la tengo conmigo. También cambié la contraseña de la app a {pw} esta mañana. Gracias",
        "bueno les cuento, el {date} me llamó un señor que dijo ser de fraudes, sabía mi dirección, le di el código {otp} que me llegó y luego me pidió el nip y le dije {pin} porque me puse nerviosa. después vi {amount} en {merch} y otro de {amount2} en un cajero de {city}. la tarjeta termina en {last4}",
        "Buenas, mi papá ({fullname}) recibió una llamada de alguien que dijo ser del banco. Le dio el número de tarjeta {card}, vencimiento {exp} y el código de seguridad {cvv}. Vimos cargos por {amount} el {date}. Su CP es {zip}.",
    ],
    "mix": [
        "ok so ayer como a las {time} me llegó una alerta de {amount} en {merch}, I didn't do it. la card es {card} y la tengo conmigo. también cambié el password a {pw}, hope that's ok",
    ],
}

OWN_LINE: Pools = {
    "en": [
        "ok\n{otp}\nthat's the one I gave them",
        "card:\n{card}\nexp {exp}\ncvv\n{cvv}",
        "the code they got:\n\n{otp}\n\nand then my pin:\n{pin}",
        "my pin:\n{pin}",
        "{otp}\n^ that's the code from the text",
    ],
    "es": [
        "aquí está:\n\n{pin}\n",
        "el código:\n{otp}\nese fue el que les di",
        "tarjeta:\n{card}\nvence {exp}\ncvv {cvv}",
        "{otp}\n^ ese es el código del mensaje",
    ],
    "mix": [
        "ok\n{otp}\nese es el code que les di",
        "la card:\n{card}",
    ],
}

PIN_WRONG: Pools = {
    "en": ["my pin is {pin_typo}", "pin: {pin_typo}", "the pin I gave them was {pin_typo}"],
    "es": ["mi NIP es {pin_typo}", "el pin que les di fue {pin_typo}", "nip {pin_typo}"],
    "mix": ["my NIP es {pin_typo}", "el pin que les di was {pin_typo}"],
}

PIN_FIX: Pools = {
    "en": [
        "sorry, {pin} not {pin_typo}",
        "wait no its {pin}",
        "*{pin}",
        "typo, it's {pin} not {pin_typo}",
        "sorry I mixed it up, {pin}",
    ],
    "es": [
        "perdón, es {pin} no {pin_typo}",
        "no espera, es {pin}",
        "*{pin}",
        "me equivoqué, es {pin}",
    ],
    "mix": ["sorry, es {pin} not {pin_typo}", "*{pin} perdón"],
}

OTP_WRONG: Pools = {
    "en": ["the code was {otp_typo}", "code {otp_typo}"],
    "es": ["el código fue {otp_typo}", "código {otp_typo}"],
    "mix": ["el code fue {otp_typo}"],
}

OTP_FIX: Pools = {
    "en": ["sorry {otp} not {otp_typo}", "*{otp}", "no wait, {otp}"],
    "es": ["perdón, {otp} no {otp_typo}", "*{otp}", "no, era {otp}"],
    "mix": ["sorry, era {otp}", "*{otp}"],
}

SPLIT_INTRO: Pools = {
    "en": [
        "ok one sec, my phone is glitchy, I'll send it in parts",
        "the number is",
        "ok here",
        "sending the card number",
        "hold on let me grab it",
    ],
    "es": [
        "ok un momento, se lo paso en partes",
        "el número es",
        "va",
        "ahí le mando el número de la tarjeta",
        "déjeme buscarla",
    ],
    "mix": ["ok one sec, se lo mando en partes", "ok va, the number is"],
}

SPLIT_FIRST: Pools = {
    "en": ["{part}", "{part}", "{part}", "its {part}", "ok {part}", "{part}..."],
    "es": ["{part}", "{part}", "es {part}", "{part}..."],
    "mix": ["{part}", "es {part}"],
}
SPLIT_MIDDLE: Pools = {
    "en": ["{part}", "{part}", "then {part}", "{part}..."],
    "es": ["{part}", "{part}", "luego {part}"],
    "mix": ["{part}", "then {part}"],
}
SPLIT_LAST: Pools = {
    "en": ["{part}", "{part}", "and {part}", "{part} that's all", "last part {part}"],
    "es": ["{part}", "{part}", "y {part}", "{part} eso es todo"],
    "mix": ["{part}", "y {part}", "{part} that's it"],
}

# Give the values an agent asked for (customer complies).
GIVE: dict[str, Pools] = {
    "otp": {
        "en": [
            "ok it's {otp}",
            "{otp}",
            "here: {otp}",
            "the code is {otp}",
            "hold on... {otp}",
            "{otp} is that it?",
            "got it, {otp}",
            "it says {otp_sp}",
        ],
        "es": [
            "es {otp}",
            "el código es {otp}",
            "ok {otp}",
            "{otp}",
            "me llegó el {otp}",
            "ya, {otp}",
        ],
        "mix": ["ok es {otp}", "el code es {otp}", "{otp} ya llegó"],
    },
    "cvv": {
        "en": ["{cvv}", "it's {cvv}", "the back says {cvv}", "3 digits are {cvv}", "ok, {cvv}"],
        "es": ["{cvv}", "es {cvv}", "atrás dice {cvv}", "los tres números son {cvv}"],
        "mix": ["es {cvv}", "los 3 digits son {cvv}"],
    },
    "pin": {
        "en": ["{pin}", "it's {pin}", "my pin is {pin}", "usually {pin}", "ok {pin}"],
        "es": ["{pin}", "es {pin}", "mi NIP es {pin}", "la clave es {pin}", "uso el {pin}"],
        "mix": ["es {pin}", "my NIP es {pin}"],
    },
    "pw": {
        "en": ["{pw}", "it's {pw}", "password is {pw}", "ok: {pw}"],
        "es": ["{pw}", "es {pw}", "mi contraseña es {pw}"],
        "mix": ["es {pw}", "el password es {pw}"],
    },
    "card": {
        "en": ["{card}", "it's {card}", "card number {card}", "ok {card}"],
        "es": ["{card}", "es la {card}", "el número es {card}"],
        "mix": ["es {card}", "the number es {card}"],
    },
    "ssn": {
        "en": ["{ssn}", "it's {ssn}", "ssn is {ssn}"],
        "es": ["{ssn}", "es {ssn}", "mi seguro social es {ssn}"],
        "mix": ["es {ssn}", "my social es {ssn}"],
    },
    "pin_otp": {
        "en": [
            "pin {pin}, code {otp}",
            "{pin} and the code is {otp}",
            "ok pin is {pin}\ncode {otp}",
        ],
        "es": ["NIP {pin}, código {otp}", "{pin} y el código {otp}"],
        "mix": ["el pin es {pin} y el code {otp}"],
    },
    "card_cvv": {
        "en": ["{card} and {cvv}", "card {card} cvv {cvv}", "{card}\n{cvv}"],
        "es": ["{card} y {cvv}", "tarjeta {card} cvv {cvv}"],
        "mix": ["la card {card} y el cvv {cvv}"],
    },
    "pw_otp": {
        "en": ["password {pw} and the code is {otp}", "{pw} / {otp}"],
        "es": ["contraseña {pw}, código {otp}"],
        "mix": ["password {pw} y el code {otp}"],
    },
}

# ---- agent side ---------------------------------------------------------------------

GREET: Pools = {
    "en": [
        "Hi, this is {agent} from Atlas Fraud Protection. I'm sorry this happened. Can you tell me what happened?",
        "Hello, you've reached the fraud team. How can I help today?",
        "Hi! I'm {agent}. Let's get this sorted out. What did you notice?",
        "Thanks for reaching out. I'm {agent} with disputes. What charge are you asking about?",
        "I'm sorry to hear that. Take your time and walk me through it.",
    ],
    "es": [
        "Hola, le atiende {agent} del área de fraudes. Lamento lo sucedido, ¿me cuenta qué pasó?",
        "Buenas tardes, bienvenido a aclaraciones. ¿En qué le puedo ayudar?",
        "Hola, soy {agent}. Vamos a revisarlo juntos, ¿qué cargo no reconoce?",
        "Gracias por escribirnos. Cuénteme con calma qué ocurrió.",
    ],
}

WARNING: Pools = {
    "en": [
        "We will never ask for your PIN or the code we text you.",
        "Please don't share your password with anyone, including us.",
        "For your protection, never read a one-time code to anyone who calls you, even if they say they're from Atlas.",
        "Atlas will never call you to ask for your card number, CVV, PIN or online banking password.",
        "If anyone asks for the 3 digits on the back of your card, it's a scam.",
        "Please don't type full card numbers in this chat — I can find everything I need with the last four.",
        "Heads up: we never ask for your full Social Security number over chat.",
        "Please don't send codes or PINs here. I don't need them and I'll never ask for them.",
        "If someone says 'read me the code to cancel the charge', hang up and call the number on the back of your card.",
        "Codes we send are only for you to type into the app yourself. Nobody from Atlas will ask you to read one out.",
        "Thanks for letting me know. Going forward, don't share the security code on the back with anyone who contacts you.",
        "Quick reminder: no real bank employee will ever ask what PIN you use.",
    ],
    "es": [
        "Nunca le pediremos su NIP ni el código que le enviamos por SMS.",
        "Por favor no comparta su contraseña con nadie, ni siquiera con nosotros.",
        "Atlas nunca le llamará para pedirle claves, códigos ni el número de su tarjeta.",
        "No escriba el número completo de la tarjeta en este chat, con los últimos 4 es suficiente.",
        "Si alguien le pide los tres números del reverso de la tarjeta, es un fraude.",
        "Los códigos que enviamos son solo para que usted los ingrese en la app. Nadie del banco se los va a pedir.",
        "Si le dicen 'léame el código para cancelar el cargo', cuelgue y llame al número que aparece atrás de su tarjeta.",
        "Por seguridad, no envíe su NIP ni códigos por este medio. No los necesito.",
        "Le recuerdo que nunca solicitamos el número de seguro social completo por chat.",
    ],
}

# Said after the customer typed a secret unprompted.
WARNING_AFTER: Pools = {
    "en": [
        "I noticed you shared some card details above. Please avoid that in the future — I never need them.",
        "Thanks, but please don't send codes or PINs here. I don't need them and I'll never ask for them.",
        "Please don't post your full card number or security code in chat. I've flagged the card and we'll replace it.",
        "Since that information is now exposed, I'm closing the card. Please don't share your PIN or codes with anyone, including us.",
        "For your safety, please don't type passwords here. Change it in the app since it's been exposed.",
    ],
    "es": [
        "Gracias, pero por favor no envíe su NIP ni códigos por este chat; no los necesito.",
        "Le pido que no escriba el número completo de la tarjeta ni el CVV aquí. Vamos a reponer la tarjeta.",
        "Como esos datos quedaron expuestos, voy a cancelar la tarjeta. No comparta su NIP ni sus códigos con nadie, tampoco con nosotros.",
        "Por seguridad no escriba contraseñas aquí. Cámbiela en la app, ya que quedó expuesta.",
    ],
}

PASTQ: Pools = {
    "en": [
        "Did you share the code with anyone?",
        "Did the caller ask you for your PIN or the code from the text?",
        "Did you enter your card number or password on that site?",
        "Has anyone else had access to your card or your PIN?",
        "When they called, did they already know your card number?",
        "Did you give them the security code on the back?",
        "Do you remember what number they called from and the time of the call?",
        "Was the code you received for a purchase or for a login?",
        "What did the text say? You can leave the code itself out.",
        "Did you tell them your online banking password at any point?",
        "Did they ask for your Social Security number?",
        "Just to understand what they have: did you read them any code, or only confirm your name?",
        "Did they ask you to read any code out loud, or to type it somewhere?",
        "Was the PIN ever written down with the card?",
        "Did you use the same password on any other site?",
        "What time did the code arrive? (Not the code itself — just the time.)",
    ],
    "es": [
        "¿Compartió el código con alguien?",
        "¿La persona que le llamó le pidió el CVV o la clave?",
        "¿Ingresó los datos de su tarjeta en esa página?",
        "¿Recuerda a qué hora fue la llamada y de qué número?",
        "¿Alguien más tiene acceso a su tarjeta o conoce su NIP?",
        "¿Le dio a esa persona el código que le llegó por SMS?",
        "¿Qué decía el mensaje? No hace falta que me escriba el código.",
        "¿En algún momento les dio su contraseña de la banca en línea?",
        "¿Le pidieron que dictara algún código o que lo escribiera en una página?",
        "¿Tenía el NIP anotado junto a la tarjeta?",
    ],
}

PARTIAL_ASK: Pools = {
    "en": [
        "Can you confirm the last four of the card and the billing ZIP?",
        "Could you confirm your date of birth and the email on file?",
        "What's the amount and date of the charge you don't recognize?",
        "Which merchant does the charge show?",
        "Please confirm the last 4 digits of the card you want to block.",
        "To verify you, I'll need the last four of your SSN and your date of birth.",
        "What's your full name and mailing address so we can send the new card?",
        "Can you tell me the case number from your first dispute?",
        "What's the approval code or reference number on your receipt, if you have it?",
    ],
    "es": [
        "¿Me confirma los últimos 4 dígitos de la tarjeta y su código postal?",
        "¿Me confirma su fecha de nacimiento y el correo registrado?",
        "¿Qué monto y en qué fecha aparece el cargo que no reconoce?",
        "¿Qué comercio aparece en el cargo?",
        "¿Me indica la terminación de la tarjeta que quiere bloquear?",
        "¿Tiene el folio de la aclaración anterior?",
        "¿Me comparte el número de autorización que aparece en su ticket, si lo tiene?",
    ],
}

PROCESS: Pools = {
    "en": [
        "I've blocked the card ending in {last4}. A new card will arrive in {days} business days.",
        "We'll send a new card; set a new PIN at any ATM or in the app.",
        "Your dispute is open under case {case}. You'll get a provisional credit of {amount} within {days} days.",
        "I've reversed the {amount} charge from {merch}.",
        "Please reset your password from the app and turn on two-step verification.",
        "I can't see your PIN and I'll never ask for it. If you think someone knows it, change it at an ATM.",
        "Our fraud line is {phone}, it's also on the back of your card.",
        "Done — the card is closed and I've added a fraud note. The new card will have a new number and a new security code.",
        "I've removed the device from {city} and signed out all sessions. Choose a new password in the app (don't send it to me).",
        "I opened claim {case} for {amount} and {amount2}. We'll update you by email.",
    ],
    "es": [
        "Ya bloqueé la tarjeta con terminación {last4}. La nueva llegará en {days} días hábiles.",
        "Le enviaremos una tarjeta nueva; puede asignar un NIP nuevo en cualquier cajero.",
        "Su aclaración quedó registrada con el folio {case}. Verá un abono provisional de {amount}.",
        "Revertí el cargo de {amount} de {merch}.",
        "Le sugiero cambiar su contraseña desde la app y activar la verificación en dos pasos.",
        "Yo no puedo ver su NIP y nunca se lo voy a pedir. Si cree que alguien lo conoce, cámbielo en un cajero.",
        "Nuestra línea de fraudes es {phone}, también viene al reverso de su tarjeta.",
        "Listo, la tarjeta quedó cancelada. La nueva tendrá otro número y otro código de seguridad.",
    ],
}

DISPUTE_INFO: Pools = {
    "en": [
        "Your dispute for {amount} at {merch} is open. Case number: {case}.",
        "The merchant processed a refund on {date}. The ARN is {arn}, the merchant's bank can trace it with that.",
        "I see the charge was approved at {time} on {date} with approval code {appr}. That's the merchant's authorization, not something secret.",
        "Transaction ID {badnum} is attached to your claim now.",
        "You'll see a temporary credit of {amount} in {days} business days.",
        "The merchant, {merch}, has until {date2} to respond.",
        "I found it: {date} {time}, {merch} store {store}, {amount}, card ending {last4}.",
        "The merchant says they shipped it with tracking {track}. If it didn't arrive, we'll continue the claim.",
    ],
    "es": [
        "Su aclaración por {amount} en {merch} quedó abierta con el folio {case}.",
        "El comercio procesó la devolución el {date}. El ARN es {arn}.",
        "El cargo se autorizó a las {time} del {date} con número de autorización {appr}; ese código es del comercio, no es confidencial.",
        "Verá un abono temporal de {amount} en {days} días hábiles.",
        "El comercio tiene hasta el {date2} para responder.",
        "Lo encontré: {date} {time}, {merch} sucursal {store}, {amount}, tarjeta terminación {last4}.",
    ],
}

NEWCARD: Pools = {
    "en": [
        "Your new card will come with a new number and CVV. You can set the PIN at any Atlas ATM or in the app under Card settings.",
        "You don't need to tell me a PIN. When the new card arrives, pick a new one at the ATM, not the same as before.",
        "The old PIN won't carry over. Choose a new 4-digit PIN when you activate.",
        "Activation is in the app: you'll get a code by text, enter it there yourself.",
    ],
    "es": [
        "Su nueva tarjeta tendrá otro número y otro CVV. Puede asignar el NIP en cualquier cajero o en la app.",
        "No necesita decirme ningún NIP. Cuando le llegue la tarjeta, elija uno nuevo en el cajero.",
        "La activación es en la app: le llegará un código por SMS y usted lo ingresa ahí mismo.",
    ],
}

APP_CODE: Pools = {
    "en": [
        "We just sent a code to your phone ending {phone4}. Enter it in the app only — please don't type it here.",
        "You'll get a verification text in a moment; type it into the Atlas app yourself to confirm the block.",
        "If a code from us arrives in the next few minutes, it's for the new card activation — enter it in the app, never share it.",
    ],
    "es": [
        "Le llegará un código a su celular terminación {phone4}; ingréselo solo en la app, no aquí.",
        "En un momento le llega un SMS de verificación. Escríbalo usted mismo en la app para confirmar el bloqueo.",
    ],
}

ALERT_LIST: Pools = {
    "en": [
        "We flagged these on the card ending {last4}:\n1) {amount} {merch} {date} {time}\n2) {amount2} {merch2} {date} {time2}\nDid you make any of them?",
        "I see two recent charges: {amount} at {merch} and {amount2} at {merch2}. Are either of these yours?",
    ],
    "es": [
        "Detectamos estos movimientos en la tarjeta terminación {last4}:\n1) {amount} {merch} {date} {time}\n2) {amount2} {merch2} {date} {time2}\n¿Reconoce alguno?",
        "Veo dos cargos recientes: {amount} en {merch} y {amount2} en {merch2}. ¿Alguno es suyo?",
    ],
}

IMP_GREET: Pools = {
    "en": [
        "Hello, this is the Atlas security team. We detected a suspicious transaction of {amount} at {merch} on your card.",
        "Dear customer, I see a charge of {amount} being processed right now. I can stop it if we act quickly.",
        "Hi, I'm {agent}, senior fraud specialist. Your account has been flagged and will be suspended today unless we verify you.",
        "Thank you for waiting. I've located the fraudulent charge and can cancel it in the next few minutes.",
    ],
    "es": [
        "Hola, le habla el equipo de seguridad de Atlas. Detectamos una compra sospechosa de {amount} en {merch}.",
        "Estimado cliente, veo un cargo de {amount} en proceso. Puedo detenerlo si actuamos rápido.",
        "Soy {agent}, especialista de fraudes. Su cuenta será suspendida hoy si no la verificamos.",
    ],
}

IMP_LEADIN: Pools = {
    "en": [
        "I'll need one more thing.",
        "Almost done, just one last step to secure the account.",
        "OK, to complete the reversal I need to verify one detail.",
        "Perfect. Before I can cancel it:",
    ],
    "es": [
        "Necesito un dato más.",
        "Ya casi terminamos, solo falta un paso para proteger la cuenta.",
        "Perfecto. Antes de cancelarlo:",
    ],
}

IMP_CLOSE: Pools = {
    "en": [
        "Thank you, the charge has been cancelled. Have a great day.",
        "Perfect, your card is now secured.",
        "Great, you're all set. Do not contact the bank about this, it's already handled.",
    ],
    "es": [
        "Gracias, el cargo fue cancelado.",
        "Listo, su tarjeta ya está protegida.",
        "Perfecto, no es necesario que llame al banco, ya quedó resuelto.",
    ],
}

ASK: dict[str, tuple[frozenset[str], Pools]] = {
    "otp": (
        frozenset({OTP}),
        {
            "en": [
                "To stop the fraudulent charge I just need to verify the code we sent you.",
                "I'm sending a verification code to your phone now. Please read it back to me so I can cancel the transaction.",
                "Can you tell me the 6-digit code that just arrived? It's only to confirm your identity.",
                "What's the code on your screen right now?",
                "Please reply with the one-time passcode you received so I can reverse the {amount} charge.",
                "Go ahead and type the code from the text message here, it expires in 2 minutes",
                "URGENT: the charge will go through in 5 minutes unless you send me the verification code",
                "I just need the numbers from the SMS we sent to confirm you're the cardholder.",
                "Once the text arrives, paste the code in this chat and I'll block the card.",
                "Can you tell me what the text said, including the numbers?",
                "what's the passcode you got? just to verify",
                "To make sure it's really you, I've triggered a code. What does it say?",
                "The system is asking me for the code on your phone, can you share it?",
                "Kindly provide the OTP sent to your registered mobile number.",
                "You should have gotten a text from us just now, what are the digits?",
                "Let me know the code once it comes in so I can finish the reversal.",
                "I'll stay on the chat. When the code arrives just type it here.",
                "Please confirm the security code we texted you, otherwise the {amount} charge will post.",
            ],
            "es": [
                "Para revertir el cargo necesito que me confirme el código que le enviamos.",
                "Le va a llegar un código por SMS, me lo dicta por favor para cancelar la compra.",
                "¿Me puede compartir el token que le aparece en la app?",
                "Dígame el código de 6 dígitos que le acaba de llegar.",
                "Escriba aquí la clave dinámica que le llegó, es solo para validar su identidad.",
                "URGENTE: si no me envía el código de verificación en los próximos minutos, el cargo de {amount} se aplicará.",
                "Cuando le llegue el mensaje, me copia los números aquí y bloqueo la tarjeta.",
                "Le acabo de enviar un código, ¿me lo puede leer?",
                "¿Qué número le aparece en el mensaje que le llegó?",
                "Favor de proporcionar el código OTP enviado a su celular.",
                "Apenas le llegue el token me lo escribe aquí.",
                "¿Me regala el código que le llegó? Es para reversar la compra.",
            ],
        },
    ),
    "cvv": (
        frozenset({CVV}),
        {
            "en": [
                "Read me the 3 digits on the back so I can cancel the transaction.",
                "To confirm the card is physically with you, what's the security code?",
                "I need the CVV to match the card to the fraud report.",
                "please provide the 3 digit code on the back of your card for verification",
                "Confirm the last four and the 3-digit code on the back, please.",
                "If it's an Amex, it's the 4 digits on the front. Can you read those to me?",
                "What are the three numbers printed on the signature strip?",
                "I just need the CVV2 to flag the card as compromised.",
                "Flip the card over. What's the 3-digit number next to the signature?",
            ],
            "es": [
                "Léame los tres números del reverso para anular la transacción.",
                "Necesito el código de seguridad de la tarjeta para validar que la tiene en su poder.",
                "¿Me confirma el CVV, por favor?",
                "Indíqueme la terminación y el código de 3 dígitos de atrás.",
                "Voltee la tarjeta y dígame los 3 dígitos que aparecen junto a la firma.",
                "¿Me regala el código de seguridad de la tarjeta?",
            ],
        },
    ),
    "pin": (
        frozenset({PIN}),
        {
            "en": [
                "What PIN do you usually use?",
                "To block the card I have to confirm your current PIN.",
                "Please enter your 4-digit PIN here so the system can deactivate it.",
                "What's your ATM PIN? I need it to issue the replacement.",
                "For the cancellation to go through, type your card PIN below.",
                "Can you verify the 4-digit PIN you use at the ATM?",
                "To reset your PIN I first need the current one.",
                "what pin do you normally use for purchases?",
            ],
            "es": [
                "Para bloquear la tarjeta confirme su NIP actual.",
                "¿Cuál es la clave que usa en el cajero?",
                "Para revertir el cargo necesito que me confirme su clave del cajero.",
                "Escriba su PIN de 4 dígitos para desactivarlo del sistema.",
                "¿Me dice su clave de 4 dígitos del cajero para confirmar que es el titular?",
                "Para reponer el plástico necesito el NIP actual.",
            ],
        },
    ),
    "pw": (
        frozenset({PW}),
        {
            "en": [
                "What's the password you use to log in? I'll reset it from my side.",
                "Please send me your online banking password so I can lock the account before they use it.",
                "I need your current password to verify the account owner.",
                "What password did you use to log in this morning?",
                "Can you tell me your app login password so I can check the device list?",
            ],
            "es": [
                "Para revertir el cargo necesito que me confirme su contraseña de la banca en línea.",
                "Indíqueme su contraseña de la app para restablecerla desde aquí.",
                "¿Cuál es la contraseña con la que entra a la app?",
                "Dígame su clave de internet para desbloquear el usuario.",
            ],
        },
    ),
    "card": (
        frozenset({CC}),
        {
            "en": [
                "Type your full card number here so I can match it to the fraud report.",
                "Can you give me the full 16 digits of the card? The system doesn't show me the whole number.",
                "For security, confirm the card number starting from the first digit.",
                "What are the numbers on the front of the card?",
                "Please provide the 16-digit number on your card so I can locate the account.",
                "Read me the long number on the front of the card.",
            ],
            "es": [
                "Escríbame el número completo de la tarjeta para cruzarlo con el reporte de fraude.",
                "Necesito los 16 dígitos de su tarjeta.",
                "Confírmeme el número de la tarjeta completo, desde el primer dígito.",
                "Léame el número largo que aparece al frente de la tarjeta.",
                "¿Me regala el número de la tarjeta completo?",
            ],
        },
    ),
    "ssn": (
        frozenset({SSN}),
        {
            "en": [
                "To open the fraud claim I need your full Social Security number.",
                "Please verify your SSN, all 9 digits.",
                "I'll need your social to open the identity theft case.",
            ],
            "es": [
                "Para levantar el reporte necesito su número de seguro social completo.",
                "¿Me proporciona su seguro social completo?",
            ],
        },
    ),
    "pin_otp": (
        frozenset({PIN, OTP}),
        {
            "en": [
                "I need your PIN and the code we just sent to finish blocking the card.",
                "Send me the code from the text and then your PIN to confirm.",
            ],
            "es": ["Necesito su NIP y el código que le llegó para terminar el bloqueo."],
        },
    ),
    "card_cvv": (
        frozenset({CC, CVV}),
        {
            "en": [
                "Send me the card number and the 3 digits on the back.",
                "Please confirm the complete card number, expiration date and CVV.",
            ],
            "es": [
                "Me confirma el número completo de la tarjeta, la fecha de vencimiento y el CVV."
            ],
        },
    ),
    "pw_otp": (
        frozenset({PW, OTP}),
        {
            "en": ["Confirm your password and the verification code, then we're done."],
            "es": ["Confírmeme su contraseña y el código de verificación y terminamos."],
        },
    ),
}

# The second half of an ask spread over two messages (after IMP_LEADIN).
ASK_TAIL: dict[str, tuple[frozenset[str], Pools]] = {
    "otp": (
        frozenset({OTP}),
        {
            "en": [
                "the 6-digit code that just arrived",
                "the code we texted you a moment ago, please",
                "just the numbers from the SMS",
            ],
            "es": [
                "el código que le acaba de llegar por SMS, por favor",
                "los 6 números del mensaje",
            ],
        },
    ),
    "cvv": (
        frozenset({CVV}),
        {
            "en": ["the 3 digits on the back of the card", "the security code, please"],
            "es": ["los 3 números del reverso", "el código de seguridad, por favor"],
        },
    ),
    "pin": (
        frozenset({PIN}),
        {
            "en": ["your 4 digit PIN", "the PIN you use at the ATM"],
            "es": ["su NIP de 4 dígitos", "la clave que usa en el cajero"],
        },
    ),
    "card": (
        frozenset({CC}),
        {
            "en": ["the full card number, all 16 digits"],
            "es": ["el número completo de la tarjeta"],
        },
    ),
}


# --------------------------------------------------------------------------------------
# Look-alike value generators (per country style)
# --------------------------------------------------------------------------------------

MONTHS_EN = [
    "Jan",
    "Feb",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]
MONTHS_ES = [
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
]


def gen_amount(rng: Random, country: str) -> str:
    whole, cents = (
        rng.choice([rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 4999)]),
        rng.randint(0, 99),
    )
    if country == "CO":
        return f"${rng.randint(20, 4500) * 1000:,}".replace(",", ".")
    if country in ("ES", "AR"):
        body = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
        return f"{body} €" if country == "ES" else f"$ {body}"
    if country == "PE":
        return f"S/ {whole:,}.{cents:02d}"
    if country == "MX":
        return rng.choice(
            [f"${whole:,}.{cents:02d}", f"${whole:,}.{cents:02d} MXN", f"MXN {whole:,}.{cents:02d}"]
        )
    return rng.choice(
        [
            f"${whole:,}.{cents:02d}",
            f"${whole:,}.{cents:02d}",
            f"${whole}",
            f"{whole}.{cents:02d} USD",
        ]
    )


def gen_date(rng: Random, country: str) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if country == "US":
        return rng.choice(
            [
                f"{m:02d}/{d:02d}",
                f"{m}/{d}/26",
                f"{MONTHS_EN[m - 1]} {d}",
                f"{MONTHS_EN[m - 1]} {d}, 2026",
                f"2026-{m:02d}-{d:02d}",
            ]
        )
    return rng.choice(
        [f"{d:02d}/{m:02d}", f"{d} de {MONTHS_ES[m - 1]}", f"{d:02d}/{m:02d}/2026", f"{d}/{m}/26"]
    )


def format_time(h: int, mi: int, style: int, country: str) -> str:
    if country == "US":
        return [
            f"{(h % 12) or 12}:{mi:02d} {'PM' if h >= 12 else 'AM'}",
            f"{(h % 12) or 12}:{mi:02d}{'pm' if h >= 12 else 'am'}",
            f"{h:02d}:{mi:02d}",
        ][style]
    return [
        f"{h:02d}:{mi:02d}",
        f"{(h % 12) or 12}:{mi:02d} {'pm' if h >= 12 else 'am'}",
        f"{h}:{mi:02d} hrs",
    ][style]


def gen_phone(rng: Random, country: str) -> str:
    line = f"01{rng.randint(0, 99):02d}"
    if country == "MX":
        return rng.choice(
            [
                f"55 {digits(rng, 4)} {digits(rng, 4)}",
                f"+52 55 {digits(rng, 4)} {digits(rng, 4)}",
                f"800 {digits(rng, 3)} {digits(rng, 4)}",
            ]
        )
    if country == "CO":
        return rng.choice(
            [f"+57 310 {digits(rng, 3)} {digits(rng, 4)}", f"601 {digits(rng, 3)} {digits(rng, 4)}"]
        )
    if country == "ES":
        return rng.choice(
            [
                f"+34 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
                f"91 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
                f"900 {digits(rng, 3)} {digits(rng, 3)}",
            ]
        )
    if country == "AR":
        return rng.choice(
            [
                f"+54 9 11 {digits(rng, 4)}-{digits(rng, 4)}",
                f"0800-{digits(rng, 3)}-{digits(rng, 4)}",
            ]
        )
    if country == "PE":
        return rng.choice(
            [
                f"+51 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
                f"(01) {digits(rng, 3)}-{digits(rng, 4)}",
            ]
        )
    area = rng.choice(["800", "888", "347", "212", "305", "713", "602", "866"])
    return rng.choice(
        [
            f"({area}) 555-{line}",
            f"1-{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"{area}-555-{line}",
        ]
    )


def gen_zip(rng: Random, country: str) -> str:
    if country == "CO":
        return f"{rng.choice(['11', '05', '76', '08'])}{digits(rng, 4)}"
    if country == "AR":
        return f"C{rng.randint(1000, 1499)}{rng.choice(['AAB', 'ABC', 'BWD'])}"
    if country == "ES":
        return f"{rng.choice(['28', '46', '41', '48', '29'])}{digits(rng, 3)}"
    return f"{rng.randint(1001, 99950):05d}"


def gen_case(rng: Random) -> str:
    return rng.choice(
        [
            f"FRD-2026-{digits(rng, 6)}",
            f"DSP{digits(rng, 8)}",
            f"#{digits(rng, 8)}",
            f"CLM-{digits(rng, 7)}",
            luhn_invalid(rng, "2026", 13),
            f"{rng.randint(2, 9)}{digits(rng, 6)}",
            f"AC-{digits(rng, 4)}-{digits(rng, 4)}",
        ]
    )


def gen_auth(rng: Random) -> str:
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return rng.choice(
        [
            "".join(rng.choice(alnum) for _ in range(6)),
            f"0{rng.choice('ABCDEFGH')}{digits(rng, 4)}",
            f"{digits(rng, 5)}{rng.choice('ABCDEFGHJK')}",
            digits(rng, 6),
        ]
    )


def gen_arn(rng: Random) -> str:
    number = luhn_number(rng, rng.choice(["74", "24", "75", "85", "25"]), 23)
    if rng.random() < 0.15:
        return f"{number[0]} {number[1:7]} {number[7:11]} {number[11:22]} {number[22]}"
    return number


def gen_badnum(rng: Random) -> str:
    prefix = rng.choice(["4", "5", "3", "6", "9", "1", "8"])
    number = luhn_invalid(rng, prefix, 16)
    return number if rng.random() < 0.6 else " ".join(number[i : i + 4] for i in range(0, 16, 4))


def po_number(rng: Random) -> str:
    number = luhn_invalid(rng, "2", 14)
    return f"PO-{number[:3]}-{number[3:]}"


def gen_order(rng: Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(111, 114)}-{digits(rng, 7)}-{digits(rng, 7)}",
            luhn_invalid(rng, "2000", 16),
            po_number(rng),
            f"GSH{digits(rng, 2)}KL{digits(rng, 4)}AB",
            f"#{digits(rng, 9)}",
        ]
    )


def gen_track(rng: Random) -> str:
    return rng.choice(
        [
            "9400 " + " ".join(digits(rng, 4) for _ in range(4)) + " " + digits(rng, 2),
            "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
            luhn_invalid(rng, str(rng.randint(1, 9)), 12),
            digits(rng, 10),
            "92" + digits(rng, 20),
        ]
    )


def gen_masked(rng: Random, last4: str) -> str:
    return rng.choice(
        [
            f"**** {last4}",
            f"•••• {last4}",
            f"**** **** **** {last4}",
            f"XXXX-XXXX-XXXX-{last4}",
            f"************{last4}",
            f"{rng.choice(['4', '5'])}{digits(rng, 5)}******{last4}",
        ]
    )


def gen_dob(rng: Random, country: str) -> str:
    y, m, d = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
    if country == "US":
        return rng.choice(
            [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{MONTHS_EN[m - 1]} {d} {y}"]
        )
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS_ES[m - 1]} de {y}"])


# --------------------------------------------------------------------------------------
# Conversation context and rendering
# --------------------------------------------------------------------------------------


@dataclass
class Noise:
    case: str = ""  # "", "lower" or "upper"
    strip_punct: bool = False
    typos: int = 0
    strip_accents: bool = False
    emoji: str = ""


EXACT_SLOTS = frozenset({"last4", "ssn4", "phone4", "merchup"})


def slot_base(name: str) -> str:
    if name in EXACT_SLOTS:
        return name
    head = name.split("_", maxsplit=1)[0]
    return head.rstrip("0123456789") or head


def strip_accents(text: str) -> str:
    return unicodedata.normalize(
        "NFC",
        "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"),
    )


def add_typo(rng: Random, text: str) -> str:
    words = [m for m in re.finditer(r"[A-Za-zÁÉÍÓÚáéíóúñÑ]{5,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 3)
    kind = rng.randint(0, 2)
    if kind == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif kind == 1:
        w2 = w[:i] + w[i + 1 :]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return text[: m.start()] + w2 + text[m.end() :]


class Ctx:
    """One conversation being written: its language, persona, values and messages."""

    def __init__(self, rng: Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        if lang == "en":
            self.country = "US"
        elif lang == "es":
            self.country = rng.choices(
                ["MX", "CO", "ES", "AR", "PE", "US"], weights=[30, 18, 18, 12, 10, 12]
            )[0]
        else:
            self.country = rng.choice(["US", "US", "MX"])
        self.agent_lang = lang if lang != "mix" else rng.choice(["en", "en", "es"])
        self.persona = rng.choices(["neat", "casual", "sloppy", "upset"], weights=[28, 37, 20, 15])[
            0
        ]
        self.brand, self.card_number = make_card(rng)
        self.card_text = format_card(rng, self.card_number)
        self.vals: dict[str, str] = {}
        self.messages: list[Message] = []

    # ---- helpers -------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, weights: dict[str, float]) -> str:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def value_country(self) -> str:
        if self.lang == "mix":
            return self.rng.choice(["US", self.country])
        return self.country

    def spanish(self) -> bool:
        return self.lang != "en"

    # ---- values ----------------------------------------------------------------------
    def value(self, name: str) -> str:
        if name not in self.vals:
            self.vals[name] = self.make_value(name)
        return self.vals[name]

    def make_value(self, name: str) -> str:
        rng, c = self.rng, self.value_country()
        dc = "US" if self.lang == "en" else ("XX" if self.lang == "es" else c)
        base = slot_base(name)
        if name == "otp_sp":
            otp = self.value("otp")
            half = len(otp) // 2
            return f"{otp[:half]} {otp[half:]}" if len(otp) in (6, 8) else otp
        if name.endswith("_typo"):
            return swap_typo(rng, self.value(name[: -len("_typo")]))
        makers: dict[str, Callable[[], str]] = {
            "card": lambda: self.card_text,
            "cvv": lambda: digits(rng, 3),
            "cid": lambda: digits(rng, 4),
            "ssn": lambda: make_ssn(rng),
            "otp": lambda: digits(rng, rng.choices([6, 4, 5, 7, 8], weights=[62, 12, 6, 5, 15])[0]),
            "pin": lambda: digits(rng, rng.choices([4, 6, 5], weights=[84, 13, 3])[0]),
            "pw": lambda: make_password(rng, self.spanish() and rng.random() < 0.8),
            "amount": lambda: gen_amount(rng, c),
            "date": lambda: gen_date(rng, dc),
            "time": lambda: self.clock(name, dc),
            "phone": lambda: gen_phone(rng, c),
            "phone4": lambda: digits(rng, 4),
            "zip": lambda: gen_zip(rng, c),
            "case": lambda: gen_case(rng),
            "auth": lambda: gen_auth(rng),
            "appr": lambda: digits(rng, 6),
            "arn": lambda: gen_arn(rng),
            "badnum": lambda: gen_badnum(rng),
            "order": lambda: gen_order(rng),
            "track": lambda: gen_track(rng),
            "ref": lambda: rng.choice(
                [
                    f"{digits(rng, 4)}-{digits(rng, 4)}",
                    f"A{digits(rng, 1)}K{digits(rng, 1)}Q{digits(rng, 1)}",
                    luhn_invalid(rng, str(rng.randint(1, 9)), 12),
                    f"R{digits(rng, 9)}",
                ]
            ),
            "tid": lambda: digits(rng, 8),
            "mid": lambda: rng.choice(
                [digits(rng, 7), digits(rng, 10), luhn_invalid(rng, str(rng.randint(1, 9)), 15)]
            ),
            "seq": lambda: digits(rng, rng.choice([3, 4, 6])),
            "store": lambda: str(rng.randint(12, 9999)),
            "short": lambda: rng.choice(["72166", "227898", "89203", "33733", "692-632", "55512"]),
            "merch": lambda: rng.choice(
                MERCHANTS_EN if c == "US" and self.lang != "es" else MERCHANTS_ES[self.country]
            ),
            "merchup": lambda: self.value("merch").upper(),
            "city": lambda: rng.choice(
                EN_CITIES if c == "US" and self.lang != "es" else ES_CITIES[self.country]
            ),
            "last4": lambda: self.card_number[-4:] if rng.random() < 0.7 else digits(rng, 4),
            "ssn4": lambda: f"{rng.randint(1, 9999):04d}",
            "masked": lambda: gen_masked(rng, self.value("last4")),
            "exp": lambda: rng.choice(
                [
                    f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
                    f"{rng.randint(1, 12)}/{rng.randint(26, 31)}",
                    f"{rng.randint(1, 12):02d}/20{rng.randint(26, 31)}",
                ]
            ),
            "dob": lambda: gen_dob(rng, dc),
            "email": lambda: rng.choice(EMAILS),
            "place": lambda: rng.choice(
                ["the gym", "a bar downtown", "Walmart", "the airport", "church", "the bus station"]
                if self.lang == "en" or (self.lang == "mix" and rng.random() < 0.5)
                else [
                    "el gimnasio",
                    "el metro",
                    "el Oxxo",
                    "la central de autobuses",
                    "el súper",
                    "un bar",
                ]
            ),
            "days": lambda: str(rng.choice([3, 5, 7, 10, 14, 30, 45, 60])),
            "agent": lambda: rng.choice(ES_NAMES if self.agent_lang == "es" else EN_NAMES),
            "name": lambda: rng.choice(ES_NAMES if self.spanish() else EN_NAMES),
            "fullname": lambda: rng.choice(
                ["Rosa M. Delgado", "Luis Fernando Ortiz", "María José Pérez", "Ana Lucía Gómez"]
                if self.spanish()
                else ["Harold Jennings", "Linda Okafor", "Patricia Nguyen", "Gary Whitfield"]
            ),
        }
        if base in makers:
            return makers[base]()
        raise KeyError(f"no generator for slot {name!r}")

    def clock(self, name: str, country: str) -> str:
        """time, time2, time3: one time style per conversation, each a few minutes later."""
        if not hasattr(self, "_clock"):
            self._clock = (self.rng.randint(0, 23 * 60), self.rng.randint(0, 2), country)
        start, style, country = self._clock
        step = int(name[4:] or 1) - 1
        minute = (start + step * self.rng.randint(1, 25)) % (24 * 60) if step else start
        return format_time(minute // 60, minute % 60, style, country)

    # ---- rendering -------------------------------------------------------------------
    def noise(self, role: str) -> Noise:
        rng, n = self.rng, Noise()
        if role == "agent":
            return n
        p = self.persona
        spanishy = self.lang != "en"
        if p == "neat":
            n.emoji = rng.choice(EMOJI_CALM) if rng.random() < 0.05 else ""
        elif p == "casual":
            n.case = "lower" if rng.random() < 0.6 else ""
            n.strip_punct = rng.random() < 0.5
            n.typos = 1 if rng.random() < 0.15 else 0
            n.strip_accents = spanishy and rng.random() < 0.5
            n.emoji = rng.choice(EMOJI_CALM + EMOJI_UPSET) if rng.random() < 0.2 else ""
        elif p == "sloppy":
            n.case = "lower" if rng.random() < 0.95 else ""
            n.strip_punct = rng.random() < 0.9
            n.typos = rng.choice([0, 1, 1, 2]) if rng.random() < 0.55 else 0
            n.strip_accents = spanishy and rng.random() < 0.8
            n.emoji = rng.choice(EMOJI_UPSET) if rng.random() < 0.2 else ""
        else:
            r = rng.random()
            n.case = "upper" if r < 0.45 else ("lower" if r < 0.7 else "")
            n.typos = 1 if rng.random() < 0.2 else 0
            n.strip_accents = spanishy and rng.random() < 0.4
            n.emoji = rng.choice(EMOJI_UPSET) if rng.random() < 0.35 else ""
        return n

    def expand(self, template: str, lang: str) -> str:
        """Inline nested bodies (a pasted SMS) before slots are filled."""
        if "{sms}" in template:
            body_lang = lang if lang in ("en", "es") else self.rng.choice(["en", "es"])
            body = self.rng.choice(SMS_OTP_BODY[body_lang])
            template = template.replace("{sms}", f"{RAW_ON}{body}{RAW_OFF}")
        if "{phish}" in template:
            body_lang = lang if lang in ("en", "es") else self.rng.choice(["en", "es"])
            body = self.rng.choice(PHISH_BODY[body_lang])
            template = template.replace("{phish}", f"{RAW_ON}{body}{RAW_OFF}")
        return template

    def render(
        self, template: str, noise: Noise, part: tuple[str, int] | None = None
    ) -> tuple[str, list[Label]]:
        """Fill the slots, add the persona's noise to the literal text, label the secrets.

        Text between RAW_ON and RAW_OFF (a pasted SMS) is pasted as is, without noise.
        """
        rng = self.rng
        pieces: list[tuple[str, str, bool]] = []  # (kind "lit"/"slot", text or name, raw)
        raw = False
        for segment in re.split(f"({RAW_ON}|{RAW_OFF})", template):
            if segment in (RAW_ON, RAW_OFF):
                raw = segment == RAW_ON
                continue
            pos = 0
            for m in SLOT.finditer(segment):
                if m.start() > pos:
                    pieces.append(("lit", segment[pos : m.start()], raw))
                pieces.append(("slot", m.group(1), raw))
                pos = m.end()
            if pos < len(segment):
                pieces.append(("lit", segment[pos:], raw))
        lit_idx = [i for i, (k, _, r) in enumerate(pieces) if k == "lit" and not r]
        for _ in range(noise.typos):
            if lit_idx:
                i = rng.choice(lit_idx)
                pieces[i] = ("lit", add_typo(rng, pieces[i][1]), False)
        text, labels = "", []
        for i, (kind, body, is_raw) in enumerate(pieces):
            if kind == "lit":
                s = body
                if not is_raw:
                    s = self.noisy(s, noise, last=i == len(pieces) - 1)
                text += s
                continue
            base = slot_base(body)
            kind_type = SECRET_OF_SLOT.get(base)
            if base == "part":
                assert part is not None
                value, keep = part
                labels.append(
                    Label(CC, len(text), len(text) + len(value), keep=keep, split_part=True)
                )
            elif kind_type is not None:
                value = self.value(body)
                labels.append(
                    Label(
                        kind_type,
                        len(text),
                        len(text) + len(value),
                        keep=KEEP_LAST.get(kind_type, 0),
                    )
                )
            else:
                value = self.value(body)
                if is_raw:
                    pass
                elif noise.case == "lower":
                    value = value.lower()
                elif noise.case == "upper":
                    value = value.upper()
            text += value
        if noise.emoji:
            text += rng.choice([" ", "", "  "]) + noise.emoji
        return text, labels

    @staticmethod
    def noisy(s: str, noise: Noise, last: bool) -> str:
        if noise.strip_accents:
            s = strip_accents(s)
        if noise.strip_punct:
            s = s.replace("¿", "").replace("¡", "").replace("'", "")
            s = re.sub(r"[.,;!](?=\s)", "", s)
            if last:
                s = s.rstrip(".!")
        if noise.case == "lower":
            return s.lower()
        if noise.case == "upper":
            return s.upper()
        return s

    def choose_lang(self, role: str, pools: Pools) -> str:
        if role == "agent":
            return self.agent_lang
        if self.lang == "mix":
            if "mix" in pools and self.rng.random() < 0.6:
                return "mix"
            return self.rng.choice(["en", "es"])
        return self.lang

    def say(
        self,
        role: str,
        pools: Pools,
        kind: str,
        requested: frozenset[str] = frozenset(),
        part: tuple[str, int] | None = None,
        pasted: bool = False,
    ) -> Message:
        lang = self.choose_lang(role, pools)
        template = self.expand(self.rng.choice(pools[lang]), lang)
        noise = Noise() if pasted else self.noise(role)
        text, labels = self.render(template, noise, part)
        msg = Message(role=role, text=text, labels=labels, requested=requested, kind=kind)
        self.messages.append(msg)
        return msg

    def ask(self, which: str) -> Message:
        requested, pools = ASK[which]
        return self.say("agent", pools, f"impostor ask {which.replace('_', '+')}", requested)

    def give(self, which: str) -> Message:
        return self.say(
            "customer", GIVE[which], f"complies with impostor ({which.replace('_', '+')})"
        )


# --------------------------------------------------------------------------------------
# Conversation kinds
# --------------------------------------------------------------------------------------

SCAM_VALUE_FAMILIES: dict[str, tuple[Pools, str, float]] = {
    "otp": (SCAM_OTP, "scam retelling with otp", 30),
    "sms": (SMS_OTP_WRAP, "pasted fake sms with otp", 15),
    "pin": (SCAM_PIN, "scam retelling with pin", 14),
    "cvv": (SCAM_CVV, "scam retelling with cvv", 10),
    "card": (SCAM_CARD, "scam retelling with card", 8),
    "pw": (SCAM_PW, "scam retelling with password", 8),
    "ssn": (SCAM_SSN, "scam retelling with ssn", 5),
    "multi": (SCAM_MULTI, "scam retelling multi", 10),
}


def say_scam_value(c: Ctx) -> None:
    key = c.pick({k: w for k, (_, _, w) in SCAM_VALUE_FAMILIES.items()})
    pools, kind, _ = SCAM_VALUE_FAMILIES[key]
    c.say("customer", pools, kind)


def say_clean_customer_detail(c: Ctx) -> None:
    which = c.pick({"novalue": 4, "quote": 2, "phish": 2, "dispute": 2, "question": 1})
    if which == "novalue":
        c.say("customer", SCAM_NOVALUE, "scam retelling no value")
    elif which == "quote":
        c.say("customer", QUOTE_SCAMMER, "quoted scammer ask")
    elif which == "phish":
        c.say("customer", PHISH_WRAP, "pasted phishing sms no value")
    elif which == "dispute":
        c.say("customer", DISPUTE, "dispute lookalikes")
    else:
        c.say("customer", QUESTION, "customer question about secrets")


def say_legit_agent(c: Ctx, weights: dict[str, float] | None = None) -> None:
    which = c.pick(weights or {"warning": 3, "pastq": 3, "partial": 2, "process": 2, "newcard": 1})
    table: dict[str, tuple[Pools, str]] = {
        "warning": (WARNING, "legit warning"),
        "after": (WARNING_AFTER, "legit warning after overshare"),
        "pastq": (PASTQ, "legit question about the past"),
        "partial": (PARTIAL_ASK, "legit partial ask"),
        "process": (PROCESS, "legit process"),
        "newcard": (NEWCARD, "legit new card pin advice"),
        "dispute": (DISPUTE_INFO, "legit dispute info"),
        "appcode": (APP_CODE, "legit code-in-app notice"),
        "greet": (GREET, "legit greeting"),
    }
    pools, kind = table[which]
    c.say("agent", pools, kind)


def conv_scam_values(c: Ctx) -> None:
    c.say("customer", OPENER, "customer opener")
    say_legit_agent(c, {"greet": 3, "pastq": 1})
    say_scam_value(c)
    if c.chance(0.6):
        say_legit_agent(c, {"pastq": 2, "warning": 2})
    if c.chance(0.55):
        say_clean_customer_detail(c)
    if c.chance(0.3):
        say_scam_value(c)
    if c.chance(0.2):
        c.say("customer", OWN_LINE, "values on own lines")
    say_legit_agent(c, {"process": 3, "newcard": 1, "warning": 1})
    if c.chance(0.5):
        c.say("customer", ACK, "customer ack")


def conv_scam_novalue(c: Ctx) -> None:
    c.say("customer", OPENER, "customer opener")
    say_legit_agent(c, {"greet": 3, "pastq": 1})
    c.say("customer", SCAM_NOVALUE, "scam retelling no value")
    for _ in range(c.rng.randint(0, 2)):
        say_legit_agent(c, {"pastq": 3, "warning": 2, "partial": 1})
        say_clean_customer_detail(c)
    if c.chance(0.4):
        say_legit_agent(c, {"partial": 1})
        c.say("customer", PARTIAL, "partial verification")
    say_legit_agent(c, {"process": 3, "newcard": 1, "warning": 2})
    if c.chance(0.5):
        c.say("customer", ACK, "customer ack")


def conv_dispute(c: Ctx) -> None:
    if c.chance(0.4):
        c.say("customer", OPENER, "customer opener")
        say_legit_agent(c, {"greet": 1})
    c.say("customer", DISPUTE, "dispute lookalikes")
    say_legit_agent(c, {"partial": 1})
    c.say("customer", PARTIAL, "partial verification")
    for _ in range(c.rng.randint(1, 2)):
        say_legit_agent(c, {"dispute": 3, "partial": 1, "warning": 1})
        which = c.pick({"receipt": 2, "statement": 1, "dispute": 3, "question": 1})
        if which == "receipt":
            c.say("customer", RECEIPT, "receipt paste lookalikes", pasted=True)
        elif which == "statement":
            c.say("customer", STATEMENT, "statement lines lookalikes", pasted=True)
        elif which == "dispute":
            c.say("customer", DISPUTE, "dispute lookalikes")
        else:
            c.say("customer", QUESTION, "customer question about secrets")
    if c.chance(0.6):
        say_legit_agent(c, {"dispute": 2, "process": 1})


def conv_alert_review(c: Ctx) -> None:
    c.say("agent", ALERT_LIST, "legit fraud alert review")
    c.say("customer", ALERT_ANSWER, "fraud alert answers")
    say_legit_agent(c, {"partial": 2, "pastq": 1})
    c.say("customer", PARTIAL, "partial verification")
    say_legit_agent(c, {"process": 2, "newcard": 1, "appcode": 1})
    if c.chance(0.5):
        c.say("customer", QUESTION, "customer question about secrets")
        say_legit_agent(c, {"newcard": 1, "warning": 1})
    if c.chance(0.4):
        c.say("customer", ACK, "customer ack")


def conv_lost(c: Ctx) -> None:
    c.say("customer", LOST, "lost stolen report")
    say_legit_agent(c, {"partial": 1})
    c.say("customer", PARTIAL, "partial verification")
    say_legit_agent(c, {"process": 2, "newcard": 1})
    if c.chance(0.7):
        c.say("customer", QUESTION, "customer question about secrets")
        say_legit_agent(c, {"newcard": 2, "warning": 1})
    if c.chance(0.4):
        c.say("customer", ACK, "customer ack")


def conv_legit_talk(c: Ctx) -> None:
    c.say("customer", c.rng.choice([OPENER, PHISH_WRAP]), "customer opener")
    say_legit_agent(c, {"warning": 2, "pastq": 2})
    for _ in range(c.rng.randint(1, 3)):
        which = c.pick({"novalue": 2, "question": 2, "refuse": 1, "quote": 1})
        if which == "novalue":
            c.say("customer", SCAM_NOVALUE, "scam retelling no value")
        elif which == "question":
            c.say("customer", QUESTION, "customer question about secrets")
        elif which == "refuse":
            c.say("customer", REFUSE, "customer doubts")
        else:
            c.say("customer", QUOTE_SCAMMER, "quoted scammer ask")
        say_legit_agent(c, {"warning": 3, "pastq": 2, "newcard": 1, "appcode": 1})
    if c.chance(0.4):
        c.say("customer", ACK, "customer ack")


GIVE_OF_ASK = {
    "otp": "otp",
    "cvv": "cvv",
    "pin": "pin",
    "pw": "pw",
    "card": "card",
    "ssn": "ssn",
    "pin_otp": "pin_otp",
    "card_cvv": "card_cvv",
    "pw_otp": "pw_otp",
}


def conv_impostor(c: Ctx) -> None:
    if c.chance(0.7):
        c.say("customer", c.rng.choice([OPENER, DISPUTE]), "customer opener")
    c.say("agent", IMP_GREET, "impostor pretext")
    if c.chance(0.4):
        c.say("customer", c.rng.choice([ACK, QUESTION, PARTIAL]), "customer reply")
    which = c.pick(
        {
            "otp": 30,
            "cvv": 14,
            "pin": 14,
            "pw": 7,
            "card": 10,
            "ssn": 4,
            "pin_otp": 6,
            "card_cvv": 7,
            "pw_otp": 3,
        }
    )
    if which in ASK_TAIL and c.chance(0.25):
        c.say("agent", IMP_LEADIN, "impostor lead-in (no type yet)")
        requested, pools = ASK_TAIL[which]
        c.say("agent", pools, f"impostor ask {which} (second of two)", requested)
    else:
        c.ask(which)
    r = c.rng.random()
    if r < 0.45:
        c.give(GIVE_OF_ASK[which])
        if c.chance(0.5):
            c.say("agent", IMP_CLOSE, "impostor close")
    elif r < 0.75:
        c.say("customer", REFUSE, "customer refuses ask")
        if c.chance(0.6):
            again = c.pick({"otp": 2, "pin": 1, "cvv": 1, "card": 1})
            c.ask(again)
            if c.chance(0.5):
                c.give(GIVE_OF_ASK[again])
            else:
                c.say("customer", REFUSE, "customer refuses ask")
    else:
        c.say("customer", HESITATE, "customer hesitates")
        c.ask(which)
        c.give(GIVE_OF_ASK[which])
        if c.chance(0.4):
            c.say("agent", IMP_CLOSE, "impostor close")


def conv_overshare(c: Ctx) -> None:
    if c.chance(0.5):
        c.say("customer", OPENER, "customer opener")
    which = c.pick(
        {
            "card": 3,
            "multi": 3,
            "one": 3,
            "long": 3,
            "own": 2,
            "pinfix": 2,
            "otpfix": 1,
            "appcode": 2,
        }
    )
    if which == "card":
        c.say("customer", UNPROMPTED_CARD, "unprompted card")
    elif which == "multi":
        c.say("customer", UNPROMPTED_MULTI, "unprompted multi secrets")
    elif which == "one":
        say_legit_agent(c, {"greet": 1})
        c.say("customer", UNPROMPTED_ONE, "unprompted single secret")
    elif which == "long":
        c.say("customer", UNPROMPTED_LONG, "unprompted secrets in long message")
    elif which == "own":
        c.say("customer", OWN_LINE, "values on own lines")
    elif which == "pinfix":
        say_legit_agent(c, {"greet": 1, "pastq": 1})
        c.say("customer", PIN_WRONG, "pin typo")
        c.say("customer", PIN_FIX, "pin correction")
    elif which == "otpfix":
        say_legit_agent(c, {"pastq": 1})
        c.say("customer", OTP_WRONG, "otp typo")
        c.say("customer", OTP_FIX, "otp correction")
    else:
        c.say("customer", LOST, "lost stolen report")
        say_legit_agent(c, {"appcode": 1})
        c.say("customer", GIVE["otp"], "unprompted otp after app notice")
    say_legit_agent(c, {"after": 4, "warning": 1, "process": 1})
    if c.chance(0.4):
        c.say("customer", ACK, "customer ack")
    if c.chance(0.5):
        say_legit_agent(c, {"process": 2, "newcard": 1})


def conv_split(c: Ctx) -> None:
    c.say("customer", c.rng.choice([OPENER, LOST]), "customer opener")
    asked = c.chance(0.4)
    if asked:
        requested, pools = ASK["card"]
        c.say("agent", pools, "impostor ask card", requested)
    else:
        say_legit_agent(c, {"greet": 2, "partial": 1})
    if c.chance(0.5):
        c.say("customer", SPLIT_INTRO, "split card intro")
    groups = card_groups(c.card_number)
    n = len(groups)
    cut_choices = {
        2: [[1, 1]],
        3: [[1, 1, 1], [2, 1], [1, 2]],
        4: [[1, 1, 1, 1], [2, 2], [1, 1, 2], [2, 1, 1], [1, 3]],
    }[n]
    cuts = c.rng.choice(cut_choices)
    sep = c.rng.choice([" ", " ", "", "-"])
    parts, pos = [], 0
    for size in cuts:
        parts.append(sep.join(groups[pos : pos + size]))
        pos += size
    for i, value in enumerate(parts):
        last = i == len(parts) - 1
        pools = SPLIT_FIRST if i == 0 else (SPLIT_LAST if last else SPLIT_MIDDLE)
        c.say("customer", pools, "split card part", part=(value, 4 if last else 0))
    if c.chance(0.5):
        c.say("customer", c.rng.choice([ACK, QUESTION]), "customer after split")
    if asked:
        c.say("agent", IMP_CLOSE, "impostor close")
    else:
        say_legit_agent(c, {"warning": 3, "process": 1})


def conv_idtheft(c: Ctx) -> None:
    c.say("customer", IDTHEFT, "identity theft no value")
    say_legit_agent(c, {"pastq": 1, "partial": 1, "greet": 1})
    if c.chance(0.5):
        c.say("customer", IDTHEFT_SSN, "identity theft with ssn")
        say_legit_agent(c, {"warning": 1})
    else:
        c.say("customer", PARTIAL, "partial verification")
    say_legit_agent(c, {"process": 1, "pastq": 1})
    if c.chance(0.5):
        c.say("customer", ACK, "customer ack")


def conv_ato(c: Ctx) -> None:
    c.say("customer", ATO, "account takeover no value")
    say_legit_agent(c, {"pastq": 2, "greet": 1})
    if c.chance(0.5):
        c.say("customer", ATO_PW, "account takeover with password")
    else:
        c.say("customer", SCAM_NOVALUE, "scam retelling no value")
    say_legit_agent(c, {"warning": 1, "process": 1})
    if c.chance(0.5):
        c.say("customer", ACK, "customer ack")


CONV_KINDS: dict[str, tuple[Callable[[Ctx], None], float]] = {
    "scam victim retelling with values": (conv_scam_values, 18),
    "scam victim retelling, no values": (conv_scam_novalue, 14),
    "dispute and chargeback": (conv_dispute, 21),
    "fraud alert review": (conv_alert_review, 8),
    "lost or stolen card": (conv_lost, 7),
    "legit agent talks about secrets": (conv_legit_talk, 7),
    "impostor agent": (conv_impostor, 14),
    "customer overshares": (conv_overshare, 10),
    "split card number": (conv_split, 3),
    "identity theft": (conv_idtheft, 4),
    "account takeover": (conv_ato, 4),
}


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    names = list(CONV_KINDS)
    weights = [w for _, w in CONV_KINDS.values()]
    out: list[Conversation] = []
    for i in range(count):
        lang = rng.choices(["en", "es", "mix"], weights=[50, 30, 20])[0]
        kind = rng.choices(names, weights=weights)[0]
        c = Ctx(rng, lang)
        CONV_KINDS[kind][0](c)
        while len(c.messages) < 3:
            c.say("customer", ACK, "customer ack")
        out.append(
            Conversation(cid=f"b18-{seed}-{i:04d}", kind=kind, lang=lang, messages=c.messages[:10])
        )
    return out


if __name__ == "__main__":
    for conv in generate(1, 12):
        print(f"=== {conv.cid} {conv.kind} [{conv.lang}]")
        for msg in conv.messages:
            req = f" requested={sorted(msg.requested)}" if msg.requested else ""
            print(f"  {msg.role:>8} ({msg.kind}){req}: {msg.text!r}")
            for lab in msg.labels:
                part = " split" if lab.split_part else ""
                print(
                    f"           -> {lab.type} {msg.text[lab.start : lab.end]!r} keep={lab.keep}{part}"
                )
