#!/usr/bin/env bash
# Starts a built jar on a throw-away embedded database and checks it answers: health UP, login page 200.
set -euo pipefail
jar="$1"
port="${SMOKE_PORT:-18080}"
work="$(mktemp -d)"
log="$work/app.log"

java -jar "$jar" --server.port="$port" --quarterly.database.directory="$work/postgres" \
  --quarterly.database.port=0 --quarterly.demo.cycles=false >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 1 180); do
  if curl -fsS "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "The application stopped during start-up:"; tail -50 "$log"; exit 1
  fi
  sleep 1
done
curl -fsS "http://localhost:$port/actuator/health" | grep -q '"status":"UP"' || { echo "Health is not UP"; tail -50 "$log"; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login")
[ "$status" = "200" ] || { echo "Login page answered $status"; tail -50 "$log"; exit 1; }
echo "Smoke test passed: health UP, login page 200"
