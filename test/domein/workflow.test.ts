import { describe, expect, it } from 'vitest';
import {
  ACTIE_LABELS,
  PLAN_ACTIES,
  TOETS_ACTIES,
  leesBetrokkenheid,
  naSluitingSnelleToetsen,
  planOvergang,
  toegestanePlanActies,
  toegestaneToetsActies,
  toetsOvergang,
  vragentermijnEinde,
  vragentermijnOpen,
  type PlanActie,
  type PlanContext,
  type ToetsActie,
  type ToetsContext,
} from '../../src/domein/workflow.js';
import type { PlanStatus, ToetsStatus } from '../../src/domein/begrippen.js';

const VOOR_SLUITING = '2025-03-10';

const indiener = { rol: 'indiener', isIndiener: true, isCoordinerend: false };
const coordinator = { rol: 'coordinerend-verzekeraar', isIndiener: false, isCoordinerend: true };
const beheerder = { rol: 'beheerder', isIndiener: false, isCoordinerend: false };
const overigeVerzekeraar = { rol: 'verzekeraar', isIndiener: false, isCoordinerend: false };

const INDIENER_ACTIES = new Set(['indienen', 'opnieuw_indienen', 'heropenen']);

/** Een context waarin de juiste partij alles invult wat de actie vraagt. */
function toetsCtx(actie: ToetsActie, extra: Partial<ToetsContext> = {}): ToetsContext {
  return {
    ...(INDIENER_ACTIES.has(actie) ? indiener : coordinator),
    vandaag: VOOR_SLUITING,
    reden: 'reden',
    toelichting: 'toelichting',
    ...extra,
  };
}

// Elke (status, actie)-combinatie, met de verwachte nieuwe status of 'ongeldig'. Met de hand opgesteld.
const TOETS_VERWACHT: Record<string, Record<ToetsActie, ToetsStatus | 'ongeldig'>> = {
  '(nieuw)': {
    indienen: 'Ingediend', beoordeling_starten: 'ongeldig', informatie_opvragen: 'ongeldig',
    opnieuw_indienen: 'ongeldig', goedkeuren: 'ongeldig', afkeuren: 'ongeldig', heropenen: 'ongeldig',
  },
  Ingediend: {
    indienen: 'ongeldig', beoordeling_starten: 'Beoordeling gestart', informatie_opvragen: 'ongeldig',
    opnieuw_indienen: 'ongeldig', goedkeuren: 'ongeldig', afkeuren: 'ongeldig', heropenen: 'ongeldig',
  },
  'Beoordeling gestart': {
    indienen: 'ongeldig', beoordeling_starten: 'ongeldig', informatie_opvragen: 'Extra informatie opvragen',
    opnieuw_indienen: 'ongeldig', goedkeuren: 'Goedgekeurd', afkeuren: 'Afgekeurd', heropenen: 'ongeldig',
  },
  'Extra informatie opvragen': {
    indienen: 'ongeldig', beoordeling_starten: 'ongeldig', informatie_opvragen: 'ongeldig',
    opnieuw_indienen: 'Beoordeling gestart', goedkeuren: 'ongeldig', afkeuren: 'Afgekeurd', heropenen: 'ongeldig',
  },
  Goedgekeurd: {
    indienen: 'ongeldig', beoordeling_starten: 'ongeldig', informatie_opvragen: 'ongeldig',
    opnieuw_indienen: 'ongeldig', goedkeuren: 'ongeldig', afkeuren: 'ongeldig', heropenen: 'ongeldig',
  },
  Afgekeurd: {
    indienen: 'ongeldig', beoordeling_starten: 'ongeldig', informatie_opvragen: 'ongeldig',
    opnieuw_indienen: 'ongeldig', goedkeuren: 'ongeldig', afkeuren: 'ongeldig', heropenen: 'Ingediend',
  },
};

const toetsGevallen = Object.entries(TOETS_VERWACHT).flatMap(([van, rij]) =>
  TOETS_ACTIES.map((actie) => ({ van, actie, verwacht: rij[actie] })),
);

