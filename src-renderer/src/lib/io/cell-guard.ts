// Spreadsheet formula injection guard (OWASP "CSV Injection"): a cell an importer or a user
// typed that starts with = + - @, a tab or a carriage return would run as a formula in Excel
// or LibreOffice. Such cells get a leading apostrophe, which spreadsheets show as text.
// papaparse's `escapeFormulae` would also mangle phone numbers like "+7 495 …", so the rule
// here is narrower: a value that is only a phone number stays as it is.
const DANGEROUS_START = /^[=+\-@\t\r]/;
const PHONE = /^\+?[\d\s().-]{5,}$/;
const NUMBER = /^-?\d+([.,]\d+)?$/;

export function guardCell(value: string): string {
  if (!DANGEROUS_START.test(value)) return value;
  if (PHONE.test(value) && /\d/.test(value) && !/^[-.]/.test(value.trim())) return value;
  if (NUMBER.test(value)) return value;
  return `'${value}`;
}

/** A cell as it was before `guardCell`: the apostrophe it added taken off again (an import of the app's own export). */
export function unguardCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) && guardCell(value.slice(1)) === value ? value.slice(1) : value;
}
