"""Spark integration test: namesake_spark.py on local[2] gives, per document, the bytes of
`namesake align` on the same texts as files; refused lines give error records; --strict fails
the job. Run by test.sh, which provides PySpark and the static binary.

    python test_spark.py --binary PATH --spark-submit PATH --work DIR [--documents N]
"""

import argparse
import collections
import glob
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import make_documents  # noqa: E402

SPARK_CONF = ["--master", "local[2]", "--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false"]


def timed(label, function):
    start = time.monotonic()
    result = function()
    print(f"test_spark: {label}: {time.monotonic() - start:.1f} s", flush=True)
    return result


def spark_submit(spark_submit_path, submit_options, script_arguments, log):
    command = [spark_submit_path] + SPARK_CONF + submit_options + [os.path.join(HERE, "namesake_spark.py")] + script_arguments
    with open(log, "w") as output:
        return subprocess.run(command, stdout=output, stderr=subprocess.STDOUT).returncode


def read_output(directory):
    """Records grouped by document, in output order, and the error records."""
    records = collections.OrderedDict()
    parts = sorted(glob.glob(os.path.join(directory, "records", "part-*")))
    for part in parts:
        with open(part, "rb") as file:
            for line in file.read().splitlines(keepends=True):
                records.setdefault(json.loads(line)["doc"], []).append(line)
    errors = []
    for part in sorted(glob.glob(os.path.join(directory, "errors", "part-*"))):
        with open(part, "rb") as file:
            errors += [json.loads(line) for line in file.read().splitlines()]
    return records, errors, len(parts)


def check(label, directory, aligned, refused):
    records, errors, parts = read_output(directory)
    problems = []
    expected = {name[:-len(".jsonl")] for name in os.listdir(aligned) if name.startswith("gen_")}
    if set(records) != expected:
        problems.append(f"documents: {len(set(records) - expected)} unexpected, {len(expected - set(records))} missing")
    differing = [doc for doc, lines in records.items()
                 if doc in expected and b"".join(lines) != open(os.path.join(aligned, doc + ".jsonl"), "rb").read()]
    if differing:
        problems.append(f"{len(differing)} documents differ from namesake align, e.g. {differing[:3]}")
    # Each input file is one partition here (1.3 MB each, below Spark's split size), so an error
    # record's line, counted per partition by namesake stream, is the line in its file.
    got = sorted((error["line"], error["id"] or "", error["error"]) for error in errors)
    if len(got) != len(refused) or any(
            (line, doc_id) != (want_line, want_id) or not message.startswith(want_message)
            for (line, doc_id, message), (want_line, want_id, want_message) in zip(got, refused)):
        problems.append(f"error records {got} != expected {refused}")
    if parts < 2:
        problems.append(f"only {parts} output partition(s): local[2] should have split the input")
    status = "ok" if not problems else "FAILED: " + "; ".join(problems)
    print(f"test_spark: {label}: {len(records)} documents in {parts} partitions, {len(errors)} error records: {status}", flush=True)
    return not problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--spark-submit", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--documents", type=int, default=300)
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    glossary = os.path.join(ROOT, "glossary")
    work = os.path.abspath(options.work)
    shutil.rmtree(work, ignore_errors=True)

    timed(f"{options.documents} documents generated",
          lambda: make_documents.main(os.path.join(ROOT, "corpus"), options.documents, work))
    with open(os.path.join(work, "refused.tsv"), encoding="utf-8") as file:
        refused = sorted((int(line), doc_id, message) for line, doc_id, message in (row.rstrip("\n").split("\t") for row in file))
    aligned = os.path.join(work, "aligned")
    os.makedirs(aligned)
    timed("namesake align (reference)", lambda: subprocess.run(
        [binary, "align", os.path.join(work, "docs"), "--glossary", glossary, "--out", aligned], check=True))

    archive = os.path.join(work, "glossary.tar.gz")
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(glossary, arcname="glossary")
    # (spark-submit options, namesake_spark.py path options) per way of reaching the binary:
    ways = {
        # absolute paths on every worker: RDD.pipe
        "RDD.pipe": ([], ["--binary", binary, "--glossary", glossary]),
        # shipped with the job, as on a cluster: the binary as a file, the glossary as an archive
        "shipped": (["--files", binary, "--archives", archive + "#gl"],
                    ["--binary", os.path.basename(binary), "--glossary", "gl/glossary"]),
    }

    ok = True
    for label, (submit_options, paths) in ways.items():
        out = os.path.join(work, f"out-{label}")
        status = timed(f"spark, {label}", lambda: spark_submit(
            options.spark_submit, submit_options, paths + [os.path.join(work, "input"), out],
            os.path.join(work, f"spark-{label}.log")))
        ok &= status == 0 and check(label, out, aligned, refused)

    # --strict: namesake exits 65 after a refused line, which must fail the job. A small input of
    # its own: a line without text, then a Swedish article (quick to align).
    strict_input = os.path.join(work, "strict-input")
    os.makedirs(strict_input)
    swedish = next(name for name in sorted(os.listdir(os.path.join(work, "docs"))) if name.endswith("_004.txt"))
    with open(os.path.join(work, "docs", swedish), encoding="utf-8", newline="") as file:
        text = file.read()
    with open(os.path.join(strict_input, "part-0.jsonl"), "w", encoding="utf-8") as file:
        file.write('{"id":"no_text"}\n' + json.dumps({"id": swedish[:-4], "text": text}, ensure_ascii=False) + "\n")
    for label, (submit_options, paths) in ways.items():
        out = os.path.join(work, f"out-strict-{label}")
        log = os.path.join(work, f"spark-strict-{label}.log")
        status = timed(f"spark, {label}, --strict", lambda: spark_submit(
            options.spark_submit, submit_options, ["--strict"] + paths + [strict_input, out], log))
        with open(log, errors="replace") as file:
            text = file.read()
        # It must fail because namesake exited 65 (RDD.pipe's and pipe_shipped's wording), not otherwise.
        named = "exited with error code 65" in text or "exited with status 65" in text
        strict_ok = status != 0 and named and not os.path.exists(os.path.join(out, "records", "_SUCCESS"))
        print(f"test_spark: {label}, --strict: spark-submit exit status {status}, namesake's 65 in the log: {named}: "
              f"{'ok' if strict_ok else 'FAILED'}", flush=True)
        ok &= strict_ok

    if not ok:
        for log in sorted(glob.glob(os.path.join(work, "spark-*.log"))):
            print(f"--- {log} (last 40 lines)")
            with open(log, errors="replace") as file:
                print("".join(file.readlines()[-40:]))
        sys.exit(1)


if __name__ == "__main__":
    main()
