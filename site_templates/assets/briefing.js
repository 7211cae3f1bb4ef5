/* Search with Pagefind, served by the site itself (site/pagefind/, made after the MkDocs build).
   Every page gets a search box in the header; it opens search.html?q=..., which loads Pagefind's
   UI. Pagefind then fetches only the index chunks for the words typed and the results shown. */
(function () {
  var config = document.getElementById("__config");
  var base = new URL((config ? JSON.parse(config.textContent).base : ".") + "/", location.href);
  var page = new URL("search.html", base);
  var query = new URLSearchParams(location.search).get("q") || "";

  var header = document.querySelector(".md-header__inner");
  if (header) {
    var form = document.createElement("form");
    form.className = "bf-search-form";
    form.setAttribute("role", "search");
    form.action = page.href;
    var input = document.createElement("input");
    input.className = "bf-search-input";
    input.type = "search";
    input.name = "q";
    input.placeholder = "Search";
    input.setAttribute("aria-label", "Search the briefing");
    input.value = query;
    form.appendChild(input);
    header.appendChild(form);
  }

  var box = document.getElementById("bf-search");
  if (!box) return;
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = new URL("pagefind/pagefind-ui.css", base).href;
  document.head.appendChild(css);
  var script = document.createElement("script");
  script.src = new URL("pagefind/pagefind-ui.js", base).href;
  script.onload = function () {
    var ui = new PagefindUI({ element: "#bf-search", baseUrl: base.pathname, showImages: false,
                              showSubResults: true, resetStyles: false, autofocus: !query });
    if (query) ui.triggerSearch(query);
  };
  document.head.appendChild(script);
})();
