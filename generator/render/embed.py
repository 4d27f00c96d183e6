"""Files every site gets once at its root: the embeddable status script and the data's JSON Schema.

``assets/embed.js`` is built from ``generator/assets/embed.js`` with the
status computation of ``expectations.js`` (the block between ``status:begin``
and ``status:end``), so the cards and the embed compute the same line, and
with the live-status words of every language the site is written in, from
the message catalogue.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources

from generator.derive.public import PublicPolicy
from generator.messages import catalogue
from generator.render.data import LIVE_MESSAGE_PREFIXES, SCHEMA_FILE

EMBED_FILE = "assets/embed.js"
BEGIN, END = "/* status:begin", "/* status:end */"
STATUS_MARKER = "/* status */"
WORDS_MARKER = "{} /* words */"


def _asset(name: str) -> str:
    return resources.files("generator").joinpath(name).read_text(encoding="utf-8")


def status_block(script: str) -> str:
    """The shared status computation of the live status script, markers included."""
    start, end = script.index(BEGIN), script.index(END) + len(END)
    return script[start:end]


def live_words(languages: Sequence[str]) -> dict[str, dict[str, str]]:
    """The live-status messages per language (primary subtag), for the languages given."""
    out = {}
    for tag in sorted({t.replace("_", "-").split("-")[0].lower() for t in languages}):
        out[tag] = {k: v for k, v in catalogue(tag).items() if k.startswith(LIVE_MESSAGE_PREFIXES)}
    return out


def embed_js(languages: Sequence[str]) -> str:
    source = _asset(EMBED_FILE)
    words = json.dumps(live_words(languages), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    words = words.replace("<", "\\u003c").replace(">", "\\u003e")
    assert STATUS_MARKER in source and WORDS_MARKER in source
    return source.replace(WORDS_MARKER, words, 1).replace(STATUS_MARKER, status_block(_asset("assets/expectations.js")), 1)


def expectations_schema() -> str:
    return _asset("schema/expectations.schema.json")


def site_files(policies: Sequence[PublicPolicy]) -> dict[str, str]:
    """The files a site gets once, whatever the number of policies."""
    return {
        EMBED_FILE: embed_js([p.business.locale for p in policies]),
        SCHEMA_FILE: expectations_schema(),
    }
