"""A fresh held-out set of chat phrasings: a measure of how detection generalizes, never
tuning data.

Written blind on 2026-11-27, without reading the cue-word lists (rules/), the detector
(guard/), the training templates (tests/chatgen/templates.py) or the earlier held-out
phrasings (tests/chatgen/holdout.py, which had been used for tuning). The phrasings come
from how customers and agents write in support chats: lowercase, abbreviations ("ss#",
"cc", "pw", "acct"), misspelt cues, Spanish with and without accents, Spanglish, values
before and after their cue, several values in one message, polite and impatient tones.

Use it only to measure (`python -m tests.chatgen.evaluate --fresh`). Once a rule or a
template has been changed because of what this set missed, it is no longer blind either:
write a new one.
"""

from __future__ import annotations

from tests.chatgen.holdout import mixed_corpus
from tests.chatgen.render import Family, Sample

# ── positives ───────────────────────────────────────────────────────────────────────────

_CARD = (
    Family(
        "fresh card",
        {
            "en": (
                "{hi}card number is {CARD}{thx}",
                "{CARD} thats the card{thx}",
                "cc# {CARD}",
                "use this one instead: {CARD}",
                "i already gave u the card num its {CARD} why do u need it again",
                "heres my debit {CARD}, can u run it now{thx}",
                'the card # is "{CARD}"',
                "it keeps declining!! {CARD} is the one im using",
                "number on the front is {CARD}",
                "crd nmbr {CARD}",
                "can you try the card ending in... actually here's the whole thing {CARD}",
                "my husband's card: {CARD} (he said its ok)",
                "{ctx} new card {CARD}",
                "pls charge {AMOUNT} to {CARD} today, my service gets cut off {DATE}",
                "Card Number - {CARD}",
            ),
            "es": (
                "{hi}el número de la tarjeta es {CARD}{thx}",
                "tarjeta: {CARD}",
                "ahi va {CARD}",
                "cóbrenlo a esta {CARD} porfa",
                "es la de débito {CARD}",
                "le paso mi tarjeta de credito {CARD}{thx}",
                "{CARD} esa es la nueva tarjeta",
                "numero de tarjeta\n{CARD}",
            ),
            "mix": (
                "la card es {CARD}",
                "usa mi debit card {CARD} please",
            ),
        },
    ),
    Family(
        "fresh card with details",
        {
            "en": (
                "card {CARD} exp {EXP} cvv {CVV}",
                "{CARD}\n{EXP}\n{CVV}",
                "my card number {CARD} and the expiration is {EXP}",
                "{NAME} {CARD} {EXP}",
                "ok the new card is {CARD} exp {EXP}{thx}",
            ),
            "es": (
                "mi tarjeta {CARD} vence {EXP}",
                "numero de tarjeta {CARD} fecha de vencimiento {EXP} codigo de seguridad {CVV}",
                "titular {NAME}, tarjeta {CARD}, vence el {EXP}",
            ),
            "mix": (
                "mi credit card number {CARD} exp {EXP}",
                "ok so el numero es {CARD} and the code {CVV}",
            ),
        },
    ),
)

_CVV = (
    Family(
        "fresh security code",
        {
            "en": (
                "cvv {CVV}",
                "{hi}the security code is {CVV}{thx}",
                "3 digits on the back: {CVV}",
                "{CVV} is the code on the back",
                "cvc {CVV}",
                "its {CVV} the security code",
                "sec code {CVV}",
                "the little number on the back is {CVV}",
                "csc: {CVV}",
                "oh and the code on back {CVV} sorry forgot",
                "{CVV} (back of card){thx}",
                'cvv is "{CVV}"',
                "the 3 numbers behind the card r {CVV}",
                "card verification code {CVV}",
                "secuirty code {CVV}",
                "exp {EXP} and cvv {CVV}",
            ),
            "es": (
                "el código de seguridad es {CVV}{thx}",
                "cvv: {CVV}",
                "los 3 numeros de atras {CVV}",
                "codigo de atras de la tarjeta {CVV}",
                "el cvv es {CVV} y vence {EXP}",
                "{CVV} es el código de seguridad",
                "código cvc {CVV}",
                "ya te dije el cvv, {CVV}",
            ),
            "mix": (
                "el security code es {CVV}",
                "los digits de atras son {CVV}",
                "cvv {CVV} porfa hurry",
            ),
        },
    ),
    Family(
        "fresh amex code",
        {
            "en": (
                "its an amex so 4 digits on the front {CID}",
                "cid {CID}",
                "amex security code {CID}",
            ),
            "es": ("los 4 dígitos del frente de la amex son {CID}",),
        },
    ),
)

