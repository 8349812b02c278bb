// Cover with table of contents, and the section "Noemenswaardig".
import type { VNode } from 'preact';
import { datum, euro, getal } from '../../platform/formaat.js';
import { type Ctx, Melding, Sectie, aantal, regels, statusLabel } from './onderdelen.js';
import { RondeTekstBlok, tekstenIn } from '../publicatie.js';
import { afgerondSindsVorige } from '../../domein/afgerond.js';

export const INHOUD: { id: string; titel: string }[] = [
  { id: 'noemenswaardig', titel: 'Noemenswaardig' },
  { id: 'thematafels', titel: 'Voortgang thematafels' },
  { id: 'snelle-toetsen', titel: 'Voortgang snelle toetsen' },
  { id: 'transformatieplannen', titel: 'Voortgang transformatieplannen' },
  { id: 'nza', titel: 'Duiding NZa' },
  { id: 'transformatiemiddelen', titel: 'Transformatiemiddelen' },
  { id: 'kaders', titel: 'Financiële kaders' },
  { id: 'arbeidsmarkt', titel: 'Stand van zaken arbeidsmarkt' },
  { id: 'toegankelijkheid', titel: 'Toegankelijkheid van zorg' },
  { id: 'vergelijking', titel: 'Wat is er veranderd' },
  { id: 'colofon', titel: 'Colofon en bronnen' },
];

/** The AZWA was agreed on 3 July 2025: earlier rounds report on the IZA alone. */
export const metAzwa = (peildatum: string): boolean => peildatum > '2025-07-03';

export function Omslag({ ctx }: { ctx: Ctx }): VNode {
  const g = ctx.g;
  const azwa = metAzwa(g.peildatum);
  return (
    <section class="r-omslag" aria-labelledby="r-titel">
      <div class="r-lint" aria-hidden="true" />
      <p class="r-akkoord">{azwa ? 'Integraal Zorgakkoord · Aanvullend Zorg- en Welzijnsakkoord' : 'Integraal Zorgakkoord'}</p>
      <h1 class="utrecht-heading-1" id="r-titel">
        Voortgangsrapportage
      </h1>
      <p class="r-ondertitel">t.b.v. Bestuurlijk overleg {azwa ? 'IZA/AZWA' : 'IZA'}{g.bo_datum ? ` van ${datum(g.bo_datum)}` : ''}</p>
      <p class="r-rondetitel">{g.titel}</p>
      <dl class="r-kern">
        <dt>Peildatum</dt>
        <dd>{datum(g.peildatum)}</dd>
        {g.bo_datum ? (
          <>
            <dt>Bestuurlijk overleg</dt>
            <dd>{datum(g.bo_datum)}</dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>{statusLabel(g)}</dd>
      </dl>
      {g.alleen_totalen && !ctx.p.teksten.length ? (
        <Melding>
          Voor deze peildatum zijn alleen de gepubliceerde totalen beschikbaar ({g.cijfers_herkomst.publicatie}). Verdelingen die records nodig hebben,
          ontbreken; dat staat bij elk onderdeel vermeld.
        </Melding>
      ) : null}
      <nav class="r-inhoud" aria-label="Inhoud van de rapportage">
        <h2 class="utrecht-heading-2">In deze rapportage</h2>
        <ol>
          {INHOUD.map((s) => (
            <li>
              <a href={`#${s.id}`}>{s.titel}</a>
              {ctx.paginas?.[s.id] ? (
                <span class="r-paginanummer">
                  <span class="r-stippel" aria-hidden="true" /> {ctx.paginas[s.id]}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </nav>
    </section>
  );
}

export function Noemenswaardig({ ctx }: { ctx: Ctx }): VNode {
  const c = ctx.g.cijfers;
  const items = regels(ctx.g.teksten.noemenswaardig);
  const gepubliceerd = tekstenIn(ctx.p, 'noemenswaardig');
  const tegels: [string, string][] = [];
  const afgerondSinds = afgerondSindsVorige(c);
  if (afgerondSinds !== null) tegels.push([getal(afgerondSinds), 'acties afgerond sinds de vorige rapportage']);
  const toetsen = c.snelle_toetsen?.totaal;
  if (typeof toetsen === 'number') tegels.push([aantal(toetsen), 'snelle toetsen aangeleverd']);
  const ingediend = c.transformatieplannen?.ingediend;
  if (typeof ingediend === 'number') tegels.push([aantal(ingediend), 'transformatieplannen ingediend']);
  const beschikbaar = c.transformatiemiddelen?.beschikbaar_gesteld;
  if (typeof beschikbaar === 'number') tegels.push([euro(beschikbaar), 'beschikbaar gesteld voor goedgekeurde plannen']);
  return (
    <Sectie id="noemenswaardig" titel="Noemenswaardig">
      {gepubliceerd.length > 0 ? (
        <div class="r-vinkjes-tekst">
          {gepubliceerd.map((t) => (
            <RondeTekstBlok tekst={t} />
          ))}
        </div>
      ) : items.length > 0 ? (
        <ul class="r-vinkjes">
          {items.map((i) => (
            <li>{i}</li>
          ))}
        </ul>
      ) : (
        <Melding>Voor deze rapportage zijn (nog) geen noemenswaardige punten vastgelegd.</Melding>
      )}
      {tegels.length > 0 ? (
        <ul class="r-tegels" aria-label="Kerncijfers op de peildatum">
          {tegels.map(([w, l]) => (
            <li>
              <strong>{w}</strong> <span>{l}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Sectie>
  );
}
