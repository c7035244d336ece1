#!/bin/bash
# Load benchmark of a running movierec web app on this machine (localhost only) with wrk (apt-get install -y wrk):
# 10 s at 64 connections each for POST /api/recommendations (10-rating profiles, n=20) and search as you type.
#   ./movierec serve --port 8080 &      # wait for http://localhost:8080/actuator/health to say UP
#   movierec-app/bench/run.sh [http://localhost:8080] [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
url=${1:-http://localhost:8080}
duration=${2:-10}
connections=${3:-64}
[[ $url =~ ^http://(localhost|127\.0\.0\.1)(:[0-9]+)?$ ]] || { echo "run.sh: benchmarks only a local app (http://localhost:PORT), not $url" >&2; exit 2; }
(( duration <= 60 )) || { echo "run.sh: at most 60 s per run" >&2; exit 2; }
command -v wrk > /dev/null || { echo "run.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
curl -sf "$url/actuator/health" | grep -q UP || { echo "run.sh: $url is not up" >&2; exit 1; }
for script in post-recommendations search; do
  echo "== $script: wrk -t2 -c$connections -d${duration}s --latency"
  wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/$script.lua" "$url" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors|requests in"
done
