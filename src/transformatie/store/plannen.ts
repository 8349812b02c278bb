// Transformation store: transformatieplannen (submit, actions, questions, NZa beschikking, ventiel).
import type { Db, Queryable } from '../../platform/db.js';
import { type Datum, type PlanStatus } from '../../domein/begrippen.js';
import { PLAN_ACTIES, planOvergang, toegestanePlanActies, type PlanActie, type PlanContext } from '../../domein/workflow.js';
import { isIsoDatum } from '../../domein/getallen.js';
import { isCoordinerendVoor, isIndienerVan } from '../../domein/beleid.js';
import { controleerPlanInvoer, type PlanInvoer } from '../../domein/transformatie-invoer.js';
import { schrijfAudit } from '../../kern/audit.js';
import type { Gebruiker } from '../../domein/beleid.js';
import {
  controleerVersie,
  metRollen,
  mislukt,
  schrijfHandeling,
  schrijfLogRij,
  tekstOf,
  uitWeigering,
  vergrendel,
  verhoogVersie,
  vergrendelPlan,
  volgendId,
  type ActieInvoer,
  type Uitkomst, inTransactie } from './schrijven.js';
import { planOp, plannenVanToets, toetsOp, voorgenomenOp, vragentermijnDagen, type PlanStandRij, type ToetsStand, type Vraag } from './standen.js';

// ---------------------------------------------------------------------------------------------
// Transformatieplannen


interface PlanContextBron {
  plan: PlanStandRij | null;
  toets: ToetsStand | null;
  voorgenomenOp: Datum | null;
  termijn: number;
}

function planCtx(g: Gebruiker, rol: string, b: PlanContextBron, vandaag: Datum, extra: Partial<PlanContext> = {}): PlanContext {
  const indiener = b.plan ?? b.toets;
  return {
    rol,
    isIndiener: indiener ? isIndienerVan(g, indiener) : false,
    isCoordinerend: isCoordinerendVoor(g, b.toets?.coordinerend_verzekeraar ?? null),
    vandaag,
    toetsStatus: b.toets?.status ?? null,
    voorgenomenOp: b.voorgenomenOp,
    vragentermijnDagen: b.termijn,
    ...extra,
  };
}

/** Acties op een plan die deze gebruiker nu kan doen (knoppen). */
export function planActiesVoor(g: Gebruiker | null, b: PlanContextBron, vandaag: Datum): PlanActie[] {
  if (!g || !b.plan) return [];
  const alle = new Set<PlanActie>();
  for (const rol of g.rollen) for (const a of toegestanePlanActies(b.plan.status, planCtx(g, rol, b, vandaag))) alle.add(a);
  return PLAN_ACTIES.filter((a) => alle.has(a));
}

/** Of de gebruiker op deze toets een plan kan indienen (rol, eigenaarschap, toets goedgekeurd). */
export function magPlanIndienen(g: Gebruiker | null, toets: ToetsStand, vandaag: Datum): boolean {
  if (!g) return false;
  return g.rollen.some((rol) => toegestanePlanActies(null, planCtx(g, rol, { plan: null, toets, voorgenomenOp: null, termijn: 0 }, vandaag)).includes('indienen'));
}

export async function planContextBron(db: Queryable, plan: PlanStandRij, peildatum: Datum): Promise<PlanContextBron> {
  const toets = plan.snelle_toets_id ? await toetsOp(db, plan.snelle_toets_id, peildatum) : null;
  return { plan, toets, voorgenomenOp: await voorgenomenOp(db, plan.id, peildatum), termijn: await vragentermijnDagen(db) };
}

