/**
 * When do two reported amounts agree? Each claim becomes a range of values it
 * is compatible with, widened by its qualifier ("more than", "about") and by
 * the rounding news copy does; two claims agree when their ranges overlap.
 * Measures are converted to one base unit per dimension first, so "58 km"
 * and "36 miles" compare.
 *
 * Speeds (km/h, mph, knots) are one dimension like lengths.
 *
 * Not handled yet: currency conversion (different currencies never compare),
 * temperatures, rates ("per week" is compared as a plain amount).
 */
import type { Claim } from "../extract/schema.ts";
import { BoundedCache, wordKeys } from "./wordForms.ts";

export interface Measure {
  /** "count" for counted nouns; otherwise length, area, mass, volume, duration, percent, money:<currency>… */
  dimension: string;
  /** multiply by this to reach the dimension's base unit */
  factor: number;
  /** how the unit is written after a number in notes ("km", "years"), "" for counts */
  symbol: string;
  /** written before the number ("$") */
  prefix: string;
}

interface UnitSpec {
  dimension: string;
  factor: number;
  symbol: string;
  prefix?: string;
}

const units: Record<string, UnitSpec> = {
  km: { dimension: "length", factor: 1000, symbol: "km" },
  kilometer: { dimension: "length", factor: 1000, symbol: "km" },
  mile: { dimension: "length", factor: 1609.344, symbol: "miles" },
  mi: { dimension: "length", factor: 1609.344, symbol: "miles" },
  meter: { dimension: "length", factor: 1, symbol: "m" },
  metre: { dimension: "length", factor: 1, symbol: "m" },
  cm: { dimension: "length", factor: 0.01, symbol: "cm" },
  centimeter: { dimension: "length", factor: 0.01, symbol: "cm" },
  foot: { dimension: "length", factor: 0.3048, symbol: "ft" },
  ft: { dimension: "length", factor: 0.3048, symbol: "ft" },
  yard: { dimension: "length", factor: 0.9144, symbol: "yards" },
  inch: { dimension: "length", factor: 0.0254, symbol: "in" },
  "nautical mile": { dimension: "length", factor: 1852, symbol: "nautical miles" },
  "square kilometer": { dimension: "area", factor: 1e6, symbol: "sq km" },
  "square km": { dimension: "area", factor: 1e6, symbol: "sq km" },
  "sq km": { dimension: "area", factor: 1e6, symbol: "sq km" },
  km2: { dimension: "area", factor: 1e6, symbol: "sq km" },
  "square mile": { dimension: "area", factor: 2589988.1, symbol: "sq miles" },
  "sq mile": { dimension: "area", factor: 2589988.1, symbol: "sq miles" },
  hectare: { dimension: "area", factor: 1e4, symbol: "hectares" },
  ha: { dimension: "area", factor: 1e4, symbol: "hectares" },
  acre: { dimension: "area", factor: 4046.856, symbol: "acres" },
  "square meter": { dimension: "area", factor: 1, symbol: "sq m" },
  kg: { dimension: "mass", factor: 1, symbol: "kg" },
  kilogram: { dimension: "mass", factor: 1, symbol: "kg" },
  gram: { dimension: "mass", factor: 0.001, symbol: "g" },
  tonne: { dimension: "mass", factor: 1000, symbol: "tonnes" },
  ton: { dimension: "mass", factor: 1000, symbol: "tons" },
  "metric ton": { dimension: "mass", factor: 1000, symbol: "tonnes" },
  lb: { dimension: "mass", factor: 0.45359237, symbol: "lb" },
  liter: { dimension: "volume", factor: 1, symbol: "litres" },
  gallon: { dimension: "volume", factor: 3.785411784, symbol: "gallons" },
  barrel: { dimension: "volume", factor: 158.987, symbol: "barrels" },
  second: { dimension: "duration", factor: 1 / 86400, symbol: "seconds" },
  minute: { dimension: "duration", factor: 1 / 1440, symbol: "minutes" },
  hour: { dimension: "duration", factor: 1 / 24, symbol: "hours" },
  day: { dimension: "duration", factor: 1, symbol: "days" },
  week: { dimension: "duration", factor: 7, symbol: "weeks" },
  month: { dimension: "duration", factor: 30.4375, symbol: "months" },
  year: { dimension: "duration", factor: 365.25, symbol: "years" },
  decade: { dimension: "duration", factor: 3652.5, symbol: "decades" },
  century: { dimension: "duration", factor: 36525, symbol: "centuries" },
  percent: { dimension: "percent", factor: 1, symbol: "%" },
  "%": { dimension: "percent", factor: 1, symbol: "%" },
  "per cent": { dimension: "percent", factor: 1, symbol: "%" },
  percentage: { dimension: "percent", factor: 1, symbol: "%" },
  magnitude: { dimension: "magnitude", factor: 1, symbol: "" },
  // speeds, in km/h (winds, vehicles, vessels)
  kmh: { dimension: "speed", factor: 1, symbol: "km/h" },
  kph: { dimension: "speed", factor: 1, symbol: "km/h" },
  "km/h": { dimension: "speed", factor: 1, symbol: "km/h" },
  "km h": { dimension: "speed", factor: 1, symbol: "km/h" },
  mph: { dimension: "speed", factor: 1.609344, symbol: "mph" },
  "mile per hour": { dimension: "speed", factor: 1.609344, symbol: "mph" },
  knot: { dimension: "speed", factor: 1.852, symbol: "knots" },
  usd: { dimension: "money:usd", factor: 1, symbol: "", prefix: "$" },
  dollar: { dimension: "money:usd", factor: 1, symbol: "", prefix: "$" },
  $: { dimension: "money:usd", factor: 1, symbol: "", prefix: "$" },
  eur: { dimension: "money:eur", factor: 1, symbol: "", prefix: "€" },
  euro: { dimension: "money:eur", factor: 1, symbol: "", prefix: "€" },
  gbp: { dimension: "money:gbp", factor: 1, symbol: "", prefix: "£" },
  sterling: { dimension: "money:gbp", factor: 1, symbol: "", prefix: "£" },
  jpy: { dimension: "money:jpy", factor: 1, symbol: "", prefix: "¥" },
  yen: { dimension: "money:jpy", factor: 1, symbol: "", prefix: "¥" },
};

