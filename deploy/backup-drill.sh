#!/usr/bin/env bash
# The backup drill, run by CI: on a throw-away PostgreSQL with one node of the jar, open a cycle, back up,
# change a return (a value fed into it, with its trail), restore, and check that the change is gone and that
# the application starts again and serves the return as it was at the backup.
# Usage: deploy/backup-drill.sh target/quarterly-returns-*.jar     (needs Debian's postgresql package)
set -euo pipefail
JAR="$(readlink -f "${1:?usage: backup-drill.sh JAR}")"
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/cluster-lib.sh"
trap qr_teardown EXIT
qr_require postgresql java curl
export PG_BIN="$QR_PG_BIN"
started=$(date +%s)

qr_pg_start
qr_node_start a
qr_node_wait a
QR_API="http://127.0.0.1:$QR_NODE_a_PORT"
year=2031-32

status=$(qr_api PUT "/api/years/$year/framework" -H 'Content-Type: text/csv' \
  --data-binary @"$here/cluster-framework.csv" -o /dev/null -w '%{http_code}')
[ "$status" = 200 ] || qr_fail "framework import answered $status"
deadline=$(TZ=Europe/London date -d '+14 days' +%Y-%m-%dT17:00)
compilation=$(TZ=Europe/London date -d '+24 days' +%Y-%m-%dT09:00)
status=$(qr_api POST "/api/years/$year/quarters/1/cycle" -H 'Content-Type: application/json' \
  -d "{\"deadline\":\"$deadline\",\"compilationDate\":\"$compilation\"}" -o /dev/null -w '%{http_code}')
[ "$status" = 201 ] || qr_fail "opening the cycle answered $status"
for _ in $(seq 1 120); do
  [ "$(qr_api GET "/api/years/$year/quarters/1/returns" | grep -o '"service":' | wc -l)" = 10 ] && break
  sleep 1
done
tasks() { qr_sql "select count(*) from act_ru_task t join service_return r on r.process_instance_id = t.proc_inst_id_"; }
for _ in $(seq 1 120); do [ "$(tasks)" = 10 ] && break; sleep 1; done
[ "$(tasks)" = 10 ] || qr_fail "the 10 returns did not reach their first task"
returns_before=$(qr_api GET "/api/years/$year/quarters/1/returns")
[ "$(echo "$returns_before" | grep -o '"service":' | wc -l)" = 10 ] || qr_fail "10 returns were not issued"
housing=$(qr_sql "select r.id from service_return r join service s on s.id = r.service_id where s.name = 'Housing'")
trail_before=$(qr_sql "select count(*) from return_event where return_id = $housing")
value_of_cl7() { qr_api GET "/api/years/$year/quarters/1/measures" | grep -o '"code":"CL-7"[^}]*' | grep -o '"value":[^,]*'; }
[ "$(value_of_cl7)" = '"value":null' ] || qr_fail "CL-7 has a value before the drill: $(value_of_cl7)"
qr_log "cycle open, 10 returns issued and at their first task; Housing return $housing has $trail_before trail entries"

dump=$("$here/backup.sh" "$QR_WORK/backups")
qr_log "backed up to $(basename "$dump") ($(du -h "$dump" | cut -f1))"

status=$(qr_api PUT "/api/years/$year/quarters/1/values" -H 'Content-Type: text/csv' \
  --data-binary $'code,value,note,numerator,denominator\nCL-7,61,,,\n' -o /dev/null -w '%{http_code}')
[ "$status" = 200 ] || qr_fail "the values feed answered $status"
[ "$(value_of_cl7)" = '"value":61' ] || qr_fail "the change did not take: $(value_of_cl7)"
trail_changed=$(qr_sql "select count(*) from return_event where return_id = $housing")
[ "$trail_changed" -gt "$trail_before" ] || qr_fail "the change left no trail on the Housing return"
qr_log "changed the Housing return: CL-7 = 61, trail entries now $trail_changed"

if "$here/restore.sh" --yes "$dump" >"$QR_WORK/refused.log" 2>&1; then
  qr_fail "restore.sh ran while a node was connected"
fi
grep -q "stop every application node" "$QR_WORK/refused.log" || { cat "$QR_WORK/refused.log"; qr_fail "no reason given"; }
qr_log "restore refused while the node runs: $(tail -1 "$QR_WORK/refused.log")"

qr_node_stop a TERM
"$here/restore.sh" --yes "$dump" >"$QR_WORK/restore.log" 2>&1 || { cat "$QR_WORK/restore.log"; qr_fail "restore"; }
qr_log "restored"

qr_node_start b
qr_node_wait b
QR_API="http://127.0.0.1:$QR_NODE_b_PORT"
[ "$(value_of_cl7)" = '"value":null' ] || qr_fail "the change survived the restore: $(value_of_cl7)"
[ "$(qr_sql "select count(*) from return_event where return_id = $housing")" = "$trail_before" ] \
  || qr_fail "the trail was not restored"
returns_after=$(qr_api GET "/api/years/$year/quarters/1/returns")
[ "$returns_after" = "$returns_before" ] || { echo "$returns_before"; echo "$returns_after"; qr_fail "the returns differ after the restore"; }
open_tasks=$(tasks)
[ "$open_tasks" = 10 ] || qr_fail "expected each of the 10 returns waiting at its first task, found $open_tasks tasks"
qr_log "backup drill passed in $(( $(date +%s) - started )) s: the change is gone, the application started" \
  "and serves the 10 returns as backed up, each at its first task"
