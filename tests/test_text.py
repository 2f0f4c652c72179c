"""The text layer: what `normalize` undoes, what it leaves alone, and its offset map."""

from __future__ import annotations

import pytest

from guard import NormalizedText, normalize
from guard._text import normalize_secret


def digits_of(norm: NormalizedText) -> str:
    return "".join(ch for ch in norm.text if ch.isdigit())


# ── identity ────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello, I have a question about my bill",
        "card 4111 1111 1111 1111 please",
        "I paid $1,250.00 on 03/14/2025 at 10:30",
        "I have two cards",
        "one or two charges",
        "four of us are traveling",
        "a one-time passcode",
        "uno de mis cargos",
        "uno o dos cargos, dos o tres veces",
        "XXXX-XXXX-XXXX-1234",
        "**** **** **** 1234",
        "•••• 1234",
        "the last four are 1234",
        "call me at (555) 123-4567",
        "Oh, 2 cards were charged",
        "lol I am 25 lol",
        "Bill Lopez, Oslo, SOS, ZOO, Illinois",
        "mi folio es S516854, apt 4B, Galaxy S20, vitamin B12",
        "ünïcödé ✓ señor, ¿cómo está?",
        "order 112-4482913-2291 arrived 2 o 3 días tarde",
    ],
)
def test_text_without_disguise_is_unchanged(text: str) -> None:
    norm = normalize(text)
    assert norm.text == text
    assert norm.is_identity
    assert norm.to_original(0, len(text)) == (0, len(text))


def test_plain_ascii_takes_the_fast_path() -> None:
    norm = normalize("hello there, I need help")
    assert norm.is_identity
    assert norm.source(3) == (3, 4)


# ── characters ──────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("４１１１ １１１１", "4111 1111"),  # fullwidth
        ("٤١١١", "4111"),  # Arabic-Indic
        ("۴۱۱۱", "4111"),  # extended Arabic-Indic
        ("४१११", "4111"),  # Devanagari
        ("𝟒𝟏𝟏𝟏", "4111"),  # mathematical bold
        ("4१1１", "4111"),  # mixed with ASCII
        ("①②③", "123"),  # circled (NFKC)
        ("4111\u200b1111", "41111111"),
        ("4\u200c1\u200d1\u20601\ufeff1\u00ad1\u180e1", "4111111"),
        ("4\ufe0f\u20e31\ufe0f\u20e3", "41"),  # keycaps
        ("4\u03321\u0332", "41"),  # combining underline on digits
        ("4111\u00a01111\u20071111\u202f1111\u30001111", "4111 1111 1111 1111 1111"),
        ("4111\u20131111\u20141111\u22121111\u20111111", "4111-1111-1111-1111-1111"),
        ("4111•1111•1111", "4111.1111.1111"),
        ("4111\x001111", "41111111"),  # control character
        ("4\u041e11 \u0406111", "4011 1111"),  # Cyrillic O and I between digits
    ],
)
def test_unicode_disguises_become_ascii(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_a_letter_with_an_accent_stays_itself() -> None:
    assert normalize("código número año").text == "código número año"


# ── look-alike letters ──────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4O11 1111", "4011 1111"),
        ("4o11", "4011"),
        ("4l11 I111 11|1", "4111 1111 1111"),
        ("4lll llll llll llll", "4111 1111 1111 1111"),
        ("4111 1111 1111 IIII", "4111 1111 1111 1111"),
        ("4111 OOOO 1111", "4111 0000 1111"),
        ("4S11 1B11 11Z1", "4511 1811 1121"),
        ("4 1 1 1 l 1 1 1 1", "411111111"),  # typed one digit at a time: joined
        ("code 1O2", "code 102"),
        ("cvv oO|", "cvv 001"),
        ("pin lOlI", "pin 1011"),
        ("lZl-32-3|lO", "121-32-3110"),
        ("6ZZl-26Z4-OOZl-O692", "6221-2624-0021-0692"),
        ("4467-OOiO-69|O-29Z5", "4467-0010-6910-2925"),
        ("4265-6873-5407-I", "4265-6873-5407-1"),  # a dash ties the lone I in
        # a bar glued inside a short group is a 1, not a pasted field's edge (and "|9-63|"
        # is no card's expiry between bars)
        ("3703-450119-63|71", "3703-450119-63171"),
        ("3703-450I|9-63|71", "3703-450119-63171"),
        ("\u0399\u0406\u0406-557", "111-557"),  # Greek and Cyrillic I
        ("cvv \u0406\u039f\u043e", "cvv 100"),
        # OCR of a card or an SSN: a letter at a group's edge too, in a card's or an
        # SSN's shape
        ("SOCIAL SECURITY\n447-4B-8995\nTHIS", "SOCIAL SECURITY\n447-48-8995\nTHIS"),
        ("AMERICAN EXPRESS 3439 S01323 6Z668 VENCE", "AMERICAN EXPRESS 3439 501323 62668 VENCE"),
    ],
)
def test_look_alike_letters_inside_numbers_are_digits(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "lol",
        "LOL",
        "Lol",
        "III",
        "I",
        "I think 5 I guess",
        "4939 5039 1757 1177 | 12/2029 | 586",  # a bar between pasted fields
        "4265 6971 4084 8537|8/30|336",
        "I'm 25 lol",
        "2 o 3",  # Spanish "2 or 3"
        "5 I 6",
        "SOS",
        "S516854",  # an id: S heads it
        "4B",
        "B2B",
        "O2",
        "2l",
        "Oslo 2024",
        "ZOO 12 lions",
        "4111 1111 1111 1111 I think",
        "Oslo 1234 5678 9012",
        "$1,250.00 oil",
    ],
)
def test_look_alike_letters_outside_numbers_stay_letters(text: str) -> None:
    assert normalize(text).text == text


