import keyword

import pytest

from generator.naming import is_identifier, pascal_case, snake_case


@pytest.mark.parametrize(
    ("spec_name", "expected"),
    [
        ("FriendlyName", "friendly_name"),
        ("PageSize", "page_size"),
        ("ConnectionPolicySid", "connection_policy_sid"),
        ("HTTPMethod", "http_method"),
        ("SmsUrl", "sms_url"),
        ("X-Twilio-Webhook-Enabled", "x_twilio_webhook_enabled"),
        ("account_sid", "account_sid"),
        ("Ipv4Address", "ipv4_address"),
        ("from", "from_"),
        ("class", "class_"),
        ("None", "none"),
        ("self", "self_"),
        ("2fa", "n_2fa"),
        ("10DLC", "n_10dlc"),  # a digit keeps the acronym after it, as A2P does
        ("__init__", "init"),
        ("__class__", "class_"),
        ("Größe", "grosse"),
        ("café", "cafe"),
        ("日本", "u65e5_u672c"),
        ("", "value"),
        ("---", "value"),
        ("type", "type"),
        ("list", "list"),
    ],
)
def test_snake_case(spec_name: str, expected: str) -> None:
    assert snake_case(spec_name) == expected
    assert is_identifier(snake_case(spec_name))


@pytest.mark.parametrize(
    ("spec_name", "expected"),
    [
        ("connection_policy", "ConnectionPolicy"),
        ("connection_policy_target", "ConnectionPolicyTarget"),
        ("byoc-trunk", "ByocTrunk"),
        ("v1", "V1"),
        ("2010", "N2010"),
        ("ConnectionPolicy", "ConnectionPolicy"),
        ("none", "None_"),
    ],
)
def test_pascal_case(spec_name: str, expected: str) -> None:
    assert pascal_case(spec_name) == expected
    assert is_identifier(pascal_case(spec_name))


def test_every_keyword_becomes_a_usable_identifier() -> None:
    for word in keyword.kwlist:
        name = snake_case(word)
        assert is_identifier(name), word
        assert name not in keyword.kwlist


def test_snake_and_pascal_case_round_trip_the_words() -> None:
    assert snake_case(pascal_case("connection_policy_target")) == "connection_policy_target"
    assert pascal_case(snake_case("ConnectionPolicyTarget")) == "ConnectionPolicyTarget"


def test_naming_is_deterministic() -> None:
    names = ["Größe", "日本", "X-Y-Z", "2fa", "HTTPMethod"]
    assert [snake_case(n) for n in names] == [snake_case(n) for n in names]


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("StartTime<", "start_time_before"),
        ("StartTime>", "start_time_after"),
        ("DateCreated<", "date_created_before"),
        ("PageSize", "page_size"),
        ("Page", "page_number"),
        ("PageToken", "page_token"),
        ("FriendlyName", "friendly_name"),
    ],
)
def test_parameter_names_follow_the_official_sdk(wire: str, python: str) -> None:
    from generator.conventions import param_name

    assert param_name(wire) == python


@pytest.mark.parametrize(
    ("spec_name", "expected"),
    [
        ("con", "con_"),
        ("NUL", "nul_"),
        ("Com1", "com1_"),
        ("lpt9", "lpt9_"),
        ("console", "console"),
        ("Calls", "calls"),
    ],
)
def test_module_names_avoid_the_device_names_windows_keeps(spec_name: str, expected: str) -> None:
    from generator.naming import module_name

    assert module_name(spec_name) == expected
