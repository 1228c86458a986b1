"""What the reader says instead of English: the English pane's placeholder and the no-English banner."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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
        self._custom = False  # set_message said something else (its caller says it again after a switch)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.install_button = QPushButton(self)
        self.download_button = QPushButton(self)
        self._texts()
        self.install_button.clicked.connect(self.install_requested)
        self.download_button.clicked.connect(self.download_requested)
        row.addWidget(self.install_button)
        row.addWidget(self.download_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def _texts(self) -> None:
        if not self._custom:
            self.label.setText(
                tr("No English translation for this article yet.") + "\n\n" + tr(
                    "Sahifa translates offline with an Argos Translate Arabic→English model (about 100 MB). "
                    "Nothing leaves your computer. Install a model file you already have "
                    "(translate-ar_en-*.argosmodel), or download it once when you are online."
                )
            )
        self.install_button.setText(tr("Install from file…"))
        self.download_button.setText(tr("Download (≈100 MB)"))
        self.install_button.setToolTip(tr("Install a translate-ar_en-*.argosmodel file you already have") + "\n"
                                       + _where())
        self.download_button.setToolTip(tr("Download the Arabic→English model once (about 100 MB)") + "\n" + _where())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._texts()

    def set_message(self, text: str, *, buttons: bool = True) -> None:
        self._custom = True
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
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.install_button = QPushButton(self)
        self.download_button = QPushButton(self)
        self._texts()
        self.install_button.clicked.connect(self.install_requested)
        self.download_button.clicked.connect(self.download_requested)
        row.addWidget(self.label, 1)
        row.addWidget(self.install_button)
        row.addWidget(self.download_button)

    def _texts(self) -> None:
        self.label.setText(tr("No English yet — Sahifa translates offline once a model is installed."))
        self.install_button.setText(tr("Install…"))
        self.install_button.setToolTip(tr("Install a translate-ar_en-*.argosmodel file you already have"))
        self.download_button.setText(tr("Download (≈100 MB)…"))
        self.download_button.setToolTip(tr("Download the Arabic→English model once (about 100 MB)") + "\n" + _where())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._texts()


def _where() -> str:
    return tr("The model goes into Argos Translate's packages folder (ARGOS_PACKAGES_DIR; by default "
              "~/.local/share/argos-translate/packages), shared with argospm.")