describe('snelle toets: elke (status, actie)-combinatie', () => {
  it('de tabel dekt alle statussen en acties', () => {
    expect(toetsGevallen).toHaveLength(6 * 7);
  });

  it.each(toetsGevallen)('$van + $actie → $verwacht', ({ van, actie, verwacht }) => {
    const huidig = van === '(nieuw)' ? null : (van as ToetsStatus);
    const r = toetsOvergang(huidig, actie, toetsCtx(actie));
    if (verwacht === 'ongeldig') {
      expect(r).toMatchObject({ ok: false, soort: 'ongeldig' });
    } else {
      expect(r).toEqual({ ok: true, nieuweStatus: verwacht });
    }
  });
});

describe('snelle toets: wie mag wat', () => {
  it('een onmogelijke overgang noemt de huidige status en wat wel kan, in het Nederlands', () => {
    const r = toetsOvergang('Ingediend', 'goedkeuren', toetsCtx('goedkeuren'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.soort).toBe('ongeldig');
    expect(r.fout).toContain("'Ingediend'");
    expect(r.fout).toContain("'Goedkeuren' kan niet");
    expect(r.fout).toContain("'Beoordeling starten'");
  });

  it('een goedgekeurde toets is een eindstatus', () => {
    const r = toetsOvergang('Goedgekeurd', 'afkeuren', toetsCtx('afkeuren'));
    expect(r).toMatchObject({ ok: false, soort: 'ongeldig' });
    if (!r.ok) expect(r.fout).toContain('eindstatus');
  });

  it('een actie op een nog niet ingediende toets is ongeldig', () => {
    const r = toetsOvergang(null, 'beoordeling_starten', toetsCtx('beoordeling_starten'));
    expect(r).toMatchObject({ ok: false, soort: 'ongeldig' });
    if (!r.ok) expect(r.fout).toContain('nog niet ingediend');
  });

  it('een onbekende actie uit een formulier is ongeldig, geen crash', () => {
    const r = toetsOvergang('Ingediend', 'wissen' as ToetsActie, toetsCtx('beoordeling_starten'));
    expect(r).toMatchObject({ ok: false, soort: 'ongeldig' });
  });

  it('de indiener mag zijn eigen toets niet beoordelen', () => {
    const r = toetsOvergang('Beoordeling gestart', 'goedkeuren', { ...toetsCtx('goedkeuren'), ...indiener });
    expect(r).toMatchObject({ ok: false, soort: 'verboden' });
    if (!r.ok) expect(r.fout).toContain('coördinerend verzekeraar');
  });

  it('een coördinerend verzekeraar van een andere toets mag deze niet beoordelen', () => {
    const r = toetsOvergang('Ingediend', 'beoordeling_starten', { ...toetsCtx('beoordeling_starten'), isCoordinerend: false });
    expect(r).toMatchObject({ ok: false, soort: 'verboden' });
  });

  it('een beheerder mag beoordelen', () => {
    expect(toetsOvergang('Beoordeling gestart', 'afkeuren', { ...toetsCtx('afkeuren'), ...beheerder })).toEqual({
      ok: true,
      nieuweStatus: 'Afgekeurd',
    });
  });

  it.each(['verzekeraar', 'nza', 'lezer', 'bo-lid', 'vws-redactie', 'thematafel-secretaris'])(
    'rol %s mag niet beoordelen',
    (rol) => {
      const r = toetsOvergang('Beoordeling gestart', 'goedkeuren', { ...toetsCtx('goedkeuren'), rol, isCoordinerend: true });
      expect(r).toMatchObject({ ok: false, soort: 'verboden' });
    },
  );

  it('alleen de indienende organisatie dient opnieuw in: een andere indiener niet, de coördinator ook niet', () => {
    const ander = toetsOvergang('Extra informatie opvragen', 'opnieuw_indienen', { ...toetsCtx('opnieuw_indienen'), isIndiener: false });
    expect(ander).toMatchObject({ ok: false, soort: 'verboden' });
    const coord = toetsOvergang('Extra informatie opvragen', 'opnieuw_indienen', { ...toetsCtx('opnieuw_indienen'), ...coordinator });
    expect(coord).toMatchObject({ ok: false, soort: 'verboden' });
  });

  it('een beheerder dient niet in namens een organisatie', () => {
    expect(toetsOvergang(null, 'indienen', { ...toetsCtx('indienen'), ...beheerder })).toMatchObject({ ok: false, soort: 'verboden' });
  });
});

describe('snelle toets: verplichte reden en toelichting', () => {
  it.each([
    ['Beoordeling gestart', 'afkeuren'],
    ['Extra informatie opvragen', 'afkeuren'],
    ['Beoordeling gestart', 'informatie_opvragen'],
  ] as const)('%s + %s zonder reden is een validatiefout', (van, actie) => {
    for (const reden of [undefined, '', '   ']) {
      const r = toetsOvergang(van, actie, toetsCtx(actie, { reden }));
      expect(r).toMatchObject({ ok: false, soort: 'validatie' });
    }
  });

  it('heropenen na afkeuren vraagt een toelichting', () => {
    const r = toetsOvergang('Afgekeurd', 'heropenen', toetsCtx('heropenen', { toelichting: '' }));
    expect(r).toMatchObject({ ok: false, soort: 'validatie' });
    if (!r.ok) expect(r.fout).toMatch(/toelichting/i);
  });

  it('goedkeuren vraagt geen reden', () => {
    expect(toetsOvergang('Beoordeling gestart', 'goedkeuren', toetsCtx('goedkeuren', { reden: undefined })).ok).toBe(true);
  });
});

describe('snelle toets: sluitingsdatum voor nieuwe toetsen', () => {
  it('de dag voor de standaardsluiting (1 juli 2025) kan nog worden ingediend', () => {
    expect(toetsOvergang(null, 'indienen', toetsCtx('indienen', { vandaag: '2025-06-30' })).ok).toBe(true);
  });

  it('op 1 juli 2025 wordt een nieuwe toets geweigerd met een duidelijke melding', () => {
    const r = toetsOvergang(null, 'indienen', toetsCtx('indienen', { vandaag: '2025-07-01' }));
    expect(r).toMatchObject({ ok: false, soort: 'validatie' });
    if (!r.ok) expect(r.fout).toContain('Vanaf 1 juli 2025 kunnen geen nieuwe snelle toetsen meer worden ingediend');
  });

  it('met de uitzondering (plan bijna af, gemeld aan de coördinerend zorgverzekeraar) kan het wel, met toelichting', () => {
    const ctx = toetsCtx('indienen', { vandaag: '2025-09-15', uitzondering: true, toelichting: 'Gemeld op 20 juni' });
    expect(toetsOvergang(null, 'indienen', ctx)).toEqual({ ok: true, nieuweStatus: 'Ingediend' });
    const zonder = toetsOvergang(null, 'indienen', { ...ctx, toelichting: '' });
    expect(zonder).toMatchObject({ ok: false, soort: 'validatie' });
  });

  it('de sluitingsdatum is instelbaar', () => {
    const ctx = toetsCtx('indienen', { vandaag: '2025-08-01', sluitingsdatum: '2025-09-01' });
    expect(toetsOvergang(null, 'indienen', ctx).ok).toBe(true);
    expect(toetsOvergang(null, 'indienen', { ...ctx, sluitingsdatum: '2025-08-01' }).ok).toBe(false);
  });

  it('heropenen van een afgekeurde toets is geen nieuwe toets en kan ook na de sluiting', () => {
    const r = toetsOvergang('Afgekeurd', 'heropenen', toetsCtx('heropenen', { vandaag: '2025-10-01' }));
    expect(r).toEqual({ ok: true, nieuweStatus: 'Ingediend' });
  });

  it('naSluitingSnelleToetsen markeert ingediend_op vanaf 2025-07-01', () => {
    expect(naSluitingSnelleToetsen('2025-06-30')).toBe(false);
    expect(naSluitingSnelleToetsen('2025-07-01')).toBe(true);
  });

  it('een ongeldige datum van vandaag wordt geweigerd', () => {
    expect(toetsOvergang(null, 'indienen', toetsCtx('indienen', { vandaag: '2025-02-30' }))).toMatchObject({ ok: false, soort: 'validatie' });
  });
});

describe('snelle toets: knoppen', () => {
  it('de coördinator ziet bij "Beoordeling gestart" opvragen, goedkeuren en afkeuren', () => {
    expect(toegestaneToetsActies('Beoordeling gestart', { ...coordinator, vandaag: VOOR_SLUITING })).toEqual([
      'informatie_opvragen',
      'goedkeuren',
      'afkeuren',
    ]);
  });

  it('de indiener ziet bij "Extra informatie opvragen" alleen opnieuw indienen', () => {
    expect(toegestaneToetsActies('Extra informatie opvragen', { ...indiener, vandaag: VOOR_SLUITING })).toEqual(['opnieuw_indienen']);
  });

  it('na de sluiting ziet een indiener geen indienknop, tenzij de uitzondering geldt', () => {
    expect(toegestaneToetsActies(null, { ...indiener, vandaag: '2025-07-02' })).toEqual([]);
    expect(toegestaneToetsActies(null, { ...indiener, vandaag: '2025-07-02', uitzondering: true })).toEqual(['indienen']);
  });

  it('een lezer ziet geen enkele knop', () => {
    const lezer = { rol: 'lezer', isIndiener: false, isCoordinerend: false, vandaag: VOOR_SLUITING };
    for (const s of [null, 'Ingediend', 'Beoordeling gestart', 'Extra informatie opvragen', 'Afgekeurd'] as const) {
      expect(toegestaneToetsActies(s, lezer)).toEqual([]);
    }
  });

  it('elke actie heeft een knoptekst', () => {
    for (const a of [...TOETS_ACTIES, ...PLAN_ACTIES]) expect(ACTIE_LABELS[a]).toBeTruthy();
  });
});

// ---------------------------------------------------------------------------------------------

const VOORGENOMEN = '2025-03-01';
const EINDE = '2025-03-15'; // 1 maart + 14 dagen
const NA_TERMIJN = '2025-03-16';

function planCtx(actie: PlanActie, extra: Partial<PlanContext> = {}): PlanContext {
  const wie = INDIENER_ACTIES.has(actie) ? indiener : actie === 'vraag_stellen' ? overigeVerzekeraar : coordinator;
  return {
    ...wie,
    vandaag: actie === 'vraag_stellen' ? '2025-03-05' : NA_TERMIJN,
    reden: 'reden',
    toelichting: 'toelichting',
    toetsStatus: 'Goedgekeurd',
    betrokkenheidPatienten: 'ja',
    akkoordTweedeVerzekeraar: true,
    voorgenomenOp: VOORGENOMEN,
    bedragBeschikbaarGesteldEur: 1_250_000,
    ...extra,
  };
}

const O = 'ongeldig' as const;
const PLAN_VERWACHT: Record<string, Record<PlanActie, PlanStatus | 'ongeldig'>> = {
  '(nieuw)': {
    indienen: 'Ingediend', beoordeling_starten: O, informatie_opvragen: O, opnieuw_indienen: O,
    besluit_voornemen: O, vraag_stellen: O, goedkeuren: O, afkeuren: O,
  },
  Ingediend: {
    indienen: O, beoordeling_starten: 'Beoordeling gestart', informatie_opvragen: O, opnieuw_indienen: O,
    besluit_voornemen: O, vraag_stellen: O, goedkeuren: O, afkeuren: O,
  },
  'Beoordeling gestart': {
    indienen: O, beoordeling_starten: O, informatie_opvragen: 'Extra informatie opvragen', opnieuw_indienen: O,
    besluit_voornemen: 'Voorgenomen besluit', vraag_stellen: O, goedkeuren: O, afkeuren: 'Afgekeurd',
  },
  'Extra informatie opvragen': {
    indienen: O, beoordeling_starten: O, informatie_opvragen: O, opnieuw_indienen: 'Beoordeling gestart',
    besluit_voornemen: O, vraag_stellen: O, goedkeuren: O, afkeuren: 'Afgekeurd',
  },
  'Voorgenomen besluit': {
    indienen: O, beoordeling_starten: O, informatie_opvragen: 'Extra informatie opvragen', opnieuw_indienen: O,
    besluit_voornemen: O, vraag_stellen: 'Voorgenomen besluit', goedkeuren: 'Goedgekeurd', afkeuren: 'Afgekeurd',
  },
  Goedgekeurd: {
    indienen: O, beoordeling_starten: O, informatie_opvragen: O, opnieuw_indienen: O,
    besluit_voornemen: O, vraag_stellen: O, goedkeuren: O, afkeuren: O,
  },
  Afgekeurd: {
    indienen: O, beoordeling_starten: O, informatie_opvragen: O, opnieuw_indienen: O,
    besluit_voornemen: O, vraag_stellen: O, goedkeuren: O, afkeuren: O,
  },
};

const planGevallen = Object.entries(PLAN_VERWACHT).flatMap(([van, rij]) =>
  PLAN_ACTIES.map((actie) => ({ van, actie, verwacht: rij[actie] })),
);

describe('transformatieplan: elke (status, actie)-combinatie', () => {
  it('de tabel dekt alle statussen en acties', () => {
    expect(planGevallen).toHaveLength(7 * 8);
  });

  it.each(planGevallen)('$van + $actie → $verwacht', ({ van, actie, verwacht }) => {
    const huidig = van === '(nieuw)' ? null : (van as PlanStatus);
    const r = planOvergang(huidig, actie, planCtx(actie));
    if (verwacht === 'ongeldig') {
      expect(r).toMatchObject({ ok: false, soort: 'ongeldig' });
      if (!r.ok && huidig) expect(r.fout).toContain(`'${huidig}'`);
    } else {
      expect(r).toEqual({ ok: true, nieuweStatus: verwacht });
    }
  });
});

describe('transformatieplan: indienen', () => {
  it('kan alleen op een goedgekeurde snelle toets', () => {
    for (const toetsStatus of ['Beoordeling gestart', 'Afgekeurd', null] as const) {
      const r = planOvergang(null, 'indienen', planCtx('indienen', { toetsStatus }));
      expect(r).toMatchObject({ ok: false, soort: 'validatie' });
    }
  });

  it('vraagt of patiënten betrokken zijn (ja of nee)', () => {
    const r = planOvergang(null, 'indienen', planCtx('indienen', { betrokkenheidPatienten: 'niet ingesteld' }));
    expect(r).toMatchObject({ ok: false, soort: 'validatie' });
    expect(planOvergang(null, 'indienen', planCtx('indienen', { betrokkenheidPatienten: 'nee' })).ok).toBe(true);
  });

  it('voor 18 oktober 2023 was betrokkenheid nog niet verplicht', () => {
    const r = planOvergang(null, 'indienen', planCtx('indienen', { vandaag: '2023-10-17', betrokkenheidPatienten: null }));
    expect(r.ok).toBe(true);
  });

  it('de sluitingsdatum van snelle toetsen geldt niet voor plannen', () => {
    expect(planOvergang(null, 'indienen', planCtx('indienen', { vandaag: '2026-01-15' })).ok).toBe(true);
  });

  it('leesBetrokkenheid: leeg is "niet ingesteld", onbekend is null', () => {
    expect(leesBetrokkenheid('')).toBe('niet ingesteld');
    expect(leesBetrokkenheid(undefined)).toBe('niet ingesteld');
    expect(leesBetrokkenheid(' Ja ')).toBe('ja');
    expect(leesBetrokkenheid('nee')).toBe('nee');
    expect(leesBetrokkenheid('misschien')).toBeNull();
  });
});

describe('transformatieplan: voorgenomen besluit en vragentermijn', () => {
  it('een voorgenomen besluit vraagt instemming van de tweede verzekeraar', () => {
    const r = planOvergang('Beoordeling gestart', 'besluit_voornemen', planCtx('besluit_voornemen', { akkoordTweedeVerzekeraar: false }));
    expect(r).toMatchObject({ ok: false, soort: 'validatie' });
  });

  it('de termijn loopt 14 dagen: 1 maart → t/m 15 maart; over een maandgrens en schrikkeldag goed', () => {
    expect(vragentermijnEinde('2025-03-01', 14)).toBe('2025-03-15');
    expect(vragentermijnEinde('2025-12-25')).toBe('2026-01-08');
    expect(vragentermijnEinde('2024-02-20', 14)).toBe('2024-03-05');
    expect(vragentermijnEinde('2025-03-01', 7)).toBe('2025-03-08');
  });

  it('vragentermijnOpen: open van de besluitdag t/m de laatste dag, daarna dicht', () => {
    expect(vragentermijnOpen(VOORGENOMEN, '2025-02-28')).toBe(false);
    expect(vragentermijnOpen(VOORGENOMEN, VOORGENOMEN)).toBe(true);
    expect(vragentermijnOpen(VOORGENOMEN, EINDE)).toBe(true);
    expect(vragentermijnOpen(VOORGENOMEN, NA_TERMIJN)).toBe(false);
  });

  it('ongeldige invoer voor de termijn wordt geweigerd', () => {
    expect(() => vragentermijnEinde('2025-13-01', 14)).toThrow(RangeError);
    expect(() => vragentermijnEinde('2025-03-01', -1)).toThrow(RangeError);
  });

  it('goedkeuren wordt geweigerd zolang de termijn loopt, ook op de laatste dag', () => {
    for (const vandaag of [VOORGENOMEN, '2025-03-10', EINDE]) {
      const r = planOvergang('Voorgenomen besluit', 'goedkeuren', planCtx('goedkeuren', { vandaag }));
      expect(r).toMatchObject({ ok: false, soort: 'validatie' });
      if (!r.ok) expect(r.fout).toContain('tot en met 15 maart 2025; goedkeuren kan vanaf 16 maart 2025');
    }
  });

  it('goedkeuren kan de dag nadat de termijn sluit', () => {
    expect(planOvergang('Voorgenomen besluit', 'goedkeuren', planCtx('goedkeuren', { vandaag: NA_TERMIJN }))).toEqual({
      ok: true,
      nieuweStatus: 'Goedgekeurd',
    });
  });

  it('een instelbare termijn van 7 dagen schuift de goedkeurdatum mee', () => {
    const ctx = planCtx('goedkeuren', { vandaag: '2025-03-09', vragentermijnDagen: 7 });
    expect(planOvergang('Voorgenomen besluit', 'goedkeuren', ctx).ok).toBe(true);
    expect(planOvergang('Voorgenomen besluit', 'goedkeuren', { ...ctx, vandaag: '2025-03-08' }).ok).toBe(false);
  });

  it('goedkeuren vraagt een beschikbaar gesteld bedrag > 0 in hele euro\'s', () => {
    for (const bedrag of [0, -5, 12.5, null, undefined]) {
      const r = planOvergang('Voorgenomen besluit', 'goedkeuren', planCtx('goedkeuren', { bedragBeschikbaarGesteldEur: bedrag }));
      expect(r).toMatchObject({ ok: false, soort: 'validatie' });
    }
  });

  it('goedkeuren zonder datum van het voorgenomen besluit is een validatiefout', () => {
    const r = planOvergang('Voorgenomen besluit', 'goedkeuren', planCtx('goedkeuren', { voorgenomenOp: null }));
    expect(r).toMatchObject({ ok: false, soort: 'validatie' });
  });

  it('een overige verzekeraar kan een vraag stellen tijdens de termijn; de status blijft gelijk', () => {
    for (const vandaag of [VOORGENOMEN, EINDE]) {
      expect(planOvergang('Voorgenomen besluit', 'vraag_stellen', planCtx('vraag_stellen', { vandaag }))).toEqual({
        ok: true,
        nieuweStatus: 'Voorgenomen besluit',
      });
    }
  });

  it('na de termijn kan geen vraag meer worden gesteld', () => {
    const r = planOvergang('Voorgenomen besluit', 'vraag_stellen', planCtx('vraag_stellen', { vandaag: NA_TERMIJN }));
    expect(r).toMatchObject({ ok: false, soort: 'validatie' });
    if (!r.ok) expect(r.fout).toContain('gesloten');
  });

  it('een vraag zonder tekst wordt geweigerd', () => {
    const r = planOvergang('Voorgenomen besluit', 'vraag_stellen', planCtx('vraag_stellen', { toelichting: ' ' }));
    expect(r).toMatchObject({ ok: false, soort: 'validatie' });
  });

  it('de coördinerend verzekeraar van het plan en de indiener stellen geen vragen in de termijn; een coördinator van een ander plan wel', () => {
    const eigen = planOvergang('Voorgenomen besluit', 'vraag_stellen', { ...planCtx('vraag_stellen'), ...coordinator });
    expect(eigen).toMatchObject({ ok: false, soort: 'verboden' });
    const ind = planOvergang('Voorgenomen besluit', 'vraag_stellen', { ...planCtx('vraag_stellen'), ...indiener });
    expect(ind).toMatchObject({ ok: false, soort: 'verboden' });
    const ander = planOvergang('Voorgenomen besluit', 'vraag_stellen', { ...planCtx('vraag_stellen'), ...coordinator, isCoordinerend: false });
    expect(ander.ok).toBe(true);
  });

  it('een overige verzekeraar mag niet goedkeuren', () => {
    const r = planOvergang('Voorgenomen besluit', 'goedkeuren', { ...planCtx('goedkeuren'), ...overigeVerzekeraar });
    expect(r).toMatchObject({ ok: false, soort: 'verboden' });
  });

  it('afkeuren van een plan vraagt een reden', () => {
    const r = planOvergang('Voorgenomen besluit', 'afkeuren', planCtx('afkeuren', { reden: '' }));
    expect(r).toMatchObject({ ok: false, soort: 'validatie' });
  });
});

describe('transformatieplan: knoppen', () => {
  const basis = { vandaag: '2025-03-05', voorgenomenOp: VOORGENOMEN, toetsStatus: 'Goedgekeurd' as const };

  it('tijdens de termijn ziet de coördinator geen goedkeurknop, wel opvragen en afkeuren', () => {
    expect(toegestanePlanActies('Voorgenomen besluit', { ...coordinator, ...basis })).toEqual(['informatie_opvragen', 'afkeuren']);
  });

  it('na de termijn ziet de coördinator ook goedkeuren (het bedrag vraagt het formulier)', () => {
    expect(toegestanePlanActies('Voorgenomen besluit', { ...coordinator, ...basis, vandaag: NA_TERMIJN })).toEqual([
      'informatie_opvragen',
      'goedkeuren',
      'afkeuren',
    ]);
  });

  it('een overige verzekeraar ziet "vraag stellen" alleen tijdens de termijn', () => {
    expect(toegestanePlanActies('Voorgenomen besluit', { ...overigeVerzekeraar, ...basis })).toEqual(['vraag_stellen']);
    expect(toegestanePlanActies('Voorgenomen besluit', { ...overigeVerzekeraar, ...basis, vandaag: NA_TERMIJN })).toEqual([]);
  });

  it('de indiener ziet "indienen" alleen bij een goedgekeurde toets', () => {
    expect(toegestanePlanActies(null, { ...indiener, ...basis })).toEqual(['indienen']);
    expect(toegestanePlanActies(null, { ...indiener, ...basis, toetsStatus: 'Afgekeurd' })).toEqual([]);
  });
});
