import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  CbsImportFout,
  cbsNaarIndicatoren,
  haalCbsOp,
  leesCbsKoppeling,
  type CbsKoppeling,
  type FetchLike,
  type IndicatorRij,
} from '../../src/indicatoren/cbs.js';

const map = new URL('../fixtures/cbs/', import.meta.url);
const lees = (naam: string): unknown => JSON.parse(readFileSync(new URL(naam, map), 'utf8'));

const V3: CbsKoppeling = {
  indicator: 'azw_vacaturegraad',
  formaat: 'v3',
  waardeKolom: 'Vacaturegraad_2',
  periodeKolom: 'Perioden',
  gebiedKolom: 'RegioS',
  filter: { BedrijfstakkenBranchesSBI2008: ['350000'] },
};
const V4: CbsKoppeling = {
  indicator: 'azw_vacaturegraad',
  formaat: 'v4',
  measure: 'M001234',
  periodeKolom: 'Perioden',
  gebiedKolom: 'RegioS',
  filter: { BedrijfstakkenBranchesSBI2008: ['350000'] },
};
const V4_BASIS = 'https://datasets.cbs.nl/odata/v1/CBS/00000NED/Observations';

/** Nep-fetch die de fixturepagina's serveert op hun URL en bijhoudt wat er gevraagd is. */
function nepFetch(paginas: Record<string, unknown>): FetchLike & { gevraagd: string[] } {
  const gevraagd: string[] = [];
  const f = async (url: string) => {
    gevraagd.push(url);
    const pagina = paginas[url];
    return { ok: pagina !== undefined, status: pagina === undefined ? 404 : 200, json: async () => pagina };
  };
  return Object.assign(f, { gevraagd });
}

function contractCsv(): IndicatorRij[] {
  const rijen = parse(readFileSync(new URL('vacaturegraad.csv', map), 'utf8'), { columns: true, delimiter: ';' }) as Record<string, string>[];
  return rijen.map((r) => ({
    indicator: r.indicator,
    periode: r.periode,
    gebied: r.gebied,
    dimensie: r.dimensie === '' ? null : r.dimensie,
    waarde: Number(r.waarde.replace(',', '.')),
    bron_datum: r.bron_datum === '' ? null : r.bron_datum,
  }));
}

const sleutel = (r: IndicatorRij) => `${r.periode}|${r.gebied}|${r.dimensie ?? ''}`;
const gesorteerd = (rijen: IndicatorRij[]) => [...rijen].sort((a, b) => sleutel(a).localeCompare(sleutel(b)));

describe('CBS OData-import', () => {
  it('v3 TypedDataSet, v4 Observations (twee pagina’s) en het contract-CSV geven dezelfde waarnemingen', async () => {
    const v3 = cbsNaarIndicatoren(lees('vacaturegraad-v3-typeddataset.json'), V3, { bronDatum: '2025-05-16' });
    const fetch = nepFetch({
      [V4_BASIS]: lees('vacaturegraad-v4-observations-pagina1.json'),
      [`${V4_BASIS}?$skip=9`]: lees('vacaturegraad-v4-observations-pagina2.json'),
    });
    const v4 = cbsNaarIndicatoren(await haalCbsOp(V4_BASIS, fetch), V4, { bronDatum: '2025-05-16' });
    const csv = contractCsv();
    expect(csv).toHaveLength(9);
    expect(gesorteerd(v3.rijen)).toEqual(gesorteerd(csv));
    expect(gesorteerd(v4.rijen)).toEqual(gesorteerd(csv));
  });

  it('CBS-opvulspaties en codes worden omgezet naar de contractvorm (NL01 → NL, 2024KW01 → 2024Q1)', () => {
    const { rijen } = cbsNaarIndicatoren(lees('vacaturegraad-v3-typeddataset.json'), V3);
    expect(rijen[0]).toEqual({ indicator: 'azw_vacaturegraad', periode: '2024Q1', gebied: 'NL', dimensie: null, waarde: 52, bron_datum: null });
    expect(rijen.some((r) => r.gebied === 'PV27')).toBe(true);
  });

  it('een rij zonder waarde wordt overgeslagen met een waarschuwing die de rij en het CBS-attribuut noemt', async () => {
    const fetch = nepFetch({
      [V4_BASIS]: lees('vacaturegraad-v4-observations-pagina1.json'),
      [`${V4_BASIS}?$skip=9`]: lees('vacaturegraad-v4-observations-pagina2.json'),
    });
    const { waarschuwingen } = cbsNaarIndicatoren(await haalCbsOp(V4_BASIS, fetch), V4);
    expect(waarschuwingen).toEqual(['Rij 15 (Id 15): geen waarde (Missing) voor 2025Q1 PV27; overgeslagen']);
  });

  it('een onbekende periode keurt de import af met een Nederlandse melding die de rij noemt', () => {
    const json = lees('vacaturegraad-v3-typeddataset.json') as { value: Record<string, unknown>[] };
    json.value[4].Perioden = '2024KW05';
    expect(() => cbsNaarIndicatoren(json, V3)).toThrow('Rij 5 (ID 4): Onbekende periode "2024KW05"');
  });

  it('een onbekende gebiedscode keurt de import af en alle problemen worden samen gemeld', () => {
    const json = lees('vacaturegraad-v3-typeddataset.json') as { value: Record<string, unknown>[] };
    json.value[1].RegioS = 'GM363 ';
    json.value[2].Vacaturegraad_2 = 'veel';
    try {
      cbsNaarIndicatoren(json, V3);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CbsImportFout);
      expect((e as CbsImportFout).problemen).toEqual(['Rij 2 (ID 1): Onbekend gebied "GM363"', 'Rij 3 (ID 2): onleesbare waarde "veel"']);
    }
  });

  it('zonder filter op bedrijfstak botsen sleutels, en dat wordt gemeld in plaats van stil overschreven', () => {
    const { filter: _, ...zonderFilter } = V3;
    expect(() => cbsNaarIndicatoren(lees('vacaturegraad-v3-typeddataset.json'), zonderFilter)).toThrow(
      /Rij 2 \(ID 1\): zelfde sleutel als rij 1 \(ID 0\) \(2024Q1, NL\)/,
    );
  });

  it('een v3-antwoord met een v4-koppeling wordt herkend als verkeerd formaat', () => {
    expect(() => cbsNaarIndicatoren(lees('vacaturegraad-v3-typeddataset.json'), V4)).toThrow(/geen v4-observatie/);
  });

  it('dimensiekolommen vormen de dimensie-cel met labels, gescheiden door |, en decimalen blijven staan', () => {
    const json = {
      value: [
        { Id: 1, Measure: 'W01', ValueAttribute: 'None', Value: 12.5, Diagnose: 'D02', Soort: 'A', Perioden: '2025MM04' },
        { Id: 2, Measure: 'W01', ValueAttribute: 'None', Value: 7.25, Diagnose: 'D99', Soort: 'A', Perioden: '2025MM04' },
      ],
    };
    const { rijen } = cbsNaarIndicatoren(json, {
      indicator: 'ggz_aanmeldwachttijd',
      formaat: 'v4',
      measure: 'W01',
      periodeKolom: 'Perioden',
      dimensies: [{ kolom: 'Diagnose', waarden: { D02: 'Angst' } }, { kolom: 'Soort', waarden: { A: 'Aanmeldwachttijd' } }],
    });
    expect(rijen.map((r) => [r.periode, r.gebied, r.dimensie, r.waarde])).toEqual([
      ['2025-04', 'NL', 'Angst|Aanmeldwachttijd', 12.5],
      ['2025-04', 'NL', 'D99|Aanmeldwachttijd', 7.25],
    ]);
  });

  it('periodeSoort houdt alleen kwartalen over als de tabel jaren en kwartalen mengt', () => {
    const json = {
      value: [
        { ID: 0, Perioden: '2024JJ00', W_1: 50 },
        { ID: 1, Perioden: '2024KW01', W_1: 52 },
      ],
    };
    const { rijen } = cbsNaarIndicatoren(json, { indicator: 'x', formaat: 'v3', waardeKolom: 'W_1', periodeKolom: 'Perioden', periodeSoort: 'kwartaal' });
    expect(rijen.map((r) => r.periode)).toEqual(['2024Q1']);
  });
});

