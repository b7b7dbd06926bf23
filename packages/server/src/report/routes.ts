/**
 * The mission report (DOCX, PDF, Markdown) and the harvest's raw data (CSV, XLSX). The report is
 * generated on demand from what is stored now: the facilitator picks sections and writes an
 * introduction in the page, then downloads.
 */
import { compileProceedings, type Locale, proceedingsInputOf } from '@cercle/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { loadBoard } from '../harvest/board.ts';
import { listClusters } from '../harvest/clusters.ts';
import { errorResponses, uuid } from '../http/schemas.ts';
import { loadMission } from '../missions/mission-store.ts';
import { attachment } from '../missions/routes.ts';
import { printableProceedings } from '../openspace/proceedings-model.ts';
import { namesOf } from '../openspace/routes.ts';
import { requireMember } from '../organisations/access.ts';
import { renderReportDocx } from './report-docx.ts';
import { renderReportMarkdown } from './report-markdown.ts';
import { buildReport, REPORT_SECTIONS, type ReportSession } from './report-model.ts';
import { renderReportPdf } from './report-pdf.ts';
import { harvestCsv, harvestXlsx } from './spreadsheets.ts';
import { proceedingsBlocks } from './summarise.ts';

const tags = ['report'];
const missionParams = z.strictObject({ orgId: uuid, missionId: uuid });
const locale = z.enum(['fr', 'en']);
/** Enough for a seminar's graphic recordings without making a report of hundreds of megabytes. */
const MAX_REPORT_PHOTOS = 40;

const FORMATS = {
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderReportDocx,
  },
  pdf: { type: 'application/pdf', render: renderReportPdf },
  md: {
    type: 'text/markdown; charset=utf-8',
    render: async (m: Parameters<typeof renderReportMarkdown>[0]) => renderReportMarkdown(m),
  },
} as const;

export function reportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  async function load(orgId: string, missionId: string) {
    const { mission } = await loadMission(db, orgId, missionId);
    const board = await loadBoard(db, ctx.hub, orgId, mission);
    const clusters = await listClusters(db, missionId, board.marks);
    return { mission, board, clusters };
  }

  r.post(
    '/api/organisations/:orgId/missions/:missionId/report',
    {
      schema: {
        tags,
        params: missionParams,
        body: z.strictObject({
          format: z.enum(['docx', 'pdf', 'md']),
          sections: z
            .array(z.enum(REPORT_SECTIONS))
            .max(REPORT_SECTIONS.length)
            .default([...REPORT_SECTIONS]),
          introduction: z.string().max(20_000).default(''),
          locale: locale.optional(),
        }),
        response: { 200: z.any(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, missionId } = request.params;
      // Writing the introduction and choosing sections is the facilitator's job; observers read
      // the raw data (CSV, XLSX) and whatever report the facilitator shares.
      await requireMember(db, request, orgId, 'write');
      const { mission, board, clusters } = await load(orgId, missionId);
      // The states were read once by loadBoard; only the head counts are left to ask for.
      const counts = await db
        .selectFrom('participants')
        .innerJoin('live_sessions', 'live_sessions.id', 'participants.live_session_id')
        .select((eb) => ['participants.live_session_id as id', eb.fn.countAll<string>().as('n')])
        .where('live_sessions.organisation_id', '=', orgId)
        .where('live_sessions.mission_id', '=', missionId)
        .groupBy('participants.live_session_id')
        .execute();
      const headCount = new Map(counts.map((c) => [c.id, Number(c.n)]));
      const reportLocale: Locale = request.body.locale ?? mission.locale;
      const sessions: ReportSession[] = [];
      for (const s of board.sessions) {
        const os = s.state.openSpace;
        sessions.push({
          ...s,
          participantCount: headCount.get(s.id) ?? 0,
          openSpace:
            os && os.topics.length > 0
              ? proceedingsBlocks(
                  printableProceedings(
                    compileProceedings(proceedingsInputOf(os, await namesOf(db, s.id))),
                    s.title,
                    reportLocale,
                  ),
                )
              : [],
        });
      }
      const photoRows = await db
        .selectFrom('mission_photos')
        .select(['caption', 'workshop_id', 'image', 'width', 'height'])
        .where('organisation_id', '=', orgId)
        .where('mission_id', '=', missionId)
        .where('kind', 'in', ['graphic-recording', 'flipchart'])
        .orderBy('created_at')
        .limit(MAX_REPORT_PHOTOS)
        .execute();
      const workshopTitle = (id: string | null) =>
        mission.steps.find((s) => s.workshop && s.workshop.id === id)?.workshop?.title ?? null;
      const model = buildReport({
        mission,
        locale: reportLocale,
        introduction: request.body.introduction,
        sections: request.body.sections,
        sessions,
        items: board.items,
        marks: board.marks,
        clusters,
        photos: photoRows.map((r) => ({
          caption: r.caption,
          workshopTitle: workshopTitle(r.workshop_id),
          jpeg: r.image,
          width: r.width,
          height: r.height,
        })),
        // The cover's date, as people in France read it (en-CA formats as YYYY-MM-DD).
        today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date()),
      });
      const format = FORMATS[request.body.format];
      const body = await format.render(model);
      const name = `${mission.title} – ${model.labels.report}.${request.body.format}`;
      return reply
        .header('content-type', format.type)
        .header('content-disposition', attachment(name))
        .send(body);
    },
  );

  for (const kind of ['csv', 'xlsx'] as const)
    r.get(
      `/api/organisations/:orgId/missions/:missionId/harvest.${kind}`,
      {
        schema: {
          tags,
          params: missionParams,
          querystring: z.strictObject({ locale: locale.optional() }),
          response: { 200: z.any(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { orgId, missionId } = request.params;
        await requireMember(db, request, orgId, 'read');
        const { mission, board, clusters } = await load(orgId, missionId);
        const input = {
          locale: request.query.locale ?? mission.locale,
          items: board.items,
          marks: board.marks,
          clusterNames: new Map(clusters.map((c) => [c.id, c.name])),
        };
        const name = `${mission.title}.${kind}`;
        reply.header('content-disposition', attachment(name));
        return kind === 'csv'
          ? reply.header('content-type', 'text/csv; charset=utf-8').send(harvestCsv(input))
          : reply
              .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
              .send(await harvestXlsx(input));
      },
    );
}
