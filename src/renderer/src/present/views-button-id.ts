/** The toolbar button that opens the saved views panel: focus goes back there when it closes. */
export const VIEWS_BUTTON_ID = 'saved-views-button'
