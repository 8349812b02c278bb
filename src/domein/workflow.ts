// Status transitions of snelle toetsen and transformatieplannen (domain.md §4). Pure: the caller passes
// the current status and the context (role, date, input) and gets a new status or a Dutch error
// message. Imports do not follow these rules (contract §1: history as delivered).
import {
  STANDAARD_SLUITING_SNELLE_TOETSEN,
  STANDAARD_VRAGENTERMIJN_DAGEN,
  TOETS_STATUSSEN,
  PLAN_STATUSSEN,
  type Betaalstatus,
  type Datum,
  type KpiResultaat,
  type PlanStatus,
  type ToetsStatus,
  type Vrijgave,
} from './begrippen.js';
import { formatteerDatum, isIsoDatum, plusDagen } from './kalender.js';

export const TOETS_ACTIES = [
  'indienen',
  'beoordeling_starten',
  'informatie_opvragen',
  'opnieuw_indienen',
  'goedkeuren',
  'afkeuren',
  'heropenen',
] as const;
export type ToetsActie = (typeof TOETS_ACTIES)[number];

export const PLAN_ACTIES = [
  'indienen',
  'beoordeling_starten',
  'informatie_opvragen',
  'opnieuw_indienen',
  'besluit_voornemen',
  'vraag_stellen',
  'goedkeuren',
  'afkeuren',
] as const;
export type PlanActie = (typeof PLAN_ACTIES)[number];

/** Button texts per action. */
export const ACTIE_LABELS: Record<ToetsActie | PlanActie, string> = {
  indienen: 'Indienen',
  beoordeling_starten: 'Beoordeling starten',
  informatie_opvragen: 'Extra informatie opvragen',
  opnieuw_indienen: 'Opnieuw indienen',
  besluit_voornemen: 'Voorgenomen besluit nemen',
  vraag_stellen: 'Vraag stellen',
  goedkeuren: 'Goedkeuren',
  afkeuren: 'Afkeuren',
  heropenen: 'Heropenen',
};

/** Patient involvement in a plan; empty in the contract = 'niet ingesteld'. */
export const BETROKKENHEID_WAARDEN = ['ja', 'nee', 'niet ingesteld'] as const;
export type BetrokkenheidPatienten = (typeof BETROKKENHEID_WAARDEN)[number];
/** Patient involvement is recorded since this date (contract §2.3). */
export const BETROKKENHEID_GEREGISTREERD_VANAF: Datum = '2023-10-18';

export type Weigering = { ok: false; fout: string; soort: 'verboden' | 'ongeldig' | 'validatie' };
export type Overgang<S> = { ok: true; nieuweStatus: S } | Weigering;

interface BasisContext {
  rol: string;
  /** The user belongs to the submitting organisation of this item. */
  isIndiener: boolean;
  /** The user is (of) the coordinating insurer of this item. */
  isCoordinerend: boolean;
  vandaag: Datum;
  /** Required when rejecting and when asking for more information. */
  reden?: string;
  /** Required when reopening, asking a question and submitting by exception after the closing date. */
  toelichting?: string;
}

export interface ToetsContext extends BasisContext {
  /** First day without new snelle toetsen; default STANDAARD_SLUITING_SNELLE_TOETSEN. */
  sluitingsdatum?: Datum;
  /** The coordinating insurer was told that a plan is nearly done (002 r. 309-316). */
  uitzondering?: boolean;
}

export interface PlanContext extends BasisContext {
  /** Status of the snelle toets the plan builds on; it must be 'Goedgekeurd' to submit. */
  toetsStatus?: ToetsStatus | null;
  /** On submitting: 'ja' or 'nee' required since BETROKKENHEID_GEREGISTREERD_VANAF. */
  betrokkenheidPatienten?: BetrokkenheidPatienten | null;
  /** On besluit_voornemen: the second insurer agrees (both market leaders of the region). */
  akkoordTweedeVerzekeraar?: boolean;
  /** Date of the intended decision; needed for vraag_stellen and goedkeuren. */
  voorgenomenOp?: Datum | null;
  vragentermijnDagen?: number;
  /** On goedkeuren: the amount made available in whole euros, > 0. */
  bedragBeschikbaarGesteldEur?: number | null;
}

// ---------------------------------------------------------------------------------------------
// Dates (UTC arithmetic, so time zones and daylight saving never shift a day)

