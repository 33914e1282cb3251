// iCIMS career sites (*.icims.com). The listing and job content live in an iframe served with
// ?in_iframe=1, so the content script must also run in frames (all_frames).
import { defineSite } from './engine';

const JOB_PATH = /\/jobs\/(\d+)\//;

export const icims = defineSite({
  id: 'icims',
  name: 'iCIMS',
  matches: ['*://*.icims.com/*'],
  matchesUrl: (url) => /(^|\.)icims\.com$/i.test(url.hostname),
  cards: [
    {
      card: ['li.iCIMS_JobCardItem', '.iCIMS_JobsTable .row:has(a.iCIMS_Anchor)'],
      id: [{ href: 'a.iCIMS_Anchor', pattern: JOB_PATH }],
      title: ['a.iCIMS_Anchor h3', 'a.iCIMS_Anchor h2', 'a.iCIMS_Anchor'],
      location: ['.header.left span:not(.sr-only)', '.iCIMS_JobHeaderData'],
    },
  ],
  detail: [
    {
      when: (url) => /\/jobs\/\d+\/[^/]*\/job/.test(url.pathname),
      id: [{ url: 'path', pattern: JOB_PATH }],
      title: ['.iCIMS_Header h1', 'h1.iCIMS_Header', 'h1'],
      location: ['.iCIMS_JobHeaderGroup .iCIMS_JobHeaderData'],
      description: ['.iCIMS_JobContent', '.iCIMS_InfoMsg_Job', '#iCIMS_JobContent'],
      jsonLd: true,
    },
  ],
});
