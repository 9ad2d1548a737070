"""IntakeService: routing, saving with the handover rule, validation, corrections, search."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desk.db.models import AuditEntry, Handover, Intake, IntakeCorrection
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import (
    Channel,
    HandoverState,
    MatterScope,
    Outcome,
    ServingRole,
    Status,
)
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.intake.service import UnconfirmedWarnings
from desk.domain.intake.views import HandoverDraft, IntakeDraft, IntakeFilter
from tests.conftest import SmallHall
from tests.domain.intake.intake_support import both_absent


def id_number(area: str, birth: str, seq: str = "123") -> str:
    first17 = area + birth + seq
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[total % 11]


def draft(sh: SmallHall, **kw: object) -> IntakeDraft:
    base = IntakeDraft(
        channel=Channel.VISIT,
        visitor_name="张建国",
        visitor_phone="13812345678",
        visitor_unit="城东村委会",
        matter="临时救助申请",
        message="家中失火，想申请临时救助",
        outcome=Outcome.HANDOVER,
        post_id=sh.post["救助"],
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def count(sh: SmallHall, model: type) -> int:
    with sh.hall.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


# ---- routing ---------------------------------------------------------------------------


def test_route_a_in_post(small_hall: SmallHall) -> None:
    view = small_hall.hall.intakes.route(post_id=small_hall.post["救助"])
    assert view.post_name == "民政救助" and view.window_no == "3"
    assert view.department == "民政办" and view.department_phone == "0571-88880001"
    assert view.a.name == "曾小明" and view.b.name == "单丽"
    assert view.serving.name == "曾小明" and view.serving_role is ServingRole.A
    assert view.recommended is Outcome.HANDLED
    assert not view.responsible_absent


def test_route_b_covers_when_a_absent(small_hall: SmallHall) -> None:
    back = small_hall.hall.ctx.now().replace(hour=15)
    small_hall.hall.board.set_status(
        small_hall.staff["曾小明"], Status.MEETING, place="县民政局", expected_return=back
    )
    view = small_hall.hall.intakes.route(post_id=small_hall.post["救助"])
    assert view.serving.name == "单丽" and view.serving_role is ServingRole.B
    assert view.a.status is Status.MEETING
    assert view.a.whereabouts == "外出开会（县民政局），预计11-16 15:00返回"
    assert not view.decision.handover_required
    assert view.decision.recipient_id == small_hall.staff["单丽"]


def test_route_both_absent_recommends_handover_to_head(small_hall: SmallHall) -> None:
    both_absent(small_hall)
    view = small_hall.hall.intakes.route(post_id=small_hall.post["救助"])
    assert view.recommended is Outcome.HANDOVER
    assert view.responsible_absent and view.decision.handover_required
    assert view.recipient.name == "周春英"
    assert [(c.name, c.role) for c in view.candidates] == [
        ("曾小明", ServingRole.A),
        ("单丽", ServingRole.B),
        ("周春英", ServingRole.HEAD),
        ("钱主任", ServingRole.DIRECTOR),
    ]


def test_route_first_contact_holding_the_post(small_hall: SmallHall) -> None:
    view = small_hall.hall.intakes.route(
        post_id=small_hall.post["医保"], first_contact_id=small_hall.staff["王前台"]
    )
    assert view.decision.by_first_contact
    assert view.recommended is Outcome.HANDLED


# ---- saving ----------------------------------------------------------------------------


def test_save_with_handover_to_department_head(small_hall: SmallHall) -> None:
    both_absent(small_hall)
    hall = small_hall.hall
    head = small_hall.staff["周春英"]
    saved = hall.intakes.save(
        draft(small_hall),
        HandoverDraft(
            to_id=head,
            visitor_name="张建国",
            visitor_phone="138 1234 5678",
            visitor_unit="城东村委会",
            matter="临时救助申请",
            message="家中失火，想申请临时救助",
        ),
    )
    detail = hall.intakes.get(saved.intake_id)
    assert detail.outcome is Outcome.HANDOVER
    assert detail.recommended_outcome is Outcome.HANDOVER
    assert detail.first_contact == "王前台" and detail.responsible == "曾小明"
    assert detail.serving == "周春英" and detail.serving_role is ServingRole.HEAD
    assert detail.no_handover_reason == ""
    h = detail.handover
    assert h is not None and h.id == saved.handover_id
    assert (h.to_name, h.recipient_role, h.state) == (
        "周春英",
        ServingRole.HEAD,
        HandoverState.PENDING,
    )
    assert h.visitor_phone == "13812345678"  # normalised
    assert h.from_name == "王前台"
    rows = {r.staff_id: r for r in hall.board.rows()}
    assert rows[head].badges.get("handovers") == 1
    # The intake, its handover and their audit rows were written in one transaction.
    with hall.db.read() as s:
        tables = s.scalars(select(AuditEntry.table_name).where(AuditEntry.action == "create"))
        assert {"intakes", "handovers"} <= set(tables)


def test_missing_handover_is_refused_until_a_reason_is_given(small_hall: SmallHall) -> None:
    both_absent(small_hall)
    intakes = small_hall.hall.intakes
    with pytest.raises(FieldError) as exc:
        intakes.save(draft(small_hall))
    assert exc.value.field == "no_handover_reason"
    assert "请登记转交" in exc.value.message
    with pytest.raises(FieldError):
        intakes.save(draft(small_hall, outcome=Outcome.NOTICE), no_handover_reason="   ")
    assert count(small_hall, Intake) == 0
    saved = intakes.save(
        draft(small_hall, outcome=Outcome.NOTICE), no_handover_reason="来访人表示明天再来"
    )
    detail = intakes.get(saved.intake_id)
    assert detail.no_handover_reason == "来访人表示明天再来" and detail.handover is None


def test_b_covering_needs_no_handover(small_hall: SmallHall) -> None:
    small_hall.hall.board.set_status(small_hall.staff["曾小明"], Status.TRIP)
    saved = small_hall.hall.intakes.save(draft(small_hall, outcome=Outcome.NOTICE))
    detail = small_hall.hall.intakes.get(saved.intake_id)
    assert detail.serving == "单丽" and detail.serving_role is ServingRole.B
    assert detail.handover is None and detail.no_handover_reason == ""


@pytest.mark.parametrize("outcome", [Outcome.HANDLED, Outcome.REFERRED, Outcome.OUTSIDE])
def test_outcomes_that_place_the_matter_need_no_handover(
    small_hall: SmallHall, outcome: Outcome
) -> None:
    both_absent(small_hall)
    d = draft(
        small_hall,
        outcome=outcome,
        referred_to="县公安局户籍科",
        referred_phone="0571-88881234",
        result="告知本事项由县市场监管局负责",
    )
    saved = small_hall.hall.intakes.save(d)
    assert saved.handover_id is None
    with pytest.raises(DomainError):
        small_hall.hall.intakes.save(d, HandoverDraft(small_hall.staff["周春英"], "张建国"))


def test_referred_needs_department_and_phone(small_hall: SmallHall) -> None:
    intakes = small_hall.hall.intakes
    d = draft(
        small_hall, scope=MatterScope.OTHER_DEPARTMENT, post_id=None, outcome=Outcome.REFERRED
    )
    with pytest.raises(FieldError) as exc:
        intakes.save(d)
    assert exc.value.field == "referred_to"
    with pytest.raises(FieldError) as exc:
        intakes.save(replace(d, referred_to="县公安局户籍科"))
    assert exc.value.field == "referred_phone"
    with pytest.raises(FieldError) as exc:
        intakes.save(replace(d, referred_to="县公安局户籍科", referred_phone="12"))
    assert exc.value.field == "referred_phone"
    saved = intakes.save(
        replace(
            d,
            referred_to="社会保障所",
            referred_phone="0571 88880002",
            referred_department_id=small_hall.dept["社保"],
        )
    )
    detail = intakes.get(saved.intake_id)
    assert (detail.referred_to, detail.referred_phone) == ("社会保障所", "0571-88880002")
    assert detail.scope is MatterScope.OTHER_DEPARTMENT and detail.post == ""


def test_outside_needs_an_explanation(small_hall: SmallHall) -> None:
    d = draft(small_hall, scope=MatterScope.OUTSIDE, post_id=None, outcome=Outcome.OUTSIDE)
    with pytest.raises(FieldError) as exc:
        small_hall.hall.intakes.save(d)
    assert exc.value.field == "result"
    saved = small_hall.hall.intakes.save(replace(d, result="民事纠纷请向法院起诉，已告知地址"))
    assert small_hall.hall.intakes.get(saved.intake_id).result.startswith("民事纠纷")


BAD_FIELDS = [
    ("visitor_name", "  ", "请填写来访人姓名"),
    ("visitor_name", "张" * 51, "来访人姓名不能超过50个字（现有51个字）"),
    ("visitor_phone", "1381234567", "请输入正确的联系电话"),
    ("visitor_phone", "abc", "请输入正确的联系电话"),
    ("visitor_phone", "010-1234", "请输入正确的联系电话"),
    ("visitor_unit", "单" * 101, "单位不能超过100个字"),
    ("matter", "", "请填写拟办事项"),
    ("visitor_id_number", "110101199003071234", "身份证号码校验位不正确"),
    ("visitor_id_number", "11010119900307", "身份证号码应为18位"),
    ("message", "留" * 2001, "留言不能超过2000个字"),
]


def test_bad_fields_are_refused_at_the_field(small_hall: SmallHall) -> None:
    for field, value, message in BAD_FIELDS:
        with pytest.raises(FieldError) as exc:
            small_hall.hall.intakes.save(
                draft(small_hall, outcome=Outcome.HANDLED, **{field: value})
            )
        assert (exc.value.field, exc.value.message[: len(message)]) == (field, message), value
    assert count(small_hall, Intake) == 0


def test_valid_phones_are_accepted(small_hall: SmallHall) -> None:
    samples = {
        "13812345678": "13812345678",
        "+86 138-1234-5678": "13812345678",
        "0571-88886666": "0571-88886666",
        "(010)12345678": "010-12345678",
        "88886666": "88886666",
    }
    for raw, stored in samples.items():
        saved = small_hall.hall.intakes.save(
            draft(small_hall, outcome=Outcome.HANDLED, visitor_phone=raw)
        )
        assert small_hall.hall.intakes.get(saved.intake_id).visitor_phone == stored


def test_text_is_cleaned(small_hall: SmallHall) -> None:
    saved = small_hall.hall.intakes.save(
        draft(
            small_hall,
            outcome=Outcome.HANDLED,
            visitor_name="\u202e张\u200b建国\u3000",
            message="a\r\nb",
        )
    )
    detail = small_hall.hall.intakes.get(saved.intake_id)
    assert detail.visitor_name == "张建国" and detail.message == "a\nb"


def test_id_number_warning_must_be_accepted(small_hall: SmallHall) -> None:
    number = id_number("830000", "19900101")  # real 台湾 code, missing from stdnum's table
    d = draft(small_hall, outcome=Outcome.HANDLED, visitor_id_number=number)
    with pytest.raises(UnconfirmedWarnings) as exc:
        small_hall.hall.intakes.save(d)
    assert exc.value.warnings[0].field == "visitor_id_number"
    assert "地区码不在校验表中" in str(exc.value)
    assert count(small_hall, Intake) == 0
    saved = small_hall.hall.intakes.save(replace(d, accept_warnings=True))
    detail = small_hall.hall.intakes.get(saved.intake_id)
    assert detail.visitor_id_number == number
    assert detail.id_warning == "地区码不在校验表中，请核对证件"


def test_handover_prompt_fields_are_validated(small_hall: SmallHall) -> None:
    both_absent(small_hall)
    head = small_hall.staff["周春英"]
    with pytest.raises(FieldError) as exc:
        small_hall.hall.intakes.save(
            draft(small_hall), HandoverDraft(head, "张建国", "", matter="x")
        )
    assert exc.value.field == "handover.visitor_phone"
    with pytest.raises(FieldError) as exc:
        small_hall.hall.intakes.save(
            draft(small_hall),
            HandoverDraft(small_hall.staff["王前台"], "张建国", "13812345678", matter="x"),
        )
    assert exc.value.field == "handover.to"
    assert count(small_hall, Intake) == 0 and count(small_hall, Handover) == 0


def test_handover_to_someone_else_is_recorded_as_other(small_hall: SmallHall) -> None:
    both_absent(small_hall)
    saved = small_hall.hall.intakes.save(
        draft(small_hall),
        HandoverDraft(small_hall.staff["解东"], "张建国", "13812345678", matter="x"),
    )
    h = small_hall.hall.handovers.get(saved.handover_id)
    assert h.recipient_role is ServingRole.OTHER and h.to_name == "解东"


def test_first_contact_required_without_operator(small_hall: SmallHall) -> None:
    small_hall.hall.ctx.operator_id = None
    with pytest.raises(FieldError) as exc:
        small_hall.hall.intakes.save(draft(small_hall, outcome=Outcome.HANDLED))
    assert exc.value.field == "first_contact"
    saved = small_hall.hall.intakes.save(
        draft(small_hall, outcome=Outcome.HANDLED, first_contact_id=small_hall.staff["解东"])
    )
    assert small_hall.hall.intakes.get(saved.intake_id).first_contact == "解东"


def test_post_is_required_for_a_post_matter(small_hall: SmallHall) -> None:
    with pytest.raises(FieldError) as exc:
        small_hall.hall.intakes.save(draft(small_hall, post_id=None, outcome=Outcome.HANDLED))
    assert exc.value.field == "matter"


# ---- corrections and voiding -----------------------------------------------------------


def test_correction_is_recorded_with_operator_and_time(
    small_hall: SmallHall, clock: FixedClock
) -> None:
    both_absent(small_hall)
    intakes = small_hall.hall.intakes
    saved = intakes.save(
        draft(small_hall),
        HandoverDraft(small_hall.staff["周春英"], "张建国", "13812345678", matter="临时救助申请"),
    )
    clock.advance(minutes=30)
    with pytest.raises(FieldError):
        intakes.correct(saved.intake_id, {"visitor_phone": "13812345679"}, reason="")
    with pytest.raises(FieldError):
        intakes.correct(saved.intake_id, {"visitor_phone": "1381"}, reason="号码记错")
    changed = intakes.correct(
        saved.intake_id,
        {"visitor_phone": "13812345679", "visitor_name": "张建国", "channel": "来电"},
        reason="号码记错一位；来电误记为来访",
    )
    assert changed == 2
    detail = intakes.get(saved.intake_id)
    assert detail.visitor_phone == "13812345679" and detail.channel is Channel.PHONE
    assert detail.edit_count == 1 and detail.edited_at == clock.now()
    assert [(c.field_label, c.old_value, c.new_value) for c in detail.corrections] == [
        ("联系电话", "13812345678", "13812345679"),
        ("渠道", "visit", "phone"),
    ]
    assert {c.operator for c in detail.corrections} == {"王前台"}
    assert {c.number for c in detail.corrections} == {1}
    # The pending handover carries the corrected number for the call-back.
    assert detail.handover.visitor_phone == "13812345679"
    assert intakes.correct(saved.intake_id, {"visitor_phone": "13812345679"}, "无变化") == 0
    intakes.correct(saved.intake_id, {"matter": "临时救助（火灾）"}, reason="补充")
    assert intakes.get(saved.intake_id).edit_count == 2
    assert count(small_hall, IntakeCorrection) == 3
    with pytest.raises(DomainError):
        intakes.correct(saved.intake_id, {"outcome": "handled"}, reason="x")


def test_void_keeps_the_row_and_voids_the_open_handover(small_hall: SmallHall) -> None:
    both_absent(small_hall)
    intakes = small_hall.hall.intakes
    saved = intakes.save(
        draft(small_hall),
        HandoverDraft(small_hall.staff["周春英"], "张建国", "13812345678", matter="临时救助申请"),
    )
    with pytest.raises(FieldError):
        intakes.void(saved.intake_id, " ")
    intakes.void(saved.intake_id, "重复登记")
    detail = intakes.get(saved.intake_id)
    assert detail.voided and detail.void_reason == "重复登记" and detail.voided_by == "王前台"
    assert detail.handover.state is HandoverState.VOIDED
    assert count(small_hall, Intake) == 1
    with pytest.raises(DomainError):
        intakes.void(saved.intake_id, "再次作废")
    with pytest.raises(DomainError):
        intakes.correct(saved.intake_id, {"visitor_name": "李四"}, "x")
    rows = {r.staff_id: r for r in small_hall.hall.board.rows()}
    assert "handovers" not in rows[small_hall.staff["周春英"]].badges
    with small_hall.hall.db.read() as s:
        q = select(func.count()).where(
            AuditEntry.action == "void", AuditEntry.table_name == "intakes"
        )
        assert s.scalar(q) == 1


# ---- the register ------------------------------------------------------------------------


@pytest.fixture
def register(small_hall: SmallHall, clock: FixedClock) -> SmallHall:
    intakes = small_hall.hall.intakes
    people = [
        ("曾国强", "13900001111", "低保申请", small_hall.post["低保"], Outcome.NOTICE),
        ("单雄信", "0571-86001234", "医保报销咨询", small_hall.post["医保"], Outcome.HANDLED),
        ("解小燕", "13700002222", "临时救助申请", small_hall.post["救助"], Outcome.HANDLED),
        ("仇晓", "13600003333", "低保年审", small_hall.post["低保"], Outcome.NOTICE),
    ]
    for i, (name, phone, matter, post, outcome) in enumerate(people):
        clock.advance(minutes=5)
        intakes.save(
            draft(
                small_hall,
                visitor_name=name,
                visitor_phone=phone,
                matter=matter,
                post_id=post,
                outcome=outcome,
                channel=Channel.PHONE if i % 2 else Channel.VISIT,
            )
        )
    return small_hall


def names(rows) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.visitor_name for r in rows]


def test_list_is_today_newest_first(register: SmallHall, clock: FixedClock) -> None:
    intakes = register.hall.intakes
    assert names(intakes.find()) == ["仇晓", "解小燕", "单雄信", "曾国强"]
    clock.advance(days=1)
    assert intakes.find() == []
    day = clock.now().date()
    assert len(intakes.find(IntakeFilter(date_from=day.replace(day=16), date_to=day))) == 4
    assert len(intakes.find(IntakeFilter())) == 4


SEARCHES = [
    ("0001", ["曾国强"]),  # phone fragment
    ("0571-8600", ["单雄信"]),  # landline fragment as typed, with its dash
    ("8600 1234", ["单雄信"]),
    ("单雄", ["单雄信"]),  # characters
    ("zgq", ["曾国强"]),  # initials with the surname reading 曾 z
    ("sxx", ["单雄信"]),  # 单 s
    ("XXY", ["解小燕"]),  # 解 x, case-insensitive
    ("qx", ["仇晓"]),  # 仇 q
    ("dbsq", ["曾国强"]),  # the matter's initials
    ("低保", ["仇晓", "曾国强"]),
    ("低保 仇", ["仇晓"]),  # words are ANDed
    ("城东村", ["仇晓", "解小燕", "单雄信", "曾国强"]),  # unit
    ("100%", []),
    ("_", []),
]


def test_search(register: SmallHall) -> None:
    for query, expected in SEARCHES:
        assert names(register.hall.intakes.find(IntakeFilter(text=query))) == expected, query


def test_full_text_index_and_like_agree(register: SmallHall) -> None:
    """All dates go through the FTS5 index, a short range through LIKE: same answers."""
    today = register.hall.ctx.now().date()
    intakes = register.hall.intakes
    for query, expected in [
        *SEARCHES,
        ("仇", ["仇晓"]),
        ("1", ["仇晓", "解小燕", "单雄信", "曾国强"]),
    ]:
        in_range = IntakeFilter(date_from=today, date_to=today, text=query)
        assert names(intakes.find(in_range)) == expected, query
        assert names(intakes.find(IntakeFilter(text=query))) == expected, query


def test_index_follows_corrections(register: SmallHall) -> None:
    intakes = register.hall.intakes
    target = intakes.find(IntakeFilter(text="13900001111"))[0]
    intakes.correct(target.id, {"visitor_phone": "13955556666", "visitor_name": "曾国栋"}, "记错")
    assert intakes.find(IntakeFilter(text="0001111")) == []
    assert names(intakes.find(IntakeFilter(text="5555666"))) == ["曾国栋"]
    assert names(intakes.find(IntakeFilter(text="zgd"))) == ["曾国栋"]
    assert intakes.find(IntakeFilter(text="zgq")) == []


def test_filters(register: SmallHall) -> None:
    intakes = register.hall.intakes
    f = IntakeFilter()
    assert names(intakes.find(replace(f, outcome=Outcome.NOTICE))) == ["仇晓", "曾国强"]
    assert names(intakes.find(replace(f, post_id=register.post["医保"]))) == ["单雄信"]
    # 仇红 is A of 医疗保险: responsible for 单雄信's matter.
    assert names(intakes.find(replace(f, staff_id=register.staff["仇红"]))) == ["单雄信"]
    assert len(intakes.find(replace(f, staff_id=register.staff["王前台"]))) == 4
    first = intakes.find()[0]
    intakes.void(first.id, "登记错误")
    assert len(intakes.find(replace(f, include_voided=False))) == 3
    assert intakes.find(f)[0].voided


# ---- appointment hand-off ----------------------------------------------------------------


def test_appointment_seed_from_intake(small_hall: SmallHall) -> None:
    both_absent(small_hall)
    saved = small_hall.hall.intakes.save(
        draft(small_hall, visitor_address="城东村3组"), no_handover_reason="来访人要求预约"
    )
    seed = small_hall.hall.intakes.appointment_seed(saved.intake_id)
    assert (seed.visitor_name, seed.visitor_phone, seed.visitor_unit) == (
        "张建国",
        "13812345678",
        "城东村委会",
    )
    assert seed.visitor_address == "城东村3组" and seed.matter == "临时救助申请"
    assert (seed.handler_id, seed.handler_name) == (small_hall.staff["曾小明"], "曾小明")
    assert seed.source == "intake" and seed.intake_id == saved.intake_id