describe('haalCbsOp', () => {
  it('volgt @odata.nextLink (v4) en geeft alle rijen in één antwoord zonder nextLink', async () => {
    const fetch = nepFetch({
      [V4_BASIS]: lees('vacaturegraad-v4-observations-pagina1.json'),
      [`${V4_BASIS}?$skip=9`]: lees('vacaturegraad-v4-observations-pagina2.json'),
    });
    const json = await haalCbsOp(V4_BASIS, fetch);
    expect(fetch.gevraagd).toEqual([V4_BASIS, `${V4_BASIS}?$skip=9`]);
    expect(json.value).toHaveLength(18);
    expect(json).not.toHaveProperty('@odata.nextLink');
    expect(json['@odata.context']).toMatch(/Observations$/);
  });

  it('volgt odata.nextLink (v3), ook als die relatief is', async () => {
    const alles = lees('vacaturegraad-v3-typeddataset.json') as { 'odata.metadata': string; value: unknown[] };
    const basis = 'https://opendata.cbs.nl/ODataApi/OData/00000ned/TypedDataSet';
    const fetch = nepFetch({
      [basis]: { 'odata.metadata': alles['odata.metadata'], value: alles.value.slice(0, 10), 'odata.nextLink': 'TypedDataSet?$skip=10' },
      [`${basis}?$skip=10`]: { 'odata.metadata': alles['odata.metadata'], value: alles.value.slice(10) },
    });
    const json = await haalCbsOp(basis, fetch);
    expect(json.value).toEqual(alles.value);
    expect(cbsNaarIndicatoren(json, V3).rijen).toHaveLength(9);
  });

  it('een HTTP-fout geeft een Nederlandse melding met status en URL', async () => {
    await expect(haalCbsOp('https://voorbeeld.invalid/x', nepFetch({}))).rejects.toThrow('CBS gaf status 404 voor https://voorbeeld.invalid/x');
  });

  it('een nextLink die naar een eerdere pagina wijst, stopt met een fout in plaats van eindeloos te lussen', async () => {
    const url = 'https://voorbeeld.invalid/p';
    await expect(haalCbsOp(url, nepFetch({ [url]: { value: [], '@odata.nextLink': url } }))).rejects.toThrow(/loopt rond/);
  });
});

describe('leesCbsKoppeling', () => {
  it('accepteert een geldige koppeling', () => {
    expect(leesCbsKoppeling(JSON.parse(JSON.stringify(V4)))).toEqual(V4);
  });
  it('meldt alle fouten in een koppelingsbestand in het Nederlands', () => {
    expect(() => leesCbsKoppeling({ formaat: 'v5', periodeKolom: '' })).toThrow(CbsImportFout);
    try {
      leesCbsKoppeling({ indicator: 'x', formaat: 'v3', periodeKolom: 'Perioden', filter: { a: 'b' } });
      expect.unreachable();
    } catch (e) {
      expect((e as CbsImportFout).problemen).toEqual([
        'Koppeling: "waardeKolom" moet een niet-lege tekst zijn',
        'Koppeling: "filter" moet een object kolom → lijst van codes zijn',
      ]);
    }
  });
});
