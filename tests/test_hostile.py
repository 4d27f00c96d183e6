"""Hostile policy text in every free-text field, built into both sites with the real CLI.

A corpus of strings that would be markup, script, links, Markdown or extension
syntax if any of it were interpreted goes into every free-text field of a
policy (public and staff-only). The built HTML is compared with the same build
of the unmodified example: no element, attribute, script, link scheme or nav
link may come from policy text, tables keep their cells, snippets pull nothing
in, and each string is visible as text where it was put.

``hostile_sites`` is shared with ``tests/browser/test_hostile_browser.py``,
which opens every page in Chromium.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from generator.render import safe_text

BUILT_AT = "1795435200"  # 2026-11-23T12:00:00Z: every closure below falls in the next 60 days

# (name, text): each at most 120 characters, so it is valid in name fields too.
HOSTILE: list[tuple[str, str]] = [
    ("script", "<script>window.__pwned=1;alert(1)</script>"),
    ("img-onerror", '<img src=x onerror="window.__pwned=1;alert(1)">'),
    ("svg-onload", "<svg onload=window.__pwned=1><svg/onload=alert(1)>"),
    ("html-comment", "before <!-- hidden --> after <!--"),
    ("md-javascript-link", "[click me](javascript:window.__pwned=1)"),
    ("md-data-link", "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
    ("md-vbscript-link", "[v](vbscript:msgbox(1))"),
    ("autolinks", "<javascript:window.__pwned=1> <https://evil.example/auto> <a@evil.example>"),
    ("attr-list-onclick", 'Text {: onclick="window.__pwned=1" }'),
    ("attr-list-id-class", "Para {: #index .md-header }"),
    ("snippet", '--8<-- "README.md"'),
    ("snippet-escaped", ';--8<-- "README.md"'),
    ("abbreviation", "*[HTML]: Hijacked abbreviation of HTML"),
    ("reference-definition", "[index.md]: https://evil.example/ref"),
    ("footnote", "Footnote[^1] [^1]: https://evil.example/fn"),
    ("emoji-icons", ":fontawesome-brands-x-twitter: :smile: :material-alert:"),
    ("table-pipes", "a | b || c |"),
    ("backticks", "`code` and ``unbalanced ` backticks"),
    ("backslash-escapes", r"\*not em\* \\ \<b\> \[x\]"),
    ("entities", "&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt; &#60;b&#62;"),
    ("jinja", "{{ 7*7 }} {% raw %}raw{% endraw %} {#c#}"),
    ("bidi-override", "\u202eexe.gnp\u202c evil \u2066x\u2069 \u202eunterminated"),
    ("long-word", "W" * 120),
    ("heading", "# Heading injected"),
    ("rules", "--- *** ___"),
    ("style", "<style>body{display:none}</style>"),
    ("iframe", '<iframe src="https://evil.example/frame"></iframe>'),
    ("base-href", '<base href="https://evil.example/">'),
    ("meta-refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example/">'),
    ("a-javascript", '<a href="javascript:window.__pwned=1">x</a>'),
    ("mixed-case-scheme", "[x](JaVaScRiPt:window.__pwned=1)"),
    ("tab-in-scheme", "[x](java\tscript:window.__pwned=1)"),
    ("entity-in-scheme", "[x](javascript&colon;window.__pwned=1)"),
    ("link-title-onclick", '[x](https://ok.example "title" onclick=window.__pwned=1)'),
    ("link-quote-break", '[x](https://ok.example/"onmouseover="window.__pwned=1)'),
    ("link-with-pipe", "[pipe](https://ok.example/a|b) | c"),
    ("image", "![img](https://ok.example/t.png)"),
    ("protocol-relative", "[x](//evil.example/p)"),
    ("toc-marker", "[TOC]"),
    ("braces-in-href", "[x](https://ok.example/{:onclick=x})"),
    ("quote-breakout", "\"'><script>window.__pwned=1</script>"),
    ("pymdown-syntax", "==mark== ~~del~~ ^^ins^^ ++ctrl+alt++ $x$ !!! note ??? details"),
    ("unicode-line-breaks", "a\u2028# b\u2029- c\x85+ d"),
    ("nested-script", "<scr<script>ipt>window.__pwned=1</scr</script>ipt>"),
    ("leading-dash", "- item"),
    ("leading-number", "1. first"),
    ("leading-question", "??? note"),
]
HOSTILE_TEXT = dict(HOSTILE)

# Multi-line free text (summary, notes, answers, help notes, steps): block syntax that must not fire.
MULTILINE: list[tuple[str, str]] = [
    ("front-matter", "---\ntitle: Hijacked\n---\nafter front matter"),
    ("admonition", '!!! note "Admonition"\n    inside admonition'),
    ("setext-heading", "Setext heading\n==="),
    ("fenced-code", "```\nfenced code\n```"),
    ("list-with-hostile-items", "- item one\n- [link](javascript:window.__pwned=1)\n- <img src=x onerror=window.__pwned=1>"),
    ("indented-code-and-table", "para one\n\n    indented code block\n\n| a | b |\n| - | - |\n| c | d |"),
    ("html-block", "<div>\n<script>window.__pwned=1</script>\n</div>"),
    ("reference-definition-line", "[index.md]: https://evil.example/ref\n[faq.md]: https://evil.example/faq"),
    ("abbreviation-line", "*[Answered]: Hijacked\nAnswered"),
    ("snippet-line", '--8<-- "README.md"\n--8<--\nREADME.md\n--8<--'),
]
LONG_TEXT = "L" * 2000
BUSINESS_NAME = "<script>window.__pwned=1</script> Harbor & View"

# What each string shows where the safe Markdown subset applies (inline fields, block fields); default: as written.
INLINE_TEXT = {
    "link-with-pipe": "pipe | c",
    "image": "!img",
    "braces-in-href": "x",
}
BLOCK_TEXT = {**INLINE_TEXT, "leading-dash": "item"}
# Links that the subset turns into real links (all others stay text).
SUBSET_LINKS = {"link-with-pipe": "https://ok.example/a|b", "image": "https://ok.example/t.png",
                "braces-in-href": "https://ok.example/{:onclick=x}"}


def _brace(text: str) -> str:
    """Canned replies treat { } as placeholders; doubled braces are literal."""
    return text.replace("{", "{{").replace("}", "}}")


def hostile_policy() -> dict[str, object]:
    """A valid policy with the corpus in every free-text field, public and staff-only."""
    texts = [text for _, text in HOSTILE]
    for text in texts:
        assert len(text) <= 120, text
    channels: list[dict[str, object]] = [
        {
            "id": f"c{i}", "type": "other", "name": text, "handle": text,
            "url": f"https://ok.example/c{i}", "schedule": "desk", "first_response": "1h",
            "good_for": [text], "not_for": [text], "privacy": text, "languages": ["en"],
            "internal": {"owner": text, "target": "30m", "notes": text, "steps": [text]},
        }
        for i, text in enumerate(texts)
    ]
    channels.append({
        "id": "multi", "type": "email", "url": "mailto:a@ok.example", "schedule": "late",
        "first_response": "1d", "privacy": LONG_TEXT,
        "internal": {"notes": "\n\n".join(text for _, text in MULTILINE), "steps": [t for _, t in MULTILINE]},
    })
    channels.append({
        "id": "pipe-url", "type": "web-form", "name": "Pipe in the link", "handle": "a|b",
        "url": "https://ok.example/form?a=1|b=[2]&c=*3*_", "role": "announcements", "good_for": texts[:5],
    })
    start = date(2026, 11, 24)
    workdays = [d for d in (start + timedelta(days=n) for n in range(58)) if d.weekday() != 6]  # closed on Sundays anyway
    return {
        "policy": "1",
        "business": {
            "name": BUSINESS_NAME, "website": "https://ok.example/",
            "timezone": "America/Halifax", "locale": "en-CA",
            "translations": ["fr-CA"],  # as the example: its French site shows the text untranslated, marked
            "summary": "\n\n".join(text for _, text in MULTILINE),
        },
        "schedules": {"desk": {"mon-fri": "08:00-20:00", "sat": "09:00-17:00"}, "late": {"mon-sat": "17:00-22:00"}},
        "closures": {"dates": [
            {"date": workdays[i].isoformat(), "name": text, "hours": "closed", "schedules": ["late"]}
            for i, text in enumerate(texts)
        ]},
        "channels": channels,
        "help_topics": [{"topic": text, "channels": [f"c{i}"], "note": text} for i, text in enumerate(texts)]
        + [{"topic": f"Multi-line {name}", "channels": ["multi"], "note": text} for name, text in MULTILINE],
        "reviews": {"respond_to": ["all"], "sites": texts, "within": "2d"},
        "faq": {"entries": [
            {"question": text, "answer": text, "channels": [f"c{i}"]} for i, text in enumerate(texts)
        ] + [{"question": f"Multi-line {name}?", "answer": text} for name, text in MULTILINE]},
        "playbook": {
            "escalation": [
                {"level": str(i + 1), "when": text, "who": text, "within": "1h"} for i, text in enumerate(texts)
            ],
            "follow_up": "1d",
            "replies": {f"r{i}": _brace(text) + " {customer}" for i, text in enumerate(texts)},
        },
    }


def write_project(folder: Path, policy: dict[str, object] | None) -> Path:
    """A project from `expectations init`; with ``policy``, that policy replaces the example."""
    result = CliRunner().invoke(main, ["init", "--example", str(folder)])
    assert result.exit_code == 0, result.output
    if policy is not None:
        for old in (folder / "policies").glob("*.yaml"):
            old.unlink()
        (folder / "policies" / "hostile.yaml").write_text(json.dumps(policy, indent=1), encoding="utf-8")
    return folder


def build_both(folder: Path) -> dict[str, Path]:
    runner = CliRunner()
    env = {"SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": ""}
    for audience, config in (("public", "mkdocs.yml"), ("staff", "mkdocs-staff.yml")):
        result = runner.invoke(main, ["build", "--audience", audience, "-f", str(folder / config)], env=env)
        assert result.exit_code == 0, result.output
    return {"public": folder / "site", "staff": folder / "site-staff"}


@dataclass
class Sites:
    hostile: dict[str, Path]
    baseline: dict[str, Path]
    project: Path


_BUILT: dict[str, object] = {}


def hostile_sites(tmp_path_factory: pytest.TempPathFactory) -> Sites:
    """The hostile and the example builds (public and staff), built once per test session."""
    if "sites" not in _BUILT:
        root = tmp_path_factory.mktemp("hostile")
        project = write_project(root / "hostile", hostile_policy())
        hostile = build_both(project)
        baseline = build_both(write_project(root / "baseline", None))
        _BUILT["sites"] = Sites(hostile, baseline, project)
    return _BUILT["sites"]  # type: ignore[return-value]


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Sites:
    return hostile_sites(tmp_path_factory)


# --- a small DOM over html.parser -----------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "path", "rect", "line", "circle", "use", "polygon", "polyline", "ellipse", "stop"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    raw_attrs: list[tuple[str, str | None]]
    children: list[Element | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):  # type: ignore[no-untyped-def]
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str, cls: str | None = None) -> list[Element]:
        return [e for e in self.iter() if e.tag == tag and (cls is None or cls in (e.attrs.get("class") or "").split())]

    def by_id(self, ident: str) -> Element:
        found = [e for e in self.iter() if e.attrs.get("id") == ident]
        assert len(found) == 1, f"{len(found)} elements with id {ident!r}"
        return found[0]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, [])
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs), attrs)
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, dict(attrs), attrs))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(path: Path) -> Element:
    builder = _TreeBuilder()
    builder.feed(path.read_text(encoding="utf-8"))
    builder.close()
    return builder.root


_PAGES: dict[Path, dict[str, Element]] = {}


def pages(site: Path) -> dict[str, Element]:
    """Every HTML page of a built site, parsed (once)."""
    if site not in _PAGES:
        _PAGES[site] = {str(p.relative_to(site)): parse(p) for p in sorted(site.rglob("*.html"))}
    return _PAGES[site]


def norm(text: str) -> str:
    """Visible text for comparison: whitespace collapsed, bidi isolates and the permalink sign dropped."""
    text = text.replace("\u2068", "").replace("\u2069", "").replace("\u00b6", "")
    return " ".join(text.split())


def content(page: Element) -> Element:
    found = page.find_all("article", "md-content__inner")
    assert len(found) == 1
    return found[0]


# --- markup -----------------------------------------------------------------------------------

DANGEROUS = {"script", "img", "iframe", "frame", "frameset", "object", "embed", "style", "base", "meta", "link",
             "form", "input", "button", "textarea", "video", "audio", "source", "image", "math", "template",
             "noscript", "svg", "use", "foreignobject", "animate", "set", "portal"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data", "background",
             "ping", "cite", "longdesc", "manifest", "codebase"}


def _signature(element: Element) -> tuple[object, ...]:
    attrs = dict(element.attrs)
    if element.tag == "meta" and attrs.get("name") in ("description",):
        attrs["content"] = "*"  # carries the business name, as text
    body: object = element.text()
    if element.tag == "script" and attrs.get("type") == "application/ld+json":
        json.loads(element.text())  # policy text cannot end the element or break the JSON
        body = "json-ld"
    elif element.tag != "script" and element.tag != "style":
        body = ""
    return (element.tag, tuple(sorted((k, v or "") for k, v in attrs.items())), body)


def _svg_kind(svg: Element) -> tuple[tuple[str, str], ...]:
    """An SVG's attributes, its size left out (the chart grows with the channels)."""
    return tuple(sorted((k, v or "") for k, v in svg.attrs.items() if k not in ("viewbox", "width", "height")))


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_no_script_iframe_style_base_meta_or_media_element_comes_from_policy_text(sites: Sites, audience: str) -> None:
    hostile, baseline = pages(sites.hostile[audience]), pages(sites.baseline[audience])
    assert hostile.keys() == baseline.keys()
    base_svgs = {_svg_kind(e) for page in baseline.values() for e in page.find_all("svg")}
    for name, page in hostile.items():
        wanted = Counter(_signature(e) for e in baseline[name].iter() if e.tag in DANGEROUS - {"svg"})
        got = Counter(_signature(e) for e in page.iter() if e.tag in DANGEROUS - {"svg"})
        assert got == wanted, (name, got - wanted, wanted - got)
        # Icons and the chart: only the kinds of SVG the example has (channel icons, the hours chart).
        for svg in page.find_all("svg"):
            assert _svg_kind(svg) in base_svgs, (name, svg.attrs)


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_no_element_type_class_or_id_that_the_example_does_not_have(sites: Sites, audience: str) -> None:
    """Headings, code, rules, tables, abbreviations, footnotes, emoji, details, admonitions: none from policy text."""
    hostile, baseline = pages(sites.hostile[audience]), pages(sites.baseline[audience])
    base_tags = {e.tag for page in baseline.values() for e in page.iter()}
    base_classes = {c for page in baseline.values() for e in page.iter() for c in (e.attrs.get("class") or "").split()}
    for name, page in hostile.items():
        tags = {e.tag for e in page.iter()}
        assert tags <= base_tags | {"em", "strong", "ul", "li", "p", "a"}, (name, tags - base_tags)
        assert {"pre", "code", "hr", "abbr", "sup", "kbd", "mark", "del", "ins", "details", "blockquote"} & tags <= (
            {e.tag for e in baseline[name].iter()}
        ), name
        classes = {c for e in page.iter() for c in (e.attrs.get("class") or "").split()}
        assert classes <= base_classes, (name, classes - base_classes)
        ids = [e.attrs["id"] for e in page.iter() if e.attrs.get("id")]
        assert "index" not in ids and len(ids) == len(set(ids)), name
        assert len(page.find_all("h1")) == len(baseline[name].find_all("h1")) == 1, name


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_no_event_handler_attribute_anywhere(sites: Sites, audience: str) -> None:
    for name, page in pages(sites.hostile[audience]).items():
        for element in page.iter():
            handlers = [k for k, _ in element.raw_attrs if k.lower().startswith("on")]
            assert not handlers, (name, element.tag, element.attrs)
            assert "onclick" not in {k.lower() for k in element.attrs}, name


