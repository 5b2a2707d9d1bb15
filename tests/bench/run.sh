#!/usr/bin/env bash
# Pyrograph's benchmarks, side by side with their peers in one run (./dev bench).
#
#   tests/bench/run.sh BUILD_DIR [--quick] [--runs N] [--only NAME[,NAME...]] [--no-write]
#
# Generates the large profiles into BUILD_DIR/bench-data when missing (never
# committed), measures each benchmark and its peers on the same files, prints a
# table and rewrites the results section of BENCHMARKS.md (date, machine, commit,
# figures and the exact commands).
#   --quick     small profiles (BUILD_DIR/bench-data-quick), one run each, for a smoke
#               run; BENCHMARKS.md is left alone
#   --runs N    runs of each fast command (default 5); the slow peers (go tool pprof,
#               stackcollapse-perf.pl) run once. Figures are medians.
#   --only      a subset: pprof,collapsed,search,perf,frame,diff,export
#   --no-write  print the table, leave BENCHMARKS.md alone
#
# Every figure is a whole process measured by /usr/bin/time (wall seconds and peak
# resident memory), except where a row says "in process" (search: SearchResult::run).
# Each benchmark is a function below; later issues add theirs the same way: a
# bench_NAME function that calls measure and add_row, and a name in ALL_BENCHMARKS.
set -euo pipefail

# bash reads a script as it runs it: run a copy, so that an edit of this file
# during a long run does not change (or break) the run.
if [ -z "${PYROGRAPH_BENCH_COPY:-}" ]; then
    copy=$(mktemp /tmp/pyrograph-bench-run.XXXXXX)
    cp "$0" "$copy"
    PYROGRAPH_BENCH_COPY=$copy PYROGRAPH_BENCH_ROOT=$(cd "$(dirname "$0")/../.." && pwd) exec bash "$copy" "$@"
fi
ROOT=$PYROGRAPH_BENCH_ROOT
trap 'rm -f "$PYROGRAPH_BENCH_COPY"' EXIT
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
    echo "usage: tests/bench/run.sh BUILD_DIR [--quick] [--runs N] [--only NAME,...] [--no-write]" >&2
    exit 2
fi
BUILD=$(cd "$1" && pwd)
shift
BIN=$BUILD/bin
QUICK=0
RUNS=5
WRITE=1
ALL_BENCHMARKS=(pprof collapsed search perf frame diff export library timeline server ingest httplibraries scrape)
ONLY=("${ALL_BENCHMARKS[@]}")
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=1; RUNS=1; WRITE=0 ;;
        --runs) RUNS=$2; shift ;;
        --only) IFS=, read -r -a ONLY <<< "$2"; shift ;;
        --no-write) WRITE=0 ;;
        *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
    shift
done

PEERS=$ROOT/tests/peers/FlameGraph
if [ $QUICK = 1 ]; then
    DATA=$BUILD/bench-data-quick
    GENERATE_ARGS=(--stacks 50000 --functions 20000 --perf-bytes 100000000)
    PERF_SMALL_BYTES=30000000
else
    DATA=$BUILD/bench-data
    GENERATE_ARGS=()
    PERF_SMALL_BYTES=300000000
fi
mkdir -p "$DATA"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP" "$PYROGRAPH_BENCH_COPY"' EXIT

# ------------------------------------------------------------------ helpers

# The rows of the results table, one "|"-separated line each, and the commands.
ROWS=()
COMMANDS=()

log() { printf '%s\n' "$*" >&2; }

