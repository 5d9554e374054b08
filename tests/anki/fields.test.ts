import { describe, expect, it } from 'vitest';
import { buildDeckPlan, SENTENCE_FIELDS, WORD_FIELDS } from '../../src/anki/index.js';
import { hskLabel, sentenceFields, wordFields } from '../../src/anki/fields.js';
import { stripHtml } from '../../src/anki/html.js';
import { sentencePinyin, sentenceRuby } from '../../src/anki/reading.js';
import { renderTemplate } from '../../src/anki/req.js';
import { colorHanzi, toneOf } from '../../src/anki/tones.js';
import { WORD_NOTE_TYPE } from '../../src/anki/note-types.js';
import { DIAOYAN, DIAOYAN_SENTENCE, HOSTILE_WORD, NOW, sentence, ZAITI } from '../fixtures/anki/cards.js';

const field = (values: string[], name: (typeof WORD_FIELDS)[number]) => values[WORD_FIELDS.indexOf(name)]!;

describe('escaping untrusted article text', () => {
  const fields = wordFields(HOSTILE_WORD);

  it('never lets markup, scripts or Anki sound tags through any field', () => {
    for (const value of fields) {
      expect(value).not.toMatch(/<img|<script|onerror=alert\(1\)>|\[sound:/i);
    }
    expect(field(fields, 'Sentence')).toBe('黑客用&lt;img src=x onerror=alert(1)&gt;发动<b>攻击</b>。');
    expect(field(fields, 'English')).toContain('to attack &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(field(fields, 'English')).toContain('to accuse &#91;sound:evil.mp3&#93;');
    expect(field(fields, 'Source')).toBe(
      '<span class="title">Hack &lt;script&gt;alert(1)&lt;/script&gt;</span> <span class="file">x&quot;&gt;&lt;b&gt;.html</span>',
    );
  });

  it('still shows the hostile text, as text', () => {
    expect(stripHtml(field(fields, 'Sentence'))).toBe(HOSTILE_WORD.sentence!.text);
    expect(stripHtml(field(fields, 'SentenceRuby'))).toContain('<img src=x onerror=alert(1)>');
    expect(field(fields, 'SentencePinyin')).toBe('Hēi kè yòng &lt;img src=x onerror=alert(1)&gt; fā dòng <b>gōng jī</b>.');
  });

  it('keeps the field separator and newlines out of fields', () => {
    const sneaky = { ...ZAITI, definitions: ['carrier\x1fHACK', 'line\nbreak'] };
    const english = field(wordFields(sneaky), 'English');
    expect(english).not.toMatch(/[\x1f\n]/);
    expect(english).toBe('<ul class="senses"><li>carrier HACK</li><li>line break</li></ul>');
  });
});

describe('tones and readings', () => {
  it('reads tones from marks, digits and their absence', () => {
    expect(['zài', 'tǐ', 'yán', 'zhōng', 'de', 'lǜ', 'r5', 'nü3'].map(toneOf)).toEqual([4, 3, 2, 1, 5, 4, 5, 3]);
  });

  it('colours each character by its syllable and falls back to plain text when they do not pair', () => {
    expect(colorHanzi('一点儿', 'yī diǎn r')).toBe(
      '<span class="tone1">一</span><span class="tone3">点</span><span class="tone5">儿</span>',
    );
    expect(colorHanzi('朋友', 'péng you')).toBe('<span class="tone2">朋</span><span class="tone5">友</span>');
    expect(colorHanzi('卡拉OK', 'kǎ lā ōu kèi')).toBe(
      '<span class="tone3">卡</span><span class="tone1">拉</span><span class="tone1">O</span><span class="tone4">K</span>',
    );
    expect(colorHanzi('AA制', 'A A zhì')).toBe('<span class="tone5">A</span><span class="tone5">A</span><span class="tone4">制</span>');
    expect(colorHanzi('三K党', 'sān K dǎng x')).toBe('三K党');
  });

  it('colours erhua: 儿 read into the syllable before it takes that syllable\'s tone', () => {
    expect(colorHanzi('今儿个', 'jīnr ge')).toBe('<span class="tone1">今</span><span class="tone1">儿</span><span class="tone5">个</span>');
    expect(colorHanzi('小孩儿', 'xiǎo háir')).toBe('<span class="tone3">小</span><span class="tone2">孩</span><span class="tone2">儿</span>');
    // 儿 as a syllable of its own keeps its own reading.
    expect(colorHanzi('儿子', 'ér zi')).toBe('<span class="tone2">儿</span><span class="tone5">子</span>');
    const s = sentence([['今儿个', 'jīnr ge'], ['冷', 'lěng']], 0);
    expect(sentenceRuby(s.text, s.tokens, [])).toBe(' 今[jīnr]儿 个[ge] 冷[lěng]');
  });

  it('writes furigana chunks with a space before each and punctuation plain', () => {
    const s = DIAOYAN.sentence!;
    expect(sentenceRuby(s.text, s.tokens, [[s.targetStart, s.targetEnd]])).toBe(
      ' 记[jì] 者[zhě] 到[dào] 农[nóng] 村[cūn] 进[jìn] 行[xíng] 了[le] 为[wéi] 期[qī] 一[yì] 周[zhōu] 的[de]<b> 调[diào] 研[yán]</b>。',
    );
  });

  it('spaces syllables, capitalises, and glues punctuation', () => {
    const s = sentence(
      [['“', ''], ['西安', 'xī ān', 'name'], ['”', ''], ['是', 'shì'], ['一', 'yí'], ['座', 'zuò'], ['古城', 'gǔ chéng'], ['，', ''],
       ['有', 'yǒu'], ['3000', '', 'number'], ['年', 'nián'], ['历史', 'lì shǐ'], ['！', '']],
      6,
    );
    expect(sentencePinyin(s.text, s.tokens, [[s.targetStart, s.targetEnd]])).toBe(
      '“Xī ān” shì yí zuò <b>gǔ chéng</b>, yǒu 3000 nián lì shǐ!',
    );
  });

  it('keeps text that no token covers', () => {
    const text = '他说：OK。';
    const tokens = [{ text: '他', start: 0, end: 1, kind: 'word' as const, pinyin: 'tā' }, { text: '说', start: 1, end: 2, kind: 'word' as const, pinyin: 'shuō' }];
    expect(sentenceRuby(text, tokens, [])).toBe(' 他[tā] 说[shuō]：OK。');
    expect(sentencePinyin(text, tokens, [])).toBe('Tā shuō: OK.');
  });
});

describe('word and sentence fields', () => {
  it('labels HSK levels for learners', () => {
    expect(hskLabel(5, false)).toBe('HSK 5');
    expect(hskLabel(6, true)).toBe('~HSK 6 (estimated)');
    expect(hskLabel(7, false)).toBe('beyond HSK');
    expect(hskLabel(null, false)).toBe('beyond HSK');
  });

  it('leaves Traditional empty when it is the same as the simplified form', () => {
    expect(field(wordFields({ ...ZAITI, traditional: '载体' }), 'Traditional')).toBe('');
    expect(field(wordFields(ZAITI), 'Traditional')).toBe('載體');
  });

  it('marks every target of a study sentence and lists them with reading and meaning', () => {
    const values = sentenceFields(DIAOYAN_SENTENCE);
    expect(values).toHaveLength(SENTENCE_FIELDS.length);
    expect(values[0]).toBe('记者到农村进行了<b>为期</b>一周的<b>调研</b>。');
    expect(values[2]).toBe('Jì zhě dào nóng cūn jìn xíng le <b>wéi qī</b> yì zhōu de <b>diào yán</b>.');
    expect(values[3]).toBe(
      '<ul class="targets"><li><span class="hz">调研</span> <span class="py">diào yán</span> <span class="en">to investigate</span></li>' +
        '<li><span class="hz">为期</span> <span class="py">wéi qī</span> <span class="en">to last (a period of time)</span></li></ul>',
    );
  });
});

describe('card templates', () => {
  const render = (ord: number, side: 'qfmt' | 'afmt') => {
    const values = wordFields(ZAITI, ['recognition', 'production', 'listening']);
    return renderTemplate(WORD_NOTE_TYPE.templates[ord]![side], new Map(WORD_FIELDS.map((n, i) => [n, values[i]!])));
  };

  it('production asks with the meaning and a blanked sentence, never the word itself', () => {
    const front = render(1, 'qfmt');
    expect(front).toContain('carrier (chemistry)');
    expect(front).toContain('<div class="zh sentence" lang="zh-Hans">语言是文化的重要<span class="cloze">＿＿</span>。</div>');
    expect(front).not.toMatch(/载|体|載|體/);
    expect(render(1, 'afmt')).toContain('<span class="tone4">载</span>');
  });

  it('listening plays the word with Anki TTS and shows nothing of it', () => {
    expect(render(2, 'qfmt').trim()).toBe('<div class="prompt">Listen</div>\n[anki:tts]载体[/anki:tts]');
  });

  it('creates only the chosen card types, in template order', () => {
    const plan = buildDeckPlan({ deckName: 'zhcards::x', words: [ZAITI], templates: ['listening', 'recognition'], now: NOW, articleSlug: 'x' });
    expect(plan.notes[0]!.cardOrds).toEqual([0, 2]);
    expect(plan.cardCount).toBe(2);
  });
});

describe('traditional articles', () => {
  it('sentence cards highlight a target written in traditional script', async () => {
    const { sentence: make } = await import('../fixtures/anki/cards.js');
    const s = make([['記者', 'jì zhě'], ['進行', 'jìn xíng'], ['了', 'le'], ['調研', 'diào yán'], ['。', '']], 3);
    const values = sentenceFields({
      text: s.text,
      tokens: s.tokens,
      targets: [{ word: '调研', forms: ['调研', '調研'], pinyin: 'diào yán', meaning: 'to investigate' }],
      source: { title: '調查', file: 'trad.txt' },
    });
    expect(values[0]).toBe('記者進行了<b>調研</b>。');
    expect(values[2]).toContain('<b>diào yán</b>');
  });

  it('word cards blank and highlight the traditional form the article used', () => {
    const s = sentence([['這次', 'zhè cì'], ['調研', 'diào yán'], ['很', 'hěn'], ['成功', 'chéng gōng'], ['。', '']], 1);
    const values = wordFields({ ...DIAOYAN, sentence: s }, ['production']);
    expect(field(values, 'Sentence')).toBe('這次<b>調研</b>很成功。');
    expect(field(values, 'SentenceCloze')).toBe('這次<span class="cloze">＿＿</span>很成功。');
  });
});
