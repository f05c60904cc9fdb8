#!/usr/bin/env python3
"""Fails when a translation says a word docs/glossary.md says not to say.

usage: check_glossary_terms.py GLOSSARY.md FILE.ts...

The terms are the quoted ones right after "not" or "never" in the last column of the glossary's tables
(`not "自助机", "self-service machine"`); a quoted example elsewhere in a row is not one. A term with
Chinese in it is found anywhere in a translation, a term in Latin letters only as whole words; in any case.
Every finished translation of every message is read, in every .ts file given; sources are not (they are the
English the developers write, and the English translation repeats them where it says the same).
"""
import html
import re
import sys

# "not" or "never", then one or more quoted terms joined by ",", "/" or "or".
RUN = re.compile(r'\b(?:not|never)\s+((?:"[^"]+"\s*(?:(?:,|/|\bor\b)\s*)?)+)', re.IGNORECASE)
QUOTED = re.compile(r'"([^"]+)"')


def glossary_terms(path):
    """[(term, the row's first column)] from every table row of the glossary."""
    terms = []
    for line in open(path, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 3 or set(cells[0]) <= set("-: "):
            continue
        for run in RUN.finditer(cells[-1]):
            # Markdown's escapes are not part of the words: 张\* is read 张*.
            terms += [(term.replace("\\", ""), cells[0]) for term in QUOTED.findall(run.group(1))]
    return terms


def messages(path):
    """[(context, source, translation)] of a .ts file, numerus forms joined."""
    text = open(path, encoding="utf-8").read()
    found = []
    for context in re.finditer(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", text, re.S):
        for m in re.finditer(r"<message[^>]*>\s*<source>([^<]*)</source>.*?<translation[^>]*?(?:/>|>(.*?)</translation>)",
                             context.group(2), re.S):
            translation = re.sub(r"</?numerusform>", " ", m.group(2) or "")
            found.append((context.group(1), html.unescape(m.group(1)), html.unescape(translation).strip()))
    return found


def pattern(term):
    """A term with Chinese in it anywhere ("电子社保卡App" and "电子社保卡APP" alike); Latin words whole."""
    if re.search(r"[^\x00-\x7f]", term):
        return re.compile(re.escape(term), re.IGNORECASE)
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(term) + r"(?![A-Za-z0-9])", re.IGNORECASE)


def main(glossary, ts_files):
    terms = glossary_terms(glossary)
    if not terms:
        print(f"{glossary}: no \"do not say\" terms found; is the table still there?")
        return 1
    patterns = [(term, row, pattern(term)) for term, row in terms]
    failures = 0
    for ts in ts_files:
        for context, source, translation in messages(ts):
            for term, row, said in patterns:
                if said.search(translation):
                    failures += 1
                    print(f'{ts}: "{term}" (docs/glossary.md, {row}) in [{context}] "{source}": {translation}')
    print(f"{len(terms)} terms not to say, {len(ts_files)} .ts files, {failures} found")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
