// saxen ships no type declarations; these cover the part of its API the XLSX reader uses
// (saxen 11, dist/index.js: `Parser`, its `on` hooks and `parse`).
declare module 'saxen' {
  type Decode = (text: string) => string;
  interface Hooks {
    openTag: (name: string, attributes: () => Record<string, string>, decode: Decode, selfClosing: boolean) => void;
    closeTag: (name: string, decode: Decode, selfClosing: boolean) => void;
    text: (value: string, decode: Decode) => void;
    cdata: (value: string) => void;
    error: (error: Error) => void;
    warn: (warning: Error) => void;
  }
  export class Parser {
    constructor(options?: { proxy?: false });
    on<Hook extends keyof Hooks>(hook: Hook, handler: Hooks[Hook]): this;
    parse(xml: string): Error | undefined;
  }
}
