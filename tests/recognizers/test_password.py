"""PasswordRecognizer: the value after a password cue, not words about the password."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from guard import EntityType, Rules
from tests.recognizers.conftest import found, spans_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("been typing roble2014 and it won't take it", ["roble2014"]),
        ("puse tigre77 y no me lo acepta", ["tigre77"]),
        ('"Mango#77" <- password', ["Mango#77"]),
        ("contraseña\nSolYLuna.21", ["SolYLuna.21"]),
        ("I reset it to pLqWeRtYzX yesterday", ["pLqWeRtYzX"]),
        ("probé con Gatito2020! y con K#wPqLmZ y nada", ["Gatito2020!", "K#wPqLmZ"]),
        # letters and digits tried at a login: two together, or a refusal told after
        ("tried bluebird2020 and sunset4455", ["bluebird2020", "sunset4455"]),
        ("I typed Ranchero77 three times and now it's locked", ["Ranchero77"]),
        ("escribí Pelusa1987 y no me deja entrar", ["Pelusa1987"]),
        ("I use Brandon1990 for everything", ["Brandon1990"]),
        ("uso tortuga.azul5 para todo", ["tortuga.azul5"]),
        ("tried Chicago2019! again, still wrong", ["Chicago2019!"]),
        ("i tried pepper2 and it says wrong password", ["pepper2"]),
        ("intenté con Perro2023 y dice contraseña incorrecta", ["Perro2023"]),
        ("my password is Hunter2!", ["Hunter2!"]),
        ("password: sunshine", ["sunshine"]),
        ("my password is sunshine.", ["sunshine"]),
        ("pw abc123", ["abc123"]),
        ("passwrd rocky#1974", ["rocky#1974"]),
        ("pwd: Tq8#mZ2!", ["Tq8#mZ2!"]),
        ('my password is "blue sky 9"', ["blue sky 9"]),
        ("the password for the app is 'Mets4life'", ["Mets4life"]),
        ("password = P@ssw0rd", ["P@ssw0rd"]),
        ("password for my online account is Garcia#1985", ["Garcia#1985"]),
        ("username: mlopez84 password: Perro2023", ["Perro2023"]),
        ("contraseña: Perro2023", ["Perro2023"]),
        ("mi contraseña es gatita99", ["gatita99"]),
        ("la contraseña es mariposa", ["mariposa"]),
        ("mi password es Chivas#10", ["Chivas#10"]),
        ("I changed my password to Summer2024!", ["Summer2024!"]),
        # the value named before its cue, or set as one
        ("try Gatito6422& thats my password", ["Gatito6422&"]),
        ("puse Bust3r&77 de contraseña y no entra", ["Bust3r&77"]),
        ("tengo Gatita57 como clave", ["Gatita57"]),
        ('I reset it to "Rocky1994" and it still says invalid credentials', ["Rocky1994"]),
        # emoji among the words; '@' and a dot make no e-mail address without a domain
        ("my password 😩 is Tigre@, can you check it?", ["Tigre@"]),
        ("la contraseña que uso es 🙏 Chivas$", ["Chivas$"]),
        ("pw: g@t0.2k why doesn't it work??", ["g@t0.2k"]),
        # values tried at a login, with no word for password (a letter, a digit, a symbol)
        ("I tried Huracan$2022 and Mango@1980, both locked me out", ["Huracan$2022", "Mango@1980"]),
        # changed from one to the other, with no word for password
        (
            "I changed it from Pelota2017_ to $FALCON96sevilla yesterday",
            ["Pelota2017_", "$FALCON96sevilla"],
        ),
        (
            "la cambié de Coqui.tigre11* a Canelo.hooah09& ayer",
            ["Coqui.tigre11*", "Canelo.hooah09&"],
        ),
        ("probé con @Azul2AZ y con Chivas@2019 y nada", ["@Azul2AZ", "Chivas@2019"]),
        # ... that keeps the customer out, or that the customer asks about
        ("i typed HabanaSelena20 and it wont let me in", ["HabanaSelena20"]),
        # what the new one will be, what hers was; what it is, said after a comma
        ("my new password is gonna be Tigre2020!", ["Tigre2020!"]),
        ("la nueva va a ser harley.valentina23, ¿sí?", ["harley.valentina23"]),
        ("y la contraseña de la app, que es Amorcito1977#", ["Amorcito1977#"]),
        ("new password will be cielo.paloma16 ok?", ["cielo.paloma16"]),
        ("tío, me han cambiado la contraseña, la mía era E$tr3ll@1928", ["E$tr3ll@1928"]),
        ("la nueva sería Yankees.1983, ok?", ["Yankees.1983"]),
        # reused everywhere, or asked to be set by the agent
        ("I reused B0c@5485 on like every site, and my email got hacked", ["B0c@5485"]),
        ("can you just set it to hArLeY_23 for me", ["hArLeY_23"]),
        ("¿me la puedes cambiar tú a harley.hunter08?", ["harley.hunter08"]),
        ("ok. should I use paloma76 as my new one? or is that too easy", ["paloma76"]),
        # the online bank's login as "user / password"
        ("* banca en línea: rosa_1989 / Kitty@1993", ["Kitty@1993"]),
        ("mi acceso es luciag64 / MyMonkeyAmo1953%, ¿lo puede revisar?", ["MyMonkeyAmo1953%"]),
        ("my online banking is jsmith / Tigre2020!", ["Tigre2020!"]),
        ('im using "TequilaCaribe53" is that too weak?', ["TequilaCaribe53"]),
        ("estoy usando Perro2020 es muy débil?", ["Perro2020"]),
        ("I reset it to M@dr1d.56 last week and now it doesn't work", ["M@dr1d.56"]),
        # emoji typed after it are not part of it
        ("my password is Perro7😅", ["Perro7"]),
        # slips in the cue word: swapped, doubled, dropped letters
        ("paswsord kevin2010", ["kevin2010"]),
        ("my passsword is Buster7735!", ["Buster7735!"]),
        ("mi contasena es 3str3ll4_34", ["3str3ll4_34"]),
        ("mi conrtasena es sunshine183", ["sunshine183"]),
        # the old and the new one of a password changed, with no word for password
        ("old one was thepapi39 and new one is valentina_papi!", ["thepapi39", "valentina_papi!"]),
        ("la vieja era Tigre$1637 y la nueva Daniela1986", ["Tigre$1637", "Daniela1986"]),
        # two tried, one of letters around a symbol
        ("probe daniela_soccer! y T3qu1l@#1 y ninguna sirve", ["daniela_soccer!", "T3qu1l@#1"]),
        # a login pasted from a password manager; a password reset to a value
        (
            "LastPass has saved: emily.moore@outlook.com / rayados-selena-Rayados-36",
            ["rayados-selena-Rayados-36"],
        ),
        (
            "i reset my password yesterday to Vm6d6d##$EAie2WQQX and it still won't let me in",
            ["Vm6d6d##$EAie2WQQX"],
        ),
        ("mis notes dicen:\nKora\nkevin.torres@aol.com\nMorena1982$\nNIP 4504", ["Morena1982$"]),
        # a login pasted with its labels (the word after "Pass:" is a label)
        (
            "Samsung Pass:\nUsuario: te94@icloud.com\nContraseña: Guadalupe#40",
            ["Guadalupe#40"],
        ),
        # a longer description between the cue and the value
        ("la clave con la que entro a la app es coqui01, mi NIP es 294603", ["coqui01"]),
        # a cue word inside the value
        ("pw Contrasena@99 code 417103", ["Contrasena@99"]),
        # a value set with a slip in the verb, then refused
        ("I rest it to canela733 but the app still locks me out", ["canela733"]),
        # said aloud: symbols and capitals named, letters spelled, up to what ends it
        ("(CUSTOMER SAYS) PASSWORD IS HUMMINGBIRD 152 ASTERISK GA", ["HUMMINGBIRD 152 ASTERISK"]),
        (
            "password for the app is Rosita 1992 underscore i think period",
            ["Rosita 1992 underscore"],
        ),
        (
            "PASSWORD IS UNDERSCORE, CAPITAL B, I, N, G, O, ZERO, THREE GA",
            ["UNDERSCORE, CAPITAL B, I, N, G, O, ZERO, THREE"],
        ),
        (
            "la contraseña de la aplicación es Sunflower 2018 signo de dólar punto",
            ["Sunflower 2018 signo de dólar"],
        ),
        # an ampersand said as "and sign", spelled letters and number words after it
        (
            "my online password is capital r o s a and sign one nine nine one",
            ["capital r o s a and sign one nine nine one"],
        ),
        # a dot said inside it, letters spelled after; a long one, each capital named
        ("mi contraseña es c o n d o r punto ocho ocho", ["c o n d o r punto ocho ocho"]),
        (
            "my password is capital l capital u capital n capital a capital r capital e"
            " capital s capital a one nine nine six",
            [
                "capital l capital u capital n capital a capital r capital e capital s"
                " capital a one nine nine six"
            ],
        ),
        # a login pasted alone as "user / password", or labelled so
        ("gonzalez.r / Toucan!2291", ["Toucan!2291"]),
        ("usuario / contraseña: ana_m / Lirio#445", ["ana_m", "Lirio#445"]),
        # changed to it, words between the verb and "to"
        ("i changed it this morning to Ballena_84 and still nothing", ["Ballena_84"]),
        # an aside between the label and its colon
        ("old password (changed): ronaldo_fan77", ["ronaldo_fan77"]),
        # a note's lines under a password: the old one and the new one
        ("contraseña vieja: Mango_2019\nnueva: Papaya#2024", ["Mango_2019", "Papaya#2024"]),
        # a label in markdown's bold
        ("**Contraseña:** girasol.2024\n**PIN:** ****", ["girasol.2024"]),
        ("**Password**: Mango_77x", ["Mango_77x"]),
        # typed at a login, in the present, and the error told
        ("I type Morirtamarindo3 and say error", ["Morirtamarindo3"]),
        ("I type 8Malecon! and say error", ["8Malecon!"]),
        # the cue, a comma, then the value
        ("ngl i think someone has my password, it's M0ch1%66 😬 should i change it", ["M0ch1%66"]),
        # two values tried, the second after "and also", "y tmb"
        (
            "i tried alianza9095 and also bendecida354 neither works",
            ["alianza9095", "bendecida354"],
        ),
        ("puse MiPollito89 y tmb SoyHouston2011 y nada", ["MiPollito89", "SoyHouston2011"]),
        # told after it was named, set apart by commas, or changed to it
        (
            "she asked for my online banking password to protect it and I gave it: Tortuga77!",
            ["Tortuga77!"],
        ),
        ("le di mi contraseña del banco, Perico2020!, porque me lo pidió", ["Perico2020!"]),
        ("ya la cambié, ahora es Colibri2024", ["Colibri2024"]),
        ("la cambie to Gato#55 ok?", ["Gato#55"]),
        # a login named "user / password"; a value tried "he puesto", refused
        (
            "our shared admin login for the portal is lauren_travel / jaguar.2026&, now locked",
            ["jaguar.2026&"],
        ),
        (
            "he puesto Travel_playa26# en el portal y me dice que la cuenta está bloqueada",
            ["Travel_playa26#"],
        ),
        ("puse Bogota.Cafe19 y me sale 'credenciales invalidas'", ["Bogota.Cafe19"]),
        ("pruebe con LUPITA*1992 que es la que usa para todo", ["LUPITA*1992"]),
    ],
)
def test_passwords(
    recognizers: dict[str, EntityRecognizer], rules: Rules, text: str, expected: list[str]
) -> None:
    assert found(recognizers, rules, EntityType.PASSWORD, text) == spans_of(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "use the option '¿Olvidaste tu contraseña?' in the app",
        'click "Forgot password" as shown',
        "I changed it to Thursday",
        "I reset it to McDonald yesterday",
        "my password\nis fine",
        "I tried Windows11 and it works",
        "I use Chrome2 on my laptop",
        "tried ordering 2 cards and it failed",
        "puse 2522 y me dice PIN incorrecto",
        "i tried 100 times and it says wrong password",
        "I used 1-800-555-0100 and it says wrong password",
        "12/26 is my password",
        "i tried it and it says wrong password and mi zip code es 16069",
        "my password isn't working",
        "my password is wrong",
        "my password is not working",
        "I forgot my password",
        "reset my password please",
        "password must be 8 characters",
        "olvidé mi contraseña",
        "mi contraseña no funciona",
        "is my password case sensitive?",
        "my passport number is on file",
        "can I change my password",
        "the password reset link expired",
        "no me deja entrar, dice contraseña incorrecta👍",
        "You can reset your password here: example.com/reset",
        "password: https://bank.example.com/reset",
        "i use my dogs name as password",
        "my password is juan@gmail.com",
        "I tried again and it failed",
        "I tried iPhone15 and it works",
        "i typed my_email@x.com",
        # the old or new one of something else
        "old one was 4733 new one 8725",
        "the new one is iPhone",
        "the old one is broken.",
        "my email is juan@gmail.com / 555-123-4567",
        "i reset my password yesterday",
        "my password for the bank account at the store is fine",
        "mi correo es ana@gmail.com\ngracias",
        "Veo una transferencia SPEI por 200 pesos con clave de rastreo NU002812HBHD430632.",
        "I changed it from Visa to Mastercard",
        "You can reset your password yourself: open the app, tap Settings > Security.",
        "cambié de plan a premium2024",
        # a remittance's key for its pick-up, a phone number's first group, a password
        # described as only one's own
        "la clave de envio 530863732338 y el monto 2463 dolares",
        "LA CLAVE DE ENVIO EY-B09-234R Y EL MONTO $727.38",
        "no me acuerdo de la clave de la app y el codigo no me llega al 713 931 6861",
        "La contraseña es solo suya. Si él necesita mandar dinero, que abra su propia cuenta.",
        "Your password is only yours.",
        "new one-time code: not working",
        "my password is fine and the dash cam works",
        "la cambié a las 3pm",
        "el señor me preguntó '¿cuál es la clave que usa en el cajero?' y ahí colgué",
        "my password for the app, Roberto, is the same as before",
        "I changed my password, 2 weeks ago",
        # passes of other kinds
        "Boarding pass says DL 5365, seat 12K, gate K14, boarding 17:20.",
        "Socio viajero frecuente LATAM Pass 40440905591, no me sumaron las millas",
        "user | password\nana.g | Tortuga88!",
        # a lone "nuevo" with a copula names no password: a new limit
        "El límite nuevo es RD$8680.",
        # pairs that are no login: flights, tiers, versions
        "AA1234 / AA5678",
        "Gold / Platinum2025",
        "v2.1 / v2.2beta",
        # tried, then a tell, but no word that looks like a password
        "I tried 3 times and it wont let me in",
        "i use 2 cards is that safe",
        "I tried Chrome and it wont let me in",
        # a setting asked for that looks like no password
        "can you change it to Windows11",
        "your new password will be sent to your email",
        "my password is gone",
        "debe actualizar su NIP y contraseña en https://plata-clientes.help/verify?id=939502",
        "your temporary password will expire in 24 hours",
        "please set it to autopay2024",
        "cambiar a las 3pm",
        "i use iPhone15 is that ok",
        # how it is kept, not what it is
        "It's just for verification, the password is encrypted on our side.",
        "Es solo para verificar, la contraseña va encriptada.",
        "banca en línea: 12/05 / 2024",
        # the old card's masked number, named as "the old one"
        "y la vieja XXXX-XXXX-XXXX-6283 ya no sirve, ¿verdad?",
    ],
)
def test_not_passwords(recognizers: dict[str, EntityRecognizer], rules: Rules, text: str) -> None:
    assert found(recognizers, rules, EntityType.PASSWORD, text) == []
