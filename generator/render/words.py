"""Wording helpers: catalogue messages filled with locale-formatted times, days and durations."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from string import Formatter

from babel import Locale
from markupsafe import Markup
from babel.dates import format_date, format_time, get_timezone_location, get_timezone_name

from generator.derive.weekly import day_groups
from generator.model.values import MINUTES_PER_DAY, Duration, TimeRange, WeeklyHours
from generator.messages import catalogue
from generator.render.safe_text import plain


class Words:
    """Sentences for one policy's locale and time zone."""

    def __init__(self, locale: str, timezone: str):
        self.messages = catalogue(locale)
        self.locale = Locale.parse(locale.replace("-", "_"))
        self.timezone = timezone
        self._weekly: dict[WeeklyHours, list[str]] = {}

    def __call__(self, key: str, **params: object) -> str:
        return self.messages[key].format(**params)

    def rich(self, key: str, **params: object) -> Markup:
        """A message whose parameters may be ``Markup`` (links); everything else is made safe."""
        out = []
        for literal, name, _spec, _conv in Formatter().parse(self.messages[key]):
            out.append(plain(literal) if literal else "")
            if name is not None:
                value = params[name]
                out.append(value if isinstance(value, Markup) else plain(str(value)))
        return Markup("".join(out))

    # --- lists and names ---
    def join(self, items: list[str], word: str = "and") -> str:
        if len(items) < 2:
            return "".join(items)
        return self(f"list.{word}", items=", ".join(items[:-1]), last=items[-1])

    def join_markup(self, items: list[Markup], word: str = "and") -> Markup:
        """Like ``join`` for pieces that are already markup (links)."""
        if len(items) < 2:
            return Markup("".join(items))
        return self.rich(f"list.{word}", items=Markup(", ").join(items[:-1]), last=items[-1])

    def day(self, index: int) -> str:
        return self(f"day.{index}")

    def short_day(self, index: int) -> str:
        return self(f"day.short.{index}")

    def language(self, tag: str) -> str:
        name = Locale.parse(tag.replace("-", "_")).get_display_name(self.locale) or tag
        return name[:1].upper() + name[1:]

    def languages(self, tags: tuple[str, ...]) -> str:
        return self.join([self.language(t) for t in tags])

    def review_kinds(self, kinds: tuple[str, ...]) -> str:
        return self.join([self(f"reviews.{k}") for k in kinds if k != "none"])

    def review_promise(self, d: Duration) -> str:
        if d.in_days:
            return self("reviews.within.days", n=d.days) if d.days > 1 else self("reviews.within.day")
        return self("reviews.within", duration=self.duration(d))

    def zone_name(self) -> str:
        """The zone's name alone (``Atlantic Time``), for text that is already in parentheses."""
        if self.timezone in ("UTC", "Etc/UTC"):
            return "UTC"
        return get_timezone_name(ZoneInfo(self.timezone), width="long", locale=self.locale)

    def zone(self) -> str:
        name = self.zone_name()
        if name == "UTC":
            return name
        city = get_timezone_location(ZoneInfo(self.timezone), locale=self.locale, return_city=True)
        return self("zone", name=name, city=city) if city and city not in name else name

    # --- times and hours ---
    def time(self, minutes: int) -> str:
        minutes %= MINUTES_PER_DAY
        text = format_time(time(minutes // 60, minutes % 60), format="short", locale=self.locale)
        return text.replace("\u202f", "\u00a0")

    def range(self, r: TimeRange) -> str:
        if r.end == MINUTES_PER_DAY:
            end = self("hours.midnight")
        elif r.overnight:
            end = self("hours.next_day", time=self.time(r.end))
        else:
            end = self.time(r.end)
        return self("hours.range", start=self.time(r.start), end=end)

    def ranges(self, ranges: tuple[TimeRange, ...]) -> str:
        if not ranges:
            return self("hours.closed")
        return self.join([self.range(r) for r in ranges])

    def days(self, first: int, last: int) -> str:
        if first == 0 and last == 6:
            return self("days.every")
        if first == last:
            return self.day(first)
        if last == first + 1:
            return self("days.pair", first=self.day(first), last=self.day(last))
        return self("days.span", first=self.day(first), last=self.day(last))

    def weekly(self, hours: WeeklyHours) -> list[str]:
        """One line per run of days with the same hours, Monday first (worded once per schedule)."""
        if hours not in self._weekly:
            self._weekly[hours] = self._weekly_lines(hours)
        return self._weekly[hours]

    def _weekly_lines(self, hours: WeeklyHours) -> list[str]:
        if hours.always:
            return [self("hours.always")]
        if not any(hours.days):
            return [self("hours.never")]
        return [
            self("hours.group", days=self.days(g.first, g.last), ranges=self.ranges(g.ranges))
            for g in day_groups(hours)
        ]

    def moment(self, local: datetime) -> str:
        """A wall time with its weekday: ``Monday at 8:30 a.m.``."""
        return self("example.when", weekday=self.day(local.weekday()), time=self.time(local.hour * 60 + local.minute))

    def sentence(self, text: str) -> str:
        """End ``text`` with one full stop (a time such as ``8:30 a.m.`` may already end with one)."""
        return text if text.endswith(".") else text + "."

    def long_date(self, day: date) -> str:
        return format_date(day, format="full", locale=self.locale)

    # --- durations and promises ---
    def duration(self, d: Duration) -> str:
        hours, minutes = divmod(d.minutes, 60)
        hour_text = self("duration.hour") if hours == 1 else self("duration.hours", n=hours)
        minute_text = self("duration.minute") if minutes == 1 else self("duration.minutes", n=minutes)
        if hours and minutes:
            return self("duration.mixed", hours=hour_text, minutes=minute_text)
        return hour_text if hours else minute_text

    def ordinal(self, n: int) -> str:
        key = f"ordinal.{n}"
        return self(key) if key in self.messages else self("ordinal.n", n=n)

    def promise_short(self, d: Duration) -> str:
        """``within 1 hour``, ``by the end of the next staffed day``: for use inside a sentence."""
        if d.in_days:
            return self("promise.short.day.1") if d.days == 1 else self("promise.short.day.n", n=d.days)
        return self("promise.short.time", duration=self.duration(d))

    def week_moment(self, minutes: int) -> str:
        """``Saturday at 9:00 a.m.`` for a time given in minutes from Monday 00:00."""
        day, minute = divmod(minutes % (7 * MINUTES_PER_DAY), MINUTES_PER_DAY)
        return self("example.when", weekday=self.day(day), time=self.time(minute))

    def promise(self, d: Duration, always: bool = False) -> str:
        """The public reply promise in one sentence."""
        if d.in_days:
            return self("promise.day.1") if d.days == 1 else self("promise.day.n", nth=self.ordinal(d.days))
        return self("promise.time.always" if always else "promise.time", duration=self.duration(d))
