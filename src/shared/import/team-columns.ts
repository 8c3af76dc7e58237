/** Which columns of a table say what: the team's name, and what else the table states about it. */
export interface TeamColumns {
  name: number
  description?: number
  stack?: number
  lead?: number
  roles?: number
  /** What each team owns, a piece per "," or ";": "Owns", "Ownership". */
  owns?: number
  /** How many people each team has: "Engineers", "People", "Size", "Headcount". */
  headcount?: number
  parent?: number
  /** The name cell may list several areas ("Forms, Workflows"): a table of owned areas. */
  areaList?: boolean
  /** The name cell may list several teams ("Teams" over "Ledger, Tills"), each a team of the row. */
  nameList?: boolean
  /** The rows are areas and their owners ("Area | Owner"), not a table headed for teams. */
  ownedAreas?: boolean
  /** The rows' owners are the teams ("| Checkout flow | Payments team |"), their areas the work. */
  ownersAreTeams?: boolean
  /**
   * A row per person ("Squad | Engineer | Role"): the column of the person each row names. Rows
   * that name the same team (written again, left blank or spanned over) are that team's people.
   */
  member?: number
  /** The role of the person each row names ("Tech Lead"), in a table of members. */
  memberRole?: number
  /** Other columns (meetings, notes): read for technologies they mention, never for names. */
  other: number[]
}
