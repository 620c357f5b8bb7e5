"""What the JSON Schema checks share (tst_bundleschema.py, tst_rasschema.py): load and check
a schema with Debian's python3-jsonschema, validate documents against it, and confirm that it
refuses what Hearth's own reader refuses."""
import copy
import json

import jsonschema


class SchemaCheck:
    def __init__(self, schema_path):
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        self.validator = jsonschema.Draft202012Validator(schema)
        self.failures = []

    def valid(self, name, document):
        """Every error of a document that must validate."""
        for error in self.validator.iter_errors(document):
            self.failures.append(f"{name}: {error.message}")

    def refused(self, name, document, what, change):
        """A copy of the document with `change` made to it must not validate."""
        broken = copy.deepcopy(document)
        change(broken)
        if self.validator.is_valid(broken):
            self.failures.append(f"{name}: the schema accepts {what}")

    def report(self, count, kind):
        for failure in self.failures:
            print(failure)
        print(f"{count} {kind} checked, {len(self.failures)} problem(s)")
        return 1 if self.failures else 0
