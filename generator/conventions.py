"""Twilio's naming and placement conventions, with a fallback for plain OpenAPI.

What a path is, what its resource is called and where it hangs, and what
its product, version and arguments are called. Each item says where it is
handled: here, and where the rule is acted on or spelled again.

- ``x-twilio.pathType`` says whether a path is a list or one instance; without
  it, a path ending in ``{param}`` is an instance and any other path a list.
  Where: ``conventions.path_type``.
- An instance path is the list path plus one ``/{param}`` segment. Where:
  ``conventions.list_path_of`` and ``conventions.list_paths_of``; the pairs
  are made in ``placement.pair_paths``.
- A resource is mounted under the attribute ``x-twilio.mountName``, else the
  snake_case of its last static path segment; its class is named
  ``x-twilio.className``, else the singular of that mount name
  (``ConnectionPolicies`` -> ``ConnectionPolicy``), as in the official SDK.
  The mount name may sit on an operation: each operation takes its own, else
  its path's, else its list path's, and the operations of one path that take
  two names make two resources; an operation's own name that only spells its
  operationId sets it apart but leaves it named by its path's last segment.
  Where: ``conventions.mount_name``, ``conventions.class_name``,
  ``conventions.singular``, ``mounts.units`` and ``mounts._restates_id``.
- A resource hangs off the one named by ``x-twilio.parent`` (a path relative
  to the version), else, unless the spec declares every parent (Twilio's do,
  ``info.x-twilio``), off the longest other resource path that prefixes
  its own; path parameters are handed down by position, so a parent's
  ``{Sid}`` can be the child's ``{ConnectionPolicySid}``. Where:
  ``conventions.parent_path``, ``conventions.parents_declared`` and
  ``conventions.path_shape``, used by
  ``placement.place``; the fake fills a parent's path by
  position in ``templates/testing/routing.py`` ``fill_in_order``.
- A spec that names nothing (no parent, mount or class name, no ``info.x-twilio``:
  Twilio's releases before 1.30) is nested by its paths alone, and a static
  segment no path names is a namespace where it groups several resources or
  tells one apart; a singleton alone under such a segment is mounted by it; a
  class name one path of a pair declares names only the operations whose
  operationId names it. Where: ``conventions.names_nothing``,
  ``placement.segment_names`` and ``mounts.class_splits``.
- The API domain is the first label of the server host (``voice.twilio.com``
  -> ``voice``), the version the first path segment (``/v1/...`` -> ``v1``,
  ``/HostedNumbers/...`` -> ``hosted_numbers`` when the schema names say so).
  Where: ``conventions.domain_of``, ``conventions.version_of``,
  ``conventions.named_versions``, and
  ``conventions.product_of`` for the fake's product names; the runtime takes
  the same label again, for a base URL holding {domain}, in
  ``templates/runtime/client.py`` ``ClientCore.domain_url``.
- Paging parameters ``PageSize``, ``Page`` and ``PageToken`` become
  ``page_size``, ``page_number`` and ``page_token``, and range filters
  ``StartTime<`` / ``StartTime>`` become ``start_time_before`` /
  ``start_time_after``, as in the official SDK; a list whose spec leaves out
  a paging parameter takes it all the same. Where:
  ``conventions.param_name``, ``conventions.PAGING_PARAMS`` and
  ``conventions.PAGING_SCHEMAS`` (added by ``operations._with_paging``); the SDK's
  methods take them by ``methods.NAMES``, and the names are spelled again in
  ``templates/runtime/resource.py`` ``ResourceBase._page_size`` and in
  ``templates/testing/checking.py`` ``PAGING``.
- Other arguments are the snake_case of their wire names, a digit kept with
  the acronym after it (``A2PProfileBundleSid`` -> ``a2p_profile_bundle_sid``),
  and ``Version`` is ``resource_version``, as in the official SDK. Where:
  ``conventions.param_name``, ``naming.snake_case`` and
  ``members.OFFICIAL_PREFIXED_ARGUMENTS``.

- A domain's shortcut to a version's attribute (``client.chat.services``) leads into the
  latest version that has the name, but for the shortcuts the official package keeps on an
  older version after a newer one gained the name; those are facts of the official package,
  not of any spec, and are listed once. Where: ``conventions.FROZEN_SHORTCUTS``, used by
  ``ir.Domain.aliases``.

This module also recognises some of the quirks the published specs need
(the accounts resource, JSON request bodies, which method is an update,
an operationId's verb, Sid prefixes, prefixed maps) and holds Twilio's 404 error body for
the generated tests, but most quirks are acted on in the IR, the runtime
or the fake. The README's list under "The whole Twilio
API" says where each one is handled; ``tests/test_readme.py`` checks that
the names after "Where:", there and here, exist.
"""

