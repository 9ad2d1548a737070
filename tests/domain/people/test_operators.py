"""Operators: PIN hashing, signing in, lock-out, admin-only management, the last admin."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk.db.models import AuditEntry, Operator
from desk.domain.common.codes import Role
from desk.domain.common.errors import DomainError, PermissionDenied
from desk.domain.common.text import FieldError
from desk.domain.people.pins import check_pin, hash_pin, verify_pin


def test_pin_hash_is_salted_scrypt_with_parameters() -> None:
    a, b = hash_pin("2468"), hash_pin("2468")
    assert a != b  # per-hash random salt
    scheme, n, r, p, salt, digest = a.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**15, 8, 1)
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert "2468" not in a
    assert verify_pin(a, "2468") and verify_pin(b, "2468")
    assert not verify_pin(a, "2469")
    assert not verify_pin("garbage", "2468")
    assert not verify_pin("", "2468")


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("", "请输入"),
        ("12", "至少4位"),
        ("1234", "过于简单"),
        ("7777", "过于简单"),
        ("12 34", "空格"),
    ],
)
def test_weak_or_malformed_pins_are_refused(pin: str, message: str) -> None:
    with pytest.raises(FieldError) as err:
        check_pin(pin)
    assert message in err.value.message


def test_only_the_hash_is_stored(leaders) -> None:
    with leaders.hall.db.read() as s:
        stored = s.scalar(select(Operator.pin_hash).where(Operator.id == leaders.director))
    assert stored.startswith("scrypt$") and "2468" not in stored


def test_director_needs_a_pin(small_hall) -> None:
    ops = small_hall.hall.operators
    with pytest.raises(FieldError) as err:
        ops.add(small_hall.staff["钱主任"], Role.DIRECTOR)
    assert err.value.field == "pin"


def test_sign_in_checks_the_pin_and_is_audited(leaders, clock) -> None:
    hall = leaders.hall
    with pytest.raises(FieldError, match="PIN不正确"):
        hall.operators.sign_in(leaders.director, "9999")
    assert hall.operator_id == leaders.clerk  # a wrong PIN changes nothing
    view = hall.operators.sign_in(leaders.director, "2468")
    assert view.role is Role.DIRECTOR and hall.operator_id == leaders.director
    with hall.db.read() as s:
        actions = [
            (e.action, e.row_id, e.operator_id)
            for e in s.scalars(select(AuditEntry).where(AuditEntry.table_name == "operators"))
            if e.action.startswith("login")
        ]
    assert ("login_failed", str(leaders.director), None) in actions
    assert ("login", str(leaders.director), leaders.director) in actions


def test_five_wrong_pins_lock_the_operator_out_for_a_minute(leaders, clock) -> None:
    ops = leaders.hall.operators
    for _ in range(5):
        with pytest.raises(FieldError):
            ops.authenticate(leaders.director, "0001")
    with pytest.raises(PermissionDenied, match="1分钟后再试"):
        ops.authenticate(leaders.director, "2468")  # even the right PIN
    clock.advance(minutes=1, seconds=1)
    assert ops.authenticate(leaders.director, "2468").id == leaders.director


def test_clerk_without_pin_signs_in_by_name_but_leader_without_pin_cannot(leaders) -> None:
    ops = leaders.hall.operators
    assert ops.sign_in(leaders.clerk).role is Role.CLERK
    leaders.sign_in("admin")
    ops.reset_pin(leaders.clerk, "8080")
    with pytest.raises(FieldError):
        ops.sign_in(leaders.clerk)
    assert ops.sign_in(leaders.clerk, "8080").id == leaders.clerk


def test_operator_management_is_admin_only(leaders) -> None:
    ops = leaders.hall.operators
    staff = leaders.hall.staff.staff()
    newcomer = next(p.id for p in staff if p.name == "解东")
    for who in ("clerk", "director"):
        leaders.sign_in(who)
        with pytest.raises(PermissionDenied, match="需要管理员权限：管理操作员"):
            ops.add(newcomer, Role.CLERK)
        with pytest.raises(PermissionDenied):
            ops.reset_pin(leaders.clerk, "5555")
        with pytest.raises(PermissionDenied):
            ops.set_role(leaders.clerk, Role.ADMIN)
    leaders.sign_in("admin")
    new_id = ops.add(newcomer, Role.CLERK, pin="3690")
    assert ops.get(new_id).has_pin and ops.get(new_id).name == "解东"
    assert "解东（社会保障所）" not in [label for _i, label in ops.candidates()]


def test_last_admin_cannot_be_removed_or_demoted(leaders) -> None:
    ops = leaders.hall.operators
    leaders.sign_in("admin")
    with pytest.raises(DomainError, match="当前登录"):
        ops.set_active(leaders.admin, False)
    with pytest.raises(DomainError, match="唯一的管理员"):
        ops.set_role(leaders.admin, Role.DIRECTOR)
    ops.set_role(leaders.director, Role.ADMIN)
    ops.set_role(leaders.admin, Role.DIRECTOR)  # now there is another admin
    assert ops.get(leaders.admin).role is Role.DIRECTOR


def test_deactivated_operator_cannot_sign_in(leaders) -> None:
    ops = leaders.hall.operators
    leaders.sign_in("admin")
    ops.set_active(leaders.director, False)
    with pytest.raises(DomainError, match="已停用"):
        ops.sign_in(leaders.director, "2468")
    assert [o.id for o in ops.accounts()] == [leaders.clerk, leaders.admin]


def test_change_own_pin_asks_the_old_one(leaders) -> None:
    leaders.sign_in("director")
    ops = leaders.hall.operators
    with pytest.raises(FieldError) as err:
        ops.change_own_pin("0000", "9753")
    assert err.value.field == "old_pin"
    ops.change_own_pin("2468", "9753")
    assert ops.authenticate(leaders.director, "9753").id == leaders.director
