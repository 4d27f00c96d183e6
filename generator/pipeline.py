"""The whole pipeline as plain functions: policy files in, pages as data out.

Adapters (the CLI, the MkDocs plugin) call these; nothing here touches the
site folder, the clock or MkDocs.
"""

from __future__ import annotations

import os
from contextlib import nullcontext
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from generator.collector import without_cycle_collection
from generator.forking import Pending, in_child
from generator.frozen import frozen
from generator.derive.pages import section_prefix
from generator.derive.public import public_view
from generator.derive.site_name import SiteIdentity, site_identity
from generator.derive.public import PublicPolicy
from generator.derive.times import site_times, special_days_ahead
from generator.load import load_text
from generator.load.files import policy_files
from generator.load.translations import tag_key, translation_paths
from generator.model.holiday_registry import asked_ahead
from generator.model.records import Policy
from generator.model.validate import load_policy, validate
from generator.model.values import ValueProblem, parse_slug
from generator.problems import PolicyError, Problem, quote
from generator.render.data import expectations_json, location_data_path, location_json, locations_json
from generator.render.incident_log import INCIDENT_LOG, incident_log_csv
from generator.render.pages import RenderedPage, faq_under_way, render_locations, render_public, render_staff
from generator.render.badges import badge_path, channel_badge
from generator.render.calendar import CLOSURES_FILE, closures_ics
from generator.render.embed import site_files
from generator.render.feed import FEED_FILE, updates_atom
from generator.render.reach import Reach
from generator.render.track_record import track_record_badges
from generator.render.urls import absolute, page_url, relative
from generator.render.words import Words

if TYPE_CHECKING:  # imported where used: with git history, a conversation log, the staff site, several policies
    from generator.derive.changes import Revision, Update
    from generator.derive.track_record import PolicyLog, Promises



@frozen
class LoadedPolicy:
    file: str
    policy: Policy


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
        return str(path) if relative.startswith("..") else relative
    except ValueError:  # another drive on Windows
        return str(path)


def load_policies(paths: list[Path]) -> list[LoadedPolicy]:
    """Load and validate every policy; raise one PolicyError with the problems of all files.

    A child process asks the holidays library meanwhile (``holiday_registry.asked_ahead``), about the years
    around this one: building usually follows.
    """
    problems: list[Problem] = []
    loaded: list[LoadedPolicy] = []
    files = policy_files(paths)
    with asked_ahead(files, datetime.now(timezone.utc).year):
        for path in files:
            name = display_path(path)
            try:
                loaded.append(LoadedPolicy(name, load_policy(path, name)))
            except PolicyError as exc:
                problems.extend(exc.problems)
    if problems:
        raise PolicyError(problems)
    return loaded


def site_policies(policies_dir: Path) -> list[LoadedPolicy]:
    """Every policy a site is built from: one, or one per location or brand."""
    files = policy_files([policies_dir]) if policies_dir.is_dir() else []
    name = display_path(policies_dir)
    if not files:
        raise PolicyError([Problem(name, 1, 1, "no policy found: add a .yaml file (see 'expectations init')")])
    loaded = load_policies(files)
    if len(loaded) > 1:
        problems = [
            Problem(lp.file, 1, 1, message)
            for lp in loaded
            if (message := section_name_problem(Path(lp.file).stem))
        ]
        stems = [Path(lp.file).stem for lp in loaded]
        problems += [
            Problem(lp.file, 1, 1, f"another policy file is also named {quote(stem)}; rename one")
            for lp, stem in zip(loaded, stems)
            if stems.count(stem) > 1
        ]
        if problems:
            raise PolicyError(problems)
    return loaded


def site_policy(policies_dir: Path) -> LoadedPolicy:
    """The policy of a single-policy site (for commands that need exactly one)."""
    loaded = site_policies(policies_dir)
    if len(loaded) > 1:
        names = ", ".join(Path(lp.file).name for lp in loaded)
        raise PolicyError(
            [Problem(display_path(policies_dir), 1, 1, f"found {len(loaded)} policies ({names}); name one with --policy")]
        )
    return loaded[0]


RESERVED_SECTIONS = frozenset({"assets", "search", "playbook", "index", "help", "hours", "faq", "accounts", "updates"})


def section_name_problem(stem: str) -> str | None:
    """Why a policy file's name cannot name its section on a several-policy site, if it cannot."""
    try:
        parse_slug(stem)
    except ValueProblem:
        return (
            f"the file name {quote(stem)} names this location's section of the site, so it must be an id "
            "(lowercase letters, digits and hyphens); rename the file"
        )
    if stem in RESERVED_SECTIONS:
        return f"the file name {quote(stem)} is taken by a page of the site; rename the file"
    return None


@frozen
class SiteContent:
    """What a build adds to a site: generated pages, data files by path from the site root, and navigation."""

    pages: list[RenderedPage]
    files: dict[str, str]
    nav: list[tuple[str | None, list[RenderedPage]]]
    """Groups of pages for a default navigation: (location name or None, pages in order)."""
    identity: SiteIdentity | None = None
    """The site name and description taken from the policies, for a configuration that leaves them to it."""


