"""The one-time notice forms: 一次性告知单, 补正材料通知书, 不予受理通知书, 否定报备登记表.

Each is a Jinja2 template under resources/templates (notice.html, supplement.html and
refusal.html share notice_base.html; refusal_record.html stands alone) fed from the
domain's frozen views. Variables of the notice templates:

``hall_name, logo, hall_phone, complaint_phone, number, title, spaced_title,
created_at, item`` (ItemVersionView: ``department, post, window_no``), ``c`` (its
ItemContent), ``time_limit, ticks, missing, had`` (MaterialTick lists: ``name,
form_label, copies, requirement_label, note, box``), ``visitor_name, visitor_unit,
visitor_phone`` (masked), ``clerk_name, window_text, clerk_label, date_label,
copies_note, refusal`` (RefusalView or None), ``lines(text)`` (split into lines) and
``trim(text)`` (closing punctuation removed).
"""

from __future__ import annotations

from pathlib import Path

from desk.domain.common.codes import NoticeKind
from desk.domain.common.validation import mask_phone
from desk.domain.notices.views import NoticeDraft, RefusalView
from desk.printing.templates import render

TEMPLATES = {
    NoticeKind.NOTICE: "notice.html",
    NoticeKind.SUPPLEMENT: "supplement.html",
    NoticeKind.REFUSAL: "refusal.html",
}

TITLES = {
    NoticeKind.NOTICE: "一次性告知单",
    NoticeKind.SUPPLEMENT: "补正材料通知书",
    NoticeKind.REFUSAL: "不予受理通知书",
}

COPIES_NOTES = {
    NoticeKind.NOTICE: "本告知单一式两联，一联交办事人，一联由窗口存档备查。",
    NoticeKind.SUPPLEMENT: "本通知书一式两联，一联交办事人，一联由窗口存档备查。",
    NoticeKind.REFUSAL: "本通知书一式两联，一联交申请人，一联与否定报备登记表一并存档。",
}


def lines(text: str) -> list[str]:
    """The non-empty lines of a multi-line field (templates join them with <br>)."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def trim(text: str) -> str:
    """Text without its closing punctuation, to continue a sentence (…第八条，决定…)."""
    return (text or "").strip().rstrip("。；;.，, \n")


def spaced(title: str) -> str:
    """一 次 性 告 知 单: official titles are letter-spaced (two no-break spaces apart)."""
    return "\u00a0\u00a0".join(title)


def logo_uri(path: str) -> str:
    """A file URI for the hall's logo if the file exists, else "" (no image)."""
    if not path:
        return ""
    p = Path(path).expanduser()
    return p.resolve().as_uri() if p.is_file() else ""


def render_notice(draft: NoticeDraft) -> str:
    """The HTML of a notice form; the domain archives it as printed."""
    item = draft.item
    title = TITLES[draft.kind]
    return render(
        TEMPLATES[draft.kind],
        hall_name=draft.hall_name,
        logo=logo_uri(draft.hall_logo),
        hall_phone=draft.hall_phone,
        complaint_phone=draft.complaint_phone,
        number=draft.number,
        title=title,
        spaced_title=spaced(title),
        created_at=draft.created_at,
        item=item,
        c=item.content,
        time_limit=item.time_limit_text,
        ticks=list(draft.ticks),
        missing=list(draft.missing),
        had=list(draft.had),
        visitor_name=draft.visitor_name,
        visitor_unit=draft.visitor_unit,
        visitor_phone=draft.visitor_phone,
        clerk_name=draft.clerk_name,
        window_text=f"{draft.window_no}号" if draft.window_no else "—",
        clerk_label="经办人" if draft.kind is not NoticeKind.NOTICE else "告知人",
        date_label="告知日期" if draft.kind is not NoticeKind.REFUSAL else "日期",
        copies_note=COPIES_NOTES[draft.kind],
        refusal=draft.refusal,
        lines=lines,
        trim=trim,
    )


def render_refusal_record(refusal: RefusalView, hall_name: str) -> str:
    """The 否定报备登记表 of one refusal (an internal record: the phone is not masked)."""
    return render(
        "refusal_record.html",
        hall_name=hall_name,
        title=spaced("否定报备登记表"),
        r=refusal,
        lines=lines,
        mask_phone=mask_phone,
    )
