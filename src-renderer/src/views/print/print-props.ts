import type { Lang } from '$lib/domain/text';
import type { ChairmanshipView } from '$lib/domain/types';

/** What the print view gives every printable document. */
export interface PrintDocProps {
  chairmanship: ChairmanshipView;
  /** The document's language (chosen in the print toolbar), not necessarily the UI's. */
  lang: Lang;
  /** The session (or plan) the document is about, where it is about one. */
  id?: string;
  query?: Record<string, string>;
}
