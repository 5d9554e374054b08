import { describe, expect, it } from 'vitest';
import { reflow } from '../../src/ingest/index.js';
import { htmlTitle } from '../../src/ingest/html-title.js';
import { isBylineLine } from '../../src/ingest/byline.js';
import { isFurnitureSentence } from '../../src/ingest/furniture.js';

const kinds = (text: string) => reflow(text).map((p) => `${p.kind}: ${p.text}`);

describe('headlines that run into the body (news saved one article per line)', () => {
  it('splits the headline and the dateline off the body', () => {
    expect(kinds('湖人主场小胜 中锋伤愈复出新浪体育讯北京时间4月12日，湖人在主场赢了比赛。中锋打满全场。')).toEqual([
      'headline: 湖人主场小胜 中锋伤愈复出',
      'byline: 新浪体育讯',
      'body: 北京时间4月12日，湖人在主场赢了比赛。中锋打满全场。',
    ]);
    expect(kinds('两国对话今日举行本报华盛顿7月26日电（记者王平）两国代表昨天抵达华盛顿。')).toEqual([
      'headline: 两国对话今日举行',
      'byline: 本报华盛顿7月26日电（记者王平）',
      'body: 两国代表昨天抵达华盛顿。',
    ]);
  });

  it('splits at a reporter credit after a paper name', () => {
    expect(kinds('申请留学前要走出四个误区北京考试报（记者 马丽）提起留学，很多人会说学费很贵。')).toEqual([
      'headline: 申请留学前要走出四个误区',
      'byline: 北京考试报（记者 马丽）',
      'body: 提起留学，很多人会说学费很贵。',
    ]);
  });

  it('splits a one-line article where the body opens with a date', () => {
    expect(kinds('歌手不再走偶像路线：我本来就不是明星2008年，他第一次走上大银幕。')).toEqual([
      'headline: 歌手不再走偶像路线：我本来就不是明星',
      'body: 2008年，他第一次走上大银幕。',
    ]);
  });

  it('leaves an ordinary sentence with a date whole', () => {
    expect(kinds('这所学校成立于1921年，至今已有一百多年。')).toEqual(['body: 这所学校成立于1921年，至今已有一百多年。']);
    // Only a one-paragraph file is news saved one article per line.
    expect(kinds('我们的学校很美2008年，学校建了新楼。\n\n学生很多。')).toEqual(['body: 我们的学校很美2008年，学校建了新楼。', 'body: 学生很多。']);
  });

  it('takes a dateline off any paragraph it opens', () => {
    expect(kinds('春天来了\n\n本报讯 昨天，公园里的花都开了。')).toEqual(['headline: 春天来了', 'byline: 本报讯', 'body: 昨天，公园里的花都开了。']);
  });
});

describe('bylines', () => {
  it('reads credits with a bullet, a paper name or a dateline as bylines', () => {
    expect(isBylineLine('○新报记者 吴轶凡 文')).toBe(true);
    expect(isBylineLine('东方早报记者 肖莉')).toBe(true);
    expect(isBylineLine('记者来到现场')).toBe(false);
    expect(kinds('人工智能又有新突破\nTNW中文站 10月14日报道\n这家公司开发出一台会学习的计算机。')[1]).toBe('byline: TNW中文站 10月14日报道');
  });

  it('reads a name alone under the headline as the byline', () => {
    expect(kinds('医保支付额今年提高\n郭晋晖\n新方案的目标有望提前实现。')).toEqual([
      'headline: 医保支付额今年提高',
      'byline: 郭晋晖',
      'body: 新方案的目标有望提前实现。',
    ]);
  });
});

