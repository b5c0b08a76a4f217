#!/usr/bin/env node
'use strict';
// Compares a command that implements lunr's indexing pipeline in line mode
// (one input line -> its terms joined by single spaces) with lunr.js itself.
//
//   node compare_pipeline.js --lang nl|en (--words FILE | --random N [--seed S]) -- COMMAND...
//
// Exits 0 only if every line agrees.
const fs = require('fs');
const { spawnSync } = require('child_process');
const { builderPipeline, analyze } = require('./lib/lunr_setup');
const { parseArgs } = require('./lib/args');
const { makeRandom } = require('./lib/random');
const { randomLine } = require('./lib/random_text');

function main() {
  const { options, command } = parseArgs(process.argv.slice(2));
  const lang = options.lang;
  if (!lang || command.length === 0 || (!options.words && !options.random)) {
    console.error('usage: compare_pipeline.js --lang nl|en (--words FILE | --random N [--seed S]) -- COMMAND...');
    return 2;
  }
  let lines;
  let label;
  if (options.words) {
    if (!fs.existsSync(options.words)) {
      console.error(`missing word list ${options.words} (Debian packages wdutch / wamerican)`);
      console.log('0 passed, 1 failed');
      return 1;
    }
    lines = fs.readFileSync(options.words, 'utf8').split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    label = options.words;
  } else {
    const count = Number(options.random);
    const seed = Number(options.seed || 1);
    const rnd = makeRandom(seed);
    lines = [];
    for (let i = 0; i < count; i++) lines.push(randomLine(rnd));
    label = `${count} random strings (seed ${seed})`;
  }

  const t0 = process.hrtime.bigint();
  const pipeline = builderPipeline(lang);
  const expected = lines.map((line) => analyze(pipeline, line).join(' '));
  const t1 = process.hrtime.bigint();
  const run = spawnSync(command[0], command.slice(1), {
    input: lines.join('\n') + '\n',
    maxBuffer: 1 << 30,
  });
  const t2 = process.hrtime.bigint();
  if (run.error || run.status !== 0) {
    console.error('command failed:', run.error || `exit ${run.status}`, String(run.stderr || ''));
    return 1;
  }
  const actual = run.stdout.toString('utf8').split('\n');
  if (actual.length > 0 && actual[actual.length - 1] === '') actual.pop();

  let differences = 0;
  const examples = [];
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i]) {
      differences++;
      if (examples.length < 15) {
        examples.push(`  line ${i + 1}: input ${JSON.stringify(lines[i])}\n` +
                      `    lunr.js: ${JSON.stringify(expected[i])}\n` +
                      `    command: ${JSON.stringify(actual[i])}`);
      }
    }
  }
  const terms = expected.reduce((sum, e) => sum + (e === '' ? 0 : e.split(' ').length), 0);
  console.log(`pipeline ${lang}: ${label}`);
  console.log(`lines: ${lines.length}, terms: ${terms}, output lines: ${actual.length}`);
  console.log(`lunr.js ${(Number(t1 - t0) / 1e6).toFixed(0)} ms, command ${(Number(t2 - t1) / 1e6).toFixed(0)} ms`);
  console.log(`differences: ${differences}`);
  for (const e of examples) console.log(e);
  console.log(differences === 0 ? '1 passed, 0 failed' : '0 passed, 1 failed');
  return differences === 0 ? 0 : 1;
}

process.exitCode = main();
