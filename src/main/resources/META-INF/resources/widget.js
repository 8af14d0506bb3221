/*
 * Lumbung search widget. Include on any page whose origin is registered on your API key:
 *   <div id="lumbung-search"></div>
 *   <script src="https://LUMBUNG-HOST/widget.js" data-api-key="lmb_..." data-target="lumbung-search" defer></script>
 * The widget lives in a Shadow DOM, so its styles and yours do not mix. All text from the API is inserted
 * as text; only the search highlights (escaped by Lumbung, with <mark> added) are inserted as markup.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var base = new URL(script.src).origin;
  var key = script.dataset.apiKey;
  var host = document.getElementById(script.dataset.target || "lumbung-search");
  if (!host) { host = document.createElement("div"); script.parentNode.insertBefore(host, script); }
  var lang = script.dataset.lang === "en" ? "en" : "id";
  var text = lang === "en"
    ? { label: "Search regional innovations", button: "Search", none: "No results.", results: " results", limited: "Too many searches; try again in a moment.", failed: "Search is not available right now." }
    : { label: "Cari inovasi daerah", button: "Cari", none: "Tidak ada hasil.", results: " hasil", limited: "Terlalu banyak pencarian; coba lagi sebentar lagi.", failed: "Pencarian sedang tidak tersedia." };

  var root = host.attachShadow({ mode: "open" });
  var style = document.createElement("style");
  style.textContent = ":host{all:initial;display:block;font-family:system-ui,sans-serif;color:#1b2430;line-height:1.5}"
    + "form{display:flex;gap:.5rem;flex-wrap:wrap}label{width:100%;font-weight:600}"
    + "input{flex:1;min-width:0;font:inherit;padding:.4rem;border:1px solid #76817a;border-radius:.3rem}"
    + "button{font:inherit;background:#0b5d3b;color:#fff;border:0;border-radius:.3rem;padding:.4rem .8rem;cursor:pointer}"
    + ":focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}ol{padding-left:1.2rem}li{margin:.5rem 0}"
    + "a{color:#0b5d3b;font-weight:600}mark{background:#fff1a8;color:inherit}.meta{color:#4d5966;font-size:.9em}";
  root.appendChild(style);

  var form = document.createElement("form");
  form.setAttribute("role", "search");
  var label = document.createElement("label");
  label.textContent = text.label;
  label.htmlFor = "q";
  var input = document.createElement("input");
  input.type = "search";
  input.id = "q";
  input.name = "q";
  var button = document.createElement("button");
  button.type = "submit";
  button.textContent = text.button;
  form.append(label, input, button);
  var status = document.createElement("p");
  status.setAttribute("role", "status");
  var list = document.createElement("ol");
  root.append(form, status, list);

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var q = input.value.trim();
    fetch(base + "/api/v1/search?limit=10&q=" + encodeURIComponent(q), { headers: { "X-API-Key": key } })
      .then(function (response) {
        if (response.status === 429) { throw new Error(text.limited); }
        if (!response.ok) { throw new Error(text.failed); }
        return response.json();
      })
      .then(function (result) {
        list.textContent = "";
        status.textContent = result.total ? result.total + text.results : text.none;
        result.hits.forEach(function (hit) {
          var li = document.createElement("li");
          var link = document.createElement("a");
          link.href = base + "/inovasi/" + encodeURIComponent(hit.slug);
          link.textContent = hit.name;
          link.target = "_blank";
          link.rel = "noopener";
          var meta = document.createElement("div");
          meta.className = "meta";
          meta.textContent = (hit.region ? hit.region.name : "") + (hit.year ? " · " + hit.year : "");
          var snippet = document.createElement("div");
          var highlight = hit.highlights && (hit.highlights.summary || hit.highlights.name || Object.values(hit.highlights)[0]);
          if (highlight) { snippet.innerHTML = highlight; } else { snippet.textContent = hit.summary || ""; }
          li.append(link, meta, snippet);
          list.appendChild(li);
        });
      })
      .catch(function (error) { status.textContent = error.message; list.textContent = ""; });
  });
})();
