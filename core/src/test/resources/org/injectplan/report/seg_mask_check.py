"""Reads a DICOM Segmentation with pydicom and checks each frame against the plan's outline.

Usage: seg_mask_check.py SEG.dcm PLAN.json OUTDIR

For each frame: its Referenced Segment Number and Segment Label, and whether pydicom's
pixel_array equals this script's own rasterisation of the plan's outline (pixel centre inside
the polygon by the even-odd rule, or on an edge). Writes each frame as OUTDIR/frame-N.raw
(one byte per pixel, 0 or 1, row by row) for the Java side to compare with its own mask.
"""
import json
import sys

import numpy as np
import pydicom


def rasterise(contour, rows, cols):
    pts = np.array([[p["xPx"], p["yPx"]] for p in contour], dtype=float)
    yc, xc = np.mgrid[0:rows, 0:cols].astype(float) + 0.5
    inside = np.zeros((rows, cols), dtype=bool)
    on_edge = np.zeros((rows, cols), dtype=bool)
    for i in range(len(pts)):
        (ax, ay), (bx, by) = pts[i], pts[(i + 1) % len(pts)]
        crosses = (ay > yc) != (by > yc)
        with np.errstate(divide="ignore", invalid="ignore"):
            xint = ax + (yc - ay) * (bx - ax) / (by - ay)
        inside ^= crosses & (xc < xint)
        dx, dy = bx - ax, by - ay
        len2 = dx * dx + dy * dy
        px, py = xc - ax, yc - ay
        t = (px * dx + py * dy) / len2 if len2 > 0 else np.zeros_like(px)
        dist = np.hypot(px - t * dx, py - t * dy)
        on_edge |= (t >= 0) & (t <= 1) & (dist <= 1e-9)
    return inside | on_edge


def main():
    ds = pydicom.dcmread(sys.argv[1])
    plan = json.load(open(sys.argv[2]))
    outlines = ([plan["capsule"]] if plan.get("capsule") else []) + plan.get("avoidStructures", [])
    frames = ds.pixel_array
    if frames.ndim == 2:
        frames = frames[np.newaxis]
    labels = {s.SegmentNumber: s.SegmentLabel for s in ds.SegmentSequence}
    print("frames %d rows %d columns %d bits %d" % (frames.shape[0], ds.Rows, ds.Columns, ds.BitsAllocated))
    for i, f in enumerate(frames):
        n = ds.PerFrameFunctionalGroupsSequence[i].SegmentIdentificationSequence[0].ReferencedSegmentNumber
        own = rasterise(outlines[n - 1]["contourPx"], ds.Rows, ds.Columns)
        diff = int(np.count_nonzero(own != (f != 0)))
        print("frame %d segment %d label %s pixels %d differ %d" % (i + 1, n, labels[n], int(np.count_nonzero(f)), diff))
        (f != 0).astype(np.uint8).tofile("%s/frame-%d.raw" % (sys.argv[3], i + 1))


main()
