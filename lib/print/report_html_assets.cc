// The HTML report's style sheet and script, inlined in every page so that the
// page needs no other file and no network.
#include "report_html.h"

namespace claimlens {

const char kReportCss[] = R"css(
:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --card: #f6f7fa;
  --hedge: #f6c54a; --booster: #e4574b; --negation: #9b6ad0; --condition: #4a90d9;
  --attribution: #2aa198; --recommendation: #4caf50; --evaluation: #e0609a; --confidence: #5c6bc0;
  --asserted: #9aa3b2; --hedged: #f6c54a; --boosted: #e4574b; --attributed: #2aa198; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
article { max-width: 1080px; margin: 0 auto; padding: 24px 28px 48px; }
article + article { border-top: 4px double var(--line); }
h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 4px; }
h2 { font-size: 0.8em; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); margin: 0 0 8px; }
.facts { color: var(--muted); margin: 0 0 18px; }
.facts code { font-size: .9em; }
.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px; margin-bottom: 16px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.card ol, .card ul { margin: 0; padding-left: 1.2em; }
.card li { margin: 2px 0; }
.none { color: var(--muted); font-style: italic; }
.stack { display: flex; height: 18px; border-radius: 4px; overflow: hidden; margin: 4px 0 8px; }
.stack span { display: block; height: 100%; }
.j-asserted { background: var(--asserted); } .j-hedged { background: var(--hedged); }
.j-boosted { background: var(--boosted); } .j-attributed { background: var(--attributed); }
.key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
.legend-row { display: inline-block; margin-right: 12px; font-size: .9em; }
table.levels { width: 100%; border-collapse: collapse; font-size: .9em; }
table.levels td { padding: 1px 4px; white-space: nowrap; }
table.levels td.barcell { width: 45%; }
.lbar { height: 10px; border-radius: 2px; background: var(--hedged); }
.lbar.firm { background: var(--boosted); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
svg.spark { width: 100%; height: 48px; display: block; }
svg.spark rect { fill: var(--hedge); }
.axis { display: flex; justify-content: space-between; font-size: .75em; color: var(--muted);
  border-top: 1px solid var(--line); }
.chips { display: flex; flex-wrap: wrap; gap: 6px; }
details.more { margin-top: 6px; } details.more summary { cursor: pointer; color: var(--muted); font-size: .9em; }
.card li .quote { color: var(--muted); }
button.chip { font: inherit; font-size: .88em; cursor: pointer; border: 1px solid var(--line); background: #fff;
  border-radius: 999px; padding: 1px 10px; }
button.chip[aria-pressed="true"] { background: var(--ink); color: #fff; }
.st-favorable { color: #2e7d32; } .st-unfavorable { color: #c62828; } .st-mixed { color: #8e6c00; }
.st-neutral { color: var(--muted); }
.legend { font-size: .85em; color: var(--muted); margin: 8px 0 14px; }
.essay { font: 17px/1.75 Georgia, "Noto Serif", "Times New Roman", serif; max-width: 760px; }
.essay p { margin: 0 0 1em; }
.claim { border-radius: 3px; cursor: pointer; }
.claim:hover, .claim.selected { background: #eef3fb; }
.bar { display: inline-block; position: relative; width: 34px; height: 8px; margin: 0 5px 1px 0;
  vertical-align: middle; border: 1px solid #b9c0cc; border-radius: 2px; background: #fff; }
.bar i { position: absolute; top: 0; bottom: 0; background: var(--hedged); }
.bar.j-boosted i { background: var(--boosted); } .bar.j-attributed { border-style: dashed; }
.bar.j-attributed i { background: var(--attributed); }
.bar.flat { height: 3px; border: 0; border-radius: 2px; background: var(--asserted); opacity: .45; }
.bar.flat.j-hedged { background: var(--hedged); opacity: 1; }
.bar.flat.j-boosted { background: var(--boosted); opacity: 1; }
.bar.flat.j-attributed { background: var(--attributed); opacity: .8; }
mark.cue, mark.swatch { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.cue { cursor: help; } mark.swatch { margin-right: 4px; }
mark.k-hedge { background: #fde9b0; } mark.k-booster { background: #f8c9c4; }
mark.k-negation { background: #e4d6f4; } mark.k-condition { background: #d4e5f7; }
mark.k-attribution { background: #cdeeea; } mark.k-recommendation { background: #d6efd6; }
mark.k-evaluation { background: #f8d3e4; } mark.k-confidence { background: #d8dcf3; }
mark.reported { background: transparent; border-bottom: 2px dashed var(--attribution); }
mark.reported.k-hedge { border-bottom-color: #d9a400; } mark.reported.k-booster { border-bottom-color: var(--booster); }
.actor { border: 1px solid #c7cdd8; border-radius: 6px; padding: 0 2px; }
.actor.t-state { border-color: #7fa7d9; } .actor.t-organization { border-color: #80c2b5; }
.actor.t-person { border-color: #c9a0dc; } .actor.t-group { border-color: #e0b070; }
.actor.focus { background: #ffe97a; border-color: #b89500; }
#detail { position: fixed; right: 16px; bottom: 16px; width: 340px; max-height: 60vh; overflow: auto;
  background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 4px 18px rgba(0,0,0,.15); font-size: .9em; }
#detail[hidden] { display: none; }
#detail dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0 0; }
#detail dt { color: var(--muted); } #detail dd { margin: 0; }
#detail button { float: right; border: 0; background: none; font-size: 1.2em; cursor: pointer; }
a { color: #2255aa; }
@media print {
  body { font-size: 10pt; }
  article { max-width: none; padding: 0; }
  article + article { break-before: page; border: 0; }
  #detail, .legend button { display: none !important; }
  .card { break-inside: avoid; background: #fff; }
  .summary { grid-template-columns: 1fr 1fr; }
  .essay { max-width: none; font-size: 11pt; }
  .claim:hover { background: none; }
  mark.cue, .bar i, .lbar, .stack span, .key, svg.spark rect {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
)css";

// Click a claim or cue: its details in the panel. Click an actor chip: its
// mentions light up. With #check in the address, the page checks its own
// highlights and writes the result into the page (the browser test reads it).
const char kReportJs[] = R"js(
(function () {
  "use strict";
  var panel = document.getElementById("detail");
  var body = panel.querySelector("dl");
  var selected = null;
  function row(name, value) {
    if (!value) return;
    var dt = document.createElement("dt"); dt.textContent = name;
    var dd = document.createElement("dd"); dd.textContent = value;
    body.appendChild(dt); body.appendChild(dd);
  }
  function show(claim, cue) {
    while (body.firstChild) body.removeChild(body.firstChild);
    if (selected) selected.classList.remove("selected");
    selected = claim;
    if (cue) {
      var d = cue.dataset;
      row("cue", "\u201c" + d.text + "\u201d");
      row("kind", d.kind + (d.cls ? " (" + d.cls + ")" : ""));
      row("held by", d.holder);
      row("level", d.level);
      row("band (" + document.body.dataset.scale + ")", d.band);
      row("readers", d.perceived);
    }
    if (claim) {
      var c = claim.dataset;
      claim.classList.add("selected");
      row("claim by", c.holder);
      row("reads", c.judgement);
      row("likelihood", c.level);
      row("band (" + document.body.dataset.scale + ")", c.band);
      row("readers", c.perceived);
      row("confidence", c.confidence);
      row("condition", c.condition);
      row("recommends to", c.addressee);
      row("actors", c.actors);
      row("stance", c.stance);
    }
    panel.hidden = !body.firstChild;
  }
  document.addEventListener("click", function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    if (t.closest("#detail button")) { show(null, null); return; }
    var chip = t.closest("button.chip");
    if (chip) {
      var on = chip.getAttribute("aria-pressed") !== "true";
      var scope = chip.closest("article");
      scope.querySelectorAll("button.chip").forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
      scope.querySelectorAll(".actor.focus").forEach(function (m) { m.classList.remove("focus"); });
      if (on) {
        chip.setAttribute("aria-pressed", "true");
        scope.querySelectorAll('.actor[data-actor="' + CSS.escape(chip.dataset.actor) + '"]')
          .forEach(function (m) { m.classList.add("focus"); });
      }
      return;
    }
    var claim = t.closest(".claim");
    if (!claim) return;
    var cue = t.closest("mark.cue");
    var whole = document.querySelectorAll('.claim[data-claim="' + claim.dataset.claim + '"]')[0];
    show(whole || claim, cue);
  });
  if (location.hash === "#check") {
    var cues = {}, order = [], hidden = 0;
    document.querySelectorAll("mark.cue").forEach(function (m) {
      var key = m.dataset.cue;
      if (!(key in cues)) {
        cues[key] = { doc: m.closest("article").dataset.doc, kind: m.dataset.kind,
                      start: +m.dataset.start, end: +m.dataset.end, text: "" };
        order.push(key);
      }
      cues[key].text += m.textContent;
      var r = m.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0) hidden++;
    });
    var out = document.createElement("pre");
    out.id = "check-result";
    out.textContent = JSON.stringify({
      cues: order.map(function (k) { return cues[k]; }), hidden: hidden,
      claims: document.querySelectorAll(".bar").length,
      articles: document.querySelectorAll("article").length });
    document.body.appendChild(out);
  }
})();
)js";

}  // namespace claimlens
