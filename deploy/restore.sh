#!/usr/bin/env bash
# Restores a dump made by backup.sh, leaving the database exactly as the dump holds it. Stop every node first.
# Usage: deploy/restore.sh --yes FILE
# The connection comes from libpq's variables: PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD (or ~/.pgpass).
# Run it as the application's database user, the database's owner: it refuses any other (see below).
set -euo pipefail
if [ "${1:-}" != "--yes" ] || [ -z "${2:-}" ]; then
  echo "usage: restore.sh --yes FILE   (replaces everything in database ${PGDATABASE:-?} on ${PGHOST:-localhost})" >&2
  exit 2
fi
file="$2"
bin="${PG_BIN:+$PG_BIN/}"
db="${PGDATABASE:-${PGUSER:-$(id -un)}}"   # as libpq chooses it
[ -r "$file" ] || { echo "Cannot read $file" >&2; exit 1; }
"${bin}pg_restore" --list "$file" >/dev/null

# Restored by another user (postgres, say), every table would belong to that user, and the application, given no
# rights on them, would fail at its next start.
who=$("${bin}psql" -X -qAt -F $'\t' -v ON_ERROR_STOP=1 --dbname="$db" -c "select pg_get_userbyid(datdba), current_user
  from pg_database where datname = current_database()")
owner="${who%%$'\t'*}" user="${who#*$'\t'}"
if [ "$owner" != "$user" ]; then
  echo "restore.sh connected to $db as $user, but the database belongs to $owner, who must own what is restored:" \
    "rerun it as the owner (PGUSER=$owner, with that user's password)" >&2
  exit 1
fi

# A node still connected would keep working on data about to be replaced.
others=$("${bin}psql" -X -qAt -v ON_ERROR_STOP=1 --dbname="$db" -c "select count(*) from pg_stat_activity
  where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'")
if [ "$others" != 0 ]; then
  echo "$others other connection(s) to the database: stop every application node before restoring" >&2
  exit 1
fi

# Drop the schemas the application owns (public, where Flyway and Camunda keep their tables, and any other of its
# user's), so that nothing a newer version added (tables, migration history rows) outlives the restore; create
# public again as a new database of PostgreSQL 15 or later has it; then the dump. One transaction: psql commits only after the whole dump
# has been read without an error, and a failure anywhere leaves the database as it was.
{
  cat <<'SQL'
set client_min_messages = warning;
begin;
do $$
declare
  s name;
begin
  for s in select nspname from pg_namespace
      where nspname = 'public' or (nspowner = (select oid from pg_roles where rolname = current_user)
        and nspname <> 'information_schema' and nspname not like 'pg\_%')
  loop
    execute format('drop schema %I cascade', s);
  end loop;
  create schema public authorization pg_database_owner;
  grant usage on schema public to public;
  comment on schema public is 'standard public schema';
end $$;
SQL
  "${bin}pg_restore" --no-owner --no-privileges --exit-on-error --file=- "$file" && echo 'commit;'
} | "${bin}psql" -X -q -v ON_ERROR_STOP=1 --dbname="$db" >/dev/null
echo "Restored $file into $db"
