#!/usr/bin/env python3
"""Fills translations into a Qt .ts file from tab-separated files of `context<TAB>source<TAB>translation`
lines (context may be `*` for any). Used by developers after `cmake --build ... --target update_translations`;
entries it fills are marked finished. Prints what is still unfinished."""
import sys
import xml.etree.ElementTree as ET


def main(ts_path, tsv_paths):
    table = {}
    for tsv_path in tsv_paths:
        with open(tsv_path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                context, source, translation = line.split("\t")
                table[(context, source.replace("\\n", "\n"))] = translation.replace("\\n", "\n")
    tree = ET.parse(ts_path)
    unfinished = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            key = (name, source) if (name, source) in table else ("*", source)
            if key in table and message.get("numerus") != "yes":
                translation.text = table[key]
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished":
                unfinished += 1
                print(f"unfinished: {name}: {source!r}")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'))
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