SAFE_SCHEME = re.compile(r"^(https?|mailto|tel):", re.I)
ANY_SCHEME = re.compile(r"^\s*[a-z][a-z0-9+.\-]*:", re.I)


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_every_link_is_http_https_mailto_tel_or_the_sites_own(sites: Sites, audience: str) -> None:
    site = sites.hostile[audience]
    for name, page in pages(site).items():
        for element in page.iter():
            for key, value in element.raw_attrs:
                if key.lower() not in URL_ATTRS or value is None:
                    continue
                assert "evil.example" not in value, (name, element.tag, key, value)
                assert not value.strip().startswith("//"), (name, value)
                if ANY_SCHEME.match(value):
                    assert SAFE_SCHEME.match(value), (name, element.tag, key, value)
                    assert value == value.strip() and "\t" not in value and "\n" not in value


def test_links_of_the_safe_subset_work_and_nothing_else_links(sites: Sites) -> None:
    page = content(parse(sites.hostile["public"] / "faq" / "index.html"))
    hrefs = Counter(a.attrs.get("href") for a in page.find_all("a"))
    for name, url in SUBSET_LINKS.items():
        assert hrefs[url] >= 1, (name, url)  # the answer; plain fields (questions) never link
    external = {h for h in hrefs if h and SAFE_SCHEME.match(h)}
    assert external <= set(SUBSET_LINKS.values()) | {f"https://ok.example/c{i}" for i in range(len(HOSTILE))}


