/**
 * The harvest board of a mission (issue #6, items 1–3): every contribution with its source,
 * accent-insensitive search and filters, tags, clusters made by hand (create, rename, merge,
 * split by moving items, delete), duplicates and verbatims, and suggested themes the facilitator
 * accepts as clusters. Rules: packages/core/src/harvest/SPEC.md and themes/SPEC.md.
 */
import {
  filterHarvest,
  type GroupPlan,
  type HarvestMark,
  NO_MARK,
  suggestThemes,
  type TablePlace,
} from '@cercle/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { errorResponses, uuid } from '../http/schemas.ts';
import { loadMission } from '../missions/mission-store.ts';
import { requireMember } from '../organisations/access.ts';
import { type Board, loadBoard, loadMarks, requireItems, updateMarks } from './board.ts';
import { clusterInMission, listClusters } from './clusters.ts';

const tags = ['harvest'];
const missionParams = z.strictObject({ orgId: uuid, missionId: uuid });
const clusterParams = z.strictObject({ orgId: uuid, missionId: uuid, clusterId: uuid });
const itemKey = z.string().min(3).max(140);
const itemKeys = z.array(itemKey).min(1).max(5_000);
const clusterName = z.string().trim().min(1).max(120);
const tag = z.string().trim().min(1).max(40);
const MAX_TAGS = 20;

const filterQuery = z.strictObject({
  q: z.string().max(200).optional(),
  workshopId: z.string().max(100).optional(),
  sessionId: uuid.optional(),
  sequenceId: z.string().max(100).optional(),
  activityId: z.string().max(64).optional(),
  tag: z.string().max(40).optional(),
  clusterId: z.union([uuid, z.literal('none')]).optional(),
  includeHidden: z.enum(['true', 'false']).optional(),
});

