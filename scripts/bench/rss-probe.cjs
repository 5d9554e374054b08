// Preloaded into benchmarked node processes: on exit, appends peak RSS (KB) to $ZHCARDS_RSS_FILE.
const { appendFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.ZHCARDS_RSS_FILE) appendFileSync(process.env.ZHCARDS_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
