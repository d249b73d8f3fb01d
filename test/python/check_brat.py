"""Independent reader of the brat export: every T line's text equals the slice of the .txt it sits
next to (fragments never cross a line break), the .txt is the article as decoded, R/A/# lines point at
T ids, annotation.conf declares every type used.
usage: check_brat.py OUT_DIR CORPUS_DIR"""
import glob
import os
import sys

from common import finish, problem, read_article, read_text


def conf_entities(path):
    entities, section = set(), None
    for line in read_text(path).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line
        elif section == "[entities]":
            entities.add(line.split()[0])
    return entities


def main(out, corpus, corpus_files):
    spans_by_file = {}
    anns = sorted(glob.glob(os.path.join(out, "**", "*.ann"), recursive=True))
    entities = conf_entities(os.path.join(out, "annotation.conf"))
    t_count = r_count = 0
    for ann in anns:
        txt_path = ann[:-4] + ".txt"
        text = read_text(txt_path)
        base = os.path.basename(ann)[:-4]
        source = corpus_files.get(base)
        if source is not None and text != read_article(corpus, source):
            problem(f"{txt_path}: not the article {source} as decoded")
        if text.startswith("\ufeff"):
            problem(f"{txt_path}: starts with a BOM")
        t_ids = set()
        # brat reads .ann with splitlines(): check the file the same way
        raw = read_text(ann)
        lines = raw.splitlines()
        if len(lines) != len(raw.split("\n")) - 1 and raw:
            problem(f"{ann}: a field holds a character Python treats as a line break")
        for line in lines:
            if not line:
                continue
            fields = line.split("\t")
            kind = fields[0][0]
            if kind == "T":
                t_count += 1
                t_ids.add(fields[0])
                typ, *rest = fields[1].split(" ", 1)
                if typ not in entities:
                    problem(f"{ann}: type {typ} not in annotation.conf")
                pieces = []
                for frag in rest[0].split(";"):
                    s, e = (int(x) for x in frag.split())
                    piece = text[s:e]
                    if any(ch in piece for ch in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"):
                        problem(f"{ann}: fragment {s} {e} crosses a line break or tab")
                    pieces.append(piece)
                if " ".join(pieces) != fields[2]:
                    problem(f"{ann} {fields[0]}: slice {' '.join(pieces)!r} != {fields[2]!r}")
                spans_by_file.setdefault(base, []).append([typ, fields[2]])
            elif kind == "R":
                r_count += 1
                _, a1, a2 = fields[1].split(" ")
                if a1[5:] not in t_ids or a2[5:] not in t_ids:
                    problem(f"{ann}: {line!r} points at a missing T")
            elif kind == "A":
                if fields[1].split(" ")[1] not in t_ids:
                    problem(f"{ann}: {line!r} points at a missing T")
            elif kind == "#":
                if fields[1].split(" ")[1] not in t_ids:
                    problem(f"{ann}: {line!r} points at a missing T")
            else:
                problem(f"{ann}: unexpected line {line!r}")
    finish({"ann": len(anns), "T": t_count, "R": r_count, "spansByFile": spans_by_file})


if __name__ == "__main__":
    # corpus files passed as base=relative/path pairs
    main(sys.argv[1], sys.argv[2], dict(a.split("=", 1) for a in sys.argv[3:]))
