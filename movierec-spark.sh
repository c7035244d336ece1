#!/usr/bin/env bash
# movierec-spark launcher (the name movierec-spark is the module's folder): builds the Spark trainer on first use
# (or when sources changed), then trains a model with Spark MLlib's ALS and writes a movierec model file.
#   ./movierec-spark.sh --data PATH --algorithm als|ials --out FILE [--master local[*]]     ./movierec-spark.sh --help
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jar=$root/movierec-spark/target/movierec-spark.jar
lib=$root/movierec-spark/target/lib
if [[ ! -f $jar || ! -d $lib ]] || [[ -n $(find "$root/pom.xml" "$root/movierec-core/pom.xml" "$root/movierec-core/src/main" \
      "$root/movierec-spark/pom.xml" "$root/movierec-spark/src/main" "$root/movierec-spark/jvm.options" -newer "$jar" -print -quit 2>/dev/null) ]]; then
  echo "movierec-spark: building the Spark trainer (first use or changed sources)..." >&2
  (cd "$root" && ./mvnw -q -B -DskipTests -Denforcer.skip package -pl movierec-spark -am) >&2 || {
    echo "movierec-spark: the build failed; run ./mvnw package -pl movierec-spark -am to see why" >&2; exit 1; }
  touch "$jar"   # the jar plugin leaves an up-to-date jar untouched when only movierec-core changed
fi
# Spark on Java 17+ needs the module options of Spark's own launcher (JavaModuleOptions), kept in movierec-spark/jvm.options.
exec java ${JAVA_OPTS:--XX:+UseParallelGC} @"$root/movierec-spark/jvm.options" -cp "$jar:$lib/*" org.movierec.spark.SparkTrainCommand "$@"
