#!/usr/bin/env python3
"""Sentence-boundary precision / recall / F1 for the Namesake SBD gold files.

  score.py GOLD.jsonl PRED.jsonl [GOLD2.jsonl PRED2.jsonl ...]  [--errors N]
  score.py --naive GOLD.jsonl > PRED.jsonl     # punctuation baseline predictions
  score.py --selftest

Gold lines:  {"doc", "text", "sentences", ["ends"], ...}
Pred lines:  {"doc": ..., "ends": [end offsets of predicted sentences]}
Offsets are Unicode code points into `text` (Python str indices; in Swift count
`text.unicodeScalars`), end-exclusive.  A boundary is the end offset of a
sentence that is not the last one.  Before comparing, every boundary is moved
forward over whitespace, so "end before the space" and "end after the space"
(or after the newline) are the same boundary.  Boundaries that land on the end
of the text (and at 0) are ignored: only internal boundaries count.

Scores are micro-averaged over all internal boundaries of all docs of a
language.  P = TP/(TP+FP) and R = TP/(TP+FN), each defined as 1.0 when its
denominator is 0; F1 = 2PR/(P+R).  `docs_ok` counts docs with no FP and no FN.
The language is the file-name prefix before the first dot (en.test.jsonl -> en).
Docs missing from the predictions count as "no boundaries predicted" (warning).
"""

import json
import os
import re
import sys
from collections import OrderedDict


def norm(text, b):
    while b < len(text) and text[b].isspace():
        b += 1
    return b


def gold_ends(rec):
    """End offsets of the gold sentences (recomputed and checked against "ends")."""
    text, pos, ends = rec["text"], 0, []
    for s in rec["sentences"]:
        while pos < len(text) and text[pos].isspace() and not text.startswith(s, pos):
            pos += 1
        if not s or not text.startswith(s, pos):
            raise ValueError(f"gold doc {rec['doc']!r}: sentence does not align with text at {pos}: {s[:40]!r}")
        pos += len(s)
        ends.append(pos)
    if text[pos:].strip():
        raise ValueError(f"gold doc {rec['doc']!r}: text has non-space material after the last sentence")
    if "ends" in rec and rec["ends"] != ends:
        raise ValueError(f"gold doc {rec['doc']!r}: stored 'ends' disagree with the sentences")
    return ends


def boundary_set(text, ends):
    out = set()
    for e in ends:
        if not isinstance(e, int) or e < 0 or e > len(text):
            raise ValueError(f"end offset {e!r} out of range 0..{len(text)}")
        b = norm(text, e)
        if 0 < b < len(text):
            out.add(b)
    return out


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_pair(gold_path, pred_path, errors=0, out=sys.stdout):
    gold = load_jsonl(gold_path)
    preds = {}
    for r in load_jsonl(pred_path):
        preds[r["doc"]] = r["ends"]
    gold_ids = {g["doc"] for g in gold}
    extra = set(preds) - gold_ids
    if extra:
        print(f"warning: {pred_path}: {len(extra)} predicted docs not in gold (ignored)", file=sys.stderr)
    tp = fp = fn = docs_ok = missing = 0
    shown = 0
    for g in gold:
        text = g["text"]
        G = boundary_set(text, gold_ends(g))
        if g["doc"] in preds:
            P = boundary_set(text, preds[g["doc"]])
        else:
            P, missing = set(), missing + 1
        tp += len(G & P)
        fp += len(P - G)
        fn += len(G - P)
        docs_ok += (P == G)
        if errors and shown < errors:
            for kind, bs in (("FP", P - G), ("FN", G - P)):
                for b in sorted(bs):
                    if shown >= errors:
                        break
                    ctx = (text[max(0, b - 40):b] + " ‖ " + text[b:b + 40]).replace("\n", "⏎")
                    print(f"  {kind} {g['doc']} @{b}: {ctx}", file=out)
                    shown += 1
    if missing:
        print(f"warning: {pred_path}: {missing} gold docs have no prediction (scored as no boundaries)",
              file=sys.stderr)
    return {"docs": len(gold), "docs_ok": docs_ok, "tp": tp, "fp": fp, "fn": fn}


def prf(c):
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(rows, out=sys.stdout):
    print(f"{'lang':6} {'docs':>5} {'docs_ok':>7} {'gold_b':>6} {'TP':>5} {'FP':>5} {'FN':>5} "
          f"{'P':>6} {'R':>6} {'F1':>6}", file=out)
    for lang, c in rows.items():
        p, r, f = prf(c)
        print(f"{lang:6} {c['docs']:5} {c['docs_ok']:7} {c['tp'] + c['fn']:6} {c['tp']:5} {c['fp']:5} "
              f"{c['fn']:5} {p:6.3f} {r:6.3f} {f:6.3f}", file=out)


