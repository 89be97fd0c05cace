#!/usr/bin/env node
// The `article-annotator` command: runs the bundled CLI (build it with `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'out', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('article-annotator: out/cli.js is missing; run `npm run build` in ' + path.dirname(__dirname) + '\n');
  process.exit(2);
}
require(bundle);
