"""Errors carry an English and a Bulgarian text; ``str()`` stays English for logs and tests."""

from __future__ import annotations

import pickle

from lxml import etree

from participation.comment import CommentError
from plu_model.errors import PluError, PluInputError, UnknownName, message_of
from plu_model.gml_geometry import GeometryError


def test_message_in_each_language():
    exc = PluInputError("plan.gml: no such file", bg="plan.gml: няма такъв файл")
    assert str(exc) == exc.message() == exc.message("en") == "plan.gml: no such file"
    assert exc.message("bg") == "plan.gml: няма такъв файл"
    assert exc.args == ("plan.gml: no such file",)


def test_english_when_there_is_no_bulgarian_text():
    assert PluError("only English").message("bg") == "only English"
    assert PluError("only English", bg="").message("bg") == "only English"


def test_subclasses_with_their_own_arguments():
    elem = etree.fromstring("<a>\n<b/></a>")[0]
    geometry = GeometryError("polygon without gml:exterior", elem, bg="многоъгълник без gml:exterior")
    assert (str(geometry), geometry.message("bg"), geometry.line) == (
        "polygon without gml:exterior", "многоъгълник без gml:exterior", 2)
    comment = CommentError("email", "is not an e-mail address", "не е адрес на електронна поща")
    assert str(comment) == "email: is not an e-mail address"
    assert comment.message("bg") == "email: не е адрес на електронна поща"


def test_message_of_any_exception():
    assert message_of(PluError("x", bg="х"), "bg") == "х"
    assert message_of(UnknownName("no format 'x'", "няма формат 'x'"), "bg") == "няма формат 'x'"
    assert message_of(ValueError("plain"), "bg") == "plain"
    assert isinstance(UnknownName("a", "б"), KeyError)


def test_the_bulgarian_text_survives_pickling():
    again = pickle.loads(pickle.dumps(PluInputError("x", bg="х")))
    assert again.message("bg") == "х" and str(again) == "x"
