// Where a title stops naming its own role.

/**
 * In "PA to the Chief Executive" or "Secretary to the Medical Director" the words after "to" name
 * the boss, not this role: the title's own role ends there.
 */
export function titleOwnRoleEnd(title: string): number {
  const m = /\b(PA|assistant|secretary|administrator|support officer|coordinator|co-ordinator)\s+(to|for)\s/i.exec(title);
  return m ? m.index + m[0].length : title.length;
}
