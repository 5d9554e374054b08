/** Analysis → card content: one word card per hard word, one sentence card per study sentence. */
import { studyText } from '../domain/index.js';
import type { Analysis, Sentence, VocabItem } from '../domain/types.js';
import { formOf } from '../text/index.js';
import { fitSentence } from './clause.js';
import type { CardSentence, CardSource, SentenceCard, WordCard } from './types.js';

export interface CardOptions {
  /** At most this many word cards, most useful first (the analysis order). */
  max?: number;
}

/** The file's own name: a card never shows the learner's folders. */
export function fileNameOf(source: string): string {
  if (source === '-') return '';
  return source.split(/[\\/]/).filter(Boolean).pop() ?? '';
}

function sourceOf(a: Analysis, s: Sentence | undefined): CardSource {
  const article = a.articles[s?.article ?? 0] ?? a.articles[0]!;
  return { title: article.title, file: fileNameOf(article.source) };
}

/** Locates the word in its example sentence by token, so 行 in 银行 is never mistaken for it. */
export function locateTarget(s: Sentence, forms: readonly string[]): CardSentence | null {
  const tok = s.tokens.find((t) => t.kind === 'word' && forms.includes(t.text));
  if (!tok) return null;
  return { text: s.text, tokens: s.tokens, targetStart: tok.start, targetEnd: tok.end };
}

export function wordCard(a: Analysis, v: VocabItem): WordCard {
  const forms = [formOf(v), v.word, v.traditional];
  let sentence: CardSentence | null = null;
  for (const i of v.examples) {
    sentence = locateTarget(a.sentences[i]!, forms);
    if (sentence) break;
  }
  // Long sentences make a tall answer on a phone: keep the clauses around the word.
  if (sentence) sentence = fitSentence(sentence);
  return {
    simplified: v.word,
    traditional: v.traditional,
    form: formOf(v),
    pinyin: v.pinyin,
    pinyinNumbered: v.pinyinNumbered,
    definitions: v.definitions,
    classifier: v.classifier,
    level: v.level,
    levelEstimated: v.levelEstimated,
    ...(a.scale ? { scale: a.scale } : {}),
    frequencyRank: v.frequencyRank,
    sentence,
    source: sourceOf(a, a.sentences[v.firstSentence]),
  };
}

export function wordCards(a: Analysis, opts: CardOptions = {}): WordCard[] {
  const hard = a.vocab.filter((v) => v.hard && v.definitions.length > 0);
  return hard.slice(0, opts.max ?? hard.length).map((v) => wordCard(a, v));
}

/** Short meaning for a sentence card: the first two senses. */
const meaning = (v: VocabItem) => v.definitions.slice(0, 2).join('; ');

export function sentenceCards(a: Analysis): SentenceCard[] {
  const hardByWord = new Map(a.vocab.filter((v) => v.hard).map((v) => [v.word, v]));
  return a.studySentences.map((s) => {
    const sentence = a.sentences[s.index]!;
    // An excerpt card shows only the excerpt: the clause that teaches the word.
    const { text, tokens } = studyText(sentence, s);
    return {
      text,
      tokens,
      targets: s.targets.flatMap((w) => {
        const v = hardByWord.get(w);
        return v ? [{ word: formOf(v), forms: [...new Set([formOf(v), v.word, v.traditional])], pinyin: v.pinyin, meaning: meaning(v) }] : [];
      }),
      source: sourceOf(a, sentence),
    };
  });
}
