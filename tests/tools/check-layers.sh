#!/usr/bin/env bash
# The layer check (cmake/SageDeskLayers.cmake) passes on this tree, and fails, naming the file and
# the rule, on copies of it with a planted include that crosses the graph or brings a screen into
# model/. Without the failing half, a check that never fires would look like a passing one.
set -euo pipefail
source_dir=$1
cmake=${2:-cmake}
script="$source_dir/cmake/SageDeskLayers.cmake"

"$cmake" -DSAGEDESK_LAYERS_ROOT="$source_dir" -P "$script"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

expect_refusal() { # <name> <file under the tree> <line> <text the message must contain>
    local tree="$work/$1"
    mkdir -p "$tree"
    cp -r "$source_dir/model" "$source_dir/ui" "$tree/"
    mkdir -p "$(dirname "$tree/$2")"
    printf '%s\n' "$3" >>"$tree/$2"
    local out
    if out=$("$cmake" -DSAGEDESK_LAYERS_ROOT="$tree" -P "$script" 2>&1); then
        echo "FAIL: the layer check accepted $2 with: $3" >&2
        exit 1
    fi
    if ! grep -qF "$4" <<<"$out"; then
        echo "FAIL: the layer check refused $2 without saying \"$4\":" >&2
        echo "$out" >&2
        exit 1
    fi
    echo "refused as expected: $2 ($3)"
}

expect_refusal core-up model/core/Planted.cpp '#include "console/ConsoleSession.h"' \
    "model/core/Planted.cpp includes \"console/...\" of layer 'console', but layer 'core' may only use: core"
expect_refusal aws-to-engine model/aws/Planted.h '#include "local/LocalEndpoint.h"' \
    "layer 'aws' may only use: aws, core"
expect_refusal cli-to-engine model/cli/Planted.cpp '#include "local/LocalEndpoint.h"' \
    "of layer 'local_engine'"
expect_refusal ui-to-engine ui/instances/Planted.cpp '#include "local/LocalEndpoint.h"' \
    "ui/instances/Planted.cpp includes \"local/...\" of layer 'local_engine'"
expect_refusal model-widgets model/console/Planted.cpp '#include <QWidget>' \
    "layer 'console' is screen-free"
expect_refusal shell-webengine ui/shell/Planted.cpp '#include <QWebEngineView>' \
    "ui/shell/Planted.cpp includes #include <QWebEngineView>: only ui/web/engine"
echo "layer check: passes on the tree, refuses all 6 planted crossings"
