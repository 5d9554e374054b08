/**
 * How hard one analysed article is for this learner: the coverage curve by word tokens and
 * by characters, the learner's own coverage, the level that reaches 95%, and the unknown
 * words that stand between the learner and 95% ("budget"). Numbers come from the analysis,
 * so `level`, `analyze` and the app never disagree.
 */
import type { Analysis, VocabItem } from '../domain/types.js';
import { DEFAULT_SCALE, beyondLevel, isBeyond, levelName, scaleLevels, type LevelScale } from '../levels/index.js';
import { COVERAGE_TARGET } from '../select/index.js';

export interface CurvePoint {
  level: number;
  /** The level's label in its system: "HSK 3", "HSK3 7–9", "F2k". */
  name: string;
  /** Share of word tokens at or below this level. */
  tokens: number;
  /** The same, counting characters of word tokens. */
  chars: number;
}

export interface BudgetWord {
  word: string;
  level: number | null;
  count: number;
  /** Share of the gap between the learner's coverage and 95% this word alone closes. */
  shareOfGap: number;
}

export interface ArticleDifficulty {
  source: string;
  title: string;
  system: string;
  wordTokens: number;
  chars: number;
  curve: CurvePoint[];
  /** Share of word tokens / characters the learner handles: known, ignored or at their level. */
  personal: { tokens: number; chars: number };
  /** Lowest level whose curve reaches 95% of word tokens; beyond the scale when none does. */
  estimatedLevel: number;
  estimatedLevelName: string;
  /** Unknown words, most frequent first, each with its share of the gap to 95%. */
  budget: BudgetWord[];
  /** How many of those words, learnt most frequent first, bring the learner to 95%. */
  wordsTo95: number;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const charCount = (s: string) => [...s].length;

/** The word tokens of vocabulary-bearing paragraphs, each with its vocabulary item if any. */
function wordTokens(a: Analysis): Array<{ chars: number; item: VocabItem | undefined }> {
  const byForm = new Map<string, VocabItem>();
  for (const v of a.vocab) for (const f of [v.word, v.traditional]) if (!byForm.has(f)) byForm.set(f, v);
  const out: Array<{ chars: number; item: VocabItem | undefined }> = [];
  for (const s of a.sentences) {
    if (s.paragraphKind !== 'body' && s.paragraphKind !== 'headline') continue;
    for (const t of s.tokens) if (t.kind === 'word') out.push({ chars: charCount(t.text), item: byForm.get(t.text) });
  }
  return out;
}

/** `budgetSize`: how many blocking words to list. */
export function articleDifficulty(a: Analysis, budgetSize = 10): ArticleDifficulty {
  const scale: LevelScale = a.scale ?? DEFAULT_SCALE;
  const tokens = wordTokens(a);
  const atLevel = new Array<{ tokens: number; chars: number }>(beyondLevel(scale) + 1).fill({ tokens: 0, chars: 0 }).map(() => ({ tokens: 0, chars: 0 }));
  let chars = 0;
  let hardChars = 0;
  for (const t of tokens) {
    chars += t.chars;
    if (t.item?.hard) hardChars += t.chars;
    const l = t.item?.level ?? null;
    if (!isBeyond(l, scale)) (atLevel[l!]!.tokens++, (atLevel[l!]!.chars += t.chars));
  }
  let coveredTokens = 0;
  let coveredChars = 0;
  const curve = scaleLevels(scale).map((level) => {
    coveredTokens += atLevel[level]!.tokens;
    coveredChars += atLevel[level]!.chars;
    return { level, name: levelName(level, scale), tokens: tokens.length ? round4(coveredTokens / tokens.length) : 0, chars: chars ? round4(coveredChars / chars) : 0 };
  });
  const estimatedLevel = curve.find((p) => p.tokens >= COVERAGE_TARGET)?.level ?? beyondLevel(scale);
  const personal = a.stats.learnerCoverage;
  const gap = COVERAGE_TARGET - personal;
  const hard = a.vocab.filter((v) => v.hard).sort((x, y) => y.count - x.count || x.word.localeCompare(y.word));
  let wordsTo95 = 0;
  for (let covered = personal; covered < COVERAGE_TARGET && wordsTo95 < hard.length; wordsTo95++) covered += hard[wordsTo95]!.count / a.stats.wordTokens;
  return {
    source: a.articles[0]?.source ?? '-',
    title: a.articles[0]?.title ?? '',
    system: scale.id,
    wordTokens: tokens.length,
    chars,
    curve,
    personal: { tokens: personal, chars: chars ? round4(1 - hardChars / chars) : 0 },
    estimatedLevel,
    estimatedLevelName: levelName(estimatedLevel, scale),
    budget: gap <= 0 ? [] : hard.slice(0, budgetSize).map((v) => ({ word: v.word, level: v.level, count: v.count, shareOfGap: round4(v.count / a.stats.wordTokens / gap) })),
    wordsTo95: gap <= 0 ? 0 : wordsTo95,
  };
}

/** Easiest first for this learner: highest personal coverage, then lowest estimated level, then title. */
export function readingList(articles: readonly ArticleDifficulty[]): ArticleDifficulty[] {
  return [...articles].sort((x, y) => y.personal.tokens - x.personal.tokens || x.estimatedLevel - y.estimatedLevel || x.title.localeCompare(y.title, 'zh'));
}
