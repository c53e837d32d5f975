// Search needs the Pagefind bundle the build writes into pagefind/; a build without Node.js has none.
// So the header box stays hidden and /search/ keeps its "unavailable" message unless the bundle loads.
(function () {
  "use strict";
  var base = document.currentScript.dataset.base; // "/" or "/archive/"
  var bundle = base + "pagefind/";

  function revealHeaderBox() {
    var form = document.querySelector(".site-search");
    if (form) form.hidden = false;
  }

  function mountSearchPage(mount) {
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = bundle + "pagefind-ui.css";
    document.head.appendChild(style);
    var script = document.createElement("script");
    script.src = bundle + "pagefind-ui.js";
    script.onload = function () {
      document.getElementById("search-unavailable").hidden = true;
      var ui = new PagefindUI({
        element: mount,
        bundlePath: bundle,
        baseUrl: base,
        showSubResults: true,
        // Pagefind counts words, and a Chinese word is one or two characters: its default with
        // sub-results (12) showed a dozen characters; 50 is a sentence or two.
        excerptLength: 50,
        showImages: false,
        autofocus: true,
        // Pagefind's UI opens every filter when the first one it loads comes alone with few values, so
        // whether readers saw the lists open depended on load order. Where the filters stand beside the
        // results (the site's two-column width), they are all open; on a phone they stand above the
        // results, and Pagefind's default (shut) keeps the results in view.
        openFilters: matchMedia("(min-width: 48rem)").matches ? (mount.dataset.openFilters || "").split(",").filter(Boolean) : [],
      });
      var query = new URLSearchParams(location.search).get("q");
      if (query) ui.triggerSearch(query);
    };
    document.head.appendChild(script);
  }

  function start() {
    var mount = document.getElementById("search");
    if (mount) {
      mountSearchPage(mount);
      return;
    }
    fetch(bundle + "pagefind-ui.js", { method: "HEAD" })
      .then(function (response) { if (response.ok) revealHeaderBox(); })
      .catch(function () { /* no bundle, no box */ });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
