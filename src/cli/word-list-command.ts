/**
 * `zhcards known|ignored add|remove|list|import|export`: the learner's two word lists in the
 * database. Known = "I know it"; ignored = "never show it to me" (names, noise).
 */
import { basename } from 'node:path';
import { simplifiedKey } from '../learner/index.js';
import { parseKnownFile, type ParsedKnownFile } from '../select/index.js';
import { loadLexicon } from '../lexicon/index.js';
import { databasePath } from '../paths/index.js';
import { readKnownText } from '../pipeline/index.js';
import { addIgnoredWords, addKnownWords, listIgnoredWords, listKnownWords, openDatabase, removeIgnoredWords, removeKnownWords, type Database, type ListedWord } from '../storage/index.js';
import type { Command } from './args.js';
import { exportWordList } from './word-list-export.js';
import type { CliIo } from './io.js';
import { plural } from '../text/plural.js';

interface WordListStore {
  noun: string;
  add(db: Database, words: string[], source: string, now: Date): number;
  remove(db: Database, words: string[]): number;
  list(db: Database): ListedWord[];
}

const STORES: Record<'known' | 'ignored', WordListStore> = {
  known: { noun: 'known word', add: addKnownWords, remove: removeKnownWords, list: listKnownWords },
  ignored: { noun: 'ignored word', add: addIgnoredWords, remove: removeIgnoredWords, list: listIgnoredWords },
};

export async function runWordList(cmd: Extract<Command, { name: 'known' | 'ignored' }>, io: CliIo): Promise<number> {
  const store = STORES[cmd.name];
  // Read the file before opening the database, so a bad file leaves no trace.
  const parsed: ParsedKnownFile | null = cmd.action === 'import' ? parseKnownFile(readKnownText(cmd.words[0]!), (cmd.format ?? 'auto') as 'auto', cmd.field) : null;
  const db = openDatabase(databasePath(io.env));
  try {
    switch (cmd.action) {
      case 'list': {
        const words = store.list(db).map((w) => w.word);
        if (words.length) io.stdout.write(`${words.join('\n')}\n`);
        else io.stderr.write(`No ${store.noun}s yet (add some with: zhcards ${cmd.name} add WORD…)\n`);
        return 0;
      }
      case 'remove': {
        const lx = loadLexicon();
        const removed = store.remove(db, cmd.words.map((w) => simplifiedKey(w, lx)));
        const missing = cmd.words.length - removed;
        io.stdout.write(`Removed ${plural(removed, store.noun)}${missing ? `; ${plural(missing, 'word')} ${missing === 1 ? 'was' : 'were'} not in the list` : ''}.\n`);
        return 0;
      }
      case 'export':
        return await exportWordList(store.list(db).map((w) => w.word), cmd, io);
      case 'add':
      case 'import': {
        const lx = loadLexicon();
        const raw = cmd.action === 'add' ? cmd.words : parsed!.entries.map((e) => e.word);
        const keys = [...new Set(raw.map((w) => simplifiedKey(w, lx)).filter(Boolean))];
        const source = cmd.action === 'add' ? 'cli' : `import:${basename(cmd.words[0]!)}`;
        const added = store.add(db, keys, source, io.now());
        const unknown = keys.filter((k) => !lx.has(k));
        const from = cmd.action === 'import' ? `Imported from ${basename(cmd.words[0]!)}${parsed!.format === 'list' ? '' : ` (${parsed!.format})`}:` : 'Added';
        const parts = [`${from} ${plural(added, `new ${store.noun}`)}`];
        if (keys.length > added) parts.push(`${keys.length - added} already ${cmd.name}`);
        const skipped = parsed?.unrecognised.filter(Boolean) ?? [];
        if (skipped.length) parts.push(`${skipped.length} unrecognised, not a Chinese word (${skipped.slice(0, 3).join(' | ')}${skipped.length > 3 ? ' …' : ''})`);
        if (unknown.length) parts.push(`${unknown.length} not in the dictionary, kept anyway (${unknown.slice(0, 5).join(' ')}${unknown.length > 5 ? ' …' : ''})`);
        io.stdout.write(`${parts.join('; ')}.\n`);
        return 0;
      }
    }
  } finally {
    db.close();
  }
}
