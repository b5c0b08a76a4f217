#!/usr/bin/env node
'use strict';
// Builds the lunr.js 2.3.9 index from the documents `leernet build --search-docs FILE` wrote,
// the way lunr.js itself would, and times it (build + JSON.stringify; reading the file is not
// timed; wall and CPU time of this process). Writes the last index to OUT and prints JSON {times_ms:[...], bytes}.
// With SITE (the folder that build wrote), it also rebuilds each shard of the site's index
// with lunr.js and compares it byte for byte with the shard's script (not timed).
//   node bench/lunr_index.js DOCS.json OUT.json [RUNS] [SITE]
const fs = require('fs');
const { timeLunr } = require('./search/lunr_timing');
const { compareShards } = require('../tests/conformance/compare_site_index');

const [docsFile, outFile, runsArg, site] = process.argv.slice(2);
if (!docsFile || !outFile) {
  console.error('usage: lunr_index.js DOCS.json OUT.json [RUNS] [SITE]');
  process.exit(2);
}
const docs = JSON.parse(fs.readFileSync(docsFile, 'utf8'));
const runs = Number(runsArg || 3);
const { times, cpu, json } = timeLunr(docs, runs);
fs.writeFileSync(outFile, json);
const result = { times_ms: times, cpu_ms: cpu, bytes: Buffer.byteLength(json), documents: docs.documents.length };
if (site) {
  const shards = compareShards(site, docs, site);
  Object.assign(result, { shards: docs.shards.length, shards_identical: shards.passed, shard_failures: shards.failed,
                          shard_bytes: shards.bytes });
  for (const line of shards.lines) if (!line.endsWith('identical to lunr.js')) console.error(line);
}
console.log(JSON.stringify(result));
