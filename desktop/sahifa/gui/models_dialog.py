"""Translation models: what is installed, install from a file, download — with progress and cancel.

Everything that reads or writes the model folders runs on a worker thread (listing them too:
``list_models`` walks the packages folders and imports argostranslate)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from .i18n import N_, tr
from .plain import shown_path
from .workers import BackgroundOp

OFFLINE_HELP = N_(
    "No internet on this computer? On a connected one, download translate-ar_en-*.argosmodel from the Argos "
    "Translate package index (www.argosopentech.com/argospm/index), bring the file over (USB stick, shared "
    "folder), then click Install from file…"
)


def _size(n: int) -> str:
    return tr("{size} MB").format(size=f"{n / 1e6:.1f}") if n else "—"


class ModelsDialog(QDialog):
    listed = Signal()  # the table shows the models found by the latest listing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Translation models"))
        self.setObjectName("ModelsDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Sahifa translates Arabic to English on this computer with Argos Translate models. "
               "Models installed with argospm are found too."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([tr("Model"), tr("Version"), tr("Size"), tr("Where")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(tr("Installed models"))
        layout.addWidget(self.table, 1)
        self.offline_note = QLabel(tr(OFFLINE_HELP), self)
        self.offline_note.setWordWrap(True)
        self.offline_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.offline_note)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._cancel)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.install_button = buttons.addButton(tr("Install from file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.download_button = buttons.addButton(tr("Download Arabic→English (≈100 MB)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.install_button.setToolTip(tr("Install a translate-ar_en-*.argosmodel file you already have "
                                          "(copied from a USB stick or another computer)"))
        self.download_button.setToolTip(tr("Download the Arabic→English model once (about 100 MB) from the "
                                           "Argos Translate package index; needs an internet connection"))
        self.install_button.clicked.connect(self.install_from_file)
        self.download_button.clicked.connect(self.start_download)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._op: BackgroundOp | None = None
        self._listing = 0
        self.list_op: BackgroundOp | None = None
        self.resize(720, 340)
        self.refresh()

    def refresh(self) -> BackgroundOp:
        """List the installed models on a worker thread; the table fills in when they are found."""
        self._listing += 1
        listing = self._listing

        def work(_progress: Any, _cancel: threading.Event) -> Any:
            from sahifa.services.models import list_models

            return list_models()

        def found(models: Any) -> None:
            if listing == self._listing and isValid(self):  # not a dialog closed meanwhile
                self._fill(list(models))

        def failed(message: str, _tb: str) -> None:
            if listing == self._listing and isValid(self):
                self.status.setText(tr("Could not list models: {error}").format(error=message))
                self._fill([])

        self.list_op = BackgroundOp(work, name="list-models").on_success(found).on_failure(failed).start()
        return self.list_op

    def _fill(self, models: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        has_ar_en = any(m.get("kind") != "ner" and m.get("from") == "ar" and m.get("to") == "en" for m in models)
        if not has_ar_en:  # the model that matters first, even when it is missing
            self.table.insertRow(0)
            missing = QTableWidgetItem(tr("Arabic→English: not installed"))
            font = missing.font()
            font.setBold(True)
            missing.setFont(font)
            missing.setToolTip(tr(OFFLINE_HELP))
            self.table.setItem(0, 0, missing)
            for c, value in enumerate(["", "—", tr("Download it, or install a .argosmodel file")], start=1):
                self.table.setItem(0, c, QTableWidgetItem(value))
        for m in models:
            r = self.table.rowCount()
            self.table.insertRow(r)
            if m.get("kind") == "ner":
                name = m.get("name", "CAMeL NER") + ("" if m.get("installed") else " — " + tr("not installed (optional)"))
            else:
                name = f"{m.get('name') or m.get('code')} ({m.get('from')}→{m.get('to')})"
            for c, value in enumerate([name, m.get("version", "") or "", _size(int(m.get("size") or 0)), shown_path(m.get("path", "") or "")]):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))
        self._fit_columns()
        self.listed.emit()

    def _fit_columns(self) -> None:
        """Columns that fit the dialog, no sideways scrolling: the name gets at most 45 % of the width,
        the folder (or what to do) the rest, cut in its middle; every cell is whole in its tooltip."""
        table = self.table
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None and item.text() and not item.toolTip():
                    item.setToolTip(item.text())
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        width = max(table.viewport().width(), 400)
        table.setColumnWidth(0, min(table.columnWidth(0), int(width * 0.45)))
        header.setSectionResizeMode(3, header.ResizeMode.Stretch)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.table.rowCount():
            self._fit_columns()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.install_button.setEnabled(not busy)
        self.download_button.setEnabled(not busy)

    def _cancel(self) -> None:
        if self._op is not None:
            self._op.request_cancel()
            self.status.setText(tr("Cancelling…"))

    def install_from_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, tr("Install a translation model"), "",
                                                  tr("Argos models") + " (*.argosmodel);;" + tr("All files") + " (*)")
        if not path:
            return
        self.install_path(path)

    def install_path(self, path: str) -> BackgroundOp:
        def work(progress: Any, cancel: threading.Event) -> Any:
            from sahifa.services.models import install_archive

            progress(0, 0, N_("Installing"))
            return install_archive(path)

        self.status.setText(tr("Checking and installing {path}…").format(path=shown_path(path)))
        self._busy(True)
        self.progress.setRange(0, 0)
        op = BackgroundOp(work, name="install-model")
        op.on_success(lambda info: self.status.setText(tr("Installed {name} {version}.").format(name=info.name, version=info.version)))
        op.on_failure(lambda msg, _tb: self.status.setText(tr("Not installed: {error}").format(error=msg)))
        op.on_finished(self._done)
        self._op = op.start()
        return op

    def start_download(self) -> BackgroundOp:
        def work(progress: Any, cancel: threading.Event) -> Any:
            from sahifa.services.models import download_model

            return download_model(progress=lambda done, total: progress(done, total, N_("Downloading")), cancel=cancel)

        self.status.setText(tr("Downloading the Arabic→English model…"))
        self._busy(True)
        op = BackgroundOp(work, name="download-model")
        op.on_progress(self._on_progress)
        op.on_success(lambda path: self.status.setText(tr("Installed into {path}.").format(path=shown_path(path))))
        op.on_failure(lambda msg, _tb: self.status.setText(msg))
        op.on_finished(self._done)
        self._op = op.start()
        return op

    def _on_progress(self, done: int, total: int, _msg: str) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(done * 1000 / total))
            self.progress.setFormat(tr("{done} / {total} MB").format(done=f"{done / 1e6:.1f}", total=f"{total / 1e6:.1f}"))
        else:
            self.progress.setRange(0, 0)

    def _done(self) -> None:
        self._busy(False)
        self.refresh()