const measures = new BoundedCache<Measure>(20_000);

/** The measure a claim's key names, or a plain count when the key is a counted noun. */
export function measureOf(claim: Pick<Claim, "key" | "unit">): Measure {
  // asked several times per claim, and many claims share key and unit; each caller gets its own copy
  return { ...measures.get(`${claim.key}\u0000${claim.unit}`, () => findMeasure(claim.key, claim.unit)) };
}

function findMeasure(key: string, unit: string): Measure {
  for (const candidate of [key, unit]) {
    const raw = candidate.trim().toLowerCase();
    if (!raw) continue;
    const direct = units[raw] ?? units[wordKeys(raw).join(" ")];
    if (direct) return { prefix: "", ...direct };
  }
  return { dimension: "count", factor: 1, symbol: "", prefix: "" };
}

/** The closed range of base-unit values a claim is compatible with. */
export interface ValueRange {
  lo: number;
  hi: number;
}

/** Rounding news copy does on plain figures ("11,000" may stand for 11,180). */
const plainTolerance = 0.02;
/** "about", "approximately", "an estimated" */
const aboutTolerance = 0.1;
/**
 * How far "more than" / "at least" reaches: to the next step of the figure's own rounding ("more than
 * 200" → under 300, "more than 11,000" → under 12,000) but at least a quarter more, never unbounded. So
 * "at least 15" agrees with 17 and "more than 200" with 217, while "at least 32" against 41 is a conflict.
 */
const openEndedMinStretch = 1.25;
/** "fewer than" / "up to" reach down as far, the other way */
const openEndedStretch = 1.5;

/** The rounding step a figure is written to: 11,000 → 1,000; 200 → 100; 32 → 1; 2.5 → 0.1. */
export function roundingStep(v: number): number {
  const a = Math.abs(v);
  if (a === 0 || !Number.isFinite(a)) return 1;
  if (!Number.isInteger(a)) {
    const decimals = Math.min(6, (String(a).split(".")[1] ?? "").length);
    return 10 ** -decimals;
  }
  let step = 1;
  while (a % (step * 10) === 0 && step < 1e15) step *= 10;
  return step;
}