# measure KEY RUNS CMD...: runs CMD (stdout to $TMP/KEY.out) RUNS times under
# /usr/bin/time; sets SECS[KEY] (wall), CPU[KEY] (user + system) and PEAK[KEY]
# (MB) to the medians, STATUS[KEY] to the last exit status. Commands that need a
# pipe or a redirection go through sh -c. CPU seconds are printed beside the wall
# time because a busy machine stretches wall time but hardly CPU time.
declare -A SECS CPU PEAK STATUS
measure() {
    local key=$1 runs=$2
    shift 2
    local times=() peaks=() cpus=() rc=0 i
    COMMANDS+=("$*")
    for ((i = 0; i < runs; i++)); do
        rc=0
        /usr/bin/time -f '%e %M %U %S' -o "$TMP/$key.time" "$@" > "$TMP/$key.out" 2> "$TMP/$key.err" || rc=$?
        if [ $rc != 0 ]; then
            log "  $key: exit $rc: $(tail -n 3 "$TMP/$key.err" | tr '\n' ' ')"
            break
        fi
        cp "$TMP/$key.out" "$TMP/$key.out.$i" # each run's output, for in-process figures
        read -r t m u sy < <(tail -n 1 "$TMP/$key.time")
        times+=("$t")
        peaks+=("$m")
        cpus+=("$(calc "$u + $sy")")
    done
    STATUS[$key]=$rc
    if [ $rc != 0 ] || [ ${#times[@]} = 0 ]; then
        SECS[$key]=""
        CPU[$key]=""
        PEAK[$key]=""
        return 0
    fi
    SECS[$key]=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    CPU[$key]=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    PEAK[$key]=$(printf '%s\n' "${peaks[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]/1024}')
    log "  $key: ${SECS[$key]} s (cpu ${CPU[$key]} s), ${PEAK[$key]} MB (median of ${#times[@]})"
}

# field NAME KEY BENCH: KEY=value on the line NAME of an in-process benchmark's
# output ($TMP/BENCH.out: "merge range=hour ... medianMs=48.3").
field() { sed -nE "s/^$1 .* $2=([0-9.]+).*/\1/p; s/^$1 $2=([0-9.]+).*/\1/p" "$TMP/$3.out" | head -n 1; }

# The GUI benchmarks run on the display they are given, else on their own Xvfb
# (Mesa's llvmpipe for OpenGL).
if [ -n "${DISPLAY:-}" ]; then ON_DISPLAY=(); else ON_DISPLAY=(xvfb-run -a -s "-screen 0 1920x1200x24"); fi

# calc EXPR: floating-point arithmetic for the ratios; empty when an operand is.
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }" 2>/dev/null; }
ratio() { # ratio A B: A / B, or "n/a"
    if [ -n "$1" ] && [ -n "$2" ] && awk "BEGIN { exit !($2 > 0) }"; then calc "$1 / $2" 1; else echo "n/a"; fi
}
verdict() { # verdict VALUE OP LIMIT: "met" or "MISSED" (or "n/a")
    if [ -z "$1" ] || [ "$1" = n/a ]; then echo "n/a"; return; fi
    if awk "BEGIN { exit !($1 $2 $3) }"; then echo "met"; else echo "MISSED"; fi
}
# t KEY: "W s (cpu C s)" for a table cell, or "failed"
t() { if [ -n "${SECS[$1]:-}" ]; then echo "${SECS[$1]} s (cpu ${CPU[$1]} s)"; else echo "failed"; fi; }
megabytes() { calc "$(stat -c %s "$1") / 1000000" 1; }
# warm FILE: reads it once, unmeasured, so that every measured run (ours and the
# peer's alike) reads it from the page cache, not the first one from disk.
warm() { cat "$1" > /dev/null; }

# median_of_runs FILE...: the lines of one in-process benchmark's runs (the
# same lines in each, "name=value" words), as one run's lines whose figures
# (medianMs, p95Ms, cpuMedianMs, searchRunMedianMs, importSeconds,
# firstFrameSeconds, ratio) are the medians over the runs, with runs=N added
# before them.
median_of_runs() {
    awk '
        function median(list,   n, a, i, j, v) {
            n = split(list, a, " ")
            for (i = 2; i <= n; i++) { v = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > v + 0; j--) a[j + 1] = a[j]; a[j + 1] = v }
            return a[int((n + 1) / 2)]
        }
        FNR == 1 { run++ }
        {
            key = ""; names = ""
            for (i = 1; i <= NF; i++) {
                split($i, kv, "=")
                if (kv[1] ~ /^(medianMs|p95Ms|cpuMedianMs|searchRunMedianMs|importSeconds|firstFrameSeconds|ratio)$/) {
                    names = names " " kv[1]; values[FNR, kv[1]] = values[FNR, kv[1]] " " kv[2]
                } else key = key (key == "" ? "" : " ") $i
            }
            if (run == 1) { keys[FNR] = key; fields[FNR] = names; lines = FNR }
        }
        END {
            for (l = 1; l <= lines; l++) {
                out = keys[l] (fields[l] == "" ? "" : " runs=" run)
                n = split(fields[l], f, " ")
                for (i = 1; i <= n; i++) out = out " " f[i] "=" median(values[l, f[i]])
                print out
            }
        }' "$@"
}

# add_row BENCHMARK WHAT OURS PEER RATIO GOAL VERDICT
add_row() { ROWS+=("$1|$2|$3|$4|$5|$6|$7"); }

wanted() { local b; for b in "${ONLY[@]}"; do [ "$b" = "$1" ] && return 0; done; return 1; }

# ------------------------------------------------------------------ data

generate() {
    local want=() f
    [ -f "$DATA/large.pb.gz" ] || want+=(--pprof "$DATA/large.pb.gz")
    [ -f "$DATA/large.folded" ] || want+=(--collapsed "$DATA/large.folded")
    if wanted perf && [ ! -f "$DATA/large.perf.txt" ]; then want+=(--perf-script "$DATA/large.perf.txt"); fi
    if [ ${#want[@]} -gt 0 ] || [ ! -f "$DATA/large.json" ]; then
        log "generating ${want[*]:-statistics} (seed 1)"
        "$BIN/pyrograph_generate" --seed 1 "${GENERATE_ARGS[@]}" "${want[@]}" --stats "$DATA/large.json"
    fi
    # issue 20's broader profile: about 7.6 million nodes from 500,000 stacks
    if wanted pprof && [ ! -f "$DATA/large-broad.pb.gz" ]; then
        log "generating the broad profile (seed 1, --branching 0.81 --spread 0.75)"
        "$BIN/pyrograph_generate" --seed 1 --branching 0.81 --spread 0.75 "${GENERATE_ARGS[@]}" \
            --pprof "$DATA/large-broad.pb.gz" --stats "$DATA/large-broad.json"
    fi
    # issue 20's smaller perf script file, read by `pyrograph info` as a user would
    if wanted perf && [ ! -f "$DATA/p300.perf.txt" ]; then
        log "generating the 300 MB perf script file (seed 5)"
        "$BIN/pyrograph_generate" --seed 5 "${GENERATE_ARGS[@]}" --perf-bytes "$PERF_SMALL_BYTES" \
            --perf-script "$DATA/p300.perf.txt" > /dev/null
    fi
    # the second profile, for the diff benchmark (issue 5)
    if wanted diff && [ ! -f "$DATA/large-seed2.pb.gz" ]; then
        log "generating the seed-2 profile"
        "$BIN/pyrograph_generate" --seed 2 "${GENERATE_ARGS[@]}" --pprof "$DATA/large-seed2.pb.gz"
    fi
    for f in large.pb.gz large.folded; do
        [ -f "$DATA/$f" ] || { log "missing $DATA/$f"; exit 1; }
    done
}

# ------------------------------------------------------------------ benchmarks

# Issue 2: pprof import to a ready Profile against go tool pprof -top and zcat,
# on the 6.1-million-node profile and (issue 20) on a broader one of about 7.6
# million nodes (the same 500,000 stacks over a call graph with more callees).
bench_pprof() {
    pprof_rows "$DATA/large.pb.gz" "pprof import" ""
    pprof_rows "$DATA/large-broad.pb.gz" "pprof import, 7.6M nodes" "_broad"
}

# pprof_rows FILE BENCHMARK SUFFIX: the rows of one profile (keys end in SUFFIX).
pprof_rows() {
    local file=$1 name=$2 s=$3 goal=20
    [ -n "$s" ] && goal=25 # issue 20's goal on the broader profile
    log "pprof import ($file)"
    warm "$file"
    measure ours_pprof$s "$RUNS" "$BIN/pyrograph_benchimport" "$file"
    measure ours_pprof_libprotobuf$s "$RUNS" \
        env PYROGRAPH_PPROF_DECODER=libprotobuf "$BIN/pyrograph_benchimport" "$file"
    measure zcat$s "$RUNS" sh -c "zcat '$file' > /dev/null"
    if [ -x "$BIN/pyrograph" ]; then
        measure ours_info$s "$RUNS" "$BIN/pyrograph" info "$file"
    fi
    if command -v go > /dev/null; then
        measure go_pprof$s 1 go tool pprof -top "$file"
    fi
    local vs_go vs_zcat
    vs_go=$(ratio "${SECS[go_pprof$s]:-}" "${SECS[ours_pprof$s]}")
    vs_zcat=$(ratio "${SECS[ours_pprof$s]}" "${SECS[zcat$s]}")
    add_row "$name" "pyrograph_benchimport (fast decoder) vs go tool pprof -top: time" \
        "$(t ours_pprof$s)" "$(t go_pprof$s)" "${vs_go}x faster (cpu $(ratio "${CPU[go_pprof$s]:-}" "${CPU[ours_pprof$s]}")x)" \
        ">= ${goal}x faster" "$(verdict "$vs_go" '>=' "$goal")"
    add_row "$name" "pyrograph_benchimport vs zcat FILE >/dev/null: time" \
        "$(t ours_pprof$s)" "$(t zcat$s)" "${vs_zcat}x zcat (cpu $(ratio "${CPU[ours_pprof$s]}" "${CPU[zcat$s]}")x)" \
        "<= 3x zcat" "$(verdict "$vs_zcat" '<=' 3)"
    add_row "$name" "peak memory (ours vs go tool pprof)" \
        "${PEAK[ours_pprof$s]:-n/a} MB" "${PEAK[go_pprof$s]:-n/a} MB" \
        "$(ratio "${PEAK[go_pprof$s]:-}" "${PEAK[ours_pprof$s]:-}")x less" "< 400 MB" \
        "$(verdict "${PEAK[ours_pprof$s]:-}" '<' 400)"
    add_row "$name" "fast decoder vs libprotobuf decoder (PYROGRAPH_PPROF_DECODER=libprotobuf)" \
        "$(t ours_pprof$s), ${PEAK[ours_pprof$s]:-n/a} MB" \
        "$(t ours_pprof_libprotobuf$s), ${PEAK[ours_pprof_libprotobuf$s]:-n/a} MB" \
        "$(ratio "${SECS[ours_pprof_libprotobuf$s]:-}" "${SECS[ours_pprof$s]}")x faster" "(kept to compare)" "-"
    if [ -n "${SECS[ours_info$s]:-}" ]; then
        local r
        r=$(ratio "${SECS[go_pprof$s]:-}" "${SECS[ours_info$s]}")
        add_row "$name" "pyrograph info FILE (the CLI: import and counts) vs go tool pprof -top" \
            "$(t ours_info$s), ${PEAK[ours_info$s]} MB" "$(t go_pprof$s)" "${r}x faster" ">= ${goal}x faster" \
            "$(verdict "$r" '>=' "$goal")"
    fi
    if [ -s "$TMP/ours_pprof$s.out" ]; then log "  $(cat "$TMP/ours_pprof$s.out")"; fi
}

# Issue 2: collapsed import throughput and peak memory on the 1 GB file.
bench_collapsed() {
    local file=$DATA/large.folded mb
    mb=$(megabytes "$file")
    log "collapsed import ($file, $mb MB)"
    measure cat_folded "$RUNS" sh -c "cat '$file' > /dev/null"
    measure ours_collapsed "$RUNS" "$BIN/pyrograph_benchimport" "$file"
    local s=${SECS[ours_collapsed]} rate=n/a
    [ -n "$s" ] && rate=$(calc "$mb / $s" 0)
    add_row "collapsed import" "pyrograph_benchimport on the $mb MB file: throughput (peer: cat FILE >/dev/null, page cache)" \
        "$rate MB/s, $(t ours_collapsed)" "$(calc "$mb / ${SECS[cat_folded]}" 0) MB/s" \
        "$(ratio "$s" "${SECS[cat_folded]}")x cat" ">= 500 MB/s" "$(verdict "$rate" '>=' 500)"
    add_row "collapsed import" "peak memory (streaming: set by the tree)" \
        "${PEAK[ours_collapsed]:-n/a} MB" "file: $mb MB" "-" "< 500 MB" "$(verdict "${PEAK[ours_collapsed]:-}" '<' 500)"
    if [ -s "$TMP/ours_collapsed.out" ]; then log "  $(cat "$TMP/ours_collapsed.out")"; fi
}

# Issue 2 (and issue 4's search keystroke, model side): substring search, in process.
bench_search() {
    local file=$DATA/large.pb.gz
    log "search ($file)"
    measure search 1 "$BIN/pyrograph_benchsearch" "$file" --runs 21
    if [ "${STATUS[search]}" != 0 ]; then
        add_row "search" "SearchResult::run" "failed" "-" "-" "< 30 ms" "n/a"
        return
    fi
    local line q ms share names
    while read -r line; do
        case "$line" in query=*) ;; *) continue ;; esac
        q=$(sed -E 's/^query=(.*) medianMs=.*/\1/' <<< "$line")
        ms=$(sed -E 's/.* medianMs=([0-9.]+) .*/\1/' <<< "$line")
        share=$(sed -E 's/.* share=([0-9.]+).*/\1/' <<< "$line")
        names=$(sed -E 's/.* names=([0-9]+) .*/\1/' <<< "$line")
        add_row "search" "\`$q\` ($names names, $(calc "$share * 100" 1)% of cpu), in process, median of 21" \
            "$ms ms" "-" "-" "< 30 ms" "$(verdict "$ms" '<' 30)"
        log "  $line"
    done < "$TMP/search.out"
}

# Issue 7: perf script import against stackcollapse-perf.pl.
bench_perf() {
    local file=$DATA/large.perf.txt mb
    mb=$(megabytes "$file")
    log "perf script import ($file, $mb MB)"
    warm "$file"
    measure ours_perf "$RUNS" "$BIN/pyrograph_benchimport" "$file"
    if [ "${STATUS[ours_perf]}" != 0 ] || ! grep -q '^format=perf' "$TMP/ours_perf.out"; then
        add_row "perf script import" "pyrograph_benchimport on $mb MB" "not read: $(head -c 120 "$TMP/ours_perf.err")" \
            "-" "-" ">= 30x stackcollapse-perf.pl" "n/a"
        return
    fi
    measure stackcollapse 1 perl "$PEERS/stackcollapse-perf.pl" "$file"
    local r
    r=$(ratio "${SECS[stackcollapse]:-}" "${SECS[ours_perf]}")
    add_row "perf script import" "pyrograph_benchimport vs perl stackcollapse-perf.pl on $mb MB: time" \
        "$(t ours_perf)" "$(t stackcollapse)" "${r}x faster (cpu $(ratio "${CPU[stackcollapse]:-}" "${CPU[ours_perf]}")x)" \
        ">= 30x faster" "$(verdict "$r" '>=' 30)"
    add_row "perf script import" "peak memory (streaming: set by the tree)" \
        "${PEAK[ours_perf]} MB" "${PEAK[stackcollapse]:-n/a} MB" "file: $mb MB" "set by the tree" "-"
    log "  $(cat "$TMP/ours_perf.out")"
    bench_perf_info
}

# Issue 20: the whole program on a 300 MB file, startup and exit included:
# `pyrograph info` against stackcollapse-perf.pl.
bench_perf_info() {
    local file=$DATA/p300.perf.txt mb r
    mb=$(megabytes "$file")
    log "perf script, pyrograph info ($file, $mb MB)"
    warm "$file"
    measure ours_perf_info "$RUNS" "$BIN/pyrograph" info "$file"
    if [ "${STATUS[ours_perf_info]}" != 0 ] || ! grep -q '^format: perf script' "$TMP/ours_perf_info.out"; then
        add_row "perf script, pyrograph info" "on $mb MB" "not read: $(head -c 120 "$TMP/ours_perf_info.err")" \
            "-" "-" ">= 30x stackcollapse-perf.pl" "n/a"
        return
    fi
    measure stackcollapse_small 1 perl "$PEERS/stackcollapse-perf.pl" "$file"
    r=$(ratio "${SECS[stackcollapse_small]:-}" "${SECS[ours_perf_info]}")
    add_row "perf script, pyrograph info" "pyrograph info vs perl stackcollapse-perf.pl on $mb MB: time" \
        "$(t ours_perf_info)" "$(t stackcollapse_small)" "${r}x faster" ">= 30x faster" "$(verdict "$r" '>=' 30)"
}

# Issue 4: frame time (layout + drawing, median and p95) at 1600x900 on both
# renderers, search keystroke to repaint, open to first frame, measured in
# process by pyrograph_benchframe (tests/bench/benchframe.cpp), under Xvfb when
# there is no display (Mesa's software OpenGL there).
bench_frame() {
    if [ ! -x "$BIN/pyrograph_benchframe" ]; then
        add_row "frame time" "full view and zoom sequence, 1600x900, OpenGL and raster" "not measured yet" \
            "-" "-" "p95 < 8 ms (Mesa llvmpipe)" "n/a"
        return
    fi
    log "frame time ($DATA/large.pb.gz)"
    # A p95 of one run is its third slowest frame, and on a shared machine a
    # stall elsewhere lands there: each figure is the median over RUNS processes.
    measure frame "$RUNS" "${ON_DISPLAY[@]}" "$BIN/pyrograph_benchframe" "$DATA/large.pb.gz" --size 1600x900
    [ "${STATUS[frame]}" = 0 ] && median_of_runs "$TMP"/frame.out.* > "$TMP/frame.out"
    if [ "${STATUS[frame]}" != 0 ]; then
        add_row "frame time" "pyrograph_benchframe" "failed: $(tail -n 1 "$TMP/frame.err" | head -c 120)" "-" "-" \
            "p95 < 8 ms" "n/a"
        return
    fi
    local line median p95 goal
    while read -r line; do
        log "  $line"
        median=$(sed -nE 's/.* medianMs=([0-9.]+).*/\1/p' <<< "$line")
        p95=$(sed -nE 's/.* p95Ms=([0-9.]+).*/\1/p' <<< "$line")
        case "$line" in
            renderer=*scenario=*)
                goal="p95 < 8 ms"
                case "$line" in renderer=OpenGL*) ;; *) goal="(raster: no goal)" ;; esac
                add_row "frame time" "$(sed -E 's/ medianMs=.*//' <<< "$line")" "median $median ms, p95 $p95 ms" \
                    "-" "-" "$goal" "$( [ "$goal" = "p95 < 8 ms" ] && verdict "$p95" '<' 8 || echo -)" ;;
            renderer=*)
                add_row "frame time" "$line" "-" "-" "-" "p95 < 8 ms" "n/a" ;;
            layout\ *)
                add_row "frame time" "$(sed -E 's/ medianMs=.*//' <<< "$line") (FlameLayout only)" \
                    "median $median ms, p95 $p95 ms" "-" "-" "(part of the frame)" "-" ;;
            search\ *)
                add_row "search to repaint" "$(sed -E 's/ medianMs=.*//' <<< "$line")" \
                    "median $median ms, p95 $p95 ms" "-" "-" "p95 < 30 ms" "$(verdict "$p95" '<' 30)" ;;
            open\ *)
                local r
                r=$(sed -nE 's/.* ratio=([0-9.]+).*/\1/p' <<< "$line")
                add_row "open to first frame" "$(sed -E 's/ ratio=.*//' <<< "$line")" "${r}x the import" "-" "-" \
                    "<= 1.5x the import" "$(verdict "$r" '<=' 1.5)" ;;
        esac
    done < "$TMP/frame.out"
}

