#!/usr/bin/env bash
# Durability of a simulated selection cycle on PostgreSQL (issue: crash and two-node checks).
#  1. Crash: the app runs the simulator; it is killed with SIGKILL mid-cycle, started again, and the cycle finishes.
#     Its notifications go to an SMTP server outside the app (scripts/smtp-sink.py) that does not answer before the
#     kill, so the rows the killed node committed are all unsent; after the restart each is delivered exactly once
#     (the server's log of X-Leaders-Notification ids equals the SENT rows, without repeats).
#  2. Backup and restore: the database the crash case left is dumped (pg_dump), restored into a fresh database
#     (pg_restore), the app started on the copy: its checks pass and the tables' counts equal the original's.
#  3. Two nodes: two app nodes on two ports share one database, each simulator driving its share of the work.
#  4. PostgreSQL restarted in the middle of a cycle: the node keeps running, its health says DOWN while the database
#     is away and UP once it is back, and it finishes the cycle.
# After each, the simulator's invariant checks run (leaders.simulator.check-only): every application reached exactly
# one outcome, no reserve entry or appointment order is duplicated, no running instance lost its task or job.
#
# Usage: scripts/durability.sh [applications] [vacancies]
# Needs: python3 (the SMTP server), Maven (the simulator is built once, by scripts/bench.sh build), PostgreSQL 15 running locally, and root (the
# databases are recreated through `su postgres`). The database is LEADERS_DURABILITY_DB (default leaders_durability),
# wiped at each step.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-300}
VACANCIES=${2:-4}
DB=${LEADERS_DURABILITY_DB:-leaders_durability}
PASSWORD="durability-$RANDOM$RANDOM"
ADMIN_PASSWORD="durability"
LOGS=target/durability
SMTP_PORT=${LEADERS_DURABILITY_SMTP_PORT:-2526}
mkdir -p "$LOGS"
bash scripts/bench.sh build
# Every run below starts the simulator as just built. bench.sh execs java, so a background run's pid is its JVM's.
export LEADERS_BENCH_BUILD=no

fresh_database() {
  su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'leaders') THEN CREATE ROLE leaders LOGIN; END IF;
END \$\$;
ALTER ROLE leaders WITH PASSWORD '${PASSWORD}';
DROP DATABASE IF EXISTS ${DB};
CREATE DATABASE ${DB} OWNER leaders;
SQL
}

# node PORT NODE NODES LOG [extra args...]: starts an app node running the simulator in the background (NODE_PID)
node() {
  local port=$1 number=$2 nodes=$3 log=$4; shift 4
  # Emptied here, not by the background redirection: a waiter must not read an earlier run's log of the same name.
  : > "$log"
  LEADERS_DB_URL="jdbc:postgresql://localhost:5432/${DB}" LEADERS_DB_USER=leaders LEADERS_DB_PASSWORD="$PASSWORD" \
  LEADERS_ADMIN_PASSWORD="$ADMIN_PASSWORD" PORT="$port" \
  bash scripts/bench.sh simulate --leaders.demo.cohort=false \
    --leaders.simulator.applications="$N" --leaders.simulator.vacancies="$VACANCIES" \
    --leaders.simulator.baseline=false --leaders.simulator.threads=3 --leaders.simulator.progress-seconds=1 \
    --camunda.bpm.job-execution.lock-time-in-millis=20000 \
    --management.endpoint.health.group.database.include=db \
    --leaders.simulator.node="$number" --leaders.simulator.nodes="$nodes" \
    --leaders.simulator.report="$LOGS/report-$(basename "$log" .log).json" "$@" > "$log" 2>&1 &
  NODE_PID=$!
}

# The notification worker on, sending to the sink on SMTP_PORT; short waits so that a claim left by the killed node
# runs out and a row that waited is retried within the run.
MAIL=(--leaders.notification.worker-enabled=true --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT"
  --spring.mail.properties.mail.smtp.timeout=3000 --leaders.notification.interval=PT1S
  --leaders.notification.claim-time=PT15S --leaders.notification.unreachable-retry=PT2S)
SINK_PID=

# sink [--stall]: (re)starts the SMTP server; delivered ids go to $LOGS/mail-delivered.log
sink() {
  stop_sink
  python3 scripts/smtp-sink.py "$SMTP_PORT" "$LOGS/mail-delivered.log" "$@" > "$LOGS/smtp-sink.log" 2>&1 &
  SINK_PID=$!
  for _ in $(seq 1 50); do grep -q 'smtp-sink on' "$LOGS/smtp-sink.log" 2>/dev/null && return 0; sleep 0.1; done
  echo "the SMTP sink did not start"; cat "$LOGS/smtp-sink.log"; exit 1
}
stop_sink() {
  if [ -n "$SINK_PID" ]; then kill "$SINK_PID" 2>/dev/null || true; wait "$SINK_PID" 2>/dev/null || true; fi
  SINK_PID=
}
trap stop_sink EXIT

# sql QUERY: one query on the durability database, unaligned rows
sql() {
  su postgres -c "psql -q -tA -F ' ' -v ON_ERROR_STOP=1 -d ${SQL_DB:-$DB}" <<<"$1"
}

