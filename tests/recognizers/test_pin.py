"""PinRecognizer: 4-6 digits named as a PIN (PIN, NIP, clave del cajero...)."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from guard import EntityType, Rules
from tests.recognizers.conftest import found, spans_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PIN (typed apart so the bot skips it): 5 5 1 2", ["5 5 1 2"]),
        # the value presented, then its cue ("siendo" is no "ending")
        ("sigue siendo 3024 el nip o necesito otro", ["3024"]),
        ("3024 el nip", ["3024"]),
        ("yo pongo 45278 que es mi PIN y me dice incorrecto", ["45278"]),
        # past a last four that hands the value over
        ("Your PIN for the card ending in 1892 is: 0470\nPlease memorize it", ["0470"]),
        ("my pin for the card ending 4821 is 7391", ["7391"]),
        ("PIN for card ending 8556 = 3304", ["3304"]),
        # past a last four that closes its line, the value alone on a later line
        ("Your new PIN\nCard ending 0178\n[ 7483 ]\nPeel here to reveal", ["7483"]),
        # a "clave" alone is still a PIN's (one that came in a text is a passcode's)
        ("mi clave es 4821", ["4821"]),
        # given in brackets after a denial; asked about in the next sentence
        ("the thief didn't know my pin (6480) so how did they take cash out??", ["6480"]),
        ("the app wants a new pin. is 4649 ok or is it too easy", ["4649"]),
        ("me pide un NIP nuevo. ¿1234 está bien?", ["1234"]),
        ("Tu nuevo NIP\nTarjeta terminación 5870\n\n3008\n", ["3008"]),
        ("Su número de identificación personal (PIN) es S788\nMemorícelo", ["S788"]),
        ("I entered 5512 at the atm and it said wrong PIN", ["5512"]),
        ("puse 4821 en el cajero y me dice NIP incorrecto", ["4821"]),
        ("PROBÉ 5521 Y ME DICE PIN INCORRECTO", ["5521"]),
        ("typed 8830 and it says wrong pin", ["8830"]),
        ("I tried 7302 for my pin twice", ["7302"]),
        ("el pin de 4 dígitos es 8019", ["8019"]),
        ("mi nip de 4 numeros: 7261", ["7261"]),
        ("my pin is 4821", ["4821"]),
        ("my pin is 4,821", ["4,821"]),
        ("mi nip es 48,213", ["48,213"]),
        ("PIN: 48213", ["48213"]),
        ("pin 482135", ["482135"]),
        ("4821 is my pin", ["4821"]),
        ("atm pin 9090", ["9090"]),
        ("security pin 2878", ["2878"]),
        ("debit pin is 0007", ["0007"]),
        ("pin number 5678", ["5678"]),
        ("can you change my PIN to 2468", ["2468"]),
        ("mi NIP es 4321", ["4321"]),
        ("nip: 8765", ["8765"]),
        ("clave del cajero 1234", ["1234"]),
        ("mi pin es 9876", ["9876"]),
        # a change: the old and the new one
        ("change pin 4733 -> 8725 please", ["4733", "8725"]),
        ("cambiar pin 9337 por 5752", ["9337", "5752"]),
        ("i want to change my pin from 6967 to 742960", ["6967", "742960"]),
        ("cambiar pin 3784 x 4402", ["3784", "4402"]),
        ("can u switch my pin? the old one is 8086, new 5733", ["8086", "5733"]),
        ("cámbienme el NIP, el viejo es 8439 y quiero 2114", ["8439", "2114"]),
        ("mi nip actual es 6925 y lo quiero cambiar a 0389", ["6925", "0389"]),
        ("please change my pin, old is 3678, I want 8875", ["3678", "8875"]),
        ("PLEASE CHANGE MY PIN OLD IS 5112 I WANT 9 4 2 4", ["5112", "9 4 2 4"]),
        ("QUIERO CAMBIAR EL PIN DE 6349 A 955526", ["6349", "955526"]),
        # tried until the card locked, with no word for PIN
        ("i tried 7668 three times and now its locked", ["7668"]),
        ("intente con 6596 tres veces y se bloqueo", ["6596"]),
        # typed on a keypad after the PIN is named
        ("The man told me to enter my PIN on the keypad. I pressed 5521", ["5521"]),
        ("me dijo que marcara mi NIP en el teléfono y presioné 7730", ["7730"]),
        ("mi nip es 2973 y el code es 853674", ["2973"]),
        # kept written down, typed at a bank's machine, tried at ATMs abroad
        ("I have 0915 saved in my notes as the PIN for the company card", ["0915"]),
        (
            "i entered 7583 at the Santander machine around 18:00. that's definitely my pin.",
            ["7583"],
        ),
        ("tried 4281 at Société Générale, then again at another atm, same error", ["4281"]),
        ("la clave que tengo anotada es 2343, ¿será que me la cambiaron?", ["2343"]),
        # (but not an amount after it)
        ("pin 4733 to withdraw 8000 dollars", ["4733"]),
        ("my pin is 4821, I want 1500 dollars", ["4821"]),
    ],
)
def test_pins(
    recognizers: dict[str, EntityRecognizer], rules: Rules, text: str, expected: list[str]
) -> None:
    assert found(recognizers, rules, EntityType.PIN, text) == spans_of(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "nip actual: bloqueada oh and my 2007 honda",
        "I forgot my PIN",
        "my pin is locked",
        "I tried my pin 3 times",
        "pin 12",
        "pin 1234567",
        "I need a new pin for the card ending in 4821",
        "how do I set a PIN on the new card endiing in 8457?",
        "pinterest 2024",
        "my pin was 1,234 dollars",
        "my pin is blocked, I pressed 1 for english and then 2",
        "I tried 1500 at the atm",
        "pin 1,234,567",
        "my pin is 482",
        "2 my pins got blocked",
        "my pin is SOS",
        "no sé mi nip",
        "my pin has 4 digits",
        "I changed my PIN on 03/14/2024",
        "tried 1200 dollars 3 times, still blocked",
        "I tried 2 times to call 5551234567",
        # a step of a path through the app's menus (the card's last four)
        "You can reset your PIN in the Brixa app: Cards > 8747 > Change PIN.",
        "Puede cambiar el PIN desde el app: Tarjetas > 1429 > Cambiar PIN.",
        # a question in the next sentence about something else
        "I forgot my pin. is 2pm ok for a call?",
        "I changed my PIN. is 3 days ok for the new card to arrive",
        "I didn't share my pin (not even with my wife)",
        # an address's number, its street before it and its interior after it
        "Te llegará tarjeta y NIP nuevos a Calle Reforma 1009 int. 18.",
        "Your new card and PIN go to Pine St 1583 apt 16.",
        # past a last four, a number that is not alone on its line
        "I need a new pin for the card ending 0178\n1234 is my zip",
        "reset my pin\ncard ending 0178\nbalance 2300",
    ],
)
def test_not_pins(recognizers: dict[str, EntityRecognizer], rules: Rules, text: str) -> None:
    assert found(recognizers, rules, EntityType.PIN, text) == []
