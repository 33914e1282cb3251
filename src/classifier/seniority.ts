// Seniority from the title first (it names the grade), then from the description's experience asks.
import type { Seniority } from './types';

const EXECUTIVE = /\b(chief|ceo|coo|cfo|cio|cto|cxo|president|vice president|vp|executive director|managing director|board)\b/i;
const SENIOR = /\b(director|head of|head|deputy director|associate director|assistant director|senior manager|general manager|band 8[a-d]|band 9|gs-?1[4-5])\b/i;
const ENTRY = /\b(assistant|clerk|receptionist|trainee|apprentice|entry level|junior|intern|band [1-4]\b|secretary|typist|scheduler|front desk|front office|coder|specialist i\b)\b/i;
const MID = /\b(manager|supervisor|supervisory|lead|officer|coordinator|co-ordinator|administrator|specialist|analyst|educator|band [5-7]|gs-?(9|1[0-3]))\b/i;

export function judgeSeniority(title: string, description: string): Seniority {
  if (EXECUTIVE.test(title) && !/\b(assistant|pa|secretary) to\b/i.test(title)) return 'executive';
  if (SENIOR.test(title)) return 'senior';
  if (/\bsenior\b/i.test(title) && MID.test(title)) return 'senior';
  if (ENTRY.test(title) && !/\b(manager|director)\b/i.test(title)) return 'entry';
  const years = maxYearsAsked(description);
  if (MID.test(title)) return years >= 8 ? 'senior' : 'mid';
  if (/\b(executive team|member of the board|senior leadership team)\b/i.test(description) && years >= 8) return 'senior';
  if (years >= 5) return 'mid';
  if (/\bentry[- ]level\b|\bno experience (is )?(necessary|required)\b/i.test(description)) return 'entry';
  return years > 0 ? 'mid' : 'entry';
}

function maxYearsAsked(text: string): number {
  let max = 0;
  for (const m of text.matchAll(/\b(\d{1,2})\+?\s*(?:or more\s*)?years?/gi)) {
    const n = Number(m[1]);
    if (n <= 25 && n > max) max = n;
  }
  return max;
}
