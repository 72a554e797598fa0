"""Country: The dialing permissions for one country.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Iterator

from ..._runtime import codecs as _codecs
from ..._runtime.model import Model, WireField
from ..._runtime.operation import Operation, Param
from ..._runtime.pagination import Page
from ..._runtime.resource import (
    AsyncResource,
    Resource,
    async_iterator,
    async_page,
    async_raw,
    async_raw_page,
    awaitable,
    raw,
)
from ..._runtime.values import UNSET, Unset

if TYPE_CHECKING:  # child modules are imported on first access
    from . import highrisk_special_prefix as _child_highrisk_special_prefix

__all__ = ["Country", "CountryList", "AsyncCountryList", "CountryContext", "AsyncCountryContext"]


@dataclass(frozen=True, kw_only=True)
class Country(Model):
    """The dialing permissions for one country."""

    iso_code: str | None = None
    """The ISO 3166-1 alpha-2 code of the country."""
    name: str | None = None
    """The country's name."""
    continent: str | None = None
    """The continent the country is on, e.g. NORTH_AMERICA."""
    country_codes: list[str] | None = None
    """The calling codes of the country, e.g. +1."""
    low_risk_numbers_enabled: bool | None = None
    """Whether calls to the country's low-risk numbers are allowed."""
    high_risk_special_numbers_enabled: bool | None = None
    """Whether calls to the country's high-risk special service numbers are allowed."""
    high_risk_tollfraud_numbers_enabled: bool | None = None
    """Whether calls to the country's numbers at high risk of toll fraud are allowed."""
    url: str | None = None
    """The absolute URL of this country's permissions."""
    links: dict[str, str] | None = None
    """The URLs of the resources under this country."""

    _wire_fields: ClassVar[tuple[WireField, ...]] = (
        WireField("iso_code", "iso_code", _codecs.STRING),
        WireField("name", "name", _codecs.STRING),
        WireField("continent", "continent", _codecs.STRING),
        WireField("country_codes", "country_codes", _codecs.ListOf(_codecs.STRING)),
        WireField("low_risk_numbers_enabled", "low_risk_numbers_enabled", _codecs.BOOLEAN),
        WireField(
            "high_risk_special_numbers_enabled",
            "high_risk_special_numbers_enabled",
            _codecs.BOOLEAN,
        ),
        WireField(
            "high_risk_tollfraud_numbers_enabled",
            "high_risk_tollfraud_numbers_enabled",
            _codecs.BOOLEAN,
        ),
        WireField("url", "url", _codecs.STRING),
        WireField("links", "links", _codecs.JSON),
    )


_PATH_ISO_CODE = Param(
    name="iso_code",
    wire_name="IsoCode",
    location="path",
    codec=_codecs.STRING,
    required=True,
    pattern="^[A-Z]{2}$",
)
_LIST = Operation(
    "GET",
    "/v1/DialingPermissions/Countries",
    (
        Param(
            name="iso_code",
            wire_name="IsoCode",
            location="query",
            codec=_codecs.STRING,
            pattern="^[A-Z]{2}$",
        ),
        Param(name="continent", wire_name="Continent", location="query", codec=_codecs.STRING),
        Param(name="country_code", wire_name="CountryCode", location="query", codec=_codecs.STRING),
        Param(
            name="low_risk_numbers_enabled",
            wire_name="LowRiskNumbersEnabled",
            location="query",
            codec=_codecs.BOOLEAN,
        ),
        Param(
            name="high_risk_special_numbers_enabled",
            wire_name="HighRiskSpecialNumbersEnabled",
            location="query",
            codec=_codecs.BOOLEAN,
        ),
        Param(
            name="high_risk_tollfraud_numbers_enabled",
            wire_name="HighRiskTollfraudNumbersEnabled",
            location="query",
            codec=_codecs.BOOLEAN,
        ),
        Param(
            name="page_size",
            wire_name="PageSize",
            location="query",
            codec=_codecs.INTEGER,
            minimum=1,
            maximum=1000,
        ),
        Param(
            name="page_number", wire_name="Page", location="query", codec=_codecs.INTEGER, minimum=0
        ),
        Param(name="page_token", wire_name="PageToken", location="query", codec=_codecs.STRING),
    ),
)
_FETCH = Operation("GET", "/v1/DialingPermissions/Countries/{IsoCode}", (_PATH_ISO_CODE,))


