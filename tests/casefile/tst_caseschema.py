#!/usr/bin/env python3
"""Checks database/schema/case.schema.json against the case files (docs/case-file.md).

Every good sample and write()'s output of it (left by tst_casefile) must validate; the broken
files that the schema can express must fail it; the ones only Hearth itself can catch (check
digits, cross-references, duplicates by value) must pass it, so this list stays honest.
"""
import argparse
import json
import pathlib
import sys

import jsonschema

# Broken files the schema rejects, and the schema keyword that should say so.
SCHEMA_REJECTS = {
    "broken-not-an-object.json": "type",
    "invalid-format-version.json": "const",
    "invalid-format.json": "const",
    "invalid-outcome-code.json": "enum",
    "invalid-wrong-type.json": "type",
    "invalid-unknown-member.json": "additionalProperties",
    "invalid-missing-person-id.json": "required",
    "invalid-uuid.json": "pattern",
    "invalid-no-name.json": "anyOf",
    "invalid-review-outcome.json": "anyOf",
    "invalid-carer-takes-longer.json": "enum",
    "invalid-money-not-pence.json": "type",
    "invalid-datetime.json": "pattern",
    "invalid-date.json": "format",
}
# Valid JSON the schema cannot reject: Hearth's reader does.
ONLY_HEARTH_REJECTS = {
    "invalid-nhs-number.json",
    "invalid-duplicate-id.json",
    "invalid-duplicate-id-network.json",
    "invalid-plan-assessment-id.json",
    "invalid-network-person-id.json",
    "invalid-duplicate-wellbeing-area.json",
    "invalid-duplicate-outcome.json",
}
# Not JSON, or not UTF-8: nothing to validate.
NOT_JSON = {"broken-truncated.json", "broken-empty.json", "broken-invalid-utf8.json"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", required=True, type=pathlib.Path)
    parser.add_argument("--cases", required=True, type=pathlib.Path)
    parser.add_argument("--written", required=True, type=pathlib.Path)
    args = parser.parse_args()

    schema = json.loads(args.schema.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.FormatChecker())
    failures = []

    def where(error):
        return "/".join(str(part) for part in error.absolute_path) or "(top level)"

    def errors(document):
        return list(validator.iter_errors(document))

    def keywords(errs):
        found = set()
        for e in errs:
            found.add(e.validator)
            for sub in e.context or []:
                found.add(sub.validator)
        return found

    files = sorted(args.cases.glob("*.json"))
    good = [f for f in files if "broken" not in f.name and "invalid" not in f.name]
    broken = [f for f in files if f not in good]
    if len(good) < 6:
        failures.append(f"expected at least six sample cases, found {len(good)}")

    for f in good:
        for e in errors(json.loads(f.read_text(encoding="utf-8"))):
            failures.append(f"{f.name}: {where(e)}: {e.message}")
        written = args.written / f.name
        if not written.exists():
            failures.append(f"{written}: missing (tst_casefile writes it)")
            continue
        for e in errors(json.loads(written.read_text(encoding="utf-8"))):
            failures.append(f"written {f.name}: {where(e)}: {e.message}")

    for f in broken:
        if f.name in NOT_JSON:
            continue
        errs = errors(json.loads(f.read_text(encoding="utf-8")))
        if f.name in SCHEMA_REJECTS:
            if not errs:
                failures.append(f"{f.name}: the schema accepted it")
            elif SCHEMA_REJECTS[f.name] not in keywords(errs):
                failures.append(f"{f.name}: rejected, but not by '{SCHEMA_REJECTS[f.name]}': "
                                + "; ".join(e.message[:120] for e in errs))
        elif f.name in ONLY_HEARTH_REJECTS:
            if errs:
                failures.append(f"{f.name}: expected schema-valid (only Hearth rejects it): "
                                + errs[0].message[:200])
        else:
            failures.append(f"{f.name}: not listed in tst_caseschema.py")

    # The field limit, as the C++ test generates it: over kMaxTextChars fails maxLength.
    sample = json.loads(good[0].read_text(encoding="utf-8"))
    sample["person"]["preferredName"] = "a" * 1000001
    if "maxLength" not in keywords(errors(sample)):
        failures.append("a 1000001-character field passed the schema")
    sample["person"]["preferredName"] = "\U0001F3B5" * 1000000
    if errors(sample):
        failures.append("a field of 1000000 characters (code points) failed the schema")

    for line in failures:
        print("FAIL:", line)
    print(f"{len(good)} samples, {len(broken)} broken files, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
