#!/usr/bin/env bash
# SIASN benchmark (issue 11): import of a 10,000-row SIASN-layout XLSX (dry run and apply, all new,
# then again with 10 % promoted), the reference import and the city-wide quality check, in one JVM
# with a capped heap (-Xmx, default 384m) to show memory stays flat.
# Usage: bench/kepegawaian/run.sh [rows] [max heap]   (compile first: ./mvnw -q test-compile)
set -euo pipefail
baris=${1:-10000}
heap=${2:-384m}
cp=$(mktemp -d)
trap 'rm -rf "$cp"' EXIT
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$cp/cp.txt" -Dmdep.includeScope=test > /dev/null
klas="target/test-classes:target/classes:$(cat "$cp/cp.txt")"
javac -nowarn -cp "$klas" -d "$cp" bench/kepegawaian/BebanSiasn.java
echo "machine: $(uname -srm), $(nproc) cpu, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo); $(date -u +%F)"
echo "java: $(java -version 2>&1 | head -1); -Xmx$heap; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
KC_DATA_DIR=$cp/data java -Xmx"$heap" -cp "$cp:$klas" id.kotacerdas.kepegawaian.internal.siasn.BebanSiasn "$baris"
