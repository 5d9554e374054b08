/** Recognises reporter/editor credits so they never reach vocabulary. */

import { CLAUSE_PUNCT, TERMINALS, CLOSERS } from './chars.js';

/** Role words that introduce names in credits: 记者 张三, 编辑：李四, 文/王五. */
const ROLE =
  // ○新报记者 吴轶凡 文: a bullet and any paper's name may come first.
  '[○●◎■□]?(?:本报|新华社|中新社|人民日报|央视|本台|\\p{Script=Han}{1,6}?(?:报|社|台|网|站))?(?:特约|见习|实习|首席)?' +
  '(?:记者|通讯员|实习生|编辑|责任编辑|责编|编译|撰稿|撰文|作者|来源|供稿|校对|审核|审校|主编|文字|文|图|摄影|摄|整理|翻译|译)';
const ROLE_ONLY = new RegExp(`^${ROLE}$`, 'u');
/** Chinese personal names: 2–4 Han, or transliterated names joined with ·. */
const NAME = '(?:\\p{Script=Han}{2,4}|\\p{Script=Han}{1,8}(?:[·•]\\p{Script=Han}{1,8})+)';
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');
const ROLE_NAME = new RegExp(`^${ROLE}${NAME}(?:摄|报道|整理)?$`, 'u');
const NAME_SUFFIX = new RegExp(`^${NAME}(?:摄|报道|整理|供图)$`, 'u');
const SEPARATORS = /[\s、，,／/：:｜|]+/u;

/** End-of-article marks that carry no vocabulary. */
const END_MARKS = /^(?:完|全文完|终|待续|未完待续|本文完)$/u;

/**
 * Two-to-four Han characters in parentheses after a sentence are nearly always a
 * reporter's name, except for these editorial notes.
 */
const NOT_NAMES = new Set(['下同', '同上', '见图', '资料图', '全文略', '图略', '表略', '节选', '摘要', '注释', '附图', '原文', '译文', '上篇', '下篇', '中篇', '续完']);

const LATIN_NAME = /^[A-Za-z][A-Za-z.'-]{1,30}$/u;

function isCreditToken(token: string): boolean {
  return ROLE_ONLY.test(token) || NAME_ONLY.test(token) || ROLE_NAME.test(token) || NAME_SUFFIX.test(token);
}

/** Every token is a role or a name; Latin user names only next to a role (`责任编辑：alonliu`). */
function isCredit(tokens: string[]): boolean {
  const hasRole = tokens.some((t) => ROLE_ONLY.test(t));
  return tokens.every((t) => isCreditToken(t) || (hasRole && LATIN_NAME.test(t)));
}

/** Text inside a trailing pair of parentheses: `王怡荻`, `记者 林晓`, `编译/林靖东`, `完`. */
export function isParenthesisedCredit(inner: string): boolean {
  const text = inner.trim();
  if (END_MARKS.test(text)) return true;
  if (NOT_NAMES.has(text)) return false;
  const tokens = text.split(SEPARATORS).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 6) return false;
  return isCredit(tokens);
}

const PAREN = /^[（(【\[]([^（）()【】\[\]]{1,40})[）)】\]]$/u;

/** A whole line that is a credit: `（王怡荻）`, `本报记者 李四`, `文/张三`, `编辑：王五`. */
export function isBylineLine(line: string): boolean {
  const text = line.trim();
  const paren = PAREN.exec(text);
  if (paren) return isParenthesisedCredit(paren[1]!);
  if (text.length > 40 || CLAUSE_PUNCT.test(text.replace(/[：:，、,]/gu, ' '))) return false;
  const tokens = text.split(SEPARATORS).filter(Boolean);
  // Without a separator `记者来到现场` would look like role + name, so demand one.
  if (tokens.length < 2 || !ROLE_ONLY.test(tokens[0]!)) return false;
  return isCredit(tokens);
}

const TRAILING_PAREN = /[（(【\[]([^（）()【】\[\]]{1,40})[）)】\]]\s*$/u;

/**
 * Splits a credit like `（王怡荻）` off the end of a paragraph. Only after a
 * finished sentence, so a closing remark such as `……的地方（北京）` stays put
 * unless it reads as a credit.
 */
export function splitTrailingByline(text: string): [string, string] | null {
  const m = TRAILING_PAREN.exec(text);
  if (!m || !isParenthesisedCredit(m[1]!)) return null;
  const before = text.slice(0, m.index).trimEnd();
  if (before === '') return null;
  const chars = [...before];
  let i = chars.length - 1;
  while (i >= 0 && CLOSERS.has(chars[i]!)) i--;
  if (i < 0 || !TERMINALS.has(chars[i]!)) return null;
  return [before, text.slice(m.index).trim()];
}
