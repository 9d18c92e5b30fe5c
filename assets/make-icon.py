#!/usr/bin/env python3
"""Draws assets/icon.png (128 x 128), the NuGet package icon: a white check mark in a ring on dark blue.

Pure Python (zlib only), so the icon is reproducible: python3 assets/make-icon.py
"""
import math
import os
import struct
import zlib

SIZE = 128
BLUE = (31, 59, 115)
WHITE = (255, 255, 255)
GOLD = (255, 204, 0)


def distance_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def pixel(x, y):
    cx = cy = SIZE / 2
    # Rounded square background (transparent corners).
    corner = 22
    qx, qy = min(x, SIZE - 1 - x), min(y, SIZE - 1 - y)
    if qx < corner and qy < corner and math.hypot(corner - qx, corner - qy) > corner:
        return (0, 0, 0, 0)
    r = math.hypot(x - cx, y - cy)
    check = min(distance_to_segment(x, y, 38, 66, 56, 84), distance_to_segment(x, y, 56, 84, 92, 44))
    if check < 7:
        return GOLD + (255,)
    if 44 <= r <= 50:
        return WHITE + (255,)
    return BLUE + (255,)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


rows = b"".join(b"\x00" + bytes(c for x in range(SIZE) for c in pixel(x, y)) for y in range(SIZE))
png = (b"\x89PNG\r\n\x1a\n"
       + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows, 9))
       + chunk(b"IEND", b""))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png"), "wb") as f:
    f.write(png)
