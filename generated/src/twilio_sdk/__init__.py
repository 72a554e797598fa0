"""A typed Python SDK for the Twilio REST API, generated from its OpenAPI description.

Generated from the spec; do not edit.
"""

from ._runtime.errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    TwilioError,
    ValidationError,
)
from ._runtime.pagination import AsyncPage, Page
from ._runtime.resource import RawResponse
from ._runtime.retries import RetryPolicy
from ._runtime.values import UNSET, Unset
from .client import AsyncClient, Client
from .voice.v1.bulk_country_update import BulkCountryUpdate
from .voice.v1.byoc_trunk import ByocTrunk
from .voice.v1.connection_policy import ConnectionPolicy
from .voice.v1.connection_policy_target import ConnectionPolicyTarget
from .voice.v1.country import Country
from .voice.v1.highrisk_special_prefix import HighriskSpecialPrefix
from .voice.v1.ip_record import IpRecord
from .voice.v1.settings import Settings
from .voice.v1.source_ip_mapping import SourceIpMapping

__version__ = "0.1.0"

__all__ = [
    "ApiError",
    "AsyncClient",
    "AsyncPage",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestTimeoutError",
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
