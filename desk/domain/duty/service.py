"""``hall.duty``: the 领导值班表 (roster, swaps) and the daily 值班记录 in one service."""

from __future__ import annotations

from desk.domain.admin.settings import SettingsService
from desk.domain.common.context import Context
from desk.domain.duty.logs import DutyLogs
from desk.domain.duty.roster import DutyRoster
from desk.domain.duty.views import DayRecordProvider


class DutyService(DutyRoster, DutyLogs):
    def __init__(self, ctx: Context, settings: SettingsService) -> None:
        self.ctx = ctx
        self.settings = settings
        # Records of other kinds handled on a day, shown in its log (installed by the Hall).
        self.day_record_providers: dict[str, DayRecordProvider] = {}
