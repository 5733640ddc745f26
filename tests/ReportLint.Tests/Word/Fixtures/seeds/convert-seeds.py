#!/usr/bin/env python3
"""Regenerates the seed .docx fixtures: one Word paragraph per non-empty seed line.

Each line is handed to pandoc as a single literal string in its JSON AST rather than as Markdown,
because the Markdown reader would reinterpret the text (smart quotes, dashes, collapsed spaces,
list markers), and the parity tests need paragraph N of the .docx to be exactly line N of the .txt.
Usage: convert-seeds.py SEEDS_DIR OUTPUT_DIR
"""
import json
import pathlib
import subprocess
import sys

PANDOC_API_VERSION = [1, 22, 2, 1]  # pandoc 2.17 (Debian 12)


def paragraphs(text):
    # Trailing whitespace (NBSP included) is invisible in Word, so NBSP-only lines count as empty.
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def main(seeds_dir, output_dir):
    for seed in sorted(pathlib.Path(seeds_dir).glob("*.txt")):
        blocks = [{"t": "Para", "c": [{"t": "Str", "c": p}]} for p in paragraphs(seed.read_text("utf-8"))]
        document = {"pandoc-api-version": PANDOC_API_VERSION, "meta": {}, "blocks": blocks}
        target = pathlib.Path(output_dir) / (seed.stem + ".docx")
        subprocess.run(["pandoc", "-f", "json", "-t", "docx", "-o", str(target)],
                       input=json.dumps(document, ensure_ascii=False), text=True, check=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
