// What changed since the previous round (also shown on its own page).
import { zonderBronSleutels } from '../../domein/bronnen.js';
import { afgerondSindsVorige, uitlegAfgerond } from '../../domein/afgerond.js';
import type { VNode } from 'preact';
import { datum, euro, getal, LEEG } from '../../platform/formaat.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import type { RapportGegevens } from '../gegevens.js';
import { type Ctx, Melding, Sectie, aantalOfBedrag } from './onderdelen.js';

export function teken(n: number | null, eenheid: 'aantal' | 'euro'): string {
  if (n === null) return LEEG;
  if (n === 0) return '0';
  const t = eenheid === 'euro' ? euro(Math.abs(n)) : getal(Math.abs(n));
  return `${n > 0 ? '+' : '-'}${t}`;
}

export function Vergelijking({ ctx }: { ctx: Ctx }): VNode {
  return (
    <Sectie id="vergelijking" titel="Wat is er veranderd sinds de vorige rapportage">
      <VergelijkingInhoud g={ctx.g} />
    </Sectie>
  );
}

/** A cell of the comparison table: its text and its class (the difference is coloured up or down). */
interface VergelijkCel {
  tekst: string;
  klasse: string;
}

export const MAX_ITEMS = 40;

/** The comparison with the previous round; also used on its own page. */
export function VergelijkingInhoud({ g }: { g: RapportGegevens }): VNode {
  const v = g.vergelijking;
  if (!v) return <Melding>Er is geen eerdere vastgestelde rapportage of publicatie om mee te vergelijken.</Melding>;
  // one rule for "afgerond sinds vorige" (domein/afgerond.ts): not the difference of the Afgerond totals
  const sinds = afgerondSindsVorige(g.cijfers);
  const uitleg = uitlegAfgerond(sinds, v.cijfers.find((c) => c.label === 'Acties met status afgerond')?.verschil ?? null);
  const items = (titel: string, w: NonNullable<typeof v.acties> | null, eind: string) => {
    if (!w) return null;
    return (
      <div class="r-items">
        <h3 class="utrecht-heading-3">{titel}</h3>
        <p>
          {getal(w.nieuw.length)} nieuw, {getal(w.verschoven.length)} van status veranderd, {getal(w.afgerond.length)} {eind}.
        </p>
        {w.verschoven.length > 0 ? (
          <DataTabel
            klasse="r-tabel"
            caption={
              <>
                {titel}: statuswijzigingen sinds {datum(v.vorige.peildatum)}
                {w.verschoven.length > MAX_ITEMS ? ` (eerste ${MAX_ITEMS} van ${getal(w.verschoven.length)})` : ''}
              </>
            }
            kop={['Code', 'Titel', 'Was', 'Is nu']}
            rijen={w.verschoven.slice(0, MAX_ITEMS).map((i) => [i.id, i.titel ?? LEEG, i.van ?? 'geen status', i.naar ?? 'geen status'])}
            celKlasse={() => 'utrecht-table__cell'}
          />
        ) : null}
      </div>
    );
  };
  return (
    <>
      <p>
        Vergeleken met {v.vorige.soort === 'ronde' ? `de vorige vastgestelde rapportageronde "${v.vorige.titel}"` : 'de vorige publicatie'} met peildatum{' '}
        {datum(v.vorige.peildatum)}{v.vorige.soort === 'publicatie' ? ` (${zonderBronSleutels(v.vorige.titel)})` : ''}.
      </p>
      {sinds !== null ? (
        <p class="am-afgerond-sinds">
          <strong>
            {getal(sinds)} {sinds === 1 ? 'actie' : 'acties'} afgerond sinds de vorige rapportage
          </strong>
          . {uitleg ?? ''}
        </p>
      ) : null}
      {v.cijfers.some((c) => c.verschil === null) ? (
        <p class="r-klein">
          {getal(v.cijfers.filter((c) => c.verschil === null).length)} kengetallen staan maar op één van beide peildata ({v.cijfers
            .filter((c) => c.verschil === null)
            .map((c) => c.label)
            .join(', ')}
          ) en zijn daarom niet te vergelijken.
        </p>
      ) : null}
      {v.cijfers.some((c) => c.verschil !== null) ? (
        <DataTabel<VergelijkCel>
          klasse="r-tabel"
          caption={
            <>
              Kerncijfers op {datum(v.vorige.peildatum)} en {datum(g.peildatum)}
            </>
          }
          kop={['Kengetal', datum(v.vorige.peildatum), datum(g.peildatum), 'Verschil']}
          kopKlasse={(i) => (i > 0 ? 'r-getal' : undefined)}
          rijen={v.cijfers
            .filter((c) => c.verschil !== null)
            .map((c) => [
              { tekst: c.label, klasse: '' },
              { tekst: aantalOfBedrag(c.vorige, c.eenheid), klasse: 'utrecht-table__cell r-getal r-nowrap' },
              { tekst: aantalOfBedrag(c.nu, c.eenheid), klasse: 'utrecht-table__cell r-getal r-nowrap' },
              {
                tekst: c.verschil === null ? 'niet te vergelijken' : `${teken(c.verschil, c.eenheid)}${c.verschil > 0 ? ' ▲' : c.verschil < 0 ? ' ▼' : ''}`,
                klasse: `utrecht-table__cell r-getal r-nowrap ${c.verschil && c.verschil > 0 ? 'r-op' : c.verschil && c.verschil < 0 ? 'r-neer' : ''}`,
              },
            ])}
          celKlasse={(c) => c.klasse}
          tekst={(c) => c.tekst}
        />
      ) : null}
      {items('Acties', v.acties, 'afgerond')}
      {items('Snelle toetsen', v.toetsen, 'goed- of afgekeurd')}
      {items('Transformatieplannen', v.plannen, 'goed- of afgekeurd')}
      {!v.acties && !v.toetsen && !v.plannen ? <Melding>Er zijn geen records op deze peildata; alleen de totalen zijn te vergelijken.</Melding> : null}
    </>
  );
}
