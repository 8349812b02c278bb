// The Content-Disposition of every download (issue 20). File names are built from the query
// (?onderdeel=, ?code=, ?sector=), so they are made safe here once: RFC 6266 with an ASCII fallback in
// filename="…" and the exact UTF-8 name in filename*=UTF-8''… (RFC 8187). No quote, separator,
// control character or path part can reach the header, and non-Latin-1 input is a name, not a 500.

/** Characters RFC 8187 allows unescaped in an ext-value (attr-char). */
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

function schoon(naam: string): string {
  const s = naam
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[\\/]/g, '-')
    .replace(/^\.+/, '')
    .trim();
  // names stay short (a long query makes a long name); the extension is kept
  if ([...s].length <= 120) return s || 'download';
  const punt = s.lastIndexOf('.');
  const ext = punt > 0 && s.length - punt <= 6 ? s.slice(punt) : '';
  return [...s].slice(0, 120 - ext.length).join('') + ext;
}

/** `attachment` (or `inline`) with a safe filename and filename* for this name. */
export function bijlage(naam: string, soort: 'attachment' | 'inline' = 'attachment'): string {
  const s = schoon(naam);
  const ascii = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]/g, '_');
  const utf8 = [...Buffer.from(s, 'utf8')]
    .map((b) => (b < 0x80 && ATTR_CHAR.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
  return `${soort}; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
