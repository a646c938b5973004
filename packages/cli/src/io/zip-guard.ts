/**
 * A cap on what an XLSX workbook (a ZIP archive) may expand to, read from its central directory
 * before anything is decompressed: a 1.5 MB "zip bomb" once took 1.6 GB of memory before it was
 * refused. The sizes the archive declares are checked (an archive that lies about them is left
 * to the reader's own checks).
 *
 * @module
 */
import { CliError } from '../errors.js';

/** The most a workbook may expand to (all its parts together). */
export const MAX_XLSX_EXPANDED_BYTES = 200 * 1024 * 1024;

/** The most parts a workbook may hold. */
export const MAX_XLSX_ENTRIES = 10_000;

/** The sum of the declared uncompressed sizes in a ZIP's central directory, and its entries. */
export function zipExpandedSize(bytes: Uint8Array): { bytes: number; entries: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end-of-central-directory record is in the last 65,557 bytes
  const from = Math.max(0, bytes.length - 65_557);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i -= 1)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end === -1) return undefined;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(at + 24, true);
    // 0xFFFFFFFF: a ZIP64 size, larger than any workbook we take
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return { bytes: total, entries };
}

/** Throws a usage error naming the file when a workbook would expand beyond the caps. */
export function assertWorkbookSize(bytes: Uint8Array, source: string): void {
  const size = zipExpandedSize(bytes);
  if (!size) return; // not a ZIP: the reader says so in its own words
  if (size.entries > MAX_XLSX_ENTRIES || size.bytes > MAX_XLSX_EXPANDED_BYTES) {
    const mb = Number.isFinite(size.bytes)
      ? `${Math.round(size.bytes / 1024 / 1024)} MB`
      : '> 4 GB';
    const max = `${MAX_XLSX_EXPANDED_BYTES / 1024 / 1024} MB`;
    throw new CliError({
      id: `${source}: buku kerja mengembang menjadi ${mb} dalam ${size.entries} bagian; paling banyak ${max} dan ${MAX_XLSX_ENTRIES} bagian yang dibaca. Simpan lembarnya sebagai CSV.`,
      en: `${source}: the workbook expands to ${mb} in ${size.entries} parts; at most ${max} and ${MAX_XLSX_ENTRIES} parts are read. Save the sheet as CSV instead.`,
    });
  }
}
