#!/usr/bin/env bash
# The backup drill, run by CI: on a throw-away PostgreSQL with one node of the jar, open a cycle, back up,
# change a return (a value fed into it, with its trail), add what a newer version would (a table, a sequence, a
# migration in Flyway's history), check that a restore run by another user than the database's owner is refused,
# restore, and check that the change and the additions are gone, the database holds exactly the relations and
# migrations of the backup, and the application starts again and serves the return as it was at the backup.
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
  -d "{\"deadline\":\"$deadline\",\"compilationDate\":\"$compilation\",\"beforeQuarterEnds\":true}" -o /dev/null -w '%{http_code}')
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

# What the database holds: every relation and function of the application's schema, and the migrations applied.
relations() { qr_sql "select string_agg(c.relkind::text || ' ' || c.relname, ',' order by c.relname) from pg_class c
  where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')"; }
functions() { qr_sql "select count(*) from pg_proc where pronamespace = 'public'::regnamespace"; }
migrations() { qr_sql "select string_agg(installed_rank || ':' || coalesce(version, '') || ':' || script, ','
  order by installed_rank) from app_schema_history"; }
relations_before=$(relations); functions_before=$(functions); migrations_before=$(migrations)
dump=$("$here/backup.sh" "$QR_WORK/backups")
qr_log "backed up to $(basename "$dump") ($(du -h "$dump" | cut -f1))"
[ "$(stat -c %a "$dump")" = 600 ] || qr_fail "the dump is readable by others: mode $(stat -c %a "$dump")"
[ "$(stat -c %a "$(dirname "$dump")")" = 700 ] || qr_fail "the backup directory is open to others"

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
# An upgrade to be rolled back: what a newer version's migrations would add, and its row in Flyway's history,
# which would make this version refuse to start.
qr_sql "create table newer_version_notes (id bigint primary key, note text)" >/dev/null
qr_sql "create sequence newer_version_seq" >/dev/null
qr_sql "create function newer_version_rule() returns int language sql as 'select 1'" >/dev/null
qr_sql "insert into app_schema_history (installed_rank, version, description, type, script, checksum, installed_by,
  execution_time, success) select max(installed_rank) + 1, '999', 'newer version', 'SQL', 'V999__newer_version.sql',
  0, current_user, 1, true from app_schema_history" >/dev/null
[ "$(relations)" != "$relations_before" ] || qr_fail "the newer version's additions did not take"
qr_log "added a newer version's table, sequence, function and migration 999"
# Run as PostgreSQL's superuser the restore would leave every table postgres's, out of the application's reach: it is
# refused, naming the owner to run it as, before it changes anything.
if PGUSER=postgres PGPASSWORD=postgres-secret "$here/restore.sh" --yes "$dump" >"$QR_WORK/not-owner.log" 2>&1; then
  qr_fail "restore.sh ran as postgres, who does not own the database"
fi
grep -q "PGUSER=quarterly" "$QR_WORK/not-owner.log" || { cat "$QR_WORK/not-owner.log"; qr_fail "no owner named"; }
[ "$(qr_sql "select count(*) from pg_tables where tablename = 'newer_version_notes'")" = 1 ] \
  || qr_fail "the refused restore changed the database"
qr_log "restore refused as postgres: $(tail -1 "$QR_WORK/not-owner.log")"
"$here/restore.sh" --yes "$dump" >"$QR_WORK/restore.log" 2>&1 || { cat "$QR_WORK/restore.log"; qr_fail "restore"; }
qr_log "restored"
[ "$(relations)" = "$relations_before" ] || { echo "$relations_before"; echo "$(relations)";
  qr_fail "the database does not hold exactly the backup's relations"; }
[ "$(functions)" = "$functions_before" ] || qr_fail "functions outside the backup survived the restore"
[ "$(migrations)" = "$migrations_before" ] || { echo "$migrations_before"; echo "$(migrations)";
  qr_fail "Flyway's history differs from the backup's"; }
qr_log "the database holds exactly the backup's $(echo "$relations_before" | tr ',' '\n' | wc -l) relations," \
  "$functions_before functions and migrations; the newer version's additions are gone"

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
qr_log "backup drill passed in $(( $(date +%s) - started )) s: the change and the newer version's additions are" \
  "gone, the application started and serves the 10 returns as backed up, each at its first task"
