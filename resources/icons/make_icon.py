"""Draws TasteLab's icon (a rounded tile with three ranked bars) as PNGs, with only the standard library.

Run: python3 make_icon.py  -> tastelab-{16,32,48,64,128,256}.png here, and the installer icons
(installer/linux/tastelab.png, installer/windows/tastelab.ico, installer/macos/tastelab.icns)
"""
import struct
import zlib


def render(size):
    pixels = []
    radius = size * 0.22
    bars = [(0.22, 0.70), (0.42, 0.52), (0.62, 0.34)]  # (left, top) as fractions; bottom at 0.78
    for y in range(size):
        row = bytearray()
        for x in range(size):
            fx, fy = (x + 0.5) / size, (y + 0.5) / size
            # rounded square mask with one pixel of anti-aliasing
            dx = max(radius - (x + 0.5), 0, (x + 0.5) - (size - radius))
            dy = max(radius - (y + 0.5), 0, (y + 0.5) - (size - radius))
            dist = (dx * dx + dy * dy) ** 0.5
            alpha = max(0.0, min(1.0, radius - dist + 0.5)) if dx or dy else 1.0
            # teal-to-indigo gradient
            t = (fx + fy) / 2
            r, g, b = int(20 + 60 * t), int(150 - 70 * t), int(160 + 60 * t)
            for left, top in bars:
                if left <= fx <= left + 0.15 and top <= fy <= 0.78:
                    r, g, b = 255, 255, 255
            row += bytes((r, g, b, int(255 * alpha)))
        pixels.append(bytes(row))
    raw = b"".join(b"\x00" + row for row in pixels)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    for size in (16, 32, 48, 64, 128, 256):
        with open(f"tastelab-{size}.png", "wb") as out:
            out.write(render(size))


def container_ico(pngs):
    """A Windows .ico holding PNG images (supported since Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in pngs:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def container_icns(pngs):
    """A macOS .icns holding PNG images under their type codes."""
    types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08"}
    body = b"".join(types[size] + struct.pack(">I", 8 + len(data)) + data for size, data in pngs if size in types)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_installer_icons(installer_dir):
    pngs = [(size, render(size)) for size in (16, 32, 48, 64, 128, 256)]
    with open(f"{installer_dir}/linux/tastelab.png", "wb") as out:
        out.write(dict(pngs)[256])
    with open(f"{installer_dir}/windows/tastelab.ico", "wb") as out:
        out.write(container_ico(pngs))
    with open(f"{installer_dir}/macos/tastelab.icns", "wb") as out:
        out.write(container_icns(pngs))


if __name__ == "__main__":
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    write_installer_icons(os.path.join(here, "..", "..", "installer"))