# Issue 5: diff of two large generated profiles (seeds 1 and 2) to the first
# frame. Hook: pyrograph_benchdiff BASE NEW printing "seconds=...".
bench_diff() {
    if [ ! -x "$BIN/pyrograph_benchdiff" ]; then
        add_row "diff" "two large profiles (seeds 1, 2) to the first frame" "not measured yet" "-" "-" "< 1.5 s" "n/a"
        return
    fi
    log "diff ($DATA/large.pb.gz vs $DATA/large-seed2.pb.gz)"
    measure diff 1 "${ON_DISPLAY[@]}" "$BIN/pyrograph_benchdiff" "$DATA/large.pb.gz" "$DATA/large-seed2.pb.gz" \
        --runs "$RUNS"
    # In process: DiffBuilder + the diff flamegraph's first frame, the two imports
    # excluded (they are the pprof rows); the whole process for reference.
    local line secs
    line=$(grep '^diff ' "$TMP/diff.out" || true)
    secs=$(sed -nE 's/.* seconds=([0-9.]+).*/\1/p' <<< "$line")
    [ -n "$line" ] && log "  $line"
    add_row "diff" "two large profiles (seeds 1, 2), opened, to the first frame of the diff (in process: $(sed -E 's/^diff //; s/ seconds=.*//' <<< "$line"))" \
        "${secs:-failed} s" "-" "-" "< 1.5 s" "$(verdict "${secs:-}" '<' 1.5)"
    add_row "diff" "the whole process: two imports, the diff, the first frame" "$(t diff), ${PEAK[diff]:-n/a} MB" \
        "-" "-" "-" "-"
}

