"""The templates: how customers and agents put secrets, look-alikes and small talk in a line.

Slots: {hi} {thx} {ctx} are small talk; {cue} is a word for the secret; UPPER-case slots
are values (see `render.VALUE_MAKERS`): CARD CVV CID SSN SSN9 OTP PW PWA PWS PIN are
secrets, the rest are look-alikes (EXP PHONE AMOUNT DATE TIME ZIP L4 MASKED LINV IMEI TRK
CASE ROUTING EMP POINTS FLT ADDR YEAR N NAME USER). "mix" frames are Spanglish.
"""

from __future__ import annotations

from tests.chatgen.render import Family

# ── positives ───────────────────────────────────────────────────────────────────────────

CARD = Family(
    "card",
    frames={
        "en": (
            "{hi}{CARD}{thx}", "{hi}my card number is {CARD}{thx}", "card number: {CARD}",
            "card # {CARD}", "its {CARD}", "it's {CARD}{thx}", "here you go {CARD}",
            "{ctx} my card is {CARD}{thx}", "{hi}{cue} {CARD}", "use my {cue} {CARD} please",
            "charge it to {CARD}", "can you try this one {CARD}? the other one got declined",
            "{CARD} is the new card", "the number is {CARD} and the name on it is {NAME}",
            "cc {CARD}", "cc# {CARD}{thx}", "my debit card {CARD} got charged {AMOUNT} twice",
            "please update the card on file to {CARD}, exp {EXP}, zip {ZIP}",
            "{hi}the card is {CARD} exp {EXP}{thx}", "card {CARD} expires {EXP}",
            "{CARD}\n{EXP}", "number {CARD}", "i want to pay {AMOUNT} with {CARD}",
            "{CARD} that's the card{thx}", "new card: {CARD}", "yes it's {CARD} exp {EXP}",
            "pay the balance of {AMOUNT} with card {CARD} please", "{CARD} {NAME}",
            "{NAME}\n{CARD}\n{EXP}", "{hi}the long number on the front is {CARD}",
            "my {cue} {CARD} exp {EXP} billing zip {ZIP}", "account number {CARD}",
        ),
        "es": (
            "{hi}mi tarjeta es {CARD}{thx}", "el número de la tarjeta es {CARD}",
            "tarjeta: {CARD}", "número de tarjeta {CARD}{thx}", "aquí está {CARD}",
            "es la {CARD}", "{CARD} es mi tarjeta nueva", "te paso la tarjeta {CARD} vence {EXP}",
            "quiero pagar {AMOUNT} con la tarjeta {CARD}", "mi {cue} es {CARD}",
            "{ctx} mi tarjeta es {CARD}{thx}", "la de débito {CARD}", "{hi}{CARD}{thx}",
            "ok es {CARD} y vence el {EXP}", "tarjeta {CARD} a nombre de {NAME}",
            "el número largo es {CARD}", "cóbrenlo a la {CARD} por favor",
        ),
        "mix": (
            "mi card es {CARD}", "use esta card {CARD} porfa", "my tarjeta is {CARD}",
            "ok aqui esta the card {CARD}", "la card number es {CARD} exp {EXP}",
            "el número is {CARD} ok?", "mi {cue} {CARD} thanks",
        ),
    },
    cues={
        "en": ("visa", "Visa", "mastercard", "amex", "discover", "debit card", "credit card",
               "card", "master card", "AMEX", "jcb card", "diners card", "unionpay card"),
        "es": ("visa", "tarjeta de crédito", "tarjeta de debito", "mastercard", "amex",
               "tarjeta", "plástico"),
    },
)  # fmt: skip

# Card, expiry and security code in one message, with or without a cue for the code.
CARD_AND_CODE = Family(
    "card+code",
    frames={
        "en": (
            "card {CARD} exp {EXP} cvv {CVV}", "{CARD} {EXP} {CVV}", "{CARD} exp {EXP} {CVV}",
            "{CARD}, {EXP}, {CVV}", "{CARD} {EXP} cvv {CVV}{thx}", "{CARD}\nexp {EXP}\ncvv {CVV}",
            "{CARD} exp {EXP} security code {CVV}", "{CARD} exp {EXP} cvc {CVV}",
            "{hi}{CARD} {EXP} and the code on the back is {CVV}",
            "{CARD} good thru {EXP} cvv {CVV}", "{CARD} - {EXP} - {CVV}",
            "{hi}number {CARD} exp date {EXP} cvv {CVV}{thx}", "{CARD} {EXP} code {CVV}",
            "my card is {CARD} it expires {EXP} and the 3 digits on the back are {CVV}",
            "{CARD} exp {EXP} sec code {CVV} zip {ZIP}", "{CARD} {CVV} {EXP}",
            "{CARD} cvv {CVV} exp {EXP}", "{CARD}\n{EXP}\n{CVV}", "{CARD} / {EXP} / {CVV}",
            "Name: {NAME}\nCard: {CARD}\nExp: {EXP}\nCVV: {CVV}\nZip: {ZIP}",
            "name on card {NAME}, number {CARD}, expiration {EXP}, security code {CVV}",
            "{CARD} exp {EXP}. the code, the one on the back i mean, is {CVV}",
        ),
        "es": (
            "{CARD} vence {EXP} código {CVV}", "tarjeta {CARD} fecha {EXP} cvv {CVV}",
            "{CARD} vence {EXP} código de seguridad {CVV}", "{hi}{CARD} {EXP} {CVV}{thx}",
            "mi tarjeta {CARD} vencimiento {EXP} y el código de atrás es {CVV}",
            "{CARD} exp {EXP} cvv {CVV} gracias",
        ),
        "mix": (
            "la card {CARD} exp {EXP} el cvv es {CVV}",
            "{CARD} vence {EXP} security code {CVV}",
        ),
    },
)  # fmt: skip

