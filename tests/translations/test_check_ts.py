#!/usr/bin/env python3
"""tst_translations_checker: check_ts.py refuses each broken translation in
tests/data/translations/ by name, and reports a string the code has but the .ts file lacks.

    test_check_ts.py LUPDATE SOURCE_ROOT
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "check_ts.py")
DATA = os.path.join(HERE, "..", "data", "translations")
LUPDATE = SOURCES = None


def check(*args):
    return subprocess.run([sys.executable, CHECK, *args], capture_output=True, text=True)


class BrokenTranslations(unittest.TestCase):
    def refused(self, name, expected):
        run = check(os.path.join(DATA, name))
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        self.assertIn(expected, run.stderr)

    def test_unfinished(self):
        self.refused("unfinished.ts", "hearth::MainWindow | 'Caseload': unfinished")

    def test_empty(self):
        self.refused("empty-translation.ts", "'Caseload': empty translation")

    def test_placeholder_lost(self):
        self.refused("placeholder-lost.ts", "placeholders differ")

    def test_mnemonic_lost(self):
        self.refused("mnemonic-lost.ts", "needs exactly one keyboard mnemonic")

    def test_tag_lost(self):
        self.refused("tag-lost.ts", "HTML tags differ")

    def test_not_xml(self):
        self.refused("not-xml.ts", "cannot be read")


class MissingFromTheFile(unittest.TestCase):
    def test_a_string_in_the_code_missing_from_the_file_is_reported(self):
        shipped = os.path.join(SOURCES, "translations", "hearth_cy.ts")
        with tempfile.TemporaryDirectory() as scratch:
            trimmed = os.path.join(scratch, "hearth_cy.ts")
            tree = ET.parse(shipped)
            removed = None
            for context in tree.getroot().iter("context"):
                if context.findtext("name") == "hearth::MainWindow":
                    message = context.find("message")
                    removed = message.findtext("source")
                    context.remove(message)
                    break
            self.assertIsNotNone(removed)
            tree.write(trimmed, encoding="utf-8", xml_declaration=True)
            run = check("--lupdate", LUPDATE, "--sources", SOURCES, trimmed)
            self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
            self.assertIn(f"hearth::MainWindow | {removed!r}: unfinished", run.stderr)

    def test_the_shipped_file_is_complete(self):
        shipped = os.path.join(SOURCES, "translations", "hearth_cy.ts")
        run = check("--lupdate", LUPDATE, "--sources", SOURCES, shipped)
        self.assertEqual(run.returncode, 0, run.stderr[-3000:])


if __name__ == "__main__":
    LUPDATE, SOURCES = sys.argv[1], sys.argv[2]
    unittest.main(argv=[sys.argv[0], "-v"])
