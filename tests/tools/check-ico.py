#!/usr/bin/env python3
"""check-ico.py <svg-to-ico> <icon.svg> <work dir>: the Windows icon tool writes an ICO whose directory
lists 16 to 256 pixel images, each a PNG of exactly the size its entry claims, drawn (not blank)."""
import os
import struct
import subprocess
import sys
import zlib


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def png_pixels_vary(data):
    """Some pixel differs from the first: the SVG was drawn, not an empty canvas."""
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    return len(set(raw[1:])) > 2


def main():
    tool, svg, work = sys.argv[1:4]
    out = os.path.join(work, "sagedesk.ico")
    os.makedirs(work, exist_ok=True)
    result = subprocess.run([tool, svg, out], capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"svg-to-ico exited {result.returncode}: {result.stderr}")
    data = open(out, "rb").read()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    if (reserved, kind) != (0, 1):
        fail(f"not an icon directory: {reserved}, {kind}")
    sizes = []
    for i in range(count):
        w, h, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        w, h = w or 256, h or 256
        image = data[offset:offset + length]
        if image[:8] != b"\x89PNG\r\n\x1a\n" or len(image) != length:
            fail(f"entry {i}: not a whole PNG at offset {offset}")
        pw, ph = struct.unpack(">II", image[16:24])
        if (pw, ph) != (w, h):
            fail(f"entry {i}: says {w}x{h}, the PNG is {pw}x{ph}")
        if (planes, bits) != (1, 32):
            fail(f"entry {i}: {planes} planes, {bits} bits")
        if not png_pixels_vary(image):
            fail(f"entry {i}: the {w}x{h} image is blank")
        sizes.append(w)
    for wanted in (16, 32, 48, 256):
        if wanted not in sizes:
            fail(f"no {wanted}x{wanted} image (has {sizes})")
    print(f"ico: {count} images {sizes}, {len(data)} bytes")


if __name__ == "__main__":
    main()
