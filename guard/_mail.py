"""The body of a message written as a mail (an email-to-chat bridge): past its greeting,
before its sign-off, signature or the quoted mail it answers.

"Hi Carla,\\n\\n702523\\n\\n-- \\nAshley Kowalski\\n6134 Maple St" answers with "702523": the
greeting, the name under the sign-off, "Sent from my iPhone" and the address are no part
of the answer. A message without a greeting or a sign-off line is its own body.
"""

from __future__ import annotations

import regex

# A greeting line that opens a mail: "Hi Carla,", "To whom it may concern,", "Estimados:".
_GREETING = regex.compile(
    r"(?i)[ \t]*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|to\s+whom\s+it\s+may"
    r"\s+concern|greetings|hola|buen[oa]s(?:\s+(?:d[ií]as|tardes|noches))?|estimad[oa]s?(?:/a)?"
    r"|querid[oa]s?|saludos)\b[^\n]{0,48}\n"
)
# Where the body ends: a sign-off alone on its line ("Thanks,", "Saludos cordiales,"), a
# signature's "-- ", "Sent from my iPhone", the quoted mail ("-----Original Message-----",
# "On May 5, 2026, Ana wrote:", "> ...").
_BODY_END = regex.compile(
    r"(?im)^[ \t]*(?:(?:thanks|thank\s+you|many\s+thanks|regards|best(?:\s+regards)?|"
    r"kind\s+regards|warm\s+regards|sincerely|cheers|respectfully|saludos(?:\s+cordiales)?|"
    r"un\s+saludo|gracias|muchas\s+gracias|atentamente|cordialmente|quedo\s+atent[oa])"
    r"[ \t]*[,.!]?[ \t]*$"
    r"|--[ \t]*$|sent\s+from\s+my\b|enviado\s+desde\s+mi\b|-{3,}[ \t]*(?:original|mensaje)"
    r"|(?:on|el)\b[^\n]{0,120}\b(?:wrote|escribi[oó]):[ \t]*$|>)"
)


def mail_body(text: str) -> tuple[int, int]:
    """Where the body of `text` starts and ends (the whole text when it is no mail)."""
    greeting = _GREETING.match(text)
    start = greeting.end() if greeting is not None else 0
    for end in _BODY_END.finditer(text, start):
        # (A reply may quote the ask before it answers: "> what's the code?\n\n882".)
        if end[0] == ">" and _only_quoted(text[start : end.start()]):
            continue
        return start, end.start()
    return start, len(text)


def _only_quoted(text: str) -> bool:
    """Whether every line of `text` is blank or quoted ("> ...")."""
    return all(not line.strip() or line.lstrip().startswith(">") for line in text.split("\n"))