def test_link_targets_cannot_split_a_table_row(sites: Sites) -> None:
    """The account link of a channel whose URL has | [ ] * _ stays in its cell of the accounts table."""
    page = content(parse(sites.hostile["public"] / "accounts" / "index.html"))
    rows = [row for row in page.find_all("tr") if "Pipe in the link" in row.text()]
    assert len(rows) == 1
    cells = rows[0].find_all("td")
    assert [norm(c.text()) for c in cells] == ["Pipe in the link", "a|b", "No, announcements only"]
    assert cells[1].find_all("a")[0].attrs["href"] == "https://ok.example/form?a=1|b=[2]&c=*3*_"


# --- snippets, references, navigation ----------------------------------------------------------

def test_snippet_includes_pull_nothing_in(sites: Sites) -> None:
    marks = [line.strip() for line in (sites.project / "README.md").read_text(encoding="utf-8").splitlines()
             if len(line.strip()) > 40][:3]
    marks += ["Tell customers, plainly and truthfully"]  # this repository's README.md (the tests' working folder)
    assert marks
    for site in sites.hostile.values():
        for path in site.rglob("*"):
            if path.is_file() and path.suffix in (".html", ".json", ".xml", ".txt", ".js", ".csv"):
                text = html.unescape(path.read_text(encoding="utf-8"))
                for mark in marks:
                    assert mark not in text, (path, mark)


