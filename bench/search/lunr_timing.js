"use strict";
// Times lunr.js building an index from a search-docs corpus (build + JSON.stringify), shared by
// bench/search/bench.js and bench/lunr_index.js. Wall time and process CPU time (user + system,
// all threads, so V8's helper threads count too), per run.
const { buildIndex } = require('../../tests/conformance/lib/lunr_setup');

function timeLunr(corpus, runs) {
  const times = [];
  const cpu = [];
  let json = '';
  for (let i = 0; i < runs; i++) {
    json = '';
    if (global.gc) global.gc();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    json = JSON.stringify(buildIndex(corpus));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { times, cpu, json };
}

module.exports = { timeLunr };
