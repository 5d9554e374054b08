import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDeckName, resolveDeckPath, safeDeckFileName } from '../../src/anki/index.js';

describe('deck names as file names', () => {
  it('turns nesting into hyphens and keeps Chinese', () => {
    expect(safeDeckFileName('zhcards::人民日报::社论')).toBe('zhcards-人民日报-社论');
    expect(safeDeckFileName('zhcards::乡村振兴调查')).toBe('zhcards-乡村振兴调查');
  });

  it('cannot climb out of the output folder or name an absolute path', () => {
    expect(safeDeckFileName('../../x')).toBe('x');
    expect(safeDeckFileName('/etc/passwd')).toBe('etc-passwd');
    expect(safeDeckFileName('..\\..\\windows\\system32')).toBe('windows-system32');
    for (const name of ['../../x', '/etc/passwd', '..', '.', '', 'a/../../b', '::', '\u0000']) {
      const path = resolveDeckPath('decks', name, 'apkg');
      expect(dirname(path)).toBe(resolve('decks'));
      expect(path.endsWith('.apkg')).toBe(true);
    }
  });

  it('drops control and bidi-override characters and characters Windows forbids', () => {
    expect(safeDeckFileName('新闻\u0007\n摘要')).toBe('新闻 摘要');
    expect(safeDeckFileName('evil\u202egpj.exe')).toBe('evilgpj.exe');
    expect(safeDeckFileName('问：什么*是"好"<文章>|?')).toBe('问：什么-是-好-文章');
  });

  it('avoids reserved device names and empty results', () => {
    expect(safeDeckFileName('CON')).toBe('CON_');
    expect(safeDeckFileName('lpt1.txt')).toBe('lpt1.txt_');
    expect(safeDeckFileName('....')).toBe('deck');
    expect(safeDeckFileName('   ')).toBe('deck');
  });

  it('stays within file-name length limits without splitting a character', () => {
    const long = safeDeckFileName(`zhcards::${'长'.repeat(200)}`);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(150);
    expect(long).toMatch(/^zhcards-长+$/);
  });

  it('places the file directly in the chosen folder with the chosen extension', () => {
    expect(resolveDeckPath('/tmp/out', 'zhcards::调研', 'tsv')).toBe(join('/tmp/out', 'zhcards-调研.tsv'));
    expect(resolveDeckPath('/tmp/out', 'x', '../apkg')).toBe(join('/tmp/out', 'x.apkg'));
  });
});

describe('default deck name', () => {
  it('nests the title under zhcards and flattens nesting inside it', () => {
    expect(defaultDeckName('乡村振兴调查')).toBe('zhcards::乡村振兴调查');
    expect(defaultDeckName('人民日报 :: 评论')).toBe('zhcards::人民日报 - 评论');
    expect(defaultDeckName('  \n ')).toBe('zhcards::Untitled');
  });
});