# counts: the rows of the tables that hold the cycle's work, one "table count" line each
COUNTED="application application_decision reserve_entry vacancy appointment_order notification flyway_schema_history
  act_ge_schema_log act_re_procdef act_ru_execution act_ru_task act_ru_job act_ru_variable act_ru_authorization
  act_id_user act_id_membership act_hi_procinst act_hi_actinst act_hi_taskinst act_hi_varinst act_hi_detail"
counts() {
  local query="" table
  for table in $COUNTED; do query+="SELECT '$table', COUNT(*) FROM $table UNION ALL "; done
  sql "${query% UNION ALL }"
}

# tasks_done LOG: the number of tasks the simulator reported done so far in that log
tasks_done() {
  { grep -o 'tasks [0-9]*' "$1" 2>/dev/null || true; } | tail -1 | awk '{print $2+0}'
}

# wait_for_tasks log pid: until the node of that log has done a fifth as many tasks as there are applications (the
# selection is under way); fails if the node ends before.
wait_for_tasks() {
  local log=$1 pid=$2 target=$(( N / 5 )) done_now
  for _ in $(seq 1 3000); do
    done_now=$(tasks_done "$log"); done_now=${done_now:-0}
    [ "$done_now" -ge "$target" ] && return 0
    kill -0 "$pid" 2>/dev/null || { echo "FAIL: the node ended before $target tasks were done"; tail -30 "$log"; exit 1; }
    sleep 0.2
  done
  echo "FAIL: $target tasks were not done in 10 minutes"; exit 1
}

# health port: the HTTP status of the node's health group "database" (200 UP, 503 DOWN; 000 no answer in time), a
# group of the db component alone that the nodes of this script define. Not the whole health: the simulator runs
# inside the node's start-up, before the job executor starts, so the jobExecutor component (and with it the whole and
# the readiness group) is DOWN for the entire run. Without a login: what a load balancer's probe sees.
health() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 15 "http://localhost:$1/actuator/health/database" || true
}

check() {
  local label=$1; shift
  LEADERS_DB_URL="jdbc:postgresql://localhost:5432/${CHECK_DB:-$DB}" LEADERS_DB_USER=leaders \
  LEADERS_DB_PASSWORD="$PASSWORD" LEADERS_ADMIN_PASSWORD="durability" PORT=8189 \
  bash scripts/bench.sh simulate --leaders.demo.cohort=false \
    --leaders.simulator.check-only=true --leaders.simulator.applications="$N" \
    --leaders.simulator.report="$LOGS/check-$label.json" "$@" > "$LOGS/check-$label.log" 2>&1 \
    || { echo "FAIL: $label: invariant checks failed"; grep '\[sim\]' "$LOGS/check-$label.log" | tail -20; exit 1; }
  grep '\[sim\] \(PASS\|FAIL\|ALL\)' "$LOGS/check-$label.log" || true
  echo "PASS: $label"
}

echo "== 1. SIGKILL in the middle of a cycle of $N applications, restart, finish"
fresh_database
: > "$LOGS/mail-delivered.log"
sink --stall
node 8181 0 1 "$LOGS/crash-first.log" "${MAIL[@]}"; pid=$NODE_PID
# Kill once the selection is under way.
wait_for_tasks "$LOGS/crash-first.log" "$pid"
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
echo "killed with SIGKILL after $(tasks_done "$LOGS/crash-first.log") tasks"
# Committed before the kill and not sent: nothing reached the (silent) server.
unsent=$(sql "SELECT COUNT(*) FROM notification WHERE state IN ('QUEUED', 'SENDING')")
echo "notifications at the kill: $(sql "SELECT state || ' ' || COUNT(*) FROM notification GROUP BY state" | paste -sd, -)"
[ "$unsent" -gt 0 ] && [ ! -s "$LOGS/mail-delivered.log" ] \
  || { echo "FAIL: the crash case needs committed, unsent notifications at the kill ($unsent unsent)"; exit 1; }
sink
node 8181 0 1 "$LOGS/crash-restart.log" "${MAIL[@]}"; pid=$NODE_PID
wait "$pid" || { echo "FAIL: the restarted node did not finish the cycle"; tail -40 "$LOGS/crash-restart.log"; exit 1; }
grep '\[sim\]' "$LOGS/crash-restart.log" | tail -25
check crash "${MAIL[@]}"
sent=$(sql "SELECT COUNT(*) FROM notification WHERE state = 'SENT'")
repeated=$(sort "$LOGS/mail-delivered.log" | uniq -d | wc -l)
differ=$(comm -3 <(sort -u "$LOGS/mail-delivered.log") <(sql "SELECT id FROM notification WHERE state = 'SENT'" | sort) | wc -l)
echo "notifications: $unsent unsent at the kill; $sent sent in all, $(wc -l < "$LOGS/mail-delivered.log") delivered," \
  "$repeated delivered twice, $differ differing between the server's log and the SENT rows"
