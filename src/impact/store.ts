// SQL of the fte-impact part: the KPMG model as imported (impact_maatregelen, impact_codekoppelingen)
// and the calculator's named scenarios (impact_scenarios + impact_scenario_versies, migration 0012).
// A scenario belongs to an organisation; its owner chooses who sees it; every save is a new version.
import type { Db, Queryable } from '../platform/db.js';
import type { Gebruiker } from '../domein/beleid.js';
import { leesInvulling, type ImpactRij, type Invulling } from '../domein/impact.js';
import { schrijfAudit } from '../kern/audit.js';

export const MODEL_VERSIE = 'concept-0.6';

/** The rows of the model in a stable order: clusters by title with "overige" last, measures by code. */
export async function modelRijen(db: Queryable): Promise<ImpactRij[]> {
  const rijen = await db.query<Record<string, unknown>>(
    `SELECT versie, soort, code, titel, cluster, werknemers_laag, werknemers_gemiddeld, werknemers_hoog,
            fte_laag, fte_gemiddeld, fte_hoog, deeltijdfactor::float8 AS deeltijdfactor, betrouwbaarheid,
            randvoorwaarden, neveneffecten_positief, neveneffecten_negatief, aantal, azwa_codes, toelichting, bron
       FROM impact_maatregelen
      ORDER BY versie, soort, (code = 'overige'), CASE WHEN soort = 'maatregel' THEN code ELSE titel END, code`,
  );
  return rijen as unknown as ImpactRij[];
}

export interface Codekoppeling {
  versie_van: string;
  code_van: string;
  titel_van: string | null;
  versie_naar: string;
  code_naar: string;
  titel_naar: string | null;
  geverifieerd: boolean;
  bron: string;
  toelichting: string | null;
}

export async function codekoppelingen(db: Queryable): Promise<Codekoppeling[]> {
  return db.query<Codekoppeling>(
    `SELECT versie_van, code_van, titel_van, versie_naar, code_naar, titel_naar, geverifieerd, bron, toelichting
       FROM impact_codekoppelingen ORDER BY versie_van, code_van, versie_naar`,
  );
}

export const ZICHTBAARHEDEN = ['eigen', 'organisatie', 'iedereen'] as const;
export type Zichtbaarheid = (typeof ZICHTBAARHEDEN)[number];
export const ZICHTBAARHEID_TEKST: Record<Zichtbaarheid, string> = {
  eigen: 'Alleen ikzelf',
  organisatie: 'Mijn organisatie',
  iedereen: 'Alle ingelogde gebruikers',
};

export interface Scenario {
  id: number;
  naam: string;
  model_versie: string;
  organisatie_id: number;
  organisatie_naam: string;
  eigenaar_id: number;
  eigenaar_naam: string;
  zichtbaarheid: Zichtbaarheid;
  versie: number;
  invullingen: Record<string, Invulling>;
  toelichting: string | null;
  door: string;
  opgeslagen_op: string;
}

/** The visibility rule as SQL over `s` (impact_scenarios), for user $1 of organisation $2. */
const ZICHTBAAR = `(s.eigenaar_id = $1 OR s.zichtbaarheid = 'iedereen' OR (s.zichtbaarheid = 'organisatie' AND s.organisatie_id = $2))`;

const SELECTIE = `SELECT s.id::int AS id, s.naam, s.model_versie, s.organisatie_id::int AS organisatie_id, o.naam AS organisatie_naam,
                         s.eigenaar_id::int AS eigenaar_id, g.naam AS eigenaar_naam, s.zichtbaarheid,
                         v.versie, v.invullingen, v.toelichting, v.door, to_char(v.opgeslagen_op, 'YYYY-MM-DD"T"HH24:MI:SS') AS opgeslagen_op
                    FROM impact_scenarios s
                    JOIN organisaties o ON o.id = s.organisatie_id
                    JOIN gebruikers g ON g.id = s.eigenaar_id
                    JOIN impact_scenario_versies v ON v.scenario_id = s.id`;

/** Invullingen as stored (JSON) back to the domain's type; anything unreadable is left out. */
function invullingenVan(json: unknown): Record<string, Invulling> {
  const uit: Record<string, Invulling> = {};
  for (const [code, w] of Object.entries((json ?? {}) as Record<string, unknown>)) {
    const i = leesInvulling(String(w));
    if (i !== null) uit[code] = i;
  }
  return uit;
}

function scenarioVan(r: Record<string, unknown>): Scenario {
  return { ...(r as unknown as Scenario), invullingen: invullingenVan(r.invullingen) };
}

/** The scenarios a user may see, newest version each, newest first. */
export async function zichtbareScenarios(db: Db, g: Gebruiker): Promise<Scenario[]> {
  const rijen = await db.query<Record<string, unknown>>(
    `${SELECTIE}
      WHERE ${ZICHTBAAR} AND v.versie = (SELECT max(versie) FROM impact_scenario_versies x WHERE x.scenario_id = s.id)
      ORDER BY v.opgeslagen_op DESC, s.id DESC`,
    [g.id, g.organisatie_id],
  );
  return rijen.map(scenarioVan);
}

