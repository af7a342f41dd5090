#!/usr/bin/env bash
# Durability of a simulated selection cycle on PostgreSQL (issue: crash and two-node checks).
#  1. Crash: the app runs the simulator; it is killed with SIGKILL mid-cycle, started again, and the cycle finishes.
#  2. Two nodes: two app nodes on two ports share one database, each simulator driving its share of the work.
# After each, the simulator's invariant checks run (leaders.simulator.check-only): every application reached exactly
# one outcome, no reserve entry or appointment order is duplicated, no running instance lost its task or job.
#
# Usage: scripts/durability.sh [applications] [vacancies]
# Needs: Maven (the simulator is built once, by scripts/bench.sh build), PostgreSQL 15 running locally, and root (the
# databases are recreated through `su postgres`). The database is LEADERS_DURABILITY_DB (default leaders_durability),
# wiped at each step.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-300}
VACANCIES=${2:-4}
DB=${LEADERS_DURABILITY_DB:-leaders_durability}
PASSWORD="durability-$RANDOM$RANDOM"
LOGS=target/durability
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
  LEADERS_ADMIN_PASSWORD="durability" PORT="$port" \
  bash scripts/bench.sh simulate --leaders.demo.cohort=false \
    --leaders.simulator.applications="$N" --leaders.simulator.vacancies="$VACANCIES" \
    --leaders.simulator.baseline=false --leaders.simulator.threads=3 --leaders.simulator.progress-seconds=1 \
    --camunda.bpm.job-execution.lock-time-in-millis=20000 \
    --leaders.simulator.node="$number" --leaders.simulator.nodes="$nodes" \
    --leaders.simulator.report="$LOGS/report-$(basename "$log" .log).json" "$@" > "$log" 2>&1 &
  NODE_PID=$!
}

# tasks_done LOG: the number of tasks the simulator reported done so far in that log
tasks_done() {
  { grep -o 'tasks [0-9]*' "$1" 2>/dev/null || true; } | tail -1 | awk '{print $2+0}'
}

check() {
  local label=$1
  LEADERS_DB_URL="jdbc:postgresql://localhost:5432/${DB}" LEADERS_DB_USER=leaders LEADERS_DB_PASSWORD="$PASSWORD" \
  LEADERS_ADMIN_PASSWORD="durability" PORT=8189 \
  bash scripts/bench.sh simulate --leaders.demo.cohort=false \
    --leaders.simulator.check-only=true --leaders.simulator.applications="$N" \
    --leaders.simulator.report="$LOGS/check-$label.json" > "$LOGS/check-$label.log" 2>&1 \
    || { echo "FAIL: $label: invariant checks failed"; grep '\[sim\]' "$LOGS/check-$label.log" | tail -20; exit 1; }
  grep '\[sim\] \(PASS\|FAIL\|ALL\)' "$LOGS/check-$label.log" || true
  echo "PASS: $label"
}

echo "== 1. SIGKILL in the middle of a cycle of $N applications, restart, finish"
fresh_database
node 8181 0 1 "$LOGS/crash-first.log"; pid=$NODE_PID
# Kill once the selection is under way: a fifth as many tasks done as applications.
target=$(( N / 5 ))
for _ in $(seq 1 3000); do
  done_now=$(tasks_done "$LOGS/crash-first.log"); done_now=${done_now:-0}
  [ "$done_now" -ge "$target" ] && break
  kill -0 "$pid" 2>/dev/null || { echo "the node ended before the kill"; tail -30 "$LOGS/crash-first.log"; exit 1; }
  sleep 0.2
done
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
echo "killed with SIGKILL after $(tasks_done "$LOGS/crash-first.log") tasks"
node 8181 0 1 "$LOGS/crash-restart.log"; pid=$NODE_PID
wait "$pid" || { echo "FAIL: the restarted node did not finish the cycle"; tail -40 "$LOGS/crash-restart.log"; exit 1; }
grep '\[sim\]' "$LOGS/crash-restart.log" | tail -25
check crash

echo "== 2. Two nodes on ports 8181 and 8182 share one database"
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
echo "durability: all checks passed"