export function harvestRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // ctx.hub is created after the routes are registered: read it per request.
  const { db } = ctx;
  const base = '/api/organisations/:orgId/missions/:missionId/harvest';

  /** Round by round, table by table: what a facilitator picks when filing a tablecloth's photo. */
  const tablePlacesOf = (plan: GroupPlan | null | undefined): TablePlace[] =>
    (plan?.rounds ?? []).flatMap((tables, round) =>
      tables.map((_, table) => ({ planId: plan?.id ?? '', title: plan?.title ?? '', round, table })),
    );

  async function board(orgId: string, missionId: string): Promise<Board> {
    const { mission } = await loadMission(db, orgId, missionId);
    return loadBoard(db, ctx.hub, orgId, mission);
  }

  r.get(
    base,
    {
      schema: {
        tags,
        params: missionParams,
        querystring: filterQuery,
        response: {
          200: z.object({
            total: z.number(),
            items: z.array(z.any()),
            clusters: z.array(z.any()),
            tags: z.array(z.object({ tag: z.string(), count: z.number() })),
            /** Every table of every round of the sessions' group plans: where a photo may be placed. */
            tables: z.array(z.any()),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { orgId, missionId } = request.params;
      await requireMember(db, request, orgId, 'read');
      const { items, marks, sessions } = await board(orgId, missionId);
      const query = request.query;
      const shown = filterHarvest(items, marks, { ...query, includeHidden: query.includeHidden === 'true' });
      const tagCounts = new Map<string, number>();
      for (const mark of marks.values())
        for (const t of mark.tags) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
      return {
        total: items.filter((i) => !i.hidden).length,
        items: shown.map((item) => ({ ...item, ...(marks.get(item.key) ?? NO_MARK) })),
        clusters: await listClusters(db, missionId, marks),
        tags: [...tagCounts].map(([t, count]) => ({ tag: t, count })).sort((a, b) => b.count - a.count),
        tables: sessions.flatMap((s) => tablePlacesOf(s.state.groups?.plan)),
      };
    },
  );

  r.post(
    `${base}/clusters`,
    {
      schema: {
        tags,
        params: missionParams,
        body: z.strictObject({ name: clusterName, itemKeys: z.array(itemKey).max(5_000).default([]) }),
        response: { 201: z.object({ cluster: z.any() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, missionId } = request.params;
      await requireMember(db, request, orgId, 'write');
      const b = await board(orgId, missionId);
      requireItems(b, request.body.itemKeys);
      const cluster = await db
        .insertInto('harvest_clusters')
        .values({ mission_id: missionId, name: request.body.name, origin: 'hand' })
        .returning(['id'])
        .executeTakeFirstOrThrow();
      await updateMarks(db, missionId, request.body.itemKeys, { clusterId: cluster.id }, b.marks);
      return reply.status(201).send({ cluster: await clusterOut(missionId, cluster.id) });
    },
  );

  r.patch(
    `${base}/clusters/:clusterId`,
    {
      schema: {
        tags,
        params: clusterParams,
        body: z.strictObject({ name: clusterName }),
        response: { 200: z.object({ cluster: z.any() }), ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, missionId, clusterId } = request.params;
      await requireMember(db, request, orgId, 'write');
      await loadMission(db, orgId, missionId);
      await clusterInMission(db, missionId, clusterId);
      await db
        .updateTable('harvest_clusters')
        .set({ name: request.body.name })
        .where('id', '=', clusterId)
        .execute();
      return { cluster: await clusterOut(missionId, clusterId) };
    },
  );

  r.delete(
    `${base}/clusters/:clusterId`,
    { schema: { tags, params: clusterParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const { orgId, missionId, clusterId } = request.params;
      await requireMember(db, request, orgId, 'write');
      await loadMission(db, orgId, missionId);
      await clusterInMission(db, missionId, clusterId);
      // Its items stay on the board, in no cluster (ON DELETE SET NULL).
      await db.deleteFrom('harvest_clusters').where('id', '=', clusterId).execute();
      return reply.status(204).send(null);
    },
  );

  r.post(
    `${base}/clusters/:clusterId/merge`,
    {
      schema: {
        tags,
        params: clusterParams,
        body: z.strictObject({ into: uuid }),
        response: { 200: z.object({ cluster: z.any() }), ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, missionId, clusterId } = request.params;
      const { into } = request.body;
      await requireMember(db, request, orgId, 'write');
      await loadMission(db, orgId, missionId);
      if (into === clusterId)
        throw new AppError('VALIDATION_FAILED', 'into: a cluster cannot be merged into itself.');
      await clusterInMission(db, missionId, clusterId);
      await clusterInMission(db, missionId, into);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('harvest_marks')
          .set({ cluster_id: into, updated_at: new Date() })
          .where('mission_id', '=', missionId)
          .where('cluster_id', '=', clusterId)
          .execute();
        await trx.deleteFrom('harvest_clusters').where('id', '=', clusterId).execute();
      });
      return { cluster: await clusterOut(missionId, into) };
    },
  );

  r.post(
    `${base}/items/assign`,
    {
      schema: {
        tags,
        params: missionParams,
        body: z.strictObject({ itemKeys, clusterId: uuid.nullable() }),
        response: { 200: z.object({ updated: z.number() }), ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, missionId } = request.params;
      await requireMember(db, request, orgId, 'write');
      const b = await board(orgId, missionId);
      requireItems(b, request.body.itemKeys);
      if (request.body.clusterId) await clusterInMission(db, missionId, request.body.clusterId);
      await updateMarks(db, missionId, request.body.itemKeys, { clusterId: request.body.clusterId }, b.marks);
      return { updated: request.body.itemKeys.length };
    },
  );

  r.patch(
    `${base}/items/:itemKey`,
    {
      schema: {
        tags,
        params: z.strictObject({ orgId: uuid, missionId: uuid, itemKey }),
        body: z.strictObject({
          tags: z.array(tag).max(MAX_TAGS).optional(),
          duplicateOf: itemKey.nullable().optional(),
          verbatim: z.boolean().optional(),
        }),
        response: { 200: z.object({ item: z.any() }), ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, missionId, itemKey: key } = request.params;
      await requireMember(db, request, orgId, 'write');
      const b = await board(orgId, missionId);
      requireItems(b, [key]);
      const { duplicateOf, verbatim } = request.body;
      if (duplicateOf) {
        requireItems(b, [duplicateOf]);
        if (duplicateOf === key)
          throw new AppError('VALIDATION_FAILED', 'duplicateOf: a contribution cannot duplicate itself.');
      }
      const patch: Partial<HarvestMark> = {};
      if (request.body.tags) patch.tags = [...new Set(request.body.tags)];
      if (duplicateOf !== undefined) patch.duplicateOf = duplicateOf;
      if (verbatim !== undefined) patch.verbatim = verbatim;
      await updateMarks(db, missionId, [key], patch, b.marks);
      const marks = await loadMarks(db, missionId);
      const item = b.items.find((i) => i.key === key);
      return { item: { ...item, ...(marks.get(key) ?? NO_MARK) } };
    },
  );

  r.post(
    `${base}/themes/suggest`,
    {
      schema: {
        tags,
        params: missionParams,
        body: z
          .strictObject({
            k: z.number().int().min(2).max(30).optional(),
            seed: z
              .number()
              .int()
              .min(0)
              .max(2 ** 31)
              .optional(),
            /** Only the items in no cluster yet (default), or every visible item. */
            onlyUnclustered: z.boolean().optional(),
          })
          .default({}),
        response: {
          200: z.object({
            themes: z.array(z.any()),
            duplicates: z.array(z.array(z.string())),
            unassigned: z.array(z.string()),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { orgId, missionId } = request.params;
      await requireMember(db, request, orgId, 'write');
      const { items, marks } = await board(orgId, missionId);
      const pool = filterHarvest(items, marks, {
        ...(request.body.onlyUnclustered === false ? {} : { clusterId: 'none' }),
      });
      if (pool.length < 2)
        throw new AppError(
          'VALIDATION_FAILED',
          'There are fewer than two contributions to sort into themes.',
        );
      const result = suggestThemes({
        items: pool.map((i) => ({ id: i.key, text: i.text })),
        seed: request.body.seed ?? 1,
        ...(request.body.k ? { k: request.body.k } : {}),
      });
      if (!result.ok) throw new AppError('VALIDATION_FAILED', result.message);
      const textOf = new Map(pool.map((i) => [i.key, i.text]));
      return {
        themes: result.themes.map((t) => ({
          name: t.label.join(', '),
          keyTerms: t.label,
          itemKeys: t.itemIds,
          verbatims: t.verbatims.map((key) => ({ key, text: textOf.get(key) ?? '' })),
        })),
        duplicates: result.duplicates,
        unassigned: result.unassigned,
      };
    },
  );

  r.post(
    `${base}/themes/accept`,
    {
      schema: {
        tags,
        params: missionParams,
        body: z.strictObject({
          themes: z
            .array(
              z.strictObject({
                name: clusterName,
                keyTerms: z.array(z.string().max(60)).max(10).default([]),
                itemKeys,
              }),
            )
            .min(1)
            .max(60),
        }),
        response: { 201: z.object({ clusters: z.array(z.any()) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, missionId } = request.params;
      await requireMember(db, request, orgId, 'write');
      const b = await board(orgId, missionId);
      const all = request.body.themes.flatMap((t) => t.itemKeys);
      requireItems(b, all);
      if (new Set(all).size !== all.length)
        throw new AppError('VALIDATION_FAILED', 'themes: a contribution can be in one theme only.');
      const ids: string[] = [];
      for (const theme of request.body.themes) {
        const cluster = await db
          .insertInto('harvest_clusters')
          .values({
            mission_id: missionId,
            name: theme.name,
            origin: 'suggested',
            key_terms: JSON.stringify(theme.keyTerms),
          })
          .returning(['id'])
          .executeTakeFirstOrThrow();
        ids.push(cluster.id);
        await updateMarks(db, missionId, theme.itemKeys, { clusterId: cluster.id }, b.marks);
      }
      const clusters = await listClusters(db, missionId, await loadMarks(db, missionId));
      return reply.status(201).send({ clusters: clusters.filter((c) => ids.includes(c.id)) });
    },
  );

  async function clusterOut(missionId: string, clusterId: string) {
    const clusters = await listClusters(db, missionId, await loadMarks(db, missionId));
    return clusters.find((c) => c.id === clusterId);
  }
}