_SSN = (
    Family(
        "fresh ssn",
        {
            "en": (
                "ssn {SSN}",
                "my social is {SSN}{thx}",
                "{hi}ss# {SSN}",
                "social security number: {SSN9}",
                "{SSN} is my social",
                "its {SSN9}, my ssn",
                "soc sec {SSN}",
                "for the credit check my social security # is {SSN}",
                "my sociel is {SSN}",
                "SS number {SSN9}",
                "ok my ssn: {SSN9} dont save it pls",
                "tax id is my ssn {SSN}",
                "the social on the acct is {SSN}, its my sons",
                "my full social {SSN9}",
                'ssn is "{SSN}"',
                "{ctx} social {SSN}",
            ),
            "es": (
                "mi seguro social es {SSN}",
                "numero de seguro social {SSN9}",
                "el social es {SSN}{thx}",
                "mi ssn {SSN}",
                "seguro social: {SSN}",
                "{SSN} es mi número de seguro social",
                "le doy mi social {SSN9} para la verificación",
                "el número de seguro social de mi esposo es {SSN}",
                "mi número de social {SSN}",
            ),
            "mix": (
                "mi social security es {SSN}",
                "el ssn # {SSN9}",
            ),
        },
    ),
    Family(
        "fresh ssn with details",
        {
            "en": (
                "dob {DATE} ssn {SSN}",
                "{NAME}, {SSN}, {DATE}",
                "name {NAME}\nssn {SSN}\nzip {ZIP}",
            ),
            "es": ("nombre {NAME}, fecha de nacimiento {DATE}, seguro social {SSN}",),
            "mix": ("ok mi social {SSN} and my dob is {DATE}",),
        },
    ),
)

_OTP = (
    Family(
        "fresh passcode",
        {
            "en": (
                "code is {OTP}{thx}",
                "{OTP} is the code",
                "the code you just texted me is {OTP}",
                "got the text, {OTP}",
                "verification code {OTP}",
                "otp {OTP}",
                "2fa code: {OTP}",
                "the one time code is {OTP}",
                "i got a text with {OTP}",
                "the text says {OTP}",
                "sms code {OTP}",
                "passcode {OTP}",
                "ok new code {OTP} the other one expired",
                "authentication code is {OTP}",
                "it says your code is {OTP}",
                "verfication code {OTP}",
                "code {OTP} pls hurry it expires in 10 min",
                "{hi}the code from the email is {OTP}",
            ),
            "es": (
                "el código es {OTP}{thx}",
                "me llegó el código {OTP}",
                "código de verificación: {OTP}",
                "{OTP} es el codigo que me llego",
                "el codigo del mensaje es {OTP}",
                "clave dinámica {OTP}",
                "el token es {OTP}",
                "codigo de acceso {OTP}",
                "ya me llego el sms, es {OTP}",
            ),
            "mix": (
                "el code es {OTP}",
                "me llego el text con el codigo {OTP}",
            ),
        },
    ),
)

_PASSWORD = (
    Family(
        "fresh password",
        {
            "en": (
                "password is {PW}",
                "pw: {PW}",
                "my pass is {PW}{thx}",
                "{PW} is my password",
                "pwd {PW}",
                "the password i use is {PWA}",
                'my password is "{PWS}" with spaces',
                "i tried {PW} and it says wrong password",
                "old password was {PW}",
                "i changed my password to {PW} last week",
                "passwrd {PW}",
                "password: {PWA}",
                "temp password {PW}",
                "its {PW} for the password",
                "new pass {PW} didnt work either",
                "{ctx} pasword is {PW}",
            ),
            "es": (
                "mi contraseña es {PW}{thx}",
                "contraseña: {PW}",
                "la contra es {PW}",
                "{PW} es mi contraseña",
                "mi clave de acceso es {PW}",
                "la contrasena {PW}",
                "puse la contraseña {PW} y no entra",
                "mi password es {PW}",
                "contraseña nueva: {PWA}",
            ),
            "mix": (
                "mi password es {PWA}",
                'el pass es "{PWS}"',
                "la contraseña nueva is {PW}",
            ),
        },
    ),
    Family(
        "fresh login",
        {
            "en": (
                "login {USER} password {PW}",
                "user: {USER} pass: {PW}",
                "my login is {USER} and pw {PW}",
                "username {USER}\npassword {PW}",
            ),
            "es": ("usuario {USER} contraseña {PW}",),
        },
    ),
)

_PIN = (
    Family(
        "fresh pin",
        {
            "en": (
                "pin {PIN}",
                "my pin is {PIN}{thx}",
                "{PIN} is my pin",
                "atm pin {PIN}",
                "pin number {PIN}",
                "debit pin: {PIN}",
                "the pin for the acct is {PIN}",
                "account pin {PIN}",
                "i set my pin to {PIN} yesterday",
                "{hi}pin# {PIN}",
                "security pin {PIN}",
                "transfer pin is {PIN}",
                "pin code {PIN}",
                "the pin on my card is {PIN}",
                "i think my pin is {PIN} or maybe i changed it",
                "{ctx} PIN {PIN}",
            ),
            "es": (
                "mi nip es {PIN}{thx}",
                "el pin es {PIN}",
                "nip: {PIN}",
                "mi clave del cajero es {PIN}",
                "{PIN} es mi nip",
                "el pin de la tarjeta {PIN}",
                "mi clave de la tarjeta es {PIN}",
                "número de pin {PIN}",
                "clave personal {PIN}",
            ),
            "mix": (
                "mi pin number es {PIN}",
                "el pin is {PIN}",
            ),
        },
    ),
    Family(
        "fresh card and pin",
        {
            "en": ("card {CARD} pin {PIN}",),
            "mix": ("tarjeta {CARD} y el nip {PIN}",),
        },
    ),
)

