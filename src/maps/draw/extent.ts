/** The smallest area a map shows, shared by the static map and the browser. */

/** Below this span in degrees, the view is widened to {@link minimumExtentMetres} around the centre. */
export const minimumExtentDegrees = 0.02;

/** Radius in metres of the smallest area a map shows around its centre. */
export const minimumExtentMetres = 15_000;
