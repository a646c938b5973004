/**
 * The kernel's message catalogue (rulebook format and parameter lookups).
 *
 * @module
 */
import { defineMessages, type LocalizedText } from '../shared/i18n.js';

/** Messages raised by the rulebook kernel, by stable code. */
export const rulebookMessages = defineMessages({
  'RULEBOOK.PARAMETER.STALE': (p: { parameter: string; lastKnown: string; asOf: string }) => ({
    id: `Nilai parameter ${p.parameter} hanya diketahui berlaku sampai ${p.lastKnown}, tetapi evaluasi per ${p.asOf}. Nilai terakhir tetap dipakai; periksa apakah aturannya sudah berubah.`,
    en: `Parameter ${p.parameter} is only known to apply until ${p.lastKnown}, but the evaluation is as of ${p.asOf}. The last known value was used; check whether the rule has changed.`,
  }),
  'RULEBOOK.PARAMETERS.STALE': (p: {
    parameters: readonly string[];
    lastKnown: string;
    asOf: string;
  }) => ({
    id: `${p.parameters.length} nilai parameter (${p.parameters.join(', ')}) hanya diketahui berlaku sampai ${p.lastKnown}, tetapi evaluasi per ${p.asOf}. Nilai terakhir tetap dipakai; periksa apakah aturannya sudah berubah.`,
    en: `${p.parameters.length} parameters (${p.parameters.join(', ')}) are only known to apply until ${p.lastKnown}, but the evaluation is as of ${p.asOf}. The last known values were used; check whether the rules have changed.`,
  }),
  'RULEBOOK.PARAMETER.UNKNOWN': (p: { parameter: string; missing: string; missingEn: string }) => ({
    id: `Nilai parameter ${p.parameter} belum diketahui: ${p.missing}. Perlu ditinjau manusia.`,
    en: `The value of parameter ${p.parameter} is not known: ${p.missingEn}. Needs human review.`,
  }),
  'RULEBOOK.PARAMETER.NOT_YET_IN_FORCE': (p: {
    parameter: string;
    first: string;
    asOf: string;
  }) => ({
    id: `Parameter ${p.parameter} baru berlaku mulai ${p.first}; tidak ada nilai per ${p.asOf}.`,
    en: `Parameter ${p.parameter} applies only from ${p.first}; there is no value as of ${p.asOf}.`,
  }),
  'RULEBOOK.PARAMETER.MISSING': (p: { parameter: string; rule: string }) => ({
    id: `Aturan ${p.rule} memerlukan parameter ${p.parameter}, yang tidak ada (atau dinonaktifkan) di buku aturan ini.`,
    en: `Rule ${p.rule} needs parameter ${p.parameter}, which this rulebook does not have (or disabled).`,
  }),
  'RULEBOOK.SCHEMA': (p: { problem: LocalizedText }) => ({
    id: `Format buku aturan tidak sesuai: ${p.problem.id}`,
    en: `The rulebook does not match the format: ${p.problem.en}`,
  }),
  'RULEBOOK.DUPLICATE_ID': (p: { what: 'rule' | 'parameter'; id: string }) => ({
    id: `${p.what === 'rule' ? 'Aturan' : 'Parameter'} ${p.id} didefinisikan lebih dari sekali.`,
    en: `${p.what === 'rule' ? 'Rule' : 'Parameter'} ${p.id} is defined more than once.`,
  }),
  'RULEBOOK.DATES.ORDER': (p: { from: string; to: string }) => ({
    id: `Tanggal tidak berurutan: ${p.from} sesudah ${p.to}.`,
    en: `Dates out of order: ${p.from} is after ${p.to}.`,
  }),
  'RULEBOOK.PARAMETER.OVERLAP': (p: { parameter: string; date: string }) => ({
    id: `Nilai-nilai parameter ${p.parameter} harus berurutan menurut tanggal dan tidak tumpang tindih (di ${p.date}).`,
    en: `The values of parameter ${p.parameter} must be in date order without overlaps (at ${p.date}).`,
  }),
  'RULEBOOK.EXTENDS.UNKNOWN': (p: { parent: string }) => ({
    id: `Buku aturan induk ${p.parent} tidak dikenal. Lihat daftar dengan \`inovasi rulebook list\`.`,
    en: `The parent rulebook ${p.parent} is not known. See the list with \`inovasi rulebook list\`.`,
  }),
  'RULEBOOK.EXTENDS.INVALID': (p: { problem: LocalizedText }) => ({
    id: `Rantai extends tidak sah: ${p.problem.id}`,
    en: `The extends chain is not valid: ${p.problem.en}`,
  }),
  'RULEBOOK.DISABLE.UNKNOWN': (p: { what: 'rule' | 'parameter'; id: string; parent: string }) => ({
    id: `Tidak ada ${p.what === 'rule' ? 'aturan' : 'parameter'} ${p.id} di ${p.parent} untuk dinonaktifkan.`,
    en: `There is no ${p.what} ${p.id} in ${p.parent} to disable.`,
  }),
  'RULEBOOK.DISABLE.NO_PARENT': () => ({
    id: `\`disable\` hanya berlaku untuk buku aturan yang memakai \`extends\`.`,
    en: `\`disable\` only applies to a rulebook that \`extends\` another.`,
  }),
  'RULEBOOK.RULE.KIND_UNKNOWN': (p: { kind: string; domain: string; known: string }) => ({
    id: `Jenis aturan ${p.kind} tidak dikenal untuk ${p.domain}. Jenis yang dikenal: ${p.known}.`,
    en: `Rule kind ${p.kind} is not known for ${p.domain}. Known kinds: ${p.known}.`,
  }),
  'RULEBOOK.RULE.SLOT_MISSING': (p: { rule: string; slot: string }) => ({
    id: `Aturan ${p.rule} harus memetakan slot ${p.slot} ke sebuah parameter.`,
    en: `Rule ${p.rule} must map slot ${p.slot} to a parameter.`,
  }),
  'RULEBOOK.RULE.SLOT_UNKNOWN': (p: { rule: string; slot: string; known: string }) => ({
    id: `Aturan ${p.rule} memetakan slot ${p.slot} yang tidak dikenal. Slot yang ada: ${p.known}.`,
    en: `Rule ${p.rule} maps slot ${p.slot}, which its kind does not have. Its slots: ${p.known}.`,
  }),
  'RULEBOOK.RULE.PARAMETER_UNKNOWN': (p: { rule: string; parameter: string }) => ({
    id: `Aturan ${p.rule} merujuk parameter ${p.parameter} yang tidak ada (atau dinonaktifkan).`,
    en: `Rule ${p.rule} refers to parameter ${p.parameter}, which does not exist (or is disabled).`,
  }),
  'RULEBOOK.PARAMETER.VALUE_INVALID': (p: { parameter: string; problem: LocalizedText }) => ({
    id: `Nilai parameter ${p.parameter} tidak sesuai dengan yang diharapkan aturannya: ${p.problem.id}`,
    en: `The value of parameter ${p.parameter} does not fit the rule that reads it: ${p.problem.en}`,
  }),
  'RULEBOOK.PARAMETER.UNUSED': (p: { parameter: string; read: string }) => ({
    id: `Parameter ${p.parameter} tidak dibaca aturan mana pun, jadi tidak berpengaruh. Pakai id parameter yang dibaca aturan (${p.read}), atau petakan parameter ini di sebuah aturan.`,
    en: `No rule reads parameter ${p.parameter}, so it has no effect. Use the id of a parameter a rule reads (${p.read}), or map this one in a rule.`,
  }),
  'RULEBOOK.CHANGE.SAME_VALUE': (p: { parameter: string; parent: string }) => ({
    id: `Nilai parameter ${p.parameter} sama dengan nilai ${p.parent} pada tanggal itu: perubahan ini tidak berpengaruh.`,
    en: `The value of parameter ${p.parameter} equals ${p.parent}'s on that date: this change has no effect.`,
  }),
  'RULEBOOK.CHANGE.AFTER_WINDOW': (p: { parameter: string; from: string; to: string }) => ({
    id: `Nilai parameter ${p.parameter} baru berlaku ${p.from}, sesudah buku aturan ini berakhir (${p.to}): tidak pernah dipakai.`,
    en: `The value of parameter ${p.parameter} starts on ${p.from}, after this rulebook ends (${p.to}): it is never used.`,
  }),
  'RULEBOOK.CHANGE.SAME_RULE': (p: { rule: string; parent: string }) => ({
    id: `Aturan ${p.rule} sama persis dengan aturan ${p.parent}: penggantian ini tidak berpengaruh.`,
    en: `Rule ${p.rule} is identical to ${p.parent}'s: replacing it has no effect.`,
  }),
  'RULEBOOK.DATES.INHERITED': (p: {
    parameter: string;
    date: string;
    parent: string;
    from: string;
  }) => ({
    id: `Tanggal ${p.parameter} = ${p.date} diwarisi dari ${p.parent}, yang berakhir sebelum buku aturan ini mulai (${p.from}). Tetapkan tanggal sendiri (parameter ${p.parameter}, nilai + sumber).`,
    en: `The date ${p.parameter} = ${p.date} is inherited from ${p.parent}, which ended before this rulebook starts (${p.from}). Set your own date (parameter ${p.parameter}, value + source).`,
  }),
});
