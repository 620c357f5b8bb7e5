#!/usr/bin/env python3
"""Checks database/ras/*.json against database/schema/ras.schema.json, and that the schema
refuses what Hearth's RasTable::read refuses."""
import argparse
import copy
import json
import pathlib
import sys

import jsonschema


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", required=True, type=pathlib.Path)
    parser.add_argument("--tables", required=True, type=pathlib.Path)
    args = parser.parse_args()

    schema = json.loads(args.schema.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    tables = sorted(args.tables.glob("*.json"))
    if not tables:
        print(f"no tables in {args.tables}")
        return 1
    failures = []
    for path in tables:
        table = json.loads(path.read_text(encoding="utf-8"))
        for error in validator.iter_errors(table):
            failures.append(f"{path.name}: {error.message}")

        def refused(name, change):
            broken = copy.deepcopy(table)
            change(broken)
            if validator.is_valid(broken):
                failures.append(f"{path.name}: the schema accepts {name}")

        refused("an unknown outcome", lambda t: t["outcomePoints"].update(flying=[1, 2, 3]))
        refused("a missing outcome", lambda t: t["outcomePoints"].pop("clothing"))
        refused("two levels", lambda t: t["outcomePoints"].update(nutrition=[1, 2]))
        refused("fractional pence", lambda t: t.update(pencePerPoint=12.5))
        refused("a percentage over 100", lambda t: t["moderation"].update(carerSupportPercent=150))
        refused("no name", lambda t: t.pop("name"))
        refused("a blank version", lambda t: t.update(version=" "))
        refused("format version 2", lambda t: t.update(formatVersion=2))
    for failure in failures:
        print(failure)
    print(f"{len(tables)} table(s) checked, {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