POSITIVES: dict[str, tuple[Family, ...]] = {
    "CREDIT_CARD": _CARD,
    "CARD_SECURITY_CODE": _CVV,
    "US_SSN": _SSN,
    "ONE_TIME_PASSCODE": _OTP,
    "PASSWORD": _PASSWORD,
    "PIN": _PIN,
}

# ── negatives ───────────────────────────────────────────────────────────────────────────

NEGATIVES: tuple[Family, ...] = (
    Family(
        "fresh look-alikes",
        {
            "en": (
                "i was charged {AMOUNT} twice on {DATE}{thx}",
                "refund of {AMOUNT} still not showing",
                "call me back at {PHONE} pls",
                "the text came from {PHONE} is that you guys?",
                "billing zip is {ZIP}",
                "order #{LINV} never arrived",
                "tracking says {TRK} but nothing moved since {DATE}",
                "my case number is {CASE}",
                "its the card ending in {L4}",
                "the one that ends with {L4} not the other one",
                "statement shows {MASKED} for {AMOUNT}",
                "card expires {EXP} do i need a new one?",
                "imei is {IMEI}",
                "routing # {ROUTING}",
                "member id {MEMBER}",
                "i have {POINTS} points why cant i redeem",
                "flight {FLT} on {DATE} got cancelled",
                "ship it to {ADDR}",
                "last 4 of my ss is {L4}",
                "app version {VERSION} on a {MODEL}",
                "ext {EXT}",
                "i called at {TIME} and waited {N} hours",
                "item {SKU} qty {N}",
                "my employee id is {EMP}",
                "apr went up to {PCT}?? since {YEAR}??",
                "room {ROOM}, checking out {DATE}",
            ),
            "es": (
                "me cobraron {AMOUNT} dos veces",
                "mi cel es {PHONE}",
                "código postal {ZIP}",
                "el pedido {LINV} no ha llegado",
                "número de guía {TRK}",
                "la tarjeta que termina en {L4}",
                "mi número de caso es {CASE}",
                "vence {EXP} la tarjeta",
                "me aparece {MASKED} en el estado de cuenta",
                "vivo en {ADDR}",
                "el cargo de {AMOUNT} del {DATE} no lo reconozco",
            ),
            "mix": (
                "el refund de {AMOUNT} when?",
                "mi zip code es {ZIP}",
                "la orden {LINV} still not here",
            ),
        },
    ),
    Family(
        "fresh talk about secrets",
        {
            "en": (
                "i forgot my pin{thx}",
                "never got the code",
                "the cvv is on the back right?",
                "do you really need my ssn?",
                "reset my password pls",
                "my password is not working",
                "the code is expired already",
                "i got a text from {PHONE} asking for my pin is this a scam",
                "you sent me {N} codes and none work",
                "password must be at least {N} characters?? mine is",
                "my pin is the same as my old card",
                "i dont feel comfortable giving my social over chat",
                "where do i find the security code on an amex",
                "can i change my pin at the atm?",
                "locked out after {N} wrong passwords",
                "the card number on the app doesnt match my card",
            ),
            "es": (
                "olvidé mi contraseña",
                "no me llegó el código",
                "¿para qué quieren mi seguro social?",
                "mi nip no sirve",
                "cómo cambio mi pin",
                "el código ya expiró",
                "no tengo el cvv, la tarjeta está borrada",
                "la contraseña no me deja entrar",
            ),
            "mix": (
                "no me llega el code",
                "forgot mi password otra vez",
            ),
        },
    ),
    Family(
        "agent",
        {
            "en": (
                "Can you confirm the last four digits of the card on file and your billing ZIP?",
                "For your security, please never share your full card number or PIN in chat.",
                "I've sent a verification code to the phone number ending in {L4}.",
                "Your case number is {CASE}.",
                "I see a charge of {AMOUNT} on {DATE}, is that the one?",
                "Please do not share your password with anyone, including us.",
                "Could you verify the last 4 of your SSN and date of birth?",
                "Your refund of {AMOUNT} will post in {N} business days.",
            ),
            "es": (
                "¿Me confirma los últimos 4 dígitos de su tarjeta y su código postal?",
                "Por seguridad, no comparta su NIP ni su contraseña por este medio.",
                "Le enviamos un código por SMS al número terminado en {L4}.",
            ),
        },
    ),
)


def holdout_corpus(seed: int, size: int, clean_share: float = 0.5) -> list[Sample]:
    """The fresh phrasings, mixed as the first held-out set is (`mixed_corpus`)."""
    return mixed_corpus(seed, size, POSITIVES, NEGATIVES, clean_share, "fresh run-on")