NAIVE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|[。！？]+[」』）”’)]*|\n")


def naive_ends(text):
    ends = {len(text)}
    for m in NAIVE.finditer(text):
        ends.add(m.start() if m.group() == "\n" else m.end())
    return sorted(e for e in ends if e > 0)


def selftest():
    import contextlib
    import io
    import tempfile
    gold = [
        {"doc": "a", "text": "Hello there. How are you?\nFine.",
         "sentences": ["Hello there.", "How are you?", "Fine."]},
        {"doc": "b", "text": "これはペンです。それはマーカーです。", "sentences": ["これはペンです。", "それはマーカーです。"]},
        {"doc": "c", "text": "Mr. Smith left.", "sentences": ["Mr. Smith left."]},
    ]
    assert gold_ends(gold[0]) == [12, 25, 31]
    assert boundary_set(gold[0]["text"], [12, 25, 31]) == {13, 26}   # final boundary dropped
    assert boundary_set(gold[0]["text"], [13, 26]) == {13, 26}       # after-space == before-space

    def run(pred):
        with tempfile.TemporaryDirectory() as d:
            gp, pp = os.path.join(d, "xx.test.jsonl"), os.path.join(d, "pred.jsonl")
            for path, recs in ((gp, gold), (pp, pred)):
                with open(path, "w", encoding="utf-8") as f:
                    f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
            with contextlib.redirect_stderr(io.StringIO()):
                return score_pair(gp, pp)

    perfect = [{"doc": g["doc"], "ends": gold_ends(g)} for g in gold]
    c = run(perfect)
    assert (c["tp"], c["fp"], c["fn"], c["docs_ok"]) == (3, 0, 0, 3) and prf(c) == (1.0, 1.0, 1.0)
    # whitespace-shifted ends (after the space / after the newline) still match
    c = run([{"doc": "a", "ends": [13, 26, 31]}, {"doc": "b", "ends": [8, 18]}, {"doc": "c", "ends": [15]}])
    assert (c["tp"], c["fp"], c["fn"]) == (3, 0, 0)
    # a false split after "Mr." and a missed Japanese boundary
    c = run([{"doc": "a", "ends": [12, 25, 31]}, {"doc": "b", "ends": [18]}, {"doc": "c", "ends": [3, 15]}])
    assert (c["tp"], c["fp"], c["fn"], c["docs_ok"]) == (2, 1, 1, 1)
    p, r, f = prf(c)
    assert abs(p - 2 / 3) < 1e-9 and abs(r - 2 / 3) < 1e-9 and abs(f - 2 / 3) < 1e-9
    # a missing doc counts as no boundaries predicted
    c = run([{"doc": "a", "ends": [12, 25, 31]}, {"doc": "c", "ends": [15]}])
    assert (c["tp"], c["fp"], c["fn"]) == (2, 0, 1)
    # the naive baseline gets these three right
    c = run([{"doc": g["doc"], "ends": naive_ends(g["text"])} for g in gold])
    assert (c["tp"], c["fn"]) == (3, 0) and c["fp"] == 1   # it splits after "Mr."
    # misaligned gold is rejected
    try:
        gold_ends({"doc": "x", "text": "A b.", "sentences": ["A c."]})
        raise AssertionError("misaligned gold accepted")
    except ValueError:
        pass
    print("selftest: 7 passed, 0 failed")


def main(argv):
    errors = 0
    if "--errors" in argv:
        i = argv.index("--errors")
        errors = int(argv[i + 1])
        del argv[i:i + 2]
    if argv == ["--selftest"]:
        selftest()
        return 0
    if len(argv) == 2 and argv[0] == "--naive":
        for g in load_jsonl(argv[1]):
            print(json.dumps({"doc": g["doc"], "ends": naive_ends(g["text"])}, ensure_ascii=False))
        return 0
    if not argv or len(argv) % 2:
        print(__doc__, file=sys.stderr)
        return 2
    rows = OrderedDict()
    for gp, pp in zip(argv[0::2], argv[1::2]):
        lang = os.path.basename(gp).split(".")[0]
        if errors:
            print(f"== errors {gp} vs {pp}")
        c = score_pair(gp, pp, errors)
        agg = rows.setdefault(lang, {"docs": 0, "docs_ok": 0, "tp": 0, "fp": 0, "fn": 0})
        for k in agg:
            agg[k] += c[k]
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
