/** SRT and WebVTT → one line per cue. */

import { decodeHTML } from 'entities';
import { hasHan, joinPieces } from './chars.js';

const TIMING = /^\s*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}/u;
const CUE_NUMBER = /^\s*\d+\s*$/u;
/** Blocks of a WebVTT file that hold no cue text. */
const VTT_META = /^(?:WEBVTT|NOTE|STYLE|REGION)(?:\s|$)/u;
/** A dialogue dash at line start marks a change of speaker inside one cue. */
const SPEAKER_DASH = /^[-–—‐]\s*/u;

function cleanCueLine(line: string): string {
  return decodeHTML(
    line
      .replace(/<ruby>(.*?)<\/ruby>/gu, (_m, inner: string) => inner.replace(/<rt>.*?<\/rt>|<rp>.*?<\/rp>/gu, ''))
      .replace(/<[^>]*>/gu, '')
      .replace(/\{\\[^}]*\}/gu, '')
      .replace(/\\N/gu, ' '),
  ).trim();
}

/** Lines of one cue: joined into one utterance unless speaker dashes split it. */
function cueLines(textLines: string[]): string[] {
  const cleaned = textLines.map(cleanCueLine).filter((l) => l !== '');
  const dialogue = cleaned.length > 1 && cleaned.every((l) => SPEAKER_DASH.test(l));
  // Bilingual cues put the translation on its own line; joining would glue languages together.
  const bilingual = cleaned.some(hasHan) && !cleaned.every(hasHan);
  if (dialogue || bilingual) return cleaned.map((l) => l.replace(SPEAKER_DASH, '')).filter((l) => l !== '');
  const joined = cleaned.map((l) => l.replace(SPEAKER_DASH, '')).reduce(joinPieces, '');
  return joined === '' ? [] : [joined];
}

export function subtitlesToText(text: string, format: 'srt' | 'vtt'): string {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/u);
  const out: string[] = [];
  let previous = '';
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (format === 'vtt' && VTT_META.test(lines[0]!.trim())) continue;
    const timing = lines.findIndex((l) => TIMING.test(l));
    // No timing line: a stray number or header, not a cue.
    if (timing < 0) {
      if (lines.every((l) => CUE_NUMBER.test(l))) continue;
      out.push(...cueLines(lines));
      continue;
    }
    const cue = cueLines(lines.slice(timing + 1));
    // Rolling captions repeat the previous cue; a learner needs it once.
    if (cue.join('\n') !== previous) out.push(...cue);
    previous = cue.join('\n');
  }
  return out.join('\n');
}