# Issue 6: SVG export against flamegraph.pl on the same folded input, HTML export.
# Runs when `pyrograph export FILE -o OUT.svg` works.
bench_export() {
    local folded=$DATA/large.folded
    if [ ! -x "$BIN/pyrograph_benchexport" ]; then
        add_row "export" "SVG vs flamegraph.pl, HTML" "not built" "-" "-" ">= 20x flamegraph.pl, < 2 s" "n/a"
        return
    fi
    log "export (SVG of large.folded vs flamegraph.pl, both --minwidth 0.1; HTML, PNG; Chromium load)"
    # The same folded input and minimum width (flamegraph.pl's default 0.1 px of 1200) for both.
    measure svg "$RUNS" "$BIN/pyrograph" export "$folded" -o "$TMP/large.svg" --minwidth 0.1
    measure flamegraph_pl 1 sh -c "perl '$PEERS/flamegraph.pl' --minwidth 0.1 '$folded' > '$TMP/large.pl.svg'"
    local r size ours peer boxes peerBoxes
    r=$(ratio "${SECS[flamegraph_pl]:-}" "${SECS[svg]:-}")
    add_row "export" "SVG of large.folded, whole command (import included) vs flamegraph.pl: time" "$(t svg)" \
        "$(t flamegraph_pl)" "${r}x faster" ">= 20x faster" "$(verdict "$r" '>=' 20)"
    ours=$( [ -f "$TMP/large.svg" ] && megabytes "$TMP/large.svg" || echo n/a)
    peer=$( [ -f "$TMP/large.pl.svg" ] && megabytes "$TMP/large.pl.svg" || echo n/a)
    boxes=$(grep -c '^<g><title>' "$TMP/large.svg" 2>/dev/null || echo n/a)
    peerBoxes=$(grep -c '^<title>' "$TMP/large.pl.svg" 2>/dev/null || echo n/a)
    size=$(ratio "$ours" "$peer")
    add_row "export" "SVG size, boxes, peak memory" "$ours MB, $boxes boxes, ${PEAK[svg]:-n/a} MB peak" \
        "$peer MB, $peerBoxes boxes, ${PEAK[flamegraph_pl]:-n/a} MB peak" "${size}x the size" "no larger" \
        "$(verdict "$size" '<=' 1)"

    # In process, the import excluded: each export of the large profile alone.
    measure exports 1 "$BIN/pyrograph_benchexport" "$DATA/large.pb.gz" --runs "$RUNS" --out "$TMP"
    local format line secs bytes
    for format in svg html png; do
        line=$(grep "^export $format " "$TMP/exports.out" || true)
        secs=$(sed -nE 's/.* seconds=([0-9.]+).*/\1/p' <<< "$line")
        bytes=$(sed -nE 's/.* bytes=([0-9]+).*/\1/p' <<< "$line")
        [ -n "$line" ] && log "  $line"
        add_row "export" "$format of large.pb.gz in process (import excluded; median of $RUNS)" \
            "${secs:-failed} s, $( [ -n "$bytes" ] && calc "$bytes / 1000000" 2) MB" "-" "-" "< 2 s" \
            "$(verdict "${secs:-}" '<' 2)"
    done
    measure html "$RUNS" "$BIN/pyrograph" export "$DATA/large.pb.gz" -o "$TMP/large.html"
    add_row "export" "HTML of large.pb.gz, whole command (import included)" \
        "$(t html), $(megabytes "$TMP/large.html") MB, ${PEAK[html]:-n/a} MB peak" "-" "-" "-" "-"

    # Headless Chromium (Debian's), started once: navigation to drawn, per file.
    if [ -d "$ROOT/tests/browser/node_modules/playwright-core" ] && [ -x /usr/bin/chromium ]; then
        node "$ROOT/tests/browser/loadtime.mjs" --runs "$RUNS" "$TMP/large.svg" "$TMP/large.pl.svg" \
            "$TMP/export.html" > "$TMP/load.out" 2>&1 || true
        COMMANDS+=("node tests/browser/loadtime.mjs --runs $RUNS large.svg large.pl.svg export.html")
        local svgMs plMs htmlMs
        svgMs=$(sed -nE 's|^load .*/large\.svg ms=([0-9]+)|\1|p' "$TMP/load.out")
        plMs=$(sed -nE 's|^load .*/large\.pl\.svg ms=([0-9]+)|\1|p' "$TMP/load.out")
        htmlMs=$(sed -nE 's|^load .*/export\.html ms=([0-9]+)|\1|p' "$TMP/load.out")
        add_row "export" "headless Chromium: load and draw the SVG of large.folded" "${svgMs:-failed} ms" \
            "${plMs:-failed} ms (flamegraph.pl's)" "$(ratio "${plMs:-}" "${svgMs:-}")x" "< 2 s" \
            "$(verdict "${svgMs:-}" '<' 2000)"
        add_row "export" "headless Chromium: load and draw the HTML of large.pb.gz" "${htmlMs:-failed} ms" "-" "-" \
            "< 2 s" "$(verdict "${htmlMs:-}" '<' 2000)"
    else
        add_row "export" "headless Chromium load" "not measured (npm ci in tests/browser)" "-" "-" "< 2 s" "n/a"
    fi
}

