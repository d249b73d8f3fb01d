"""Independent reader of the Label Studio export: what its importer needs. The tasks file is a JSON list;
each task has data.text; annotations and predictions hold results whose from_name/to_name/type match
control tags of the labelling config (parsed as XML), whose labels exist there, whose value slices
data.text; predictions carry model_version and score; relations point at region ids.
usage: check_labelstudio.py OUT_DIR CORPUS_DIR"""
import glob
import json
import os
import sys
import xml.etree.ElementTree as ET

from common import finish, problem, read_article

TYPES = {"Labels": "labels", "TextArea": "textarea", "Choices": "choices"}


def main(out, corpus):
    config = ET.parse(os.path.join(out, "labeling-config.xml")).getroot()
    controls = {}
    for el in config.iter():
        if el.tag in TYPES:
            controls[el.get("name")] = (TYPES[el.tag], el.get("toName"), {c.get("value") for c in el if c.tag in ("Label", "Choice")})
    objects = {el.get("name") for el in config.iter("Text")}
    relation_labels = {el.get("value") for el in config.iter("Relation")}
    tasks = regions = predictions = 0
    spans_by_file = {}
    for path in sorted(glob.glob(os.path.join(out, "*.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if not isinstance(data, list):
            problem(f"{path}: not a JSON list of tasks")
            continue
        for task in data:
            tasks += 1
            text = task["data"]["text"]
            if text != read_article(corpus, task["data"]["file"]):
                problem(f"{path}: data.text is not {task['data']['file']} as decoded")
            groups = [("annotation", a) for a in task.get("annotations", [])] + [("prediction", p) for p in task.get("predictions", [])]
            for kind, group in groups:
                if kind == "prediction":
                    predictions += 1
                    if not isinstance(group.get("model_version"), str) or not isinstance(group.get("score"), (int, float)):
                        problem(f"{path}: prediction without model_version and score")
                ids = {r["id"] for r in group["result"] if "id" in r}
                for r in group["result"]:
                    if r["type"] == "relation":
                        if r["from_id"] not in ids or r["to_id"] not in ids or not set(r["labels"]) <= relation_labels:
                            problem(f"{path}: bad relation {r}")
                        continue
                    control = controls.get(r["from_name"])
                    if control is None or control[0] != r["type"] or control[1] != r["to_name"] or r["to_name"] not in objects:
                        problem(f"{path}: result {r['from_name']}/{r['type']} -> {r['to_name']} has no matching tag in the config")
                        continue
                    v = r["value"]
                    if text[v["start"]:v["end"]] != (v["text"] if r["type"] != "textarea" else text[v["start"]:v["end"]]):
                        problem(f"{path}: region {r['id']} text[{v['start']}:{v['end']}] != {v.get('text')!r}")
                    if r["type"] == "labels":
                        regions += 1
                        if not set(v["labels"]) <= control[2]:
                            problem(f"{path}: labels {v['labels']} not in the config")
                        spans_by_file.setdefault(task["data"]["file"], []).append([v["labels"][0], v["text"], kind])
                    if r["type"] == "choices" and not set(v["choices"]) <= control[2]:
                        problem(f"{path}: choices {v['choices']} not in the config")
    finish({"tasks": tasks, "regions": regions, "predictions": predictions, "spansByFile": spans_by_file})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
