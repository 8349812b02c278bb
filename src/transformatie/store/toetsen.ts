// Transformation store: snelle toetsen (submit, actions).
import type { Db } from '../../platform/db.js';
import { type Datum, type ToetsStatus } from '../../domein/begrippen.js';
import { TOETS_ACTIES, toegestaneToetsActies, toetsOvergang, type ToetsActie, type ToetsContext } from '../../domein/workflow.js';
import { isCoordinerendVoor, isIndienerVan } from '../../domein/beleid.js';
import { controleerToetsInvoer, type ToetsInvoer } from '../../domein/transformatie-invoer.js';
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
  volgendId,
  type ActieInvoer,
  type Uitkomst, inTransactie } from './schrijven.js';
import { sluitingsdatum, toetsOp, type ToetsStand } from './standen.js';
import { herkenGebied, regiosVan } from '../../domein/regios.js';
import { regioboekUitDb } from '../../kern/regios.js';
import type { Queryable } from '../../platform/db.js';

/** The IZA regions (zorgkantoorregio's, 002 L10962–10988) the forms offer, from the region reference data. */
export async function izaRegios(db: Queryable): Promise<string[]> {
  return regiosVan(await regioboekUitDb(db), 'zorgkantoorregio').map((g) => g.naam);
}

/**
 * Checks the regions of a toets against the IZA regions (issue 18): a code or alias becomes the region's
 * name; an unknown value is a message that names the closest names (same rule as the importer).
 */
async function controleerRegios(db: Queryable, regios: string[]): Promise<{ regios: string[]; fout: string | null }> {
  if (regios.length === 0) return { regios, fout: null };
  const boek = await regioboekUitDb(db);
  const uit: string[] = [];
  const fouten: string[] = [];
  for (const r of regios) {
    const u = herkenGebied(boek, r, { indelingen: ['zorgkantoorregio'] });
    if (u.ok) uit.push(u.gebied.naam);
    else fouten.push(u.reden);
  }
  return { regios: [...new Set(uit)], fout: fouten.length ? fouten.join(' ') : null };
}

// ---------------------------------------------------------------------------------------------
// Snelle toetsen

function toetsCtx(g: Gebruiker, rol: string, toets: ToetsStand | null, vandaag: Datum, extra: Partial<ToetsContext> = {}): ToetsContext {
  return {
    rol,
    isIndiener: toets ? isIndienerVan(g, toets) : true,
    isCoordinerend: toets ? isCoordinerendVoor(g, toets.coordinerend_verzekeraar) : false,
    vandaag,
    ...extra,
  };
}

/** Acties op een toets die deze gebruiker nu kan doen (knoppen). */
export function toetsActiesVoor(g: Gebruiker | null, toets: ToetsStand, vandaag: Datum, sluiting?: Datum): ToetsActie[] {
  if (!g) return [];
  const alle = new Set<ToetsActie>();
  for (const rol of g.rollen) for (const a of toegestaneToetsActies(toets.status, toetsCtx(g, rol, toets, vandaag, { sluitingsdatum: sluiting }))) alle.add(a);
  return TOETS_ACTIES.filter((a) => alle.has(a));
}

/** Of de gebruiker nu een nieuwe snelle toets kan indienen (rol en sluitingsdatum, zonder uitzondering). */
export function magToetsIndienen(g: Gebruiker | null, vandaag: Datum, sluiting: Datum): { mag: boolean; gesloten: boolean } {
  if (!g) return { mag: false, gesloten: false };
  const gesloten = vandaag >= sluiting;
  const mag = g.rollen.some((rol) => toegestaneToetsActies(null, toetsCtx(g, rol, null, vandaag, { sluitingsdatum: sluiting, uitzondering: gesloten })).includes('indienen'));
  return { mag, gesloten };
}

