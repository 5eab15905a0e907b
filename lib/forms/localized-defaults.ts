const SUFFIXES = ["En", "Zh", "Ru", "Fr"] as const;

/**
 * A form's starting values for texts stored per language: `title` → titleEn … titleFr, blank for
 * a missing translation or a new record.
 */
export function localizedDefaults(record: object | null | undefined, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  const source = (record ?? {}) as Record<string, unknown>;
  for (const field of fields) {
    for (const suffix of SUFFIXES) {
      const value = source[`${field}${suffix}`];
      values[`${field}${suffix}`] = typeof value === "string" ? value : "";
    }
  }
  return values;
}
