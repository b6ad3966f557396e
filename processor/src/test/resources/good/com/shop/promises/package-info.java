/** Out of stock is an expected outcome, not a failure to get it right. */
@BrandPromise(value = "right-first-time", tolerates = OutOfStock.class)
package com.shop.promises;

import dev.touchpoint.BrandPromise;
