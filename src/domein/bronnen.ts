// Source references for readers. The seed cites its sources by key: a document number and line
// range in the project's source texts ("002 r. 253-257", "002_be9b01c038a48e1e.txt r. 1706-1709",
// "000 r. 219-234"). Readers need the document's title and date, not our line numbers. The list of
// documents is data (data/seed/bronnen.csv); this module turns a key into a readable reference.

export interface Bron {
  /** Document number as used in the keys: `000`, `002` … */
  document: string;
  /** Part of the document: first and last line (inclusive) of the source text it covers. */
  vanRegel: number;
  totRegel: number;
  titel: string;
  uitgever: string;
  /** `YYYY-MM-DD` when the document carries a date, else empty. */
  datum: string;
  /** The date as a reader should see it when there is no exact date ("najaar 2023"). */
  datumTekst: string;
}

export interface BronVerwijzing {
  document: string;
  van: number | null;
  tot: number | null;
}

/** One key anywhere in a text: `002 r. 10`, `002 r. 10-12`, `002_<hash>.txt r. 10`, `000 r. 10, 12`. */
const BEREIK = String.raw`\d+(?:\s*[-–]\s*\d+)?`;
const SLEUTEL = new RegExp(
  String.raw`\b(\d{3})(?!\d)(?:_[0-9a-f]{16}\.txt)?(?::?\s+(?:r\.|regel|regels)\s*(\d+)(?:\s*[-–]\s*(\d+))?` +
    // further ranges of the same document: ", 12", " en r. 20-22", "; r. 30" (not "; 002 r. 5", another document)
    String.raw`(?:(?:,\s*|\s+en\s+)(?:r\.\s*)?(?!\d{3}\s+r\.)${BEREIK}|;\s*r\.\s*${BEREIK})*)?`,
  'g',
);

/** Parses one source key; null when the text is not a key. */
export function parseBronSleutel(sleutel: string): BronVerwijzing | null {
  SLEUTEL.lastIndex = 0;
  const m = SLEUTEL.exec(sleutel.trim());
  if (!m || m.index !== 0) return null;
  return { document: m[1], van: m[2] ? Number(m[2]) : null, tot: m[3] ? Number(m[3]) : m[2] ? Number(m[2]) : null };
}

/** The document part a key points to: the part that holds its first line, or the document's first part. */
export function zoekBron(verwijzing: BronVerwijzing, bronnen: readonly Bron[]): Bron | null {
  const delen = bronnen.filter((b) => b.document === verwijzing.document);
  if (!delen.length) return null;
  if (verwijzing.van === null) return delen.length === 1 ? delen[0] : null;
  return delen.find((b) => verwijzing.van! >= b.vanRegel && verwijzing.van! <= b.totRegel) ?? null;
}

/** "Titel (uitgever, 16 juni 2025)"; the date is formatted by the caller's formatter (Dutch). */
export function leesbareBron(b: Bron, datum: (iso: string) => string): string {
  const wanneer = b.datum ? datum(b.datum) : b.datumTekst;
  const bij = [b.uitgever, wanneer].filter(Boolean).join(', ');
  return bij ? `${b.titel} (${bij})` : b.titel;
}

/** A readable reference for one key; a key that matches no document is returned unchanged (and reported by the caller). */
export function leesbareVerwijzing(sleutel: string, bronnen: readonly Bron[], datum: (iso: string) => string): string | null {
  const v = parseBronSleutel(sleutel);
  if (!v) return null;
  const b = zoekBron(v, bronnen);
  return b ? leesbareBron(b, datum) : null;
}

/**
 * Replaces every source key inside a free text ("Bron: … 002_<hash>.txt r. 1594-1613.") by the
 * readable reference; returns the text and the documents it cited (for the report's "Bronnen" list).
 */
export function vervangBronSleutels(
  tekst: string,
  bronnen: readonly Bron[],
  datum: (iso: string) => string,
  /** How a cited document appears in the text (default: its readable reference). */
  weergave: (b: Bron) => string = (b) => leesbareBron(b, datum),
): { tekst: string; gebruikt: Bron[]; onbekend: string[] } {
  const gebruikt: Bron[] = [];
  const onbekend: string[] = [];
  const uit = tekst.replace(SLEUTEL, (heel, doc: string, van?: string, tot?: string) => {
    if (!van && !/_[0-9a-f]{16}\.txt/.test(heel)) return heel; // a bare three-digit number is not a key
    const b = zoekBron({ document: doc, van: van ? Number(van) : null, tot: tot ? Number(tot) : null }, bronnen);
    if (!b) {
      onbekend.push(heel);
      return heel;
    }
    if (!gebruikt.includes(b)) gebruikt.push(b);
    return weergave(b);
  });
  return { tekst: uit, gebruikt, onbekend };
}

