"""Agent requests for forbidden data: tables of what must be caught and what must not,
the block / flag-only policy, and the catch rate on generated agent messages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guard import Action, Engine, EntityType, Message, Role, Rules, RulesError
from guard._requests import AgentRequestRule, fold
from guard._rules import default_rules_dir
from tests.chatgen import agent, agent_fresh

CARD, CSC, SSN = EntityType.CREDIT_CARD, EntityType.CARD_SECURITY_CODE, EntityType.US_SSN
OTP, PASSWORD, PIN = EntityType.ONE_TIME_PASSCODE, EntityType.PASSWORD, EntityType.PIN

#: Catch rate and false-flag rate on generated agent messages (the issue's bar).
MIN_CATCH_RATE = 0.97
MAX_FALSE_FLAGS = 0.01
#: Seeds the vocabulary was not developed on.
SEEDS = (101, 202)


@pytest.fixture(scope="module")
def rule() -> AgentRequestRule:
    rules = Rules.load()
    return AgentRequestRule(rules.requests, merchant=rules.detection.merchant_codes)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(
    ("text", "expected", "named"),
    [
        # the examples
        ("What is the 4-digit code on the front?", CSC, "4-digit code on the front"),
        ("Please type your card number here", CARD, "card number"),
        ("Read me the long number across the front", CARD, "long number across the front"),
        ("I'll need the complete card number", CARD, "complete card number"),
        ("I need all nine digits of your social", SSN, "all nine digits of your social"),
        ("Last four digits and the security code, please", CSC, "security code"),
        # questions
        ("What's your CVV?", CSC, "CVV"),
        ("Can you read me the code we just texted?", OTP, "the code we just texted"),
        ("Could you tell me your PIN, please?", PIN, "PIN"),
        ("What PIN do you use for your debit card?", PIN, "PIN"),
        ("And the CVV?", CSC, "CVV"),
        ("Your password?", PASSWORD, "password"),
        ("Do you have your social security number handy?", SSN, "social security number"),
        # imperatives
        ("Please provide your full SSN.", SSN, "full SSN"),
        ("Go ahead and read off the three digits on the back of your card", CSC, None),
        ("Type the one-time passcode here.", OTP, "one-time passcode"),
        ("Security code, please.", CSC, "Security code"),
        ("Verify your identity by entering your SSN below.", SSN, "SSN"),
        # needs
        (
            "We'll need your online banking password before I can unlock the account.",
            PASSWORD,
            None,
        ),
        ("To proceed, I need the PIN you use at the ATM.", PIN, None),
        ("The verification code we sent is required to proceed.", OTP, None),
        # folded into allowed asks, lists
        ("Please provide your name, date of birth, and full SSN.", SSN, "full SSN"),
        ("Can you confirm your name, billing ZIP and the CVV?", CSC, "CVV"),
        # pronouns pointing back
        ("We've sent a passcode to your phone. Can you read it to me?", OTP, "read it to me"),
        ("We sent you a 6-digit code; read it back to me please.", OTP, None),
        # Spanish
        ("¿Cuál es el código de seguridad de su tarjeta?", CSC, None),
        (
            "¿Me puede dar el número completo de la tarjeta?",
            CARD,
            "el número completo de la tarjeta",
        ),
        ("Necesito los nueve dígitos de su seguro social", SSN, None),
        ("Dígame su NIP, por favor.", PIN, "NIP"),
        ("¿Me podría proporcionar su contraseña?", PASSWORD, "contraseña"),
        ("Le acabamos de enviar un código por SMS. ¿Me lo puede leer?", OTP, None),
        ("Los últimos cuatro dígitos y el CVV, por favor.", CSC, "CVV"),
        ("¿Puede enviarme el código que le llegó a su teléfono?", OTP, None),
        # casual typing, disguises
        ("whats ur card number", CARD, "card number"),
        ("WHAT IS YOUR PIN", PIN, "PIN"),
        ("ｗｈａｔ's your ＣＶＶ?", CSC, "ＣＶＶ"),
        ("necesito su numero de seguro social", SSN, None),
        # Spanglish, duties, the thing named where it shows
        ("Y el security code de atrás?", CSC, None),
        ("Por regulación, debe proporcionarnos su número de seguro social completo.", SSN, None),
        ("Dígame la clave dinámica que le aparece en la app.", OTP, None),
        ("Te he mandado un código al móvil, pásamelo por aquí.", OTP, None),
        # the whole asked for, the partial denied
        ("Please type your SSN, all nine digits, not just the last 4.", SSN, None),
        ("Necesito el número de tarjeta completo, no solo los últimos cuatro.", CARD, None),
        # threats and Spanglish
        (
            "Es urgente: si no valida el número de su tarjeta hoy, la cuenta será cancelada.",
            CARD,
            None,
        ),
        ("If you don't verify your card number today, your account will be closed.", CARD, None),
        ("Te mandé un code por text, me lo pasas?", OTP, None),
        ("Can you read me the authenticator code?", OTP, None),
        ("Para liberar el bloqueo, respóndeme con tu fecha de nacimiento y el CVV.", CSC, None),
        ("And the 3 digits behind the card?", CSC, None),
        ("Since it's an Amex, can you read me the 4-digit code printed on the front?", CSC, None),
        ("Pasame el token que te aparece en la app.", OTP, None),
    ],
)
def test_forbidden_requests_are_caught_with_their_type(
    rule: AgentRequestRule, text: str, expected: EntityType, named: str | None
) -> None:
    violations = rule.find(text)
    assert [v.requested for v in violations] == [expected], text
    [violation] = violations
    assert 0 <= violation.start < violation.end <= len(text)
    if named is not None:
        assert text[violation.start : violation.end] == named
    assert violation.rule == f"requests.{expected.value}"


@pytest.mark.parametrize(
    "text",
    [
        # the examples
        "Last four digits and the billing ZIP, please",
        "We will never ask for your full card number",
        "Please don't share your CVV with anyone, including us",
        "Enter the code in the app, not here",
        "Your new PIN will arrive by mail",
        "We've sent a passcode to your phone; enter it on the website",
        "I can see the card ending in 1234",
        # allowed asks
        "Can you confirm the last 4 digits of your card number?",
        "Can you verify the last four of your SSN?",
        "What's your zip code?",
        "What's the billing ZIP code and the name on the card?",
        "Could you give me the email address on file?",
        # warnings, instructions, information, questions about a state
        "Never give anyone your passcode.",
        "For your protection, never share your PIN or password with anyone.",
        "Please enter your card number on the secure payment page, not in the chat.",
        "Did you get the code?",
        "Can you confirm you received the code?",
        "Can you confirm your PIN was changed?",
        "Please confirm your address, your new PIN will be mailed there.",
        "Your password must be at least 8 characters.",
        "What is a CVV? It's the 3-digit code on the back of your card.",
        "Would you like me to send a new verification code?",
        "Please key in your social security no. on the card reader.",
        "How can I help you today?",
        # what others may need once a card is replaced
        "Merchants with the old number on file may need the new expiration date and code.",
        "The code we texted you a moment ago expires in 10 minutes.",
        "To reset your PIN you don't need the current one.",
        # yes-or-no questions about what was done with a value elsewhere
        "Did you enter your card number or password on that site?",
        "Just to understand what they have: did you read them any code, or only confirm?",
        "Did they ask you to read any code out loud, or to type it somewhere?",
        "Did the caller ask for your SSN, your PIN, or both?",
        "¿Usted compartió su NIP con la persona que llamó?",
        "¿Le pidieron que dictara algún código?",
        # "report" the noun is no warning; reporting a request is
        "If anyone asks for your PIN, report it to us right away.",
        "Si alguien le pide su NIP, repórtelo.",
        # a merchant's approval of a charge, printed on its receipt
        "What's the approval code or reference number on your receipt, if you have it?",
        "What's the auth code on your receipt?",
        "Can you read me the authorization code printed on the receipt?",
        "¿Me da el código de aprobación que aparece en su ticket?",
        # Spanish
        "Nunca le pediremos su PIN.",
        "Por favor, ingrese el código en la app, no aquí.",
        "Su nuevo PIN llegará por correo.",
        "¿Me confirma los últimos cuatro dígitos de su tarjeta?",
        "¿Le llegó el código de verificación que le enviamos?",
        "No se preocupe, solo necesito su código postal.",
        # without accents "envié" (I sent) reads as "envíe" (send)
        "Le envié un código, no lo comparta.",
        "Le mandé un código a su celular, ingréselo en la app.",
        # where a value shows is no place to send it: entering it there instructs
        "Ingrese la clave dinámica que le aparece en la app.",
        "Ingresa el token que te aparece en la app, no lo compartas.",
    ],
)
def test_legitimate_messages_are_not_flagged(rule: AgentRequestRule, text: str) -> None:
    assert rule.find(text) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please send me the following:\n- full name\n- card number\n- CVV", [CARD, CSC]),
        ("To verify, I need:\n1. Your SSN\n2. Your PIN", [SSN, PIN]),
        ("Necesito estos datos:\n• número de tarjeta\n• código de seguridad", [CARD, CSC]),
        # a partial item is partial on its own line only
        ("Send me the following:\n- The last 4 of the card\n- The security code", [CSC]),
        ("Mándeme:\n- Los últimos 4 de la tarjeta\n- El NIP", [PIN]),
        ("Please confirm the last 4 of your\ncard number", []),
        # a picture of the card's numbers, or of an ID
        ("type the numbers on the front and back of the card", [CSC, CARD]),
        ("Send a photo of the front and back of your ID.", []),
        ("Mándeme foto de ambos lados de su INE", []),
        # the account's "clave", the current one of a PIN named before
        ("mandeme el codigo que le llego y la clave de su cuenta", [OTP, PASSWORD]),
        ("I can set the new PIN for you, just tell me your current one.", [PIN]),
        # a question about what stands on another device asks for it; typing there does not
        (
            "Quick one: what's the business name, the MID, and the admin password on the terminal?",
            [PASSWORD],
        ),
        ("Enter your PIN on the terminal, not here.", []),
        ("Can you type the code in the app?", []),
        # a need for all of it, and what was texted named by "one"
        ("I know you gave me the last four, but the system needs all 9 digits of your SSN.", [SSN]),
        ("The 6-digit one we just texted, just type it here.", [OTP]),
        # through an interpreter, or a machine translation's calques
        ("Intérprete: el agente pregunta el número completo de su tarjeta.", [CARD]),
        ("Intérprete: dice que le dé su seguro social, los nueve números.", [SSN]),
        ("Could you get the CVV from her?", [CSC]),
        ("Intérprete: dice el agente que le diga la clave para entrar a la app.", [PASSWORD]),
        ("Por favor, proporcione su palabra de paso de la banca en línea.", [PASSWORD]),
        ("Dígame el PIN que usa en el cajero, por favor.", [PIN]),
        ("Solamente necesito los cuatro números finales de su seguro social.", []),
        ("Por favor, confirme el código zip donde le llegan los estados de cuenta.", []),
        ("El agente pregunta si recibió la tarjeta.", []),
        # an offer to take it here, an ask through a relay operator, what it is for
        ("For accessibility we can take the full card number right here in chat.", [CARD]),
        ("POR FAVOR PIDA AL CLIENTE EL NÚMERO COMPLETO DE LA TARJETA GA", [CARD]),
        ("Ok, y el PIN de la card para confirmar?", [PIN]),
        (
            "For your dad's account I'll need the Social Security number, all nine digits, "
            "and the PIN he uses at the ATM.",
            [SSN, PIN],
        ),
        (
            "Para el acceso de su esposa, escríbame la contraseña que usa en la aplicación.",
            [PASSWORD],
        ),
        # a picture to crop before sending asks for nothing
        (
            "If the picture includes the card number, please crop it out or cover it "
            "before you send it.",
            [],
        ),
        ("Our policy:\n- we never ask for your PIN\n- we never ask for your password", []),
        ("Steps:\n1. Open the app.\n2. Enter the code we sent you.", []),
        ("Open the app and tell me the code.", [OTP]),
        ("Por favor, ingrese la contraseña de la app aquí en el chat.", [PASSWORD]),
    ],
)
def test_lists_and_steps(rule: AgentRequestRule, text: str, expected: list[EntityType]) -> None:
    assert [v.requested for v in rule.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Could you quote the card number for me?", [CARD]),
        ("Please specify the CVV.", [CSC]),
        ("Can you communicate your SSN to me?", [SSN]),
        ("Could you reset your password?", []),
        ("Please remember your PIN.", []),
        ("Can you log in with your password?", []),
        ("Please hold while I verify your card number.", []),
    ],
)
def test_a_polite_opener_asks_with_any_verb_but_a_harmless_one(
    rule: AgentRequestRule, text: str, expected: list[EntityType]
) -> None:
    assert [v.requested for v in rule.find(text)] == expected


def test_a_message_giving_a_value_asks_for_nothing(rule: AgentRequestRule) -> None:
    assert rule.find("el número de la tarjeta: 6759 4220 5879 1589") == []


def test_several_types_in_one_message_each_once_in_text_order(rule: AgentRequestRule) -> None:
    text = "I need your card number, the CVV and your PIN. Also, what's the CVV again?"
    assert [v.requested for v in rule.find(text)] == [CARD, CSC, PIN]


def test_fold_keeps_offsets(rule: AgentRequestRule) -> None:
    text = "¿CUÁL es el CÓDIGO de ＳＥＧＵＲＩＤＡＤ?"
    assert len(fold(text)) == len(text)
    [violation] = rule.find(text)
    assert text[violation.start : violation.end] == "CÓDIGO de ＳＥＧＵＲＩＤＡＤ"


def test_a_request_blocks_the_agent_message_and_names_what_was_asked(engine: Engine) -> None:
    verdict, _ = engine.inspect(Message("a1", "What's your CVV?", Role.AGENT))
    assert verdict.action is Action.BLOCK
    assert verdict.text is None
    assert [v.to_dict() for v in verdict.violations] == [
        {
            "requested": "CARD_SECURITY_CODE",
            "start": 12,
            "end": 15,
            "rule": "requests.CARD_SECURITY_CODE",
        }
    ]


def test_customers_asking_the_same_words_are_no_violation(engine: Engine) -> None:
    verdict, _ = engine.inspect(Message("c1", "What's your CVV policy?", Role.CUSTOMER))
    assert verdict.violations == ()


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    return target


def test_rules_can_make_a_type_flag_only(rules_dir: Path) -> None:
    path = rules_dir / "requests.yaml"
    path.write_text(path.read_text().replace("  PIN: block", "  PIN: flag", 1))
    engine = Engine(Rules.load(rules_dir))
    text = "Please confirm your PIN."
    verdict, _ = engine.inspect(Message("a1", text, Role.AGENT))
    assert (verdict.action, verdict.text) == (Action.ALLOW, text)
    assert [v.requested for v in verdict.violations] == [PIN]
    blocked, _ = engine.inspect(Message("a2", "Please confirm your CVV.", Role.AGENT))
    assert blocked.action is Action.BLOCK


def test_rules_vocabulary_is_used(rules_dir: Path) -> None:
    path = rules_dir / "requests.yaml"
    path.write_text(
        path.read_text().replace(
            "    en: [password, passwd,", "    en: [magic word, password, passwd,", 1
        )
    )
    rule = AgentRequestRule(Rules.load(rules_dir).requests)
    assert [v.requested for v in rule.find("What's the magic word?")] == [PASSWORD]


@pytest.mark.parametrize(
    ("old", "new", "key", "problem"),
    [
        ("  PIN: block", "  PIN: maybe", "actions.PIN", "'block' or 'flag'"),
        ("  PIN: block\n", "", "actions", "no action for PIN"),
        ("version: 1", "version: 3", "version", "1"),
        ("\nwarnings:", "\nwarning:", "warnings", "Field required"),
        ("    en: [pin you use,", '    en: ["", pin you use,', "objects", "PIN.en[0]: a phrase"),
    ],
)
def test_a_bad_requests_file_names_file_key_and_problem(
    rules_dir: Path, old: str, new: str, key: str, problem: str
) -> None:
    path = rules_dir / "requests.yaml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(RulesError) as raised:
        Rules.load(rules_dir)
    assert raised.value.file == str(path)
    assert raised.value.key.startswith(key)
    assert problem in raised.value.problem


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_agent_messages_meet_the_bar(rule: AgentRequestRule, seed: int) -> None:
    result = agent.measure(rule.find, agent.corpus(seed, 3000))
    report = agent.render(result)
    assert result.catch_rate >= MIN_CATCH_RATE, report
    assert result.false_flag_rate <= MAX_FALSE_FLAGS, report


def test_the_generator_covers_every_type_family_and_language() -> None:
    samples = agent.corpus(7, 3000)
    asked = {t for s in samples for t in s.requested}
    assert asked == set(agent.TYPES)
    families = {s.family for s in samples}
    assert {"question", "imperative", "need", "folded", "pronoun", "free"} <= families
    assert set(agent.LEGIT_FAMILIES) <= families
    assert {s.lang for s in samples} == {"en", "es"}


#: The blind probe set's first contact caught 91.6% (0 legitimate messages flagged); its
#: misses taught two families ("responda con", misspelt passwords). What it still misses
#: points back to a secret without naming it ("the four digits you punch in at the ATM").
MIN_FRESH_CATCH_RATE = 0.93


def test_the_blind_agent_probes_stay_caught(rule: AgentRequestRule) -> None:
    result = agent.measure(rule.find, agent_fresh.samples())
    report = agent.render(result)
    assert result.catch_rate >= MIN_FRESH_CATCH_RATE, report
    assert result.flagged == 0, report


# ── families the fifth blind set taught (phrasings of our own, not the set's) ──


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a PIN named by where it is typed, asked as a question: the place does not
        # make it an instruction
        ("Which PIN are you typing at the cash machine?", [PIN]),
        ("What PIN did you enter at the ATM yesterday?", [PIN]),
        ("Which 4 digits do you type at the ATM?", [PIN]),
        ("What four numbers do you key in at the ATM?", [PIN]),
        ("¿Qué PIN pone en el cajero?", [PIN]),
        ("¿Qué cuatro dígitos mete en el cajero?", [PIN]),
        ("¿Cuáles son los 4 números que marcás en el cajero?", [PIN]),
        # Argentine voseo imperatives and questions
        ("Decíme el pin rápido así lo desbloqueo.", [PIN]),
        ("Escribime el NIP acá y lo valido.", [PIN]),
        ("Contame cuál es tu clave del cajero.", [PIN]),
        ("Te mandé un código al cel, ¿me lo decís?", [OTP]),
        ("Te llegó un SMS con seis números, ¿me los pasás?", [OTP]),
        # a fraud department or an unrecognized charge is no warning
        ("Soy del área de fraudes, necesito que me dicte su NIP.", [PIN]),
        ("Por un consumo no reconocido necesito su PIN.", [PIN]),
        ("Para frenar el fraude necesito el otp que te llegó y tu PIN.", [OTP, PIN]),
        ("For the charge you don't recognize, I need your PIN.", [PIN]),
        # a threat after the ask: "... or the money is gone"
        (
            "A verification code went to your phone. Read it to me now or the card gets locked.",
            [OTP],
        ),
        (
            "We sent a code to your email; send it back right away or the transfer goes through.",
            [OTP],
        ),
        ("Le enviamos un código; dígamelo ya o se procesa la transferencia.", [OTP]),
        ("You got a text with 6 numbers, can you read them to me?", [OTP]),
        ("Pasame el code que te mandaron por SMS.", [OTP]),
        # the password named by what is typed to log in
        ("So I can check from here, what do you type when you log in?", [PASSWORD]),
        ("What do you enter when you sign in to the app?", [PASSWORD]),
        ("¿Qué ponés cuando entrás a la app?", [PASSWORD]),
        ("Pasame la clave de home banking.", [PASSWORD]),
        # a picture of the card shows the number and the code
        ("Can you snap a picture of your card and send it here?", [CARD, CSC]),
        ("Please upload a photo of both sides of your card.", [CARD, CSC]),
        ("Mándeme una foto de su tarjeta por este chat.", [CARD, CSC]),
        ("Sacale una foto a la tarjeta y mandámela.", [CARD, CSC]),
        # a bare "number" or "code" listed beside the expiry
        ("I'll need the number, expiry date and CVV.", [CARD, CSC]),
        ("Give me the number, the exp date, and the 3 digits on the back.", [CARD, CSC]),
        ("Deme el número, la fecha de expiración y el código.", [CARD, CSC]),
        ("Pasame número, vto y código.", [CARD, CSC]),
        # more of the card than the first six
        ("Dame los primeros doce números de la tarjeta.", [CARD]),
        ("Can you give me the first 12 digits of your card?", [CARD]),
        ("Read me the rest of the digits after the first four.", [CARD]),
        ("Pasame los dígitos de tu tarjeta.", [CARD]),
        ("Read me the embossed numbers on the front.", [CARD]),
        ("Which numbers are embossed on your card?", [CARD]),
        # the code asked as "what three numbers" beside the signature
        ("Flip your card over, what three numbers are by the signature?", [CSC]),
        ("Dé vuelta la tarjeta, ¿qué tres números ve junto a la firma?", [CSC]),
        # bare nouns under a list heading
        ("Before we reissue, the checklist: - card number - CVV - PIN", [CARD, CSC, PIN]),
        ("Replacement form:\n• full card number\n• security code", [CARD, CSC]),
        ("Datos para el trámite: número de tarjeta, código de seguridad", [CARD, CSC]),
        ("Verificación:\n- NIP\n- contraseña", [PASSWORD, PIN]),
        # bot asks with a format hint, or a phone told by its end
        ("Next, enter your 16-digit card number (no spaces).", [CARD]),
        ("Ingresá los 16 dígitos de tu tarjeta sin espacios ni guiones.", [CARD]),
        ("Last step: send back the code we texted to the number ending in 2201.", [OTP]),
        ("Escribí el código que te mandamos al celu terminado en 3390.", [OTP]),
        ("What's the CVV on the card ending in 7781?", [CSC]),
        # an agent handing the ask to a bot or a colleague
        ("@Kai please gather the social security number from the member", [SSN]),
        ("@asistente pedile al titular la clave de la app", [PASSWORD]),
        ("Our virtual assistant will now collect your card number and CVV.", [CARD, CSC]),
        ("@Lia pregúntale al cliente el código de seguridad", [CSC]),
        # indirect asks: after arrival, what the reader chose, a fraud to stop
        ("When the SMS comes through, paste it in here for me.", [OTP]),
        ("Apenas te llegue el mensaje, pasámelo por acá.", [OTP]),
        ("What did you pick as your PIN when you activated the card?", [PIN]),
        ("I need the CVV immediately to block the suspicious purchase.", [CSC]),
        ("Necesito su NIP ya para frenar el retiro fraudulento.", [PIN]),
        ("To reverse it, read me the code that popped up on your phone.", [OTP]),
        ("Te acabo de mandar un código, ¿me lo podrías dictar?", [OTP]),
        # only what is still needed, after what is not
        ("I don't need the whole card number, just the 3 digits on the back.", [CSC]),
        ("No necesito el número completo, solo los 3 dígitos de atrás.", [CSC]),
        ("Solo me falta el código que viene atrás junto a la firma.", [CSC]),
        # a need named for the system; a follow-up explained
        ("The system needs your full social security number to continue.", [SSN]),
        ("and the security code? it's the little number on the back.", [CSC]),
        # an Amex's code, on its front above the number
        ("for amex it's the 4 digits on the front, above the card number. what are they?", [CSC]),
        ("¿Cuál es el código de 4 dígitos que está al frente de su American Express?", [CSC]),
        # what was tried at an ATM, what shows in the app, the social in Spanglish
        ("Dígame el PIN que intentó en el cajero.", [PIN]),
        ("¿Me confirma el token que aparece en la app?", [OTP]),
        ("ok, now tu número de social, the full one please", [SSN]),
        # "the number" listed beside other things of the card: the card's number
        (
            "Para reponer la tarjeta necesito el número, el código de atrás y el NIP.",
            [CARD, CSC, PIN],
        ),
        # Spanglish and texting
        ("Necesito tu password y el code del text", [OTP, PASSWORD]),
        ("and ur pin?", [PIN]),
        ("Necesito the full number y el código de atrás.", [CARD, CSC]),
        # a threat, a system that asks, what is still missing, lists without a colon
        ("Without all the digits of your card I can't stop the transaction. Please hurry.", [CARD]),
        ("Si no me da su NIP, el cargo se va a aplicar.", [PIN]),
        ("Le insisto, sin el CVV no puedo cancelar el cargo.", [CSC]),
        # what happens to the account without the value, or until it is given
        ("Without the SSN the account gets closed today.", [SSN]),
        ("Sin el seguro social la cuenta se cierra hoy.", [SSN]),
        ("No le puedo ayudar hasta que me confirme el PIN.", [PIN]),
        ("Unless you give me the CVV I can't do anything.", [CSC]),
        # what is typed at the ATM; an Amex's four on the front; "just the three"
        ("¿Qué clave marca en el cajero?", [PIN]),
        ("what do you punch in at the ATM?", [PIN]),
        ("Since it's an Amex, can you read the 4 digits printed on the front?", [CSC]),
        ("solo los tres de atrás y terminamos", [CSC]),
        # all of it, for the system; what our text says
        ("The system needs all the digits of your card to process this.", [CARD]),
        ("El sistema necesita todos los dígitos de su tarjeta.", [CARD]),
        ("Le acaba de llegar un SMS de nosotros, ¿qué dice?", [OTP]),
        # what is not enough, what we have not received, what we can't do without it
        ("I need the full SSN, the last four isn't enough for this request.", [SSN]),
        ("Todavía no recibimos el código. Su cuenta se bloqueará en 10 minutos.", [OTP]),
        ("Le llegó un código por SMS, reenvíenoslo para cancelar la transferencia.", [OTP]),
        ("Sin el número de seguro social completo no puedo generar el 1099, envíelo.", [SSN]),
        ("What number do you punch in at the ATM?", [PIN]),
        # a bare "clave" listed right after the card's number is its PIN
        ("Responda con su número de tarjeta y clave para desbloquearla.", [CARD, PIN]),
        ("What's the PIN you use at the register? I'll verify it.", [PIN]),
        (
            "Para continuar, por favor envíenos el número completo de la tarjeta y el PIN.",
            [CARD, PIN],
        ),
        ("To protect your money I need your online banking password.", [PASSWORD]),
        ("Could you type your Social Security number (not just the last 4) here?", [SSN]),
        ("El sistema me pide el código que te mandamos al correo para continuar.", [OTP]),
        ("The only thing missing is the full 16-digit number on your card.", [CARD]),
        ("Just read me what's printed across the front of the card, all of it.", [CARD]),
        ("Got it. Keep going with the next digits.", [CARD]),
        ("Great. Now type the code showing in your app to continue.", [OTP]),
        ("Para procesar la aclaración mándeme\n- Su código postal\n- El NIP de la tarjeta", [PIN]),
        ("OK, to process the dispute send me 1. the expiration date, 2. your PIN", [PIN]),
        (
            "Confirma tu ZIP code y el full card number and los 3 digits de atrás please.",
            [CARD, CSC],
        ),
        ("Qué número marcas en el ATM? Escríbelo y lo checo.", [PIN]),
        ("Ok, y el resto del number?", [CARD]),
        # (a sentence that ends on a number still ends: "the last 4.")
        ("Hmm the system isn't taking the last 4. Can you send me the whole card number?", [CARD]),
        # a question about the past that asks what the value was, or asks it next
        ("What code did you share with them?", [OTP]),
        ("Did you enter your PIN? Please type it here so I can check it.", [PIN]),
        ("Did you get the code? Read it to me please.", [OTP]),
        # fragments that name the value and when it came; a filler appendix
        ("the code we texted you a moment ago, please", [OTP]),
        ("el código que le acaba de llegar por SMS, por favor", [OTP]),
        ("just the numbers from the SMS", [OTP]),
        ("the full card number, all 16 digits", [CARD]),
        ("To reset your PIN I first need the current one.", [PIN]),
        # the message that carries the numbers tells what they are
        ("Cuando le llegue el mensaje, me copia los números aquí y bloqueo la tarjeta.", [OTP]),
        (
            "Escríbame el número completo de la tarjeta para cruzarlo con el reporte de fraude.",
            [CARD],
        ),
        # "the report" is no warning
        ("To file the report I need your full SSN.", [SSN]),
        ("Para levantar el reporte necesito su número de seguro social completo.", [SSN]),
        ("¿Me da su teléfono y los 9 dígitos de su seguro social?", [SSN]),
        ("Go ahead and copy the code from the bank's text into this chat.", [OTP]),
        # an automated line's prompts in a call's transcript; its speaker tag names no
        # other channel
        ("AUTOMATED: Please say the card verification value printed on the back.", [CSC]),
        ("[12:04] [IVR] To stop this payment, key in your ATM PIN now.", [PIN]),
        ("Sistema: Diga ahora su número de seguro social, los nueve dígitos.", [SSN]),
        ("Sistema: Le mandamos un código por mensaje de texto. Dígalo ahora.", [OTP]),
        ("We texted you a one-time code. Reply with it here to finish.", [OTP]),
        ("Le llegó un código por SMS. Respóndalo en este chat.", [OTP]),
        # a code sent, then "share it"; a PIN named by where it was tried; the card whole
        ("Ya te llegó la clave por mensaje? compártela aquí y seguimos", [OTP]),
        ("what was the pin you tried at the ATM this morning", [PIN]),
        ("pásame la tarjeta completa porfa", [CARD]),
    ],
)
def test_asks_in_other_words_are_caught(
    rule: AgentRequestRule, text: str, expected: list[EntityType]
) -> None:
    # a photo names both types at one span: compare the types, not their order
    asked = sorted(v.requested.value for v in rule.find(text))
    assert asked == sorted(t.value for t in expected), text


@pytest.mark.parametrize(
    "text",
    [
        # explaining where a code is, and that it never goes in the chat
        "The CVV is the 3-digit code on the back, next to the signature strip. Type it only "
        "on the merchant's page, never in this chat.",
        "El código de seguridad son los tres dígitos al reverso, junto a la firma. Solo "
        "ingréselo en la página del comercio, nunca por este chat.",
        "Next to the signature strip you'll see three digits; keep them private.",
        # statements: the verb sits inside the object phrase
        "The number is on the front of the card.",
        "The code is on the back.",
        "The number is embossed on the front of the card.",
        # a PIN typed at the ATM, as an instruction or a warning
        "Enter your PIN at the ATM as usual; we will never ask for it.",
        "Ingrese su clave de 4 dígitos en el cajero para activar la tarjeta.",
        "Nunca le diga su PIN a nadie, solo márquelo en el cajero.",
        "Please have your PIN ready for the ATM.",
        # voseo that asks for allowed things
        "Decime los últimos cuatro de la tarjeta así la busco.",
        "Pasame los últimos 4 dígitos y el código postal.",
        "Contame qué pasó con la tarjeta.",
        "Mandame una captura del error que te aparece.",
        "Te mandé un código, ingresalo en la app, no acá.",
        # photos that show no card, or warned about
        "Please send a photo of your ID.",
        "Never send photos of your card to anyone, including us.",
        "Nunca envíe fotos de su tarjeta por este medio.",
        # expiry beside a number that is not asked for, or not the card's
        "We will never ask for your number, expiration or CVV.",
        "Can you confirm the last 4 digits and the expiration date?",
        "Could you confirm your phone number and the expiration date on the card?",
        "The expiration date is on the front of your card, below the number.",
        # fraud and unrecognized charges, no ask
        "Para cancelar el fraude, bloqueé la tarjeta y le enviamos una nueva.",
        "Reportamos el cargo no reconocido; no necesito ningún dato más.",
        "To report fraud, call the number on the back of your card.",
        # logging in, asked about without asking for the password
        "What do you see when you log in?",
        "What happens when you log in?",
        "Please confirm the first six digits of the card.",
        # bot menus: the number of an option
        "Reply with the number of the option you need:\n1. Balance\n2. Lost card",
        "Escribí el número:\n1) Tarjeta\n2) Préstamos\n3) Asesor",
        "Marque el número correspondiente a su consulta: 1) Tarjeta 2) Cuenta",
        "Choose an option:\n1. PIN\n2. Password\n3. Card number",
        # lists that warn or inform
        "Never share any of these:\n- card number\n- CVV\n- PIN",
        "Security tips: • PIN • password • CVV stay with you.",
        "Your new card comes with: a new card number, a new CVV, the same PIN.",
        "Para verificar: últimos 4 de la tarjeta, fecha de nacimiento.",
        # a question taken back or answered
        "CVV? Not needed, just your date of birth.",
        "¿Código de seguridad? No hace falta, solo el código postal.",
        "CVV? It's the 3 digits on the back, you only need it for online purchases.",
        # someone else asked, or only a phone is told by its end
        "Did the caller ask you for your PIN?",
        "¿Alguien le pidió su clave por teléfono?",
        "Le acabo de enviar un código de verificación al celular terminado en 4455.",
        "Can you confirm the card number on your account ending in 4455?",
        "If someone asks for your CVV to stop a suspicious charge, it's a scam.",
        # a PIN's length, a code to enter in the app and keep out of the chat
        "Puede ser de 4 a 6 dígitos. Evite su año de nacimiento.",
        "Ingrese el token que le aparece en la app, no lo comparta aquí.",
        "The system needs your ZIP code to continue.",
        "I don't need the whole card number, just the last 4.",
        "Actualicé el número y reenvié el código. Captúrelo en la app; no lo comparta aquí.",
        "¿Pueden reembolsar los 19,99 €? el número de la tarjeta: 62.00.23.08.54.65.04.78 gracias",
        "what do you see at the ATM when it fails?",
        "¿Qué dice la app cuando intenta pagar?",
        # an earlier ask quoted in a mail reply; what is on file, read back masked
        "Hi Nerea,\n\nNo mandes eso, con los last 4 basta.\n\nOn 4 jun 2026, Nerea wrote:\n"
        "> no, eso no lo comparto\n> > Dame tu social security number completo para el 1099.",
        "Resumen:\n• Socio: María Pérez\n• Tarjeta: XXXX-XXXX-XXXX-4454\n"
        "• Seguro social: •••-••-3875",
        "Summary:\n- Card: **** 4454\n- SSN: ***-**-3875\n- Next: we'll email you",
        "Si le llega un SMS de nosotros, no comparta lo que dice.",
        "El cajero le pide el PIN, nunca lo comparta con nadie.",
        "We haven't received your payment yet.",
        "¿No recibió el código? Le envío otro, ingréselo en la app.",
        "I don't need the full card number, just the last four.",
        "Puede poner un PIN nuevo en cualquier cajero o llamando al 1-866-397-2644.",
        "You can set a new PIN at any ATM or by calling us.",
        "Enter the PIN you use at the register on the terminal, never here.",
        "Please cambia ese password ahora, ya que lo compartiste aquí.",
        "¿En qué cajero le retuvo la tarjeta?",
        # what the agent can't do, beside a warning
        "I can't help you with your PIN here, never share it.",
        "No le puedo ayudar con su NIP, nunca lo comparta.",
        # a warning's list of ways to reach someone ("call, text or email ... to ask")
        "We will never phone, email, or message you to ask for your PIN or full card number.",
        "Our bank won't call, text or DM you asking for a passcode.",
        "Nunca lo llamaremos, le escribiremos ni le mandaremos mensajes para pedirle su NIP.",
        # the reader's step elsewhere, and what the bank just sent
        "That code is only for the app. Go ahead and type it there.",
        "Le acabamos de enviar un código de verificación; ingréselo en la app.",
        "Please have your 9-digit routing number and your account number ready.",
        # a length said after a thing that is no secret is its own
        "¿Me da su número de teléfono de 9 dígitos?",
        "Necesito el número de ruta (ABA) de 9 dígitos y el de la cuenta.",
        # the agent's own step after naming the card
        "You don't have to read me the full card number. I'll go ahead and note the last four.",
        # "say" of someone else, and a line's menu that asks for the last four
        "I'd say the security code on the back has rubbed off.",
        "They say the PIN is on the card, but it never is.",
        "IVR: Please say or enter the last four digits of your card.",
        "Sistema: Marque o diga los últimos cuatro dígitos de su tarjeta.",
        # the number of a row of a listing, not of a card
        "Card ending 7434 - recent charges:\n1. 11/02 GROCER $82.14\n2. 11/03 FUEL $40.00\n"
        "Reply with the number of the charge you want to dispute.",
        "Tarjeta terminada en 7434:\n1. 02/11 SUPER $82.14\nEscribe el número del movimiento "
        "que quieres aclarar.",
    ],
)
def test_lookalikes_of_those_asks_are_not_flagged(rule: AgentRequestRule, text: str) -> None:
    assert rule.find(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Puede retirar efectivo con su NIP en cualquier cajero de la red.",
        "Ya puede sacar dinero con su NIP nuevo; la comisión es del 3%.",
        "You can withdraw cash with your PIN at any ATM in the network.",
    ],
)
def test_what_a_customer_does_with_a_secret_elsewhere_is_no_ask(
    rule: AgentRequestRule, text: str
) -> None:
    assert rule.find(text) == []


def test_spanglish_the_app_is_another_screen(rule: AgentRequestRule) -> None:
    assert rule.find("Ya reseteé los intentos. Puedes poner un PIN nuevo en el app.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a merchant's code asked for about a charge is no passcode...
        (
            "What's the authorization code shown next to the transaction? It's on your statement.",
            [],
        ),
        ("In the app, tap the transaction. Do you see an auth code? Can you read it to me?", []),
        ("Can you give me the approval code from the receipt?", []),
        ("¿Me confirma el código de autorización que aparece junto al movimiento?", []),
        ("Necesito el número de autorización del cargo para la aclaración.", []),
        # ... but one sent to the customer is, whatever the charge, and so is one with no
        # charge talked about
        ("To reverse the charge, read me the authorization code we just texted you.", [OTP]),
        ("Para anular el cargo, dígame el código de autorización que le enviamos por SMS.", [OTP]),
        ("What's the auth code? I need it to unlock your account.", [OTP]),
        # a bare "no" before "only" says "not only": the whole is asked for
        ("¿Cuál es el número de la tarjeta? No solo los últimos 4.", [CARD]),
        ("What's the card number? No just the last four, all of it.", [CARD]),
        # "no," then what is needed instead takes the question back
        ("¿Cuál es el número de la tarjeta? No, solo los últimos 4.", []),
        ("¿El CVV? No, solo el código postal.", []),
        # a pronoun ask, then when to do it
        ("I just sent a code to your phone ending 0180. Read it to me when it arrives.", [OTP]),
        ("Le acabo de enviar un código al teléfono. Léamelo cuando le llegue.", [OTP]),
        ("Le acabo de enviar un código. Dígamelo en cuanto le llegue.", [OTP]),
        # the code typed where it belongs asks nothing
        ("I sent a code to your phone. Enter it in the app when it arrives.", []),
        ("We sent a code. Don't read it to me when it arrives, type it in the app.", []),
        # a CVV's or a CID's length names the card's code
        ("Send me the card number and the 3 or 4 digit code so I can process it.", [CARD, CSC]),
        ("Mándeme el código de 3 o 4 dígitos de la tarjeta.", [CSC]),
        # a "clave" that came in a text is a passcode
        ("Dime la clave que te ha llegado al móvil para anular el cargo.", [OTP]),
        # a form's blank fields, one a line, asked to be filled in
        (
            "To file the chargeback, please copy this, fill it in and send it back:\nFull name:"
            "\nBilling ZIP:\nSocial Security #:\n3 digit code:\nOnline banking password:",
            [SSN, CSC, PASSWORD],
        ),
        (
            "Formulario de aclaración (llene después de los dos puntos):\nNombre:\nUsuario:"
            "\nContraseña de banca en línea:\nCódigo de seguridad:",
            [PASSWORD, CSC],
        ),
        # a form with no forbidden field, and a field given its value
        (
            "Necesito unos datos para el formulario. Conteste cada línea:\n- Establecimiento:"
            "\n- Últimos 4 dígitos:\n- Fecha del cargo:",
            [],
        ),
        ("Your card number: **** 1111 is now blocked", []),
        # "No." for "número" is no "no"; an aside closing a field says no more
        (
            "Necesito unos datos. Conteste cada línea:\n* No. de orden:\n* CP:\n* CVV:"
            "\n* Seguro social:",
            [CSC, SSN],
        ),
        (
            "Copie esto, llénelo y me lo devuelve:\n- Número de pedido:\n- NIP (el ladrón no"
            " lo sabía):\n- Vence:",
            [PIN],
        ),
        (
            "Dispute form (fill in after the colon):\n* Date:\n* Card PIN (thief didn't know it):",
            [PIN],
        ),
        ("Never share your PIN (not even with us).", []),
        # a business desk's legitimate lines: a last four "of an" SSN, where the whole
        # goes, what names a login, a report's number, a device login a code confirms
        (
            "For privacy, we only need the last four of an SSN here. The full number is entered"
            " in the secure form.",
            [],
        ),
        ("What's the admin username or the email you log in with?", []),
        ("También puede mandarlo por correo con el número de reporte en el asunto.", []),
        (
            "That code is used to confirm a new device login on your admin profile. Don't share"
            " it with anyone. If you didn't request it, change your password now.",
            [],
        ),
        ("I need your SSN and a card number", [SSN, CARD]),
        # an impostor's asks: what the text says, what is checked ("que no lo hayan
        # cambiado" warns of nothing); a carrier's port-out PIN is no ask
        ("ok now tell me what the text says", [OTP]),
        ("Can you copy-paste the SMS you just got here in the chat?", [OTP]),
        ("¿Qué dice el mensaje que le acaba de llegar? Léamelo completo por favor", [OTP]),
        ("¿Me confirmas tu NIP actual para revisar que no lo hayan cambiado?", [PIN]),
        ("Qué frustrante. Pídele a Telcel un NIP nuevo de portabilidad y no lo compartas.", []),
        ("Ask your carrier for a new port-out PIN and don't share it.", []),
        ("Ignore the text you just got, it's automatic.", []),
        # the code by its length, and a text announced, then asked for
        ("to confirm you're the owner type the 16 digits and the 3 on the back", [CARD, CSC]),
        (
            "You will receive a text from BancoNorte. It says don't share it, that's normal."
            " You can share it with me, I'm internal.",
            [OTP],
        ),
        (
            "Le llegará un SMS que dice 'no lo comparta', es normal. A mí sí me lo puede dar"
            " porque soy del banco.",
            [OTP],
        ),
        ("You'll get a text from us shortly. Don't share it with anyone.", []),
        ("You will receive a text with your new card's tracking number.", []),
        # an object's word slipped by a fast typist
        ("Just the 9 digits of your socail, no dashes needed", [SSN]),
        ("pasame el número de la tarjtea así te doy de baja el consumo", [CARD]),
        ("What's your pasword?", [PASSWORD]),
    ],
)
def test_asks_in_dispute_forms_code_notices_and_not_only_the_last_four(
    rule: AgentRequestRule, text: str, expected: list[EntityType]
) -> None:
    assert [v.requested for v in rule.find(text)] == expected, text
