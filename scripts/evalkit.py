"""What the measuring scripts share: the held-aside split, running the tool, and planted recall.

Imported by scripts/vietnamese-eval, scripts/rl2001-eval and scripts/precision-report (they add
this folder to sys.path). The held-aside split is the ODD-numbered articles of ../shared/corpus:
scripts/build-lexicon never reads them and nothing was tuned on them.
"""
import glob
import json
import os
import random
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
DEFAULT_DLL = os.path.join(ROOT, "src", "ReportLint", "bin", "Release", "net10.0", "ReportLint.dll")


def held_aside(corpus):
    return [p for p in sorted(glob.glob(os.path.join(corpus, "*.md")))
            if os.path.basename(p)[:-3].isdigit() and int(os.path.basename(p)[:-3]) % 2 == 1]


def build(no_build):
    if not no_build:
        subprocess.check_call(["dotnet", "build", os.path.join(ROOT, "src", "ReportLint"), "--configuration", "Release",
                               "--nologo", "-v", "quiet"], stdout=subprocess.DEVNULL)


def run_check(dll, files, report, rules=None):
    """Every finding of the tool on the files (of the given rules only, when named), by absolute path."""
    # Exit code 1 only means findings were reported.
    code = subprocess.call(["dotnet", dll, "check", *files, "--format", "json", "--output", report])
    if code not in (0, 1):
        sys.exit(f"reportlint check exited with {code}")
    findings = {}
    for entry in json.load(open(report, encoding="utf-8"))["files"]:
        findings[os.path.abspath(entry["path"])] = [d for d in entry["diagnostics"] if rules is None or d["id"] in rules]
    return findings


def read(path):
    return unicodedata.normalize("NFC", open(path, encoding="utf-8").read())


def load_judgements(path):
    """Judgements of findings, one a line: rule, file, offset, the words, right or wrong, why."""
    judged = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            rule, name, offset, words, verdict, why = line.rstrip("\n").split("\t")
            judged[rule, name, int(offset), words] = (verdict, why)
    return judged


def judged_precision(files, findings, rules, judgements, title):
    """Lists every finding with its context and judgement and prints, per rule, how many were judged right.
    A finding nobody has judged yet is marked "unjudged", to be read and added to the judgements."""
    judged = load_judgements(judgements)
    counts = {rule: [0, 0, 0] for rule in rules}
    print(title)
    for path in files:
        text = open(path, encoding="utf-8").read()
        for d in findings.get(os.path.abspath(path), []):
            start, end = d["offset"], d["offset"] + d["length"]
            words = " ".join(text[start:end].split())
            verdict, why = judged.get((d["id"], os.path.basename(path), start, words), ("unjudged", ""))
            counts.setdefault(d["id"], [0, 0, 0])[("right", "wrong", "unjudged").index(verdict)] += 1
            context = (text[max(0, start - 60):start] + "[" + text[start:end] + "]" + text[end:end + 40]).replace("\n", "⏎")
            print(f"{d['id']} {os.path.basename(path)}:{start} {verdict:8} …{context}…" + (f"\n    {why}" if why else ""))
    print(f"\n{'rule':8} {'findings':>9} {'right':>6} {'precision':>10}")
    for rule, (right, wrong, unjudged) in sorted(counts.items()):
        judged_count = right + wrong
        share = f"{100 * right / judged_count:.1f} %" if judged_count else "-"
        print(f"{rule:8} {right + wrong + unjudged:9} {right:6} {share:>10}" + (f"  ({unjudged} not judged yet)" if unjudged else ""))
    return counts


def planted_recall(dll, files, work, title, planter, rules, kinds, seed, show_missed, suffix=".md"):
    """Plants typos into copies of the files and prints, per kind, how many a finding of one of
    the rules overlaps. planter(text, rng) gives the new text and its plants, (offset, length, kind);
    the copies are written with the suffix given (.txt to read them as plain text)."""
    rng = random.Random(seed)
    folder = os.path.join(work, title.split()[0].lower())
    os.makedirs(folder, exist_ok=True)
    planted_files, plants = [], {}
    for path in files:
        text, found = planter(read(path), rng)
        copy = os.path.join(folder, os.path.basename(path)[:-3] + suffix)
        with open(copy, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        planted_files.append(copy)
        plants[os.path.abspath(copy)] = (text, found)
    findings = run_check(dll, planted_files, os.path.join(folder, "planted.json"), rules)
    totals = {kind: [0, 0] for kind in kinds}
    missed = []
    for path, (text, found) in plants.items():
        spans = [(d["offset"], d["offset"] + d["length"]) for d in findings.get(path, [])]
        for start, length, kind in found:
            totals.setdefault(kind, [0, 0])[0] += 1
            if any(s < start + max(length, 1) and start < e for s, e in spans):
                totals[kind][1] += 1
            else:
                missed.append((kind, os.path.basename(path), text[max(0, start - 40):start + length + 30].replace("\n", "⏎")))
    print(f"\n== {title} (seed {seed}, {len(files)} held-aside articles)")
    width = max(len(k) for k in totals) + 2
    print(f"{'kind':{width}} {'planted':>8} {'found':>6} {'recall':>8}")
    for kind, (planted, hit) in totals.items():
        print(f"{kind:{width}} {planted:8} {hit:6} {100 * hit / max(planted, 1):7.1f} %")
    planted = sum(t[0] for t in totals.values())
    hit = sum(t[1] for t in totals.values())
    print(f"{'all':{width}} {planted:8} {hit:6} {100 * hit / max(planted, 1):7.1f} %")
    if show_missed:
        for kind, name, context in missed:
            print(f"missed ({kind}) {name}: …{context}…")
