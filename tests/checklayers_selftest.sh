#!/usr/bin/env bash
# Proves that tests/checklayers.sh fails on an upward include and passes on a
# downward one, in a small tree of its own (not a git checkout).
set -euo pipefail
check=$(cd "$(dirname "$0")" && pwd)/checklayers.sh
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/model" "$tree/widgets/render"
echo '#pragma once' > "$tree/model/profile.h"
echo '#include "../../model/profile.h"' > "$tree/widgets/render/atlas.h"
if ! bash "$check" "$tree"; then
    echo "selftest: a downward include was refused" >&2
    exit 1
fi
echo '#include "../widgets/render/atlas.h"' >> "$tree/model/profile.h"
if out=$(bash "$check" "$tree" 2>&1); then
    echo "selftest: an upward include was let through" >&2
    exit 1
fi
grep -q 'model/profile.h:2: the model layer includes widgets/render/atlas.h from the render layer' <<< "$out" \
    || { echo "selftest: the message does not name the file, line and layers: $out" >&2; exit 1; }
echo "selftest: checklayers refuses upward includes and names them"
