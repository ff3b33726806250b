#!/usr/bin/env bash
# Start-up of production jars, run in turns: time to the first healthy answer, the process's CPU time by then, RSS,
# and the live heap after a full collection (jcmd GC.class_histogram). Outside the test run; on a shared machine the
# CPU time is steadier than the wall time. Build first: JAVA_HOME=<JDK 25> ./mvnw -Pproduction package -DskipTests
# Usage: src/bench/start-up.sh [runs] jar...   e.g. src/bench/start-up.sh 3 /tmp/before.jar target/waar-heb-ik-recht-op-*.jar
# A jar with an app.aot beside it (the extracted layout of the Dockerfile, see README "Start-up") runs with that cache.
set -euo pipefail
runs=${1:-3}; shift
java_home=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)
java="${java_home:+$java_home/bin/}java"; jcmd="${java_home:+$java_home/bin/}jcmd"
ticks=$(getconf CLK_TCK)
port=18990
for run in $(seq 1 "$runs"); do
  for jar in "$@"; do
    port=$((port + 1)); log=$(mktemp)
    t0=$(date +%s%N)
    aot=(); [ -f "$(dirname "$jar")/app.aot" ] && aot=(-XX:AOTCache="$(dirname "$jar")/app.aot")
    "$java" "${aot[@]}" -jar "$jar" --server.port=$port --spring.datasource.url="jdbc:h2:mem:startup$port" >"$log" 2>&1 &
    pid=$!
    until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q UP; do
      kill -0 $pid 2>/dev/null || { echo "$jar stopped:"; tail -20 "$log"; exit 1; }
      sleep 0.1
    done
    t1=$(date +%s%N)
    read -r -a stat < /proc/$pid/stat
    cpu=$(( (stat[13] + stat[14]) * 1000 / ticks ))
    rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
    heap=$("$jcmd" $pid GC.class_histogram | awk '/^Total/ {printf "%.1f", $3 / 1000000}')
    echo "run $run $(basename "$jar")${aot:+ (AOT cache)}: healthy after $(( (t1 - t0) / 1000000 )) ms, CPU $cpu ms, RSS $rss MiB," \
      "live heap $heap MB, $(grep -o 'Started Application in [0-9.]* seconds' "$log")"
    kill $pid; wait $pid 2>/dev/null || true; rm -f "$log"
  done
done
