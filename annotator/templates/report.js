/* annotator review report.
 *
 * Reads the JSON data block (see annotator/report.py for its shape) and builds every view
 * with createElement/textContent only: no markup is ever parsed from data. State (view,
 * filters, search, open article, reviewed sentence) lives in the URL hash; review
 * corrections live in localStorage under a key derived from the report's article ids and texts.
 */
(function () {
  "use strict";

  // ===== data and indexes ===================================================================

  const DATA = JSON.parse(document.getElementById("report-data").textContent);
  const LABELS = DATA.labels;
  const ARTICLES = DATA.articles;
  const SENTENCES = DATA.sentences;
  const CLAIMS = DATA.claims;
  const UNATTRIBUTED = "unattributed";
  const PAGE = 50;
  const MULTI = ["label", "grade", "flag"];
  const SINGLE = ["publisher", "source", "article"];
  const FACETS = MULTI.concat(SINGLE);
  const FACET_TITLES = { label: "Label", grade: "Grade", flag: "Flag", publisher: "Publisher", source: "Source", article: "Article" };
  const VIEWS = ["claims", "articles", "article", "overview", "review"];

  const LABEL_INDEX = new Map(LABELS.map((l, j) => [l.name, j]));
  const ARTICLE_INDEX = new Map(ARTICLES.map((a, i) => [a.id, i]));
  const SENTENCE_INDEX = new Map();
  SENTENCES.forEach((s, i) => {
    if (!s.id) s.id = ARTICLES[s.article].id + "#" + s.index;
    SENTENCE_INDEX.set(s.id, i);
  });

  /** Distance of each sentence's nearest score to its label's threshold, and that label. */
  const UNCERTAINTY = new Float64Array(SENTENCES.length);
  const NEAREST = new Int8Array(SENTENCES.length);
  SENTENCES.forEach((s, i) => {
    let best = Infinity, label = 0;
    s.scores.forEach((p, j) => {
      const d = Math.abs(p - LABELS[j].threshold);
      if (d < best) { best = d; label = j; }
    });
    UNCERTAINTY[i] = best;
    NEAREST[i] = label;
  });

  const ARTICLE_SOURCES = ARTICLES.map((a) => uniq(range(a.first, a.first + a.count)
    .flatMap((i) => SENTENCES[i].sources.map((src) => src[3]).filter(Boolean))));
  const CLAIM_FACETS = CLAIMS.map(claimFacets);
  const ALL_PUBLISHERS = uniq(ARTICLES.map((a) => a.publisher).filter(Boolean)
    .concat(CLAIMS.flatMap((c) => c.publishers))).sort(compareText);
  const ALL_SOURCES = uniq(ARTICLE_SOURCES.flat().concat(CLAIMS.flatMap((c) => c.sources.map((s) => s.name))))
    .sort(compareText);
  const textCache = new Map();

  function claimFacets(c) {
    const labels = new Set();
    c.types.forEach((n, j) => { if (n) labels.add(LABELS[j].name); });
    c.mentions.forEach((m) => m.labels.forEach((j) => labels.add(LABELS[j].name)));
    if (!labels.size || c.flags.includes(UNATTRIBUTED)) labels.add(UNATTRIBUTED);
    const inReport = c.mentions.filter((m) => m.article >= 0).map((m) => ARTICLES[m.article]);
    return {
      label: [...labels],
      grade: c.grade ? [c.grade] : [],
      flag: c.flags,
      publisher: uniq(c.publishers.concat(inReport.map((a) => a.publisher).filter(Boolean))),
      source: uniq(c.sources.map((s) => s.name)),
      article: uniq(inReport.map((a) => a.id)),
      text: [c.text, c.explanation].concat(c.mentions.map(mentionText)).join("\n").toLowerCase(),
    };
  }

  // ===== small helpers ======================================================================

  /** Create an element: props set attributes (class, text, on<event> handlers); children are nodes or text. */
  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") el.className = value;
      else if (key === "text") el.textContent = value;
      else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? "" : String(value));
    }
    append(el, children);
    return el;
  }

  const SVG_NS = "http://www.w3.org/2000/svg";
  /** Create an SVG element; a string child becomes a text node. */
  function svg(tag, attrs, ...children) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined) el.setAttribute(key, String(value));
    }
    append(el, children);
    return el;
  }

  /** Replace el's children (nulls skipped, text as text nodes). */
  function fill(el, ...children) {
    el.replaceChildren();
    append(el, children);
  }

  function append(el, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function uniq(values) { return [...new Set(values)]; }
  function range(a, b) { const out = []; for (let i = a; i < b; i++) out.push(i); return out; }
  function compareText(a, b) { return String(a).localeCompare(String(b)); }
  function fmt(n) { return Number(n).toLocaleString("en"); }
  function prob(p) { return Number(p).toFixed(2); }
  function plural(n, word) { return fmt(n) + " " + word + (n === 1 ? "" : "s"); }
  function truncate(text, n) { return text.length > n ? text.slice(0, n - 1) + "…" : text; }
  function articleTitle(a) { return a.title || a.id; }
  function mentionText(m) { return m.sentence >= 0 ? SENTENCES[m.sentence].text : m.text || ""; }
  function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : null; }

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }

  function chip(j, p, extra) {
    const label = LABELS[j];
    const tip = p === undefined ? label.description
      : label.title + ": p = " + prob(p) + " (threshold " + prob(label.threshold) + ")" + (extra || "");
    return h("span", { class: "chip lab-" + label.name, "data-tip": tip, text: label.title });
  }

  function gradeBadge(grade) {
    return h("span", { class: "grade grade-" + String(grade || "none").replace(/[^a-z0-9_-]/gi, ""), text: grade || "no grade" });
  }

  // ===== review corrections (localStorage) ==================================================

  const STORE_KEY = "annotator-report:" + DATA.key + ":corrections";
  const REMOVED_KEY = "annotator-report:cleared";
  const corrections = new Map(); // sentence id -> {id, article, text, labels, predicted, status, time}
  let storageWorks = true;
  let version = 0; // bumped whenever corrections or skips change (invalidates the review queue)

  function validRecords(list) {
    return Array.isArray(list)
      ? list.filter((r) => r && typeof r.id === "string" && typeof r.text === "string" && Array.isArray(r.labels)) : [];
  }

  function loadCorrections() {
    corrections.clear();
    let list = [];
    try {
      const stored = localStorage.getItem(STORE_KEY);
      list = stored === null ? adoptedCorrections() : JSON.parse(stored);
    } catch (e) {
      storageWorks = false;
    }
    for (const r of validRecords(list)) corrections.set(r.id, r);
    version++;
  }

  /** The sentence before sentence i in its article ("" at its start): what the model read with it. */
  function previousText(i) {
    return i > ARTICLES[SENTENCES[i].article].first ? SENTENCES[i - 1].text : "";
  }

  /** On a report's first opening: the corrections saved by other reports (an earlier run on these
   * articles, before an edit or under an older key) of a sentence this report has in the same
   * article with the same text, and the same sentence before it where the record kept one (an
   * inserted sentence shifts the ids after it; a changed context may change the labels). Records
   * a reviewer cleared since are not taken over again; a store whose every record this report took
   * over is removed, since opening its report again takes them back. */
  function adoptedCorrections() {
    const here = new Map();
    SENTENCES.forEach((s, i) => {
      const key = ARTICLES[s.article].id + "\u0000" + s.text;
      if (!here.has(key)) here.set(key, i);
    });
    const removed = removedRecords();
    const found = new Map();
    const stores = [];
    for (let k = 0; k < localStorage.length; k++) {
      const name = localStorage.key(k);
      if (name === STORE_KEY || !/^annotator-report:.*:corrections$/.test(name)) continue;
      let list;
      try { list = validRecords(JSON.parse(localStorage.getItem(name) || "[]")); } catch (e) { continue; }
      const taken = new Set();
      for (const r of list) {
        const i = here.get(r.article + "\u0000" + r.text);
        if (i === undefined || (typeof r.context === "string" && r.context !== previousText(i))) continue;
        if ((removed[r.article + "\u0000" + r.text] || "") >= r.time) continue;
        const id = SENTENCES[i].id;
        taken.add(id);
        if (!(found.has(id) && found.get(id).time > r.time)) found.set(id, Object.assign({}, r, { id }));
      }
      // every record taken over, each by a sentence of its own (a sentence repeated in an article
      // keeps only one correction here, so its store stays)
      if (list.length && taken.size === list.length) stores.push(name);
    }
    const adopted = [...found.values()];
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(adopted)); // adopted once: a later empty store stays empty
      for (const name of stores) localStorage.removeItem(name);
    } catch (e) {
      storageWorks = false;
    }
    return adopted;
  }

  /** When each cleared record (article and text) was cleared, kept apart from every report's store
   * so that a report opened later does not take it over from an older store. */
  function removedRecords() {
    try {
      const removed = JSON.parse(localStorage.getItem(REMOVED_KEY) || "{}");
      return removed && typeof removed === "object" && !Array.isArray(removed) ? removed : {};
    } catch (e) {
      return {};
    }
  }

  /** Clears this report's corrections and remembers when, for each, while an older store still
   * holds it (nothing else would take it over again). False when storage failed. */
  function clearCorrections() {
    const removed = removedRecords();
    const now = new Date().toISOString();
    for (const r of corrections.values()) removed[r.article + "\u0000" + r.text] = now;
    corrections.clear();
    const saved = saveCorrections(); // first: it frees space
    const held = new Set();
    for (let k = 0; k < localStorage.length; k++) {
      const name = localStorage.key(k);
      if (!/^annotator-report:.*:corrections$/.test(name)) continue;
      let list;
      try { list = validRecords(JSON.parse(localStorage.getItem(name) || "[]")); } catch (e) { continue; }
      for (const r of list) held.add(r.article + "\u0000" + r.text);
    }
    for (const key of Object.keys(removed)) if (!held.has(key)) delete removed[key];
    try {
      localStorage.setItem(REMOVED_KEY, JSON.stringify(removed));
    } catch (e) {
      storageWorks = false;
      return false;
    }
    return saved;
  }

  function saveCorrections() {
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify([...corrections.values()]));
      storageWorks = true;
    } catch (e) {
      storageWorks = false;
    }
    version++;
    return storageWorks;
  }

  /** The saved review of sentence i, if its text is still the same. */
  function correctionOf(i) {
    const c = corrections.get(SENTENCES[i].id);
    return c && c.text === SENTENCES[i].text ? c : null;
  }

  /** Label indices of sentence i: the reviewer's if reviewed, else the model's. */
  function labelsOf(i) {
    const c = correctionOf(i);
    return c ? c.labels.map((n) => LABEL_INDEX.get(n)).filter((j) => j !== undefined).sort((a, b) => a - b)
      : SENTENCES[i].labels;
  }

  function labelNames(labels) { return labels.length ? labels.map((j) => LABELS[j].name) : [UNATTRIBUTED]; }

  function articleLabelNames(ai) {
    const a = ARTICLES[ai];
    const names = new Set();
    for (let i = a.first; i < a.first + a.count; i++) labelNames(labelsOf(i)).forEach((n) => names.add(n));
    return [...names];
  }

  function articleText(ai) {
    if (!textCache.has(ai)) {
      const a = ARTICLES[ai];
      const parts = [articleTitle(a)];
      for (let i = a.first; i < a.first + a.count; i++) parts.push(SENTENCES[i].text);
      textCache.set(ai, parts.join("\n").toLowerCase());
    }
    return textCache.get(ai);
  }

  /** The previous sentence and the article's acronyms, as annotate read the sentence (the model
   * sees both), so a retrain on exported rows sees the same input; omitted when unknown. */
  function articleContext(r) {
    const i = SENTENCE_INDEX.get(r.id);
    if (i === undefined || SENTENCES[i].text !== r.text) return {};
    const s = SENTENCES[i];
    const a = ARTICLES[s.article];
    const out = { context: previousText(i) };
    if (a.acronyms) out.acronyms = a.acronyms;
    return out;
  }

  function exportCorrections() {
    const order = (r) => (SENTENCE_INDEX.has(r.id) ? SENTENCE_INDEX.get(r.id) : Infinity);
    const rows = [...corrections.values()].sort((a, b) => order(a) - order(b))
      .map((r) => JSON.stringify({ id: r.id, article: r.article, text: r.text, labels: r.labels, ...articleContext(r) }));
    const blob = new Blob([rows.join("\n") + (rows.length ? "\n" : "")], { type: "application/x-ndjson" });
    const url = URL.createObjectURL(blob);
    const link = h("a", { href: url, download: "corrections.jsonl" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 2000);
  }

  // ===== state in the URL hash ==============================================================

  function parseHash() {
    const p = new URLSearchParams(location.hash.replace(/^#/, ""));
    const st = { view: p.get("view"), id: p.get("id") || "", s: p.get("s") || "", q: p.get("q") || "", sort: p.get("sort") || "" };
    if (!VIEWS.includes(st.view)) st.view = CLAIMS.length ? "claims" : "articles";
    if (st.view === "article" && !ARTICLE_INDEX.has(st.id)) st.view = "articles";
    for (const f of MULTI) st[f] = p.getAll(f).filter(Boolean);
    for (const f of SINGLE) st[f] = p.get(f) || "";
    return st;
  }

  function hashOf(st) {
    const p = new URLSearchParams();
    p.set("view", st.view);
    if (st.view === "article" && st.id) p.set("id", st.id);
    if (st.s && (st.view === "article" || st.view === "review")) p.set("s", st.s);
    if (st.sort && st.view === "claims") p.set("sort", st.sort);
    for (const f of MULTI) for (const v of st[f]) p.append(f, v);
    for (const f of SINGLE) if (st[f]) p.set(f, st[f]);
    if (st.q) p.set("q", st.q);
    return "#" + p.toString();
  }

  function linkTo(patch) { return hashOf(Object.assign({}, state, { s: "", id: "" }, patch)); }

  /** Change the state: a new history entry (hashchange renders), or replace it and render now. */
  function go(patch, replace) {
    const hash = hashOf(Object.assign({}, state, patch));
    if (replace || hash === location.hash) {
      history.replaceState(null, "", hash);
      render();
    } else {
      location.hash = hash;
    }
  }

  function selection(f) { return MULTI.includes(f) ? state[f] : state[f] ? [state[f]] : []; }

  // ===== filtering with facet counts ========================================================

  const CLAIM_GET = {
    label: (i) => CLAIM_FACETS[i].label, grade: (i) => CLAIM_FACETS[i].grade, flag: (i) => CLAIM_FACETS[i].flag,
    publisher: (i) => CLAIM_FACETS[i].publisher, source: (i) => CLAIM_FACETS[i].source,
    article: (i) => CLAIM_FACETS[i].article, text: (i) => CLAIM_FACETS[i].text,
  };
  const ARTICLE_GET = {
    label: articleLabelNames,
    publisher: (i) => (ARTICLES[i].publisher ? [ARTICLES[i].publisher] : []),
    source: (i) => ARTICLE_SOURCES[i], article: (i) => [ARTICLES[i].id], text: articleText,
  };
  const SENTENCE_GET = {
    label: (i) => labelNames(labelsOf(i)),
    publisher: (i) => ARTICLE_GET.publisher(SENTENCES[i].article),
    source: (i) => SENTENCES[i].sources.map((src) => src[3]).filter(Boolean),
    article: (i) => [ARTICLES[SENTENCES[i].article].id],
    text: (i) => SENTENCES[i].text.toLowerCase(),
  };

  function searchTerms() { return state.q.toLowerCase().split(/\s+/).filter(Boolean); }

  /**
   * Items 0..n-1 that pass every filter, and per facet the count of each value among the items
   * that pass all the *other* filters (so a facet's counts say what choosing a value would give).
   */
  function applyFilters(n, get) {
    const facets = FACETS.filter((f) => get[f]);
    const chosen = {};
    for (const f of facets) chosen[f] = selection(f);
    const terms = searchTerms();
    const counts = {};
    for (const f of facets) counts[f] = new Map();
    const kept = [];
    const values = {};
    for (let i = 0; i < n; i++) {
      let failed = null, fails = 0;
      if (terms.length) {
        const text = get.text(i);
        if (!terms.every((t) => text.includes(t))) { fails = 1; failed = "q"; }
      }
      for (const f of facets) {
        values[f] = get[f](i);
        if (chosen[f].length && !chosen[f].some((v) => values[f].includes(v))) { fails++; failed = f; }
        if (fails > 1) break;
      }
      if (fails === 0) {
        kept.push(i);
        for (const f of facets) tally(counts[f], values[f]);
      } else if (fails === 1 && failed !== "q") {
        tally(counts[failed], values[failed]);
      }
    }
    return { kept, counts };
  }

  function tally(map, values) { for (const v of values) map.set(v, (map.get(v) || 0) + 1); }

  /** Does sentence i pass the sentence-level filters (label, source, search)? */
  function sentenceMatches(i) {
    const terms = searchTerms();
    if (terms.length) {
      const text = SENTENCE_GET.text(i);
      if (!terms.every((t) => text.includes(t))) return false;
    }
    for (const f of ["label", "source"]) {
      const chosen = selection(f);
      if (chosen.length && !chosen.some((v) => SENTENCE_GET[f](i).includes(v))) return false;
    }
    return true;
  }

  function sentenceFiltersActive() { return searchTerms().length > 0 || state.label.length > 0 || !!state.source; }

  // ===== page skeleton: tabs, summary, filters ==============================================

  const main = document.getElementById("main");
  const tabs = document.getElementById("tabs");
  const filters = document.getElementById("filters");
  const exportButton = document.getElementById("export");
  let state = parseHash();
  let limit = PAGE;
  let searchInput = null;
  const facetBoxes = {};

  function buildSkeleton() {
    const total = SENTENCES.length;
    const labelled = SENTENCES.filter((s) => s.labels.length).length;
    const summary = document.getElementById("summary");
    summary.textContent = plural(ARTICLES.length, "article") + " · " + plural(total, "sentence") + " (" + fmt(labelled) +
      " attributed) · " + plural(CLAIMS.length, "claim");
    summary.title = "Model: " + (DATA.model || "default") + "\nGenerated: " + DATA.generated;
    exportButton.addEventListener("click", exportCorrections);
    searchInput = h("input", {
      type: "search", id: "search", placeholder: "Search text…", "aria-label": "Search text", autocomplete: "off",
      oninput: debounce(() => go({ q: searchInput.value.trim(), s: "" }, true), 150),
    });
    filters.append(h("h3", { text: "Search" }), searchInput);
    for (const f of FACETS) {
      facetBoxes[f] = h("section", { class: "facet", id: "facet-" + f });
      filters.append(facetBoxes[f]);
    }
    filters.append(h("button", {
      type: "button", class: "clear", id: "clear-filters", text: "Clear filters",
      onclick: () => { searchInput.value = ""; go({ label: [], grade: [], flag: [], publisher: "", source: "", article: "", q: "" }); },
    }));
  }

  function renderTabs() {
    const left = reviewQueue().length;
    const items = [["claims", "Claims", CLAIMS.length], ["articles", "Articles", ARTICLES.length],
      ["overview", "Overview", null], ["review", "Review", left]];
    fill(tabs, items.map(([view, title, n]) => h("button", {
      type: "button", class: "tab", id: "tab-" + view,
      "aria-selected": String(state.view === view || (view === "articles" && state.view === "article")),
      onclick: () => go({ view, s: "", id: "" }),
    }, title, n === null ? null : h("span", { class: "n", text: fmt(n) }))));
    exportButton.textContent = "Export corrections (" + fmt(corrections.size) + ")";
    exportButton.disabled = corrections.size === 0;
  }

  /** Facet boxes: checkboxes for labels, grades and flags; drop-downs for the long lists. */
  function renderFilters(counts, note, unit) {
    if (document.activeElement !== searchInput) searchInput.value = state.q;
    for (const f of FACETS) {
      const box = facetBoxes[f];
      const applies = counts[f] !== undefined;
      box.className = "facet" + (applies ? "" : " inactive");
      // what the numbers count: claims in the claims view, sentences in an article (the summary counts sentences)
      const counted = applies ? (typeof unit === "string" ? unit : (unit || {})[f]) : null;
      const content = [h("h3", {}, FACET_TITLES[f], counted ? h("span", { class: "unit", text: "· " + counted }) : null)];
      if (!applies) content.push(h("div", { class: "note", text: note[f] || "Not used in this view." }));
      else if (MULTI.includes(f)) content.push(checkboxes(f, counts[f]));
      else content.push(dropdown(f, counts[f]));
      fill(box, content);
    }
  }

  function checkboxes(f, counts) {
    let options;
    if (f === "label") {
      options = LABELS.map((l) => ({ value: l.name, title: l.title, cls: "lab-" + l.name, tip: l.description }))
        .concat([{ value: UNATTRIBUTED, title: "Unattributed", cls: "", tip: "No attribution label" }]);
    } else if (f === "grade") {
      options = DATA.grades.map((g) => ({ value: g, title: g, cls: "grade-" + g }));
    } else {
      options = DATA.flags.map((g) => ({ value: g, title: g.replace(/_/g, " "), cls: "" }));
    }
    if (!options.length) return h("div", { class: "note", text: "None in this report." });
    const chosen = state[f];
    return h("div", { class: "opts" }, options.map((o) => {
      const n = counts.get(o.value) || 0;
      const box = h("input", {
        type: "checkbox", "data-value": o.value, checked: chosen.includes(o.value),
        onchange: () => go({ [f]: box.checked ? chosen.concat([o.value]) : chosen.filter((v) => v !== o.value), s: "" }),
      });
      return h("label", { class: "opt" + (n ? "" : " zero"), title: o.tip || null, "data-facet": f, "data-value": o.value },
        box, f === "flag" ? null : h("span", { class: "swatch " + o.cls }), h("span", { class: "name", text: o.title }),
        h("span", { class: "count", text: fmt(n) }));
    }));
  }

  function dropdown(f, counts) {
    const all = f === "publisher" ? ALL_PUBLISHERS : f === "source" ? ALL_SOURCES : ARTICLES.map((a) => a.id);
    if (!all.length) return h("div", { class: "note", text: "None in this report." });
    const name = (v) => (f === "article" ? truncate(articleTitle(ARTICLES[ARTICLE_INDEX.get(v)]), 48) : v);
    const options = all.filter((v) => counts.get(v) || v === state[f]);
    const select = h("select", { id: "filter-" + f, "aria-label": FACET_TITLES[f], onchange: () => go({ [f]: select.value, s: "" }) },
      h("option", { value: "", text: "All (" + fmt(options.length) + ")" }),
      options.map((v) => h("option", { value: v, selected: v === state[f], text: name(v) + " (" + fmt(counts.get(v) || 0) + ")" })));
    return select;
  }

  // ===== views ==============================================================================

  function render() {
    const previous = state;
    state = parseHash();
    if (previous.view !== state.view || previous.id !== state.id) limit = PAGE;
    renderTabs();
    const view = { claims: claimsView, articles: articlesView, article: articleView, overview: overviewView, review: reviewView }[state.view];
    const result = view();
    renderFilters(result.counts, result.note || {}, result.unit);
    if (previous.view !== state.view || previous.id !== state.id) window.scrollTo(0, 0);
    if (result.after) result.after();
    document.documentElement.dataset.rendered = location.hash; // which state is on screen (tests wait for it)
  }

  function countLine(shown, total, noun, extra) {
    return h("div", { class: "bar-line" },
      h("span", { class: "result-count", id: "result-count", "data-count": shown, text: "Showing " + fmt(shown) + " of " + plural(total, noun) }),
      extra || null);
  }

  function moreButton(total) {
    if (total <= limit) return null;
    return h("button", { type: "button", class: "more", text: "Show " + fmt(Math.min(PAGE, total - limit)) + " more",
      onclick: () => { limit += PAGE; render(); } });
  }

  // ----- claims --------------------------------------------------------------------------------

  function claimsView() {
    const { kept, counts } = applyFilters(CLAIMS.length, CLAIM_GET);
    const sorters = {
      "": (a, b) => 0, // already ordered by score
      "score-asc": (a, b) => (CLAIMS[a].score ?? Infinity) - (CLAIMS[b].score ?? Infinity),
      mentions: (a, b) => CLAIMS[b].mentions.length - CLAIMS[a].mentions.length,
    };
    const order = kept.slice().sort(sorters[state.sort] || sorters[""]);
    const sort = h("select", { id: "sort", "aria-label": "Order", onchange: () => go({ sort: sort.value }, true) },
      [["", "Score, highest first"], ["score-asc", "Score, lowest first"], ["mentions", "Most mentions first"]]
        .map(([v, t]) => h("option", { value: v, selected: v === state.sort, text: t })));
    const body = [countLine(kept.length, CLAIMS.length, "claim", sort)];
    if (!CLAIMS.length) body.push(h("div", { class: "empty", text: "No claims in this report. The Articles, Overview and Review views show the annotated sentences." }));
    else if (!kept.length) body.push(h("div", { class: "empty", text: "No claim matches these filters." }));
    body.push(order.slice(0, limit).map(claimCard), moreButton(order.length));
    fill(main, body);
    return { counts, unit: "claims" };
  }

  function claimCard(ci) {
    const c = CLAIMS[ci];
    const domain = scoreDomain();
    const bar = h("span");
    bar.style.width = Math.max(0, Math.min(100, (100 * (c.score || 0)) / domain)) + "%";
    const profile = h("dl", { class: "profile" },
      h("dt", { text: "Types" }), h("dd", {}, c.types.some(Boolean)
        ? c.types.map((n, j) => (n ? [chip(j), h("span", { class: "small muted", text: "×" + n + " " })] : null))
        : h("span", { class: "muted", text: "none (unattributed)" })),
      h("dt", { text: "Named sources" }), h("dd", {}, c.sources.length ? c.sources.map((s, k) => [k ? ", " : "", s.name,
        s.kind || s.leaning ? h("span", { class: "leaning", text: " (" + [s.kind, s.leaning].filter(Boolean).join(", ") + ")" }) : null])
        : h("span", { class: "muted", text: "none" })),
      h("dt", { text: "Publishers" }), h("dd", { text: c.publishers.length ? c.publishers.join(", ") : "–" }),
      h("dt", { text: "Independent origins" }), h("dd", {}, c.independent_origins === null || c.independent_origins === undefined ? "–" : String(c.independent_origins),
        c.origins.length ? h("span", { class: "muted", text: ": " + c.origins.join("; ") }) : null),
      (c.disputed_by || []).length ? [h("dt", { text: "Disputed by" }), h("dd", { text: c.disputed_by.join("; ") })] : null,
      (c.denied_in || []).length ? [h("dt", { text: "Denied in" }), h("dd", {}, h("ul", { class: "denials" }, c.denied_in.map((m) => h("li", {}, where(m), mentionText(m)))))] : null,
      c.flags.length ? [h("dt", { text: "Flags" }), h("dd", {}, c.flags.map((f) => h("span", { class: "badge flag", text: f.replace(/_/g, " ") })))] : null);
    const mentions = h("ul", { class: "mentions" }, c.mentions.map((m) => h("li", {}, where(m),
      mentionText(m), " ", (m.sentence >= 0 ? labelsOf(m.sentence) : m.labels).map((j) => chip(j, m.sentence >= 0 ? SENTENCES[m.sentence].scores[j] : undefined)))));
    return h("article", { class: "card claim", "data-claim": c.id },
      h("div", { class: "card-head" }, gradeBadge(c.grade),
        h("span", { class: "score", text: c.score === null ? "–" : String(Math.round(c.score * 10) / 10) }),
        h("span", { class: "scorebar" }, bar),
        h("span", { class: "muted small", text: plural(c.mentions.length, "mention") })),
      h("div", { class: "claim-text", text: c.text }),
      c.explanation ? h("div", { class: "explanation", text: c.explanation }) : null,
      profile, mentions);
  }

  // The article a claim's sentence comes from, as a link to the sentence in it.
  function where(m) {
    const a = m.article >= 0 ? ARTICLES[m.article] : null;
    const label = a ? [a.publisher, articleTitle(a)].filter(Boolean).join(" · ") : "not in this report";
    const sid = m.sentence >= 0 ? SENTENCES[m.sentence].id : "";
    return a ? h("a", { class: "where", href: linkTo({ view: "article", id: a.id, s: sid }), text: truncate(label, 80) })
      : h("span", { class: "where", text: label });
  }

  function scoreDomain() {
    const max = Math.max(0, ...CLAIMS.map((c) => c.score || 0));
    return max <= 1 ? 1 : Math.max(100, max);
  }

  // ----- articles --------------------------------------------------------------------------

  function articlesView() {
    const { kept, counts } = applyFilters(ARTICLES.length, ARTICLE_GET);
    const body = [countLine(kept.length, ARTICLES.length, "article"), legend()];
    if (!kept.length) body.push(h("div", { class: "empty", text: "No article matches these filters." }));
    body.push(kept.slice(0, limit).map(articleRow), moreButton(kept.length));
    fill(main, body);
    return { counts, unit: "articles", note: { grade: "Applies to claims.", flag: "Applies to claims." } };
  }

  function articleCounts(ai) {
    const a = ARTICLES[ai];
    const counts = LABELS.map(() => 0);
    let none = 0;
    for (let i = a.first; i < a.first + a.count; i++) {
      const labels = labelsOf(i);
      labels.forEach((j) => counts[j]++);
      if (!labels.length) none++;
    }
    return { counts, none };
  }

  function distributionBar(ai) {
    const { counts, none } = articleCounts(ai);
    const parts = counts.map((n, j) => [n, "lab-" + LABELS[j].name, LABELS[j].title]).concat([[none, "", "Unattributed"]]);
    const tip = parts.filter(([n]) => n).map(([n, , t]) => t + ": " + n).join("\n");
    return h("div", { class: "dist", "data-tip": tip || "no sentences" }, parts.filter(([n]) => n).map(([n, cls]) => {
      const seg = h("span", { class: cls });
      seg.style.flexGrow = String(n);
      return seg;
    }));
  }

  function articleRow(ai) {
    const a = ARTICLES[ai];
    const labelled = a.count - articleCounts(ai).none;
    return h("div", { class: "article-row", "data-article": a.id },
      h("div", {},
        h("a", { href: linkTo({ view: "article", id: a.id }), text: articleTitle(a) }),
        h("div", { class: "meta", text: [a.publisher, a.date, plural(a.count, "sentence"), fmt(labelled) + " attributed"].filter(Boolean).join(" · ") })),
      distributionBar(ai));
  }

  function legend() {
    return h("div", { class: "legend", id: "legend" }, LABELS.map((l) => h("span", {
      class: "item", "data-tip": l.description + "\nthreshold " + prob(l.threshold),
    }, h("span", { class: "swatch lab-" + l.name }), l.title)));
  }

  // ----- one article -----------------------------------------------------------------------

  function articleView() {
    const ai = ARTICLE_INDEX.get(state.id);
    const a = ARTICLES[ai];
    const { kept, counts } = applyFilters(ARTICLES.length, ARTICLE_GET);
    const position = kept.indexOf(ai);
    const nav = h("div", { class: "bar-line back" },
      h("a", { href: linkTo({ view: "articles" }), text: "← All articles" }),
      position > 0 ? h("a", { href: linkTo({ view: "article", id: ARTICLES[kept[position - 1]].id }), text: "‹ previous" }) : null,
      position >= 0 && position < kept.length - 1 ? h("a", { href: linkTo({ view: "article", id: ARTICLES[kept[position + 1]].id }), text: "next ›" }) : null);
    const url = safeUrl(a.url);
    const meta = h("div", { class: "meta" }, [a.publisher, a.date, a.path].filter(Boolean).join(" · "),
      url ? [" · ", h("a", { href: url, rel: "noopener noreferrer", target: "_blank", text: truncate(url, 70) })] : null);
    const filtering = sentenceFiltersActive();
    let matching = 0;
    const paragraphs = [];
    let paragraph = null;
    const nodes = new Map();
    for (let i = a.first; i < a.first + a.count; i++) {
      const s = SENTENCES[i];
      if (!paragraph || s.para) { paragraph = h("p"); paragraphs.push(paragraph); }
      const matches = !filtering || sentenceMatches(i);
      matching += matches ? 1 : 0;
      const node = sentenceNode(i, filtering && !matches, s.id === state.s);
      nodes.set(s.id, node);
      paragraph.append(node, " ");
    }
    const counts2 = articleCounts(ai);
    const summary = h("div", { class: "legend" }, LABELS.map((l, j) => h("span", { class: "item", "data-tip": l.description + "\nthreshold " + prob(l.threshold) },
      h("span", { class: "swatch lab-" + l.name }), l.title + " " + counts2.counts[j])),
    h("span", { class: "item" }, h("span", { class: "swatch" }), "Unattributed " + counts2.none));
    fill(main, nav, h("h2", { id: "article-title", text: articleTitle(a) }), meta, summary,
      filtering ? h("div", { class: "bar-line" }, h("span", { class: "result-count", id: "sentence-count", "data-count": matching,
        text: fmt(matching) + " of " + plural(a.count, "sentence") + " match the filters" })) : null,
      h("div", { class: "note", text: "Underlined: source mentions. Hover a label for its probability; click a sentence to review it." }),
      h("div", { class: "reader", id: "reader" }, paragraphs.length ? paragraphs : h("p", { class: "muted", text: "No sentences." })));
    const current = nodes.get(state.s);
    return {
      counts, unit: "articles", note: { grade: "Applies to claims.", flag: "Applies to claims." },
      after: current ? () => current.scrollIntoView({ block: "center" }) : null,
    };
  }

  function sentenceNode(i, dim, current) {
    const s = SENTENCES[i];
    const labels = labelsOf(i);
    const review = correctionOf(i);
    const classes = ["sent"];
    if (labels.length) classes.push("labelled", "lab-" + LABELS[labels[0]].name);
    if (dim) classes.push("dim");
    if (current) classes.push("current");
    const scores = LABELS.map((l, j) => l.title + " " + prob(s.scores[j])).join(", ");
    const node = h("span", {
      class: classes.join(" "), tabindex: "0", "data-sid": s.id, role: "button",
      "data-labels": labels.map((j) => LABELS[j].name).join(" "), "data-model": s.labels.map((j) => LABELS[j].name).join(" "),
      title: "Click to review. Model scores: " + scores,
      onclick: (e) => { if (!(e.target instanceof HTMLAnchorElement)) go({ view: "review", s: s.id, id: "" }); },
      onkeydown: (e) => { if (e.key === "Enter") go({ view: "review", s: s.id, id: "" }); },
    }, withSources(s), labels.length ? " " : null, labels.map((j) => chip(j, s.scores[j])));
    if (review) {
      const model = s.labels.length ? s.labels.map((j) => LABELS[j].title).join(", ") : "none";
      node.append(h("span", { class: "corrected-mark", "data-tip": "Reviewed (" + review.status + "); model said: " + model, text: "✎" }));
    }
    return node;
  }

  /** The sentence's text with each source mention wrapped in an underlined span. */
  function withSources(s) {
    const spans = s.sources.filter((x) => x[1] < x[2] && x[2] <= s.text.length).sort((x, y) => x[1] - y[1]);
    const out = [];
    let pos = 0;
    for (const [j, start, end, name, kind, leaning] of spans) {
      if (start < pos) continue;
      if (start > pos) out.push(s.text.slice(pos, start));
      const about = [kind, leaning].filter(Boolean).join(", ");
      out.push(h("span", {
        class: "src lab-" + LABELS[j].name,
        "data-tip": LABELS[j].title + " source" + (name ? ": " + name : "") + (about ? " (" + about + ")" : ""),
        text: s.text.slice(start, end),
      }));
      pos = end;
    }
    out.push(s.text.slice(pos));
    return out;
  }

  // ----- overview ----------------------------------------------------------------------------

  function overviewView() {
    const arts = applyFilters(ARTICLES.length, ARTICLE_GET);
    const claims = applyFilters(CLAIMS.length, CLAIM_GET);
    const sentences = arts.kept.flatMap((ai) => range(ARTICLES[ai].first, ARTICLES[ai].first + ARTICLES[ai].count));
    const totals = LABELS.map(() => 0);
    let none = 0;
    for (const i of sentences) {
      const labels = labelsOf(i);
      labels.forEach((j) => totals[j]++);
      if (!labels.length) none++;
    }
    const stat = (n, text) => h("div", { class: "stat" }, h("b", { text: fmt(n) }), h("span", { class: "muted", text }));
    fill(main, 
      h("div", { class: "stats" }, stat(arts.kept.length, "articles"), stat(sentences.length, "sentences"),
        stat(sentences.length - none, "attributed"), stat(claims.kept.length, "claims"), stat(corrections.size, "reviewed")),
      h("div", { class: "charts" },
        chart("Sentences per label", "label-totals", labelTotalsChart(totals, none)),
        chart("Claim scores", "score-histogram", CLAIMS.length ? scoreHistogram(claims.kept)
          : h("p", { class: "muted", text: "No claims in this report." })),
        chart("Model uncertainty: distance of the nearest score to its threshold", "uncertainty-histogram", uncertaintyHistogram(sentences)),
        chart("Label distribution per article", "article-distribution", articleDistributionChart(arts.kept), true)));
    const counts = Object.assign({}, arts.counts, { grade: claims.counts.grade, flag: claims.counts.flag });
    return { counts, unit: { label: "articles", publisher: "articles", source: "articles", article: "articles", grade: "claims", flag: "claims" } };
  }

  function chart(title, id, body, wide) {
    return h("section", { class: "chart" + (wide ? " wide" : ""), id }, h("h3", { text: title }), body);
  }

  function labelTotalsChart(totals, none) {
    const rows = LABELS.map((l, j) => [l.title, totals[j], l.colour]).concat([["Unattributed", none, "#dddddd"]]);
    const max = Math.max(1, ...rows.map((r) => r[1]));
    const W = 440, left = 120, rowH = 22, barMax = W - left - 50;
    return svg("svg", { viewBox: "0 0 " + W + " " + rows.length * rowH, role: "img", "aria-label": "Sentences per label" },
      rows.map(([title, n, colour], k) => svg("g", { transform: "translate(0," + k * rowH + ")" },
        svg("text", { x: left - 6, y: 15, "text-anchor": "end" }, title),
        svg("rect", { x: left, y: 4, width: Math.max(1, (barMax * n) / max), height: 14, fill: colour, rx: 2 }, svg("title", {}, title + ": " + fmt(n))),
        svg("text", { x: left + (barMax * n) / max + 5, y: 15 }, fmt(n)))));
  }

  /** A histogram: bins of {label, parts: [{n, colour, name}]} drawn as stacked columns. */
  function histogram(bins, xLabel, legendItems) {
    const W = 440, H = 190, left = 36, bottom = 34, top = 8;
    const max = Math.max(1, ...bins.map((b) => b.parts.reduce((t, p) => t + p.n, 0)));
    const bw = (W - left - 8) / bins.length;
    const y = (n) => ((H - bottom - top) * n) / max;
    const columns = bins.map((b, k) => {
      let base = H - bottom;
      return svg("g", {}, b.parts.filter((p) => p.n).map((p) => {
        base -= y(p.n);
        return svg("rect", { x: left + k * bw + 1, y: base, width: bw - 2, height: y(p.n), fill: p.colour },
          svg("title", {}, b.label + (p.name ? " · " + p.name : "") + ": " + fmt(p.n)));
      }), svg("text", { x: left + k * bw + bw / 2, y: H - bottom + 13, "text-anchor": "middle" }, b.tick));
    });
    return [svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": xLabel },
      svg("line", { x1: left, x2: W - 8, y1: H - bottom, y2: H - bottom, stroke: "#999" }),
      svg("text", { x: left - 4, y: top + 8, "text-anchor": "end" }, fmt(max)),
      svg("text", { x: left - 4, y: H - bottom, "text-anchor": "end" }, "0"),
      columns,
      svg("text", { x: (W + left) / 2, y: H - 4, "text-anchor": "middle" }, xLabel)),
    legendItems ? h("div", { class: "legend" }, legendItems) : null];
  }

  const GRADE_COLOURS = { strong: "#009E73", moderate: "#0072B2", weak: "#E69F00", unsourced: "#999999" };

  function scoreHistogram(kept) {
    const domain = scoreDomain();
    const grades = DATA.grades.concat([null]);
    const bins = range(0, 10).map((k) => ({
      label: "score " + fmt((k * domain) / 10) + "–" + fmt(((k + 1) * domain) / 10), tick: fmt((k * domain) / 10),
      parts: grades.map((g) => ({ n: 0, name: g || "no grade", colour: GRADE_COLOURS[g] || "#666666", grade: g })),
    }));
    for (const ci of kept) {
      const c = CLAIMS[ci];
      if (c.score === null) continue;
      const k = Math.min(9, Math.max(0, Math.floor((10 * c.score) / domain)));
      const part = bins[k].parts.find((p) => p.grade === (c.grade || null));
      if (part) part.n++;
    }
    return histogram(bins, "claim score (" + fmt(kept.length) + " claims)",
      DATA.grades.map((g) => h("span", { class: "item" }, gradeBadge(g))));
  }

  function uncertaintyHistogram(sentences) {
    const bins = range(0, 10).map((k) => ({
      label: "distance " + (k * 0.05).toFixed(2) + "–" + ((k + 1) * 0.05).toFixed(2) + (k === 9 ? "+" : ""),
      tick: (k * 0.05).toFixed(2), parts: [{ n: 0, colour: k < 2 ? "#D55E00" : "#0072B2" }],
    }));
    for (const i of sentences) bins[Math.min(9, Math.floor(UNCERTAINTY[i] / 0.05))].parts[0].n++;
    return histogram(bins, "distance to the nearest threshold (review starts at the left)");
  }

  function articleDistributionChart(kept) {
    const MAX_ROWS = 150;
    const rows = kept.slice(0, MAX_ROWS);
    if (!rows.length) return h("p", { class: "muted", text: "No article matches these filters." });
    const W = 900, left = 250, right = 50, rowH = 16, barW = W - left - right;
    const body = rows.map((ai, k) => {
      const a = ARTICLES[ai];
      const { counts, none } = articleCounts(ai);
      const parts = counts.map((n, j) => [n, LABELS[j].colour, LABELS[j].title]).concat([[none, "#e4e4e0", "Unattributed"]]);
      const total = Math.max(1, parts.reduce((t, p) => t + p[0], 0));
      let x = left;
      return svg("a", { href: linkTo({ view: "article", id: a.id }) }, svg("g", { transform: "translate(0," + k * rowH + ")" },
        svg("text", { x: left - 6, y: 11, "text-anchor": "end" }, truncate(articleTitle(a), 42)),
        parts.filter((p) => p[0]).map(([n, colour, title]) => {
          const w = (barW * n) / total;
          const rect = svg("rect", { x, y: 2, width: w, height: rowH - 4, fill: colour }, svg("title", {}, articleTitle(a) + " · " + title + ": " + n));
          x += w;
          return rect;
        }),
        svg("text", { x: W - right + 6, y: 11 }, fmt(a.count))));
    });
    return [svg("svg", { viewBox: "0 0 " + W + " " + rows.length * rowH, role: "img", "aria-label": "Label distribution per article" }, body),
      h("div", { class: "legend" }, LABELS.map((l) => h("span", { class: "item" }, h("span", { class: "swatch lab-" + l.name }), l.title)),
        h("span", { class: "item" }, h("span", { class: "swatch" }), "Unattributed"), h("span", { class: "muted", text: "share of label assignments; number of sentences at right" })),
      kept.length > MAX_ROWS ? h("p", { class: "note", text: "First " + MAX_ROWS + " of " + fmt(kept.length) + " articles; filter to see others." }) : null];
  }

  // ----- review ------------------------------------------------------------------------------

  const skipped = new Set();
  const trail = []; // sentence ids reviewed in this session, for "Back"
  let draft = null; // {id, labels: Set} the chips as toggled on the current sentence
  let flash = "";
  let queueCache = { key: null, queue: [], counts: {} };

  /** Unreviewed sentences passing the filters, nearest a threshold first (skipped ones last). */
  function reviewQueueAndCounts() {
    const key = JSON.stringify([version, skipped.size, state.label, state.publisher, state.source, state.article, state.q]);
    if (queueCache.key !== key) {
      const { kept, counts } = applyFilters(SENTENCES.length, SENTENCE_GET);
      const queue = kept.filter((i) => !correctionOf(i));
      queue.sort((a, b) => (skipped.has(SENTENCES[a].id) - skipped.has(SENTENCES[b].id)) || UNCERTAINTY[a] - UNCERTAINTY[b] || a - b);
      queueCache = { key, queue, counts };
    }
    return queueCache;
  }

  function reviewQueue() { return state.view === "review" ? reviewQueueAndCounts().queue : unreviewedCount(); }

  function unreviewedCount() {
    let n = 0;
    for (let i = 0; i < SENTENCES.length; i++) if (!correctionOf(i)) n++;
    return { length: n };
  }

  function currentReviewSentence(queue) {
    if (state.s && SENTENCE_INDEX.has(state.s)) return SENTENCE_INDEX.get(state.s);
    return queue.length ? queue[0] : -1;
  }

  function draftFor(i) {
    const id = SENTENCES[i].id;
    if (!draft || draft.id !== id) draft = { id, labels: new Set(labelsOf(i)) };
    return draft;
  }

  function reviewView() {
    const { queue, counts } = reviewQueueAndCounts();
    const i = currentReviewSentence(queue);
    const side = reviewSide(queue, i);
    if (i < 0) {
      fill(main, h("div", { class: "review" }, h("div", { class: "empty", id: "review-empty",
        text: corrections.size ? "Nothing left to review with these filters. Export your corrections with the button at the top." : "No sentence matches these filters." }), side));
      return { counts, unit: "sentences", note: { grade: "Applies to claims.", flag: "Applies to claims." } };
    }
    const s = SENTENCES[i];
    const a = ARTICLES[s.article];
    const d = draftFor(i);
    const saved = correctionOf(i);
    const context = (k) => (k >= a.first && k < a.first + a.count ? h("div", { class: "context", text: SENTENCES[k].text }) : null);
    const toggles = h("div", { class: "toggles", id: "toggles" }, LABELS.map((l, j) => {
      const fill = h("span");
      fill.style.width = 100 * s.scores[j] + "%";
      const mark = h("i");
      mark.style.left = 100 * l.threshold + "%";
      return h("button", {
        type: "button", class: "toggle lab-" + l.name, "data-label": l.name, "aria-pressed": String(d.labels.has(j)),
        title: l.description, onclick: () => toggleLabel(j),
      }, h("span", { class: "t-name" }, h("span", { class: "swatch lab-" + l.name }), l.title, h("span", { class: "key", text: String(j + 1) })),
      h("div", { class: "prob" }, fill, mark),
      h("div", { class: "small muted", text: "model p " + prob(s.scores[j]) + " · threshold " + prob(l.threshold) + (s.labels.includes(j) ? " · predicted" : "") }));
    }));
    const predicted = s.labels.length ? s.labels.map((j) => chip(j, s.scores[j])) : h("span", { class: "muted", text: "no label (unattributed)" });
    const card = h("section", { class: "review-card", id: "review-card", "data-sid": s.id },
      h("div", { class: "meta" },
        h("a", { href: linkTo({ view: "article", id: a.id, s: s.id }), text: truncate(articleTitle(a), 90) }),
        " · sentence " + (s.index + 1) + " of " + a.count + " · nearest threshold: " + LABELS[NEAREST[i]].title +
        " (distance " + UNCERTAINTY[i].toFixed(3) + ")"),
      context(i - 1),
      h("div", { class: "focus", id: "review-text" }, withSources(s)),
      context(i + 1),
      h("div", { id: "model-labels", "data-model": s.labels.map((j) => LABELS[j].name).join(" ") },
        h("span", { class: "muted", text: "Model: " }), predicted,
        saved ? h("span", { class: "muted", text: " · saved review (" + saved.status + "): " + (saved.labels.join(", ") || "no label") }) : null),
      toggles,
      h("div", { class: "actions" },
        h("button", { type: "button", class: "primary", id: "accept", text: "Accept (Enter)", onclick: () => acceptSentence(i) }),
        h("button", { type: "button", id: "skip", text: "Skip (S)", onclick: () => skipSentence(i) }),
        h("button", { type: "button", id: "reset", text: "Reset to model (R)", onclick: () => { draft = { id: s.id, labels: new Set(s.labels) }; render(); } }),
        h("button", { type: "button", id: "back", text: "Back (B)", disabled: !trail.length, onclick: goBack })),
      h("div", { class: "status", id: "review-status", role: "status", text: flash || (storageWorks ? "" : "Browser storage is unavailable: corrections last only until you close the page. Export them.") }),
      h("div", { class: "kbd", text: "Keys: 1–" + LABELS.length + " toggle labels · Enter accept · S skip · R reset · B back" }));
    flash = "";
    fill(main, h("div", { class: "review" }, card, side));
    return { counts, unit: "sentences", note: { grade: "Applies to claims.", flag: "Applies to claims." } };
  }

  function reviewSide(queue, current) {
    const next = queue.filter((k) => k !== current).slice(0, 12);
    let confirmClear = false;
    const clear = h("button", { type: "button", id: "clear-corrections", text: "Clear all corrections", disabled: !corrections.size,
      onclick: () => {
        if (!confirmClear) { confirmClear = true; clear.textContent = "Click again to delete " + plural(corrections.size, "review"); return; }
        if (!clearCorrections()) flash = "Could not save to browser storage: a later report may show these corrections again.";
        draft = null; trail.length = 0; render();
      } });
    const reviewed = [...corrections.values()];
    const changed = reviewed.filter((r) => r.status === "corrected").length;
    return h("aside", { class: "queue", id: "queue" },
      h("h3", { text: "Queue" }),
      h("div", { id: "queue-count", "data-count": queue.length, text: plural(queue.length, "sentence") + " to review, nearest a threshold first" }),
      h("ol", {}, next.map((k) => h("li", { "data-sid": SENTENCES[k].id, title: SENTENCES[k].text, onclick: () => go({ s: SENTENCES[k].id }) },
        truncate(SENTENCES[k].text, 70), h("span", { class: "muted", text: " · " + UNCERTAINTY[k].toFixed(2) })))),
      h("h3", { text: "Reviewed" }),
      h("div", { id: "reviewed-count", text: plural(reviewed.length, "sentence") + " (" + fmt(changed) + " changed)" }),
      h("ol", {}, reviewed.slice(-8).reverse().map((r) => h("li", { title: r.text, onclick: () => SENTENCE_INDEX.has(r.id) && go({ s: r.id }) },
        truncate(r.text, 60), h("span", { class: "muted", text: " → " + (r.labels.join(", ") || "none") })))),
      h("p", {}, clear));
  }

  function toggleLabel(j) {
    if (!draft) return;
    if (draft.labels.has(j)) draft.labels.delete(j);
    else draft.labels.add(j);
    render();
  }

  function acceptSentence(i) {
    const s = SENTENCES[i];
    const labels = [...draftFor(i).labels].sort((a, b) => a - b).map((j) => LABELS[j].name);
    const predicted = s.labels.map((j) => LABELS[j].name);
    const status = labels.join() === predicted.join() ? "accepted" : "corrected";
    corrections.delete(s.id);
    corrections.set(s.id, { id: s.id, article: ARTICLES[s.article].id, text: s.text, context: previousText(i), labels, predicted,
                            status, time: new Date().toISOString() });
    const ok = saveCorrections();
    flash = ok ? "Saved: " + truncate(s.text, 50) + " → " + (labels.join(", ") || "no label") + " (" + status + ")"
      : "Could not save to browser storage: export your corrections now.";
    skipped.delete(s.id);
    trail.push(s.id);
    draft = null;
    advance(i);
  }

  function skipSentence(i) {
    skipped.add(SENTENCES[i].id);
    version++;
    draft = null;
    advance(i);
  }

  function advance(i) {
    const { queue } = reviewQueueAndCounts();
    const next = queue.find((k) => k !== i);
    go({ s: next === undefined ? "" : SENTENCES[next].id });
  }

  function goBack() {
    const id = trail.pop();
    if (id) { draft = null; go({ s: id }); }
  }

  function onKey(e) {
    if (state.view !== "review" || e.ctrlKey || e.metaKey || e.altKey) return;
    const tag = (e.target && e.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea") return;
    if (tag === "button" && (e.key === "Enter" || e.key === " ")) return; // the button handles it
    const i = currentReviewSentence(reviewQueueAndCounts().queue);
    if (i < 0) return;
    const key = e.key.toLowerCase();
    if (/^[1-9]$/.test(key) && Number(key) <= LABELS.length) { draftFor(i); toggleLabel(Number(key) - 1); }
    else if (key === "enter" || key === "a") acceptSentence(i);
    else if (key === "s") skipSentence(i);
    else if (key === "r") { draft = { id: SENTENCES[i].id, labels: new Set(SENTENCES[i].labels) }; render(); }
    else if (key === "b") goBack();
    else return;
    e.preventDefault();
  }

  // ===== start ==============================================================================

  loadCorrections();
  buildSkeleton();
  window.addEventListener("hashchange", render);
  window.addEventListener("storage", (e) => { if (e.key === STORE_KEY) { loadCorrections(); render(); } });
  document.addEventListener("keydown", onKey);
  state = Object.assign(parseHash(), { view: null }); // forces a first full render
  render();
  document.documentElement.setAttribute("data-ready", "1");
})();
