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

const answerDetails = `<div class="pinyin">{{Pinyin}}</div>
<div class="english">{{English}}</div>
{{#Classifier}}<div class="classifier">Measure word: {{Classifier}}</div>{{/Classifier}}
{{#SentenceRuby}}<div class="zh sentence" lang="zh-Hans">{{furigana:SentenceRuby}}</div>{{/SentenceRuby}}
<div class="meta">{{HSK}}{{#Frequency}} · frequency rank {{Frequency}}{{/Frequency}}</div>
{{#Notes}}<div class="notes">{{Notes}}</div>{{/Notes}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}`;

const colouredHanzi = `<div class="zh hanzi" lang="zh-Hans">{{Color}}</div>
{{#Traditional}}<div class="zh trad" lang="zh-Hant">{{Traditional}}</div>{{/Traditional}}`;

const WORD_TEMPLATES: Record<CardKind, Omit<CardTemplate, 'ord'>> = {
  recognition: {
    name: 'Recognition',
    qfmt: '<div class="zh hanzi" lang="zh-Hans">{{Hanzi}}</div>',
    afmt: `${colouredHanzi}\n<hr id="answer">\n${answerDetails}`,
  },
  production: {
    name: 'Production',
    qfmt: `<div class="prompt">Say and write the word</div>
<div class="english">{{English}}</div>
{{#Sentence}}<div class="zh sentence blank" lang="zh-Hans">{{Sentence}}</div>{{/Sentence}}`,
    afmt: `<div class="english">{{English}}</div>\n<hr id="answer">\n${colouredHanzi}\n${answerDetails}`,
  },
  listening: {
    name: 'Listening',
    qfmt: '<div class="prompt">Listen</div>\n{{tts zh_CN:Hanzi}}',
    afmt: `{{FrontSide}}\n<hr id="answer">\n${colouredHanzi}\n${answerDetails}`,
  },
};

/** Template ord of each card kind in the Word note type. */
export const CARD_ORD: Record<CardKind, number> = { recognition: 0, production: 1, listening: 2 };

function noteType(spec: Omit<NoteType, 'req' | 'sortf'>): NoteType {
  return { ...spec, sortf: 0, req: spec.templates.map((t) => requirementFor(spec.fields, t)) };
}

// All three templates always exist so the note type never changes shape; `--cards` only
// chooses which cards the package contains.
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
