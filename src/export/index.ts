/** Export as one engine step: deck name, output path, cards, and the writer for the format. */
export { EXPORT_FORMATS, FORMAT_EXTENSIONS, checkOutputExtension, type ExportFormat, type ExportOptions } from './options.js';
export { deckNameFor, articleSlug, outputPath } from './plan-export.js';
export { curatedAnalysis, type Selection } from './curate.js';
export { runExport, type ExportRequest, type ExportResult } from './run-export.js';
