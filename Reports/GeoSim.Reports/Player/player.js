"use strict";
(function () {
  var root = document.getElementById("player");
  window.onerror = function (message) { root.setAttribute("data-errors", (root.getAttribute("data-errors") || "") + message + ";"); };
  var data = JSON.parse(document.getElementById("player-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var speeds = [1, 10, 100];
  var state = { s: 0, t: 0, playing: false, speed: 10, last: 0 };

  function el(tag, attrs, parent) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function x(lon) { return 2 * (lon + 180); }
  function y(lat) { return 2 * (84 - Math.min(lat, 84)); }
  function fmt(t) { return String(Math.round(t * 1000) / 1000); }
  function clock(t) {
    var m = Math.floor(t / 60), s = t - 60 * m;
    return m + ":" + (s < 10 ? "0" : "") + s.toFixed(1);
  }
  // The state of a list of changes [t0, s0, t1, s1, ...] at time t: the last change at or before t.
  function at(changes, t) {
    var v = changes[1];
    for (var i = 0; i < changes.length; i += 2) { if (changes[i] <= t) v = changes[i + 1]; else break; }
    return v;
  }
  // A per-interval series [t, v, ...] at time t: the last interval that ended at or before t.
  function sample(series, t) {
    if (!series) return null;
    var v = null;
    for (var i = 0; i < series.length; i += 2) { if (series[i] <= t) v = series[i + 1]; else break; }
    return v;
  }
  function peak(series) {
    var m = 0;
    if (series) for (var i = 1; i < series.length; i += 2) m = Math.max(m, series[i]);
    return m;
  }

  // The map: links first (under the regions), a pair a->b and b->a as two parallel lines.
  var map = document.getElementById("map");
  var where = {};
  data.regions.forEach(function (r) { where[r.name] = [x(r.lon), y(r.lat)]; });
  // Zoom to the regions (with a margin, at the map's aspect): labels are sized for the zoom.
  var xs = data.regions.map(function (r) { return where[r.name][0]; }), ys = data.regions.map(function (r) { return where[r.name][1]; });
  if (!xs.length) { xs = [0, 720]; ys = [0, 280]; }
  var vw = Math.min(720, Math.max(160, Math.max.apply(null, xs) - Math.min.apply(null, xs) + 120)), vh = vw * 280 / 720;
  vh = Math.max(vh, Math.min(280, Math.max.apply(null, ys) - Math.min.apply(null, ys) + 60)); vw = vh * 720 / 280;
  var vx = Math.max(0, Math.min(720 - vw, (Math.max.apply(null, xs) + Math.min.apply(null, xs)) / 2 - vw / 2));
  var vy = Math.max(0, Math.min(280 - vh, (Math.max.apply(null, ys) + Math.min.apply(null, ys)) / 2 - vh / 2));
  map.setAttribute("viewBox", [vx, vy, vw, vh].join(" "));
  var k = 1.3 * vw / 720;
  var linkGroup = el("g", {}, map), regionGroup = el("g", {}, map);
  var links = data.links.map(function (name) {
    var ends = name.split("->"), a = where[ends[0]], b = where[ends[1]];
    var dx = b[0] - a[0], dy = b[1] - a[1], len = Math.sqrt(dx * dx + dy * dy) || 1;
    var ox = -dy / len * 1.2 * k, oy = dx / len * 1.2 * k;
    // A group per direction: the line, and an arrowhead at 60 % of the way that shows which direction it is.
    var g = el("g", { "class": "link", "data-link": name, "data-state": "up" }, linkGroup);
    el("line", { x1: a[0] + ox, y1: a[1] + oy, x2: b[0] + ox, y2: b[1] + oy }, g);
    var mx = a[0] + ox + 0.6 * dx, my = a[1] + oy + 0.6 * dy, ux = dx / len * 7 * k, uy = dy / len * 7 * k;
    el("path", { d: "M" + (mx + ux) + " " + (my + uy) + "L" + (mx - ux - uy * 0.6) + " " + (my - uy + ux * 0.6) +
      "L" + (mx - ux + uy * 0.6) + " " + (my - uy - ux * 0.6) + "z" }, g);
    el("title", {}, g).textContent = name;
    return g;
  });
  var regions = data.regions.map(function (r) {
    var p = where[r.name];
    var g = el("g", { "class": "region" + (r.known ? "" : " unknown"), "data-region": r.name, "data-role": "replica",
      transform: "translate(" + p[0] + "," + p[1] + ") scale(" + k + ")" }, regionGroup);
    el("circle", { r: 4 }, g);
    var name = el("text", { x: 6, y: -6 }, g); name.textContent = r.name + (r.known ? "" : " (position unknown)");
    var role = el("text", { "class": "role", x: 6, y: 2 }, g);
    el("rect", { "class": "bar-bg", x: 6, y: 5, width: 40, height: 3 }, g);
    var bar = el("rect", { "class": "bar", x: 6, y: 5, width: 0, height: 3 }, g);
    var behind = el("text", { x: 48, y: 8.5 }, g);
    var writes = el("text", { x: 6, y: 16 }, g);
    return { g: g, role: role, bar: bar, behind: behind, writes: writes };
  });

  // The timeline: fault windows, event ticks, the playhead.
  var line = document.getElementById("timeline"), W = 1000, dur = data.duration || 1;
  var faults = el("g", {}, line), ticks = el("g", {}, line);
  for (var s = 0; s <= dur; s += axisStep(dur)) {
    el("text", { "class": "axis", x: s / dur * W + 2, y: 66 }, line).textContent = clock(s).replace(/\.0$/, "");
  }
  var head = el("line", { id: "playhead", x1: 0, x2: 0, y1: 0, y2: 70 }, line);
  function axisStep(d) { return d <= 120 ? 10 : d <= 600 ? 30 : d <= 3600 ? 300 : 1800; }

  var select = document.getElementById("strategy");
  data.strategies.forEach(function (st, i) {
    var o = document.createElement("option"); o.value = i; o.textContent = st.label; select.appendChild(o);
  });
  if (data.strategies.length < 2) select.parentNode.hidden = true;

  function drawTimeline() {
    var st = data.strategies[state.s];
    faults.textContent = ""; ticks.textContent = "";
    st.faults.forEach(function (f) {
      var r = el("rect", { "class": "fault", x: f[0] / dur * W, y: 4, width: Math.max(1, (f[1] - f[0]) / dur * W), height: 50 }, faults);
      el("title", {}, r).textContent = clock(f[0]) + "-" + clock(f[1]) + " " + f[2] + ": " + f[3];
    });
    st.events.forEach(function (e) {
      var tx = e[0] / dur * W;
      var t = el("line", { "class": "tick " + e[1], x1: tx, x2: tx, y1: e[1] === "narrative" ? 4 : 30, y2: 54 }, ticks);
      el("title", {}, t).textContent = clock(e[0]) + " " + e[1] + ": " + e[3];
    });
  }

  function render() {
    var st = data.strategies[state.s], t = state.t;
    root.setAttribute("data-time", fmt(t));
    root.setAttribute("data-strategy", st.label);
    document.getElementById("clock").textContent = clock(t);
    document.getElementById("scrub").value = t;
    head.setAttribute("x1", t / dur * W); head.setAttribute("x2", t / dur * W);
    links.forEach(function (l, i) { l.setAttribute("data-state", at(st.links[i], t)); });
    regions.forEach(function (r, i) {
      var role = at(st.roles[i], t);
      r.g.setAttribute("data-role", role);
      r.role.textContent = role;
      var b = sample(st.behind[i], t), max = peak(st.behind[i]);
      r.bar.setAttribute("width", b && max ? 40 * b / max : 0);
      r.behind.textContent = b === null ? "" : "behind " + (b >= 1000 ? (b / 1000).toFixed(1) + " s" : b.toFixed(0) + " ms");
      var w = sample(st.writes[i], t);
      r.writes.textContent = w === null ? "" : "writes " + (100 * w).toFixed(w < 1 && w > 0.99 ? 1 : 0) + " %";
      r.writes.setAttribute("class", w !== null && w < 0.5 ? "writes-off" : "");
      r.g.setAttribute("data-writes", w === null ? "" : String(w));
    });
    var passed = st.events.concat((st.said || []).map(function (l) { return [l[0], "said", l[1], l[2]]; }))
      .filter(function (e) { return e[0] <= t; }).sort(function (a, b) { return a[0] - b[0]; });
    var said = passed.filter(function (e) { return e[1] === "narrative"; });
    document.getElementById("narration").textContent = said.length ? clock(said[said.length - 1][0]) + "  " + said[said.length - 1][3] : "";
    var log = document.getElementById("log");
    if (log.childNodes.length !== passed.length || log.getAttribute("data-strategy") !== st.label) {
      log.textContent = "";
      log.setAttribute("data-strategy", st.label);
      passed.forEach(function (e) {
        var li = document.createElement("li");
        li.className = e[1];
        li.textContent = clock(e[0]) + "  " + (e[1] === "narrative" ? "" : e[1] === "said" ? e[2] + " " : e[1] + " " + (e[2] ? e[2] + ": " : "")) + e[3];
        log.appendChild(li);
      });
      log.scrollTop = log.scrollHeight;
    }
  }

  function seek(t, keepHash) {
    state.t = Math.max(0, Math.min(dur, t));
    render();
    if (!keepHash) { try { history.replaceState(null, "", "#t=" + fmt(state.t) + (state.s ? "&strategy=" + encodeURIComponent(data.strategies[state.s].label) : "")); } catch (e) { /* file: URLs may refuse */ } }
  }
  function choose(i) { state.s = i; select.value = i; drawTimeline(); seek(state.t); }

  function fromHash() {
    var h = location.hash.replace(/^#/, "").split("&"), t = state.t;
    h.forEach(function (kv) {
      var p = kv.split("="), v = decodeURIComponent(p[1] || "");
      if (p[0] === "t" && isFinite(parseFloat(v))) t = parseFloat(v);
      if (p[0] === "strategy") data.strategies.forEach(function (st, i) { if (st.label === v) { state.s = i; select.value = i; } });
    });
    drawTimeline();
    seek(t, true);
  }

  function frame(now) {
    if (!state.playing) return;
    var dt = state.last ? (now - state.last) / 1000 : 0;
    state.last = now;
    seek(state.t + dt * state.speed, true);
    if (state.t >= dur) { toggle(false); return; }
    requestAnimationFrame(frame);
  }
  function toggle(on) {
    state.playing = on;
    state.last = 0;
    var b = document.getElementById("play");
    b.textContent = on ? "Pause" : "Play";
    b.setAttribute("aria-pressed", String(on));
    if (on) { if (state.t >= dur) seek(0, true); requestAnimationFrame(frame); } else seek(state.t);
  }

  var scrub = document.getElementById("scrub");
  scrub.max = dur;
  scrub.addEventListener("input", function () { seek(parseFloat(scrub.value)); });
  var dragging = false;
  function pointer(ev) { var box = line.getBoundingClientRect(); seek((ev.clientX - box.left) / box.width * dur); }
  line.addEventListener("pointerdown", function (ev) { dragging = true; line.setPointerCapture(ev.pointerId); pointer(ev); });
  line.addEventListener("pointermove", function (ev) { if (dragging) pointer(ev); });
  line.addEventListener("pointerup", function () { dragging = false; });
  document.addEventListener("keydown", function (ev) {
    if (ev.target === select) return;
    var step = ev.shiftKey ? 10 : 1;
    if (ev.key === "ArrowRight") { seek(state.t + step); ev.preventDefault(); }
    else if (ev.key === "ArrowLeft") { seek(state.t - step); ev.preventDefault(); }
    else if (ev.key === " ") { toggle(!state.playing); ev.preventDefault(); }
  });
  document.getElementById("play").addEventListener("click", function () { toggle(!state.playing); });
  speeds.forEach(function (v) {
    var b = document.getElementById("speed-" + v);
    b.addEventListener("click", function () {
      state.speed = v;
      speeds.forEach(function (o) { document.getElementById("speed-" + o).setAttribute("aria-pressed", String(o === v)); });
    });
  });
  select.addEventListener("change", function () { choose(parseInt(select.value, 10)); });
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
