"""The main window's actions, declared as data (as napari's ``_qt/_qapp_model/qactions`` and Picard's
``mainwindow/actions.py``): each :class:`ActionSpec` names the window attribute that holds the QAction,
its text (marked with ``N_``, translated when built), its shortcut, its slot (a dotted path from the
window, e.g. ``"notes_ctl.export_notes"``, called with ``args``) and tooltip. :data:`MENUS` lays the
menus out; :func:`build_actions` makes the QActions, the menus and the toolbar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from ..i18n import N_, tr
from ..plain import menu_text, shown_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from .window import MainWindow

MAX_RECENT = 8
Shortcut = str | QKeySequence.StandardKey
_STD = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    attr: str  # the window attribute that holds the QAction
    text: str  # N_()-marked
    slot: str  # a dotted path from the window
    shortcut: Shortcut | None = None
    args: tuple[object, ...] = ()
    tip: str = ""  # N_()-marked
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_action", N_("Open Folder…"), "library_ctl.choose_folder", _STD.Open),
    ActionSpec("export_action", N_("Export Notes…"), "notes_ctl.export_notes", "Ctrl+E"),
    ActionSpec("highlight_action", N_("Highlight Selection…"), "notes_ctl.highlight_selection", "Ctrl+H"),
    ActionSpec("search_action", N_("Search"), "focus_search", _STD.Find),
    ActionSpec("next_match_action", N_("Next Match"), "step_match", "F4", (1,)),
    ActionSpec("prev_match_action", N_("Previous Match"), "step_match", "Shift+F4", (-1,)),
    ActionSpec("next_action", N_("Next Article"), "step_article", "J", (1,)),
    ActionSpec("prev_action", N_("Previous Article"), "step_article", "K", (-1,)),
    ActionSpec("next_hl_action", N_("Next Highlight"), "step_highlight", "N", (1,)),
    ActionSpec("prev_hl_action", N_("Previous Highlight"), "step_highlight", "P", (-1,)),
    ActionSpec("clear_filter_action", N_("Clear Entity Filter"), "library_ctl.clear_filter", "Esc"),
    ActionSpec("undo_action", N_("Undo Last Correction"), "notes_ctl.undo_correction", _STD.Undo,
               tip=N_("Revert the last merge, rename, type change or removal of an entity")),
    ActionSpec("corrections_action", N_("Corrections…"), "notes_ctl.show_corrections",
               tip=N_("Review and revert entity corrections")),
    ActionSpec("next_mention_action", N_("Next Mention"), "step_mention", "F3", (1,),
               tip=N_("Next mention of the filtered entity, in both panes")),
    ActionSpec("prev_mention_action", N_("Previous Mention"), "step_mention", "Shift+F3", (-1,),
               tip=N_("Previous mention of the filtered entity, in both panes")),
    ActionSpec("zoom_in_action", N_("Larger Text"), "zoom_by", _STD.ZoomIn, (1,)),
    ActionSpec("zoom_out_action", N_("Smaller Text"), "zoom_by", _STD.ZoomOut, (-1,)),
    ActionSpec("zoom_in_alt", N_("Larger Text (=)"), "zoom_by", "Ctrl+=", (1,)),
    ActionSpec("models_action", N_("Translation Models…"), "translation_ctl.show_models"),
    ActionSpec("install_model_action", N_("Install Translation Model from File…"),
               "translation_ctl.install_model_from_file"),
    ActionSpec("translate_all_action", N_("Translate Whole Folder in Background"),
               "translation_ctl.on_translate_all_toggled", checkable=True),
    ActionSpec("remove_sample_action", N_("Remove the Sample Articles from My Library"),
               "library_ctl.remove_sample_articles",
               tip=N_("An older Sahifa analysed the bundled sample into your library; take it out")),
    ActionSpec("quit_action", N_("Quit"), "close", _STD.Quit),
    ActionSpec("shortcuts_action", N_("Keyboard Shortcuts"), "show_shortcuts", _STD.HelpContents),
    ActionSpec("about_action", N_("About Sahifa"), "show_about"),
)

# "-" is a separator, "@name" a part built by a function of this module (see _PARTS).
MENUS: dict[str, tuple[str, ...]] = {
    "file_menu": ("open_action", "@recent", "-", "export_action", "-", "remove_sample_action", "-", "quit_action"),
    "edit_menu": ("undo_action", "corrections_action", "-", "highlight_action", "search_action", "next_match_action",
                  "prev_match_action", "clear_filter_action"),
    "view_menu": ("@layers", "-", "@layouts", "-", "zoom_in_action", "zoom_out_action", "@fonts", "-", "@docks",
                  "@languages"),
    "go_menu": ("next_action", "prev_action", "next_hl_action", "prev_hl_action", "next_mention_action",
                "prev_mention_action"),
    "tr_menu": ("models_action", "install_model_action", "translate_all_action"),
    "help_menu": ("shortcuts_action", "-", "about_action"),
}
# the menus' titles, in the menu bar's order (the window makes the menus before their actions exist)
MENU_TITLES: dict[str, str] = {
    "file_menu": N_("&File"), "edit_menu": N_("&Edit"), "view_menu": N_("&View"), "go_menu": N_("&Go"),
    "tr_menu": N_("&Translation"), "help_menu": N_("&Help"),
}
TOOLBAR = ("open_action", "@search", "-", "@layers_bar", "-", "@layout_combo", "-", "highlight_action", "export_action",
           "models_action")
LAYER_NAMES = {"entities": N_("Entities"), "numbers": N_("Numbers"), "quotes": N_("Speakers")}


def rtl_shortcut_text(action: QAction) -> None:
    """In a right-to-left interface a menu draws "Ctrl++" as "++Ctrl" (the bidi algorithm moves the
    neutral "+" signs): give the menu the shortcut text isolated left-to-right (after a tab, which Qt
    shows in the shortcut column); toolbar buttons keep the plain text. In a left-to-right interface
    (also after a live switch back) the action has its plain text and Qt's own shortcut column."""
    from PySide6.QtGui import QGuiApplication

    text = action.text().split("\t", 1)[0]
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft or action.shortcut().isEmpty():
        if action.text() != text:
            action.setText(text)
        action.setIconText("")  # the toolbar's text follows the text again (it was set in right-to-left)
        return
    action.setIconText(text)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setText(f"{text}\t\u2066{keys}\u2069")


