"""Independent reader of the CoNLL export: each token is the article's slice at START/END, tokens are in
order and everything between them is whitespace (so the tokens rebuild the text), IOB2 is well formed
per column and per sentence; prints the spans the tags describe.
usage: check_conll.py OUT_DIR CORPUS_DIR"""
import glob
import os
import sys

from common import finish, problem, read_article, read_text

COLUMNS = ["TOKEN", "START", "END", "SPEAKER", "DATE", "CLAIM", "EXTRA"]


def main(out, corpus):
    spans_by_file = {}
    docs = tokens = sentences = 0
    for path in sorted(glob.glob(os.path.join(out, "*.conll"))):
        content = read_text(path)
        if "IOB2" not in content.split("\n", 1)[0]:
            problem(f"{path}: the header does not say IOB2")
        docs_raw, current = [], None
        for line in content.split("\n"):
            if line.startswith("-DOCSTART-"):
                current = []
                docs_raw.append(current)
            elif current is not None:
                current.append(line)
        for lines in docs_raw:
            docs += 1
            meta = {l[2:].split(" = ")[0]: l[2:].split(" = ", 1)[1] for l in lines if l.startswith("# ")}
            text = read_article(corpus, meta["file"])
            rebuilt, pos = [], 0
            prev = ["O"] * 4
            open_spans = [None] * 4
            spans = []

            def close(col):
                if open_spans[col] is not None:
                    label, s, e = open_spans[col]
                    spans.append([label, text[s:e]])
                    open_spans[col] = None

            for line in lines:
                if line.startswith("# "):
                    continue
                if line == "":
                    sentences += 1
                    for c in range(4):
                        close(c)
                    prev = ["O"] * 4
                    continue
                cols = line.split("\t")
                if len(cols) != len(COLUMNS):
                    problem(f"{path}: {line!r} has {len(cols)} columns")
                    continue
                tok, s, e = cols[0], int(cols[1]), int(cols[2])
                tokens += 1
                if text[s:e] != tok:
                    problem(f"{meta['file']}: token {tok!r} is not text[{s}:{e}] = {text[s:e]!r}")
                gap = text[pos:s]
                if gap.strip() != "" or s < pos:
                    problem(f"{meta['file']}: non-space text {gap!r} between tokens at {pos}")
                rebuilt.append(gap)
                rebuilt.append(tok)
                pos = e
                for c, tag in enumerate(cols[3:]):
                    if tag.startswith("I-"):
                        if prev[c] == "O" or prev[c][2:] != tag[2:]:
                            problem(f"{meta['file']}: {tag} after {prev[c]} at {s} (not IOB2)")
                        else:
                            open_spans[c][2] = e
                    else:
                        close(c)
                        if tag.startswith("B-"):
                            open_spans[c] = [tag[2:], s, e]
                        elif tag != "O":
                            problem(f"{meta['file']}: bad tag {tag}")
                    prev[c] = tag
            for c in range(4):
                close(c)
            rebuilt.append(text[pos:])
            if text[pos:].strip() != "":
                problem(f"{meta['file']}: text after the last token is not whitespace")
            if "".join(rebuilt) != text:
                problem(f"{meta['file']}: tokens and gaps do not rebuild the text")
            spans_by_file[meta["file"]] = spans
    finish({"documents": docs, "tokens": tokens, "sentences": sentences, "spansByFile": spans_by_file})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
