#!/usr/bin/env bash
# The last step of the CI matrix: the jar's merge-results merges the jobs' Allure results (each test marked with its
# org) into OUT_DIR and renders one single-file Allure report, OUT_DIR/allure-report/index.html, with
# OUT_DIR/summary.md (one line per job), which also goes to the GitHub job summary when there is one.
#
# Usage: .ci/matrix/merge-reports.sh OUT_DIR JOB_DIR...   (JOB_DIR: as run-org.sh left them)
# Needs target/zoho-delink-conformance.jar (./mvnw -B -ntp package -DskipTests).
set -euo pipefail

if [ "$#" -lt 2 ]; then
  echo "usage: $0 OUT_DIR JOB_DIR..." >&2
  exit 2
fi
out="$(mkdir -p "$1" && cd "$1" && pwd)"
shift
root="$(cd "$(dirname "$0")/../.." && pwd)"

java -jar "$root/target/zoho-delink-conformance.jar" merge-results --into "$out" "$@"
[ -s "$out/allure-report/index.html" ] || { echo "merge-reports: no report was rendered" >&2; exit 1; }
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  cat "$out/summary.md" >> "$GITHUB_STEP_SUMMARY"
fi
cat "$out/summary.md"
echo "merge-reports: $out/allure-report/index.html"
