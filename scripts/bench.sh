#!/usr/bin/env bash
# Benchmarks of the loader (docs/benchmarks.md), printing figures; nothing here passes or fails.
#  1. Whole-process wall time to decode every frame of a 100-frame 640x480 JPEG-baseline US
#     cine: `injectplan bench decode` against dcmtk's `dcmdjpeg` on the same file, median of
#     RUNS runs each, interleaved, and their ratio.
#  2. Peak resident memory of opening a 1000-frame cine and reading every frame once.
#  3. Time to read or refuse each file of the malformed corpus, in a 512 MB JVM.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ip="$here/injectplan"
"$ip" --version >/dev/null   # builds the jar if needed, outside the timings

"$ip" bench make-cine --frames 100 --columns 640 --rows 480 --out "$work/cine100.dcm"
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ours=(); theirs=()
for _ in $(seq "$runs"); do
  ours+=("$(ms "$ip" bench decode "$work/cine100.dcm")")
  theirs+=("$(ms dcmdjpeg "$work/cine100.dcm" "$work/out.dcm")")
done
mo=$(printf '%s\n' "${ours[@]}" | median)
mt=$(printf '%s\n' "${theirs[@]}" | median)
echo "decode 100 x 640x480 JPEG baseline, whole process, median of $runs:"
echo "  injectplan bench decode: ${mo} ms   (runs: ${ours[*]})"
echo "  dcmtk dcmdjpeg:          ${mt} ms   (runs: ${theirs[*]})"
awk -v a="$mo" -v b="$mt" 'BEGIN { printf "  ratio injectplan/dcmdjpeg: %.2f (goal <= 1.0)\n", a / b }'
"$ip" bench decode "$work/cine100.dcm"

"$ip" bench make-cine --frames 1000 --columns 640 --rows 480 --out "$work/cine1000.dcm"
echo "memory, 1000-frame cine (goal <= 300 MB resident):"
"$ip" bench memory "$work/cine1000.dcm"
"$ip" bench memory --threads 2 "$work/cine1000.dcm"

corpus="${INJECTPLAN_CORPUS:-$here/../shared/dicom}"
echo "malformed corpus, -Xmx512m (goal: each under 2 s):"
INJECTPLAN_JAVA_OPTS="-Xmx512m -XX:TieredStopAtLevel=1" "$ip" bench malformed "$corpus/malformed"
echo "malformed corpus through the command line, whole process, -Xmx512m (goal: each under 2 s):"
worst=0
for f in "$corpus"/malformed/*; do
  t=$(ms env INJECTPLAN_JAVA_OPTS="-Xmx512m -XX:TieredStopAtLevel=1" "$ip" decode "$f" --png "$work/m.png" --force)
  [ "$t" -gt "$worst" ] && worst=$t
  printf '  %6d ms  %s\n' "$t" "$(basename "$f")"
done
echo "  slowest ${worst} ms"
