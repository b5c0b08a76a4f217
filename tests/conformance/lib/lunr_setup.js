'use strict';
// Loads lunr 2.3.9 and lunr-languages 1.22.0 (nl) from the repository's
// node_modules and exposes the builder pipelines the C++ port mirrors.
const path = require('path');

const root = path.join(__dirname, '../../..');
const modules = path.join(root, 'node_modules');
const lunr = require(path.join(modules, 'lunr'));
require(path.join(modules, 'lunr-languages/lunr.stemmer.support.js'))(lunr);
require(path.join(modules, 'lunr-languages/lunr.nl.js'))(lunr);

function builderPipeline(lang) {
  const pipeline = new lunr.Pipeline();
  if (lang === 'nl') {
    pipeline.add(lunr.nl.trimmer, lunr.nl.stopWordFilter, lunr.nl.stemmer);
  } else if (lang === 'en') {
    pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  } else {
    throw new Error('unknown language ' + lang);
  }
  return pipeline;
}

// Terms the indexing pipeline makes from one string.
function analyze(pipeline, text) {
  return pipeline.run(lunr.tokenizer(text)).map(String);
}

// lunr's own index for a search-docs object
// {language, fields:[{name, boost}], documents:[{ref, boost, fields:{...}}]}.
function buildIndex(docs) {
  return lunr(function () {
    if (docs.language === 'nl') this.use(lunr.nl);
    this.ref('ref');
    for (const f of docs.fields) this.field(f.name, { boost: f.boost });
    for (const d of docs.documents) {
      this.add(Object.assign({ ref: d.ref }, d.fields), { boost: d.boost });
    }
  });
}

module.exports = { lunr, root, builderPipeline, analyze, buildIndex };