def _nav(page: Element) -> list[tuple[str, str]]:
    navs = page.find_all("nav", "md-nav--primary")
    assert navs
    return [(a.attrs.get("href") or "", norm(a.text())) for a in navs[0].find_all("a")
            if not (a.attrs.get("href") or "").startswith("#")]


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_the_sites_navigation_is_unchanged(sites: Sites, audience: str) -> None:
    hostile, baseline = pages(sites.hostile[audience]), pages(sites.baseline[audience])
    for name, page in hostile.items():
        assert _nav(page) == _nav(baseline[name]), name


def test_reference_definitions_cannot_hijack_the_pages_own_links(sites: Sites) -> None:
    """Links written as [name](index.md#id) in the templates still go to the channel cards."""
    site = sites.hostile["public"]
    home_ids = {e.attrs.get("id") for e in parse(site / "index.html").iter()}
    help_page = content(parse(site / "help" / "index.html"))
    links = [a.attrs["href"] for a in help_page.find_all("a") if a.attrs.get("href", "").startswith("../#")]
    assert len(links) >= len(HOSTILE)
    for href in links:
        assert href[4:] in home_ids, href
    faq = content(parse(site / "faq" / "index.html"))
    assert "../accounts/" in {a.attrs.get("href") for a in faq.find_all("a")}
    for page_name, page in pages(site).items():
        for a in content(page).find_all("a"):
            href = a.attrs.get("href") or ""
            if href and not SAFE_SCHEME.match(href) and not href.startswith("#"):
                target = (site / page_name).parent / href.split("#")[0]
                assert target.exists(), (page_name, href)


