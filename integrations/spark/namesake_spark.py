"""Aligns JSON Lines documents with Apache Spark: every partition goes through `namesake stream`.

    spark-submit namesake_spark.py --binary PATH --glossary PATH [options] INPUT OUTPUT

INPUT is a JSON Lines file, a directory of them or a glob ({"id": ..., "lang": ..., "text": ...}
per line). OUTPUT (must not exist) receives records/ (the aligned records: per document exactly
the lines `namesake align` writes into <id>.jsonl) and errors/ (one error record per refused
line), as Spark text part files.

--binary and --glossary are either absolute paths that exist on every worker (local mode, a
shared file system, a container image), piped with RDD.pipe, or relative names of what was
shipped with the job (spark-submit --files namesake --archives glossary.tar.gz#gl, then
--binary namesake --glossary gl/glossary), looked up on each executor with SparkFiles. See
README.md beside this file.
"""

import argparse
import os
import shlex
import subprocess
import sys
import threading

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession

# RDD.pipe starts the command with exactly this environment (an empty one when env is None), and
# without a shell: paths must be absolute and nothing may depend on PATH or $HOME.
CHILD_ENV = {"LC_ALL": "C.UTF-8"}


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="Align JSON Lines documents with namesake stream on Spark.")
    parser.add_argument("input", help="JSON Lines file, directory or glob")
    parser.add_argument("output", help="output directory (must not exist): records/ and errors/")
    parser.add_argument("--binary", required=True,
                        help="namesake: an absolute path on every worker, or the relative name of a shipped file")
    parser.add_argument("--glossary", required=True,
                        help="glossary directory, .tbx, .csv or compiled .nsglossary: an absolute path, or the relative name of a "
                             "shipped file or of a path inside a shipped archive (alias/path)")
    parser.add_argument("--lang", help="language of documents without a \"lang\" field (default: identified)")
    parser.add_argument("--partitions", type=int, help="minimum number of input partitions")
    parser.add_argument("--strict", action="store_true",
                        help="fail the job when a document is refused (namesake stream --strict)")
    parser.add_argument("--master", help="Spark master when not run by spark-submit, e.g. local[2]")
    return parser.parse_args(argv)


def stream_arguments(glossary, lang, strict):
    arguments = ["stream", "--glossary", glossary]
    if lang:
        arguments += ["--lang", lang]
    if strict:
        arguments.append("--strict")
    return arguments


def pipe_shipped(binary_name, glossary_name, lang, strict):
    """A partition function that pipes through a namesake shipped with the job.

    RDD.pipe fixes its command on the driver, but a shipped file's absolute path differs from one
    executor to the next (and, in local mode, is not the working directory), so the paths are
    resolved here, on the executor, and the partition is piped the way RDD.pipe does it: no shell,
    an explicit environment, input written by a thread, and a non-zero exit status failing the task.
    """

    def run(lines):
        # SparkFiles.get joins its root and the name, so "alias/path" reaches into an archive,
        # and an absolute path stays as it is.
        command = [SparkFiles.get(binary_name)] + stream_arguments(SparkFiles.get(glossary_name), lang, strict)
        child = subprocess.Popen(command, env=CHILD_ENV, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

        def feed():
            try:
                for line in lines:
                    child.stdin.write(line.rstrip("\n").encode("utf-8") + b"\n")
            except BrokenPipeError:
                pass  # the child died: its exit status below says why
            finally:
                try:
                    child.stdin.close()
                except BrokenPipeError:
                    pass

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        for record in iter(child.stdout.readline, b""):
            yield record.rstrip(b"\n").decode("utf-8")
        feeder.join()
        if child.wait() != 0:
            raise RuntimeError(f"{shlex.join(command)} exited with status {child.returncode}")

    return run


def main(argv):
    options = parse_arguments(argv)
    builder = SparkSession.builder.appName("namesake")
    if options.master:
        builder = builder.master(options.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext

    lines = context.textFile(options.input, minPartitions=options.partitions)
    if os.path.isabs(options.binary) and os.path.isabs(options.glossary):
        command = shlex.join([options.binary] + stream_arguments(options.glossary, options.lang, options.strict))
        # checkCode: without it RDD.pipe ignores the exit status, and a namesake that failed
        # would silently lose the rest of its partition.
        records = lines.pipe(command, env=CHILD_ENV, checkCode=True)
    else:
        records = lines.mapPartitions(pipe_shipped(options.binary, options.glossary, options.lang, options.strict))

    # Two outputs from one pipe: keep the piped records instead of running namesake twice.
    records.persist(StorageLevel.MEMORY_AND_DISK)
    # An aligned record starts {"doc":, an error record {"id": (namesake's writer keeps key order).
    records.filter(lambda record: record.startswith('{"doc":')).saveAsTextFile(os.path.join(options.output, "records"))
    errors = records.filter(lambda record: not record.startswith('{"doc":'))
    errors.saveAsTextFile(os.path.join(options.output, "errors"))
    print(f"namesake_spark: {errors.count()} refused lines; records in {options.output}/records", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
