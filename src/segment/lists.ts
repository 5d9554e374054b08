/**
 * Closed word lists used as evidence for person names. All in simplified script:
 * the segmenter compares against a character-by-character simplified copy of the text.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Titles and roles that are directly followed by a person's name: `市长杜小刚`, `市领导徐劼、陈德荣`. */
export const TITLES = words(`
  市长 副市长 省长 副省长 县长 副县长 区长 副区长 镇长 乡长 村长 州长 市领导 省领导 县领导 区领导 领导
  书记 副书记 市委书记 省委书记 县委书记 区委书记 党委书记 总书记 秘书长 副秘书长 秘书
  记者 通讯员 实习生 编辑 主编 特约记者 摄影 撰稿 作者 译者 口述 整理
  主任 副主任 教授 副教授 讲师 研究员 院士 博士 组长 副组长 院长 副院长 校长 副校长 所长 局长 副局长
  厅长 副厅长 部长 副部长 处长 科长 主席 副主席 总理 副总理 总统 副总统 首相 总裁 副总裁 总经理 经理
  董事长 董事 理事长 会长 副会长 队长 主教练 教练 球员 选手 演员 导演 歌手 主持人 发言人 负责人 创始人
  顾问 首席顾问 分析师 经济学家 专家 学者 大使 委员 常委 代表 市委常委 检察长 法官 律师 医生 护士 老师 同学 先生 女士 警官 民警 总监 厂长 行长 社长 站长
  馆长 副馆长 团长 园长 船长 机长 列车长 店长 村支书 工程师 设计师 科学家
  巡抚 总督 知府 知县 将军 都督 丞相 太守 提督 总兵 大臣
  司机 男子 女子 督察 警员 死者 伤者 嫌犯 疑犯 车主 店主 村民 市民
`);

/** Forms of address that follow a surname: `王市长`, `张先生`. */
export const HONORIFICS = words(`
  先生 女士 小姐 老师 教授 市长 书记 主任 局长 经理 总 董 师傅 医生 大夫 同学 阿姨 叔叔 老板 部长 主席 总统 总理
  院士 博士 警官 厂长 校长 院长 县长 省长 区长 镇长 村长 队长 处长 科长 所长 组长 会长 董事长 总经理 教练 律师
  记者 委员 代表 主编 导演 老 公 氏
`);

/** Verbs of saying and acting that often follow a name at the start of a clause. */
export const SPEECH_VERBS = words(`
  指出 强调 表示 说 说道 认为 介绍 称 坦言 透露 告诉 主持 要求 提出 回忆 解释 补充 指示 宣布 会见 出席 参加
  讲话 致辞 希望 建议 发现 承认 否认 说明 提到 谈到 笑称 声称 坦承 先后 一行 等 带领 率 率领 陪同 考察 调研 看望
`);

/** Two-character surnames (CC-CEDICT's surname list in the lexicon has single characters only). */
export const COMPOUND_SURNAMES = words(`
  欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 端木 独孤 南宫 西门 百里 呼延 轩辕
  万俟 闻人 澹台 公冶 宗政 濮阳 太史 申屠 钟离 拓跋 完颜
`);

/** Single characters that end a given name: particles, pronouns, common verbs and adverbs. */
export const STOP_CHARS = new Set(
  [...'的了着过是在有和与及等说对为也都就还又将把被向从到给让要会能以并而或但却则已曾再不没很最更这那其之于称讲谈问答来去个们'],
);

/** jieba part-of-speech tags that never belong to a given name. */
export const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uv', 'uz', 'ud', 'ug', 'y', 'e', 'o', 'm', 'q', 'f', 'r', 'd', 'k', 't']);

/** Senses that mark an `nz` proper noun as an organisation or publication rather than a language, religion or festival. */
/** Senses of proper nouns learners study as words: languages, religions, festivals, peoples. */
export const LEARNABLE_PROPER_SENSE =
  /\b(language|dialect|Mandarin|Cantonese|Christian\w*|Buddhis\w*|Islam\w*|Catholic\w*|Tao\w*|religion|festival|Christmas|New Year|ethnic|people|nationality|dynasty|era|period|republic of china|planet|constellation|galaxy|Milky Way|currency|dollar|yuan|member|side|pirates?|solar term|solstice|equinox|(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|^\w+(ese|ian|ish|an|er)$/i;

