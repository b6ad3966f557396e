/**
 * Touchpoint's API: annotate which customer a code path serves ({@link dev.touchpoint.Touchpoint})
 * and what is promised there ({@link dev.touchpoint.BrandPromise}); name the end customer of a
 * request and run blocks as touchpoints with {@link dev.touchpoint.Experience}.
 */
package dev.touchpoint;