def set_action_texts(act: QAction, text: str, tip: str = "") -> None:
    """An action's (translated) text and tooltip, with its shortcut shown right in either direction."""
    act.setText(text)
    rtl_shortcut_text(act)
    if tip:
        act.setToolTip(tip)
        act.setStatusTip(tip)


def make_action(win: MainWindow, text: str, slot: Callable[..., object], shortcut: Shortcut | None = None, *,
                checkable: bool = False, tip: str = "") -> QAction:
    """A window-wide QAction (``text`` and ``tip`` already translated)."""
    act = QAction(text, win)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    act.setCheckable(checkable)
    set_action_texts(act, text, tip)
    act.triggered.connect(slot)
    win.addAction(act)
    return act


def _slot(win: MainWindow, spec: ActionSpec) -> Callable[..., object]:
    fn: Callable[..., object] = attrgetter(spec.slot)(win)
    if spec.args:
        args = spec.args
        return lambda _checked=False: fn(*args)
    return lambda _checked=False: fn()


def build_actions(win: MainWindow) -> None:
    """Every action of :data:`ACTIONS` as a window attribute, then the menus and the toolbar."""
    for spec in ACTIONS:
        act = make_action(win, tr(spec.text), _slot(win, spec), spec.shortcut, checkable=spec.checkable,
                          tip=tr(spec.tip) if spec.tip else "")
        setattr(win, spec.attr, act)
    _build_layer_actions(win)
    for menu_attr, entries in MENUS.items():
        menu: QMenu = getattr(win, menu_attr)
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif entry.startswith("@"):
                _PARTS[entry](win, menu)
            else:
                menu.addAction(getattr(win, entry))
    _build_toolbar(win)


