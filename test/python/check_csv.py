"""Independent reader of the CSV export (Python's csv module, RFC 4180): one row per claim, the claim
text is the article's slice at start/end, every row has every column.
usage: check_csv.py OUT_DIR CORPUS_DIR"""
import csv
import os
import sys

from common import finish, problem, read_article

COLUMNS = ["split", "article_id", "claim_id", "claim_text", "kind", "speaker_id", "speaker_text", "speaker_name", "published", "start", "end", "origin", "accepted", "file"]


def main(out, corpus):
    rows = []
    with open(os.path.join(out, "claims.csv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f, strict=True)
        header = next(reader)
        if header != COLUMNS:
            problem(f"header {header}")
        for row in reader:
            if len(row) != len(COLUMNS):
                problem(f"row {row} has {len(row)} fields")
                continue
            r = dict(zip(header, row))
            text = read_article(corpus, r["file"])
            if text[int(r["start"]):int(r["end"])] != r["claim_text"]:
                problem(f"{r['file']} {r['claim_id']}: text[{r['start']}:{r['end']}] != {r['claim_text']!r}")
            rows.append([r["file"], r["claim_id"], r["claim_text"], r["kind"], r["speaker_name"], r["split"]])
    finish({"rows": rows})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
