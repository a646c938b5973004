/**
 * A strict ZIP reader for tests of the CLI's XLSX writer and the hostile-input run: it walks the central directory, checks that each
 * local header and data descriptor agree with it, inflates each entry and checks its CRC-32 and
 * size, so a test fails on any archive an unzip tool would reject.
 */
import { crc32, inflateRawSync } from 'node:zlib';

/** Every entry of the archive, in order, as text (UTF-8). */
export function readZip(bytes: Uint8Array): Map<string, string> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = zip.length - 22;
  if (zip.readUInt32LE(end) !== 0x06054b50) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  let at = zip.readUInt32LE(end + 16);
  if (at + directorySize !== end) throw new Error('central directory size or offset is wrong');
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`entry ${i}: no central header`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + skip;

    if (zip.readUInt32LE(offset) !== 0x04034b50) throw new Error(`${name}: no local header`);
    if (zip.readUInt16LE(offset + 6) !== flags) throw new Error(`${name}: flags differ`);
    const localName = zip.toString(
      'utf8',
      offset + 30,
      offset + 30 + zip.readUInt16LE(offset + 26),
    );
    if (localName !== name) throw new Error(`${name}: local name ${localName}`);
    const data = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const descriptor = data + compressed;
    if (
      (flags & 0x0008) === 0 ||
      zip.readUInt32LE(descriptor) !== 0x08074b50 ||
      zip.readUInt32LE(descriptor + 4) !== crc ||
      zip.readUInt32LE(descriptor + 8) !== compressed ||
      zip.readUInt32LE(descriptor + 12) !== size
    )
      throw new Error(`${name}: data descriptor missing or different`);
    if (method !== 8) throw new Error(`${name}: method ${method}`);
    const inflated = inflateRawSync(zip.subarray(data, descriptor));
    if (inflated.length !== size) throw new Error(`${name}: ${inflated.length} bytes, not ${size}`);
    if (crc32(inflated) !== crc) throw new Error(`${name}: CRC-32 differs`);
    entries.set(name, inflated.toString('utf8'));
  }
  return entries;
}
