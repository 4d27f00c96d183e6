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
