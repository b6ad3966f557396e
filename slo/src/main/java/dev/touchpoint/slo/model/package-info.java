/** What a service promises, whoever declared it: the generators' one input. */
package dev.touchpoint.slo.model;
