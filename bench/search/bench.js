#!/usr/bin/env node
'use strict';
// Times lunr.js 2.3.9 against the C++ index writer on the same generated
// documents and checks that both produce the same bytes. See README.md.
//
//   node bench/search/bench.js --tool PATH/lunr_tool [--lang nl] [--sizes 2000,10000]
//                              [--runs-ours 7] [--runs-lunr 3] [--out DIR]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { parseArgs } = require('../../tests/conformance/lib/args');
const { generateCorpus } = require('../../tests/conformance/lib/corpus');
const { timeLunr } = require('./lunr_timing');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};


function main() {
  const { options } = parseArgs(process.argv.slice(2));
  if (!options.tool) {
    console.error('usage: bench.js --tool PATH/lunr_tool [--lang nl] [--sizes 2000,10000]');
    return 2;
  }
  const lang = options.lang || 'nl';
  const sizes = String(options.sizes || '2000,10000').split(',').map(Number);
  const runsOurs = Number(options['runs-ours'] || 7);
  const runsLunr = Number(options['runs-lunr'] || 3);
  const dir = options.out || fs.mkdtempSync(path.join(os.tmpdir(), 'lunr-bench-'));
  fs.mkdirSync(dir, { recursive: true });
  console.log(`node ${process.version}, ${os.cpus().length} x ${os.cpus()[0].model}, lang ${lang}`);
  let ok = true;
  for (const size of sizes) {
    const corpus = generateCorpus({ lang, docs: size, seed: 12345, bodyWords: 250, vocabulary: 30000, refs: 'path' });
    const file = path.join(dir, `docs-${lang}-${size}.json`);
    fs.writeFileSync(file, JSON.stringify(corpus));

    // Ours: in-process build time (documents already in memory), median.
    const bench = spawnSync(options.tool, ['bench', file, String(runsOurs)], { encoding: 'utf8' });
    if (bench.status !== 0) throw new Error('bench failed: ' + bench.stderr);
    const ours = JSON.parse(bench.stdout);
    // Ours end to end: a process that parses the docs file and prints the index.
    const t0 = process.hrtime.bigint();
    const index = spawnSync(options.tool, ['index', file], { maxBuffer: 1 << 30 });
    const endToEnd = Number(process.hrtime.bigint() - t0) / 1e6;

    const lunr = timeLunr(corpus, runsLunr);
    const identical = Buffer.from(lunr.json, 'utf8').equals(index.stdout);
    ok = ok && identical;
    const lunrMedian = median(lunr.times);
    const lunrCpu = median(lunr.cpu);
    console.log(`\n${size} documents, ${corpus.documents.length * 3} field values, ` +
                `index ${index.stdout.length} bytes, byte-identical: ${identical}`);
    console.log(`  lunr.js build+stringify: wall median ${lunrMedian.toFixed(0)} ms ` +
                `(runs: ${lunr.times.map((t) => t.toFixed(0)).join(', ')}), CPU median ${lunrCpu.toFixed(0)} ms`);
    console.log(`  C++ BuildLunrIndexJson:  wall median ${ours.median_ms.toFixed(1)} ms ` +
                `(min ${ours.min_ms.toFixed(1)}, ${runsOurs} runs), CPU median ${ours.median_cpu_ms.toFixed(1)} ms`);
    console.log(`  C++ lunr_tool index (parse docs + build + write, one process): wall ${endToEnd.toFixed(0)} ms`);
    console.log(`  speed ratio lunr.js / C++: wall ${(lunrMedian / ours.median_ms).toFixed(1)}x, ` +
                `CPU ${(lunrCpu / ours.median_cpu_ms).toFixed(1)}x, ` +
                `end to end (wall) ${(lunrMedian / endToEnd).toFixed(1)}x`);
  }
  if (!options.out) fs.rmSync(dir, { recursive: true, force: true });
  return ok ? 0 : 1;
}

process.exitCode = main();
