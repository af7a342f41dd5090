#!/usr/bin/env bash
# Start-up to a usable Tasklist, and the app's memory then (docs/performance.md "Start-up and memory").
#
# Usage: scripts/startup.sh [spring args...]
# Starts the packaged app (target/leaders-*.jar; `mvn -q package -DskipTests` first) with the environment as given
# (LEADERS_DB_URL etc. and --spring.profiles.active=postgres for PostgreSQL; the embedded H2 default otherwise, its
# data in LEADERS_DATA_DIR), and prints the seconds from the JVM's start until Tasklist is usable: its page answers,
# and the admin's Tasklist session (the login Tasklist posts) lists the tasks through /camunda/api/engine, as the
# browser does after the login. Then the process's resident memory, and stops it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$(ls "$ROOT"/target/leaders-*.jar 2>/dev/null | grep -v original | head -1)
[ -n "$JAR" ] || { echo "no jar: run mvn -q package -DskipTests" >&2; exit 2; }
PORT=${PORT:-8093}
ADMIN_PASSWORD=${LEADERS_ADMIN_PASSWORD:-admin}
LOG=$(mktemp)
COOKIES=$(mktemp)
if curl -s -o /dev/null "http://localhost:$PORT/"; then echo "port $PORT is taken" >&2; exit 2; fi
start=$(date +%s.%N)
PORT=$PORT LEADERS_ADMIN_PASSWORD=$ADMIN_PASSWORD java ${JAVA_OPTS:-} -jar "$JAR" "$@" > "$LOG" 2>&1 &
pid=$!
# Stopped and waited for: the next run must not find this one still answering on the port.
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$LOG" "$COOKIES"' EXIT
usable=""
for _ in $(seq 1 1200); do
  kill -0 $pid 2>/dev/null || { echo "the app ended:"; tail -30 "$LOG"; exit 1; }
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/camunda/app/tasklist/default/")" = 200 ]; then
    rm -f "$COOKIES"
    # Tasklist's login: a form post to the webapp's API, then the task list through its engine API.
    curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null "http://localhost:$PORT/camunda/app/tasklist/default/"
    xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$COOKIES" | tail -1)
    curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -H "X-XSRF-TOKEN: $xsrf" \
      --data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" \
      "http://localhost:$PORT/camunda/api/admin/auth/user/default/login/tasklist"
    xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$COOKIES" | tail -1)
    code=$(curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -w '%{http_code}' -H "X-XSRF-TOKEN: $xsrf" \
      "http://localhost:$PORT/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15")
    if [ "$code" = 200 ]; then usable=yes; break; fi
  fi
  sleep 0.1
done
end=$(date +%s.%N)
[ -n "$usable" ] || { echo "Tasklist did not become usable"; tail -30 "$LOG"; exit 1; }
rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
started=$(grep -o 'Started LeadersApplication in [0-9.]* seconds' "$LOG" | head -1 || true)
printf '[startup] usable Tasklist after %.1f s (%s); resident memory %d MB\n' "$(echo "$end - $start" | bc)" \
  "${started:-no start line}" "$rss"