from __future__ import annotations

import keyword
import re
from typing import Any, Mapping
from urllib.parse import urlsplit

from . import members
from .naming import module_name, pascal_case, snake_case

PAGING_PARAMS = {"PageSize": "page_size", "Page": "page_number", "PageToken": "page_token"}
# Every list takes the paging parameters, as the official SDK's page() sends them on every list;
# one its spec does not declare is a query parameter of this schema.
PAGING_SCHEMAS: dict[str, dict[str, Any]] = {
    "PageSize": {"type": "integer", "minimum": 1, "description": "How many items a page holds."},
    "Page": {"type": "integer", "minimum": 0, "description": "The number of the page to read."},
    "PageToken": {"type": "string", "description": "The token of the page to read."},
}

# The operation an HTTP method performs, on a list path and on an instance path.
LIST_OPERATIONS = {"post": "create", "get": "list"}
INSTANCE_OPERATIONS = {"get": "fetch", "post": "update", "delete": "delete"}
UPDATE_METHODS = ("post", "put", "patch")  # the first an instance path has is its update


_VERBS = {
    "get": ("fetch", "list"),
    "post": ("create", "update"),
    "put": ("update",),
    "patch": ("update", "patch"),
    "delete": ("delete",),
}


def operation_kind(path: str, method: str, item: Mapping[str, Any]) -> str | None:
    """What an operation does: its operationId's verb (``FetchBalance`` on a list path is a
    fetch), else what its method means on a list or an instance path; None when unsupported."""
    operation = item.get(method)
    operation_id = str(operation.get("operationId") or "") if isinstance(operation, dict) else ""
    for kind in _VERBS.get(method, ()):
        if operation_id.lower().startswith(kind):
            return kind
    if path_type(path, item) == "list":
        return LIST_OPERATIONS.get(method)
    return instance_kind(method, item)


def instance_kind(method: str, item: Mapping[str, Any]) -> str | None:
    """The operation a method performs on an instance path, or None when unsupported."""
    if method in ("get", "delete"):
        return INSTANCE_OPERATIONS[method]
    if method in UPDATE_METHODS and next((m for m in UPDATE_METHODS if m in item), None) == method:
        return "update"
    if method == "patch":  # a partial update beside a full one (PUT): SCIM users have both
        return "patch"
    return None


FORM = "application/x-www-form-urlencoded"


def is_accounts(mount_name: str, context_param_count: int) -> bool:
    """Whether a top-level resource is the accounts by Sid whose children default to the
    client's account."""
    return mount_name == "accounts" and context_param_count == 1


def is_json(media_type: str) -> bool:
    """``application/json`` and its structured-suffix kin such as ``application/scim+json``."""
    base = media_type.split(";", 1)[0].strip().lower()
    return base == "application/json" or (
        base.startswith("application/") and base.endswith("+json")
    )


def request_media_type(content: Mapping[str, Any]) -> str | None:
    """The request body type the SDK sends: a form when the spec offers one, else JSON."""
    if FORM in content:
        return FORM
    return next((media for media in sorted(content) if is_json(str(media))), None)


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# The error body that generated tests answer with for an unknown Sid.
NOT_FOUND_ERROR = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "status": 404,
}

_PARAM = re.compile(r"\{([^{}]+)\}")


# ^NY[0-9a-fA-F]{32}$, and kin: ^(MM|SM)[0-9a-fA-F]{32}$ (first prefix wins), OR[0-9a-f]{32},
# ^OQ[a-zA-Z0-9]{32}$
_SID_PATTERN = re.compile(
    r"\^?\(?([A-Z]{2})(?:\|[A-Z]{2})*\)?\[(?:0-9a-f|0-9a-fA-F|a-zA-Z0-9)\]\{32\}\$?"
)


def sid_prefix(pattern: Any) -> str | None:
    """``^NY[0-9a-fA-F]{32}$`` -> ``NY``: the two letters a Twilio Sid pattern starts with."""
    match = _SID_PATTERN.fullmatch(pattern) if isinstance(pattern, str) else None
    return match.group(1) if match else None


_PREFIXED_MAP = "prefixed-collapsible-map-"


def map_prefix(schema_format: Any) -> str | None:
    """The key prefix of an object parameter the spec marks ``format:
    prefixed-collapsible-map-<Prefix>`` (Lookups' ``AddOnsData``: ``AddOns``), which goes out
    as one key per leaf, ``AddOns.<addon>.<key>=value``, as the official package sends it;
    None for any other format."""
    if isinstance(schema_format, str) and schema_format.startswith(_PREFIXED_MAP):
        return schema_format[len(_PREFIXED_MAP) :] or None
    return None


