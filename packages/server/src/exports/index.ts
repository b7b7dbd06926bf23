/** Documents made from a mission: run of show (DOCX, PDF), participants' programme (PDF), calendar (ICS). */
export { type MissionCalendarOptions, renderMissionCalendar } from './calendar-ics.ts';
export { SUPPORTED_TIMEZONES } from './ical.ts';
export { LABELS, type Labels } from './labels.ts';
export { renderProgrammePdf } from './programme-pdf.ts';
export { renderRunOfShowDocx } from './run-of-show-docx.ts';
export { renderRunOfShowPdf } from './run-of-show-pdf.ts';
