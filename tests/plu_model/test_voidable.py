import pytest

from plu_model.voidable import Nil, is_nil, parse_nil_reason


@pytest.mark.parametrize(
    "reason",
    ["unknown", "unpopulated", "withheld", "missing", "inapplicable", "template", "other:not surveyed",
     "http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unknown"],
)
def test_gml_nil_reasons_are_accepted(reason):
    assert Nil(reason).reason == reason
    assert is_nil(Nil(reason))


@pytest.mark.parametrize("reason", ["", "nope", "other:", "Unknown"])
def test_malformed_nil_reasons_are_refused(reason):
    with pytest.raises(ValueError):
        parse_nil_reason(reason)


def test_nil_is_not_a_value():
    assert not is_nil("")
    assert not is_nil(None)
