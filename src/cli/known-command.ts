/** `zhcards known add|remove|list|import`: the learner's known words in the database. */
import { basename } from 'node:path';
import { simplifiedKey } from '../learner/index.js';
import { loadLexicon } from '../lexicon/index.js';
import { databasePath } from '../paths/index.js';
import { readKnownEntries } from '../pipeline/index.js';
import { addKnownWords, listKnownWords, openDatabase, removeKnownWords } from '../storage/index.js';
import type { KnownAction } from './args.js';
import type { CliIo } from './io.js';
import { plural } from './plural.js';

export function runKnown(cmd: { action: KnownAction; words: string[] }, io: CliIo): number {
  // Read the file before opening the database, so a bad file leaves no trace.
  const entries = cmd.action === 'import' ? readKnownEntries(cmd.words[0]!) : [];
  const db = openDatabase(databasePath(io.env));
  try {
    switch (cmd.action) {
      case 'list': {
        const words = listKnownWords(db).map((w) => w.word);
        if (words.length) io.stdout.write(`${words.join('\n')}\n`);
        else io.stderr.write('No known words yet (add some with: zhcards known add WORD…)\n');
        return 0;
      }
      case 'remove': {
        const lx = loadLexicon();
        const removed = removeKnownWords(db, cmd.words.map((w) => simplifiedKey(w, lx)));
        const missing = cmd.words.length - removed;
        io.stdout.write(`Removed ${plural(removed, 'known word')}${missing ? `; ${plural(missing, 'word')} ${missing === 1 ? 'was' : 'were'} not in the list` : ''}.\n`);
        return 0;
      }
      case 'add':
      case 'import': {
        const lx = loadLexicon();
        const raw = cmd.action === 'add' ? cmd.words : entries.map((e) => e.word);
        const keys = [...new Set(raw.map((w) => simplifiedKey(w, lx)).filter(Boolean))];
        const source = cmd.action === 'add' ? 'cli' : `import:${basename(cmd.words[0]!)}`;
        const added = addKnownWords(db, keys, source, io.now());
        const unknown = keys.filter((k) => !lx.has(k));
        const parts = [`${cmd.action === 'add' ? 'Added' : `Imported from ${basename(cmd.words[0]!)}:`} ${plural(added, 'new known word')}`];
        if (keys.length > added) parts.push(`${keys.length - added} already known`);
        if (unknown.length) parts.push(`${unknown.length} not in the dictionary, kept anyway (${unknown.slice(0, 5).join(' ')}${unknown.length > 5 ? ' …' : ''})`);
        io.stdout.write(`${parts.join('; ')}.\n`);
        return 0;
      }
    }
  } finally {
    db.close();
  }
}
