import { charterTemplate } from './charter.ts';
import type { MissionTemplate } from './instantiate.ts';
import { managementSeminarTemplate } from './management-seminar.ts';
import { serviceDesignTemplate } from './service-design.ts';
import { strategicProjectTemplate } from './strategic-project.ts';
import { universityDigitalTemplate } from './university-digital.ts';

export * from './instantiate.ts';
export {
  charterTemplate,
  managementSeminarTemplate,
  serviceDesignTemplate,
  strategicProjectTemplate,
  universityDigitalTemplate,
};

/** The five typical missions; the first is the demo mission. */
export const MISSION_TEMPLATES: readonly MissionTemplate[] = [
  strategicProjectTemplate,
  universityDigitalTemplate,
  managementSeminarTemplate,
  serviceDesignTemplate,
  charterTemplate,
];

export function getMissionTemplate(id: string): MissionTemplate | undefined {
  return MISSION_TEMPLATES.find((t) => t.id === id);
}
