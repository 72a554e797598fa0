"""The generated SDK has the official `twilio` package's call shapes.

One script, written against the official package, runs unchanged against
`twilio_sdk` (only the client construction differs). Both clients talk to
the same recording transport, which answers with the spec's examples; the
requests they send, and the values the script reads back, must be equal.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Callable

import pytest

from generator.pipeline import load_and_build
from tools.parity.calls import Recorder, official_client, our_client
from twilio_sdk import Client

from .helpers import SPEC

NY, NE, BY, IL, IB, SD, CA = (
    prefix + "a" * 32 for prefix in ("NY", "NE", "BY", "IL", "IB", "SD", "CA")
)


def ours(recorder: Recorder) -> Any:
    return our_client(Client, recorder)


def official(recorder: Recorder) -> Any:
    return official_client(recorder)


def replier(recorder: Recorder) -> Callable[..., None]:
    def reply(status: int, body: Any = None) -> None:
        recorder.answers.append((status, body))

    return reply


_EXAMPLES = {
    op.operation_id: op.response_example.value
    for _, _, resource in load_and_build([SPEC]).resources
    for op in resource.operations
    if op.response_example is not None
}


def two_pages(operation_id: str, base: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The spec's list example split over two pages linked by next_page_url."""
    body = _EXAMPLES[operation_id]
    first = {
        **body,
        "meta": {
            **body["meta"],
            "page_size": 1,
            "next_page_url": f"{base}?PageSize=1&Page=1&PageToken=PT1",
        },
    }
    second = {**body, "meta": {**body["meta"], "page": 1, "page_size": 1, "next_page_url": None}}
    return first, second


