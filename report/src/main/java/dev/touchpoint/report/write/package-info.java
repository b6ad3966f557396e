/** The report, written: one self-contained HTML page for people and the same numbers as JSON. */
package dev.touchpoint.report.write;