SECURITY_CODE = Family(
    "security code",
    frames={
        "en": (
            "{hi}my {cue} is {CVV}{thx}", "{cue}: {CVV}", "{cue} {CVV}", "{cue} is {CVV}",
            "the {cue} is {CVV}{thx}", "{CVV} is the {cue}", "oh and the {cue} is {CVV}",
            "{cue} = {CVV}", "ok {cue} {CVV}", "{hi}the {cue} on my card is {CVV}",
            "{cue} would be {CVV}", "and {cue} {CVV}", "{cue} - {CVV}", "yes {cue} {CVV}{thx}",
            "{ctx} {cue} is {CVV}", "{CVV} {cue}", "sorry the {cue} is actually {CVV}",
            "{hi}my {cue} {CVV} exp {EXP}", "{cue}:{CVV}", "{cue} #{CVV}",
            # where the code is, instead of what it is
            "the back says {CVV}", "{CVV} the back one", "the one on the back is {CVV}{thx}",
        ),
        "es": (
            "{hi}el {cue} es {CVV}{thx}", "{cue}: {CVV}", "{cue} {CVV}", "mi {cue} es {CVV}",
            "y el {cue} {CVV}", "{CVV} es el {cue}", "el {cue} de la tarjeta es {CVV}",
            "ok {cue} {CVV}{thx}", "{ctx} el {cue} es {CVV}",
            "atrás dice {CVV}", "es el {CVV} que está junto a la firma", "atras tiene {CVV}",
        ),
        "mix": ("el {cue} es {CVV}", "my {cue} es {CVV}", "the {cue} es {CVV} ok"),
    },
    cues={
        "en": ("cvv", "CVV", "cvv2", "CVV2", "CVC", "cvc", "cvc2", "CSC", "security code",
               "sec code", "card security code", "card verification value",
               "card verification code", "verification value", "code on the back",
               "3 digit code", "three digit code on the back", "3 digits on the back",
               "numbers on the back", "security number on the back", "3-digit security code",
               "cvv number", "cvv code", "security code on the back"),
        "es": ("código de seguridad", "codigo de seguridad", "cvv", "código cvv", "código de atrás",
               "codigo de atras", "código del reverso", "número de atrás", "3 dígitos de atrás",
               "tres digitos de atras", "cvc", "código de verificación de la tarjeta",
               "Cód. seguridad", "código seguridad"),
    },
)  # fmt: skip

# Amex: the four digits printed on the front.
AMEX_CODE = Family(
    "amex code",
    frames={
        "en": ("my {cue} is {CID}", "{cue}: {CID}", "the {cue} is {CID}{thx}", "{cue} {CID}",
               "{CID} is the {cue}", "{hi}amex {cue} {CID}"),
        "es": ("el {cue} es {CID}", "{cue}: {CID}", "{cue} {CID}"),
    },
    cues={
        "en": ("CID", "cid", "4 digit code on the front", "4-digit code on the front",
               "four digit code on the front", "security code on the front", "amex cid"),
        "es": ("código de 4 dígitos del frente", "cid", "código del frente"),
    },
)  # fmt: skip

