/** Stage: tokens → dictionary words with their counts, sentences and level facts. */
import type { Sentence, Token } from '../domain/types.js';
import { levelOrBeyond, type LevelSystem } from '../levels/index.js';
import { looksTraditional, type Lexicon } from '../lexicon/index.js';
import { teachesVocabulary } from './sentences.js';
import { createWordFacts, type WordFacts } from './word-facts.js';

export interface Tally {
  facts: WordFacts;
  count: number;
  /** Sentence indexes, in order, each once. */
  sentences: number[];
  /** Spellings met in the text (traditional text keeps its own), with their counts. */
  forms: Map<string, number>;
  /** Met in an article written in traditional characters (see `traditionalArticles`). */
  inTraditional: boolean;
}

export interface WordTally {
  /** By vocabulary key (headword + reading), in order of first appearance. */
  tallies: Map<string, Tally>;
  /** Level of every word token (beyond the scale when unknown), for coverage. */
  tokenLevels: number[];
  /** Tokens of vocabulary-bearing sentences, punctuation included. */
  tokenCount: number;
  /** Per article: written in traditional characters (see looksTraditional). */
  traditionalArticles: boolean[];
  diagnostics: string[];
}

/**
 * The word facts of the tokens, looked up once per distinct word: created before the tally so
 * that facts can be looked up ahead (`warm`) while other parts of a long input are still read.
 */
export interface WordFactsAhead {
  /** Per article: written in traditional characters (see looksTraditional). */
  traditionalArticles: boolean[];
  factsOf: ReturnType<typeof createWordFacts>;
  /** Facts of each of a sentence's tokens (null for all but words), given its readings. */
  tokenFacts(s: Sentence, readings: readonly string[]): Array<WordFacts | null>;
  /** Looks up the facts of these sentences' word tokens now; the tally then finds them cached. */
  warm(sentences: readonly Sentence[], numbered: readonly string[][]): void;
}

/** `sentences` need only their text and article (raw sentences will do): they tell the scripts apart. */
export function wordFactsAhead(sentences: readonly { text: string; article: number }[], lx: Lexicon, system?: LevelSystem): WordFactsAhead {
  const traditionalArticles = articleScripts(sentences, lx);
  const factsOf = createWordFacts(lx, { system });
  const tokenFacts = (s: Sentence, readings: readonly string[]): Array<WordFacts | null> => {
    const traditional = traditionalArticles[s.article] === true;
    return s.tokens.map((tok, t) => (tok.kind === 'word' ? factsOf(tok.text, readings[t] || null, traditional) : null));
  };
  return {
    traditionalArticles,
    factsOf,
    tokenFacts,
    warm(part, numbered) {
      part.forEach((s, i) => {
        if (teachesVocabulary(s.paragraphKind)) tokenFacts(s, numbered[i]!);
      });
    },
  };
}

export function tallyWords(sentences: readonly Sentence[], numbered: readonly string[][], lx: Lexicon, system?: LevelSystem, ahead = wordFactsAhead(sentences, lx, system)): WordTally {
  const { tokenFacts, traditionalArticles } = ahead;
  // Sentences that share a token array (repeats) share their facts too.
  const factsByTokens = new Map<Token[], Array<WordFacts | null>>();
  const tallies = new Map<string, Tally>();
  const diagnostics: string[] = [];
  const missing = new Set<string>();
  const tokenLevels: number[] = [];
  // Per facts object (one per distinct word text, reading and script): its tally and how often it
  // was met, so that a token costs no lookup by key and no count by spelling; spellings are counted at the end.
  const byFacts = new Map<WordFacts, { tally: Tally; text: string; count: number }>();
  let tokenCount = 0;
  const beyond = levelOrBeyond(null, system?.scale);
  for (const s of sentences) {
    if (!teachesVocabulary(s.paragraphKind)) continue;
    let perToken = factsByTokens.get(s.tokens);
    if (!perToken) {
      perToken = tokenFacts(s, numbered[s.index]!);
      factsByTokens.set(s.tokens, perToken);
    }
    const tokens = s.tokens;
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t]!;
      tokenCount++;
      if (tok.kind !== 'word') continue;
      const facts = perToken[t] ?? null;
      tokenLevels.push(facts?.level ?? beyond);
      if (!facts) {
        if (!missing.has(tok.text)) diagnostics.push(`no dictionary entry for ${tok.text}; left out of the vocabulary`);
        missing.add(tok.text);
        continue;
      }
      let seen = byFacts.get(facts);
      if (!seen) {
        let tally = tallies.get(facts.key);
        if (!tally) tallies.set(facts.key, (tally = { facts, count: 0, sentences: [], forms: new Map(), inTraditional: false }));
        byFacts.set(facts, (seen = { tally, text: tok.text, count: 0 }));
      }
      seen.count++;
      const tally = seen.tally;
      tally.count++;
      if (tally.sentences[tally.sentences.length - 1] !== s.index) tally.sentences.push(s.index);
    }
  }
  // In order of first appearance, so each tally's spellings keep the order they were first met in.
  for (const { tally, text, count } of byFacts.values()) tally.forms.set(text, (tally.forms.get(text) ?? 0) + count);
  for (const tally of tallies.values()) tally.inTraditional = tally.sentences.some((i) => traditionalArticles[sentences[i]!.article] === true);
  return { tallies, tokenLevels, tokenCount, traditionalArticles, diagnostics };
}

/** Enough text to tell the scripts apart: the first few thousand characters of each article. */
const SCRIPT_SAMPLE = 4000;

/** Per article index: written in traditional characters. */
function articleScripts(sentences: readonly { text: string; article: number }[], lx: Lexicon): boolean[] {
  const samples: string[] = [];
  for (const s of sentences) if ((samples[s.article] ?? '').length < SCRIPT_SAMPLE) samples[s.article] = (samples[s.article] ?? '') + s.text;
  return Array.from(samples, (text) => text !== undefined && looksTraditional(text, lx));
}
