#!/usr/bin/env python3
"""Cuts the conformance subsets in this folder from Unicode's full test files.

Usage: cut-subset.py DIR   (DIR holds BidiCharacterTest.txt and BidiTest.txt, e.g. Debian's
unicode-data package's /usr/share/unicode). The cut is deterministic:
- BidiCharacterTest: every test of the sections before "Permutations of sequences containing
  paired brackets" (the UAX #9 examples, the Unicode 8.0 and 14.0 cases, the miscellaneous ones),
  and every 25th test of that last section;
- BidiTest: every 150th data line, each under the @Levels and @Reorder lines in force for it.
The files' own header comments are kept, with a line saying what was cut.
"""
import sys
from pathlib import Path

CHARACTER_STEP = 25
CLASS_STEP = 150

def cut_character_test(text):
    out, in_permutations, n = [], False, 0
    for i, line in enumerate(text.splitlines()):
        if i == 1:
            out.append(f"# Subset cut by Publisher (cut-subset.py): every test before the permutations"
                       f" section, then every {CHARACTER_STEP}th test.")
        if line.startswith("# Permutations of sequences containing paired brackets"):
            in_permutations = True
            out.append(line)
            continue
        if not line or line.startswith("#"):
            if not in_permutations:
                out.append(line)
            continue
        if in_permutations:
            n += 1
            if (n - 1) % CHARACTER_STEP != 0:
                continue
        out.append(line)
    return "\n".join(out) + "\n"

def cut_class_test(text):
    out, levels, reorder, emitted, n, header = [], None, None, (None, None), 0, True
    for i, line in enumerate(text.splitlines()):
        if i == 1:
            out.append(f"# Subset cut by Publisher (cut-subset.py): every {CLASS_STEP}th data line.")
        if line.startswith("@Levels:"):
            header, levels = False, line
            continue
        if line.startswith("@Reorder:"):
            reorder = line
            continue
        if header:
            out.append(line)
            continue
        if not line or line.startswith("#") or line.startswith("@"):
            continue
        n += 1
        if (n - 1) % CLASS_STEP != 0:
            continue
        if emitted != (levels, reorder):
            out += ["", levels, reorder]
            emitted = (levels, reorder)
        out.append(line)
    return "\n".join(out) + "\n"

source = Path(sys.argv[1])
here = Path(__file__).parent
(here / "BidiCharacterTest-subset.txt").write_text(
    cut_character_test((source / "BidiCharacterTest.txt").read_text(encoding="utf-8")), encoding="utf-8")
(here / "BidiTest-subset.txt").write_text(
    cut_class_test((source / "BidiTest.txt").read_text(encoding="utf-8")), encoding="utf-8")
