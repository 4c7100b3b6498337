"""The plan register: every plan of a city in PostgreSQL/PostGIS, with lifecycle, versions and amendments.

Callers use :class:`register.provider.RegisterProvider` (``open_register``); nothing
outside this package writes SQL for the register (docs/register.md).
"""