# ── spelled-out digits ──────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("four one one one", "4111"),
        ("Four One One One", "4111"),
        ("FOUR-ONE-ONE-ONE", "4111"),
        ("four, one, one, one", "4111"),
        ("cuatro uno uno uno", "4111"),
        ("cero cinco nueve", "059"),
        ("zero seven eight", "078"),
        ("4111 one one one one 1111 1111", "4111 1111 1111 1111"),
        ("four one one one, one one one one", "4111 1111"),
        ("four one one one  one one one one", "4111 1111"),
        ("one two three - four five - six seven eight nine", "123-45-6789"),
        ("one two three\nfour five", "123\n45"),
        ("four five six. one two three", "456 123"),
        ("six two-eight four six four", "62-8464"),
        ("use this one four five six seven", "use this one 4567"),
        ("the new one 4111 1111 1111 1111", "the new one 4111 1111 1111 1111"),
        ("my social is one two three four five six seven eight nine", "my social is 123456789"),
        ("the cvv is four five six", "the cvv is 456"),
        ("4760 2065 2182 zero", "4760 2065 2182 0"),
        # typed and spoken groups keep the typed separators; sentences stay apart
        ("11/27 - three seven one", "11/27 - 371"),
        ("53 - 72 - nine zero - six seven - 72", "53 - 72 - 90 - 67 - 72"),
        ("6759  seis uno ocho seis  ocho uno uno cinco  0180", "6759  6186  8115  0180"),
        ("six four nine zero\n3987", "6490\n3987"),
        ("seven one seven. 275 26 6433", "717. 275 26 6433"),
        ("four oh five", "405"),
        ("four oh oh five", "4005"),
        ("pin oh seven two five", "pin 0725"),
        ("pin: o o seven two", "pin: 0072"),
        ("oh-seven-two-five", "0725"),
        ("double four five", "445"),
        ("triple seven", "777"),
        ("double oh seven", "007"),
        ("doble cuatro cinco", "445"),
        ("pin is one two three four.", "pin is 1234."),
        ("the last four one two three four", "the last four 1234"),
        ("últimos cuatro uno dos tres cuatro", "últimos cuatro 1234"),
        ("termina en cuatro tres dos uno", "termina en 4321"),
        # dictation pauses join groups; "oh" closing spoken digits is their last zero
        ("nine one two... three four oh... five five", "912 340 55"),
        ("cinco cinco… dos uno", "55 21"),
        ("the code is seven seven oh", "the code is 770"),
        ("one two oh, three", "120 3"),
        ("it was six six oh.", "it was 660."),
        ("one two three oh wait", "123 oh wait"),
        # a repeat word inside a card-long number counts its copies: the lone "three"
        # closing it is a group of its own
        ("6759 double two seven one 2818 three", "6759 2271 2818 3"),
        # an "O" closing spoken digits at the end is their last zero ("six O thanks" is
        # "six, oh thanks")
        ("five four six O", "5460"),
        ("five four six O thanks", "546 O thanks"),
        # a digit word before a unit counts something: "three times" is no digit
        ("typed 8 4 5 0 three times", "typed 8450 three times"),
        ("marqué 6 2 0 5 tres veces", "marqué 6205 tres veces"),
        # separators said aloud, as dictation leaves them
        ("four one eight seven dash five seven five five", "4187 5755"),
        ("cinco tres ocho cinco coma ocho ocho ocho ocho", "5385 8888"),
        ("TRES CINCO CINCO CUATRO GUION UNO CERO OCHO SIETE", "3554 1087"),
        # the fillers a transcript keeps part groups, as a pause does
        ("six one one two uhm four four nine zero", "6112 4490"),
        ("nueve ocho siete este cuatro tres dos uno", "987 4321"),
        ("two seven one hmm, 4410", "271 4410"),
        ("cinco dos o sea nueve nueve", "52 99"),
        ("seis cero, o sea, cuatro cuatro", "60 44"),
        ("tres tres pues uno cinco a ver nueve", "33 15 9"),
        # emoji between groups part them, as a space does
        ("4929 😩 3979 4867 2414", "4929 3979 4867 2414"),
        ("tarjeta 5344👀6610 4346 7136", "tarjeta 5344 6610 4346 7136"),
        ("6011 0009🔥9013 9424 ✅", "6011 0009 9013 9424 ✅"),
        ("paid $20 🙏 thanks", "paid $20 🙏 thanks"),
        # a value's name glued to it is parted from it
        ("CVC771 lol", "CVC 771 lol"),
        ("el nip4410 no sirve", "el nip 4410 no sirve"),
        ("otp55120953", "otp 55120953"),
        ("pin12 and cvv2", "pin12 and cvv2"),
        ("Confirmation #: OTP15468427", "Confirmation #: OTP15468427"),
        ("su folio es PIN20250611", "su folio es PIN20250611"),
        # numbers said in pairs: a tens word and the unit after it are two digits
        ("seven forty-one ninety eight", "74198"),
        ("the pin is eighty two thirteen", "the pin is 8213"),
        ("es el setenta y dos cero nueve", "es el 7209"),
        ("treinta y ocho veintiséis once", "382611"),
        ("cuatro once nueve", "4119"),
        # ... and as words they stay words
        ("I tried once, twenty minutes ago", "I tried once, twenty minutes ago"),
        ("the top ten cards", "the top ten cards"),
        ("paid at the 7-Eleven on 5th", "paid at the 7-Eleven on 5th"),
        # ... and a clock time said in words stays a time
        ("the code expires at ten thirty", "the code expires at ten thirty"),
        ("me llamaron a las once cuarenta", "me llamaron a las once cuarenta"),
        ("got the text two fifteen pm", "got the text two fifteen pm"),
        # ... and so does an amount
        (
            "the replacement fee was twenty nine ninety five",
            "the replacement fee was twenty nine ninety five",
        ),
        (
            "me cobraron treinta y cinco cincuenta pesos",
            "me cobraron treinta y cinco cincuenta pesos",
        ),
        # words dictation writes for a digit, among spoken digits
        ("five for nine five, five one six three", "5495 5163"),
        ("three five eight one, won four oh six, ate two ate nine", "3581 1406 8289"),
        ("four eight too eight two oh zero four", "48282004"),
        ("card is for three six nine, eight four nine six", "card is 4369 8496"),
        # "oh" closing spoken digits before a relay operator's "(CONT)"
        ("FOUR THREE THREE OH (CONT)", "4330 (CONT)"),
        # "for" closing, "to" opening spoken digits stay words
        ("five six seven eight nine four for the payment", "567894 for the payment"),
        ("update my card to three seven six three", "update my card to 3763"),
    ],
)
def test_spelled_out_digits_become_digit_groups(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "one",
        "I have two cards",
        "two, three times",
        "one or two charges",
        "four of us are traveling",
        "one time",
        "a one-time passcode",
        "two-factor code",
        "the three digit code",
        "uno de mis cargos",
        "uno o dos cargos",
        "las dos tarjetas",
        "2 one-way tickets",
        "flight 302 one way",
        "nine to five",
        "twenty-one",
        "Oh one more thing",
        "oh one two",
        "oh, 5 minutes",
        "my card 6499-8882-5826-9128-996 oh and my other one",
        "I have two kids oh.",
        "double check",
        "the last four 1234",
        "my dashboard shows one",
        "one dash of salt",
        "my id is S516854",
        "order S123 45",
        "two for one deal",
        "from one to five stars",
        "i went to four stores",
        "one for all",
        "I ate one",
        "two comma separated lists",
    ],
)
def test_number_words_in_prose_stay_words(text: str) -> None:
    assert normalize(text).text == text


