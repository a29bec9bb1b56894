/** A plain object whose fields can be read (not null, not an array): what JSON objects, stored
 * values, messages and thrown errors are checked with before a field is read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
