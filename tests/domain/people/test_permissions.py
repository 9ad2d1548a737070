"""Roles: a clerk is refused roster, settings and override changes; a director may, audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desk.db.models import AuditEntry, RosterChange
from desk.domain.common.codes import Role, Status
from desk.domain.common.errors import ABConflict, PermissionDenied
from desk.domain.people.permissions import ALLOWED, Permission, allowed, can, require


def test_every_action_has_roles_and_a_label() -> None:
    assert set(ALLOWED) == set(Permission)
    for action in Permission:
        assert action.label
        assert allowed(Role.ADMIN, action)
        assert not allowed(Role.CLERK, action)
        assert not allowed(None, action)
    assert not allowed(Role.DIRECTOR, Permission.OPERATORS)


def test_empty_database_is_in_setup_mode(hall) -> None:
    assert hall.operator_id is None
    for action in Permission:
        require(hall.ctx, action)  # nobody to ask yet: the first run sets things up


def test_nobody_signed_in_is_refused_once_operators_exist(leaders) -> None:
    leaders.hall.ctx.operator_id = None
    with pytest.raises(PermissionDenied, match="需要值班领导或管理员权限：调整人员、部门和AB岗"):
        require(leaders.hall.ctx, Permission.ROSTER)


def test_clerk_cannot_change_the_roster(leaders, small_hall) -> None:
    staff = leaders.hall.staff
    post = small_hall.post["救助"]
    people = small_hall.staff
    with pytest.raises(PermissionDenied) as err:
        staff.set_post_holders(post, people["单丽"], people["曾小明"])
    assert str(err.value) == "需要值班领导或管理员权限：调整人员、部门和AB岗"
    with pytest.raises(PermissionDenied):
        staff.add_staff("新人", small_hall.dept["民政"])
    with pytest.raises(PermissionDenied):
        staff.deactivate_staff(people["仇红"])
    with pytest.raises(PermissionDenied):
        staff.add_post("新岗位", small_hall.dept["民政"])
    assert staff.posts()[0].a_name == "曾小明"  # nothing changed


def test_director_changes_the_roster_and_the_audit_records_it(leaders, small_hall) -> None:
    leaders.sign_in("director")
    post = small_hall.post["救助"]
    people = small_hall.staff
    leaders.hall.staff.set_post_holders(post, people["单丽"], people["曾小明"], note="轮岗")
    with leaders.hall.db.read() as s:
        change = s.scalars(select(RosterChange).order_by(RosterChange.id.desc())).first()
        assert change.operator_id == leaders.director
        entries = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == "posts", AuditEntry.row_id == str(post))
            .order_by(AuditEntry.id)
        ).all()
    update = entries[-1]
    assert update.action == "update" and update.operator_id == leaders.director
    assert json.loads(update.before_json)["a_id"] == people["曾小明"]
    assert json.loads(update.after_json)["a_id"] == people["单丽"]


def test_settings_need_a_leader(leaders) -> None:
    settings = leaders.hall.settings
    with pytest.raises(PermissionDenied, match="修改系统设置"):
        settings.set("session.lock_minutes", 1)
    leaders.sign_in("director")
    settings.set("session.lock_minutes", 3)
    assert settings.get("session.lock_minutes") == 3


def test_ab_override_needs_a_leader(leaders, small_hall) -> None:
    board = leaders.hall.board
    people = small_hall.staff
    board.set_status(people["曾小明"], Status.MEETING)
    with pytest.raises(ABConflict):
        board.set_status(people["单丽"], Status.LEAVE)
    with pytest.raises(PermissionDenied, match="批准A、B岗同时离岗"):
        board.set_status(people["单丽"], Status.LEAVE, override_reason="主任同意")
    assert board.status_of(people["单丽"]) is Status.IN_POST
    leaders.sign_in("director")
    board.set_status(people["单丽"], Status.LEAVE, override_reason="主任同意")
    assert board.status_of(people["单丽"]) is Status.LEAVE


def test_can_reflects_the_signed_in_role(leaders) -> None:
    ctx = leaders.hall.ctx
    assert not can(ctx, Permission.RESTORE)
    leaders.sign_in("director")
    assert can(ctx, Permission.RESTORE) and not can(ctx, Permission.OPERATORS)
    leaders.sign_in("admin")
    assert can(ctx, Permission.OPERATORS)