# Issue 15: the profile library: a week of one service at 10-second pushes
# (60,480 profiles, made once into $DATA/library-week.sqlite), in process.
bench_library() {
    if [ ! -x "$BIN/pyrograph_benchlibrary" ]; then
        add_row "library" "a week of 10-second profiles" "not built" "-" "-" "-" "n/a"
        return
    fi
    local file=$DATA/library-week.sqlite profiles=60480 line v
    [ $QUICK = 1 ] && profiles=6048
    log "library ($file, $profiles profiles)"
    measure library 1 "$BIN/pyrograph_benchlibrary" --file "$file" --profiles "$profiles" --runs 11
    while read -r line; do log "  $line"; done < "$TMP/library.out"
    v=$(field build seconds library)
    [ -n "$v" ] && add_row "library" "building the week: Library::addAll, 2,016 profiles a transaction, 2 threads" \
        "$v s" "-" "-" "< 120 s" "$(verdict "$v" '<' 120)"
    v=$(field selectSeries medianMs library)
    add_row "library" "SelectSeries over the week ($profiles profiles) at 1-minute steps, median of 11" \
        "${v:-failed} ms" "-" "-" "< 100 ms" "$(verdict "${v:-}" '<' 100)"
    v=$(field merge medianMs library)
    add_row "library" "merge of one hour (360 profiles of ~3,000 nodes), median of 11" \
        "${v:-failed} ms" "-" "-" "< 500 ms" "$(verdict "${v:-}" '<' 500)"
    local stored gz
    stored=$(field bytes storedPerProfile library)
    gz=$(field bytes gzippedPprof library)
    add_row "library" "bytes stored per profile (ProfileBlob, zstd 3) vs the gzipped pprof of the same profile" \
        "${stored:-failed} B" "$gz B (pprof.gz)" "$(ratio "${stored:-}" "${gz:-}")" "<= pprof.gz" \
        "$(verdict "${stored:-}" '<=' "${gz:-0}")"
    v=$(field ingest perSecond library)
    add_row "library" "8 threads calling Library::add (compress, group commit, fsync), p99 $(field ingest p99Ms library) ms" \
        "${v:-failed} adds/s" "-" "-" "-" "-"
}

