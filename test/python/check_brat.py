"""Independent reader of the brat export: every T line's text equals the slice of the .txt it sits
next to (fragments never cross a line break), the .txt is the article as decoded, R/A/# lines point at
T ids, annotation.conf declares every type used and every attribute (name, the type it is on, its value).
usage: check_brat.py OUT_DIR CORPUS_DIR"""
import glob
import os
import sys

from common import finish, problem, read_article, read_text


def conf_sections(path):
    """The entity types, and the attributes as name -> (types it may be on, values or None for a flag)."""
    entities, attributes, section = set(), {}, None
    for line in read_text(path).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line
        elif section == "[entities]":
            entities.add(line.split()[0])
        elif section == "[attributes]":
            name, spec = line.split("\t", 1)
            args = dict(part.strip().split(":", 1) for part in spec.split(","))
            attributes[name] = (set(args["Arg"].split("|")), set(args["Value"].split("|")) if "Value" in args else None)
    return entities, attributes


def main(out, corpus, corpus_files):
    spans_by_file = {}
    anns = sorted(glob.glob(os.path.join(out, "**", "*.ann"), recursive=True))
    entities, attributes = conf_sections(os.path.join(out, "annotation.conf"))
    attribute_lines = 0
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
        t_ids = {}
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
                typ, *rest = fields[1].split(" ", 1)
                t_ids[fields[0]] = typ
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
                attribute_lines += 1
                name, target, *value = fields[1].split(" ")
                declared = attributes.get(name)
                if target not in t_ids:
                    problem(f"{ann}: {line!r} points at a missing T")
                elif declared is None or t_ids[target] not in declared[0]:
                    problem(f"{ann}: attribute {name} on {t_ids[target]} is not declared in annotation.conf")
                elif (declared[1] is None) != (not value) or (value and value[0] not in declared[1]):
                    problem(f"{ann}: {line!r} has a value annotation.conf does not allow")
            elif kind == "#":
                if fields[1].split(" ")[1] not in t_ids:
                    problem(f"{ann}: {line!r} points at a missing T")
            else:
                problem(f"{ann}: unexpected line {line!r}")
    finish({"ann": len(anns), "T": t_count, "R": r_count, "A": attribute_lines, "spansByFile": spans_by_file})


if __name__ == "__main__":
    # corpus files passed as base=relative/path pairs
    main(sys.argv[1], sys.argv[2], dict(a.split("=", 1) for a in sys.argv[3:]))