SSN = Family(
    "ssn",
    frames={
        "en": (
            "{hi}my {cue} is {SSN}{thx}", "{cue}: {SSN}", "{cue} {SSN}", "{SSN} is my {cue}",
            "{cue} is {SSN}", "here's my {cue} {SSN}", "ok {cue} {SSN}{thx}",
            "{hi}{cue} {SSN} and dob {DATE}", "name {NAME} {cue} {SSN}", "the {cue} is {SSN}",
            "{SSN}", "{hi}{SSN}{thx}", "its {SSN}", "{NAME} {SSN} {DATE}",
            "my {cue} is {SSN9}", "{cue}: {SSN9}", "{cue} {SSN9}{thx}", "{SSN9} is my {cue}",
            "{hi}{cue} {SSN9} dob {DATE}", "the {cue} on the account is {SSN9}",
            "{cue} number {SSN9}", "Name: {NAME}\nDOB: {DATE}\nSSN: {SSN}\nPhone: {PHONE}",
            "my {cue}, for the tax form you asked about, is {SSN}", "{cue}:{SSN9}",
            "{cue}:{SSN}",
        ),
        "es": (
            "{hi}mi {cue} es {SSN}{thx}", "{cue}: {SSN}", "el {cue} es {SSN}", "{cue} {SSN}",
            "{SSN} es mi {cue}", "aquí está mi {cue} {SSN}", "{SSN}",
            "mi {cue} {SSN} y mi fecha de nacimiento {DATE}", "mi {cue} es {SSN9}",
            "{cue}: {SSN9}", "{cue} {SSN9}{thx}", "el {cue} {SSN9}",
        ),
        "mix": ("mi {cue} es {SSN}", "my {cue} es {SSN9}", "el {cue} is {SSN}"),
    },
    cues={
        "en": ("social", "ssn", "SSN", "SS#", "ss #", "social security number",
               "social security #", "social security", "ss number", "soc sec #", "social sec",
               "SSN#", "social security no"),
        "es": ("seguro social", "número de seguro social", "numero de seguro social",
               "social", "ssn", "número del seguro social", "numero del seguro"),
    },
)  # fmt: skip

PASSCODE = Family(
    "passcode",
    frames={
        "en": (
            "{cue} is {OTP}", "the {cue} is {OTP}{thx}", "{cue}: {OTP}", "{cue} {OTP}",
            "my {cue} is {OTP}", "{OTP} is the {cue}", "ok got it {cue} {OTP}",
            "the {cue} says {OTP}", "{hi}{cue} {OTP}{thx}", "i got the {cue} its {OTP}",
            "{OTP} thats the {cue}", "here's the {cue}: {OTP}", "{cue} = {OTP}",
            "yes {cue} {OTP}", "{ctx} {cue} {OTP}", "{hi}the {cue} i got is {OTP}",
            "got it! {OTP} is the {cue}", "{cue}:{OTP}",
            "the {cue} they just sent to my phone is {OTP}",
            'it says "Your {BANK} verification code is {OTP}. Do not share it."',
            "got this text: {BANK}: {OTP} is your one-time code",
            "the text says {OTP} is your {BANK} security code",
        ),
        "es": (
            "el {cue} es {OTP}", "{cue}: {OTP}", "{cue} {OTP}{thx}", "mi {cue} es {OTP}",
            "{OTP} es el {cue}", "ya me llegó el {cue} {OTP}", "el {cue} dice {OTP}",
            "listo {cue} {OTP}", "{hi}el {cue} es {OTP}{thx}",
            "me llegó esto: {BANK}: tu código de verificación es {OTP}",
        ),
        "mix": ("el {cue} es {OTP}", "the {cue} es {OTP}", "ya llegó el {cue} {OTP} thanks"),
    },
    cues={
        "en": ("code", "passcode", "one-time code", "one time passcode", "one-time password",
               "OTP", "otp", "verification code", "2FA code", "2fa", "auth code",
               "authentication code", "code from the text", "code from the sms",
               "code from the app", "code you sent", "code you texted me", "text code",
               "login code", "sms code", "access code", "6 digit code", "code i got",
               "verification number", "security code you sent", "one time pin"),
        "es": ("código", "codigo", "código de verificación", "codigo de verificacion",
               "clave dinámica", "código de acceso", "código que me llegó",
               "codigo que me llego", "código del mensaje", "código por sms", "otp", "token",
               "código de 6 dígitos", "código del texto"),
    },
)  # fmt: skip

PASSWORD = Family(
    "password",
    frames={
        "en": (
            "{hi}my password is {PW}{thx}", "password: {PW}", "password is {PW}", "pw {PW}",
            "pw: {PW}", "pwd {PW}", "the password is {PW}", "my login password is {PW}",
            "password for my online account is {PW}", "my pass is {PW}", "password = {PW}",
            "ok password {PW}", "{hi}my password is \"{PWS}\"", "password: \"{PWS}\"",
            "password was {PW} but i changed it", "username: {USER} password: {PW}",
            "user {USER} pw {PW}", "my password is {PWA}", "password: {PWA}{thx}",
            "my account password is {PW}", "i changed my password to {PW}",
            "the password for the app is \"{PW}\"", "{ctx} my password is {PW}",
            "password is {PW} with a capital", "my password is {PW}.",
            "password:{PW}", "Password - {PW}",
            "Email: {USER}@gmail.com\nPassword: {PW}", "login {USER} / password {PW}",
            # tried at a login with no word for password, the refusal told after it
            "I typed {PW} like {N} times and now it's locked", "tried {PW} again, still wrong",
            "I use {PW} for everything", "i've tried {PW} and it doesn't work",
        ),
        "es": (
            "{hi}mi contraseña es {PW}{thx}", "contraseña: {PW}", "la contraseña es {PW}",
            "contraseña {PW}", "mi clave es {PW}", "clave: {PW}", "la clave de la app es {PW}",
            "mi contraseña es {PWA}", "usuario {USER} contraseña {PW}",
            "mi contraseña es \"{PWS}\"", "{ctx} la contraseña es {PW}",
            "estoy poniendo {PW} y me dice que es incorrecta", "uso {PW} para todo",
            "escribí {PW} y no me deja entrar",
        ),
        "mix": ("my contraseña is {PW}", "mi password es {PW}", "el password es {PW}",
                "la password {PW}", "password es {PWA}"),
    },
)  # fmt: skip

