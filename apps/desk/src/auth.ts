/**
 * Passwords, sessions and sign-in throttling. Passwords are hashed with scrypt from
 * `node:crypto` (N = 2^15, r = 8, p = 1, 16-byte salt) and compared in constant time. A session
 * is a random 32-byte cookie value; the database keeps only its SHA-256, with the session's CSRF
 * token, so any desk process can serve any request.
 *
 * @module
 */
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** Hashes a password: `scrypt$N$r$p$salt$hash` (base64url parts). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Checks a password against a stored hash, in constant time. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  if (stored === null) return false;
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A random token (32 bytes, base64url). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a token (what the database keeps). */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Do two tokens match (constant time)? */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A fixed-window limiter of failed sign-ins, per key (client address and per username): after
 * `max` failures in `windowMs`, further attempts are refused until the window ends. It lives in
 * the process: behind a load balancer each process limits on its own (a shared limiter belongs
 * at the proxy).
 */
export function createLoginLimiter(
  options: { max?: number; windowMs?: number; now?: () => number } = {},
) {
  const max = options.max ?? 10;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const now = options.now ?? (() => Date.now());
  const failures = new Map<string, { count: number; since: number }>();
  const live = (key: string) => {
    const entry = failures.get(key);
    if (entry && now() - entry.since > windowMs) {
      failures.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    /** Is this key blocked now? */
    blocked(keys: readonly string[]): boolean {
      return keys.some((k) => (live(k)?.count ?? 0) >= max);
    },
    fail(keys: readonly string[]): void {
      for (const k of keys) {
        const entry = live(k);
        if (entry) entry.count += 1;
        else failures.set(k, { count: 1, since: now() });
      }
      if (failures.size > 100_000) failures.clear();
    },
    succeed(keys: readonly string[]): void {
      for (const k of keys) failures.delete(k);
    },
  };
}

/** The sign-in limiter's type. */
export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
