"""Load and validate the YAML rules under `rules/` into typed models.

A rules directory holds one file per concern. Each file is validated on load; a bad file
raises `RulesError` naming the file, the key and the problem, never a silent default.
A directory given with `--rules` may hold only some of the files: the others come from
the rules shipped with guard.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from guard._exceptions import RulesError
from guard._model import Action, EntityType, Role
from guard._phrasing import fold

logger = logging.getLogger("guard.rules")

Language = Literal["en", "es"]
Vocabulary = dict[Language, list[str]]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_phrases(value: Mapping[Any, Any], where: str = "") -> None:
    """Every phrase in a (nested) vocabulary is a non-empty string."""
    for key, item in value.items():
        name = f"{where}.{key}" if where else str(getattr(key, "value", key))
        if isinstance(item, Mapping):
            _check_phrases(item, name)
            continue
        for index, phrase in enumerate(item):
            if not isinstance(phrase, str) or not phrase.strip():
                raise ValueError(f"{name}[{index}]: a phrase must be a non-empty string")


_V = TypeVar("_V", bound=Mapping[Any, Any])


def _checked(value: _V) -> _V:
    _check_phrases(value)
    return value


#: A vocabulary (per language) whose every phrase is a non-empty string.
Phrases = Annotated[Vocabulary, AfterValidator(_checked)]
#: The same, per secret type.
TypedPhrases = Annotated[dict[EntityType, Vocabulary], AfterValidator(_checked)]


def _every_type(value: Mapping[EntityType, Any], missing_what: str) -> None:
    """Raise naming the secret types `value` has no entry for."""
    missing = sorted(t.value for t in EntityType if t not in value)
    if missing:
        raise ValueError(f"{missing_what} {', '.join(missing)}")


# ── detection.yaml ──────────────────────────────────────────────────────────────────────


class Window(_Strict):
    after: int = Field(ge=0, le=400)
    before: int = Field(ge=0, le=400)


class PasswordRules(_Strict):
    stopwords: list[str]
    tells: list[str] = Field(default_factory=list)
    changes: list[str] = Field(default_factory=list)
    spoken: list[str] = Field(default_factory=list)
    spoken_ends: list[str] = Field(default_factory=list)


class MerchantCodes(_Strict):
    """Passcode cues that also name a merchant's authorization of a charge ("AUTH CODE:
    507633" on a receipt), the words of a message about a receipt or a charge, in which
    they name no passcode, and the words of a code sent to the customer, with which they
    still do ("the authorization code we texted you to reverse the charge")."""

    cues: list[str] = Field(default_factory=list)
    receipt_words: Phrases = Field(default_factory=dict)
    sent_words: Phrases = Field(default_factory=dict)

    def receipt_phrases(self) -> list[str]:
        return [p for ps in self.receipt_words.values() for p in ps]

    def sent_phrases(self) -> list[str]:
        return [p for ps in self.sent_words.values() for p in ps]


#: At most this many alias variants of one phrase.
_MAX_VARIANTS = 8
#: Words this long or longer also match with one letter dropped ("contasena"); shorter
#: ones would collide with other words ("clave" - "cave").
_TYPO_DROP_LENGTH = 6


def typos_of(word: str) -> set[str]:
    """The slips a fast typist makes in `word`: two neighbouring letters swapped
    ("passowrd", "tkoen"), a letter doubled ("passsword"), and in a long word a letter
    dropped ("pasword", "contasena")."""
    found = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    found |= {word[:i] + word[i] + word[i:] for i in range(len(word))}
    if len(word) >= _TYPO_DROP_LENGTH:
        found |= {word[:i] + word[i + 1 :] for i in range(len(word))}
    found.discard(word)
    return found


class DetectionRules(_Strict):
    version: Literal[1]
    window: Window
    context: TypedPhrases
    weak_context: TypedPhrases = Field(default_factory=dict)
    not_context: TypedPhrases = Field(default_factory=dict)
    labels: Phrases = Field(default_factory=dict)
    short_labels: Phrases = Field(default_factory=dict)
    aliases: dict[str, list[str]] = Field(default_factory=dict)
    typos: list[str] = Field(default_factory=list)
    corrections: Phrases = Field(default_factory=dict)
    password: PasswordRules
    merchant_codes: MerchantCodes = Field(default_factory=MerchantCodes)
    sent_code_signs: Phrases = Field(default_factory=dict)
    card_back_words: Phrases = Field(default_factory=dict)

    def cues(self, entity: EntityType) -> list[str]:
        """Every cue phrase for `entity`, all languages together, with alias variants."""
        return self.with_aliases(p for ps in self.context.get(entity, {}).values() for p in ps)

    def with_aliases(self, phrases: Iterable[str]) -> list[str]:
        """`phrases` and their variants with a word replaced by one of its `aliases`
        ("código de seguridad" also as "cod de seguridad")."""
        aliases: dict[str, list[str]] = {}
        for word, forms in self.aliases.items():
            aliases.setdefault(fold(word), []).extend(forms)
        for word in self.typos:
            aliases.setdefault(fold(word), []).extend(sorted(typos_of(fold(word))))
        out: list[str] = []
        for phrase in phrases:
            variants = [phrase.split()]
            for index, word in enumerate(phrase.split()):
                for form in aliases.get(fold(word), ()):
                    variants += [
                        [*v[:index], form, *v[index + 1 :]] for v in variants[:_MAX_VARIANTS]
                    ]
            out.extend(" ".join(v) for v in variants)
        return list(dict.fromkeys(out))

    def label_words(self) -> list[str]:
        """Words that name a number as something else: "zip 30301", "flight 1234"."""
        return [*self.card_label_words(), *(p for ps in self.short_labels.values() for p in ps)]

    def card_label_words(self) -> list[str]:
        """The labels that may name a card-length number: "order 4111 1111 1111 1111"."""
        return [p for phrases in self.labels.values() for p in phrases]

    def correction_words(self) -> list[str]:
        """Words that take back a value and give another ("sorry", "i mean", "digo"),
        with the slips of `typos` ("me equivouqé")."""
        return self.with_aliases(p for phrases in self.corrections.values() for p in phrases)

    def weak_cues(self, entity: EntityType) -> list[str]:
        return self.with_aliases(p for ps in self.weak_context.get(entity, {}).values() for p in ps)

    def not_cues(self, entity: EntityType) -> list[str]:
        return self.with_aliases(p for ps in self.not_context.get(entity, {}).values() for p in ps)


# ── policy.yaml ─────────────────────────────────────────────────────────────────────────


class MaskStyle(_Strict):
    keep_last: int | None = Field(default=None, ge=0, le=8)
    replace: str | None = None

    def model_post_init(self, _context: Any) -> None:
        if (self.keep_last is None) == (self.replace is None):
            raise ValueError("give exactly one of keep_last or replace")


class Masking(_Strict):
    char: str = Field(min_length=1, max_length=1)
    types: dict[EntityType, MaskStyle]

    @field_validator("types")
    @classmethod
    def _every_type(cls, value: dict[EntityType, MaskStyle]) -> dict[EntityType, MaskStyle]:
        _every_type(value, "no masking style for")
        return value


class PolicyRules(_Strict):
    version: Literal[1]
    threshold: float = Field(ge=0.0, le=1.0)
    findings: dict[Role, dict[EntityType, Action]]
    masking: Masking

    @field_validator("findings")
    @classmethod
    def _every_role_and_type(
        cls, value: dict[Role, dict[EntityType, Action]]
    ) -> dict[Role, dict[EntityType, Action]]:
        for role in Role:
            if role not in value:
                raise ValueError(f"no actions for role {role.value!r}")
            _every_type(value[role], f"{role.value}: no action for")
        return value

    def action_for(self, role: Role, entity: EntityType) -> Action:
        return self.findings[role][entity]


# ── requests.yaml ───────────────────────────────────────────────────────────────────────

#: What a forbidden agent request does: block the message, or flag it (deliver, record).
RequestAction = Literal["block", "flag"]


class RequestRules(_Strict):
    """What an agent may not ask for, and how such requests are phrased.

    See rules/requests.yaml for what each vocabulary means.
    """

    version: Literal[1]
    actions: dict[EntityType, RequestAction]
    objects: TypedPhrases
    typos: list[str] = Field(default_factory=list)
    generic_objects: TypedPhrases = Field(default_factory=dict)
    referring_objects: Phrases = Field(default_factory=dict)
    referring_context: TypedPhrases = Field(default_factory=dict)
    card_images: Phrases = Field(default_factory=dict)
    expiry: Phrases = Field(default_factory=dict)
    listed_with_expiry: TypedPhrases = Field(default_factory=dict)
    listed_with_card: TypedPhrases = Field(default_factory=dict)
    not_objects: Phrases
    partial: Phrases
    partial_holders: Phrases = Field(default_factory=dict)
    retractions: Phrases = Field(default_factory=dict)
    self_answers: Phrases = Field(default_factory=dict)
    not_list_headers: Phrases = Field(default_factory=dict)
    requests: Phrases
    requests_after: Phrases
    polite_openers: Phrases = Field(default_factory=dict)
    not_asking_verbs: Phrases = Field(default_factory=dict)
    required_after: Phrases
    not_requests: Phrases = Field(default_factory=dict)
    pronoun_requests: Phrases
    warnings: Phrases
    past_questions: Phrases = Field(default_factory=dict)
    not_warnings: Phrases = Field(default_factory=dict)
    threats: Phrases = Field(default_factory=dict)
    consequences: Phrases = Field(default_factory=dict)
    absences: Phrases = Field(default_factory=dict)
    elsewhere: Phrases
    input_verbs: Phrases = Field(default_factory=dict)
    other_screens: Phrases = Field(default_factory=dict)
    info: Phrases
    predicates: Phrases
    possessed: Phrases = Field(default_factory=dict)
    bare_words: Phrases
    clause_breaks: Phrases
    clause_starts: Phrases
    verbs: Phrases

    @field_validator("actions")
    @classmethod
    def _every_type(cls, value: dict[EntityType, str]) -> dict[EntityType, str]:
        _every_type(value, "no action for")
        return value

    def phrases(self, vocabulary: Vocabulary) -> list[str]:
        """Every phrase of one vocabulary, all languages together."""
        return [p for phrases in vocabulary.values() for p in phrases]

    def object_phrases(self, vocabulary: Vocabulary) -> list[str]:
        """`phrases`, and their variants with a word of `typos` mistyped as a fast typist
        does ("your socail", "número de la tarjtea")."""
        slips = {fold(word): sorted(typos_of(fold(word))) for word in self.typos}
        out: list[str] = []
        for phrase in self.phrases(vocabulary):
            out.append(phrase)
            words = phrase.split()
            for index, word in enumerate(words):
                for slip in slips.get(fold(word), ())[:_MAX_TYPO_VARIANTS]:
                    out.append(" ".join([*words[:index], slip, *words[index + 1 :]]))
        return list(dict.fromkeys(out))


#: At most this many slips of one word in one object phrase.
_MAX_TYPO_VARIANTS = 24


# ── conversation.yaml ───────────────────────────────────────────────────────────────────


class AnswerRules(_Strict):
    """A bare value after an agent asked for a secret of these types."""

    types: list[EntityType]
    max_turns: int = Field(ge=1, le=50)
    max_seconds: float = Field(gt=0)
    not_context: Phrases = Field(default_factory=dict)
    followers: Phrases = Field(default_factory=dict)
    notices: TypedPhrases = Field(default_factory=dict)
    other_asks: Phrases = Field(default_factory=dict)
    worded_asks: Phrases = Field(default_factory=dict)
    topics: TypedPhrases = Field(default_factory=dict)
    givers: Phrases = Field(default_factory=dict)
    handovers: Phrases = Field(default_factory=dict)
    replacements: Phrases = Field(default_factory=dict)
    senders: Phrases = Field(default_factory=dict)
    not_notices: Phrases = Field(default_factory=dict)
    not_passwords: Phrases = Field(default_factory=dict)


class SplitCardRules(_Strict):
    """A card number typed over consecutive customer messages."""

    max_messages: int = Field(ge=2, le=50)
    max_seconds: float = Field(gt=0)
    min_digits: int = Field(ge=12, le=19)
    not_context: Phrases = Field(default_factory=dict)
    units: Phrases = Field(default_factory=dict)


class ConversationRules(_Strict):
    version: Literal[1]
    answers: AnswerRules
    split_cards: SplitCardRules


# ── loading ─────────────────────────────────────────────────────────────────────────────

_Model = TypeVar("_Model", bound=BaseModel)

#: file name -> model, the explicit list of what a rules directory holds.
RULE_FILES: Mapping[str, type[BaseModel]] = {
    "detection.yaml": DetectionRules,
    "policy.yaml": PolicyRules,
    "requests.yaml": RequestRules,
    "conversation.yaml": ConversationRules,
}


def default_rules_dir() -> Path:
    """The rules shipped with guard: inside the wheel, or the source tree's `rules/`."""
    packaged = Path(__file__).resolve().parent / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


