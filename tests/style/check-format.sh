#!/usr/bin/env bash
# Every C++ file the project tracks is formatted by .clang-format (STYLE.md).
set -euo pipefail
cd "$1"
format=${2:-clang-format}
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app tests -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -gt 0 ] || { echo "no C++ files found under $1" >&2; exit 1; }
if ! "$format" --dry-run --Werror "${files[@]}"; then
    echo "Run: clang-format -i \$(git ls-files '*.cpp' '*.h')" >&2
    exit 1
fi
echo "${#files[@]} files formatted"
