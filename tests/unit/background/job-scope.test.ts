// Where a job id is unique (issue 11 item 5): by host, and by the employer's board on boards that
// host many employers; Greenhouse's two hosts are one.
import { describe, expect, it } from 'vitest';
import { jobScope } from '../../../src/background/job-scope';
import { titlesAgree } from '../../../src/background/same-posting';

describe('jobScope', () => {
  it.each([
    ['greenhouse', 'https://boards.greenhouse.io/harborviewclinics', 'greenhouse@greenhouse.io/harborviewclinics'],
    ['greenhouse', 'https://job-boards.greenhouse.io/harborviewclinics/jobs/7100000001', 'greenhouse@greenhouse.io/harborviewclinics'],
    ['greenhouse', 'https://job-boards.greenhouse.io/evilco/jobs/7100000001', 'greenhouse@greenhouse.io/evilco'],
    ['greenhouse', 'https://boards.greenhouse.io/embed/job_board?for=Acme', 'greenhouse@greenhouse.io/acme'],
    ['greenhouse', 'https://careers.acme.org/jobs?gh_jid=1', 'greenhouse@careers.acme.org'],
    ['lever', 'https://jobs.lever.co/cedarpointhealth/0c9e', 'lever@lever.co/cedarpointhealth'],
    ['workday', 'https://summitvalley.wd1.myworkdayjobs.com/en-US/SummitValley/job/Boise', 'workday@summitvalley.wd1.myworkdayjobs.com/summitvalley'],
    ['linkedin', 'https://www.linkedin.com/jobs/view/1', 'linkedin@www.linkedin.com'],
    ['icims', 'https://careers-bayside.icims.com/jobs/5101/job', 'icims@careers-bayside.icims.com'],
  ])('%s %s → %s', (site, url, scope) => {
    expect(jobScope(site, url)).toBe(scope);
  });

  it('has none without a site or a readable address', () => {
    expect(jobScope(null, 'https://a.example/')).toBeNull();
    expect(jobScope('lever', 'not a url')).toBeNull();
  });
});

describe('titlesAgree', () => {
  it.each([
    ['Chief Executive Officer', 'Chief Executive Officer', true],
    ['Director of Revenue Cycle', 'Director of Revenue Cycle - Boise, ID', true],
    ['DIRECTOR  of revenue-cycle', 'Director of Revenue Cycle', true],
    ['Chief Executive Officer', 'Medical Receptionist', false],
    ['Manager', '', false],
  ])('%s / %s → %s', (a, b, agree) => {
    expect(titlesAgree(a, b)).toBe(agree);
  });
});