AUDIENCES = ("public", "staff")


UPDATES_SHOWN = 20


def policy_updates(loaded: LoadedPolicy, revisions: list[Revision]) -> list[Update]:
    """The latest customer-facing changes of a policy from its history, newest first.

    Versions that do not validate are passed over; the first version is shown
    as the policy being published.
    """
    from generator.derive.changes import Update, policy_changes

    zone = ZoneInfo(loaded.policy.business.timezone)
    updates: list[Update] = []
    for revision in revisions:
        try:
            after = public_view(validate(load_text(revision.after, loaded.file)))
            before = public_view(validate(load_text(revision.before, loaded.file))) if revision.before else None
        except PolicyError:
            continue
        day = datetime.fromtimestamp(revision.timestamp, timezone.utc).astimezone(zone).date()
        if before is None:
            updates.append(Update(day, (), first=True, timestamp=revision.timestamp))
        else:
            changes = policy_changes(before, after)
            if changes:
                updates.append(Update(day, tuple(changes), timestamp=revision.timestamp))
        if len(updates) == UPDATES_SHOWN:
            break
    return updates


def reach_of(public: PublicPolicy, section: str, updates: list[Update], site: SiteAddress) -> Reach:
    """Where one policy's calendar, feed (with updates) and badges are, by path from the site root."""
    prefix = section_prefix(section)
    badges = {c.id: prefix + badge_path(c.id) for c in public.answered}
    feed = prefix + FEED_FILE if updates else None
    return Reach(prefix + CLOSURES_FILE, feed, badges, site_url=site.url, directory_urls=site.directory_urls)


def reach_files(
    loaded: LoadedPolicy, public: PublicPolicy, now: datetime, section: str, updates: list[Update], site: SiteAddress,
    reach: Reach,
) -> dict[str, str]:
    """The calendar, the feed and the badges of one policy, where ``reach`` (``reach_of``) puts them."""
    scope = Path(loaded.file).stem
    words = Words(public.business.locale, public.business.timezone)
    _, days = special_days_ahead(loaded.policy, now)
    files = {reach.calendar: closures_ics(public, days, now, scope)}
    files.update({reach.badges[c.id]: channel_badge(words, c) for c in public.answered})
    if reach.feed is not None:
        page = page_url(section_prefix(section) + "updates.md", site.directory_urls)
        hrefs = (absolute(site.url, reach.feed), absolute(site.url, page)) if site.url else (FEED_FILE, relative(page, reach.feed))
        anchors = [f"update-{u.date.isoformat()}-{i}" for i, u in enumerate(updates, 1)]
        files[reach.feed] = updates_atom(public, updates, scope, *hrefs, anchors)
    return files


REACH_FORK_FROM = 500
"""Fewest channels for which a child process makes the calendar, feed and badges (see ``generator.forking``)."""


@frozen
class SiteAddress:
    """Where the site is published, when known: ``site_url`` from the configuration, and the engine's URL style."""

    url: str | None = None
    directory_urls: bool = True


def with_track_records(public: PublicPolicy, promises: Promises | None) -> PublicPolicy:
    """``generator.derive.track_record.with_track_records``, imported only when there is a log."""
    if promises is None:
        return public
    from generator.derive.track_record import with_track_records as with_records

    return with_records(public, promises)


def _section(loaded: LoadedPolicy, now: datetime, audience: str, section: str, updates: list[Update], files: dict[str, str], site: SiteAddress, promises: Promises | None = None):  # type: ignore[no-untyped-def]
    public = with_track_records(public_view(loaded.policy), promises)
    reach = reach_of(public, section, updates, site)

    def made() -> dict[str, str]:
        return reach_files(loaded, public, now, section, updates, site, reach)

    # A large policy: children render the FAQ page and make the calendar, feed and badges meanwhile.
    large = len(public.channels) >= REACH_FORK_FROM
    with faq_under_way(public, section, bool(updates)) as faq, in_child(made) if large else nullcontext(Pending(made)) as extra:
        times = site_times(loaded.policy, now)
        pages = render_public(public, times, section, updates, reach, faq=faq)
        files.update(extra.result())
    files.update(track_record_files(public, section))
    if audience == "staff":
        from generator.derive.staff import staff_view

        pages += render_staff(staff_view(loaded.policy, public, times), times, section, promises=promises.view if promises else None)
    return public, times, pages


def promises_by_file(policies: list[LoadedPolicy], logs: dict[str, PolicyLog] | None, now: datetime) -> dict[str, Promises]:
    """Each policy's conversation log (by policy file) scored as of the build time; PolicyError for every bad row."""
    problems: list[Problem] = []
    out: dict[str, Promises] = {}
    for loaded in policies:
        log = (logs or {}).get(loaded.file)
        if log is None:
            continue
        from generator.derive.track_record import promises_kept

        try:
            out[loaded.file] = promises_kept(log, loaded.policy, loaded.file, now)
        except PolicyError as exc:
            problems.extend(exc.problems)
    if problems:
        raise PolicyError(problems)
    return out