export async function dienPlanIn(db: Db, invoer: PlanInvoer, g: Gebruiker, vandaag: Datum): Promise<Uitkomst<{ id: string }>> {
  const velden = controleerPlanInvoer(invoer);
  return inTransactie(db, async (tx) => {
    // de toets vergrendelen: twee plannen tegelijk op één toets kan niet
    await vergrendel(tx, 'toets', invoer.toetsId);
    const toets = await toetsOp(tx, invoer.toetsId, vandaag);
    if (!toets) return mislukt('niet_gevonden', `Snelle toets ${invoer.toetsId} bestaat niet.`);
    const overgang = metRollen(g, (rol) =>
      planOvergang(null, 'indienen', planCtx(g, rol, { plan: null, toets, voorgenomenOp: null, termijn: 0 }, vandaag, { betrokkenheidPatienten: invoer.betrokkenheid_patienten })),
    );
    if (!overgang.ok) {
      if (overgang.soort === 'validatie' && /patiënten/.test(overgang.fout)) velden.betrokkenheid_patienten = overgang.fout;
      else return mislukt(overgang.soort, overgang.fout, Object.keys(velden).length ? velden : undefined);
    }
    const bestaand = (await plannenVanToets(tx, toets.id, vandaag)).filter((p) => p.status !== 'Afgekeurd');
    if (bestaand.length > 0) {
      return mislukt('validatie', `Voor snelle toets ${toets.id} is al een transformatieplan ingediend (${bestaand.map((p) => p.id).join(', ')}).`);
    }
    if (Object.keys(velden).length || !overgang.ok) return mislukt('validatie', 'Het formulier is niet compleet; zie de meldingen bij de velden.', velden);

    const id = await volgendId(tx, 'plan', 'TP', 3, 'transformatieplannen_log');
    await vergrendel(tx, 'plan', id);
    const rij = {
      id,
      snelle_toets_id: toets.id,
      titel: invoer.titel.trim(),
      ingediend_op: vandaag,
      status: overgang.nieuweStatus,
      status_sleutel: overgang.nieuweStatus,
      status_datum: vandaag,
      betrokkenheid_patienten: invoer.betrokkenheid_patienten === 'ja' || invoer.betrokkenheid_patienten === 'nee' ? invoer.betrokkenheid_patienten : null,
      bedrag_aangevraagd_eur: invoer.bedrag_aangevraagd_eur,
      door: g.email,
    };
    await schrijfLogRij(tx, 'transformatieplannen_log', ['id', 'status_datum', 'status_sleutel'], rij);
    await tx.query(
      `INSERT INTO transformatieplannen_app (id, indiener_organisatie_id, indiener_organisatie_naam, omschrijving) VALUES ($1, $2, $3, $4)`,
      [id, g.organisatie_id, g.organisatie_naam, invoer.omschrijving.trim()],
    );
    await verhoogVersie(tx, 'plan', id);
    await schrijfHandeling(tx, g, { soort: 'plan', item_id: id, actie: 'indienen', naar: overgang.nieuweStatus, datum: vandaag });
    await schrijfAudit(tx, { door: g.email, actie: 'plan.indienen', object_soort: 'transformatieplan', object_id: id, voor: null, na: { ...rij, omschrijving: invoer.omschrijving } });
    return { ok: true as const, id };
  });
}

export interface PlanActieInvoer extends ActieInvoer<PlanActie> {
  akkoordTweedeVerzekeraar?: boolean;
  tweedeVerzekeraar?: string;
  bedragBeschikbaarGesteldEur?: number | null;
}

