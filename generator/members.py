"""The names the generated SDK uses for itself, which a name from a spec may not take.

A spec name that would become one of these gets a ``_`` suffix, as a Python keyword does
(``client`` -> ``client_``): it would otherwise hide the SDK's own member, or be hidden by it.
``tests/test_members.py`` holds each set to the members the runtime and templates really have.
"""

from __future__ import annotations

# The public members of Client and AsyncClient (templates/runtime/client.py).
CLIENT = frozenset(
    {
        "username",
        "account_sid",
        "base_url",
        "edge",
        "region",
        "timeout",
        "retry_policy",
        "user_agent",
        "with_options",
        "domain_url",
        "rebase",
        "page_url",
        "redact",
        "send",
        "close",
        "aclose",
        "max_response_bytes",
    }
)
# The package's own modules beside the domains' folders.
PACKAGE_MODULES = frozenset({"client", "testing"})
# A product: `client.<domain>`, and the folder `<package>/<domain>/`.
DOMAIN = CLIENT | PACKAGE_MODULES
# The members of a product's object besides its versions (Domain in templates/runtime/resource.py):
# a version named by the spec (`client.preview.hosted_numbers`) may not take one, and a version
# attribute of one of these names has no shortcut on the product (ir.Domain.aliases).
DOMAIN_ATTRIBUTES = frozenset({"client", "url", "default_url"})
# The decorators a product's class body uses; a member of one of these names would replace it
# for the members after it, so no shortcut takes one (ir.Domain.aliases).
DECORATORS = frozenset({"property", "cached_property"})
# A product's classes (`Voice`, `AsyncVoice`) meet these in the client and domain modules;
# one of these names takes a `Product` suffix instead of `_`: `ClientProduct`.
DOMAIN_CLASS = frozenset({"Client", "BaseClient", "Domain"})
# What the package root exports besides the models (templates/sdk/package_init.py.j2); a model
# of one of these names is imported from its own module only, like a name two modules share.
PACKAGE_EXPORTS = frozenset(
    {
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
    }
)
# A resource's attribute: on a Version (`client.voice.v1.<mount>`), a list or an instance
# context (`...things.<mount>`, `...things(sid).<mount>`). One set for all three keeps a name
# the same wherever the resource is mounted.
RESOURCE = frozenset(
    {
        "client",
        "domain",  # Version's own attributes
        "create",
        "fetch",
        "update",
        "delete",
        "list",
        "stream",
        "page",
        "get_page",  # operations
        "get",  # the list's other spelling of list(sid), as in the official package
        "with_raw_response",
        "with_options",
    }
)
# The arguments every list method takes besides the list's filters.
LIST_ARGUMENTS = frozenset({"limit"})
# An argument the official package spells with a `resource_` prefix, since its resource classes
# keep that name for the API version they are built on: the form field `Version` is
# `resource_version` there, and here too so that calls written for it work unchanged.
OFFICIAL_PREFIXED_ARGUMENTS = frozenset({"version"})
# A model's attribute: what the Model base uses, and the builtin types its annotations name
# (`datetime` and `decimal` are imported as `_dt` and `_decimal`, so `date` is free).
MODEL_FIELD = frozenset(
    {
        "to_dict",
        "from_dict",
        "additional_properties",
        "str",
        "int",
        "float",
        "bool",
        "dict",
        "list",
    }
)


def free(name: str, taken: frozenset[str]) -> str:
    """`name`, with a ``_`` suffix when the SDK's own member of that level takes it."""
    return name + "_" if name in taken else name


def domain_class(name: str) -> str:
    """A product's class name, clear of the classes its modules import."""
    return name + "Product" if name in DOMAIN_CLASS else name
