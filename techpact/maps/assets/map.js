/* The map page: the network, its filters (sector, status, period), search, the details panel
   and the PNG export. panel.js, tidy.js and controls.js come first and fill window.techpact. */
(function (techpact) {
  var started = performance.now();
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var settings = data.page;
  // the slider is shown (or not) before the network's top is measured from the bar and legend
  var period = techpact.Period(techpact.yearsOf(data.agreements), settings.tidy, function () { refilter(); });
  var main = document.getElementById("main");
  main.style.top = (document.getElementById("bar").offsetHeight + document.getElementById("legend").offsetHeight) + "px";
  var baseColour = {};
  data.edges.forEach(function (e) { baseColour[e.id] = e.color; });
  var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);

  /* Filters act agreement by agreement: a node or edge stays when one of the agreements it
     stands for passes every filter, so the page shows what `techpact map` would draw with the
     same --sector, --status, --since and --until. Bloc memberships stay between shown nodes. */
  var chosen = {sector: "", status: "", period: {active: false}};
  var passing = null;  // agreement IRI -> true when it passes; null when no filter is set
  function passes(a) {
    if (chosen.sector && a.sectors.indexOf(chosen.sector) < 0) return false;
    if (chosen.status && a.status !== chosen.status) return false;
    if (chosen.period.active) {
      var year = techpact.yearOf(a);
      if (year === null || year < chosen.period.from || year > chosen.period.to) return false;
    }
    return true;
  }
  function matches(item) {
    if (item.always || passing === null) return true;
    var list = item.agreements;
    if (list && list.length) {
      for (var i = 0; i < list.length; i++) if (passing[list[i]]) return true;
      return false;
    }
    return (!chosen.sector || item.sectors.indexOf(chosen.sector) >= 0) &&
           (!chosen.status || item.statuses.indexOf(chosen.status) >= 0);
  }
  var nodeView = new vis.DataView(nodes, {filter: matches});
  var edgeView = new vis.DataView(edges, {filter: matches});
  var container = document.getElementById("network");
  var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, data.options);
  var map = window.techpactMap = {network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
                                  drawn: false, settled: false, firstDrawMs: null, shown: null, fits: 0, tidyRounds: null};
  if (settings.geo) techpact.drawBackdrop(network, settings.geo);

  /* Once positions are final (physics done, or given by Python): move labels apart on maps
     small enough to read them all, remember the positions so filtered nodes come back where
     they were, and fit the view. */
  function remember(ids) {
    var at = network.getPositions(ids);
    nodes.update(ids.filter(function (id) { return at[id]; }).map(function (id) { return {id: id, x: at[id].x, y: at[id].y}; }));
  }
  function settle() {
    var ids = nodeView.getIds();
    if (settings.tidy) map.tidyRounds = techpact.separateLabels(network, ids, 3, 400);
    if (physics || settings.tidy) remember(ids);  // positions given by Python are in the data already
    network.fit({animation: false});
    map.settled = true;
  }
  var physics = data.options.physics.enabled !== false && data.nodes.length > 0;  // an empty map never stabilises
  network.once("afterDrawing", function () {
    map.drawn = true; map.firstDrawMs = performance.now();
    if (!physics) settle();
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false});
    network.once("afterDrawing", settle);
    network.redraw();
  });
  network.on("dragEnd", function (params) { if (params.nodes.length) remember(params.nodes); });

  function edgeShown(id) {
    var edge = edgeView.get(id);
    return edge !== null && nodeView.get(edge.from) !== null && nodeView.get(edge.to) !== null;
  }
  function count() {
    var shownEdges = edgeView.getIds().filter(edgeShown).length;
    document.getElementById("count").textContent = nodeView.length + " nodes · " + shownEdges + " edges";
  }
  /* With one sector chosen every agreement edge takes that sector's colour (the legend's). */
  var edgeColour = null;
  function recolour() {
    var colour = chosen.sector ? (settings.sectorColours[chosen.sector] || settings.noSectorColour) : null;
    if (colour === edgeColour) return;
    edgeColour = colour;
    edges.update(data.edges.filter(function (e) { return !e.always; })
                 .map(function (e) { return {id: e.id, color: colour || baseColour[e.id]}; }));
  }
  function refilter() {
    chosen.sector = document.getElementById("sector-filter").value;
    chosen.status = document.getElementById("status-filter").value;
    chosen.period = period.get();
    if (chosen.sector || chosen.status || chosen.period.active) {
      passing = {};
      Object.keys(data.agreements).forEach(function (id) { if (passes(data.agreements[id])) passing[id] = true; });
    } else {
      passing = null;
    }
    recolour();
    nodeView.refresh(); edgeView.refresh(); count();
    var open = panel.shown();
    if (open && !(open.kind === "node" ? nodeView.get(open.id) !== null : edgeShown(open.id))) panel.show(null);
    var left = nodeView.getIds();
    if (left.length) { network.fit({nodes: left, animation: false}); map.fits += 1; }
  }
  document.getElementById("sector-filter").addEventListener("change", refilter);
  document.getElementById("status-filter").addEventListener("change", refilter);
  document.getElementById("search").addEventListener("change", function (event) {
    var needle = event.target.value.toLowerCase();
    if (!needle) return;
    var hit = nodeView.get({filter: function (n) {
      return String(n.label).toLowerCase().indexOf(needle) >= 0 || String(n.title).toLowerCase().indexOf(needle) >= 0; }});
    if (hit.length) { network.selectNodes(hit.map(function (n) { return n.id; })); network.focus(hit[0].id, {scale: 1.2}); panel.show(hit[0], "node"); }
  });
  document.getElementById("save-png").addEventListener("click", function () {
    techpact.savePng(container, techpact.pngName(document.title));
  });

  var panel = techpact.Panel(document.getElementById("details"), data.agreements,
                             function (shown) { map.shown = shown ? shown.id : null; });
  network.on("click", function (params) {
    if (params.nodes.length) panel.show(nodes.get(params.nodes[0]), "node");
    else if (params.edges.length) panel.show(edges.get(params.edges[0]), "edge");
    else panel.show(null);
  });
  map.show = panel.show;
  map.panel = panel;
  map.setupMs = performance.now() - started;
  count();
})(window.techpact = window.techpact || {});
