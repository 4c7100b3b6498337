"""Errors carry a Text said in either language; ``str()`` stays English for logs and tests."""

from __future__ import annotations

import pickle

from lxml import etree

from participation.comment import CommentError
from plu_model.errors import PluError, PluInputError, UnknownName, message_of
from plu_model.gml_geometry import GeometryError
from plu_model.i18n import Text

# entries of resources/i18n/plu_studio_bg.ts the errors below are raised with
NO_SUCH_FILE = Text("plu_model.geopackage", "{path}: no such file", path="plan.gml")


def test_message_in_each_language():
    exc = PluInputError(NO_SUCH_FILE)
    assert str(exc) == exc.message() == exc.message("en") == "plan.gml: no such file"
    assert exc.message("bg") == "plan.gml: няма такъв файл"
    assert exc.args == ("plan.gml: no such file",)


def test_a_plain_string_is_the_same_in_both_languages():
    """A text from outside the product (an operating-system error) is shown as it came."""
    assert PluError("only English").message("bg") == "only English"


def test_subclasses_with_their_own_arguments():
    elem = etree.fromstring("<a>\n<b/></a>")[0]
    geometry = GeometryError(Text("plu_model.gml_geometry", "polygon without gml:exterior"), elem)
    assert (str(geometry), geometry.message("bg"), geometry.line) == (
        "polygon without gml:exterior", "многоъгълник без gml:exterior", 2)
    comment = CommentError("email", Text("participation.comment", "is empty"))
    assert str(comment) == "email: is empty"
    assert comment.message("bg") == "email: е празно"


def test_message_of_any_exception():
    assert message_of(PluError(NO_SUCH_FILE), "bg") == "plan.gml: няма такъв файл"
    unknown = UnknownName(Text("plu_model.registry", "no {kind} format {name!r}; known: {known}",
                               kind=Text("plu_model.readers", "reader"), name="x", known="gml"))
    assert message_of(unknown, "en") == "no reader format 'x'; known: gml"
    assert message_of(unknown, "bg") == "няма формат за четене 'x'; познати: gml"
    assert message_of(ValueError("plain"), "bg") == "plain"
    assert isinstance(unknown, KeyError)


def test_the_bulgarian_text_survives_pickling():
    again = pickle.loads(pickle.dumps(PluInputError(NO_SUCH_FILE)))
    assert again.message("bg") == "plan.gml: няма такъв файл" and str(again) == "plan.gml: no such file"


def test_an_error_filled_into_a_text_is_said_in_that_text_s_language():
    outer = Text("plu_model.importing.mapping", "{where}: {exc}", where="map.yaml", exc=PluInputError(NO_SUCH_FILE))
    assert outer.say("en") == "map.yaml: plan.gml: no such file"
    assert outer.say("bg") == "map.yaml: plan.gml: няма такъв файл"
    assert pickle.loads(pickle.dumps(outer)) == outer


def test_the_catalogue_is_read_again_when_it_changes(tmp_path, monkeypatch):
    """The cached copy of a catalogue is used only while the .ts file is unchanged."""
    from plu_model import i18n

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    ts = tmp_path / "plu_studio_bg.ts"
    entry = '<message><source>Save</source><translation>{}</translation></message>'
    ts.write_text(f'<TS><context><name>c</name>{entry.format("Запис")}</context></TS>', encoding="utf-8")
    assert i18n._read(ts) == {("c", "Save"): "Запис"}
    assert len(list((tmp_path / "cache").rglob("*.marshal"))) == 1  # a second read takes the cache
    assert i18n._read(ts) == {("c", "Save"): "Запис"}
    ts.write_text(f'<TS><context><name>c</name>{entry.format("Запиши")}</context></TS>', encoding="utf-8")
    assert i18n._read(ts) == {("c", "Save"): "Запиши"}
