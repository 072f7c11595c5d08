#!/usr/bin/env python3
"""Writes oas-responses.json: the facts of Zendesk's OpenAPI document that the simulator's tests use.

The full document is Zendesk's own OpenAPI file for the Support API, the one behind the "Download
OpenAPI file" link of its API reference (https://developer.zendesk.com/zendesk/oas.yaml). The tests
need only the success responses of each operation, the component schemas and what those refer to,
so this keeps those, without descriptions and examples, and the repository builds and tests with nothing beside it.

Run it when a newer document is at hand:
    python3 tests/ZendeskSimulator.Tests/Support/Oas/extract.py path/to/oas.yaml
Scalars are read as the tests always read them: only unquoted true, false, null and integers are
not text (the document has a bare "=" that a YAML 1.1 loader would refuse).
"""
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "oas-responses.json")
DROPPED = {"description", "summary", "example", "examples", "externalDocs"}
INTEGER = re.compile(r"^[-+]?[0-9]+$")


def convert(node):
    if isinstance(node, yaml.MappingNode):
        return {convert(k): convert(v) for k, v in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [convert(v) for v in node.value]
    text = node.value
    if node.style is not None:
        return text
    if text == "true":
        return True
    if text == "false":
        return False
    if text in ("null", "~"):
        return None
    if INTEGER.match(text):
        return int(text)
    return text


def strip(node, parent_key=None):
    """Leaves out prose and examples, but not a property that happens to be named so."""
    if isinstance(node, dict):
        return {k: strip(v, k) for k, v in node.items() if parent_key == "properties" or k not in DROPPED}
    if isinstance(node, list):
        return [strip(v, parent_key) for v in node]
    return node


def references(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                references(value, found)
    elif isinstance(node, list):
        for value in node:
            references(value, found)


def resolve(root, reference):
    node = root
    for part in reference[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def main():
    if len(sys.argv) != 2 or not os.path.exists(sys.argv[1]):
        sys.exit("usage: extract.py PATH_TO_ZENDESK_OAS_YAML")
    source = sys.argv[1]
    with open(source, encoding="utf-8") as f:
        root = convert(yaml.compose(f, Loader=yaml.BaseLoader))

    paths = {}
    for path, item in root["paths"].items():
        kept = {}
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = {status: response for status, response in operation["responses"].items() if str(status).startswith("2")}
            if responses:
                kept[method] = {"responses": strip(responses)}
        if kept:
            paths[path] = kept

    # Every component schema is kept (tests check single records against them), and whatever else
    # the kept parts refer to.
    subset = {"paths": paths, "components": {"schemas": strip(root["components"]["schemas"])}}
    pending = set()
    references(subset, pending)
    done = set()
    while pending:
        reference = pending.pop()
        if reference in done or not reference.startswith("#/"):
            continue
        done.add(reference)
        target = strip(resolve(root, reference))
        node = subset
        parts = [p.replace("~1", "/").replace("~0", "~") for p in reference[2:].split("/")]
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = target
        references(target, pending)

    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(subset, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {OUT}: {len(paths)} paths, {len(done)} components")


if __name__ == "__main__":
    main()
