#!/usr/bin/env python3
"""English is the source language: give every unfinished message of translations/ssc_en.ts its source text.

Finished messages are left alone: a few differ on purpose (the language button reads "中文" in English).

Run after `cmake --build --preset debug --target update_translations`; zh_CN is translated by hand.
"""
import pathlib
import re
import sys

path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "translations/ssc_en.ts")
text = path.read_text(encoding="utf-8")


def finish(match: re.Match) -> str:
    source = match.group("source")
    return f"{match.group('head')}<translation>{source}</translation>"


# Sources and comments are XML-escaped, so [^<]* never runs into the next message.
pattern = (r'(?P<head><source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)'
           r'(?:<translation/>|<translation>\s*</translation>|<translation type="unfinished">[^<]*</translation>)')
text = re.sub(pattern, finish, text)
path.write_text(text, encoding="utf-8")
