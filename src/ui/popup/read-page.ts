// "Read this page" on a page RoleLens has no adapter for. This function is injected with
// browser.scripting.executeScript, so it must be self-contained: no imports, no closures, only
// what it defines inside. It reads; it never changes the page.

export interface ReadPageResult {
  title: string;
  description: string;
  company?: string;
  source: 'json-ld' | 'text';
}

export function readPageInTab(): ReadPageResult | null {
  const MAX = 30_000;
  const clean = (s: string) => s.replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  // JSON-LD descriptions are often HTML. An inert parsed document (scripts never run, nothing is
  // attached to the page) turns them into text; block ends become line breaks first.
  const htmlToText = (html: string) => {
    const withBreaks = html.replace(/<br\s*\/?>|<\/(p|li|div|h[1-6]|ul|ol|tr)>/gi, '$&\n');
    const doc = new DOMParser().parseFromString(withBreaks, 'text/html');
    return clean(doc.body?.textContent ?? '');
  };
  const isJobPosting = (node: unknown): node is Record<string, unknown> => {
    if (!node || typeof node !== 'object') return false;
    const type = (node as Record<string, unknown>)['@type'];
    return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
  };
  const findJobPosting = (node: unknown, depth: number): Record<string, unknown> | null => {
    if (depth > 5 || !node || typeof node !== 'object') return null;
    if (Array.isArray(node)) {
      for (const item of node) {
        const found = findJobPosting(item, depth + 1);
        if (found) return found;
      }
      return null;
    }
    if (isJobPosting(node)) return node;
    return findJobPosting((node as Record<string, unknown>)['@graph'], depth + 1);
  };

  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken block on the page; try the next one.
    }
    const job = findJobPosting(data, 0);
    if (!job) continue;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const org = job['hiringOrganization'];
    const company = typeof org === 'string' ? org : org && typeof org === 'object' ? text((org as Record<string, unknown>)['name']) : '';
    const title = htmlToText(text(job['title']) || text(job['name']));
    const description = htmlToText(text(job['description'])).slice(0, MAX);
    if (title || description) {
      return company ? { title, description, company: htmlToText(company), source: 'json-ld' } : { title, description, source: 'json-ld' };
    }
  }

  const main = document.querySelector('main, [role="main"], article') ?? document.body;
  if (!main) return null;
  const description = clean((main as HTMLElement).innerText ?? main.textContent ?? '').slice(0, MAX);
  const title = clean(document.querySelector('h1')?.textContent ?? document.title ?? '');
  if (!description && !title) return null;
  return { title, description, source: 'text' };
}

/**
 * A pasted posting: a short first line is the title and the rest the description; a long first
 * line is already the description (someone pasted only the body).
 */
export function parsePastedPosting(text: string): { title: string; description: string } | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return null;
  const firstLine = lines[first]!.trim();
  if (firstLine.length > 150) return { title: '', description: lines.slice(first).join('\n').trim() };
  return { title: firstLine, description: lines.slice(first + 1).join('\n').trim() };
}
