// A second zhcards process for the concurrency test: answers every card of one deck "Good",
// each answer committed on its own, as the review screen does.
import { applyEffects, loadSession } from '../../src/collection/index.js';
import { openDatabase } from '../../src/storage/index.js';
import { reduceSession, startSession } from '../../src/study/index.js';

const [path, deck, nowArg, startArg] = process.argv.slice(2);
const now = Number(nowArg);
const db = openDatabase(path!);
const { queue, scheduler } = loadSession(db, now, { deck: deck!, options: { newPerDay: 1000 }, utcOffsetMinutes: 480 });
let s = startSession(queue, now);
// wait for the agreed moment, so the two processes really write at the same time
while (Date.now() < Number(startArg)) {}
let answered = 0;
while (s.current && s.current.schedule.state === 'new') {
  s = reduceSession(s, { type: 'reveal' }, scheduler).state;
  const step = reduceSession(s, { type: 'grade', grade: 'good', now: now + answered }, scheduler);
  applyEffects(db, step.effects, now);
  answered++;
  s = reduceSession(step.state, { type: 'next', now }, scheduler).state;
}
db.close();
process.stdout.write(String(answered));