/** `measure` is the claim's own (`measureOf(claim)`), when the caller already has it. */
export function valueRange(claim: Pick<Claim, "value" | "valueMin" | "valueMax" | "qualifier" | "key" | "unit">, measure?: Measure): ValueRange | null {
  const lo0 = claim.valueMin ?? claim.value;
  const hi0 = claim.valueMax ?? claim.value;
  if (lo0 === null || hi0 === null || !Number.isFinite(lo0) || !Number.isFinite(hi0)) return null;
  const f = (measure ?? measureOf(claim)).factor;
  let lo = Math.min(lo0, hi0) * f;
  let hi = Math.max(lo0, hi0) * f;
  switch (claim.qualifier) {
    case "more_than":
    case "at_least": {
      const raw = Math.min(lo0, hi0);
      hi = Math.max(hi, (raw + roundingStep(raw)) * f, lo * openEndedMinStretch);
      break;
    }
    case "fewer_than":
    case "at_most":
      lo = Math.min(lo, hi / openEndedStretch);
      break;
    // each end is padded by its own size: "millions" (2 million to 999 million) reaches down to about
    // 2 million, not below zero
    case "about": {
      lo -= Math.max(aboutTolerance * Math.abs(lo), f);
      hi += Math.max(aboutTolerance * Math.abs(hi), f);
      break;
    }
    case "exactly":
      break;
    default: {
      lo -= plainTolerance * Math.abs(lo);
      hi += plainTolerance * Math.abs(hi);
    }
  }
  return { lo, hi };
}

/** Whether two ranges share a value (tiny epsilon for float conversions). */
export function rangesOverlap(a: ValueRange, b: ValueRange): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a.hi), Math.abs(b.hi));
  return a.lo <= b.hi + eps && b.lo <= a.hi + eps;
}

/** Whether two quantity claims can be true together. Claims without numbers agree with anything. */
export function valuesAgree(a: Parameters<typeof valueRange>[0], b: Parameters<typeof valueRange>[0]): boolean {
  if (measureOf(a).dimension !== measureOf(b).dimension) return false;
  const ra = valueRange(a);
  const rb = valueRange(b);
  if (!ra || !rb) return true;
  return rangesOverlap(ra, rb);
}

/** 11000 → "11,000"; 2.5 → "2.5". Locale-independent so output is byte-stable everywhere. */
export function formatNumber(n: number): string {
  // whole numbers (most figures) written out without toFixed and the grouping pattern: the same digits
  if (Number.isSafeInteger(n)) return (n < 0 ? "-" : "") + groupThousands(String(Math.abs(n)));
  const neg = n < 0;
  const [int, frac] = Math.abs(n).toFixed(2).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const decimals = frac.replace(/0+$/, "");
  return (neg ? "-" : "") + grouped + (decimals ? "." + decimals : "");
}

/** "11000" → "11,000", for a string of digits. */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let at = out.length; at < digits.length; at += 3) out += "," + digits.slice(at, at + 3);
  return out;
}

const qualifierWords: Record<string, string> = {
  more_than: "more than",
  at_least: "at least",
  about: "about",
  fewer_than: "fewer than",
  at_most: "up to",
  exactly: "exactly",
  "": "",
};

/**
 * The amount as a reader would say it: "more than 11,000", "400–500", "$8", "about 58 km", "several dozen".
 * `measure` is the claim's own (`measureOf(claim)`), when the caller already has it.
 */
export function valueText(claim: Pick<Claim, "value" | "valueMin" | "valueMax" | "qualifier" | "key" | "unit" | "text">, measure?: Measure): string {
  const m = measure ?? measureOf(claim);
  const q = qualifierWords[claim.qualifier] ?? "";
  const withUnit = (s: string) => `${m.prefix}${s}${m.symbol ? (m.symbol === "%" ? "%" : " " + m.symbol) : ""}`;
  let core: string;
  const hasDigits = /\d/.test(claim.text);
  if (!hasDigits && (claim.value === null || (claim.valueMin !== null && claim.valueMax !== null && claim.valueMin !== claim.valueMax))) {
    // a vague amount ("dozens of …") reads best in its own words
    core = vaguePhrase(claim.text, claim.unit);
    if (core) return core;
  }
  if (claim.valueMin !== null && claim.valueMax !== null && claim.valueMin !== claim.valueMax) {
    core = withUnit(`${formatNumber(claim.valueMin)}–${formatNumber(claim.valueMax)}`);
  } else {
    const v = claim.value ?? claim.valueMin ?? claim.valueMax;
    if (v === null) return claim.text.trim();
    core = withUnit(formatNumber(v));
  }
  return q ? `${q} ${core}` : core;
}

/** "several dozen ASIC miners" with unit "ASIC miners" → "several dozen". */
function vaguePhrase(text: string, unit: string): string {
  let t = text.trim();
  const u = unit.trim();
  if (u && t.toLowerCase().endsWith(u.toLowerCase())) t = t.slice(0, t.length - u.length).trim();
  t = t.replace(/\s+(of|the)$/i, "").replace(/\s+(of|the)$/i, "").trim();
  return t.split(/\s+/).length <= 4 ? t.toLowerCase() : "";
}
