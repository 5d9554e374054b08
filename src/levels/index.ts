/** The level scale: which levels exist, what "beyond" is, and how levels are named. */
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
export { levelDescription, levelLabel, levelName, levelNumber, levelTag } from './labels.js';
