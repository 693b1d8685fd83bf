export function findChromium(): Promise<string | null>;
export const NO_CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
