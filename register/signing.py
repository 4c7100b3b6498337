"""Authoritative versions: the SHA-256 of a version's GML export and an XML-signed manifest of it.

The GML itself stays exactly as exported (and valid against the PLU XSD); the signature
is *detached*: a small XML manifest names the plan, version, step and the file's SHA-256,
and carries an enveloped XAdES-BES signature (signxml) with the publisher's certificate.
Checking a file is hashing it and verifying the manifest against a trusted certificate.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from plu_model.dataset import PlanDataset
from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["MANIFEST_NS", "Manifest", "gml_bytes", "read_manifest", "sha256_of", "sign_manifest"]

MANIFEST_NS = "https://w3id.org/plu-studio/register/publication/1.0"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def gml_bytes(data: PlanDataset) -> bytes:
    """The GML export of a data set, as bytes (what is hashed and handed out)."""
    from exporters.gml_writer import write_gml

    with tempfile.TemporaryDirectory(prefix="plu-register-") as tmp:
        path = Path(tmp) / "plan.gml"
        write_gml(path, data)
        return path.read_bytes()


@dataclass(frozen=True)
class Manifest:
    """What a signature vouches for."""

    plan: str
    namespace: str
    version: int
    step: str
    sha256: str
    file_name: str


def _element(m: Manifest) -> etree._Element:
    root = etree.Element(f"{{{MANIFEST_NS}}}Publication", nsmap={None: MANIFEST_NS})
    for name, value in (("plan", m.plan), ("namespace", m.namespace), ("version", str(m.version)),
                        ("step", m.step), ("file", m.file_name), ("sha256", m.sha256)):
        etree.SubElement(root, f"{{{MANIFEST_NS}}}{name}").text = value
    return root


def _read_pem(path: str | Path, what: Text) -> bytes:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PluInputError(Text("register.signing", "{path}: the {what} cannot be read ({error})", path=path, what=what,
                                 error=exc.strerror)) from exc
    if b"-----BEGIN" not in data:
        raise PluInputError(Text("register.signing", "{path}: not a PEM {what}", path=path, what=what))
    return data


def _check_pair(key: bytes, cert: bytes, key_path: str | Path, cert_path: str | Path) -> None:
    """The certificate must be the key's: a publication signed otherwise would stay invalid for ever."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        public = serialization.load_pem_private_key(key, password=None).public_key()
        certified = x509.load_pem_x509_certificate(cert).public_key()
    except (ValueError, TypeError):
        return  # not readable here: the signer says why, in its own words
    form = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    if public.public_bytes(*form) != certified.public_bytes(*form):
        raise PluInputError(Text("register.signing", "{cert_path} is not the certificate of the key {key_path}; "
                                                     "nothing was published", cert_path=cert_path, key_path=key_path))


def sign_manifest(m: Manifest, key_path: str | Path, cert_path: str | Path) -> str:
    """The manifest with an enveloped XAdES-BES signature (signing time, signing certificate; SHA-256).

    XAdES is the form of Bulgarian qualified electronic signatures on XML.
    """
    from signxml import methods
    from signxml.xades import XAdESSigner

    key = _read_pem(key_path, Text("register.signing", "private key"))
    cert = _read_pem(cert_path, Text("register.signing", "certificate"))
    _check_pair(key, cert, key_path, cert_path)
    try:
        signed = XAdESSigner(method=methods.enveloped, digest_algorithm="sha256").sign(
            _element(m), key=key, cert=cert.decode("ascii"))
    except (ValueError, TypeError) as exc:
        raise PluInputError(Text("register.signing", "{key_path}: cannot sign with this key and certificate ({exc})",
                                                     key_path=key_path, exc=exc)) from exc
    return etree.tostring(signed, encoding="unicode")


def read_manifest(xml: str | bytes, cert_path: str | Path | None) -> tuple[Manifest, bool | None, str]:
    """The manifest's fields, whether its signature holds (None: no certificate to trust), and why not."""
    from signxml.exceptions import InvalidInput, InvalidSignature
    from signxml.xades import XAdESVerifier

    raw = xml.encode() if isinstance(xml, str) else xml
    ok: bool | None = None
    reason = ""
    root: Any
    if cert_path is not None:
        cert = _read_pem(cert_path, Text("register.signing", "certificate")).decode("ascii")
        try:
            results = XAdESVerifier().verify(raw, x509_cert=cert)
            root = next(r.signed_xml for r in results if r.signed_xml is not None
                        and r.signed_xml.tag == f"{{{MANIFEST_NS}}}Publication")
            ok = True
        except (InvalidSignature, InvalidInput, ValueError, StopIteration) as exc:
            ok, reason = False, str(exc)
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(raw, parser) if ok is not True else root

    def text(name: str) -> str:
        return root.findtext(f"{{{MANIFEST_NS}}}{name}") or ""

    m = Manifest(text("plan"), text("namespace"), int(text("version") or 0), text("step"), text("sha256"), text("file"))
    return m, ok, reason


def verify_file(path: str | Path, signature: str | Path | None, cert: str | Path | None) -> dict[str, Any]:
    """Hash a GML file and, with its detached signature, check that the signature vouches for exactly it."""
    try:
        digest = sha256_of(Path(path).read_bytes())
    except OSError as exc:
        raise PluInputError(Text("register.signing", "{path}: cannot be read ({strerror})",
                                                     path=path, strerror=exc.strerror)) from exc
    out: dict[str, Any] = {"file": str(path), "sha256": digest, "signature": None}
    if signature is None:
        return out
    try:
        xml = Path(signature).read_bytes()
    except OSError as exc:
        raise PluInputError(Text("register.signing", "{signature}: cannot be read ({strerror})",
                                                     signature=signature, strerror=exc.strerror)) from exc
    try:
        manifest, ok, reason = read_manifest(xml, cert)
    except etree.XMLSyntaxError as exc:
        raise PluInputError(Text("register.signing", "{signature}: not an XML signature manifest ({exc})",
                                                     signature=signature, exc=exc)) from exc
    if not (manifest.plan and manifest.sha256):  # well-formed XML, but no publication's manifest
        raise PluInputError(Text("register.signing", "{signature}: not the signature of a published plan (the "
                                                     ".sig.xml that 'plu register export --published' writes)",
                                 signature=signature))
    out["signature"] = {"valid": ok, "reason": reason, "plan": manifest.plan, "version": manifest.version,
                        "step": manifest.step, "hash_matches": manifest.sha256 == digest}
    return out
