"""Independent reader of the JSONL export: spans slice the text, every record has the same keys and
types (what Hugging Face datasets needs to infer one schema), relations point at spans.
usage: check_jsonl.py OUT_DIR CORPUS_DIR"""
import glob
import json
import os
import sys

from common import finish, problem, read_article


def shape(value):
    """A type signature: dict keys with their shapes, list item shape, scalar type (None = null)."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return ["list"]
    if value is None:
        return None
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"  # pyarrow promotes int64 to double within a column
    return type(value).__name__


def merge(a, b, where):
    """Checks that two shapes agree; null is compatible with a scalar type."""
    if a is None or b is None:
        if isinstance(a, dict) or isinstance(b, dict):
            problem(f"{where}: object in one record, null in another")
        return
    if isinstance(a, dict) and isinstance(b, dict):
        if set(a) != set(b):
            problem(f"{where}: keys differ: {sorted(set(a) ^ set(b))}")
        for k in set(a) & set(b):
            merge(a[k], b[k], f"{where}.{k}")
    elif a != b:
        problem(f"{where}: type {a} in one record, {b} in another")


def main(out, corpus):
    files = sorted(glob.glob(os.path.join(out, "*.jsonl")))
    records = spans = relations = 0
    record_shape = span_shape = None
    texts = {}
    splits = {}
    for path in files:
        name = os.path.basename(path)[: -len(".jsonl")]
        with open(path, encoding="utf-8", newline="") as f:
            for n, line in enumerate(f, 1):
                rec = json.loads(line)
                records += 1
                where = f"{name}.jsonl:{n}"
                s = shape({k: v for k, v in rec.items() if k != "spans"})
                if record_shape is None:
                    record_shape = s
                merge(record_shape, s, where)
                if rec["text"] != read_article(corpus, rec["file"]):
                    problem(f"{where}: text is not the article {rec['file']} as decoded")
                if "split" in rec:
                    splits[rec["split"]] = splits.get(rec["split"], 0) + 1
                    if rec["split"] != name:
                        problem(f"{where}: split {rec['split']} written to {name}.jsonl")
                if not isinstance(rec["meta"], dict) or set(rec["meta"]) != {"title", "published"}:
                    problem(f"{where}: meta must always have title and published")
                ids = set()
                for sp in rec["spans"]:
                    spans += 1
                    ss = shape(sp)
                    ss["attrs"] = "object" if isinstance(sp["attrs"], dict) else ss["attrs"]
                    if span_shape is None:
                        span_shape = ss
                    merge(span_shape, ss, f"{where} span {sp['id']}")
                    if not all(isinstance(v, str) for v in sp["attrs"].values()):
                        problem(f"{where} span {sp['id']}: attrs values must be strings")
                    if rec["text"][sp["start"]:sp["end"]] != sp["text"]:
                        problem(f"{where} span {sp['id']}: text[{sp['start']}:{sp['end']}] = {rec['text'][sp['start']:sp['end']]!r}, not {sp['text']!r}")
                    ids.add(sp["id"])
                    texts.setdefault(rec["file"], []).append([sp["label"], sp["text"]])
                for r in rec["relations"]:
                    relations += 1
                    if r["type"] != "attributed_to" or r["from"] not in ids or r["to"] not in ids:
                        problem(f"{where}: bad relation {r}")
    finish({"files": [os.path.basename(f) for f in files], "records": records, "spans": spans, "relations": relations, "splits": splits, "spansByFile": texts})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
