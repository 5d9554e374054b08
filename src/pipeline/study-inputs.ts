/**
 * Stage glue for study sentences: each body sentence's tokens marked with the hard word they
 * are (if any) and whether they can carry a clause (a verb or adjective), for select/ to judge.
 */
import type { Sentence } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { StudyInput, StudyToken } from '../select/index.js';
import { jiebaTag } from '../segment/index.js';

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

/**
 * `hardIn(i)` gives the hard vocabulary keys of sentence i; `formsOf(key)` the written forms
 * (simplified, traditional) a token may have.
 */
export function studyInputs(
  sentences: readonly Sentence[],
  hardIn: (index: number) => ReadonlySet<string>,
  formsOf: (key: string) => readonly string[],
  isPredicate: (word: string) => boolean,
): StudyInput[] {
  return sentences.map((s) => {
    const body = s.paragraphKind === 'body';
    const keys = body ? [...hardIn(s.index)] : [];
    const keyOf = (text: string) => keys.find((k) => formsOf(k).includes(text)) ?? null;
    let tokens: StudyToken[] | null = null;
    const build = () =>
      s.tokens.map((t) => {
        const word = t.kind === 'word';
        return { text: t.text, start: t.start, end: t.end, kind: t.kind, hard: word ? keyOf(t.text) : null, predicate: word && isPredicate(t.text) };
      });
    return { index: s.index, text: s.text, body, hardCount: keys.length, tokens: () => (tokens ??= build()) };
  });
}
