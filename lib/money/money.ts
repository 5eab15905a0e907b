// Money is integer minor units (BigInt) with an ISO 4217 code: never a float.
import { code as iso4217 } from "currency-codes";

/** Whether a code is an ISO 4217 currency. */
export function isCurrency(currency: string): boolean {
  return /^[A-Z]{3}$/.test(currency) && iso4217(currency) !== undefined;
}

/**
 * Digits of the minor unit, from ISO 4217 (2 for CNY and PKR, 0 for JPY, 3 for KWD). ICU's display
 * digits differ for some currencies (PKR, IRR), so they are not used for storage.
 */
export function minorDigits(currency: string): number {
  const digits = iso4217(currency)?.digits;
  if (digits === undefined) throw new RangeError(`Unknown currency ${currency}`);
  return digits;
}

/** The forum's own currency is written with its short symbol (¥); others with an unambiguous one (JP¥, US$). */
const HOME_CURRENCY = "CNY";
const display = (currency: string) => (currency === HOME_CURRENCY ? "narrowSymbol" : "symbol");

/** 135000000000n fen → "1350000000.00": an exact decimal string, for display and exports. */
export function minorToDecimal(minor: bigint, currency: string): string {
  const digits = minorDigits(currency);
  const negative = minor < 0n;
  const abs = (negative ? -minor : minor).toString().padStart(digits + 1, "0");
  const whole = digits ? abs.slice(0, -digits) : abs;
  const fraction = digits ? `.${abs.slice(-digits)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** Formats an exact amount in a language ("¥1,350,000,000.00"); Intl formats decimal strings exactly. */
export function formatMoney(minor: bigint, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  const formatter = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: display(currency), minimumFractionDigits: digits, maximumFractionDigits: digits });
  return formatter.format(minorToDecimal(minor, currency) as unknown as number);
}

/**
 * A short headline figure for totals only: "¥1.35 billion", "13.5亿元"-style in Chinese. ICU's
 * compact currency format only has short forms ("¥1.35B"), so the long compact number is placed
 * where the currency format puts its amount.
 */
export function formatMoneyCompact(minor: bigint, currency: string, locale: string): string {
  const amount = minorToDecimal(minor, currency) as unknown as number;
  const compact = new Intl.NumberFormat(locale, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 }).format(amount);
  const parts = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: display(currency) }).formatToParts(1);
  const symbolAt = parts.findIndex((p) => p.type === "currency");
  const numberAt = parts.findIndex((p) => p.type === "integer");
  const symbol = parts[symbolAt]?.value ?? currency;
  const gap = parts.slice(Math.min(symbolAt, numberAt) + 1, Math.max(symbolAt, numberAt)).filter((p) => p.type === "literal").map((p) => p.value).join("");
  return symbolAt < numberAt ? `${symbol}${gap}${compact}` : `${compact}${gap || "\u00a0"}${symbol}`;
}

/**
 * The largest amount `parseMoney` accepts: under one quadrillion (10^15) units of any currency,
 * and within PostgreSQL's bigint in minor units. Larger figures are typing mistakes, not deals.
 */
export const MONEY_MAX_WHOLE_DIGITS = 15;
const BIGINT_MAX = 9_223_372_036_854_775_807n;

export type MoneyParseError = "EMPTY" | "NEGATIVE" | "MALFORMED" | "DECIMAL_COMMA" | "TOO_MANY_DECIMALS" | "TOO_LARGE" | "UNKNOWN_CURRENCY";

export type ParsedMoney = { ok: true; minor: bigint } | { ok: false; error: MoneyParseError; message: string };

const SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * Reads an amount typed by a person into exact minor units of an ISO 4217 currency.
 *
 * The rule, in full:
 * - The decimal separator is the point, and only the point: "1350000000.50".
 * - Digits before it may be grouped by thousands with commas or spaces (including no-break and
 *   thin spaces), used consistently: "1,350,000,000.00", "1 350 000 000". Groups other than
 *   thousands ("1,35", "13,50,000") are refused, so a decimal comma ("1 350 000,50") is never
 *   misread as thousands: the message asks for a point instead.
 * - At most as many decimals as the currency's ISO minor unit (2 for CNY, 0 for JPY, 3 for KWD);
 *   further trailing zeros are accepted since they change nothing ("100.00" JPY is 100).
 * - No sign, no currency symbol, no exponent; negative amounts are refused as such.
 * - At most 15 digits before the point (under one quadrillion).
 */
export function parseMoney(input: string, currency: string): ParsedMoney {
  if (!isCurrency(currency)) return { ok: false, error: "UNKNOWN_CURRENCY", message: `Unknown currency "${currency}": use an ISO 4217 code such as CNY` };
  const digits = minorDigits(currency);
  const text = input.trim();
  if (text === "") return { ok: false, error: "EMPTY", message: "Enter the value" };
  if (/^[-\u2212(]/.test(text)) return { ok: false, error: "NEGATIVE", message: "The value cannot be negative" };

  const m = /^([0-9][0-9,\s\u00a0\u202f\u2009]*)(?:\.([0-9]+))?$/.exec(text);
  if (!m) {
    if (/^[0-9][0-9\s\u00a0\u202f\u2009.]*,[0-9]{1,2}$/.test(text)) return decimalComma();
    return { ok: false, error: "MALFORMED", message: "Enter a number such as 1350000000.00 or 1,350,000,000.00" };
  }
  const [, wholeText = "", fraction = ""] = m;
  const whole = parseGrouped(wholeText);
  if (whole === null) return /,[0-9]{1,2}$/.test(wholeText) && !fraction ? decimalComma() : { ok: false, error: "MALFORMED", message: "Group thousands by three digits, with commas or spaces: 1,350,000,000" };

  const significant = fraction.replace(/0+$/, "");
  if (significant.length > digits) {
    return {
      ok: false,
      error: "TOO_MANY_DECIMALS",
      message: digits === 0 ? `${currency} has no decimals` : `${currency} has at most ${digits} decimal${digits > 1 ? "s" : ""}`,
    };
  }
  const wholeDigits = whole.replace(/^0+(?=\d)/, "");
  if (wholeDigits.length > MONEY_MAX_WHOLE_DIGITS) return tooLarge();
  const minor = BigInt(wholeDigits + significant.padEnd(digits, "0"));
  if (minor > BIGINT_MAX) return tooLarge();
  return { ok: true, minor };
}

function decimalComma(): ParsedMoney {
  return { ok: false, error: "DECIMAL_COMMA", message: "Use a point for decimals: 1350000.50, not 1350000,50" };
}

function tooLarge(): ParsedMoney {
  return { ok: false, error: "TOO_LARGE", message: "This value is too large: check the number of digits" };
}

/** "1,350,000" or "1 350 000" or "1350000" → "1350000"; inconsistent or non-thousand groups → null. */
function parseGrouped(text: string): string | null {
  const normalised = text.replace(SPACES, " ");
  if (/^[0-9]+$/.test(normalised)) return normalised;
  const separator = normalised.includes(",") ? "," : " ";
  if (separator === "," && normalised.includes(" ")) return null;
  const groups = normalised.split(separator);
  const [first, ...rest] = groups;
  if (!first || !/^[0-9]{1,3}$/.test(first) || rest.some((g) => !/^[0-9]{3}$/.test(g))) return null;
  return groups.join("");
}
