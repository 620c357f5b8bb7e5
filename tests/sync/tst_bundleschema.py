#!/usr/bin/env python3
"""Checks database/schema/bundle.schema.json against what BundlePayload::write() writes (left
by tst_bundlepayload), and that the schema refuses what Hearth's reader refuses."""
import argparse
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from schemacheck import SchemaCheck  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", required=True, type=pathlib.Path)
    parser.add_argument("--written", required=True, type=pathlib.Path)
    args = parser.parse_args()

    check = SchemaCheck(args.schema)
    written = sorted(args.written.glob("*.json"))
    if not written:
        print(f"nothing written in {args.written}: run tst_bundlepayload first")
        return 1
    for path in written:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload["documents"] and "content" in payload["documents"][0]:
            check.failures.append(f"{path.name}: a document carries its content in the JSON")
        check.valid(path.name, payload)

        def refused(what, change):
            check.refused(path.name, payload, what, change)

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
            check.failures.append(f"{path.name}: has no document to check the schema against")
    return check.report(len(written), "written payload(s)")


if __name__ == "__main__":
    sys.exit(main())
