/**
 * The readiness message catalogue, by stable finding code.
 *
 * @module
 */
import { defineMessages } from '../shared/i18n.js';

interface AgeText {
  id: string;
  en: string;
}

/** Messages of the readiness checks. */
export const readinessMessages = defineMessages({
  'KIPP.AGE.MIN': (p: { age: AgeText; close: string; min: number }) => ({
    id: `Usia implementasi ${p.age.id} pada ${p.close} (penutupan pendaftaran); minimal ${p.min} tahun.`,
    en: `Implementation age is ${p.age.en} on ${p.close} (registration close); at least ${p.min} year${p.min === 1 ? '' : 's'} required.`,
  }),
  'KIPP.AGE.MIN.FIX': (p: { eligibleFrom: string; latestStart: string; close: string }) => ({
    id: `Inovasi ini cukup umur mulai ${p.eligibleFrom}. Untuk edisi ini implementasi harus sudah dimulai paling lambat ${p.latestStart}; daftarkan pada edisi yang penutupannya pada atau sesudah ${p.eligibleFrom}.`,
    en: `This innovation is old enough from ${p.eligibleFrom}. For this edition implementation must have started by ${p.latestStart}; enter an edition whose registration closes on or after ${p.eligibleFrom}.`,
  }),
  'KIPP.AGE.MIN.PASS': (p: { age: AgeText; close: string; min: number; eligibleFrom: string }) => ({
    id: `Usia implementasi ${p.age.id} pada ${p.close} memenuhi minimal ${p.min} tahun (cukup umur sejak ${p.eligibleFrom}).`,
    en: `Implementation age of ${p.age.en} on ${p.close} meets the minimum of ${p.min} year${p.min === 1 ? '' : 's'} (old enough since ${p.eligibleFrom}).`,
  }),
  'KIPP.AGE.START_MISSING': () => ({
    id: 'Tanggal mulai implementasi belum diisi; usia implementasi tidak dapat diperiksa.',
    en: 'The implementation start date is missing; the implementation age cannot be checked.',
  }),
  'KIPP.AGE.START_MISSING.FIX': () => ({
    id: 'Isi implementationStartDate (YYYY-MM-DD) dengan tanggal inovasi mulai melayani masyarakat, dan lampirkan buktinya.',
    en: 'Fill in implementationStartDate (YYYY-MM-DD) with the day the innovation started serving the public, and attach the evidence.',
  }),
  'KIPP.AGE.CLOSE_UNKNOWN': (p: { missing: AgeText }) => ({
    id: `Tanggal penutupan pendaftaran edisi ini tidak diketahui (${p.missing.id}); usia implementasi tidak dapat dihitung. Perlu ditinjau manusia.`,
    en: `This edition's registration close date is not known (${p.missing.en}); the implementation age cannot be computed. Needs human review.`,
  }),
  'KIPP.AGE.CLOSE_UNKNOWN.FIX': () => ({
    id: 'Berikan tanggal penutupan pendaftaran: registrationCloseDate di proposal atau --registration-close di CLI.',
    en: 'Give the registration close date: registrationCloseDate in the proposal or --registration-close on the CLI.',
  }),
  'KIPP.AGE.MIN_UNKNOWN': (p: { missing: AgeText }) => ({
    id: `Usia implementasi minimal untuk edisi ini tidak diketahui (${p.missing.id}). Perlu ditinjau manusia.`,
    en: `The minimum implementation age for this edition is not known (${p.missing.en}). Needs human review.`,
  }),
  'READINESS.STATUS.ready': () => ({ id: 'Siap diajukan', en: 'Ready to submit' }),
  'READINESS.STATUS.not-ready': () => ({ id: 'Belum siap', en: 'Not ready' }),
  'READINESS.STATUS.indeterminate': () => ({
    id: 'Tidak dapat dipastikan (perlu tinjauan)',
    en: 'Indeterminate (needs review)',
  }),
});
