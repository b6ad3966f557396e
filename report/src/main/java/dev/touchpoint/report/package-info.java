/**
 * The experience report: {@link dev.touchpoint.report.ReportCommand} reads traces from Zipkin or
 * OTLP JSON files and the services' experience maps, and writes one self-contained HTML page and
 * the same numbers as JSON (docs/report.md).
 */
package dev.touchpoint.report;
