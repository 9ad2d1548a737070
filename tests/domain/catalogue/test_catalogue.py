"""事项库: saving creates immutable versions; search by characters and pinyin initials."""

from __future__ import annotations

import pytest

from desk.domain.catalogue.service import ItemContent, MaterialSpec, RefusalReasonSpec
from desk.domain.common.codes import MaterialForm, MatterKind
from desk.domain.common.errors import NotFound, PermissionDenied
from desk.domain.common.text import FieldError
from desk.domain.seed.catalogue import DEMO_ITEMS, install_demo_catalogue


def _content(sh, **changes) -> ItemContent:  # type: ignore[no-untyped-def]
    base = ItemContent(
        name="最低生活保障申请",
        aliases="低保申请",
        post_id=sh.post["低保"],
        kind=MatterKind.PROMISED,
        promised_days=30,
        legal_basis="《社会救助暂行办法》第九条",
        materials=(
            MaterialSpec("最低生活保障申请书", MaterialForm.ORIGINAL, 1, True, "本人签字"),
            MaterialSpec("居民户口簿", MaterialForm.BOTH),
            MaterialSpec("残疾人证", MaterialForm.COPY, 1, False, "有残疾的提供"),
        ),
        refusal_reasons=(RefusalReasonSpec("户籍不在本街道", "审核确认办法第八条"),),
    )
    return ItemContent(**{**base.__dict__, **changes})


def test_add_item_derives_department_and_code(small_hall, leaders) -> None:
    leaders.sign_in("director")
    cat = small_hall.hall.catalogue
    item_id = cat.add_item(content=_content(small_hall))
    item = cat.get(item_id)
    assert item.department_id == small_hall.dept["民政"]
    assert item.department == "民政办"
    assert item.post == "低保审核" and item.window_no == "4"
    assert item.code == "SX0001"
    assert item.kind is MatterKind.PROMISED and item.promised_days == 30
    assert item.version == 1
    detail = cat.detail(item_id)
    assert [m.name for m in detail.content.materials] == [
        "最低生活保障申请书",
        "居民户口簿",
        "残疾人证",
    ]
    assert detail.content.materials[2].required is False
    assert detail.content.refusal_reasons[0].basis == "审核确认办法第八条"
    assert detail.operator == "钱主任"


def test_edit_creates_a_new_version_and_keeps_the_old_one(small_hall, leaders, clock) -> None:
    leaders.sign_in("director")
    cat = small_hall.hall.catalogue
    item_id = cat.add_item(content=_content(small_hall))
    clock.advance(days=1)
    old = cat.detail(item_id)
    new_materials = (*old.content.materials[:2], MaterialSpec("家庭经济状况核对授权书"))
    version = cat.update_item(
        item_id, materials=new_materials, promised_days=20, change_note="按新办法修订"
    )
    assert version == 2
    assert cat.get(item_id).promised_days == 20
    v1 = cat.detail(item_id, version=1)
    v2 = cat.detail(item_id)
    assert v1.content.promised_days == 30
    assert [m.name for m in v1.content.materials][-1] == "残疾人证"
    assert [m.name for m in v2.content.materials][-1] == "家庭经济状况核对授权书"
    assert v1.version_id != v2.version_id
    history = cat.versions(item_id)
    assert [(h.version, h.change_note, h.materials) for h in history] == [
        (2, "按新办法修订", 3),
        (1, "新建事项", 3),
    ]
    assert history[0].created_at > history[1].created_at
    assert cat.version_by_id(v1.version_id).content == v1.content


