"use strict";
// Pyrograph's HTML flamegraph, inlined into flamegraph.html by HtmlExporter.
// The data is the pruned call tree as pre-order arrays (see htmlexporter.h);
// this script lays it out per zoom on a canvas, as the app's FlameLayout does:
// the zoom root's ancestors full width, its subtree scaled, children narrower
// than a pixel merged with their narrow siblings or left out. Every name goes
// into the page through textContent or fillText, never as markup.
(function () {
    var data = JSON.parse(document.getElementById("pyrograph-data").textContent);
    var N = data.name.length;
    var diff = data.diff;
    var names = data.names, nodeName = data.name, depth = data.depth, colors = data.colors;
    var ROW = 18, MIN_WIDTH = 1, LABEL_MIN = 20, PAD = 4;
    var MERGED = 24, DIMMED = 25, DIFF0 = 26;

    // Structure from the depths: subtree end and parent of each node.
    var width = new Float64Array(N), end = new Int32Array(N), parent = new Int32Array(N);
    (function () {
        var stack = [];
        for (var i = 0; i < N; ++i) {
            width[i] = diff ? data.base[i] + data.comp[i] : data.total[i];
            var d = depth[i];
            while (stack.length > d)
                end[stack.pop()] = i;
            parent[i] = stack.length ? stack[stack.length - 1] : -1;
            stack.push(i);
        }
        while (stack.length)
            end[stack.pop()] = N;
    })();

    // ---- formatting, as model/unitformat.cpp
    var TIME = { nanoseconds: 1, nanosecond: 1, ns: 1, microseconds: 1e3, microsecond: 1e3, us: 1e3,
                 milliseconds: 1e6, millisecond: 1e6, ms: 1e6, seconds: 1e9, second: 1e9, s: 1e9 };
    var BYTES = { bytes: 1, byte: 1, B: 1, kilobytes: 1024, KB: 1024, megabytes: 1048576, MB: 1048576 };
    function threeDigits(v) {
        var a = Math.abs(v);
        return v.toFixed(a >= 99.95 ? 0 : a >= 9.995 ? 1 : 2);
    }
    function scaled(value, base, unitNames, step) {
        var v = value * base, i = 0;
        while (i + 1 < unitNames.length && Math.abs(v) >= step) { v /= step; ++i; }
        if (i + 1 < unitNames.length && Math.abs(v) >= step - 0.5) { v /= step; ++i; }
        if (i === 0 && v === Math.floor(v))
            return v + " " + unitNames[0];
        return threeDigits(v) + " " + unitNames[i];
    }
    function grouped(v) {
        var s = String(Math.abs(Math.round(v))), out = "";
        for (var i = 0; i < s.length; ++i) {
            if (i > 0 && (s.length - i) % 3 === 0)
                out += ",";
            out += s[i];
        }
        return (v < 0 ? "-" : "") + out;
    }
    function format(v) {
        var u = data.unit;
        if (Object.prototype.hasOwnProperty.call(TIME, u))
            return scaled(v, TIME[u], ["ns", "us", "ms", "s"], 1000);
        if (Object.prototype.hasOwnProperty.call(BYTES, u))
            return scaled(v, BYTES[u], ["B", "KB", "MB", "GB", "TB"], 1024);
        return grouped(v) + (u && u !== "count" && u !== "samples" ? " " + u : "");
    }
    function percent(part, whole) {
        return whole ? (100 * part / whole).toFixed(2) + "%" : "0%";
    }
    function signed(change) {
        return (change > 0 ? "+" : "") + change.toFixed(2) + "%";
    }

    // ---- state
    var canvas = document.getElementById("flame");
    var ctx = canvas.getContext("2d");
    var tooltip = document.getElementById("tooltip");
    var searchBox = document.getElementById("search");
    var matchedText = document.getElementById("matched");
    var resetButton = document.getElementById("reset");
    var crumbs = document.getElementById("breadcrumbs");
    var zoomRoot = 0, hovered = -1, highlightName = -1;
    var match = null; // Uint8Array by name index while a search is active
    var layout = null; // { rows: [{node, x, w, count}], zoomRow }
    var labelWidth = new Float64Array(names.length).fill(-1);
    var font = "12px system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif";

    function colorIndex(i, merged) {
        if (merged)
            return MERGED;
        if (match && !match[nodeName[i]])
            return DIMMED;
        if (diff)
            return DIFF0 + 100 + Math.max(-100, Math.min(100, Math.round(data.change[i])));
        if (data.heat)
            return data.heat[i];
        return data.nameColor[nodeName[i]];
    }

    // ---- layout (FlameLayout's rules over the kept tree)
    function computeLayout(W) {
        var rows = [], chain = [];
        for (var a = parent[zoomRoot]; a >= 0; a = parent[a])
            chain.push(a);
        chain.reverse();
        for (var k = 0; k < chain.length; ++k)
            rows.push({ node: [chain[k]], x: [0], w: [W], count: [1] });
        var zoomRow = rows.length;
        if (N === 0 || width[zoomRoot] <= 0)
            return { rows: rows, zoomRow: zoomRow };
        rows.push({ node: [zoomRoot], x: [0], w: [W], count: [1] });
        var scale = W / width[zoomRoot];
        for (;;) {
            var prev = rows[rows.length - 1];
            var row = { node: [], x: [], w: [], count: [] };
            for (var p = 0; p < prev.node.length; ++p) {
                if (prev.count[p] > 1)
                    continue; // a merged box has no visible children
                var n = prev.node[p], x = prev.x[p];
                var pend = 0, px0 = 0, px1 = 0, pfirst = -1;
                var flush = function () {
                    if (pend > 0 && px1 - px0 >= MIN_WIDTH) {
                        row.node.push(pfirst); row.x.push(px0); row.w.push(px1 - px0); row.count.push(pend);
                    }
                    pend = 0;
                };
                for (var c = n + 1; c < end[n]; c = end[c]) {
                    var w = width[c] * scale;
                    if (w >= MIN_WIDTH) {
                        flush();
                        row.node.push(c); row.x.push(x); row.w.push(w); row.count.push(1);
                    } else {
                        if (pend === 0) { px0 = x; pfirst = c; }
                        px1 = x + w;
                        ++pend;
                    }
                    x += w;
                }
                flush();
            }
            if (row.node.length === 0)
                break;
            rows.push(row);
        }
        return { rows: rows, zoomRow: zoomRow };
    }

    // ---- drawing
    function cssWidth() {
        return Math.max(100, canvas.parentElement.clientWidth - 24);
    }
    function rowTop(r, rowCount) {
        return data.icicle ? r * ROW : (rowCount - 1 - r) * ROW;
    }
    function label(nameIndex, available) {
        var text = names[nameIndex];
        if (labelWidth[nameIndex] < 0)
            labelWidth[nameIndex] = ctx.measureText(text).width;
        if (labelWidth[nameIndex] <= available)
            return text;
        var cps = Array.from(text), lo = 0, hi = cps.length;
        while (lo < hi) { // the longest prefix that fits with the ellipsis
            var mid = (lo + hi + 1) >> 1;
            if (ctx.measureText(cps.slice(0, mid).join("") + "\u2026").width <= available)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo > 0 ? cps.slice(0, lo).join("") + "\u2026" : "";
    }

    function draw() {
        var W = cssWidth();
        layout = computeLayout(W);
        var rowCount = Math.max(layout.rows.length, 1);
        var H = rowCount * ROW;
        var dpr = window.devicePixelRatio || 1;
        canvas.style.width = W + "px";
        canvas.style.height = H + "px";
        canvas.width = Math.round(W * dpr);
        canvas.height = Math.round(H * dpr);
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillStyle = data.background;
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.font = font;
        ctx.textBaseline = "middle";
        var drawn = 0;
        var outlines = [];
        for (var r = 0; r < layout.rows.length; ++r) {
            var row = layout.rows[r], top = rowTop(r, rowCount), ancestor = r < layout.zoomRow;
            var y0 = Math.round(top * dpr), y1 = y0 + Math.max(1, Math.round(ROW * dpr) - 1);
            for (var i = 0; i < row.node.length; ++i) {
                var n = row.node[i], merged = row.count[i] > 1;
                var entry = colors[colorIndex(n, merged)];
                var x0 = Math.round(row.x[i] * dpr), x1 = Math.round((row.x[i] + row.w[i]) * dpr);
                if (x1 <= x0)
                    x1 = x0 + 1;
                else if (x1 - x0 >= 3)
                    x1 -= 1;
                ctx.fillStyle = ancestor ? entry[2] : entry[0];
                ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
                ++drawn;
                if (!merged && (n === hovered || nodeName[n] === highlightName))
                    outlines.push([x0, y0, x1 - x0, y1 - y0, n === hovered ? "#141414" : "#9600aa"]);
                if (merged || row.w[i] < LABEL_MIN)
                    continue;
                var text = label(nodeName[n], row.w[i] - 2 * PAD);
                if (!text)
                    continue;
                ctx.save();
                ctx.scale(dpr, dpr);
                ctx.fillStyle = ancestor ? entry[3] : entry[1];
                ctx.fillText(text, row.x[i] + PAD, top + (ROW - 1) / 2);
                ctx.restore();
            }
        }
        for (var o = 0; o < outlines.length; ++o) {
            ctx.strokeStyle = outlines[o][4];
            ctx.lineWidth = Math.max(1, dpr);
            ctx.strokeRect(outlines[o][0] + 0.5, outlines[o][1] + 0.5, outlines[o][2] - 1, outlines[o][3] - 1);
        }
        canvas.setAttribute("data-drawn", String(drawn));
        canvas.setAttribute("data-zoom", zoomRoot ? names[nodeName[zoomRoot]] : "");
    }

    // ---- hit testing and the tooltip
    function boxAt(clientX, clientY) {
        if (!layout)
            return null;
        var rect = canvas.getBoundingClientRect();
        var x = clientX - rect.left, y = clientY - rect.top;
        var rowCount = Math.max(layout.rows.length, 1);
        var r = data.icicle ? Math.floor(y / ROW) : rowCount - 1 - Math.floor(y / ROW);
        if (r < 0 || r >= layout.rows.length)
            return null;
        var row = layout.rows[r], lo = 0, hi = row.x.length - 1, found = -1;
        while (lo <= hi) { // the last box starting at or before x
            var mid = (lo + hi) >> 1;
            if (row.x[mid] <= x) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
        }
        if (found < 0 || x >= row.x[found] + Math.max(row.w[found], 1))
            return null;
        return { node: row.node[found], count: row.count[found], row: r };
    }

    function line(parentEl, text, cls) {
        var div = document.createElement("div");
        if (cls)
            div.className = cls;
        div.textContent = text;
        parentEl.appendChild(div);
    }

    function showTooltip(box, clientX, clientY) {
        tooltip.textContent = "";
        var n = box.node;
        if (box.count > 1) {
            var sum = 0;
            for (var k = 0, c = n; k < box.count; ++k, c = end[c])
                sum += width[c];
            line(tooltip, box.count + " functions, each too narrow to draw", "name");
            line(tooltip, "Together: " + format(sum) + " (" + percent(sum, width[0]) + ")");
        } else if (diff) {
            line(tooltip, names[nodeName[n]], "name");
            line(tooltip, "Baseline: " + format(data.base[n]) + " (" + percent(data.base[n], data.baselineTotal) + ")");
            line(tooltip, "Comparison: " + format(data.comp[n]) + " (" + percent(data.comp[n], data.comparisonTotal) + ")");
            var presence = data.base[n] === 0 ? " (new)" : data.comp[n] === 0 ? " (removed)" : "";
            line(tooltip, "Change: " + signed(data.change[n]) + presence);
        } else {
            line(tooltip, names[nodeName[n]], "name");
            line(tooltip, "Total: " + format(data.total[n]) + " (" + percent(data.total[n], width[0]) + " of all"
                 + (parent[n] >= 0 ? ", " + percent(data.total[n], width[parent[n]]) + " of the caller" : "") + ")");
            line(tooltip, "Self: " + format(data.self[n]) + " (" + percent(data.self[n], width[0]) + ")");
        }
        tooltip.hidden = false;
        var tx = clientX + 14, ty = clientY + 14;
        var tw = tooltip.offsetWidth, th = tooltip.offsetHeight;
        if (tx + tw > window.innerWidth - 4)
            tx = Math.max(4, clientX - tw - 14);
        if (ty + th > window.innerHeight - 4)
            ty = Math.max(4, clientY - th - 14);
        tooltip.style.left = tx + "px";
        tooltip.style.top = ty + "px";
    }

    canvas.addEventListener("mousemove", function (e) {
        var box = boxAt(e.clientX, e.clientY);
        var node = box && box.count === 1 ? box.node : -1;
        if (box)
            showTooltip(box, e.clientX, e.clientY);
        else
            tooltip.hidden = true;
        if (node !== hovered) {
            hovered = node;
            draw();
        }
    });
    canvas.addEventListener("mouseleave", function () {
        tooltip.hidden = true;
        if (hovered !== -1) {
            hovered = -1;
            draw();
        }
    });
    canvas.addEventListener("click", function (e) {
        var box = boxAt(e.clientX, e.clientY);
        if (box && box.count === 1)
            zoomTo(box.node);
    });

    // ---- zoom and breadcrumbs
    function zoomTo(node) {
        zoomRoot = node;
        resetButton.disabled = node === 0;
        updateBreadcrumbs();
        draw();
    }
    function updateBreadcrumbs() {
        crumbs.textContent = "";
        var path = [];
        for (var n = zoomRoot; n >= 0; n = parent[n])
            path.push(n);
        path.reverse();
        path.forEach(function (n, i) {
            if (i > 0) {
                var sep = document.createElement("span");
                sep.className = "sep";
                sep.textContent = "\u203a";
                crumbs.appendChild(sep);
            }
            var b = document.createElement("button");
            b.type = "button";
            b.textContent = names[nodeName[n]]; // the root too: "total", as in the app
            b.title = names[nodeName[n]];
            if (n === zoomRoot)
                b.className = "current";
            else
                b.addEventListener("click", function () { zoomTo(n); });
            crumbs.appendChild(b);
        });
    }
    resetButton.addEventListener("click", function () { zoomTo(0); });

    // ---- search: the matched share counts a node under a matching ancestor once
    function search(term) {
        searchBox.classList.remove("invalid");
        if (!term) {
            match = null;
            matchedText.textContent = "";
            fillTable();
            draw();
            return;
        }
        var re;
        try {
            re = new RegExp(term, "i");
        } catch (e) {
            searchBox.classList.add("invalid");
            matchedText.textContent = "Invalid regular expression";
            return;
        }
        match = new Uint8Array(names.length);
        for (var k = 0; k < names.length; ++k)
            match[k] = re.test(names[k]) ? 1 : 0;
        var sum = 0;
        for (var i = 0; i < N;) {
            if (match[nodeName[i]]) {
                sum += width[i];
                i = end[i];
            } else {
                ++i;
            }
        }
        matchedText.textContent = "Matched: " + percent(sum, width[0]);
        fillTable();
        draw();
    }
    var searchTimer = 0;
    searchBox.addEventListener("input", function () {
        clearTimeout(searchTimer);
        searchTimer = setTimeout(function () { search(searchBox.value); }, 120);
    });
    searchBox.addEventListener("keydown", function (e) {
        if (e.key === "Enter") {
            clearTimeout(searchTimer);
            search(searchBox.value);
        }
    });
    window.addEventListener("keydown", function (e) {
        if ((e.ctrlKey || e.metaKey) && (e.key === "f" || e.key === "F")) {
            e.preventDefault();
            searchBox.focus();
            searchBox.select();
        } else if (e.key === "Escape" && document.activeElement !== searchBox) {
            zoomTo(0);
        }
    });

    // ---- the function table
    var fn = data.functions;
    var columns = diff
        ? [["Function", "name"], ["Baseline self", "baseSelf"], ["Comparison self", "compSelf"], ["Change", "change"],
           ["Baseline total", "baseTotal"], ["Comparison total", "compTotal"]]
        : [["Function", "name"], ["Self", "self"], ["Self %", "self%"], ["Total", "total"], ["Total %", "total%"]];
    var sortKey = diff ? "change" : "self", sortDescending = true;
    var MAX_ROWS = 2000;
    function cell(key, r) {
        switch (key) {
        case "name": return names[fn.name[r]];
        case "self%": return percent(fn.self[r], width[0]);
        case "total%": return percent(fn.total[r], width[0]);
        case "change": return signed(fn.change[r]);
        case "baseSelf": case "baseTotal": return format(fn[key][r]) + " (" + percent(fn[key][r], data.baselineTotal) + ")";
        case "compSelf": case "compTotal": return format(fn[key][r]) + " (" + percent(fn[key][r], data.comparisonTotal) + ")";
        default: return format(fn[key][r]);
        }
    }
    function sortValue(key, r) {
        if (key === "name")
            return names[fn.name[r]];
        if (key === "self%")
            return fn.self[r];
        if (key === "total%")
            return fn.total[r];
        return fn[key][r];
    }
    function fillHeader() {
        var thead = document.querySelector("#functions thead");
        thead.textContent = "";
        var tr = document.createElement("tr");
        columns.forEach(function (col) {
            var th = document.createElement("th");
            th.textContent = col[0] + (col[1] === sortKey ? (sortDescending ? " \u25be" : " \u25b4") : "");
            th.addEventListener("click", function () {
                if (sortKey === col[1])
                    sortDescending = !sortDescending;
                else {
                    sortKey = col[1];
                    sortDescending = col[1] !== "name";
                }
                fillHeader();
                fillTable();
            });
            tr.appendChild(th);
        });
        thead.appendChild(tr);
    }
    function fillTable() {
        var rows = [];
        for (var r = 0; r < fn.name.length; ++r)
            if (!match || match[fn.name[r]])
                rows.push(r);
        var key = sortKey, sign = sortDescending ? -1 : 1;
        rows.sort(function (a, b) {
            var va = sortValue(key, a), vb = sortValue(key, b);
            if (va < vb) return -sign;
            if (va > vb) return sign;
            return a - b;
        });
        var tbody = document.querySelector("#functions tbody");
        var body = document.createElement("tbody");
        rows.slice(0, MAX_ROWS).forEach(function (r) {
            var tr = document.createElement("tr");
            if (fn.name[r] === highlightName)
                tr.className = "selected";
            columns.forEach(function (col) {
                var td = document.createElement("td");
                td.textContent = cell(col[1], r);
                tr.appendChild(td);
            });
            tr.addEventListener("click", function () {
                highlightName = highlightName === fn.name[r] ? -1 : fn.name[r];
                fillTable();
                draw();
            });
            body.appendChild(tr);
        });
        tbody.parentNode.replaceChild(body, tbody);
        var note = rows.length > MAX_ROWS ? "Showing " + MAX_ROWS + " of " + rows.length + " functions. " : "";
        if (fn.name.length < data.functionCount)
            note += (data.functionCount - fn.name.length) + " functions below " + (100 * data.minShare).toFixed(4)
                + "% of the total are not in this page.";
        document.getElementById("tablenote").textContent = note;
    }

    // ---- the diff legend
    function fillLegend() {
        var legend = document.getElementById("legend");
        legend.hidden = false;
        var left = document.createElement("span");
        left.textContent = "-100% (less in the comparison)";
        var bar = document.createElement("canvas");
        bar.width = 201;
        bar.height = 1;
        var bctx = bar.getContext("2d");
        for (var p = 0; p <= 200; ++p) {
            bctx.fillStyle = colors[DIFF0 + p][0];
            bctx.fillRect(p, 0, 1, 1);
        }
        var right = document.createElement("span");
        right.textContent = "+100% (more)";
        var mode = document.createElement("span");
        mode.textContent = "(" + data.diffMode + " change; width: baseline + comparison)";
        legend.appendChild(left);
        legend.appendChild(bar);
        legend.appendChild(right);
        legend.appendChild(mode);
    }

    // ---- start
    document.getElementById("title").textContent = data.title;
    var info = data.sampleType ? data.sampleType + " (" + data.unit + ")" : "";
    if (diff)
        info = "baseline " + format(data.baselineTotal) + ", comparison " + format(data.comparisonTotal) + " · " + info;
    else if (N)
        info = "total " + format(width[0]) + " · " + info;
    if (N < data.nodeCount)
        info += " · " + N.toLocaleString("en-US") + " of " + data.nodeCount.toLocaleString("en-US")
            + " nodes (those below " + (100 * data.minShare).toFixed(4) + "% are left out)";
    document.getElementById("info").textContent = info;
    if (diff)
        fillLegend();
    fillHeader();
    fillTable();
    updateBreadcrumbs();
    draw();
    var resizeTimer = 0;
    window.addEventListener("resize", function () {
        clearTimeout(resizeTimer);
        resizeTimer = setTimeout(draw, 50);
    });

    // For tests and for people at the console: the boxes drawn now, in CSS pixels.
    window.pyrograph = {
        boxes: function () {
            var out = [], rect = canvas.getBoundingClientRect(), rowCount = Math.max(layout.rows.length, 1);
            layout.rows.forEach(function (row, r) {
                for (var i = 0; i < row.node.length; ++i)
                    out.push({ name: row.count[i] > 1 ? "" : names[nodeName[row.node[i]]], merged: row.count[i] > 1,
                               x: rect.left + row.x[i], y: rect.top + rowTop(r, rowCount), w: row.w[i], h: ROW, row: r });
            });
            return out;
        },
        zoomRoot: function () { return zoomRoot ? names[nodeName[zoomRoot]] : ""; },
        search: search
    };
    document.documentElement.setAttribute("data-ready", "1");
})();