PIN = Family(
    "pin",
    frames={
        "en": (
            "{hi}my {cue} is {PIN}{thx}", "{cue}: {PIN}", "{cue} {PIN}", "{PIN} is my {cue}",
            "the {cue} is {PIN}", "{cue} is {PIN}", "my {cue} for the debit card is {PIN}",
            "can you change my {cue} to {PIN}", "i want my new {cue} to be {PIN}",
            "old {cue} was {PIN}", "ok {cue} {PIN}{thx}", "{ctx} {cue} {PIN}", "{cue}:{PIN}",
            "new {cue} {PIN} please", "my {cue}, the one for the atm, is {PIN}",
        ),
        "es": (
            "{hi}mi {cue} es {PIN}{thx}", "{cue}: {PIN}", "el {cue} es {PIN}", "{cue} {PIN}",
            "{PIN} es mi {cue}", "quiero cambiar mi {cue} a {PIN}", "mi {cue} {PIN}{thx}",
        ),
        "mix": ("mi {cue} es {PIN}", "my {cue} es {PIN}", "el {cue} is {PIN}"),
    },
    cues={
        "en": ("pin", "PIN", "pin number", "pin #", "atm pin", "debit pin", "card pin",
               "PIN code", "Pin"),
        "es": ("pin", "nip", "NIP", "clave del cajero", "número secreto", "pin de la tarjeta",
               "clave de la tarjeta"),
    },
)  # fmt: skip

# The same secret in the many ways people join a cue to its value ("the pin i set is",
# "creo que la clave es", "cvv → 123"): cues from each family, frames shared by all.
_GENERIC_EN = (
    "i think the {cue} is {V}",
    "{cue} should be {V}",
    "the {cue} i have is {V}",
    "{cue} → {V}",
    "{cue} now is {V}",
    "new {cue}: {V}",
    "{cue} was {V}",
    "{hi}ok so my {cue} is {V}{thx}",
    "{cue} (just in case) {V}",
    "{cue} -> {V}",
    "the {cue} i set up is {V}",
    "{cue} is set to {V}",
    "{ctx} {cue} {V}",
    "{cue}... {V}",
    "its {V} the {cue}",
    "{V} <- {cue}",
)
_GENERIC_ES = (
    "creo que el {cue} es {V}",
    "el {cue} que tengo es {V}",
    "{cue} → {V}",
    "{cue} ahora es {V}",
    "{hi}bueno mi {cue} es {V}{thx}",
    "{cue} actual: {V}",
    "el {cue} que puse es {V}",
    "{V} es el {cue}",
    "{cue}... {V}",
)


def _generic(name: str, value: str, cues: dict[str, tuple[str, ...]]) -> Family:
    frames = {
        "en": tuple(f.replace("{V}", value) for f in _GENERIC_EN),
        "es": tuple(f.replace("{V}", value) for f in _GENERIC_ES),
        "mix": tuple(f.replace("{V}", value) for f in _GENERIC_ES[:4] + _GENERIC_EN[:4]),
    }
    return Family(name, frames, cues)


PASSWORD_CUES = {
    "en": ("password", "Password", "pass", "passwd", "pwd", "pw", "login password",
           "account password", "passphrase", "online banking password", "app password",
           "password for the app", "PASSWORD"),
    "es": ("contraseña", "contrasena", "clave", "clave de acceso", "password",
           "contraseña del banco", "clave de internet", "contraseña de la app"),
}  # fmt: skip

GENERIC = {
    "CARD_SECURITY_CODE": _generic(
        "security code (generic)",
        "{CVV}",
        {
            "en": ("cvv", "CVV", "cvc", "security code", "card code", "cvv code",
                   "code on the back of the card", "3-digit number on the back",
                   "security digits", "verification value", "CVV2"),
            "es": ("cvv", "código de seguridad", "código de seguridad de la tarjeta",
                   "cvv de la tarjeta", "código de 3 números", "código de atrás"),
        },
    ),
    "US_SSN": _generic(
        "ssn (generic)",
        "{SSN}",
        {
            "en": ("ssn", "SSN", "social", "social security number", "social sec #",
                   "soc sec number", "social security"),
            "es": ("seguro social", "número de seguro social", "social", "ssn"),
        },
    ),
    "ONE_TIME_PASSCODE": _generic(
        "passcode (generic)",
        "{OTP}",
        {
            "en": ("code", "verification code", "one-time code", "otp", "OTP", "passcode",
                   "security code from the text", "login code", "2fa code", "sms code",
                   "one time passcode", "auth code"),
            "es": ("código", "código de verificación", "código del sms", "código de acceso",
                   "otp", "código que me llegó"),
        },
    ),
    "PASSWORD": _generic("password (generic)", "{PW}", PASSWORD_CUES),
    "PIN": _generic(
        "pin (generic)",
        "{PIN}",
        {
            "en": ("pin", "PIN", "pin number", "atm pin", "debit card pin", "card pin",
                   "PIN code"),
            "es": ("pin", "nip", "NIP", "pin de la tarjeta", "clave del cajero"),
        },
    ),
}  # fmt: skip


