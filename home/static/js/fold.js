// On a phone, a listing's filters start folded, so that the results come first:
// they are a <details> that is open in the HTML, so without this script (or on a
// wide screen) every filter stays in view.
(function () {
  if (!window.matchMedia("(max-width: 50rem)").matches) {
    return;
  }
  document.querySelectorAll("details[data-fold-on-phone]").forEach(function (details) {
    details.open = false;
  });
})();
