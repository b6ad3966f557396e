/**
 * Brand promises as service-level objectives: {@link dev.touchpoint.slo.SloCommand} reads a
 * service's experience maps and touchpoints files and {@link dev.touchpoint.slo.ServiceLevels}
 * writes OpenSLO documents, Prometheus rules and a Grafana dashboard for them.
 */
package dev.touchpoint.slo;
