#!/usr/bin/env python3
"""Fills the English plural forms in tokenbench_en.ts from the "(s)" convention of the sources.

Source strings are written "%n day(s)"; English needs "%n day" and "%n days". Run after
`cmake --build build --target update_translations`. Non-plural messages stay untranslated, so the
source text is used for them.
"""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("tokenbench_en.ts"))
text = path.read_text(encoding="utf-8")

def fill(match):
    block = match.group(0)
    source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
    singular = source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    translation = ("<translation>\n            <numerusform>%s</numerusform>\n"
                   "            <numerusform>%s</numerusform>\n        </translation>"
                   % (singular, plural))
    return re.sub(r"<translation[^>]*?(/>|>.*?</translation>)", translation, block, flags=re.S)

text = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
path.write_text(text, encoding="utf-8")
