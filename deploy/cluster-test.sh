#!/usr/bin/env bash
# The cluster test, run by CI after the production jar is built: a throw-away PostgreSQL, two nodes of the jar
# on it, HAProxy in front (sticky cookie, health checks) and GreenMail, all on 127.0.0.1. It drives a short
# cycle through HAProxy's API, kills one node between the reminders and the deadline, and checks that the
# other carries on, that every reminder and overdue notice was sent once and that no return was lost.
# Usage: deploy/cluster-test.sh target/quarterly-returns-*.jar
# Needs Debian's postgresql and haproxy packages (installs nothing itself) and fetches GreenMail once.
set -euo pipefail
JAR="$(readlink -f "${1:?usage: cluster-test.sh JAR}")"
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/cluster-lib.sh"
trap qr_teardown EXIT
qr_require postgresql haproxy java curl
started=$(date +%s)
RETURNS=10

qr_pg_start
qr_mail_start
QR_LB_PORT="$(qr_free_port)"
QR_STATS_PORT="$(qr_free_port)"
QR_BASE_URL="http://127.0.0.1:$QR_LB_PORT"
# The first start creates the tables and the demo users: let it finish before the second node starts.
qr_node_start a
qr_node_wait a
qr_node_start b
qr_node_wait b

cat >"$QR_WORK/haproxy.cfg" <<CFG
global
  maxconn 512
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # A request whose node has gone is sent to another (its cookie is then rewritten).
  option redispatch
  retries 2
frontend www
  bind 127.0.0.1:$QR_LB_PORT
  default_backend nodes
backend nodes
  balance roundrobin
  # Vaadin keeps each user's screen state on one node: a cookie keeps the browser there.
  cookie QR_NODE insert indirect nocache httponly
  option httpchk GET /actuator/health/readiness
  http-check expect string UP
  default-server inter 1s fall 2 rise 2
  http-response set-header X-Served-By %[srv_name]
  server a 127.0.0.1:$QR_NODE_a_PORT check cookie a
  server b 127.0.0.1:$QR_NODE_b_PORT check cookie b
listen stats
  bind 127.0.0.1:$QR_STATS_PORT
  stats enable
  stats uri /stats
CFG
haproxy -c -q -f "$QR_WORK/haproxy.cfg" || qr_fail "haproxy.cfg"
haproxy -db -f "$QR_WORK/haproxy.cfg" >"$QR_WORK/haproxy.log" 2>&1 &
QR_PIDS+=($!)
QR_API="$QR_BASE_URL"

