from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.language_accent import LanguageAccent


T = TypeVar("T", bound="PlatformLanguage")


@_attrs_define
class PlatformLanguage:
    """
    Attributes:
        accents (list[LanguageAccent] | None): Azure speech regional accents / variants available for this language,
            each with its locale `code` and `name`.
        admin_interface (bool | None): Whether this language is enabled on the admin interface. Example: True.
        coaching_interface (bool | None): Whether this language is enabled on the coaching (consumer) interface.
            Example: True.
        code (None | str): Mojito platform language code. Pass this as `mojito_language_code` when creating interviews /
            personas. Example: en.
        flag_emoji (None | str): Flag emoji for the language. Example: 🇺🇸.
        flag_image (None | str): URL to an SVG flag image for the language (same source the app UI renders). Example:
            https://cdn.jsdelivr.net/npm/country-flag-emoji-json@2.0.0/dist/images/US.svg.
        flag_unicode (None | str): Unicode code points for the flag emoji. Example: U+1F1FA U+1F1F8.
        interview_interface (bool | None): Whether this language is enabled on the interview interface. Example: True.
        name_english (None | str): Language name in English. Example: English.
        name_local (None | str): Language name written in the language itself. Example: English.
    """

    accents: list[LanguageAccent] | None
    admin_interface: bool | None
    coaching_interface: bool | None
    code: None | str
    flag_emoji: None | str
    flag_image: None | str
    flag_unicode: None | str
    interview_interface: bool | None
    name_english: None | str
    name_local: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accents: list[dict[str, Any]] | None
        if isinstance(self.accents, list):
            accents = []
            for accents_type_0_item_data in self.accents:
                accents_type_0_item = accents_type_0_item_data.to_dict()
                accents.append(accents_type_0_item)

        else:
            accents = self.accents

        admin_interface: bool | None
        admin_interface = self.admin_interface

        coaching_interface: bool | None
        coaching_interface = self.coaching_interface

        code: None | str
        code = self.code

        flag_emoji: None | str
        flag_emoji = self.flag_emoji

        flag_image: None | str
        flag_image = self.flag_image

        flag_unicode: None | str
        flag_unicode = self.flag_unicode

        interview_interface: bool | None
        interview_interface = self.interview_interface

        name_english: None | str
        name_english = self.name_english

        name_local: None | str
        name_local = self.name_local

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accents": accents,
                "admin_interface": admin_interface,
                "coaching_interface": coaching_interface,
                "code": code,
                "flag_emoji": flag_emoji,
                "flag_image": flag_image,
                "flag_unicode": flag_unicode,
                "interview_interface": interview_interface,
                "name_english": name_english,
                "name_local": name_local,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.language_accent import LanguageAccent  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_accents(data: object) -> list[LanguageAccent] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                accents_type_0 = []
                _accents_type_0 = data
                accents_type_0.extend(LanguageAccent._from_dicts(_accents_type_0))

                return accents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("accents: not list[LanguageAccent] | None")

        accents = _parse_accents(d.pop("accents"))

        admin_interface: bool | None = d.pop("admin_interface")

        coaching_interface: bool | None = d.pop("coaching_interface")

        code: None | str = d.pop("code")

        flag_emoji: None | str = d.pop("flag_emoji")

        flag_image: None | str = d.pop("flag_image")

        flag_unicode: None | str = d.pop("flag_unicode")

        interview_interface: bool | None = d.pop("interview_interface")

        name_english: None | str = d.pop("name_english")

        name_local: None | str = d.pop("name_local")

        platform_language = cls(
            accents=accents,
            admin_interface=admin_interface,
            coaching_interface=coaching_interface,
            code=code,
            flag_emoji=flag_emoji,
            flag_image=flag_image,
            flag_unicode=flag_unicode,
            interview_interface=interview_interface,
            name_english=name_english,
            name_local=name_local,
        )

        platform_language.additional_properties = d
        return platform_language

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
