"""The message catalogue: the sentences and labels the generator writes outside its templates.

Messages are ``str.format`` patterns keyed by language. English is the only
catalogue so far; a policy in another locale gets English wording with its
own locale's time formats (see the README).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "day.0": "Monday",
        "day.1": "Tuesday",
        "day.2": "Wednesday",
        "day.3": "Thursday",
        "day.4": "Friday",
        "day.5": "Saturday",
        "day.6": "Sunday",
        "day.short.0": "Mon",
        "day.short.1": "Tue",
        "day.short.2": "Wed",
        "day.short.3": "Thu",
        "day.short.4": "Fri",
        "day.short.5": "Sat",
        "day.short.6": "Sun",
        "days.span": "{first} to {last}",
        "days.pair": "{first} and {last}",
        "days.every": "Every day",
        "hours.always": "Around the clock, every day",
        "hours.range": "{start} to {end}",
        "hours.next_day": "{time} the next day",
        "hours.midnight": "midnight",
        "hours.closed": "closed",
        "hours.group": "{days}: {ranges}",
        "hours.never": "No regular staffed hours",
        "list.and": "{items} and {last}",
        "list.or": "{items} or {last}",
        "duration.minutes": "{n} minutes",
        "duration.minute": "1 minute",
        "duration.hours": "{n} hours",
        "duration.hour": "1 hour",
        "duration.mixed": "{hours} {minutes}",
        "promise.time": "We reply within {duration} while staffed.",
        "promise.time.always": "We reply within {duration}, at any hour.",
        "promise.day.1": "We reply by the end of the next day we are staffed (the same day if you write before we open).",
        "promise.day.n": "We reply by the end of the {nth} day we are staffed after your message.",
        "ordinal.2": "second",
        "ordinal.3": "third",
        "ordinal.4": "fourth",
        "ordinal.5": "fifth",
        "ordinal.n": "{n}th",
        "role.answered": "Answered",
        "role.announcements": "Announcements only",
        "announcements.body": "We post news here but do not read or answer messages on this channel.",
        "announcements.help": "For help, use {channels}.",
        "zone": "{name} ({city})",
        "faq.answer_on": "Do you answer on {channel}?",
        "faq.how_fast": "How fast do you reply?",
        "faq.closed": "What happens if I write when you are closed?",
        "faq.topic": "{topic}: where do I go?",
        "faq.accounts": "Which accounts are really yours?",
        "faq.reviews": "Do you answer reviews?",
        "faq.languages": "In which languages can I write to you?",
        "reviews.all": "every review",
        "reviews.negative": "negative reviews",
        "reviews.questions": "reviews that ask a question",
        "reviews.within": "usually within {duration}",
        "reviews.within.day": "usually within one working day",
        "reviews.within.days": "usually within {n} working days",
        "status.open": "Staffed now · replies within about {duration}",
        "status.open.days": "Staffed now",
        "status.closed": "Closed now · opens {when}",
        "status.closed.your_time": "Closed now · opens {when} ({local} your time)",
        "status.reply_by": "Write now and we reply by {when}.",
        "status.reply_by.your_time": "Write now and we reply by {when} ({local} your time).",
        "status.today": "today {time}",
        "status.tomorrow": "tomorrow {time}",
        "status.weekday": "{weekday} {time}",
        "status.date": "{date} {time}",
        "example.intro": "For example:",
        "example": "Message us {sent}: we reply by {deadline}",
        "example.when": "{weekday} at {time}",
        "closures.none": "No closures or special hours in the next {days} days.",
        "closures.closed": "closed",
        "closures.holiday": "public holiday",
        "closures.public_holidays": "Public holidays ({region}) close every channel that is not staffed around the clock, unless a date above says otherwise.",
        "live.note": "Each channel on the home page shows whether it is staffed right now, in your own time zone.",
        "chart.title": "Staffed hours of each channel over a week",
        "chart.zone": "All times are {zone}.",
        "page.hours.title": "Hours and closures",
        "page.hours.description": "When each {business} channel is staffed, week by week, and the closures coming up.",
        "page.index.title": "How to reach us",
        "page.index.description": "How to reach {business}: which channels are answered, when they are staffed and how fast we reply.",
        "page.help.title": "Where to get help",
        "page.help.description": "Which {business} channel to use for each kind of problem, urgent ones first.",
        "page.faq.title": "Frequently asked questions",
        "page.faq.description": "Answers to common questions about contacting {business}: channels, hours, reply times and languages.",
        "page.accounts.title": "Official accounts",
        "page.accounts.description": "The accounts, addresses and numbers that really belong to {business}.",
    }
}

FALLBACK = "en"


def catalogue(locale: str) -> dict[str, str]:
    """The messages for ``locale`` (``en-CA`` uses ``en``), falling back to English."""
    language = locale.replace("_", "-").split("-")[0].lower()
    return MESSAGES.get(language, MESSAGES[FALLBACK])