# Values wrapped in what people type around them: quotes, brackets, "=", "#", "!".
_PUNCTUATED = (
    '{cue}: "{V}"',
    "{cue} ({V})",
    "{cue}={V}",
    "{cue} [{V}]",
    "{cue} '{V}'",
    "{cue} #{V}",
    "{cue}: {V}!",
    "{cue} is “{V}”",
    "({cue} {V})",
    "{cue}: *{V}*",
    "{cue} «{V}»",
    "{cue}:\n{V}",
    "{cue} - {V} -",
)


def _punctuated(name: str, value: str, cues: dict[str, tuple[str, ...]]) -> Family:
    frames = tuple(f.replace("{V}", value) for f in _PUNCTUATED)
    return Family(name, {"en": frames, "es": frames}, cues)


PUNCTUATED = {
    "CREDIT_CARD": _punctuated(
        "card (punctuated)",
        "{CARD}",
        {"en": ("card", "card number", "visa", "cc"), "es": ("tarjeta", "número de tarjeta")},
    ),
    **{
        secret_type: _punctuated(f"{family.name.split(' (')[0]} (punctuated)", value, family.cues)
        for secret_type, family, value in (
            ("CARD_SECURITY_CODE", GENERIC["CARD_SECURITY_CODE"], "{CVV}"),
            ("US_SSN", GENERIC["US_SSN"], "{SSN}"),
            ("ONE_TIME_PASSCODE", GENERIC["ONE_TIME_PASSCODE"], "{OTP}"),
            ("PASSWORD", GENERIC["PASSWORD"], "{PW}"),
            ("PIN", GENERIC["PIN"], "{PIN}"),
        )
    },
}


#: The generic frames again, ending in words instead of a value: nothing to find.
_NOT_A_VALUE_EN = (
    "wrong",
    "not working",
    "expired",
    "locked",
    "the old one",
    "on the back",
    "8 characters long",
    "something i forgot",
    "different now",
    "in my email",
    "the one you sent",
    "what exactly?",
    "not set yet",
    "case sensitive",
)
_NOT_A_VALUE_ES = (
    "incorrecta",
    "otra",
    "la de siempre",
    "la que me mandaron",
    "no sé cuál",
    "bloqueada",
    "vencida",
    "de 6 dígitos",
)
_ALL_CUES = (
    tuple(cue for family in (*GENERIC.values(), PIN) for cue in family.cues.get("en", ()))
    + PASSWORD_CUES["en"]
)
_ALL_CUES_ES = (
    tuple(cue for family in (*GENERIC.values(), PIN) for cue in family.cues.get("es", ()))
    + PASSWORD_CUES["es"]
)


def _talk(rng_free_frames: tuple[str, ...], words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        frame.replace("{V}", word)
        for frame in rng_free_frames
        if not frame.startswith("{V}") and "its {V}" not in frame
        for word in words
    )


TALK_LIKE_VALUES = Family(
    "talk shaped like a value",
    {
        "en": _talk(_GENERIC_EN, _NOT_A_VALUE_EN),
        "es": _talk(_GENERIC_ES, _NOT_A_VALUE_ES),
    },
    {"en": _ALL_CUES, "es": _ALL_CUES_ES},
)  # fmt: skip


#: The families that carry each type (a card-and-code line counts for both).
POSITIVES: dict[str, tuple[Family, ...]] = {
    "CREDIT_CARD": (CARD, CARD, CARD_AND_CODE, PUNCTUATED["CREDIT_CARD"]),
    "CARD_SECURITY_CODE": (
        SECURITY_CODE, SECURITY_CODE, CARD_AND_CODE, AMEX_CODE, GENERIC["CARD_SECURITY_CODE"],
        PUNCTUATED["CARD_SECURITY_CODE"],
    ),
    "US_SSN": (SSN, SSN, GENERIC["US_SSN"], PUNCTUATED["US_SSN"]),
    "ONE_TIME_PASSCODE": (
        PASSCODE, PASSCODE, GENERIC["ONE_TIME_PASSCODE"], PUNCTUATED["ONE_TIME_PASSCODE"],
    ),
    "PASSWORD": (PASSWORD, PASSWORD, GENERIC["PASSWORD"], PUNCTUATED["PASSWORD"]),
    "PIN": (PIN, PIN, GENERIC["PIN"], PUNCTUATED["PIN"]),
}  # fmt: skip

