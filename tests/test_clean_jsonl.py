"""clean_jsonl: the `pipeline clean` JSON Lines contract; bad lines never stop the stream."""

from __future__ import annotations

import json

from pipeline.clean import clean_jsonl

PAGE = (
    '<html lang="en"><head><title>Dairy deal</title>'
    '<meta property="article:published_time" content="2025-01-02T03:04:05Z"></head>'
    "<body><article><p>Canada and the United States reached a deal on dairy quotas, "
    "officials said, ending a long dispute.</p></article></body></html>"
)


def _run(*lines: str) -> list[dict[str, object]]:
    return [json.loads(out) for out in clean_jsonl(lines)]


def test_good_line() -> None:
    [out] = _run(json.dumps({"id": "a1", "html": PAGE, "url": "https://x.example/a"}))
    assert out == {
        "id": "a1",
        "text": "Canada and the United States reached a deal on dairy quotas, "
        "officials said, ending a long dispute.",
        "title": "Dairy deal",
        "published": "2025-01-02T03:04:05+00:00",
        "language": "en",
    }


def test_bad_lines_yield_errors_and_processing_goes_on() -> None:
    outs = _run(
        "{not json",
        json.dumps({"html": PAGE}),
        json.dumps({"id": 7}),
        json.dumps({"id": "e", "html": ""}),
        json.dumps({"id": "n", "html": 42}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "ok", "html": PAGE}),
    )
    assert [o["id"] for o in outs] == [None, None, 7, "e", "n", None, "ok"]
    errors = [str(o["error"]) for o in outs[:-1]]
    assert errors[0].startswith("line 1: invalid JSON")
    assert errors[1] == "line 2: missing 'id'"
    assert errors[2] == "line 3: missing 'html'"
    assert errors[3] == "line 4: empty document"
    assert errors[4] == "line 5: 'html' must be a string"
    assert errors[5] == "line 6: expected a JSON object"
    assert "error" not in outs[-1]
    assert outs[-1]["title"] == "Dairy deal"


def test_published_null_and_unicode_kept() -> None:
    html = "<p>Québec\u2019s maple syrup exports rose, producers said, to record levels.</p>"
    [out] = _run(json.dumps({"id": 1, "html": html}))
    assert out["published"] is None
    assert out["language"] is None
    assert (
        out["text"] == "Québec\u2019s maple syrup exports rose, producers said, to record levels."
    )


def test_output_lines_are_single_lines() -> None:
    outs = list(clean_jsonl([json.dumps({"id": "a", "html": "<p>x</p>\n<p>y</p>"})]))
    assert len(outs) == 1
    assert "\n" not in outs[0]
