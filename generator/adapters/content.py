"""What a build adds to a site, gathered from the policy folder, its git history and the build time."""

from __future__ import annotations

from pathlib import Path

from generator.adapters.clock import build_time
from generator.adapters.history import policy_history
from generator.adapters.promises import LogSettings, site_logs
from generator.adapters.cache import loaded_policies
from generator.pipeline import SiteAddress, SiteContent, build_site


def site_content(
    policies_dir: Path, audience: str, site: SiteAddress = SiteAddress(), language: str | None = None,
    logs: LogSettings | None = None,
) -> SiteContent:
    """The generated pages and files of a site; raises PolicyError or ClockError on bad input.

    ``site`` says where the site is published (``site_url``), for the feed's and the badges' absolute links;
    ``language`` which language version of the site (default: the policies' own language);
    ``logs`` the conversation logs for Promises kept (raises LogSettingsError when its options are unusable).
    """
    policies = loaded_policies(policies_dir)  # read once per process while the files stay the same
    history = policy_history([Path(p.file) for p in policies], policies_dir)
    scored = site_logs(logs, policies) if logs is not None and logs.patterns else None
    return build_site(policies, build_time(), audience, history, site, language, logs=scored)


def plugin_content(policies_dir: Path, project: Path, options: object, site_url: str | None, directory_urls: bool):  # type: ignore[no-untyped-def]
    """What the MkDocs plugin builds a language's site from: the site's languages, this build's language, its content.

    ``options`` are the expectations plugin's (its ``audience``, ``language``
    and log settings); ``site_url`` and ``directory_urls`` MkDocs' own. What
    the build cache keeps for a build, and what ``generator.adapters.ahead``
    makes ahead of one.
    """
    from generator.adapters.languages import choose, site_languages
    from generator.adapters.promises import settings_from

    languages = site_languages(loaded_policies(policies_dir))
    language = choose(languages, options.language, "expectations: language")  # type: ignore[attr-defined]
    site = SiteAddress(site_url or None, directory_urls)
    logs = settings_from(project, options)
    return languages, language, site_content(policies_dir, options.audience, site, language.tag, logs=logs)  # type: ignore[attr-defined]

