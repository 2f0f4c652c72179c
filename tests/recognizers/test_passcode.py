"""OneTimePasscodeRecognizer: 4-8 digits (also "123 456", "123-456") named as a code."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from guard import EntityType, Rules
from tests.recognizers.conftest import found, spans_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bank's text that names the purchase between the cue and the code
        (
            "Banco Sol: tu código para confirmar la compra de MXN 1,250.00 en OXXO es 448 120",
            ["448 120"],
        ),
        ("Your code to authorize the $19.99 purchase at ACME is 90817266.", ["90817266"]),
        # an app's prompt pasted, the value alone on its line, past the masked phone
        ("Enter the 6-digit code we sent to (•••) •••-5521\n[ 660314 ]\nResend code", ["660314"]),
        ("Escribe el código que enviamos al ••• 0192\n\n482117\n\nReenviar", ["482117"]),
        ("Visa security code: 771 203. Valid 5 min.", ["771 203"]),
        # a merchant's name for a code sent to the customer: a passcode, charge or not
        ("the auth code you texted me for the purchase is 482913", ["482913"]),
        ("el código de autorización que me llegó por sms para la compra es 551902", ["551902"]),
        ("ocde 771203", ["771203"]),
        ("I received 4471 by sms", ["4471"]),
        ("recibí 552910 por sms", ["552910"]),
        ("cde: 552910", ["552910"]),
        ("code 482913", ["482913"]),
        ("the code is 4829", ["4829"]),
        ("your verification code is 48291", ["48291"]),
        ("OTP: 48291377", ["48291377"]),
        ("otp 482 913", ["482 913"]),
        ("the code is 482-913", ["482-913"]),
        ("passcode 1234567", ["1234567"]),
        ("one-time passcode: 7788", ["7788"]),
        ("one time code 556677", ["556677"]),
        ("2FA code 556677", ["556677"]),
        ("2fa 901234", ["901234"]),
        ("auth code 9911", ["9911"]),
        ("my auth code for the login is 448812", ["448812"]),
        ("authentication code: 771204", ["771204"]),
        ("the code from the text is 771204", ["771204"]),
        ("code from the app 330021", ["330021"]),
        ("the sms code is 004512", ["004512"]),
        ("482913 is the code", ["482913"]),
        ("código 551234", ["551234"]),
        ("el código de verificación es 9087", ["9087"]),
        ("mi código es 123 456", ["123 456"]),
        # named by the message that carried it
        ("got the text, 487573", ["487573"]),
        ("it sent me 547102", ["547102"]),
        # several codes named at once
        ("there were texts with codes 737353 and 583175 that I never saw", ["737353", "583175"]),
        ("vi 3 mensajes con codigos: 602710, 96805 y 94039004", ["602710", "96805", "94039004"]),
        # a "clave" that came in a text
        ("clave SMS 535840", ["535840"]),
        ("la clave que me llegó es 482913", ["482913"]),
        # the sender's number before the text quoted is none
        (
            "Me llego del 89203: «Banco Austral: el código para validar tu tarjeta es 500699»",
            ["500699"],
        ),
        # a label the code's purpose takes as its object names no number
        ("Code texted to verify the claim: 688507", ["688507"]),
        ("el código para confirmar el pedido: 482913", ["482913"]),
        ("the app sent me 994659 but it says expired", ["994659"]),
        ("me mandó 547102", ["547102"]),
        ("ya me llego el sms, es 6787", ["6787"]),
        ("me llegó el mensaje: 449210", ["449210"]),
        # an authenticator app's code
        ("my authenticator shows 209812", ["209812"]),
        # exclamation marks right before the value end no sentence
        ("verification code ‼️ 8369171", ["8369171"]),
        ("my code!!! 482913", ["482913"]),
        # values listed after the first
        ("got 2 codes lol 684 326 and 393-848, which one", ["684 326", "393-848"]),
        ("me llegaron dos códigos, 369 972 y 873372, ¿cuál uso?", ["369 972", "873372"]),
        ("el autenticador dice 550913", ["550913"]),
        # slips in the cue word
        ("el tkoen es 432823", ["432823"]),
        ("passocde 40309092", ["40309092"]),
        ("el cóódigo es 711141", ["711141"]),
        # halves set apart by a slash; the value typed twice
        ("my code is 331/589", ["331/589"]),
        ("code 920-771 920-771", ["920-771", "920-771"]),
        # a bank's text pasted: the code, then what it is for; an email's
        (
            'the text said "92382346 is your banco altavista login code. msg&data rates apply."',
            ["92382346"],
        ),
        ("your one-time security code is: 0792", ["0792"]),
        ("the message: 0954 is your Altura security code. Don't share it.", ["0954"]),
        ("i got 2 texts, the last one says 409665", ["409665"]),
        # an email's code, a lock screen, a notification
        (
            "Hi Olivia,\nUse 571642 to finish signing in. This code expires in 10 minutes.",
            ["571642"],
        ),
        ("on my lock screen it shows 529 678", ["529 678"]),
        ("en la pantalla sale 845 293", ["845 293"]),
        ("it's fine I trust you. they sent me 8818", ["8818"]),
        # typed in the app and refused there
        ("I typed 822856 in the app and it says invalid", ["822856"]),
        ("puse 551203 en la app y dice código incorrecto", ["551203"]),
        # said to have arrived, or read off a screen, right before it (the text layer
        # joins digits typed one at a time)
        ("I got 552524", ["552524"]),
        ("so um yeah i got it, 4 5 2 3 3", ["4 5 2 3 3"]),
        ("a ver me llegó el 1 3 9 7", ["1 3 9 7"]),
        ("ya sé, pero ahí va: me llegó el 862741", ["862741"]),
        ("me salio en el reloj: 9 6 6 7 7 9", ["9 6 6 7 7 9"]),
        ("ok uh it says four one four - one nine nine", ["four one four - one nine nine"]),
        ("recibí el 4471 hace rato", ["4471"]),
        ("ok it came, 139751", ["139751"]),
        ("Interpreter: she received 985985 by text.", ["985985"]),
        ("the text say 173-325", ["173-325"]),
        # read off a photo: OCR letters in it
        ("Messages Today: your verification code is B34 335. We will never call", ["B34 335"]),
        ("su código de verificación es Z19596. No lo comparta", ["Z19596"]),
        # dictated: the digits written as a count
        ("the verification code is 482,913.", ["482,913"]),
        ("el código de verificación es 482,913", ["482,913"]),
        ("one time passcode: 12,345,678", ["12,345,678"]),
        # a scam told again: the value given far from its cue, or as a sentence of its own
        (
            "they said a code would come to cancel it and i read it to him, it was 551203",
            ["551203"],
        ),
        ("me dijeron que me iba a llegar un código y se lo leí, era 882104", ["882104"]),
        # ... given already, in brackets, or read back when asked
        ("is it normal to ask for the text code? i gave it already (62883)", ["62883"]),
        ("¿ustedes llaman para pedir el código? porque yo ya lo di (329843)", ["329843"]),
        ("they sent a code and asked me to read it back... 548630. then she hung up", ["548630"]),
        ("then i got another text with 822657 and gave that too", ["822657"]),
        (
            "they said 'we're sending you a code, read it to me' so i did. 682 424. legit?",
            ["682 424"],
        ),
        ("i told her the code. 771204. she hung up", ["771204"]),
        ("I gave her 883201 which was the code from the sms", ["883201"]),
        ("me pidieron el código que llegó al celular, el 661204, y se los di", ["661204"]),
        ("i forwarded the text with 550231 to them", ["550231"]),
        ("the code went to my wife's phone, she read it to me: 0957247", ["0957247"]),
        ("me llegó el código 118822 y luego otro 920011", ["118822", "920011"]),
        ("mi nip es 2973 y el code es 853674", ["853674"]),
        # a bank's text that gives the code, then what it is for
        ("Banco Sol: usa 118273 para confirmar tu compra", ["118273"]),
        ("Use 440182 to approve the payment", ["440182"]),
        ("Aviso: Código 7781 para activar tu tarjeta en la app", ["7781"]),
        # a card's check of an online purchase abroad
        ("el 3D Secure me mandó 258 145 pero dice que expiró", ["258 145"]),
        ("the 3DS code for the Booking.com charge is 552013", ["552013"]),
        ("wait i got 2 codes, 920554 and then 902554, which one", ["920554", "902554"]),
        ("me llego otro 783536", ["783536"]),
        ("ME LLEGO OTRO 4097 0924", ["4097 0924"]),
        # a bank's text closes with a warning, no denial
        (
            "alto card: 624829 es tu codigo de verificacion nunca te lo pediremos por telefono",
            ["624829"],
        ),
        ("just got 076 938", ["076 938"]),
        ("got it: 114-737", ["114-737"]),
        ("just got 0299", ["0299"]),
        ("ya me llegó, es 933-516", ["933-516"]),
        ("me llegó 1070 2480", ["1070 2480"]),
        # told in the next sentence to whoever asked for it
        ("got a call asking for my code. i said 714626 before i realized", ["714626"]),
        ("me pidieron el código. Le di 551203 :(", ["551203"]),
        # a message that is nothing but a code's two halves
        ("205-747", ["205-747"]),
        ("  654 459 🙏", ["654 459"]),
        ('"318-202".', ["318-202"]),
    ],
)
def test_passcodes(
    recognizers: dict[str, EntityRecognizer], rules: Rules, text: str, expected: list[str]
) -> None:
    assert found(recognizers, rules, EntityType.ONE_TIME_PASSCODE, text) == spans_of(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "the code to authorize is on your receipt, order 4471",
        "the receipt says auth code 482913, terminal 3",
        "recibo: código de autorización 551203",
        "the app shows error code 4012 when I log in",
        "me llegó del short code 32665",
        "te enviamos un código al móvil acabado en 7780",
        "the code came from shortcode 88202",
        "zip code 90210",
        # the sender of a text is its short code
        "got a text from 72166 asking for my pin",
        "i got the sms from 227898 saying my account is locked",
        "me llegó el sms del 72166",
        "got the text at 3pm",
        "my zip code is 10001-2345",
        "area code 305",
        "promo code 2024",
        "error code 4012",
        "the code expires in 10 minutes",
        "I never got the code",
        "the code was sent at 10:45",
        "country code +1",
        "code 12",
        "code 123456789",
        "código postal 28013",
        "I was charged $1234 for the code",
        "I've sent a code to the phone ending in 4821",
        "confirmation code 48291377",
        "codigo postla 34332",
        "código pstal 82144",
        # a phone's last four in a notice that a code was sent
        "Te envié un código de verificación al celular terminación 7530.",
        "A verification code is on its way to your phone ending 7100.",
        "I typed 90210 in the app and it worked",
        "the receipt has auth code 5253 and terminal id 646467419016",
        # a merchant's approval of a charge: on its receipt, or the charge talked about
        "the approval code on the slip is 035699, does that help find it?",
        "I see the charge was approved at 3:14am with approval code 873597.",
        "here's the receipt:\nVISA ****0194\nAPPR CODE 910404\nAMOUNT 4795.28 USD",
        "WALMART #2291\nCARD: ************5424\nAUTH CODE: 507633\nTOTAL: $549",
        "el código de autorización del cargo es 412917 con eso lo encuentran?",
        "la aprobación dice 621175",
        "en el movimiento sale código de autorización 771204",
        "TICKET 0043 AUTORIZACIÓN 734219 TOTAL $1,250.00",
        "the reciept has auth code 6018 and terminal id 5221 5297 1640",
        "the recept has auth code 7431 and terminal id 7769 6874 4942",
        "got it: 90210",
        # what arrived or what a screen says is not always a code
        "I got 1500 back from the merchant",
        "it came to 1500 dollars",
        "the code is B12",
        "the code never came, 2 days now",
        "I got 123456 points last month",
        "I got 2 charges of 1299 each",
        "it says 100,000 on the statement",
        "the verification code is 1,500 points off",
        "home depot #6612 they sent me a code and i never used it",
        # a count of things sent
        "the bank sent me 1099 forms",
        "zip codes 30301 and 30302",
        "promo codes 2024 and 2025",
        "los códigos postales 30301 y 30302",
        "to verify the claim: 688507",
        "the code for the claim: 688507",
        "they sent me 1500 letters about it",
        "it sent me 3 texts",
        "el banco me mandó 2 tarjetas",
        # the sender of a text
        "the code came from 89203 is that even you guys?",
        "el mensaje venía del 227898, ¿ese número es de ustedes?",
        # a merchant's approval beside the charge's amount; a company's codes
        "auth code 987125, £1,183.59",
        "auth code 34589Z, MXN 9,128",
        "the department code is 4471 and the employee ID 88213",
        "use 1500 points to pay",
        "they sent me a code, and the charge was for 2500",
        "verification code: 4,821.50",
        "how many points do i have? the app says 82,634 but i thought it was more",
        "it says 800-555-1234 on the back",
        "me llegó el 15 de marzo",
        "dice 1500 de saldo",
        "me llegó el estado de cuenta por 5400",
        "I typed my zip 90210 in the app and it says invalid",
        # alone, numbers of other shapes, or halves with more around them
        "205747",
        "305-555-0142",
        "555-0142",
        "$205-747",
        "ok 205-747",
        "205-747-1",
        "10 25",
    ],
)
def test_not_passcodes(recognizers: dict[str, EntityRecognizer], rules: Rules, text: str) -> None:
    assert found(recognizers, rules, EntityType.ONE_TIME_PASSCODE, text) == []
