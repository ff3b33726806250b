#!/usr/bin/env sh
# Unpacks the production jar into the layout the JVM can cache (the application jar plus lib/), and makes the JDK 25
# AOT cache of the classes the portal loads and links while it starts (JEP 483/514), by one training start that stops
# once every bean is made (spring.context.exit=onRefresh) on an H2 database in memory, so it touches no real data.
# Start the portal with: java -XX:AOTCache=<dir>/app.aot -jar <dir>/app.jar
# The cache only fits the same JVM and the same jars: make it again with every build (the Dockerfile does). A cache
# that does not fit is reported in the log and skipped; the portal then starts as without one.
# Usage: src/deploy/aot-cache.sh <production jar> <destination dir> [java]
set -eu
jar=$1; dir=$2; java=${3:-java}
rm -rf "$dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
# extract keeps the jar's file name; the start command and the Dockerfile use app.jar
[ -f "$dir/app.jar" ] || mv "$dir/$(basename "$jar")" "$dir/app.jar"
"$java" -XX:AOTCacheOutput="$dir/app.aot" -Dspring.context.exit=onRefresh -jar "$dir/app.jar" \
  --server.port=0 --spring.datasource.url=jdbc:h2:mem:aot-training --portal.demo-accounts.enabled=false \
  > "$dir/aot-training.log" 2>&1 || { tail -40 "$dir/aot-training.log"; exit 1; }
grep -q "AOTCache creation is complete" "$dir/aot-training.log" || { tail -40 "$dir/aot-training.log"; exit 1; }
rm -f "$dir/aot-training.log"
echo "AOT cache: $dir/app.aot ($(du -m "$dir/app.aot" | cut -f1) MB)"
