import { z } from "zod";

/** The outbox page's query string. Anything malformed is ignored, never an error page. */
export const outboxQuerySchema = z.object({
  to: z
    .string()
    .transform((v) => v.replace(/[\u0000-\u001f\u007f]/g, "").trim().toLowerCase().slice(0, 254))
    .optional()
    .catch(undefined),
  after: z.string().max(200).regex(/^[A-Za-z0-9_-]+$/).optional().catch(undefined),
});

export type OutboxQuery = z.infer<typeof outboxQuerySchema>;
