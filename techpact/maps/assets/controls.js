/* Page controls beside the filters: the period slider and the PNG export. */
(function (techpact) {
  /* The distinct years of the agreements' dates (or report dates), ascending. */
  techpact.yearsOf = function (agreements) {
    var seen = {};
    Object.keys(agreements).forEach(function (id) {
      var year = techpact.yearOf(agreements[id]);
      if (year !== null) seen[year] = true;
    });
    return Object.keys(seen).map(Number).sort(function (a, b) { return a - b; });
  };
  techpact.yearOf = function (agreement) {
    var year = parseInt(String(agreement.date || "").slice(0, 4), 10);
    return isNaN(year) ? null : year;
  };

  /* Two range inputs, from year and to year, over the years present. onChange runs as they move
     (live: on every step; else when let go). get() gives {active, from, to}: active when the
     period is narrower than all the years (then undated agreements are left out too). */
  techpact.Period = function (years, live, onChange) {
    var from = document.getElementById("year-from"), to = document.getElementById("year-to");
    var first = years[0], last = years[years.length - 1];
    function get() {
      if (years.length < 2) return {active: false, from: first, to: last};
      return {active: +from.value > first || +to.value < last, from: +from.value, to: +to.value};
    }
    if (years.length < 2) return {get: get};
    [from, to].forEach(function (input) { input.min = first; input.max = last; });
    from.value = first; to.value = last;
    function label() {
      document.getElementById("year-from-value").textContent = from.value;
      document.getElementById("year-to-value").textContent = to.value;
    }
    function moved(event) {
      if (+from.value > +to.value) { if (event.target === from) to.value = from.value; else from.value = to.value; }
      label();
    }
    [from, to].forEach(function (input) {
      input.addEventListener("input", function (event) { moved(event); if (live) onChange(); });
      input.addEventListener("change", function (event) { moved(event); if (!live) onChange(); });
    });
    label();
    document.getElementById("period").hidden = false;
    return {get: get};
  };

  /* The network as drawn now, on white, saved as a PNG file through a download link: the image
     comes from the canvas in the page, nothing is fetched. */
  techpact.savePng = function (container, filename) {
    var canvas = container.querySelector("canvas");
    var copy = document.createElement("canvas");
    copy.width = canvas.width; copy.height = canvas.height;
    var ctx = copy.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(canvas, 0, 0);
    function download(href, done) {
      var anchor = document.createElement("a");
      anchor.href = href; anchor.download = filename; anchor.style.display = "none";
      document.body.appendChild(anchor); anchor.click(); anchor.remove();
      if (done) setTimeout(done, 60000);
    }
    if (copy.toBlob) {
      copy.toBlob(function (blob) {
        var url = URL.createObjectURL(blob);
        download(url, function () { URL.revokeObjectURL(url); });
      }, "image/png");
    } else {
      download(copy.toDataURL("image/png"));
    }
  };

  /* A file name from the page title: "techpact: alliances" -> "techpact-alliances.png". */
  techpact.pngName = function (title) {
    var slug = String(title || "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return (slug || "techpact-map") + ".png";
  };
})(window.techpact = window.techpact || {});
