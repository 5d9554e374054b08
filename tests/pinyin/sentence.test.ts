import { describe, expect, it } from 'vitest';
import { segments, type Tok } from './segments.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { sentencePinyin } from '../../src/pinyin/index.js';

const lx = loadLexicon();



/** Marks per token, as `token:marks`. */
function read(...tokens: Tok[]): string[] {
  const { sentence, segs } = segments(tokens);
  return sentencePinyin(sentence, segs, lx).map((r, i) => `${segs[i]!.text}:${r.marks}`);
}

function marksOf(word: string, ...tokens: Tok[]): string {
  const hit = read(...tokens).find((t) => t.startsWith(`${word}:`));
  if (!hit) throw new Error(`no token ${word}`);
  return hit.slice(word.length + 1);
}

describe('sentencePinyin: the dictionary wins where it is unambiguous', () => {
  it('reads 载体 zài tǐ and 基调 jī diào (pinyin-pro alone: zǎi tǐ, jī tiáo)', () => {
    expect(read('新闻', '是', '文化', '的', '载体', '。')).toContain('载体:zài tǐ');
    expect(read('会议', '定下', '了', '基调', '。')).toContain('基调:jī diào');
  });

  it('reads traditional input by its traditional headword', () => {
    expect(read('文化', '的', '載體', '和', '基調')).toEqual(['文化:wén huà', '的:de', '載體:zài tǐ', '和:hé', '基調:jī diào']);
  });

  it('gives both the marks and the CC-CEDICT numbered form', () => {
    const { sentence, segs } = segments(['绿色', '的', '这儿']);
    expect(sentencePinyin(sentence, segs, lx)).toEqual([
      { marks: 'lǜ sè', numbered: 'lu:4 se4' },
      { marks: 'de', numbered: 'de5' },
      { marks: 'zhèr', numbered: 'zhe4 r5' },
    ]);
  });
});

describe('sentencePinyin: polyphones in context', () => {
  it('行 háng / xíng', () => {
    expect(marksOf('银行', '他', '在', '银行', '工作', '。')).toBe('yín háng');
    expect(marksOf('行', '他', '一', '行', '就', '是', '十年', '。')).toBe('háng');
    expect(marksOf('行走', '老人', '在', '街上', '慢慢', '行走', '。')).toBe('xíng zǒu');
  });

  it('长 zhǎng / cháng', () => {
    expect(marksOf('长大', '孩子', '长大', '了', '。')).toBe('zhǎng dà');
    expect(marksOf('长', '这', '条', '路', '很', '长', '。')).toBe('cháng');
  });

  it('重 chóng / zhòng', () => {
    expect(marksOf('重新', '我们', '重新', '开始', '。')).toBe('chóng xīn');
    expect(marksOf('重要', '这', '很', '重要', '。')).toBe('zhòng yào');
  });

  it('还 huán / hái', () => {
    expect(marksOf('还', '他', '明天', '还', '钱', '。')).toBe('huán');
    expect(marksOf('还', '他', '还', '了', '钱', '。')).toBe('huán');
    expect(marksOf('还有', '我们', '还有', '三天', '。')).toBe('hái yǒu');
    expect(marksOf('还', '他', '还', '没', '来', '。')).toBe('hái');
  });

  it('了 liǎo / le', () => {
    expect(marksOf('了解', '我', '了解', '他', '。')).toBe('liǎo jiě');
    expect(marksOf('了', '他', '走', '了', '。')).toBe('le');
    expect(read('我', '受不了', '了', '。')).toEqual(['我:wǒ', '受不了:shòu bù liǎo', '了:le', '。:']);
  });

  it('着 zháo / zhe', () => {
    expect(read('他', '睡着', '了', '。')).toEqual(['他:tā', '睡着:shuì zháo', '了:le', '。:']);
    expect(marksOf('着', '我', '看', '着', '他', '。')).toBe('zhe');
  });

  it('得 de / děi / dé', () => {
    expect(marksOf('得', '他', '跑', '得', '很快', '。')).toBe('de');
    expect(marksOf('得', '你', '得', '去', '。')).toBe('děi');
    expect(marksOf('得', '他', '得', '了', '冠军', '。')).toBe('dé');
    // a noun subject marked by a demonstrative: the modal; a complement after it stays de
    expect(marksOf('得', '那', '件', '事', '得', '抓紧', '。')).toBe('děi');
    expect(marksOf('得', '这', '孩子', '长', '得', '很', '高', '。')).toBe('de');
  });

  it('倒 dào / dǎo, 正中 zhòng / zhōng, 朝阳 zhāo / cháo, 穿着 zhe / zhuó', () => {
    expect(marksOf('倒', '你', '想', '得', '倒', '美', '。')).toBe('dào');
    expect(marksOf('倒', '这', '倒', '简单', '。')).toBe('dào');
    expect(marksOf('倒', '谁', '也', '打', '得', '倒', '他', '。')).toBe('dǎo');
    expect(marksOf('正中', '子弹', '正中', '要害', '。')).toBe('zhèng zhòng');
    expect(marksOf('正中', '大厅', '正中', '摆', '着', '桌子', '。')).toBe('zhèng zhōng');
    expect(marksOf('朝阳', '一轮', '朝阳', '从', '东方', '升起', '。')).toBe('zhāo yáng');
    expect(marksOf('朝阳', '他', '住', '在', '北京', '朝阳', '医院', '附近', '。')).toBe('cháo yáng');
    expect(marksOf('穿着', '她', '穿着', '一', '件', '毛衣', '。')).toBe('chuān zhe');
    expect(marksOf('穿着', '他', '的', '穿着', '很', '讲究', '。')).toBe('chuān zhuó');
    expect(marksOf('穿着', '他们', '有', '的', '穿着', '特制', '泳衣', '。')).toBe('chuān zhe');
  });

  it('地 de / dì', () => {
    expect(marksOf('地', '他', '认真', '地', '学习', '。')).toBe('de');
    expect(marksOf('地', '这', '块', '地', '很', '大', '。')).toBe('dì');
    expect(marksOf('地上', '书', '掉', '在', '地上', '。')).toBe('dì shang');
  });

  it('只 zhǐ / zhī (pinyin-pro alone reads both zhī)', () => {
    expect(marksOf('只', '他', '只', '喜欢', '你', '。')).toBe('zhǐ');
    expect(marksOf('只', '这', '只', '狗', '很', '可爱', '。')).toBe('zhī');
    expect(marksOf('只', ['3', 'number'], '只', '股票', '上涨')).toBe('zhī');
  });

  it('为 wéi / wèi', () => {
    expect(marksOf('为', '人口', '为', ['5000', 'number'], '人')).toBe('wéi');
    expect(marksOf('为', '体制', '演变', '为', '新', '制度')).toBe('wéi');
    expect(marksOf('为', '以', '人民', '为', '中心')).toBe('wéi');
    expect(marksOf('为', '我们', '都', '为', '他', '骄傲', '。')).toBe('wèi');
  });

  it('率 shuài / lǜ', () => {
    expect(marksOf('率', '他', '率', '军', '出征')).toBe('shuài');
    expect(marksOf('率', '增长', '率', '很', '高')).toBe('lǜ');
  });

  it('leaves neutral-tone particles unmarked', () => {
    expect(read('这', '是', '你', '的', '书', '吗', '？')).toEqual(['这:zhè', '是:shì', '你:nǐ', '的:de', '书:shū', '吗:ma', '？:']);
  });
});

