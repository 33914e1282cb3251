// Words that are cues in one sense and something else in another (LABELLING.md §1: names,
// metadata and other senses do not decide). Each entry blocks the cue words it lists wherever its
// pattern covers them. Every entry carries an invented example where the word must NOT count and a
// counter-example where it still must; tests/unit/classifier/polysemes.test.ts checks both, one
// test per entry. Curated by hand from general US/UK job-advert usage, never from one posting.

export interface Polyseme {
  /** The cue words (normalised, as tokens.ts writes them) this entry can block. */
  words: readonly string[];
  /** Where the words are read in their other sense; must cover the cue's own characters. */
  pattern: RegExp;
  /** Why the word does not count there. */
  why: string;
  /** A duty sentence where the word must not count. */
  example: string;
  /** A duty sentence where the same word still counts. */
  counterExample: string;
}

export const POLYSEMES: readonly Polyseme[] = [
  {
    words: ['scanning'],
    pattern: /\b(ct|mri|pet|dexa|ultrasound|optical|body|bone|imaging)\s+scanning\b|\bscanning\s+(suite|equipment|room|unit|service|department|machine|session)s?\b/i,
    why: 'imaging, not scanning documents into the record',
    example: 'You will manage bookings for the new scanning suite.',
    counterExample: 'You will be responsible for scanning letters into the patient record.',
  },
  {
    words: ['registration', 'registrations'],
    pattern: /\b(professional|nmc|hcpc|gmc|gphc|gdc|current|active|full|valid|state)\s+registration\b|\bregistration\s+(with|as)\s+(the\s+)?(a\s+)?(nmc|hcpc|gmc|gphc|gdc|nursing|medical|health|registered|professional)|\bregistration\s+(body|number|status|requirements?)\b/i,
    why: 'a clinician’s professional registration, not registering patients',
    example: 'You will maintain your professional registration and meet revalidation requirements.',
    counterExample: 'You will handle patient registration and keep demographics up to date.',
  },
  {
    words: ['referrals', 'referral'],
    pattern: /\b(accept|accepting|receive|receiving|take|taking|triage|triaging|assess|assessing)\s+(new\s+)?(clinical\s+)?referrals?\b|\breferrals?\s+(from|to)\s+(gps?|physicians?|consultants?|specialists?|other (services|professionals|agencies))\b|\b(clinical|onward|specialist)\s+referrals?\b/i,
    why: 'clinical referrals in a caseload, not running a referral office',
    example: 'You will accept referrals from GPs and assess patients in clinic.',
    counterExample: 'You will manage referrals and keep the waiting list accurate.',
  },
  {
    words: ['growth', 'grow'],
    pattern: /\b(professional|personal|career|staff|individual|employee|your)\s+(growth|development and growth)\b|\bgrowth\s+(mindset|opportunities for (you|staff|employees)|and development opportunities)\b|\bgrow (your|their|with us|in your|professionally)\b|\bopportunit(y|ies) (for|to) (professional |personal |career )?(growth|grow)\b/i,
    why: 'staff or personal growth, not growing the business',
    example: 'You will support the professional growth of your team through appraisals.',
    counterExample: 'You will lead the growth of the practice into new markets.',
  },
  {
    words: ['board', 'boards'],
    pattern: /\bon\s+board\b|\bboard[- ](certified|certification|eligible)\b|\b(notice|job|white|display|bulletin)\s+boards?\b/i,
    why: 'another sense of “board” (on board, board-certified, a notice board)',
    example: 'You will keep the staff notice board up to date and bring new starters on board.',
    counterExample: 'You will present the annual plan to the board of directors.',
  },
  {
    words: ['minutes'],
    pattern: /\b(\d+|a few|several|ten|fifteen|thirty|sixty)\s+minutes\b|\bminutes('|’)?\s+(walk|drive|away|from)\b/i,
    why: 'a span of time, not the minutes of a meeting',
    example: 'You will make sure every patient is seen within 15 minutes of arrival.',
    counterExample: 'You will take minutes at the monthly governance meeting.',
  },
  {
    words: ['records'],
    pattern: /\btrack\s+records?\b|\bproven\s+records?\b|\brecords?\s+of\s+(success|achievement|delivery|delivering)\b/i,
    why: 'a track record asked of the applicant, not patient records',
    example: 'You will build on a track record of achievement across the service.',
    counterExample: 'You will make sure medical records are filed and retrieved on time.',
  },
  {
    words: ['forms'],
    pattern: /\bforms?\s+(part|an integral part|a key part|the basis)\s+of\b/i,
    why: '“forms part of”, not paperwork',
    example: 'This post forms part of the outpatient management team.',
    counterExample: 'You will process consent forms and registration paperwork.',
  },
  {
    words: ['calls'],
    pattern: /\bon[- ]calls?\b|\bcalls?\s+(for|upon|on)\b/i,
    why: 'on-call rotas or “calls for”, not answering telephone calls',
    example: 'You will take part in the senior managers on call rota.',
    counterExample: 'You will answer incoming calls from patients and book appointments.',
  },
  {
    words: ['culture'],
    pattern: /\b(cell|blood|urine|wound|tissue|bacterial|viral)\s+cultures?\b|\bcultures?\s+(and sensitivity|results|media|samples?)\b/i,
    why: 'a laboratory culture, not workplace culture',
    example: 'You will process blood cultures and report results.',
    counterExample: 'You will build an open, positive workplace culture across the organisation.',
  },
  {
    words: ['vision'],
    pattern: /\bvision\s+(insurance|care|screening|plan|coverage|benefits?|and hearing|test|tests|testing)\b|\b(dental|medical)\s*(,|and|&)\s*vision\b|\blow\s+vision\b|\bvision\s+loss\b/i,
    why: 'eyesight or vision insurance, not a vision for the organisation',
    example: 'You will arrange vision screening for children at the school clinics.',
    counterExample: 'You will set the vision and long-term direction of the organisation.',
  },
  {
    words: ['discharge'],
    pattern: /\bdischarge\s+(your|their|his|her|its|these|those|all)?\s*(duties|responsibilities|obligations|functions)\b/i,
    why: '“discharge one’s duties”, not discharging patients',
    example: 'You will discharge your duties in line with the Trust’s values.',
    counterExample: 'You will coordinate the discharge of patients from the ward.',
  },
  {
    words: ['supervision', 'supervise', 'supervising'],
    pattern: /\b(clinical|professional|reflective|restorative|safeguarding|clinical and managerial)\s+supervision\b|\b(receive|receiving|attend|under|regular|access to)\s+(regular\s+)?supervision\b|\bsupervision\s+(of\s+)?(students|trainees|learners)\b/i,
    why: 'clinical or professional supervision, not supervising staff',
    example: 'You will receive regular clinical supervision from a senior colleague.',
    counterExample: 'You will supervise staff on the reception desk.',
  },
  {
    words: ['appointment', 'appointments'],
    pattern: /\b(upon|on|prior to|before|after|following|subject to|offer of|successful|the successful)\s+appointment\b|\bappointment\s+(to|into)\s+(this|the)\s+(post|role|position)\b|\b(fixed[- ]term|permanent|substantive|interim|new)\s+appointment\b|\bappointment\s+(will be|is) subject\b/i,
    why: 'appointment to the post, not patient appointments',
    example: 'You will complete mandatory training upon appointment to the post.',
    counterExample: 'You will book appointments and manage clinic templates.',
  },
  {
    words: ['hiring', 'recruiting', 'recruitment'],
    pattern: /\bhiring\s+(manager|managers|organi[sz]ation|agency|process|team|company)\b|\b(recruiting|recruitment)\s+(manager|team|agency|agencies|process|partner|consultant)\b|\b(is|are|we('|’)re|they('|’)re)\s+(currently\s+)?(hiring|recruiting)\b|\brecruiting (to|for) (the|this|a|an) (post|role|position)\b/i,
    why: 'posting metadata about this vacancy, not a staffing duty',
    example: 'You will meet the hiring manager once shortlisted by the recruitment team.',
    counterExample: 'You will handle hiring and onboarding for the front desk team.',
  },
  {
    words: ['security'],
    pattern: /\b(security|secret|sc|dv)\s+clearance\b|\bsocial\s+security\b|\bjob\s+security\b|\bfinancial\s+security\b|\bsecurity\s+(guard|officer|staff)s?\b/i,
    why: 'a clearance, social security or a guard, not information security',
    example: 'You will hold security clearance and supervise the security guard rota.',
    counterExample: 'You will maintain information security and HIPAA privacy controls.',
  },
  {
    words: ['investment', 'investments'],
    pattern: /\binvestment\s+in\s+(you|your|our (staff|people|employees|team)|staff|people|training|development|learning)\b/i,
    why: 'the employer investing in its staff, not investment decisions',
    example: 'You will benefit from our investment in your training and development.',
    counterExample: 'You will make investment decisions on the hospital’s capital programme.',
  },
  {
    words: ['risk', 'risks'],
    pattern: /\b(at|high|higher|low)[- ]risk\s+(patients?|children|adults|groups?|individuals|populations?|pregnanc\w*|families)?\b/i,
    why: 'patients at risk (clinical), not risk management',
    example: 'You will identify high-risk patients and refer them to the care team.',
    counterExample: 'You will keep the risk register and manage operational risks.',
  },
  {
    words: ['contract', 'contracts'],
    pattern: /\b(fixed[- ]term|permanent|temporary|part[- ]time|full[- ]time|zero[- ]hours?|\d+[- ]month|bank|locum)\s+contracts?\b|\bcontract\s+(type|length|duration|basis|position|role|to hire)\b/i,
    why: 'the terms of this job, not winning contracts',
    example: 'You will join us on a fixed-term contract to cover the service.',
    counterExample: 'You will win new contracts with commissioners and grow the service.',
  },
  {
    words: ['partners', 'partnerships'],
    pattern: /\b(gp|practice|the|our|senior|salaried|equity|managing)\s+partners\b(?!\s+(across|in|from|and stakeholders))/i,
    why: 'the partners who own a practice, not partnerships with other bodies',
    example: 'You will report monthly to the GP partners on the running of the surgery.',
    counterExample: 'You will build new partnerships with local authorities and charities.',
  },
  {
    words: ['coding'],
    pattern: /\b(colou?r|software|web|python|java)[- ]coding\b|\bcoding\s+(bootcamp|skills in (python|java|sql))\b/i,
    why: 'colour coding or programming, not clinical coding',
    example: 'You will keep the colour coding of the filing system consistent.',
    counterExample: 'You will check clinical coding against the case notes.',
  },
  {
    words: ['office'],
    pattern: /\bhome\s+office\b|\bhead\s+office\b|\b(microsoft|ms)\s+office\b|\boffice\s+(365|hours|based|space)\b|\bpost\s+office\b|\bbox\s+office\b/i,
    why: 'a government department, a head office or software, not an office to run',
    example: 'You will liaise with the Home Office on sponsorship and use Microsoft Office daily.',
    counterExample: 'You will manage the office and its reception team.',
  },
  {
    words: ['development'],
    pattern: /\b(professional|personal|staff|career|continuing professional|self|leadership)\s+development\b|\bdevelopment\s+(opportunities|programme for you)\b/i,
    why: 'someone’s own development, not business or service development',
    example: 'You will have access to continuing professional development and leadership development.',
    counterExample: 'You will lead business development with new referrers.',
  },
  {
    words: ['admission', 'admissions'],
    pattern: /\badmissions?\s+(avoidance|prevention)\b|\b(avoid|avoiding|prevent|preventing|reduce|reducing)\s+(unnecessary\s+|hospital\s+)*admissions?\b/i,
    why: 'keeping patients out of hospital (clinical care), not running admissions',
    example: 'You will deliver care at home to prevent unnecessary hospital admissions.',
    counterExample: 'You will manage admissions and discharges on the unit.',
  },
  {
    words: ['interviewing'],
    pattern: /\binterviewing\s+(patients|clients|service users)\b|\bmotivational\s+interviewing\b/i,
    why: 'interviewing patients (clinical), not recruiting staff',
    example: 'You will use motivational interviewing with clients in clinic.',
    counterExample: 'You will handle interviewing and hiring of new receptionists.',
  },
];

// Proper names whose words are cues: regulators and government bodies (guide §1, "names of
// departments, directorates, regulators and programmes").
export const NAMED_BODIES =
  /\b(home office|care quality commission|cqc|joint commission|nhs england|nhs improvement|department of health( and social care)?|office for national statistics|ofsted|hcpc|nmc|gmc|office of (the )?inspector general|centers for medicare (and|&) medicaid services|cms)\b/gi;

/** A function word naming a team or office of the employer ("work with the strategy team"), not a duty (guide §1: names of departments and teams do not decide). */
export const TEAM_AFTER = /^\s*(teams?|departments?|committees?|directorate|function|office|unit|colleagues)\b/i;

/** Nouns that end the name of a unit, body or programme ("Strategy and Partnerships Directorate") or a person's title ("Business Development Manager"). */
export const NAME_HEADS = new Set([
  'directorate', 'department', 'division', 'team', 'office', 'unit', 'committee', 'group', 'program',
  'programs', 'service', 'services', 'center', 'hub', 'function', 'partnership', 'collaborative', 'network',
  'institute', 'commission', 'council', 'agency', 'authority', 'foundation', 'alliance', 'board', 'forum',
  'manager', 'director', 'officer', 'lead', 'head', 'executive', 'coordinator', 'administrator', 'partner',
]);
