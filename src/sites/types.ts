// The one interface every site adapter implements. Adapters read the page; they never change it.

/** A posting as one search-result card shows it (title-only classification). */
export interface ListingCard {
  /** Stable job id from an attribute or the URL (never the card's position). */
  jobId: string;
  title: string;
  company?: string;
  location?: string;
  snippet?: string;
  /** The card's root element (for dimming / hiding / scrolling to). */
  element: Element;
  /** The element the badge goes right after (usually the title link or heading). */
  badgeAnchor: Element;
}

/** The posting the page shows in full: a job page or a search page's detail pane. */
export interface DetailPosting {
  jobId: string;
  title: string;
  company?: string;
  location?: string;
  description: string;
  /** The element holding the description (for highlighting evidence). */
  descriptionElement?: Element;
  badgeAnchor: Element;
}

export interface SiteAdapter {
  /** Short stable id used in settings ('linkedin', 'indeed', …). */
  id: string;
  /** Human name for the options page. */
  name: string;
  /** Match patterns for the manifest's content script. */
  matches: string[];
  /** Does this adapter handle this URL? */
  matchesUrl(url: URL): boolean;
  /** A bot check, login wall or interstitial: do nothing on such pages. */
  isBlocked(doc: Document): boolean;
  /** Cards in the results list, one per job id. */
  findCards(doc: Document, url: URL): ListingCard[];
  /**
   * The same cards, read in steps (one card element per step), for a caller that yields to the
   * page between steps on big lists. Optional: without it, findCards is used.
   */
  cardsInSteps?(doc: Document, url: URL): Generator<void, ListingCard[]>;
  /** The posting shown in full, if any. */
  findDetail(doc: Document, url: URL): DetailPosting | null;
  /** The same, read in steps (optional, like cardsInSteps). */
  detailInSteps?(doc: Document, url: URL): Generator<void, DetailPosting | null>;
}

/**
 * A platform recognised by the page's own data rather than its address (career sites on the
 * employers' own domains). Read only in the "any page with JobPosting data" mode, before the
 * generic JSON-LD reader.
 */
export interface PageDataAdapter extends SiteAdapter {
  recognises(doc: Document): boolean;
}
