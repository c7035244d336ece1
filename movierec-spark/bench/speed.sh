#!/usr/bin/env bash
# Fit time of implicit ALS at the same rank and iterations: movierec's own single-JVM ials, Spark local[2], and a
# standalone cluster of 1 and of 2 workers (1 core each), on generated ml-25m-shaped data of each size given.
# Appends one line per run to docs/results/spark-speed.csv (with the 1-minute load average, as the cores are shared).
#   movierec-spark/bench/speed.sh [RATINGS...]     default: 1000000 10000000 25000095 (25M reads /tmp/movierec-gen25m;
#   hold /tmp/movierec-heavy.lock for it: flock /tmp/movierec-heavy.lock movierec-spark/bench/speed.sh 25000095)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
out=docs/results/spark-speed.csv
factors=${FACTORS:-16}; iterations=${ITERATIONS:-3}; port=${SPARK_PORT:-19610}
work=$(mktemp -d /tmp/movierec-spark-speed.XXXXXX)
export MOVIEREC_SPARK_CLUSTER_DIR=$work/cluster
trap './movierec-spark.sh cluster stop > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
[[ -f $out ]] || echo "ratings,setup,rank,iterations,fit_seconds,process_seconds,load1" > "$out"
load() { cut -d' ' -f1 /proc/loadavg; }
record() { echo "$1,$2,$factors,$iterations,$3,$4,$(load)" >> "$out"; echo "$1 $2: fit $3 s, process $4 s (load $(load))"; }
spark_fit() { grep -o 'movies in [0-9.]* s' "$1" | grep -o '[0-9.]*' | tail -1; }
for n in "${@:-1000000 10000000 25000095}"; do
  for size in $n; do
    data=/tmp/movierec-gen-$size
    [[ $size == 25000095 ]] && data=/tmp/movierec-gen25m
    if [[ ! -f $data/ratings.csv ]]; then
      users=$(( size * 162541 / 25000095 )); movies=$(python3 -c "print(max(2000, int(59047 * ($size / 25000095) ** 0.5)))")
      ./movierec generate --users "$users" --movies "$movies" --ratings "$size" --format ml-latest --seed 1 --out "$data" > /dev/null
    fi
    s=$(date +%s.%N)
    ./movierec train --data "$data" --algorithm "ials:factors=$factors,iterations=$iterations" --out "$work/movierec.model" > "$work/m.out" 2>&1
    e=$(date +%s.%N)
    record "$size" "movierec ials (1 JVM)" "$(grep -o 'in [0-9.]* s;' "$work/m.out" | grep -o '[0-9.]*')" "$(echo "$e - $s" | bc)"
    s=$(date +%s.%N)
    ./movierec-spark.sh --master 'local[2]' --driver-memory 8g --data "$data" --algorithm ials --factors "$factors" \
      --iterations "$iterations" --out "$work/local.model" > "$work/l.out" 2>&1
    e=$(date +%s.%N)
    record "$size" "Spark local[2]" "$(spark_fit "$work/l.out")" "$(echo "$e - $s" | bc)"
    for workers in 1 2; do
      ./movierec-spark.sh cluster start --workers "$workers" --worker-cores 1 --worker-memory 3g --port "$port" --ui-port $((port + 80)) > /dev/null
      s=$(date +%s.%N)
      ./movierec-spark.sh --master "spark://127.0.0.1:$port" --driver-memory 512m --data "$data" --algorithm ials --factors "$factors" \
        --iterations "$iterations" --out "$work/cluster.model" > "$work/c.out" 2>&1
      e=$(date +%s.%N)
      ./movierec-spark.sh cluster stop > /dev/null
      record "$size" "standalone cluster, $workers worker(s)" "$(spark_fit "$work/c.out")" "$(echo "$e - $s" | bc)"
    done
  done
done
