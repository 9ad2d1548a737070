"""Stable codes stored in the database, with the Chinese labels the UI shows."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Labelled(StrEnum):
    """A stored code with its Chinese label: members are declared as (value, label)."""

    label: str

    def __new__(cls, value: str, label: str) -> Self:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    @classmethod
    def of(cls, value: str) -> Self:
        """The member stored as ``value``: what ``Status.of("sick")`` does, typed (mypy reads the
        plain call as the two-argument constructor). Unknown values raise ValueError."""
        member = cls._value2member_map_.get(value)
        if member is None:
            raise ValueError(f"{value!r} is not a valid {cls.__name__}")
        return member  # type: ignore[return-value]

    @classmethod
    def from_label(cls, label: str) -> Self:
        for member in cls:
            if member.label == label:
                return member
        raise ValueError(label)


class Status(Labelled):
    """去向: in post, or a kind of absence (DOMAIN §1)."""

    IN_POST = ("in_post", "在岗")
    MEETING = ("meeting", "外出开会")
    TRIP = ("trip", "出差")
    LEAVE = ("leave", "公休/休假")
    SICK = ("sick", "病假")
    PERSONAL = ("personal", "事假")
    TRAINING = ("training", "培训学习")
    FIELD = ("field", "外勤/下村")
    OTHER = ("other", "其他")

    @property
    def is_absent(self) -> bool:
        return self is not Status.IN_POST


class Role(Labelled):
    CLERK = ("clerk", "窗口人员")
    DIRECTOR = ("director", "值班领导/中心主任")
    ADMIN = ("admin", "管理员")


class Channel(Labelled):
    VISIT = ("visit", "来访")
    PHONE = ("phone", "来电")
    LETTER = ("letter", "来信")
    OFFICIAL_LETTER = ("official_letter", "来函")
    ONLINE = ("online", "网上")


class Outcome(Labelled):
    """How a first contact was placed (DOMAIN §3)."""

    HANDLED = ("handled", "当场办理")
    NOTICE = ("notice", "一次性告知")
    HANDOVER = ("handover", "转交")
    REFERRED = ("referred", "引导至其他部门")
    OUTSIDE = ("outside", "非本机关职责")


class ServingRole(Labelled):
    A = ("a", "A岗")
    B = ("b", "B岗顶岗")
    HEAD = ("head", "部门负责人")
    DIRECTOR = ("director", "中心主任")
    NONE = ("none", "无人")
    # A handover recipient chosen by hand outside the post's line of cover.
    OTHER = ("other", "其他人员")
    # A third person a leader named for the post while A and B are both away (指定顶岗).
    DESIGNATED = ("designated", "指定顶岗")
    # Today's 值班领导 (领导值班表), asked when nobody of the post and no head is in.
    DUTY_LEADER = ("duty", "值班领导")


class MatterKind(Labelled):
    """限时办结 kinds of matters (DOMAIN §6)."""

    INSTANT = ("instant", "即办件")
    PROMISED = ("promised", "承诺件")
    JOINT = ("joint", "联办件")
    REPORTED = ("reported", "上报件")
    SUPPLEMENT = ("supplement", "补办件")
    RETURNED = ("returned", "退回件")


class HandoverState(Labelled):
    PENDING = ("pending", "待联系")
    CONTACTED = ("contacted", "已联系")
    CLOSED = ("closed", "已办结")
    VOIDED = ("voided", "已作废")


class MatterScope(Labelled):
    """Where a first contact's matter belongs (routing, DOMAIN §3)."""

    POST = ("post", "本中心岗位")
    UNASSIGNED = ("unassigned", "本中心（未指定岗位）")
    OTHER_DEPARTMENT = ("other_department", "其他部门")
    OUTSIDE = ("outside", "非本机关职责")


class AppointmentSource(Labelled):
    """How an appointment-book entry came in (DOMAIN §4)."""

    MESSAGE = ("message", "来访留言")
    PHONE = ("phone", "来电预约")
    INTAKE = ("intake", "由登记转入")


class AppointmentState(Labelled):
    PENDING = ("pending", "待联系")
    CONTACTED = ("contacted", "已联系")
    DONE = ("done", "已办结")
    CANCELLED = ("cancelled", "已取消")


class CaseState(Labelled):
    """Progress of a 限时办结 case (DOMAIN §6)."""

    ACCEPTED = ("accepted", "已受理")
    IN_PROGRESS = ("in_progress", "办理中")
    COMPLETED = ("completed", "已办结")
    RETURNED = ("returned", "已退回")


class ToldHow(Labelled):
    """How the applicant was told of an extension."""

    PHONE = ("phone", "电话告知")
    SMS = ("sms", "短信告知")
    IN_PERSON = ("in_person", "当面告知")
    WRITTEN = ("written", "书面告知")


class MaterialForm(Labelled):
    """What the visitor brings of one material (材料目录: 原件/复印件)."""

    ORIGINAL = ("original", "原件")
    COPY = ("copy", "复印件")
    BOTH = ("both", "原件及复印件")


class NoticeKind(Labelled):
    """Kinds of one-time notices given to a visitor (DOMAIN §5, §7)."""

    NOTICE = ("notice", "一次性告知单")
    SUPPLEMENT = ("supplement", "补正材料通知书")
    REFUSAL = ("refusal", "不予受理通知书")
    PHONE = ("phone", "电话一次性告知")


class LeaveKind(Labelled):
    """Kinds of 请假 (请销假制度); business absences (培训, 出差, 开会) are requested too."""

    ANNUAL = ("annual", "公休/年休")
    SICK = ("sick", "病假")
    PERSONAL = ("personal", "事假")
    MARRIAGE = ("marriage", "婚假")
    MATERNITY = ("maternity", "产假")
    TRAINING = ("training", "培训")
    TRIP = ("trip", "出差")
    MEETING = ("meeting", "开会")
    OTHER = ("other", "其他")


class LeaveState(Labelled):
    """A leave request's progress: 待批 → 已批准 → 已销假, or 已驳回 / 已撤销."""

    PENDING = ("pending", "待批")
    APPROVED = ("approved", "已批准")
    REJECTED = ("rejected", "已驳回")
    WITHDRAWN = ("withdrawn", "已撤销")
    CLOSED = ("closed", "已销假")


class LeaveCover(Labelled):
    """Who covers the requester's posts while away (the request's 顶岗安排)."""

    B = ("b", "B岗顶岗（已确认）")
    SUBSTITUTE = ("substitute", "指定顶岗人员")
    NONE = ("none", "无需另行顶岗")


class HalfDay(Labelled):
    """Where a leave starts or ends within a day."""

    MORNING = ("am", "上午")
    AFTERNOON = ("pm", "下午")
    TIME = ("time", "具体时间")
