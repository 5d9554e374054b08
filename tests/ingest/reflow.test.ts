import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reflow } from '../../src/ingest/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');

describe('reflow of a hard-wrapped newspaper column', () => {
  const paragraphs = reflow(fixture('column-page.txt'));

  it('rebuilds every paragraph whole and keeps headlines, bylines and masthead apart', () => {
    expect(paragraphs).toEqual([
      { kind: 'masthead', text: '便民热线 城市服务' },
      { kind: 'masthead', text: 'Dong Hu Wan Bao' },
      { kind: 'byline', text: '本报讯' },
      {
        kind: 'body',
        text: '昨天上午，市政府召开全市防汛工作会议，部署今年汛期各项准备工作。副市长刘建国出席会议并讲话。',
      },
      {
        kind: 'body',
        text:
          '会议指出，今年入汛时间可能提前，极端天气发生的概率明显增加，各部门要把保障人民群众生命财产安全放在第一位，' +
          '提前检查河道、水库和地下通道，及时消除安全隐患。刘建国强调，要完善预警信息发布机制，确保信息在第一时间传达到每一个社区和村庄。',
      },
      { kind: 'byline', text: '（张红）' },
      { kind: 'byline', text: '本报讯' },
      {
        kind: 'body',
        text:
          '5月20日，位于城西的青山农贸市场完成改造并重新开业。改造后的市场面积扩大了一倍，新增停车位200多个，' +
          '还设置了专门的农产品直销区，附近农民可以免费在这里销售自家种的蔬菜和水果。',
      },
      { kind: 'body', text: '家住附近的张阿姨一大早就来到市场买菜。她说：“以前这里地面又湿又滑，现在干净多了，买东西也方便。”' },
      { kind: 'byline', text: '（记者 李明）' },
      { kind: 'headline', text: '刘建国在全市防汛工作会议上强调——' },
      { kind: 'headline', text: '提前谋划做好各项防汛准备' },
      { kind: 'headline', text: '全力保障人民群众生命安全' },
      { kind: 'headline', text: '青山农贸市场改造完成重新开业' },
    ]);
  });

  it('joins a name broken across a blank line without inserting a space', () => {
    expect(paragraphs[3]!.text).toContain('副市长刘建国出席');
    const body = paragraphs.filter((p) => p.kind === 'body').map((p) => p.text);
    for (const text of body) expect(text).not.toMatch(/\p{Script=Han}\s\p{Script=Han}/u);
  });
});

describe('reflow of text with one paragraph per line', () => {
  it('keeps each line as a paragraph and finds the headline', () => {
    const text = '春天来了\n\n公园里的花都开了，很多人来拍照。\n孩子们在草地上跑来跑去。\n';
    expect(reflow(text)).toEqual([
      { kind: 'headline', text: '春天来了' },
      { kind: 'body', text: '公园里的花都开了，很多人来拍照。' },
      { kind: 'body', text: '孩子们在草地上跑来跑去。' },
    ]);
  });

  it('does not join long lines that each end a sentence', () => {
    const lines = [
      '今天上午，学校举行了一年一度的运动会，全体师生都参加了开幕式。',
      '运动会一共有二十个比赛项目，包括跑步、跳远和拔河等。',
      '比赛进行得非常激烈，场边的同学们不停地为运动员加油。',
      '最后，三年级二班获得了团体第一名，大家都很高兴。',
    ];
    expect(reflow(lines.join('\n')).map((p) => p.text)).toEqual(lines);
  });

  it('strips indentation, CRLF and invisible characters', () => {
    const text = '\u3000\u3000第一段的内容在这里。\r\n\u3000\u3000第二段\u200b的内容在这里。\r\n';
    expect(reflow(text).map((p) => p.text)).toEqual(['第一段的内容在这里。', '第二段的内容在这里。']);
  });

  it('leaves traditional characters untouched', () => {
    const text = '網球是一項體育運動，常見的有單打和雙打。';
    expect(reflow(text)).toEqual([{ kind: 'body', text }]);
  });
});

describe('reflow of indented hard-wrapped text', () => {
  it('uses leading full-width indentation as the paragraph mark', () => {
    const text = [
      '\u3000\u3000这是第一段文字，它被排版软件按照固定',
      '宽度折行了，所以每一行的长度都差不多。',
      '我们需要把这些行重新连接成完整的段落。',
      '\u3000\u3000这是第二段文字，同样也被折成了几行，',
      '每一行都差不多一样长，只有最后一行比较',
      '短。',
    ].join('\n');
    expect(reflow(text).map((p) => p.text)).toEqual([
      '这是第一段文字，它被排版软件按照固定宽度折行了，所以每一行的长度都差不多。我们需要把这些行重新连接成完整的段落。',
      '这是第二段文字，同样也被折成了几行，每一行都差不多一样长，只有最后一行比较短。',
    ]);
  });
});

describe('reflow of wrapped Latin text', () => {
  it('joins Latin words across a soft break with a space', () => {
    const text = [
      'The library opens at nine every morning and',
      'closes at ten in the evening, seven days a',
      'week, including public holidays and weekends',
      'during the summer months when schools close.',
      '图书馆每天早上九点开门。',
    ].join('\n');
    expect(reflow(text)[0]!.text).toBe(
      'The library opens at nine every morning and closes at ten in the evening, seven days a week, including public holidays and weekends during the summer months when schools close.',
    );
  });
});

describe('paragraph kinds', () => {
  it('splits a trailing credit off the paragraph and recognises credit lines', () => {
    const text = ['市民们纷纷表示欢迎。（记者 林晓）', '本报记者 李四', '文/张三', '编辑：王五', '记者来到现场了解情况。'].join('\n');
    expect(reflow(text)).toEqual([
      { kind: 'body', text: '市民们纷纷表示欢迎。' },
      { kind: 'byline', text: '（记者 林晓）' },
      { kind: 'byline', text: '本报记者 李四' },
      { kind: 'byline', text: '文/张三' },
      { kind: 'byline', text: '编辑：王五' },
      { kind: 'body', text: '记者来到现场了解情况。' },
    ]);
  });

  it('keeps a parenthesised remark that is not a credit', () => {
    const text = '详细名单见附件（下同）';
    expect(reflow(`${text}\n第二句话在这里。`)[0]!.text).toBe(text);
  });

  it('treats a spaced top line as a headline when the body follows directly', () => {
    expect(reflow('春运首日 高铁客流创新高\n今天是春运第一天，各大车站人流明显增加。')[0]).toEqual({
      kind: 'headline',
      text: '春运首日 高铁客流创新高',
    });
  });

  it('marks a date line at the top as masthead', () => {
    expect(reflow('2025年3月19日 星期三\n今天天气很好，我们去公园散步。')[0]!.kind).toBe('masthead');
  });

  it('honours # heading marks and, in marked mode, nothing else', () => {
    expect(reflow('# 标题\n短句没有标点', { headlines: 'marked' })).toEqual([
      { kind: 'headline', text: '标题' },
      { kind: 'body', text: '短句没有标点' },
    ]);
  });
});