def x_twilio(item: Mapping[str, Any]) -> Mapping[str, Any]:
    value = item.get("x-twilio")
    return value if isinstance(value, dict) else {}


def param_name(wire_name: str) -> str:
    """The Python argument for a query, form or path parameter."""
    if wire_name in PAGING_PARAMS:
        return PAGING_PARAMS[wire_name]
    if wire_name.endswith("<"):
        return snake_case(wire_name[:-1]) + "_before"
    if wire_name.endswith(">"):
        return snake_case(wire_name[:-1]) + "_after"
    name = snake_case(wire_name)
    if name in members.OFFICIAL_PREFIXED_ARGUMENTS:
        return "resource_" + name
    return members.free(name, members.LIST_ARGUMENTS)


def keyword_alias(py_name: str) -> str | None:
    """``from_`` -> ``_from``: the official package's spelling of a model attribute named for a
    Python keyword; None for any other name."""
    word = py_name.removesuffix("_")
    return "_" + word if word != py_name and keyword.iskeyword(word) else None


def path_type(path: str, item: Mapping[str, Any]) -> str:
    declared = x_twilio(item).get("pathType")
    if declared in ("list", "instance"):
        return str(declared)
    return "instance" if path.rstrip("/").removesuffix(".json").endswith("}") else "list"


def path_params(path: str) -> list[str]:
    return _PARAM.findall(path)


def list_path_of(instance_path: str) -> str | None:
    """``/v1/Things/{Sid}`` -> ``/v1/Things``
    (and ``.../Things/{Sid}.json`` -> ``.../Things.json``);
    None when the path does not end in a parameter."""
    suffix = ".json" if instance_path.endswith(".json") else ""
    head, _, last = instance_path.rstrip("/").removesuffix(".json").rpartition("/")
    return head + suffix if _PARAM.fullmatch(last) else None


def list_paths_of(instance_path: str) -> list[str]:
    """The list paths an instance path may belong to, most likely first: without its last
    parameter segment, then without any other one (``/Things/{Id}/Initialize`` belongs to
    ``/Things/Initialize``)."""
    found = [p for p in [list_path_of(instance_path)] if p]
    suffix = ".json" if instance_path.endswith(".json") else ""
    segments = instance_path.removesuffix(".json").split("/")
    for index in range(len(segments) - 2, 0, -1):
        if _PARAM.fullmatch(segments[index]):
            found.append("/".join(segments[:index] + segments[index + 1 :]) + suffix)
    return found


def static_segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s and not _PARAM.search(s)]


def mount_name(list_or_instance_path: str, item: Mapping[str, Any]) -> str:
    declared = x_twilio(item).get("mountName")
    if isinstance(declared, str) and declared:
        return members.free(snake_case(declared, digit_acronyms=False), members.RESOURCE)
    segments = static_segments(list_or_instance_path)
    return members.free(
        (
            snake_case(segments[-1].removesuffix(".json"), digit_acronyms=False)
            if segments
            else "resources"
        ),
        members.RESOURCE,
    )


def class_name(item: Mapping[str, Any], mount: str) -> str:
    """From ``x-twilio.className``, else the singular of the mount name."""
    declared = x_twilio(item).get("className")
    if isinstance(declared, str) and declared:
        return pascal_case(declared)
    head, _, last = mount.rpartition("_")
    return pascal_case(f"{head}_{singular(last)}" if head else singular(last))


