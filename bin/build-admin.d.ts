/** Types of bin/build-admin.js, for the TypeScript that calls it (tests). */
export function adminSourceHash(): string;
export function buildAdmin(options?: { force?: boolean; quiet?: boolean }): Promise<boolean>;
