/* Live status of one channel, for any website:
     <script src="https://SITE/assets/embed.js" async></script>
     <div data-service-status="CHANNEL"></div>   (data-location="SECTION" too on a site with several policies)
   Reads ../expectations.json relative to this script, or
   ../LOCATION/expectations.json with data-location (the site must send
   Access-Control-Allow-Origin for it). Shows nothing at all when the data
   cannot be read, is past its horizon, or does not know the channel.
   The generator builds the served file from this one: the status block of
   expectations.js replaces the status marker, and the site's words per
   language replace the words marker. Theming: see the README. */
(() => {
  "use strict";
  const WORDS = {} /* words */;
  const me = document.currentScript;
  if (!me || !window.fetch || !Element.prototype.attachShadow) return;
  const data = {};

  /* status */

  const CSS = ":host{display:inline-block}:host([hidden]){display:none}" +
    "[part~=status]{color:var(--service-status-color,inherit);background:var(--service-status-background,transparent);" +
    "padding:var(--service-status-padding,0);border-radius:var(--service-status-radius,0);font:inherit}" +
    "[part~=status]::before{content:\"\";display:inline-block;width:.6em;height:.6em;margin-inline-end:.4em;" +
    "border-radius:50%;background:var(--service-status-open,#1b7f3b)}" +
    "[part~=closed]::before{background:var(--service-status-closed,#767676)}";

  // A site with several locations keeps each one's data in its folder (data-location names it).
  const load = (loc) => {
    const url = new URL(`../${loc ? encodeURIComponent(loc) + "/" : ""}expectations.json`, me.src).href;
    return data[url] || (data[url] = fetch(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((d) => (d.format === 1 && d.channels ? d : Promise.reject(d.format))));
  };

  const primary = (tag) => (tag || "").toLowerCase().split("-")[0];
  const valid = (tag) => { try { return !!tag && !!new Intl.DateTimeFormat(tag); } catch (e) { return false; } };

  // The embedding page's language when the site has it, else the policy's own.
  const language = (d, loc, el) => {
    const host = ((el.closest("[lang]") || {}).lang || "").trim();
    if (WORDS[primary(host)] && valid(host)) return [host, WORDS[primary(host)]];
    const own = loc.business.locale;
    return [valid(own) ? own : undefined, WORDS[primary(own)] || d.messages];
  };

  const line = (d, el, now) => {
    const loc = d;
    const s = status(d, loc, el.dataset.serviceStatus, now, ...language(d, loc, el));
    return s && [s[0], s[2]];
  };

  const paint = (el, s) => {
    const key = s && s.join("\n");
    if (el._serviceStatus === key) return;
    el._serviceStatus = key;
    const root = el.shadowRoot;
    if (!s) {
      if (root) { root.textContent = ""; el.hidden = true; }
      return;
    }
    const shadow = root || el.attachShadow({ mode: "open" });
    let sp = shadow.querySelector("span");
    if (!sp) {
      shadow.textContent = "";
      shadow.appendChild(document.createElement("style")).textContent = CSS;
      sp = shadow.appendChild(document.createElement("span"));
      sp.setAttribute("role", "status");
    }
    sp.setAttribute("part", "status " + (s[1] ? "open" : "closed"));
    sp.textContent = s[0];
    el.hidden = false;
  };

  const run = () => {
    const els = document.querySelectorAll("[data-service-status]");
    if (!els.length) return;
    els.forEach((el) => {
      load(el.dataset.location).then((d) => {
        let s = null;
        try { s = line(d, el, Date.now()); } catch (e) { /* unexpected data: show nothing */ }
        paint(el, s);
      }, () => { /* no data: show nothing */ });
    });
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
  setInterval(run, 6e4);
  document.addEventListener("visibilitychange", () => { if (!document.hidden) run(); });
})();
