/**
 * A cap on what an XLSX workbook (a ZIP archive) may expand to: a 1.5 MB "zip bomb" once took
 * 1.6 GB of memory before it was refused. The sizes the archive declares are checked first, from
 * its central directory; then every part is inflated as a stream into nothing, counting the bytes
 * it really gives (an archive that lies about its sizes is caught there), before the workbook
 * reader sees it.
 *
 * @module
 */
import { createInflateRaw } from 'node:zlib';
import { CliError } from '../errors.js';

/** The most a workbook may expand to (all its parts together). */
export const MAX_XLSX_EXPANDED_BYTES = 200 * 1024 * 1024;

/** The most parts a workbook may hold. */
export const MAX_XLSX_ENTRIES = 10_000;

/** One part of a ZIP archive, as its central directory describes it. */
interface ZipEntry {
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeader: number;
}

/** The sum of the declared uncompressed sizes in a ZIP's central directory, and its entries. */
export function zipExpandedSize(
  bytes: Uint8Array,
): { bytes: number; entries: number; parts: ZipEntry[] } | undefined {
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
  const parts: ZipEntry[] = [];
  for (let n = 0; n < entries; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(at + 24, true);
    parts.push({
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeader: view.getUint32(at + 42, true),
    });
    // 0xFFFFFFFF: a ZIP64 size, larger than any workbook we take
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return { bytes: total, entries, parts };
}

/** The message for a workbook that expands beyond the caps. */
function tooLarge(source: string, size: string, entries: number, limit: number): CliError {
  const max = `${limit / 1024 / 1024} MB`;
  return new CliError({
    id: `${source}: buku kerja mengembang menjadi ${size} dalam ${entries} bagian; paling banyak ${max} dan ${MAX_XLSX_ENTRIES} bagian yang dibaca. Simpan lembarnya sebagai CSV.`,
    en: `${source}: the workbook expands to ${size} in ${entries} parts; at most ${max} and ${MAX_XLSX_ENTRIES} parts are read. Save the sheet as CSV instead.`,
  });
}

/**
 * Throws a usage error naming the file when a workbook declares, or really inflates to, more than
 * the caps. Parts are inflated one chunk at a time and the output dropped, so the check itself
 * takes no more memory than a chunk.
 */
export async function assertWorkbookSize(
  bytes: Uint8Array,
  source: string,
  limit = MAX_XLSX_EXPANDED_BYTES,
): Promise<void> {
  const size = zipExpandedSize(bytes);
  if (!size) return; // not a ZIP: the reader says so in its own words
  if (size.entries > MAX_XLSX_ENTRIES || size.bytes > limit)
    throw tooLarge(
      source,
      Number.isFinite(size.bytes) ? `${Math.round(size.bytes / 1024 / 1024)} MB` : '> 4 GB',
      size.entries,
      limit,
    );
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let inflated = 0;
  for (const part of size.parts) {
    const at = part.localHeader;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return;
    const from = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(from, Math.min(bytes.length, from + part.compressedSize));
    if (part.method === 0) inflated += data.length;
    else if (part.method === 8) inflated += await inflatedSize(data, limit - inflated);
    if (inflated > limit)
      throw tooLarge(source, `> ${limit / 1024 / 1024} MB`, size.entries, limit);
  }
}

/** How many bytes deflated `data` inflates to, stopping once past `budget`. */
function inflatedSize(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let total = 0;
    const stop = (): void => {
      inflate.removeAllListeners();
      inflate.on('error', () => undefined);
      inflate.destroy();
      resolve(total);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) stop();
    });
    // a broken stream is the workbook reader's to report, in its own words
    inflate.on('error', stop);
    inflate.on('end', stop);
    inflate.end(data);
  });
}