# --- tables -----------------------------------------------------------------------------------

def _rows(table: Element) -> list[list[str]]:
    return [[norm(c.text()) for c in row.iter() if c.tag in ("td", "th")] for row in table.find_all("tr")]


@pytest.mark.parametrize(("audience", "page_path", "columns"), [
    ("public", "accounts/index.html", 3),
    ("public", "hours/index.html", 3),
    ("staff", "playbook/escalation/index.html", 4),
])
def test_tables_keep_their_columns(sites: Sites, audience: str, page_path: str, columns: int) -> None:
    page = content(parse(sites.hostile[audience] / page_path))
    tables = page.find_all("table")
    assert tables
    for table in tables:
        assert {len(row) for row in _rows(table)} == {columns}, page_path


# --- visible as text --------------------------------------------------------------------------

def _expect(name: str, kind: str) -> str:
    text = HOSTILE_TEXT[name]
    return norm({"plain": {}, "inline": INLINE_TEXT, "block": BLOCK_TEXT}[kind].get(name, text))


def _texts(elements: list[Element]) -> list[str]:
    return [norm(e.text()) for e in elements]


def _following(parent: Element, element: Element) -> Element:
    after = parent.children[parent.children.index(element) + 1:]
    return [e for e in after if isinstance(e, Element)][0]


