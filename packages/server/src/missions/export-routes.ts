/** Downloads made from a mission: runs of show (DOCX, PDF), programme (PDF), calendar (ICS). */
import type { Locale, Mission, Workshop } from '@cercle/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import {
  renderMissionCalendar,
  renderProgrammePdf,
  renderRunOfShowDocx,
  renderRunOfShowPdf,
  SUPPORTED_TIMEZONES,
} from '../exports/index.ts';
import { uuid } from '../http/schemas.ts';
import { requireMember } from '../organisations/access.ts';
import { loadMission } from './mission-store.ts';
import { attachment } from './routes.ts';

const tags = ['exports'];
const workshopParams = z.strictObject({
  orgId: uuid,
  missionId: uuid,
  workshopId: z.string().min(1).max(100),
});
const localeQuery = z.strictObject({ locale: z.enum(['fr', 'en']).optional() });

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Renderer = (mission: Mission, workshop: Workshop, locale: Locale) => Promise<Buffer>;
const WORKSHOP_DOCUMENTS: {
  path: string;
  type: string;
  suffix: { fr: string; en: string };
  render: Renderer;
}[] = [
  {
    path: 'run-of-show.docx',
    type: DOCX,
    suffix: { fr: 'déroulé.docx', en: 'run of show.docx' },
    render: renderRunOfShowDocx,
  },
  {
    path: 'run-of-show.pdf',
    type: 'application/pdf',
    suffix: { fr: 'déroulé.pdf', en: 'run of show.pdf' },
    render: renderRunOfShowPdf,
  },
  {
    path: 'programme.pdf',
    type: 'application/pdf',
    suffix: { fr: 'programme.pdf', en: 'programme.pdf' },
    render: renderProgrammePdf,
  },
];

export function missionExportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  for (const doc of WORKSHOP_DOCUMENTS) {
    r.get(
      `/api/organisations/:orgId/missions/:missionId/workshops/:workshopId/${doc.path}`,
      { schema: { tags, params: workshopParams, querystring: localeQuery } },
      async (request, reply) => {
        const { orgId, missionId, workshopId } = request.params;
        await requireMember(db, request, orgId, 'read');
        const { mission } = await loadMission(db, orgId, missionId);
        const workshop = mission.steps.find((s) => s.workshop?.id === workshopId)?.workshop;
        if (!workshop) throw new AppError('NOT_FOUND');
        const locale = request.query.locale ?? mission.locale;
        const body = await doc.render(mission, workshop, locale);
        return reply
          .type(doc.type)
          .header('content-disposition', attachment(`${workshop.title} – ${doc.suffix[locale]}`))
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
  }

  r.get(
    '/api/organisations/:orgId/missions/:missionId/calendar.ics',
    {
      schema: {
        tags,
        params: z.strictObject({ orgId: uuid, missionId: uuid }),
        querystring: z.strictObject({
          locale: z.enum(['fr', 'en']).optional(),
          timezone: z.string().max(60).default('Europe/Paris'),
        }),
      },
    },
    async (request, reply) => {
      const { orgId, missionId } = request.params;
      await requireMember(db, request, orgId, 'read');
      const { mission } = await loadMission(db, orgId, missionId);
      const { timezone } = request.query;
      if (!(SUPPORTED_TIMEZONES as readonly string[]).includes(timezone)) {
        throw new AppError('VALIDATION_FAILED', `timezone: one of ${SUPPORTED_TIMEZONES.join(', ')}`);
      }
      const ics = renderMissionCalendar(mission, {
        timezone,
        locale: request.query.locale ?? mission.locale,
        productUrl: `${ctx.config.publicUrl}/org/${orgId}/missions/${missionId}`,
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', attachment(`${mission.title}.ics`))
        .header('cache-control', 'no-store')
        .send(ics);
    },
  );
}
