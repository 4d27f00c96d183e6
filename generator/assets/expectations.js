/* Live "staffed now?" status for the channel cards. Reads ../expectations.json
   relative to this script, or ../LOCATION/expectations.json on a site with
   several locations (data-location on the card), so a page loads only its own
   location's data; without it (or outside its horizon) the static text on the
   page stands. No third-party code, no other requests. */
(() => {
  "use strict";
  const me = document.currentScript || document.querySelector('script[src*="assets/expectations.js"]');
  const base = me ? me.src : location.href;
  const data = {};

  const load = (loc) => {
    const url = new URL(`../${loc ? encodeURIComponent(loc) + "/" : ""}expectations.json`, base).href;
    return data[url] || (data[url] = fetch(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((d) => (d.format === 1 && d.channels ? d : Promise.reject(d.format))));
  };

  /* status:begin (assets/embed.js is built from this block too: keep it self-contained) */
  const HM = { hour: "numeric", minute: "2-digit" };
  // Wall clock of instant t in zone tz (undefined: the visitor's zone) as
  // "YYYY-MM-DD HH:MM"; two zones' offsets differ at t exactly when these differ.
  const wall = (t, tz) => {
    const o = {};
    new Intl.DateTimeFormat("en-US", {
      timeZone: tz, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
    }).formatToParts(t).forEach((p) => { o[p.type] = p.value; });
    return `${o.year}-${o.month}-${o.day} ${o.hour}:${o.minute}`;
  };
  const day = (t, tz) => wall(t, tz).slice(0, 10);

  // Channel `id` of the data's entry `loc` at `now`, in language `lang` with messages
  // `msgs`: [status line, reply-by line or null, open], or null when the data cannot say.
  const status = (d, loc, id, now, lang, msgs) => {
    const tz = loc.business.timezone, until = Date.parse(d.valid_until);
    const ch = loc.channels.find((c) => c.id === id);
    if (!ch || ch.role !== "answered" || !(now >= Date.parse(d.generated_at) && now < until)) return null;
    const fmt = (t, z, o) => new Intl.DateTimeFormat(lang, Object.assign({ timeZone: z }, o)).format(t);
    // A missing message throws (the element then stays hidden). "{when}." with
    // a value ending in "a.m." gives "a.m.", not "a.m..".
    const msg = (k, v) => msgs[k].replace(/\{(\w+)\}/g, (m, n, i, s) => {
      const r = n in v ? String(v[n]) : m;
      return s[i + m.length] === "." && r.endsWith(".") ? r.slice(0, -1) : r;
    });
    // "today 8:00 a.m.", "tomorrow ...", "Monday ...", "Nov 9 ..." in zone z.
    const when = (t, z) => {
      const n = (Date.parse(day(t, z)) - Date.parse(day(now, z))) / 864e5;
      return msg("status." + (n === 0 ? "today" : n === 1 ? "tomorrow" : n > 1 && n < 7 ? "weekday" : "date"), {
        time: fmt(t, z, HM), weekday: fmt(t, z, { weekday: "long" }), date: fmt(t, z, { month: "short", day: "numeric" }),
      });
    };
    // Message `key` with {when} in the business zone, plus {local} (the
    // visitor's time, with weekday if their date differs) when their offset differs.
    const at = (key, t) => {
      const b = wall(t, tz), u = wall(t), v = { when: when(t, tz) };
      if (b === u) return msg(key, v);
      const time = fmt(t, undefined, HM);
      v.local = b.slice(0, 10) === u.slice(0, 10) ? time : msg("status.weekday", { weekday: fmt(t, undefined, { weekday: "long" }), time });
      return msg(key + ".your_time", v);
    };

    const iv = ch.staffed.map(([a, b]) => [Date.parse(a), Date.parse(b)]);
    const open = iv.some(([a, b]) => a <= now && now < b);
    const mins = ch.first_response_minutes, days = ch.first_response_days;
    let line1;
    if (open && mins) {
      const h = Math.floor(mins / 60), m = mins % 60;
      // The language's plural form for the count (Arabic has six), from the same CLDR rules as the catalogues.
      const plural = (k, n) => {
        let c = "other";
        try { c = new Intl.PluralRules(lang).select(n); } catch (e) { /* unknown language: "other" */ }
        return msgs[k + "." + c] !== undefined ? k + "." + c : n === 1 ? k.slice(0, -1) : k;
      };
      const hs = msg(plural("duration.hours", h), { n: h });
      const ms = msg(plural("duration.minutes", m), { n: m });
      line1 = msg("status.open", { duration: !h ? ms : !m ? hs : msg("duration.mixed", { hours: hs, minutes: ms }) });
    } else if (open) {
      line1 = msg("status.open.days", {});
    } else {
      const next = iv.find(([a]) => a > now);
      if (!next) return null;
      line1 = at("status.closed", next[0]);
    }

    // Reply-by deadline for a message sent now; null when the data runs out.
    let due = null;
    if (mins) {
      let left = mins * 6e4;
      for (const [a, b] of iv) {
        const s = Math.max(a, now);
        if (b <= s) continue;
        if (b - s >= left) { if (s + left <= until) due = s + left; break; }
        left -= b - s;
      }
    } else if (days) {
      const sd = ch.staffed_days, today = day(now, tz);
      const i = sd.findIndex(([dt, o]) => dt > today || (dt === today && now < Date.parse(o)));
      const e = i < 0 ? null : sd[i + days - 1];
      // Only a day wholly inside the horizon has a known close.
      if (e && e[0] < day(until, tz) && Date.parse(e[2]) < until) due = Date.parse(e[2]);
    }
    return [line1, due === null ? null : at("status.reply_by", due), open];
  };
  /* status:end */

  const render = (d, el, now) => {
    const loc = d;
    // The page's language (the wording's); the policy's locale when it is the same language with a region.
    const page = document.documentElement.lang, own = loc.business.locale;
    let lang = own && (!page || own.split("-")[0].toLowerCase() === page.split("-")[0].toLowerCase()) ? own : page || own;
    try { new Intl.DateTimeFormat(lang); } catch (e) { lang = document.documentElement.lang || undefined; }
    return status(d, loc, el.dataset.channel, now, lang, d.messages);
  };

  // Touch the DOM only where the text changed. Only the status line is a live
  // region: the reply-by time moves every minute and must not be announced each time.
  // The lines go into .status-lines, beside the page's .status-room (invisible
  // sample lines that keep the element's height, expectations.css), which stays.
  const show = (el, s) => {
    const key = s && s.join("\n");
    if (el._status === key) return;
    let box = el.querySelector(":scope > .status-lines");
    if (el._status === undefined) {
      [...el.childNodes].forEach((n) => { if (n !== box && !(n.classList && n.classList.contains("status-room"))) n.remove(); });
      if (!box) { box = el.appendChild(document.createElement("span")); box.className = "status-lines"; }
    }
    el._status = key;
    // is-empty gives back the room kept for the line while the data loaded (expectations.css).
    if (!s) { el.hidden = true; el.classList.add("is-empty"); return; }
    ["status-now", "status-reply"].forEach((c, i) => {
      let sp = box.querySelector(":scope > ." + c);
      if (s[i] === null) { if (sp) sp.remove(); return; }
      if (!sp) {
        sp = box.appendChild(document.createElement("span"));
        sp.className = c;
        if (!i) sp.setAttribute("aria-live", "polite");
      }
      if (sp.textContent !== s[i]) sp.textContent = s[i];
    });
    el.classList.toggle("is-open", s[2]);
    el.classList.toggle("is-closed", !s[2]);
    el.hidden = false;
  };

  const run = () => {
    const els = document.querySelectorAll(".channel-status[data-channel]");
    els.forEach((el) => {
      load(el.dataset.location).then((d) => {
        let s = null;
        try { s = render(d, el, Date.now()); } catch (e) { /* unexpected data: stay hidden */ }
        show(el, s);
      }, () => show(el, null) /* no data: the static text stands */);
    });
  };

  const doc$ = window.document$;
  if (doc$ && doc$.subscribe) doc$.subscribe(run);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
  setInterval(run, 6e4);
  document.addEventListener("visibilitychange", () => { if (!document.hidden) run(); });
})();
