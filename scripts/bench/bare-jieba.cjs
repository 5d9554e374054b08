// The baseline: a bare node process that only loads nodejieba and cuts the text (HMM on).
const { readFileSync } = require('node:fs');
const jieba = require('nodejieba');
const text = readFileSync(process.argv[2], 'utf8');
process.stdout.write(`${jieba.cut(text, true).length}\n`);
