"""Public participation: consultation packages, the comment service, comments back into the plan.

Layers: imports :mod:`plu_model`, :mod:`exporters` and :mod:`validators`, never Qt or
:mod:`app`.  The plan map PDF is drawn by QGIS in :mod:`app.print_layout`, run as a
separate process by whoever builds a package (``plu package`` or the editor's wizard).
"""
