#!/usr/bin/env bash
# Backs up the application's database with pg_dump's custom format, while the application runs.
# Usage: deploy/backup.sh DIRECTORY     prints the dump's path
# The connection comes from libpq's variables: PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD (or ~/.pgpass).
# PG_BIN may name the PostgreSQL client directory; its pg_dump must be as new as the server.
set -euo pipefail
# The dump holds everything (people, password hashes, evidence, unpublished figures): only its owner may read it.
umask 077
dir="${1:?usage: backup.sh DIRECTORY}"
bin="${PG_BIN:+$PG_BIN/}"
[ -d "$dir" ] || mkdir -p -m 700 "$dir"
file="$dir/quarterly-$(date -u +%Y%m%d-%H%M%S).dump"
# One snapshot of the whole database: our tables, the process engine's, the outbox, approved reports.
"${bin}pg_dump" --format=custom --compress=6 --no-owner --no-privileges --file="$file.part"
# A dump that cannot be listed cannot be restored: check before calling it a backup.
entries=$("${bin}pg_restore" --list "$file.part" | grep -c ' TABLE DATA ')
[ "$entries" -gt 0 ] || { echo "The dump holds no table data: $file.part" >&2; exit 1; }
mv "$file.part" "$file"
echo "$file"
