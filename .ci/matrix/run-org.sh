#!/usr/bin/env bash
# One job of the CI matrix: the conformance suite in live mode against one org, on one API version, within this
# job's own credit budget. Leaves the job's results in OUT_DIR (job.properties, allure-results/, results/, live/,
# drift/, coverage-matrix.md) for merge-reports.sh, whatever the outcome, and exits with the suite's status.
#
# Usage: .ci/matrix/run-org.sh ORG VERSION OUT_DIR [Maven arguments...]
#   ORG       a name for the org, shown in the merged report (letters, digits, '.', '_', '-')
#   VERSION   v2.1, v7 or v8
# Environment: the ZOHO_* variables of a live run (ZOHO_DC, ZOHO_ENVIRONMENT, ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET,
# ZOHO_REFRESH_TOKEN, ...), and ZOHO_MAX_CREDITS, this job's budget, which is required.
# The jar target/zoho-delink-conformance.jar must be built first, so that `sweep` can run even if this job is killed.
set -euo pipefail

if [ "$#" -lt 3 ]; then
  echo "usage: $0 ORG VERSION OUT_DIR [Maven arguments...]" >&2
  exit 2
fi
org="$1" version="$2" out="$3"
shift 3
[[ "$org" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "run-org: the org name '$org' may only hold letters, digits, '.', '_' and '-'" >&2; exit 2; }
case "$version" in v2.1|v7|v8) ;; *) echo "run-org: unknown API version '$version' (v2.1, v7 or v8)" >&2; exit 2 ;; esac
[ -n "${ZOHO_MAX_CREDITS:-}" ] || { echo "run-org: set ZOHO_MAX_CREDITS, this job's credit budget" >&2; exit 2; }

out="$(mkdir -p "$out" && cd "$out" && pwd)"
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "run-org: $org, API $version, at most $ZOHO_MAX_CREDITS credits"
status=0
ZOHO_TARGET=live ./mvnw -B -ntp verify -Dunit.skip=true -Dreports.dir="$work" -Dconformance.versions="$version" "$@" || status=$?

printf 'org=%s\ndc=%s\nversion=%s\nstatus=%s\n' "$org" "${ZOHO_DC:-}" "$version" "$status" > "$out/job.properties"
for part in allure-results results live drift coverage-matrix.md; do
  if [ -e "$work/$part" ]; then
    cp -R "$work/$part" "$out/"
  fi
done
echo "run-org: $org $version finished with status $status; results in $out"
exit "$status"
