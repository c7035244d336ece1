#!/usr/bin/env bash
# movierec-spark launcher (the name movierec-spark is the module's folder): builds the module on first use (or when
# sources changed), then runs the Spark driver: training with Spark MLlib's ALS into a movierec model file,
# recommend-all, or a local standalone cluster (see docs/SPARK.md).
#   ./movierec-spark.sh --master URL --data PATH --algorithm als|ials --out FILE [--driver-memory SIZE]
#   ./movierec-spark.sh recommend-all --master URL --model FILE --data PATH -n N --out DIR
#   ./movierec-spark.sh cluster start [--workers N] [--worker-memory SIZE] | cluster stop
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jar=$root/movierec-spark/target/movierec-spark.jar
lib=$root/movierec-spark/target/lib
if [[ ! -f $jar || ! -d $lib ]] || [[ -n $(find "$root/pom.xml" "$root/movierec-core/pom.xml" "$root/movierec-core/src/main" \
      "$root/movierec-spark/pom.xml" "$root/movierec-spark/src/main" "$root/movierec-spark/jvm.options" -newer "$jar" -print -quit 2>/dev/null) ]]; then
  echo "movierec-spark: building the Spark trainer (first use or changed sources)..." >&2
  rm -rf "$lib"   # copy-dependencies adds jars but never removes one a changed pom no longer needs
  (cd "$root" && ./mvnw -q -B -DskipTests -Denforcer.skip package -pl movierec-spark -am) >&2 || {
    echo "movierec-spark: the build failed; run ./mvnw package -pl movierec-spark -am to see why" >&2; exit 1; }
  touch "$jar"   # the jar plugin leaves an up-to-date jar untouched when only movierec-core changed
fi
# The driver's heap is fixed when its JVM starts: --driver-memory (as spark-submit takes it) becomes -Xmx here.
heap=-Xmx1g
args=("$@")
for ((k = 0; k < ${#args[@]}; k++)); do
  case ${args[k]} in
    --driver-memory) heap=-Xmx${args[k+1]:-1g} ;;
    --driver-memory=*) heap=-Xmx${args[k]#--driver-memory=} ;;
  esac
done
export MOVIEREC_SPARK_CLUSTER_DIR=${MOVIEREC_SPARK_CLUSTER_DIR:-$root/movierec-spark/target/cluster}
# Spark on Java 17+ needs the module options of Spark's own launcher (JavaModuleOptions), kept in movierec-spark/jvm.options.
exec java ${JAVA_OPTS:--XX:+UseParallelGC} "$heap" @"$root/movierec-spark/jvm.options" -cp "$jar:$lib/*" org.movierec.spark.MovierecSpark "$@"
