"""The comment service on loopback against what a clumsy or hostile citizen sends (the second sweep).

Each test first showed the defect on the running service, then guards the fix.
Expected texts are written out code point by code point, not computed by the
cleaning under test.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from consultation_fixtures import *  # noqa: F403 - fixtures


def test_joiners_inside_emoji_and_words_are_kept(live_service):
    family = "\U0001F468\u200D\U0001F469\u200D\U0001F467"  # man ZWJ woman ZWJ girl: one picture of a family
    rainbow = "\U0001F3F3\uFE0F\u200D\U0001F308"  # white flag, VS16, ZWJ, rainbow: one flag
    thumbs = "\U0001F44D\U0001F3FD"  # thumbs up, medium skin tone
    persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"  # "mi-khaham": the ZWNJ is spelling
    text = f"{family} {rainbow} {thumbs} {persian}"
    status, _ = post_to_service(live_service.url, {"text": "\u200D" + text + " \u200C"})  # stray joiners at the edges go
    assert status == 201
    [stored] = live_service.store.comments()
    assert stored.comment.text == text


def test_a_comment_that_shows_nothing_is_refused(live_service):
    for invisible in ("\u2060", "\u200B\u2060\u200D", "\u3164\u3164", "\u2800", "\u0301", "\uFE0F", " \u180E "):
        status, answer = post_to_service(live_service.url, {"text": invisible})
        assert status == 422 and answer["error"]["field"] == "text", (invisible, status, answer)
        assert answer["error"]["en"] == "is empty" and answer["error"]["bg"] == "е празно"
    status, answer = post_to_service(live_service.url, {"text": "Добре", "author": {"name": "\u3164", "consent": True}})
    assert status == 201  # a blank name is no name: nothing personal is kept
    assert live_service.store.count() == 1 and live_service.store.comments(personal=True)[0].comment.author is None


def test_a_body_that_readers_could_read_differently_is_refused(live_service):
    twice = '{"text": "Подкрепям плана.", "text": "Против съм."}'.encode()  # which one did the citizen mean?
    status, answer = send_to_service(live_service.url, twice)
    assert status == 400 and answer["error"]["field"] == "body"
    assert answer["error"]["en"] == 'the key "text" appears twice in one object'
    assert answer["error"]["bg"] == 'ключът "text" се среща два пъти в един обект'
    for word in ("NaN", "Infinity", "-Infinity"):  # Python reads them; JSON has no such numbers
        body = ('{"text": "x", "target": {"geometry": {"type": "Point", "coordinates": [%s, 42.665]}}}' % word).encode()
        status, answer = send_to_service(live_service.url, body)
        assert status == 400 and answer["error"]["en"] == f"{word} is not a number JSON allows", answer
        assert answer["error"]["bg"] == f"{word} не е число, което JSON допуска"
    assert live_service.store.count() == 0


def _refusal(url: str, method: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=10) as answer:
            return answer.status, "", answer.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Allow", ""), exc.read().decode("utf-8")


def test_the_frameworks_own_refusals_speak_bulgarian_too(live_service):
    status, allow, body = _refusal(live_service.url + "api/comments", "PUT")
    error = json.loads(body)["error"]
    assert status == 405 and "POST" in allow.split(", ")
    assert error["en"] == "this address does not take this kind of request"
    assert error["bg"] == "този адрес не приема такъв вид заявка"
    status, _, body = _refusal(live_service.url + "api/no-such-thing", "GET")
    assert status == 404 and json.loads(body)["error"]["bg"] == "на този адрес няма нищо"
    status, _, body = _refusal(live_service.url + "no-such-page.html", "GET")  # a mistyped link in a browser
    assert status == 404 and body == "404 there is nothing at this address / на този адрес няма нищо\n"


def test_a_retry_after_the_close_gets_the_receipt_of_the_comment_sent_in_time(package_dir, tmp_path):
    from datetime import UTC, datetime, timedelta

    from participation.package_reader import open_package
    from participation.service.app import ServiceLimits, create_app
    from participation.service.ratelimit import RateLimit
    from participation.service.storage import SqliteCommentStore

    package = open_package(package_dir)
    end = package.settings.end  # Europe/Sofia: the last day ends at 22:00 UTC in winter, 21:00 in summer
    offset = datetime(end.year, end.month, end.day, 12, tzinfo=UTC).astimezone(package.settings.opens_at().tzinfo)
    midnight = datetime(end.year, end.month, end.day, tzinfo=UTC) + timedelta(days=1) - offset.utcoffset()
    clock = [midnight - timedelta(seconds=1)]
    store = SqliteCommentStore(tmp_path / "c.db")
    app = create_app(package, store, clock=lambda: clock[0], limits=ServiceLimits(requests=RateLimit(100, 60)))
    service = LiveService(app)  # noqa: F405 - from consultation_fixtures
    try:
        def send(text: str, key: str) -> tuple[int, dict]:
            request = urllib.request.Request(service.url + "api/comments", data=json.dumps({"text": text}).encode(),
                                             headers={"Content-Type": "application/json", "Idempotency-Key": key})
            try:
                with urllib.request.urlopen(request, timeout=10) as answer:
                    return answer.status, json.loads(answer.read())
            except urllib.error.HTTPError as exc:
                return exc.code, json.loads(exc.read())

        key = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
        status, first = send("Последна минута.", key)  # 23:59:59 in Sofia: in time; the answer gets lost
        assert status == 201
        clock[0] = midnight + timedelta(seconds=1)  # 00:00:01: the viewer retries
        status, again = send("Последна минута.", key)
        assert status == 200 and (again["id"], again["reference"]) == (first["id"], first["reference"])
        status, late = send("Друго, закъсняло.", key)  # the key does not let a new comment in after the close
        assert status == 403 and late["error"]["field"] == "period"
        status, late = send("Последна минута.", "0d4f6b3e-5d2a-4b8c-9e1f-2a3b4c5d6e7f")
        assert status == 403 and store.count() == 1
    finally:
        service.stop()


def test_a_wrong_type_is_refused_not_taken_for_nothing(live_service):
    wrong = [({"target": []}, "target"), ({"target": 0}, "target"), ({"target": ""}, "target"),
             ({"target": {"zones": 0}}, "zones"), ({"target": {"zones": ""}}, "zones"),
             ({"package_id": 0}, "package_id"), ({"package_id": False}, "package_id"),
             ({"version": True}, "version"), ({"version": 1.0}, "version")]
    for extra, field in wrong:
        status, answer = post_to_service(live_service.url, {"text": "Становище.", **extra})
        assert status == 422 and answer["error"]["field"] == field, (extra, status, answer)
    assert live_service.store.count() == 0
    # what the comment-file format itself writes for "nothing" still means nothing
    status, _ = post_to_service(live_service.url, {"text": "Становище.", "version": 1, "package_id": "",
                                         "target": {"zones": [], "paragraph": None, "geometry": None}})
    assert status == 201
