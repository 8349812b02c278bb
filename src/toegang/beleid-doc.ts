// The policy table as Markdown for docs/toegang.md: generated from BELEID, so the documentation
// cannot drift (test/toegang/docs.test.ts compares). Regenerate: `npx tsx src/toegang/beleid-doc.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BELEID, HANDELING_OMSCHRIJVING, ROL_NAMEN, ROLLEN, type Handeling } from '../domein/beleid.js';

export const BEGIN = '<!-- BELEID:begin (gegenereerd uit src/toegang/beleid.ts; niet met de hand wijzigen) -->';
export const EINDE = '<!-- BELEID:einde -->';

/** Lower-case first letter, except for abbreviations (KPI's, NZa, API). */
const klein = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

export function beleidMarkdown(): string {
  const handelingen = Object.keys(BELEID) as Handeling[];
  const kop = `| handeling | betekenis | ${ROLLEN.join(' | ')} |`;
  const streep = `| --- | --- | ${ROLLEN.map(() => ':---:').join(' | ')} |`;
  const rijen = handelingen.map((h) => {
    const regel = BELEID[h] as readonly string[] | 'publiek';
    const cellen = ROLLEN.map((r) => (regel === 'publiek' || regel.includes(r) ? 'ja' : '–'));
    return `| \`${h}\`${regel === 'publiek' ? ' (publiek)' : ''} | ${HANDELING_OMSCHRIJVING[h]} | ${cellen.join(' | ')} |`;
  });
  const perRol = ROLLEN.map((r) => {
    const mag = handelingen.filter((h) => BELEID[h] !== 'publiek' && (BELEID[h] as readonly string[]).includes(r));
    return `- **${ROL_NAMEN[r]}** (\`${r}\`): ${mag.map((h) => klein(HANDELING_OMSCHRIJVING[h])).join('; ')}.`;
  });
  return [kop, streep, ...rijen, '', 'Per rol (naast alles wat publiek is):', '', ...perRol].join('\n');
}

export function vervangInDocument(tekst: string): string {
  const a = tekst.indexOf(BEGIN);
  const b = tekst.indexOf(EINDE);
  if (a < 0 || b < a) throw new Error('docs/toegang.md mist de BELEID-markeringen');
  return `${tekst.slice(0, a + BEGIN.length)}\n${beleidMarkdown()}\n${tekst.slice(b)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bestand = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/toegang.md');
  fs.writeFileSync(bestand, vervangInDocument(fs.readFileSync(bestand, 'utf8')));
  console.log(`Bijgewerkt: ${bestand}`);
}
