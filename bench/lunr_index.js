#!/usr/bin/env node
'use strict';
// Builds the lunr.js 2.3.9 index from the documents `leernet build --search-docs FILE` wrote,
// the way lunr.js itself would, and times it (build + JSON.stringify; reading the file is not
// timed; wall and CPU time of this process). Writes the last index to OUT and prints JSON {times_ms:[...], bytes}.
//   node bench/lunr_index.js DOCS.json OUT.json [RUNS]
const fs = require('fs');
const { timeLunr } = require('./search/lunr_timing');

const [docsFile, outFile, runsArg] = process.argv.slice(2);
if (!docsFile || !outFile) {
  console.error('usage: lunr_index.js DOCS.json OUT.json [RUNS]');
  process.exit(2);
}
const docs = JSON.parse(fs.readFileSync(docsFile, 'utf8'));
const runs = Number(runsArg || 3);
const { times, cpu, json } = timeLunr(docs, runs);
fs.writeFileSync(outFile, json);
console.log(JSON.stringify({ times_ms: times, cpu_ms: cpu, bytes: Buffer.byteLength(json), documents: docs.documents.length }));
