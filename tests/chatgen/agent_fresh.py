"""A blind probe set of agent messages: forbidden requests and legitimate messages.

Written blind on 2026-11-27, without reading rules/, guard/ or the phrasings of
tests/chatgen/agent.py, from general knowledge of how real support agents and phishers
write, in English and Spanish. It is a measure only, never tuning data: do not change
the engine to pass these exact phrasings, and do not edit the phrasings after seeing
results (only a genuinely mislabelled probe may be fixed, saying which).

    python -c "from tests.chatgen.agent_fresh import samples; print(len(samples()))"
"""

from __future__ import annotations

from tests.chatgen.agent import (
    CARD_SECURITY_CODE,
    CREDIT_CARD,
    ONE_TIME_PASSCODE,
    PASSWORD,
    PIN,
    US_SSN,
    AgentSample,
)

CC = CREDIT_CARD
CVV = CARD_SECURITY_CODE
SSN = US_SSN
OTP = ONE_TIME_PASSCODE
PW = PASSWORD

# (text, lang, requested types, family)
_FORBIDDEN: list[tuple[str, str, tuple[str, ...], str]] = [
    # full card number
    (
        "Can you please provide the full 16-digit number on the front of your card?",
        "en",
        (CC,),
        "f-question",
    ),
    (
        "Please type out your complete card number so I can pull up the account.",
        "en",
        (CC,),
        "f-imperative",
    ),
    ("I'll need the long number across the front of the card to continue.", "en", (CC,), "f-need"),
    (
        "Go ahead and type the card number in here, all of it, no spaces needed.",
        "en",
        (CC,),
        "f-type-it",
    ),
    ("Could I get your name, billing zip, and the full card number?", "en", (CC,), "f-hidden"),
    (
        "The number printed on your card, could you read all of it back to me?",
        "en",
        (CC,),
        "f-pronoun",
    ),
    (
        "Can you read me the numbers on the front of your card, starting from the first one?",
        "en",
        (CC,),
        "f-question",
    ),
    ("whats the card # on ur visa? need the whole thing", "en", (CC,), "f-casual"),
    (
        "URGENT: your account will be suspended in 30 minutes unless "
        "you verify your full card number below.",
        "en",
        (CC,),
        "f-phishing",
    ),
    ("¿Me puede proporcionar el número completo de su tarjeta?", "es", (CC,), "f-question"),
    (
        "Por favor, escriba los 16 dígitos de su tarjeta aquí en el chat.",
        "es",
        (CC,),
        "f-imperative",
    ),
    (
        "Necesito el número de la tarjeta completo para verificar su identidad.",
        "es",
        (CC,),
        "f-need",
    ),
    ("mandame el numero de tu tarjeta completo porfa", "es", (CC,), "f-casual"),
    # card security code
    ("What's the three-digit security code on the back of your card?", "en", (CVV,), "f-question"),
    ("Please send me the CVV so I can complete the verification.", "en", (CVV,), "f-imperative"),
    ("I'll also need the CVC from the back of the card.", "en", (CVV,), "f-need"),
    ("Go ahead and type the 3 digits next to the signature strip.", "en", (CVV,), "f-type-it"),
    (
        "To verify, I just need the last four digits of your card and the CVV.",
        "en",
        (CVV,),
        "f-hidden",
    ),
    ("Can you give me the expiration date and security code?", "en", (CVV,), "f-hidden"),
    (
        "For Amex it's the 4-digit CID printed on the front, can you tell me what it says?",
        "en",
        (CVV,),
        "f-pronoun",
    ),
    ("quick one - can u send the cvv? the lil code on back", "en", (CVV,), "f-casual"),
    (
        "Final notice: confirm your card's security code within 15 "
        "minutes or your card will be permanently blocked.",
        "en",
        (CVV,),
        "f-phishing",
    ),
    (
        "¿Cuál es el código de seguridad que aparece al reverso de su tarjeta?",
        "es",
        (CVV,),
        "f-question",
    ),
    ("Indíqueme por favor el CVV de su tarjeta.", "es", (CVV,), "f-imperative"),
    ("Necesito los tres dígitos que están detrás de la tarjeta.", "es", (CVV,), "f-need"),
    ("¿Me confirma su fecha de nacimiento, su correo y el CVV?", "es", (CVV,), "f-hidden"),
    ("pasame el cvv porfa y lo resolvemos rapidito", "es", (CVV,), "f-casual"),
    # full SSN
    ("Can you verify your full Social Security number for me?", "en", (SSN,), "f-question"),
    ("Please provide your complete SSN, all nine digits.", "en", (SSN,), "f-imperative"),
    ("I'll need your social security number to reopen the dispute.", "en", (SSN,), "f-need"),
    ("Go ahead and type your SSN in the box below.", "en", (SSN,), "f-type-it"),
    (
        "Can I have your date of birth, your email on file and your full social?",
        "en",
        (SSN,),
        "f-hidden",
    ),
    ("Not just the last four, I need the entire social, please.", "en", (SSN,), "f-pronoun"),
    ("need ur ssn real quick to finish this up", "en", (SSN,), "f-casual"),
    (
        "IRS-related hold detected on your card. Reply with your "
        "Social Security Number immediately to avoid closure.",
        "en",
        (SSN,),
        "f-phishing",
    ),
    ("¿Me podría dar su número de Seguro Social completo?", "es", (SSN,), "f-question"),
    (
        "Escriba los nueve dígitos de su número de seguro social, por favor.",
        "es",
        (SSN,),
        "f-imperative",
    ),
    ("Voy a necesitar su SSN completo para continuar con el trámite.", "es", (SSN,), "f-need"),
    ("dame tu numero de seguro social y te desbloqueo la cuenta", "es", (SSN,), "f-casual"),
    # one-time passcode
    ("We just texted you a 6-digit code. Can you read it to me?", "en", (OTP,), "f-pronoun"),
    ("What's the verification code you received by SMS?", "en", (OTP,), "f-question"),
    (
        "Please send me the one-time passcode that just arrived on your phone.",
        "en",
        (OTP,),
        "f-imperative",
    ),
    ("I'll need the OTP we sent to your email to proceed.", "en", (OTP,), "f-need"),
    ("Go ahead and type the code from the text message here.", "en", (OTP,), "f-type-it"),
    (
        "You should have gotten a text from us a moment ago. What does it say?",
        "en",
        (OTP,),
        "f-pronoun",
    ),
    (
        "Please confirm your ZIP code and the security code we just texted you.",
        "en",
        (OTP,),
        "f-hidden",
    ),
    ("got the code? just paste it here", "en", (OTP,), "f-casual"),
    (
        "Fraud alert! To stop the pending $950 charge, reply NOW "
        "with the 6-digit code sent to your device.",
        "en",
        (OTP,),
        "f-phishing",
    ),
    ("¿Me puede decir el código que le acabamos de enviar por SMS?", "es", (OTP,), "f-pronoun"),
    (
        "Por favor, escriba aquí el código de verificación de un solo uso.",
        "es",
        (OTP,),
        "f-imperative",
    ),
    ("Le llegó un mensaje de texto con un código; léamelo, por favor.", "es", (OTP,), "f-pronoun"),
    ("pasame el codigo q te llego al cel", "es", (OTP,), "f-casual"),
    # password
    ("What's the password you use to log in to the app?", "en", (PW,), "f-question"),
    (
        "Please tell me your online banking password so I can check the settings.",
        "en",
        (PW,),
        "f-imperative",
    ),
    ("I'll need your login password to reset the account from my side.", "en", (PW,), "f-need"),
    ("Go ahead and type your current password and I'll take a look.", "en", (PW,), "f-type-it"),
    ("Can you share your username and password for the mobile app?", "en", (PW,), "f-hidden"),
    (
        "Whatever you set when you enrolled online, the password, can you type it out for me?",
        "en",
        (PW,),
        "f-pronoun",
    ),
    ("can u send me ur pasword? the one for the website", "en", (PW,), "f-casual"),
    (
        "Security breach detected on your profile. Verify your "
        "password within 10 minutes to keep access.",
        "en",
        (PW,),
        "f-phishing",
    ),
    ("¿Cuál es la contraseña de su banca en línea?", "es", (PW,), "f-question"),
    ("Escríbame su contraseña actual para revisar el acceso.", "es", (PW,), "f-imperative"),
    ("Necesito su clave de acceso a la app para continuar.", "es", (PW,), "f-need"),
    ("mandame tu contrasena y te lo arreglo", "es", (PW,), "f-casual"),
    # PIN
    ("What's the PIN you use at the ATM?", "en", (PIN,), "f-question"),
    (
        "Please type your four-digit PIN here so I can unlock the card.",
        "en",
        (PIN,),
        "f-imperative",
    ),
    ("I'll need your card PIN to confirm you're the cardholder.", "en", (PIN,), "f-need"),
    ("Go ahead and enter your PIN in the chat, it's secure.", "en", (PIN,), "f-type-it"),
    ("Can you confirm your billing ZIP and your PIN number?", "en", (PIN,), "f-hidden"),
    (
        "The four digits you punch in at the ATM, can you send those over?",
        "en",
        (PIN,),
        "f-pronoun",
    ),
    ("whats ur pin? need it to verify", "en", (PIN,), "f-casual"),
    (
        "Your debit card has been frozen for suspicious activity. "
        "Send your PIN now to reactivate it.",
        "en",
        (PIN,),
        "f-phishing",
    ),
    ("¿Cuál es el PIN de su tarjeta?", "es", (PIN,), "f-question"),
    ("Por favor, escriba su NIP aquí.", "es", (PIN,), "f-imperative"),
    (
        "Necesito su número de identificación personal para desbloquear la tarjeta.",
        "es",
        (PIN,),
        "f-need",
    ),
    ("¿Me da los últimos cuatro dígitos y la clave del cajero?", "es", (PIN,), "f-hidden"),
    ("pasame tu pin y listo", "es", (PIN,), "f-casual"),
    # several at once
    (
        "To finish verification, I need the card number, the expiration date and the CVV.",
        "en",
        (CC, CVV),
        "f-multi",
    ),
    ("I'll need your username, password, and the code we texted you.", "en", (PW, OTP), "f-multi"),
    (
        "Por favor envíeme el número de la tarjeta, la fecha de "
        "vencimiento y el código de seguridad.",
        "es",
        (CC, CVV),
        "f-multi",
    ),
    (
        "Para verificar necesito su número de seguro social y el PIN de la tarjeta.",
        "es",
        (SSN, PIN),
        "f-multi",
    ),
    (
        "URGENTE: su tarjeta será bloqueada hoy. Responda con su "
        "número de tarjeta y CVV para evitarlo.",
        "es",
        (CC, CVV),
        "f-phishing",
    ),
    (
        "Verifique su identidad enviando su contraseña en los "
        "próximos 10 minutos o perderá el acceso.",
        "es",
        (PW,),
        "f-phishing",
    ),
]

