import * as fs from 'node:fs';
const { saved, text, truth, got } = JSON.parse(fs.readFileSync('/tmp/annt/dump.json', 'utf8'));
console.log(JSON.stringify(saved.prefix), JSON.stringify(saved.exact), JSON.stringify(saved.suffix));
console.log('truth ctx', JSON.stringify(text.slice(truth.start - 32, truth.end + 32)));
console.log('got   ctx', JSON.stringify(text.slice(got.start - 32, got.end + 32)));
