// One problem of a refused import as one Dutch line: "file, regel 2, kolom x (waarde "y"): reason".
// The CLI, the logs and every upload page print the same line, so a user can search for it.

/** The fields of a problem line (structurally kern's `Probleem`). */
export interface ProbleemRegel {
  bestand: string;
  regel: number | null;
  kolom: string | null;
  waarde: string | null;
  reden: string;
}

export function probleemRegel(p: ProbleemRegel): string {
  const plek = [p.bestand, p.regel !== null ? `regel ${p.regel}` : null, p.kolom ? `kolom ${p.kolom}` : null].filter(Boolean).join(', ');
  const waarde = p.waarde !== null && p.waarde !== '' ? ` (waarde "${p.waarde}")` : '';
  return `${plek}${waarde}: ${p.reden}`;
}