describe('page furniture', () => {
  it('recognises contact, copyright, share and navigation lines', () => {
    for (const line of ['聯絡電話：03-584-7231 行動: 0937-141993', '客服电话 ：400-8880810', '版权所有，未经授权不得转载。', '转播到腾讯微博', '精彩视频推荐', '我要评论', '【美国The Next Web作品的中文相关权益归腾讯公司独家所有。', '您认为这篇文章与"新一网"相关度高吗？']) {
      expect(isFurnitureSentence(line), line).toBe(true);
    }
    for (const line of ['他打电话给妈妈，说今天不回家了。', '这家公司的地址在城东。', '我们转播了这场比赛。', '这篇文章说明了两者的相关性。', '房子归他所有。']) {
      expect(isFurnitureSentence(line), line).toBe(false);
    }
  });

  it('sets furniture sentences apart from the body of the same paragraph', () => {
    expect(kinds('游戏下个月上线。客服电话：400-8880810')).toEqual(['body: 游戏下个月上线。', 'masthead: 客服电话：400-8880810']);
  });

  it('finds every kind of furniture sentence inside a paragraph, however the paragraph around it reads', () => {
    const furniture = ['客服电话：400-8880810', '版权所有，未经授权不得转载。', '分享到微信。', '返回首页', '您认为这篇文章与本站相关度高吗？', '13912345678'];
    for (const line of furniture) {
      // a sentence ending in a digit before it, and one after it
      const got = kinds(`票价是80。${line}${line.endsWith('。') || line.endsWith('？') ? '' : '。'}我们明天见。`);
      expect(got.filter((k) => k.startsWith('masthead: ')), line).toHaveLength(1);
      expect(got.filter((k) => k.startsWith('body: ')).join(''), line).toBe('body: 票价是80。body: 我们明天见。');
    }
  });

  it('sets aside lines repeated three times and drops link labels repeated after names', () => {
    const text = ['首页 论坛', '公园一号 (论坛 相册 地图)卖得很好。', '首页 论坛', '公园二号 (论坛 相册 地图)也不错。', '首页 论坛', '公园三号 (论坛 相册 地图)很贵。'].join('\n');
    const paragraphs = reflow(text, { layout: 'lines', headlines: 'marked' });
    expect(paragraphs.filter((p) => p.kind === 'masthead').map((p) => p.text)).toEqual(['首页 论坛', '首页 论坛', '首页 论坛']);
    expect(paragraphs.filter((p) => p.kind === 'body').map((p) => p.text)).toEqual(['公园一号 卖得很好。', '公园二号 也不错。', '公园三号 很贵。']);
  });

  it('keeps an article pasted several times: repeats that are most of the text are its content', () => {
    const article = ['今天的天气很好，我们一起去公园散步。', '公园里有很多人在跑步，也有人在湖边钓鱼。', '首页 论坛'];
    const paragraphs = reflow(Array(4).fill(article.join('\n')).join('\n'), { layout: 'lines', headlines: 'marked' });
    expect(paragraphs.filter((p) => p.kind === 'body').map((p) => p.text)).toEqual(Array(4).fill(article).flat());
    // The same navigation line around four different articles is still furniture.
    const page = ['首页 论坛', '今天的天气很好，我们一起去公园散步。', '首页 论坛', '公园里有很多人在跑步。', '首页 论坛', '也有人在湖边钓鱼，孩子们在放风筝。', '首页 论坛', '晚上大家一起吃饭。'];
    expect(reflow(page.join('\n'), { layout: 'lines', headlines: 'marked' }).filter((p) => p.kind === 'masthead').map((p) => p.text)).toEqual(Array(4).fill('首页 论坛'));
  });

  it('keeps repeated lines of subtitles: a refrain is text', () => {
    const refrain = ['我爱你', '我爱你', '我爱你'].join('\n');
    expect(reflow(refrain, { layout: 'lines', headlines: 'marked', furniture: false }).map((p) => p.kind)).toEqual(['body', 'body', 'body']);
  });
});

describe('HTML title', () => {
  it('prefers og:title and <h1>, and cuts the site name off <title>', () => {
    expect(htmlTitle('<head><title>机器学会了记忆_新浪网</title></head><body><p>正文</p></body>')).toBe('机器学会了记忆');
    expect(htmlTitle('<title>页面 - 腾讯科技</title><h1>公园新增书亭</h1>')).toBe('公园新增书亭');
    expect(htmlTitle('<meta property="og:title" content="城市夜景 | 某某网"><title>别的</title>')).toBe('城市夜景');
  });

  it('falls back to the lead image of an extracted article, never to a file name', () => {
    expect(htmlTitle('<p><img alt="新电脑已可利用记忆自学 人工智能迈上新台阶" src="a.jpg"></p><p>转播到腾讯微博</p>')).toBe('新电脑已可利用记忆自学 人工智能迈上新台阶');
    expect(htmlTitle('<p><img alt="12-IMG_3886.jpg"></p><p>正文</p>')).toBeNull();
  });
});