def script(client: Any, reply: Callable[..., None]) -> list[Any]:
    """Every operation of every Voice v1 resource, written for the official package."""
    seen: list[Any] = []
    v1 = client.voice.v1
    base = "https://voice.twilio.com/v1"

    # Connection Policies and their Targets
    reply(201, _EXAMPLES["CreateConnectionPolicy"])
    policy = v1.connection_policies.create(friendly_name="Primary")
    seen += [
        policy.sid,
        policy.account_sid,
        policy.friendly_name,
        policy.date_created,
        policy.url,
        policy.links,
    ]
    reply(200, _EXAMPLES["FetchConnectionPolicy"])
    seen.append(v1.connection_policies(NY).fetch().date_updated)
    reply(200, _EXAMPLES["UpdateConnectionPolicy"])
    seen.append(v1.connection_policies(NY).update(friendly_name="Backup").friendly_name)
    for page in two_pages("ListConnectionPolicy", f"{base}/ConnectionPolicies"):
        reply(200, page)
    seen += [p.sid for p in v1.connection_policies.list(page_size=1)]
    for page in two_pages("ListConnectionPolicy", f"{base}/ConnectionPolicies"):
        reply(200, page)
    seen += [p.friendly_name for p in v1.connection_policies.stream(limit=5)]
    reply(201, _EXAMPLES["CreateConnectionPolicyTarget"])
    target = v1.connection_policies(NY).targets.create(
        target="sip:sip-box.com:1234", friendly_name="edge", priority=1, weight=20, enabled=True
    )
    seen += [
        target.sid,
        target.connection_policy_sid,
        target.target,
        target.priority,
        target.weight,
        target.enabled,
    ]
    reply(200, _EXAMPLES["FetchConnectionPolicyTarget"])
    seen.append(v1.connection_policies(NY).targets(NE).fetch().date_created)
    reply(200, _EXAMPLES["UpdateConnectionPolicyTarget"])
    updated = v1.connection_policies(NY).targets(NE).update(priority=2, weight=10, enabled=False)
    seen += [updated.priority, updated.enabled]
    for page in two_pages("ListConnectionPolicyTarget", f"{base}/ConnectionPolicies/{NY}/Targets"):
        reply(200, page)
    seen += [t.sid for t in v1.connection_policies(NY).targets.list(page_size=1)]
    reply(204)
    seen.append(v1.connection_policies(NY).targets(NE).delete())
    reply(204)
    seen.append(v1.connection_policies(NY).delete())

    # BYOC Trunks
    reply(201, _EXAMPLES["CreateByocTrunk"])
    trunk = v1.byoc_trunks.create(
        friendly_name="carrier",
        voice_url="https://example.com/voice",
        voice_method="POST",
        voice_fallback_url="https://example.com/fallback",
        voice_fallback_method="GET",
        status_callback_url="https://example.com/status",
        status_callback_method="POST",
        cnam_lookup_enabled=True,
        connection_policy_sid=NY,
        from_domain_sid=SD,
    )
    seen += [trunk.sid, trunk.voice_method, trunk.cnam_lookup_enabled, trunk.from_domain_sid]
    reply(200, _EXAMPLES["FetchByocTrunk"])
    seen.append(v1.byoc_trunks(BY).fetch().voice_url)
    reply(200, _EXAMPLES["UpdateByocTrunk"])
    seen.append(
        v1.byoc_trunks(BY).update(voice_method="GET", cnam_lookup_enabled=False).voice_method
    )
    for page in two_pages("ListByocTrunk", f"{base}/ByocTrunks"):
        reply(200, page)
    seen += [t.sid for t in v1.byoc_trunks.list(page_size=1)]
    reply(204)
    seen.append(v1.byoc_trunks(BY).delete())

    # IP Records and Source IP Mappings
    reply(201, _EXAMPLES["CreateIpRecord"])
    record = v1.ip_records.create(
        ip_address="10.2.3.4", friendly_name="office", cidr_prefix_length=30
    )
    seen += [record.sid, record.ip_address, record.cidr_prefix_length]
    reply(200, _EXAMPLES["FetchIpRecord"])
    seen.append(v1.ip_records(IL).fetch().friendly_name)
    reply(200, _EXAMPLES["UpdateIpRecord"])
    seen.append(v1.ip_records(IL).update(friendly_name="renamed").friendly_name)
    for page in two_pages("ListIpRecord", f"{base}/IpRecords"):
        reply(200, page)
    seen += [r.sid for r in v1.ip_records.list(page_size=1)]
    reply(204)
    seen.append(v1.ip_records(IL).delete())
    reply(201, _EXAMPLES["CreateSourceIpMapping"])
    mapping = v1.source_ip_mappings.create(ip_record_sid=IL, sip_domain_sid=SD)
    seen += [mapping.sid, mapping.ip_record_sid, mapping.sip_domain_sid]
    reply(200, _EXAMPLES["FetchSourceIpMapping"])
    seen.append(v1.source_ip_mappings(IB).fetch().url)
    reply(200, _EXAMPLES["UpdateSourceIpMapping"])
    seen.append(v1.source_ip_mappings(IB).update(sip_domain_sid=SD).sip_domain_sid)
    for page in two_pages("ListSourceIpMapping", f"{base}/SourceIpMappings"):
        reply(200, page)
    seen += [m.sid for m in v1.source_ip_mappings.list(page_size=1)]
    reply(204)
    seen.append(v1.source_ip_mappings(IB).delete())

    # Dialing Permissions
    for page in two_pages("ListDialingPermissionsCountry", f"{base}/DialingPermissions/Countries"):
        reply(200, page)
    countries = v1.dialing_permissions.countries.list(
        iso_code="US",
        continent="NORTH_AMERICA",
        country_code="+1",
        low_risk_numbers_enabled=True,
        high_risk_special_numbers_enabled=False,
        high_risk_tollfraud_numbers_enabled=False,
        page_size=1,
    )
    seen += [
        (c.iso_code, c.name, c.country_codes, c.low_risk_numbers_enabled, c.links)
        for c in countries
    ]
    reply(200, _EXAMPLES["FetchDialingPermissionsCountry"])
    seen.append(v1.dialing_permissions.countries("US").fetch().continent)
    for page in two_pages(
        "ListDialingPermissionsHrsPrefixes",
        f"{base}/DialingPermissions/Countries/LV/HighRiskSpecialPrefixes",
    ):
        reply(200, page)
    seen += [
        p.prefix
        for p in v1.dialing_permissions.countries("LV").highrisk_special_prefixes.list(page_size=1)
    ]
    reply(201, _EXAMPLES["CreateDialingPermissionsCountryBulkUpdate"])
    bulk = v1.dialing_permissions.bulk_country_updates.create(
        update_request=json.dumps([{"iso_code": "GB", "low_risk_numbers_enabled": "true"}])
    )
    seen += [bulk.update_count, bulk.update_request]
    reply(200, _EXAMPLES["FetchDialingPermissionsSettings"])
    seen.append(v1.dialing_permissions.settings().fetch().dialing_permissions_inheritance)
    reply(202, _EXAMPLES["UpdateDialingPermissionsSettings"])
    seen.append(v1.dialing_permissions.settings().update(dialing_permissions_inheritance=False).url)

    # Archived Calls
    reply(204)
    seen.append(v1.archived_calls(date(2020, 3, 18), CA).delete())
    return seen


