#!/usr/bin/env bash
# A local mail catcher for trials: GreenMail standalone (from Maven Central) takes every message the
# application sends over SMTP and keeps it in memory, with a web page and API to read what was sent.
#   scripts/mail-catcher.sh            SMTP on 127.0.0.1:3025, web page on http://127.0.0.1:8025
# Then start the application with SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=3025.
# Read one person's mail: curl http://127.0.0.1:8025/api/user/dir.housing@demo.council.test/messages/INBOX/
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=2.1.5
SMTP_PORT="${MAIL_CATCHER_SMTP_PORT:-3025}"
WEB_PORT="${MAIL_CATCHER_WEB_PORT:-8025}"
JAR="$HOME/.m2/repository/com/icegreen/greenmail-standalone/$VERSION/greenmail-standalone-$VERSION.jar"
if [ ! -f "$JAR" ]; then
    ./mvnw -q dependency:get -Dartifact="com.icegreen:greenmail-standalone:$VERSION"
fi
echo "Mail catcher: SMTP 127.0.0.1:$SMTP_PORT, messages at http://127.0.0.1:$WEB_PORT (Ctrl-C stops it)"
exec java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$WEB_PORT" \
    -jar "$JAR"
