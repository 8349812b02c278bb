// Random secrets and their hashes: session tokens and API tokens are stored only as sha256, passwords
// as argon2id (the default algorithm of @node-rs/argon2: 19 MiB, 2 passes).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { hash, verify } from '@node-rs/argon2';
import { PROJECT_MAP } from '../platform/config.js';

export function willekeurigToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

export function sha256(s: string): string {
  return crypto.createHash('sha256').update(s).digest('hex');
}

export const MIN_WACHTWOORD_LENGTE = 12;

/** Common and breached passwords of 12+ characters, lower case (data/referentie/README.md says where from). */
let veelgebruikt: Set<string> | null = null;
function veelgebruikteWachtwoorden(): Set<string> {
  veelgebruikt ??= new Set(
    fs
      .readFileSync(path.join(PROJECT_MAP, 'data', 'referentie', 'wachtwoorden-veelgebruikt.txt'), 'utf8')
      .split('\n')
      .filter((r) => r !== '' && !r.startsWith('#')),
  );
  return veelgebruikt;
}

export function wachtwoordProbleem(w: string): string | null {
  if (w.length < MIN_WACHTWOORD_LENGTE) return `Kies een wachtwoord van minstens ${MIN_WACHTWOORD_LENGTE} tekens.`;
  if (w.length > 200) return 'Het wachtwoord is te lang (hooguit 200 tekens).';
  if (veelgebruikteWachtwoorden().has(w.normalize('NFC').toLowerCase())) {
    return 'Dit wachtwoord is veelgebruikt of gelekt en daardoor makkelijk te raden. Kies een ander, bijvoorbeeld een zin van vier losse woorden.';
  }
  return null;
}

export function hashWachtwoord(w: string): Promise<string> {
  return hash(w);
}

export async function controleerWachtwoord(hashWaarde: string | null, w: string): Promise<boolean> {
  if (!hashWaarde) return false;
  try {
    return await verify(hashWaarde, w);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so that the answer takes as long. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hash(willekeurigToken());
  return dummy;
}
