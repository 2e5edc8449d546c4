#!/usr/bin/env bash
# Issuing throughput (issue 12): documents rendered (the city's standard letter with its QR code, by
# openhtmltopdf) and signed (PAdES, 3072-bit RSA city certificate) per second, with the share of time in
# rendering and in signing; one worker per core after a warm-up, in one JVM. The number register and
# storage are not in it (DokumenTests covers 1,000 concurrent issues through the whole path).
# Usage: bench/dokumen/run.sh [documents] [threads]   (compile first: ./mvnw -q test-compile)
set -euo pipefail
jumlah=${1:-400}
utas=${2:-$(nproc)}
cp=$(mktemp -d)
trap 'rm -rf "$cp"' EXIT
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$cp/cp.txt" -Dmdep.includeScope=test > /dev/null
klas="target/test-classes:target/classes:$(cat "$cp/cp.txt")"
javac -nowarn -cp "$klas" -d "$cp" bench/dokumen/BebanTerbit.java
echo "machine: $(uname -srm), $(nproc) cpu, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo); $(date -u +'%F %H:%M UTC')"
echo "java: $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$cp:$klas" id.kotacerdas.dokumen.internal.BebanTerbit "$jumlah" "$utas" "$cp/kunci"
