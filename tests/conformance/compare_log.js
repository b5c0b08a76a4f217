#!/usr/bin/env node
'use strict';
// Compares a log implementation with V8's Math.log bit for bit. COMMAND reads
// one IEEE double per line as 16 hex digits and prints log(x) the same way.
//
//   node compare_log.js [--max-docs N] [--random N] -- COMMAND...
const { spawnSync } = require('child_process');
const { parseArgs } = require('./lib/args');
const { makeRandom } = require('./lib/random');

const buf = new DataView(new ArrayBuffer(8));
const toHex = (x) => {
  buf.setFloat64(0, x);
  return buf.getBigUint64(0).toString(16).padStart(16, '0');
};
const fromBits = (hi, lo) => {
  buf.setUint32(0, hi >>> 0);
  buf.setUint32(4, lo >>> 0);
  return buf.getFloat64(0);
};

function main() {
  const { options, command } = parseArgs(process.argv.slice(2));
  if (command.length === 0) {
    console.error('usage: compare_log.js [--max-docs N] [--random N] -- COMMAND...');
    return 2;
  }
  const maxDocs = Number(options['max-docs'] || 400);
  const randomCount = Number(options.random || 300000);
  const args = [];
  // Every idf argument lunr forms for N documents and D (field, doc) pairs.
  for (let n = 1; n <= maxDocs; n++) {
    for (let d = 1; d <= 2 * n; d++) args.push(1 + Math.abs((n - d + 0.5) / (d + 0.5)));
  }
  const rnd = makeRandom(777);
  for (let i = 0; i < randomCount; i++) {
    const kind = i % 4;
    if (kind === 0) args.push(1 + rnd.next() * 20);                    // idf range
    else if (kind === 1) args.push(1 + (rnd.next() - 0.5) * 1e-5);     // near 1
    else if (kind === 2) args.push(Math.pow(2, rnd.int(2000) - 1000) * (0.5 + rnd.next()));
    else args.push(fromBits(rnd.int(0x7ff00000), rnd.int(0x100000000)));  // any positive bits
  }
  args.push(0, -0, -1, Infinity, NaN, 1, 2, 0.5, Number.MIN_VALUE, Number.MAX_VALUE, 5e-324 * 3);

  const run = spawnSync(command[0], command.slice(1), {
    input: args.map(toHex).join('\n') + '\n',
    maxBuffer: 1 << 30,
  });
  if (run.error || run.status !== 0) {
    console.error('command failed:', run.error || `exit ${run.status}`, String(run.stderr || ''));
    console.log('0 passed, 1 failed');
    return 1;
  }
  const actual = run.stdout.toString().split('\n');
  let differences = 0;
  for (let i = 0; i < args.length; i++) {
    const expected = Math.log(args[i]);
    const want = toHex(expected);
    // Any NaN payload is a NaN; JS cannot tell them apart.
    const isNaNHex = (h) => /^[7f]ff/.test(h || '') && !/^[7f]ff0000000000000$/.test(h);
    if (actual[i] !== want && !(Number.isNaN(expected) && isNaNHex(actual[i]))) {
      if (differences < 10) console.log(`  log(${args[i]}): Math.log ${want}, command ${actual[i]}`);
      differences++;
    }
  }
  console.log(`arguments: ${args.length}, differences: ${differences}`);
  console.log(differences === 0 ? '1 passed, 0 failed' : '0 passed, 1 failed');
  return differences === 0 ? 0 : 1;
}

process.exitCode = main();
