"""Twilio's own Voice spec, unchanged, gives the same SDK surface as the project's spec."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.pipeline import load_and_build
from generator.surface import surface

from .helpers import ROOT, SPEC

TWILIO_VOICE = ROOT.parent / "shared" / "twilio-oai" / "yaml" / "twilio_voice_v1.yaml"
needs_shared = pytest.mark.skipif(
    not TWILIO_VOICE.exists(), reason="../shared/twilio-oai is not beside the project"
)


def ours() -> dict[str, str]:
    return surface(load_and_build([SPEC]))


def test_our_surface_has_every_voice_resource() -> None:
    entries = ours()
    for key in [
        "voice.v1.connection_policies.create",
        "voice.v1.connection_policies(sid).targets(sid).update",
        "voice.v1.byoc_trunks(sid).delete",
        "voice.v1.ip_records.list",
        "voice.v1.source_ip_mappings(sid).fetch",
        "voice.v1.dialing_permissions.countries.list",
        "voice.v1.dialing_permissions.countries(iso_code).highrisk_special_prefixes.list",
        "voice.v1.dialing_permissions.bulk_country_updates.create",
        "voice.v1.dialing_permissions.settings().update",
        "voice.v1.archived_calls(date, sid).delete",
    ]:
        assert key in entries, key
    assert entries["voice.v1.connection_policies(sid).targets.create"] == (
        "(target: str, friendly_name: str = UNSET, priority: int = UNSET, weight: int = UNSET, "
        "enabled: bool = UNSET) -> ConnectionPolicyTarget"
    )
    assert entries["ByocTrunk.voice_method"] == "HttpMethod | str | None"
    # the product's shortcuts, as the official package has them
    assert entries["voice.connection_policies"] == (
        "ConnectionPolicyList (voice.v1.connection_policies, deprecated)"
    )


@needs_shared
def test_twilio_voice_spec_gives_the_same_surface() -> None:
    theirs = surface(load_and_build([TWILIO_VOICE]))
    mine = ours()
    differing = {
        k: (mine.get(k), theirs.get(k))
        for k in mine.keys() | theirs.keys()
        if mine.get(k) != theirs.get(k)
    }
    assert differing == {}
    assert len(mine) > 100


def test_the_comparison_sees_a_missing_parameter(
    voice_spec: dict[str, Any], write_spec: Callable[..., Path]
) -> None:
    edited = copy.deepcopy(voice_spec)
    del edited["components"]["schemas"]["TargetCreate"]["properties"]["Weight"]
    changed = surface(load_and_build([write_spec(edited)]))
    mine = ours()
    assert [k for k in mine if mine[k] != changed.get(k)] == [
        "voice.v1.connection_policies(sid).targets.create"
    ]
    assert "weight" not in changed["voice.v1.connection_policies(sid).targets.create"]


def test_the_comparison_sees_a_renamed_field(
    voice_spec: dict[str, Any], write_spec: Callable[..., Path]
) -> None:
    edited = copy.deepcopy(voice_spec)
    fields = edited["components"]["schemas"]["voice.v1.ip_record"]["properties"]
    fields["cidr_length"] = fields.pop("cidr_prefix_length")
    changed = surface(load_and_build([write_spec(edited)]))
    assert "IpRecord.cidr_prefix_length" in ours()
    assert "IpRecord.cidr_prefix_length" not in changed and "IpRecord.cidr_length" in changed
