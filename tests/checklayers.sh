#!/usr/bin/env bash
# Fails when a source includes a header from a layer above its own
# (docs/ARCHITECTURE.md). The build's include paths already refuse most such
# includes; this check also sees those that go around them, such as a
# relative "../widgets/x.h". Usage: tests/checklayers.sh [repository root]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

# The layer of a file, from its folder; empty for files outside the layers.
layer_of() {
    case "$1" in
        model/*) echo model ;;
        importers/*) echo importers ;;
        widgets/render/*) echo render ;;
        widgets/*) echo widgets ;;
        app/cli/*) echo cli ;;
        app/gui/*) echo gui ;;
        app/*) echo app ;;
        *) echo "" ;;
    esac
}

# The layers each layer may include, itself first.
allowed() {
    case "$1" in
        model) echo "model" ;;
        importers) echo "importers model" ;;
        render) echo "render importers model" ;;
        widgets) echo "widgets render importers model" ;;
        cli) echo "cli render importers model" ;;
        gui) echo "gui cli widgets render importers model" ;;
        app) echo "app gui cli widgets render importers model" ;;
    esac
}

# a/b/../c/./d -> a/c/d, without a process per include.
normalize() {
    local IFS=/ part out=()
    for part in $1; do
        case "$part" in
            "" | .) ;;
            ..) [ ${#out[@]} -gt 0 ] && unset 'out[${#out[@]}-1]' ;;
            *) out+=("$part") ;;
        esac
    done
    echo "${out[*]}"
}

failures=0
while IFS= read -r file; do
    from=$(layer_of "$file")
    [ -n "$from" ] || continue
    dir=$(dirname "$file")
    while IFS=: read -r line header; do
        # A quoted include is looked up beside the file first, then from the root.
        if [ -f "$dir/$header" ]; then
            target=$(normalize "$dir/$header")
        elif [ -f "$header" ]; then
            target=$header
        else
            continue # generated (moc, protobuf) or a system header
        fi
        to=$(layer_of "$target")
        [ -n "$to" ] || continue
        case " $(allowed "$from") " in
            *" $to "*) ;;
            *)
                echo "$file:$line: the $from layer includes $target from the $to layer above it" >&2
                failures=$((failures + 1))
                ;;
        esac
    done < <(grep -n -o -E '^[[:space:]]*#[[:space:]]*include[[:space:]]+"[^"]+"' "$file" \
        | sed -E 's/^([0-9]+):.*"([^"]+)"/\1:\2/')
done < <(git ls-files -- '*.h' '*.cpp')

if [ "$failures" -gt 0 ]; then
    echo "checklayers: $failures include(s) cross the layers upwards (docs/ARCHITECTURE.md)" >&2
    exit 1
fi
echo "checklayers: every include stays within its layer or below"
