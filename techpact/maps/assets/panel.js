/* The details panel: what a clicked node or edge stands for. Every string may come from a
   document, so everything is written with textContent, never parsed as HTML. */
(function (techpact) {
  function add(parent, tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined && text !== null) element.textContent = text;
    if (className) element.className = className;
    parent.appendChild(element);
    return element;
  }
  function link(parent, text, href) {
    if (!href) { add(parent, "span", text); return; }
    var anchor = add(parent, "a", text);
    anchor.href = href; anchor.target = "_blank"; anchor.rel = "noopener noreferrer";
  }
  techpact.add = add;
  techpact.link = link;

  /* The parts of one agreement's box, in order: each is function (box, agreement). To show
     something more about an agreement, write one more part and put it in this list. */
  techpact.agreementParts = [
    function heading(box, a) { add(box, "strong", a.label); },
    function meta(box, a) {
      var meta = [a.kind, a.status, a.date || "undated"];
      if (a.confidence !== null && a.confidence !== undefined) meta.push("confidence " + a.confidence.toFixed(2));
      add(box, "div", meta.join(" · "), "meta");
    },
    function review(box, a) {  // the analysts' decisions in force on this agreement (curated view)
      if (!a.review || !a.review.length) return;
      var block = add(box, "div", null, "review");
      a.review.forEach(function (d) {
        var mark = add(block, "div", "\u2713 reviewed: " + d.action + " by " + d.by + ", " + String(d.when).slice(0, 10), "mark");
        mark.title = d.when;
        add(block, "div", d.why, "why");
      });
    },
    function sectors(box, a) { if (a.sectors.length) add(box, "div", "sectors: " + a.sectors.join(", "), "meta"); },
    function signatories(box, a) { if (a.signatories.length) add(box, "div", "signed by: " + a.signatories.join("; "), "meta"); },
    function evidence(box, a) {
      a.evidence.forEach(function (e) {
        var quote = add(box, "blockquote", e.text, "evidence");
        quote.title = e.id;  // the evidence node's IRI, to look it up in SPARQL or Cypher
        var source = a.sources[e.source];
        if (source && a.sources.length > 1) { var cite = add(quote, "div", "— ", "cite"); link(cite, source.title, source.link); }
      });
    },
    function sources(box, a) { a.sources.forEach(function (s) { var d = add(box, "div", "source: ", "meta"); link(d, s.title, s.link); }); },
  ];

  function agreementBox(parent, agreement) {
    var box = add(parent, "div", null, "agreement");
    techpact.agreementParts.forEach(function (part) { part(box, agreement); });
    return box;
  }

  /* The panel in element; agreements maps IRIs to their details. shown() says what is open:
     {kind: "node" or "edge", id} or null. onChange(shown) is told each time that changes. */
  techpact.Panel = function (element, agreements, onChange) {
    var shown = null;
    function show(item, kind) {
      shown = item ? {kind: kind || "node", id: item.id} : null;
      element.textContent = "";
      element.style.display = item ? "block" : "none";
      if (onChange) onChange(shown);
      if (!item) return;
      var close = add(element, "button", "×"); close.id = "close"; close.setAttribute("aria-label", "close");
      close.addEventListener("click", function () { show(null); });
      var details = item.details;
      add(element, "h2", details ? details.heading : item.title);
      if (item.link) { var p = add(element, "p"); link(p, "open source document", item.link); }
      if (!details) { add(element, "p", item.title, "meta"); return; }
      var listed = (details.agreements || []).map(function (id) { return agreements[id]; }).filter(Boolean);
      add(element, "p", listed.length + " agreement" + (listed.length === 1 ? "" : "s"), "meta");
      listed.forEach(function (a) { agreementBox(element, a); });
    }
    return {show: show, shown: function () { return shown; }};
  };
})(window.techpact = window.techpact || {});
