// /indicatoren/:code: one indicator with its definition, values and revisions.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { datum, getal } from '../../platform/formaat.js';
import type { Blok } from '../grafieken.js';
import { gebiedNaam } from '../grafieken.js';
import type { IndicatorDefinitie, Revisie, Waarneming } from '../store.js';
import { periodeVan } from '../store.js';
import { Tabel, BlokWeergave, type PaginaBasis } from './onderdelen.js';
import type { Bron as BronDocument } from '../../domein/bronnen.js';
import { BronnenSectie, bronnenVanPagina } from '../../platform/web/bronnen.js';

const richting = (h: boolean | null) => (h === true ? 'Hoger is beter' : h === false ? 'Lager is beter' : 'Niet vastgelegd');

export function IndicatorPagina(
  p: PaginaBasis & { def: IndicatorDefinitie; rijen: Waarneming[]; revisies: Revisie[]; blokken: Blok[]; bronnen: readonly BronDocument[] },
): VNode {
  const { def } = p;
  const { lees, genummerd } = bronnenVanPagina([def.bron, def.definitie, def.norm_omschrijving, ...p.blokken.map((b) => ('bron' in b ? b.bron : null))], p.bronnen);
  // the chart blocks cite their data source in the reader's form too
  const blokken = p.blokken.map((b): Blok => ('bron' in b && b.bron ? { ...b, bron: lees(b.bron) } : b));
  return (
    <Pagina
      titel={def.naam}
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Indicatoren', href: '/indicatoren' }, { label: def.naam }]}
    >
      <h1 class="utrecht-heading-1">{def.naam}</h1>
      <dl class="am-metadata">
        <dt>Code</dt>
        <dd>
          <code>{def.code}</code>
        </dd>
        <dt>Definitie</dt>
        <dd>{def.definitie ? lees(def.definitie) : 'Niet vastgelegd'}</dd>
        <dt>Eenheid</dt>
        <dd>{def.eenheid ?? 'Niet vastgelegd'}</dd>
        <dt>Bron</dt>
        <dd>{def.bron ? lees(def.bron) : 'Niet vastgelegd'}</dd>
        <dt>Norm</dt>
        <dd>
          {def.norm !== null ? `${getal(def.norm)}${def.eenheid ? ` ${def.eenheid}` : ''}` : 'Geen getalsnorm'}
          {def.norm_omschrijving ? <> ({lees(def.norm_omschrijving)})</> : null}
        </dd>
        <dt>Richting</dt>
        <dd>{richting(def.hoger_is_beter)}</dd>
      </dl>
      <p class="utrecht-paragraph">
        Open data: <a href={`/indicatoren/${def.code}.csv`}>CSV</a> · <a href={`/indicatoren/${def.code}.json`}>JSON</a> ·{' '}
        <a href={`/api/v1/indicatoren/${def.code}`}>API</a>
      </p>
      {p.rijen.length === 0 ? (
        <p class="utrecht-paragraph am-geen-waarnemingen" role="status">
          <strong>Er zijn nog geen waarnemingen voor deze indicator.</strong> Daarom staat hier geen grafiek en geen tabel.
        </p>
      ) : (
        <>
          {blokken.map((b) => (
            <BlokWeergave blok={b} csvBasis={`/indicatoren/${def.code}/grafiek`} />
          ))}
          <h2 class="utrecht-heading-2">Alle waarnemingen</h2>
          <p class="utrecht-paragraph">Per periode, gebied en dimensie de nieuwste levering.</p>
          <Tabel
            caption={`Waarnemingen ${def.naam}`}
            tabel={{
              kop: ['Periode', 'Gebied', 'Dimensie', `Waarde${def.eenheid ? ` (${def.eenheid})` : ''}`, 'Geleverd'],
              rijen: p.rijen.map((r) => [periodeVan(r.periode).label, gebiedLabel(r.gebied), r.dimensie || '–', r.waarde, r.bron_datum ? datum(r.bron_datum) : null]),
            }}
          />
          <h2 class="utrecht-heading-2">Eerdere leveringen (revisies)</h2>
          {p.revisies.length === 0 ? (
            <p class="utrecht-paragraph">Geen: elke waarneming is één keer geleverd.</p>
          ) : (
            <Tabel
              caption={`Eerdere leveringen ${def.naam}`}
              tabel={{
                kop: ['Periode', 'Gebied', 'Dimensie', 'Eerdere waarde', 'Geleverd', 'Huidige waarde', 'Geleverd'],
                rijen: p.revisies.map((r) => [
                  periodeVan(r.periode).label,
                  gebiedLabel(r.gebied),
                  r.dimensie || '–',
                  r.waarde,
                  r.bron_datum ? datum(r.bron_datum) : 'zonder datum',
                  r.huidige_waarde,
                  r.huidige_bron_datum ? datum(r.huidige_bron_datum) : 'zonder datum',
                ]),
              }}
            />
          )}
        </>
      )}
      <BronnenSectie genummerd={genummerd} />
    </Pagina>
  );
}

function gebiedLabel(code: string): string {
  const naam = gebiedNaam(code);
  return naam === code ? code : `${naam} (${code})`;
}
