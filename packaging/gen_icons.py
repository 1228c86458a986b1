"""Render resources/icons/sahifa.svg to the hicolor PNG sizes and a Windows .ico (Qt's SVG renderer).

    .venv/bin/python packaging/gen_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "sahifa.svg"))
    if not renderer.isValid():
        print("cannot read sahifa.svg", file=sys.stderr)
        return 1
    ico_images: list[tuple[int, bytes]] = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "sahifa.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(out), "PNG")
        if size <= 256:
            data = QByteArray()
            buf = QBuffer(data)
            buf.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buf, "PNG")
            ico_images.append((size, bytes(data.data())))
    # A PNG-compressed .ico (Windows Vista+): header, directory, images.
    header = struct.pack("<HHH", 0, 1, len(ico_images))
    offset = 6 + 16 * len(ico_images)
    directory = b""
    blobs = b""
    for size, png in ico_images:
        dim = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    (ICONS / "sahifa.ico").write_bytes(header + directory + blobs)
    del app
    print(f"wrote {len(SIZES)} PNGs and sahifa.ico under {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
