// MotCua site script. Loaded with `defer` (CSP: script-src 'self'; no inline scripts).
(function () {
  "use strict";

  // Move focus to the error summary so screen-reader and keyboard users hear the errors first.
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }

  // Error-summary links: focus the field (not just scroll), so users can fix it immediately.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".error-summary-list a[href^='#']") : null;
    if (!link) {
      return;
    }
    var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (target) {
      event.preventDefault();
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    }
  });

  // Buttons with class "js-print" open the print dialog (used by forms 01–07).
  document.querySelectorAll(".js-print").forEach(function (button) {
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
