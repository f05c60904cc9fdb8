#!/usr/bin/env python3
"""Fills unfinished zh_CN messages from a JSON file {"English source": "中文"}: python3 tools/translations/fill_zh.py new.json

Prints every unfinished source it has no translation for."""
import re, html, pathlib, sys, json
zh = json.load(open(sys.argv[1]))
p = pathlib.Path('translations/ssc_zh_CN.ts'); t = p.read_text()
def esc(s): return html.escape(s, quote=False).replace("'", "&apos;").replace('"', '&quot;')
missing = []
def repl(m):
    src = html.unescape(m.group('source'))
    if src in zh: return m.group('head') + '<translation>' + esc(zh[src]) + '</translation>'
    missing.append(src); return m.group(0)
t = re.sub(r'(?P<head><source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)<translation type="unfinished">[^<]*</translation>', repl, t)
p.write_text(t)
for m in missing: print("MISSING:", m)
