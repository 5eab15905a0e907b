// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./app/_lib/i18n-request.ts");
const dev = process.env.NODE_ENV !== "production";

// Next injects inline bootstrap scripts, so scripts need 'unsafe-inline' without per-request nonces
// (nonces would make every page dynamic and uncacheable). Everything else is locked to this origin.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files at run time: keep it out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "@prisma/schema-engine-wasm", "nodemailer"],
  poweredByHeader: false,
  // Next would hash every cached page's body (≈ 200 kB) on every response to make an ETag; proxy.ts
  // gives the cached program pages one from their build, release and language instead.
  generateEtags: false,
  experimental: {
    // forbidden() and app/forbidden.tsx: a real 403 page for signed-in users without the role.
    authInterrupts: true,
    // Participant CSV imports travel in a server action: 20,000 rows are about 2 MB.
    serverActions: { bodySizeLimit: "6mb" },
  },
  // The plain program and session pages, rendered once per language and release: proxy.ts names
  // the page in two request headers it alone sets (it drops any a client sends).
  async rewrites() {
    const has = [
      { type: "header", key: "x-concord-static-locale", value: "(?<locale>en|zh|ru|fr)" },
      { type: "header", key: "x-concord-static-release", value: "(?<release>[a-z0-9-]{1,64})" },
    ];
    return {
      beforeFiles: [
        { source: "/program", has, destination: "/p/:locale/:release/program" },
        { source: "/program/:slug", has, destination: "/p/:locale/:release/program/:slug" },
      ],
    };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), interest-cohort=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
