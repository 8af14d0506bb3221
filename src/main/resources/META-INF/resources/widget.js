/*
 * Lumbung search widget. Include on any page whose origin is registered on your API key:
 *   <div id="lumbung-search"></div>
 *   <script src="https://LUMBUNG-HOST/widget.js" data-api-key="lmb_..." data-target="lumbung-search" defer></script>
 * Options (data- attributes of the script tag): data-lang="en" for English; data-filter with search filters that
 * always apply, e.g. data-filter="province=61" for a provincial portal (province, region, theme, tahapan,
 * level, urusan, year_from, year_to); data-page-size (1-20, default 5). Without data-api-key the widget works
 * on Lumbung's own pages only.
 * The widget lives in a Shadow DOM with its own stylesheet (widget.css), so its styles and yours do not mix,
 * and it needs no inline style. Text from the API is inserted as text; only the search highlights (escaped by
 * Lumbung, with <mark> added) are inserted as markup.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var base = new URL(script.src).origin;
  var key = script.dataset.apiKey;
  var host = document.getElementById(script.dataset.target || "lumbung-search");
  if (!host) { host = document.createElement("div"); script.parentNode.insertBefore(host, script); }
  var lang = script.dataset.lang === "en" ? "en" : "id";
  var pageSize = Math.min(20, Math.max(1, parseInt(script.dataset.pageSize || "5", 10) || 5));
  var FILTERS = ["province", "region", "theme", "tahapan", "level", "urusan", "year_from", "year_to"];
  var preset = new URLSearchParams();
  new URLSearchParams(script.dataset.filter || "").forEach(function (value, name) {
    if (FILTERS.indexOf(name) >= 0) { preset.append(name, value); }
  });
  var text = lang === "en"
    ? { label: "Search regional innovations", button: "Search", none: "No results.", results: function (n, atLeast) { return (atLeast ? "At least " : "") + n + (n === 1 ? " result" : " results"); },
        limited: "Too many searches; try again in a moment.", failed: "Search is not available right now.", next: "Next", previous: "Previous", page: "Page ",
        suggestions: "Suggestions" }
    : { label: "Cari inovasi daerah", button: "Cari", none: "Tidak ada hasil.", results: function (n, atLeast) { return (atLeast ? "Setidaknya " : "") + n + " hasil"; },
        limited: "Terlalu banyak pencarian; coba lagi sebentar lagi.", failed: "Pencarian sedang tidak tersedia.", next: "Berikutnya", previous: "Sebelumnya", page: "Halaman ",
        suggestions: "Saran" };
  var uid = "lumbung-" + Math.random().toString(36).slice(2, 8);

  var root = host.attachShadow({ mode: "open" });
  var sheet = document.createElement("link");
  sheet.rel = "stylesheet";
  sheet.href = base + "/widget.css";
  root.appendChild(sheet);

  function element(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (name) { node[name] = props[name]; });
    return node;
  }
  var form = element("form");
  form.setAttribute("role", "search");
  var label = element("label", { textContent: text.label, htmlFor: uid + "-q" });
  var input = element("input", { type: "search", id: uid + "-q", name: "q", autocomplete: "off" });
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", uid + "-saran");
  var button = element("button", { type: "submit", textContent: text.button });
  var row = element("div", { className: "row" });
  row.append(input, button);
  var suggestions = element("ul", { id: uid + "-saran", className: "suggestions", hidden: true });
  suggestions.setAttribute("role", "listbox");
  suggestions.setAttribute("aria-label", text.suggestions);
  form.append(label, row, suggestions);
  var status = element("p");
  status.setAttribute("role", "status");
  var list = element("ol", { className: "results" });
  var pages = element("div", { className: "pages", hidden: true });
  var previous = element("button", { type: "button", textContent: text.previous });
  var pageLabel = element("span");
  var next = element("button", { type: "button", textContent: text.next });
  pages.append(previous, pageLabel, next);
  root.append(form, status, list, pages);

  function get(path, params) {
    var headers = key ? { "X-API-Key": key } : {};
    return fetch(base + path + "?" + params.toString(), { headers: headers }).then(function (response) {
      if (response.status === 429) { throw new Error(text.limited); }
      if (!response.ok) { throw new Error(text.failed); }
      return response.json();
    });
  }

  // Paging: the API pages with cursors; the widget remembers the cursor of each page it showed.
  var query = "";
  var cursors = [null];
  var pageIndex = 0;
  function search() {
    var params = new URLSearchParams(preset);
    params.set("q", query);
    params.set("limit", String(pageSize));
    if (cursors[pageIndex]) { params.set("cursor", cursors[pageIndex]); }
    get("/api/v1/search", params).then(function (result) {
      list.textContent = "";
      status.textContent = result.total ? text.results(result.total, result.total_relation === "gte") : text.none;
      result.hits.forEach(function (hit) { list.appendChild(hitItem(hit)); });
      cursors[pageIndex + 1] = result.next_cursor || null;
      previous.disabled = pageIndex === 0;
      next.disabled = !result.next_cursor;
      pageLabel.textContent = text.page + (pageIndex + 1);
      pages.hidden = pageIndex === 0 && !result.next_cursor;
    }).catch(function (error) { status.textContent = error.message; list.textContent = ""; pages.hidden = true; });
  }
  function hitItem(hit) {
    var li = element("li");
    var link = element("a", { href: base + "/inovasi/" + encodeURIComponent(hit.slug), textContent: hit.name, target: "_blank", rel: "noopener" });
    var meta = element("div", { className: "meta", textContent: (hit.region ? hit.region.name : "") + (hit.year ? " · " + hit.year : "") });
    var snippet = element("div");
    var highlight = hit.highlights && (hit.highlights.summary || hit.highlights.name || Object.values(hit.highlights)[0]);
    if (highlight) { snippet.innerHTML = highlight; } else { snippet.textContent = hit.summary || ""; }
    li.append(link, meta, snippet);
    return li;
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    closeSuggestions();
    query = input.value.trim();
    cursors = [null];
    pageIndex = 0;
    search();
  });
  next.addEventListener("click", function () { if (cursors[pageIndex + 1]) { pageIndex++; search(); } });
  previous.addEventListener("click", function () { if (pageIndex > 0) { pageIndex--; search(); } });

  // Suggest as you type: an ARIA combobox; choosing a suggestion searches for it.
  var timer = null;
  var active = -1;
  function closeSuggestions() {
    suggestions.hidden = true;
    suggestions.textContent = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }
  function choose(item) {
    input.value = item.text;
    closeSuggestions();
    form.requestSubmit();
  }
  function showSuggestions(items) {
    suggestions.textContent = "";
    items.forEach(function (item, i) {
      var li = element("li", { id: uid + "-saran-" + i, textContent: item.text + (item.detail ? " — " + item.detail : "") });
      li.setAttribute("role", "option");
      li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(item); });
      li.item = item;
      suggestions.appendChild(li);
    });
    suggestions.hidden = items.length === 0;
    input.setAttribute("aria-expanded", items.length ? "true" : "false");
  }
  function highlightOption(index) {
    var options = suggestions.querySelectorAll("li");
    if (!options.length) { return; }
    active = (index + options.length) % options.length;
    options.forEach(function (o, i) { o.setAttribute("aria-selected", i === active ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", options[active].id);
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { closeSuggestions(); return; }
    timer = setTimeout(function () {
      get("/api/v1/search/suggest", new URLSearchParams({ q: q, limit: "6" }))
        .then(function (data) { showSuggestions(data.suggestions || []); })
        .catch(closeSuggestions);
    }, 150);
  });
  input.addEventListener("keydown", function (e) {
    if (suggestions.hidden) { return; }
    if (e.key === "ArrowDown") { e.preventDefault(); highlightOption(active + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); highlightOption(active - 1); }
    else if (e.key === "Escape") { closeSuggestions(); }
    else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(suggestions.querySelectorAll("li")[active].item); }
  });
  input.addEventListener("blur", function () { setTimeout(closeSuggestions, 100); });
})();