served_by() { curl -s -o /dev/null -D - "$@" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-served-by" {print $2}'; }
# Column NAME of server SERVER in HAProxy's statistics.
stat() {
  curl -s "http://127.0.0.1:$QR_STATS_PORT/stats;csv" | awk -F, -v col="$1" -v srv="$2" '
    NR == 1 { sub(/^# /, ""); for (i = 1; i <= NF; i++) if ($i == col) c = i; next }
    $1 == "nodes" && $2 == srv { print $c }'
}

for _ in $(seq 1 30); do
  [ "$(stat status a)" = UP ] && [ "$(stat status b)" = UP ] && break
  sleep 1
done
[ "$(stat status a)" = UP ] && [ "$(stat status b)" = UP ] || qr_fail "HAProxy does not see both nodes UP"

# Without a cookie, requests go round both nodes; with one, they stay on one.
spread=$(for _ in $(seq 1 10); do served_by "$QR_BASE_URL/actuator/health"; done | sort | uniq -c | tr -s ' ' | tr '\n' ';')
[ "$(echo "$spread" | grep -o '[ab]$\|[ab];' | sort -u | wc -l)" = 2 ] || qr_fail "requests without a cookie were not spread: $spread"
jar="$QR_WORK/browser.cookies"
sticky=$(served_by -c "$jar" "$QR_BASE_URL/login")
for _ in $(seq 1 10); do
  [ "$(served_by -b "$jar" -c "$jar" "$QR_BASE_URL/login")" = "$sticky" ] || qr_fail "a browser with the cookie left node $sticky"
done
grep -q "QR_NODE" "$jar" && grep -q "JSESSIONID" "$jar" || qr_fail "no sticky cookie or session"
qr_log "HAProxy on $QR_LB_PORT: 10 requests without a cookie spread ($spread); a browser stayed on node $sticky for 11"

# A username's sign-in count is the cluster's: four wrong passwords at node a and a fifth at node b lock it on
# both, so the right password is then refused (401) at either. The rest of the test never signs in as ceo.
basic() { curl -s -o /dev/null -w '%{http_code}' -u "ceo:$1" "http://127.0.0.1:$2/api/years"; }
[ "$(basic demo "$QR_NODE_b_PORT")" != 401 ] || qr_fail "ceo could not sign in at node b"
for i in 1 2 3 4; do basic "wrong-$i" "$QR_NODE_a_PORT" >/dev/null; done
basic wrong-5 "$QR_NODE_b_PORT" >/dev/null
for node in a b; do
  eval "port=\$QR_NODE_${node}_PORT"
  [ "$(basic demo "$port")" = 401 ] || qr_fail "five wrong passwords across the nodes did not lock ceo at node $node"
done
qr_log "five wrong passwords, four at node a and one at node b, locked the username at both"

# A small framework (one measure for each of the ten demo services), imported through the load balancer.
year=2031-32
status=$(qr_api PUT "/api/years/$year/framework" -H 'Content-Type: text/csv' \
  --data-binary @"$here/cluster-framework.csv" -o /dev/null -w '%{http_code}')
[ "$status" = 200 ] || qr_fail "framework import answered $status"

# A cycle whose same-day reminder is at least 90 s away and whose deadline comes at least 90 s after it, each on the
# minute (deadlines and reminder times are set to the minute); on a machine so busy that a node took longer than that to start, as long as
# that start took. Reminders go out on working days only: on a weekend or bank holiday only the overdue notices
# are due.
lead=$(( QR_NODE_b_SECONDS > 90 ? QR_NODE_b_SECONDS : 90 ))
now=$(date +%s)
reminder_at=$(( (now + lead + 59) / 60 * 60 ))
deadline_at=$(( (reminder_at + lead + 59) / 60 * 60 ))
today=$(TZ=Europe/London date -d "@$deadline_at" +%Y-%m-%d)
if [ "$(TZ=Europe/London date -d "@$deadline_at" +%u)" -le 5 ] \
   && ! grep -q "^$today," "$QR_REPO/src/main/resources/calendar/bank-holidays-england-and-wales.csv"; then
  reminders_due=1
else
  reminders_due=0
fi
body=$(printf '{"deadline":"%s","compilationDate":"%s","reminderDays":[0],"reminderTime":"%s","graceWorkingDays":60,"secondEscalationWorkingDays":60,"beforeQuarterEnds":true}' \
  "$(TZ=Europe/London date -d "@$deadline_at" +%Y-%m-%dT%H:%M)" \
  "$(TZ=Europe/London date -d "@$((deadline_at + 86400))" +%Y-%m-%dT%H:%M)" \
  "$(TZ=Europe/London date -d "@$reminder_at" +%H:%M)")
status=$(qr_api POST "/api/years/$year/quarters/1/cycle" -H 'Content-Type: application/json' -d "$body" \
  -o "$QR_WORK/cycle.json" -w '%{http_code}')
[ "$status" = 201 ] || { cat "$QR_WORK/cycle.json"; qr_fail "opening the cycle answered $status"; }
qr_log "cycle opened through HAProxy: reminders due $reminders_due per return at $(date -u -d "@$reminder_at" +%H:%M:%S)," \
  "deadline $(date -u -d "@$deadline_at" +%H:%M:%S) UTC"

returns() { qr_api GET "/api/years/$year/quarters/1/returns"; }
count() { grep -o "$1" | wc -l; }
pending() { qr_sql "select count(*) from outbox_message where status <> 'DELIVERED'"; }
until_true() { # until_true SECONDS WHAT CONDITION...
  local limit=$1 what=$2; shift 2
  for _ in $(seq 1 "$limit"); do "$@" && return 0; sleep 1; done
  qr_fail "$what"
}
issued() { [ "$(returns | count '"service":')" = "$RETURNS" ]; }
until_true 120 "the returns were not issued" issued

reminded() { [ "$(returns | count '"remindersSent":1')" = "$RETURNS" ] && [ "$(pending)" = 0 ]; }
if [ "$reminders_due" = 1 ]; then
  until_true $((reminder_at - $(date +%s) + 60)) "the reminders were not all sent and delivered" reminded
else
  sleep $((reminder_at - $(date +%s) + 10))
fi
reminders=$(qr_sql "select count(*) from chase where kind = 'REMINDER'")
by_node_before=$(qr_sql "select hostname_ || ' ' || count(*) from act_hi_job_log where job_state_ = 2 group by hostname_ order by 1" | tr '\n' ',')
qr_log "reminders: $reminders sent (to the staff of the $RETURNS services); jobs run so far by node: ${by_node_before%,}"
[ "$(date +%s)" -lt "$deadline_at" ] || qr_fail "too slow: the deadline passed before a node could be stopped"

served_a=$(stat stot a); served_b=$(stat stot b)
killed_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
qr_node_stop a KILL
a_down() { [ "$(stat status a)" = DOWN ]; }
until_true 10 "HAProxy did not mark node a DOWN" a_down
after=$(for _ in $(seq 1 10); do served_by "$QR_BASE_URL/actuator/health"; done | sort -u | tr '\n' ' ')
[ "$after" = "b " ] || qr_fail "requests after the stop went to: $after"
moved=$(served_by -b "$QR_WORK/browser.cookies" "$QR_BASE_URL/login")
[ "$moved" = b ] || qr_fail "the browser that was on node $sticky was served by '$moved'"
qr_log "node a killed: HAProxy marked it DOWN; everything, the browser that was on node $sticky too, now goes to b"

overdue_all() { [ "$(returns | count '"escalationsSent":1')" = "$RETURNS" ] && [ "$(pending)" = 0 ]; }
until_true $((deadline_at - $(date +%s) + 90)) "the overdue notices were not all sent and delivered by node b" overdue_all
final=$(returns)

# Every return still there, in its process, with each chase once; every message received once.
[ "$(echo "$final" | count '"service":')" = "$RETURNS" ] || qr_fail "returns lost: $final"
[ "$(echo "$final" | count '"status":"NOT_STARTED"')" = "$RETURNS" ] || qr_fail "returns changed: $final"
[ "$(echo "$final" | count '"overdue":true')" = "$RETURNS" ] || qr_fail "not every return is overdue"
[ "$(echo "$final" | count "\"remindersSent\":$reminders_due")" = "$RETURNS" ] || qr_fail "reminders per return differ from $reminders_due"
alive=$(qr_sql "select count(*) from service_return r join cycle c on c.id = r.cycle_id
  where exists (select 1 from act_ru_execution e where e.proc_inst_id_ = r.process_instance_id)")
[ "$alive" = "$RETURNS" ] || qr_fail "only $alive of $RETURNS return processes are running"
tasks=$(qr_sql "select count(*) from act_ru_task t join service_return r on r.process_instance_id = t.proc_inst_id_")
[ "$tasks" = "$RETURNS" ] || qr_fail "expected $RETURNS tasks waiting, found $tasks"
twice=$(qr_sql "select count(*) from (select 1 from chase group by return_id, step, recipient having count(*) > 1) d")
[ "$twice" = 0 ] || qr_fail "$twice chases recorded twice"
incidents=$(qr_sql "select count(*) from act_ru_incident")
[ "$incidents" = 0 ] || qr_fail "$incidents incidents"
overdue=$(qr_sql "select count(*) from chase where kind = 'OVERDUE'")
delivered=$(qr_sql "select count(*) from outbox_message where status = 'DELIVERED'")
received=0
: >"$QR_WORK/received.txt"
for email in $(qr_sql "select distinct recipient from outbox_message"); do
  qr_mailbox_subjects "$email" | sed "s|^|$email |" >>"$QR_WORK/received.txt"
done
received=$(wc -l <"$QR_WORK/received.txt")
duplicates=$(sort "$QR_WORK/received.txt" | uniq -d | wc -l)
[ "$received" = "$delivered" ] || qr_fail "$delivered messages delivered but $received received"
[ "$duplicates" = 0 ] || qr_fail "$duplicates messages received twice: $(sort "$QR_WORK/received.txt" | uniq -d | head -3)"
reminder_mails=$(grep -c ' return: Reminder, ' "$QR_WORK/received.txt" || true)
overdue_mails=$(grep -c ' overdue\| closed today' "$QR_WORK/received.txt" || true)
[ "$reminder_mails" = "$reminders" ] || qr_fail "$reminders reminders recorded, $reminder_mails received"
overdue_after=$(qr_sql "select count(*) from chase where kind = 'OVERDUE' and sent_at > '$killed_at'")
[ "$overdue" -gt 0 ] && [ "$overdue_after" = "$overdue" ] || qr_fail "overdue notices: $overdue, after the kill $overdue_after"
by_node=$(qr_sql "select hostname_ || ' ' || count(*) from act_hi_job_log where job_state_ = 2 group by hostname_ order by 1" | tr '\n' ',')

cat <<REPORT
[$(date -u +%H:%M:%S)] cluster test passed in $(( $(date +%s) - started )) s
  requests through HAProxy before the stop: node a $served_a, node b $served_b; after: node b $(stat stot b) in all
  returns: $RETURNS issued, $RETURNS still there after node a was killed, each in its process at its first task
  reminders: $reminders recorded, $reminder_mails received, 0 twice
  overdue notices: $overdue recorded, all after node a was killed (so by node b); 0 twice
  mail: $delivered delivered = $received received by GreenMail, 0 duplicates, 0 incidents
  jobs run by node: ${by_node%,}
REPORT
