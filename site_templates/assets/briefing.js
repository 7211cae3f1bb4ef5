/* Accessibility fixes to Material's own markup: its search dialog has no name. */
document.querySelectorAll(".md-search[role=dialog]").forEach(function (el) {
  if (!el.hasAttribute("aria-label")) el.setAttribute("aria-label", "Search the briefing");
});
