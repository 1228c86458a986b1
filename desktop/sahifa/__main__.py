"""``python -m sahifa`` — the same as the ``sahifa`` command."""

if __name__ == "__main__":  # guarded: multiprocessing's spawn re-imports the main module
    from sahifa.cli import main

    raise SystemExit(main())
