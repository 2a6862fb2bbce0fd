#!/usr/bin/env python3
"""Writes the fuzz targets' seed inputs into OUTDIR/<target>/, derived from the repository's
samples so that they follow the formats as they are today: corpus articles cut into pieces, small
self-contained slices of the built-in glossary in the project format, as CSV and as TBX (written
the way Namesake's own exporters write them), the test fixtures, and glossary forms paired with
the article text they occur in. Seeds longer than a target's limit are left out.
Usage: Fuzz/seeds.py OUTDIR [TARGET=MAX_BYTES ...]"""

import csv
import hashlib
import io
import pathlib
import sys
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests/NamesakeTests/Fixtures"
GLOSSARY_FILES = ["entities.tsv", "names.tsv", "tenures.tsv", "relations.tsv"]
TEXT_PIECE_BYTES = 1500
ENTITIES_PER_SLICE = 3
# Per target, the -max_len scripts/fuzz gives libFuzzer, which would cut a longer seed short.
limits = {}


def write(directory, data):
    """Stores one seed under its content hash, as libFuzzer names corpus files."""
    data = data if isinstance(data, bytes) else data.encode("utf-8")
    if len(data) > limits.get(directory.name, len(data)):
        return
    directory.mkdir(parents=True, exist_ok=True)
    (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


def text_pieces(data, limit=TEXT_PIECE_BYTES):
    """`data` cut at line ends into pieces of at most `limit` bytes (a longer line is cut)."""
    pieces, current = [], b""
    for line in data.splitlines(keepends=True):
        while len(line) > limit:
            pieces.append(line[:limit])
            line = line[limit:]
        if len(current) + len(line) > limit:
            pieces.append(current)
            current = b""
        current += line
    if current:
        pieces.append(current)
    return pieces


def read_tsv(path):
    """(header line, rows as field lists) of a glossary file; missing files are empty."""
    if not path.exists():
        return "", []
    lines = path.read_text(encoding="utf-8").split("\n")
    header = next((line for line in lines if line.startswith("#")), "")
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return header, rows


def glossary_slices(directory):
    """Small glossaries: a few entities with their names, tenures and relations, plus the
    entities those refer to (with their names), so that most slices validate."""
    tables = {name: read_tsv(directory / name) for name in GLOSSARY_FILES}
    entities = {row[0]: row for row in tables["entities.tsv"][1]}
    names, tenures, relations = tables["names.tsv"][1], tables["tenures.tsv"][1], tables["relations.tsv"][1]
    ids = sorted(entities)
    for start in range(0, len(ids), ENTITIES_PER_SLICE):
        chosen = ids[start:start + ENTITIES_PER_SLICE]
        own_tenures = [row for row in tenures if row[0] in chosen]
        own_relations = [row for row in relations if row[0] in chosen]
        referenced = {row[1] for row in own_tenures} | {row[2] for row in own_tenures if len(row) > 2 and row[2]}
        referenced |= {row[2] for row in own_relations if len(row) > 2}
        included = [i for i in ids if i in chosen or i in referenced]
        yield {
            "entities.tsv": [entities[i] for i in included],
            "names.tsv": [row for row in names if row[0] in included],
            "tenures.tsv": own_tenures,
            "relations.tsv": own_relations,
        }, {name: header for name, (header, _) in tables.items()}


def as_tsv(glossary, headers):
    """The fuzz-tsv-glossary input: the four files separated by form feeds."""
    files = []
    for name in GLOSSARY_FILES:
        lines = ([headers[name]] if headers[name] else []) + ["\t".join(row) for row in glossary[name]]
        files.append("\n".join(lines) + "\n")
    return "\f".join(files)


def as_csv(glossary):
    """As CSVGlossaryFormat.render writes it: a declaration row per entity, a row per name."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", "kind", "canonical", "lang", "variant", "status", "ambiguous", "source", "note"])
    for entity in glossary["entities.tsv"]:
        if len(entity) != 5:
            continue
        id_, kind, canonical, sources, note = entity
        writer.writerow([id_, kind, canonical, "", "", "", "", sources, note])
        for name in glossary["names.tsv"]:
            if len(name) == 6 and name[0] == id_:
                writer.writerow([id_, kind, canonical, name[1], name[2], name[3], name[4], name[5], ""])
    return out.getvalue()


TBX_STATUS = {"preferred": "preferredTerm-admn-sts", "": "admittedTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
              "deprecated": "deprecatedTerm-admn-sts", "forbidden": "supersededTerm-admn-sts"}


def key_values(pairs):
    return "; ".join(f"{key}={value if key == 'source' else value.replace(';', ',')}" for key, value in pairs)


def as_tbx(glossary):
    """As TBXGlossaryFormat.render writes it: a conceptEntry per entity, tenures and relations
    as key=value notes."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
           "  <tbxHeader><fileDesc><sourceDesc><p>fuzz seed</p></sourceDesc></fileDesc></tbxHeader>",
           "  <text>", "    <body>"]
    for entity in glossary["entities.tsv"]:
        if len(entity) != 5:
            continue
        id_, kind, canonical, sources, note = entity
        out.append(f'      <conceptEntry id="{escape(id_.replace("/", "."), {chr(34): "&quot;"})}">')
        out.append(f'        <descrip type="subjectField">{escape(kind)}</descrip>')
        if note:
            out.append(f"        <note>{escape(note)}</note>")
        for row in glossary["tenures.tsv"]:
            if len(row) == 7 and row[0] == id_:
                pairs = zip(["office", "of", "from", "to", "seen_in", "source"], row[1:])
                out.append(f"        <note>tenure: {escape(key_values(pairs))}</note>")
        for row in glossary["relations.tsv"]:
            if len(row) == 5 and row[0] == id_:
                pairs = zip(["relation", "object", "date", "source"], row[1:])
                out.append(f"        <note>relation: {escape(key_values(pairs))}</note>")
        terms = {}
        for name in glossary["names.tsv"]:
            if len(name) == 6 and name[0] == id_:
                terms.setdefault(name[1], []).append(name)
        terms.setdefault("en", []).insert(0, [id_, "en", canonical, "preferred", "", sources])
        for language in ["en", "ja", "sv", "vi"]:
            if language not in terms:
                continue
            out.append(f'        <langSec xml:lang="{language}">')
            for index, (_, _, form, status, ambiguous, source) in enumerate(terms[language]):
                out.append(f"          <termSec>\n            <term>{escape(form)}</term>")
                out.append(f'            <termNote type="administrativeStatus">{TBX_STATUS.get(status, status)}</termNote>')
                if ambiguous == "yes":
                    out.append('            <termNote type="usageNote">ambiguous</termNote>')
                if language == "en" and index == 0:
                    out.append('            <admin type="customerSubset">canonical</admin>')
                out.append(f'            <admin type="source">{escape(source)}</admin>\n          </termSec>')
            out.append("        </langSec>")
        out.append("      </conceptEntry>")
    out += ["    </body>", "  </text>", "</tbx>", ""]
    return "\n".join(out)


