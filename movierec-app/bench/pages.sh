#!/bin/bash
# Page load times of a running movierec web app on this machine (localhost only) in Debian's headless Chromium
# (apt-get install -y chromium chromium-driver): PageLoadBenchmark (test scope) opens each page RUNS times
# (default 10) and prints the first, median and max load time. Signs up an account bench-pages-<time>.
#   movierec-app/bench/pages.sh [http://localhost:8080] [RUNS]
set -euo pipefail
url=${1:-http://localhost:8080}
runs=${2:-10}
[[ $url =~ ^http://(localhost|127\.0\.0\.1)(:[0-9]+)?$ ]] || { echo "pages.sh: benchmarks only a local app (http://localhost:PORT), not $url" >&2; exit 2; }
[[ -x /usr/bin/chromedriver && -x /usr/bin/chromium ]] || { echo "pages.sh: chromium and chromium-driver are missing (.ci/browser.sh)" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
./mvnw -B -q -o test-compile dependency:build-classpath -pl movierec-app -am -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "movierec-app/target/test-classes:movierec-app/target/classes:$(cat movierec-app/target/bench-classpath.txt)" \
  org.movierec.app.web.PageLoadBenchmark "$url" "$runs"
