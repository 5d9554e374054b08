/**
 * Word cards (the export's content) → study notes and their cards. The note GUID is the Anki
 * export's, so a word studied here and imported into Anki is the same note.
 */
import { wordGuid, type CardKind, type WordCard } from '../cards/index.js';
import type { StudyNote } from '../storage/index.js';
import type { Scheduler, StudyCard, StudyCardKind } from '../study/index.js';

/** Meaning shown on the back: the first three senses, as on the Anki card's front line. */
const meaningOf = (w: WordCard) => w.definitions.slice(0, 3).join('; ');

/**
 * Study kinds for the export's kinds: recognition and production as chosen (listening needs
 * audio, so it has no terminal card), and always the pinyin typing drill.
 */
export function studyKindsFor(kinds: readonly CardKind[]): StudyCardKind[] {
  const out: StudyCardKind[] = [];
  if (kinds.includes('recognition')) out.push('recognition');
  if (kinds.includes('production')) out.push('production');
  out.push('pinyin');
  return out;
}

export function studyNote(w: WordCard): StudyNote {
  const s = w.sentence;
  return {
    guid: wordGuid(w.simplified, w.pinyinNumbered || w.pinyin),
    word: w.simplified,
    traditional: w.traditional,
    pinyin: w.pinyin,
    pinyinNumbered: w.pinyinNumbered,
    meaning: meaningOf(w),
    sentence: s?.text ?? '',
    sentencePinyin: s ? s.tokens.filter((t) => t.pinyin).map((t) => t.pinyin).join(' ') : '',
    targetStart: s?.targetStart ?? 0,
    targetEnd: s?.targetEnd ?? 0,
    source: w.source.title,
  };
}

export function studyNotesFromWords(
  words: readonly WordCard[],
  kinds: readonly StudyCardKind[],
  scheduler: Scheduler,
  now: number,
): Array<{ note: StudyNote; cards: StudyCard[] }> {
  const seen = new Set<string>();
  const out: Array<{ note: StudyNote; cards: StudyCard[] }> = [];
  words.forEach((w, i) => {
    const note = studyNote(w);
    if (seen.has(note.guid)) return;
    seen.add(note.guid);
    // +i keeps the analysis order (most useful first) among cards added in one go
    out.push({ note, cards: kinds.map((k) => scheduler.newCard(note.guid, k, note.word, now + i)) });
  });
  return out;
}
