"""One module per ``plu`` command; :mod:`plu_cli.main` finds them all."""