# Issue 18: the timeline window on bench_library's week (run bench_library first:
# it makes $DATA/library-week.sqlite), on Xvfb (llvmpipe for the OpenGL views).
bench_timeline() {
    local file=$DATA/library-week.sqlite profiles=60480 v
    [ $QUICK = 1 ] && profiles=6048
    if [ ! -x "$BIN/pyrograph_benchtimeline" ] || [ ! -f "$file" ]; then
        add_row "timeline" "the week in the timeline window" "not built (or no $file)" "-" "-" "-" "n/a"
        return
    fi
    log "timeline ($file)"
    measure timeline 1 "${ON_DISPLAY[@]}" "$BIN/pyrograph_benchtimeline" --file "$file" --profiles "$profiles" --runs 11
    v=$(field query medianMs timeline)
    add_row "timeline" "the week's series query plus the chart's redraw, median of 11" "${v:-failed} ms" "-" "-" \
        "<= 100 ms" "$(verdict "${v:-}" '<=' 100)"
    v=$(field drag fps timeline)
    add_row "timeline" "dragging a range on the chart, every move painted" "${v:-failed} fps" "-" "-" \
        ">= 60 fps" "$(verdict "${v:-}" '>=' 60)"
    v=$(field hour medianMs timeline)
    add_row "timeline" "one hour selected to its flamegraph shown, median of 11" "${v:-failed} ms" "-" "-" \
        "<= 1 s" "$(verdict "${v:-}" '<=' 1000)"
    v=$(field compare medianMs timeline)
    add_row "timeline" "two hours selected to their diff shown, median of 11" "${v:-failed} ms" "-" "-" \
        "<= 1.5 s" "$(verdict "${v:-}" '<=' 1500)"
}

# Issue 19: a server as the timeline's source. `pyrograph serve` (a process of
# its own) serves bench_library's week over loopback; the timeline window reads
# it through ServerTimelineSource (pyrograph_benchtimeline --url). Then a large
# merge fetched with `pyrograph fetch -o X.pb.gz`, streamed to disk: its peak
# memory against the size of the pprof the server sent.
serve_library() { # serve_library FILE PORTFILE: starts pyrograph serve, sets SERVE_PID and SERVE_URL
    local port
    "$BIN/pyrograph" serve --library "$1" --listen 127.0.0.1:0 --retention 100000d > "$2" 2>&1 &
    SERVE_PID=$!
    for _ in $(seq 1 200); do
        port=$(sed -nE 's/.*127\.0\.0\.1:([0-9]+).*/\1/p' "$2" | head -n 1)
        [ -n "$port" ] && break
        sleep 0.1
    done
    SERVE_URL="http://127.0.0.1:${port:-0}"
}

