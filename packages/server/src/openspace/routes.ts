/**
 * Open Space downloads of a live session (OS-LIVE-10): the proceedings (DOCX, PDF) compiled from
 * the reports filed in the room, and the action plan (CSV). Organisation-scoped, read access.
 * The marketplace and the day themselves run over the live socket (core/src/live/open-space.ts).
 */
import { compileProceedings, EMPTY_OPEN_SPACE, type Locale, proceedingsInputOf } from '@cercle/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/database.ts';
import { uuid } from '../http/schemas.ts';
import { sessionInOrg } from '../live/lookups.ts';
import { attachment } from '../missions/routes.ts';
import { requireMember } from '../organisations/access.ts';
import { renderActionPlanCsv } from './action-plan-csv.ts';
import { renderProceedingsDocx } from './proceedings-docx.ts';
import { renderProceedingsPdf } from './proceedings-pdf.ts';
import { proceedingsPhotos } from './session-photos.ts';

const tags = ['open-space'];
const params = z.strictObject({ orgId: uuid, sessionId: uuid });
const localeQuery = z.strictObject({ locale: z.enum(['fr', 'en']).default('fr') });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const BASE = '/api/organisations/:orgId/live-sessions/:sessionId/open-space';

const SUFFIX: Record<Locale, string> = { fr: 'actes', en: 'proceedings' };

/** Participant id → nickname, for the proceedings' participant lists. */
export async function namesOf(db: Db, sessionId: string): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('participants')
    .select(['id', 'nickname'])
    .where('live_session_id', '=', sessionId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.nickname]));
}

export function openSpaceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  /** The room's Open Space as committed (read-your-writes: a report acked a moment ago is in). */
  async function load(orgId: string, sessionId: string) {
    const session = await sessionInOrg(db, orgId, sessionId);
    const state = await ctx.hub.stateOf(session.id);
    return { session, os: state.openSpace ?? EMPTY_OPEN_SPACE, names: await namesOf(db, session.id) };
  }

  const documents = [
    { ext: 'docx', type: DOCX, render: renderProceedingsDocx },
    { ext: 'pdf', type: 'application/pdf', render: renderProceedingsPdf },
  ] as const;
  for (const doc of documents) {
    r.get(
      `${BASE}/proceedings.${doc.ext}`,
      { schema: { tags, params, querystring: localeQuery } },
      async (request, reply) => {
        await requireMember(db, request, request.params.orgId, 'read');
        const { session, os, names } = await load(request.params.orgId, request.params.sessionId);
        const { locale } = request.query;
        const body = await doc.render(
          compileProceedings(proceedingsInputOf(os, names)),
          session.title,
          locale,
          // Only this session's photos: ids of other sessions' photos in a report are ignored.
          await proceedingsPhotos(db, session.id, os.reports),
        );
        return reply
          .type(doc.type)
          .header('content-disposition', attachment(`${session.title} – ${SUFFIX[locale]}.${doc.ext}`))
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
  }

  r.get(
    `${BASE}/action-plan.csv`,
    {
      schema: {
        tags,
        params,
        querystring: localeQuery.extend({
          /** Proposal ids kept by the vote, comma-separated, in the order chosen (OS-71); all when absent. */
          chosen: z.string().max(4_000).optional(),
        }),
      },
    },
    async (request, reply) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const { session, os, names } = await load(request.params.orgId, request.params.sessionId);
      const { locale, chosen } = request.query;
      const ids = chosen
        ?.split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          attachment(`${session.title} – ${locale === 'fr' ? 'plan d’action' : 'action plan'}.csv`),
        )
        .header('cache-control', 'no-store')
        .send(renderActionPlanCsv(os, names, locale, ids));
    },
  );
}
