"use strict";
// Pyrograph's SVG flamegraph: click a box to zoom, "Reset Zoom" (or Escape) to
// go back, "Search" (or Ctrl+F) for a case-insensitive regular expression with
// the matched share, a <title> tooltip on every box. Written after
// flamegraph.pl's script. The data lives in the boxes' attributes (fg:x, fg:w:
// the value offset and width of a box, whole numbers, so a deep zoom is exact)
// and their titles; this script holds none, so no name can end its CDATA.
(function () {
    var svgns = "http://www.w3.org/2000/svg";
    var svg = document.documentElement;
    var num = function (name) { return parseFloat(svg.getAttribute("fg:" + name)); };
    var xpad = num("xpad"), width = num("width"), frameHeight = num("frameheight");
    var charWidth = num("charwidth"), minWidth = num("minwidth");
    var dimmed = svg.getAttribute("fg:dimmed");
    // Rows go up in a flame graph, down in an icicle graph: depth from y.
    var rowSign = svg.getAttribute("fg:orient") === "icicle" ? 1 : -1;
    var boxes = [], total = 0, zoomed = null;
    var details, matched, unzoom;

    function text(el, value) {
        el.textContent = value;
    }

    // The label a box of w pixels shows: the whole name, or its start and ".."
    // (as flamegraph.pl), or nothing below three characters.
    function label(name, w) {
        var chars = Math.floor(w / charWidth);
        if (chars < 3)
            return "";
        var cps = Array.from(name);
        return cps.length <= chars ? name : cps.slice(0, chars - 2).join("") + "..";
    }

    function place(b, x, w) {
        b.rect.setAttribute("x", x.toFixed(2));
        b.rect.setAttribute("width", w.toFixed(2));
        var l = b.merged ? "" : label(b.name, w);
        if (!b.label && l === "")
            return;
        if (!b.label) {
            b.label = document.createElementNS(svgns, "text");
            b.label.setAttribute("y", (parseFloat(b.rect.getAttribute("y")) + frameHeight / 2 + 3.5).toFixed(1));
            b.g.appendChild(b.label);
        }
        b.label.setAttribute("x", (x + 3).toFixed(2));
        text(b.label, l);
    }

    function show(b, visible) {
        if (visible)
            b.g.removeAttribute("display");
        else
            b.g.setAttribute("display", "none");
    }

    function zoom(z) {
        var scale = width / z.w;
        for (var i = 0; i < boxes.length; ++i) {
            var b = boxes[i];
            b.g.classList.remove("parent");
            if (b.depth < z.depth && b.x <= z.x && z.x + z.w <= b.x + b.w && !b.merged) {
                b.g.classList.add("parent"); // an ancestor: full width, faded
                show(b, true);
                place(b, xpad, width);
            } else if (b.depth >= z.depth && b.x >= z.x && b.x + b.w <= z.x + z.w && b.w * scale >= minWidth) {
                show(b, true);
                place(b, xpad + (b.x - z.x) * scale, b.w * scale);
            } else {
                show(b, false);
            }
        }
        zoomed = z === boxes[0] ? null : z;
        unzoom.classList.toggle("hide", zoomed === null);
        svg.setAttribute("fg:zoomed", zoomed ? zoomed.name : "");
    }

    function search(term) {
        ensureBoxes();
        var re = null;
        if (term) {
            try {
                re = new RegExp(term, "i");
            } catch (e) {
                text(matched, "Invalid regex: " + e.message);
                return;
            }
        }
        var ranges = [];
        for (var i = 0; i < boxes.length; ++i) {
            var b = boxes[i];
            var hit = re !== null && !b.merged && re.test(b.name);
            if (hit)
                ranges.push([b.x, b.x + b.w]);
            b.rect.setAttribute("fill", re === null || hit ? b.fill : dimmed);
        }
        if (re === null) {
            text(matched, " ");
            svg.setAttribute("fg:matched", "");
            return;
        }
        // A box under a matching ancestor lies inside the ancestor's range, so
        // the union of the ranges counts it once, as flamegraph.pl does.
        ranges.sort(function (a, b) { return a[0] - b[0]; });
        var sum = 0, end = -Infinity;
        for (var k = 0; k < ranges.length; ++k) {
            var s = Math.max(ranges[k][0], end), e = ranges[k][1];
            if (e > s)
                sum += e - s;
            end = Math.max(end, e);
        }
        var share = total > 0 ? (100 * sum / total).toFixed(2) + "%" : "0%";
        text(matched, "Matched: " + share);
        svg.setAttribute("fg:matched", share);
    }

    function askSearch() {
        var term = window.prompt("Search for a function (regular expression, case-insensitive)", "");
        if (term !== null)
            search(term);
    }

    // The boxes' data, read from the DOM on the first zoom or search rather
    // than at load, so a large file is ready as soon as it is drawn.
    var frameGroups = null;
    function ensureBoxes() {
        if (boxes.length || !frameGroups)
            return;
        for (var i = 0; i < frameGroups.length; ++i) {
            var g = frameGroups[i], rect = g.getElementsByTagName("rect")[0];
            var title = g.getElementsByTagName("title")[0].textContent;
            // The title is "NAME (DETAILS)"; DETAILS hold no " (", NAME may.
            var cut = title.lastIndexOf(" (");
            boxes.push({
                g: g, rect: rect, label: g.getElementsByTagName("text")[0] || null,
                x: parseFloat(rect.getAttribute("fg:x")), w: parseFloat(rect.getAttribute("fg:w")),
                depth: rowSign * parseFloat(rect.getAttribute("y")),
                name: cut >= 0 ? title.substring(0, cut) : title, title: title,
                merged: g.classList.contains("m"), fill: rect.getAttribute("fill")
            });
        }
        total = boxes.length ? boxes[0].w : 0;
    }
    function boxIndex(target) {
        var g = target.closest ? target.closest("#frames > g") : null;
        if (!g)
            return -1;
        return Array.prototype.indexOf.call(frameGroups, g);
    }

    function init() {
        details = document.getElementById("details");
        matched = document.getElementById("matched");
        unzoom = document.getElementById("unzoom");
        frameGroups = document.getElementById("frames").children;
        var frames = document.getElementById("frames");
        frames.addEventListener("click", function (e) {
            var i = boxIndex(e.target);
            if (i < 0)
                return;
            ensureBoxes();
            if (!boxes[i].merged)
                zoom(boxes[i]);
        });
        frames.addEventListener("mouseover", function (e) {
            var g = e.target.closest ? e.target.closest("#frames > g") : null;
            if (g)
                text(details, g.getElementsByTagName("title")[0].textContent);
        });
        frames.addEventListener("mouseout", function () { text(details, " "); });
        unzoom.addEventListener("click", function () { ensureBoxes(); if (boxes.length) zoom(boxes[0]); });
        document.getElementById("search").addEventListener("click", askSearch);
        document.getElementById("matched").addEventListener("click", function () { search(""); });
        window.addEventListener("keydown", function (e) {
            if ((e.ctrlKey || e.metaKey) && (e.key === "f" || e.key === "F")) {
                e.preventDefault();
                askSearch();
            } else if (e.key === "Escape") {
                ensureBoxes();
                search("");
                if (boxes.length)
                    zoom(boxes[0]);
            }
        });
        // ?s=REGEX searches on load, as flamegraph.pl.
        var params = new URLSearchParams(window.location.search);
        if (params.get("s"))
            search(params.get("s"));
        svg.setAttribute("fg:ready", "1");
    }

    if (document.readyState === "loading")
        window.addEventListener("load", init);
    else
        init();
})();
