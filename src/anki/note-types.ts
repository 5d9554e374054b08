/**
 * The two note types. Field and template names are frozen: Anki only updates notes whose note
 * type (same id, same field and template names) is unchanged, otherwise it makes a `+` copy.
 */
import { CARD_CSS } from './css.js';
import { SENTENCE_FIELDS, WORD_FIELDS } from './fields.js';
import { CARD_KINDS, SENTENCE_NOTE_TYPE_ID, WORD_NOTE_TYPE_ID, type CardKind } from '../cards/index.js';
import { requirementFor, type TemplateRequirement } from './req.js';

export interface CardTemplate {
  name: string;
  ord: number;
  qfmt: string;
  afmt: string;
}

export interface NoteType {
  id: number;
  name: string;
  fields: readonly string[];
  templates: readonly CardTemplate[];
  sortf: number;
  css: string;
  req: readonly TemplateRequirement[];
}

/** Everything an answer shows after the word itself; `english` is false where the question showed it. */
const answerDetails = (english: boolean) => `<div class="pinyin">{{Pinyin}}</div>
${english ? '<div class="english">{{English}}</div>\n' : ''}{{#Classifier}}<div class="classifier">Measure word: {{Classifier}}</div>{{/Classifier}}
{{#SentenceRuby}}<div class="zh sentence ruby" lang="zh-Hans">{{furigana:SentenceRuby}}</div>{{/SentenceRuby}}
<div class="meta">{{HSK}}{{#Frequency}} · frequency rank {{Frequency}}{{/Frequency}}</div>
{{#Notes}}<div class="notes">{{Notes}}</div>{{/Notes}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}`;

const colouredHanzi = `<div class="zh hanzi" lang="zh-Hans">{{Color}}</div>
{{#Traditional}}<div class="zh trad" lang="zh-Hant">{{Traditional}}</div>{{/Traditional}}`;

/** A front that renders only when the note's switch field is filled: Anki makes no card otherwise. */
const switched = (field: string, front: string) => `{{#${field}}}\n${front}\n{{/${field}}}`;

const productionQuestion = `<div class="prompt">Say and write the word</div>
<div class="english">{{English}}</div>
{{#SentenceCloze}}<div class="zh sentence" lang="zh-Hans">{{SentenceCloze}}</div>{{/SentenceCloze}}`;

const WORD_TEMPLATES: Record<CardKind, Omit<CardTemplate, 'ord'>> = {
  recognition: {
    name: 'Recognition',
    qfmt: switched('MakeRecognition', '<div class="zh hanzi" lang="zh-Hans">{{Hanzi}}</div>'),
    afmt: `${colouredHanzi}\n<hr id="answer">\n${answerDetails(true)}`,
  },
  production: {
    name: 'Production',
    qfmt: switched('MakeProduction', productionQuestion),
    // The question's English stays on top; the details below do not repeat it.
    afmt: `<div class="english">{{English}}</div>\n<hr id="answer">\n${colouredHanzi}\n${answerDetails(false)}`,
  },
  listening: {
    name: 'Listening',
    // {{tts}} needs Anki 2.1.20 or later (see README): older versions print the field instead.
    qfmt: switched('MakeListening', '<div class="prompt">Listen</div>\n{{tts zh_CN:Hanzi}}'),
    afmt: `{{FrontSide}}\n<hr id="answer">\n${colouredHanzi}\n${answerDetails(true)}`,
  },
};

/**
 * The note types' `mod` (seconds): fixed, so Anki copies our templates and styling over the
 * learner's only when they change here. Move it forward with any template or CSS change.
 */
export const NOTE_TYPE_MOD = 1_795_996_800; // 2026-11-30

/** Template ord of each card kind in the Word note type. */
export const CARD_ORD: Record<CardKind, number> = { recognition: 0, production: 1, listening: 2 };

function noteType(spec: Omit<NoteType, 'req' | 'sortf'>): NoteType {
  return { ...spec, sortf: 0, req: spec.templates.map((t) => requirementFor(spec.fields, t)) };
}

// All three templates always exist so the note type never changes shape; `--cards` fills the
// switch fields, so Anki makes the same cards when the learner edits the note later.
export const WORD_NOTE_TYPE: NoteType = noteType({
  id: WORD_NOTE_TYPE_ID,
  name: 'zhcards Word',
  fields: WORD_FIELDS,
  templates: CARD_KINDS.map((kind) => ({ ...WORD_TEMPLATES[kind], ord: CARD_ORD[kind] })),
  css: CARD_CSS,
});

export const SENTENCE_NOTE_TYPE: NoteType = noteType({
  id: SENTENCE_NOTE_TYPE_ID,
  name: 'zhcards Sentence',
  fields: SENTENCE_FIELDS,
  templates: [
    {
      name: 'Reading',
      ord: 0,
      qfmt: '<div class="prompt">Read the sentence</div>\n<div class="zh sentence" lang="zh-Hans">{{Sentence}}</div>',
      afmt: `<div class="prompt">Read the sentence</div>
<div class="zh sentence" lang="zh-Hans">{{furigana:SentenceRuby}}</div>
<hr id="answer">
<div class="sentence-pinyin">{{SentencePinyin}}</div>
{{#Targets}}<div class="targets">{{Targets}}</div>{{/Targets}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}`,
    },
  ],
  css: CARD_CSS,
});