@dataclass
class Fields:
    """What each free-text field shows, read from the built pages."""

    cards: list[dict[str, object]]
    help_headings: list[str]
    help_blocks: list[str]
    faq_headings: list[str]
    faq_blocks: list[str]
    reviews: str
    closures: list[str]
    accounts: list[list[str]]
    escalation: list[list[str]]
    staff_dds: list[str]
    staff_items: list[str]
    staff_paragraphs: list[str]
    replies: list[str]
    owners: list[str]


def fields(sites: Sites) -> Fields:
    if "fields" in _BUILT:
        return _BUILT["fields"]  # type: ignore[return-value]
    public, staff = sites.hostile["public"], sites.hostile["staff"]
    home = content(pages(public)["index.html"])
    cards = []
    for i in range(len(HOSTILE)):
        heading = home.by_id(f"c{i}")
        card = [d for d in home.find_all("div", "channel-card") if heading in list(d.iter())][0]
        facts = {norm(dt.text()): dd for dt, dd in zip(card.find_all("dt"), card.find_all("dd"))}
        cards.append({
            "name": norm(heading.text()),
            "account": norm(card.find_all("p", "channel-meta")[0].find_all("a")[0].text()),
            "good_for": _texts(facts["Good for"].find_all("li")),
            "not_for": _texts(facts["Not for"].find_all("li")),
            "privacy": norm(facts["Privacy"].text()),
        })
    help_page = content(pages(public)["help/index.html"])
    faq = content(pages(public)["faq/index.html"])
    reviews = [text for text in _texts(faq.find_all("p")) if text.startswith("Yes, on ")]
    assert len(reviews) == 1
    replies = content(pages(staff)["playbook/replies/index.html"])
    channels = content(pages(staff)["playbook/channels/index.html"])
    result = Fields(
        cards=cards,
        help_headings=_texts(help_page.find_all("h2")),
        help_blocks=_texts(help_page.find_all("p")) + _texts(help_page.find_all("li")),
        faq_headings=_texts(faq.find_all("h2")),
        faq_blocks=_texts(faq.find_all("p")) + _texts(faq.find_all("li")),
        reviews=reviews[0],
        closures=_texts(content(pages(public)["hours/index.html"]).find_all("h3")),
        accounts=_rows(content(pages(public)["accounts/index.html"]).find_all("table")[0]),
        escalation=_rows(content(pages(staff)["playbook/escalation/index.html"]).find_all("table")[0]),
        staff_dds=_texts(channels.find_all("dd")),
        staff_items=_texts(channels.find_all("li")),
        staff_paragraphs=_texts(channels.find_all("p")),
        replies=[norm(_following(replies, replies.by_id(f"reply-r{i}")).text()) for i in range(len(HOSTILE))],
        owners=_texts(content(pages(staff)["playbook/on-duty/index.html"]).find_all("li")),
    )
    _BUILT["fields"] = result  # type: ignore[assignment]
    return result


