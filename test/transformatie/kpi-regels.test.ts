// Regels van een KPI: resultaat → betaalbaar gesteld → betaald, en vrijgave van niet uitgekeerd geld.
import { describe, expect, it } from 'vitest';
import { kpiOvergang, toegestaneKpiActies, type KpiToestand } from '../../src/domein/workflow.js';

const OPEN: KpiToestand = { bedrag_eur: 3_870_985, resultaat: 'open', bedrag_definitief_eur: null, betaalstatus: 'open', vrijgave: null };

describe('KPI-regels', () => {
  it('een open KPI kan alleen een resultaat krijgen', () => {
    expect(toegestaneKpiActies(OPEN)).toEqual(['resultaat_vastleggen']);
  });
  it('behaald: definitief bedrag = KPI-bedrag; daarna betaalbaar stellen en betalen', () => {
    const r = kpiOvergang(OPEN, 'resultaat_vastleggen', { resultaat: 'behaald' });
    expect(r).toEqual({ ok: true, wijziging: { resultaat: 'behaald', bedrag_definitief_eur: 3_870_985 } });
    const behaald = { ...OPEN, resultaat: 'behaald', bedrag_definitief_eur: 3_870_985 } as KpiToestand;
    expect(toegestaneKpiActies(behaald)).toEqual(['betaalbaar_stellen']);
    expect(toegestaneKpiActies({ ...behaald, betaalstatus: 'betaalbaar gesteld' })).toEqual(['betalen']);
    expect(toegestaneKpiActies({ ...behaald, betaalstatus: 'betaald' })).toEqual([]);
  });
  it('deels behaald (TP-011/K1 in de fixture: 3.720.197 van 3.870.985): het verschil wacht op vrijgave', () => {
    const r = kpiOvergang(OPEN, 'resultaat_vastleggen', { resultaat: 'deels behaald', bedrag_definitief_eur: 3_720_197 });
    expect(r).toEqual({ ok: true, wijziging: { resultaat: 'deels behaald', bedrag_definitief_eur: 3_720_197, vrijgave: 'nog vrij te geven' } });
    expect(kpiOvergang(OPEN, 'resultaat_vastleggen', { resultaat: 'deels behaald', bedrag_definitief_eur: 3_870_985 })).toMatchObject({ ok: false, veld: 'bedrag_definitief_eur' });
  });
  it('niet behaald: niets te betalen, alles nog vrij te geven; vrijgeven maakt het definitief', () => {
    const r = kpiOvergang(OPEN, 'resultaat_vastleggen', { resultaat: 'niet behaald' });
    expect(r).toEqual({ ok: true, wijziging: { resultaat: 'niet behaald', bedrag_definitief_eur: 0, vrijgave: 'nog vrij te geven' } });
    const niet = { ...OPEN, resultaat: 'niet behaald', bedrag_definitief_eur: 0, vrijgave: 'nog vrij te geven' } as KpiToestand;
    expect(toegestaneKpiActies(niet)).toEqual(['vrijgeven']);
    expect(kpiOvergang(niet, 'betaalbaar_stellen')).toMatchObject({ ok: false });
    expect(kpiOvergang(niet, 'vrijgeven')).toEqual({ ok: true, wijziging: { vrijgave: 'definitief vrijgegeven' } });
  });
  it('een resultaat wordt niet twee keer vastgelegd', () => {
    expect(kpiOvergang({ ...OPEN, resultaat: 'behaald' }, 'resultaat_vastleggen', { resultaat: 'niet behaald' })).toMatchObject({ ok: false });
  });
});
