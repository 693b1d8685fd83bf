// The only way a link reaches the page: https and mailto pass, everything else (javascript:,
// data:, file:, relative paths smuggled in by an import) becomes plain text. A mailto: link
// is an address and nothing more: no query (`?attach=/etc/passwd`, `?cc=`, `?body=`), no
// fragment, and an address the person rules accept.
import { isEmailAddress } from './person-rules';

export function safeUrl(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol === 'https:' && url.username === '' && url.password === '') return url.href;
  if (url.protocol === 'mailto:' && url.search === '' && url.hash === '' && !raw.includes('?')) {
    let address: string;
    try {
      address = decodeURIComponent(url.pathname);
    } catch {
      return null;
    }
    return mailto(address);
  }
  return null;
}

/** `mailto:` and the address, built from the address alone once it is checked; null for anything else. */
export function mailto(email: string | undefined): string | null {
  const address = email?.trim() ?? '';
  return isEmailAddress(address) ? `mailto:${address}` : null;
}
