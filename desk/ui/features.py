"""The list of feature installers: each adds its pages, menu actions and signal handlers."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow


def install_all(window: MainWindow) -> None:
    # Order matters: the first page is the home page (the board).
    from desk.ui.admin import install as install_admin
    from desk.ui.appointments import install as install_appointments
    from desk.ui.board import install as install_board
    from desk.ui.cases import install as install_cases
    from desk.ui.catalogue import install as install_catalogue
    from desk.ui.export import install as install_export
    from desk.ui.intake import install as install_intake
    from desk.ui.notice import install as install_notice
    from desk.ui.overdue import install as install_overdue
    from desk.ui.people import install as install_people
    from desk.ui.settings import install as install_settings
    from desk.ui.sign_in import install as install_sign_in

    installers = (
        install_board,
        install_intake,
        install_notice,
        install_appointments,
        install_cases,
        install_overdue,
        install_catalogue,
        install_export,
        install_people,
        install_settings,
        install_sign_in,
        # Last: guards the actions the features above added.
        install_admin,
    )
    home, rest = installers[0], installers[1:]
    home(window)

    def install_rest() -> None:
        for install in rest:
            install(window)
        window.features_installed()

    # The app paints the home page first; the other pages follow a moment later.
    if window.defer_features:
        window.after_first_paint(install_rest)
    else:
        install_rest()
