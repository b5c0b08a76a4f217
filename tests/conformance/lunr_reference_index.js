#!/usr/bin/env node
'use strict';
// Reads a search-docs JSON file and writes JSON.stringify of the index that
// lunr.js 2.3.9 (with lunr-languages 1.22.0 for "nl") builds from it.
//
//   node lunr_reference_index.js DOCS.json > index.json
const fs = require('fs');
const { buildIndex } = require('./lib/lunr_setup');

if (process.argv.length !== 3) {
  console.error('usage: lunr_reference_index.js DOCS.json');
  process.exit(2);
}
const docs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify(buildIndex(docs)));
