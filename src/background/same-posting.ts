// Whether a card and a stored posting are the same posting by their titles: a card gets a job's
// stored full verdict only when they agree (a page elsewhere in the scope that reuses the job id
// for another title must not lend that verdict to the card). Lenient where boards are: a card
// title may be the posting's title shortened, or the posting's the card's with a place added.
function words(title: string): string[] {
  return title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function containsRun(longer: readonly string[], shorter: readonly string[]): boolean {
  for (let i = 0; i + shorter.length <= longer.length; i++) {
    if (shorter.every((w, j) => longer[i + j] === w)) return true;
  }
  return false;
}

export function titlesAgree(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (!x.length || !y.length) return false;
  return x.length >= y.length ? containsRun(x, y) : containsRun(y, x);
}
