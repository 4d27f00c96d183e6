"""Wording helpers: catalogue messages filled with CLDR-formatted times, days, lists and durations.

Sentences come from the gettext catalogues (``generator/locale``) of the
rendering language; day names, lists, times and dates come from Babel's CLDR
data for the same language, never from joined translated words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from markupsafe import Markup
from string import Formatter
from functools import wraps

from generator.derive.weekly import day_groups
from generator.model.values import MINUTES_PER_DAY, Duration, TimeRange, WeeklyHours
from generator.messages import catalogue
from generator.render import cldr
from generator.render.i18n import babel_locale, plural_categories, translations
from generator.render.safe_text import plain

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _remembered(method: Callable[..., str]) -> Callable[..., str]:
    """Keep a ``Words`` method's sentences by its arguments: pages word the same times and promises many times,
    and Babel's formatting is slow. Only for methods whose arguments are hashable values that equal only when
    they are worded the same."""
    name = method.__name__

    @wraps(method)
    def remembered(self: Words, *args: object) -> str:
        key = (name, *args)
        try:
            return self._memo[key]
        except KeyError:
            text = self._memo[key] = method(self, *args)
            return text

    return remembered


def capitalized(text: str) -> str:
    """``lundi à vendredi`` as the start of a line: ``Lundi à vendredi`` (scripts without case are unchanged)."""
    return text[:1].upper() + text[1:]


class Words:
    """Sentences for one language, and times in one policy's time zone.

    ``locale`` is the policy's ``business.locale``; ``language`` (default: the
    same) is the language the pages are written in, for a site published in
    several languages.
    """

    def __init__(self, locale: str, timezone: str, language: str | None = None):
        self.language = language or locale
        self.translations = translations(self.language)
        self.timezone = timezone
        self._weekly: dict[WeeklyHours, list[str]] = {}
        self._memo: dict[tuple[object, ...], str] = {}
        self.cldr = str(babel_locale(self.language))
        """The CLDR locale (``en_US``) of the questions asked of ``generator.render.cldr``."""
        self._days = cldr.day_names(self.cldr, "wide")
        self._short_days = cldr.day_names(self.cldr, "abbreviated")

    # --- catalogue access (named %(name)s placeholders) ---
    def __call__(self, key: str, **params: object) -> str:
        """A keyed message of ``generator.messages`` (``str.format`` placeholders), translated."""
        return catalogue(self.language)[key].format(**params)

    def rich(self, key: str, **params: object) -> Markup:
        """A keyed message whose parameters may be ``Markup`` (links); everything else is made safe."""
        out = []
        for literal, name, _spec, _conv in Formatter().parse(catalogue(self.language)[key]):
            out.append(plain(literal) if literal else "")
            if name is not None:
                value = params[name]
                out.append(value if isinstance(value, Markup) else plain(str(value)))
        return Markup("".join(out))

    def gettext(self, message: str, **params: object) -> str:
        text = self.translations.gettext(message)
        return text % params if params else text

    def ngettext(self, singular: str, plural: str, n: int, **params: object) -> str:
        return self.translations.ngettext(singular, plural, n) % {"n": n, **params}

    def pgettext(self, context: str, message: str, **params: object) -> str:
        text = self.translations.pgettext(context, message)
        return text % params if params else text

    @staticmethod
    def fill_markup(text: str, params: dict[str, object]) -> Markup:
        """A translated message as Markup: its own text trusted, each parameter made safe unless it is Markup."""
        out = []
        last = 0
        for match in _PLACEHOLDER.finditer(text):
            out.append(text[last : match.start()].replace("%%", "%"))
            value = params[match.group(1)]
            out.append(value if isinstance(value, Markup) else plain(str(value)))
            last = match.end()
        out.append(text[last:].replace("%%", "%"))
        return Markup("".join(out))

    # --- lists and names ---
    def join(self, items: list[str], word: str = "and") -> str:
        """``A, B and C`` (or ``A, B or C``) with the language's CLDR list patterns."""
        if not items:
            return ""
        return cldr.list_text(self.cldr, list(items), "or" if word == "or" else "standard")

    def join_markup(self, items: list[Markup], word: str = "and") -> Markup:
        """Like ``join`` for pieces that are already markup (links); the list's own words are made safe."""
        if len(items) < 2:
            return Markup("".join(items))
        tokens = [f"\x00{i}\x00" for i in range(len(items))]
        pattern = self.join(tokens, word)
        out = []
        for index, piece in enumerate(pattern.split("\x00")):
            out.append(items[int(piece)] if index % 2 else plain(piece))
        return Markup("".join(out))

    def day(self, index: int) -> str:
        return self._days[index]

    def short_day(self, index: int) -> str:
        return self._short_days[index]

    @_remembered
    def language_name(self, tag: str) -> str:
        name = cldr.display_name(str(babel_locale(tag)), self.cldr) or tag
        return capitalized(name)

    @_remembered
    def languages(self, tags: tuple[str, ...]) -> str:
        return self.join([self.language_name(t) for t in tags])

    def review_kind(self, kind: str) -> str:
        if kind == "all":
            return self.gettext("every review")
        if kind == "negative":
            return self.gettext("negative reviews")
        return self.gettext("reviews that ask a question")

    def review_kinds(self, kinds: tuple[str, ...]) -> str:
        return self.join([self.review_kind(k) for k in kinds if k != "none"])

    def review_promise(self, d: Duration) -> str:
        if d.in_days:
            if d.days == 1:
                return self.gettext("usually within one working day")
            return self.ngettext("usually within %(n)s working day", "usually within %(n)s working days", d.days)
        return self.gettext("usually within %(duration)s", duration=self.duration(d))

    def zone_name(self) -> str:
        """The zone's name alone (``Atlantic Time``), for text that is already in parentheses."""
        if self.timezone in ("UTC", "Etc/UTC"):
            return "UTC"
        return cldr.zone_name(self.cldr, self.timezone)

    def zone(self) -> str:
        name = self.zone_name()
        if name == "UTC":
            return name
        city = cldr.zone_city(self.cldr, self.timezone)
        return self.gettext("%(name)s (%(city)s)", name=name, city=city) if city and city not in name else name

    # --- times and hours ---
    @_remembered
    def time(self, minutes: int) -> str:
        minutes %= MINUTES_PER_DAY
        text = cldr.short_time(self.cldr, minutes)
        return text.replace("\u202f", "\u00a0")

    def range(self, r: TimeRange) -> str:
        if r.end == MINUTES_PER_DAY:
            end = self.gettext("midnight")
        elif r.overnight:
            end = self.gettext("%(time)s the next day", time=self.time(r.end))
        else:
            end = self.time(r.end)
        return self.gettext("%(start)s to %(end)s", start=self.time(r.start), end=end)

    @_remembered
    def ranges(self, ranges: tuple[TimeRange, ...]) -> str:
        if not ranges:
            return self.gettext("closed")
        return self.join([self.range(r) for r in ranges])

    def days(self, first: int, last: int) -> str:
        if first == 0 and last == 6:
            return self.gettext("Every day")
        if first == last:
            return self.day(first)
        if last == first + 1:
            return self.gettext("%(first)s and %(last)s", first=self.day(first), last=self.day(last))
        return self.gettext("%(first)s to %(last)s", first=self.day(first), last=self.day(last))

    def weekly(self, hours: WeeklyHours) -> list[str]:
        """One line per run of days with the same hours, Monday first (worded once per schedule)."""
        if hours not in self._weekly:
            self._weekly[hours] = self._weekly_lines(hours)
        return self._weekly[hours]

    def _weekly_lines(self, hours: WeeklyHours) -> list[str]:
        if hours.always:
            return [self.gettext("Around the clock, every day")]
        if not any(hours.days):
            return [self.gettext("No regular staffed hours")]
        return [
            capitalized(self.gettext("%(days)s: %(ranges)s", days=self.days(g.first, g.last), ranges=self.ranges(g.ranges)))
            for g in day_groups(hours)
        ]

    def moment(self, local: datetime) -> str:
        """A wall time with its weekday: ``Monday at 8:30 a.m.``."""
        return self.gettext("%(weekday)s at %(time)s", weekday=self.day(local.weekday()), time=self.time(local.hour * 60 + local.minute))

    def sentence(self, text: str) -> str:
        """End ``text`` with one full stop (a time such as ``8:30 a.m.`` may already end with one)."""
        stop = self.pgettext("end of a sentence", ".")
        return text if text.endswith(stop) else text + stop

    @_remembered
    def long_date(self, day: date) -> str:
        return cldr.full_date(self.cldr, day)

    # --- durations and promises ---
    def hours_text(self, n: int, number: object = None) -> str:
        """``1 hour``, ``3 hours`` in the language's plural form for ``n`` (``number`` replaces the digits)."""
        return self.translations.ngettext("%(n)s hour", "%(n)s hours", n) % {"n": n if number is None else number}

    def minutes_text(self, n: int, number: object = None) -> str:
        return self.translations.ngettext("%(n)s minute", "%(n)s minutes", n) % {"n": n if number is None else number}

    def duration(self, d: Duration) -> str:
        hours, minutes = divmod(d.minutes, 60)
        if hours and minutes:
            return self.gettext("%(hours)s %(minutes)s", hours=self.hours_text(hours), minutes=self.minutes_text(minutes))
        return self.hours_text(hours) if hours else self.minutes_text(minutes)

    def ordinal(self, n: int) -> str:
        """``second``, ``third``... for the day-based promise (``6th`` beyond the fifth)."""
        words = {
            2: self.pgettext("ordinal", "second"),
            3: self.pgettext("ordinal", "third"),
            4: self.pgettext("ordinal", "fourth"),
            5: self.pgettext("ordinal", "fifth"),
        }
        return words.get(n) or self.pgettext("ordinal", "%(n)sth", n=n)

    def promise_short(self, d: Duration) -> str:
        """``within 1 hour``, ``by the end of the next staffed day``: for use inside a sentence."""
        if d.in_days:
            if d.days == 1:
                return self.gettext("by the end of the next staffed day")
            return self.ngettext("within %(n)s staffed day", "within %(n)s staffed days", d.days)
        return self.gettext("within %(duration)s", duration=self.duration(d))

    def week_moment(self, minutes: int) -> str:
        """``Saturday at 9:00 a.m.`` for a time given in minutes from Monday 00:00."""
        day, minute = divmod(minutes % (7 * MINUTES_PER_DAY), MINUTES_PER_DAY)
        return self.gettext("%(weekday)s at %(time)s", weekday=self.day(day), time=self.time(minute))

    @_remembered
    def promise(self, d: Duration, always: bool = False) -> str:
        """The public reply promise in one sentence."""
        if d.in_days:
            if d.days == 1:
                return self.gettext(
                    "We reply by the end of the next day we are staffed (the same day if you write before we open)."
                )
            return self.gettext(
                "We reply by the end of the %(nth)s day we are staffed after your message.", nth=self.ordinal(d.days)
            )
        if always:
            return self.gettext("We reply within %(duration)s, at any hour.", duration=self.duration(d))
        return self.gettext("We reply within %(duration)s while staffed.", duration=self.duration(d))

    def example(self, sent: datetime, deadline: datetime) -> str:
        """A worked example as a sentence: ``Message us Saturday at 4:30 p.m.: we reply by Monday at 8:30 a.m.``"""
        return self.sentence(
            self.gettext("Message us %(sent)s: we reply by %(deadline)s", sent=self.moment(sent), deadline=self.moment(deadline))
        )

    # --- the live status line, for scripts ---
    def status_messages(self) -> dict[str, str]:
        """The live status wording with ``{name}`` placeholders (see ``i18n.status_strings``)."""

        def braces(text: str) -> str:
            return _PLACEHOLDER.sub(lambda m: "{" + m.group(1) + "}", text).replace("%%", "%")

        _ = self.translations.gettext
        other = self._plural_other()
        return {
            "status.open": braces(_("Staffed now · replies within about %(duration)s")),
            "status.open.days": braces(_("Staffed now")),
            "status.closed": braces(_("Closed now · opens %(when)s")),
            "status.closed.your_time": braces(_("Closed now · opens %(when)s (%(local)s your time)")),
            "status.reply_by": braces(_("Write now and we reply by %(when)s.")),
            "status.reply_by.your_time": braces(_("Write now and we reply by %(when)s (%(local)s your time).")),
            "status.today": braces(_("today %(time)s")),
            "status.tomorrow": braces(_("tomorrow %(time)s")),
            "status.weekday": braces(_("%(weekday)s %(time)s")),
            "status.date": braces(_("%(date)s %(time)s")),
            "duration.minutes": self.minutes_text(other, "{n}"),
            "duration.minute": self.minutes_text(1),
            "duration.hours": self.hours_text(other, "{n}"),
            "duration.hour": self.hours_text(1),
            "duration.mixed": braces(_("%(hours)s %(minutes)s")),
        }

    def status_room(self) -> tuple[str, str]:
        """Two sample lines as long as the longest live status lines in this language.

        The page keeps the status element's room with them (invisible) while the
        script loads the data, so the real lines, however they wrap, never make
        it taller. The first is the longest status line (closed, with the
        visitor's time beside the business's), the second the longest reply-by
        line; both with the language's longest weekday, date and time from CLDR.
        """
        messages = self.status_messages()

        def fill(key: str, **values: str) -> str:
            return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), messages[key])

        def longest(*texts: str) -> str:
            return max(texts, key=len)

        clock = longest(*(self.time(hour * 60 + 58) for hour in range(24)))
        weekday = longest(*(self.day(i) for i in range(7)))
        month_day = longest(*(cldr.skeleton(self.cldr, "MMMd", date(2026, month, 28)) for month in range(1, 13)))
        when = longest(
            fill("status.today", time=clock),
            fill("status.tomorrow", time=clock),
            fill("status.weekday", weekday=weekday, time=clock),
            fill("status.date", date=month_day, time=clock),
        )
        local = longest(clock, fill("status.weekday", weekday=weekday, time=clock))
        counts = plural_categories(self.language).values()
        hours = longest(*(self.hours_text(n, "88") for n in counts))
        minutes = longest(*(self.minutes_text(n, "88") for n in counts))
        status = longest(
            fill("status.closed.your_time", when=when, local=local),
            fill("status.closed", when=when),
            fill("status.open", duration=fill("duration.mixed", hours=hours, minutes=minutes)),
            fill("status.open.days"),
        )
        reply = longest(fill("status.reply_by.your_time", when=when, local=local), fill("status.reply_by", when=when))
        return status, reply

    def _plural_other(self) -> int:
        """A number in the ``other`` plural category (the form for most counts)."""
        numbers = [10, 11, 20, 100, 0, 5]
        return next(n for n, category in zip(numbers, cldr.plural_samples(self.cldr, numbers)) if category == "other")
