#!/usr/bin/env bash
# Fails when a source includes a header from a layer above its own
# (docs/ARCHITECTURE.md). The build's include paths already refuse most such
# includes; this check also sees those that go around them, such as a
# relative "../widgets/x.h". Usage: tests/checklayers.sh [repository root]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

# Helpers answer in REPLY: a command substitution would fork once per include.

# The layer of a file, from its folder; empty for files outside the layers.
layer_of() {
    case "$1" in
        model/*) REPLY=model ;;
        importers/*) REPLY=importers ;;
        library/*) REPLY=library ;;
        server/*) REPLY=server ;;
        widgets/render/*) REPLY=render ;;
        widgets/*) REPLY=widgets ;;
        app/cli/*) REPLY=cli ;;
        app/gui/*) REPLY=gui ;;
        app/*) REPLY=app ;;
        *) REPLY="" ;;
    esac
}

# The layers each layer may include, itself first.
allowed() {
    case "$1" in
        model) REPLY="model" ;;
        importers) REPLY="importers model" ;;
        library) REPLY="library importers model" ;;
        server) REPLY="server library importers model" ;;
        render) REPLY="render importers model" ;;
        widgets) REPLY="widgets render importers model" ;;
        cli) REPLY="cli server library render importers model" ;;
        gui) REPLY="gui cli server library widgets render importers model" ;;
        app) REPLY="app gui cli server library widgets render importers model" ;;
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
    REPLY="${out[*]}"
}

failures=0
while IFS= read -r file; do
    layer_of "$file"
    from=$REPLY
    [ -n "$from" ] || continue
    allowed "$from"
    may=" $REPLY "
    dir=${file%/*}
    while IFS=: read -r line header; do
        # A quoted include is looked up beside the file first, then from the root.
        if [ -f "$dir/$header" ]; then
            normalize "$dir/$header"
            target=$REPLY
        elif [ -f "$header" ]; then
            target=$header
        else
            continue # generated (moc, protobuf) or a system header
        fi
        layer_of "$target"
        to=$REPLY
        [ -n "$to" ] || continue
        case "$may" in
            *" $to "*) ;;
            *)
                echo "$file:$line: the $from layer includes $target from the $to layer above it" >&2
                failures=$((failures + 1))
                ;;
        esac
    done < <(grep -n -o -E '^[[:space:]]*#[[:space:]]*include[[:space:]]+"[^"]+"' "$file" \
        | sed -E 's/^([0-9]+):.*"([^"]+)"/\1:\2/')
done < <(if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    git ls-files -- '*.h' '*.cpp'
else
    find . -name '*.h' -o -name '*.cpp' | sed 's|^\./||'
fi)

if [ "$failures" -gt 0 ]; then
    echo "checklayers: $failures include(s) cross the layers upwards (docs/ARCHITECTURE.md)" >&2
    exit 1
fi
echo "checklayers: every include stays within its layer or below"
