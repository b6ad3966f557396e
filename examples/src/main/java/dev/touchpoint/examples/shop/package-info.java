/**
 * A small shop. Its brand promise, declared once for every touchpoint in the package: fast, and
 * right first time.
 */
@BrandPromise(value = "fast", within = "300ms")
@BrandPromise("right-first-time")
package dev.touchpoint.examples.shop;

import dev.touchpoint.BrandPromise;
