#!/usr/bin/env bash
# Spark integration test: installs PySpark (pinned in requirements.txt) into a virtual environment
# cached under .build-spark/ (or $NAMESAKE_SPARK_CACHE), builds namesake as a fully static
# executable, and runs test_spark.py on local[2]. Needs Java 17 or 21, Python 3.11+ and PyPI.
# Usage: integrations/spark/test.sh [--install-only | --build-only | --no-build]
#   --no-build runs the test with the binary an earlier --build-only made. (CI: by then SwiftPM
#   plans the static build again, something in the steps between having touched what it watches,
#   and a new plan relinks the language-data embedder and so rebuilds the whole library: minutes
#   for a binary that is already there.)
set -euo pipefail
mode=${1:-}
case "$mode" in "" | --install-only | --build-only | --no-build) ;; *) sed -n 5,9p "$0" >&2; exit 64 ;; esac
cd "$(dirname "$0")/../.."
cache=${NAMESAKE_SPARK_CACHE:-$PWD/.build-spark}
venv=$cache/venv
requirements=integrations/spark/requirements.txt
start=$SECONDS

# The venv is reused while requirements.txt is unchanged; pip's own cache makes a rebuild cheaper.
if [ "$mode" != "--build-only" ] && ! cmp -s "$requirements" "$venv/requirements.txt" 2>/dev/null; then
  echo "test.sh: installing $(cat "$requirements") into $venv" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$requirements"
  cp "$requirements" "$venv/requirements.txt"
  echo "test.sh: pip install: $((SECONDS - start)) s" >&2
fi
# --install-only: just the venv (CI starts the download early, beside the Swift builds).
[ "$mode" = "--install-only" ] && exit 0

# Swift runtime, Foundation, ICU, libxml2, zlib and liblzma all linked in: the binary runs on
# workers with nothing installed and with the empty environment RDD.pipe gives it.
# -licudata -lz -llzma: the static libicuuc and libxml2 need them, and nothing else names them.
built=$SECONDS
if [ "$mode" = "--no-build" ]; then
  [ -x "$cache/swift/release/namesake" ] || { echo "test.sh: --no-build: no $cache/swift/release/namesake (run --build-only first)" >&2; exit 66; }
else
  swift build -c release --static-swift-stdlib -Xswiftc -static-executable \
    -Xlinker -licudata -Xlinker -lz -Xlinker -llzma \
    --product namesake --scratch-path "$cache/swift"
  echo "test.sh: static build: $((SECONDS - built)) s" >&2
fi
# --build-only: just the binary (CI builds it first, for the CLI tests too).
[ "$mode" = "--build-only" ] && exit 0

export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$venv/bin/python" PYSPARK_DRIVER_PYTHON="$venv/bin/python"
"$venv/bin/python" integrations/spark/test_spark.py --binary "$cache/swift/release/namesake" \
  --spark-submit "$venv/bin/spark-submit" --work "$cache/test"
echo "test.sh: passed in $((SECONDS - start)) s" >&2