describe('sentencePinyin: citation tones, names, numbers', () => {
  it('keeps 一 and 不 in their citation tones on words', () => {
    expect(marksOf('一个', '一个', '人', '。')).toBe('yī ge');
    expect(marksOf('不是', '这', '不是', '我', '的', '。')).toBe('bù shì');
    expect(marksOf('一样', '我们', '不', '一样', '。')).toBe('yī yàng');
  });

  it('reads numbers without sandhi and keeps digits as written', () => {
    expect(marksOf('一百零一', ['一百零一', 'number'], '个', '人')).toBe('yī bǎi líng yī');
    expect(marksOf('3月', '会议', '在', ['3月', 'number'], '举行')).toBe('3 yuè');
  });

  it('reads surnames as surnames and capitalises names', () => {
    expect(marksOf('单田芳', ['单田芳', 'name'], '说', '评书')).toBe('Shàn Tián fāng');
    expect(marksOf('曾', '老', ['曾', 'name'], '来', '了')).toBe('Zēng');
    expect(marksOf('陈德荣', '市长', ['陈德荣', 'name'], '讲话')).toBe('Chén Dé róng');
    expect(marksOf('重庆', '他', '在', ['重庆', 'name'], '工作')).toBe('Chóng qìng');
  });

  it('does not read a place that starts like a surname as a person', () => {
    expect(marksOf('解放路', '住', '在', ['解放路', 'name'])).toBe('Jiě fàng lù');
  });

  it('gives punctuation, Latin and other tokens no reading', () => {
    expect(read('我', '用', ['iPhone', 'latin'], '，', ['😀', 'other'])).toEqual(['我:wǒ', '用:yòng', 'iPhone:', '，:', '😀:']);
  });
});

describe('sentencePinyin: alignment', () => {
  it('stays aligned after characters outside the BMP', () => {
    const tokens: Tok[] = [['𨁂', 'other'], '他', '在', '银行', '工作', '，', ['𠀀𠀀', 'other'], '老人', '行走', '。'];
    expect(read(...tokens)).toEqual([
      '𨁂:',
      '他:tā',
      '在:zài',
      '银行:yín háng',
      '工作:gōng zuò',
      '，:',
      '𠀀𠀀:',
      '老人:lǎo rén',
      '行走:xíng zǒu',
      '。:',
    ]);
  });

  it('stays aligned across spaces, Latin runs and full-width digits', () => {
    expect(read('在', ['  ', 'punct'], ['ABC', 'latin'], '公司', ['２０２４年', 'number'], '长大')).toEqual([
      '在:zài',
      '  :',
      'ABC:',
      '公司:gōng sī',
      '２０２４年:２０２４ nián',
      '长大:zhǎng dà',
    ]);
  });

  it('reads a compound the dictionary lacks through its dictionary parts', () => {
    expect(marksOf('她高兴地说', '她高兴地说')).toBe('tā gāo xìng de shuō');
  });

  it('returns one reading per segment, empty for an empty sentence', () => {
    expect(sentencePinyin('', [], lx)).toEqual([]);
  });
});
