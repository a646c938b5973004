/**
 * The contract's message catalogue: why a result was read at its date, and the words of a replay.
 *
 * @module
 */
import { defineMessages } from '../shared/i18n.js';

interface At {
  asOf: string;
  rulebook?: string;
}

/** Messages of the engine contract. */
export const contractMessages = defineMessages({
  requested: (p: At) => ({
    id: `Aturan dibaca per ${p.asOf}, tanggal yang diminta.`,
    en: `The rules are read as of ${p.asOf}, the date requested.`,
  }),
  today: (p: At) => ({
    id: `Aturan dibaca per hari ini (${p.asOf}), yang masih dalam masa berlaku edisi ini.`,
    en: `The rules are read as of today (${p.asOf}), which lies inside this edition's window.`,
  }),
  'registration-close': (p: At) => ({
    id: `Aturan dibaca per ${p.asOf}, tanggal penutupan pendaftaran ${p.rulebook ?? ''}: hari ini di luar masa berlaku edisi ini. Beri --as-of / asOf untuk tanggal lain.`,
    en: `The rules are read as of ${p.asOf}, the registration close of ${p.rulebook ?? ''}: today lies outside this edition's window. Give --as-of / asOf for another date.`,
  }),
  'edition-start': (p: At) => ({
    id: `Aturan dibaca per ${p.asOf}, hari pertama ${p.rulebook ?? ''}: hari ini di luar masa berlaku edisi ini. Beri --as-of / asOf untuk tanggal lain.`,
    en: `The rules are read as of ${p.asOf}, the first day of ${p.rulebook ?? ''}: today lies outside this edition's window. Give --as-of / asOf for another date.`,
  }),
  'edition-end': (p: At) => ({
    id: `Aturan dibaca per ${p.asOf}, hari terakhir ${p.rulebook ?? ''}: hari ini di luar masa berlaku edisi ini. Beri --as-of / asOf untuk tanggal lain.`,
    en: `The rules are read as of ${p.asOf}, the last day of ${p.rulebook ?? ''}: today lies outside this edition's window. Give --as-of / asOf for another date.`,
  }),
  gains: () => ({ id: 'naik', en: 'gains' }),
  loses: () => ({ id: 'turun', en: 'loses' }),
  changes: () => ({ id: 'berubah', en: 'changes' }),
  unchanged: () => ({ id: 'tetap', en: 'unchanged' }),
  'not-run': () => ({ id: 'tidak dapat dijalankan', en: 'could not be run' }),
});
