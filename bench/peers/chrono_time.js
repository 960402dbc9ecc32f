// chrono-node's half of chrono_side_by_side.sh: parses the dates of one text file, repeated for
// at least a second, one article (blank-line separated) at a time, with the German or English parser, and prints MB/s.
// usage: node chrono_time.js FILE LANG   (run where chrono-node is installed)
const fs = require('fs');
const chrono = require('chrono-node');
const [file, lang] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const bytes = Buffer.byteLength(text, 'utf8');
// One parse per article, as a user would call it: articles are separated by blank lines.
const articles = text.split(/\n\s*\n/);
const parser = lang === 'de' ? chrono.de : chrono.en;
const ref = new Date(2024, 10, 6);
let runs = 0, dates = 0;
const start = process.hrtime.bigint();
let seconds = 0;
while (seconds < 1.0) {
  dates = 0;
  for (const a of articles) dates += parser.parse(a, ref).length;
  ++runs;
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
}
console.log(`${(bytes * runs / seconds / 1e6).toFixed(2)} MB/s (${dates} dates, ${runs} runs)`);
