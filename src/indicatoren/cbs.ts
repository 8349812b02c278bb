// Import van CBS OData (contract §2.6): een opgeslagen antwoord van de v3-API (`TypedDataSet`) of
// de v4-API (`Observations`) wordt met een kleine koppeling omgezet naar `indicatoren`-rijen.
// `haalCbsOp` haalt hetzelfde antwoord live op (met paginering), zodat één code beide bedient.
//
// CBS vult codes aan met spaties ("NL01  ", "T001081 "): alle codes worden getrimd.
// Een import is alles-of-niets: alle problemen worden verzameld en samen gemeld (CbsImportFout).

import { parseGebied, parsePeriode, type GebiedOpties, type PeriodeSoort } from '../domein/perioden.js';

export interface CbsDimensie {
  /** Kolomnaam in het CBS-antwoord, bijv. `BedrijfstakkenBranchesSBI2008` of `Diagnosegroep`. */
  kolom: string;
  /** Code → label in de `dimensie`-cel (bijv. `"T001": "Zorg en welzijn"`); zonder label blijft de code staan. */
  waarden?: Record<string, string>;
}

export interface CbsKoppeling {
  /** Indicatorcode uit `indicator_definities` (bijv. `azw_vacaturegraad`). */
  indicator: string;
  formaat: 'v3' | 'v4';
  /** v3: de kolom met de waarde, bijv. `Vacaturegraad_1`. */
  waardeKolom?: string;
  /** v4: de `Measure`-code van de waarde, bijv. `M001234`. */
  measure?: string;
  /** Kolom met de CBS-periodecode; meestal `Perioden`. */
  periodeKolom: string;
  /** Kolom met de CBS-regiocode (bijv. `RegioS`); zonder kolom is het gebied `NL`. */
  gebiedKolom?: string;
  /** Kolommen die samen de `dimensie`-cel vormen, in deze volgorde, gescheiden door `|`. */
  dimensies?: CbsDimensie[];
  /** Alleen rijen waarvan de kolom een van deze (getrimde) codes heeft. */
  filter?: Record<string, string[]>;
  /** Alleen perioden van deze soort (CBS-tabellen mengen vaak jaren en kwartalen). */
  periodeSoort?: PeriodeSoort;
}

/** Eén rij van het contractbestand `indicatoren` (§2.6). Lege cellen zijn `null`. */
export interface IndicatorRij {
  indicator: string;
  /** Contractvorm: `2025`, `2025Q1`, `2025-03` of `2025-03-31`. */
  periode: string;
  /** `NL`, een CBS-code (`GM0363`) of regionaam. */
  gebied: string;
  dimensie: string | null;
  waarde: number;
  bron_datum: string | null;
}

export interface CbsOpties {
  /** Wordt `bron_datum` van elke rij (bijv. de publicatiedatum van de tabel), YYYY-MM-DD. */
  bronDatum?: string;
  /** Doorgegeven aan `parseGebied` (regiolijst). */
  gebied?: GebiedOpties;
}

export interface CbsResultaat {
  rijen: IndicatorRij[];
  /** Niet-fatale meldingen, bijv. rijen zonder waarde (CBS: geheim, onbekend). */
  waarschuwingen: string[];
}

