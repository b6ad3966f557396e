package com.shop;

/** A hand-written class that takes the name the processor would generate. */
public class CheckoutTouchpoints {}