export async function dienToetsIn(db: Db, invoer: ToetsInvoer, g: Gebruiker, vandaag: Datum): Promise<Uitkomst<{ id: string }>> {
  const velden = controleerToetsInvoer(invoer);
  const regios = await controleerRegios(db, invoer.regios);
  if (regios.fout) velden.regios = regios.fout;
  return inTransactie(db, async (tx) => {
    const sluiting = await sluitingsdatum(tx);
    const overgang = metRollen(g, (rol) =>
      toetsOvergang(null, 'indienen', toetsCtx(g, rol, null, vandaag, { sluitingsdatum: sluiting, uitzondering: invoer.uitzondering, toelichting: invoer.toelichting })),
    );
    if (!overgang.ok) {
      // after the closing date: the rule is the form's message; the field says what to do about it
      if (overgang.soort === 'validatie' && vandaag >= sluiting) {
        if (!invoer.uitzondering) velden.uitzondering = 'Vink dit aan als de coördinerend zorgverzekeraar is gemeld dat een plan bijna af is.';
        else velden.toelichting = overgang.fout;
      }
      return mislukt(overgang.soort, overgang.fout, Object.keys(velden).length ? velden : undefined);
    }
    if (Object.keys(velden).length) return mislukt('validatie', 'Het formulier is niet compleet; zie de meldingen bij de velden.', velden);

    const id = await volgendId(tx, 'toets', 'ST', 4, 'snelle_toetsen_log');
    await vergrendel(tx, 'toets', id);
    const rij = {
      id,
      titel: invoer.titel.trim(),
      regios: regios.regios,
      sectoren: invoer.sectoren,
      themas: invoer.themas,
      ingediend_op: vandaag,
      status: overgang.nieuweStatus,
      status_sleutel: overgang.nieuweStatus,
      status_datum: vandaag,
      coordinerend_verzekeraar: invoer.coordinerend_verzekeraar.trim(),
      door: g.email,
    };
    await schrijfLogRij(tx, 'snelle_toetsen_log', ['id', 'status_datum', 'status_sleutel'], rij);
    await tx.query(
      `INSERT INTO snelle_toetsen_app (id, indiener_organisatie_id, indiener_organisatie_naam, omschrijving, gevraagd_bedrag_eur, uitzondering_toelichting)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, g.organisatie_id, g.organisatie_naam, invoer.omschrijving.trim(), invoer.gevraagd_bedrag_eur, vandaag >= sluiting ? tekstOf(invoer.toelichting) : null],
    );
    await verhoogVersie(tx, 'toets', id);
    await schrijfHandeling(tx, g, { soort: 'toets', item_id: id, actie: 'indienen', naar: overgang.nieuweStatus, datum: vandaag, tekst: vandaag >= sluiting ? invoer.toelichting : null });
    await schrijfAudit(tx, { door: g.email, actie: 'toets.indienen', object_soort: 'snelle_toets', object_id: id, voor: null, na: { ...rij, omschrijving: invoer.omschrijving, gevraagd_bedrag_eur: invoer.gevraagd_bedrag_eur } });
    return { ok: true as const, id };
  });
}


export async function voerToetsActieUit(db: Db, invoer: ActieInvoer<ToetsActie>, g: Gebruiker, vandaag: Datum): Promise<Uitkomst<{ status: ToetsStatus; versie: number }>> {
  if (!(TOETS_ACTIES as readonly string[]).includes(invoer.actie)) return mislukt('ongeldig', `Onbekende actie '${invoer.actie}'.`);
  return inTransactie(db, async (tx) => {
    const versie = await vergrendel(tx, 'toets', invoer.id);
    const huidig = await toetsOp(tx, invoer.id, vandaag);
    if (!huidig) return mislukt('niet_gevonden', `Snelle toets ${invoer.id} bestaat niet.`);
    const conflict = controleerVersie('toets', invoer, { versie, status: huidig.status });
    if (conflict) return conflict;
    const overgang = metRollen(g, (rol) => toetsOvergang(huidig.status, invoer.actie, toetsCtx(g, rol, huidig, vandaag, { reden: invoer.reden, toelichting: invoer.toelichting })));
    if (!overgang.ok) return uitWeigering(overgang);
    const rij = {
      id: huidig.id,
      ingediend_op: huidig.ingediend_op,
      status: overgang.nieuweStatus,
      status_sleutel: overgang.nieuweStatus,
      status_datum: vandaag,
      door: g.email,
    };
    await schrijfLogRij(tx, 'snelle_toetsen_log', ['id', 'status_datum', 'status_sleutel'], rij);
    const nieuweVersie = await verhoogVersie(tx, 'toets', huidig.id);
    const tekst = tekstOf(invoer.reden, invoer.toelichting);
    await schrijfHandeling(tx, g, { soort: 'toets', item_id: huidig.id, actie: invoer.actie, van: huidig.status, naar: overgang.nieuweStatus, datum: vandaag, tekst });
    await schrijfAudit(tx, {
      door: g.email,
      actie: `toets.${invoer.actie}`,
      object_soort: 'snelle_toets',
      object_id: huidig.id,
      voor: { status: huidig.status, versie },
      na: { status: overgang.nieuweStatus, versie: nieuweVersie, tekst },
    });
    return { ok: true as const, status: overgang.nieuweStatus, versie: nieuweVersie };
  });
}
