# Sourced by the CI scripts. Starts the standalone emulator (target/zoho-delink-conformance.jar) on a free loopback
# port with the ZOHO_* credentials of the environment, and reads its state through the control plane (the jar's
# `control` command, the typed EmulatorControl over HTTP).

# 32 random hex digits, for credentials that open nothing but this CI run's emulators.
random() { od -An -tx1 -N16 /dev/urandom | tr -d ' \n'; }

# Sets emulator_pid, emulator_log and base_url; fails with the emulator's output when it does not start.
start_emulator() {
  emulator_log="$(mktemp)"
  java -jar target/zoho-delink-conformance.jar emulator --port 0 > "$emulator_log" 2>&1 &
  emulator_pid=$!
  base_url=""
  for _ in $(seq 1 150); do
    base_url="$(sed -n 's/^Zoho CRM emulator listening on \(http:[^ ]*\).*/\1/p' "$emulator_log")"
    [ -n "$base_url" ] && return 0
    sleep 0.2
  done
  echo "the standalone emulator did not start"
  cat "$emulator_log"
  return 1
}

stop_emulator() {
  kill "${emulator_pid:-}" 2>/dev/null || true
  rm -f "${emulator_log:-}"
}

# One count of the emulator's state: records, relations, tokens, token_refreshes, ...
emulator_count() {
  java -jar target/zoho-delink-conformance.jar control state --url "$base_url" --count "$1"
}
