
(function () {
  var started = performance.now();
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var main = document.getElementById("main");
  main.style.top = (document.getElementById("bar").offsetHeight + document.getElementById("legend").offsetHeight) + "px";
  var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  var chosen = {sector: "", status: ""};
  function matches(item) {
    if (item.always) return true;
    return (!chosen.sector || item.sectors.indexOf(chosen.sector) >= 0) &&
           (!chosen.status || item.statuses.indexOf(chosen.status) >= 0);
  }
  var nodeView = new vis.DataView(nodes, {filter: matches});
  var edgeView = new vis.DataView(edges, {filter: matches});
  var network = new vis.Network(document.getElementById("network"), {nodes: nodeView, edges: edgeView}, data.options);
  var map = window.techpactMap = {network: network, nodes: nodes, edges: edges, nodeView: nodeView,
                                  edgeView: edgeView, drawn: false, firstDrawMs: null, shown: null};
  network.once("afterDrawing", function () { map.drawn = true; map.firstDrawMs = performance.now(); });
  network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); });

  function count() {
    var shownEdges = edgeView.get({filter: function (e) {
      return nodeView.get(e.from) !== null && nodeView.get(e.to) !== null; }}).length;
    document.getElementById("count").textContent = nodeView.length + " nodes · " + shownEdges + " edges";
  }
  function refilter() {
    chosen.sector = document.getElementById("sector-filter").value;
    chosen.status = document.getElementById("status-filter").value;
    nodeView.refresh(); edgeView.refresh(); count();
  }
  document.getElementById("sector-filter").addEventListener("change", refilter);
  document.getElementById("status-filter").addEventListener("change", refilter);
  document.getElementById("search").addEventListener("change", function (event) {
    var needle = event.target.value.toLowerCase();
    if (!needle) return;
    var hit = nodeView.get({filter: function (n) {
      return String(n.label).toLowerCase().indexOf(needle) >= 0 || String(n.title).toLowerCase().indexOf(needle) >= 0; }});
    if (hit.length) { network.selectNodes(hit.map(function (n) { return n.id; })); network.focus(hit[0].id, {scale: 1.2}); show(hit[0]); }
  });

  var panel = document.getElementById("details");
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
  function review(box, decisions) {  // the analysts' decisions in force on this agreement (curated view)
    if (!decisions || !decisions.length) return;
    var block = add(box, "div", null, "review");
    decisions.forEach(function (d) {
      var mark = add(block, "div", "\u2713 reviewed: " + d.action + " by " + d.by + ", " + String(d.when).slice(0, 10), "mark");
      mark.title = d.when;
      add(block, "div", d.why, "why");
    });
  }
  function show(item) {
    map.shown = item ? item.id : null;
    panel.textContent = "";
    if (!item) { panel.style.display = "none"; return; }
    panel.style.display = "block";
    var close = add(panel, "button", "×"); close.id = "close"; close.setAttribute("aria-label", "close");
    close.addEventListener("click", function () { show(null); });
    var details = item.details;
    add(panel, "h2", details ? details.heading : item.title);
    if (item.link) { var p = add(panel, "p"); link(p, "open source document", item.link); }
    if (!details) { add(panel, "p", item.title, "meta"); return; }
    var agreements = (details.agreements || []).map(function (id) { return data.agreements[id]; });
    add(panel, "p", agreements.length + " agreement" + (agreements.length === 1 ? "" : "s"), "meta");
    agreements.forEach(function (a) {
      var box = add(panel, "div", null, "agreement");
      add(box, "strong", a.label);
      var meta = [a.kind, a.status, a.date || "undated"];
      if (a.confidence !== null && a.confidence !== undefined) meta.push("confidence " + a.confidence.toFixed(2));
      add(box, "div", meta.join(" · "), "meta");
      review(box, a.review);
      if (a.sectors.length) add(box, "div", "sectors: " + a.sectors.join(", "), "meta");
      if (a.signatories.length) add(box, "div", "signed by: " + a.signatories.join("; "), "meta");
      a.evidence.forEach(function (e) {
        var quote = add(box, "blockquote", e.text, "evidence");
        quote.title = e.id;  // the evidence node's IRI, to look it up in SPARQL or Cypher
        var source = a.sources[e.source];
        if (source && a.sources.length > 1) { var cite = add(quote, "div", "— ", "cite"); link(cite, source.title, source.link); }
      });
      a.sources.forEach(function (s) { var d = add(box, "div", "source: ", "meta"); link(d, s.title, s.link); });
    });
  }
  network.on("click", (params) => {
    if (params.nodes.length) show(nodes.get(params.nodes[0]));
    else if (params.edges.length) show(edges.get(params.edges[0]));
    else show(null);
  });
  map.show = show;
  map.setupMs = performance.now() - started;
  count();
})();
