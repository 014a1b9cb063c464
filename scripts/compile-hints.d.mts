/** Types of scripts/compile-hints.mjs (a plain ES module, as the build steps run it without a loader). */
export const COMPILE_HINT: string
export function firstLoadChunks(nextDir?: string): string[]
export function markFirstLoadChunks(nextDir?: string): string[]
