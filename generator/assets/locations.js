// The locations index: a filter box over the plain list. Without JavaScript the whole list stands.
(function () {
  "use strict";
  var box = document.getElementById("locations-filter");
  if (!box) return;
  var status = document.getElementById("locations-count");
  var items = Array.prototype.slice.call(document.querySelectorAll(".locations__list > li"));
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var keys = items.map(function (item) { return fold(item.textContent); });
  var timer = null;
  function apply() {
    var words = fold(box.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (item, i) {
      var match = words.every(function (word) { return keys[i].indexOf(word) !== -1; });
      item.hidden = !match;
      if (match) shown += 1;
    });
    var text = !words.length ? status.dataset.all : shown ? status.dataset.some.replace("{shown}", String(shown)) : status.dataset.none;
    clearTimeout(timer);
    // Announce once typing pauses, not at every key.
    timer = setTimeout(function () { status.textContent = text; }, 400);
  }
  box.addEventListener("input", apply);
  box.closest("[hidden]").hidden = false;
  if (box.value) apply();
})();
