#!/usr/bin/env node
// Every fact in the knowledge base must be traceable to a document and a place in it. This
// lists every entry with the `bronnen` it cites and the place in each, and fails when an entry
// cites no source or cites one without a place.
//
//   node tests/content/bronnen_places.js LEERNET_BINARY CONTENT_DIR [--self-test]
//
// No kind is exempt: even the entries of kind `bron` describe a document and cite the document
// itself (with the place "hele document"), so the rule holds for all of them. To exempt a kind
// later, add it to EXEMPT_KINDS with the reason beside it.
//
// leernet dumps every entry's front matter as JSON (`schema --dump-fields`), so this reads the
// fields exactly as the site generator does, without a YAML parser of its own.
//
// With --self-test it first copies CONTENT_DIR, breaks two entries (one loses its `bronnen`,
// one loses a `plaats`) and checks that the check reports exactly those two, so the check
// itself is known to fail when it should.
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const EXEMPT_KINDS = new Map([]);  // kind -> reason

function dumpEntries(leernet, contentDir, workDir) {
  fs.mkdirSync(workDir, { recursive: true });
  const fieldsFile = path.join(workDir, 'fields.json');
  execFileSync(leernet, ['schema', '--source', contentDir, '--json-schema', path.join(workDir, 'schemas'),
                         '--dump-fields', fieldsFile],
               { stdio: ['ignore', 'ignore', 'inherit'] });
  return JSON.parse(fs.readFileSync(fieldsFile, 'utf8')).entries;
}

// The problems of all entries, and the listing line of each entry.
function audit(entries) {
  const problems = [];
  const lines = [];
  for (const entry of entries.slice().sort((a, b) => a.path.localeCompare(b.path))) {
    if (EXEMPT_KINDS.has(entry.kind)) {
      lines.push(`${entry.path}: exempt (${EXEMPT_KINDS.get(entry.kind)})`);
      continue;
    }
    const bronnen = Array.isArray(entry.fields.bronnen) ? entry.fields.bronnen : [];
    if (bronnen.length === 0) {
      problems.push(`${entry.path}: no bronnen`);
      lines.push(`${entry.path}: -`);
      continue;
    }
    const cited = bronnen.map((item, i) => {
      const place = typeof item.plaats === 'string' ? item.plaats.trim() : '';
      if (place === '') problems.push(`${entry.path}: bronnen[${i}] (${item.bron}) has no plaats`);
      return `${item.bron} @ ${place || '?'}`;
    });
    lines.push(`${entry.path}: ${cited.join('; ')}`);
  }
  return { problems, lines };
}

// Copies the content, removes the bronnen of one entry and one plaats of another, and checks
// that exactly those two are reported.
function selfTest(leernet, contentDir, workDir) {
  const copy = path.join(workDir, 'broken');
  fs.cpSync(contentDir, copy, { recursive: true });
  const noSource = 'kernwaarden/urgentie.md';
  const noPlace = 'organisaties/nivel.md';
  const strip = (rel, pattern) => {
    const file = path.join(copy, rel);
    const text = fs.readFileSync(file, 'utf8');
    const broken = text.replace(pattern, '');
    if (broken === text) throw new Error(`self-test could not break ${rel}`);
    fs.writeFileSync(file, broken);
  };
  strip(noSource, /^bronnen:\n(?:  .*\n)+/m);
  strip(noPlace, /^    plaats: .*\n/m);
  const { problems } = audit(dumpEntries(leernet, copy, path.join(workDir, 'broken-out')));
  const expected = [`${noSource}: no bronnen`, `${noPlace}: bronnen[0]`];
  const ok = problems.length === 2 && expected.every((want) => problems.some((p) => p.startsWith(want)));
  if (!ok) {
    console.error('bronnen_places: self-test expected exactly ' + JSON.stringify(expected) + ', got ' +
                  JSON.stringify(problems));
  }
  return ok;
}

function main(argv) {
  const [leernet, contentDir, flag] = argv;
  if (!leernet || !contentDir) {
    console.error('usage: bronnen_places.js LEERNET_BINARY CONTENT_DIR [--self-test]');
    return 2;
  }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leernet-bronnen-'));
  try {
    if (flag === '--self-test' && !selfTest(leernet, contentDir, workDir)) return 1;
    const { problems, lines } = audit(dumpEntries(leernet, contentDir, path.join(workDir, 'out')));
    for (const line of lines) console.log(line);
    for (const problem of problems) console.error('bronnen_places: ' + problem);
    console.log(`${lines.length} entries, ${problems.length} without a source place`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
