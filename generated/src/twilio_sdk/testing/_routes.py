"""The fake's table of resources, generated from the spec; do not edit."""

from typing import Any

ROUTES: list[dict[str, Any]] = [
    {
        "name": "ArchivedCall",
        "list_path": None,
        "instance_path": "/v1/Archives/{Date}/Calls/{Sid}",
        "list_key": None,
        "parent_path": None,
        "id": {"name": "Sid", "prefix": "CA"},
        "fields": [],
        "links": {},
        "operations": {
            "delete": {
                "status": 204,
                "params": [
                    {"name": "Date", "in": "path", "kind": "date", "required": True},
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^CA[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                ],
            }
        },
        "seeds": [
            {
                "path_values": {"Date": "2020-03-18", "Sid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
                "record": {},
            }
        ],
    },
    {
        "name": "ByocTrunk",
        "list_path": "/v1/ByocTrunks",
        "instance_path": "/v1/ByocTrunks/{Sid}",
        "list_key": "byoc_trunks",
        "parent_path": None,
        "id": {"name": "Sid", "prefix": "BY"},
        "fields": [
            ["account_sid", "string", True],
            ["sid", "string", True],
            ["friendly_name", "string", True],
            ["voice_url", "string", True],
            ["voice_method", "enum", True],
            ["voice_fallback_url", "string", True],
            ["voice_fallback_method", "enum", True],
            ["status_callback_url", "string", True],
            ["status_callback_method", "enum", True],
            ["cnam_lookup_enabled", "boolean", True],
            ["connection_policy_sid", "string", True],
            ["from_domain_sid", "string", True],
            ["date_created", "date_time", True],
            ["date_updated", "date_time", True],
            ["url", "string", True],
        ],
        "links": {},
        "operations": {
            "create": {
                "status": 201,
                "params": [
                    {
                        "name": "FriendlyName",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "max_length": 255,
                    },
                    {
                        "name": "VoiceUrl",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "format": "uri",
                    },
                    {
                        "name": "VoiceMethod",
                        "in": "form",
                        "kind": "enum",
                        "required": False,
                        "enum": ["GET", "POST"],
                    },
                    {
                        "name": "VoiceFallbackUrl",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "format": "uri",
                    },
                    {
                        "name": "VoiceFallbackMethod",
                        "in": "form",
                        "kind": "enum",
                        "required": False,
                        "enum": ["GET", "POST"],
                    },
                    {
                        "name": "StatusCallbackUrl",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "format": "uri",
                    },
                    {
                        "name": "StatusCallbackMethod",
                        "in": "form",
                        "kind": "enum",
                        "required": False,
                        "enum": ["GET", "POST"],
                    },
                    {
                        "name": "CnamLookupEnabled",
                        "in": "form",
                        "kind": "boolean",
                        "required": False,
                    },
                    {
                        "name": "ConnectionPolicySid",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "pattern": "^NY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "FromDomainSid",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "pattern": "^SD[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                ],
            },
            "list": {
                "status": 200,
                "params": [
                    {
                        "name": "PageSize",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 1,
                        "maximum": 1000,
                    },
                    {
                        "name": "Page",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 0,
                    },
                    {"name": "PageToken", "in": "query", "kind": "string", "required": False},
                ],
            },
            "fetch": {
                "status": 200,
                "params": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^BY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    }
                ],
            },
            "update": {
                "status": 200,
                "params": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^BY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "FriendlyName",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "max_length": 255,
                    },
                    {
                        "name": "VoiceUrl",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "format": "uri",
                    },
                    {
                        "name": "VoiceMethod",
                        "in": "form",
                        "kind": "enum",
                        "required": False,
                        "enum": ["GET", "POST"],
                    },
                    {
                        "name": "VoiceFallbackUrl",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "format": "uri",
                    },
                    {
                        "name": "VoiceFallbackMethod",
                        "in": "form",
                        "kind": "enum",
                        "required": False,
                        "enum": ["GET", "POST"],
                    },
                    {
                        "name": "StatusCallbackUrl",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "format": "uri",
                    },
                    {
                        "name": "StatusCallbackMethod",
                        "in": "form",
                        "kind": "enum",
                        "required": False,
                        "enum": ["GET", "POST"],
                    },
                    {
                        "name": "CnamLookupEnabled",
                        "in": "form",
                        "kind": "boolean",
                        "required": False,
                    },
                    {
                        "name": "ConnectionPolicySid",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "pattern": "^NY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "FromDomainSid",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "pattern": "^SD[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                ],
            },
            "delete": {
                "status": 204,
                "params": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^BY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    }
                ],
            },
        },
        "seeds": [],
    },
    {
        "name": "ConnectionPolicy",
        "list_path": "/v1/ConnectionPolicies",
        "instance_path": "/v1/ConnectionPolicies/{Sid}",
        "list_key": "connection_policies",
        "parent_path": None,
        "id": {"name": "Sid", "prefix": "NY"},
        "fields": [
            ["account_sid", "string", True],
            ["sid", "string", True],
            ["friendly_name", "string", True],
            ["date_created", "date_time", True],
            ["date_updated", "date_time", True],
            ["url", "string", True],
            ["links", "object", True],
        ],
        "links": {"targets": "/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets"},
        "operations": {
            "create": {
                "status": 201,
                "params": [
                    {
                        "name": "FriendlyName",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "max_length": 255,
                    }
                ],
            },
            "list": {
                "status": 200,
                "params": [
                    {
                        "name": "PageSize",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 1,
                        "maximum": 1000,
                    },
                    {
                        "name": "Page",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 0,
                    },
                    {"name": "PageToken", "in": "query", "kind": "string", "required": False},
                ],
            },
            "fetch": {
                "status": 200,
                "params": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^NY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    }
                ],
            },
            "update": {
                "status": 200,
                "params": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^NY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "FriendlyName",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "max_length": 255,
                    },
                ],
            },
            "delete": {
                "status": 204,
                "params": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^NY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    }
                ],
            },
        },
        "seeds": [],
    },
    {
        "name": "ConnectionPolicyTarget",
        "list_path": "/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets",
        "instance_path": "/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}",
        "list_key": "targets",
        "parent_path": "/v1/ConnectionPolicies/{Sid}",
        "id": {"name": "Sid", "prefix": "NE"},
        "fields": [
            ["account_sid", "string", True],
            ["connection_policy_sid", "string", True],
            ["sid", "string", True],
            ["friendly_name", "string", True],
            ["target", "string", True],
            ["priority", "integer", False],
            ["weight", "integer", False],
            ["enabled", "boolean", True],
            ["date_created", "date_time", True],
            ["date_updated", "date_time", True],
            ["url", "string", True],
        ],
        "links": {},
        "operations": {
            "create": {
                "status": 201,
                "params": [
                    {
                        "name": "ConnectionPolicySid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^NY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "Target",
                        "in": "form",
                        "kind": "string",
                        "required": True,
                        "format": "uri",
                    },
                    {
                        "name": "FriendlyName",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "max_length": 255,
                    },
                    {
                        "name": "Priority",
                        "in": "form",
                        "kind": "integer",
                        "required": False,
                        "minimum": 0,
                        "maximum": 65535,
                    },
                    {
                        "name": "Weight",
                        "in": "form",
                        "kind": "integer",
                        "required": False,
                        "minimum": 1,
                        "maximum": 65535,
                    },
                    {"name": "Enabled", "in": "form", "kind": "boolean", "required": False},
                ],
            },
            "list": {
                "status": 200,
                "params": [
                    {
                        "name": "ConnectionPolicySid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^NY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "PageSize",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 1,
                        "maximum": 1000,
                    },
                    {
                        "name": "Page",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 0,
                    },
                    {"name": "PageToken", "in": "query", "kind": "string", "required": False},
                ],
            },
            "fetch": {
                "status": 200,
                "params": [
                    {
                        "name": "ConnectionPolicySid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^NY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^NE[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                ],
            },
            "update": {
                "status": 200,
                "params": [
                    {
                        "name": "ConnectionPolicySid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^NY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^NE[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "FriendlyName",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "max_length": 255,
                    },
                    {
                        "name": "Target",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "format": "uri",
                    },
                    {
                        "name": "Priority",
                        "in": "form",
                        "kind": "integer",
                        "required": False,
                        "minimum": 0,
                        "maximum": 65535,
                    },
                    {
                        "name": "Weight",
                        "in": "form",
                        "kind": "integer",
                        "required": False,
                        "minimum": 1,
                        "maximum": 65535,
                    },
                    {"name": "Enabled", "in": "form", "kind": "boolean", "required": False},
                ],
            },
            "delete": {
                "status": 204,
                "params": [
                    {
                        "name": "ConnectionPolicySid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^NY[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^NE[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                ],
            },
        },
        "seeds": [],
    },
    {
        "name": "DialingPermissions",
        "list_path": None,
        "instance_path": None,
        "list_key": None,
        "parent_path": None,
        "id": None,
        "fields": [],
        "links": {},
        "operations": {},
        "seeds": [],
    },
    {
        "name": "BulkCountryUpdate",
        "list_path": "/v1/DialingPermissions/BulkCountryUpdates",
        "instance_path": None,
        "list_key": None,
        "parent_path": None,
        "id": None,
        "fields": [["update_count", "integer", False], ["update_request", "string", True]],
        "links": {},
        "operations": {
            "create": {
                "status": 201,
                "params": [
                    {"name": "UpdateRequest", "in": "form", "kind": "string", "required": True}
                ],
            }
        },
        "seeds": [],
    },
    {
        "name": "Country",
        "list_path": "/v1/DialingPermissions/Countries",
        "instance_path": "/v1/DialingPermissions/Countries/{IsoCode}",
        "list_key": "content",
        "parent_path": None,
        "id": {"name": "IsoCode", "prefix": ""},
        "fields": [
            ["iso_code", "string", True],
            ["name", "string", True],
            ["continent", "string", True],
            ["country_codes", "array", True],
            ["low_risk_numbers_enabled", "boolean", True],
            ["high_risk_special_numbers_enabled", "boolean", True],
            ["high_risk_tollfraud_numbers_enabled", "boolean", True],
            ["url", "string", True],
            ["links", "object", True],
        ],
        "links": {
            "highrisk_special_prefixes": "/v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes"
        },
        "operations": {
            "list": {
                "status": 200,
                "params": [
                    {
                        "name": "IsoCode",
                        "in": "query",
                        "kind": "string",
                        "required": False,
                        "pattern": "^[A-Z]{2}$",
                    },
                    {"name": "Continent", "in": "query", "kind": "string", "required": False},
                    {"name": "CountryCode", "in": "query", "kind": "string", "required": False},
                    {
                        "name": "LowRiskNumbersEnabled",
                        "in": "query",
                        "kind": "boolean",
                        "required": False,
                    },
                    {
                        "name": "HighRiskSpecialNumbersEnabled",
                        "in": "query",
                        "kind": "boolean",
                        "required": False,
                    },
                    {
                        "name": "HighRiskTollfraudNumbersEnabled",
                        "in": "query",
                        "kind": "boolean",
                        "required": False,
                    },
                    {
                        "name": "PageSize",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 1,
                        "maximum": 1000,
                    },
                    {
                        "name": "Page",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 0,
                    },
                    {"name": "PageToken", "in": "query", "kind": "string", "required": False},
                ],
            },
            "fetch": {
                "status": 200,
                "params": [
                    {
                        "name": "IsoCode",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^[A-Z]{2}$",
                    }
                ],
            },
        },
        "seeds": [
            {
                "path_values": {"IsoCode": "US"},
                "record": {
                    "iso_code": "US",
                    "name": "United States/Canada",
                    "country_codes": ["+1"],
                    "continent": "NORTH_AMERICA",
                    "low_risk_numbers_enabled": False,
                    "high_risk_special_numbers_enabled": False,
                    "high_risk_tollfraud_numbers_enabled": False,
                    "url": "https://voice.twilio.com/v1/DialingPermissions/Countries/US",
                    "links": {
                        "highrisk_special_prefixes": "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes"
                    },
                },
            },
            {
                "path_values": {"IsoCode": "US"},
                "record": {
                    "iso_code": "US",
                    "name": "United States/Canada",
                    "country_codes": ["+1"],
                    "continent": "NORTH_AMERICA",
                    "low_risk_numbers_enabled": False,
                    "high_risk_special_numbers_enabled": False,
                    "high_risk_tollfraud_numbers_enabled": False,
                    "url": "https://voice.twilio.com/v1/DialingPermissions/Countries/US",
                    "links": {
                        "highrisk_special_prefixes": "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes"
                    },
                },
            },
        ],
    },
    {
        "name": "HighriskSpecialPrefix",
        "list_path": "/v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes",
        "instance_path": None,
        "list_key": "content",
        "parent_path": "/v1/DialingPermissions/Countries/{IsoCode}",
        "id": None,
        "fields": [["prefix", "string", True]],
        "links": {},
        "operations": {
            "list": {
                "status": 200,
                "params": [
                    {
                        "name": "IsoCode",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^[A-Z]{2}$",
                    },
                    {
                        "name": "PageSize",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 1,
                        "maximum": 1000,
                    },
                    {
                        "name": "Page",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 0,
                    },
                    {"name": "PageToken", "in": "query", "kind": "string", "required": False},
                ],
            }
        },
        "seeds": [
            {"path_values": {"IsoCode": "US"}, "record": {"prefix": "+37181"}},
            {"path_values": {"IsoCode": "US"}, "record": {"prefix": "+3719000"}},
        ],
    },
    {
        "name": "Settings",
        "list_path": None,
        "instance_path": "/v1/Settings",
        "list_key": None,
        "parent_path": None,
        "id": None,
        "fields": [["dialing_permissions_inheritance", "boolean", True], ["url", "string", True]],
        "links": {},
        "operations": {
            "fetch": {"status": 200, "params": []},
            "update": {
                "status": 202,
                "params": [
                    {
                        "name": "DialingPermissionsInheritance",
                        "in": "form",
                        "kind": "boolean",
                        "required": False,
                    }
                ],
            },
        },
        "seeds": [
            {
                "path_values": {},
                "record": {
                    "dialing_permissions_inheritance": True,
                    "url": "https://voice.twilio.com/v1/Settings",
                },
            }
        ],
    },
    {
        "name": "IpRecord",
        "list_path": "/v1/IpRecords",
        "instance_path": "/v1/IpRecords/{Sid}",
        "list_key": "ip_records",
        "parent_path": None,
        "id": {"name": "Sid", "prefix": "IL"},
        "fields": [
            ["account_sid", "string", True],
            ["sid", "string", True],
            ["friendly_name", "string", True],
            ["ip_address", "string", True],
            ["cidr_prefix_length", "integer", False],
            ["date_created", "date_time", True],
            ["date_updated", "date_time", True],
            ["url", "string", True],
        ],
        "links": {},
        "operations": {
            "create": {
                "status": 201,
                "params": [
                    {"name": "IpAddress", "in": "form", "kind": "string", "required": True},
                    {
                        "name": "FriendlyName",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "max_length": 255,
                    },
                    {
                        "name": "CidrPrefixLength",
                        "in": "form",
                        "kind": "integer",
                        "required": False,
                        "minimum": 0,
                        "maximum": 32,
                    },
                ],
            },
            "list": {
                "status": 200,
                "params": [
                    {
                        "name": "PageSize",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 1,
                        "maximum": 1000,
                    },
                    {
                        "name": "Page",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 0,
                    },
                    {"name": "PageToken", "in": "query", "kind": "string", "required": False},
                ],
            },
            "fetch": {
                "status": 200,
                "params": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^IL[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    }
                ],
            },
            "update": {
                "status": 200,
                "params": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^IL[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "FriendlyName",
                        "in": "form",
                        "kind": "string",
                        "required": False,
                        "max_length": 255,
                    },
                ],
            },
            "delete": {
                "status": 204,
                "params": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^IL[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    }
                ],
            },
        },
        "seeds": [],
    },
    {
        "name": "SourceIpMapping",
        "list_path": "/v1/SourceIpMappings",
        "instance_path": "/v1/SourceIpMappings/{Sid}",
        "list_key": "source_ip_mappings",
        "parent_path": None,
        "id": {"name": "Sid", "prefix": "IB"},
        "fields": [
            ["sid", "string", True],
            ["ip_record_sid", "string", True],
            ["sip_domain_sid", "string", True],
            ["date_created", "date_time", True],
            ["date_updated", "date_time", True],
            ["url", "string", True],
        ],
        "links": {},
        "operations": {
            "create": {
                "status": 201,
                "params": [
                    {
                        "name": "IpRecordSid",
                        "in": "form",
                        "kind": "string",
                        "required": True,
                        "pattern": "^IL[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "SipDomainSid",
                        "in": "form",
                        "kind": "string",
                        "required": True,
                        "pattern": "^SD[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                ],
            },
            "list": {
                "status": 200,
                "params": [
                    {
                        "name": "PageSize",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 1,
                        "maximum": 1000,
                    },
                    {
                        "name": "Page",
                        "in": "query",
                        "kind": "integer",
                        "required": False,
                        "minimum": 0,
                    },
                    {"name": "PageToken", "in": "query", "kind": "string", "required": False},
                ],
            },
            "fetch": {
                "status": 200,
                "params": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^IB[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    }
                ],
            },
            "update": {
                "status": 200,
                "params": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^IB[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                    {
                        "name": "SipDomainSid",
                        "in": "form",
                        "kind": "string",
                        "required": True,
                        "pattern": "^SD[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    },
                ],
            },
            "delete": {
                "status": 204,
                "params": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "kind": "string",
                        "required": True,
                        "pattern": "^IB[0-9a-fA-F]{32}$",
                        "min_length": 34,
                        "max_length": 34,
                    }
                ],
            },
        },
        "seeds": [],
    },
]