def main():
    if len(sys.argv) < 2 or not all("=" in arg for arg in sys.argv[2:]):
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    for arg in sys.argv[2:]:
        target, limit = arg.split("=", 1)
        limits[target] = int(limit)
    articles = sorted((ROOT / "corpus").glob("*.txt")) + sorted((FIXTURES / "induction/corpus").glob("*.txt"))
    pieces = [piece for path in articles for piece in text_pieces(path.read_bytes())]

    for piece in pieces:
        write(out / "segmenter", piece)
    for path in sorted(FIXTURES.glob("*.txt")):
        write(out / "segmenter", path.read_bytes()[:TEXT_PIECE_BYTES])

    directories = [ROOT / "glossary", FIXTURES / "induction/glossary"] + sorted(p for p in (FIXTURES / "glossaries").iterdir() if p.is_dir())
    for directory in directories:
        whole = {name: read_tsv(directory / name) for name in GLOSSARY_FILES}
        if directory != ROOT / "glossary":  # the fixtures are small enough to use whole
            write(out / "tsv-glossary", as_tsv({n: rows for n, (_, rows) in whole.items()}, {n: h for n, (h, _) in whole.items()}))
        for glossary, headers in glossary_slices(directory):
            write(out / "tsv-glossary", as_tsv(glossary, headers))
            write(out / "csv-glossary", as_csv(glossary))
            write(out / "tbx-glossary", as_tbx(glossary))

    # Forms that occur in a piece of text, then the text: the matcher finds something.
    _, names = read_tsv(ROOT / "glossary/names.tsv")
    _, entities = read_tsv(ROOT / "glossary/entities.tsv")
    forms = sorted({row[2] for row in names if len(row) > 2} | {row[2] for row in entities if len(row) > 2})
    for piece in pieces:
        text = piece.decode("utf-8", errors="replace")
        present = [form for form in forms if "{" not in form and form in text][:40]
        write(out / "matcher", "\n".join(present) + "\n\n" + text if present else text)


if __name__ == "__main__":
    main()
