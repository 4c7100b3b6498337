"""The ``plu`` command: every capability of PLU Studio, headless."""