def test_search_by_characters_initials_alias_and_code(small_hall, leaders) -> None:
    leaders.sign_in("director")
    cat = small_hall.hall.catalogue
    a = cat.add_item(content=_content(small_hall, code="MZ001"))
    b = cat.add_item("临时救助申请", post_id=small_hall.post["救助"], kind=MatterKind.INSTANT)
    c = cat.add_item("城乡居民基本医疗保险参保登记", post_id=small_hall.post["医保"])
    assert [v.id for v in cat.search("dbsq")] == [a]  # alias 低保申请
    assert [v.id for v in cat.search("低保")] == [a]
    assert [v.id for v in cat.search("zdshbz")] == [a]  # 最低生活保障
    assert [v.id for v in cat.search("LSJZ")] == [b]
    assert [v.id for v in cat.search("医疗保险")] == [c]
    assert [v.id for v in cat.search("mz001")] == [a]
    # "申请" is in two names; a name starting with the query ranks first.
    assert {v.id for v in cat.search("申请")} == {a, b}
    assert [v.id for v in cat.search("临时")] == [b]
    assert cat.search("") and len(cat.search("", limit=2)) == 2
    assert cat.search("不存在的事项") == []


def test_inactive_items_leave_lists_and_search(small_hall, leaders) -> None:
    leaders.sign_in("director")
    cat = small_hall.hall.catalogue
    a = cat.add_item(content=_content(small_hall))
    cat.set_active(a, False)
    assert cat.items() == []
    assert [v.id for v in cat.items(include_inactive=True)] == [a]
    assert cat.search("dbsq") == []
    assert cat.get(a).version == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"promised_days": -1}, "promised_days"),
        ({"promised_days": 0}, "promised_days"),  # a 承诺件 needs a limit
        ({"callback_days": -2}, "callback_days"),
        ({"consult_phone": "12"}, "consult_phone"),
        ({"materials": (MaterialSpec(""),)}, "materials[0].name"),
        ({"materials": (MaterialSpec("户口簿", copies=0),)}, "materials[0].copies"),
        ({"refusal_reasons": (RefusalReasonSpec(""),)}, "refusal_reasons[0].reason"),
    ],
)
def test_bad_content_is_refused_at_the_field(small_hall, leaders, changes, field) -> None:
    leaders.sign_in("director")
    cat = small_hall.hall.catalogue
    with pytest.raises(FieldError) as err:
        cat.add_item(content=_content(small_hall, **changes))
    assert err.value.field == field
    assert cat.items(include_inactive=True) == []


def test_post_must_exist_and_codes_are_unique(small_hall, leaders) -> None:
    leaders.sign_in("director")
    cat = small_hall.hall.catalogue
    with pytest.raises(FieldError) as err:
        cat.add_item(content=_content(small_hall, post_id=999))
    assert err.value.field == "post_id"
    with pytest.raises(FieldError) as err:
        cat.add_item(content=_content(small_hall, department_id=small_hall.dept["社保"]))
    assert err.value.field == "post_id"
    cat.add_item(content=_content(small_hall, code="MZ001"))
    with pytest.raises(FieldError) as err:
        cat.add_item(content=_content(small_hall, code="MZ001", name="另一个事项"))
    assert err.value.field == "code" and "MZ001" in err.value.message
    with pytest.raises(NotFound):
        cat.get(12345)


def test_demo_catalogue_spreads_items_over_posts(small_hall, leaders) -> None:
    leaders.sign_in("director")
    ids = install_demo_catalogue(small_hall.hall)
    assert len(ids) == len(DEMO_ITEMS) >= 12
    items = small_hall.hall.catalogue.items()
    # The small hall has no 劳动/人口/土规 posts: those items fall back to the first post.
    assert {"民政救助", "医疗保险"} <= {i.post for i in items}
    assert [i.id for i in small_hall.hall.catalogue.search("dbsq")][0] == ids[0]
    detail = small_hall.hall.catalogue.detail(ids[0])
    assert len(detail.content.materials) >= 5 and detail.content.legal_basis
    assert detail.content.location.endswith("3号窗口")


def test_clerks_cannot_edit_the_catalogue(small_hall, leaders) -> None:
    with pytest.raises(PermissionDenied):
        small_hall.hall.catalogue.add_item(content=_content(small_hall))
    leaders.sign_in("director")
    item_id = small_hall.hall.catalogue.add_item(content=_content(small_hall))
    leaders.sign_in("clerk")
    with pytest.raises(PermissionDenied):
        small_hall.hall.catalogue.update_item(item_id, promised_days=10)
    assert small_hall.hall.catalogue.get(item_id).version == 1
