import { plural } from '../site/labels';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const UNITS: [limit: number, size: number, short: string, long: string][] = [
  [HOUR, MINUTE, 'm', 'minute'],
  [DAY, HOUR, 'h', 'hour'],
  [MONTH, DAY, 'd', 'day'],
  [YEAR, MONTH, 'mo', 'month'],
  [Infinity, YEAR, 'y', 'year'],
];

function parts(ms: number): { value: number; short: string; long: string } {
  const safe = Math.max(0, ms);
  const [, size, short, long] = UNITS.find(([limit]) => safe < limit) ?? UNITS[UNITS.length - 1]!;
  // Whole minutes, hours and days, as Anki shows them; months and years to one decimal.
  const value = size >= MONTH ? Math.round((safe / size) * 10) / 10 : Math.max(1, Math.round(safe / size));
  return { value, short, long };
}

/** The interval on an answer button: `1m`, `10m`, `2d`, `1.5mo`. */
export function formatInterval(ms: number): string {
  const { value, short } = parts(ms);
  return `${value}${short}`;
}

/** The interval in words, for sentences and screen readers: `1 minute`, `8 days`. */
export function describeInterval(ms: number): string {
  const { value, long } = parts(ms);
  return plural(value, long);
}
