// Stands in for the `server-only` marker package under Vitest: its default export throws outside
// React Server Components, and the tests call server code directly.
export {};
