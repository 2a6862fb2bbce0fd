#!/usr/bin/env python3
"""Sentence-boundary quality of `namesake segment` on public gold data, beside baselines.

  python3 eval/segmentation/evaluate.py [--namesake PATH] [--work DIR] [--pysbd] [--errors SPLIT.LANG]

Builds the gold files on first use (build_gold.py: pinned PyPI sdists, sha256-checked; the data
is not committed because of its licences, see README.md here), then scores, per language and
split: a punctuation baseline, ICU alone (`namesake segment --icu-only`), Namesake, and with
--pysbd also pySBD (installed into a virtual environment under --work).
Tune on the dev split only; the test split is for measuring.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score  # noqa: E402

LANGS = ("en", "ja", "sv")
SPLITS = ("dev", "test")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def namesake_ends(binary, lang, records, work, icu_only):
    """Runs namesake once over one file per document; returns {doc: [ends]}."""
    folder = os.path.join(work, "docs", lang)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    ids = {}
    for index, record in enumerate(records):
        stem = f"{index:05d}"
        ids[stem] = record["doc"]
        with open(os.path.join(folder, stem + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(record["text"])
    command = [binary, "segment", folder, "--lang", lang] + (["--icu-only"] if icu_only else [])
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    ends = {doc: [] for doc in ids.values()}
    for line in output.splitlines():
        segment = json.loads(line)
        ends[ids[segment["doc"]]].append(segment["end"])
    return ends


def pysbd_ends(python, lang, records):
    script = (
        "import json,sys,pysbd\n"
        "seg=pysbd.Segmenter(language=sys.argv[1],clean=False,char_span=True)\n"
        "for line in sys.stdin:\n"
        " r=json.loads(line)\n"
        " print(json.dumps({'doc':r['doc'],'ends':[s.end for s in seg.segment(r['text'])]}))\n")
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    output = subprocess.run([python, "-c", script, lang], input=payload, check=True, capture_output=True,
                            text=True).stdout
    return {r["doc"]: r["ends"] for r in map(json.loads, output.splitlines())}


def write_predictions(path, ends):
    with open(path, "w", encoding="utf-8") as f:
        for doc, values in ends.items():
            f.write(json.dumps({"doc": doc, "ends": values}, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--namesake", default=".build/release/namesake")
    parser.add_argument("--work", default=".build-eval")
    parser.add_argument("--pysbd", action="store_true", help="also score pySBD 0.3.4 (en, ja)")
    parser.add_argument("--errors", default="", help="list errors of Namesake for SPLIT.LANG, e.g. dev.en")
    args = parser.parse_args()
    gold = os.path.join(args.work, "gold")
    if not os.path.exists(os.path.join(gold, "sv.test.jsonl")):
        subprocess.run([sys.executable, os.path.join(HERE, "build_gold.py"), "--pkgdir",
                        os.path.join(args.work, "pkgs"), "--out", gold], check=True, stdout=subprocess.DEVNULL)
    python = None
    if args.pysbd:
        venv = os.path.join(args.work, "venv")
        if not os.path.exists(venv):
            subprocess.run([sys.executable, "-m", "venv", venv], check=True)
            subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", "pysbd==0.3.4"], check=True)
        python = os.path.join(venv, "bin", "python")
    print("split | lang | system | boundaries | P | R | F1 | documents without error")
    print("---|---|---|---|---|---|---|---")
    for split in SPLITS:
        for lang in LANGS:
            gold_path = os.path.join(gold, f"{lang}.{split}.jsonl")
            records = load(gold_path)
            systems = [("punctuation baseline", {r["doc"]: score.naive_ends(r["text"]) for r in records}),
                       ("ICU 72 alone", namesake_ends(args.namesake, lang, records, args.work, True)),
                       ("Namesake", namesake_ends(args.namesake, lang, records, args.work, False))]
            if python and lang in ("en", "ja"):
                systems.insert(2, ("pySBD 0.3.4", pysbd_ends(python, lang, records)))
            for name, ends in systems:
                prediction = os.path.join(args.work, f"{lang}.{split}.pred.jsonl")
                write_predictions(prediction, ends)
                show = 400 if args.errors == f"{split}.{lang}" and name == "Namesake" else 0
                counts = score.score_pair(gold_path, prediction, show)
                tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
                p = tp / (tp + fp) if tp + fp else 1.0
                r = tp / (tp + fn) if tp + fn else 1.0
                f1 = 2 * p * r / (p + r) if p + r else 0.0
                print(f"{split} | {lang} | {name} | {tp + fn} | {p:.3f} | {r:.3f} | {f1:.3f} | "
                      f"{counts['docs_ok']}/{counts['docs']}")


if __name__ == "__main__":
    main()