def _build_layer_actions(win: MainWindow) -> None:
    from ..reader import LAYERS
    from ..theme import ENTITY_COLORS, NUMBER_COLOR, QUOTE_COLOR, color_icon

    colors = {"entities": ENTITY_COLORS["PERSON"], "numbers": NUMBER_COLOR, "quotes": QUOTE_COLOR}
    saved = win.settings.value("layers")
    active = set(saved.split(",")) if isinstance(saved, str) and saved else set(LAYERS)
    win.layer_actions = {}
    for i, layer in enumerate(LAYERS):
        act = make_action(win, tr(LAYER_NAMES[layer]), win.on_layers_changed, f"Ctrl+{i + 1}", checkable=True,
                          tip=_layer_tip(i))
        act.setIcon(color_icon(colors[layer]))
        act.setChecked(layer in active)
        win.layer_actions[layer] = act
    win.reader.layers = {k for k, a in win.layer_actions.items() if a.isChecked()}


def _layer_tip(i: int) -> str:
    return tr("Show or hide this highlight layer") + f" (Ctrl+{i + 1})"


def _layout_text(mode: str) -> str:
    return tr("Layout: {mode}").format(mode=tr(mode))


def _recent(win: MainWindow, menu: QMenu) -> None:
    win.recent_menu = menu.addMenu(tr("Open &Recent"))
    rebuild_recent_menu(win)


def rebuild_recent_menu(win: MainWindow) -> None:
    win.recent_menu.clear()
    recent = win.settings.value("recent_folders") or []
    if isinstance(recent, str):
        recent = [recent]
    for path in list(recent)[:MAX_RECENT]:
        act = win.recent_menu.addAction(menu_text(shown_path(path)))
        act.triggered.connect(lambda _c=False, p=path: win.load_folder(p))
    win.recent_menu.setEnabled(bool(recent))


def _layers(win: MainWindow, menu: QMenu) -> None:
    for act in win.layer_actions.values():
        menu.addAction(act)


def _layouts(win: MainWindow, menu: QMenu) -> None:
    """View ▸ the four reader layouts, Ctrl+Alt+1 … Ctrl+Alt+4 (the toolbar's combo follows)."""
    from PySide6.QtGui import QActionGroup

    from ..reader import ReaderView

    group = QActionGroup(win)
    win.layout_actions = {}
    for i, mode in enumerate(ReaderView.layout_modes):
        act = make_action(win, _layout_text(mode), lambda _c=False, m=mode: win.set_layout(m),
                          f"Ctrl+Alt+{i + 1}", checkable=True)
        act.setActionGroup(group)
        act.setChecked(i == 0)
        menu.addAction(act)
        win.layout_actions[mode] = act


def _fonts(win: MainWindow, menu: QMenu) -> None:
    """View ▸ Arabic Font: the default (a fast system naskh face), the bundled Amiri, or any other."""
    from PySide6.QtGui import QActionGroup

    from ..theme import bundled_arabic_family

    sub = win.font_menu = menu.addMenu(tr("Arabic Font"))
    group = QActionGroup(sub)
    win.font_actions = {}
    for key in ("", bundled_arabic_family()):
        act = sub.addAction("")
        act.setCheckable(True)
        act.setActionGroup(group)
        act.triggered.connect(lambda _c=False, f=key: win.set_arabic_font(f))
        win.font_actions[key] = act
    sub.addSeparator()
    win.font_action = sub.addAction("")
    win.font_action.triggered.connect(win.choose_arabic_font)
    _font_texts(win)
    win.check_font_action()


def _font_texts(win: MainWindow) -> None:
    from ..theme import load_fonts

    win.font_menu.setTitle(tr("Arabic Font"))
    default, bundled = win.font_actions.values()
    default.setText(f"{tr('Default font')} ({load_fonts()})")
    bundled.setText(tr("Amiri (bundled)"))
    win.font_action.setText(tr("Other Font…"))


def _docks(win: MainWindow, menu: QMenu) -> None:
    for dock in (win.articles_dock, win.facts_dock, win.notes_dock, win.search_dock):
        menu.addAction(dock.toggleViewAction())


def _languages(win: MainWindow, menu: QMenu) -> None:
    from PySide6.QtGui import QActionGroup

    sub = win.language_menu = menu.addMenu(tr("Interface Language"))
    current = str(win.settings.value("ui_language", "system"))
    group = QActionGroup(sub)
    win.language_actions = {}
    # each language named in itself: whoever needs the other language can read its name
    for code, name in (("system", tr("System Default")), ("en", "English"), ("ar", "العربية")):
        act = sub.addAction(name)
        group.addAction(act)
        act.setCheckable(True)
        act.setChecked(code == current)
        act.triggered.connect(lambda _c=False, c=code: win.set_ui_language(c))
        win.language_actions[code] = act