def _format_location(location: tuple[int | str, ...]) -> str:
    key = ""
    for part in location:
        key += f"[{part}]" if isinstance(part, int) else (f".{part}" if key else str(part))
    return key


# libyaml's safe loader when PyYAML was built with it (its wheels are): the rules load
# ~10x faster than through the pure-Python one, which cost most of the engine's start-up.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_file(path: Path, model: type[_Model]) -> _Model:
    """Read one rules file into `model`, or raise `RulesError` naming file, key and problem."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        raise RulesError(f"cannot read: {error.strerror}", file=path) from None
    try:
        data = yaml.load(raw, Loader=_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise RulesError(f"{where}{problem}", file=path) from None
    if not isinstance(data, dict):
        raise RulesError("the file must hold a mapping of keys", file=path)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        key = _format_location(tuple(first["loc"]))
        problem = first["msg"].removeprefix("Value error, ")
        more = error.error_count() - 1
        if more:
            problem += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise RulesError(problem, file=path, key=key) from None


@dataclass(frozen=True, slots=True)
class Rules:
    """Every rules file of one rules directory, validated."""

    detection: DetectionRules
    policy: PolicyRules
    requests: RequestRules
    conversation: ConversationRules
    source: str

    @classmethod
    def load(cls, directory: Path | str | None = None) -> Rules:
        """Load rules from `directory` (files it lacks come from the shipped rules)."""
        shipped = default_rules_dir()
        base = Path(directory) if directory is not None else shipped
        if not base.is_dir():
            raise RulesError("not a directory", file=base)
        known = set(RULE_FILES)
        unknown = sorted(p.name for p in base.glob("*.y*ml") if p.name not in known)
        if unknown:
            raise RulesError(
                f"unknown rules file(s) {', '.join(unknown)}; expected some of "
                f"{', '.join(sorted(known))}",
                file=base,
            )

        def read(name: str, model: type[_Model]) -> _Model:
            path = base / name
            if not path.exists():
                logger.info("rules: %s not in %s, using the shipped one", name, base)
                path = shipped / name
            return load_file(path, model)

        return cls(
            detection=read("detection.yaml", DetectionRules),
            policy=read("policy.yaml", PolicyRules),
            requests=read("requests.yaml", RequestRules),
            conversation=read("conversation.yaml", ConversationRules),
            source=str(base),
        )
