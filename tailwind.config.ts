import type { Config } from "tailwindcss";

// Tailwind 4 reads its design tokens from @theme in app/globals.css; this file names the sources
// and is loaded there with @config.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
};

export default config;
