// A small, safe markdown subset for report texts (contract type `rondeteksten`): paragraphs, bullet
// lists (`- ` or `• `, one nested level by indentation), numbered lists (`1. `), **bold** and *italic*.
// Nothing else: no HTML, no links, no images, no headings (a section's heading is its own column).
// Parsing is pure and total: it returns the blocks and, separately, the reasons a text was refused,
// so the importer can name the line and column and the renderer never sees anything but text.

export type Inline = { soort: 'tekst' | 'vet' | 'cursief'; tekst: string };
export interface LijstItem {
  inhoud: Inline[];
  sub: LijstItem[];
}
export type Blok =
  | { soort: 'alinea'; inhoud: Inline[] }
  | { soort: 'lijst'; genummerd: boolean; items: LijstItem[] };

export interface MarkdownResultaat {
  blokken: Blok[];
  /** Dutch reasons why the text is not in the allowed subset (empty = fine). */
  fouten: string[];
}

const VERBODEN: { patroon: RegExp; reden: string }[] = [
  { patroon: /<\/?[A-Za-z!][^>]*>/, reden: 'HTML is niet toegestaan' },
  { patroon: /!\[[^\]]*\]\(/, reden: 'afbeeldingen zijn niet toegestaan' },
  { patroon: /\[[^\]]+\]\([^)]*\)/, reden: 'links zijn niet toegestaan (schrijf de naam van de bron uit)' },
  { patroon: /^\s{0,3}#{1,6}\s/m, reden: 'koppen (#) zijn niet toegestaan; gebruik de kolom kop' },
  { patroon: /^\s*(```|~~~)/m, reden: 'codeblokken zijn niet toegestaan' },
  { patroon: /^\s*>/m, reden: 'citaatblokken (>) zijn niet toegestaan' },
  { patroon: /^\s*\|.*\|\s*$/m, reden: 'tabellen zijn niet toegestaan' },
  { patroon: /`/, reden: 'code (`) is niet toegestaan' },
];

const OPSOMMING = /^(\s*)(?:[-*•])\s+(.*)$/;
const GENUMMERD = /^(\s*)\d{1,3}[.)]\s+(.*)$/;

/** Parses a text of the allowed subset. Line breaks inside a paragraph or item become spaces. */
export function parseMarkdown(tekst: string): MarkdownResultaat {
  const fouten: string[] = [];
  for (const { patroon, reden } of VERBODEN) if (patroon.test(tekst)) fouten.push(reden);
  const blokken: Blok[] = [];
  let alinea: string[] = [];
  let lijst: { genummerd: boolean; items: LijstItem[] } | null = null;
  let laatste: { item: LijstItem; diep: boolean } | null = null;

  const sluitAlinea = () => {
    if (alinea.length) blokken.push({ soort: 'alinea', inhoud: inline(alinea.join(' '), fouten) });
    alinea = [];
  };
  const sluitLijst = () => {
    if (lijst) blokken.push({ soort: 'lijst', genummerd: lijst.genummerd, items: lijst.items });
    lijst = null;
    laatste = null;
  };

  for (const ruw of tekst.replace(/\r\n?/g, '\n').split('\n')) {
    if (ruw.trim() === '') {
      sluitAlinea();
      sluitLijst();
      continue;
    }
    const m = OPSOMMING.exec(ruw) ?? GENUMMERD.exec(ruw);
    if (m) {
      const genummerd = !OPSOMMING.test(ruw);
      const diep = m[1].length > 0 && lijst !== null;
      sluitAlinea();
      const item: LijstItem = { inhoud: inline(m[2].trim(), fouten), sub: [] };
      if (diep && laatste) {
        (laatste.diep ? laatsteOuder(lijst!) : laatste.item).sub.push(item);
        laatste = { item, diep: true };
      } else {
        if (!lijst || lijst.genummerd !== genummerd) {
          sluitLijst();
          lijst = { genummerd, items: [] };
        }
        lijst.items.push(item);
        laatste = { item, diep: false };
      }
      continue;
    }
    if (laatste && /^\s+\S/.test(ruw)) {
      // continuation line of a list item
      laatste.item.inhoud.push(...inline(' ' + ruw.trim(), fouten));
      continue;
    }
    sluitLijst();
    alinea.push(ruw.trim());
  }
  sluitAlinea();
  sluitLijst();
  return { blokken, fouten: [...new Set(fouten)] };
}

function laatsteOuder(lijst: { items: LijstItem[] }): LijstItem {
  return lijst.items[lijst.items.length - 1];
}

/** `**bold**` and `*italic*` (also `_italic_`); an unclosed marker is refused, not guessed at. */
function inline(tekst: string, fouten: string[]): Inline[] {
  const uit: Inline[] = [];
  const patroon = /\*\*(.+?)\*\*|\*(?!\s)(.+?)\*|(?<![\p{L}\p{N}])_(?!\s)(.+?)_(?![\p{L}\p{N}])/gu;
  let vanaf = 0;
  for (const m of tekst.matchAll(patroon)) {
    if (m.index! > vanaf) uit.push({ soort: 'tekst', tekst: tekst.slice(vanaf, m.index) });
    if (m[1] !== undefined) uit.push({ soort: 'vet', tekst: m[1] });
    else uit.push({ soort: 'cursief', tekst: m[2] ?? m[3] });
    vanaf = m.index! + m[0].length;
  }
  if (vanaf < tekst.length) uit.push({ soort: 'tekst', tekst: tekst.slice(vanaf) });
  for (const deel of uit) {
    if (deel.soort === 'tekst' && /\*/.test(deel.tekst)) fouten.push('een * zonder sluitend * (vet of cursief niet afgesloten)');
  }
  return samenvoegen(uit);
}

function samenvoegen(delen: Inline[]): Inline[] {
  const uit: Inline[] = [];
  for (const d of delen) {
    const vorige = uit[uit.length - 1];
    if (vorige && vorige.soort === d.soort) vorige.tekst += d.tekst;
    else uit.push({ ...d });
  }
  return uit;
}

/** The plain text of a parsed text (for search, alt texts and the PDF-text test). */
export function platteTekst(blokken: Blok[]): string {
  const item = (i: LijstItem): string => [i.inhoud.map((d) => d.tekst).join(''), ...i.sub.map(item)].join('\n');
  return blokken
    .map((b) => (b.soort === 'alinea' ? b.inhoud.map((d) => d.tekst).join('') : b.items.map(item).join('\n')))
    .join('\n\n');
}
