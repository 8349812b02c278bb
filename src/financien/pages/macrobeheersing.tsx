// The macro-control section of the kader page (/financien/:jaar): per sector which step of AZWA §6-§7
// applies to the stand in view and why, with the source lines, and the whole ladder on request.
import type { VNode } from 'preact';
import type { MacroOordeel } from '../../domein/macrobeheersing.js';
import type { IzaAzwaVergelijking } from '../../domein/kaderopbouw.js';
import { getal } from '../../platform/formaat.js';
import type { Bron } from '../../domein/bronnen.js';
import { BronnenLijst, bronnenVanPagina } from '../../platform/web/bronnen.js';

/** Where the ladder stands in the AZWA: its financial paragraph (§6 and §7). */
const PARAGRAAF = '002 r. 6839-6922';

const SITUATIE: Record<MacroOordeel['situatie'], string> = {
  overschrijding: 'overschrijding',
  onderschrijding: 'onderschrijding',
  binnen_kader: 'precies op het kader',
  geen_stand: 'nog geen uitgaven',
};

export function MacrobeheersingSectie({
  jaar,
  oordelen,
  izaAzwa,
  peildatum,
  bronnen,
}: {
  jaar: number;
  oordelen: MacroOordeel[];
  izaAzwa: IzaAzwaVergelijking[];
  peildatum: string;
  /** The source list: the steps cite the AZWA by document number, readers see "[1]" and the title. */
  bronnen: readonly Bron[];
}): VNode | null {
  if (oordelen.length === 0) return null;
  const { lees, genummerd } = bronnenVanPagina([PARAGRAAF, ...oordelen.flatMap((o) => [o.stap.bron, ...o.stappen.map((s) => s.bron)])], bronnen);
  return (
    <section aria-labelledby="macrobeheersing">
      <h2 class="utrecht-heading-2" id="macrobeheersing">
        Macrobeheersing {jaar}: welke stap geldt
      </h2>
      <p class="utrecht-paragraph">
        Wat een over- of onderschrijding in gang zet volgens de financiële paragraaf van het AZWA (§6 en §7, {lees(PARAGRAAF)}), per sector voor de
        stand hierboven.
      </p>
      {oordelen.map((o) => {
        const klasse = o.situatie === 'overschrijding' ? ' am-stap--over' : o.situatie === 'onderschrijding' ? ' am-stap--onder' : '';
        const id = `macro-${o.sector.toLowerCase()}`;
        return (
          <div class={`am-stap${klasse}`} id={id}>
            <h3 class="utrecht-heading-3">
              {o.sector}: {SITUATIE[o.situatie]}
              {o.verschil !== null && o.verschil !== 0 ? ` van € ${getal(Math.abs(o.verschil))} mln` : ''}
            </h3>
            <p class="utrecht-paragraph">
              <strong>
                §{o.stap.code} {o.stap.titel}.
              </strong>{' '}
              {o.stap.uitleg} <span>(bron: {lees(o.stap.bron)})</span>
            </p>
            {o.situatie === 'overschrijding' ? (
              <p class="utrecht-paragraph">
                Macrobeheersinstrument:{' '}
                <strong>{o.mbi === 'mogelijk' ? 'kan worden ingezet' : o.mbi === 'niet_ingezet' ? 'wordt niet ingezet' : 'nog niet te bepalen'}</strong>.
              </p>
            ) : null}
            <details>
              <summary>Alle stappen van §6–§7 voor {o.sector} {o.jaar}</summary>
              <ol class="utrecht-ordered-list am-stappen">
                {o.stappen.map((s) => (
                  <li class={`utrecht-ordered-list__item${s.geldt ? '' : ' am-stap__niet'}`}>
                    §{s.code} {s.titel}: {s.geldt ? 'geldt' : 'geldt niet'}. {s.uitleg} ({lees(s.bron)})
                  </li>
                ))}
              </ol>
            </details>
          </div>
        );
      })}
      {izaAzwa.length > 0 ? (
        <p class="utrecht-paragraph">
          {jaar} heeft ook een IZA-kader: {izaAzwa.map((v) => `${v.sector} ${getal(v.iza_kader)} (AZWA ${getal(v.azwa_kader)})`).join('; ')}. Zie{' '}
          <a class="utrecht-link" href={`/financien/opbouw?peildatum=${peildatum}#iza-azwa`}>
            de opbouw van de kaders
          </a>
          .
        </p>
      ) : null}
      {genummerd.length ? (
        <>
          <h3 class="utrecht-heading-3" id="macrobeheersing-bronnen">
            Bronnen bij de macrobeheersing
          </h3>
          <BronnenLijst bronnen={genummerd} />
        </>
      ) : null}
    </section>
  );
}
