/** Types of bin/admin-size.js, for the test that holds the app to its size budget. */
export interface Measured { files: string[]; raw: number; gzip: number }
export function adminBundleSizes(): { list: Measured; editor: Measured };