function isDatum(waarde: unknown): waarde is Datum {
  return typeof waarde === 'string' && isIsoDatum(waarde);
}



function controleerTermijnDagen(dagen: number): void {
  if (!Number.isInteger(dagen) || dagen < 0) throw new RangeError(`Ongeldige vragentermijn: ${dagen} dagen.`);
}

/**
 * Last day (inclusive) on which the other insurers can ask questions: the date of the intended
 * decision plus `dagen`. Approval is possible from the day after.
 */
export function vragentermijnEinde(voorgenomenOp: Datum, dagen: number = STANDAARD_VRAGENTERMIJN_DAGEN): Datum {
  if (!isDatum(voorgenomenOp)) throw new RangeError(`Ongeldige datum van het voorgenomen besluit: '${voorgenomenOp}'.`);
  controleerTermijnDagen(dagen);
  return plusDagen(voorgenomenOp, dagen);
}

/** Whether the question period runs on `vandaag`: from the day of the intended decision through vragentermijnEinde. */
export function vragentermijnOpen(voorgenomenOp: Datum, vandaag: Datum, dagen: number = STANDAARD_VRAGENTERMIJN_DAGEN): boolean {
  if (!isDatum(vandaag)) throw new RangeError(`Ongeldige datum: '${vandaag}'.`);
  return vandaag >= voorgenomenOp && vandaag <= vragentermijnEinde(voorgenomenOp, dagen);
}

/** Whether a snelle toets on `datum` falls after the closing (to mark ingediend_op). */
export function naSluitingSnelleToetsen(datum: Datum, sluitingsdatum: Datum = STANDAARD_SLUITING_SNELLE_TOETSEN): boolean {
  return datum >= sluitingsdatum;
}

