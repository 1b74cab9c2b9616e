#!/bin/bash
# svg-to-icns.sh <icon.svg> <out.icns>: the bundle icon in every size macOS asks for, drawn from the
# SVG by rsvg-convert (Homebrew's librsvg) and packed by iconutil (Xcode).
set -euo pipefail
svg=$1
out=$2
set_dir="$(dirname "$out")/sagedesk.iconset"
rm -rf "$set_dir"
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$set_dir/icon_${size}x${size}.png"
    rsvg-convert -w $((size * 2)) -h $((size * 2)) "$svg" -o "$set_dir/icon_${size}x${size}@2x.png"
done
iconutil -c icns "$set_dir" -o "$out"
