"""A typed Python SDK for the Twilio REST API, generated from its OpenAPI description.

Generated from the spec; do not edit.
"""

from ._runtime.errors import ApiError, TransportError, TwilioError, ValidationError
from ._runtime.pagination import Page
from ._runtime.values import UNSET, Unset
from .client import Client
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
    "Client",
    "Page",
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
