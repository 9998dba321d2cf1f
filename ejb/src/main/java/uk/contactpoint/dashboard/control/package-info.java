/**
 * The queries behind the dashboard: MeasureQueries (a measure's count and its list share one WHERE
 * clause, so the figure is the length of its list), SourceFigures (feed records by source and
 * outcome; a section sees only the sources registered to it, DESIGN.md rule 9) and WeeklyTrends
 * (daily counts added up into weeks).
 */
package uk.contactpoint.dashboard.control;
