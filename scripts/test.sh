#!/usr/bin/env bash
# The test command: installs what a fresh Debian machine lacks, then builds and runs every test,
# including the corpus tests on ../shared/dicom (override with INJECTPLAN_CORPUS=/path).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh"
corpus="${INJECTPLAN_CORPUS:-$here/../shared/dicom}"
if [ ! -d "$corpus/real" ]; then
  echo "error: $corpus: no DICOM corpus there (expected ../shared/dicom beside the repository)" >&2
  exit 2
fi
cd "$here"
realus="${INJECTPLAN_REALUS:-$here/../shared/real-us}"
if [ ! -f "$realus/FILES.tsv" ]; then
  echo "error: $realus: no real ultrasound frames there (expected ../shared/real-us beside the repository)" >&2
  exit 2
fi
mvn -B -ntp verify -Dinjectplan.corpus="$(cd "$corpus" && pwd)" -Dinjectplan.realus="$(cd "$realus" && pwd)" "$@"
# The JPEG 2000 decode-stop test again on Java 25 (no Thread.stop there), where that JDK is installed.
jdk25="$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -n 1 || true)"
if [ -n "$jdk25" ]; then
  JAVA_HOME="$jdk25" mvn -B -ntp -pl core surefire:test -Dtest=Jpeg2000StopTest -Dinjectplan.corpus="$(cd "$corpus" && pwd)"
else
  echo "Jpeg2000StopTest on Java 25 skipped: no /usr/lib/jvm/temurin-25*"
fi
