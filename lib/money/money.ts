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