@pytest.mark.parametrize("name", [name for name, _ in HOSTILE])
def test_shows_as_written_in_every_field(sites: Sites, name: str) -> None:
    """Channel name, handle, good for, not for, privacy; help topic and note; FAQ question and answer;
    review sites; closure name; accounts table; staff owner, notes, steps, escalation and canned reply."""
    i = [n for n, _ in HOSTILE].index(name)
    text, inline_text, block_text = norm(HOSTILE_TEXT[name]), _expect(name, "inline"), _expect(name, "block")
    f = fields(sites)
    assert f.cards[i] == {"name": text, "account": text, "good_for": [text], "not_for": [text], "privacy": inline_text}
    assert text in f.help_headings and block_text in f.help_blocks
    assert text in f.faq_headings and f"Do you answer on {text}?" in f.faq_headings
    assert f"{text}: where do I go?" in f.faq_headings or any(text in h for h in f.faq_headings)
    assert block_text in f.faq_blocks
    assert text in f.reviews
    assert any(h.endswith(": " + text) for h in f.closures)
    assert [text, text, "Yes"] in f.accounts  # its own row, three cells
    assert f.escalation[i + 1] == [str(i + 1), inline_text, text, "within 1 hour"]
    assert text in f.staff_dds  # owner
    assert inline_text in f.staff_items  # step
    assert block_text in f.staff_paragraphs + f.staff_items  # notes
    assert f.replies[i] == f"{text} [customer]"
    assert f"Owner: {text}" in f.owners


def test_business_name_and_multiline_text_show_as_text(sites: Sites) -> None:
    accounts = content(parse(sites.hostile["public"] / "accounts" / "index.html"))
    assert f"speak for {BUSINESS_NAME}." in norm(accounts.text())
    home = content(parse(sites.hostile["public"] / "index.html"))
    text = norm(home.text())
    for name, multi in MULTILINE:
        for line in multi.splitlines():
            line = line.strip()
            if line and not line.startswith("- "):
                assert norm(line) in text, (name, line)
    assert "item one" in [norm(li.text()) for li in home.find_all("li")]
    for name, multi in MULTILINE:
        assert norm(multi) in fields(sites).staff_items, name  # a step is one line: its line breaks become spaces


def test_bidi_overrides_cannot_reorder_the_text_around_them(sites: Sites) -> None:
    """An unterminated U+202E in a name is closed off by an isolate, in the page as in the filter."""
    assert str(safe_text.plain("\u202eabc")) == "\u2068\u202eabc\u2069"
    assert str(safe_text.plain("abc")) == "abc"
    i = [n for n, _ in HOSTILE].index("bidi-override")
    heading = content(pages(sites.hostile["public"])["index.html"]).by_id(f"c{i}")
    assert heading.text().replace("\u00b6", "").strip() == "\u2068" + HOSTILE_TEXT["bidi-override"] + "\u2069"
    faq = _texts(content(pages(sites.hostile["public"])["faq/index.html"]).find_all("h2"))
    question = f"Do you answer on {HOSTILE_TEXT['bidi-override']}?"
    assert any(h.replace("\u00b6", "").strip() == "\u2068" + question + "\u2069" for h in
               [e.text() for e in content(pages(sites.hostile["public"])["faq/index.html"]).find_all("h2")]), faq[:3]


