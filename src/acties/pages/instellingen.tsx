// Settings of the action register (the current AZWA and IZA sources).
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { datum } from '../../platform/formaat.js';
import { Kop, P, Veld, beschreven, Foutsamenvatting, Csrf, kruimelsBasis } from './onderdelen.js';

export function InstellingenPagina(p: { gebruiker: Gebruiker | null; csrf?: string; azwa: string | null; iza: string | null; fouten: Record<string, string>; opgeslagen?: boolean }): VNode {
  return (
    <Pagina titel="Ankermoment voor termijnen" actief="acties" kruimels={[...kruimelsBasis, { label: 'Ankermoment' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <Foutsamenvatting fouten={Object.entries(p.fouten).map(([id, tekst]) => ({ id, tekst }))} />
      {p.opgeslagen ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <P>Opgeslagen.</P>
        </div>
      ) : null}
      <Kop niveau={1}>Ankermoment voor termijnen</Kop>
      <P>
        Termijnen als "binnen 6 maanden" tellen vanaf een ankermoment (bijvoorbeeld de ondertekening). Zonder anker hebben ze geen datum en kunnen ze niet
        verlopen.
      </P>
      <form method="post" action="/acties/instellingen" novalidate>
        <Csrf csrf={p.csrf} />
        <Veld id="azwa_anker" label="Anker AZWA" fout={p.fouten.azwa_anker} hint="Standaard 3 juli 2025, het onderhandelaarsakkoord. Leeg = onbekend.">
          <input class="utrecht-textbox" type="date" id="azwa_anker" name="azwa_anker" value={p.azwa ?? ''} {...beschreven('azwa_anker', p.fouten.azwa_anker, 'x')} />
        </Veld>
        <Veld id="iza_anker" label="Anker IZA" fout={p.fouten.iza_anker} hint="Leeg = onbekend.">
          <input class="utrecht-textbox" type="date" id="iza_anker" name="iza_anker" value={p.iza ?? ''} {...beschreven('iza_anker', p.fouten.iza_anker, 'x')} />
        </Veld>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Opslaan
        </button>
      </form>
    </Pagina>
  );
}
