"""The translation controller: the English pane (reference or machine translation), the installed
model, translating the article shown or the whole folder on the one translation thread, the models
dialog. Workers get the package and translator they need as arguments and return the translator
they used; only the UI thread stores it."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QMessageBox

from sahifa.core.progress import Progress

from ..i18n import N_, tr
from ..ops import BackgroundOp, LibraryChanges, open_library

if TYPE_CHECKING:
    from sahifa.core.model import Article
    from sahifa.services.translation import ArgosTranslator, PackageInfo

    from .window import MainWindow

log = logging.getLogger(__name__)
PHASE_TRANSLATING = N_("Translating")
PHASE_TRANSLATING_FOLDER = N_("Translating folder")
Translated = tuple["int | None", int, "list[str]", "ArgosTranslator", int]  # …, mentions relabelled


def _translator_for(package: PackageInfo, translator: ArgosTranslator | None) -> ArgosTranslator:
    """``translator`` if it is the one for ``package``, else a new one (on the worker: it loads the model)."""
    if translator is not None and getattr(translator, "package", None) == package:
        return translator
    from sahifa.services.translation import ArgosTranslator

    return ArgosTranslator(package)


class TranslationController(QObject):
    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.op: BackgroundOp | None = None
        self.model: PackageInfo | None = None
        self.model_known = False  # looked up (model None then means: none installed)
        self.translator: ArgosTranslator | None = None
        self._lookup_started = False
        self.provenance: tuple[str, dict[str, str]] | None = None
        self.placeholder_message: tuple[str, dict[str, str], bool] | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one model, loaded once

    def _said(self, source: str, **args: str) -> str:
        """The English pane's provenance, translated; remembered to be said again after a language switch."""
        self.provenance = (source, args)
        return tr(source).format(**args)

    def _say(self, source: str, *, buttons: bool, **args: str) -> None:
        """A message in the English pane's place, remembered like the provenance."""
        self.placeholder_message = (source, args, buttons)
        self.win.reader.placeholder.set_message(tr(source).format(**args), buttons=buttons)

    def retranslate(self) -> None:
        """The provenance and the English pane's message again, in the interface language now."""
        reader = self.win.reader
        if self.provenance is not None and reader.en_provenance:
            source, args = self.provenance
            reader.set_provenance(tr(source).format(**args))
        if self.placeholder_message is not None:
            source, args, buttons = self.placeholder_message
            reader.placeholder.set_message(tr(source).format(**args), buttons=buttons)

    def english_missing(self, article: Article) -> bool | None:
        """Whether ``article`` will be shown without English (no reference translation and no model
        installed); None while the installed model is still being looked up."""
        if article.reference_en is not None:
            return False
        return self.model is None if self.model_known else None

    def show_english(self) -> None:
        win = self.win
        article = win.reader.article
        if article is None:
            return
        has_ref = article.reference_en is not None
        model = self.installed_model()
        win.reader.source_combo.setVisible(has_ref and model is not None)
        use_machine = model is not None and (not has_ref or win.english_source == "machine")
        if has_ref and not use_machine:
            win.reader.set_english(list(article.reference_en or ()),
                                   self._said(N_("Reference translation (written for Sahifa)")), paragraph_level=True)
            win.reader.source_combo.blockSignals(True)
            win.reader.source_combo.setCurrentIndex(0)
            win.reader.source_combo.blockSignals(False)
            win.translation_shown.emit(win.current_id or -1)
            return
        if model is None:
            # no model (known, not still being looked up) and no reference: full-width Arabic + a banner
            win.reader.set_english(None, self._said(N_("No translation")), missing=self.model_known)
            return
        win.reader.source_combo.blockSignals(True)
        win.reader.source_combo.setCurrentIndex(1)
        win.reader.source_combo.blockSignals(False)
        self.translate_current(model)

    def on_english_source_changed(self, source: str) -> None:
        self.win.english_source = source
        self.show_english()

    def installed_model(self) -> PackageInfo | None:
        """The installed ar→en package, or None; looked up off the UI thread (imports argostranslate)."""
        if self.model_known:
            return self.model
        if not self._lookup_started:
            self._lookup_started = True

            def work(progress: Progress, cancel: threading.Event) -> PackageInfo | None:
                from sahifa.services.translation import find_installed_package

                return find_installed_package("ar", "en")

            def found(package: PackageInfo | None) -> None:
                self.model, self.model_known = package, True
                self._lookup_started = False
                if self.win.reader.article is not None and self.win.current_id is not None:
                    self.show_english()

            def failed(message: str, _tb: str) -> None:
                log.warning("cannot look for translation models: %s", message)
                self.model, self.model_known = None, True
                self._lookup_started = False
                if self.win.reader.article is not None:
                    self.show_english()

            BackgroundOp(work, name="find-model").on_success(found).on_failure(failed).start()
        return None

    def forget_model(self) -> None:
        """Look the model up again (after the models dialog)."""
        self.model, self.model_known = None, False

    def translate_current(self, package: PackageInfo) -> None:
        win = self.win
        article: Article | None = win.reader.article
        if article is None:
            return
        article_id, generation = win.current_id, win.generation
        library_path, translator = win.library_path, self.translator
        self._say(N_("Translating this article offline…"), buttons=False)
        win.reader.set_english(None, self._said(N_("Machine translation — working…")))

        def work(progress: Progress, cancel: threading.Event) -> Translated:
            from sahifa.services.translation import store_english, translate_article

            used = _translator_for(package, translator)
            relabelled = 0
            with open_library(library_path) as lib:
                en = translate_article(article, used, lib, progress=lambda d, t: progress(d, t, PHASE_TRANSLATING),
                                       cancel=cancel)
                if article_id is not None:  # the English stored, and the names labelled as it writes them
                    relabelled = store_english(lib, article_id, en)
            return article_id, generation, list(en), used, relabelled

        if self.op is not None and self.op.running:
            self.op.request_cancel()
        op = BackgroundOp(work, name="translate", generation=generation)
        op.on_success(self.on_translated).on_failure(self.on_translate_failed).on_progress(win.on_progress)
        op.on_finished(lambda: win.show_progress(False))
        win.show_progress(True)
        self.op = op.start(self.pool)

    def on_translated(self, result: Translated) -> None:
        article_id, generation, en, used, relabelled = result
        self.translator = used
        win = self.win
        if article_id == win.current_id and generation == win.generation:  # else the user moved on
            win.reader.set_english(en, self._said(N_("Machine translation — {engine}"), engine=used.engine_id))
            win.translation_shown.emit(article_id)
        if article_id is not None:  # the list shows its English title, the views its relabelled names
            win.events.library_changed.emit(LibraryChanges(articles=True, entities=bool(relabelled)))

    def on_translate_failed(self, message: str, _tb: str) -> None:
        if "cancel" in message.lower():
            return
        self._say(N_("Translation failed: {error}"), buttons=True, error=message)
        self.win.reader.set_english(None, self._said(N_("Machine translation failed")))

    def on_translate_all_toggled(self) -> None:
        if self.win.translate_all_action.isChecked():
            self.translate_folder()

    def translate_folder(self) -> None:
        win = self.win
        package = self.installed_model()
        if package is None:
            win.translate_all_action.setChecked(False)
            QMessageBox.information(win, tr("No translation model"),
                                    tr("Install an Arabic→English model first (Translation ▸ Install…)."))
            return
        ids = [r.id for r in win.article_model.rows()]
        library_path, translator = win.library_path, self.translator

        def work(progress: Progress, cancel: threading.Event) -> tuple[int, ArgosTranslator]:
            from sahifa.services.translation import store_english, translate_article

            used = _translator_for(package, translator)
            done = 0
            with open_library(library_path) as lib:
                for i, aid in enumerate(ids):
                    if cancel.is_set():
                        break
                    article, _ = lib.article(aid)
                    en = translate_article(article, used, lib, cancel=cancel)
                    store_english(lib, aid, en)
                    done += 1
                    progress(i + 1, len(ids), PHASE_TRANSLATING_FOLDER)
            return done, used

        def finished(result: tuple[int, ArgosTranslator]) -> None:
            n, self.translator = result
            win.status_label.setText(tr("Translated {n} article(s) in the background.").format(n=n))
            if n:  # their English titles and the names relabelled from the English
                win.events.library_changed.emit(LibraryChanges(articles=True, entities=True))

        op = BackgroundOp(work, name="translate-folder")
        op.on_progress(win.on_progress).on_finished(lambda: win.show_progress(False))
        op.on_success(finished)
        win.show_progress(True)
        self.op = op.start(self.pool)

    # ------------------------------------------------------------------ models
    def models_dialog(self, action: str | None = None) -> None:
        """The models dialog; afterwards the model is looked up again and the English pane refreshed."""
        from ..models_dialog import ModelsDialog

        dialog = ModelsDialog(self.win)
        if action == "install":
            dialog.install_from_file()
        elif action == "download":
            dialog.start_download()
        dialog.exec()
        self.forget_model()
        self.show_english()

    def show_models(self) -> None:
        self.models_dialog()

    def install_model_from_file(self) -> None:
        self.models_dialog("install")

    def download_model(self) -> None:
        self.models_dialog("download")
