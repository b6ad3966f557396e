/** Writing the generated YAML and JSON files. */
package dev.touchpoint.slo.write;
