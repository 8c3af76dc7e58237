/**
 * "Documentation (Co-Leads: Ana Diaz and Bo Lind)": a group's plain name, then who leads it in
 * parentheses, as a list of a community's working groups is written. The name is the group's;
 * the people after "Leads:" are its leads, never a team.
 */
const LED_GROUP =
  /^(\p{Lu}[^():]{0,60}?)\s*\((?:co-?)?(?:leads?|chairs?|co-?chairs?|convenors?|facilitators?)\s*:/iu

export function ledGroupName(text: string): string | undefined {
  return LED_GROUP.exec(text.trim())?.[1].trim()
}
