// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // As-you-type suggestions for the search box (an ARIA combobox with a listbox).
  function suggest(input) {
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var timer = null;
    var active = -1;
    function close() {
      list.hidden = true;
      list.textContent = "";
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function go(item) {
      if (item.slug) { window.location.href = "/inovasi/" + encodeURIComponent(item.slug); }
      else if (item.code) { window.location.href = "/daerah/" + encodeURIComponent(item.code); }
      else { input.value = item.text; input.form.submit(); }
    }
    function show(items) {
      list.textContent = "";
      items.forEach(function (item, i) {
        var li = document.createElement("li");
        li.id = "saran-" + i;
        li.setAttribute("role", "option");
        li.textContent = item.text + (item.detail ? " — " + item.detail : "");
        li.addEventListener("mousedown", function (e) { e.preventDefault(); go(item); });
        li.item = item;
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", items.length ? "true" : "false");
    }
    function highlight(next) {
      var options = list.querySelectorAll("li");
      if (!options.length) { return; }
      active = (next + options.length) % options.length;
      options.forEach(function (o, i) { o.setAttribute("aria-selected", i === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", options[active].id);
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(function () {
        // Without cookies: suggestions are the same for everyone, so a shared cache may answer them.
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(q), { credentials: "omit" })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (data) { show(data.suggestions || []); })
          .catch(close);
      }, 150);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) { return; }
      if (e.key === "ArrowDown") { e.preventDefault(); highlight(active + 1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight(active - 1); }
      else if (e.key === "Escape") { close(); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); go(list.querySelectorAll("li")[active].item); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }

  document.querySelectorAll("input[data-suggest]").forEach(suggest);

  // Facet checkboxes and the sort select apply at once (the buttons remain for keyboard and no-JS use).
  document.querySelectorAll(".facet-form input[type=checkbox]").forEach(function (box) {
    box.addEventListener("change", function () { box.form.submit(); });
  });
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });

  // The print button appears only where it can work.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
