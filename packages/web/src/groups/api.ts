/**
 * The groups routes (plan, re-plan) and the roster they need, as the console calls them. Plans
 * are made over HTTP because the server needs the roster's join answers; they then reach every
 * screen as a `groups.planned` event.
 */
import type { DiversityReport, GroupPlan } from '@cercle/core';
import { type ApiError, api } from '../api.ts';

export type PlanKind = 'tables' | 'world-cafe' | 'interviews' | 'foursomes';
export type PlanMode = 'random' | 'mixed' | 'homogeneous';

export interface PlanRequest {
  kind: PlanKind;
  title?: string;
  mode?: PlanMode;
  size?: number;
  rounds?: number;
  hosts?: string[];
  attributes?: string[];
}

export interface PlanAnswer {
  plan: GroupPlan;
  seq: number;
  diversity: DiversityReport | null;
  warnings: string[];
}

export interface ReplanAnswer {
  plan: GroupPlan;
  seq: number;
  moved: number;
  warnings: string[];
}

export const makePlan = (sessionPath: string, body: PlanRequest) =>
  api<PlanAnswer>(`${sessionPath}/groups`, { method: 'POST', body });

export const replan = (sessionPath: string, arrivals?: string[]) =>
  api<ReplanAnswer>(`${sessionPath}/groups/replan`, {
    method: 'POST',
    body: arrivals ? { arrivals } : {},
  });

/**
 * The server's own sentence for a plan it cannot make ("more tables than people"…) is what helps
 * the facilitator; a bare "HTTP 422" (a code the client does not know yet) adds nothing.
 */
export function serverDetail(error: ApiError): string {
  const issues = error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const message = /^HTTP \d+$/.test(error.message) ? '' : error.message;
  return [message, ...issues].filter(Boolean).join(' — ');
}
