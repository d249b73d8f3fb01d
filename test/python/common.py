"""Shared helpers of the independent export readers. Offsets are Python str indices = code points."""
import json
import os
import sys

problems = []


def problem(message):
    problems.append(message)


def read_article(corpus, rel):
    """The article as SPEC 3 defines it: UTF-8, a leading BOM excluded, line endings untouched."""
    with open(os.path.join(corpus, rel), encoding="utf-8-sig", newline="") as f:
        return f.read()


def read_text(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def finish(summary):
    """Prints the summary as JSON; exits 1 listing the problems when there are any."""
    for p in problems[:50]:
        print(p, file=sys.stderr)
    print(json.dumps(summary, ensure_ascii=False))
    sys.exit(1 if problems else 0)
