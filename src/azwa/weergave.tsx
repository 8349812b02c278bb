// Shared building blocks of the AZWA pages: the sub-navigation, the peildatum form, a key figure, a
// status label, a source reference and a goal's target in words. Not a page itself.
import type { ComponentChildren, VNode } from 'preact';
import type { ActieStatus } from '../domein/begrippen.js';
import type { Doel } from '../domein/doelen.js';
import { datum, getal } from '../platform/formaat.js';
import { KLEUREN, STATUS_KLEUREN } from '../platform/web/grafiek.js';

export const ZONDER_STATUS = 'Nog geen status';

const MENU: { sleutel: string; label: string; href: string }[] = [
  { sleutel: 'overzicht', label: 'Overzicht', href: '/azwa' },
  { sleutel: 'doelen', label: 'Transitiedoelen', href: '/azwa/doelen' },
  { sleutel: 'bo', label: 'BO en toezeggingen', href: '/azwa/bo' },
  { sleutel: 'monitoren', label: 'Beweging en doelgroepen', href: '/azwa/monitoren' },
  { sleutel: 'mtr', label: 'Mid-term review', href: '/azwa/mtr' },
];

export function AzwaMenu({ actief, peildatum }: { actief: string; peildatum?: string | null }): VNode {
  const q = peildatum ? `?peildatum=${peildatum}` : '';
  return (
    <nav class="am-subnav" aria-label="AZWA-monitoring">
      <ul class="am-filter" style="list-style:none;padding:0;margin:0.5rem 0 1rem">
        {MENU.map((m) => (
          <li>
            <a class="utrecht-link" href={`${m.href}${q}`} aria-current={m.sleutel === actief ? 'page' : undefined}>
              {m.sleutel === actief ? <strong>{m.label}</strong> : m.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function PeildatumFormulier({ actie, peildatum }: { actie: string; peildatum: string }): VNode {
  return (
    <form method="get" action={actie} class="am-peildatum">
      <label class="utrecht-form-label" for="peildatum">
        Peildatum
      </label>{' '}
      <input class="utrecht-textbox utrecht-textbox--html-input am-smal" type="date" id="peildatum" name="peildatum" value={peildatum} />{' '}
      <button class="utrecht-button utrecht-button--secondary-action" type="submit">
        Toon
      </button>
    </form>
  );
}

export { Cijfer } from '../platform/web/cijfer.js';

/** The row header of an AZWA agreement: its code linked to the register, then its name. */
export function AfspraakKop({ code, naam }: { code: string; naam: string }): VNode {
  return (
    <th scope="row" class="utrecht-table__header-cell">
      <a class="utrecht-link" href={`/acties/azwa/${encodeURIComponent(code)}`}>
        {code}
      </a>{' '}
      {naam}
    </th>
  );
}

export function StatusLabel({ status }: { status: string | null }): VNode {
  const kleur = status ? (STATUS_KLEUREN[status as ActieStatus] ?? KLEUREN.grijs) : KLEUREN.grijs;
  return (
    <span class="am-status" style={`border-left: 0.5em solid ${kleur}; padding-left: 0.4em`}>
      {status ?? ZONDER_STATUS}
    </span>
  );
}

export function Termijn({ stand }: { stand: string }): VNode | null {
  if (stand === 'verlopen') return <strong class="am-termijn-verlopen">Termijn verstreken</strong>;
  if (stand === 'binnenkort') return <strong>Binnenkort</strong>;
  return null;
}

/** "002_be9b….txt r. 1091-1093" → a visible reference to the source text. */
/** Where a target comes from, already readable ("[1]", see bronnenVanPagina): never a file name or line numbers. */
export function Bron({ tekst, children }: { tekst: string | null; children?: ComponentChildren }): VNode {
  return (
    <div class="am-bron">
      <p>
        <strong>Bron:</strong> {tekst ?? 'onbekend'}
      </p>
      {children}
    </div>
  );
}

const SOORT_WOORD: Record<string, string> = { minimaal: 'minimaal ', maximaal: 'maximaal ', circa: 'circa ' };

/** The target as the AZWA writes it: "minimaal 40.000 personen op 31 december 2028". */
export function streefTekst(d: Pick<Doel, 'streefwaarde_soort' | 'streefwaarde' | 'eenheid' | 'streef_datum'>): string {
  const eenheid = d.eenheid.startsWith('%') ? d.eenheid : ` ${d.eenheid}`;
  return `${d.streefwaarde_soort ? SOORT_WOORD[d.streefwaarde_soort] : ''}${getal(d.streefwaarde)}${eenheid} op ${datum(d.streef_datum)}`;
}

export function waardeTekst(waarde: number | null, eenheid: string): string {
  if (waarde === null) return '–';
  return eenheid.startsWith('%') ? `${getal(waarde)}${eenheid}` : `${getal(waarde)} ${eenheid}`;
}
