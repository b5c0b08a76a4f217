#!/usr/bin/env node
'use strict';
// Generates a search-docs corpus, has COMMAND build the index from it (the
// file path is appended to COMMAND) and compares the bytes with lunr.js.
//
//   node compare_index.js --lang nl|en [--docs N] [--seed S] [--refs mixed|path]
//                         [--keep DIR] -- COMMAND...
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { buildIndex } = require('./lib/lunr_setup');
const { parseArgs } = require('./lib/args');
const { generateCorpus } = require('./lib/corpus');

function main() {
  const { options, command } = parseArgs(process.argv.slice(2));
  if (!options.lang || command.length === 0) {
    console.error('usage: compare_index.js --lang nl|en [--docs N] [--seed S] -- COMMAND...');
    return 2;
  }
  const corpus = generateCorpus({
    lang: options.lang,
    docs: Number(options.docs || 300),
    seed: Number(options.seed || 1),
    refs: options.refs || 'mixed',
  });
  const dir = options.keep || fs.mkdtempSync(path.join(os.tmpdir(), 'lunr-index-'));
  fs.mkdirSync(dir, { recursive: true });
  const docsFile = path.join(dir, `docs-${options.lang}.json`);
  fs.writeFileSync(docsFile, JSON.stringify(corpus));

  const t0 = process.hrtime.bigint();
  const expected = Buffer.from(JSON.stringify(buildIndex(corpus)), 'utf8');
  const t1 = process.hrtime.bigint();
  const run = spawnSync(command[0], command.slice(1).concat([docsFile]), { maxBuffer: 1 << 30 });
  const t2 = process.hrtime.bigint();
  if (options.keep) fs.writeFileSync(path.join(dir, `lunr-${options.lang}.json`), expected);
  else fs.rmSync(dir, { recursive: true, force: true });
  if (run.error || run.status !== 0) {
    console.error('command failed:', run.error || `exit ${run.status}`, String(run.stderr || ''));
    console.log('0 passed, 1 failed');
    return 1;
  }
  const actual = run.stdout;
  const parsed = JSON.parse(expected.toString('utf8'));
  console.log(`index ${options.lang}: ${corpus.documents.length} documents, ` +
              `${parsed.invertedIndex.length} terms, ${parsed.fieldVectors.length} field vectors`);
  console.log(`lunr.js ${expected.length} bytes in ${(Number(t1 - t0) / 1e6).toFixed(0)} ms; ` +
              `command ${actual.length} bytes in ${(Number(t2 - t1) / 1e6).toFixed(0)} ms`);
  const same = expected.equals(actual);
  if (!same) {
    let i = 0;
    while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
    const from = Math.max(0, i - 120);
    console.log(`first difference at byte ${i}`);
    console.log(`  lunr.js: ...${expected.subarray(from, i + 80).toString('utf8')}`);
    console.log(`  command: ...${actual.subarray(from, i + 80).toString('utf8')}`);
  }
  console.log(`byte-identical: ${same}`);
  console.log(same ? '1 passed, 0 failed' : '0 passed, 1 failed');
  return same ? 0 : 1;
}

process.exitCode = main();
