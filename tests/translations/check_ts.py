#!/usr/bin/env python3
"""Checks a Qt Linguist .ts translation is complete and safe to ship.

    check_ts.py [--lupdate LUPDATE --sources ROOT] FILE.ts

Fails (exit 1, one line per problem naming the context and the source text) when:
- a message has no translation, or lupdate's "unfinished" mark is still on it;
- the translation loses or invents a placeholder (%1, %L2, %n) or an HTML tag;
- the source has a keyboard mnemonic (&File) and the translation has none, or more than one;
- the source ends with a colon or an ellipsis and the translation does not.
With --sources, lupdate first runs over ROOT/app and ROOT/forms into a scratch copy of the
file, so a user-visible string in the code that the .ts file lacks is reported too.
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter

PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def mnemonics(text):
    """The keyboard mnemonics in a label: '&' before a character, '&&' being a literal '&'."""
    text = ENTITY.sub("", text)
    found = []
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            if not text[i + 1].isspace():
                found.append(text[i + 1])
            i += 2
            continue
        i += 1
    return found


def looks_like_label(source):
    # A '&' before a letter in running text ("Siân & Tom") has a space after it; a mnemonic
    # does not. HTML-bearing text carries entities, not mnemonics.
    return "<" not in source and bool(mnemonics(source))


def problems(ts_path):
    tree = ET.parse(ts_path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name} | {source!r}"
            if translation is None:
                yield f"{where}: no translation element"
                continue
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                texts = forms
            else:
                texts = [translation.text or ""]
            if kind == "unfinished":
                yield f"{where}: unfinished"
                continue
            if not all(t.strip() for t in texts):
                yield f"{where}: empty translation"
                continue
            for text in texts:
                if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
                    yield f"{where}: placeholders differ in {text!r}"
                if Counter(t.lower() for t in TAG.findall(source)) != Counter(
                    t.lower() for t in TAG.findall(text)
                ):
                    yield f"{where}: HTML tags differ in {text!r}"
                if looks_like_label(source) and len(mnemonics(text)) != 1:
                    yield f"{where}: needs exactly one keyboard mnemonic (&) in {text!r}"
                for ending in (":", "…", "..."):
                    if source.rstrip().endswith(ending) and not text.rstrip().endswith(ending):
                        yield f"{where}: should end with {ending!r} like the source: {text!r}"
                        break


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts")
    parser.add_argument("--lupdate")
    parser.add_argument("--sources")
    args = parser.parse_args()

    path = args.ts
    with tempfile.TemporaryDirectory() as scratch:
        if args.sources:
            path = f"{scratch}/check.ts"
            shutil.copyfile(args.ts, path)
            run = subprocess.run(
                [args.lupdate, "-recursive", "app", "forms", "-locations", "none",
                 "-no-obsolete", "-silent", "-ts", path],
                cwd=args.sources, capture_output=True, text=True)
            if run.returncode != 0:
                print(f"lupdate failed: {run.stderr.strip()}", file=sys.stderr)
                return 1
        try:
            found = list(problems(path))
        except (ET.ParseError, OSError) as error:
            print(f"{args.ts}: cannot be read: {error}", file=sys.stderr)
            return 1
    for problem in found:
        print(problem, file=sys.stderr)
    if found:
        print(f"{args.ts}: {len(found)} problem(s)", file=sys.stderr)
        return 1
    print(f"{args.ts}: complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