_PARTS: dict[str, Callable[[MainWindow, QMenu], None]] = {
    "@recent": _recent, "@layers": _layers, "@layouts": _layouts, "@fonts": _fonts, "@docks": _docks,
    "@languages": _languages,
}


def _build_toolbar(win: MainWindow) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

    from ..reader import ReaderView

    tb = win.toolbar
    for entry in TOOLBAR:
        if entry == "-":
            tb.addSeparator()
        elif entry == "@search":
            win.search_edit = QLineEdit(tb)
            win.search_edit.setClearButtonEnabled(True)
            win.search_edit.setMaximumWidth(320)
            win.search_edit.returnPressed.connect(win._on_search_enter)
            win.search_edit.installEventFilter(win)  # Shift+Enter: previous match
            tb.addWidget(win.search_edit)
        elif entry == "@layers_bar":
            win.layers_label = QLabel(tb)
            tb.addWidget(win.layers_label)
            for act in win.layer_actions.values():
                tb.addAction(act)
        elif entry == "@layout_combo":
            win.layout_combo = QComboBox(tb)
            # its width follows its items' texts (after a language switch too, not only at first show)
            win.layout_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for mode in ReaderView.layout_modes:
                win.layout_combo.addItem("", mode)
            win.layout_combo.currentIndexChanged.connect(lambda _i: win.on_layout_changed(win.layout_combo.currentData()))
            tb.addWidget(win.layout_combo)
        else:
            tb.addAction(getattr(win, entry))
    _toolbar_texts(win)


def _fit_search_box(win: MainWindow) -> None:
    """The search box is wide enough for its placeholder (up to 320 px): at 1024 px the toolbar squeezed it
    to "Search Arabic…"; the toolbar's last buttons go to its » menu instead."""
    edit = win.search_edit
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    # the frame, the text margins and the clear button's room
    edit.setMinimumWidth(min(320, text + 2 * edit.fontMetrics().height() + 16))


def _toolbar_texts(win: MainWindow) -> None:
    win.toolbar.setWindowTitle(tr("Main toolbar"))
    win.search_edit.setPlaceholderText(tr("Search Arabic or English (Ctrl+F)"))
    _fit_search_box(win)
    win.search_edit.setAccessibleName(tr("Search articles"))
    win.layers_label.setText(" " + tr("Layers:") + " ")
    win.layout_combo.setAccessibleName(tr("Reader layout"))
    for i in range(win.layout_combo.count()):
        win.layout_combo.setItemText(i, tr(win.layout_combo.itemData(i)))
    win.layout_combo.setToolTip(tr("Reader layout (Ctrl+Alt+1 … Ctrl+Alt+4)"))


def retranslate_actions(win: MainWindow) -> None:
    """Every text this module made, again in the interface language now (a live language switch): the
    actions of :data:`ACTIONS` (their shortcuts drawn for the new direction), the menus' titles, the
    layer, layout, font and language entries and the toolbar. The QActions themselves stay: their
    shortcuts, checked states and connections are untouched."""
    for menu_attr, title in MENU_TITLES.items():
        getattr(win, menu_attr).setTitle(tr(title))
    if not hasattr(win, "layer_actions"):
        return  # the actions are not built yet: build_actions will make them in this language
    for spec in ACTIONS:
        set_action_texts(getattr(win, spec.attr), tr(spec.text), tr(spec.tip) if spec.tip else "")
    for i, (layer, act) in enumerate(win.layer_actions.items()):
        set_action_texts(act, tr(LAYER_NAMES[layer]), _layer_tip(i))
    for mode, act in win.layout_actions.items():
        set_action_texts(act, _layout_text(mode))
    win.recent_menu.setTitle(tr("Open &Recent"))
    _font_texts(win)
    win.language_menu.setTitle(tr("Interface Language"))
    win.language_actions["system"].setText(tr("System Default"))
    _toolbar_texts(win)
