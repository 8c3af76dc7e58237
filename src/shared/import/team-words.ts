/**
 * The word for a team, and for teams, in the other languages team pages are written in, as
 * regular-expression alternatives: one list for every pattern that reads them ("Equipo de
 * Pagos" named a team, "Equipos de Plataforma" over its list, "決済チーム").
 */
export const OTHER_TEAM = String.raw`equipo|équipe|equipe|squadra|zespół|команда`
export const OTHER_TEAMS = String.raw`equipos|équipes|equipes|squadre|zespoły|команды`
/**
 * Words for the other units of an organization, plural, in the languages team pages are also
 * written in: departments, divisions, tribes and groups ("Departamentos", "Tribus", "Pôles",
 * "Abteilungen"), as "Departments" and "Tribes" head a list of them in English.
 */
export const OTHER_UNITS = String.raw`departamentos|départements|dipartimenti|abteilungen|divisiones|divisões|tribus|tribos|tribù|grupos|groupes|gruppi|pôles|bereiche`
/** Chinese, Japanese and Korean write the word against the name, with no space. */
export const CJK_TEAM = String.raw`チーム|团队|團隊|팀`

/**
 * A table's column of people's names, and of each one's role, in those languages: "Lid | Rol"
 * (Dutch), "Nombre | Rol", "Nom | Rôle", "Nome | Função", "Navn | Rolle" read as "Name | Role".
 */
export const OTHER_PERSON_NAME = String.raw`naam|namen|lid|leden|nombres?|noms?|nomes?|navn|namn|nimi|mitglieder|mitglied|miembros?|membres?|membros?|medlem(?:mer)?|integrantes?`
export const OTHER_ROLE = String.raw`rol|rollen?|rôle|rôles|papel|papéis|função|funções|funcao|funci[oó]n|funciones|fonction|funktion|roll|rooli|ruolo|cargo|puesto|poste|functie`