def track_record_files(public: PublicPolicy, section: str) -> dict[str, str]:
    """The track record badges (``badges/<channel>-on-time.svg``) of the channels that show one."""
    words = Words(public.business.locale, public.business.timezone)
    return track_record_badges(words, public.channels, section_prefix(section))


def in_language(loaded: LoadedPolicy, language: str) -> LoadedPolicy:
    """The policy with its own text in ``language``, from its translation file beside it (``harbor-view.fr-CA.po``).

    The policy's own language gives the policy unchanged. Strings without a
    translation (or all, without a file) stay in the policy's language, marked
    as such (``generator.derive.translate.translated``). Raises PolicyError
    when the file cannot be read.
    """
    if tag_key(language) == tag_key(loaded.policy.business.locale):
        return loaded
    from babel.messages.catalog import Catalog  # only a site in more than one language translates

    from generator.derive.translate import translated
    from generator.load.translations import read_translation

    path = Path(loaded.file)
    found = {tag_key(tag): (tag, po) for tag, po in translation_paths(path).items()}.get(tag_key(language))
    if found is None:
        catalog = Catalog(locale=language.replace("-", "_"))
    else:
        catalog = read_translation(found[1], str(path.parent / found[1].name), found[0]).catalog
    return LoadedPolicy(loaded.file, translated(loaded.policy, catalog, language)[0])


@without_cycle_collection
def build_site(
    policies: list[LoadedPolicy],
    now: datetime,
    audience: str = "public",
    history: dict[str, list[Revision]] | None = None,
    site: SiteAddress = SiteAddress(),
    language: str | None = None,
    logs: dict[str, PolicyLog] | None = None,
) -> SiteContent:
    """The generated pages and data files of a site, as of ``now``.

    One policy gives the pages at the site root. Several give one section per
    policy (named after its file), a root page listing the locations, an
    ``expectations.json`` per location in its folder, and a root one that lists
    the locations and where their data is. The public pages are the
    same for both audiences; the staff site adds the playbook and the incident
    log template. With ``history`` (revisions by policy file name, from git),
    each policy also gets a policy updates page. With ``language``, every
    policy is rendered in that language (``in_language``).
    """
    if language is not None:
        policies = [in_language(loaded, language) for loaded in policies]
    files: dict[str, str] = {}
    kept = promises_by_file(policies, logs, now)  # logs: the conversation logs by policy file (Promises kept)

    def updates(loaded: LoadedPolicy) -> list[Update]:
        revisions = (history or {}).get(Path(loaded.file).name, [])
        return policy_updates(loaded, revisions) if revisions else []

    if audience == "staff":
        for loaded in policies:
            files[section_prefix(Path(loaded.file).stem if len(policies) > 1 else "") + INCIDENT_LOG] = incident_log_csv()
    if len(policies) == 1:
        public, times, pages = _section(policies[0], now, audience, "", updates(policies[0]), files, site, kept.get(policies[0].file))
        files["expectations.json"] = expectations_json(public, times)
        files.update(site_files([public]))
        return SiteContent(pages, files, [(None, pages)], site_identity([public.business], audience))
    jobs = [
        (loaded, now, audience, Path(loaded.file).stem, updates(loaded), site, kept.get(loaded.file))
        for loaded in policies
    ]
    from generator.parallel import in_parallel

    sections = in_parallel(_location, jobs)
    home = render_locations([(own.slug, own.public) for own in sections])
    first = sections[0]
    files["expectations.json"] = locations_json([(own.slug, own.public) for own in sections], *first.horizon)
    for own in sections:
        files.update(own.files)
    files.update(site_files([own.public for own in sections]))
    pages = [home] + [page for own in sections for page in own.pages]
    nav = [(None, [home])] + [(own.public.business.name, own.pages) for own in sections]
    return SiteContent(pages, files, nav, site_identity([own.public.business for own in sections], audience))


@frozen
class _Location:
    """What a site with several policies needs of one location's section (small, since workers send it back)."""

    slug: str
    public: PublicPolicy
    horizon: tuple[datetime, datetime]
    """When its staffed data starts and ends."""
    pages: list[RenderedPage]
    files: dict[str, str]
    """Its files, its own data file among them."""


def _location(job: tuple) -> _Location:  # type: ignore[type-arg]
    """One location's section of a several-policy site."""
    loaded, now, audience, slug, updates, site, promises = job
    files: dict[str, str] = {}
    public, times, pages = _section(loaded, now, audience, slug, updates, files, site, promises)
    files[location_data_path(slug)] = location_json(slug, public, times)
    return _Location(slug, public, (times.generated_at, times.valid_until), pages, files)
