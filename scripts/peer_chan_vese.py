#!/usr/bin/python3
"""Peer for `injectplan bench segment`: scikit-image's morphological Chan-Vese on the same frames.

Pipeline per frame (the one issue 4 names): crop to the calibrated ultrasound region, median
filter (speckle), morphological Chan-Vese (two-phase, checkerboard start), take the darker phase,
fill holes, keep the dark connected components that do not touch the region's bottom (bone
shadow), and of those the largest (automatic) or the one under the click (seeded: the reference
plan's target, as in the Java benchmark). Prints Dice (mean, min), HD95 (worst frame, mm; the
larger of the two directed 95th percentiles between boundary pixels, as MedPy's hd95 and
org.injectplan.segment.MaskMetrics) and ms/frame (pipeline only, decoding excluded).

Usage: /usr/bin/python3 scripts/peer_chan_vese.py SAMPLES_DIR [case ...]
Needs Debian's python3-skimage and python3-pydicom (scripts/setup.sh).
"""
import json
import sys
import time
from pathlib import Path

import numpy as np
import pydicom
from PIL import Image
from scipy import ndimage as ndi
from skimage.segmentation import morphological_chan_vese

CASES = ["knee-us", "knee-cine", "shoulder-us", "shoulder-cine", "hip-us", "hip-cine"]
MEDIAN_SIZE = 7
ITERATIONS = 60
SMOOTHING = 2


def region(ds):
    r = ds.SequenceOfUltrasoundRegions[0]
    return (int(r.RegionLocationMinX0), int(r.RegionLocationMinY0), int(r.RegionLocationMaxX1),
            int(r.RegionLocationMaxY1), float(r.PhysicalDeltaX) * 10, float(r.PhysicalDeltaY) * 10)


def segment(frame, box, click):
    x0, y0, x1, y1 = box
    img = frame[y0:y1 + 1, x0:x1 + 1].astype(float) / 255.0
    img = ndi.median_filter(img, size=MEDIAN_SIZE)
    ls = morphological_chan_vese(img, ITERATIONS, init_level_set="checkerboard", smoothing=SMOOTHING)
    dark = ls.astype(bool)
    if img[dark].mean() > img[~dark].mean():
        dark = ~dark
    dark = ndi.binary_fill_holes(dark)
    labels, n = ndi.label(dark)
    if n == 0:
        return None
    bottom = set(np.unique(labels[-1, :])) - {0}
    if click is not None:
        cx, cy = int(click[0]) - x0, int(click[1]) - y0
        pick = labels[cy, cx] if 0 <= cy < labels.shape[0] and 0 <= cx < labels.shape[1] else 0
        if pick == 0 or pick in bottom:
            return None
    else:
        sizes = ndi.sum(dark, labels, index=np.arange(1, n + 1))
        order = [k + 1 for k in np.argsort(-sizes) if (k + 1) not in bottom]
        if not order:
            return None
        pick = order[0]
    out = np.zeros(frame.shape, dtype=bool)
    out[y0:y1 + 1, x0:x1 + 1] = labels == pick
    return out


def boundary(m):
    er = ndi.binary_erosion(m, structure=ndi.generate_binary_structure(2, 1), border_value=0)
    return m & ~er


def hd95(a, b, mmx, mmy):
    ea, eb = boundary(a), boundary(b)
    da = ndi.distance_transform_edt(~eb, sampling=(mmy, mmx))[ea]
    db = ndi.distance_transform_edt(~ea, sampling=(mmy, mmx))[eb]
    return max(np.percentile(da, 95), np.percentile(db, 95))


def dice(a, b):
    s = a.sum() + b.sum()
    return 1.0 if s == 0 else 2.0 * (a & b).sum() / s


def run_case(root, case):
    d = root / case
    ds = pydicom.dcmread(d / f"{case}.dcm")
    truth = json.loads((d / f"{case}.truth.json").read_text())
    plan = json.loads((d / f"{case}.plan.json").read_text())
    click = (plan["target"]["xPx"], plan["target"]["yPx"])
    x0, y0, x1, y1, mmx, mmy = region(ds)
    frames = ds.pixel_array
    if frames.ndim == 2:
        frames = frames[None]
    res = {"auto": ([], []), "seed": ([], [])}
    elapsed = 0.0
    for i, f in enumerate(truth["perFrame"]):
        t = np.array(Image.open(d / f["capsuleMask"])) > 0
        for mode, c in (("auto", None), ("seed", click)):
            t0 = time.perf_counter()
            m = segment(frames[i], (x0, y0, x1, y1), c)
            if mode == "auto":
                elapsed += time.perf_counter() - t0
            res[mode][0].append(0.0 if m is None else dice(m, t))
            res[mode][1].append(float("inf") if m is None else hd95(m, t, mmx, mmy))
    n = len(truth["perFrame"])
    a, s = res["auto"], res["seed"]
    print(f"{case:<14} {n:6d} {np.mean(a[0]):9.3f} {min(a[0]):8.3f} {max(a[1]):9.2f} "
          f"{np.mean(s[0]):9.3f} {min(s[0]):8.3f} {max(s[1]):9.2f} {1000 * elapsed / n:10.1f}", flush=True)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    root = Path(sys.argv[1])
    cases = sys.argv[2:] or CASES
    print(f"{'case':<14} {'frames':>6} {'autoDice':>9} {'autoMin':>8} {'autoHd95':>9} {'seedDice':>9} "
          f"{'seedMin':>8} {'seedHd95':>9} {'ms/frame1':>10}")
    for c in cases:
        run_case(root, c)
    print(f"peer: median {MEDIAN_SIZE}x{MEDIAN_SIZE}, morphological_chan_vese {ITERATIONS} iterations, "
          f"smoothing {SMOOTHING}, checkerboard start; one core (numpy/scipy single-threaded here)")


if __name__ == "__main__":
    main()
