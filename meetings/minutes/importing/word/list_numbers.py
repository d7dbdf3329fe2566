"""The numbers Word's automatic list numbering shows before paragraphs, counted from
numbering.xml and the styles as Word counts them."""

import functools

from docx.oxml.ns import nsmap, qn
from docx.text.paragraph import Paragraph
from lxml.etree import XPath

# A list level: its first number, its number format and its text ("%1.").
Level = tuple[int, str, str]


class ListNumbers:
    """The number Word shows before a paragraph of its automatic numbering ("List Number",
    "Liste med tal", a numbered heading), which the paragraph's text lacks: counted per list and
    level in the order the paragraphs come, and written as the level's text ("%1." gives "3."),
    as Word's "save as text" writes it, but with a space after it, not a tab, so that a numbered
    title in a table cell stays in its cell. Bullets are left out, as they always were.

    A paragraph is numbered by its own w:numPr, or else by its paragraph style's (or that of a
    style it is based on), and then at the level whose w:pStyle names that style, if one does.
    A list whose definition only points at a numbering style (w:numStyleLink) has the levels of
    the definition linked to that style (w:styleLink), as Word and LibreOffice write list
    styles."""

    def __init__(self, document) -> None:
        numbering = document.part.numbering_part.element if _has_numbering(document) else None
        lists = _lists(numbering, document.styles.element) if numbering is not None else {}
        self._levels = {num_id: _level_table(lvls) for num_id, lvls in lists.items()}
        self._styled = {num_id: {style: int(lvl.get(qn("w:ilvl"), "0")) for lvl in lvls
                                 for style in _xpath(lvl, "./w:pStyle/@w:val")}
                        for num_id, lvls in lists.items()}
        self._counts: dict[str, dict[int, int]] = {}

    def text(self, paragraph: Paragraph) -> str:
        num_id, level = self._list_of(paragraph)
        levels = self._levels.get(num_id, {})
        if level not in levels:
            return paragraph.text
        counts = self._counts.setdefault(num_id, {})
        counts[level] = counts[level] + 1 if level in counts else levels[level][0]
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a sub-list starts again under its next parent
        fmt, label = levels[level][1], levels[level][2]
        if fmt == "bullet" or not label:
            return paragraph.text
        for k in range(level + 1):
            start, kind, _ = levels.get(k, (1, "decimal", ""))
            label = label.replace(f"%{k + 1}", _formatted(counts.get(k, start), kind))
        return f"{label} {paragraph.text}".strip() if paragraph.text.strip() else paragraph.text

    def _list_of(self, paragraph: Paragraph) -> tuple[str | None, int]:
        """The paragraph's list and level; list "0" is none."""
        num_id = _value(paragraph._p, "./w:pPr/w:numPr/w:numId")
        level = _value(paragraph._p, "./w:pPr/w:numPr/w:ilvl")
        style = paragraph.style if num_id is None or level is None else None
        while style is not None and (num_id is None or level is None):
            if num_id is None and (num_id := _value(style.element, "./w:pPr/w:numPr/w:numId")):
                styled = self._styled.get(num_id, {}).get(style.style_id)
                level = level if level is not None or styled is None else str(styled)
            level = level or _value(style.element, "./w:pPr/w:numPr/w:ilvl")
            style = style.base_style
        return (None if num_id == "0" else num_id), int(level or 0)


def _has_numbering(document) -> bool:
    return any(rel.reltype.endswith("/numbering") for rel in document.part.rels.values())


def _lists(numbering, styles) -> dict[str, list]:
    """Each list (w:num) with its levels (w:lvl), its definition's with its overrides after."""
    abstracts = {a.get(qn("w:abstractNumId")): a for a in _xpath(numbering, "./w:abstractNum")}
    lists = {}
    for num in _xpath(numbering, "./w:num"):
        abstract = abstracts.get(_value(num, "./w:abstractNumId"))
        if abstract is not None:
            abstract = _defined(abstract, numbering, styles, abstracts)
        lists[num.get(qn("w:numId"))] = [
            *(_xpath(abstract, "./w:lvl") if abstract is not None else []),
            *_xpath(num, "./w:lvlOverride")]
    return lists


def _defined(abstract, numbering, styles, abstracts):
    """The definition a list made from a numbering style has: the one linked to the style, or
    the one of the list the style's own w:numPr names; else the list's own."""
    style = _value(abstract, "./w:numStyleLink")
    if style is None:
        return abstract
    for linked in _xpath(numbering, "./w:abstractNum[w:styleLink/@w:val=$style]", style=style):
        return linked
    for num_id in _xpath(styles, "./w:style[@w:styleId=$style]/w:pPr/w:numPr/w:numId/@w:val",
                         style=style):
        for num in _xpath(numbering, "./w:num[@w:numId=$num_id]", num_id=num_id):
            linked = abstracts.get(_value(num, "./w:abstractNumId"))
            if linked is not None and _value(linked, "./w:numStyleLink") is None:
                return linked
    return abstract


def _level_table(lvls) -> dict[int, Level]:
    """The levels by number; an override (w:lvlOverride) replaces a level or its start."""
    levels: dict[int, Level] = {}
    for lvl in lvls:
        level = int(lvl.get(qn("w:ilvl"), "0"))
        if lvl.tag == qn("w:lvlOverride"):
            levels.update(_level_table(_xpath(lvl, "./w:lvl")))
            if (start := _value(lvl, "./w:startOverride")) is not None and level in levels:
                levels[level] = (int(start), *levels[level][1:])
        else:
            levels[level] = (int(_value(lvl, "./w:start") or 1),
                             _value(lvl, "./w:numFmt") or "decimal",
                             _value(lvl, "./w:lvlText") or "")
    return levels


def _xpath(element, path: str, **variables) -> list:
    return _compiled(path)(element, **variables)


@functools.cache
def _compiled(path: str) -> XPath:
    return XPath(path, namespaces={"w": nsmap["w"]})


def _value(element, path: str) -> str | None:
    found = _xpath(element, f"{path}/@w:val")
    return found[0] if found else None


def _formatted(number: int, kind: str) -> str:
    if kind in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter if kind == "lowerLetter" else letter.upper()
    if kind in ("lowerRoman", "upperRoman"):
        roman = _roman(number)
        return roman.lower() if kind == "lowerRoman" else roman
    if kind == "decimalZero":
        return f"{number:02d}"
    return str(number)  # decimal, and any other format read as it


def _roman(number: int) -> str:
    digits = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    roman = ""
    for value, letters in digits:
        count, number = divmod(number, value)
        roman += letters * count
    return roman
