#!/usr/bin/env python3
"""Checks database/ras/*.json against database/schema/ras.schema.json, and that the schema
refuses what Hearth's RasTable::read refuses."""
import argparse
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from schemacheck import SchemaCheck  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", required=True, type=pathlib.Path)
    parser.add_argument("--tables", required=True, type=pathlib.Path)
    args = parser.parse_args()

    check = SchemaCheck(args.schema)
    tables = sorted(args.tables.glob("*.json"))
    if not tables:
        print(f"no tables in {args.tables}")
        return 1
    for path in tables:
        table = json.loads(path.read_text(encoding="utf-8"))
        check.valid(path.name, table)

        def refused(what, change):
            check.refused(path.name, table, what, change)

        refused("an unknown outcome", lambda t: t["outcomePoints"].update(flying=[1, 2, 3]))
        refused("a missing outcome", lambda t: t["outcomePoints"].pop("clothing"))
        refused("two levels", lambda t: t["outcomePoints"].update(nutrition=[1, 2]))
        refused("fractional pence", lambda t: t.update(pencePerPoint=12.5))
        refused("a percentage over 100", lambda t: t["moderation"].update(carerSupportPercent=150))
        refused("no name", lambda t: t.pop("name"))
        refused("a blank version", lambda t: t.update(version=" "))
        refused("format version 2", lambda t: t.update(formatVersion=2))
    return check.report(len(tables), "table(s)")


if __name__ == "__main__":
    sys.exit(main())
