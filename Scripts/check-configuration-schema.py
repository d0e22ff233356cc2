#!/usr/bin/env python3
"""Checks Docs/affected.schema.json against the examples that the Swift tests parse.

The schema must be a valid JSON Schema (draft 2020-12); every file in Fixtures/configuration/ and
every YAML example of Docs/configuration.md must validate, except those that start with
`# invalid`; and the schema must reject the files of MUST_FAIL. Needs PyYAML and jsonschema
(`pip install pyyaml jsonschema`).
"""
import json
import pathlib
import re
import sys

import jsonschema
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Files the schema must reject (cycles and paths out of the repository it cannot see).
MUST_FAIL = [
    "imagse: {}",
    "images: {backend: {tgas: [latest]}}",
    "ignore: {docs: '*.md'}",
    "ignore: ['#notes']",
    "images: {api: {tags: ['v-{tag}']}}",
    "images: {api: {tags: ['release/{sha}']}}",
    "images: {api: {platforms: [linux]}}",
    "images: {api: {name: Acme/API}}",
    "environments: {prod: {helm: [chart]}}",
    "projects: {a: {path: /abs}}",
    "version: 2",
]


def main() -> int:
    schema = json.loads((ROOT / "Docs/affected.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    examples = {str(path.relative_to(ROOT)): path.read_text()
                for path in sorted((ROOT / "Fixtures/configuration").glob("*.yml"))}
    page = (ROOT / "Docs/configuration.md").read_text()
    blocks = re.findall(r"^```yaml\n(.*?)^```$", page, flags=re.S | re.M)
    for number, block in enumerate(blocks, start=1):
        examples[f"Docs/configuration.md, YAML example {number}"] = block

    failures = 0
    for name, text in examples.items():
        if text.startswith("# invalid"):
            continue
        for error in validator.iter_errors(yaml.safe_load(text)):
            failures += 1
            print(f"{name}: {'/'.join(map(str, error.path))}: {error.message}")
    for text in MUST_FAIL:
        if validator.is_valid(yaml.safe_load(text)):
            failures += 1
            print(f"the schema accepts an invalid file:\n{text}")
    print(f"{len(examples)} examples checked, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
