/**
 * `zhcards level FILE|DIR…`: how hard each article is for this learner, and for several a
 * reading list, easiest first. `zhcards levels`: the level systems and their sizes.
 */
import { relative } from 'node:path';
import type { ArticleDifficulty } from '../difficulty/index.js';
import type { LevelSystem } from '../levels/index.js';
import { projectRoot } from '../paths/index.js';
import type { Command } from './args.js';
import { styleFor, type Style } from './colors.js';
import { writeChunks, type CliIo } from './io.js';
import { learnerSystem, openLearner, rememberChoices } from './learner-db.js';

type LevelCmd = Extract<Command, { name: 'level' }>;
type LevelsCmd = Extract<Command, { name: 'levels' }>;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const BUDGET = 10;

export async function runLevel(cmd: LevelCmd, io: CliIo): Promise<number> {
  const learner = await openLearner(cmd, io);
  try {
    const system = await learnerSystem(learner, cmd);
    const [{ loadInputs, analyzeArticles }, { articleDifficulty, readingList }, { loadLexicon }] = await Promise.all([
      import('../pipeline/index.js'),
      import('../difficulty/index.js'),
      import('../lexicon/index.js'),
    ]);
    const { articles, known } = await loadInputs(cmd, learner.notHard);
    // One lexicon and segmenter for all articles; each article is analysed on its own.
    const lx = loadLexicon();
    const level = Math.max(learner.preferences.level, cmd.knownLevel ?? 0);
    const results = articles.map((a) => articleDifficulty(analyzeArticles([a], { level, known, sort: 'useful', system }, lx), cmd.limit ?? BUDGET));
    const ordered = results.length > 1 ? readingList(results) : results;
    await rememberChoices(learner, cmd, io.now());
    const scaleId = system?.scale.id ?? 'hsk2';
    if (cmd.json) {
      writeChunks(io.stdout, [JSON.stringify({ levelSystem: scaleId, level: learner.preferences.level, knownLevel: cmd.knownLevel, articles: ordered }, null, 1), '\n']);
    } else {
      const style = styleFor(io.stdout, io.env);
      io.stdout.write(`${formatLevels(ordered, learner.preferences.level, system, style, io.cwd)}\n`);
    }
    return 0;
  } finally {
    learner.db?.close();
  }
}

function formatArticle(d: ArticleDifficulty, style: Style, cwd: string): string[] {
  const curve = d.curve.map((p) => `${p.name} ${pct(p.tokens)}/${pct(p.chars)}`).join('  ');
  const out = [
    `${style.bold(d.title || d.source)}  ${style.dim(d.source === '-' ? 'stdin' : relative(cwd, d.source) || d.source)}`,
    `  coverage (words/characters)  ${curve}`,
    `  you know ${pct(d.personal.tokens)} of the words, ${pct(d.personal.chars)} of the characters · estimated level ${style.bold(d.estimatedLevelName)} (95% of words)`,
  ];
  if (d.budget.length) {
    const words = d.budget.map((b) => `${b.word} ${b.count}× ${pct(b.shareOfGap)}`).join('  ');
    out.push(`  to reach 95%: learn ${d.wordsTo95} word${d.wordsTo95 === 1 ? '' : 's'}; share of the gap: ${words}`);
  } else out.push('  you already reach 95% of the words');
  return out;
}

function formatLevels(list: ArticleDifficulty[], level: number, system: LevelSystem | undefined, style: Style, cwd: string): string {
  const name = system ? system.scale.names[level - 1] : `HSK ${level}`;
  const out: string[] = [];
  if (list.length > 1) {
    out.push(style.bold(`Reading list for a learner at ${name}, easiest first`));
    list.forEach((d, i) => out.push(`${String(i + 1).padStart(3)}. ${pct(d.personal.tokens).padStart(4)}  ${d.estimatedLevelName.padEnd(12)} ${d.title || d.source}`));
    out.push('');
  } else out.push(style.dim(`For a learner at ${name}:`));
  for (const d of list) out.push(...formatArticle(d, style, cwd), '');
  return out.join('\n').trimEnd();
}

interface SystemRow {
  id: string;
  title: string;
  description: string;
  levels: Array<{ name: string; words: number | null }>;
}

export async function runLevels(cmd: LevelsCmd, io: CliIo): Promise<number> {
  const learner = await openLearner({ db: cmd.db, level: null, sort: null, levels: cmd.levels }, io);
  try {
    const [lv, { loadLexicon }, { readHskLevels }] = await Promise.all([import('../levels/index.js'), import('../lexicon/index.js'), import('../lexicon/build.js')]);
    const lx = loadLexicon();
    const chosen = learner.preferences.levels;
    const specs = [...lv.BUILT_IN_SYSTEMS, ...(lv.BUILT_IN_SYSTEMS as readonly string[]).includes(chosen) ? [] : [chosen]];
    const rows: SystemRow[] = specs.map((spec) => {
      const system = lv.chooseLevelSystem(spec, lx, projectRoot());
      const counts = spec === 'hsk2' ? readHskLevels().map((l) => l.length) : spec === 'freq' ? lv.FREQ_BANDS.map((b, i) => b - (lv.FREQ_BANDS[i - 1] ?? 0)) : system.counts();
      return { id: spec, title: system.scale.title, description: system.description, levels: system.scale.names.map((n, i) => ({ name: n, words: counts?.[i] ?? null })) };
    });
    await rememberChoices(learner, { db: cmd.db, level: null, sort: null, levels: cmd.levels }, io.now());
    if (cmd.json) io.stdout.write(`${JSON.stringify({ chosen, systems: rows }, null, 1)}\n`);
    else {
      const style = styleFor(io.stdout, io.env);
      const out = [style.bold('Level systems (* = yours; choose with --levels)')];
      for (const r of rows) {
        out.push(`${r.id === chosen ? '*' : ' '} ${style.bold(r.id)}  ${r.description}`);
        out.push(`    ${r.levels.map((l) => `${l.name}: ${l.words ?? '?'}`).join('  ')}`);
      }
      io.stdout.write(`${out.join('\n')}\n`);
    }
    return 0;
  } finally {
    learner.db?.close();
  }
}