# ── negatives: nothing here may be touched ──────────────────────────────────────────────

NEGATIVES: tuple[Family, ...] = (
    TALK_LIKE_VALUES,
    Family(
        "small talk",
        {
            "en": (
                "{hi}i need help with my account{thx}",
                "why was my card declined",
                "can you check my order status{thx}",
                "thank you so much for your help",
                "no that's all",
                "ok",
                "I've been waiting for an hour",
                "my package never arrived",
                "can I speak to a human",
                "is there a fee for that?",
                "{hi}this is ridiculous",
                "it says payment failed again",
                "i want to cancel my subscription{thx}",
                "Can you confirm the charge went through?",
                "lol ok",
                "nvm i found it",
                "I've been a loyal customer for years and this is the worst experience I've had",
                "so i tried to pay online last night and it kept saying something went wrong",
                "my husband says he called already but nobody fixed anything",
                "can you please just tell me what i need to do to get my account back",
                "i dont understand why this keeps happening every month honestly",
                "ok i'm going to give you the info but please make sure it goes through this time",
                "I'm at the store right now and the card got declined, really embarrassing",
            ),
            "es": (
                "{hi}necesito ayuda con mi cuenta{thx}",
                "¿por qué rechazaron mi tarjeta?",
                "este servicio es pésimo",
                "gracias por la ayuda",
                "necesito hablar con un supervisor",
                "no me ha llegado el paquete",
                "quiero cancelar mi suscripción{thx}",
                "ok gracias",
                "llevo media hora esperando y nadie me resuelve nada, ya estoy harta",
                "ayer intenté pagar en la página y me salió un error, no sé qué pasó",
                "mi esposo ya habló pero no le resolvieron, por eso escribo yo",
                "ok te paso los datos pero que sí quede esta vez por favor",
            ),
            "mix": ("ok pero my card no funciona", "necesito ayuda with my account please"),
        },
    ),
    Family(
        "amount",
        {
            "en": (
                "{hi}I was charged {AMOUNT} twice{thx}",
                "the bill says {AMOUNT} but it should be {AMOUNT}",
                "refund of {AMOUNT} please",
                "can I pay {AMOUNT} today and the rest on {DATE}",
                "my balance is {AMOUNT}",
                "why is there a {AMOUNT} fee",
                "I sent {AMOUNT} on {DATE} and it still shows pending",
                "the total was {AMOUNT} plus tax",
                "{AMOUNT}?? for what",
            ),
            "es": (
                "me cobraron {AMOUNT} de más",
                "el cargo fue de {AMOUNT}{thx}",
                "pagué {AMOUNT} el {DATE}",
                "¿por qué me cobran {AMOUNT}?",
            ),
        },
    ),
    Family(
        "date and time",
        {
            "en": (
                "it happened on {DATE} at {TIME}",
                "my appointment is {DATE} at {TIME}{thx}",
                "I ordered it {DATE}",
                "my dob is {DATE}",
                "born {DATE}",
                "delivery was supposed to be {DATE} between {TIME} and {TIME}",
                "can you call me tomorrow at {TIME}",
                "since {DATE} nothing works",
            ),
            "es": (
                "el {DATE} a las {TIME}",
                "mi fecha de nacimiento es {DATE}",
                "lo pedí el {DATE}",
                "llámenme a las {TIME}{thx}",
            ),
        },
    ),
    Family(
        "phone",
        {
            "en": (
                "call me at {PHONE}",
                "{hi}my number is {PHONE}{thx}",
                "you can reach me at {PHONE}",
                "my phone number is {PHONE}",
                "i called {PHONE} and nobody answered",
                "text me at {PHONE}",
                "is {PHONE} the right number to call?",
                "my old number was {PHONE}, new one is {PHONE}",
                "cell {PHONE}",
                "{PHONE}",
            ),
            "es": (
                "mi teléfono es {PHONE}",
                "llámame al {PHONE}{thx}",
                "mi cel {PHONE}",
                "marqué al {PHONE} y nadie contesta",
            ),
            "mix": ("mi number es {PHONE}", "call me al {PHONE} porfa"),
        },
    ),
    Family(
        "zip",
        {
            "en": (
                "zip is {ZIP}",
                "billing zip {ZIP}",
                "{hi}zip code {ZIP}{thx}",
                "my zip code is {ZIP}",
                "I moved, new zip {ZIP}",
                "the zip on file should be {ZIP}",
                "{ZIP}",
                "zip {ZIP} and the last four are {L4}",
            ),
            "es": ("código postal {ZIP}", "mi código postal es {ZIP}{thx}", "cp {ZIP}"),
        },
    ),
    Family(
        "last four",
        {
            "en": (
                "the card ending in {L4}",
                "my card ending in {L4} was declined",
                "{hi}the last four are {L4}",
                "last 4 digits {L4}",
                "last four of my card is {L4}",
                "it ends in {L4}",
                "last 4 of my social is {L4}",
                "last four of ssn {L4}",
                "the one that ends with {L4}",
                "debit card ending in {L4} expired {EXP}",
                "card ending in {L4} not {L4}",
                "the last 4 are {L4}{thx}",
                "account ending in {L4}",
            ),
            "es": (
                "últimos cuatro {L4}",
                "los últimos 4 dígitos son {L4}",
                "la tarjeta que termina en {L4}",
                "termina en {L4}{thx}",
                "últimos 4 del seguro social {L4}",
            ),
            "mix": ("la card ending in {L4}", "the last four son {L4}"),
        },
    ),
    Family(
        "masked",
        {
            "en": (
                "my card {MASKED} was charged",
                "it shows {MASKED} on the statement",
                "the app shows card {MASKED}",
                "acct {MASKED}",
                "{MASKED}",
                "card {MASKED} exp {EXP}",
                "the ssn on file is {MASKED}",
            ),
            "es": ("tarjeta {MASKED}", "aparece {MASKED} en el estado de cuenta"),
        },
    ),
    Family(
        "order number",
        {
            "en": (
                "order number {LINV}",
                "my order # is {LINV}",
                "reference number {LINV}",
                "transaction id {LINV}",
                "invoice {LINV}",
                "the confirmation is {LINV}",
                "ref {LINV}",
                "{hi}order {LINV} never shipped{thx}",
            ),
            "es": ("número de orden {LINV}", "mi pedido {LINV} no llega", "referencia {LINV}"),
        },
    ),
    Family(
        "imei",
        {
            "en": (
                "my IMEI is {IMEI}",
                "imei: {IMEI}",
                "IMEI {IMEI} won't activate",
                "the IMEI number on the box is {IMEI}",
                "device imei {IMEI}{thx}",
            ),
            "es": ("el IMEI es {IMEI}", "imei de mi cel {IMEI}"),
        },
    ),
    Family(
        "tracking",
        {
            "en": (
                "tracking number {TRK}",
                "my tracking # is {TRK}",
                "USPS tracking {TRK}",
                "UPS {TRK}",
                "the tracking says {TRK}",
                "{hi}tracking {TRK} says delivered{thx}",
            ),
            "es": ("número de rastreo {TRK}", "mi guía es {TRK}", "número de seguimiento {TRK}"),
        },
    ),
    Family(
        "case number",
        {
            "en": (
                "case number {CASE}",
                "my case # is {CASE}",
                "ticket {CASE}",
                "confirmation number {CASE}",
                "reference {CASE}",
                "your case id is {CASE}",
                "I was given ref {CASE} last time",
                "confirmation code {CASE}",
                "your ticket number is {CASE}{thx}",
            ),
            "es": ("número de caso {CASE}", "mi folio es {CASE}", "número de confirmación {CASE}"),
        },
    ),
    Family(
        "routing",
        {
            "en": (
                "routing number {ROUTING}",
                "the routing is {ROUTING}",
                "ABA {ROUTING}",
                "routing # {ROUTING} account ending in {L4}",
                "bank routing {ROUTING}",
            ),
            "es": ("número de ruta {ROUTING}", "el routing es {ROUTING}"),
        },
    ),
    Family(
        "employee id",
        {
            "en": (
                "my employee id is {EMP}",
                "agent id {EMP}",
                "employee # {EMP}",
                "badge {EMP}",
                "I'm agent {EMP}, how can I help?",
            ),
            "es": ("mi número de empleado es {EMP}", "agente {EMP}"),
        },
    ),
    Family(
        "points",
        {
            "en": (
                "I have {POINTS} points",
                "my points balance shows {POINTS}",
                "where did my {POINTS} miles go",
                "I redeemed {POINTS} points on {DATE}",
            ),
            "es": ("tengo {POINTS} puntos", "me faltan {POINTS} millas"),
        },
    ),
    Family(
        "flight",
        {
            "en": (
                "my flight {FLT} was cancelled",
                "flight {FLT} on {DATE}",
                "booked on {FLT} at {TIME}",
            ),
            "es": ("mi vuelo {FLT} sale a las {TIME}", "vuelo {FLT} el {DATE}"),
        },
    ),
    Family(
        "address",
        {
            "en": ("my address is {ADDR}", "ship it to {ADDR}{thx}", "I moved to {ADDR}", "{ADDR}"),
            "es": ("mi dirección es {ADDR}", "envíenlo a {ADDR}"),
        },
    ),
    Family(
        "year",
        {
            "en": (
                "I've been a customer since {YEAR}",
                "my {YEAR} honda",
                "back in {YEAR} you guys were better",
            ),
            "es": ("soy cliente desde {YEAR}", "desde {YEAR} tengo la cuenta"),
        },
    ),
    Family(
        "expiry",
        {
            "en": (
                "my card expires {EXP}",
                "exp date is {EXP}",
                "the new card expires {EXP}, the one ending in {L4}",
                "{hi}it says valid thru {EXP}",
            ),
            "es": ("mi tarjeta vence el {EXP}", "la fecha de vencimiento es {EXP}"),
        },
    ),
    Family(
        "account ids",
        {
            "en": (
                "my member id is {MEMBER}",
                "policy number {MEMBER}",
                "claim # {MEMBER}",
                "customer number {MEMBER}",
                "my account number is {MEMBER}",
                "rewards number {MEMBER}",
                "loan number {MEMBER}",
                "meter number {MEMBER}",
            ),
            "es": (
                "mi número de cliente es {MEMBER}",
                "número de póliza {MEMBER}",
                "número de cuenta {MEMBER}",
            ),
        },
    ),
    Family(
        "other numbers",
        {
            "en": (
                "call {PHONE} ext {EXT}",
                "extension {EXT}",
                "the APR went up to {PCT}",
                "interest rate {PCT}?",
                "I'm in room {ROOM}",
                "suite {ROOM}",
                "item # {SKU}",
                "SKU {SKU} is out of stock",
                "app version {VERSION}",
                "I'm on iOS {VERSION}",
                "I ordered {N} items",
                "size {N} please",
                "I have {N} cards with you guys",
                "model {MODEL}",
            ),
            "es": (
                "la tasa es de {PCT}",
                "artículo {SKU}",
                "pedí {N} cosas",
                "la versión de la app es {VERSION}",
                "extensión {EXT}",
            ),
        },
    ),
    Family(
        "talk about secrets",
        {
            "en": (
                "should I send my social?",
                "I forgot my PIN",
                "my password isn't working",
                "what's a CVV?",
                "where do I find the security code?",
                "I never got the verification code",
                "the code didn't work",
                "can you resend the code{thx}",
                "is it safe to give my card number here?",
                "I changed my PIN last week",
                "my pin is blocked",
                "do you need my ssn?",
                "I don't want to give my social over chat",
                "what is the 3 digit code on the back",
                "reset my password please",
                "my password is wrong apparently",
                "my password is not working",
                "the otp expired",
                "the one time passcode never came",
                "I typed the code and it says invalid",
                "i dont know my pin",
                "my card number got stolen",
                "you want the full card number?",
                "my password has a special character, is that a problem?",
                "can I change my password",
                "the 2fa code isn't coming to my phone",
                "my password is case sensitive right?",
                "what's my pin? I never set one",
                "is the cvv the one on the back?",
            ),
            "es": (
                "olvidé mi contraseña",
                "no me llegó el código",
                "¿necesitan mi número de seguro social?",
                "mi contraseña no funciona",
                "¿qué es el cvv?",
                "no sé mi nip",
                "bloquearon mi pin",
                "¿dónde está el código de seguridad?",
                "el código no sirve",
            ),
            "mix": ("no me llega el code", "olvidé mi password"),
        },
    ),
    Family(
        "talk about secrets with numbers",
        {
            "en": (
                "the code expires in {N} minutes",
                "I tried my PIN {N} times and now it's locked",
                "password must be {N} characters?",
                "the verification code was sent to {PHONE}",
                "my card was declined at {TIME} for {AMOUNT}",
                "I need a new pin for the card ending in {L4}",
                "the code you sent at {TIME} didn't work",
                "my social security check for {AMOUNT} didn't arrive",
                "I got {N} codes but none worked",
                "my PIN changed on {DATE}",
                "I reset my password on {DATE} and it still fails",
                "the 6 digit code never came to {PHONE}",
                "the security code on my card is worn off, card ending in {L4}",
                "I called the number on the back of my card, {PHONE}, no answer",
                "my password expired on {DATE}",
                "do you need the cvv for the card ending in {L4}?",
            ),
            "es": (
                "el código expira en {N} minutos",
                "me llegó el código a las {TIME} pero no sirve",
                "intenté mi nip {N} veces",
                "mi contraseña venció el {DATE}",
            ),
        },
    ),
    Family(
        "agent",
        {
            "en": (
                "Can you verify the last four of your card?",
                "please do not share your full card number here",
                "I've sent a code to the phone ending in {L4}",
                "your case number is {CASE}",
                "your refund of {AMOUNT} will post in 3-5 business days",
                "Thanks {NAME}, can you confirm your billing zip?",
                "I see a charge of {AMOUNT} on {DATE}",
                "Please never share your PIN or password with anyone.",
                "the card ending in {L4} is now your default",
                "You should get a text from {PHONE} shortly.",
            ),
            "es": (
                "¿me confirma los últimos cuatro de su tarjeta?",
                "su número de caso es {CASE}",
                "por favor no comparta su contraseña",
                "le llegará un código al teléfono que termina en {L4}",
            ),
        },
    ),
)
