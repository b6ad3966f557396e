/**
 * The storefront, where shoppers check out. Its brand promise, declared once for every touchpoint
 * here: fast, and right first time. A declined card is an honest answer, given quickly and first
 * time, so it keeps both promises; a crash or a retry keeps neither.
 */
@BrandPromise(value = "fast", within = "300ms", tolerates = PaymentDeclined.class)
@BrandPromise(value = "right-first-time", tolerates = PaymentDeclined.class)
package dev.touchpoint.examples.storefront;

import dev.touchpoint.BrandPromise;
