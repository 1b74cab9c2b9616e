#!/usr/bin/env bash
# SageDesk quick start for Debian 12 (bookworm), as root or with sudo.
#   scripts/quickstart.sh run    install what is missing, build (Release), launch the app
#   scripts/quickstart.sh test   install what is missing, build (Release), run every test with ctest
#                                but the `install` label (ctest -L install runs that one)
# Both are idempotent: apt is skipped when every package is present, the build is incremental.
set -euo pipefail

mode=${1:-run}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

build_packages=(
    cmake ninja-build g++ dpkg-dev file git pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-webengine-dev
    qt6-svg-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libssl-dev
    qt6-translations-l10n libgl1-mesa-dri libglx-mesa0 dbus
)
runtime_packages=(
    jupyter-notebook jupyter-server python3-jupyter-server python3-nbclassic python3-ipykernel
    python3-nbclient python3-jupyterlab-server python3-terminado
)
test_packages=(
    libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth clang-format clang-14 libclang-rt-14-dev
    desktop-file-utils fonts-nanum g++-mingw-w64-x86-64-posix debootstrap
    appstream awscli python3-boto3 python3-botocore python3-websocket curl chromium
)

packages=("${build_packages[@]}" "${runtime_packages[@]}")
# The JupyterLab front end (lab/) is built with node >= 18.12 and npm. Debian 12's nodejs (18.x) and
# npm do; a newer node already on PATH (e.g. one that bundles npm) is kept, never replaced.
node_ok() {
    command -v node >/dev/null 2>&1 || return 1
    local v
    v=$(node --version 2>/dev/null | sed 's/^v//')
    [ "$(printf '%s\n18.12\n' "$v" | sort -V | head -n1)" = "18.12" ]
}
js_missing=()
node_ok || js_missing+=(nodejs)
command -v npm >/dev/null 2>&1 || js_missing+=(npm)
[ "$mode" = test ] && packages+=("${test_packages[@]}")
# libgtest-dev is needed to configure the test targets, even for `run`.
packages+=(libgtest-dev libgmock-dev libbenchmark-dev)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Asked of apt even when a package of that name is installed, when what is on PATH is missing or too old.
missing+=("${js_missing[@]}")
if [ "${#missing[@]}" -gt 0 ]; then
    echo "== installing ${#missing[@]} missing packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    echo "== all ${#packages[@]} packages present, skipping apt"
fi

jobs=$(nproc)
echo "== configuring and building (release preset, $jobs jobs)"
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"

case "$mode" in
run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "== no display: starting the app under Xvfb" >&2
        exec xvfb-run -a ./build/release/app/sagedesk "$@"
    fi
    exec ./build/release/app/sagedesk "$@"
    ;;
test)
    export QTWEBENGINE_DISABLE_SANDBOX=1
    echo "== running the test suite"
    exec xvfb-run -a -s "-screen 0 1600x1000x24" \
        ctest --test-dir build/release --output-on-failure --timeout 900 -j "$jobs" -LE '^install$' "$@"
    ;;
*)
    echo "usage: $0 run|test [arguments for the app or ctest]" >&2
    exit 2
    ;;
esac
