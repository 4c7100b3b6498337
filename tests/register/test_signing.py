"""Authoritative versions: the SHA-256 of the published GML and a signature by a certificate the user gives."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
from urllib.parse import quote

import pytest
from city import DETAILED_1, dataset
from conftest_paths import ROOT, SAMPLE

from register.signing import verify_file


def _self_signed(folder, name="Община Тест"):
    """A throw-away RSA key and self-signed certificate, as a municipality's test PKI would issue."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    key_path, cert_path = folder / f"{id(key)}.key.pem", folder / f"{id(key)}.cert.pem"
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def _plu(*args, env_db=None):
    cmd = [sys.executable, "-m", "plu_cli", *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.fixture
def published(provider, fresh_db, tmp_path):
    key, cert = _self_signed(tmp_path)
    provider.ensure_authority("city_a")
    info = provider.add(dataset(DETAILED_1), "city_a")
    provider.set_status(info.ref, "adoption", key=str(key), cert=str(cert))
    provider.set_status(info.ref, "legalForce", dt.date(2021, 1, 1), key=str(key), cert=str(cert))
    return provider, info, key, cert


def test_publishing_records_the_hash_of_the_exported_gml(published, tmp_path, schema):
    from validators.xsd import iter_xsd_findings

    provider, info, _key, cert = published
    pubs = provider.publications(info.ref)
    assert [p["step"] for p in pubs] == ["adoption", "legalForce"]
    data, pub = provider.authoritative_gml(info.ref)
    assert hashlib.sha256(data).hexdigest() == pub["sha256"] == provider.version(info.ref).sha256
    out = tmp_path / "published.gml"
    out.write_bytes(data)
    assert list(iter_xsd_findings(out, schema)) == []
    assert b"ProcessStepGeneralValue/legalForce" in data
    assert all(r["hash_ok"] and r["signature_ok"] for r in provider.verify(info.ref, str(cert)))
    signed = pub["signature_xml"]  # XAdES-BES: signing time and the signing certificate are signed properties
    assert "SigningTime" in signed and "SigningCertificate" in signed and pub["sha256"] in signed


def test_a_signature_by_another_certificate_or_a_changed_file_fails(published, tmp_path):
    provider, info, _key, _cert = published
    _other_key, other_cert = _self_signed(tmp_path, "Някой друг")
    assert all(r["signature_ok"] is False for r in provider.verify(info.ref, str(other_cert)))
    data, pub = provider.authoritative_gml(info.ref)
    gml, sig = tmp_path / "p.gml", tmp_path / "p.gml.sig.xml"
    gml.write_bytes(data)
    sig.write_text(pub["signature_xml"], encoding="utf-8")
    good = verify_file(gml, sig, _cert)
    assert good["signature"]["valid"] and good["signature"]["hash_matches"]
    gml.write_bytes(data.replace(b"d1-a", b"d1-x", 1))
    bad = verify_file(gml, sig, _cert)
    assert bad["signature"]["valid"] and not bad["signature"]["hash_matches"]
    tampered = pub["signature_xml"].replace(pub["sha256"], "0" * 64)
    sig.write_text(tampered, encoding="utf-8")
    assert verify_file(gml, sig, _cert)["signature"]["valid"] is False


def test_changing_stored_rows_behind_the_registers_back_is_detected(published, cluster, fresh_db):
    import psycopg2

    provider, info, _key, cert = published
    conn = psycopg2.connect(fresh_db)  # the owner, disabling the guard: what an intruder with DBA rights could do
    with conn, conn.cursor() as cur:
        cur.execute("ALTER TABLE feature DISABLE TRIGGER feature_immutable")
        cur.execute("UPDATE feature SET row_data = jsonb_set(row_data, '{regulation_nature}', "
                    "'\"http://inspire.ec.europa.eu/codelist/RegulationNatureValue/nonBinding\"') "
                    "WHERE version_pk = %s AND class = 'ZoningElement'", (info.version_pk,))
        cur.execute("ALTER TABLE feature ENABLE TRIGGER feature_immutable")
    conn.close()
    assert not any(r["hash_ok"] for r in provider.verify(info.ref, str(cert)))


def test_plu_register_export_and_plu_verify_on_the_command_line(published, fresh_db, tmp_path):
    _provider, info, _key, cert = published
    out = tmp_path / "auth.gml"
    r = _plu("register", "export", info.ref, str(out), "--published", "--db", fresh_db)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "auth.gml.sig.xml").is_file()
    r = _plu("verify", str(out), "--cert", str(cert), "--db", fresh_db, "--json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["signature"]["valid"] and report["register"][0]["plan"] == DETAILED_1.local_id
    parts = dict(p.split("=", 1) for p in fresh_db.split())
    uri = f"postgresql:///{parts['dbname']}?host={quote(parts['host'], safe='')}&user={parts['user']}"
    r = _plu("register", "verify", info.ref, "--cert", str(cert), "--db", uri)  # a URI works as well as a DSN
    assert r.returncode == 0 and r.stdout.count("OK") == 4, r.stdout + r.stderr
    out.write_bytes(out.read_bytes() + b"\n")
    r = _plu("--lang", "bg", "verify", str(out), "--cert", str(cert))
    assert r.returncode == 1 and "НЕ е подписаният" in r.stdout


def test_a_certificate_of_another_key_publishes_nothing(provider, fresh_db, tmp_path):
    """Signed with one key under another key's certificate, a publication would stay invalid for ever."""
    key, _ = _self_signed(tmp_path, "Община А")
    _, other_cert = _self_signed(tmp_path, "Община Б")
    provider.ensure_authority("city_a")
    info = provider.add(dataset(DETAILED_1), "city_a")
    r = _plu("register", "status", info.ref, "adoption", "--db", fresh_db, "--key", str(key), "--cert", str(other_cert))
    assert r.returncode == 2 and f"{other_cert} is not the certificate of the key {key}" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
    assert provider.version(info.ref).status == "elaboration" and provider.publications(info.ref) == []


def test_plu_verify_refuses_a_signature_file_that_signs_no_plan(tmp_path):
    r = _plu("verify", str(SAMPLE), "--signature", str(SAMPLE))
    assert r.returncode == 2 and "not the signature of a published plan" in r.stderr, r.stdout + r.stderr
    assert "@0" not in r.stdout
