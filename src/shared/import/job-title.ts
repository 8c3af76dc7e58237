// The words a job's title ends with, for the rules that tell a job from a team or a technology.

/** Nouns a job's title ends with: "Senior Backend Engineer", "Staff SRE", "Technical Writer". */
const JOB_NOUNS =
  'engineer|developer|designer|architect|analyst|scientist|manager|administrator|specialist|intern|sre|devops|programmer|tester|researcher|writer|advocate'

/** Text ending in a job noun, one or several: "Software / Infrastructure Engineer", "SREs". */
export const ENDS_WITH_JOB = new RegExp(String.raw`\b(?:${JOB_NOUNS})s?$`, 'iu')

/**
 * One job's title, as a hiring list writes it: "Senior Backend Engineer", "Staff Engineer,
 * Ledger", "iOS Engineer (remote)", "Engineering Manager – Payments". One job, singular:
 * "Backend Engineers" or "3 engineers" say who a team is, not an opening.
 */
export const ONE_JOB = new RegExp(
  String.raw`^(?:(?:senior|sr\.?|staff|principal|lead|junior|jr\.?|mid-level|associate)\s+)?[\p{L}/+#.-]+(?:\s+[\p{L}/+#.-]+){0,3}\s+(?:${JOB_NOUNS})(?:\s*(?:,|[–—-]|\bfor\b|\bin\b)\s*[\p{L}\s&/-]{2,40})?(?:\s*\([^()]{1,40}\))?$`,
  'iu'
)
