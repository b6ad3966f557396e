/** Journeys across services: which spans of a trace one customer's journey is made of, and whether it was right first time. */
package dev.touchpoint.report.journey;
