// The role as the posting names it in its own duty statements ("As Chief Operating Officer, you
// will…", "The Executive Director is responsible for…", "we are seeking a Director of Strategy
// to…"). A posting whose title says little (a generic "Healthcare Manager", a grade code) still
// says in its text which post it is; this is that post's name, never its boss's (the reporting
// line, "PA to the Chief Executive", is not a role statement).
const ROLE_NOUN = String.raw`(?:Officer|Executive|Director|President|Manager|Administrator|Head of(?: [A-Z][\w&'’-]*){1,4}|Lead|Leader)`;
const CAPITALISED = String.raw`(?:[A-Z][\w&'’-]*,?\s+(?:(?:of|and|for|&)\s+)?){0,6}`;
const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:As|as) (?:the |our |a |an )?(${CAPITALISED}${ROLE_NOUN})\b(?: \([A-Z]{2,6}\))?,? (?:you|the post ?holder|this role|this position|they) `, 'u'),
  new RegExp(String.raw`\b(?:The|the|Our|our|This|this) (${CAPITALISED}${ROLE_NOUN})(?: \([A-Z]{2,6}\))? (?:will (?:be responsible|lead|oversee|provide|have|set|serve|be accountable|manage|direct)|is (?:responsible|accountable)|leads|oversees|provides|serves as|has overall|manages|directs|coordinates)\b`, 'u'),
  new RegExp(String.raw`\bjoin [^.]{0,80}? as (?:our|the|a|an) (?:new |next )?(${CAPITALISED}${ROLE_NOUN})\b`, 'u'),
  // The title echoed as the posting's header: "Chief Operating Officer Salary: …", "(Chief Executive Officer), GS-15".
  new RegExp(String.raw`(${CAPITALISED}${ROLE_NOUN})s?\)?,?\s+(?:x\d+\s+)?(?:Salary|Location|Band|Grade|Contract|Closing|Up to|GS-?\d|£|\$)`, 'u'),
  new RegExp(String.raw`\b(?:looking for|seeking|recruiting|recruit|appoint|search for) (?:a|an|our|the)(?: new| next| permanent| substantive| interim| experienced| exceptional| dynamic| visionary| inspirational| talented| highly motivated)* (${CAPITALISED}${ROLE_NOUN})\b`, 'u'),
  new RegExp(String.raw`\b(?:post|role|position|vacancy) (?:of|as) (?:the |a |an )?(${CAPITALISED}${ROLE_NOUN})\b`, 'u'),
];

/** The first role the description's own statements name, as written, or null. */
export function namedRole(description: string): string | null {
  let best: { at: number; name: string } | null = null;
  for (const re of PATTERNS) {
    const m = re.exec(description);
    if (m && m[1] && (!best || m.index < best.at)) best = { at: m.index, name: m[1].trim().replace(/,$/, '') };
  }
  return best?.name ?? null;
}
