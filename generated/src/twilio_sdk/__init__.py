"""A typed Python SDK for the Twilio REST API, generated from its OpenAPI description.

Generated from the spec; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._runtime.errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    RequestTimeoutError,
    ResponseTooLargeError,
    ServerError,
    TransportError,
    TwilioError,
    ValidationError,
)
from ._runtime.values import UNSET, Unset
from .client import AsyncClient, Client

if TYPE_CHECKING:
    from ._runtime.pagination import AsyncPage, Page
    from ._runtime.resource import RawResponse
    from ._runtime.retries import RetryPolicy
    from .voice.v1.bulk_country_update import BulkCountryUpdate
    from .voice.v1.byoc_trunk import ByocTrunk
    from .voice.v1.connection_policy import ConnectionPolicy
    from .voice.v1.connection_policy_target import ConnectionPolicyTarget
    from .voice.v1.country import Country
    from .voice.v1.highrisk_special_prefix import HighriskSpecialPrefix
    from .voice.v1.ip_record import IpRecord
    from .voice.v1.settings import Settings
    from .voice.v1.source_ip_mapping import SourceIpMapping

# Imported on first use, to keep `from twilio_sdk import Client` fast.
_LAZY = {
    "AsyncPage": "_runtime.pagination",
    "Page": "_runtime.pagination",
    "RawResponse": "_runtime.resource",
    "RetryPolicy": "_runtime.retries",
    "BulkCountryUpdate": "voice.v1.bulk_country_update",
    "ByocTrunk": "voice.v1.byoc_trunk",
    "ConnectionPolicy": "voice.v1.connection_policy",
    "ConnectionPolicyTarget": "voice.v1.connection_policy_target",
    "Country": "voice.v1.country",
    "HighriskSpecialPrefix": "voice.v1.highrisk_special_prefix",
    "IpRecord": "voice.v1.ip_record",
    "Settings": "voice.v1.settings",
    "SourceIpMapping": "voice.v1.source_ip_mapping",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__version__ = "0.1.0"

__all__ = [
    "ApiError",
    "AsyncClient",
    "AsyncPage",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InvalidResponseError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RedirectError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "TwilioError",
    "UNSET",
    "Unset",
    "ValidationError",
    "BulkCountryUpdate",
    "ByocTrunk",
    "ConnectionPolicy",
    "ConnectionPolicyTarget",
    "Country",
    "HighriskSpecialPrefix",
    "IpRecord",
    "Settings",
    "SourceIpMapping",
]
