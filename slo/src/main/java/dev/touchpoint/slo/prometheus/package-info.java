/** Prometheus: Touchpoint's metric names as Prometheus sees them, and the recording and alerting rules. */
package dev.touchpoint.slo.prometheus;
