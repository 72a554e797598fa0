"""A fake serving two products whose paths overlap (Chat's and Sync's /v1/Services), over HTTP,
driven by the official `twilio` package pointed at it the way the README says.

The SDKs are generated from the small specs in tests/fixtures/, never from spec/.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import httpx
import pytest
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client as OfficialClient

from .fake_servers import FIXTURES, generate, serve
from .helpers import ROOT

CHAT = FIXTURES / "products_chat_v1.yaml"
SYNC = FIXTURES / "products_sync_v1.yaml"
ACCOUNT = "AC" + "3" * 32
TOKEN = "two-products-token"


@pytest.fixture(scope="module")
def two_products(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("chat_and_sync"), CHAT, SYNC)


@pytest.fixture(scope="module")
def one_product(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("chat_only"), CHAT)


@pytest.fixture
def served(two_products: Path) -> Iterator[str]:
    with serve(two_products, ACCOUNT, TOKEN) as url:
        yield url


def test_the_readme_says_to_put_the_product_after_the_fake_s_address() -> None:
    section = (
        (ROOT / "README.md")
        .read_text(encoding="utf-8")
        .split("## Testing your code with the fake")[1]
    )
    section = section.split("\n## ")[0]
    assert 'client.voice.base_url = f"{url}/voice"' in section


def test_the_official_package_pages_through_every_record_of_each_product(served: str) -> None:
    client = OfficialClient(ACCOUNT, TOKEN)
    client.chat.base_url = f"{served}/chat"
    client.sync.base_url = f"{served}/sync"
    chats = [client.chat.v1.services.create(friendly_name=f"chat {i}") for i in range(3)]
    syncs = [
        client.sync.v1.services.create(friendly_name=f"sync {i}", acl_enabled=i == 1)
        for i in range(3)
    ]
    chat_sids, sync_sids = [s.sid for s in chats], [s.sid for s in syncs]
    assert len(set(chat_sids + sync_sids)) == 6
    assert all(re.fullmatch(r"IS[0-9a-f]{32}", sid) for sid in chat_sids + sync_sids)
    assert chats[0].url == f"{served}/chat/v1/Services/{chat_sids[0]}"
    assert [s.acl_enabled for s in syncs] == [False, True, False]

    # page_size 1 and 2 follow meta.next_page_url as the official package does, as given
    for page_size in (1, 2, 3, 50):
        assert [s.sid for s in client.chat.v1.services.list(page_size=page_size)] == chat_sids
        assert [s.sid for s in client.sync.v1.services.list(page_size=page_size)] == sync_sids
    assert [s.friendly_name for s in client.chat.v1.services.stream(page_size=1)] == [
        "chat 0",
        "chat 1",
        "chat 2",
    ]
    assert [s.friendly_name for s in client.sync.v1.services.stream(page_size=2)] == [
        "sync 0",
        "sync 1",
        "sync 2",
    ]
    page = client.chat.v1.services.page(page_size=2)
    assert page.next_page_url == f"{served}/chat/v1/Services?PageSize=2&Page=1&PageToken=PT1"

    # Same path, same Sid pattern, other product: not found there.
    assert client.chat.v1.services(chat_sids[1]).fetch().friendly_name == "chat 1"
    with pytest.raises(TwilioRestException) as missing:
        client.sync.v1.services(chat_sids[1]).fetch()
    assert missing.value.status == 404
    assert client.chat.v1.services(chat_sids[1]).delete() is True
    assert [s.sid for s in client.chat.v1.services.list(page_size=1)] == [
        chat_sids[0],
        chat_sids[2],
    ]
    assert [s.sid for s in client.sync.v1.services.list(page_size=1)] == sync_sids


def test_a_path_without_its_product_is_refused_with_the_addresses_to_use(served: str) -> None:
    # The old advice, the fake's bare address for every product, once kept records in a store
    # of its own that the product-named next page links never reached.
    client = OfficialClient(ACCOUNT, TOKEN)
    client.chat.base_url = served
    with pytest.raises(TwilioRestException) as refused:
        client.chat.v1.services.create(friendly_name="lost")
    assert refused.value.status == 404
    assert f"{served}/chat" in refused.value.msg and f"{served}/sync" in refused.value.msg
    listed = httpx.get(f"{served}/chat/v1/Services", auth=(ACCOUNT, TOKEN))
    assert listed.status_code == 200 and listed.json()["services"] == []


def test_a_fake_of_one_product_answers_at_its_address_and_under_the_product_s_name(
    one_product: Path,
) -> None:
    with serve(one_product, ACCOUNT, TOKEN) as url:
        at_root, named = OfficialClient(ACCOUNT, TOKEN), OfficialClient(ACCOUNT, TOKEN)
        at_root.chat.base_url = url
        named.chat.base_url = f"{url}/chat"
        sids = [
            at_root.chat.v1.services.create(friendly_name="a").sid,
            named.chat.v1.services.create(friendly_name="b").sid,
        ]
        sids.append(named.chat.v1.services.create(friendly_name="c").sid)
        for client in (at_root, named):
            assert [s.sid for s in client.chat.v1.services.list(page_size=1)] == sids
            assert client.chat.v1.services(sids[1]).fetch().friendly_name == "b"
