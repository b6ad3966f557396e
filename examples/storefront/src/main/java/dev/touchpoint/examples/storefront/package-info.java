/**
 * The storefront, where shoppers check out. Its brand promise, declared once for every touchpoint
 * here: fast, and right first time. A declined card is an honest answer, given quickly and first
 * time, so it keeps both promises; a crash or a retry keeps neither.
 */
@BrandPromise(value = "fast", within = "300ms", objective = "99.5%", tolerates = PaymentDeclined.class)
@BrandPromise(value = "right-first-time", objective = "99.9%", tolerates = PaymentDeclined.class)
package dev.touchpoint.examples.storefront;

import dev.touchpoint.BrandPromise;
