#!/usr/bin/python3
"""Run competency queries from queries/ through rdflib's SPARQLStore against a running deportation-deals-kg endpoint.

rdflib is a SPARQL client independent of Jena (and of Comunica): it asks for SPARQL XML results and parses them into
Python values, so a change in what the server sends (formats, datatypes, escaping) shows up as a failed check here.

Usage: /usr/bin/python3 rdflib_check.py ENDPOINT QUERIES_DIR
Exit status: 0 if every check holds, 1 on a wrong or missing answer, 2 on bad arguments or an unreachable endpoint.
Needs rdflib >= 6 (Debian: apt-get install -y python3-rdflib).
"""
import sys
from decimal import Decimal
from pathlib import Path

from rdflib import ConjunctiveGraph, Literal, XSD
from rdflib.plugins.stores.sparqlstore import SPARQLStore


def value(row, variable):
    term = row.get(variable)
    return None if term is None else str(term)


def datatype_problem(row, variable, datatype):
    term = row.get(variable)
    actual = term.datatype if isinstance(term, Literal) else None
    return [] if actual == datatype else [f"?{variable} has datatype {actual}, expected {datatype}"]


def check_payments(rows):
    rwanda = [r for r in rows if value(r, "payeeIso2") == "RW"]
    if not rwanda:
        return ["no payment to Rwanda (payeeIso2 RW)"]
    hits = [r for r in rwanda if value(r, "currency") == "USD" and Decimal(value(r, "amount")) == Decimal(100000)]
    if not hits:
        return ["no Rwanda payment of 100000 USD; got "
                + ", ".join(f"{value(r, 'amount')} {value(r, 'currency')}" for r in rwanda)]
    hit = hits[0]
    problems = datatype_problem(hit, "amount", XSD.decimal) + datatype_problem(hit, "sources", XSD.integer)
    if value(hit, "payer") != "United States":
        problems.append(f"Rwanda payment payer is {value(hit, 'payer')}, expected United States")
    return problems


def check_cables(rows):
    march12 = [r for r in rows if value(r, "date") == "2025-03-12"]
    if not march12:
        return ["no cable dated 2025-03-12; dates seen: " + ", ".join(sorted({str(value(r, 'date')) for r in rows}))]
    problems = datatype_problem(march12[0], "date", XSD.date)
    named = {value(r, "mentionedIso2") for r in march12}
    missing = [c for c in ["AO", "LY", "MA", "TN", "RW", "TG", "MR", "TJ", "TM"] if c not in named]
    if missing:
        problems.append(f"the 2025-03-12 cable does not name {' '.join(missing)}; it names {' '.join(sorted(named))}")
    return problems


def check_court_rulings(rows):
    supreme = [r for r in rows if "Supreme Court" in (value(r, "court") or "")]
    if not supreme:
        return ["no Supreme Court ruling; courts seen: " + ", ".join(sorted({str(value(r, 'court')) for r in rows}))]
    allowed = [r for r in supreme if value(r, "outcome") == "allowed"]
    if not allowed:
        return ['no Supreme Court ruling with outcome "allowed"; outcomes: '
                + ", ".join(sorted({str(value(r, 'outcome')) for r in supreme}))]
    problems = []
    if value(allowed[0], "date") != "2025-06-23":
        problems.append(f"the Supreme Court ruling is dated {value(allowed[0], 'date')}, expected 2025-06-23")
    if not any(value(r, "outcome") == "blocked" for r in rows):
        problems.append('no ruling with outcome "blocked" (the district court)')
    return problems


def check_countries_status(rows):
    status = {value(r, "iso2"): value(r, "status") for r in rows}
    problems = [f"{iso2} has status {status.get(iso2, '(no row)')}, expected {expected}"
                for iso2, expected in [("XK", "agreed"), ("RW", "agreed"), ("UZ", "declined"), ("UA", "considering")]
                if status.get(iso2) != expected]
    kosovo = [r for r in rows if value(r, "iso2") == "XK"]
    if kosovo and value(kosovo[0], "name") != "Kosovo":
        problems.append(f"XK is named {value(kosovo[0], 'name')}, expected Kosovo")
    if len(rows) < 50:
        problems.append(f"only {len(rows)} countries; the seed articles list more than 50")
    return problems


CHECKS = {
    "payments.rq": check_payments,
    "cables.rq": check_cables,
    "court-rulings.rq": check_court_rulings,
    "countries-status.rq": check_countries_status,
}


def main(argv):
    if len(argv) != 3:
        print("usage: rdflib_check.py ENDPOINT QUERIES_DIR", file=sys.stderr)
        return 2
    endpoint, queries_dir = argv[1], Path(argv[2])
    # A ConjunctiveGraph queries the union default graph: a plain Graph would send its own (blank node) identifier
    # as default-graph-uri and see nothing.
    graph = ConjunctiveGraph(store=SPARQLStore(query_endpoint=endpoint, method="POST"))
    failed = False
    for file, check in CHECKS.items():
        path = queries_dir / file
        try:
            result = graph.query(path.read_text(encoding="utf-8"))
            rows = [{str(v): row[v] for v in result.vars if row[v] is not None} for row in result]
        except Exception as error:  # any I/O or protocol error means the check could not run at all
            print(f"rdflib: {path} against {endpoint}: {type(error).__name__}: {error}", file=sys.stderr)
            return 2
        problems = check(rows)
        if problems:
            failed = True
            for problem in problems:
                print(f"rdflib: {file}: MISMATCH: {problem}", file=sys.stderr)
        else:
            print(f"rdflib: {file}: ok ({len(rows)} rows)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
