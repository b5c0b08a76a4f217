#!/usr/bin/env node
// docs/vscode/settings.json maps each kind's generated JSON Schema to that kind's YAML entries.
// The sample must not drift from the schema: every schema `leernet schema` writes is mapped,
// to the folder of its kind and only there, and every YAML entry of the content is covered by
// exactly the schema of its own kind. Entries are Markdown or YAML; VS Code's YAML extension
// reads only YAML files, so Markdown front matter is not part of this mapping.
//
//   node tests/schema/vscode_settings.js LEERNET_BINARY CONTENT_DIR SETTINGS_JSON
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function main() {
  const [leernet, contentDir, settingsFile] = process.argv.slice(2);
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  const mapping = settings['yaml.schemas'] || {};
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leernet-vscode-'));
  const errors = [];
  try {
    const schemaDir = path.join(work, 'schemas');
    const fieldsFile = path.join(work, 'fields.json');
    execFileSync(leernet, ['schema', '--source', contentDir, '--json-schema', schemaDir, '--dump-fields', fieldsFile],
                 { stdio: ['ignore', 'inherit', 'inherit'] });
    const kinds = fs.readdirSync(schemaDir).filter((n) => n.endsWith('.schema.json'))
                      .map((n) => n.slice(0, -'.schema.json'.length));
    const entries = JSON.parse(fs.readFileSync(fieldsFile, 'utf8')).entries;

    // kind -> folder, as the entries show it (content/<folder>/<slug>.md).
    const folderOf = {};
    for (const e of entries) folderOf[e.kind] = e.path.split('/').slice(-2, -1)[0];

    const mappedKinds = new Set();
    for (const [schema, globs] of Object.entries(mapping)) {
      const m = /^\.\/content\/_schemas\/([a-z]+)\.schema\.json$/.exec(schema);
      if (!m) { errors.push(`unexpected schema path ${schema}`); continue; }
      const kind = m[1];
      mappedKinds.add(kind);
      if (!kinds.includes(kind)) errors.push(`${schema}: leernet writes no schema for kind ${kind}`);
      for (const glob of globs) {
        const g = /^content\/([a-z]+)\/\*\.(yaml|yml)$/.exec(glob);
        if (!g) errors.push(`${schema}: unexpected pattern ${glob}`);
        else if (folderOf[kind] && g[1] !== folderOf[kind]) {
          errors.push(`${schema}: ${glob} is not the folder of kind ${kind} (content/${folderOf[kind]})`);
        }
      }
    }
    for (const kind of kinds) if (!mappedKinds.has(kind)) errors.push(`kind ${kind} has no schema mapping`);

    // Every YAML entry gets the schema of its own kind, and only that one.
    let yamlEntries = 0;
    for (const e of entries) {
      if (!/\.ya?ml$/.test(e.path)) continue;
      yamlEntries++;
      const rel = 'content/' + e.path.split('/').slice(-2).join('/');
      const ext = rel.endsWith('.yml') ? 'yml' : 'yaml';
      const folder = rel.split('/')[1];
      const hits = Object.entries(mapping).filter(([, globs]) => globs.includes(`content/${folder}/*.${ext}`));
      if (hits.length !== 1) errors.push(`${rel}: matched by ${hits.length} schemas`);
      else if (!hits[0][0].endsWith(`/${e.kind}.schema.json`)) errors.push(`${rel}: mapped to ${hits[0][0]}`);
    }
    if (settings['files.exclude']?.['content/_schemas'] !== true) errors.push('content/_schemas is not hidden');
    for (const e of errors) console.error('vscode_settings: ' + e);
    if (errors.length === 0) {
      console.log(`vscode_settings: ${kinds.length} kinds mapped, ${yamlEntries} YAML entries covered`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.exitCode = errors.length === 0 ? 0 : 1;
}

main();
