#!/bin/bash
# Two movierec instances on one PostgreSQL database behind a local HAProxy (Debian's), with one instance restarted
# in the middle of a wrk run (docs/SCALEOUT.md). Run from the project's root:
#   movierec-app/bench/scaleout.sh [OUT.json] [SECONDS] [CONNECTIONS] [SIGNAL]
# defaults docs/results/scaleout-restart.json, 30 s, 32 connections, TERM (KILL: the instance is killed outright).
# Needs a local PostgreSQL whose role movierec (password movierec) may create databases through `su postgres`
# (the database scaleout_bench is made afresh), haproxy, wrk, jq, curl. Ports 19710-19712.
# Steps: start instance A, then B (B loads the models A published), HAProxy on 19710 checking their readiness;
# an account signed up through HAProxy, 10 ratings, its session cookie; then two wrk runs of
# GET /api/me/recommendations?n=20 in that session (shared sessions: either instance answers), the first with
# both instances up, the second with instance B stopped with SIGNAL a third of the way in and started again at
# once; during the second run a writer puts one rating every 50 ms through HAProxy. Afterwards every rating that
# was answered 200 must be in the database, and each instance's count of those movies' ratings must equal it.
set -euo pipefail
trap 'echo "scaleout.sh: failed at line $LINENO" >&2' ERR
out=${1:-docs/results/scaleout-restart.json}
seconds=${2:-30}
connections=${3:-32}
signal=${4:-TERM}
[[ $signal == TERM || $signal == KILL ]] || { echo "scaleout.sh: SIGNAL is TERM or KILL, was $signal" >&2; exit 2; }
for tool in haproxy wrk jq curl psql; do command -v $tool > /dev/null || { echo "scaleout.sh: $tool is missing" >&2; exit 2; }; done
here=$(cd "$(dirname "$0")" && pwd)
lb=http://localhost:19710 pa=19711 pb=19712
db=scaleout_bench
url="jdbc:postgresql://localhost:5432/$db?user=movierec&password=movierec"
work=$(mktemp -d)
declare -A pids
cleanup() { for p in "${pids[@]}"; do kill -9 -- -"$p" 2> /dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
su postgres -c "psql -qtAX -c 'drop database if exists $db'" > /dev/null
su postgres -c "psql -qtAX -c 'create database $db owner movierec'" > /dev/null

now() { date +%s.%N; }
ready() { curl -sf "http://localhost:$1/actuator/health/readiness" 2> /dev/null | grep -q UP; }
start() {   # start NAME PORT: starts an instance in its own process group, waits until it is ready
  mkdir -p "$work/$1"
  ( setsid env JAVA_OPTS="-XX:+UseParallelGC -Xmx1g" ./movierec serve --port "$2" --database "$url" \
      --movierec.data-dir="$work/$1" --movierec.admin-password=scaleout-bench-admin >> "$work/$1.log" 2>&1 & echo $! > "$work/$1.pid" )
  pids[$1]=$(cat "$work/$1.pid")
  for _ in $(seq 1 600); do ready "$2" && return 0; kill -0 "${pids[$1]}" 2> /dev/null || { tail -5 "$work/$1.log"; exit 1; }; sleep 0.2; done
  echo "scaleout.sh: instance $1 not ready after 120 s" >&2; exit 1
}
stop() {    # stop NAME SIGNAL: ends the instance's process group and waits until it is gone
  local pid=${pids[$1]}
  kill -"$2" -- -"$pid" 2> /dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2> /dev/null || return 0; sleep 0.1; done
  kill -9 -- -"$pid" 2> /dev/null || true
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

start a $pa
start b $pb
sed -e "s/bind :8080/bind 127.0.0.1:19710/" -e "s/app1:8080/127.0.0.1:$pa/" -e "s/app2:8080/127.0.0.1:$pb/" \
  -e "s/maxconn 4096/maxconn 4096\n    pidfile $(echo "$work" | sed 's/\//\\\//g')\/haproxy.pid/" deploy/haproxy.cfg > "$work/haproxy.cfg"
( setsid haproxy -db -f "$work/haproxy.cfg" > "$work/haproxy.log" 2>&1 & echo $! > "$work/haproxy.pid.launch" )
pids[haproxy]=$(cat "$work/haproxy.pid.launch")
for _ in $(seq 1 50); do curl -sf "$lb/actuator/health" > /dev/null && break; sleep 0.2; done

# The reader: an account signed up through HAProxy, rated 10 popular movies, its session cookie for wrk.
user=bench-reader password=bench-reader-pass
csrf=$(curl -sf -c "$work/cookies" -b "$work/cookies" "$lb/signup" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
curl -sf -o /dev/null -c "$work/cookies" -b "$work/cookies" --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "confirm=$password" --data-urlencode "_csrf=$csrf" "$lb/signup"
curl -sf "$lb/api/movies?size=100&sort=popular" | jq -r '.items[].movieId' > "$work/popular"
for id in $(head -10 "$work/popular"); do
  curl -sf -o /dev/null -u "$user:$password" -X PUT -H 'Content-Type: application/json' -d '{"rating":5}' "$lb/api/me/ratings/$id"
done
cookie=$(awk '$6 == "SESSION" { print $6 "=" $7 }' "$work/cookies" | tail -1)
[[ -n $cookie ]] || { echo "scaleout.sh: no session cookie after signing up" >&2; exit 1; }
for port in $pa $pb; do   # the session made through HAProxy is signed in on each instance
  curl -sf -H "Cookie: $cookie" "http://localhost:$port/api/me/recommendations?n=20" | grep -q '"explanation"' \
    || { echo "scaleout.sh: the session gets no recommendations from the instance on port $port" >&2; exit 1; }
done
# The writer: another account.
wuser=bench-writer wpassword=bench-writer-pass
csrf=$(curl -sf -c "$work/wcookies" -b "$work/wcookies" "$lb/signup" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
curl -sf -o /dev/null -c "$work/wcookies" -b "$work/wcookies" --data-urlencode "username=$wuser" --data-urlencode "password=$wpassword" \
  --data-urlencode "confirm=$wpassword" --data-urlencode "_csrf=$csrf" "$lb/signup"

export MOVIEREC_BENCH_COOKIE=$cookie MOVIEREC_BENCH_DELAY_MS=0
wrk -t2 -c"$connections" -d5s -s "$here/me-recommendations.lua" "$lb" > /dev/null   # JIT warm-up of both instances
summary() {   # summary WRK_OUTPUT: one JSON object of wrk's figures
  awk '
    /^    Latency/ { max = $4 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /requests in/ { requests = $1 }
    /Requests\/sec/ { rps = $2 }
    /Non-2xx/ { non2xx = $NF }
    /Socket errors/ { gsub(",", ""); connect = $4; read = $6; write = $8; timeout = $10 }
    END { printf "{\"requests\":%d,\"requestsPerSecond\":%s,\"p50\":\"%s\",\"p99\":\"%s\",\"max\":\"%s\",\"non2xx\":%d,", requests, rps, p50, p99, max, non2xx
          printf "\"socketErrors\":{\"connect\":%d,\"read\":%d,\"write\":%d,\"timeout\":%d}}\n", connect, read, write, timeout }' "$1"
}

load_steady=$(load)
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/me-recommendations.lua" "$lb" > "$work/steady.out"
steady=$(summary "$work/steady.out")

load_restart=$(load)
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/me-recommendations.lua" "$lb" > "$work/restart.out" &
wrk_pid=$!
( i=0
  while kill -0 $wrk_pid 2> /dev/null; do
    id=$(sed -n "$(( i % 100 + 1 ))p" "$work/popular")
    code=$(curl -s -o /dev/null -w '%{http_code}' -u "$wuser:$wpassword" -X PUT -H 'Content-Type: application/json' \
      -d "{\"rating\":$(( i % 5 + 1 ))}" "$lb/api/me/ratings/$id")
    echo "$id $(( i % 5 + 1 )) $code" >> "$work/writes"
    i=$(( i + 1 )); sleep 0.05
  done ) &
writer_pid=$!
sleep $(( seconds / 3 ))
t0=$(now)
stop b "$signal"
t1=$(now)
start b $pb
t2=$(now)
wait $wrk_pid
wait $writer_pid
restart=$(summary "$work/restart.out")

# Ratings written during the run: each answered 200 must be in the database with its last value, and both
# instances' statistics must count it (within the change log's poll interval).
sleep 2
awk '$3 == 200 { last[$1] = $2 } END { for (m in last) print m, last[m] }' "$work/writes" | sort -n > "$work/expected"
curl -sf -u "$wuser:$wpassword" "$lb/api/me/ratings" | jq -r '.[] | "\(.movieId) \(.rating | floor)"' | sort -n > "$work/stored"
written=$(wc -l < "$work/writes"); answered=$(awk '$3 == 200' "$work/writes" | wc -l); failed=$(( written - answered ))
missing=$(comm -23 "$work/expected" "$work/stored" | wc -l)
stale=0
for port in $pa $pb; do
  for m in $(head -20 "$work/expected" | cut -d' ' -f1); do
    page=$(curl -sf "http://localhost:$port/api/movies/$m" | jq .ratingCount)
    listed=$(curl -sf "http://localhost:$port/api/movies?size=100&sort=popular" | jq "[.items[] | select(.movieId == $m) | .ratingCount][0]")
    [[ $listed == null || $page == "$listed" ]] || stale=$(( stale + 1 ))
  done
done

mkdir -p "$(dirname "$out")"
jq -n --argjson steady "$steady" --argjson restart "$restart" --arg signal "$signal" --argjson seconds "$seconds" \
  --argjson connections "$connections" --arg loadSteady "$load_steady" --arg loadRestart "$load_restart" --arg loadEnd "$(load)" \
  --argjson stopSeconds "$(echo "$t1 - $t0" | bc)" --argjson startSeconds "$(echo "$t2 - $t1" | bc)" \
  --argjson written "$written" --argjson answered "$answered" --argjson failed "$failed" --argjson missing "$missing" \
  --argjson stale "$stale" --arg haproxy "$(haproxy -v | head -1 | cut -d' ' -f3)" --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" '{
    what: "GET /api/me/recommendations?n=20 in one signed-in session through HAProxy (round robin, readiness checks) to two movierec instances on one PostgreSQL database (bundled ml-latest-small); wrk -t2",
    date: $date, haproxy: $haproxy, seconds: $seconds, connections: $connections,
    loadAverage: {beforeSteady: $loadSteady, beforeRestart: $loadRestart, end: $loadEnd},
    steady: $steady,
    restart: ($restart + {signal: $signal, stopSeconds: $stopSeconds, startSeconds: $startSeconds}),
    ratingWritesDuringRestart: {written: $written, answered200: $answered, failed: $failed, missingAfterwards: $missing,
      instancesWithStaleListing: $stale}
  }' > "$out"
cat "$out"
