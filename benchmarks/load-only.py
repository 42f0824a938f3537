#!/usr/bin/env python3
"""Load every response file of a pool with PyYAML's C loader and do nothing else.

The yardstick of issue 17: `zelfscan export` reads, checks, scores, pseudonymises, writes and
audits the same files, and should still take at most half the time this loop takes merely to
parse them. Prints the number of files and mappings loaded, so the work cannot be skipped.

usage: load-only.py POOL
"""
import os
import sys

import yaml


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    files = 0
    keys = 0
    for folder, subfolders, names in os.walk(sys.argv[1]):
        subfolders.sort()
        if os.sep + "responses" not in folder + os.sep:
            continue
        for name in sorted(names):
            if not name.endswith(".yaml") or name.startswith("."):
                continue
            with open(os.path.join(folder, name), "rb") as handle:
                data = yaml.load(handle, Loader=yaml.CSafeLoader)
            files += 1
            keys += len(data.get("answers") or {})
    print(f"loaded {files} files, {keys} answers")


if __name__ == "__main__":
    main()