export async function voerPlanActieUit(db: Db, invoer: PlanActieInvoer, g: Gebruiker, vandaag: Datum): Promise<Uitkomst<{ status: PlanStatus; versie: number }>> {
  if (!(PLAN_ACTIES as readonly string[]).includes(invoer.actie)) return mislukt('ongeldig', `Onbekende actie '${invoer.actie}'.`);
  return inTransactie(db, async (tx) => {
    const vast = await vergrendelPlan(tx, invoer.id, vandaag, invoer);
    if ('ok' in vast) return vast;
    const { plan, versie } = vast;
    const bron = await planContextBron(tx, plan, vandaag);
    if (invoer.actie === 'besluit_voornemen' && invoer.akkoordTweedeVerzekeraar && !invoer.tweedeVerzekeraar?.trim()) {
      return mislukt('validatie', 'Vul in welke tweede verzekeraar instemt.', { tweede_verzekeraar: 'Vul in welke tweede verzekeraar instemt.' });
    }
    const overgang = metRollen(g, (rol) =>
      planOvergang(
        plan.status,
        invoer.actie,
        planCtx(g, rol, bron, vandaag, {
          reden: invoer.reden,
          toelichting: invoer.toelichting,
          akkoordTweedeVerzekeraar: invoer.akkoordTweedeVerzekeraar,
          bedragBeschikbaarGesteldEur: invoer.bedragBeschikbaarGesteldEur,
        }),
      ),
    );
    if (!overgang.ok) {
      const w = uitWeigering(overgang);
      if (overgang.soort === 'validatie' && invoer.actie === 'goedkeuren' && /bedrag/.test(overgang.fout)) w.velden = { bedrag: overgang.fout };
      if (overgang.soort === 'validatie' && invoer.actie === 'besluit_voornemen') w.velden = { akkoord_tweede_verzekeraar: overgang.fout };
      return w;
    }
    const tekst = tekstOf(invoer.reden, invoer.toelichting);
    if (invoer.actie === 'vraag_stellen') {
      // geen statuswijziging: de vraag gaat naar de vragenlijst van het voorgenomen besluit
      await tx.query(`INSERT INTO transformatie_vragen (plan_id, gesteld_op, door, door_organisatie, vraag) VALUES ($1, $2, $3, $4, $5)`, [
        plan.id,
        vandaag,
        g.email,
        g.organisatie_naam,
        tekst,
      ]);
    } else {
      const rij: Record<string, unknown> = {
        id: plan.id,
        snelle_toets_id: plan.snelle_toets_id,
        ingediend_op: plan.ingediend_op,
        status: overgang.nieuweStatus,
        status_sleutel: overgang.nieuweStatus,
        status_datum: vandaag,
        door: g.email,
      };
      if (invoer.actie === 'goedkeuren') rij.bedrag_beschikbaar_gesteld_eur = invoer.bedragBeschikbaarGesteldEur;
      await schrijfLogRij(tx, 'transformatieplannen_log', ['id', 'status_datum', 'status_sleutel'], rij);
      if (invoer.actie === 'besluit_voornemen') {
        await tx.query(
          `INSERT INTO transformatieplannen_app (id, tweede_verzekeraar) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET tweede_verzekeraar = EXCLUDED.tweede_verzekeraar`,
          [plan.id, invoer.tweedeVerzekeraar?.trim() || null],
        );
      }
    }
    const nieuweVersie = await verhoogVersie(tx, 'plan', plan.id);
    const details: Record<string, unknown> = {};
    if (invoer.actie === 'goedkeuren') details.bedrag_beschikbaar_gesteld_eur = invoer.bedragBeschikbaarGesteldEur;
    if (invoer.actie === 'besluit_voornemen') details.tweede_verzekeraar = invoer.tweedeVerzekeraar?.trim() || null;
    await schrijfHandeling(tx, g, { soort: 'plan', item_id: plan.id, actie: invoer.actie, van: plan.status, naar: overgang.nieuweStatus, datum: vandaag, tekst, details });
    await schrijfAudit(tx, {
      door: g.email,
      actie: `plan.${invoer.actie}`,
      object_soort: 'transformatieplan',
      object_id: plan.id,
      voor: { status: plan.status, versie },
      na: { status: overgang.nieuweStatus, versie: nieuweVersie, tekst, ...details },
    });
    return { ok: true as const, status: overgang.nieuweStatus, versie: nieuweVersie };
  });
}

/** Het antwoord van de coördinerend verzekeraar op een vraag uit de vragentermijn. */
export async function beantwoordVraag(db: Db, invoer: { planId: string; vraagId: number; antwoord: string }, g: Gebruiker, vandaag: Datum): Promise<Uitkomst> {
  if (!invoer.antwoord.trim()) return mislukt('validatie', 'Vul het antwoord in.', { antwoord: 'Vul het antwoord in.' });
  return inTransactie(db, async (tx) => {
    const vast = await vergrendelPlan(tx, invoer.planId, vandaag);
    if ('ok' in vast) return vast;
    const { plan, toets } = vast;
    const mag = g.rollen.includes('beheerder') || (g.rollen.includes('coordinerend-verzekeraar') && isCoordinerendVoor(g, toets?.coordinerend_verzekeraar ?? null));
    if (!mag) return mislukt('verboden', 'Alleen de coördinerend verzekeraar van dit plan of een beheerder kan vragen beantwoorden.');
    const [vraag] = await tx.query<Vraag>(`SELECT * FROM transformatie_vragen WHERE id = $1 AND plan_id = $2 FOR UPDATE`, [invoer.vraagId, invoer.planId]);
    if (!vraag) return mislukt('niet_gevonden', 'Deze vraag bestaat niet.');
    if (vraag.antwoord) return mislukt('conflict', 'Deze vraag is intussen al beantwoord; uw antwoord is niet opgeslagen.');
    await tx.query(`UPDATE transformatie_vragen SET antwoord = $2, beantwoord_op = $3, beantwoord_door = $4 WHERE id = $1`, [vraag.id, invoer.antwoord.trim(), vandaag, g.email]);
    await verhoogVersie(tx, 'plan', plan.id);
    await schrijfHandeling(tx, g, { soort: 'plan', item_id: plan.id, actie: 'vraag_beantwoorden', van: plan.status, naar: plan.status, datum: vandaag, tekst: invoer.antwoord, details: { vraag_id: vraag.id } });
    await schrijfAudit(tx, { door: g.email, actie: 'plan.vraag_beantwoorden', object_soort: 'transformatieplan', object_id: plan.id, voor: { vraag_id: vraag.id, antwoord: null }, na: { vraag_id: vraag.id, antwoord: invoer.antwoord.trim() } });
    return { ok: true as const };
  });
}