export class CbsImportFout extends Error {
  constructor(readonly problemen: string[]) {
    super(`CBS-import afgekeurd (${problemen.length} ${problemen.length === 1 ? 'probleem' : 'problemen'}):\n- ${problemen.join('\n- ')}`);
    this.name = 'CbsImportFout';
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringLijst = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const PERIODE_SOORTEN: PeriodeSoort[] = ['jaar', 'kwartaal', 'maand', 'dag'];

/** Controleert een koppeling uit een JSON-bestand; gooit een CbsImportFout met alle problemen. */
export function leesCbsKoppeling(json: unknown): CbsKoppeling {
  const p: string[] = [];
  if (!isObject(json)) throw new CbsImportFout(['De koppeling moet een JSON-object zijn']);
  const tekst = (veld: string, verplicht: boolean) => {
    const v = json[veld];
    if (v === undefined && !verplicht) return;
    if (typeof v !== 'string' || v.trim() === '') p.push(`Koppeling: "${veld}" moet een niet-lege tekst zijn`);
  };
  tekst('indicator', true);
  tekst('periodeKolom', true);
  tekst('gebiedKolom', false);
  if (json.formaat === 'v3') tekst('waardeKolom', true);
  else if (json.formaat === 'v4') tekst('measure', true);
  else p.push('Koppeling: "formaat" moet "v3" of "v4" zijn');
  if (json.dimensies !== undefined) {
    if (!Array.isArray(json.dimensies)) p.push('Koppeling: "dimensies" moet een lijst zijn');
    else
      json.dimensies.forEach((d, i) => {
        if (!isObject(d) || typeof d.kolom !== 'string') p.push(`Koppeling: dimensie ${i + 1} heeft geen "kolom"`);
        else if (d.waarden !== undefined && (!isObject(d.waarden) || !Object.values(d.waarden).every((w) => typeof w === 'string')))
          p.push(`Koppeling: dimensie "${d.kolom}": "waarden" moet een object code → label zijn`);
      });
  }
  if (json.filter !== undefined) {
    if (!isObject(json.filter) || !Object.values(json.filter).every(isStringLijst))
      p.push('Koppeling: "filter" moet een object kolom → lijst van codes zijn');
  }
  if (json.periodeSoort !== undefined && !PERIODE_SOORTEN.includes(json.periodeSoort as PeriodeSoort))
    p.push(`Koppeling: "periodeSoort" moet een van ${PERIODE_SOORTEN.join(', ')} zijn`);
  if (p.length) throw new CbsImportFout(p);
  return json as unknown as CbsKoppeling;
}

const code = (x: unknown): string => (x === null || x === undefined ? '' : String(x).trim());

function leesWaarde(x: unknown): number | null | undefined {
  if (x === null || x === undefined) return null;
  if (typeof x === 'number') return Number.isFinite(x) ? x : undefined;
  if (typeof x === 'string') {
    const s = x.trim();
    if (s === '' || s === '.') return null; // CBS schrijft "." voor "geheim/onbekend" in tekstvelden
    const n = Number(s);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/**
 * Zet een CBS OData-antwoord om naar `indicatoren`-rijen. Rijen zonder waarde worden overgeslagen
 * met een waarschuwing; een onbekende periode of gebiedscode, een onleesbare waarde of twee rijen
 * met dezelfde sleutel (indicator + periode + gebied + dimensie) keuren de hele import af.
 */
export function cbsNaarIndicatoren(json: unknown, koppeling: CbsKoppeling, opties: CbsOpties = {}): CbsResultaat {
  if (!isObject(json) || !Array.isArray(json.value))
    throw new CbsImportFout(['Geen CBS OData-antwoord: het veld "value" met de rijen ontbreekt']);
  const rijen: IndicatorRij[] = [];
  const waarschuwingen: string[] = [];
  const problemen: string[] = [];
  const sleutels = new Map<string, string>();
  const v4 = koppeling.formaat === 'v4';

  json.value.forEach((ruw, i) => {
    const id = isObject(ruw) ? (v4 ? ruw.Id : ruw.ID) : undefined;
    const wie = `Rij ${i + 1}${id !== undefined ? ` (${v4 ? 'Id' : 'ID'} ${String(id)})` : ''}`;
    if (!isObject(ruw)) {
      problemen.push(`${wie}: geen object`);
      return;
    }
    if (v4) {
      if (!('Measure' in ruw) || !('Value' in ruw)) {
        problemen.push(`${wie}: geen v4-observatie (Measure/Value ontbreken); klopt "formaat" in de koppeling?`);
        return;
      }
      if (code(ruw.Measure) !== koppeling.measure) return;
    } else if (!(koppeling.waardeKolom! in ruw)) {
      problemen.push(`${wie}: kolom "${koppeling.waardeKolom}" ontbreekt; klopt "formaat" of "waardeKolom" in de koppeling?`);
      return;
    }
    for (const [kolom, toegestaan] of Object.entries(koppeling.filter ?? {})) {
      if (!toegestaan.includes(code(ruw[kolom]))) return;
    }

    const fouten: string[] = [];
    let periode: string | undefined;
    try {
      const p = parsePeriode(code(ruw[koppeling.periodeKolom]));
      if (koppeling.periodeSoort && p.soort !== koppeling.periodeSoort) return;
      periode = p.code;
    } catch (e) {
      fouten.push((e as Error).message);
    }
    let gebied = 'NL';
    if (koppeling.gebiedKolom) {
      try {
        gebied = parseGebied(code(ruw[koppeling.gebiedKolom]), opties.gebied).code;
      } catch (e) {
        fouten.push((e as Error).message);
      }
    }
    const delen: string[] = [];
    for (const d of koppeling.dimensies ?? []) {
      const c = code(ruw[d.kolom]);
      if (c === '') fouten.push(`geen waarde in dimensiekolom "${d.kolom}"`);
      delen.push(d.waarden?.[c] ?? c);
    }
    const waarde = leesWaarde(v4 ? ruw.Value : ruw[koppeling.waardeKolom!]);
    if (waarde === undefined) fouten.push(`onleesbare waarde ${JSON.stringify(v4 ? ruw.Value : ruw[koppeling.waardeKolom!])}`);
    if (fouten.length) {
      problemen.push(`${wie}: ${fouten.join('; ')}`);
      return;
    }
    const dimensie = delen.length ? delen.join('|') : null;
    if (waarde === null) {
      const attribuut = v4 && ruw.ValueAttribute ? ` (${code(ruw.ValueAttribute)})` : '';
      waarschuwingen.push(`${wie}: geen waarde${attribuut} voor ${periode} ${gebied}${dimensie ? ` ${dimensie}` : ''}; overgeslagen`);
      return;
    }
    const sleutel = [koppeling.indicator, periode, gebied, dimensie ?? ''].join('\u0000');
    const eerder = sleutels.get(sleutel);
    if (eerder) {
      problemen.push(
        `${wie}: zelfde sleutel als ${eerder} (${periode}, ${gebied}${dimensie ? `, ${dimensie}` : ''}); voeg een filter of dimensie toe aan de koppeling`,
      );
      return;
    }
    sleutels.set(sleutel, wie.replace(/^Rij/, 'rij'));
    rijen.push({
      indicator: koppeling.indicator,
      periode: periode!,
      gebied,
      dimensie,
      waarde: waarde as number,
      bron_datum: opties.bronDatum ?? null,
    });
  });

  if (problemen.length) throw new CbsImportFout(problemen);
  if (rijen.length === 0) waarschuwingen.push('Geen enkele rij paste bij de koppeling (controleer measure, waardeKolom en filter)');
  return { rijen, waarschuwingen };
}

/** Het deel van `fetch` dat we gebruiken; zo kan een test een nep-fetch meegeven. */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** Ruim boven wat een CBS-tabel nodig heeft (v3 levert 10.000 rijen per pagina); voorkomt een eindeloze lus. */
const MAX_PAGINAS = 1000;

/**
 * Haalt een CBS OData-antwoord op en volgt de paginering (`@odata.nextLink` in v4,
 * `odata.nextLink` in v3). Geeft één object terug in de vorm van de eerste pagina, met alle
 * rijen in `value` en zonder nextLink: precies wat `cbsNaarIndicatoren` verwacht.
 */
export async function haalCbsOp(url: string, fetchImpl: FetchLike = fetch): Promise<Record<string, unknown> & { value: unknown[] }> {
  let volgende: string | undefined = url;
  let eerste: Record<string, unknown> | undefined;
  const rijen: unknown[] = [];
  const gezien = new Set<string>();
  while (volgende) {
    if (gezien.has(volgende) || gezien.size >= MAX_PAGINAS) throw new Error(`CBS-paginering loopt rond bij ${volgende}`);
    gezien.add(volgende);
    const antwoord = await fetchImpl(volgende);
    if (!antwoord.ok) throw new Error(`CBS gaf status ${antwoord.status} voor ${volgende}`);
    const pagina = await antwoord.json();
    if (!isObject(pagina) || !Array.isArray(pagina.value)) throw new Error(`Geen CBS OData-antwoord van ${volgende}`);
    eerste ??= pagina;
    rijen.push(...pagina.value);
    const link = pagina['@odata.nextLink'] ?? pagina['odata.nextLink'];
    volgende = typeof link === 'string' && link !== '' ? new URL(link, volgende).href : undefined;
  }
  const { ['@odata.nextLink']: _v4, ['odata.nextLink']: _v3, ...rest } = eerste!;
  return { ...rest, value: rijen };
}
