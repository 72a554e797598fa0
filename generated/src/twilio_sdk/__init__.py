"""A typed Python SDK for the Twilio REST API, generated from its OpenAPI description.

Generated from the spec; do not edit.
"""

from ._runtime.errors import ApiError, TransportError, TwilioError, ValidationError
from ._runtime.pagination import Page
from ._runtime.values import UNSET, Unset
from .client import Client
from .voice.v1.connection_policy import ConnectionPolicy

__version__ = "0.1.0"

__all__ = [
    "ApiError",
    "Client",
    "Page",
    "TransportError",
    "TwilioError",
    "UNSET",
    "Unset",
    "ValidationError",
    "ConnectionPolicy",
]
