"""What the reader says instead of English: the English pane's placeholder and the no-English banner."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .i18n import tr


class EnglishPlaceholder(QWidget):
    """What the English pane says when there is no translation yet, and how to get one."""

    install_requested = Signal()
    download_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setText(
            tr("No English translation for this article yet.") + "\n\n" + tr(
                "Sahifa translates offline with an Argos Translate Arabic→English model (about 100 MB). "
                "Nothing leaves your computer. Install a model file you already have "
                "(translate-ar_en-*.argosmodel), or download it once when you are online."
            )
        )
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.install_button = QPushButton(tr("Install from file…"), self)
        self.download_button = QPushButton(tr("Download (≈100 MB)"), self)
        where = tr("The model goes into Argos Translate's packages folder (ARGOS_PACKAGES_DIR; by default "
                   "~/.local/share/argos-translate/packages), shared with argospm.")
        self.install_button.setToolTip(tr("Install a translate-ar_en-*.argosmodel file you already have") + "\n" + where)
        self.download_button.setToolTip(tr("Download the Arabic→English model once (about 100 MB)") + "\n" + where)
        self.install_button.clicked.connect(self.install_requested)
        self.download_button.clicked.connect(self.download_requested)
        row.addWidget(self.install_button)
        row.addWidget(self.download_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def set_message(self, text: str, *, buttons: bool = True) -> None:
        self.label.setText(text)
        self.install_button.setVisible(buttons)
        self.download_button.setVisible(buttons)


class NoEnglishBanner(QWidget):
    """A slim line above a full-width Arabic view when there is no English yet (first run)."""

    install_requested = Signal()
    download_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noEnglishBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel(tr("No English yet — Sahifa translates offline once a model is installed."), self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.install_button = QPushButton(tr("Install…"), self)
        self.install_button.setToolTip(tr("Install a translate-ar_en-*.argosmodel file you already have"))
        self.download_button = QPushButton(tr("Download (≈100 MB)…"), self)
        self.download_button.setToolTip(tr("Download the Arabic→English model once (about 100 MB)") + "\n" + tr(
            "The model goes into Argos Translate's packages folder (ARGOS_PACKAGES_DIR; by default "
            "~/.local/share/argos-translate/packages), shared with argospm."))
        self.install_button.clicked.connect(self.install_requested)
        self.download_button.clicked.connect(self.download_requested)
        row.addWidget(self.label, 1)
        row.addWidget(self.install_button)
        row.addWidget(self.download_button)
