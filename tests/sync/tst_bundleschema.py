#!/usr/bin/env python3
"""Checks database/schema/bundle.schema.json against what BundlePayload::write() writes (left
by tst_bundlepayload), and that the schema refuses what Hearth's reader refuses."""
import argparse
import copy
import json
import pathlib
import sys

import jsonschema


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", required=True, type=pathlib.Path)
    parser.add_argument("--written", required=True, type=pathlib.Path)
    args = parser.parse_args()

    schema = json.loads(args.schema.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    written = sorted(args.written.glob("*.json"))
    if not written:
        print(f"nothing written in {args.written}: run tst_bundlepayload first")
        return 1
    failures = []
    for path in written:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload["documents"] and "content" in payload["documents"][0]:
            failures.append(f"{path.name}: a document carries its content in the JSON")
        for error in validator.iter_errors(payload):
            failures.append(f"{path.name}: {error.message}")

        def refused(name, change):
            broken = copy.deepcopy(payload)
            change(broken)
            if validator.is_valid(broken):
                failures.append(f"{path.name}: the schema accepts {name}")

        refused("an unknown kind", lambda p: p["records"][0].update(kind="invoice"))
        refused("a record without data", lambda p: p["records"][0].pop("data"))
        refused("sequence 0", lambda p: p["manifest"].update(sequence=0))
        refused("format version 2", lambda p: p.update(formatVersion=2))
        refused("a device id that is not a UUID", lambda p: p["manifest"].update(deviceId="laptop-7"))
        refused("an unknown member", lambda p: p.update(extra=True))
        refused("a record with neither data nor deleted",
                lambda p: p["records"][0].pop("data"))
        refused("a deleted record that still has data",
                lambda p: p["records"][0].update(deleted=True))
        refused("a record without its base version", lambda p: p["records"][0].pop("baseVersion"))
        refused("no documents list", lambda p: p.pop("documents"))
        if payload["documents"]:
            refused("an unknown document kind", lambda p: p["documents"][0].update(kind="letter"))
            refused("a document hash that is not SHA-256",
                    lambda p: p["documents"][0].update(sha256="abc"))
            refused("a document without its size", lambda p: p["documents"][0].pop("size"))
        else:
            failures.append(f"{path.name}: has no document to check the schema against")
    for failure in failures:
        print(failure)
    print(f"{len(written)} written payload(s) checked, {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
