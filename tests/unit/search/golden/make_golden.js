#!/usr/bin/env node
'use strict';
// Writes the golden indexes used by lunr_index_test.cpp, built by real
// lunr.js 2.3.9 (+ lunr-languages 1.22.0 for nl). The documents here must
// stay identical to kGoldenDocs in lunr_index_test.cpp.
//
//   node tests/unit/search/golden/make_golden.js
const fs = require('fs');
const path = require('path');

const modules = path.join(__dirname, '../../../../node_modules');
const lunr = require(path.join(modules, 'lunr'));
require(path.join(modules, 'lunr-languages/lunr.stemmer.support.js'))(lunr);
require(path.join(modules, 'lunr-languages/lunr.nl.js'))(lunr);

const fields = [{ name: 'titel', boost: 10 }, { name: 'inhoud', boost: 1 }];
const docs = [
  { ref: '/nl/zorg/', boost: 1, titel: 'Passende zorg',
    inhoud: '‘Passende zorg’ voor cliënten en patiënten — één e-mail per week.' },
  { ref: 'b', boost: 2, titel: 'Leer- en verbeternetwerken',
    inhoud: 'Het netwerk leert en verbetert: 50% van de zorg\u00adverleners doet mee (2023-2024).' },
  { ref: '10', boost: 1, titel: 'Coördinatie',
    inhoud: 'Coördinatie, naïef & reëel. ΟΔΟΣ İstanbul 😀 running generalization' },
  { ref: '2', boost: 0.5, titel: '', inhoud: 'zorg zorg zorg passende' },
  { ref: '"quoted"\\path', boost: 1.5, titel: 'Tab\there', inhoud: 'Control \u0001 char, café’s zorg' },
];

for (const lang of ['nl', 'en']) {
  const idx = lunr(function () {
    if (lang === 'nl') this.use(lunr.nl);
    this.ref('ref');
    for (const f of fields) this.field(f.name, { boost: f.boost });
    for (const d of docs) this.add(d, { boost: d.boost });
  });
  fs.writeFileSync(path.join(__dirname, `small_${lang}.json`), JSON.stringify(idx));
}
