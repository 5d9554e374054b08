/** The level scale: which levels exist, what "beyond" is, and how levels are named; level systems. */
export {
  DEFAULT_SCALE,
  HSK2,
  beyondLevel,
  clampLevel,
  isBeyond,
  levelOrBeyond,
  numberedScale,
  scaleLevels,
  topLevel,
  type LevelScale,
} from './scale.js';
export { parseCsv } from './csv.js';
export { parseLevelCell, wordForms } from './level-list.js';
export { HSK3_ON_HSK2, HSK30_SOURCE, hsk30Path, parseHsk30, readHsk30 } from './hsk30.js';
export { levelDescription, levelLabel, levelName, levelNumber, levelTag } from './labels.js';
export { parseLevelList, type LevelList } from './level-file.js';
export {
  FREQ_BANDS,
  FREQ_SCALE,
  FREQ_SYSTEM,
  HSK2_SYSTEM,
  calibrateFromHsk2,
  countLevels,
  listScale,
  listSystem,
  type BaseLevel,
  type LevelSystem,
  type SystemLevel,
} from './systems.js';
export { BUILT_IN_SYSTEMS, HSK3_FROM_HSK2, HSK3_SCALE, chooseLevelSystem, fileSystem, hsk30Pairs } from './choose-system.js';