/** NZa-beschikking op een goedgekeurd plan (rol nza of beheerder). */
export async function legNzaBeschikkingVast(
  db: Db,
  invoer: { planId: string; versie?: number | null; datum: string; bedrag_eur: number | null },
  g: Gebruiker,
  vandaag: Datum,
): Promise<Uitkomst<{ versie: number }>> {
  const velden: Record<string, string> = {};
  if (!isIsoDatum(invoer.datum)) velden.nza_beschikking_datum = 'Vul de datum van de beschikking in (JJJJ-MM-DD).';
  else if (invoer.datum > vandaag) velden.nza_beschikking_datum = 'De datum van de beschikking ligt in de toekomst.';
  if (invoer.bedrag_eur === null || !Number.isSafeInteger(invoer.bedrag_eur) || invoer.bedrag_eur <= 0) velden.nza_bedrag_eur = "Vul het bedrag in hele euro's in, groter dan 0.";
  if (!g.rollen.includes('nza') && !g.rollen.includes('beheerder')) return mislukt('verboden', 'Alleen de NZa (of een beheerder) legt beschikkingen vast.');
  return inTransactie(db, async (tx) => {
    const vast = await vergrendelPlan(tx, invoer.planId, vandaag, invoer);
    if ('ok' in vast) return vast;
    const { plan, versie } = vast;
    if (plan.status !== 'Goedgekeurd') return mislukt('ongeldig', `Een NZa-beschikking kan alleen op een goedgekeurd plan; dit plan heeft de status '${plan.status}'.`);
    if (Object.keys(velden).length) return mislukt('validatie', 'Het formulier is niet compleet; zie de meldingen bij de velden.', velden);
    await schrijfLogRij(tx, 'transformatieplannen_log', ['id', 'status_datum', 'status_sleutel'], {
      id: plan.id,
      snelle_toets_id: plan.snelle_toets_id,
      ingediend_op: plan.ingediend_op,
      status: plan.status,
      status_sleutel: plan.status,
      status_datum: vandaag,
      nza_beschikking_datum: invoer.datum,
      nza_bedrag_eur: invoer.bedrag_eur,
      door: g.email,
    });
    const nieuweVersie = await verhoogVersie(tx, 'plan', plan.id);
    const na = { nza_beschikking_datum: invoer.datum, nza_bedrag_eur: invoer.bedrag_eur };
    await schrijfHandeling(tx, g, { soort: 'plan', item_id: plan.id, actie: 'nza_beschikking', van: plan.status, naar: plan.status, datum: vandaag, details: na });
    await schrijfAudit(tx, {
      door: g.email,
      actie: 'plan.nza_beschikking',
      object_soort: 'transformatieplan',
      object_id: plan.id,
      voor: { nza_beschikking_datum: plan.nza_beschikking_datum, nza_bedrag_eur: plan.nza_bedrag_eur, versie },
      na: { ...na, versie: nieuweVersie },
    });
    return { ok: true as const, versie: nieuweVersie };
  });
}

/** De VWS-ventielroute aan- of uitzetten (alleen een route: het plan telt overal gewoon mee). */
export async function zetVentiel(db: Db, invoer: { planId: string; versie?: number | null; ventiel: boolean }, g: Gebruiker, vandaag: Datum): Promise<Uitkomst<{ versie: number }>> {
  return inTransactie(db, async (tx) => {
    const vast = await vergrendelPlan(tx, invoer.planId, vandaag, invoer);
    if ('ok' in vast) return vast;
    const { plan, versie } = vast;
    if (plan.status === 'Afgekeurd') return mislukt('ongeldig', 'Een afgekeurd plan loopt niet via het ventiel.');
    await schrijfLogRij(tx, 'transformatieplannen_log', ['id', 'status_datum', 'status_sleutel'], {
      id: plan.id,
      snelle_toets_id: plan.snelle_toets_id,
      ingediend_op: plan.ingediend_op,
      status: plan.status,
      status_sleutel: plan.status ?? '',
      status_datum: vandaag,
      ventiel: invoer.ventiel,
      door: g.email,
    });
    const nieuweVersie = await verhoogVersie(tx, 'plan', plan.id);
    await schrijfHandeling(tx, g, { soort: 'plan', item_id: plan.id, actie: 'ventiel', van: plan.status, naar: plan.status, datum: vandaag, details: { ventiel: invoer.ventiel } });
    await schrijfAudit(tx, { door: g.email, actie: 'plan.ventiel', object_soort: 'transformatieplan', object_id: plan.id, voor: { ventiel: plan.ventiel, versie }, na: { ventiel: invoer.ventiel, versie: nieuweVersie } });
    return { ok: true as const, versie: nieuweVersie };
  });
}
