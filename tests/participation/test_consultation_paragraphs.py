"""The regulation text splits into the numbered paragraphs comments cite."""

from __future__ import annotations

from participation.paragraphs import plan_paragraphs, split_paragraphs


def test_sample_rules_give_nine_paragraphs(sample):
    paragraphs = plan_paragraphs(sample)
    assert [p.ref for p in paragraphs] == [f"OD.rules#{n}" for n in range(1, 10)]
    assert paragraphs[2].text.startswith("В зоните Жм се допуска")
    assert all(p.numbered for p in paragraphs)


def test_preamble_continuations_and_styles():
    text = "Правила за прилагане\n\n1) Първо правило,\n   продължено на нов ред.\n§ 2. Второ.\n2.1. Подточка.\n"
    paragraphs = split_paragraphs(text, "OD.x")
    assert [(p.number, p.text) for p in paragraphs] == [
        ("0", "Правила за прилагане"),
        ("1", "Първо правило, продължено на нов ред."),
        ("2", "Второ."),
        ("2.1", "Подточка."),
    ]
    assert not paragraphs[0].numbered


def test_unnumbered_text_is_split_at_blank_lines_and_duplicates_stay_visible():
    assert [p.ref for p in split_paragraphs("Едно.\n\nДве\nредa.\n", "OD.y")] == ["OD.y#1", "OD.y#2"]
    twice = split_paragraphs("1. a\n1. b\n", "OD.z")
    assert [p.number for p in twice] == ["1", "1-2"]


def test_dates_at_line_start_are_not_numbers():
    paragraphs = split_paragraphs("1. Заповед от\n12.03.2025 г. за изработване.\n", "OD.d")
    assert len(paragraphs) == 1 and "12.03.2025" in paragraphs[0].text
