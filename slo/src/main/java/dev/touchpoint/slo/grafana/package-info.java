/** Grafana: a dashboard per service, as a JSON model to import or provision. */
package dev.touchpoint.slo.grafana;
