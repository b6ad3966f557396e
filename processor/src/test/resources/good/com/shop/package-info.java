/** Promises the whole shop makes. */
@BrandPromise("right-first-time")
@BrandPromise(value = "fast", within = "1s")
package com.shop;

import dev.touchpoint.BrandPromise;