@pytest.mark.parametrize(("text", "html_out"), [
    ("a\u00a0b  c", "a\u00a0b c"),  # no-break spaces are kept, other runs of spaces collapse
    ("\\*not em\\*", "&#92;&#42;not em&#92;&#42;"),  # a backslash keeps the asterisk literal
    ("*** ___", "&#42;&#42;&#42; &#95;&#95;&#95;"),  # delimiters alone are not emphasis
    ("**b** and *e*", "<strong>b</strong> and <em>e</em>"),
    ("[x](https://ok.example/a|b_[c])", '<a href="https://ok.example/a&#124;b&#95;&#91;c&#93;">x</a>'),
    ("[x](JaVaScRiPt:alert(1))", "&#91;x&#93;&#40;JaVaScRiPt&#58;alert&#40;1&#41;&#41;"),
    ("??? note", "&#63;?? note"),  # cannot open a pymdown details block at the start of a line
])
def test_inline_subset_examples(text: str, html_out: str) -> None:
    assert str(safe_text.inline(text)) == html_out


def test_block_splits_lines_only_at_line_feeds() -> None:
    assert str(safe_text.block("a\u2028- b\n- c")) == "<p>a - b</p><ul><li>c</li></ul>"


def test_every_field_of_the_corpus_is_covered() -> None:
    """The corpus reaches each free-text field of the format (public and staff-only)."""
    policy = hostile_policy()
    assert len(HOSTILE) >= 20
    channel = policy["channels"][0]  # type: ignore[index]
    assert set(channel) >= {"name", "handle", "good_for", "not_for", "privacy", "internal"}
    assert set(channel["internal"]) >= {"owner", "notes", "steps"}
    assert set(policy["business"]) >= {"name", "summary"}  # type: ignore[arg-type]
    assert set(policy["playbook"]) >= {"escalation", "replies"}  # type: ignore[arg-type]


def test_business_name_cannot_break_out_of_the_meta_description(tmp_path: Path) -> None:
    project = write_project(tmp_path / "quote", None)
    policy = project / "policies" / "harbor-view.yaml"
    name = json.dumps(HOSTILE_TEXT["quote-breakout"])
    policy.write_text(policy.read_text(encoding="utf-8").replace("name: Harbor View Hotel", f"name: {name}", 1))
    result = CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml")], env={"SOURCE_DATE_EPOCH": BUILT_AT})
    assert result.exit_code == 0, result.output
    page = parse(project / "site" / "index.html")
    metas = [m for m in page.find_all("meta") if m.attrs.get("name") == "description"]
    assert len(metas) == 1 and HOSTILE_TEXT["quote-breakout"] in (metas[0].attrs.get("content") or "")
    # The name is also data inside the JSON-LD (where "<" is escaped); no script that runs may carry it.
    scripts = [s for s in page.find_all("script") if "__pwned" in s.text() and s.attrs.get("type") != "application/ld+json"]
    assert scripts == []


def test_location_names_cannot_inject_markup_into_the_navigation(tmp_path: Path) -> None:
    project = write_project(tmp_path / "locations", None)
    first = project / "policies" / "harbor-view.yaml"
    second = project / "policies" / "second.yaml"
    name = json.dumps(HOSTILE_TEXT["img-onerror"] + " Second")
    second.write_text(first.read_text(encoding="utf-8").replace("name: Harbor View Hotel", f"name: {name}", 1))
    result = CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml")], env={"SOURCE_DATE_EPOCH": BUILT_AT})
    assert result.exit_code == 0, result.output
    for path in sorted((project / "site").rglob("*.html")):
        page = parse(path)
        assert page.find_all("img") == [], path
        assert not [e for e in page.iter() for k, _ in e.raw_attrs if k.startswith("on")], path
