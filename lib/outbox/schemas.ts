import { z } from "zod";
import { searchText } from "@/lib/forms/text";

/** The outbox page's query string. Anything malformed is ignored, never an error page. */
export const outboxQuerySchema = z.object({
  to: searchText(254)
    .transform((v) => v.toLowerCase())
    .optional()
    .catch(undefined),
  after: z.string().max(200).regex(/^[A-Za-z0-9_-]+$/).optional().catch(undefined),
});

export type OutboxQuery = z.infer<typeof outboxQuerySchema>;
