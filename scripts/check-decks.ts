/**
 * `npx tsx scripts/check-decks.ts [level]`: what the cards give away and what they cut, over the
 * corpus articles (skips cleanly without ../shared/corpus). Per rule, both sides:
 *  - blanking: production fronts that still show the word (before: only the located token was
 *    hidden) vs blanks that hide a form inside a longer, different word (over-blanking);
 *  - masking: definitions containing the headword vs masks inside a longer word (over-masking);
 *  - clause cutting: example length before/after vs cut examples left shorter than 8 characters.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDeckPlan, WORD_FIELDS } from '../src/anki/index.js';
import { WORD_NOTE_TYPE } from '../src/anki/note-types.js';
import { renderTemplate } from '../src/anki/req.js';
import { locateTarget, occurrences, visibleLength, wordCards } from '../src/cards/index.js';
import { loadAnalysis } from '../src/pipeline/index.js';

const root = new URL('..', import.meta.url).pathname;
const corpus = process.env.ZHCARDS_CORPUS ?? join(root, '..', 'shared', 'corpus');
if (!existsSync(join(corpus, 'articles'))) {
  console.log(`check-decks: skipped — no corpus at ${corpus}`);
  process.exit(0);
}
const level = Number(process.argv[2] ?? 3);
const files = readdirSync(join(corpus, 'articles')).filter((f) => /\.(txt|html)$/.test(f)).sort();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const stats = { notes: 0, leakBefore: 0, leakAfter: 0, overBlank: 0, defBefore: 0, defAfter: 0, overMask: 0, cut: 0, tooShort: 0 };
const lenBefore: number[] = [];
const lenAfter: number[] = [];
const examples: Record<string, string[]> = { leakAfter: [], overBlank: [], overMask: [], tooShort: [] };
const note = (key: string, text: string) => examples[key]!.length < 8 && examples[key]!.push(text);
const production = WORD_NOTE_TYPE.templates[1]!.qfmt;

for (const file of files) {
  const analysis = await loadAnalysis({ inputs: [join(corpus, 'articles', file)], known: null, encoding: null, level, sort: 'useful' });
  const cards = wordCards(analysis);
  if (cards.length === 0) continue;
  const plan = buildDeckPlan({ deckName: 'zhcards::check', words: cards, templates: ['production'], now: new Date(), articleSlug: 'check' });
  cards.forEach((card, i) => {
    const forms = [card.simplified, card.traditional];
    const fields = plan.notes[i]!.fields;
    stats.notes++;
    // Before: the uncut example, with only the located token hidden.
    const v = analysis.vocab.find((x) => x.word === card.simplified && x.pinyin === card.pinyin)!;
    const raw = v.examples.map((e) => locateTarget(analysis.sentences[e]!, forms)).find(Boolean) ?? null;
    if (raw) {
      lenBefore.push(visibleLength(raw.text));
      const rest = raw.text.slice(0, raw.targetStart) + raw.text.slice(raw.targetEnd);
      if (forms.some((f) => rest.includes(f))) stats.leakBefore++;
    }
    if (card.sentence) {
      const s = card.sentence;
      lenAfter.push(visibleLength(s.text));
      if (raw && s.text !== raw.text) {
        stats.cut++;
        if (visibleLength(s.text.replace(/…/g, '')) < 8) (stats.tooShort++, note('tooShort', `${card.simplified}: ${s.text}`));
      }
      for (const [a, b] of occurrences(s.text, s.tokens, forms, { inside: true })) {
        const tok = s.tokens.find((t) => t.start <= a && t.end >= b);
        if (tok && !forms.includes(tok.text)) (stats.overBlank++, note('overBlank', `${card.simplified} in ${tok.text}: ${s.text}`));
      }
    }
    if (card.definitions.some((d) => forms.some((f) => d.includes(f)))) stats.defBefore++;
    const front = renderTemplate(production, new Map(WORD_FIELDS.map((n, j) => [n, fields[j]!]))).replace(/<[^>]*>/g, '');
    if (forms.some((f) => front.includes(f))) (stats.leakAfter++, note('leakAfter', `${card.simplified}: ${front.replace(/\s+/g, ' ').slice(0, 80)}`));
    const english = fields[WORD_FIELDS.indexOf('English')]!;
    if (forms.some((f) => english.includes(f))) stats.defAfter++;
    for (const m of english.matchAll(/(\p{Script=Han})?～(\p{Script=Han})?/gu)) {
      if (m[1] || m[2]) (stats.overMask++, note('overMask', `${card.simplified}: ${m[0]}`));
    }
  });
}

const n = stats.notes;
console.log(`Decks over ${files.length} corpus articles, level ${level}: ${n} word notes`);
console.log(`  production front shows the word:   before ${stats.leakBefore}  after ${stats.leakAfter}`);
console.log(`  over-blanking (form inside another word): ${stats.overBlank}`);
console.log(`  definitions containing the headword: before ${stats.defBefore}  after ${stats.defAfter}; masks touching other Hanzi ${stats.overMask}`);
console.log(`  example length (chars): before median ${median(lenBefore)}, max ${Math.max(...lenBefore)}, >40: ${lenBefore.filter((l) => l > 40).length}`);
console.log(`                           after  median ${median(lenAfter)}, max ${Math.max(...lenAfter)}, >40: ${lenAfter.filter((l) => l > 40).length}; cut ${stats.cut}, left under 8 chars ${stats.tooShort}`);
for (const [k, list] of Object.entries(examples)) if (list.length) console.log(`  ${k}:\n    ${list.join('\n    ')}`);
