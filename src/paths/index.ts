/** Where things are: the install (articles, decks, lexicon) and the learner's data folder. */
export { projectRoot, articlesDir, decksDir } from './project-root.js';
export { dataDir, databasePath, DATABASE_FILE, type Env } from './data-dir.js';