bench_server() {
    local file=$DATA/library-week.sqlite profiles=60480 v
    [ $QUICK = 1 ] && profiles=6048
    if [ ! -x "$BIN/pyrograph_benchtimeline" ] || [ ! -f "$file" ]; then
        add_row "server" "the week over loopback in the timeline window" "not built (or no $file)" "-" "-" "-" "n/a"
        return
    fi
    log "server (pyrograph serve --library $file)"
    serve_library "$file" "$TMP/serve.log"
    measure server 1 "${ON_DISPLAY[@]}" "$BIN/pyrograph_benchtimeline" --url "$SERVE_URL" --profiles "$profiles" --runs 11
    kill "$SERVE_PID" 2>/dev/null; wait "$SERVE_PID" 2>/dev/null || true
    v=$(field hour medianMs server)
    add_row "server" "one hour (360 profiles) selected to its flamegraph painted, from pyrograph serve over loopback (SelectMergeProfile, uncapped), median of 11" \
        "${v:-failed} ms" "-" "-" "<= 300 ms" "$(verdict "${v:-}" '<=' 300)"
    v=$(field compare medianMs server)
    add_row "server" "two hours selected to their diff painted, over loopback, median of 11" \
        "${v:-failed} ms" "-" "-" "-" "-"

    # The fetch: one profile of ~50 MB as pprof, stored once, fetched whole.
    local big=$DATA/fetch.pb.gz lib=$DATA/fetch.sqlite out=$TMP/fetched.pb.gz bytes
    if [ ! -f "$lib" ]; then
        [ -f "$big" ] || "$BIN/pyrograph_generate" --seed 7 --stacks "${FETCH_STACKS:-560000}" --pprof "$big" > /dev/null
        "$BIN/pyrograph" library add "$big" --service fetch --at 2023-11-14T22:00:00Z --library "$lib" > /dev/null
    fi
    serve_library "$lib" "$TMP/serve-fetch.log"
    measure fetch 1 "$BIN/pyrograph" fetch "$SERVE_URL" --query 'process_cpu:cpu:nanoseconds:cpu:nanoseconds{service_name="fetch"}' \
        --from 2023-11-14T21:00:00Z --until 2023-11-14T23:00:00Z -o "$out"
    kill "$SERVE_PID" 2>/dev/null; wait "$SERVE_PID" 2>/dev/null || true
    bytes=$(zcat "$out" 2>/dev/null | wc -c)
    local mb
    mb=$(calc "$bytes / 1048576" 1)
    add_row "server" "pyrograph fetch -o X.pb.gz of a ${mb} MB pprof merge, streamed to disk: peak memory vs the pprof's size" \
        "${PEAK[fetch]:-failed} MB, ${SECS[fetch]:-?} s" "${mb} MB (pprof)" "$(ratio "${PEAK[fetch]:-}" "$mb")" "< 2x" \
        "$(verdict "$(ratio "${PEAK[fetch]:-}" "$mb")" '<' 2)"
}

# ------------------------------------------------------------------ report

machine() {
    local cpu
    cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
    printf '%s cores (nproc), %s, %s GiB RAM, %s' "$(nproc)" "$cpu" \
        "$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)" "$(uname -sr)"
}

table() {
    echo "| benchmark | what | Pyrograph | peer | ratio | goal | verdict |"
    echo "|---|---|---|---|---|---|---|"
    local r
    for r in "${ROWS[@]}"; do echo "| ${r//|/ | } |"; done
}

report() {
    local stats
    stats=$(cat "$DATA/large.json" 2>/dev/null || echo '{}')
    echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)'), by \`tests/bench/run.sh $(basename "$BUILD")\` (what \`./dev bench\` runs)."
    echo
    echo "Machine: $(machine). Load average (1, 5, 15 min) at the start: $LOAD_START; at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    if awk -v l="${LOAD_START%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n) }'; then
        echo
        echo "**The machine was busy** (more runnable processes than cores): wall times are stretched by"
        echo "waiting for a core, CPU times (user + system) much less so. Read the cpu figures and ratios"
        echo "as the better estimate of an idle machine, and rerun before quoting wall times."
    fi
    echo
    echo "Data (\`pyrograph_generate\`, seed 1): \`$stats\`"
    echo
    table
    echo
    echo "Commands, as run (each under \`/usr/bin/time -f '%e %M %U %S'\`: wall, peak memory, cpu; medians of the runs):"
    echo
    echo '```'
    local c
    for c in "${COMMANDS[@]}"; do echo "${c//$ROOT\//}"; done
    echo '```'
}

