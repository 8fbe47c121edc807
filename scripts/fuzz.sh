#!/usr/bin/env bash
# Fuzzes the DICOM loader and the plan side (parser, verifier, report) with Jazzer for about MINUTES minutes (default 10), in rounds of
# 5 minutes of each (the duration in the @FuzzTest annotations; Jazzer's JUnit mode takes it from the
# annotation). Each round starts from the corpus the previous ones grew (core/.cifuzz-corpus),
# so the effort adds up. Stops at the first finding: Jazzer writes the input into
# core/src/test/resources/org/injectplan/{scan/LoaderFuzzTestInputs,plan/PlanFuzzTestInputs}/; fix, keep it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
minutes="${1:-10}"
rounds=$(( (minutes + 4) / 5 ))
bash "$here/scripts/setup.sh"
cd "$here"
mvn -q -B -DskipTests install
for i in $(seq "$rounds"); do
  echo "fuzzing round $i of $rounds (5 minutes)" >&2
  for test in LoaderFuzzTest PlanFuzzTest; do
    JAZZER_FUZZ=1 mvn -B -o -pl core test -Dtest="$test" | grep -E "^(#[0-9]+.*DONE|Done|\[ERROR\]|== Java|\[INFO\] Tests run)" || true
    if [ "${PIPESTATUS[0]}" -ne 0 ]; then
      echo "finding of $test in round $i: see the output above and ${test}Inputs/" >&2
      exit 1
    fi
  done
done
