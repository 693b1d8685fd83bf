// The only way a link reaches the page: https and mailto pass, everything else (javascript:,
// data:, file:, relative paths smuggled in by an import) becomes plain text.
export function safeUrl(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol === 'https:' && url.username === '' && url.password === '') return url.href;
  if (url.protocol === 'mailto:' && /^[^\s@]+@[^\s@]+$/.test(decodeURIComponent(url.pathname))) return url.href;
  return null;
}

export function mailto(email: string | undefined): string | null {
  return email ? safeUrl(`mailto:${email.trim()}`) : null;
}
