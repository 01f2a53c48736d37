# Shared by cluster-test.sh and backup-drill.sh: a throw-away PostgreSQL, application nodes, GreenMail and
# HAProxy on 127.0.0.1, each on a random free port, all under one temporary directory removed at the end.
# Source it after setting JAR; call qr_teardown from an EXIT trap.

QR_WORK="$(mktemp -d /tmp/quarterly-cluster.XXXXXX)"
chmod 755 "$QR_WORK"
QR_PIDS=()
QR_PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
QR_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

qr_log() { echo "[$(date -u +%H:%M:%S)] $*"; }
qr_fail() { echo "FAILED: $*" >&2; exit 1; }

qr_require() {
  for tool in "$@"; do
    case "$tool" in
      postgresql) [ -x "$QR_PG_BIN/initdb" ] || qr_fail "PostgreSQL server binaries not found: apt-get install -y postgresql" ;;
      *) command -v "$tool" >/dev/null 2>&1 || qr_fail "$tool not found: apt-get install -y $tool" ;;
    esac
  done
}

qr_free_port() {
  # Below the kernel's ephemeral range: a port in it can be taken by any outgoing connection (a node's own
  # connection to PostgreSQL, say) between choosing it here and the server binding it.
  local p low=32768
  [ -r /proc/sys/net/ipv4/ip_local_port_range ] && read -r low _ < /proc/sys/net/ipv4/ip_local_port_range
  [ "$low" -gt 21000 ] || low=60000
  while :; do
    p=$((20000 + RANDOM % (low - 20000)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
}

# PostgreSQL refuses to run as root: as root, run it as the postgres user.
qr_as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

qr_pg_start() {
  QR_PG_PORT="$(qr_free_port)"
  QR_PG_DATA="$QR_WORK/pg/data"
  mkdir -p "$QR_WORK/pg"
  echo postgres-secret >"$QR_WORK/pg/pwfile"
  if [ "$(id -u)" = 0 ]; then chown -R postgres "$QR_WORK/pg"; fi
  qr_as_pg "$QR_PG_BIN/initdb" -D "$QR_PG_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$QR_WORK/pg/pwfile" --encoding=UTF8 --locale=C.UTF-8 >"$QR_WORK/initdb.log" 2>&1 \
    || { cat "$QR_WORK/initdb.log"; qr_fail "initdb"; }
  qr_as_pg "$QR_PG_BIN/pg_ctl" -D "$QR_PG_DATA" -l "$QR_WORK/pg/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $QR_PG_PORT -c unix_socket_directories=$QR_WORK/pg -c max_connections=100" \
    start >/dev/null || { cat "$QR_WORK/pg/server.log"; qr_fail "PostgreSQL did not start"; }
  qr_psql_admin -c "create role quarterly login password 'quarterly-secret'" >/dev/null
  qr_psql_admin -c "create database quarterly owner quarterly encoding 'UTF8'" >/dev/null
  export PGHOST=127.0.0.1 PGPORT="$QR_PG_PORT" PGUSER=quarterly PGPASSWORD=quarterly-secret PGDATABASE=quarterly
  qr_log "PostgreSQL $("$QR_PG_BIN/postgres" -V | awk '{print $3}') on 127.0.0.1:$QR_PG_PORT"
}

qr_psql_admin() {
  PGPASSWORD=postgres-secret "$QR_PG_BIN/psql" -h 127.0.0.1 -p "$QR_PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

# One value from the application's database.
qr_sql() {
  "$QR_PG_BIN/psql" -v ON_ERROR_STOP=1 -qAt -c "$1"
}

qr_mail_start() {
  local dir="$QR_WORK/greenmail"
  mkdir -p "$dir"
  local cached="$HOME/.m2/repository/com/icegreen/greenmail-standalone/2.1.5/greenmail-standalone-2.1.5.jar"
  if [ ! -f "$cached" ]; then
    (cd "$QR_REPO" && ./mvnw -B -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.5 \
      -DoutputDirectory="$dir") || qr_fail "could not fetch GreenMail from Maven Central"
  else
    cp "$cached" "$dir/"
  fi
  QR_SMTP_PORT="$(qr_free_port)"
  QR_POP3_PORT="$(qr_free_port)"
  java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$QR_SMTP_PORT" \
    -Dgreenmail.pop3.hostname=127.0.0.1 -Dgreenmail.pop3.port="$QR_POP3_PORT" -Dgreenmail.auth.disabled \
    -jar "$dir/greenmail-standalone-2.1.5.jar" >"$QR_WORK/greenmail.log" 2>&1 &
  QR_PIDS+=($!)
  for _ in $(seq 1 60); do
    (exec 3<>"/dev/tcp/127.0.0.1/$QR_POP3_PORT") 2>/dev/null && { qr_log "GreenMail SMTP on $QR_SMTP_PORT"; return; }
    sleep 0.5
  done
  qr_fail "GreenMail did not start"
}

# Messages in one mailbox, by POP3 (GreenMail creates the mailbox when mail arrives).
qr_mailbox_count() {
  curl -s "pop3://127.0.0.1:$QR_POP3_PORT/" -u "$1:any" 2>/dev/null | grep -c . || true
}

qr_mailbox_subjects() {
  local n i
  n="$(qr_mailbox_count "$1")"
  for i in $(seq 1 "$n"); do
    # headers unfolded first: a long subject is folded onto a second line
    curl -s "pop3://127.0.0.1:$QR_POP3_PORT/$i" -u "$1:any" | tr -d '\r' \
      | awk '/^$/ {exit} /^[ \t]/ {line = line $0; next} {if (line != "") print line; line = $0} END {if (line != "") print line}' \
      | grep -m1 '^Subject:' || true
  done
}

# qr_node_start NAME: a node of the production jar on this database and mail server.
qr_node_start() {
  local name="$1" port
  port="$(qr_free_port)"
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$QR_PG_PORT/quarterly" \
  SPRING_DATASOURCE_USERNAME=quarterly SPRING_DATASOURCE_PASSWORD=quarterly-secret \
  SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="${QR_SMTP_PORT:-25}" \
  QUARTERLY_DEMO_CYCLES=false QUARTERLY_BASE_URL="${QR_BASE_URL:-http://127.0.0.1:$port}" \
  TZ=Europe/London PORT="$port" \
    java -Xms256m -Xmx640m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Duser.timezone=Europe/London \
      -jar "$JAR" --camunda.bpm.job-execution.max-wait=5000 \
      --camunda.bpm.generic-properties.properties.hostname="node-$name" ${QR_NODE_ARGS:-} >"$QR_WORK/$name.log" 2>&1 &
  local pid=$!
  QR_PIDS+=("$pid")
  eval "QR_NODE_${name}_PID=$pid; QR_NODE_${name}_PORT=$port"
  qr_log "node $name starting on port $port (pid $pid)"
}

qr_node_wait() {
  local name="$1" pid port started
  eval "pid=\$QR_NODE_${name}_PID; port=\$QR_NODE_${name}_PORT"
  started=$(date +%s)
  for _ in $(seq 1 300); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; then
      eval "QR_NODE_${name}_SECONDS=$(( $(date +%s) - started ))"
      qr_log "node $name ready in $(( $(date +%s) - started )) s"
      return
    fi
    kill -0 "$pid" 2>/dev/null || { tail -60 "$QR_WORK/$name.log"; qr_fail "node $name stopped during start-up"; }
    sleep 1
  done
  tail -60 "$QR_WORK/$name.log"
  qr_fail "node $name not ready after 300 s"
}

qr_node_stop() {
  local name="$1" signal="${2:-TERM}" pid
  eval "pid=\$QR_NODE_${name}_PID"
  kill "-$signal" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  qr_log "node $name stopped (SIG$signal)"
}

qr_teardown() {
  local rc=$?
  for pid in "${QR_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${QR_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "${QR_PG_DATA:-}" ] && [ -f "$QR_PG_DATA/postmaster.pid" ]; then
    qr_as_pg "$QR_PG_BIN/pg_ctl" -D "$QR_PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ "$rc" != 0 ] && [ -z "${QR_KEEP:-}" ]; then
    for log in "$QR_WORK"/*.log; do echo "----- $log (last 40 lines)"; tail -40 "$log"; done
  fi
  [ -n "${QR_KEEP:-}" ] && echo "kept $QR_WORK" || rm -rf "$QR_WORK"
  return "$rc"
}

# The API through a base URL as the performance team (HTTP Basic, demo user).
qr_api() {
  local method="$1" path="$2"; shift 2
  curl -sS -u perf:demo -X "$method" "$QR_API$path" "$@"
}
