// The kerncijfers API (contract §4): GET /api/v1/kerncijfers, JSON or text/csv.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../platform/db.js';
import { isIsoDatum } from '../domein/getallen.js';
import { stuurProbleem } from '../platform/web/problemen.js';
import { mag } from '../domein/beleid.js';
import { vereist } from '../platform/web/toegangscontrole.js';
import { kerncijfers } from '../kern/kerncijfers.js';
import { gepubliceerdeSnapshot } from '../kern/snapshots.js';
import { KerncijfersSchema } from '../kern/kerncijfers-schema.js';
import { kerncijfersNaarCsv } from './kerncijfers-csv.js';
import { vandaag } from '../platform/tijd.js';
import { verbergOnderEmbargo, type BudgetCijfers } from '../kern/embargo.js';
import { bijlage } from '../platform/web/bestandsnaam.js';

export const KerncijfersQuery = z.object({
  peildatum: z.string().optional().describe('YYYY-MM-DD; standaard vandaag (Europe/Amsterdam)'),
  bron: z.enum(['berekend', 'vastgesteld']).optional(),
  akkoord: z.enum(['IZA', 'AZWA']).optional(),
  sinds: z.string().optional().describe('YYYY-MM-DD: vorige peildatum voor afgerond_sinds_vorige'),
});

export async function kerncijfersApi(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  app.get(
    '/api/v1/kerncijfers',
    {
      preHandler: vereist('kerncijfers.lezen'),
      schema: {
        summary: 'Kerncijfers op een peildatum',
        description:
          'Berekend uit de gegevens op de peildatum (bron=berekend), of de vastgestelde snapshot van precies die peildatum (bron=vastgesteld). Zonder bron: de snapshot als die er is, anders berekend. Met Accept: text/csv als CSV.',
        querystring: z.toJSONSchema(KerncijfersQuery, { target: 'draft-2020-12' }),
        response: { 200: z.toJSONSchema(KerncijfersSchema, { target: 'draft-2020-12', io: 'output' }) },
      },
      // the zod schemas document the API; validation happens below with Dutch messages
      validatorCompiler: () => () => true,
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (req, reply) => {
      const q = KerncijfersQuery.safeParse(req.query);
      if (!q.success) {
        return stuurProbleem(reply, {
          title: 'Ongeldige aanvraag',
          status: 400,
          detail: q.error.issues.map((i) => `${i.path.join('.')}: ${i.path[0] === 'bron' ? 'bron moet "berekend" of "vastgesteld" zijn' : i.path[0] === 'akkoord' ? 'akkoord moet "IZA" of "AZWA" zijn' : i.message}`).join('; '),
        });
      }
      const peildatum = q.data.peildatum ?? vandaag();
      for (const [naam, waarde] of [['peildatum', peildatum], ['sinds', q.data.sinds]] as const) {
        if (waarde !== undefined && !isIsoDatum(waarde)) {
          return stuurProbleem(reply, {
            title: `Ongeldige ${naam}`,
            status: 400,
            detail: `${naam} "${waarde}" is geen bestaande datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2025-05-20.`,
          });
        }
      }
      // The public sees published figures only (domain §1): computed figures come from records that
      // are not published (plans in progress, budgets under embargo) and need a login or API token.
      const intern = mag(req.gebruiker, 'intern.lezen');
      if (!intern && q.data.bron === 'berekend') {
        return stuurProbleem(reply, {
          title: req.gebruiker ? 'Geen toegang' : 'Niet ingelogd',
          status: req.gebruiker ? 403 : 401,
          detail:
            'Berekende kerncijfers (bron=berekend) zijn niet openbaar: log in of gebruik een persoonlijk API-token met de handeling "intern.lezen". Het publiek ziet de gepubliceerde cijfers (bron=vastgesteld).',
        });
      }
      const publiek = intern ? null : await gepubliceerdeSnapshot(db, peildatum, mag(req.gebruiker, 'concept.lezen'));
      if (!intern && !publiek) {
        return stuurProbleem(reply, {
          title: 'Geen gepubliceerde kerncijfers',
          status: 404,
          detail: `Voor peildatum ${peildatum} zijn geen kerncijfers gepubliceerd. Gepubliceerde peildatums staan op /rapportages; berekende cijfers vragen een login of API-token.`,
        });
      }
      const cijfers = await kerncijfers(db, peildatum, intern ? q.data.bron : 'vastgesteld', {
        akkoord: q.data.akkoord,
        sinds: q.data.sinds,
        embargoOp: mag(req.gebruiker, 'embargo.lezen') ? undefined : vandaag(),
        // a fixed round's snapshot is public once published; before that only for concept.lezen
        alleenGepubliceerd: !mag(req.gebruiker, 'concept.lezen'),
      });
      if (!cijfers) {
        return stuurProbleem(reply, {
          title: 'Geen vastgestelde kerncijfers',
          status: 404,
          detail: `Er is geen vastgestelde snapshot met peildatum ${peildatum}. Vraag bron=berekend voor cijfers berekend uit de gegevens.`,
        });
      }
      // the one embargo rule (kern/embargo.ts): a round under embargo hides its amounts, a stand its kaders
      const { cijfers: zichtbaar } = await verbergOnderEmbargo(db, req.gebruiker, peildatum, { cijfers: cijfers as BudgetCijfers });
      const uit = zichtbaar as typeof cijfers;
      if ((req.headers.accept ?? '').includes('text/csv')) {
        return reply.type('text/csv; charset=utf-8').header('content-disposition', bijlage(`kerncijfers-${peildatum}.csv`)).send(kerncijfersNaarCsv(uit));
      }
      return reply.type('application/json; charset=utf-8').send(uit);
    },
  );
}
