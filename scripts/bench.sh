#!/usr/bin/env bash
# Builds and runs a benchmark program (src/bench, not in the app's jar) on the app: docs/performance.md.
#
# Usage: scripts/bench.sh simulate [spring args...]   the national-cycle simulator, then the bare engine's baseline
#        scripts/bench.sh latency  [spring args...]   the task-list latency benchmark
#        scripts/bench.sh analytics [spring args...]  the analytics benchmark (several national cycles)
#        scripts/bench.sh build                       only the build below
#
# Builds first: `mvn process-test-classes` (the app and the programs; target/bench-classes holds the programs alone)
# and the app's runtime classpath (target/bench-classpath.txt); LEADERS_BENCH_BUILD=no skips that and runs what was
# built last. Then it becomes (exec) `java $JAVA_OPTS -cp target/bench-classes:target/classes:<runtime dependencies>
# kz.edu.bench.BenchApplication --spring.profiles.active=postgres,demo,<simulate|latency-bench|analytics-bench> [spring args...]`:
# the app as `java -jar` starts it, with the program's beans; an argument --spring.profiles.active=... replaces
# those profiles. The app's environment applies as for `java -jar`: LEADERS_DB_URL, LEADERS_DB_USER,
# LEADERS_DB_PASSWORD, LEADERS_ADMIN_PASSWORD, PORT. Relative paths (the report) are relative to the current folder.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROGRAM=${1:-}
case "$PROGRAM" in
  simulate) PROFILE=simulate ;;
  latency) PROFILE=latency-bench ;;
  analytics) PROFILE=analytics-bench ;;
  build) PROFILE= ;;
  *) echo "usage: scripts/bench.sh simulate|latency|analytics|build [spring args...]" >&2; exit 2 ;;
esac
shift

CLASSPATH_FILE="$ROOT/target/bench-classpath.txt"
if [ "$PROGRAM" = build ] || [ "${LEADERS_BENCH_BUILD:-yes}" != no ]; then
  mvn -B -ntp -q -Dstyle.color=never -f "$ROOT/pom.xml" process-test-classes dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$CLASSPATH_FILE"
fi
[ "$PROGRAM" = build ] && exit 0
[ -f "$CLASSPATH_FILE" ] && [ -d "$ROOT/target/bench-classes" ] \
  || { echo "not built: run scripts/bench.sh build (or without LEADERS_BENCH_BUILD=no)" >&2; exit 2; }

PROFILES=(--spring.profiles.active=postgres,demo,"$PROFILE")
for arg in "$@"; do
  case "$arg" in --spring.profiles.active=*) PROFILES=() ;; esac
done

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:-} -cp "$ROOT/target/bench-classes:$ROOT/target/classes:$(cat "$CLASSPATH_FILE")" \
  kz.edu.bench.BenchApplication "${PROFILES[@]}" "$@"