# ── digits typed one at a time ──────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # single digits inside a group, a wider gap (or a dash, a slash, a comma) between
        ("5 4 9 1  0 0 3 8  7 7 2 6  1 0 4 5", "5491 0038 7726 1045"),
        ("6 0 1 1\n2 2 8 4\n9 9 0 1\n3 3 7 2", "6011\n2284\n9901\n3372"),
        ("3 7 1 2   4 4 9 8 1 0   6 6 2 0 3", "3712 449810 66203"),
        ("5 4 9 1 - 0 0 3 8 - 7 7 2 6 - 1 0 4 5", "5491-0038-7726-1045"),
        ("7 7 1  2 0  9 9 3 1", "771 20 9931"),
        ("7 7 1 / 2 0 / 9 9 3 1", "771 20 9931"),
        # every digit alone, one kind of gap throughout
        ("social 6 1 2 0 4 8 8 3 7", "social 612048837"),
        ("mi pin es 9.0.3.3", "mi pin es 9033"),
        ("my pin is 4-0-7-7", "my pin is 4077"),
        ("la clave: 1\t9\t7\t2", "la clave: 1972"),
        # two spaces between every digit, as a PIN mailer prints them
        ("Su PIN es:\n4  6  0  9\nMemorícelo", "Su PIN es:\n4609\nMemorícelo"),
        ("ssn 5  3  6  2  2  8  1  9  0", "ssn 536228190"),
        # a comma after every digit, as a screen reader reads them
        ("código 8, 9, 8, 0, 9, 4", "código 898094"),
        ("5, 4, 2, 3. 7, 9, 1, 1. 5, 8, 0, 6. 4, 4, 6, 1", "5423 7911 5806 4461"),
        ("3, 8, 9. 3, 9. 2, 0, 6, 5", "389 39 2065"),
        ("cvv 5 0 8", "cvv 508"),
        ("ssn 6.1.2.0.4.8.8.3.7", "ssn 612048837"),
        ("Oh, 4 5 6", "Oh, 456"),  # the interjection stays a word
        # digits and digit words mixed, in either language
        ("7 two 8", "728"),
        ("the code is nine 4 4 one 0 six", "the code is 944106"),
        ("cuatro 0 0 siete", "4007"),
        ("1 cero cero", "100"),
        ("5 tres ocho 1  2 2 3 siete  7 8 2 ocho", "5381 2237 7828"),
        ("six 1 1 two, 4 four 0 0", "6112 4400"),
        ("two 2 four / 1 9 / three 3 0 8", "224 19 3308"),
        ("3 oh 5 5", "3055"),
        ("double 4 nine", "449"),
    ],
)
def test_digits_typed_one_at_a_time_join_into_groups(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "version 7.0.1 of the app",
        "it ended 3 - 1",
        "we played a 4-4-2",
        "steps: 1. 2. 3.",
        "1, 2, 3",
        "pick 1 or 2",
        "on 3/4/2025 at 9:30",
        "call 1 800 555 0199",
        "I have 2 cards, one is blocked",
        "2 one-way tickets",
        "give me 5 minutes",
        "1 or 2 times, maybe 3",
        "tengo 2 tarjetas y una es nueva",
        "page 2 of 5",
        "6 x 7",
        "room 4 b",
        "rooms 1  2  3 are free",  # (two spaces: four digits at least)
        "options 1, 2, 3",  # (a comma: four digits at least)
    ],
)
def test_single_digits_in_prose_stay_apart(text: str) -> None:
    assert normalize(text).text == text


