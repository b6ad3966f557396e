/** OpenSLO v1: the service, its objectives and their alert policies, as documents any OpenSLO tool reads. */
package dev.touchpoint.slo.openslo;
