#!/usr/bin/env bash
# Issue 4 benchmark: the capsule segmenter (`injectplan bench segment`) and its peer,
# scikit-image's morphological Chan-Vese (scripts/peer_chan_vese.py), on the same sample frames;
# prints both tables, then Dice and ms/frame side by side with the speed ratio.
# Full JIT (C2) here: the segmenter's loops run thousands of times, unlike a one-shot command.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="$here/sample-dicom/src/main/resources/org/injectplan/samples"
py=/usr/bin/python3   # Debian's python, with python3-skimage and python3-pydicom (scripts/setup.sh)
ours="$(mktemp)"; peer="$(mktemp)"; tmp="$(mktemp -d)"
trap 'rm -rf "$ours" "$peer" "$tmp"' EXIT
# A 100-frame 640x480 synthetic cine (bench make-cine) to time a long cine on 1 and on all threads.
cine="$tmp/cine-100.dcm"
"$here/injectplan" bench make-cine --frames 100 --native --out "$cine"
echo "== injectplan bench segment (Java, this repository)"
INJECTPLAN_JAVA_OPTS="${INJECTPLAN_JAVA_OPTS:--Djava.awt.headless=true}" "$here/injectplan" bench segment "$samples" --cine "$cine" "$@" | tee "$ours"
echo
echo "== peer: scikit-image morphological Chan-Vese"
"$py" "$here/scripts/peer_chan_vese.py" "$samples" | tee "$peer"
echo
echo "== side by side (automatic mode; seeded columns are in the tables above)"
printf "%-14s %10s %10s %10s %10s %12s %12s %8s\n" case oursDice peerDice oursMin peerMin oursMs/frame peerMs/frame speedup
join <(awk 'NR>1 && $2 ~ /^[0-9]+$/ {print $1, $3, $4, $9}' "$ours" | sort) \
     <(awk 'NR>1 && $2 ~ /^[0-9]+$/ {print $1, $3, $4, $9}' "$peer" | sort) |
  awk '{printf "%-14s %10.3f %10.3f %10.3f %10.3f %12.2f %12.1f %7.0fx\n", $1, $2, $5, $3, $6, $4, $7, $7/$4}'
