'use strict';
// Parses "--name value ... -- command args..." command lines.
function parseArgs(argv) {
  const options = {};
  let command = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') {
      command = argv.slice(i + 1);
      break;
    }
    if (!argv[i].startsWith('--')) throw new Error('unexpected argument ' + argv[i]);
    const name = argv[i].slice(2);
    const value = i + 1 < argv.length && !argv[i + 1].startsWith('--') ? argv[++i] : true;
    options[name] = value;
  }
  return { options, command };
}

module.exports = { parseArgs };
