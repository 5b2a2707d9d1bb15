#!/usr/bin/env bash
# docs/screenshots/make.sh PYROGRAPH REPO OUT: the screenshots of the README and
# docs/guide.md, made by the app's own --screenshot from the bundled sample and
# the corpus (the CMake target docs-screenshots runs it with OUT=docs/screenshots,
# so they are remade from the code of the day, never by hand). One Xvfb for all,
# and a settings folder of its own, so the user's theme or remembered view never
# shows; the welcome page's recent files are made up here.
set -euo pipefail
PYROGRAPH=$1
REPO=$(cd "$2" && pwd)
OUT=$3
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

if [ -z "${PYROGRAPH_SCREENSHOTS_DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "make.sh: xvfb-run is missing (./dev deps)" >&2; exit 1; }
    export PYROGRAPH_SCREENSHOTS_DISPLAY=1
    exec xvfb-run -a -s "-screen 0 1920x1200x24" "$0" "$@"
fi

config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
export XDG_CONFIG_HOME=$config
# The user's own runtime folder, as a desktop session has (QStandardPaths warns without it).
export XDG_RUNTIME_DIR=$config/run

S=$REPO/resources/samples/go-cpu.pb.gz
C=$REPO/tests/data
D=$C/collapsed/inferno/differential_perf-cycles-instructions-01-collapsed-all-diff.txt
P=$C/perf-script/flamegraph-example-perf-stacks.txt.gz

shot() { # OUT.png ARGS...: one window, saved
    local png=$1
    shift
    echo "docs-screenshots: $png"
    rm -rf "${config:?}"/*
    mkdir -m 700 "$XDG_RUNTIME_DIR"
    "$PYROGRAPH" "$@" --screenshot "$OUT/$png"
}

shot flamegraph.png "$S" --size 1400x850 --view flamegraph --search json --renderer gl
shot flamegraph-zoomed-raster.png "$S" --size 1400x850 --view flamegraph \
    --zoom 'runtime.main;main.main;main.jsonWork' --renderer raster
shot table.png "$S" --size 1400x850 --view table --search sort --renderer gl
shot both.png "$S" --size 1400x850 --view both --renderer gl
shot sandwich.png "$S" --size 1400x850 --view sandwich --renderer gl \
    --zoom 'runtime.main;main.main;main.gzipWork;compress/gzip.(*Writer).Write;compress/flate.NewWriter;runtime.newobject;runtime.mallocgc'
shot diff.png "$D" --size 1400x850 --view diff --renderer gl
shot side-by-side.png "$D" --size 1400x850 --view side-by-side --renderer gl
shot diff-table.png "$D" --size 1400x850 --view diff-table --renderer gl
shot tail-first-labels.png "$C/pprof/pyroscope-heap.pb.gz" --size 1400x800 --view both
shot timeline-perf-second.png "$P" --timeline --range 1436462079000..1436462079999 --size 1400x900 --renderer raster
shot timeline-heatmap.png "$P" --heatmap --range 1436462079000..1436462079999 \
    --compare 1436462083200..1436462083799 --size 1400x900 --renderer raster

# The empty window lists recent files: five made up, two of them go-cpu.pb.gz
# in different folders (the page tells them apart by folder).
echo "docs-screenshots: welcome.png"
rm -rf "${config:?}"/*
mkdir -m 700 "$XDG_RUNTIME_DIR"
mkdir -p "$config/Pyrograph"
cat >"$config/Pyrograph/pyrograph.conf" <<'CONF'
[General]
recentFiles=/home/ana/profiles/prod/go-cpu.pb.gz, /home/ana/profiles/staging/go-cpu.pb.gz, /home/ana/traces/checkout.speedscope.json, /home/ana/perf/render.folded, /home/ana/node/api.cpuprofile
CONF
"$PYROGRAPH" --screenshot "$OUT/welcome.png" --size 1200x800
