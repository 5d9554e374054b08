import { describe, expect, it } from 'vitest';
import { fileNameOf, fitSentence, maskHeadword, occurrences, visibleLength } from '../../src/cards/index.js';
import { sentence } from '../fixtures/anki/cards.js';

describe('where a word occurs, in either script', () => {
  const s = sentence(
    [['政策', 'zhèng cè'], ['出台', 'chū tái'], ['后', 'hòu'], ['，', ''], ['这', 'zhè'], ['项', 'xiàng'], ['政策性', 'zhèng cè xìng'], ['贷款', 'dài kuǎn'],
     ['按', 'àn'], ['政策', 'zhèng cè'], ['发放', 'fā fàng'], ['。', '']],
    0,
  );

  it('finds every occurrence, also inside a longer token', () => {
    const spans = occurrences(s.text, s.tokens, ['政策', '政策']);
    expect(spans.map(([a, b]) => s.text.slice(a, b))).toEqual(['政策', '政策', '政策']);
  });

  it('matches the traditional form the article wrote', () => {
    const trad = sentence([['這', 'zhè'], ['項', 'xiàng'], ['調研', 'diào yán'], ['很', 'hěn'], ['重要', 'zhòng yào'], ['。', '']], 2);
    expect(occurrences(trad.text, trad.tokens, ['调研', '調研'])).toEqual([[2, 4]]);
  });

  it('counts a one-character word only as a whole token, so 行 is not found in 银行', () => {
    const bank = sentence([['银行', 'yín háng'], ['不', 'bù'], ['行', 'xíng'], ['。', '']], 2);
    expect(occurrences(bank.text, bank.tokens, ['行'])).toEqual([[3, 4]]);
    // …unless the caller wants every place the character shows (the production blank).
    expect(occurrences(bank.text, bank.tokens, ['行'], { inside: true })).toEqual([[1, 2], [3, 4]]);
  });

  it('masks the headword in both scripts inside definitions', () => {
    expect(maskHeadword('see 民宿[min2 su4]', ['民宿', '民宿'])).toBe('see ～[min2 su4]');
    expect(maskHeadword('variant of 塔 and 墖', ['塔', '墖'])).toBe('variant of ～ and ～');
    expect(maskHeadword('pagoda', ['塔'])).toBe('pagoda');
  });
});

describe('card sentences that fit a phone', () => {
  // 56 characters: three clauses, the word in the middle one.
  const long = sentence(
    [['记者', 'jì zhě'], ['近日', 'jìn rì'], ['来到', 'lái dào'], ['江南', 'jiāng nán'], ['一个', 'yí gè'], ['偏远', 'piān yuǎn'], ['的', 'de'], ['小', 'xiǎo'], ['村庄', 'cūn zhuāng'], ['，', ''],
     ['对', 'duì'], ['当地', 'dāng dì'], ['民宿', 'mín sù'], ['产业', 'chǎn yè'], ['的', 'de'], ['发展', 'fā zhǎn'], ['进行', 'jìn xíng'], ['了', 'le'], ['深入', 'shēn rù'], ['调研', 'diào yán'], ['，', ''],
     ['并', 'bìng'], ['与', 'yǔ'], ['多位', 'duō wèi'], ['村民', 'cūn mín'], ['和', 'hé'], ['经营者', 'jīng yíng zhě'], ['进行', 'jìn xíng'], ['了', 'le'], ['交流', 'jiāo liú'], ['。', '']],
    19,
  );

  it('leaves a sentence of up to 40 characters alone', () => {
    const short = sentence([['语言', 'yǔ yán'], ['是', 'shì'], ['文化', 'wén huà'], ['的', 'de'], ['载体', 'zài tǐ'], ['。', '']], 4);
    expect(fitSentence(short)).toBe(short);
  });

  it('cuts a long sentence to the clauses around the word, with an ellipsis where text went', () => {
    expect(visibleLength(long.text)).toBeGreaterThan(40);
    const cut = fitSentence(long, 20);
    expect(cut.text).toBe('…对当地民宿产业的发展进行了深入调研…');
    expect(visibleLength(cut.text)).toBeLessThanOrEqual(20);
    expect(cut.text.slice(cut.targetStart, cut.targetEnd)).toBe('调研');
    // Tokens still describe the shorter text, so pinyin lines up.
    for (const t of cut.tokens) expect(cut.text.slice(t.start, t.end)).toBe(t.text);
    expect(cut.tokens.map((t) => t.text).join('')).toBe('对当地民宿产业的发展进行了深入调研');
  });

  it('keeps neighbouring clauses while they fit in 40 characters', () => {
    const cut = fitSentence(long);
    expect(visibleLength(cut.text)).toBeLessThanOrEqual(40);
    expect(cut.text).toBe('…对当地民宿产业的发展进行了深入调研，并与多位村民和经营者进行了交流。');
    expect(cut.text.slice(cut.targetStart, cut.targetEnd)).toBe('调研');
  });

  it('keeps the first clause without a leading ellipsis', () => {
    const first = { ...long, targetStart: 0, targetEnd: 2 };
    expect(fitSentence(first, 20).text).toBe('记者近日来到江南一个偏远的小村庄…');
  });

  it('never leaves a cut example under 8 characters: a short clause takes its neighbour', () => {
    const s = sentence(
      [['相关', 'xiāng guān'], ['报道', 'bào dào'], ['，', ''], ['请', 'qǐng'], ['见', 'jiàn'], ['本报', 'běn bào'], ['昨天', 'zuó tiān'], ['第三', 'dì sān'], ['版', 'bǎn'],
       ['刊登', 'kān dēng'], ['的', 'de'], ['长篇', 'cháng piān'], ['调查', 'diào chá'], ['文章', 'wén zhāng'], ['，', ''], ['以及', 'yǐ jí'], ['网站', 'wǎng zhàn'], ['上', 'shàng'],
       ['的', 'de'], ['全部', 'quán bù'], ['视频', 'shì pín'], ['和', 'hé'], ['图片', 'tú piàn'], ['。', '']],
      1,
    );
    const cut = fitSentence(s, 12);
    expect(cut.text).toBe('相关报道，请见本报昨天第三版刊登的长篇调查文章…');
    expect(cut.text.slice(cut.targetStart, cut.targetEnd)).toBe('报道');
  });
});

describe('card source', () => {
  it('is the file name only, never the folders', () => {
    expect(fileNameOf('/home/lin/private/articles/xiangcun.txt')).toBe('xiangcun.txt');
    expect(fileNameOf('C:\\Users\\lin\\news.html')).toBe('news.html');
    expect(fileNameOf('news.txt')).toBe('news.txt');
    expect(fileNameOf('-')).toBe('');
  });
});