def test_a_digit_typed_alone_maps_back_to_itself() -> None:
    text = "pin: 4 nine 0 2 ok"
    norm = normalize(text)
    assert norm.text == "pin: 4902 ok"
    assert [text[slice(*norm.source(i))] for i in range(5, 9)] == ["4", "nine", "0", "2"]
    assert text[slice(*norm.to_original(5, 9))] == "4 nine 0 2"


# ── offsets ─────────────────────────────────────────────────────────────────────────────


def test_each_spelled_digit_maps_back_to_its_word() -> None:
    text = "cvv: four five six"
    norm = normalize(text)
    assert norm.text == "cvv: 456"
    assert [text[slice(*norm.source(i))] for i in range(5, 8)] == ["four", "five", "six"]
    assert text[slice(*norm.to_original(5, 8))] == "four five six"


def test_offsets_skip_invisible_characters_and_cover_the_whole_number() -> None:
    text = "card ４１１１\u200b 1111 one one one one 1111 ok"
    norm = normalize(text)
    assert norm.text == "card 4111 1111 1111 1111 ok"
    start = norm.text.index("4")
    span = norm.to_original(start, start + 19)
    assert text[slice(*span)] == "４１１１\u200b 1111 one one one one 1111"
    assert text[slice(*norm.to_original(len(norm.text) - 2, len(norm.text)))] == "ok"


def test_a_word_split_by_an_invisible_character_is_still_a_word() -> None:
    text = "fo\u200bur one one one"
    norm = normalize(text)
    assert norm.text == "4111"
    assert norm.source(0) == (0, 5)


def test_an_empty_span_maps_to_a_position() -> None:
    norm = normalize("x ４")
    assert norm.to_original(2, 2) == (2, 2)
    assert norm.to_original(3, 3) == (3, 3)


def test_repeat_word_and_its_digit_each_carry_a_copy() -> None:
    text = "double four five"
    norm = normalize(text)
    assert [text[slice(*norm.source(i))] for i in range(3)] == ["double", "four", "five"]


# ── secret spans ────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one two", "12"),
        ("four oh", "40"),
        ("I l O", "1 1 0"),
        ("4111 1111", "4111 1111"),
    ],
)
def test_a_secret_span_counts_every_disguised_digit(text: str, expected: str) -> None:
    assert normalize_secret(text).text == expected
