#!/usr/bin/env node
'use strict';
// Builds a whole site with leernet, rebuilds its search index with lunr.js from the documents
// leernet reports (--search-docs), and requires the two index.json files to be byte-identical.
//
//   node compare_site_index.js LEERNET CONTENT_DIR
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { buildIndex } = require('./lib/lunr_setup');

function main() {
  const [leernet, source] = process.argv.slice(2);
  if (!leernet || !source) {
    console.error('usage: compare_site_index.js LEERNET CONTENT_DIR');
    return 2;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leernet-site-index-'));
  const out = path.join(dir, 'site');
  const docsFile = path.join(dir, 'search-docs.json');
  const run = spawnSync(leernet, ['build', '-q', '--source', source, '--out', out, '--search-docs', docsFile],
                        { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stderr);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const docs = JSON.parse(fs.readFileSync(docsFile, 'utf8'));
  const ours = fs.readFileSync(path.join(out, 'search', 'index.json'), 'utf8');
  const theirs = JSON.stringify(buildIndex(docs));
  fs.rmSync(dir, { recursive: true, force: true });
  const same = ours === theirs;
  console.log(`${source}: ${docs.documents.length} documents, ${docs.fields.length} fields, language ${docs.language}, ` +
              `index ${ours.length} bytes: ${same ? 'identical to lunr.js' : 'DIFFERS from lunr.js'}`);
  if (!same) {
    let i = 0;
    while (i < ours.length && ours[i] === theirs[i]) i++;
    console.log(`first difference at byte ${i}:\n ours:   ${ours.slice(Math.max(0, i - 60), i + 60)}\n lunr: ${theirs.slice(Math.max(0, i - 60), i + 60)}`);
  }
  console.log(same ? '1 passed, 0 failed' : '0 passed, 1 failed');
  return same ? 0 : 1;
}

process.exit(main());
