#!/usr/bin/env node
'use strict';
// Builds a whole site with leernet, rebuilds every shard of its search index with lunr.js from
// the documents leernet reports (--search-docs), and requires each shard to be byte-identical
// to the JSON string its script in search/ holds.
//
//   node compare_site_index.js LEERNET CONTENT_DIR [SITE_YAML_OVERRIDE_KEY=VALUE]
// With shard_bytes=N the site is built from a copy whose site.yaml sets search.shard_bytes,
// so a small site is split into one shard per kind too.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const vm = require('vm');
const { buildIndex } = require('./lib/lunr_setup');

// The JSON strings the shard scripts hand to the browser, by shard name.
function shardStrings(site, files) {
  const window = {};
  for (const file of files) vm.runInNewContext(fs.readFileSync(path.join(site, file), 'utf8'), { window });
  return { manifest: window.LEERNET_INDEX, shards: window.LEERNET_SHARDS || {} };
}

// A copy of the content folder whose site.yaml sets search.shard_bytes.
function withShardBytes(source, dir, bytes) {
  const copy = path.join(dir, 'content');
  fs.cpSync(source, copy, { recursive: true });
  const yamlPath = path.join(copy, 'site.yaml');
  const text = fs.readFileSync(yamlPath, 'utf8');
  if (!/^search:\n/m.test(text)) throw new Error('site.yaml has no search: block');
  const patched = text.replace(/^  shard_bytes: .*\n/m, '').replace(/^search:\n/m, `search:\n  shard_bytes: ${bytes}\n`);
  fs.writeFileSync(yamlPath, patched);
  return copy;
}

// Rebuilds each shard of the built site `site` with lunr.js from the search-docs object `docs`
// and compares it with the JSON string its script holds. Returns the counts and one line per
// shard (and per mismatch) for the caller to print, and the shards' JSON bytes.
function compareShards(site, docs, label) {
  const files = ['search/index.js'].concat(docs.shards.map((sh) => sh.file).filter((f) => f !== 'search/index.js'));
  const { manifest, shards } = shardStrings(site, files);
  const byRef = new Map(docs.documents.map((d) => [d.ref, d]));
  const lines = [];
  let bytes = 0;
  let passed = 0;
  let failed = 0;
  if (manifest.shards.length !== docs.shards.length) {
    lines.push(`manifest lists ${manifest.shards.length} shards, search-docs ${docs.shards.length}`);
    failed++;
  }
  for (const shard of docs.shards) {
    const ours = shards[shard.name];
    const theirs = JSON.stringify(buildIndex({ language: docs.language, fields: docs.fields,
                                               documents: shard.refs.map((r) => byRef.get(r)) }));
    const same = ours === theirs;
    bytes += Buffer.byteLength(ours || '');
    lines.push(`${label} shard ${shard.name} (${shard.file}): ${shard.refs.length} documents, ` +
               `${docs.fields.length} fields, language ${docs.language}, index ${ours ? ours.length : 0} bytes: ` +
               `${same ? 'identical to lunr.js' : 'DIFFERS from lunr.js'}`);
    if (same) {
      passed++;
      continue;
    }
    failed++;
    const o = ours || '';
    let i = 0;
    while (i < o.length && o[i] === theirs[i]) i++;
    lines.push(`first difference at byte ${i}:\n ours:   ${o.slice(Math.max(0, i - 60), i + 60)}\n lunr: ${theirs.slice(Math.max(0, i - 60), i + 60)}`);
  }
  const covered = docs.shards.reduce((n, sh) => n + sh.refs.length, 0);
  if (covered !== docs.documents.length) {
    lines.push(`shards hold ${covered} documents, the site ${docs.documents.length}`);
    failed++;
  }
  return { passed, failed, lines, bytes };
}

function main() {
  const [leernet, original, option] = process.argv.slice(2);
  if (!leernet || !original) {
    console.error('usage: compare_site_index.js LEERNET CONTENT_DIR [shard_bytes=N]');
    return 2;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leernet-site-index-'));
  const source = option ? withShardBytes(original, dir, Number(option.split('=')[1])) : original;
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
  const { passed, failed, lines } = compareShards(out, docs, original);
  for (const line of lines) console.log(line);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

module.exports = { compareShards };

if (require.main === module) process.exit(main());
