/** Reading what a service promises from experience maps (in classes folders and jars) and touchpoints files. */
package dev.touchpoint.slo.read;
