/** Traces as the backends hold them: Zipkin's API and OTLP JSON, read into one shape. */
package dev.touchpoint.report.trace;
