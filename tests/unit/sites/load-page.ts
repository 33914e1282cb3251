// Test helper: parse a saved page at its real address, the way the content script sees it.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

/**
 * happy-dom 21 stops parsing at a <style> inside <svg> (Indeed's preloader has one), dropping the
 * rest of the page. Style sheets mean nothing to the adapters, so they are removed before parsing.
 */
function withoutStyleSheets(html: string): string {
  return html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
}

export interface LoadedPage {
  doc: Document;
  url: URL;
  close: () => Promise<void>;
}

export function loadPage(file: string, url: string): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const parsed = new window.DOMParser().parseFromString(withoutStyleSheets(readFileSync(file, 'utf8')), 'text/html');
  return {
    doc: parsed as unknown as Document,
    url: new URL(url),
    close: () => window.happyDOM.close(),
  };
}
