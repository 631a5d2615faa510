"""Customer feedback as every format publishes it, checked by a reader Arvio did not write: for every operating model
and every breakdown (and the overview), in JSON and CSV, no group shown has fewer than 5 responses, no recommendation
index rests on fewer than 5 answers, no statement's distribution on fewer than 5; a suppressed group carries no
number at all; and across a breakdown, the hidden groups never add up to 1-4 responses (the total minus the shown
groups would reveal them). Then the same CSV and JSON must agree.

Usage: python3 Tests/interop/check_feedback.py .build/debug/arvio   (in the project folder, on its default database)
"""

import csv
import io
import json
import pathlib
import subprocess
import sys

MINIMUM = 5


def run(arvio, *arguments):
    return subprocess.run([arvio, "feedback", *arguments], check=True, capture_output=True, text=True).stdout


def check_document(name, document, problems):
    groups = [document["total"]] + document["groups"]
    for group in groups:
        label = f"{name} {group['group'] or 'all'}"
        if group["suppressed"]:
            if group.get("responses") is not None or group.get("nps") is not None or any(
                    s.get("counts") is not None for s in group["statements"]):
                problems.append(f"{label}: suppressed but carries numbers")
            continue
        if group["responses"] < MINIMUM and group["responses"] != 0:
            problems.append(f"{label}: {group['responses']} responses shown")
        nps = group.get("nps")
        if nps and nps["promoters"] + nps["passives"] + nps["detractors"] < MINIMUM:
            problems.append(f"{label}: an NPS on fewer than {MINIMUM} answers")
        for statement in group["statements"]:
            counts = statement.get("counts")
            if counts is not None and sum(counts.values()) < MINIMUM:
                problems.append(f"{label} {statement['id']}: a distribution of fewer than {MINIMUM} answers")
    total = document["total"]
    if not total["suppressed"]:
        shown = sum(g["responses"] for g in document["groups"] if not g["suppressed"])
        hidden = total["responses"] - shown
        if 0 < hidden < MINIMUM:
            problems.append(f"{name}: the hidden groups add up to {hidden}, which the total reveals")


def main():
    arvio = sys.argv[1]
    models = sorted(p.stem for p in pathlib.Path("toolkit").glob("*.md") if p.name != "README.md")
    problems = []
    views = [("overview", [])] + [(f"{m} by {by}", ["--model", m, "--by", by]) for m in models for by in ("month", "unit", "channel")]
    shown_groups = 0
    for name, arguments in views:
        document = json.loads(run(arvio, *arguments, "--format", "json"))
        check_document(name, document, problems)
        shown_groups += sum(1 for g in document["groups"] if not g["suppressed"] and g["responses"])
        rows = list(csv.DictReader(io.StringIO(run(arvio, *arguments, "--format", "csv"))))
        for row, group in zip(rows, [document["total"]] + document["groups"]):
            if (row["suppressed"] == "true") != group["suppressed"] or (row["responses"] or None) != (
                    str(group["responses"]) if group.get("responses") is not None else None):
                problems.append(f"{name} {row['group']}: CSV and JSON disagree")
    print(f"feedback: {len(views)} views checked, {shown_groups} groups shown")
    if shown_groups == 0:
        problems.append("no group was shown at all: the check would pass on nothing")
    for problem in problems:
        print(f"  {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
