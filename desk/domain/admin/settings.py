"""Hall settings with typed defaults, stored as JSON in the settings table."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import Setting
from desk.domain.common.context import Context
from desk.domain.people.permissions import Permission, require

DEFAULTS: dict[str, Any] = {
    "hall.name": "便民服务中心",
    "hall.logo": "",
    "hall.phone": "",
    "hall.complaint_phone": "12345",
    # Working days after the recipient is back within which a handover must be followed up.
    "handover.limit_days": 1,
    # Working days within which an appointment's handler must call back.
    "appointment.callback_days": 1,
    # Default length of a booked appointment slot, in minutes.
    "appointment.slot_minutes": 30,
    # 限时办结: most working days all extensions of one case may add; 上报件 limit in days.
    "case.max_extension_days": 30,
    "case.reported_max_days": 60,
    "workday.start": "08:30",
    "workday.end": "17:30",
    "board.refresh_seconds": 30,
    "reminder.interval_minutes": 5,
    "session.lock_minutes": 10,
    "backup.keep_daily": 30,
    "backup.keep_monthly": 12,
    # Folder for automatic backups; "" = a "backups" folder beside the database file.
    "backup.folder": "",
    "privacy.anonymise_after_years": 3,
    # Years whose whole holiday arrangement the hall typed into its own table (节假日与调休).
    "calendar.complete_years": [],
    # 一次性告知 numbers: 告知〔2026〕第0001号 …; 否定报备 is reported to a leader within N days.
    "notice.prefix.notice": "告知",
    "notice.prefix.supplement": "补正",
    "notice.prefix.refusal": "不予受理",
    "notice.prefix.phone": "电告",
    "refusal.prefix": "否定报备",
    "refusal.report_days": 2,
    # Half days of leave: the morning ends and the afternoon starts at these times.
    "workday.morning_end": "12:00",
    "workday.afternoon_start": "13:30",
    # 请假 is approved by the 中心主任 ("director") or by the day's 值班领导 ("duty_leader").
    "leave.approver": "director",
    # Absences that need an approved 请假单; without one 去向记录 marks them 未请假.
    "leave.required_statuses": ["leave", "sick", "personal"],
    # 值班领导 fill rule for a month: {"by": "digit" | "weekday", "leaders": {key: [ids]}}.
    "duty.rule": {},
    # A handover or callback waiting for someone away longer than this (working days), or
    # for someone away with no expected return, may be handed to B or the head.
    "away.escalate_days": 2,
}


def read_setting(s: Session, key: str) -> Any:
    """One setting read in the caller's session (providers that get a session, no service)."""
    row = s.get(Setting, key)
    return json.loads(row.value_json) if row is not None else DEFAULTS[key]


class SettingsService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._cache: dict[str, Any] | None = None

    def _load(self) -> dict[str, Any]:
        if self._cache is None:
            with self.ctx.db.read() as s:
                stored = {row.key: json.loads(row.value_json) for row in s.scalars(select(Setting))}
            self._cache = {**DEFAULTS, **stored}
        return self._cache

    def reload(self) -> None:
        """Forget the cached values (after the database was replaced, e.g. a restore)."""
        self._cache = None

    def get(self, key: str) -> Any:
        values = self._load()
        if key not in values:
            raise KeyError(key)
        return values[key]

    def all(self) -> dict[str, Any]:
        return dict(self._load())

    def set_many(self, values: dict[str, Any]) -> None:
        """Save several settings in one transaction."""
        require(self.ctx, Permission.SETTINGS)

        def work(s: Session) -> None:
            for key, value in values.items():
                row = s.get(Setting, key)
                text = json.dumps(value, ensure_ascii=False)
                if row is None:
                    s.add(
                        Setting(
                            key=key,
                            value_json=text,
                            updated_at=self.ctx.now(),
                            operator_id=self.ctx.operator_id,
                        )
                    )
                elif row.value_json != text:
                    row.value_json = text
                    row.updated_at = self.ctx.now()
                    row.operator_id = self.ctx.operator_id

        self.ctx.write(work)
        self._cache = None

    def set(self, key: str, value: Any) -> None:
        self.set_many({key: value})
