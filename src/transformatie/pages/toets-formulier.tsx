// The form for a new snelle toets. Server-side rendered with Preact;
// every action is a plain form (works without JavaScript) with CSRF token, version and status.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, euro } from '../../platform/formaat.js';
import { TOETS_SECTOREN, type Datum } from '../../domein/begrippen.js';
import { Csrf } from '../../platform/web/formulier.js';
import {
  BASIS,
  Basis,
  Formulierfout,
  Foutsamenvatting,
  Keuzelijst,
  Melding,
  TOETS_LABELS,
  Tekstvak,
  Tekstveld,
  Vinkje,
  Vinkjes,
  waarde,
  waarden,
} from './onderdelen.js';

export function ToetsFormulierPagina(
  p: Basis & { fout?: Formulierfout; verzekeraars: string[]; regios: string[]; themas: string[]; sluiting: Datum },
): VNode {
  const f = p.fout;
  const v = f?.velden ?? {};
  const gesloten = p.vandaag >= p.sluiting;
  return (
    <Pagina titel="Snelle toets indienen" actief="transformatie" kruimels={[...BASIS, { label: 'Snelle toetsen', href: '/transformatie/toetsen' }, { label: 'Indienen' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">Snelle toets indienen</h1>
      <p class="utrecht-paragraph">
        U dient de snelle toets in namens {p.gebruiker?.organisatie_naam}. De coördinerend zorgverzekeraar beoordeelt hem; na goedkeuring werkt u hem uit tot een transformatieplan.
      </p>
      {gesloten && !f?.velden?.uitzondering && !f?.velden?.toelichting ? (
        <Melding soort="waarschuwing">
          Vanaf {datum(p.sluiting)} worden geen nieuwe snelle toetsen meer aangenomen. Alleen als de coördinerend zorgverzekeraar is gemeld dat een plan in de afrondende fase is, kunt u nog indienen: vink dan de
          uitzondering aan en licht die toe.
        </Melding>
      ) : null}
      {f ? <Foutsamenvatting fout={f} labels={TOETS_LABELS} /> : null}
      <form method="post" action="/transformatie/toetsen" class="am-formulier" novalidate>
        <Csrf token={p.csrf} />
        <Tekstveld naam="titel" label="Titel" waarde={waarde(f, 'titel')} fout={v.titel} verplicht />
        <Tekstvak naam="omschrijving" label="Omschrijving" beschrijving="Wat verandert er, voor wie, en welke impact verwacht u?" waarde={waarde(f, 'omschrijving')} fout={v.omschrijving} verplicht rijen={6} />
        <Keuzelijst
          naam="coordinerend_verzekeraar"
          label="Coördinerend zorgverzekeraar"
          beschrijving="De zorgverzekeraar die de beoordeling coördineert (meestal de marktleider in uw regio)."
          waarde={waarde(f, 'coordinerend_verzekeraar')}
          fout={v.coordinerend_verzekeraar}
          opties={[{ waarde: '', label: 'Kies een zorgverzekeraar' }, ...p.verzekeraars.map((n) => ({ waarde: n, label: n }))]}
          verplicht
        />
        <Vinkjes naam="sectoren" label="Sectoren" beschrijving="Een snelle toets kan meerdere sectoren raken." opties={[...TOETS_SECTOREN]} gekozen={waarden(f, 'sectoren')} fout={v.sectoren} />
        <Vinkjes
          naam="regios"
          label="Regio's"
          beschrijving="De IZA-regio's (zorgkantoorregio's) waar de toets over gaat; kies er een of meer."
          opties={[...p.regios, ...waarden(f, 'regios').filter((r) => !p.regios.includes(r))]}
          gekozen={waarden(f, 'regios')}
          fout={v.regios}
          kolommen
        />
        <Tekstveld
          naam="themas"
          label="Thema's"
          beschrijving={`Hooguit 8, gescheiden door komma's.${p.themas.length ? ` Veel gebruikt: ${p.themas.slice(0, 6).join(', ')}.` : ''}`}
          waarde={waarde(f, 'themas')}
          fout={v.themas}
          verplicht
        />
        <Tekstveld naam="gevraagd_bedrag_eur" label="Gevraagd bedrag (euro, optioneel)" beschrijving="Hele euro's, bijvoorbeeld 1.250.000." waarde={waarde(f, 'gevraagd_bedrag_eur')} fout={v.gevraagd_bedrag_eur} inputmode="numeric" />
        {gesloten ? (
          <>
            <Vinkje naam="uitzondering" label="De coördinerend zorgverzekeraar is gemeld dat een plan bijna af is" aan={waarde(f, 'uitzondering') === 'ja'} fout={v.uitzondering} />
            <Tekstvak naam="toelichting" label="Toelichting op de uitzondering" beschrijving="Wanneer en aan wie is het gemeld?" waarde={waarde(f, 'toelichting')} fout={v.toelichting} />
          </>
        ) : null}
        <div>
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            Snelle toets indienen
          </button>
        </div>
      </form>
    </Pagina>
  );
}
