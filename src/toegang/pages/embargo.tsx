// Beheer: embargo dates.
import type { Db } from '../../platform/db.js';
import { datum } from '../../platform/formaat.js';
import { mag } from '../../domein/beleid.js';
import { Csrf, FoutSamenvatting, Melding, Veld, type Fouten } from '../../platform/web/formulier.js';
import { alleEmbargos } from '../../kern/embargo.js';
import { tijdstip } from './onderdelen.js';
import { Schuifvlak } from '../../platform/web/schuifvlak.js';

export async function EmbargoPagina(db: Db, csrf: string, p: { fouten: Fouten; form?: Record<string, string>; melding?: string }) {
  const rijen = await alleEmbargos(db);
  const standen = await db.query<{ stand: string }>('SELECT DISTINCT stand FROM financiele_kaders ORDER BY stand DESC');
  const f = p.form ?? {};
  return (
    <>
      <h1 class="utrecht-heading-1">Embargo op budgetcijfers</h1>
      <p class="utrecht-paragraph">
        Budgetcijfers blijven onder embargo tot de Tweede Kamer ze heeft. Tot de embargodatum zien alleen beheerders, VWS-redactie
        en leden van het Bestuurlijk Overleg ze; daarna iedereen die de pagina mag zien.
      </p>
      {p.melding ? <Melding soort="ok">{p.melding}</Melding> : null}
      <Schuifvlak label="Ingestelde embargo’s">
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">Ingestelde embargo's</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">Geldt voor</th>
              <th scope="col" class="utrecht-table__header-cell">Onder embargo tot</th>
              <th scope="col" class="utrecht-table__header-cell">Toelichting</th>
              <th scope="col" class="utrecht-table__header-cell">Laatst gewijzigd</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rijen.length === 0 ? (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell" colSpan={4}>
                  Er is geen embargo ingesteld.
                </td>
              </tr>
            ) : null}
            {rijen.map((r) => (
              <tr class="utrecht-table__row">
                <th scope="row" class="utrecht-table__header-cell">
                  {r.soort === 'kader_stand' ? `Financiële kaders, stand ${datum(r.sleutel)}` : `Rapportageronde peildatum ${datum(r.sleutel)}`}
                </th>
                <td class="utrecht-table__cell">{datum(r.embargo_tot)}</td>
                <td class="utrecht-table__cell">{r.toelichting ?? '–'}</td>
                <td class="utrecht-table__cell">
                  {tijdstip(r.gewijzigd_op)} door {r.door}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Schuifvlak>
      <h2 class="utrecht-heading-2">Embargo instellen of wijzigen</h2>
      <FoutSamenvatting fouten={p.fouten} />
      <form method="post" action="/beheer/embargo" class="am-formulier" novalidate>
        <Csrf token={csrf} />
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="veld-soort">
              Geldt voor
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <select class="utrecht-select utrecht-select--html-select" id="veld-soort" name="soort">
              <option value="kader_stand" selected={f.soort !== 'ronde'}>
                Stand van de financiële kaders
              </option>
              <option value="ronde" selected={f.soort === 'ronde'}>
                Rapportageronde (peildatum)
              </option>
            </select>
          </div>
        </div>
        <Veld
          naam="sleutel"
          label="Stand of peildatum"
          type="date"
          waarde={f.sleutel}
          fouten={p.fouten}
          hint={standen.length ? `Standen in de database: ${standen.map((s) => datum(s.stand)).join(', ')}` : undefined}
        />
        <Veld naam="embargo_tot" label="Onder embargo tot (de dag dat de Kamer de cijfers heeft)" type="date" waarde={f.embargo_tot} fouten={p.fouten} />
        <Veld naam="toelichting" label="Toelichting (optioneel)" waarde={f.toelichting} fouten={p.fouten} />
        <input type="hidden" name="versie" value={f.versie ?? ''} />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Opslaan
        </button>
      </form>
    </>
  );
}