write_benchmarks_md() {
    local md=$ROOT/BENCHMARKS.md begin='<!-- results:begin (written by tests/bench/run.sh) -->' end='<!-- results:end -->'
    if [ ! -f "$md" ] || ! grep -qF "$begin" "$md"; then
        log "BENCHMARKS.md has no results markers; not written"
        return
    fi
    report > "$TMP/results.md"
    awk -v begin="$begin" -v end="$end" -v results="$TMP/results.md" '
        $0 == begin { print; while ((getline line < results) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }' "$md" > "$TMP/BENCHMARKS.md"
    cp "$TMP/BENCHMARKS.md" "$md"
    log "wrote $md"
}

# Issue 16: pull mode: 200 simulated targets (a forked cpp-httplib server on
# 127.0.0.1..200) serving a 50 KB gzipped pprof, scraped every 10 s into a real
# library by PyroscopeServer's ScrapeManager.
bench_scrape() {
    if [ ! -x "$BIN/pyrograph_benchscrape" ]; then
        add_row "scrape" "200 targets every 10 s" "not built" "-" "-" "-" "n/a"
        return
    fi
    local seconds=60 cores p99 short late failures
    [ $QUICK = 1 ] && seconds=20
    log "scrape ($seconds s, 200 targets every 10 s)"
    measure scrape 1 "$BIN/pyrograph_benchscrape" "$seconds" 200 10
    while read -r line; do log "  $line"; done < "$TMP/scrape.out"
    cores=$(sed -nE 's/^server cpu ([0-9.]+) cores.*/\1/p' "$TMP/scrape.out")
    p99=$(sed -nE 's/^request to durable:.*p99 ([0-9.]+) ms.*/\1/p' "$TMP/scrape.out")
    late=$(sed -nE 's/^lateness p99 [0-9.]+ ms\tmax ([0-9.]+) ms.*/\1/p' "$TMP/scrape.out")
    short=$(sed -nE 's/.*targets short of [0-9]+ slots ([0-9]+).*/\1/p' "$TMP/scrape.out")
    failures=$(sed -nE 's/.*failures ([0-9]+).*/\1/p' "$TMP/scrape.out")
    add_row "scrape" "200 targets, 50 KB pprof every 10 s: targets that missed a slot (failures ${failures:-?}, latest start ${late:-?} ms after its slot)" \
        "${short:-failed}" "-" "-" "0" "$(verdict "${short:-}" '==' 0)"
    add_row "scrape" "the same: server CPU" "${cores:-failed} cores" "-" "-" "< 1 core" "$(verdict "${cores:-}" '<' 1)"
    add_row "scrape" "the same: p99 request to durable" "${p99:-failed} ms" "-" "-" "< 200 ms" "$(verdict "${p99:-}" '<' 200)"
}

# Issue 15: pyrograph serve's /ingest: 8 keep-alive clients (a child process)
# pushing a gzipped pprof (multipart, as the Go SDK) to a real server and
# library: a generated 50 KB worst case (random stacks: no shared prefixes) and
# a real 39 KB Go CPU profile from the corpus.
bench_ingest() {
    if [ ! -x "$BIN/pyrograph_benchingest" ]; then
        add_row "ingest" "8 clients pushing a 50 KB pprof.gz" "not built" "-" "-" "-" "n/a"
        return
    fi
    local seconds=10 name file what rate p99 cpu carry
    [ $QUICK = 1 ] && seconds=3
    for name in generated go-cpu; do
        file=()
        what="generated 50 KB pprof.gz (random stacks)"
        if [ "$name" = go-cpu ]; then
            file=("$ROOT/tests/data/pprof/go-cpu.pb.gz")
            what="real Go CPU pprof.gz, 39 KB"
        fi
        log "ingest $name ($seconds s, 8 clients)"
        measure "ingest-$name" 1 "$BIN/pyrograph_benchingest" "$seconds" 8 "${file[@]}"
        while read -r line; do log "  $line"; done < "$TMP/ingest-$name.out"
        rate=$(sed -nE 's/^pushes\/s ([0-9.]+).*/\1/p' "$TMP/ingest-$name.out")
        p99=$(sed -nE 's/.*p99 ([0-9.]+) ms.*/\1/p' "$TMP/ingest-$name.out")
        cpu=$(sed -nE 's/^server cpu per push ([0-9.]+) ms.*/\1/p' "$TMP/ingest-$name.out")
        carry=$(sed -nE 's/.*two cores carry ([0-9]+) pushes.*/\1/p' "$TMP/ingest-$name.out")
        add_row "ingest" "POST /ingest, 8 keep-alive clients, $what, real library: pushes/s" \
            "${rate:-failed}/s" "-" "-" ">= 1000/s" "$(verdict "${rate:-}" '>=' 1000)"
        add_row "ingest" "the same: p99 latency" "${p99:-failed} ms" "-" "-" "< 50 ms" "$(verdict "${p99:-}" '<' 50)"
        add_row "ingest" "the same: server CPU per push (pushes/s two idle cores carry)" \
            "${cpu:-failed} ms (${carry:-?}/s)" "-" "-" ">= 1000/s" "$(verdict "${carry:-}" '>=' 1000)"
    done
}

# Issue 15: the HTTP library, by measurement: cpp-httplib (our HttpServer) and
# Qt HTTP Server echoing a 50 KB POST to 8 keep-alive clients.
bench_httplibraries() {
    if [ ! -x "$BIN/pyrograph_benchhttplibraries" ]; then
        add_row "http" "Qt HTTP Server vs cpp-httplib" "not built (needs qt6-httpserver-dev)" "-" "-" "-" "n/a"
        return
    fi
    local seconds=5 ours qt
    [ $QUICK = 1 ] && seconds=2
    log "HTTP libraries ($seconds s each)"
    measure httplibraries 1 "$BIN/pyrograph_benchhttplibraries" "$seconds"
    while read -r line; do log "  $line"; done < "$TMP/httplibraries.out"
    ours=$(sed -nE 's/^cpp-httplib\t([0-9]+) req\/s.*p99 ([0-9.]+) ms.*/\1 req\/s, p99 \2 ms/p' "$TMP/httplibraries.out")
    qt=$(sed -nE 's/^Qt HTTP Server\t([0-9]+) req\/s.*p99 ([0-9.]+) ms.*/\1 req\/s, p99 \2 ms/p' "$TMP/httplibraries.out")
    add_row "http" "50 KB POST echo, 8 keep-alive clients: cpp-httplib (ours) vs Qt HTTP Server" \
        "${ours:-failed}" "${qt:-failed}" "-" "(chosen by requirements)" "-"
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
for tool in "$BIN/pyrograph_generate" "$BIN/pyrograph_benchimport" "$BIN/pyrograph_benchsearch" /usr/bin/time; do
    [ -x "$tool" ] || { log "missing $tool (build the project first: ./dev build)"; exit 1; }
done
generate
for b in "${ALL_BENCHMARKS[@]}"; do
    if wanted "$b"; then "bench_$b"; fi
done
echo
table
if [ $WRITE = 1 ]; then write_benchmarks_md; fi
