import { describe, expect, it } from 'vitest';
import { readingKey, tonelessKey } from '../../src/lexicon/reading.js';
import { senseRank } from '../../src/lexicon/sense-rank.js';
import { classifiersIn, renderSense, senseKind, senseReference } from '../../src/lexicon/senses.js';

describe('senseKind (raw CC-CEDICT senses)', () => {
  it.each([
    ['surname Chen', 'surname'],
    ['surname Kim (Korean)', 'surname'],
    ['surname and given name; full name', 'real'],
    ['variant of 個|个[ge4]', 'variant'],
    ['old variant of 乾|干[gan1]', 'variant'],
    ['erhua variant of 一點|一点[yi1 dian3]', 'erhua'],
    ['variant of 鉤|钩[gou1], hook', 'real'],
    ['used in 道行[dao4 heng2]', 'usedIn'],
    ['(used in place names)', 'note'],
    ['(used in negative expressions) (not) the least bit', 'real'],
    ['see 一命嗚呼|一命呜呼[yi1 ming4 wu1 hu1]', 'see'],
    ['see Jiang Ziya 姜子牙[Jiang1 Zi3 ya2]', 'see'],
    ['see you next time', 'real'],
    ['see also: proper fraction 真分數|真分数[zhen1 fen1 shu4]', 'note'],
    ['same as 差不多', 'sameAs'],
    ['Taiwan pr. [xing4]', 'note'],
    ['also pr. [yi1 hui3]', 'note'],
    ['CL:個|个[ge4],位[wei4]', 'classifier'],
    ['percent (Tw)', 'taiwan'],
    ['(Tw) value for money; bang for your buck', 'taiwan'],
    ['(in data tables) row; (Tw) column', 'real'],
  ])('%s → %s', (sense, kind) => {
    expect(senseKind(sense)).toBe(kind);
  });

  it('parses references into simplified word and pinyin', () => {
    expect(senseReference('variant of 為|为[wei2]')).toEqual({ kind: 'variant', word: '为', traditional: '為', pinyin: 'wei2' });
    expect(senseReference('abbr. for 北京')).toBeNull();
  });
});

describe('renderSense', () => {
  it('shows simplified references with tone marks, spaced from the word', () => {
    expect(renderSense('used in 自個兒|自个儿[zi4 ge3 r5]')).toBe('used in 自个儿 [zì gěr]');
    expect(renderSense('abbr. for 七言律詩|七言律诗[qi1 yan2 lu : 4 shi1]')).toBe('abbr. for 七言律诗 [qī yán lǜ shī]');
    expect(renderSense('(used with 得[de2] or 不[bu4] after a verb)')).toBe('(used with 得 [dé] or 不 [bù] after a verb)');
  });

  it('drops Taiwan-only parts and pronunciation, variant and classifier asides', () => {
    expect(renderSense('(in data tables) row; (Tw) column')).toBe('(in data tables) row');
    expect(renderSense('behavior; conduct (Taiwan pr. [xing4])')).toBe('behavior; conduct');
    expect(renderSense('to understand clearly (variant of 瞭|了[liao3])')).toBe('to understand clearly');
    expect(renderSense('light; ray (CL:道[dao4])')).toBe('light; ray');
  });

  it('leaves non-pinyin brackets alone and trims long examples', () => {
    expect(renderSense('(Tw) A-choy (from Taiwanese 萵仔菜, Tai-lo pr. [ue-á-tshài])')).toContain('[ue-á-tshài]');
    const da = renderSense(
      'a semantically light, transitive verb that is combined with various grammatical objects to form compound verbs (e.g. 打傘|打伞[da3 san3] "to hold an umbrella")',
    );
    expect(da).toBe('a semantically light, transitive verb that is combined with various grammatical objects to form compound verbs');
  });

  it('extracts classifiers from CL: senses and asides', () => {
    expect(classifiersIn('CL:張|张[zhang1],個|个[ge4]')).toEqual(['张 (zhāng)', '个 (gè)']);
    expect(classifiersIn('mouth (CL:張|张[zhang1])')).toEqual(['张 (zhāng)']);
    expect(classifiersIn('classifier for rows or lines')).toEqual([]);
  });

  it('ranks bound forms, fields, colloquial and marginal senses after plain ones', () => {
    expect(senseRank('capable; competent')).toBe(0);
    expect(senseRank('as (in the capacity of)')).toBe(0);
    expect(senseRank('(bound form) to walk; to go')).toBe(1);
    expect(senseRank('(math.) difference (amount remaining after a subtraction)')).toBe(1);
    expect(senseRank('(coll.) bald crown; male pattern baldness')).toBe(2);
    expect(senseRank('(literary) trip; journey; visit')).toBe(3);
    expect(senseRank('artificial mound (old)')).toBe(3);
    expect(senseRank('(onom.) dong')).toBe(3);
    expect(senseRank('to kill (slang)')).toBe(3);
    expect(senseRank('used in 傢伙|家伙[jia1 huo5] and 傢俱|家俱[jia1 ju4]')).toBe(3);
    expect(senseRank('old variant of 乾|干[gan1]')).toBe(3);
  });
});

describe('readingKey', () => {
  it('normalises case, ü, neutral tone, erhua, spacing and tone marks', () => {
    expect(readingKey('Zhong1 guo2')).toBe('zhong1 guo2');
    expect(readingKey('zhong1guo2')).toBe('zhong1 guo2');
    for (const r of ['lu:4', 'lv4', 'lü4', 'lǜ', 'lu : 4']) expect(readingKey(r), r).toBe('lv4');
    expect(readingKey('le0')).toBe('le5');
    expect(readingKey('le')).toBe('le5');
    expect(readingKey('yi1 dian3 r5')).toBe('yi1 dian3 er5');
    expect(readingKey('zài tǐ')).toBe('zai4 ti3');
    expect(tonelessKey('zai4 ti3')).toBe('zai ti');
  });
});
