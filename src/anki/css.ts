/** Card styling shared by both note types. Tone colours are Pleco's defaults. */
export const TONE_COLORS = ['#E30000', '#02B31C', '#1510F0', '#8900BF', '#777777'] as const;
// Lighter variants that stay readable on Anki's dark background.
const NIGHT_TONE_COLORS = ['#FF5C5C', '#3DDC5A', '#6E8BFF', '#C77DFF', '#A8A8A8'] as const;

const CJK_FONTS =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", ' +
  '"Microsoft YaHei", "WenQuanYi Micro Hei", "Heiti SC", sans-serif';

const toneRules = (prefix: string, colors: readonly string[]): string =>
  colors.map((c, i) => `${prefix}.tone${i + 1} { color: ${c}; }`).join('\n');

export const CARD_CSS = `.card {
  font-family: "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: center;
  color: #1d1d1f;
  background-color: #fdfdfd;
}
.zh, .hanzi, .sentence, .targets .hz { font-family: ${CJK_FONTS}; }
.hanzi { font-size: 64px; line-height: 1.2; margin: 0.2em 0; }
.trad { font-size: 28px; color: #666; }
.trad::before { content: "繁 "; font-size: 16px; color: #999; }
.pinyin { font-size: 26px; margin: 0.2em 0; }
.prompt { font-size: 14px; color: #888; text-transform: uppercase; letter-spacing: 0.08em; }
.english ul, ul.senses, ul.targets { display: inline-block; text-align: left; margin: 0.3em 0; padding-left: 1.2em; }
.sentence { font-size: 28px; margin: 0.6em 0; }
.sentence b { color: #b35900; }
.sentence ruby rt { font-size: 0.5em; color: #666; }
/* Each character is its own ruby; the gap keeps syllables apart ("nián dǎng", not "niándǎng"). */
.sentence ruby { margin: 0 0.14em; }
.cloze { color: #999; letter-spacing: 0.05em; }
.sentence-pinyin { font-size: 18px; color: #555; }
.sentence-pinyin b { color: #b35900; }
.classifier, .meta, .source, .freq { font-size: 15px; color: #777; }
.source .file { color: #aaa; }
.source .file::before { content: "· "; }
.targets .hz { font-size: 24px; }
.targets .py { color: #555; margin: 0 0.3em; }
.notes { font-size: 18px; margin-top: 0.6em; }
${toneRules('', TONE_COLORS)}
.nightMode.card, .night_mode.card { color: #e6e6e6; background-color: #1e1e1e; }
.nightMode .trad, .night_mode .trad, .nightMode .sentence-pinyin, .night_mode .sentence-pinyin { color: #bbb; }
.nightMode .sentence b, .night_mode .sentence b, .nightMode .sentence-pinyin b, .night_mode .sentence-pinyin b { color: #ffb366; }
.nightMode .sentence ruby rt, .night_mode .sentence ruby rt { color: #aaa; }
.nightMode .cloze, .night_mode .cloze { color: #888; }
/* The file name stays quieter than the title on a dark background too. */
.nightMode .source, .night_mode .source { color: #9a9a9a; }
.nightMode .source .file, .night_mode .source .file { color: #666; }
${toneRules('.nightMode ', NIGHT_TONE_COLORS)}
${toneRules('.night_mode ', NIGHT_TONE_COLORS)}
`;