/** One scenario at a version (default: the newest), or null when it does not exist or is not visible. */
export async function scenario(db: Db, g: Gebruiker, id: number, versie?: number): Promise<Scenario | null> {
  const rijen = await db.query<Record<string, unknown>>(
    `${SELECTIE}
      WHERE ${ZICHTBAAR} AND s.id = $3
        AND v.versie = coalesce($4::int, (SELECT max(versie) FROM impact_scenario_versies x WHERE x.scenario_id = s.id))`,
    [g.id, g.organisatie_id, id, versie ?? null],
  );
  return rijen[0] ? scenarioVan(rijen[0]) : null;
}

export async function scenarioVersies(db: Db, id: number): Promise<{ versie: number; door: string; opgeslagen_op: string; toelichting: string | null }[]> {
  return db.query(
    `SELECT versie, door, to_char(opgeslagen_op, 'YYYY-MM-DD"T"HH24:MI:SS') AS opgeslagen_op, toelichting
       FROM impact_scenario_versies WHERE scenario_id = $1 ORDER BY versie DESC`,
    [id],
  );
}

export class ScenarioFout extends Error {}

/**
 * Saves a scenario under a name of the user's organisation: a new scenario (version 1), or a new
 * version of the one with that name when the user owns it. Someone else's name is refused.
 */
export async function slaScenarioOp(
  db: Db,
  g: Gebruiker,
  invoer: { naam: string; zichtbaarheid: Zichtbaarheid; invullingen: Record<string, Invulling>; toelichting: string | null },
): Promise<{ id: number; versie: number }> {
  return db.transaction(async (tx) => {
    const bestaand = await tx.query<{ id: number; eigenaar_id: number; zichtbaarheid: string }>(
      `SELECT id::int AS id, eigenaar_id::int AS eigenaar_id, zichtbaarheid FROM impact_scenarios WHERE organisatie_id = $1 AND naam = $2 FOR UPDATE`,
      [g.organisatie_id, invoer.naam],
    );
    let id: number;
    let versie: number;
    if (bestaand[0]) {
      if (bestaand[0].eigenaar_id !== g.id) {
        throw new ScenarioFout(`Uw organisatie heeft al een scenario "${invoer.naam}" van een collega. Kies een andere naam.`);
      }
      id = bestaand[0].id;
      await tx.query(`UPDATE impact_scenarios SET zichtbaarheid = $2 WHERE id = $1`, [id, invoer.zichtbaarheid]);
      [{ versie }] = await tx.query<{ versie: number }>(`SELECT max(versie) + 1 AS versie FROM impact_scenario_versies WHERE scenario_id = $1`, [id]);
    } else {
      [{ id }] = await tx.query<{ id: number }>(
        `INSERT INTO impact_scenarios (naam, model_versie, organisatie_id, eigenaar_id, zichtbaarheid) VALUES ($1, $2, $3, $4, $5) RETURNING id::int AS id`,
        [invoer.naam, MODEL_VERSIE, g.organisatie_id, g.id, invoer.zichtbaarheid],
      );
      versie = 1;
    }
    const invullingen = Object.fromEntries(Object.entries(invoer.invullingen).map(([k, v]) => [k, String(v)]));
    await tx.query(
      `INSERT INTO impact_scenario_versies (scenario_id, versie, invullingen, toelichting, door) VALUES ($1, $2, $3, $4, $5)`,
      [id, versie, JSON.stringify(invullingen), invoer.toelichting, g.email],
    );
    await schrijfAudit(tx, {
      door: g.email,
      actie: 'impact.scenario-opgeslagen',
      object_soort: 'impact_scenario',
      object_id: String(id),
      voor: bestaand[0] ? { zichtbaarheid: bestaand[0].zichtbaarheid } : undefined,
      na: { naam: invoer.naam, versie, zichtbaarheid: invoer.zichtbaarheid, invullingen },
    });
    return { id, versie };
  });
}

/** The owner changes who sees a scenario. Returns false when the user is not its owner. */
export async function zetZichtbaarheid(db: Db, g: Gebruiker, id: number, zichtbaarheid: Zichtbaarheid): Promise<boolean> {
  return db.transaction(async (tx) => {
    const voor = await tx.query<{ zichtbaarheid: string }>(`SELECT zichtbaarheid FROM impact_scenarios WHERE id = $1 AND eigenaar_id = $2 FOR UPDATE`, [id, g.id]);
    if (!voor[0]) return false;
    await tx.query(`UPDATE impact_scenarios SET zichtbaarheid = $2 WHERE id = $1`, [id, zichtbaarheid]);
    await schrijfAudit(tx, {
      door: g.email,
      actie: 'impact.zichtbaarheid',
      object_soort: 'impact_scenario',
      object_id: String(id),
      voor: voor[0],
      na: { zichtbaarheid },
    });
    return true;
  });
}
