/* Readable drawings: nodes moved apart until no two drawn boxes (shape and label, as
   vis-network measures them) overlap, and the geo layout's backdrop of capitals and graticule. */
(function (techpact) {
  /* Move the nodes ids apart, each pair along the axis where they overlap least, until no two
     boxes (grown by gap) overlap or rounds run out. A pair keeps its order along that axis, so
     a state west of another stays west of it. Returns the number of rounds used. */
  techpact.separateLabels = function (network, ids, gap, rounds) {
    var positions = network.getPositions(ids);
    var boxes = ids.map(function (id, index) {
      var box = network.getBoundingBox(id), p = positions[id];
      return {id: id, index: index, x: p.x, y: p.y, left: box.left - p.x - gap, right: box.right - p.x + gap,
              top: box.top - p.y - gap, bottom: box.bottom - p.y + gap};
    });
    function centre(b, axis) { return axis === "x" ? b.x + (b.left + b.right) / 2 : b.y + (b.top + b.bottom) / 2; }
    function push(a, b, axis, overlap) {
      var ca = centre(a, axis), cb = centre(b, axis);
      var first = ca < cb || (ca === cb && a.index < b.index) ? a : b, second = first === a ? b : a;
      first[axis] -= overlap / 2 + 0.25; second[axis] += overlap / 2 + 0.25;
    }
    var round = 0;
    for (; round < rounds; round++) {
      boxes.sort(function (a, b) { return (a.x + a.left) - (b.x + b.left) || a.index - b.index; });
      var overlapping = false;
      for (var i = 0; i < boxes.length; i++) {
        var a = boxes[i];
        for (var j = i + 1; j < boxes.length; j++) {
          var b = boxes[j];
          if (b.x + b.left >= a.x + a.right) break;
          var ox = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left);
          var oy = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top);
          if (ox <= 0 || oy <= 0) continue;
          overlapping = true;
          if (ox < oy) push(a, b, "x", ox); else push(a, b, "y", oy);
        }
      }
      if (!overlapping) break;
    }
    boxes.forEach(function (b) { network.moveNode(b.id, b.x, b.y); });
    return round;
  };

  /* Under a geo layout: a graticule every 30 degrees and a faint dot at every capital, drawn
     behind the network so the nodes read as places on a world map (no tiles, no network). */
  techpact.drawBackdrop = function (network, geo) {
    var degree = geo.degree;
    network.on("beforeDrawing", function (ctx) {
      var scale = network.getScale();
      ctx.save();
      ctx.lineWidth = 1 / scale;
      for (var lon = -180; lon <= 180; lon += 30) {
        ctx.strokeStyle = lon === 0 ? "#d5dbe2" : "#eceff3";
        ctx.beginPath(); ctx.moveTo(lon * degree, -90 * degree); ctx.lineTo(lon * degree, 90 * degree); ctx.stroke();
      }
      for (var lat = -90; lat <= 90; lat += 30) {
        ctx.strokeStyle = lat === 0 ? "#d5dbe2" : "#eceff3";
        ctx.beginPath(); ctx.moveTo(-180 * degree, -lat * degree); ctx.lineTo(180 * degree, -lat * degree); ctx.stroke();
      }
      ctx.fillStyle = "#c9d1da";
      var radius = 2 / scale;
      geo.points.forEach(function (p) { ctx.beginPath(); ctx.arc(p[0], p[1], radius, 0, 2 * Math.PI); ctx.fill(); });
      ctx.restore();
    });
  };
})(window.techpact = window.techpact || {});
