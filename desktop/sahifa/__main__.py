"""``python -m sahifa`` — the same as the ``sahifa`` command."""

from sahifa.cli import main

raise SystemExit(main())
