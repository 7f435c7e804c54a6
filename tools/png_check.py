#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Is a PNG a blank page? Decodes the PNG with zlib alone (no imaging library) and fails when the
image is essentially one colour: fewer than MIN_SHARE of the pixels differ from the most common
colour. Used by tools/report_png.sh and tests/cli/report_html_test.sh (docs/reports.md).

Usage: png_check.py FILE.png   exit 0 = has content, 1 = blank, 2 = not a readable PNG.
       png_check.py FILE.png --colour RRGGBB --top PIXELS [--min N]
                                exit 0 = at least N (default 200) pixels of that exact colour lie in
                                the top PIXELS rows (e.g. a section's coloured border is visible
                                there), 1 = not, 2 = not a readable PNG."""
import struct
import sys
import zlib
from collections import Counter

MIN_SHARE = 0.005  # 0.5 % of the pixels must differ from the background


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise ValueError("unsupported PNG (depth %d, colour type %d, interlace %d)" % (depth, colour, interlace))
    raw = zlib.decompress(b"".join(idat))
    bpp, stride = channels, width * channels
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def content_share(path):
    width, height, channels, rows = decode(path)
    counts = Counter()
    for line in rows:
        counts.update(line[i:i + channels] for i in range(0, len(line), channels))
    _, background = counts.most_common(1)[0]
    return 1.0 - background / float(width * height)


def colour_in_top(path, colour, top):
    width, height, channels, rows = decode(path)
    want = bytes(int(colour[i:i + 2], 16) for i in (0, 2, 4))
    found = 0
    for line in rows[:top]:
        for i in range(0, len(line), channels):
            if line[i:i + 3] == want:
                found += 1
    return found


def main():
    if len(sys.argv) >= 6 and sys.argv[2] == "--colour" and sys.argv[4] == "--top":
        minimum = int(sys.argv[7]) if len(sys.argv) >= 8 and sys.argv[6] == "--min" else 200
        try:
            found = colour_in_top(sys.argv[1], sys.argv[3], int(sys.argv[5]))
        except (OSError, ValueError, zlib.error, struct.error, TypeError) as e:
            print("png_check: %s: %s" % (sys.argv[1], e), file=sys.stderr)
            return 2
        print("png_check: %s: %d pixels of #%s in the top %s rows" % (sys.argv[1], found, sys.argv[3], sys.argv[5]))
        return 0 if found >= minimum else 1
    try:
        share = content_share(sys.argv[1])
    except (OSError, ValueError, zlib.error, struct.error, TypeError) as e:
        print("png_check: %s: %s" % (sys.argv[1], e), file=sys.stderr)
        return 2
    print("png_check: %s: %.2f %% of the pixels differ from the background" % (sys.argv[1], 100 * share))
    return 0 if share >= MIN_SHARE else 1


if __name__ == "__main__":
    sys.exit(main())