[ "$repeated" -eq 0 ] && [ "$differ" -eq 0 ] && [ "$sent" -gt 0 ] \
  || { echo "FAIL: crash: a notification was lost or delivered twice"; exit 1; }
echo "PASS: crash: every notification delivered once"
stop_sink

echo "== 2. Backup and restore: pg_dump of what the crash case left, pg_restore into a fresh database, the app on it"
RESTORED="${DB}_restored"
su postgres -c "pg_dump -Fc -d ${DB}" > "$LOGS/backup.dump"
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DROP DATABASE IF EXISTS ${RESTORED};
CREATE DATABASE ${RESTORED} OWNER leaders;
SQL
su postgres -c "pg_restore --exit-on-error --no-owner --role=leaders -d ${RESTORED}" < "$LOGS/backup.dump"
echo "backup: $(du -h "$LOGS/backup.dump" | cut -f1) in the custom format; restored into ${RESTORED}"
counts > "$LOGS/counts-original.txt"
CHECK_DB=$RESTORED check restored
SQL_DB=$RESTORED counts > "$LOGS/counts-restored.txt"
diff "$LOGS/counts-original.txt" "$LOGS/counts-restored.txt" \
  || { echo "FAIL: restore: the restored database's counts differ from the original's (after the app ran on it)"; exit 1; }
echo "PASS: restore: $(wc -l < "$LOGS/counts-original.txt") tables with equal counts" \
  "($(grep '^application ' "$LOGS/counts-original.txt" | cut -d' ' -f2) applications," \
  "$(grep '^act_hi_procinst ' "$LOGS/counts-original.txt" | cut -d' ' -f2) instances in history)"
su postgres -c "psql -q -c 'DROP DATABASE ${RESTORED}'"

echo "== 3. Two nodes on ports 8181 and 8182 share one database"
fresh_database
node 8181 0 2 "$LOGS/two-nodes-a.log"; first=$NODE_PID
# The second node starts once the first has created the schema, the groups and the demo users.
for _ in $(seq 1 120); do grep -q '\[sim\] cycle' "$LOGS/two-nodes-a.log" 2>/dev/null && break; sleep 1; done
node 8182 1 2 "$LOGS/two-nodes-b.log"; second=$NODE_PID
# A node that finishes its share first sees the other's work still open, so its own end-of-run checks may fail
# (exit 1); only a broken run (exit 2) fails here. The checks that count run once both are done.
status=0
wait "$first" || [ $? -eq 1 ] || status=1
wait "$second" || [ $? -eq 1 ] || status=1
grep '\[sim\] \(tasks\|raced\|application outcomes\|vacancy outcomes\)' "$LOGS/two-nodes-a.log" | tail -6
grep '\[sim\] \(tasks\|raced\|application outcomes\|vacancy outcomes\)' "$LOGS/two-nodes-b.log" | tail -6
[ $status -eq 0 ] || { echo "FAIL: a node broke"; tail -30 "$LOGS/two-nodes-a.log" "$LOGS/two-nodes-b.log"; exit 1; }
check two-nodes

echo "== 4. PostgreSQL restarted in the middle of a cycle of $N applications"
fresh_database
node 8181 0 1 "$LOGS/db-restart.log"; pid=$NODE_PID
wait_for_tasks "$LOGS/db-restart.log" "$pid"
[ "$(health 8181)" = 200 ] || { echo "FAIL: health was not UP before the database stopped"; exit 1; }
# A fast shutdown ends every session at once, as a crash of the database server would. It stays away longer than
# the pool waits for a connection (spring.datasource.hikari.connection-timeout, 10 s in the postgres profile), so
# that health answers DOWN rather than waiting for the database to come back.
pg_ctlcluster 15 main stop -m fast
echo "PostgreSQL stopped after $(tasks_done "$LOGS/db-restart.log") tasks"
down_until=$(( $(date +%s) + ${LEADERS_DURABILITY_DB_DOWN_SECONDS:-20} ))
seen=""
while [ "$(date +%s)" -lt "$down_until" ]; do
  seen="$seen $(health 8181)"
  sleep 1
done
pg_ctlcluster 15 main start
for _ in $(seq 1 30); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done
echo "PostgreSQL started again; health while it was away:$seen"
case " $seen " in *" 503 "*) ;; *) echo "FAIL: health never said DOWN while the database was away"; exit 1;; esac
# Four fifths of the cycle are left: the node is still at work when its health is UP again.
up=""
for _ in $(seq 1 60); do
  [ "$(health 8181)" = 200 ] && { up=yes; break; }
  sleep 1
done
[ -n "$up" ] || { echo "FAIL: health did not say UP within a minute of the database's return"; exit 1; }
echo "health UP again after the restart"
status=0
wait "$pid" || status=$?
grep '\[sim\] \(tasks\|application outcomes\|vacancy outcomes\|PASS\|FAIL\)' "$LOGS/db-restart.log" | tail -12
[ $status -eq 0 ] || { echo "FAIL: the node did not finish the cycle with its checks passed after the database restarted"; tail -40 "$LOGS/db-restart.log"; exit 1; }
check db-restart
echo "durability: all checks passed"