/** Parses the rows of bronnen.csv (already split into cells by the contract reader). */
export function leesBronnen(rijen: readonly Record<string, string>[]): Bron[] {
  return rijen.map((r) => ({
    document: r.document,
    vanRegel: Number(r.van_regel),
    totRegel: Number(r.tot_regel),
    titel: r.titel,
    uitgever: r.uitgever ?? '',
    datum: r.datum ?? '',
    datumTekst: r.datum_tekst ?? '',
  }));
}

/** A text without its source keys (where no list of sources is at hand): "volgens 002 r. 5 de brief" → "volgens de brief". */
export function zonderBronSleutels(tekst: string): string {
  return tekst
    .replace(SLEUTEL, (heel, _doc: string, van?: string) => (van || /_[0-9a-f]{16}\.txt/.test(heel) ? '' : heel))
    .replace(/\(\s*[;,]?\s*\)/g, '')
    .replace(/\(\s*[;,]\s*/g, '(')
    .replace(/\s*[;,]\s*\)/g, ')')
    .replace(/ {2,}/g, ' ')
    .replace(/ ([.,;)])/g, '$1')
    .trim();
}

const documentSleutel = (b: Bron) => `${b.titel}|${b.datum}|${b.datumTekst}`;

/** The documents a set of texts cites, once each, numbered in order of first citation (the list "Bronnen"). */
export function genummerdeBronnen(teksten: readonly string[], bronnen: readonly Bron[], datum: (iso: string) => string): Bron[] {
  const genummerd: Bron[] = [];
  for (const s of teksten) {
    for (const b of vervangBronSleutels(s, bronnen, datum).gebruikt) {
      if (!genummerd.some((x) => documentSleutel(x) === documentSleutel(b))) genummerd.push(b);
    }
  }
  return genummerd;
}

/** A field name as words: `zonder_status` → "zonder status" (readers do not know our column names). */
export function zonderVeldnamen(tekst: string): string {
  return tekst.replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (m) => m.replace(/_/g, ' '));
}

/**
 * Line references left after the keys are replaced, without a document of their own ("[1] (subtotaal
 * r. 9151, noot r. 9123-9125)"): the reader has the document, the line numbers are ours.
 */
function zonderRegelnummers(tekst: string): string {
  return tekst
    .replace(/([(,;])\s*[\p{L}\d-]*\s*\br\.\s*\d+(?:\s*[-–]\s*\d+)?/gu, '$1')
    .replace(/\s*\br\.\s*\d+(?:\s*[-–]\s*\d+)?/g, '')
    .replace(/\(\s*(?:[,;]\s*)*\)/g, '')
    .replace(/\(\s*[,;]\s*/g, '(')
    .replace(/\s*[,;]\s*\)/g, ')')
    .replace(/([,;])(?:\s*[,;])+/g, '$1')
    .replace(/ {2,}/g, ' ')
    .replace(/ ([.,;)])/g, '$1')
    .trim();
}

/** Our own data files ("data/seed/azwa_afspraken.csv") mean nothing to readers: left out, with the comma before them. */
function zonderBestandsnamen(tekst: string): string {
  return tekst.replace(/,?\s*(?:[\w.-]+\/)*[\w-]+\.(?:csv|json|xlsx)\b/g, '');
}

/**
 * THE rule for a text in front of readers: every source key becomes the number of its document in the
 * numbered list ("[2]", see genummerdeBronnen), field names become words. Without a list of sources the
 * keys are left out. Used by the report and by every page that shows notes or sources.
 */
export function leesbareTekst(tekst: string, bronnen: readonly Bron[], genummerd: readonly Bron[], datum: (iso: string) => string): string {
  const zonder = zonderBestandsnamen(tekst);
  if (!bronnen.length) return zonderVeldnamen(zonderRegelnummers(zonderBronSleutels(zonder)));
  const nummer = (b: Bron) => `[${genummerd.findIndex((x) => documentSleutel(x) === documentSleutel(b)) + 1}]`;
  return zonderVeldnamen(zonderRegelnummers(vervangBronSleutels(zonder, bronnen, datum, nummer).tekst));
}

/** A text with its source keys written out as document titles and dates, for pages without a numbered list. */
export function metBronTitels(tekst: string, bronnen: readonly Bron[], datum: (iso: string) => string): string {
  if (!bronnen.length) return zonderVeldnamen(zonderBronSleutels(tekst));
  const uit = vervangBronSleutels(tekst, bronnen, datum).tekst;
  return zonderVeldnamen(zonderBronSleutels(uit));
}
