/**
 * The few pieces of RFC 5545 the mission calendar needs, written by hand: TEXT escaping,
 * line folding at 75 octets without cutting a UTF-8 character, CRLF, and VTIMEZONE blocks.
 *
 * Hand-written because our times are already wall-clock strings of the venue ("09:00" on
 * "2027-04-08"): they go out verbatim as `DTSTART;TZID=Europe/Paris:20270408T090000`.
 * ical-generator 10 formats a native `Date` with the *server process's* local zone when a
 * calendar time zone is set, so it would need luxon or moment just to print what we have.
 */

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const MAX_OCTETS = 75;

/** Folds one content line into lines of at most 75 octets; continuations start with a space (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** Content lines → an iCalendar stream: folded, CRLF-terminated. */
export function serialize(lines: string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** `2027-04-08` → `20270408`; with `09:00` → `20270408T090000`. */
export function icsDate(date: string, clock?: string): string {
  const d = date.replace(/-/g, '');
  return clock === undefined ? d : `${d}T${clock.replace(':', '')}00`;
}

/** A UTC timestamp for DTSTAMP: `20270101T120000Z`. */
export function icsStamp(at: Date): string {
  return `${at.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

interface ZoneRules {
  standard: { name: string; offset: string; start: string; rule: string };
  daylight?: { name: string; offset: string; start: string; rule: string };
}

/** Since 1996 every EU zone switches on the last Sundays of March and October at 01:00 UTC. */
const CENTRAL_EUROPE: ZoneRules = {
  standard: {
    name: 'CET',
    offset: '+0100',
    start: '19701025T030000',
    rule: 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  },
  daylight: {
    name: 'CEST',
    offset: '+0200',
    start: '19700329T020000',
    rule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  },
};

/** Québec and Ontario, since 2007. */
const EASTERN_CANADA: ZoneRules = {
  standard: {
    name: 'EST',
    offset: '-0500',
    start: '19701101T020000',
    rule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  },
  daylight: {
    name: 'EDT',
    offset: '-0400',
    start: '19700308T020000',
    rule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  },
};

/** Zones without daylight saving time. */
const fixed = (name: string, offset: string): ZoneRules => ({
  standard: { name, offset, start: '19700101T000000', rule: '' },
});

const ZONES: Record<string, ZoneRules> = {
  'Europe/Paris': CENTRAL_EUROPE,
  'Europe/Brussels': CENTRAL_EUROPE,
  'Europe/Luxembourg': CENTRAL_EUROPE,
  'Europe/Monaco': CENTRAL_EUROPE,
  'Europe/Zurich': CENTRAL_EUROPE,
  'Europe/Berlin': CENTRAL_EUROPE,
  'Europe/Madrid': CENTRAL_EUROPE,
  'Europe/Rome': CENTRAL_EUROPE,
  'America/Toronto': EASTERN_CANADA,
  'America/Montreal': EASTERN_CANADA,
  'Africa/Dakar': fixed('GMT', '+0000'),
  'Africa/Abidjan': fixed('GMT', '+0000'),
  UTC: fixed('UTC', '+0000'),
};

export const SUPPORTED_TIMEZONES: readonly string[] = Object.keys(ZONES);

/** The VTIMEZONE that every `TZID=` in the calendar must refer to (§3.6.5). */
export function vtimezone(tzid: string): string[] {
  const zone = ZONES[tzid];
  if (!zone) {
    throw new RangeError(`unsupported time zone "${tzid}" (supported: ${SUPPORTED_TIMEZONES.join(', ')})`);
  }
  const { standard, daylight } = zone;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tzid}`];
  if (daylight) {
    lines.push(
      'BEGIN:DAYLIGHT',
      `TZOFFSETFROM:${standard.offset}`,
      `TZOFFSETTO:${daylight.offset}`,
      `TZNAME:${daylight.name}`,
      `DTSTART:${daylight.start}`,
      `RRULE:${daylight.rule}`,
      'END:DAYLIGHT',
    );
  }
  lines.push(
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${daylight?.offset ?? standard.offset}`,
    `TZOFFSETTO:${standard.offset}`,
    `TZNAME:${standard.name}`,
    `DTSTART:${standard.start}`,
    ...(standard.rule ? [`RRULE:${standard.rule}`] : []),
    'END:STANDARD',
    'END:VTIMEZONE',
  );
  return lines;
}