def singular(word: str) -> str:
    """English singular of a plural path word: policies -> policy, prefixes -> prefix."""
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if lower.endswith(("sses", "xes", "ches", "shes", "uses")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us")):  # status stays status
        return word[:-1]
    return word


def plural(word: str) -> str:
    """English plural of a snake_case name's last word: new_key -> new_keys, policy ->
    policies; a word that already ends in ``s`` (settings, status) is kept."""
    lower = word.lower()
    if lower.endswith("s"):
        return word
    if lower.endswith("y") and not lower.endswith(("ay", "ey", "oy", "uy")):
        return word[:-1] + "ies"
    if lower.endswith(("x", "ch", "sh")):
        return word + "es"
    return word + "s"


NAMING_HINTS = ("parent", "mountName", "className")


def with_operations(item: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """A path item and each of its operations: where ``x-twilio`` hints and parameters sit."""
    return [item, *(item[m] for m in HTTP_METHODS if isinstance(item.get(m), dict))]


def names_nothing(root: Mapping[str, Any]) -> bool:
    """Whether a spec carries no naming hint at all (no ``x-twilio`` parent, mount name or
    class name on a path or an operation, and no ``info.x-twilio`` saying which of Twilio's API
    standards it follows), as Twilio's releases before 1.30 did: its paths alone say where each
    resource goes and what it is called, static segments included."""
    if parents_declared(root):
        return False
    for item in (root.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for holder in with_operations(item):
            if any(key in x_twilio(holder) for key in NAMING_HINTS):
                return False
    return True


def parent_path(path: str, item: Mapping[str, Any]) -> str | None:
    """The full path ``x-twilio.parent`` names (it is relative to the version), if any."""
    declared = x_twilio(item).get("parent")
    if not isinstance(declared, str) or not declared:
        return None
    prefix = "/" + path.strip("/").split("/", 1)[0]
    declared = "/" + declared.strip("/")
    return declared if declared.startswith(prefix + "/") else prefix + declared


def parents_declared(root: Mapping[str, Any]) -> bool:
    """Whether a spec declares every resource's parent: Twilio's specs say which of its API
    standards they follow (``info.x-twilio.apiStandards``), and their generator nests only
    by ``x-twilio.parent``; in them a resource without one hangs off its version."""
    info = root.get("info")
    return isinstance(info, dict) and bool(x_twilio(info))


def same_resource(list_item: Mapping[str, Any], instance_item: Mapping[str, Any]) -> bool:
    """Whether a list path and an instance path under it may be one resource: not when they
    declare different parents or class names (Twilio's ``/TaskQueues/Statistics`` and
    ``/TaskQueues/{TaskQueueSid}/Statistics`` are two)."""
    mine, theirs = x_twilio(list_item), x_twilio(instance_item)
    return all(mine.get(key) == theirs.get(key) for key in ("parent", "className"))


def path_shape(path: str) -> str:
    """A path with parameter names and any ``.json`` blanked, so ``{Sid}`` and ``{PolicySid}``
    compare equal."""
    return _PARAM.sub("{}", path.removesuffix(".json"))


def domain_of(server_url: str) -> tuple[str, str]:
    """``https://voice.twilio.com`` -> ("voice", "https://voice.twilio.com")."""
    parts = urlsplit(server_url)
    host = parts.hostname or "api"
    domain = members.free(module_name(host.split(".")[0]), members.DOMAIN)
    return domain, f"{parts.scheme or 'https'}://{parts.netloc}".rstrip("/")


def product_of(base_url: str) -> str:
    """``https://flex-api.twilio.com`` -> ``flex-api``: the first label of a domain's host."""
    return (urlsplit(base_url).hostname or "").split(".")[0]


# (domain, shortcut) -> the version the official package's deprecated domain shortcut leads
# into, where that is not the latest version with the name: its messages say so ("contents is
# deprecated. Use v1.contents instead.") and newer versions never took these shortcuts over.
FROZEN_SHORTCUTS = {
    ("content", "content_and_approvals"): "v1",
    ("content", "contents"): "v1",
    ("lookups", "phone_numbers"): "v1",
    ("messaging", "domain_certs"): "v1",
    ("oauth", "token"): "v1",
}


def version_rank(version: str) -> tuple[int, ...]:
    """A version name's numbers, to order versions by: ``v2`` before ``v10`` and ``v2010``."""
    return tuple(int(n) for n in re.findall(r"\d+", version))


def version_of(path: str, named: frozenset[str] = frozenset()) -> str:
    """``/v1/...`` -> ``v1``; ``/2010-04-01/...`` -> ``v2010``; ``/HostedNumbers/...`` ->
    ``hosted_numbers`` when the spec names that version (`named`, see ``named_versions``);
    anything else -> ``v1``."""
    first = path.strip("/").split("/", 1)[0]
    if re.fullmatch(r"v\d+(\.\d+)?", first):
        return snake_case(first)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", first):
        return "v" + first[:4]
    if module_name(first) in named:
        return members.free(module_name(first), members.DOMAIN_ATTRIBUTES)
    return "v1"


def is_version_segment(segment: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether a path's first segment names a version (``v1``, ``2010-04-01``, or one the
    spec names) rather than a resource."""
    return (
        re.fullmatch(r"v\d+(\.\d+)?|\d{4}-\d{2}-\d{2}", segment) is not None
        or module_name(segment) in named
    )


def named_versions(root: Mapping[str, Any]) -> frozenset[str]:
    """The versions a spec's schemas name: Twilio calls them ``product.version.resource``
    (``voice.v1.connection_policy``, ``preview.hosted_numbers.authorization_document``), so
    the first path segment of a preview product is its version, as in the official package."""
    schemas = (root.get("components") or {}).get("schemas") or {}
    return frozenset(
        parts[1]
        for name in schemas
        if isinstance(name, str)
        for parts in [name.split(".")]
        if len(parts) >= 3 and parts[1] and module_name(parts[1]) == parts[1]
    )
