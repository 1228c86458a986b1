"""Sahifa (صحيفة): an offline reader for Arabic news with aligned English and extracted facts."""

__version__ = "0.1.0"