/** Converts a contract value ('ja', 'nee', empty); unknown values give null. */
export function leesBetrokkenheid(waarde: string | null | undefined): BetrokkenheidPatienten | null {
  const w = (waarde ?? '').trim().toLowerCase();
  if (w === '' || w === 'niet ingesteld') return 'niet ingesteld';
  if (w === 'ja' || w === 'nee') return w;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Transition tables

/** Who may take an action. */
type Partij = 'indiener' | 'beoordelaar' | 'overige_verzekeraar';

interface Regel<S, A> {
  van: S | null;
  actie: A;
  naar: S;
  door: Partij;
}

const TOETS_REGELS: readonly Regel<ToetsStatus, ToetsActie>[] = [
  { van: null, actie: 'indienen', naar: 'Ingediend', door: 'indiener' },
  { van: 'Ingediend', actie: 'beoordeling_starten', naar: 'Beoordeling gestart', door: 'beoordelaar' },
  { van: 'Beoordeling gestart', actie: 'informatie_opvragen', naar: 'Extra informatie opvragen', door: 'beoordelaar' },
  // After supplementing, the running assessment continues; going back to 'Ingediend' would skew the
  // "in beoordeling" count (domain.md §4: Beoordeling gestart ⇄ Extra informatie opvragen).
  { van: 'Extra informatie opvragen', actie: 'opnieuw_indienen', naar: 'Beoordeling gestart', door: 'indiener' },
  { van: 'Beoordeling gestart', actie: 'goedkeuren', naar: 'Goedgekeurd', door: 'beoordelaar' },
  { van: 'Beoordeling gestart', actie: 'afkeuren', naar: 'Afgekeurd', door: 'beoordelaar' },
  // A submitter who no longer responds can be rejected without going back first.
  { van: 'Extra informatie opvragen', actie: 'afkeuren', naar: 'Afgekeurd', door: 'beoordelaar' },
  // Provisionally rejected toetsen may come back with an explanation (000 r. 223); not a new toets,
  // so the closing date does not apply here.
  { van: 'Afgekeurd', actie: 'heropenen', naar: 'Ingediend', door: 'indiener' },
];

const PLAN_REGELS: readonly Regel<PlanStatus, PlanActie>[] = [
  { van: null, actie: 'indienen', naar: 'Ingediend', door: 'indiener' },
  { van: 'Ingediend', actie: 'beoordeling_starten', naar: 'Beoordeling gestart', door: 'beoordelaar' },
  { van: 'Beoordeling gestart', actie: 'informatie_opvragen', naar: 'Extra informatie opvragen', door: 'beoordelaar' },
  // Questions of other insurers can lead to new questions to the submitter; after supplementing comes
  // a new intended decision with a new question period.
  { van: 'Voorgenomen besluit', actie: 'informatie_opvragen', naar: 'Extra informatie opvragen', door: 'beoordelaar' },
  { van: 'Extra informatie opvragen', actie: 'opnieuw_indienen', naar: 'Beoordeling gestart', door: 'indiener' },
  { van: 'Beoordeling gestart', actie: 'besluit_voornemen', naar: 'Voorgenomen besluit', door: 'beoordelaar' },
  { van: 'Voorgenomen besluit', actie: 'vraag_stellen', naar: 'Voorgenomen besluit', door: 'overige_verzekeraar' },
  { van: 'Voorgenomen besluit', actie: 'goedkeuren', naar: 'Goedgekeurd', door: 'beoordelaar' },
  { van: 'Beoordeling gestart', actie: 'afkeuren', naar: 'Afgekeurd', door: 'beoordelaar' },
  { van: 'Extra informatie opvragen', actie: 'afkeuren', naar: 'Afgekeurd', door: 'beoordelaar' },
  { van: 'Voorgenomen besluit', actie: 'afkeuren', naar: 'Afgekeurd', door: 'beoordelaar' },
];

/** Which text an action requires. */
const VERPLICHTE_TEKST: Partial<Record<ToetsActie | PlanActie, { veld: 'reden' | 'toelichting'; melding: string }>> = {
  informatie_opvragen: { veld: 'reden', melding: 'Geef aan welke extra informatie nodig is.' },
  afkeuren: { veld: 'reden', melding: 'Geef een reden voor het afkeuren.' },
  heropenen: { veld: 'toelichting', melding: 'Geef een toelichting bij het heropenen: wat is er aangepast na de feedback?' },
  vraag_stellen: { veld: 'toelichting', melding: 'Vul de vraag in.' },
};

function magAls(door: Partij, ctx: BasisContext): boolean {
  switch (door) {
    case 'indiener':
      return ctx.rol === 'indiener' && ctx.isIndiener;
    case 'beoordelaar':
      return ctx.rol === 'beheerder' || (ctx.rol === 'coordinerend-verzekeraar' && ctx.isCoordinerend);
    case 'overige_verzekeraar':
      // A coordinating insurer of another plan is just one of the other insurers here.
      return ctx.rol === 'verzekeraar' || (ctx.rol === 'coordinerend-verzekeraar' && !ctx.isCoordinerend);
  }
}

function weiger(soort: Weigering['soort'], fout: string): Weigering {
  return { ok: false, soort, fout };
}

function verbodenMelding(door: Partij, actie: string, onderwerp: string): string {
  const label = ACTIE_LABELS[actie as ToetsActie];
  switch (door) {
    case 'indiener':
      return `U mag '${label}' niet doen: alleen de indienende organisatie kan dit voor ${onderwerp}.`;
    case 'beoordelaar':
      return `U mag '${label}' niet doen: alleen de coördinerend verzekeraar van ${onderwerp} of een beheerder kan dit.`;
    case 'overige_verzekeraar':
      return `U mag '${label}' niet doen: alleen de overige verzekeraars kunnen vragen stellen over een voorgenomen besluit.`;
  }
}

function leeg(tekst: string | undefined): boolean {
  return tekst === undefined || tekst.trim() === '';
}

type ExtraControle<C> = (ctx: C, opties: { invoerOverslaan: boolean }) => Weigering | null;

/** Core: look up the table (ongeldig) → role (verboden) → input and periods (validatie). */
function overgang<S extends string, A extends string, C extends BasisContext>(
  regels: readonly Regel<S, A>[],
  statussen: readonly string[],
  acties: readonly string[],
  onderwerp: string,
  huidig: S | null,
  actie: A,
  ctx: C,
  extra: Partial<Record<A, ExtraControle<C>>>,
  invoerOverslaan: boolean,
): Overgang<S> {
  if (!acties.includes(actie)) return weiger('ongeldig', `Onbekende actie '${String(actie)}'.`);
  if (huidig !== null && !statussen.includes(huidig)) return weiger('ongeldig', `Onbekende status '${String(huidig)}'.`);
  if (!isDatum(ctx.vandaag)) return weiger('validatie', `Ongeldige datum van vandaag: '${String(ctx.vandaag)}'.`);

  const label = ACTIE_LABELS[actie as ToetsActie];
  const regel = regels.find((r) => r.van === huidig && r.actie === actie);
  if (!regel) {
    if (huidig === null) return weiger('ongeldig', `'${label}' kan niet: ${onderwerp} is nog niet ingediend.`);
    const mogelijk = regels.filter((r) => r.van === huidig).map((r) => `'${ACTIE_LABELS[r.actie as ToetsActie]}'`);
    const hint = mogelijk.length > 0 ? ` Mogelijk bij deze status: ${mogelijk.join(', ')}.` : ' Dit is een eindstatus.';
    return weiger('ongeldig', `'${label}' kan niet bij de status '${huidig}'.${hint}`);
  }

  if (!magAls(regel.door, ctx)) return weiger('verboden', verbodenMelding(regel.door, actie, onderwerp));

  const tekst = VERPLICHTE_TEKST[actie as ToetsActie];
  if (tekst && !invoerOverslaan && leeg(ctx[tekst.veld])) return weiger('validatie', tekst.melding);

  const controle = extra[actie];
  const fout = controle ? controle(ctx, { invoerOverslaan }) : null;
  if (fout) return fout;

  return { ok: true, nieuweStatus: regel.naar };
}

// ---------------------------------------------------------------------------------------------
// Snelle toetsen

const TOETS_CONTROLES: Partial<Record<ToetsActie, ExtraControle<ToetsContext>>> = {
  indienen: (ctx, { invoerOverslaan }) => {
    const sluiting = ctx.sluitingsdatum ?? STANDAARD_SLUITING_SNELLE_TOETSEN;
    if (!isDatum(sluiting)) return weiger('validatie', `Ongeldige sluitingsdatum: '${sluiting}'.`);
    if (!naSluitingSnelleToetsen(ctx.vandaag, sluiting)) return null;
    if (!ctx.uitzondering) {
      return weiger(
        'validatie',
        `Vanaf ${formatteerDatum(sluiting)} kunnen geen nieuwe snelle toetsen meer worden ingediend. ` +
          'Alleen als de coördinerend zorgverzekeraar is gemeld dat een plan in de afrondende fase is, geldt een uitzondering.',
      );
    }
    // The exception must be verifiable afterwards.
    if (!invoerOverslaan && leeg(ctx.toelichting)) {
      return weiger('validatie', 'Licht de uitzondering toe: wanneer is de coördinerend zorgverzekeraar gemeld dat het plan bijna af is?');
    }
    return null;
  },
};

/** Takes an action on a snelle toets (huidig = null: not submitted yet). */
export function toetsOvergang(huidig: ToetsStatus | null, actie: ToetsActie, ctx: ToetsContext): Overgang<ToetsStatus> {
  return overgang(TOETS_REGELS, TOETS_STATUSSEN, TOETS_ACTIES, 'deze snelle toets', huidig, actie, ctx, TOETS_CONTROLES, false);
}

/** Actions this user can take now (for buttons); the form asks for required texts itself. After the closing date `uitzondering` counts. */
export function toegestaneToetsActies(huidig: ToetsStatus | null, ctx: ToetsContext): ToetsActie[] {
  return TOETS_ACTIES.filter(
    (a) => overgang(TOETS_REGELS, TOETS_STATUSSEN, TOETS_ACTIES, 'deze snelle toets', huidig, a, ctx, TOETS_CONTROLES, true).ok,
  );
}

// ---------------------------------------------------------------------------------------------
// Transformatieplannen

function termijnGegevens(ctx: PlanContext): { voorgenomenOp: Datum; dagen: number } | Weigering {
  const dagen = ctx.vragentermijnDagen ?? STANDAARD_VRAGENTERMIJN_DAGEN;
  if (!Number.isInteger(dagen) || dagen < 0) return weiger('validatie', `Ongeldige vragentermijn: ${dagen} dagen.`);
  if (!ctx.voorgenomenOp) return weiger('validatie', 'De datum van het voorgenomen besluit ontbreekt.');
  if (!isDatum(ctx.voorgenomenOp)) return weiger('validatie', `Ongeldige datum van het voorgenomen besluit: '${ctx.voorgenomenOp}'.`);
  return { voorgenomenOp: ctx.voorgenomenOp, dagen };
}

const PLAN_CONTROLES: Partial<Record<PlanActie, ExtraControle<PlanContext>>> = {
  indienen: (ctx, { invoerOverslaan }) => {
    if (ctx.toetsStatus !== 'Goedgekeurd') {
      const stand = ctx.toetsStatus ? `de status '${ctx.toetsStatus}'` : 'geen bekende status';
      return weiger('validatie', `Een transformatieplan kan alleen voortbouwen op een goedgekeurde snelle toets; deze toets heeft ${stand}.`);
    }
    if (!invoerOverslaan && ctx.vandaag >= BETROKKENHEID_GEREGISTREERD_VANAF && ctx.betrokkenheidPatienten !== 'ja' && ctx.betrokkenheidPatienten !== 'nee') {
      return weiger('validatie', 'Geef aan of patiënten bij het plan betrokken zijn (ja of nee).');
    }
    return null;
  },
  besluit_voornemen: (ctx, { invoerOverslaan }) =>
    invoerOverslaan || ctx.akkoordTweedeVerzekeraar === true
      ? null
      : weiger('validatie', 'Een voorgenomen besluit vraagt instemming van beide verzekeraars; de tweede verzekeraar heeft nog niet ingestemd.'),
  vraag_stellen: (ctx) => {
    const t = termijnGegevens(ctx);
    if ('ok' in t) return t;
    if (vragentermijnOpen(t.voorgenomenOp, ctx.vandaag, t.dagen)) return null;
    return weiger('validatie', `De vragentermijn is gesloten: vragen konden tot en met ${formatteerDatum(vragentermijnEinde(t.voorgenomenOp, t.dagen))}.`);
  },
  goedkeuren: (ctx, { invoerOverslaan }) => {
    const t = termijnGegevens(ctx);
    if ('ok' in t) return t;
    const einde = vragentermijnEinde(t.voorgenomenOp, t.dagen);
    if (ctx.vandaag <= einde) {
      return weiger(
        'validatie',
        `De vragentermijn van de overige verzekeraars loopt tot en met ${formatteerDatum(einde)}; goedkeuren kan vanaf ${formatteerDatum(plusDagen(einde, 1))}.`,
      );
    }
    const bedrag = ctx.bedragBeschikbaarGesteldEur;
    if (invoerOverslaan) return null;
    if (bedrag === undefined || bedrag === null || !Number.isSafeInteger(bedrag) || bedrag <= 0) {
      return weiger('validatie', "Vul het beschikbaar gestelde bedrag in: een heel aantal euro's groter dan 0.");
    }
    return null;
  },
};

/** Takes an action on a transformatieplan (huidig = null: not submitted yet). */
export function planOvergang(huidig: PlanStatus | null, actie: PlanActie, ctx: PlanContext): Overgang<PlanStatus> {
  return overgang(PLAN_REGELS, PLAN_STATUSSEN, PLAN_ACTIES, 'dit transformatieplan', huidig, actie, ctx, PLAN_CONTROLES, false);
}

/**
 * Actions this user can take now (for buttons). What the form fills in (texts, involvement, second
 * insurer's consent, amount) does not count here; status, role, toets and periods do.
 */
export function toegestanePlanActies(huidig: PlanStatus | null, ctx: PlanContext): PlanActie[] {
  return PLAN_ACTIES.filter(
    (a) => overgang(PLAN_REGELS, PLAN_STATUSSEN, PLAN_ACTIES, 'dit transformatieplan', huidig, a, ctx, PLAN_CONTROLES, true).ok,
  );
}

// ─── KPIs (payment milestones of a plan) ────────────────────────────────────────────────────────
// Recording the result, making payable, paying and releasing (contract §2.4; domain.md §4). Pure:
// state in, change or Dutch message out. The amounts and the ledger come from transformatiemiddelen.ts.

export const KPI_ACTIES = ['resultaat_vastleggen', 'betaalbaar_stellen', 'betalen', 'vrijgeven'] as const;
export type KpiActie = (typeof KPI_ACTIES)[number];

export const KPI_ACTIE_LABELS: Record<KpiActie, string> = {
  resultaat_vastleggen: 'Resultaat vastleggen',
  betaalbaar_stellen: 'Betaalbaar stellen',
  betalen: 'Betaald melden',
  vrijgeven: 'Definitief vrijgeven',
};

export interface KpiToestand {
  bedrag_eur: number | null;
  resultaat: KpiResultaat | null;
  bedrag_definitief_eur: number | null;
  betaalstatus: Betaalstatus | null;
  vrijgave: Vrijgave | null;
}

export interface KpiActieInvoer {
  resultaat?: string | null;
  bedrag_definitief_eur?: number | null;
}

export type KpiWijziging = Partial<Pick<KpiToestand, 'resultaat' | 'bedrag_definitief_eur' | 'betaalstatus' | 'vrijgave'>>;
export type KpiUitkomst = { ok: true; wijziging: KpiWijziging } | { ok: false; fout: string; veld?: string };

function nee(fout: string, veld?: string): KpiUitkomst {
  return { ok: false, fout, veld };
}

/** Applies an action to a KPI's state. The plan must be approved; the caller checks that. */
export function kpiOvergang(stand: KpiToestand, actie: KpiActie, invoer: KpiActieInvoer = {}): KpiUitkomst {
  const resultaat = stand.resultaat ?? 'open';
  const betaalstatus = stand.betaalstatus ?? 'open';
  switch (actie) {
    case 'resultaat_vastleggen': {
      if (resultaat !== 'open') return nee(`Het resultaat is al vastgelegd ('${resultaat}').`);
      const bedrag = stand.bedrag_eur;
      if (bedrag === null) return nee('Deze KPI heeft geen bedrag; leg eerst het KPI-bedrag vast.');
      const nieuw = invoer.resultaat;
      if (nieuw === 'behaald') {
        if (invoer.bedrag_definitief_eur != null && invoer.bedrag_definitief_eur !== bedrag) {
          return nee('Bij een behaalde KPI is het definitieve bedrag gelijk aan het KPI-bedrag; kies anders "deels behaald".', 'bedrag_definitief_eur');
        }
        return { ok: true, wijziging: { resultaat: 'behaald', bedrag_definitief_eur: bedrag } };
      }
      if (nieuw === 'deels behaald') {
        const d = invoer.bedrag_definitief_eur;
        if (d == null || !Number.isSafeInteger(d) || d <= 0 || d >= bedrag) {
          return nee(`Vul bij "deels behaald" het definitieve bedrag in: hele euro's, meer dan € 0 en minder dan het KPI-bedrag.`, 'bedrag_definitief_eur');
        }
        // the part not paid out waits for release (contract §3, nog_vrij_te_geven)
        return { ok: true, wijziging: { resultaat: 'deels behaald', bedrag_definitief_eur: d, vrijgave: 'nog vrij te geven' } };
      }
      if (nieuw === 'niet behaald') {
        return { ok: true, wijziging: { resultaat: 'niet behaald', bedrag_definitief_eur: 0, vrijgave: 'nog vrij te geven' } };
      }
      return nee('Kies het resultaat: behaald, deels behaald of niet behaald.', 'resultaat');
    }
    case 'betaalbaar_stellen':
      if (resultaat !== 'behaald' && resultaat !== 'deels behaald') {
        return nee('Alleen een behaalde of deels behaalde KPI kan betaalbaar worden gesteld.');
      }
      if (betaalstatus !== 'open') return nee(`Deze KPI is al ${betaalstatus}.`);
      return { ok: true, wijziging: { betaalstatus: 'betaalbaar gesteld' } };
    case 'betalen':
      if (betaalstatus !== 'betaalbaar gesteld') return nee('Alleen een betaalbaar gestelde KPI kan als betaald worden gemeld.');
      return { ok: true, wijziging: { betaalstatus: 'betaald' } };
    case 'vrijgeven':
      if (stand.vrijgave !== 'nog vrij te geven') return nee('Er is bij deze KPI geen bedrag dat nog vrij te geven is.');
      return { ok: true, wijziging: { vrijgave: 'definitief vrijgegeven' } };
  }
}

/** Actions possible in this state (for buttons); what goes in the form does not count. */
export function toegestaneKpiActies(stand: KpiToestand): KpiActie[] {
  return KPI_ACTIES.filter((a) => {
    if (a === 'resultaat_vastleggen') return (stand.resultaat ?? 'open') === 'open' && stand.bedrag_eur !== null;
    return kpiOvergang(stand, a).ok;
  });
}
