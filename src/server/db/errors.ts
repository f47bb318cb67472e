/** PostgreSQL's unique_violation; drizzle may wrap the driver's error, so the cause chain is searched. */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    if ((current as Error & { code?: unknown }).code === '23505') return true;
  }
  return false;
}
