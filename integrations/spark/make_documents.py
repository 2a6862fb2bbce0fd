"""Deterministic test documents from the sample articles, as files and as JSON Lines.

    python3 make_documents.py CORPUS_DIR COUNT OUT_DIR

Document i takes article i mod 5, shuffles its paragraphs with a generator seeded by i and gets the
id gen_NNNN_<article>. Some are written with CRLF line ends (every 7th) or a byte order mark
(every 11th), which namesake keeps in offsets, so the JSON route must keep them too. Writes
OUT_DIR/docs/<id>.txt (for namesake align) and the same texts as OUT_DIR/input/part-{0,1,2}.jsonl
(for namesake stream), with a few lines that must be refused in part-1.jsonl; OUT_DIR/refused.tsv
lists those (line number in its file, id or empty, start of the expected message).
"""

import json
import os
import random
import sys

# Lines namesake stream must answer with an error record, and the start of each message.
BAD_LINES = [
    ('{"id":"bad_cut","text":"no end', "bad_cut", "byte 30: invalid JSON"),
    ("not json at all", "", "byte 0: invalid JSON"),
    ('{"id":"bad_lang","lang":"fr","text":"Bonjour."}', "bad_lang", "\"lang\": unsupported language 'fr'"),
    ('{"id":"bad_notext"}', "bad_notext", 'missing "text"'),
]


def documents(corpus, count):
    names = sorted(name for name in os.listdir(corpus) if name.endswith(".txt"))
    articles = [(name[:-4], open(os.path.join(corpus, name), encoding="utf-8").read()) for name in names]
    for index in range(count):
        stem, text = articles[index % len(articles)]
        paragraphs = text.split("\n")
        random.Random(index).shuffle(paragraphs)
        newline = "\r\n" if index % 7 == 3 else "\n"
        body = newline.join(paragraphs)
        if index % 11 == 5:
            body = "\ufeff" + body
        yield f"gen_{index:04d}_{stem[:3]}", body


def main(corpus, count, out):
    os.makedirs(os.path.join(out, "docs"))
    os.makedirs(os.path.join(out, "input"))
    parts = [[], [], []]
    for index, (doc_id, text) in enumerate(documents(corpus, count)):
        with open(os.path.join(out, "docs", doc_id + ".txt"), "w", encoding="utf-8", newline="") as file:
            file.write(text)
        parts[index % 3].append(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False))
    # Refused lines between documents, so the stream must go on after each.
    refused = []
    for position, (line, doc_id, message) in enumerate(BAD_LINES):
        at = 1 + position * 3
        parts[1].insert(at, line)
    for number, line in enumerate(parts[1], start=1):
        for bad, doc_id, message in BAD_LINES:
            if line == bad:
                refused.append(f"{number}\t{doc_id}\t{message}")
    for number, lines in enumerate(parts):
        with open(os.path.join(out, "input", f"part-{number}.jsonl"), "w", encoding="utf-8") as file:
            file.write("\n".join(lines) + "\n")
    with open(os.path.join(out, "refused.tsv"), "w", encoding="utf-8") as file:
        file.write("\n".join(refused) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
