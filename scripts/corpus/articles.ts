/** End-to-end run of every corpus article: no crash, every hard word defined, no name/number/Latin vocabulary, enough study sentences. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { LEARNABLE_PROPER_SENSE } from '../../src/segment/lists.js';

export interface ArticleCheck {
  file: string;
  sentences: number;
  hardWords: number;
  estimatedLevel: number;
  /** Study sentences offered at level 4 (the yardstick: ≥ 5 for articles of 15+ sentences). */
  studySentences: number;
  problems: string[];
}

const STUDY_LEVEL = 4;
const STUDY_MIN = 5;

const NOT_VOCAB = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ%％.·•]/;
const NUMERALS = /^[零〇一二三四五六七八九十百千万亿两第]+$/;
/** A numeral-only word is vocabulary only when CC-CEDICT gives it a non-numeric meaning (万一 "in case"). */
const NUMBER_SENSE = /^(\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|ten thousand|hundred million|number \d+)$/i;

export async function checkArticles(corpusDir: string): Promise<ArticleCheck[]> {
  const dir = join(corpusDir, 'articles');
  const lx = loadLexicon();
  const out: ArticleCheck[] = [];
  for (const file of readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort()) {
    const problems: string[] = [];
    try {
      const articles = await readInputs([join(dir, file)]);
      const a = analyzeArticles(articles, { level: 3 });
      const names = new Set(a.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'name').map((t) => t.text)));
      for (const v of a.vocab) {
        if (v.hard && v.definitions.length === 0) problems.push(`hard word without definition: ${v.word}`);
        if (NOT_VOCAB.test(v.word) || (NUMERALS.test(v.word) && NUMBER_SENSE.test(v.definitions[0] ?? ''))) problems.push(`number/Latin vocabulary: ${v.word}`);
        if (names.has(v.word) || names.has(v.traditional)) problems.push(`also tagged as a name elsewhere: ${v.word}`);
        // Proper nouns learners meet as words (法国, 香港, 英语: top 1,500 in a corpus) may stay.
        const common = Math.min(lx.bookRank(v.word) ?? Infinity, lx.movieRank(v.word) ?? Infinity) <= 1500 || LEARNABLE_PROPER_SENSE.test(v.definitions[0] ?? '');
        if (v.hard && lx.isProperNoun(v.word) && lx.hskLevel(v.word) === null && !common) problems.push(`rare proper noun as vocabulary: ${v.word}`);
      }
      const study = analyzeArticles(articles, { level: STUDY_LEVEL }, lx).studySentences.length;
      const body = a.sentences.filter((s) => s.paragraphKind === 'body').length;
      if (body >= 15 && study < STUDY_MIN) problems.push(`only ${study} study sentences at level ${STUDY_LEVEL} (${body} body sentences)`);
      out.push({ file, sentences: a.sentences.length, hardWords: a.stats.hardWords, estimatedLevel: a.stats.estimatedLevel, studySentences: study, problems });
    } catch (e) {
      out.push({ file, sentences: 0, hardWords: 0, estimatedLevel: 0, studySentences: 0, problems: [`crashed: ${(e as Error).message}`] });
    }
  }
  return out;
}
