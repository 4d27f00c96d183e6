"""Reading conversation logs: located problems with exact text, hostile input, helpdesk export recipes."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from generator.load.conversation_log import MAX_LOG_BYTES, read_log
from generator.load.log_columns import PRESETS, Columns, MappingError, parse_channel_map, parse_columns

FIXTURES = Path(__file__).parent / "fixtures" / "logs"
HALIFAX = ZoneInfo("America/Halifax")
UTC = timezone.utc


def problems(text: str | bytes, columns: Columns | None = None, zone: ZoneInfo | None = None) -> list[str]:
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    return [p.format() for p in read_log(raw, "responses.csv", columns, zone).problems]


def rows(text: str | bytes, columns: Columns | None = None, zone: ZoneInfo | None = None):  # type: ignore[no-untyped-def]
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    read = read_log(raw, "responses.csv", columns, zone)
    assert read.problems == []
    return read.rows


HEADER = "id,channel,received_at,first_reply_at,exclude\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            HEADER + "a,x,2026-11-02T10:00:00Z,,\n" * 15 + "b,x,2026-13-01 10:00,,\n",
            ["responses.csv:17:3: error: received_at: '2026-13-01 10:00' is not a date and time"],
            id="not-a-date-as-in-the-spec",
        ),
        pytest.param(
            HEADER + "a,x,2026-11-02 10:00,,\n",
            ["responses.csv:2:3: error: received_at: '2026-11-02 10:00' has no time zone; add Z or an offset such as "
             "-04:00, or pass --log-timezone ZONE to say which zone the log's times are in"],
            id="no-offset",
        ),
        pytest.param(
            HEADER + "a,x,2026-11-02T10:00:00Z,2026-11-02,\n",
            ["responses.csv:2:4: error: first_reply_at: '2026-11-02' is not a date and time"],
            id="date-without-time",
        ),
        pytest.param(
            HEADER + "a,x,2026-11-02T10:00:00Z,2026-11-02T09:59:59Z,\n",
            ["responses.csv:2:4: error: first_reply_at: '2026-11-02T09:59:59Z' is before received_at "
             "'2026-11-02T10:00:00Z'; the first reply cannot come before the message"],
            id="reply-before-receipt",
        ),
        pytest.param(
            "id,channel,first_reply_at\na,x,\n",
            ["responses.csv:1:1: error: missing column 'received_at'; the header is the first row"],
            id="missing-column",
        ),
        pytest.param(
            "id,Channel,received_at,first_reply_at\na,x,2026-11-02T10:00:00Z,\n",
            ["responses.csv:1:1: error: missing column 'channel'; did you mean 'Channel'?; the header is the first row"],
            id="missing-column-did-you-mean",
        ),
        pytest.param(
            "channel,received_at,first_reply_at,channel\n",
            ["responses.csv:1:4: error: the column 'channel' appears twice (columns 1 and 4); keep one"],
            id="duplicate-column",
        ),
        pytest.param(b"", ["responses.csv:1:1: error: the file is empty; a log starts with the header row channel,received_at,first_reply_at"], id="empty"),
        pytest.param(b"\xef\xbb\xbf \r\n", ["responses.csv:1:1: error: the file is empty; a log starts with the header row channel,received_at,first_reply_at"], id="bom-and-blank"),
        pytest.param(
            (HEADER + "a,x,2026-11-02T10:00:00Z,,Caf").encode() + b"\xe9\n",
            ["responses.csv:2:30: error: the file is not UTF-8 (byte 0xE9 cannot be read); save it as CSV UTF-8"],
            id="not-utf8",
        ),
        pytest.param(
            HEADER + "a,x,2026-11-02T10:00:00Z,\0,\n",
            ["responses.csv:2:26: error: the file contains a NUL character; a log is plain text (save it as CSV UTF-8)"],
            id="nul",
        ),
        pytest.param(
            HEADER + "a,x,2026-11-02T10:00:00Z,,,extra\n",
            ["responses.csv:2:6: error: the row has 6 fields but the header has 5; quote fields that contain commas"],
            id="too-many-fields",
        ),
        pytest.param(
            HEADER + "a,x,2026-11-02T10:00:00Z\n",
            ["responses.csv:2:4: error: the row has 3 fields but the header has 5"],
            id="too-few-fields",
        ),
        pytest.param(
            HEADER + "a,,2026-11-02T10:00:00Z,,\n",
            ["responses.csv:2:2: error: channel: empty; name the channel"],
            id="empty-channel",
        ),
        pytest.param(
            HEADER + f"{'x' * 201},x,2026-11-02T10:00:00Z,,\n",
            ["responses.csv:2:1: error: id: longer than 200 characters"],
            id="long-id",
        ),
        pytest.param(
            HEADER + 'a,x,2026-11-02T10:00:00Z,"unclosed,\n',
            ["responses.csv:2:1: error: the row cannot be read as CSV: unexpected end of data; check its quotes"],
            id="unclosed-quote",
        ),
    ],
)
def test_problem_text(text: str | bytes, expected: list[str]) -> None:
    assert problems(text) == expected


def test_every_problem_of_a_file_in_one_run_with_physical_lines() -> None:
    text = (
        HEADER
        + 'a,x,2026-11-02T10:00:00Z,,"a note\nover\nthree lines"\n'  # lines 2-4
        + "b,x,yesterday,soon,\n"  # line 5
        + "c,x,2026-11-02T10:00:00Z,2026-11-01T10:00:00Z,\n"  # line 6
    )
    assert problems(text) == [
        "responses.csv:5:3: error: received_at: 'yesterday' is not a date and time",
        "responses.csv:5:4: error: first_reply_at: 'soon' is not a date and time",
        "responses.csv:6:4: error: first_reply_at: '2026-11-01T10:00:00Z' is before received_at "
        "'2026-11-02T10:00:00Z'; the first reply cannot come before the message",
    ]
    read = read_log(text.encode(), "responses.csv")
    assert [r.line for r in read.rows] == [2]


def test_problems_per_file_are_capped() -> None:
    found = problems(HEADER + "a,x,bad,,\n" * 500)
    assert len(found) == 201
    assert found[-1] == "responses.csv:201:1: error: more than 200 problems; stopped reading the file here"


def test_oversized_file_is_refused_before_reading() -> None:
    assert problems(b"x" * (MAX_LOG_BYTES + 1)) == [
        "responses.csv:1:1: error: the file is larger than 200 MiB; split the log by date"
    ]


def test_huge_field_stops_the_file_with_a_located_problem() -> None:
    found = problems(HEADER + 'a,x,2026-11-02T10:00:00Z,,"' + "y" * 200_000 + '"\n')
    assert found == ["responses.csv:2:1: error: the row cannot be read as CSV: field larger than field limit (131072); check its quotes"]


def test_bom_crlf_blank_lines_and_other_columns() -> None:
    text = "\ufeffnotes,id,channel,received_at,first_reply_at\r\n\r\nhi,a,x,2026-11-02T10:00:00-04:00,2026-11-02T14:30:00Z\r\n"
    [row] = rows(text)
    assert row.line == 3
    assert row.channel_col == 3
    assert row.received_at == datetime(2026, 11, 2, 14, 0, tzinfo=UTC)
    assert row.first_reply_at == datetime(2026, 11, 2, 14, 30, tzinfo=UTC)
    assert not hasattr(row, "notes")
    assert row.id == "a" and not row.excluded


def test_exclude_is_any_non_empty_value_and_skips_order_checks() -> None:
    [row] = rows(HEADER + "a,x,2026-11-02T10:00:00Z,2026-11-01T10:00:00Z,spam\n")
    assert row.excluded
    [row] = rows(HEADER + "a,x,2026-11-02T10:00:00Z,,  \n")
    assert not row.excluded


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2026-11-02T16:55:00Z", datetime(2026, 11, 2, 16, 55, tzinfo=UTC)),
        ("2026-11-02T12:55:00-04:00", datetime(2026, 11, 2, 16, 55, tzinfo=UTC)),
        ("2026-11-02 12:55-04:00", datetime(2026, 11, 2, 16, 55, tzinfo=UTC)),
        ("2026-11-02 12:55:00 -0400", datetime(2026, 11, 2, 16, 55, tzinfo=UTC)),
        ("2026-11-02T16:55:00.250+00:00", datetime(2026, 11, 2, 16, 55, 0, 250000, tzinfo=UTC)),
    ],
)
def test_timestamps_with_offsets(text: str, utc: datetime) -> None:
    [row] = rows(HEADER + f"a,x,{text},,\n")
    assert row.received_at == utc


def test_log_timezone_reads_wall_times_with_the_policy_rules() -> None:
    # 2026-03-08 02:30 does not exist in New York (moves forward to 03:30 EDT); 2026-11-01 01:30 is ambiguous (first: EDT).
    new_york = ZoneInfo("America/New_York")
    read = rows(HEADER + "a,x,2026-03-08 02:30,,\nb,x,2026-11-01 01:30,,\n", zone=new_york)
    assert [r.received_at for r in read] == [
        datetime(2026, 3, 8, 7, 30, tzinfo=UTC),
        datetime(2026, 11, 1, 5, 30, tzinfo=UTC),
    ]


# --- hostile input -----------------------------------------------------------------------------


def test_hostile_values_are_read_as_plain_text() -> None:
    text = HEADER + '"=cmd|\' /C calc\'!A0",x,2026-11-02T10:00:00Z,,\n"@SUM(1+1)",x,2026-11-02T10:00:00Z,,\n'
    assert [r.id for r in rows(text)] == ["=cmd|' /C calc'!A0", "@SUM(1+1)"]


def test_very_long_timestamp_is_quoted_short() -> None:
    assert problems(HEADER + f"a,x,{'9' * 5000},,\n") == [
        f"responses.csv:2:3: error: received_at: '{'9' * 57}...' is not a date and time"
    ]


# --- mappings and presets ----------------------------------------------------------------------


def test_columns_mapping_overrides_names_and_reads_delays() -> None:
    columns = parse_columns("channel=Via,received_at=Created,first_reply_minutes=Minutes to reply,id=Ref")
    assert columns.origin == "--columns"
    text = "Ref,Via,Created,Minutes to reply\nR1,x,2026-11-02T10:00:00Z,90\nR2,x,2026-11-02T10:00:00Z,1:30:15\nR3,x,2026-11-02T10:00:00Z,\n"
    read = rows(text, columns)
    assert [r.first_reply_at for r in read] == [
        datetime(2026, 11, 2, 11, 30, tzinfo=UTC),
        datetime(2026, 11, 2, 11, 30, 15, tzinfo=UTC),
        None,
    ]
    assert problems("Ref,Via,Created,Minutes to reply\nR1,x,2026-11-02T10:00:00Z,-5\n", columns) == [
        "responses.csv:2:4: error: Minutes to reply: '-5' is not a number of minutes (or H:MM:SS)"
    ]
    assert problems("Ref,Via,Created\n", columns) == [
        "responses.csv:1:1: error: missing column 'Minutes to reply' (for first_reply_minutes, from --columns); "
        "the header is the first row"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("chanel=Via", "--columns: unknown field 'chanel'; did you mean 'channel'? (fields: channel, received_at, "
                       "first_reply_at, first_reply_minutes, first_reply_seconds, id, exclude)"),
        ("channel", "--columns: 'channel' is not NAME=VALUE; separate pairs with commas"),
        ("channel=", "--columns: channel needs a column name after '='"),
    ],
)
def test_bad_columns_mapping(text: str, message: str) -> None:
    with pytest.raises(MappingError) as caught:
        parse_columns(text)
    assert str(caught.value) == message


def test_channel_map_wins_over_the_preset_and_matches_any_case() -> None:
    columns = parse_channel_map("mail=reservations", PRESETS["zendesk"])
    text = "Id,Via,Created at,First reply time in minutes\n1,MAIL,2026-11-02 10:00,5\n2,Twitter,2026-11-02 10:00,5\n"
    assert [(r.channel, r.written_channel) for r in rows(text, columns, HALIFAX)] == [("reservations", "MAIL"), ("x", "Twitter")]


def test_zendesk_export() -> None:
    read = rows((FIXTURES / "zendesk.csv").read_bytes(), PRESETS["zendesk"], HALIFAX)
    assert [(r.id, r.channel, r.line) for r in read] == [
        ("4411", "email", 2), ("4412", "email", 3), ("4413", "x", 4), ("4414", "x", 5), ("4415", "facebook", 7),
    ]
    first = read[0]
    assert first.received_at == datetime(2026, 11, 2, 16, 55, tzinfo=UTC)  # 12:55 AST
    assert first.first_reply_at == datetime(2026, 11, 3, 9, 20, tzinfo=UTC)  # + 985 minutes
    assert read[3].first_reply_at is None


def test_zendesk_export_needs_a_zone() -> None:
    found = problems((FIXTURES / "zendesk.csv").read_bytes(), PRESETS["zendesk"])
    assert found[0] == (
        "responses.csv:2:6: error: Created at: '2026-11-02 12:55:00' has no time zone; add Z or an offset such as -04:00, "
        "or pass --log-timezone ZONE to say which zone the log's times are in"
    )
    assert len(found) == 5


def test_freshdesk_export() -> None:
    read = rows((FIXTURES / "freshdesk.csv").read_bytes(), PRESETS["freshdesk"], HALIFAX)
    assert [(r.id, r.channel, r.excluded, r.first_reply_at) for r in read] == [
        ("812", "email", False, datetime(2026, 11, 2, 13, 15, tzinfo=UTC)),
        ("813", "email", False, None),
        ("814", "email", True, None),  # outbound: counted, not scored
        ("815", "chat", False, datetime(2026, 11, 5, 14, 20, tzinfo=UTC)),
    ]


def test_front_export() -> None:
    read = rows((FIXTURES / "front.csv").read_bytes(), PRESETS["front"], HALIFAX)
    assert [(r.id, r.channel, r.excluded, r.first_reply_at) for r in read] == [
        ("msg_1a", "email", False, datetime(2026, 11, 2, 13, 30, tzinfo=UTC)),  # 09:00 AST + 1800 s
        ("msg_1b", "email", True, None),  # outbound
        ("msg_2a", "x", False, None),
        ("msg_3a", "x", False, datetime(2026, 11, 3, 15, 15, tzinfo=UTC)),  # 10:00 AST + 4500 s
    ]


def test_preset_with_a_missing_column_says_where_the_name_came_from() -> None:
    assert problems("Id,Via,Created at\n", PRESETS["zendesk"], HALIFAX) == [
        "responses.csv:1:1: error: missing column 'First reply time in minutes' (for first_reply_minutes, "
        "from --preset zendesk); the header is the first row"
    ]
