// Runs competency queries from queries/ through Comunica (a SPARQL client independent of Jena) against a running
// deportation-deals-kg endpoint and checks concrete answers from the seed articles, so that a change in what the
// server sends (result formats, datatypes, content negotiation) shows up as a failure in a client we do not control.
//
// Usage: node check.mjs ENDPOINT QUERIES_DIR
//   e.g. node check.mjs http://localhost:3031/kg/sparql ../../../queries
// Exit status: 0 if every check holds, 1 on a wrong or missing answer, 2 on bad arguments or an unreachable endpoint.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QueryEngine } from '@comunica/query-sparql';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

const [endpoint, queriesDir] = process.argv.slice(2);
if (!endpoint || !queriesDir) {
  console.error('usage: node check.mjs ENDPOINT QUERIES_DIR');
  process.exit(2);
}

// Each check reads the rows of one query (objects from variable name to RDF/JS term) and returns what is wrong.
const checks = {
  'payments.rq': (rows) => {
    const rwanda = rows.filter((r) => value(r, 'payeeIso2') === 'RW');
    if (rwanda.length === 0) return ['no payment to Rwanda (payeeIso2 RW)'];
    const problems = [];
    const hit = rwanda.find((r) => Number(value(r, 'amount')) === 100000 && value(r, 'currency') === 'USD');
    if (!hit) {
      problems.push(`no Rwanda payment of 100000 USD; got ${rwanda.map((r) => `${value(r, 'amount')} ${value(r, 'currency')}`).join(', ')}`);
    } else {
      expectDatatype(problems, hit, 'amount', `${XSD}decimal`);
      expectDatatype(problems, hit, 'sources', `${XSD}integer`);
      if (value(hit, 'payer') !== 'United States') problems.push(`Rwanda payment payer is ${value(hit, 'payer')}, expected United States`);
    }
    return problems;
  },
  'cables.rq': (rows) => {
    const march12 = rows.filter((r) => value(r, 'date') === '2025-03-12');
    if (march12.length === 0) return [`no cable dated 2025-03-12; dates seen: ${unique(rows, 'date')}`];
    const problems = [];
    expectDatatype(problems, march12[0], 'date', `${XSD}date`);
    const named = new Set(march12.map((r) => value(r, 'mentionedIso2')));
    const missing = ['AO', 'LY', 'MA', 'TN', 'RW', 'TG', 'MR', 'TJ', 'TM'].filter((c) => !named.has(c));
    if (missing.length > 0) problems.push(`the 2025-03-12 cable does not name ${missing.join(' ')}; it names ${[...named].join(' ')}`);
    return problems;
  },
  'court-rulings.rq': (rows) => {
    const supreme = rows.filter((r) => /Supreme Court/.test(value(r, 'court') ?? ''));
    if (supreme.length === 0) return [`no Supreme Court ruling; courts seen: ${unique(rows, 'court')}`];
    const allowed = supreme.find((r) => value(r, 'outcome') === 'allowed');
    if (!allowed) return [`no Supreme Court ruling with outcome "allowed"; outcomes: ${unique(supreme, 'outcome')}`];
    const problems = [];
    if (value(allowed, 'date') !== '2025-06-23') problems.push(`the Supreme Court ruling is dated ${value(allowed, 'date')}, expected 2025-06-23`);
    if (!rows.some((r) => value(r, 'outcome') === 'blocked')) problems.push('no ruling with outcome "blocked" (the district court)');
    return problems;
  },
  'countries-status.rq': (rows) => {
    const status = new Map(rows.map((r) => [value(r, 'iso2'), value(r, 'status')]));
    const problems = [];
    for (const [iso2, expected] of [['XK', 'agreed'], ['RW', 'agreed'], ['UZ', 'declined'], ['UA', 'considering']]) {
      if (status.get(iso2) !== expected) problems.push(`${iso2} has status ${status.get(iso2) ?? '(no row)'}, expected ${expected}`);
    }
    const kosovo = rows.find((r) => value(r, 'iso2') === 'XK');
    if (kosovo && value(kosovo, 'name') !== 'Kosovo') problems.push(`XK is named ${value(kosovo, 'name')}, expected Kosovo`);
    if (rows.length < 50) problems.push(`only ${rows.length} countries; the seed articles list more than 50`);
    return problems;
  },
};

function value(row, variable) {
  return row[variable]?.value;
}

function unique(rows, variable) {
  return [...new Set(rows.map((r) => value(r, variable)))].join(', ') || '(none)';
}

function expectDatatype(problems, row, variable, datatype) {
  const actual = row[variable]?.datatype?.value;
  if (actual !== datatype) problems.push(`?${variable} has datatype ${actual}, expected ${datatype}`);
}

const engine = new QueryEngine();
const source = { type: 'sparql', value: endpoint };
let failed = false;
for (const [file, check] of Object.entries(checks)) {
  const path = join(queriesDir, file);
  let rows;
  try {
    const query = await readFile(path, 'utf8');
    const bindings = await (await engine.queryBindings(query, { sources: [source] })).toArray();
    rows = bindings.map((b) => Object.fromEntries([...b].map(([variable, term]) => [variable.value, term])));
  } catch (error) {
    console.error(`comunica: ${path} against ${endpoint}: ${error.message}`);
    process.exit(2);
  }
  const problems = check(rows);
  if (problems.length === 0) {
    console.log(`comunica: ${file}: ok (${rows.length} rows)`);
  } else {
    failed = true;
    for (const problem of problems) console.error(`comunica: ${file}: MISMATCH: ${problem}`);
  }
}
process.exit(failed ? 1 : 0);
