"""The main window (a package, as Picard's ``ui/mainwindow``): ``window`` (the window and what it shows),
``actions`` (the action registry), ``docks`` (its parts), and the controllers ``library``,
``translation`` and ``notes``."""

from .window import MainWindow

__all__ = ["MainWindow"]
