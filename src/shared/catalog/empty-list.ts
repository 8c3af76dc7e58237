/**
 * The one frozen empty list the loader puts wherever a catalog's list is empty (most teams have
 * several): ~30,000 lists at 5,000 teams that are neither allocated nor frozen one by one. Shared
 * by the quick read, the cross-checks and the freeze, which knows it frozen already.
 */
export const EMPTY_LIST: readonly never[] = Object.freeze([])
