import "server-only";
import { revalidatePath, updateTag } from "next/cache";

/** The tag the public signings board's data carries; every change to an agreement expires it. */
export const SIGNINGS_TAG = "signings-board";

/**
 * Call after any write to agreements, their parties, sectors or organizations (from a server
 * action): the public board and the organization pages show the change on the next request.
 */
export function expireSigningsBoard(): void {
  updateTag(SIGNINGS_TAG);
  revalidatePath("/signings");
}
