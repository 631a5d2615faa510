#!/usr/bin/env python3
"""Check an XMCDA file written by Arvio with tools Arvio did not write.

1. libxml2 (through lxml) validates it against the XMCDA 3.1.1 schema that the PyPI package `xmcda` ships
   (xmcda/xsd/XMCDA-3.1.1.xsd);
2. the `xmcda` package reads it, and what it reads must agree with Arvio's own CSV of the same report: the same
   alternatives, every method's scores and ranks, weights summing to 1, a preference direction per criterion, and a
   performance for every alternative on every criterion.

Needs `pip install xmcda` (which brings lxml). Exit status 0 when everything agrees, 1 otherwise.
Usage: python3 Tests/interop/check_xmcda.py report/report.xmcda.xml report/ranking.csv
"""

import csv
import math
import sys
from pathlib import Path

import xmcda
import xmcda.schemas
from lxml import etree
from xmcda.XMCDA import XMCDA


def main(xml_path, ranking_csv):
    problems = []
    schema_file = Path(xmcda.__file__).parent / "xsd" / "XMCDA-3.1.1.xsd"
    schema = etree.XMLSchema(etree.parse(str(schema_file)))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    document = etree.parse(xml_path, parser)
    if not schema.validate(document):
        for error in schema.error_log:
            problems.append(f"{xml_path}:{error.line}: schema: {error.message}")
        for problem in problems:
            print(f"check_xmcda: {problem}")
        print("0 passed, 1 failed")
        return 1

    # The package reads XMCDA 4 unless told otherwise (and then silently finds no values in a 3.x file).
    xmcda.set_version(xmcda.schemas.XMCDA_3_1_1)
    data = XMCDA().load(xml_path)
    alternatives = [a.id for a in data.alternatives]
    criteria = [c.id for c in data.criteria]
    table = data.performance_tables[0]
    for a in alternatives:
        for c in criteria:
            value = table[a][c]
            if not isinstance(value, (int, float)) or not math.isfinite(value):
                problems.append(f"performance of {a} on {c} is {value!r}, not a finite number")

    weights = data.criteria_values_list[0]
    total = sum(v.values[0].v for v in weights)
    if abs(total - 1) > 1e-9:
        problems.append(f"weights sum to {total}, not 1")
    directions = {s.criterion.id: s.scales[0].preference_direction for s in data.criteria_scales_list[0]}
    if sorted(directions) != sorted(criteria):
        problems.append("not every criterion has a preference direction")

    values = {v.id: {row.alternative.id: row.values[0].v for row in v} for v in data.alternatives_values_list}
    with open(ranking_csv, newline="", encoding="utf8") as handle:
        rows = list(csv.DictReader(handle))
    if sorted(r["alternative"] for r in rows) != sorted(alternatives):
        problems.append(f"alternatives differ: XMCDA {sorted(alternatives)}, CSV {sorted(r['alternative'] for r in rows)}")
    methods = sorted({key.rsplit("_", 1)[0] for key in rows[0] if key.endswith("_rank") and not key.startswith("consensus")})
    for method in methods:
        for row in rows:
            a = row["alternative"]
            score = values.get(f"{method}.scores", {}).get(a)
            rank = values.get(f"{method}.ranks", {}).get(a)
            if score is None or abs(score - float(row[f"{method}_score"])) > 5e-6 * max(1, abs(score)):
                problems.append(f"{method} score of {a}: XMCDA {score}, CSV {row[f'{method}_score']}")
            if rank != int(row[f"{method}_rank"]):
                problems.append(f"{method} rank of {a}: XMCDA {rank}, CSV {row[f'{method}_rank']}")

    for problem in problems:
        print(f"check_xmcda: {problem}")
    print(f"{xml_path}: {len(alternatives)} alternatives × {len(criteria)} criteria, {len(methods)} methods; "
          f"valid against the XMCDA 3.1.1 schema")
    print(f"{0 if problems else 1} passed, {1 if problems else 0} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
