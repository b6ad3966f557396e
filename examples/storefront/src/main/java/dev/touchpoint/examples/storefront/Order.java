package dev.touchpoint.examples.storefront;

/** What the shopper buys and pays with; the payment token stands in for a card. */
public record Order(String id, long cents, String paymentToken) {}
