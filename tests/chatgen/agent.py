"""Agent messages in English and Spanish: requests for forbidden data, and legitimate ones.

A forbidden request asks for a full card number, a security code, a full SSN, a one-time
passcode, a password or a PIN, in every way people phrase it: questions, imperatives,
needs, a request folded into allowed asks ("last four digits and the CVV, please"), a
pronoun pointing back ("we sent you a code, can you read it to me?"), with the small
talk agents put around it. A legitimate message may name the same things without asking
for them: warnings, instructions to use another channel, information, confirmations of
partial data, allowed partial asks, questions about the state of a thing, chatter.

    python -m tests.chatgen.agent --seed 5 --size 4000   # catch rate and false flags
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

CREDIT_CARD = "CREDIT_CARD"
CARD_SECURITY_CODE = "CARD_SECURITY_CODE"
US_SSN = "US_SSN"
ONE_TIME_PASSCODE = "ONE_TIME_PASSCODE"
PASSWORD = "PASSWORD"
PIN = "PIN"
TYPES = (CREDIT_CARD, CARD_SECURITY_CODE, US_SSN, ONE_TIME_PASSCODE, PASSWORD, PIN)


@dataclass(frozen=True)
class AgentSample:
    text: str
    lang: str
    #: the types the message asks for (empty: a legitimate message)
    requested: frozenset[str]
    #: the generator family, to group misses
    family: str


# ── the things, as agents name them ────────────────────────────────────────────────────

OBJECTS: dict[str, dict[str, tuple[str, ...]]] = {
    CREDIT_CARD: {
        "en": (
            "your card number",
            "the full card number",
            "your complete card number",
            "the 16-digit number on the front of your card",
            "the long number on your card",
            "all 16 digits of your card",
            "the entire card number",
            "your credit card number",
            "your debit card number",
            "the card number",
            "your full Visa number",
            "the number on the front of the card",
            "your full 16 digit card number",
            "the whole card number",
            "the long number across the front",
            "the card number in full",
            "the full number on your card",
            "your Mastercard number",
            "the complete number on the card",
            "the card's full number",
            "your full credit card number",
        ),
        "es": (
            "el número de su tarjeta",
            "el número completo de la tarjeta",
            "los 16 dígitos de su tarjeta",
            "el número largo de la tarjeta",
            "el número de tarjeta",
            "el número de su tarjeta de crédito",
            "todos los números de su tarjeta",
            "el número completo de su tarjeta de débito",
            "el número de tu tarjeta",
            "los dieciséis dígitos de la tarjeta",
        ),
    },
    CARD_SECURITY_CODE: {
        "en": (
            "the CVV",
            "your CVV",
            "the CVV code",
            "the security code",
            "the 3-digit code on the back",
            "the three digits on the back of your card",
            "the CVC",
            "the card's security code",
            "the code on the back of your card",
            "the 4-digit code on the front of your Amex",
            "the CID",
            "the three-digit security code",
            "the CVV2",
            "the security code on the card",
            "the CVV number",
            "the 3 digit number on the back",
            "your card security code",
            "the little code by the signature strip",
            "the CVC on the back",
        ),
        "es": (
            "el código de seguridad",
            "el CVV",
            "los tres dígitos de atrás de la tarjeta",
            "el código de 3 dígitos del reverso",
            "el código CVV de su tarjeta",
            "el código de seguridad de su tarjeta",
            "los 3 números del reverso",
            "el CVC",
            "el código de atrás de la tarjeta",
        ),
    },
    US_SSN: {
        "en": (
            "your SSN",
            "your full SSN",
            "your Social Security number",
            "all nine digits of your social",
            "your full social",
            "your complete Social Security number",
            "the full nine digits of your SSN",
            "your SS number",
            "your entire social",
            "your social security #",
            "all 9 digits of your SSN",
            "your whole social security number",
        ),
        "es": (
            "su número de seguro social",
            "su seguro social completo",
            "los nueve dígitos de su seguro social",
            "su SSN",
            "el número de seguro social completo",
            "tu número de seguro social",
        ),
    },
    ONE_TIME_PASSCODE: {
        "en": (
            "the one-time passcode",
            "the verification code we sent",
            "the code we just texted you",
            "the 6-digit code",
            "the OTP",
            "the passcode you received",
            "the code that was sent to your phone",
            "the security code we sent to your email",
            "the authentication code",
            "the login code",
            "the 2FA code",
            "the code from the text message",
            "the one-time code on your screen",
            "the verification code",
            "the six-digit code we texted",
            "the code you just got",
        ),
        "es": (
            "el código de verificación",
            "el código que le enviamos por SMS",
            "el código que le acabamos de enviar",
            "el código de un solo uso",
            "la clave dinámica",
            "el código que le llegó a su teléfono",
            "el código de 6 dígitos",
            "el código que te enviamos",
        ),
    },
    PASSWORD: {
        "en": (
            "your password",
            "your online banking password",
            "your login password",
            "the password to your account",
            "your account password",
            "your username and password",
            "your login credentials",
            "your app password",
            "the password you use to log in",
        ),
        "es": (
            "su contraseña",
            "la contraseña de su cuenta",
            "su clave de acceso",
            "su usuario y contraseña",
            "la contraseña de la banca en línea",
            "tu contraseña",
        ),
    },
    PIN: {
        "en": (
            "your PIN",
            "your ATM PIN",
            "the PIN for your card",
            "your 4-digit PIN",
            "your debit card PIN",
            "your card PIN",
            "your PIN number",
            "your personal identification number",
            "the PIN you use at the ATM",
        ),
        "es": (
            "su PIN",
            "el PIN de su tarjeta",
            "su NIP",
            "la clave del cajero",
            "su número secreto",
            "el PIN de 4 dígitos",
            "tu PIN",
        ),
    },
}

# More ways to name each thing.
_MORE_OBJECTS: dict[str, dict[str, tuple[str, ...]]] = {
    CREDIT_CARD: {
        "en": (
            "the digits on your card",
            "your card's number",
            "the account number on your card",
            "all the numbers on the front",
            "the 15-digit Amex number",
            "your full PAN",
            "the number embossed on your card",
            "the card digits",
            "your debit card's long number",
            "every digit of your card number",
            "the complete 16 digits",
            "the card no.",
            "your CC number",
            "your credit card #",
        ),
        "es": (
            "el número de la tarjeta completo",
            "los números de su tarjeta",
            "el número de su plástico",
            "todos los dígitos de la tarjeta",
            "el número de 16 dígitos",
        ),
    },
    CARD_SECURITY_CODE: {
        "en": (
            "the 3 digits on the back of the card",
            "the code printed on the back",
            "the verification number on the back",
            "the CVV/CVC",
            "the three-digit CVV",
            "the card verification value",
            "the security digits",
            "the 3-digit security number",
            "the number next to the signature panel",
            "the last 3 digits on the back",
            "the CVV code from the back",
        ),
        "es": (
            "el código de 3 dígitos de atrás",
            "el código que está atrás de la tarjeta",
            "los números de atrás",
            "el cvv de la tarjeta",
            "el código de seguridad de 3 dígitos",
        ),
    },
    US_SSN: {
        "en": (
            "your social",
            "your social security no.",
            "your SSN (all 9 digits)",
            "your nine-digit SSN",
            "your full Social",
            "your complete SSN number",
            "your Social Security #",
        ),
        "es": (
            "su seguro social",
            "el número de seguro social",
            "su número de seguridad social",
        ),
    },
    ONE_TIME_PASSCODE: {
        "en": (
            "the code we just sent you",
            "the 6-digit verification code",
            "the security code from the text",
            "the code in the SMS",
            "the one time PIN",
            "the sign-in code",
            "the passcode from the email",
            "the confirmation code we texted",
            "the code on your phone",
            "the 2-step verification code",
            "the code sent via SMS",
        ),
        "es": (
            "el código que le mandamos",
            "el código del SMS",
            "la clave que le llegó",
            "el token",
            "el código de 6 dígitos que le enviamos",
        ),
    },
    PASSWORD: {
        "en": (
            "your password for online banking",
            "the password for the app",
            "your current password",
            "your banking password",
            "your login info",
            "your sign-in password",
            "your PW",
        ),
        "es": (
            "su clave de internet",
            "la contraseña de la app",
            "su contraseña actual",
        ),
    },
    PIN: {
        "en": (
            "your debit PIN",
            "your 4 digit PIN number",
            "the PIN on your card",
            "your ATM code",
            "your card's PIN",
            "your secret PIN",
            "your current PIN",
        ),
        "es": (
            "el pin del cajero",
            "su clave de 4 dígitos",
            "el NIP de su tarjeta",
        ),
    },
}
for _type, _by_lang in _MORE_OBJECTS.items():
    for _lang, _phrases in _by_lang.items():
        OBJECTS[_type][_lang] += _phrases

# ── forbidden requests ─────────────────────────────────────────────────────────────────

ASKS: dict[str, dict[str, tuple[str, ...]]] = {
    "question": {
        "en": (
            "What is {obj}?",
            "What's {obj}?",
            "Whats {obj}",
            "Can you tell me {obj}?",
            "Could you tell me {obj}, please?",
            "Can you give me {obj}?",
            "Could you please provide {obj}?",
            "Would you mind reading me {obj}?",
            "Can you read me {obj}?",
            "May I have {obj}?",
            "Can I get {obj}?",
            "Could I get {obj} from you?",
            "Could you confirm {obj} for me?",
            "Can you verify {obj}?",
            "Would you be able to share {obj}?",
            "Do you have {obj} handy?",
            "Can you type {obj} here?",
            "And {obj}?",
            "Also, what's {obj}?",
            "Could you send me {obj}?",
            "Can you please let me know {obj}?",
            "Would you please give me {obj}?",
            "Mind sharing {obj}?",
            "What was {obj} again?",
            "Can you send {obj} over?",
        ),
        "es": (
            "¿Cuál es {obj}?",
            "¿Me puede dar {obj}?",
            "¿Me podría indicar {obj}?",
            "¿Me puede decir {obj}, por favor?",
            "¿Me confirma {obj}?",
            "¿Podría proporcionarme {obj}?",
            "¿Me regala {obj}?",
            "¿Tiene a mano {obj}?",
            "¿Y {obj}?",
            "¿Me facilita {obj}?",
            "¿Me lee {obj}?",
            "¿Me pasas {obj}?",
            "¿Me podrías dar {obj}?",
            "¿Me dice {obj}?",
        ),
    },
    "imperative": {
        "en": (
            "Please type {obj} here.",
            "Type {obj} in the chat.",
            "Read me {obj}.",
            "Please read {obj} out to me.",
            "Go ahead and send {obj}.",
            "Send me {obj} please.",
            "Please provide {obj}.",
            "Kindly share {obj}.",
            "Enter {obj} below.",
            "Tell me {obj}.",
            "Please confirm {obj}.",
            "Just give me {obj} and we're done.",
            "Please reply with {obj}.",
            "Drop {obj} in the chat.",
            "Please state {obj} for verification.",
            "Spell out {obj} for me.",
            "Type out {obj} so I can check it.",
            "Go ahead and read off {obj}.",
            "Please verify {obj}.",
        ),
        "es": (
            "Por favor, escriba {obj} aquí.",
            "Dígame {obj}.",
            "Indíqueme {obj}, por favor.",
            "Envíeme {obj}.",
            "Proporcióneme {obj} para continuar.",
            "Escriba {obj} en el chat.",
            "Léame {obj}.",
            "Confírmeme {obj}.",
            "Dime {obj}.",
            "Pásame {obj}.",
            "Por favor, ingrese {obj} aquí en el chat.",
        ),
    },
    "need": {
        "en": (
            "I'll need {obj}.",
            "I need {obj}.",
            "I'm going to need {obj} to continue.",
            "We need {obj} to verify your identity.",
            "To proceed, I need {obj}.",
            "I just need {obj}.",
            "All I need now is {obj}.",
            "I'd need {obj} first.",
            "We'll need {obj} before I can unlock the account.",
            "{Obj} is required to proceed.",
            "We require {obj} to process this.",
            "I have to ask for {obj}.",
            "I must have {obj} to continue.",
            "I would need {obj} to finish the verification.",
            "I also need {obj}.",
        ),
        "es": (
            "Necesito {obj}.",
            "Voy a necesitar {obj}.",
            "Necesitamos {obj} para verificar su identidad.",
            "Para continuar necesito {obj}.",
            "Solo necesito {obj}.",
            "Requerimos {obj} para procesar la solicitud.",
            "Necesitaría {obj}.",
            "También necesito {obj}.",
        ),
    },
    "folded": {
        "en": (
            "Last four digits and {obj}, please.",
            "Can you confirm your name, billing ZIP and {obj}?",
            "I need your date of birth and {obj}.",
            "Please provide your email address as well as {obj}.",
            "What's the billing ZIP code, and {obj}?",
            "Name on the card, expiration date and {obj}, please.",
            "Please verify the last 4 of your card and also {obj}.",
            "Could you give me your full name, your address, and {obj}?",
        ),
        "es": (
            "Los últimos cuatro dígitos y {obj}, por favor.",
            "¿Me confirma su nombre, código postal y {obj}?",
            "Necesito su fecha de nacimiento y {obj}.",
            "¿Me da su correo electrónico y también {obj}?",
        ),
    },
}

# More frames, for width.
_MORE_ASKS = {
    "question": {
        "en": (
            "Could you kindly share {obj} with me?",
            "Can you check {obj} and tell me what it is?",
            "Can you read {obj} back to me?",
            "Could you give {obj} to me?",
            "Would it be possible to get {obj}?",
            "Could u send {obj}",
        ),
        "es": (
            "¿Sería tan amable de darme {obj}?",
            "¿Me hace el favor de enviarme {obj}?",
            "¿Me podría leer {obj}?",
            "¿Puede enviarme {obj}?",
        ),
    },
    "imperative": {
        "en": (
            "I'd appreciate it if you could send {obj}.",
            "Please go ahead and type {obj}.",
            "Send over {obj} when you get a chance.",
            "Please reply here with {obj}.",
            "Go ahead and tell me {obj}.",
            "Before we continue, {obj}, please.",
        ),
        "es": ("Por favor, compártame {obj}.", "Escríbame {obj}, por favor."),
    },
    "need": {
        "en": (
            "We can proceed once you provide {obj}.",
            "I'll need you to confirm {obj}.",
            "I'm gonna need {obj}.",
            "Just need {obj} and we're all set.",
        ),
        "es": ("Para seguir, necesito que me envíe {obj}.", "Me hace falta {obj}."),
    },
}
for _family, _by_lang in _MORE_ASKS.items():
    for _lang, _frames in _by_lang.items():
        ASKS[_family][_lang] += _frames

# Rioplatense voseo and tuteo frames: "decime", "pasame", "¿me lo pasás?".
ASKS["imperative"]["es"] += (
    "Decime {obj} así lo verifico.",
    "Pasame {obj}, porfa.",
    "Mandame {obj} por acá.",
    "Escribime {obj} y seguimos.",
    "Dictame {obj}.",
    "Dale, pasá {obj}.",
)
ASKS["question"]["es"] += ("¿Me decís {obj}?", "¿Me pasás {obj}?", "¿Me podés pasar {obj}?")

PRONOUN_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("We just sent a code to your phone. Can you read it to me?", ONE_TIME_PASSCODE),
        ("I've texted you a verification code - what does it say?", ONE_TIME_PASSCODE),
        (
            "You should have received a one-time passcode by SMS. Please type it here.",
            ONE_TIME_PASSCODE,
        ),
        ("A passcode was sent to your email, could you share it with me?", ONE_TIME_PASSCODE),
        ("We sent you a 6-digit code; read it back to me please.", ONE_TIME_PASSCODE),
        ("I can't see your PIN on my end. Can you tell me what it is?", PIN),
        ("I need to check your password matches. Can you type it here?", PASSWORD),
        (
            "Grab your card and find the security code on the back. Read it to me.",
            CARD_SECURITY_CODE,
        ),
        # the thing named, then asked for with a pronoun
        ("You got a text from us a minute ago. What does it say?", ONE_TIME_PASSCODE),
        ("Did the text we sent you arrive? Read it to me please.", ONE_TIME_PASSCODE),
        ("The number printed on your card, could you read all of it back to me?", CREDIT_CARD),
        ("The four digits you punch in at the ATM, can you send those over?", PIN),
        ("The number you use at the ATM - can you type it here?", PIN),
        # a list that runs through allowed data
        ("Can I have your date of birth, your email on file and your full social?", US_SSN),
        ("I need the address on file and your card number please.", CREDIT_CARD),
    ),
    "es": (
        ("Le acabamos de enviar un código por SMS. ¿Me lo puede leer?", ONE_TIME_PASSCODE),
        ("Le llegó un código de verificación, ¿me lo dicta por favor?", ONE_TIME_PASSCODE),
        ("Le enviamos una clave temporal a su correo. Dígamela, por favor.", ONE_TIME_PASSCODE),
        ("Busque el código de seguridad al reverso de la tarjeta y léamelo.", CARD_SECURITY_CODE),
        ("Le llegó el mensaje que le enviamos. ¿Qué dice?", ONE_TIME_PASSCODE),
        ("Los números que marca en el cajero, ¿me los puede dar?", PIN),
    ),
}

# Two forbidden things in one ask: "I need your card number and the CVV."
JOINS = {"en": (" and ", ", ", " and also ", " plus "), "es": (" y ", ", ", " y también ")}
MULTI_ASKS = {
    "en": (
        "I need {obj}.",
        "Please provide {obj}.",
        "What's {obj}?",
        "Can you give me {obj}?",
        "Read me {obj}, please.",
        "Type {obj} here.",
    ),
    "es": ("Necesito {obj}.", "¿Me puede dar {obj}?", "Por favor, envíeme {obj}.", "Dígame {obj}."),
}

PREFIXES = {
    "en": (
        "",
        "",
        "",
        "Thanks! ",
        "Thank you, Maria. ",
        "For security purposes, ",
        "To verify your identity, ",
        "Okay, ",
        "Perfect. ",
        "Got it. ",
        "Before I can process the refund, ",
        "Alright, ",
        "Great, thanks for waiting. ",
        "Sure thing. ",
        "Hi John, ",
        "One more thing: ",
    ),
    "es": (
        "",
        "",
        "",
        "¡Gracias! ",
        "Gracias, señora López. ",
        "Por seguridad, ",
        "Para verificar su identidad, ",
        "Perfecto. ",
        "Muy bien, ",
        "Listo. ",
        "Antes de procesar el reembolso, ",
        "Claro, ",
    ),
}
SUFFIXES = {
    "en": ("", "", "", " Thanks!", " Thank you.", " 🙂", " It's just for verification."),
    "es": ("", "", "", " ¡Gracias!", " Gracias.", " 🙂", " Es solo para verificar."),
}

# ── legitimate messages ────────────────────────────────────────────────────────────────

WARNINGS = {
    "en": (
        "We will never ask for {obj}.",
        "Please don't share {obj} with anyone, including us.",
        "Never give anyone {obj}.",
        "For your safety, do not type {obj} in this chat.",
        "Keep {obj} private.",
        "Our agents will never ask you for {obj}.",
        "If someone asks for {obj}, it's a scam.",
        "You don't need to give me {obj}.",
        "Remember: nobody from our bank will ask for {obj}.",
        "Please do not send {obj} over chat.",
        "There's no need to share {obj}.",
        "We don't need {obj} for this.",
        "Do NOT share {obj} with anyone who calls you.",
        "Never read {obj} to anyone over the phone.",
        "Be careful: scammers may ask for {obj}.",
        "Please never post {obj} here.",
        "I won't ask for {obj}, only the last four digits of the card.",
        "We never need {obj} to help you.",
        "Don't reply with {obj}.",
    ),
    "es": (
        "Nunca le pediremos {obj}.",
        "Por favor, no comparta {obj} con nadie, ni siquiera con nosotros.",
        "No escriba {obj} en este chat.",
        "Nadie de nuestro equipo le pedirá {obj}.",
        "Mantenga {obj} en secreto.",
        "Si alguien le pide {obj}, es una estafa.",
        "No necesito {obj}.",
        "Jamás comparta {obj}.",
        "No nos envíe {obj} por aquí.",
    ),
}

INSTRUCTIONS = {
    "en": (
        "Enter the code in the app, not here.",
        "We've sent a passcode to your phone; enter it on the website.",
        "Please enter {obj} on the secure payment page, not in the chat.",
        "You can type {obj} using your phone's keypad when prompted.",
        "Use the link we sent to enter {obj}.",
        "Please enter {obj} at the ATM to activate the card.",
        "You can change {obj} in the app under Settings.",
        "Once you receive the code, enter it in the app.",
        "Type the code into the verification screen on our website.",
        "Please key in {obj} on the card reader.",
        "Enter {obj} in the secure form I just sent you.",
    ),
    "es": (
        "Ingrese el código en la app, no aquí.",
        "Le enviamos un código a su teléfono; ingréselo en el sitio web.",
        "Puede cambiar {obj} desde la aplicación.",
        "Escriba {obj} en el formulario seguro, no en el chat.",
        "Ingrese {obj} en el cajero para activar la tarjeta.",
    ),
}

INFO = {
    "en": (
        "Your new PIN will arrive by mail.",
        "Your new card and PIN will arrive separately.",
        "We've sent a new verification code to your email.",
        "Your password was reset successfully.",
        "The code expires in 10 minutes.",
        "Your card number has been updated in our system.",
        "The CVV is the 3-digit code on the back of your card.",
        "A one-time passcode has been sent to the number on file.",
        "Your PIN has been unlocked.",
        "Your temporary password will be emailed to you.",
        "I've reset your online banking password.",
        "The security code is printed on the back of the card.",
        "You'll receive a one-time code by text shortly.",
        "Your SSN is only used for the credit check.",
        "The verification code is valid for 5 minutes.",
        "What is a CVV? It's the 3-digit code on the back of your card.",
    ),
    "es": (
        "Su nuevo PIN llegará por correo.",
        "Le enviamos un código de verificación por SMS.",
        "Su contraseña fue restablecida.",
        "El código vence en 10 minutos.",
        "El CVV es el código de 3 dígitos que está al reverso de la tarjeta.",
        "Su número de tarjeta fue actualizado.",
        "Su clave temporal le llegará por correo.",
    ),
}

CONFIRMATIONS = {
    "en": (
        "I can see the card ending in {last4}.",
        "Is this the card ending in {last4}?",
        "I see the last four of your SSN are {last4}.",
        "Thanks, the card ending {last4} is now locked.",
        "Your Visa ending in {last4} has been replaced.",
        "Perfect, the last four digits match.",
        "The card number on file ends in {last4}, correct?",
    ),
    "es": (
        "Veo la tarjeta terminada en {last4}.",
        "¿Es la tarjeta que termina en {last4}?",
        "Gracias, los últimos cuatro dígitos coinciden.",
    ),
}

PARTIAL_ASKS = {
    "en": (
        "Can you confirm the last four digits of your card?",
        "What are the last 4 of your social?",
        "What's the billing ZIP code?",
        "Please confirm the name on the card.",
        "Could you give me the email address on file?",
        "What's your date of birth?",
        "What's the mailing address on the account?",
        "How much was the charge?",
        "What date did the transaction post?",
        "Can you verify the last four of your SSN and your ZIP code?",
        "Please provide the last 4 digits of the card number.",
        "I'll need the last four of your card number and the billing ZIP.",
        "Just the last four digits of your card, please - not the full number.",
        "What's the expiration date on the card?",
        "Could you tell me the last four digits of your Social Security number?",
    ),
    "es": (
        "¿Me confirma los últimos cuatro dígitos de su tarjeta?",
        "¿Cuál es su código postal de facturación?",
        "¿Me da los últimos 4 de su seguro social?",
        "¿Cuál es el nombre que aparece en la tarjeta?",
        "¿Me indica su correo electrónico?",
        "¿Cuál es su fecha de nacimiento?",
        "¿Cuál es el monto del cargo?",
    ),
}

STATE_QUESTIONS = {
    "en": (
        "Did you receive the code?",
        "Did the verification code arrive?",
        "Is your PIN working now?",
        "Have you set up a password for the app yet?",
        "Were you able to log in with your new password?",
        "Did you change your PIN recently?",
        "Do you remember when you last changed your password?",
        "Has the passcode expired?",
        "Did you get a text with a code from us?",
    ),
    "es": (
        "¿Le llegó el código?",
        "¿Ya pudo ingresar con su nueva contraseña?",
        "¿Recibió el código de verificación?",
        "¿Cambió su PIN recientemente?",
    ),
}

CHATTER = {
    "en": (
        "How can I help you today?",
        "Let me look into that for you.",
        "Thanks for your patience.",
        "I've issued a refund of $42.17.",
        "Your order 112-4482913 shipped yesterday.",
        "Is there anything else I can help with?",
        "I'm sorry about the trouble.",
        "Your replacement card will arrive in 5-7 business days.",
        "The charge from 11/02 has been reversed.",
    ),
    "es": (
        "¿En qué le puedo ayudar?",
        "Un momento, por favor.",
        "Gracias por su paciencia.",
        "Su reembolso de $42.17 ya fue procesado.",
        "¿Hay algo más en lo que pueda ayudarle?",
    ),
}

LEGIT_FAMILIES = {
    "warning": WARNINGS,
    "instruction": INSTRUCTIONS,
    "info": INFO,
    "confirmation": CONFIRMATIONS,
    "partial ask": PARTIAL_ASKS,
    "state question": STATE_QUESTIONS,
    "chatter": CHATTER,
}

# Whole messages, as agents and phishers write them, beside the templates above.
FREE_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("What's the number on the front of your card?", CREDIT_CARD),
        ("Can you read off the digits on the front of your card for me?", CREDIT_CARD),
        ("Please give me your card number, expiration date and CVV.", CREDIT_CARD),
        ("I'll need you to provide the full card number, including all 16 digits.", CREDIT_CARD),
        ("In order to verify, please send the complete SSN.", US_SSN),
        ("For verification, please type the one-time code you received.", ONE_TIME_PASSCODE),
        ("Can you please confirm your PIN so I can verify your account?", PIN),
        ("What PIN do you use for your debit card?", PIN),
        ("Tell me what PIN you use.", PIN),
        ("What's your login password so I can check the account?", PASSWORD),
        ("Please reply with the code we texted to verify your identity.", ONE_TIME_PASSCODE),
        ("Please provide the verification code sent to your mobile number.", ONE_TIME_PASSCODE),
        ("Security check: please enter your full Social Security number.", US_SSN),
        ("I need the complete 9-digit SSN to pull up your file.", US_SSN),
        ("Type the 3 numbers on the back here.", CARD_SECURITY_CODE),
        ("What are the three numbers on the back of the card?", CARD_SECURITY_CODE),
        (
            "Could you flip your card over and read me the three numbers by the signature?",
            CARD_SECURITY_CODE,
        ),
        ("Let me have your card number real quick.", CREDIT_CARD),
        ("Share your password with me so I can fix the login issue.", PASSWORD),
        ("I'm going to need you to read me the 6 digit code.", ONE_TIME_PASSCODE),
        ("Can you give me the code that just came through on your phone?", ONE_TIME_PASSCODE),
        ("What's the OTP?", ONE_TIME_PASSCODE),
        ("Please share the OTP.", ONE_TIME_PASSCODE),
        ("Kindly provide your account PIN.", PIN),
        ("Go ahead with the card number whenever you're ready.", CREDIT_CARD),
        ("When you're ready, read me the card number.", CREDIT_CARD),
        ("If you have the card with you, please read me the number on the front.", CREDIT_CARD),
        ("Send the CVV and I'll process it.", CARD_SECURITY_CODE),
        ("Can you provide the expiration date and security code?", CARD_SECURITY_CODE),
        ("What's the expiration date and the CVV?", CARD_SECURITY_CODE),
        ("Give me the card number and expiry.", CREDIT_CARD),
        ("Please confirm your social.", US_SSN),
        ("Verify your identity by entering your SSN below.", US_SSN),
        ("To confirm it's you, what's your PIN?", PIN),
        ("And your password is...?", PASSWORD),
        ("Your password?", PASSWORD),
        ("Your full card number please.", CREDIT_CARD),
        ("Please tell me the digits on the back of your card.", CARD_SECURITY_CODE),
        ("Is it possible to get your card number?", CREDIT_CARD),
        ("It would help if you could give me your CVV.", CARD_SECURITY_CODE),
        ("I'd like the last four digits and CVV please.", CARD_SECURITY_CODE),
        ("Enter your 4 digit PIN to continue.", PIN),
        ("Need your SSN to proceed.", US_SSN),
        ("pls send the code u got", ONE_TIME_PASSCODE),
        ("whats ur card number", CREDIT_CARD),
        ("u need to give me ur pin so i can unlock it", PIN),
        ("I require your full SSN before we continue.", US_SSN),
        ("Read the security code to me, please.", CARD_SECURITY_CODE),
        ("Provide the card's CVV2 for the transaction.", CARD_SECURITY_CODE),
        ("Please key in your card number here in the chat.", CREDIT_CARD),
    ),
    "es": (
        ("¿Cuál es el número que aparece al frente de su tarjeta?", CREDIT_CARD),
        ("Por favor, envíe el código que recibió por mensaje de texto.", ONE_TIME_PASSCODE),
        ("Necesito que me diga su número de seguro social completo.", US_SSN),
        ("¿Me podría proporcionar su contraseña para revisar la cuenta?", PASSWORD),
        ("Dígame su NIP, por favor.", PIN),
        ("¿Y el código de atrás?", CARD_SECURITY_CODE),
        ("Escriba aquí el código de 6 dígitos.", ONE_TIME_PASSCODE),
        ("Para verificar, necesito los 3 dígitos del reverso.", CARD_SECURITY_CODE),
        ("Regáleme el número de la tarjeta.", CREDIT_CARD),
        ("¿Me comparte su contraseña?", PASSWORD),
        ("Necesito el número completo de su tarjeta para continuar.", CREDIT_CARD),
        ("¿Cuál es su PIN?", PIN),
        ("Por favor indíqueme el código de verificación que le llegó.", ONE_TIME_PASSCODE),
        ("¿Me dicta el CVV?", CARD_SECURITY_CODE),
        ("Envíame tu número de seguro social.", US_SSN),
        ("Escriba su contraseña aquí para validar.", PASSWORD),
    ),
}

FREE_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (
        "For your protection, never share your PIN or password with anyone.",
        "We'll never ask you for your full card number, CVV, or PIN over chat.",
        "Your card number is masked for security.",
        "I've blocked the card ending in 4421; a new card number will be issued.",
        "You'll get a new PIN in the mail within 7 days.",
        "Please don't include your SSN in this chat.",
        "The code we sent expires in 5 minutes, so please use it on the website soon.",
        "If you didn't request a verification code, please let us know.",
        "You can set a new password from the login page.",
        "Did you set your PIN at the branch?",
        "Your security code won't be stored.",
        "Would you like me to send a new verification code?",
        "Can I send you a new one-time passcode?",
        "I'll text you a new code now.",
        "Please have your card handy; I'll only need the last four digits.",
        "Do you want to reset your password?",
        "Would you like to change your PIN?",
        "Please confirm whether you received the passcode.",
        "Let me know once you've entered the code in the app.",
        "Your SSN is not required for this request.",
        "No need to give me the CVV; the last four is enough.",
        "We can't see your full card number, only the last four digits.",
        "Only enter your PIN on the ATM keypad.",
        "The last four digits of your SSN are enough for this.",
        "Please verify the last four digits of the card and the billing ZIP code.",
        "I sent the verification code to the email on file.",
        "Your new password must have at least 8 characters.",
        "Your PIN was changed successfully.",
        "We just mailed your new card; the PIN comes in a separate letter.",
        "For security, I can only see the last 4 digits of your card number.",
    ),
    "es": (
        "Nunca comparta su contraseña.",
        "Por su seguridad, no escriba su número de tarjeta aquí.",
        "Le enviaremos un nuevo PIN por correo.",
        "¿Desea cambiar su contraseña?",
        "¿Le llegó el código de verificación que le enviamos?",
        "Ingrese el código que le enviamos en la app.",
        "No necesitamos su CVV.",
        "Veo su tarjeta terminada en 4421.",
        "Solo necesito los últimos cuatro dígitos de su tarjeta.",
        "Su nueva contraseña debe tener al menos 8 caracteres.",
        "Recuerde: nadie del banco le pedirá su NIP.",
    ),
}


# Whole messages written apart from the templates (to measure how far the vocabulary
# reaches beyond them).
_MORE_FREE_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "To issue the refund I'll have to get the full number from the front of the card.",
            CREDIT_CARD,
        ),
        (
            "Could you please verify the credit card number associated with the account?",
            CREDIT_CARD,
        ),
        ("Please send a picture of the card number.", CREDIT_CARD),
        ("Kindly type the complete number of your Visa card below.", CREDIT_CARD),
        ("I need the sixteen digits on your debit card.", CREDIT_CARD),
        ("Can you provide the card number so I can look up the transaction?", CREDIT_CARD),
        ("What's the full credit card number you used for the purchase?", CREDIT_CARD),
        ("Which card number did you use? Please type the whole number.", CREDIT_CARD),
        ("Alright, now the card number. Go ahead.", CREDIT_CARD),
        ("For the chargeback I need the PAN.", CREDIT_CARD),
        ("Hey! Quick question - what's your card #?", CREDIT_CARD),
        ("Let's start with the card number, then the expiration date.", CREDIT_CARD),
        (
            "Please enter the full card number in this chat so I can locate your account.",
            CREDIT_CARD,
        ),
        ("What's the three digit security code?", CARD_SECURITY_CODE),
        ("Can you turn the card over and tell me the 3 numbers there?", CARD_SECURITY_CODE),
        ("Please provide the CVV for verification purposes.", CARD_SECURITY_CODE),
        ("I'll also need the code on the back.", CARD_SECURITY_CODE),
        ("and the cvv?? quickly please", CARD_SECURITY_CODE),
        ("Now, the security code please.", CARD_SECURITY_CODE),
        ("Confirm the CVC so I can finish the payment.", CARD_SECURITY_CODE),
        ("What are the last 3 digits printed on the signature strip?", CARD_SECURITY_CODE),
        ("I need the card's expiration date and CVV to process the payment.", CARD_SECURITY_CODE),
        (
            "Could you share the 4 digit security code printed on the front of your "
            "American Express?",
            CARD_SECURITY_CODE,
        ),
        ("What's your Social Security number?", US_SSN),
        ("Please verify your full SSN so we can continue.", US_SSN),
        ("I'll need the social to open the claim.", US_SSN),
        ("Can you send over your social security number please?", US_SSN),
        ("To locate your account, please provide your SSN.", US_SSN),
        ("Type in all 9 digits of your Social below.", US_SSN),
        (
            "What is the SSN on the account? We need the full number, not just the last four.",
            US_SSN,
        ),
        ("Give me your social and date of birth.", US_SSN),
        (
            "You'll get a text with a code in a moment, please tell me what it says.",
            ONE_TIME_PASSCODE,
        ),
        ("What's the verification code you just received?", ONE_TIME_PASSCODE),
        ("Please read me the 6 digit number we texted you.", ONE_TIME_PASSCODE),
        ("Can you share the OTP sent to your registered mobile?", ONE_TIME_PASSCODE),
        ("I'm sending you a code now - please reply with it here.", ONE_TIME_PASSCODE),
        ("Enter the one-time password you received in this chat.", ONE_TIME_PASSCODE),
        ("What's the code from the email?", ONE_TIME_PASSCODE),
        ("Tell me the passcode so I can log you in.", ONE_TIME_PASSCODE),
        ("Did you get a code? Go ahead and type it here.", ONE_TIME_PASSCODE),
        ("What's the password you use for online banking?", PASSWORD),
        ("Can you give me your password so I can log in and check?", PASSWORD),
        ("I need your username and password to fix the account.", PASSWORD),
        ("Please type your current password.", PASSWORD),
        ("Send me the password and I'll reset the settings for you.", PASSWORD),
        ("Could you confirm your login password?", PASSWORD),
        ("What password did you set up?", PASSWORD),
        ("What is the PIN on your debit card?", PIN),
        ("Please provide your four-digit PIN.", PIN),
        ("I need you to tell me your PIN so I can unblock the card.", PIN),
        ("Can you share the PIN you use at ATMs?", PIN),
        ("What's your card PIN?", PIN),
        ("Type your PIN here and I'll verify it.", PIN),
        ("Confirm your PIN number please.", PIN),
        (
            "Hello, this is the fraud department. We detected suspicious activity. "
            "To secure your account, reply with your card number.",
            CREDIT_CARD,
        ),
        ("ok so i'll need the card number again, the whole thing this time", CREDIT_CARD),
        (
            "We were unable to verify your identity. Please resend your full card details.",
            CREDIT_CARD,
        ),
        ("Could you read out the number printed on the front of the card, all of it?", CREDIT_CARD),
        ("Step 1: type your card number. Step 2: type the expiry date.", CREDIT_CARD),
        ("In order to proceed please provide the 16 digit card number.", CREDIT_CARD),
        ("I'm gonna need that card number from you.", CREDIT_CARD),
        ("Can you tell me the numbers on the card?", CREDIT_CARD),
        ("Last thing - the 3 digits on the back and we're done!", CARD_SECURITY_CODE),
        ("Please also include the CVV number.", CARD_SECURITY_CODE),
        ("can u send the 3 digit code on the back of ur card", CARD_SECURITY_CODE),
        ("We need the card verification code to complete the transaction.", CARD_SECURITY_CODE),
        ("What security code is on the back of your card?", CARD_SECURITY_CODE),
        ("Provide card number's CVV too please.", CARD_SECURITY_CODE),
        ("Please confirm your identity by giving me your social security number.", US_SSN),
        ("what's ur ssn", US_SSN),
        ("As part of our KYC process, we require your full Social Security Number.", US_SSN),
        ("You'll need to give me your SSN before I can help.", US_SSN),
        ("I need to verify your SSN, can you type it here?", US_SSN),
        ("Before we continue: your full social security number, please.", US_SSN),
        (
            "We have sent an OTP to your mobile. Kindly share it with us to complete verification.",
            ONE_TIME_PASSCODE,
        ),
        ("Please tell me the 6-digit code displayed in your authenticator app.", ONE_TIME_PASSCODE),
        ("What numbers did you get in the text?", ONE_TIME_PASSCODE),
        ("You should see a verification code on your phone. What is it?", ONE_TIME_PASSCODE),
        ("Reply with the code from the SMS to confirm.", ONE_TIME_PASSCODE),
        ("Could you forward me the 2FA code?", ONE_TIME_PASSCODE),
        ("I need your online banking login and password to check the settings.", PASSWORD),
        ("What is your current password? I'll update it for you.", PASSWORD),
        ("Can you provide your password so I can verify the account?", PASSWORD),
        ("pls send ur password", PASSWORD),
        ("Please share your login credentials with me.", PASSWORD),
        ("To unblock your card I need the current PIN.", PIN),
        ("What's the 4 digit PIN for the card?", PIN),
        ("Could you tell me your ATM PIN?", PIN),
        ("Please enter your PIN in the chat so I can verify.", PIN),
        ("Need your PIN to proceed.", PIN),
    ),
    "es": (
        ("Por favor, escriba los 16 números de su tarjeta.", CREDIT_CARD),
        ("¿Me puede confirmar el número completo de su tarjeta de crédito?", CREDIT_CARD),
        ("Necesitamos el número de la tarjeta para hacer el reembolso.", CREDIT_CARD),
        ("Indíqueme el número de la tarjeta con la que realizó la compra.", CREDIT_CARD),
        ("¿Cuáles son los tres números que aparecen detrás de la tarjeta?", CARD_SECURITY_CODE),
        ("Necesito el CVV para completar el pago.", CARD_SECURITY_CODE),
        ("Por favor, dígame el código de seguridad que está al reverso.", CARD_SECURITY_CODE),
        ("¿Me proporciona su número de seguro social?", US_SSN),
        ("Necesito su número de seguro social completo para continuar.", US_SSN),
        ("Para verificar su identidad, escriba su número de Seguro Social.", US_SSN),
        ("¿Cuál es el código que le llegó por mensaje de texto?", ONE_TIME_PASSCODE),
        ("Por favor, compártame el código de verificación.", ONE_TIME_PASSCODE),
        ("Le envié un código a su celular, ¿me lo puede dictar?", ONE_TIME_PASSCODE),
        ("¿Cuál es la contraseña de su banca en línea?", PASSWORD),
        ("Necesito su usuario y contraseña para revisar.", PASSWORD),
        ("Dígame su contraseña por favor.", PASSWORD),
        ("¿Me dice su PIN, por favor?", PIN),
        ("Necesito el NIP de su tarjeta de débito.", PIN),
        ("¿Cuál es la clave de su tarjeta?", PIN),
        ("Kindly furnish your credit card no. for verification.", CREDIT_CARD),
        ("Para procesar el reembolso, mándeme por aquí el número de su tarjeta.", CREDIT_CARD),
        ("¿Me puede indicar el CVV de la tarjeta, por favor?", CARD_SECURITY_CODE),
        ("Ahora necesito el código de 3 dígitos que está detrás.", CARD_SECURITY_CODE),
        ("Mándeme su número del seguro social para verificarlo.", US_SSN),
        ("¿Me comparte el código que le acaba de llegar por SMS?", ONE_TIME_PASSCODE),
        ("Acabo de enviarle un código. Dígamelo para continuar.", ONE_TIME_PASSCODE),
        ("¿Me puede decir su contraseña actual?", PASSWORD),
        ("¿Cuál es su NIP?", PIN),
        ("Dígame el PIN de su tarjeta de débito.", PIN),
    ),
}
_MORE_FREE_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (
        "We'll never ask you to share your PIN, password or full card number.",
        "Never share your one-time code, even with us.",
        "For your security, please do not post your SSN in this chat.",
        "Please don't type your card number here. I'll send a secure link.",
        "The security code is on the back of your card, but don't share it with me.",
        "You can find your card number in the app under Cards.",
        "The one-time passcode is valid for 10 minutes.",
        "We just sent you a one-time code. Please enter it in the app to finish signing in.",
        "To reset your PIN, visit any ATM and select PIN change.",
        "Your password has been reset. Check your email for a temporary one.",
        "Your new card and PIN will be mailed separately.",
        "I can only see the last four digits of your card, 4821.",
        "Is the card ending in 0032 the one you want to cancel?",
        "Please confirm the last four digits of your Social Security number.",
        "What's the ZIP code on your billing address?",
        "Can you confirm the email address on the account?",
        "What's the name on the card?",
        "When did you last use your card?",
        "Did you receive our text with the verification code?",
        "Were you able to set a new password?",
        "Have you changed your PIN lately?",
        "If anyone asks for your password, do not give it.",
        "Our representatives will never ask for your SSN over chat.",
        "Please use the secure form to enter your payment details.",
        "Your CVV is not needed for this refund.",
        "I don't need your card number, only the last four digits.",
        "For verification, I just need your date of birth and ZIP code.",
        "The CVV is the three-digit number on the back of your card.",
        "PINs must be 4 digits long.",
        "Passwords must contain at least one number.",
        "We sent the passcode to the phone number ending in 5521.",
        "If you forgot your password, click 'Forgot password' on the login page.",
        "You can change your PIN in the mobile app.",
        "Thanks for confirming the last four of your card!",
        "Great, the code you entered in the app worked.",
        "Your password reset link expires in 24 hours.",
        "We can't accept card numbers over chat for security reasons.",
        "Please have your card ready, but don't read the number to me.",
        "Your SSN on file ends in 6789.",
        "Let me know when you've entered the code on the website.",
        "Thanks for contacting us. Please note that we will never ask for your password, "
        "PIN, or one-time passcodes.",
        "Your card ending in 3321 has been blocked. A new card number will be issued in 5-7 days.",
        "Please do not share your SSN, card number, or CVV in this chat.",
        "Reminder: your OTP is confidential. Don't share it with anyone.",
        "I have reset your PIN attempts; you can now try your PIN at the ATM again.",
        "You can view your full card number in the mobile app under Card Details.",
        "Please type the verification code in the app when prompted.",
        "Sorry, I can't see your password; only you know it.",
        "I don't have access to your PIN or password.",
        "Your social security number is protected and encrypted in our systems.",
        "To keep your account safe, enable two-factor authentication in Settings.",
        "The passcode you entered in the app was incorrect. Please try again there.",
        "Would you like me to send you a new PIN by mail?",
        "I'll mail you a PIN reminder.",
        "Do you still have the card with you?",
        "What's the last 4 of the card you'd like to dispute?",
        "Please confirm the billing ZIP associated with the card.",
        "Is the card in your possession?",
        "Could you confirm your date of birth and the last four of your SSN?",
        "Can you tell me the amount of the transaction?",
        "Were you charged twice?",
        "Your verification code was sent to j***@gmail.com.",
        "It looks like you entered the wrong password too many times.",
        "You don't need your card number for this, just your name and ZIP.",
        "Please make sure nobody else knows your PIN.",
        "The card number on your statement is masked except for the last four digits.",
        "Keep your CVV safe and never send it over chat or email.",
        "Please enter the code we sent you on the sign-in page.",
        "Type the code into the box on your screen.",
        "Enter your new PIN twice on the ATM screen.",
        "Our chat agents can't see your card's CVV.",
        "Our system will ask for your PIN at the terminal, not me.",
    ),
    "es": (
        "Nunca compartimos su contraseña con terceros.",
        "No le pediremos su NIP ni su contraseña.",
        "Por favor, no envíe su número de tarjeta por este chat.",
        "Le enviamos un código de verificación; ingréselo en la aplicación.",
        "¿Me confirma los últimos 4 dígitos de su tarjeta?",
        "¿Cuál es su código postal?",
        "Su nueva tarjeta llegará en 5 días hábiles y el PIN por separado.",
        "¿Recibió el código que le enviamos?",
        "Puede cambiar su contraseña desde la app.",
        "El código de seguridad está al reverso de la tarjeta; no lo comparta.",
        "Los códigos de verificación son personales; no los comparta.",
        "Por su seguridad, nunca escriba su contraseña en este chat.",
        "¿Todavía tiene la tarjeta con usted?",
        "¿Me confirma el código postal de facturación?",
        "Su NIP fue desbloqueado.",
        "No tengo acceso a su contraseña.",
        "Le enviamos un nuevo código por SMS; ingréselo en la app.",
        "Si olvidó su contraseña, use la opción 'Olvidé mi contraseña'.",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _MORE_FREE_ASKS[_lang]
    FREE_LEGIT[_lang] += _MORE_FREE_LEGIT[_lang]

_PROBE4_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "Please confirm the card number on the back of your statement... actually, "
            "just read me the number on your card.",
            CREDIT_CARD,
        ),
        ("Mind giving me the card number?", CREDIT_CARD),
        ("Can I have the number of the card you used?", CREDIT_CARD),
        ("Card number?", CREDIT_CARD),
        ("card num pls", CREDIT_CARD),
        ("We need to validate your card. What are the sixteen digits?", CREDIT_CARD),
        ("Please write down your full card number in the reply.", CREDIT_CARD),
        ("I'll just need your Visa card number and we can get started.", CREDIT_CARD),
        ("Please reply with your complete 16-digit debit card number to continue.", CREDIT_CARD),
        ("For security, confirm the card number by typing it out.", CREDIT_CARD),
        ("What's the number on the card you want to add?", CREDIT_CARD),
        ("What's the CVV2 on your card?", CARD_SECURITY_CODE),
        ("Please tell me the verification digits on the back.", CARD_SECURITY_CODE),
        ("And the expiry and CVV please.", CARD_SECURITY_CODE),
        ("I also need the security number from the back of the card.", CARD_SECURITY_CODE),
        ("What's the CID on your Amex?", CARD_SECURITY_CODE),
        ("Can you check the back of the card and give me the code there?", CARD_SECURITY_CODE),
        ("Type the 3-digit CVV to finish up.", CARD_SECURITY_CODE),
        ("The final step is to share the CVV.", CARD_SECURITY_CODE),
        ("cvv?", CARD_SECURITY_CODE),
        ("What is your SSN?", US_SSN),
        ("Social Security number please.", US_SSN),
        ("Could you provide the full 9-digit Social Security Number?", US_SSN),
        ("We'll need your social to verify.", US_SSN),
        ("Please verify by typing the full social security number on your account.", US_SSN),
        ("Tell me your social real quick.", US_SSN),
        ("ssn?", US_SSN),
        ("The bank will text you a code. When you get it, send it to me here.", ONE_TIME_PASSCODE),
        ("What's the one-time code?", ONE_TIME_PASSCODE),
        ("Please provide the verification code we sent to your email.", ONE_TIME_PASSCODE),
        ("Can you give me the 6 digits we just texted you?", ONE_TIME_PASSCODE),
        ("Type the code here once you receive it.", ONE_TIME_PASSCODE),
        ("I just sent a code to your phone, can you tell me what it is?", ONE_TIME_PASSCODE),
        ("What's the code in the text message?", ONE_TIME_PASSCODE),
        ("otp pls", ONE_TIME_PASSCODE),
        ("Please give me your password.", PASSWORD),
        ("What's the password for your online account?", PASSWORD),
        ("Can you tell me your login details, including password?", PASSWORD),
        ("Type your password here so I can reset it.", PASSWORD),
        ("I need the password you set up last week.", PASSWORD),
        ("Password please.", PASSWORD),
        ("PIN please.", PIN),
        ("What's the PIN?", PIN),
        ("Tell me the PIN for the debit card.", PIN),
        ("Can you provide your PIN code?", PIN),
        ("I need your PIN to reset it.", PIN),
        ("Please confirm the 4-digit PIN you selected.", PIN),
    ),
    "es": (
        ("¿Me podría dar los dígitos de su tarjeta?", CREDIT_CARD),
        ("Escríbame el número de la tarjeta completo.", CREDIT_CARD),
        ("Pásame el número de tu tarjeta porfa", CREDIT_CARD),
        ("Necesito que me proporcione el número de su tarjeta de crédito.", CREDIT_CARD),
        ("¿Y los tres números de atrás?", CARD_SECURITY_CODE),
        ("Por favor confirme el código de seguridad (CVV).", CARD_SECURITY_CODE),
        ("Voltee su tarjeta y dígame el código de 3 dígitos.", CARD_SECURITY_CODE),
        ("¿Cuál es su número de seguro social?", US_SSN),
        ("Ocupo su seguro social completo.", US_SSN),
        ("Por favor, proporcione su número de seguro social.", US_SSN),
        ("Necesito el código que le llegó por mensaje.", ONE_TIME_PASSCODE),
        ("Dígame el código de verificación que recibió.", ONE_TIME_PASSCODE),
        ("¿Qué código le llegó?", ONE_TIME_PASSCODE),
        ("Por favor escriba aquí el código que le enviamos.", ONE_TIME_PASSCODE),
        ("¿Me da su contraseña?", PASSWORD),
        ("Escriba su clave de acceso para verificar.", PASSWORD),
        ("¿Cuál es su contraseña de la app?", PASSWORD),
        ("¿Me dice su NIP?", PIN),
        ("Necesito su clave del cajero.", PIN),
        ("¿Cuál es el PIN de su tarjeta?", PIN),
        ("Escriba su PIN aquí, por favor.", PIN),
    ),
}
_PROBE4_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (
        "Please never share your PIN with anyone, not even bank staff.",
        "Your new PIN is active now.",
        "We'll text you a code to verify it's you. Enter it in the app.",
        "The CVV is printed on the back of your card; we don't need it for this.",
        "Your card number will change when the new card arrives.",
        "I'm unable to view your full card number for security reasons.",
        "For this request I only need the last 4 of your card.",
        "Could you tell me the last four digits of the card you used?",
        "What's the ZIP code for the billing address?",
        "Could you confirm the name on the account?",
        "What's your phone number on file?",
        "Please confirm your mailing address.",
        "What's the date of the transaction?",
        "How much was the charge for?",
        "Did you receive the code we sent?",
        "Is your card number still the same?",
        "Has your PIN been changed recently?",
        "Do you remember setting up a password?",
        "Do you know your PIN?",
        "Do you have access to the email we sent the code to?",
        "You'll need your PIN for ATM withdrawals.",
        "Your password expires every 90 days.",
        "Remember, the verification code expires in 5 minutes.",
        "If you didn't request this passcode, ignore it.",
        "Scammers often ask for your card number and CVV, so be careful.",
        "We recommend changing your password regularly.",
        "Never share your OTP.",
        "Please don't reply with your SSN.",
        "Don't send your password here.",
        "You can reset your password by clicking the link in the email.",
        "We have updated your card number in our records.",
        "Your social security number is not required to open this account.",
        "The agent should never ask for your card number.",
        "We will send the code to your registered phone.",
        "Once you get the code, please enter it on the website.",
        "The PIN mailer will arrive in a separate envelope.",
        "Let me check the status of your card.",
        "Let me verify your account details.",
        "I can confirm the card ending in 2209 is active.",
        "I see you've changed your password today.",
        "Please make sure to keep your card number private.",
        "Sorry, what was the last four of the card again?",
        "Could you remind me of the last 4 of your SSN?",
        "Your one-time passcode is 482913 - please don't share it. (automated)",
        "Use the passcode we texted to log in to the app.",
        "You may be asked for your PIN at the register.",
        "Tell me more about what happened with your card.",
        "Can you describe the issue you're having with your password?",
        "I understand your frustration with the PIN.",
        "Just to confirm, you want a new PIN mailed to you?",
    ),
    "es": (
        "Nunca le pediremos el código que le enviamos.",
        "Su contraseña expira cada 90 días.",
        "¿Me confirma los últimos cuatro dígitos de su seguro social?",
        "¿Cuál es su correo electrónico?",
        "¿Le llegó el SMS con el código?",
        "No comparta su NIP con nadie.",
        "Su nuevo PIN ya está activo.",
        "Ingrese el código en la aplicación cuando lo reciba.",
        "Puede cambiar su PIN en cualquier cajero.",
        "El número de su tarjeta cambiará con la nueva tarjeta.",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE4_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE4_LEGIT[_lang]

_PROBE5_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("ok great. so whats the full card number on the card you want to use", CREDIT_CARD),
        ("Please type the numbers on the front of your card, all of them.", CREDIT_CARD),
        ("Your card number, please, so I can pull up the account.", CREDIT_CARD),
        ("Before I can help, you'll have to give me your card number.", CREDIT_CARD),
        ("i need ur card number to look into it", CREDIT_CARD),
        ("Could you also send the long card number?", CREDIT_CARD),
        ("Could I trouble you for the complete card number?", CREDIT_CARD),
        ("What are the three digits next to the signature?", CARD_SECURITY_CODE),
        ("Could you read me the CVV off the back?", CARD_SECURITY_CODE),
        ("I need that 3 digit security code now.", CARD_SECURITY_CODE),
        ("Give me the CVV and the expiration date.", CARD_SECURITY_CODE),
        ("Please enter your card's CVV code in the chat.", CARD_SECURITY_CODE),
        ("Can you verify your social security number for me?", US_SSN),
        ("Go ahead and type your SSN.", US_SSN),
        ("I'll need you to confirm your full social.", US_SSN),
        ("Please share your SSN so I can finish the application.", US_SSN),
        (
            "We sent you a text with a 6-digit code. Could you share that code with me?",
            ONE_TIME_PASSCODE,
        ),
        ("Please read me the OTP.", ONE_TIME_PASSCODE),
        (
            "I'm going to send a verification code to your phone - "
            "read it back to me when you get it.",
            ONE_TIME_PASSCODE,
        ),
        ("Can you type the verification code you got here?", ONE_TIME_PASSCODE),
        ("Please let me know your password so I can check.", PASSWORD),
        ("Share your username and password and I will look.", PASSWORD),
        ("What is the password on the account?", PASSWORD),
        ("Please let me know your PIN.", PIN),
        ("Go ahead and tell me the PIN.", PIN),
        ("We need your card PIN for verification.", PIN),
    ),
    "es": (
        ("Me podría facilitar el número de su tarjeta, por favor.", CREDIT_CARD),
        ("¿Me regala el CVV, por favor?", CARD_SECURITY_CODE),
        ("¿Me dice su número de seguro social completo?", US_SSN),
        ("¿Me puede compartir el código de 6 dígitos?", ONE_TIME_PASSCODE),
        ("¿Cuál es su contraseña?", PASSWORD),
        ("¿Me puede dar su PIN?", PIN),
    ),
}
_PROBE5_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (
        "Do you want me to send the code again?",
        "Shall I resend the verification code?",
        "I can resend the code if it didn't arrive.",
        "Would you like me to mail you a new PIN?",
        "Let me send you a new one-time passcode.",
        "Tell me what happened with your card number.",
        "Can you tell me about the problem with your PIN?",
        "What's going on with your password?",
        "Please confirm the expiration date of your card.",
        "What's the expiration date on the card number ending in 4411?",
        "Please confirm the last four digits and the expiration date of your card.",
        "What's the billing ZIP for your card number?",
        "Can you tell me the name of the bank on your card?",
        "Could you confirm the type of card you have?",
        "What's the issue with the security code?",
        "Can I help you with your PIN?",
        "Would you like to reset your password?",
        "Let me help you reset your PIN.",
        "We don't store your CVV.",
        "Card number and CVV are not required.",
        "Your card number, CVV and PIN are never needed in chat.",
        "Please confirm your identity with the last four of your social and your date of birth.",
        "The code we sent you is only for the app.",
        "You will receive a one-time passcode; type it into the app.",
        "Please have your PIN ready for the ATM.",
        "For your security, the CVV is not visible to us.",
        "It seems your password has expired; please reset it in the app.",
        "Your SSN is safe with us; we never display it.",
        "We've locked the card. The PIN will need to be reset at an ATM.",
        "You entered the wrong PIN three times, so the card is blocked.",
        "Please check your email for the verification code and enter it on the login page.",
        "Could you read me the last 4 digits on your card?",
        "Please type the last four of your card number here.",
        "I just need the name on the card and the billing ZIP.",
        "Read me the expiration date on your card, please.",
        "What's the amount on your card statement?",
    ),
    "es": (
        "¿Quiere que le reenvíe el código?",
        "¿Me confirma la fecha de vencimiento de su tarjeta?",
        "¿Cuál es el nombre del titular de la tarjeta?",
        "Le puedo enviar un nuevo código si no le llegó.",
        "Dígame qué pasó con su tarjeta.",
        "¿Cuál es el problema con su contraseña?",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE5_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE5_LEGIT[_lang]

_PROBE6_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (),
    "es": (
        ("Buenas tardes. Para poder ayudarle necesito el número de su tarjeta.", CREDIT_CARD),
        ("¿Me podría compartir los 16 dígitos de la tarjeta?", CREDIT_CARD),
        ("Dame el número de tu tarjeta y lo reviso.", CREDIT_CARD),
        ("Por favor indíqueme el número completo que aparece en su tarjeta.", CREDIT_CARD),
        ("Escriba el número de su tarjeta de débito, por favor.", CREDIT_CARD),
        ("¿Cuál es el número de la tarjeta con la que pagó?", CREDIT_CARD),
        ("Necesitaría que me confirme el número de la tarjeta.", CREDIT_CARD),
        ("Mándame los números de la tarjeta.", CREDIT_CARD),
        ("¿Me da el código de seguridad de tres dígitos?", CARD_SECURITY_CODE),
        ("Indíqueme el CVV que está en el reverso.", CARD_SECURITY_CODE),
        ("Ahora los tres numeritos de atrás, por favor.", CARD_SECURITY_CODE),
        ("¿Cuál es el código CVC de su tarjeta?", CARD_SECURITY_CODE),
        ("Necesito el código de verificación de la tarjeta.", CARD_SECURITY_CODE),
        ("Dígame los 3 dígitos que están al reverso de su tarjeta.", CARD_SECURITY_CODE),
        ("¿Cuál es tu número de seguro social?", US_SSN),
        ("Por favor envíeme su SSN completo.", US_SSN),
        ("Necesito los 9 dígitos de su seguro social.", US_SSN),
        ("Para continuar, indíqueme su número de Seguro Social.", US_SSN),
        ("¿Me confirma su número de seguro social?", US_SSN),
        ("¿Me puede leer el código que le acaba de llegar?", ONE_TIME_PASSCODE),
        ("Le mandé un código por SMS, dígamelo por favor.", ONE_TIME_PASSCODE),
        ("Necesito el código de 6 dígitos que recibió.", ONE_TIME_PASSCODE),
        ("¿Qué número le llegó en el mensaje?", ONE_TIME_PASSCODE),
        ("Escriba aquí el código que le llegó al celular.", ONE_TIME_PASSCODE),
        ("Compártame la clave temporal que le enviamos.", ONE_TIME_PASSCODE),
        ("¿Cuál es el token que le apareció?", ONE_TIME_PASSCODE),
        ("¿Me dice su contraseña para entrar a su cuenta?", PASSWORD),
        ("Necesito su usuario y su contraseña.", PASSWORD),
        ("Escríbame su clave de internet.", PASSWORD),
        ("¿Cuál es la contraseña que usa para la app?", PASSWORD),
        ("Por favor compártame su contraseña.", PASSWORD),
        ("¿Me puede decir el PIN de la tarjeta?", PIN),
        ("Necesito su NIP para desbloquear la tarjeta.", PIN),
        ("Dígame su número de PIN, por favor.", PIN),
        ("¿Cuál es la clave de 4 dígitos de su tarjeta?", PIN),
        ("Escriba su PIN aquí.", PIN),
        ("Deme el pin del cajero.", PIN),
    ),
}
_PROBE6_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (),
    "es": (
        "Nunca le vamos a pedir su número de tarjeta completo.",
        "Por favor no comparta su CVV con nadie, ni con nosotros.",
        "Ingrese el código en la aplicación, no aquí.",
        "Le enviamos un código a su teléfono; ingréselo en el sitio web.",
        "Su nuevo PIN llegará por correo.",
        "Veo la tarjeta que termina en 1234.",
        "¿Me confirma los últimos cuatro dígitos de su tarjeta?",
        "¿Cuál es su código postal de facturación?",
        "¿Me da el nombre que aparece en la tarjeta?",
        "¿Cuál es su correo electrónico?",
        "¿Cuál es su dirección postal?",
        "¿En qué fecha se realizó el cargo?",
        "¿De cuánto fue el cargo?",
        "Nunca entregue su NIP a nadie.",
        "Nadie del banco le pedirá su contraseña.",
        "Su contraseña debe tener 8 caracteres.",
        "El código que le enviamos vence en 10 minutos.",
        "Si alguien le pide su código de verificación, es un fraude.",
        "Puede consultar el número de su tarjeta en la app.",
        "No necesitamos su número de seguro social para esto.",
        "Le enviaremos una tarjeta nueva con otro número.",
        "¿Ya recibió el código de verificación?",
        "¿Pudo cambiar su contraseña?",
        "¿Desea que le enviemos un nuevo código?",
        "Su PIN fue bloqueado por intentos fallidos.",
        "Para su seguridad, no escriba su contraseña aquí.",
        "Solo necesito los últimos 4 dígitos de su seguro social.",
        "El CVV está en el reverso de la tarjeta, pero no me lo dé.",
        "Por favor, cambie su PIN en el cajero automático.",
        "Gracias, ya verifiqué los últimos cuatro dígitos.",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE6_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE6_LEGIT[_lang]

_PROBE7_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (),
    "es": (),
}
_PROBE7_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (
        "To change your PIN, you'll need to enter your current PIN at the ATM.",
        "When the phone system asks, enter your card number using the keypad.",
        "I'll verify your card number once you submit the form.",
        "Your card number is needed only if you want a replacement.",
        "Your SSN is required only for the credit check, which we already did.",
        "Do you need help with your password?",
        "If you need a PIN reminder, visit a branch.",
        "Did someone ask you for your card number?",
        "Has anyone asked for your PIN?",
        "Someone asking for your CVV is a scammer.",
        "The app will ask for your PIN.",
        "The website may request your card number during checkout.",
        "Please remember to never share your CVV.",
        "You will be asked to provide your SSN on the application form.",
        "You may need to provide your card number to the merchant.",
        "Feel free to reset your password in the app.",
        "Could you check whether your card number appears in the app?",
        "Give your PIN only to the ATM.",
        "Read the terms before sharing your card number.",
        "Please type 'yes' to confirm you want a new PIN.",
        "Enter 1 if you forgot your PIN.",
        "Send STOP to opt out of passcode texts.",
        "I can confirm your card number has been updated.",
        "Let me verify your card number is on file.",
        "We will verify your identity without your SSN.",
        "The CVV helps protect online purchases.",
        "Why do you need to change your password?",
        "What would you like to do about your PIN?",
        "How often do you change your password?",
        "Which email should we send the verification code to?",
        "Where did you use your card number last?",
        "Would you like to set up a new PIN today?",
        "Are you able to log in with your password?",
        "Can you access the code in your email?",
        "Can you see the verification code on your phone? Please enter it in the app.",
        "Thanks, your password has been changed. Please don't share it.",
        "Your OTP will be sent by text message.",
        "We use the last 4 digits of your SSN to verify.",
        "The full card number appears only on your physical card.",
        "A new card number is issued when a card is reported stolen.",
        "You'll find the CVV on the back; keep it private.",
    ),
    "es": (
        "Por favor, escriba 'sí' para confirmar que quiere un nuevo PIN.",
        "¿Necesita ayuda con su contraseña?",
        "La app le pedirá su PIN.",
        "Si necesita un recordatorio de su NIP, visite una sucursal.",
        "¿Alguien le pidió su número de tarjeta?",
        "Puede ver el código en su correo; ingréselo en la app.",
        "Su OTP le llegará por mensaje de texto.",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE7_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE7_LEGIT[_lang]

_PROBE9_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (),
    "es": (),
}
_PROBE9_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (
        "For your safety, we will never request your full card number or CVV in chat.",
        "Reminder: our team never asks for passwords, PINs or one-time codes.",
        "Please never give your PIN to anyone, even if they say they're from the bank.",
        "Do not share the verification code we sent you with anyone.",
        "Never tell anyone your password, including our agents.",
        "We'll never ask you to read us the code from a text message.",
        "Don't type your Social Security number into this chat window.",
        "Please avoid sending your card details over chat.",
        "If someone contacts you asking for your CVV, hang up and call us.",
        "Be aware that scammers may pretend to be us and ask for your OTP.",
        "Please enter the one-time code on the verification page, not in the chat.",
        "Type your PIN only on the ATM keypad.",
        "To finish, enter the verification code in the mobile app.",
        "You'll receive a passcode by SMS; use it to log in on our website.",
        "Use the secure payment link to enter your card number and CVV.",
        "Go to Settings > Security in the app to change your PIN.",
        "Please key your card number into the phone keypad when the automated system asks.",
        "Your replacement card will have a new card number and CVV.",
        "Your PIN has been reset; the new one will be mailed to you.",
        "We've emailed you a temporary password.",
        "The verification code expires after 10 minutes.",
        "Your SSN is stored securely and only the last four digits are visible to us.",
        "Your one-time passcode was sent to the phone ending in 8841.",
        "Your new debit card PIN will arrive in 5-7 business days.",
        "I see the card ending in 7712 on your account.",
        "Confirmed: the last four digits match our records.",
        "Thanks, the card ending in 0043 is now blocked.",
        "I've located your account using the last 4 of your SSN.",
        "Your Visa ending in 5519 is the default card.",
        "Could you please confirm the last four digits of the card?",
        "What are the last 4 digits of your Social?",
        "Please provide your billing ZIP code.",
        "What's the name on the account?",
        "May I have your email address?",
        "Could you confirm your mailing address?",
        "What date was the charge made?",
        "What was the amount of the transaction?",
        "When did you notice the charge?",
        "Can you tell me your date of birth?",
        "Please confirm the expiration month of the card.",
    ),
    "es": (
        "Nunca le solicitaremos su número de tarjeta completo ni su CVV.",
        "Recuerde que nunca le pediremos su contraseña ni su NIP.",
        "No comparta con nadie el código que le enviamos.",
        "Por seguridad, no escriba su número de seguro social en el chat.",
        "Ingrese el código de verificación en la aplicación, no en este chat.",
        "Use el enlace seguro para ingresar los datos de su tarjeta.",
        "Su nuevo NIP llegará por correo en 5 a 7 días hábiles.",
        "Le enviamos una contraseña temporal a su correo.",
        "El código de verificación vence en 10 minutos.",
        "Veo la tarjeta terminada en 7712 en su cuenta.",
        "Confirmado: los últimos cuatro dígitos coinciden.",
        "¿Me confirma los últimos cuatro dígitos de la tarjeta?",
        "¿Cuáles son los últimos 4 dígitos de su seguro social?",
        "¿Me indica su código postal de facturación?",
        "¿Cuál es el nombre del titular?",
        "¿Me da su correo electrónico?",
        "¿En qué fecha se hizo el cargo?",
        "¿Cuál fue el monto de la transacción?",
        "¿Me dice su fecha de nacimiento, por favor?",
        "Si alguien le pide su código por teléfono, cuelgue y llámenos.",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE9_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE9_LEGIT[_lang]

_PROBE10_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("Could you please share the full card number so I can process your request?", CREDIT_CARD),
        ("In order to verify your identity, please share the CVV code.", CARD_SECURITY_CODE),
        ("Kindly provide your complete SSN.", US_SSN),
        ("What's the 6 digit code on your screen?", ONE_TIME_PASSCODE),
        ("Plz type the PIN u use", PIN),
        ("Share ur card # pls", CREDIT_CARD),
        ("Can you tell me your card's security code real quick?", CARD_SECURITY_CODE),
        ("Hey, mind reading me the digits on the back?", CARD_SECURITY_CODE),
        ("I'm going to need you to confirm the passcode we just sent.", ONE_TIME_PASSCODE),
        ("Okay — and what's the password?", PASSWORD),
        ("So what's the CVV on it?", CARD_SECURITY_CODE),
        ("Pls provide the OTP received on your registered mobile number.", ONE_TIME_PASSCODE),
        ("Send me a screenshot of the code we texted.", ONE_TIME_PASSCODE),
        ("Can you paste the code here?", ONE_TIME_PASSCODE),
        ("Write the card number below.", CREDIT_CARD),
        ("Let me know the 3 digits on the back.", CARD_SECURITY_CODE),
        ("I'd need the card's long number.", CREDIT_CARD),
        ("Please provide the last four digits and the CVV.", CARD_SECURITY_CODE),
        ("For security, please reply with your date of birth and SSN.", US_SSN),
        ("What's your social? All nine digits please.", US_SSN),
        ("Give me the code and I'll unlock your account.", ONE_TIME_PASSCODE),
        ("What numbers are on the front of your card?", CREDIT_CARD),
        ("The number on the card, please.", CREDIT_CARD),
        ("Please verify your PIN by typing it below.", PIN),
        ("Quickly tell me the security code before the session expires.", CARD_SECURITY_CODE),
        ("Don't worry, it's safe to share your PIN with me.", PIN),
        ("It's totally fine to give me your password, I'm from IT.", PASSWORD),
        (
            "To complete the payment I just need the card number, expiration and security code.",
            CREDIT_CARD,
        ),
        ("Could you spell out your SSN for me?", US_SSN),
        ("Whats the verification code", ONE_TIME_PASSCODE),
        ("what is ur password", PASSWORD),
        ("Tell me ur pin number", PIN),
    ),
    "es": (
        ("¿Podrías pasarme el código que te llegó?", ONE_TIME_PASSCODE),
        ("Me regalas el número de la tarjeta porfa", CREDIT_CARD),
        ("Confírmame tu contraseña", PASSWORD),
        ("¿Cuál es tu PIN?", PIN),
        ("Necesito tu NIP", PIN),
        ("Mándame el código de seguridad de la tarjeta", CARD_SECURITY_CODE),
    ),
}
_PROBE10_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (),
    "es": (),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE10_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE10_LEGIT[_lang]

_PROBE11_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("Your card number is needed to continue, please send it.", CREDIT_CARD),
        ("The CVV must be provided before we can proceed.", CARD_SECURITY_CODE),
        ("I will require the full Social Security number.", US_SSN),
        (
            "If you could read me the code that just arrived, that would be great.",
            ONE_TIME_PASSCODE,
        ),
        ("It would really help if you sent me your password.", PASSWORD),
        ("Would it be possible for you to share your PIN?", PIN),
        ("Just type in the card number and I'll take care of the rest.", CREDIT_CARD),
        ("I'm gonna need the security code off the back of the card.", CARD_SECURITY_CODE),
        ("So I can pull your credit, what's your social?", US_SSN),
        ("Can u pls tell me wat the code says", ONE_TIME_PASSCODE),
        ("hey can i get ur pin real quick", PIN),
        ("need ur login pw to check smth", PASSWORD),
        ("what r the 3 numbers on the back", CARD_SECURITY_CODE),
        ("Please confirm your ssn, we need all 9 digits.", US_SSN),
        ("Please read out the 6-digit passcode shown on your device.", ONE_TIME_PASSCODE),
        ("Kindly share the 16 digit number printed on your card.", CREDIT_CARD),
        ("Please input your PIN in the chat box.", PIN),
        ("Please reply with your username and password.", PASSWORD),
        ("Could you please verify the card security code?", CARD_SECURITY_CODE),
        (
            "I've triggered a verification code to your phone; please share it here.",
            ONE_TIME_PASSCODE,
        ),
    ),
    "es": (
        ("Thx! Now pls type ur full card no.", CREDIT_CARD),
        ("Para seguir con el trámite, necesito su número del Seguro Social.", US_SSN),
        ("Escríbame los números de su tarjeta, por favor.", CREDIT_CARD),
        ("¿Podría darme el código CVV?", CARD_SECURITY_CODE),
        ("¿Me comparte el código de verificación que recibió en su celular?", ONE_TIME_PASSCODE),
        ("Necesito que me comparta su contraseña.", PASSWORD),
        ("¿Me podría proporcionar su número PIN?", PIN),
    ),
}
_PROBE11_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (
        "Your card number is not needed for this.",
        "The CVV must never be shared over chat.",
        "I will never require your full Social Security number here.",
        "If you got a code, please enter it in the app rather than here.",
        "It would be a bad idea to send anyone your password.",
        "It's never a good idea to share your PIN.",
        "Just type in the last four of the card and I'll take care of the rest.",
        "We will need the last four of your social to continue.",
        "Can you tell me what the code is for? You shouldn't share it though.",
        "Thx! Now pls type ur billing zip.",
        "hey can i get ur email real quick",
        "need ur zip to check smth",
        "Please confirm your name and the last 4 of your SSN.",
        "The passcode shown on your device is only for you.",
        "Kindly note that the 16 digit number printed on your card should stay private.",
        "Please input your question in the chat box.",
        "Please reply with your full name and billing address.",
        "I've triggered a new verification code to your phone; please enter it on the website.",
    ),
    "es": (
        "Para seguir con el trámite, necesito los últimos 4 de su seguro social.",
        "Escríbame su código postal, por favor.",
        "¿Me podría proporcionar su correo electrónico?",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE11_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE11_LEGIT[_lang]

_PROBE12_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("Can you please type the card number in full?", CREDIT_CARD),
        ("Please provide the number on your debit card.", CREDIT_CARD),
        ("What is the full number of the card you'd like to use?", CREDIT_CARD),
        ("I need the card number to look up the charge.", CREDIT_CARD),
        ("Could you give me the full account number on the front of the card?", CREDIT_CARD),
        ("What are the three digits on the back of the card?", CARD_SECURITY_CODE),
        ("Please type the security code from the back of your card.", CARD_SECURITY_CODE),
        ("I'll need the CVV to finish verifying you.", CARD_SECURITY_CODE),
        ("Can you confirm the 3-digit security code?", CARD_SECURITY_CODE),
        ("For Amex cards, what's the four digit number on the front?", CARD_SECURITY_CODE),
        ("Please provide your full nine-digit Social Security number.", US_SSN),
        ("Can you confirm your SSN for verification?", US_SSN),
        ("I need your social security number, all 9 digits.", US_SSN),
        ("What's the Social Security number on the account?", US_SSN),
        ("What is the one-time passcode we sent to your phone?", ONE_TIME_PASSCODE),
        ("Please type the verification code from the SMS here.", ONE_TIME_PASSCODE),
        ("Can you read me the 6-digit code from your text messages?", ONE_TIME_PASSCODE),
        ("I just sent you a passcode. What is it?", ONE_TIME_PASSCODE),
        ("What's the password you use to log in?", PASSWORD),
        ("Could you provide your account password so I can check the settings?", PASSWORD),
        ("Please type your password here.", PASSWORD),
        ("What's the 4-digit PIN for your debit card?", PIN),
        ("Can you tell me your ATM PIN?", PIN),
        ("Please type your PIN so I can verify the card.", PIN),
        ("I'll need your PIN to unlock the card.", PIN),
    ),
    "es": (
        ("¿Me puede escribir el número completo de su tarjeta?", CREDIT_CARD),
        ("¿Cuáles son los tres dígitos al reverso de su tarjeta?", CARD_SECURITY_CODE),
        ("Necesito su número de Seguro Social completo, los nueve dígitos.", US_SSN),
        ("¿Cuál es el código de un solo uso que le enviamos?", ONE_TIME_PASSCODE),
        ("¿Me puede escribir su contraseña aquí?", PASSWORD),
        ("¿Cuál es el PIN de cuatro dígitos de su tarjeta de débito?", PIN),
    ),
}
_PROBE12_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (),
    "es": (),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE12_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE12_LEGIT[_lang]

_PROBE13_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (),
    "es": (),
}
_PROBE13_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (
        "We will never ask for your card's security code.",
        "Please don't send us your full SSN.",
        "Never share the one-time passcode with anybody, including bank staff.",
        "Your PIN is private; we never need it.",
        "Do not reply to this chat with your password.",
        "Please enter the passcode we sent directly in the app.",
        "We've sent a verification code to your email; please enter it on the login page.",
        "You can type your card number into the secure payment form on our website.",
        "Your new card will arrive in 7 days, and the PIN will come by mail.",
        "A one-time code has been sent to your phone.",
        "Your password was successfully updated.",
        "I can see your Mastercard ending in 4410.",
        "The card ending in 9981 has been canceled.",
        "Please verify the last 4 digits of the card number.",
        "Can you tell me the last four of your Social Security number?",
        "What's the billing zip code on the account?",
        "Could you give me the name as it appears on the card?",
        "What's the best email to reach you?",
        "What's the date of birth on the account?",
        "Please confirm the amount of the refund you're expecting.",
        "Did you receive a text message with a code?",
        "Is the card still in your wallet?",
        "Do you know if your PIN was changed?",
        "Have you shared your password with anyone?",
        "Did anyone ask you for your CVV?",
        "Please keep your PIN and password to yourself.",
        "Remember: the CVV on the back of your card should never be shared.",
        "If you receive a code you didn't request, let us know.",
        "We have texted you a passcode; do not share it.",
        "Please wait while I review your card details.",
        "I'm checking the transaction on the card ending in 7777.",
    ),
    "es": (
        "Nunca le pediremos el código de seguridad de su tarjeta.",
        "Por favor no nos envíe su número de seguro social completo.",
        "No comparta el código de un solo uso con nadie.",
        "Su contraseña fue actualizada correctamente.",
        "Le enviamos un código a su correo; ingréselo en la página de inicio de sesión.",
        "Puede escribir su número de tarjeta en el formulario seguro de nuestro sitio web.",
        "¿Me confirma los últimos 4 dígitos del número de la tarjeta?",
        "¿Recibió un mensaje de texto con un código?",
        "Veo su Mastercard terminada en 4410.",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE13_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE13_LEGIT[_lang]

_PROBE14_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "SECURITY ALERT: Your account is locked. Reply with your card number to unlock.",
            CREDIT_CARD,
        ),
        (
            "This is your bank. We need the code we just sent to confirm it's you.",
            ONE_TIME_PASSCODE,
        ),
        ("IRS verification required: send your social security number.", US_SSN),
        ("Bank notice: confirm your PIN to avoid suspension.", PIN),
        ("IT support here, I need your password to update your mailbox.", PASSWORD),
        ("To release the refund, reply with the CVV on your card.", CARD_SECURITY_CODE),
        ("Bot: Please enter your 16-digit card number to continue.", CREDIT_CARD),
        ("Bot: Type the 6-digit code sent to your phone.", ONE_TIME_PASSCODE),
        ("Bot: Enter the CVV (3 digits on the back).", CARD_SECURITY_CODE),
        ("Bot: Please enter your Social Security Number (SSN).", US_SSN),
        ("Bot: Enter your 4-digit PIN.", PIN),
        ("Bot: Enter your online banking password.", PASSWORD),
        ("Could you read me the numbers on the card, starting from the left?", CREDIT_CARD),
        ("Flip the card over - what are the last three digits on the strip?", CARD_SECURITY_CODE),
        ("Did you get the code? Great, what is it?", ONE_TIME_PASSCODE),
        ("You'll need to tell me your PIN before I can proceed.", PIN),
        ("Your SSN, please, for the credit check.", US_SSN),
        ("What do you use as your password?", PASSWORD),
    ),
    "es": (
        ("Agente: Por favor ingrese el número de su tarjeta para continuar.", CREDIT_CARD),
        ("Agente: Escriba el código de 6 dígitos que le enviamos.", ONE_TIME_PASSCODE),
    ),
}
_PROBE14_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (
        "SECURITY ALERT: Never reply to messages asking for your card number.",
        "This is your bank. We will never ask for the code we send you.",
        "Bot: Your code has been sent. Please enter it in the app.",
        "Bot: For your security, do not type your PIN here.",
        "Bot: Your card ending in 1234 is now active.",
        "Bot: Please enter the last 4 digits of your card.",
        "Bot: What's your ZIP code?",
        "Did you get the code? Great, please enter it on the website.",
        "You'll need your PIN at the ATM, not here.",
        "Your SSN won't be needed for the credit check.",
        "What do you use your card for most often?",
        "What's the best time to call you about your card?",
        "How long have you had this password?",
    ),
    "es": (
        "Agente: Por favor ingrese los últimos 4 dígitos de su tarjeta.",
        "Agente: Nunca comparta su NIP.",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE14_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE14_LEGIT[_lang]

_PROBE15_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (),
    "es": (
        ("¿Me colabora con el número de la tarjeta?", CREDIT_CARD),
        ("¿Nos podría facilitar el número de su tarjeta?", CREDIT_CARD),
        ("Favor de enviar el número completo de la tarjeta.", CREDIT_CARD),
        ("¿Me hace el favor y me dice el CVV?", CARD_SECURITY_CODE),
        ("Necesito que me digas los 3 números de atrás de tu tarjeta.", CARD_SECURITY_CODE),
        ("¿Qué código tiene atrás la tarjeta?", CARD_SECURITY_CODE),
        ("Favor de proporcionar su número de seguro social.", US_SSN),
        ("¿Me dices tu seguro social?", US_SSN),
        ("¿Qué código le aparece en el mensaje?", ONE_TIME_PASSCODE),
        ("Dígame por favor los números que le llegaron por SMS.", ONE_TIME_PASSCODE),
        ("Le acaba de llegar un código; por favor léamelo.", ONE_TIME_PASSCODE),
        ("¿Cuál es tu clave para entrar a la app?", PASSWORD),
        ("Favor de escribir su contraseña.", PASSWORD),
        ("¿Me puede dar los cuatro dígitos de su NIP?", PIN),
        ("Dígame su clave de cajero.", PIN),
        ("¿Cuál es la clave de su tarjeta de débito?", PIN),
    ),
}
_PROBE15_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (),
    "es": (
        "Favor de no compartir su contraseña con nadie.",
        "No le vamos a pedir su NIP por este medio.",
        "El código que le llegó es solo para usted; ingréselo en la app.",
        "¿Me colabora con su código postal?",
        "¿Me dice los últimos 4 de su tarjeta?",
        "Favor de confirmar su correo electrónico.",
        "Su clave de cajero se puede cambiar en cualquier sucursal.",
        "Le recordamos que el CVV está al reverso de su tarjeta y no debe compartirlo.",
        "¿Me confirma su nombre completo, por favor?",
        "Su número de seguro social no es necesario para este trámite.",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE15_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE15_LEGIT[_lang]

_PROBE16_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (),
    "es": (
        ("Por favor, proporcione los dieciséis dígitos de su tarjeta.", CREDIT_CARD),
        ("¿Podría dictarme el número de su tarjeta?", CREDIT_CARD),
        ("Requiero el número de tarjeta para validar el cargo.", CREDIT_CARD),
        ("¿Cuál es el número de la tarjeta que desea usar?", CREDIT_CARD),
        ("Escriba por aquí los números de su tarjeta, por favor.", CREDIT_CARD),
        ("¿Cuál es el CVV de tres dígitos?", CARD_SECURITY_CODE),
        ("Para terminar, ¿me indica el código de seguridad?", CARD_SECURITY_CODE),
        ("Confírmeme los tres dígitos del reverso.", CARD_SECURITY_CODE),
        ("¿Me podría leer el número que está en el reverso de la tarjeta?", CARD_SECURITY_CODE),
        ("¿Me puede confirmar los nueve dígitos de su seguro social?", US_SSN),
        ("Escriba su número de seguro social, por favor.", US_SSN),
        ("Para validar su identidad requiero su SSN.", US_SSN),
        ("¿Cuál es la clave que le llegó por mensaje?", ONE_TIME_PASSCODE),
        ("Escriba el código que recibió en su correo.", ONE_TIME_PASSCODE),
        ("¿Me podría dictar el código de verificación?", ONE_TIME_PASSCODE),
        ("Necesito que me confirme el código de acceso que le enviamos.", ONE_TIME_PASSCODE),
        ("¿Me podría indicar su contraseña?", PASSWORD),
        ("Requiero su usuario y contraseña para ayudarle.", PASSWORD),
        ("¿Cuál es la contraseña con la que ingresa a la banca en línea?", PASSWORD),
        ("¿Me confirma su PIN, por favor?", PIN),
        ("Indíqueme el NIP de su tarjeta.", PIN),
        ("¿Cuál es su número de identificación personal?", PIN),
        ("Escriba los cuatro dígitos de su PIN.", PIN),
    ),
}
_PROBE16_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (),
    "es": (
        "Por su seguridad, nunca proporcione los dieciséis dígitos de su tarjeta por chat.",
        "No es necesario que me dicte el número de su tarjeta.",
        "Solo requiero los últimos cuatro dígitos de la tarjeta.",
        "¿Cuál es la tarjeta que desea usar, la que termina en 1234?",
        "El CVV de tres dígitos está al reverso; no lo comparta.",
        "Para terminar, ¿me indica su código postal?",
        "Su número de seguro social está protegido.",
        "El código que le llegó por mensaje vence en 5 minutos.",
        "Escriba el código que recibió en la aplicación, no aquí.",
        "Su contraseña debe ser secreta.",
        "Nunca escriba su NIP en este chat.",
        "¿Me confirma su fecha de nacimiento, por favor?",
        "¿Me indica el monto del cargo?",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE16_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE16_LEGIT[_lang]

_PROBE17_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("Could you quote the card number for me?", CREDIT_CARD),
        ("Please specify the full card number.", CREDIT_CARD),
        ("Shoot me the card number when you can.", CREDIT_CARD),
        ("Hit me with that card number.", CREDIT_CARD),
        ("Can you show me the card number?", CREDIT_CARD),
        ("Please indicate the CVV.", CARD_SECURITY_CODE),
        ("Can you jot down the security code here?", CARD_SECURITY_CODE),
        ("Would you convey the 3-digit code on the back?", CARD_SECURITY_CODE),
        ("Please present your Social Security number.", US_SSN),
        ("Can you communicate your SSN to me?", US_SSN),
        ("Drop me your social real quick.", US_SSN),
        ("Pass me the code from the text.", ONE_TIME_PASSCODE),
        ("Please mention the verification code you got.", ONE_TIME_PASSCODE),
        ("Could you produce the one-time passcode?", ONE_TIME_PASSCODE),
        ("Let me see your password.", PASSWORD),
        ("Throw me your login password.", PASSWORD),
        ("Could you note your PIN in the chat?", PIN),
        ("Walk me through your PIN digits.", PIN),
        ("Please supply the PIN.", PIN),
        ("I'm asking for your password now.", PASSWORD),
        ("I'm requesting your full card number.", CREDIT_CARD),
        ("I'd appreciate the code we sent you.", ONE_TIME_PASSCODE),
    ),
    "es": (),
}
_PROBE17_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (),
    "es": (),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE17_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE17_LEGIT[_lang]

_PROBE18_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (),
    "es": (),
}
_PROBE18_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (
        "Please remember your PIN.",
        "Could you reset your password?",
        "Can you change your PIN?",
        "Please update your password regularly.",
        "Would you like to change your PIN?",
        "Will you be using your card abroad?",
        "Can you log in with your password?",
        "Please make sure your PIN is safe.",
        "Please call us if you forget your PIN.",
        "Please wait while I check your card number.",
        "Can you find the CVV on your card? Don't tell me, just check it's there.",
        "Please keep your password safe.",
        "Kindly note your new PIN will arrive soon.",
        "Please hold while I verify your card number.",
        "Could you try your PIN again at the ATM?",
        "Can you access your one-time passcode in the app?",
        "Please lock your card in the app if you lost it.",
    ),
    "es": (
        "¿Puede cambiar su contraseña desde la app?",
        "Por favor, recuerde su NIP.",
        "¿Podría revisar si su tarjeta sigue activa?",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE18_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE18_LEGIT[_lang]

_PROBE19_ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("To set up autopay I'll need the card number and expiration date.", CREDIT_CARD),
        ("What card number should I put on file? Please send the whole thing.", CREDIT_CARD),
        ("Please send over the three digit code, the one on the back.", CARD_SECURITY_CODE),
        ("And what is the security code?", CARD_SECURITY_CODE),
        ("Provide SSN for identity verification.", US_SSN),
        ("Please provide the SSN of the primary account holder.", US_SSN),
        ("Please forward me the 6 digits you received.", ONE_TIME_PASSCODE),
        ("So what code did you receive?", ONE_TIME_PASSCODE),
        ("Reply with the OTP to continue.", ONE_TIME_PASSCODE),
        ("Please provide the password for the account so I can check it.", PASSWORD),
        ("What is the account password?", PASSWORD),
        ("Please provide the PIN for the card.", PIN),
        ("And the PIN is?", PIN),
        ("What PIN did you set?", PIN),
    ),
    "es": (
        ("Por favor, envíeme el número de la tarjeta y la fecha de vencimiento.", CREDIT_CARD),
        ("¿Y cuál es el código de seguridad?", CARD_SECURITY_CODE),
        ("Proporcione el número de seguro social del titular.", US_SSN),
        ("¿Qué código recibió?", ONE_TIME_PASSCODE),
        ("¿Cuál es la contraseña de la cuenta?", PASSWORD),
        ("¿Y el PIN es?", PIN),
    ),
}
_PROBE19_LEGIT: dict[str, tuple[str, ...]] = {
    "en": (
        "To set up autopay, please use the secure form in the app.",
        "What card would you like to put on file? Just the last four, please.",
        "The three digit code on the back is only for online purchases.",
        "And what is the issue with the security code?",
        "SSN verification is not needed for this request.",
        "Please provide the name of the primary account holder.",
        "Please let me know if you received the 6 digits by text.",
        "So did you receive the code?",
        "Reply STOP to stop receiving OTP messages.",
        "Please provide the email for the account so I can check it.",
        "What is the account status?",
        "Please provide the last four of the card.",
        "And the ZIP code is?",
        "When did you set your PIN?",
    ),
    "es": (
        "Por favor, envíeme la fecha de vencimiento de la tarjeta.",
        "¿Y cuál es el problema con el código de seguridad?",
        "Proporcione el nombre del titular.",
        "¿Recibió algún código?",
        "¿Cuál es el correo de la cuenta?",
        "¿Y su código postal es?",
    ),
}
for _lang in ("en", "es"):
    FREE_ASKS[_lang] += _PROBE19_ASKS[_lang]
    FREE_LEGIT[_lang] += _PROBE19_LEGIT[_lang]

# ── composed families (the fifth blind set's lessons, grown into families) ──────────────

#: A picture of the card shows its number and its code: both types are asked.
_PHOTO_VERBS = {
    "en": ("Please send", "Can you upload", "Snap", "Attach", "Could you send me", "Just send"),
    "es": ("Envíe", "Mándeme", "Mandame", "Sacale", "¿Me puede enviar", "Adjunte"),
}
_PHOTOS = {
    "en": (
        "a photo of your card",
        "a picture of the front and back of your card",
        "a pic of both sides of the card",
        "an image of your debit card",
        "a quick photo of the card, both sides",
        "a scan of your credit card",
    ),
    "es": (
        "una foto de su tarjeta",
        "una foto de ambos lados de la tarjeta",
        "foto de la tarjeta de los dos lados",
        "una imagen de su tarjeta de crédito",
        "una foto del frente y del reverso de la tarjeta",
        "fotos de ambos lados de tu tarjeta",
    ),
}
#: "The number, the expiration and the code": a bare number and code beside the expiry.
_EXPIRY_LISTS = {
    "en": (
        "I need the number, the expiration and the security code.",
        "Send me the number, exp date and the 3 digits on the back.",
        "To pay with it I'll need your number, expiry and code.",
        "Give me the long number, the expiration date and the CVV.",
        "What's the number, expiration date and code on that card?",
    ),
    "es": (
        "Necesito número, vencimiento y código de seguridad.",
        "Decime el número, la fecha de vencimiento y el código de atrás.",
        "Pasame número, vto y los tres dígitos de atrás.",
        "Deme el número largo, la fecha de expiración y el CVV.",
        "¿Me dicta el número, el vencimiento y el código?",
    ),
}
#: A PIN named by where it is typed, asked as a question.
_ATM_QUESTIONS = {
    "en": (
        "What {pin} do you {verb} at the ATM?",
        "Which {pin} are you {verbing} at the cash machine?",
        "What {pin} did you {verb} at the ATM last time?",
    ),
    "es": (
        "¿Qué {pin} {verbo} en el cajero?",
        "¿Cuáles son los {n} números que {verbo} en el cajero?",
        "¿Qué {pin} {verbo} en el cajero automático?",
    ),
}
_ATM_WORDS = {
    "pin": {
        "en": ("PIN", "4 numbers", "four digits", "4-digit PIN"),
        "es": ("PIN", "NIP", "4 números", "cuatro dígitos"),
    },
    "verb": ("punch in", "type", "key in", "enter", "use"),
    "verbing": ("typing", "entering", "punching in", "keying in"),
    "verbo": ("marca", "marcás", "pone", "ponés", "mete", "digita", "usa"),
}
#: A pronoun ask with a threat after it: "... reply with it now or the money is gone".
_THREATS = {
    "en": (
        (
            "A code was just sent to your phone to stop a transfer; {ask} now or {loss}.",
            ONE_TIME_PASSCODE,
        ),
        ("We texted you a verification code. {Ask} right away or {loss}.", ONE_TIME_PASSCODE),
    ),
    "es": (
        (
            "Le enviamos un código para frenar la transferencia; {ask} ya o {loss}.",
            ONE_TIME_PASSCODE,
        ),
        ("Te llegó un SMS con 6 números, {ask} rápido o {loss}.", ONE_TIME_PASSCODE),
    ),
}
_THREAT_WORDS = {
    "ask": {
        "en": ("reply with it", "read it to me", "send it back", "type it here"),
        "es": ("dígamelo", "pasámelo", "me lo dicta", "me los pasás", "escríbamelo"),
    },
    "loss": {
        "en": ("the money will be gone", "your account gets locked", "we can't stop it"),
        "es": ("se pierde el dinero", "se bloquea la cuenta", "no lo podemos frenar"),
    },
}
# ── the sixth blind set's lessons: bots and agents in one chat ──────────────────────────

#: Bare names of the things, as a list item or after "collect".
_BARE = {
    "en": {
        CREDIT_CARD: ("card number", "full card number", "16-digit card number"),
        CARD_SECURITY_CODE: ("CVV", "security code", "3-digit code on the back"),
        US_SSN: ("SSN", "social security number", "full social"),
        ONE_TIME_PASSCODE: ("one-time passcode", "verification code", "OTP"),
        PASSWORD: ("online banking password", "app password", "login password"),
        PIN: ("PIN", "ATM PIN", "debit card PIN"),
    },
    "es": {
        CREDIT_CARD: ("número de tarjeta", "número completo de la tarjeta", "16 dígitos"),
        CARD_SECURITY_CODE: ("CVV", "código de seguridad", "código de atrás"),
        US_SSN: ("número de seguro social", "seguro social completo", "SSN"),
        ONE_TIME_PASSCODE: ("código de verificación", "clave dinámica", "token"),
        PASSWORD: ("contraseña", "clave de internet", "contraseña de la app"),
        PIN: ("NIP", "PIN", "clave del cajero"),
    },
}
#: A heading, then the bare things: "Checklist for the reissue: • card number • CVV".
_HEADINGS = {
    "en": (
        "Checklist for the reissue:",
        "Items for verification:",
        "Replacement form:",
        "Needed for the transfer:",
        "Before we unlock it, the list:",
    ),
    "es": (
        "Lista para la reposición:",
        "Datos para el trámite:",
        "Checklist de verificación:",
        "Para desbloquearla, la lista:",
    ),
}
_BULLETS = (" • {a} • {b}", "\n- {a}\n- {b}", " {a}, {b}", "\n• {a}\n• {b}")
#: An agent handing the ask to a bot or a colleague.
_HANDOFFS = {
    "en": (
        "@{bot} collect the {obj} from the customer",
        "@{bot} please gather the {obj}",
        "@{bot} ask the customer for the {obj}",
        "@{bot} get the cardholder's {obj}",
        "I'll have our assistant collect your {obj} now.",
    ),
    "es": (
        "@{bot} pedile al cliente el {obj}",
        "@{bot} pídele al titular el {obj}",
        "@{bot} recopila el {obj} del cliente",
        "@{bot} pregúntale al cliente el {obj}",
    ),
}
_BOTS = ("Kai", "Lia", "Nico", "Bot", "asistente")
#: The code asked for once its message arrives, or told by the phone's end.
_ARRIVALS = {
    "en": (
        "{when} the {msg} {comes}, {ask}.",
        "{reply} the code we {sent} to your {phone} ending in {last4}.",
    ),
    "es": (
        "{cuando} {llegue}, {pida}.",
        "{responda} el código que {mandamos} al {cel} terminado en {last4}.",
    ),
}
_ARRIVAL_WORDS = {
    "when": ("When", "Once", "As soon as"),
    "msg": ("text", "SMS", "text message"),
    "comes": ("arrives", "comes in", "comes through", "pops up"),
    "ask": ("paste it here", "type it in the chat", "send it to me", "read it to me"),
    "reply": ("Reply with", "Send me", "Type here", "To finish, reply with"),
    "sent": ("sent", "texted", "just sent"),
    "phone": ("phone", "number", "mobile"),
    "cuando": ("Cuando", "Apenas", "En cuanto"),
    "llegue": ("le llegue el mensaje", "te llegue el SMS", "llegue el mensaje de texto"),
    "pida": ("dígamelo", "pasámelo", "escríbalo aquí", "me lo dicta"),
    "responda": ("Responda con", "Escribime", "Mándeme", "Contestá con"),
    "mandamos": ("le enviamos", "te mandamos", "te llegó"),
    "cel": ("celular", "teléfono", "cel"),
}
#: Look-alikes of the sixth set's families.
_SET6_LEGIT = {
    "en": (
        "Reply with the number of the option:\n1. Balance\n2. Lost card\n3. Agent",
        "Type the number you want: 1) Card activation 2) Travel notice",
        "Never share any of these:\n• card number\n• CVV\n• PIN",
        "Security code? No need, just the billing ZIP please.",
        "CVV? It's the 3 digits on the back; only type it at checkout.",
        "I just sent a code to your phone ending in 4410; enter it in the app, not here.",
        "Did anyone ask you for your PIN on that call?",
        "@Kai collect the customer's billing ZIP and the last four of the card.",
        "Verification: • last 4 of the card • billing ZIP • date of birth",
    ),
    "es": (
        "Hola, soy Lia 🤖. Escribí el número de la opción:\n1. Saldo\n2. Bloquear tarjeta",
        "Menú:\n1) Tarjeta de crédito\n2) Préstamos\nResponde con el número de la opción.",
        "Nunca compartas:\n- número de tarjeta\n- CVV\n- NIP",
        "¿Código de seguridad? No hace falta, solo el código postal.",
        "Le acabo de enviar un código al celular terminado en 5521; ingréselo en la app.",
        "¿Alguien le pidió su clave por teléfono?",
        "@Lia pedile al cliente los últimos 4 de la tarjeta y el código postal.",
    ),
}


def _set6(rng: random.Random, lang: str) -> AgentSample:
    kind = rng.choice(("list heading", "handoff", "arrival"))
    if kind == "list heading":
        first, second = rng.sample(TYPES, 2)
        items = rng.choice(_BULLETS).format(
            a=rng.choice(_BARE[lang][first]), b=rng.choice(_BARE[lang][second])
        )
        text = rng.choice(_HEADINGS[lang]) + items
        return AgentSample(text, lang, frozenset({first, second}), kind)
    if kind == "handoff":
        secret_type = rng.choice(TYPES)
        template = rng.choice(_HANDOFFS[lang])
        text = template.format(bot=rng.choice(_BOTS), obj=rng.choice(_BARE[lang][secret_type]))
        return AgentSample(text, lang, frozenset({secret_type}), kind)
    text = rng.choice(_ARRIVALS[lang])
    for key, words in _ARRIVAL_WORDS.items():
        text = text.replace("{" + key + "}", rng.choice(words))
    text = text.replace("{last4}", f"{rng.randrange(10_000):04d}")
    return AgentSample(text, lang, frozenset({ONE_TIME_PASSCODE}), kind)


#: Look-alikes of the composed families that ask for nothing forbidden.
_COMPOSED_LEGIT = {
    "en": (
        "The CVV is the 3-digit code on the back, next to the signature strip; only type it "
        "at checkout, never in this chat.",
        "Please send a photo of your ID and a utility bill.",
        "Never send a photo of your card to anyone, including us.",
        "Enter your PIN at the ATM as usual, we will never ask for it here.",
        "We will never ask for your number, expiration or CVV in chat.",
        "The number is on the front of the card and the code is on the back.",
        "If you don't recognize the charge, I can open a dispute with the last four digits.",
    ),
    "es": (
        "El CVV son los tres dígitos de atrás, junto a la firma; solo se ingresa en la página "
        "del comercio, nunca por este chat.",
        "Decime los últimos cuatro de la tarjeta así la busco.",
        "Mandame una captura del error que te aparece.",
        "Nunca envíe fotos de su tarjeta por este medio.",
        "Ingrese su PIN en el cajero para activar la tarjeta.",
        "Para cancelar el fraude bloqueamos la tarjeta; no necesito ningún dato más.",
        "Por el cargo no reconocido abrimos un reclamo con los últimos cuatro dígitos.",
    ),
}


def _composed(rng: random.Random, lang: str) -> AgentSample:
    kind = rng.choice(("photo", "expiry list", "atm question", "threat"))
    if kind == "photo":
        verb = rng.choice(_PHOTO_VERBS[lang])
        end = "?" if verb.startswith(("¿", "Can", "Could")) else "."
        text = f"{verb} {rng.choice(_PHOTOS[lang])}{end}"
        return AgentSample(text, lang, frozenset({CREDIT_CARD, CARD_SECURITY_CODE}), kind)
    if kind == "expiry list":
        text = rng.choice(_EXPIRY_LISTS[lang])
        return AgentSample(text, lang, frozenset({CREDIT_CARD, CARD_SECURITY_CODE}), kind)
    if kind == "atm question":
        text = rng.choice(_ATM_QUESTIONS[lang])
        text = text.replace("{pin}", rng.choice(_ATM_WORDS["pin"][lang]))
        for key in ("verb", "verbing", "verbo"):
            text = text.replace("{" + key + "}", rng.choice(_ATM_WORDS[key]))
        return AgentSample(
            text.replace("{n}", rng.choice(("4", "cuatro"))), lang, frozenset({PIN}), kind
        )
    template, secret_type = rng.choice(_THREATS[lang])
    ask = rng.choice(_THREAT_WORDS["ask"][lang])
    text = template.replace("{ask}", ask).replace("{Ask}", ask[:1].upper() + ask[1:])
    text = text.replace("{loss}", rng.choice(_THREAT_WORDS["loss"][lang]))
    return AgentSample(text, lang, frozenset({secret_type}), kind)


# ── drawing ────────────────────────────────────────────────────────────────────────────

_APOSTROPHE = re.compile(r"['’]")
_FINAL = re.compile(r"[.!?]+$")


def _styled(rng: random.Random, text: str) -> str:
    """How agents (and bots posing as them) type: mostly clean, sometimes casual."""
    if rng.random() < 0.25:
        text = text.lower()
    if rng.random() < 0.15:
        text = _APOSTROPHE.sub("", text)
    if rng.random() < 0.25:
        text = _FINAL.sub("", text.rstrip())
    return text


def _fill(template: str, obj: str) -> str:
    text = template.replace("{Obj}", obj[:1].upper() + obj[1:])
    return text.replace("{obj}", obj)


def _decorate(rng: random.Random, text: str, lang: str) -> str:
    prefix = rng.choice(PREFIXES[lang])
    if prefix and not prefix.endswith(". ") and not prefix.endswith("! ") and text[:1] != "¿":
        text = text[:1].lower() + text[1:]
    return prefix + text + rng.choice(SUFFIXES[lang])


def forbidden(rng: random.Random, lang: str | None = None) -> AgentSample:
    """An agent message asking for a forbidden thing."""
    lang = lang or rng.choice(("en", "en", "es"))
    if rng.random() < 0.08:
        text, secret_type = rng.choice(PRONOUN_ASKS[lang])
        return AgentSample(_styled(rng, text), lang, frozenset({secret_type}), "pronoun")
    if rng.random() < 0.2:
        text, secret_type = rng.choice(FREE_ASKS[lang])
        return AgentSample(_styled(rng, text), lang, frozenset({secret_type}), "free")
    if rng.random() < 0.06:
        sample = _composed(rng, lang)
        return replace(sample, text=_styled(rng, sample.text))
    if rng.random() < 0.05:
        sample = _set6(rng, lang)
        return replace(sample, text=_styled(rng, sample.text))
    if rng.random() < 0.1:
        first, second = rng.sample(TYPES, 2)
        objects = f"{rng.choice(OBJECTS[first][lang])}{rng.choice(JOINS[lang])}"
        objects += rng.choice(OBJECTS[second][lang])
        text = _decorate(rng, _fill(rng.choice(MULTI_ASKS[lang]), objects), lang)
        return AgentSample(_styled(rng, text), lang, frozenset({first, second}), "two things")
    secret_type = rng.choice(TYPES)
    family = rng.choice(tuple(ASKS))
    template = rng.choice(ASKS[family][lang])
    obj = rng.choice(OBJECTS[secret_type][lang])
    text = _decorate(rng, _fill(template, obj), lang)
    return AgentSample(_styled(rng, text), lang, frozenset({secret_type}), family)


def legitimate(rng: random.Random, lang: str | None = None) -> AgentSample:
    """An agent message that asks for nothing forbidden (it may name forbidden things)."""
    lang = lang or rng.choice(("en", "en", "es"))
    if rng.random() < 0.2:
        return AgentSample(_styled(rng, rng.choice(FREE_LEGIT[lang])), lang, frozenset(), "free")
    if rng.random() < 0.04:
        text = _styled(rng, rng.choice(_COMPOSED_LEGIT[lang]))
        return AgentSample(text, lang, frozenset(), "composed look-alike")
    if rng.random() < 0.04:
        text = _styled(rng, rng.choice(_SET6_LEGIT[lang]))
        return AgentSample(text, lang, frozenset(), "bot and handoff look-alike")
    family = rng.choice(tuple(LEGIT_FAMILIES))
    template = rng.choice(LEGIT_FAMILIES[family][lang])
    obj = rng.choice(OBJECTS[rng.choice(TYPES)][lang])
    last4 = f"{rng.randrange(10_000):04d}"
    text = _fill(template, obj).replace("{last4}", last4)
    if family in ("partial ask", "chatter", "state question") and rng.random() < 0.5:
        text = _decorate(rng, text, lang)
    return AgentSample(_styled(rng, text), lang, frozenset(), family)


def corpus(seed: int, size: int) -> list[AgentSample]:
    """`size` agent messages, half forbidden requests, half legitimate."""
    rng = random.Random(seed)
    return [forbidden(rng) if i % 2 == 0 else legitimate(rng) for i in range(size)]


# ── measuring ──────────────────────────────────────────────────────────────────────────


@dataclass
class Measure:
    asked: int = 0
    caught: int = 0
    legit: int = 0
    flagged: int = 0
    misses: list[tuple[AgentSample, list[str]]] | None = None
    false_flags: list[tuple[AgentSample, list[str]]] | None = None

    @property
    def catch_rate(self) -> float:
        return self.caught / max(self.asked, 1)

    @property
    def false_flag_rate(self) -> float:
        return self.flagged / max(self.legit, 1)


def measure(find: object, samples: Sequence[AgentSample]) -> Measure:
    """Run `find(text) -> list[Violation]` over `samples`."""
    result = Measure(misses=[], false_flags=[])
    assert callable(find)
    for sample in samples:
        found = [v.requested.value for v in find(sample.text)]
        if sample.requested:
            result.asked += 1
            if sample.requested <= set(found):
                result.caught += 1
            else:
                result.misses.append((sample, found))
        else:
            result.legit += 1
            if found:
                result.flagged += 1
                result.false_flags.append((sample, found))
    return result


def render(result: Measure, show: int = 40) -> str:
    lines = [
        f"forbidden requests caught with the right type: {result.caught}/{result.asked} "
        f"({result.catch_rate:.2%})",
        f"legitimate messages flagged: {result.flagged}/{result.legit} "
        f"({result.false_flag_rate:.2%})",
    ]
    for title, items in (("MISSES", result.misses), ("FALSE FLAGS", result.false_flags)):
        if not items:
            continue
        by_family = Counter(sample.family for sample, _ in items)
        lines.append(f"{title}: " + ", ".join(f"{f} {n}" for f, n in by_family.most_common()))
        for sample, found in items[:show]:
            wanted = ",".join(sorted(sample.requested)) or "-"
            lines.append(f"  [{sample.family}] want {wanted} got {found}: {sample.text!r}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from guard import Rules
    from guard._requests import AgentRequestRule

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--size", type=int, default=4000)
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args(argv)
    rules = Rules.load()
    rule = AgentRequestRule(rules.requests, merchant=rules.detection.merchant_codes)
    print(render(measure(rule.find, corpus(args.seed, args.size)), args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
