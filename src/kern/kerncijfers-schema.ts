// The shape of the kerncijfers API (contract §4), as zod schemas: one source for validation of
// snapshot files, the API response and the OpenAPI document.
import { z } from 'zod';
import { ACTIE_STATUSSEN, PLAN_STATUSSEN, TOETS_STATUSSEN } from '../domein/begrippen.js';

const telling = z.number().int().nonnegative();
const perStatus = <T extends readonly string[]>(statussen: T) =>
  z.object(Object.fromEntries(statussen.map((s) => [s, telling])) as Record<T[number], typeof telling>);

export const ActieTellingSchema = z.object({
  totaal: telling,
  per_status: perStatus(ACTIE_STATUSSEN),
});

export const KaderCijferSchema = z.object({
  jaar: z.number().int(),
  sector: z.string(),
  stand: z.string(),
  kader_soort: z.string(),
  uitgaven: z.number().nullable(),
  kader: z.number(),
  aanspraak_buiten_zvw: z.number(),
  covid_prestaties: z.number().optional(),
  verschil_incl_covid: z.number().nullable().optional(),
  verschil_excl_covid: z.number().nullable(),
  correctie_dure_geneesmiddelen: z.number().nullable(),
  resterend_verschil: z.number().nullable(),
  balanspost_pct: z.number().nullable(),
});

export const KerncijfersSchema = z
  .object({
    peildatum: z.string().describe('YYYY-MM-DD'),
    bron: z.string().describe('"berekend", "vastgesteld", of bij een snapshot: waar het is gepubliceerd'),
    acties: z.object({
      totaal: telling,
      per_status: perStatus(ACTIE_STATUSSEN),
      zonder_status: telling,
      afgerond_sinds_vorige: telling.nullable(),
      per_onderdeel: z.record(z.string(), ActieTellingSchema),
    }),
    snelle_toetsen: z.object({ totaal: telling, per_status: perStatus(TOETS_STATUSSEN) }),
    transformatieplannen: z.object({
      goedgekeurde_snelle_toetsen: telling,
      in_uitwerking: telling,
      ingediend: telling,
      per_status: perStatus(PLAN_STATUSSEN),
    }),
    transformatiemiddelen: z.object({
      beschikbaar_gesteld: z.number().int(),
      verwacht: z.number().int(),
      betaalbaar_en_betaald: z.number().int(),
      raming: z.number().int(),
      nog_vrij_te_geven: z.number().int(),
      definitief_vrijgegeven: z.number().int(),
      mogelijk_nog_vrij_te_geven: z.number().int(),
    }),
    financiele_kaders: z.array(KaderCijferSchema),
    opmerkingen: z.array(z.string()).optional(),
    extra: z.record(z.string(), z.unknown()).optional(),
  })
  .describe('Kerncijfers op een peildatum (datacontract §4)');

export type Kerncijfers = z.infer<typeof KerncijfersSchema>;

/** A published snapshot file (§2.7): the API shape where any part may be missing, plus bron. */
export const KerncijfersBestandSchema = z
  .object({
    peildatum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'peildatum moet JJJJ-MM-DD zijn'),
    bron: z.string().min(1, 'bron is verplicht: waar zijn deze cijfers gepubliceerd?'),
    acties: z
      .object({
        totaal: telling.optional(),
        per_status: perStatus(ACTIE_STATUSSEN).partial().optional(),
        zonder_status: telling.optional(),
        afgerond_sinds_vorige: telling.nullable().optional(),
        per_onderdeel: z
          .record(z.string(), z.object({ totaal: telling.optional(), per_status: perStatus(ACTIE_STATUSSEN).partial().optional() }))
          .optional(),
      })
      .strict()
      .optional(),
    snelle_toetsen: z.object({ totaal: telling.optional(), per_status: perStatus(TOETS_STATUSSEN).partial().optional() }).strict().optional(),
    transformatieplannen: z
      .object({
        goedgekeurde_snelle_toetsen: telling.optional(),
        in_uitwerking: telling.optional(),
        ingediend: telling.optional(),
        per_status: perStatus(PLAN_STATUSSEN).partial().optional(),
      })
      .strict()
      .optional(),
    transformatiemiddelen: z
      .object({
        beschikbaar_gesteld: z.number().int().optional(),
        verwacht: z.number().int().optional(),
        betaalbaar_en_betaald: z.number().int().optional(),
        raming: z.number().int().optional(),
        nog_vrij_te_geven: z.number().int().optional(),
        definitief_vrijgegeven: z.number().int().optional(),
        mogelijk_nog_vrij_te_geven: z.number().int().optional(),
      })
      .strict()
      .optional(),
    financiele_kaders: z.array(KaderCijferSchema.partial().extend({ jaar: z.number().int(), sector: z.string() })).optional(),
    opmerkingen: z.array(z.string()).optional(),
    extra: z.record(z.string(), z.unknown()).optional(),
    vervangt: z.number().int().optional(),
  })
  .strict();
