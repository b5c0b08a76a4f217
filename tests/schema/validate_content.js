#!/usr/bin/env node
// Checks that the JSON Schemas leernet generates agree with the content: every bundled entry
// validates against its kind's schema, and deliberately broken entries do not.
//
//   node tests/schema/validate_content.js LEERNET_BINARY CONTENT_DIR
//
// It runs `LEERNET schema --source DIR --json-schema OUT --dump-fields FILE`: node has no YAML
// parser here, so leernet dumps each entry's front matter as JSON, typed as YAML 1.2 reads it.
// Exit code 0 when all checks pass, 1 otherwise.
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Ajv = require('ajv');

function fail(message) {
  console.error('validate_content: ' + message);
  process.exitCode = 1;
}

// Generated schemas and the fields of every entry of `contentDir`.
function generate(leernet, contentDir, workDir) {
  const schemaDir = path.join(workDir, 'schemas');
  const fieldsFile = path.join(workDir, 'fields.json');
  execFileSync(leernet, ['schema', '--source', contentDir, '--json-schema', schemaDir, '--dump-fields', fieldsFile],
               { stdio: ['ignore', 'inherit', 'inherit'] });
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  const validators = {};
  for (const name of fs.readdirSync(schemaDir).sort()) {
    if (!name.endsWith('.schema.json')) continue;
    validators[name.slice(0, -'.schema.json'.length)] =
        ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, name), 'utf8')));
  }
  const entries = JSON.parse(fs.readFileSync(fieldsFile, 'utf8')).entries;
  return { validators, entries };
}

// "path: /pointer message" for every schema error of one entry.
function errorsOf(validators, entry) {
  const validate = validators[entry.kind];
  if (!validate) return [entry.path + ': no schema for kind ' + entry.kind];
  if (validate(entry.fields)) return [];
  return validate.errors.map((e) => `${entry.path}: ${e.instancePath || '/'} ${e.message}` +
                                    (e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''));
}

function main() {
  const [leernet, contentDir] = process.argv.slice(2);
  if (!leernet || !contentDir) {
    console.error('usage: validate_content.js LEERNET_BINARY CONTENT_DIR');
    process.exit(2);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leernet-schema-'));
  try {
    // 1. Every bundled entry passes.
    const bundled = generate(leernet, contentDir, path.join(work, 'bundled'));
    if (bundled.entries.length === 0) fail('no entries found in ' + contentDir);
    let errors = [];
    for (const entry of bundled.entries) errors = errors.concat(errorsOf(bundled.validators, entry));
    for (const e of errors) fail(e);
    console.log(`validate_content: ${bundled.entries.length} entries, ` +
                `${Object.keys(bundled.validators).length} schemas, ${errors.length} errors`);

    // 2. Broken variants of a real entry fail, each for its own reason.
    const sample = bundled.entries[0];
    const validate = bundled.validators[sample.kind];
    const schema = validate.schema;
    const broken = [
      ['unknown field', (f) => { f.geen_veld_van_het_schema = 'x'; }],
      ['missing required field', (f) => { delete f[schema.required[0]]; }],
    ];
    for (const [name, prop] of Object.entries(schema.properties)) {
      if (prop.type === 'integer' && !broken.some((b) => b[0] === 'integer as text')) {
        broken.push(['integer as text', (f) => { f[name] = 'veel'; }]);
      }
      if (prop.enum && !broken.some((b) => b[0] === 'value outside enum')) {
        broken.push(['value outside enum', (f) => { f[name] = 'geen-bestaande-waarde'; }]);
      }
    }
    for (const [name, mutate] of broken) {
      const fields = JSON.parse(JSON.stringify(sample.fields));
      mutate(fields);
      if (validate(fields)) fail(`broken entry (${name}) passed the ${sample.kind} schema`);
    }

    // 3. A broken file in a copy of the content folder fails, and only that file.
    const copy = path.join(work, 'content');
    fs.cpSync(contentDir, copy, { recursive: true });
    const kind = sample.kind;
    const folder = path.dirname(sample.path);
    fs.writeFileSync(path.join(copy, folder, 'kapot-voorbeeld.md'),
                     '---\ntitel: Kapot\nonbekend_veld: 1\n---\nTekst.\n');
    const withBroken = generate(leernet, copy, path.join(work, 'broken'));
    const failing = new Set();
    for (const entry of withBroken.entries) {
      if (errorsOf(withBroken.validators, entry).length) failing.add(entry.path);
    }
    const expected = path.posix.join(folder, 'kapot-voorbeeld.md');
    if (failing.size !== 1 || !failing.has(expected)) {
      fail(`expected only ${expected} (${kind}) to fail, got: ${[...failing].join(', ') || 'nothing'}`);
    }
    if (!process.exitCode) console.log(`validate_content: ${broken.length + 1} broken entries rejected`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
