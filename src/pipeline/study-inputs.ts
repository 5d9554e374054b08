/**
 * Stage glue for study sentences: what select/ asks about a token — which hard word it is (if
 * any) and whether it can carry a clause (a verb or adjective) — answered from the lexicon.
 */
import type { Sentence } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { StudyInput, StudyWords } from '../select/index.js';
import { jiebaTag, useJiebaTagTable } from '../segment/index.js';

/** Copulas and modals jieba tags as conjunctions or leaves untagged (可以 is `c`, 不是 has no verb sense first). */
const PREDICATE_WORDS = new Set(['是', '不是', '有', '没有', '没', '可以', '应该', '應該', '应当', '應當', '能够', '能夠', '不会', '不會', '不能', '需要', '成为', '成為', '像']);

/** jieba's verb (v, vn, vd…), adjective (a, ad…), idiom (i) and fixed-phrase (l) tags. */
const PREDICATE_TAG = /^[vail]/;

/**
 * A cheap "can be a predicate" test: jieba's tag for the simplified form (its dictionary is
 * simplified), else a first CC-CEDICT sense that reads as a verb ("to …"); later senses are too
 * loose (道 "road" is also "to say").
 */
export function createPredicateTest(lx: Lexicon): (word: string) => boolean {
  useJiebaTagTable(lx);
  const cache = new Map<string, boolean>();
  return (word) => {
    let yes = cache.get(word);
    if (yes === undefined) {
      const entries = lx.lookup(word);
      const simplified = entries[0]?.simplified ?? word;
      yes = PREDICATE_WORDS.has(word) || PREDICATE_TAG.test(jiebaTag(simplified)) || entries.some((e) => e.senses[0]?.startsWith('to '));
      cache.set(word, yes);
    }
    return yes;
  };
}

/** Sentences as study-sentence selection sees them: the hard keys each contains. */
export function studyInputs(sentences: readonly Sentence[], hardIn: (index: number) => ReadonlySet<string>): StudyInput[] {
  return sentences.map((s) => ({ index: s.index, text: s.text, body: s.paragraphKind === 'body', hard: hardIn(s.index), tokens: s.tokens }));
}

/** `formsOf(key)`: the written forms (simplified, traditional) a token of that hard word may have. */
export function studyWords(lx: Lexicon, formsOf: (key: string) => readonly string[], usefulness: (key: string) => number): StudyWords {
  // Written form → the hard keys it can be (行 may be two readings), filled as keys are met.
  const keysByForm = new Map<string, string[]>();
  const indexed = new Set<string>();
  return {
    usefulness,
    isPredicate: createPredicateTest(lx),
    hardKey(word, hard) {
      for (const k of hard) {
        if (indexed.has(k)) continue;
        indexed.add(k);
        for (const form of new Set(formsOf(k))) keysByForm.set(form, [...(keysByForm.get(form) ?? []), k]);
      }
      return keysByForm.get(word)?.find((k) => hard.has(k)) ?? null;
    },
  };
}
