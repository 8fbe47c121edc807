#!/usr/bin/env bash
# The demo command: installs what a fresh Debian machine lacks, builds, and runs the demo on the
# bundled sample scan, writing its results to ./injectplan-demo (or the folder given).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh"
out="${1:-injectplan-demo}"
"$here/injectplan" demo --out "$out"
