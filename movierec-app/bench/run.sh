#!/bin/bash
# Load benchmark of a running movierec web app on this machine (localhost only) with wrk (apt-get install -y wrk).
#   ./movierec serve --port 8080 &                  # wait for http://localhost:8080/actuator/health to say UP
#   movierec-app/bench/run.sh [URL] [SECONDS] [CONNECTIONS] [RATE]
# Works on whatever data set the app serves (the bundled ml-latest-small, or `serve --data PATH`): it takes its
# inputs from the app's own catalogue. Three requests, each measured twice with 2 wrk threads:
#   POST /api/recommendations?n=20   10-rating profiles: the 10 most rated movies of each of three genres, in turn
#   GET /api/me/recommendations?n=20 a new account (bench-<time>, signed up through the form with its CSRF token,
#                                    the same 10 ratings put through the API with HTTP Basic) in its signed-in session
#   GET /api/movies?size=10&q=       search as you type: growing prefixes of the most rated titles
# "saturated": CONNECTIONS connections (default 64) each sending its next request as soon as the answer is in,
# for the most requests/s; "paced": the same connections each pausing CONNECTIONS * 0.9 / RATE seconds before its
# next request, about RATE requests/s together (default 1000; 0 skips), for the latency at that load; the req/s
# column gives the rate reached. SECONDS (default 10, at most 60) per run, after 5 s of each request unmeasured
# (the JIT compiler's warm-up).
set -euo pipefail
url=${1:-http://localhost:8080}
duration=${2:-10}
connections=${3:-64}
rate=${4:-1000}
[[ $url =~ ^http://(localhost|127\.0\.0\.1)(:[0-9]+)?$ ]] || { echo "run.sh: benchmarks only a local app (http://localhost:PORT), not $url" >&2; exit 2; }
[[ $duration =~ ^[0-9]+$ ]] && (( duration >= 1 && duration <= 60 )) || { echo "run.sh: SECONDS must be 1 to 60, was $duration" >&2; exit 2; }
[[ $connections =~ ^[0-9]+$ ]] && (( connections >= 2 && connections <= 1000 )) || { echo "run.sh: CONNECTIONS must be 2 to 1000, was $connections" >&2; exit 2; }
[[ $rate =~ ^[0-9]+$ ]] || { echo "run.sh: RATE must be a number of requests/s, was $rate" >&2; exit 2; }
command -v wrk > /dev/null || { echo "run.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
curl -sf "$url/actuator/health" | grep -q UP || { echo "run.sh: $url is not up" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Profiles: the 10 most rated movies of three genres (the first three the catalogue lists), rated 4, 5, 4, 5, ...
# (whole stars, valid on every release's scale)
curl -sf "$url/api/genres" | grep -o '"[^"]*"' | tr -d '"' | head -3 > "$work/genres"
(( $(wc -l < "$work/genres") == 3 )) || { echo "run.sh: the app lists fewer than 3 genres" >&2; exit 1; }
while read -r genre; do
  curl -sf -G "$url/api/movies" --data-urlencode "genre=$genre" -d size=10 -d sort=popular \
    | grep -o '"movieId":[0-9]*' | cut -d: -f2 | paste -sd' ' >> "$work/profiles"
done < "$work/genres"
awk '{ printf "{\"ratings\":["; for (j = 1; j <= NF; j++) printf "%s{\"movieId\":%s,\"rating\":%d}", (j > 1 ? "," : ""), $j, 5 - j % 2; print "]}" }' \
  "$work/profiles" > "$work/bodies"
# Queries: every prefix (1 to 12 characters) of the five most rated titles, lower case.
curl -sf "$url/api/movies?size=5&sort=popular" | grep -o '"title":"[^"]*"' | cut -d'"' -f4 | tr 'A-Z' 'a-z' | tr -cs 'a-z0-9\n' ' ' \
  | awk '{ for (k = 1; k <= length($0) && k <= 12; k++) { p = substr($0, 1, k); if (p !~ / $/) print p } }' > "$work/queries"

# An account in a signed-in session: sign up through the form (CSRF token from the page), rate through the API.
user=bench-$(date +%s)-$RANDOM
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
csrf=$(curl -sf -c "$work/cookies" -b "$work/cookies" "$url/signup" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
[[ -n $csrf ]] || { echo "run.sh: no CSRF token on $url/signup" >&2; exit 1; }
curl -sf -o /dev/null -c "$work/cookies" -b "$work/cookies" --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "confirm=$password" --data-urlencode "_csrf=$csrf" "$url/signup"
j=0
for id in $(head -1 "$work/profiles"); do
  j=$(( j + 1 ))
  curl -sf -o /dev/null -u "$user:$password" -X PUT -H 'Content-Type: application/json' -d "{\"rating\":$(( 5 - j % 2 ))}" "$url/api/me/ratings/$id" \
    || { echo "run.sh: could not rate movie $id as $user" >&2; exit 1; }
done
cookie=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { print $6 "=" $7 }' "$work/cookies" | tail -1)   # SESSION: Spring Session in the database
curl -sf -H "Cookie: $cookie" "$url/api/me/recommendations?n=20" | grep -q '"explanation"' \
  || { echo "run.sh: the signed-in session of $user gets no recommendations" >&2; exit 1; }
echo "account $user, $(wc -l < "$work/bodies") profiles, $(wc -l < "$work/queries") queries; load average $(cut -d' ' -f1-3 /proc/loadavg)"

export MOVIEREC_BENCH_BODIES=$work/bodies MOVIEREC_BENCH_QUERIES=$work/queries MOVIEREC_BENCH_COOKIE=$cookie
export MOVIEREC_BENCH_DELAY_MS=0
for script in post-recommendations me-recommendations search; do   # warm-up for the JIT compiler, not reported
  wrk -t2 -c"$connections" -d5s -s "$here/$script.lua" "$url" > /dev/null
done
printf '%-22s %-9s %9s %9s %9s %9s %9s %s\n' request run "req/s" p50 p90 p99 max errors
for script in post-recommendations me-recommendations search; do
  for run in saturated paced; do
    if [[ $run == paced ]]; then
      (( rate > 0 )) || continue
      export MOVIEREC_BENCH_DELAY_MS=$(( connections * 900 / rate ))   # the pause, plus the answer's time, makes about RATE
    else
      export MOVIEREC_BENCH_DELAY_MS=0
    fi
    wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/$script.lua" "$url" > "$work/out"
    awk -v name="$script" -v run="$run" '
      /^    Latency/ { max = $4 }
      /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
      /Requests\/sec/ { rps = $2 }
      /Non-2xx/ { errors += $NF }
      /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
      END { printf "%-22s %-9s %9s %9s %9s %9s %9s %d\n", name, run, rps, p50, p90, p99, max, errors }' "$work/out"
  done
done
