import { confirmEmail } from "@/lib/registration/confirm";

// The link in the confirmation e-mail. It spends the token and sends the browser on to a page that
// says what happened; the token never stays in the address bar (or in a Referer header).
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const outcome = await confirmEmail(token);
  return new Response(null, {
    status: 303,
    headers: { Location: `/register/confirmed?result=${outcome}`, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}
