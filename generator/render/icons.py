"""Channel icons as inline SVG, so pages load no icon font and make no request.

The SVGs are the Font Awesome and Material Design icons that mkdocs-material
ships; when that package is absent the icon is left out and the name stands.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from markupsafe import Markup

ICONS = {
    "x": "fontawesome/brands/x-twitter",
    "facebook": "fontawesome/brands/facebook",
    "instagram": "fontawesome/brands/instagram",
    "linkedin": "fontawesome/brands/linkedin",
    "youtube": "fontawesome/brands/youtube",
    "tiktok": "fontawesome/brands/tiktok",
    "whatsapp": "fontawesome/brands/whatsapp",
    "email": "material/email-outline",
    "phone": "material/phone",
    "sms": "material/message-text-outline",
    "chat": "material/chat-outline",
    "web-form": "material/form-select",
    "reviews": "material/star-outline",
    "in-person": "material/account-outline",
    "other": "material/link-variant",
}

_SVG_OPEN = re.compile(r"<svg\b")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


@lru_cache(maxsize=1)
def _icons() -> Path | None:
    """Material's icon folder, found without importing the package (or None without it)."""
    spec = find_spec("material")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    return Path(folders[0]) / "templates" / ".icons" if folders else None


@lru_cache(maxsize=None)
def _svg(name: str) -> str:
    folder = _icons()
    try:
        text = (folder / f"{name}.svg").read_text(encoding="utf-8") if folder is not None else ""
    except OSError:
        return ""
    if not text:
        return ""
    text = _COMMENT.sub("", text).strip()
    return _SVG_OPEN.sub('<svg aria-hidden="true" focusable="false" width="24" height="24"', text, count=1)


def icon(channel_type: str) -> Markup:
    """The decorative icon for a channel type, hidden from screen readers."""
    svg = _svg(ICONS.get(channel_type, ICONS["other"]))
    return Markup(f'<span class="channel-icon">{svg}</span>' if svg else "")
