// Preloaded into benchmarked node processes: on exit, appends peak RSS (KB) and CPU time of all threads (µs, user + system) to $ZHCARDS_RSS_FILE.
const { appendFileSync } = require('node:fs');
process.on('exit', () => {
  const u = process.resourceUsage();
  if (process.env.ZHCARDS_RSS_FILE) appendFileSync(process.env.ZHCARDS_RSS_FILE, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\n`);
});
