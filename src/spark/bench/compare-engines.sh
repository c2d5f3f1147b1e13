#!/usr/bin/env bash
# Both engines on one interactions file, interleaved: in-process (java -jar target/tastelab.jar evaluate) and the
# Spark job (target/tastelab-spark.jar through Spark's SparkSubmit in local[N], Spark's jars from Maven).
# Prints wall time, CPU time (user + sys) and peak RSS per run, with the load average before each run; both run
# with nice -n 10 (the machine is shared). SPARK_DRIVER_HEAP (default 4g) is the Spark driver's -Xmx, LOCAL_HEAP
# (default 4g) the in-process engine's.
# Usage: src/spark/bench/compare-engines.sh DATA.csv.gz [ROUNDS] [MASTER] -- EVALUATE-ARGS...
# Needs: mvn package, then mvn -Pspark package (both jars). Spark's class path (a distribution's jars, from Maven
# Central, see spark-jars.xml) is written to target/spark-classpath.txt on the first run.
set -euo pipefail
cd "$(dirname "$0")/../../.."
data=$1; rounds=${2:-2}; master=${3:-local[2]}; shift 3; [ "${1:-}" = -- ] && shift
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [ ! -s target/spark-classpath.txt ]; then
    mvn -B -q -f src/spark/bench/spark-jars.xml dependency:build-classpath -Dmdep.outputFile="$PWD/target/spark-classpath.txt"
fi
opens=$(sed -n 's:.*<spark.test.jvm.options>\(.*\)</spark.test.jvm.options>.*:\1:p' pom.xml)
log=$(mktemp -d)
run() {  # name, command...
    local name=$1; shift
    echo "load average before $name: $(cut -d' ' -f1-3 /proc/loadavg)"
    nice -n 10 /usr/bin/time -f "%e %U %S %M" -o "$log/time" "$@" > "$log/out" 2> "$log/err" || { tail -20 "$log/err"; exit 1; }
    read -r wall user sys rss < "$log/time"
    printf '%-8s wall %7.1f s  cpu %7.1f s  peak RSS %6.0f MiB  ' "$name" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)"
    python3 - "$log/out" <<'PY'
import json, sys
report = json.loads([line for line in open(sys.argv[1]) if line.startswith("{")][-1])
print("  ".join("%s@%d nDCG %.5f train %.1fs" % (r["recommender"], r["k"], r["ndcg"], r["train_seconds"]) for r in report["results"]))
PY
}
for round in $(seq 1 "$rounds"); do
    run local "$java" -Xmx"${LOCAL_HEAP:-4g}" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow --add-modules=jdk.incubator.vector \
        -jar target/tastelab.jar evaluate --interactions "$data" --json --quiet "$@"
    run spark "$java" $opens -Xmx"${SPARK_DRIVER_HEAP:-4g}" -cp "$(cat target/spark-classpath.txt)" org.apache.spark.deploy.SparkSubmit \
        --master "$master" --conf spark.ui.enabled=false target/tastelab-spark.jar evaluate --interactions "$data" --json "$@"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
