import { describe, expect, it } from 'vitest';
import { marksToNumbered, numberedToMarks, toMarksSyllables, toneOf } from '../../src/notation/index.js';

describe('numberedToMarks', () => {
  it.each([
    ['diao4 yan2', 'diào yán'],
    ['zai4 ti3', 'zài tǐ'],
    ['ji1 diao4', 'jī diào'],
    // a and e take the mark first
    ['hao3', 'hǎo'],
    ['mei2', 'méi'],
    ['xue2', 'xué'],
    ['lu:e4', 'lüè'],
    // then the o of ou
    ['gou3', 'gǒu'],
    ['zhou1', 'zhōu'],
    // else the last vowel
    ['gui4', 'guì'],
    ['liu2', 'liú'],
    ['shuo1', 'shuō'],
    ['xiong2', 'xióng'],
    ['zhuang4', 'zhuàng'],
    ['er4', 'èr'],
    ['e2', 'é'],
    ['ou1', 'ōu'],
  ])('%s → %s', (numbered, marks) => {
    expect(numberedToMarks(numbered)).toBe(marks);
  });

  it('writes ü for every spelling of it', () => {
    expect(numberedToMarks('lu:4')).toBe('lǜ');
    expect(numberedToMarks('lv4')).toBe('lǜ');
    expect(numberedToMarks('lü4')).toBe('lǜ');
    expect(numberedToMarks('nu:e4')).toBe('nüè');
    expect(numberedToMarks('nu:3 er2')).toBe('nǚ ér');
    expect(numberedToMarks('Lu:3')).toBe('Lǚ');
    expect(numberedToMarks('nu:5')).toBe('nü');
    expect(numberedToMarks('lve4')).toBe('lüè');
    expect(numberedToMarks('lue4')).toBe('luè');
  });

  it('leaves the neutral tone unmarked, whether written 5, 0 or not at all', () => {
    expect(numberedToMarks('hai2 zi5')).toBe('hái zi');
    expect(numberedToMarks('de0')).toBe('de');
    expect(numberedToMarks('ma')).toBe('ma');
    expect(numberedToMarks('yi1 ge5')).toBe('yī ge');
  });

  it('keeps capitals of proper nouns', () => {
    expect(numberedToMarks('Zhong1 guo2')).toBe('Zhōng guó');
    expect(numberedToMarks('Ou1 yang2 Xiu1')).toBe('Ōu yáng Xiū');
  });

  it('joins erhua to its syllable and writes a lone r5 as r', () => {
    expect(numberedToMarks('zhe4 r5')).toBe('zhèr');
    expect(numberedToMarks('yi1 dian3 r5')).toBe('yī diǎnr');
    expect(numberedToMarks('r5')).toBe('r');
  });

  it('joins erhua by what the token before it is, however often each token was seen', () => {
    // each token is converted once and remembered: a remembered non-syllable (G2) takes no r
    expect(numberedToMarks('G2 r5')).toBe('G2 r');
    expect(numberedToMarks('hao3 r5 hao3')).toBe('hǎor hǎo');
    expect(numberedToMarks('hao3 G2 r5')).toBe('hǎo G2 r');
    expect(numberedToMarks('r5 hao3 r5')).toBe('r hǎor');
  });

  it('marks the syllabic nasals', () => {
    expect(numberedToMarks('m2')).toBe('ḿ');
    expect(numberedToMarks('ng2')).toBe('ńg');
    expect(numberedToMarks('n3')).toBe('ň');
    expect(numberedToMarks('m4').normalize('NFD')).toBe('m\u0300');
    expect(numberedToMarks('hm')).toBe('hm');
    expect(numberedToMarks('hng5')).toBe('hng');
  });

  it('passes through what is not a numbered syllable, with single spaces', () => {
    expect(numberedToMarks('A pian4')).toBe('A piàn');
    expect(numberedToMarks('yi1 , er4')).toBe('yī , èr');
    expect(numberedToMarks('Ka3 er3 · Ma3 ke4 si1')).toBe('Kǎ ěr · Mǎ kè sī');
    expect(numberedToMarks('  ni3   hao3 ')).toBe('nǐ hǎo');
    expect(numberedToMarks('G2 feng1 hui4')).toBe('G2 fēng huì');
    expect(numberedToMarks('iPhone5')).toBe('iPhone5');
    expect(numberedToMarks('')).toBe('');
  });
});

describe('marksToNumbered', () => {
  it('inverts the tone marks', () => {
    expect(marksToNumbered('zài tǐ')).toBe('zai4 ti3');
    expect(marksToNumbered('Zhōng guó')).toBe('Zhong1 guo2');
    expect(marksToNumbered('lǜ sè')).toBe('lu:4 se4');
    expect(marksToNumbered('nüè')).toBe('nu:e4');
  });

  it('writes the neutral tone as 5', () => {
    expect(marksToNumbered('hái zi')).toBe('hai2 zi5');
    expect(marksToNumbered('zǒu le')).toBe('zou3 le5');
  });

  it('reads decomposed marks and splits erhua', () => {
    expect(marksToNumbered('zha\u0300ng')).toBe('zhang4');
    expect(marksToNumbered('zhèr')).toBe('zhe4 r5');
    expect(marksToNumbered('nǎr')).toBe('na3 r5');
    expect(marksToNumbered('ḿ')).toBe('m2');
  });

  it('leaves letters and punctuation alone', () => {
    expect(marksToNumbered('A piàn')).toBe('A pian4');
    expect(marksToNumbered('t o n y lǎo shī')).toBe('t o n y lao3 shi1');
    expect(marksToNumbered('OK')).toBe('OK');
    expect(marksToNumbered('yī , èr')).toBe('yi1 , er4');
  });
});

describe('toneOf', () => {
  it.each([
    ['mā', 1],
    ['má', 2],
    ['mǎ', 3],
    ['mà', 4],
    ['ma', 5],
    ['lǜ', 4],
    ['Ōu', 1],
    ['ḿ', 2],
  ] as const)('%s is tone %i', (syllable, tone) => {
    expect(toneOf(syllable)).toBe(tone);
  });
});

describe('toMarksSyllables', () => {
  it('gives one piece per character, splitting erhua back off', () => {
    expect(toMarksSyllables('zài tǐ')).toEqual(['zài', 'tǐ']);
    expect(toMarksSyllables('yī diǎnr')).toEqual(['yī', 'diǎn', 'r']);
    expect(toMarksSyllables(' nǚ   hái ')).toEqual(['nǚ', 'hái']);
    expect(toMarksSyllables('')).toEqual([]);
  });
});
