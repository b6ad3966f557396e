/** The report's numbers: journeys, touchpoints, who serves whom, declared against what ran. */
package dev.touchpoint.report.summary;
