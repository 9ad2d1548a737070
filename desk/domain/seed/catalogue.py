"""The demo hall's 事项库: thirteen realistic items of a 街道便民服务中心.

The items (desk.domain.seed.catalogue_data) are placed on the demo hall's posts by
keywords in the post names, so the catalogue fits whatever posts the hall has.
`register()` puts the installer first in the demo hall's extensions.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from desk.domain.seed.catalogue_data import DEMO_ITEMS, HOURS

if TYPE_CHECKING:
    from desk.domain.hall import Hall
    from desk.domain.people.staff import PostView

__all__ = ["DEMO_ITEMS", "install_demo_catalogue"]


def install_demo_catalogue(hall: Hall) -> list[int]:
    """Add the demo items to a hall that has posts; returns the new item ids."""
    posts = hall.staff.posts()
    if not posts:
        return []
    hall_name = hall.settings.get("hall.name")

    def pick(keywords: tuple[str, ...]) -> PostView:
        for word in keywords:
            for post in posts:
                if word in post.name or word in post.department:
                    return post
        return posts[0]

    ids = []
    for keywords, content in DEMO_ITEMS:
        post = pick(keywords)
        window = f"{post.window_no}号窗口" if post.window_no else f"{post.name}窗口"
        ids.append(
            hall.catalogue.add_item(
                content=replace(
                    content,
                    department_id=post.department_id,
                    post_id=post.id,
                    location=f"{hall_name}{window}",
                    hours=HOURS,
                ),
                change_note="示例事项",
            )
        )
    return ids