class CountryList(Resource):
    """countries: The dialing permissions of the account for each country: whether calls to its low-risk, high-risk special and high-risk toll-fraud numbers are allowed."""

    def __call__(self, iso_code: str) -> CountryContext:
        """The Country with the given iso_code."""
        return self._child(CountryContext, {**self._path_values, "iso_code": iso_code})

    get = __call__

    @property
    def with_raw_response(self) -> CountryListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(CountryListRaw, self._path_values)

    def stream(
        self,
        *,
        iso_code: str | None | Unset = UNSET,
        continent: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        low_risk_numbers_enabled: bool | None | Unset = UNSET,
        high_risk_special_numbers_enabled: bool | None | Unset = UNSET,
        high_risk_tollfraud_numbers_enabled: bool | None | Unset = UNSET,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[Country]:
        """List the dialing permissions of every country. Pages are read lazily, as the iterator is consumed.

        Reads the per-country permissions, optionally filtered, one page at a time.

        :param iso_code: Only the country with this ISO 3166-1 alpha-2 code.
        :param continent: Only the countries on this continent, e.g. NORTH_AMERICA.
        :param country_code: Only the countries that use this calling code, e.g. +1.
        :param low_risk_numbers_enabled: Only the countries where calls to low-risk numbers are (true) or are not (false) allowed.
        :param high_risk_special_numbers_enabled: Only the countries where calls to high-risk special service numbers are (true) or are not (false) allowed.
        :param high_risk_tollfraud_numbers_enabled: Only the countries where calls to numbers at high risk of toll fraud are (true) or are not (false) allowed.
        :param limit: Stop after this many countries; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._stream(
            _LIST,
            Country,
            "content",
            {
                "iso_code": iso_code,
                "continent": continent,
                "country_code": country_code,
                "low_risk_numbers_enabled": low_risk_numbers_enabled,
                "high_risk_special_numbers_enabled": high_risk_special_numbers_enabled,
                "high_risk_tollfraud_numbers_enabled": high_risk_tollfraud_numbers_enabled,
            },
            limit,
            page_size,
        )

    def list(
        self,
        *,
        iso_code: str | None | Unset = UNSET,
        continent: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        low_risk_numbers_enabled: bool | None | Unset = UNSET,
        high_risk_special_numbers_enabled: bool | None | Unset = UNSET,
        high_risk_tollfraud_numbers_enabled: bool | None | Unset = UNSET,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> builtins.list[Country]:
        """List the dialing permissions of every country. Every page is read before this returns.

        :param iso_code: Only the country with this ISO 3166-1 alpha-2 code.
        :param continent: Only the countries on this continent, e.g. NORTH_AMERICA.
        :param country_code: Only the countries that use this calling code, e.g. +1.
        :param low_risk_numbers_enabled: Only the countries where calls to low-risk numbers are (true) or are not (false) allowed.
        :param high_risk_special_numbers_enabled: Only the countries where calls to high-risk special service numbers are (true) or are not (false) allowed.
        :param high_risk_tollfraud_numbers_enabled: Only the countries where calls to numbers at high risk of toll fraud are (true) or are not (false) allowed.
        :param limit: Stop after this many countries; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._list(
            _LIST,
            Country,
            "content",
            {
                "iso_code": iso_code,
                "continent": continent,
                "country_code": country_code,
                "low_risk_numbers_enabled": low_risk_numbers_enabled,
                "high_risk_special_numbers_enabled": high_risk_special_numbers_enabled,
                "high_risk_tollfraud_numbers_enabled": high_risk_tollfraud_numbers_enabled,
            },
            limit,
            page_size,
        )

    def page(
        self,
        *,
        iso_code: str | None | Unset = UNSET,
        continent: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        low_risk_numbers_enabled: bool | None | Unset = UNSET,
        high_risk_special_numbers_enabled: bool | None | Unset = UNSET,
        high_risk_tollfraud_numbers_enabled: bool | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        page_number: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
    ) -> Page[Country]:
        """List the dialing permissions of every country. Reads one page.

        :param iso_code: Only the country with this ISO 3166-1 alpha-2 code.
        :param continent: Only the countries on this continent, e.g. NORTH_AMERICA.
        :param country_code: Only the countries that use this calling code, e.g. +1.
        :param low_risk_numbers_enabled: Only the countries where calls to low-risk numbers are (true) or are not (false) allowed.
        :param high_risk_special_numbers_enabled: Only the countries where calls to high-risk special service numbers are (true) or are not (false) allowed.
        :param high_risk_tollfraud_numbers_enabled: Only the countries where calls to numbers at high risk of toll fraud are (true) or are not (false) allowed.
        :param page_size: How many resources each page holds; 50 when not given.
        :param page_number: The number of the page, counted from zero. Only the client uses it.
        :param page_token: An opaque marker the API hands out to reach the next page.
        """
        return self._page(
            _LIST,
            Country,
            "content",
            {
                "iso_code": iso_code,
                "continent": continent,
                "country_code": country_code,
                "low_risk_numbers_enabled": low_risk_numbers_enabled,
                "high_risk_special_numbers_enabled": high_risk_special_numbers_enabled,
                "high_risk_tollfraud_numbers_enabled": high_risk_tollfraud_numbers_enabled,
                "page_size": page_size,
                "page_number": page_number,
                "page_token": page_token,
            },
        )

    def get_page(self, target_url: str) -> Page[Country]:
        """Read the page at a URL the API gave, such as a ``next_page_url``."""
        return self._get_page(target_url, Country, "content")


class CountryContext(Resource):
    """One Country, addressed by iso_code."""

    @cached_property
    def highrisk_special_prefixes(self) -> _child_highrisk_special_prefix.HighriskSpecialPrefixList:
        """highrisk_special_prefixes: The number prefixes of a country that are high-risk special services; calls to them follow the country's high-risk special setting."""
        from . import highrisk_special_prefix as child_module

        return self._child(
            child_module.HighriskSpecialPrefixList, {"iso_code": self._path_values["iso_code"]}
        )

    @property
    def with_raw_response(self) -> CountryContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(CountryContextRaw, self._path_values)

    def fetch(self) -> Country:
        """Fetch the dialing permissions of one country.

        Reads the permissions for the country with the given ISO code.
        """
        return self._call(_FETCH, Country, {})


class CountryListRaw(Resource):
    """The list operations of countries, answering with a RawResponse."""

    _raw = True
    page = raw(CountryList.page)
    get_page = raw(CountryList.get_page)


class CountryContextRaw(Resource):
    """The operations of one Country, answering with a RawResponse."""

    _raw = True
    fetch = raw(CountryContext.fetch)


class AsyncCountryList(AsyncResource):
    """countries, for asyncio: every operation is awaitable."""

    def __call__(self, iso_code: str) -> AsyncCountryContext:
        """The Country with the given iso_code."""
        return self._child(AsyncCountryContext, {**self._path_values, "iso_code": iso_code})

    get = __call__

    @property
    def with_raw_response(self) -> AsyncCountryListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncCountryListRaw, self._path_values)

    stream = async_iterator(CountryList.stream)
    page = async_page(CountryList.page)
    get_page = async_page(CountryList.get_page)
    list = awaitable(CountryList.list)


class AsyncCountryContext(AsyncResource):
    """One Country, for asyncio: every operation is awaitable."""

    @cached_property
    def highrisk_special_prefixes(
        self,
    ) -> _child_highrisk_special_prefix.AsyncHighriskSpecialPrefixList:
        """highrisk_special_prefixes: The number prefixes of a country that are high-risk special services; calls to them follow the country's high-risk special setting."""
        from . import highrisk_special_prefix as child_module

        return self._child(
            child_module.AsyncHighriskSpecialPrefixList, {"iso_code": self._path_values["iso_code"]}
        )

    @property
    def with_raw_response(self) -> AsyncCountryContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncCountryContextRaw, self._path_values)

    fetch = awaitable(CountryContext.fetch)


class AsyncCountryListRaw(AsyncResource):
    """The list operations of countries, for asyncio, answering with a RawResponse."""

    _raw = True
    page = async_raw_page(CountryList.page)
    get_page = async_raw_page(CountryList.get_page)


class AsyncCountryContextRaw(AsyncResource):
    """The operations of one Country, for asyncio, answering with a RawResponse."""

    _raw = True
    fetch = async_raw(CountryContext.fetch)
