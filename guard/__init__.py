"""guard: keeps secrets out of customer-care chat.

The public API: the engine and its values, rules, configuration and errors.
"""

from guard._config import Config
from guard._engine import Engine
from guard._exceptions import ConfigError, GuardError, MessageError, RulesError, StoreError
from guard._model import Action, EntityType, Finding, Message, Role, Verdict, Violation
from guard._rules import Rules
from guard._state import ConversationState
from guard._text import NormalizedText, normalize

__version__ = "0.1.0"

__all__ = [
    "Action",
    "Config",
    "ConfigError",
    "ConversationState",
    "Engine",
    "EntityType",
    "Finding",
    "GuardError",
    "Message",
    "MessageError",
    "NormalizedText",
    "Role",
    "Rules",
    "RulesError",
    "StoreError",
    "Verdict",
    "Violation",
    "__version__",
    "normalize",
]
