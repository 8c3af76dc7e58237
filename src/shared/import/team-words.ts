/**
 * The word for a team, and for teams, in the other languages team pages are written in, as
 * regular-expression alternatives: one list for every pattern that reads them ("Equipo de
 * Pagos" named a team, "Equipos de Plataforma" over its list, "決済チーム").
 */
export const OTHER_TEAM = String.raw`equipo|équipe|equipe|squadra|zespół|команда`
export const OTHER_TEAMS = String.raw`equipos|équipes|equipes|squadre|zespoły|команды`
/** Chinese, Japanese and Korean write the word against the name, with no space. */
export const CJK_TEAM = String.raw`チーム|团队|團隊|팀`
