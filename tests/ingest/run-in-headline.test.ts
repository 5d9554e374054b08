import { describe, expect, it } from 'vitest';
import { reflow } from '../../src/ingest/index.js';

const kinds = (text: string) => reflow(text).map((p) => `${p.kind}: ${p.text}`);

describe('run-in headlines without a dateline (one-line news)', () => {
  it('splits at an author name standing between the headline and the body', () => {
    expect(kinds('家具卖场的生存危机何在李国华 有一种鸟，一生下来就不停地飞。它停下来就会死。')).toEqual([
      'headline: 家具卖场的生存危机何在',
      'byline: 李国华',
      'body: 有一种鸟，一生下来就不停地飞。它停下来就会死。',
    ]);
  });

  it('keeps a sentence whose spaced tail is a name but whose start is no headline', () => {
    const text = '这本书的作者就是王小明 他住在北京，每天写作。';
    expect(kinds(text)).toEqual([`body: ${text}`]);
    // Spaces standing in for commas in a caption line: no byline, however name-like the tail.
    const caption = '偌大的楓香樹早已呈現金黃 泛紅的色彩也是愛好攝影的人士最喜愛造訪的地方 這兩間是民宿房間 跟著主人聊起來';
    expect(kinds(caption)).toEqual([`body: ${caption}`]);
    // In a file of several paragraphs the first line would already stand alone if it were a headline.
    expect(kinds('家具卖场的生存危机何在李国华 有一种鸟。\n\n它停下来就会死。')[0]).toBe('body: 家具卖场的生存危机何在李国华 有一种鸟。');
  });

  it('splits where the headline phrase is restated in the first sentence', () => {
    expect(kinds('部长：养老金今年提到平均工资的六成新方案中所确定的“养老金最低标准达到平均工资的六成”的目标有望在今年内提前实现，这将减轻老人的负担。')).toEqual([
      'headline: 部长：养老金今年提到平均工资的六成',
      'body: 新方案中所确定的“养老金最低标准达到平均工资的六成”的目标有望在今年内提前实现，这将减轻老人的负担。',
    ]);
  });

  it('splits where the body opens with a time phrase like 今年以来，', () => {
    expect(kinds('基金经理不看好债券市场今年以来，债市的调整很深。')).toEqual(['headline: 基金经理不看好债券市场', 'body: 今年以来，债市的调整很深。']);
    for (const text of ['今年以来，我国经济一直保持增长。', '我们公司的经营情况自去年以来，一直保持较快的增长。']) {
      expect(kinds(text)).toEqual([`body: ${text}`]);
    }
  });

  it('reads a dash sub-headline under a spaced headline up to the first ！', () => {
    expect(kinds('王小丫 在舞台上一路走来“歌手梦”——王小丫前传：爸，我要唱歌！要了解一个人，就要了解她的家乡。')).toEqual([
      'headline: 王小丫 在舞台上一路走来',
      'headline: “歌手梦”——王小丫前传：爸，我要唱歌！',
      'body: 要了解一个人，就要了解她的家乡。',
    ]);
    for (const text of [
      '张明 李华——两位老朋友又在北京见面了。他们一起吃了晚饭，聊到很晚才回家。',
      '老师笑着对大家说：音乐——这是最美的语言！同学们都点头，教室里非常安静。',
    ]) {
      expect(kinds(text)).toEqual([`body: ${text}`]);
    }
  });

  it('never cuts the first sentence of a body that repeats a phrase', () => {
    for (const text of [
      '今年上半年全国城镇居民人均可支配收入比去年同期的全国城镇居民人均可支配收入增长了百分之八点五，农村居民的收入也有增长。',
      '统计局的专家说：今年上半年全国城镇居民人均可支配收入比去年同期的全国城镇居民人均可支配收入增长了很多，农村也一样。',
      '部长：养老金今年提到平均工资的六成。新方案的目标是养老金达到平均工资的六成。',
    ]) {
      expect(kinds(text)).toEqual([`body: ${text}`]);
    }
  });
});
