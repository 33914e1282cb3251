// Types for board.mjs, so TypeScript tests can import the demo board.
export interface DemoPosting {
  id: string;
  title: string;
  location: string;
  timeType: string;
  postedOn: string;
  /** Which way we wrote the posting to lean; RoleLens decides for itself. */
  written_as: 'management' | 'administration' | 'balanced' | 'not_applicable';
  summary: string;
  duties: string[];
  qualifications: string[];
}
export interface DemoResponse {
  status: number;
  contentType: string;
  body: string;
}
export const DEMO_ORIGIN: string;
export const DEMO_SITE_PATH: string;
export const DEMO_LIST_URL: string;
export const employer: string;
export const postings: DemoPosting[];
export function detailUrl(posting: DemoPosting): string;
export function renderList(list?: DemoPosting[]): string;
export function renderDetail(posting: DemoPosting): string;
export function respond(url: string, list?: DemoPosting[]): DemoResponse | null;
export function manyPostings(count: number): DemoPosting[];
