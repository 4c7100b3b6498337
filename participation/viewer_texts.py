"""The texts of the consultation viewer (``viewer/app.js``), by key, said from the one catalogue.

The viewer gets them in both languages inside ``data/plan-data.js`` (``texts``), so a package
works from ``file://`` with no catalogue; ``{name}`` placeholders are filled in by the viewer.
A text that counts comes as its forms, ``{"one": …, "other": …}``
(:func:`plu_model.i18n.plural_forms`), and the viewer picks one by its ``n``.
"""

from __future__ import annotations

from plu_model.i18n import Words, plural_forms

__all__ = ["VIEWER_TEXTS", "viewer_texts"]

VIEWER_TEXTS = Words("participation.viewer", {
    "tabPlan": "Plan",
    "tabRules": "Regulation",
    "tabComment": "Comment",
    "info": "Info",
    "pick": "Pick zones",
    "point": "Point",
    "line": "Line",
    "area": "Area",
    "clear": "Clear",
    "background": "Background map",
    "hintPick": "Click zones to add them to your comment, or to remove them.",
    "hintPoint": "Click the map to place a point.",
    "hintLine": "Click each vertex; double-click to finish the line.",
    "hintArea": "Click each vertex; click the first vertex or double-click to close the area.",
    "before": "The consultation opens on {start}.",
    "openLast": "Today is the last day for comments ({end}).",
    "closed": "The consultation closed on {end}.",
    "consultation": "The consultation",
    "period": "Comment period",
    "authority": "Responsible authority",
    "contact": "Contact",
    "planType": "Type of plan",
    "basis": "Basis of the period",
    "howTo": "How to comment",
    "howToService": "Fill in the “Comment” form; it goes straight to {authority}.",
    "howToFile": "Fill in the “Comment” form: you get a file to send by e-mail to {email}.",
    "search": "Search by zone code",
    "searchHint": "e.g. Жс, Смф, zhs-01",
    "noResults": "No such zone.",
    "legend": "Legend",
    "overlays": "Supplementary regulations",
    "boundary": "Plan boundary",
    "downloads": "Documents and data",
    "sample": "Note",
    "limits": "Limits",
    "documents": "Documents",
    "areaM2": "Area",
    "nature": "Legal effect",
    "landUse": "Land use (HILUCS)",
    "commentZone": "Comment on this zone",
    "alsoHere": "Also applies here",
    "zone": "Zone",
    "rulesTitle": "Paragraphs of the regulation",
    "commentParagraph": "Comment on item {n}",
    "noRules": "The plan has no regulation text.",
    "commentTitle": "Your comment",
    "target": "What your comment is about",
    "wholePlan": "The plan as a whole",
    "zones": "Zones",
    "paragraph": "Item",
    "drawn": "Drawn",
    "kindPoint": "point",
    "kindLineString": "line",
    "kindPolygon": "area",
    "remove": "remove",
    "targetHelp": "Pick zones, draw a point, line or area on the map, or choose an item of the regulation.",
    "text": "Text",
    "name": "Name (optional)",
    "email": "E-mail (optional)",
    "consent": "I agree that {authority} processes my name and e-mail address only for this consultation.",
    "consentNeeded": "We can keep a name or e-mail only with your consent.",
    "send": "Send comment",
    "makeFile": "Create comment file",
    "sending": "Sending…",
    "sent": "Your comment was received. Reference: {id}",
    "emptyText": "Please write your comment.",
    "fileMade": "The file {name} was downloaded. Send it as an attachment by e-mail to {email}.",
    "openMail": "Open an e-mail to {email}",
    "copyHint": "If the file was not downloaded, copy the text below into the e-mail:",
    "notOpen": "The consultation is not open; comments are not accepted.",
    "netError": "The comment service did not answer. Try again or send your comment by e-mail to {email}.",
    "tooMany": "Too many requests. Please try again in a moment.",
    "mailSubject": "Comment on {title}",
    "fatal": "The plan data is missing or damaged (data/plan-data.js).",
    "chars": "{n} / {max} characters",
})


def viewer_texts() -> dict[str, dict[str, str | dict[str, str]]]:
    """Every viewer text in each language the viewer offers (a counting text as its plural forms)."""
    return {language: {**VIEWER_TEXTS[language], **_counting(language)} for language in ("bg", "en")}


def _counting(language: str) -> dict[str, str | dict[str, str]]:
    return {
        "open": plural_forms(language, "participation.viewer",
                             "Comments are accepted until {end} inclusive — day {day} of {days}, {n} day left.",
                             plural="Comments are accepted until {end} inclusive — day {day} of {days}, {n} days left."),
    }