# (text, lang, family): asks for nothing forbidden
_LEGITIMATE: list[tuple[str, str, str]] = [
    # allowed partial asks
    ("Can you confirm the last four digits of your card?", "en", "l-partial"),
    ("Could you give me the last 4 of your social, please?", "en", "l-partial"),
    ("What's the billing ZIP code on the account?", "en", "l-partial"),
    ("May I have your full name and date of birth?", "en", "l-partial"),
    ("What email address do you have on file with us?", "en", "l-partial"),
    (
        "To verify, please give me the last four digits of your SSN and your ZIP code.",
        "en",
        "l-partial",
    ),
    ("Just the last four of the card number, please, not the whole thing.", "en", "l-partial"),
    ("¿Me puede confirmar los últimos cuatro dígitos de su tarjeta?", "es", "l-partial"),
    ("¿Cuál es su código postal de facturación?", "es", "l-partial"),
    ("¿Me indica su nombre completo y fecha de nacimiento?", "es", "l-partial"),
    ("Por favor, dígame los últimos 4 dígitos de su número de Seguro Social.", "es", "l-partial"),
    ("¿Cuál es el correo electrónico registrado en su cuenta?", "es", "l-partial"),
    # warnings
    ("Please never share your PIN with anyone, including us.", "en", "l-warning"),
    (
        "Reminder: we will never ask for your full card number, CVV or password in this chat.",
        "en",
        "l-warning",
    ),
    (
        "Don't send your one-time code to anyone. Our agents will never ask for it.",
        "en",
        "l-warning",
    ),
    ("For your safety, please don't type your Social Security number here.", "en", "l-warning"),
    (
        "If someone calls asking for your password, hang up and call "
        "the number on the back of your card.",
        "en",
        "l-warning",
    ),
    (
        "Never give out the security code on the back of your card over chat or email.",
        "en",
        "l-warning",
    ),
    (
        "We'll never text you asking for your PIN. If you get a message like that, it's a scam.",
        "en",
        "l-warning",
    ),
    ("Nunca comparta su PIN con nadie, ni siquiera con nosotros.", "es", "l-warning"),
    ("Recuerde: jamás le pediremos su contraseña ni el código de verificación.", "es", "l-warning"),
    (
        "Por su seguridad, no escriba el número completo de su tarjeta en este chat.",
        "es",
        "l-warning",
    ),
    ("No comparta el CVV de su tarjeta por correo ni por mensaje.", "es", "l-warning"),
    # another channel
    ("Please enter your PIN on the keypad, not here in the chat.", "en", "l-channel"),
    (
        "You can reset your password yourself in the app under Settings > Security.",
        "en",
        "l-channel",
    ),
    (
        "Type the verification code into the app screen that's open "
        "on your phone. No need to share it with me.",
        "en",
        "l-channel",
    ),
    ("You'll be asked for the CVV on the merchant's checkout page, not by us.", "en", "l-channel"),
    (
        "When the automated system prompts you, key in your full "
        "card number using your phone's keypad.",
        "en",
        "l-channel",
    ),
    (
        "Please update your SSN on the secure form in your online profile; don't put it in chat.",
        "en",
        "l-channel",
    ),
    ("Ingrese su PIN en el teclado del cajero, no aquí.", "es", "l-channel"),
    ("Puede cambiar su contraseña desde la app, en Configuración.", "es", "l-channel"),
    ("Escriba el código directamente en la app; no hace falta que me lo envíe.", "es", "l-channel"),
    # information
    ("We just sent a one-time code to the phone number ending in 4417.", "en", "l-info"),
    ("Your new card and PIN mailer will arrive separately in 5-7 business days.", "en", "l-info"),
    ("Your password was successfully reset a few minutes ago.", "en", "l-info"),
    (
        "The CVV is the three-digit number on the back of your card, near the signature strip.",
        "en",
        "l-info",
    ),
    ("A PIN is a 4-digit number you use at ATMs and some point-of-sale terminals.", "en", "l-info"),
    ("I can't see your full card number on my end, only the last four.", "en", "l-info"),
    ("Le enviamos un código de verificación a su correo electrónico.", "es", "l-info"),
    ("Su nuevo PIN llegará por correo postal en una carta aparte.", "es", "l-info"),
    ("Su contraseña fue actualizada correctamente.", "es", "l-info"),
    # confirmations of partial data
    ("Thanks, I see the card ending in 8831 on your account.", "en", "l-confirm"),
    ("Got it, the last four of your SSN match what we have.", "en", "l-confirm"),
    ("Perfect, the ZIP 60614 matches our records.", "en", "l-confirm"),
    ("Thank you, that date of birth matches.", "en", "l-confirm"),
    ("Gracias, veo la tarjeta que termina en 2290.", "es", "l-confirm"),
    ("Perfecto, los últimos cuatro dígitos coinciden con nuestros registros.", "es", "l-confirm"),
    # questions about state
    ("Is your card currently locked in the app?", "en", "l-state"),
    ("Did you receive the verification code we sent?", "en", "l-state"),
    ("Have you already changed your password since the incident?", "en", "l-state"),
    ("Do you remember setting a PIN when you activated the card?", "en", "l-state"),
    ("Were you able to log in with your new password?", "en", "l-state"),
    ("Is the card you're calling about the one ending in 5512?", "en", "l-state"),
    ("¿Su tarjeta está bloqueada en este momento?", "es", "l-state"),
    ("¿Recibió el código que le enviamos?", "es", "l-state"),
    ("¿Ya pudo cambiar su contraseña?", "es", "l-state"),
    ("¿Recuerda si activó el PIN de su tarjeta nueva?", "es", "l-state"),
    # small talk
    ("Thanks for your patience, I'm looking into this now.", "en", "l-chatter"),
    ("Is there anything else I can help you with today?", "en", "l-chatter"),
    ("Have a great weekend!", "en", "l-chatter"),
    ("Gracias por su paciencia, estoy revisando su cuenta.", "es", "l-chatter"),
    ("¿Hay algo más en lo que le pueda ayudar hoy?", "es", "l-chatter"),
    ("¡Que tenga un excelente día!", "es", "l-chatter"),
    # name a forbidden thing without asking for it
    (
        "If you forgot your PIN, I can have a new one mailed to you. Would you like that?",
        "en",
        "l-tricky",
    ),
    ("Do you want me to send you a new one-time code?", "en", "l-tricky"),
    ("Would you like to set up a new password through the link we emailed you?", "en", "l-tricky"),
    (
        "Your SSN is not required for this request; I only need the last four of your card.",
        "en",
        "l-tricky",
    ),
    ("¿Desea que le enviemos un nuevo código?", "es", "l-tricky"),
    ("Si olvidó su NIP, puede solicitar uno nuevo en cualquier cajero.", "es", "l-tricky"),
    (
        "No necesito su número de seguro social completo, solo los últimos cuatro dígitos.",
        "es",
        "l-tricky",
    ),
]


def samples() -> list[AgentSample]:
    """Every probe: the forbidden requests, then the legitimate messages."""
    out = [
        AgentSample(text, lang, frozenset(types), family)
        for text, lang, types, family in _FORBIDDEN
    ]
    out += [AgentSample(text, lang, frozenset(), family) for text, lang, family in _LEGITIMATE]
    return out
