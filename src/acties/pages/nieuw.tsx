// The form for a new action; errors next to the field.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { ACTIE_STATUSSEN } from '../../domein/begrippen.js';
import { type Onderdeel } from '../store.js';
import { Kop, P, Veld, beschreven, Foutsamenvatting, Csrf, kruimelsBasis } from './onderdelen.js';

export interface NieuwProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  onderdelen: Onderdeel[];
  waarden: Record<string, string>;
  fouten: Record<string, string>;
  vandaag: string;
}

export function NieuwPagina(p: NieuwProps): VNode {
  const w = p.waarden;
  const f = p.fouten;
  const LABELS: Record<string, string> = {
    code: 'Code',
    onderdeel: 'Onderdeel',
    titel: 'Titel',
    trekker: 'Trekker',
    betrokken: 'Betrokken partijen',
    deadline: 'Termijn',
    status: 'Status',
    status_datum: 'Datum van registratie',
    toelichting: 'Toelichting',
  };
  const tekstveld = (naam: string, hint?: string) => (
    <Veld id={naam} label={LABELS[naam]} fout={f[naam]} hint={hint}>
      <input class="utrecht-textbox" type="text" id={naam} name={naam} value={w[naam] ?? ''} {...beschreven(naam, f[naam], hint)} />
    </Veld>
  );
  return (
    <Pagina titel="Nieuwe actie" actief="acties" kruimels={[...kruimelsBasis, { label: 'Nieuwe actie' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <Foutsamenvatting fouten={Object.entries(f).map(([id, tekst]) => ({ id, tekst: `${LABELS[id] ?? id}: ${tekst}` }))} />
      <Kop niveau={1}>Nieuwe actie registreren</Kop>
      <P>Voor IZA-acties die niet via een import binnenkomen. Na het opslaan is de actie te vinden onder haar onderdeel.</P>
      <form method="post" action="/acties/nieuw" novalidate>
        <Csrf csrf={p.csrf} />
        {tekstveld('code', 'Bijvoorbeeld A.12 (IZA) of AZWA-C3a.20.')}
        <Veld id="onderdeel" label="Onderdeel" fout={f.onderdeel}>
          <select class="utrecht-select" id="onderdeel" name="onderdeel" {...beschreven('onderdeel', f.onderdeel)}>
            <option value="">Kies een thematafel of afspraak</option>
            <optgroup label="IZA-thematafels">
              {p.onderdelen
                .filter((o) => o.akkoord === 'IZA')
                .map((o) => (
                  <option value={`IZA:${o.code}`} selected={w.onderdeel === `IZA:${o.code}`}>
                    {o.code}. {o.naam}
                  </option>
                ))}
            </optgroup>
            <optgroup label="AZWA-afspraken">
              {p.onderdelen
                .filter((o) => o.akkoord === 'AZWA')
                .map((o) => (
                  <option value={`AZWA:${o.code}`} selected={w.onderdeel === `AZWA:${o.code}`}>
                    {o.code}. {o.naam.length > 80 ? `${o.naam.slice(0, 80)}…` : o.naam}
                  </option>
                ))}
            </optgroup>
          </select>
        </Veld>
        {tekstveld('titel')}
        {tekstveld('trekker', 'De partij die de actie trekt.')}
        {tekstveld('betrokken', 'Scheid partijen met | of een komma.')}
        {tekstveld('deadline', 'Zoals in het akkoord, bijvoorbeeld "Q3 2025", "uiterlijk 1/1/26" of "binnen 6 maanden".')}
        <Veld id="status" label="Status" fout={f.status} hint="Leeg: geregistreerd, nog geen status gemeld.">
          <select class="utrecht-select" id="status" name="status" {...beschreven('status', f.status, 'x')}>
            <option value="">Zonder status</option>
            {ACTIE_STATUSSEN.map((s) => (
              <option value={s} selected={w.status === s}>
                {s}
              </option>
            ))}
          </select>
        </Veld>
        <Veld id="status_datum" label={LABELS.status_datum} fout={f.status_datum} hint="Standaard vandaag.">
          <input class="utrecht-textbox" type="date" id="status_datum" name="status_datum" value={w.status_datum ?? p.vandaag} {...beschreven('status_datum', f.status_datum, 'x')} />
        </Veld>
        <Veld id="toelichting" label="Toelichting" fout={f.toelichting}>
          <textarea class="utrecht-textarea" id="toelichting" name="toelichting" rows={3}>
            {w.toelichting ?? ''}
          </textarea>
        </Veld>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Actie registreren
        </button>
      </form>
    </Pagina>
  );
}
