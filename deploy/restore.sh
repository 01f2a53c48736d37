#!/usr/bin/env bash
# Restores a dump made by backup.sh, replacing what the database holds. Stop every node first.
# Usage: deploy/restore.sh --yes FILE
# The connection comes from libpq's variables: PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD (or ~/.pgpass).
set -euo pipefail
if [ "${1:-}" != "--yes" ] || [ -z "${2:-}" ]; then
  echo "usage: restore.sh --yes FILE   (replaces everything in database ${PGDATABASE:-?} on ${PGHOST:-localhost})" >&2
  exit 2
fi
file="$2"
bin="${PG_BIN:+$PG_BIN/}"
[ -r "$file" ] || { echo "Cannot read $file" >&2; exit 1; }
"${bin}pg_restore" --list "$file" >/dev/null

# A node still connected would keep working on data about to be replaced.
others=$("${bin}psql" -qAt -v ON_ERROR_STOP=1 -c "select count(*) from pg_stat_activity
  where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'")
if [ "$others" != 0 ]; then
  echo "$others other connection(s) to the database: stop every application node before restoring" >&2
  exit 1
fi

# Drop what the dump holds and create it again, in one transaction: on any error nothing changes.
"${bin}pg_restore" --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
  --dbname="${PGDATABASE:-$(id -un)}" "$file"
echo "Restored $file into ${PGDATABASE:-$(id -un)}"