def test_the_same_script_sends_the_same_requests_and_reads_the_same_values() -> None:
    theirs, mine = Recorder(), Recorder()
    their_values = script(official(theirs), replier(theirs))
    my_values = script(ours(mine), replier(mine))

    assert len(mine.sent) == len(theirs.sent) == 41  # every queued answer was asked for
    for index, (sent_by_us, sent_by_them) in enumerate(zip(mine.sent, theirs.sent, strict=True)):
        assert sent_by_us == sent_by_them, f"request {index}"
    assert my_values == their_values
    assert theirs.answers == mine.answers == []


def test_the_comparison_notices_a_different_request() -> None:
    """A script that differs in one argument must not compare equal."""
    theirs, mine = Recorder(), Recorder()
    replier(theirs)(201, _EXAMPLES["CreateConnectionPolicy"])
    replier(mine)(201, _EXAMPLES["CreateConnectionPolicy"])
    official(theirs).voice.v1.connection_policies.create(friendly_name="A")
    ours(mine).voice.v1.connection_policies.create(friendly_name="B")
    assert mine.sent != theirs.sent
    assert mine.sent[0].form == (("FriendlyName", "B"),)


@pytest.mark.parametrize("client_factory", [official, ours], ids=["official", "ours"])
def test_every_resource_is_reached_the_same_way(client_factory: Callable[[Recorder], Any]) -> None:
    v1 = client_factory(Recorder()).voice.v1
    reached = [
        v1.connection_policies,
        v1.connection_policies(NY),
        v1.connection_policies(NY).targets,
        v1.connection_policies(NY).targets(NE),
        v1.byoc_trunks(BY),
        v1.ip_records(IL),
        v1.source_ip_mappings(IB),
        v1.dialing_permissions.countries("US").highrisk_special_prefixes,
        v1.dialing_permissions.bulk_country_updates,
        v1.dialing_permissions.settings(),
        v1.archived_calls(date(2020, 3, 18), CA),
    ]
    assert all(r is not None for r in reached)
    assert v1.connection_policies.get(NY) is not None


def test_the_products_shortcuts_send_the_same_requests_and_both_warn() -> None:
    """``client.voice.connection_policies`` is ``client.voice.v1.connection_policies`` in both
    packages, and both call it deprecated."""
    theirs, mine = Recorder(), Recorder()
    for recorder, client_factory in ((theirs, official), (mine, ours)):
        replier(recorder)(201, _EXAMPLES["CreateConnectionPolicy"])
        with pytest.warns(DeprecationWarning):
            shortcut = client_factory(recorder).voice.connection_policies
        shortcut.create(friendly_name="A")
    assert mine.sent == theirs.sent and len(mine.sent) == 1
    official_names = {n for n in vars(type(official(Recorder()).voice)) if not n.startswith("_")}
    our_names = {n for n in dir(type(ours(Recorder()).voice)) if not n.startswith("_")}
    assert official_names <= our_names
