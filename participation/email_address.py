"""Whether a text is an e-mail address a reply can be sent to: one rule for a citizen's and the authority's.

The local part is kept as loose as mail servers are (no blanks, nothing that would
break a ``mailto:`` link or a CSV cell), but at most 64 octets (RFC 5321), counted in
UTF-8 as an internationalised address travels (RFC 6531): 64 Latin letters, 32 Cyrillic.  The domain is checked as
DNS carries it (RFC 1035, RFC 5890): every label 1 to 63 octets of letters, digits and
inner hyphens, the whole name at most 253 octets.  A label in another script
(``пример.бг``) is measured in its ``xn--`` form (IDNA, as Python's standard
codec writes it), so ``иван@пример.бг`` and the ``иван@xn--e1afmkfd.xn--90ae``
some browsers send instead are the same address to this check.
"""

from __future__ import annotations

import re
from encodings import idna

__all__ = ["DOMAIN_OCTETS", "LOCAL_OCTETS", "ascii_domain", "is_email_address"]

#: No character that ends or splits an address in a link or a list.
_LOCAL = re.compile(r"^[^@\s<>\"',;()\[\]\\]+$")
#: The longest local part, in octets (RFC 5321 §4.5.3.1.1; UTF-8 octets for an internationalised one, RFC 6531).
LOCAL_OCTETS = 64
#: One DNS label in its ASCII form: 1 to 63 octets, letters, digits and hyphens, no hyphen at either end.
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
#: A top-level domain: letters (``bg``, ``com``), or an IDN one in its ``xn--`` form (``бг`` is ``xn--90ae``).
_TOP = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")
#: The longest domain name DNS can carry, without the final dot (RFC 1035 §2.3.4: 255 octets on the wire).
DOMAIN_OCTETS = 253


def _ascii_label(label: str) -> str | None:
    if label.isascii():
        return label.lower()
    try:
        return idna.ToASCII(label).decode("ascii").lower()
    except UnicodeError:  # empty, too long once encoded, or not a valid label
        return None


def ascii_domain(domain: str) -> str | None:
    """The domain in the ASCII form DNS carries, or ``None`` when it cannot be a host name of the Internet."""
    labels = [_ascii_label(label) for label in domain.split(".")]
    if len(labels) < 2 or any(label is None or not _LABEL.match(label) for label in labels):
        return None
    name = ".".join(label for label in labels if label is not None)
    if len(name) > DOMAIN_OCTETS or not _TOP.match(name.rsplit(".", 1)[1]):
        return None
    return name


def is_email_address(text: str) -> bool:
    """Whether ``text`` is ``local@domain`` with a domain DNS could resolve (see the module's docstring)."""
    local, at, domain = text.rpartition("@")
    return (bool(at) and bool(_LOCAL.match(local)) and len(local.encode("utf-8")) <= LOCAL_OCTETS
            and ascii_domain(domain) is not None)
