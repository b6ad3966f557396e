package com.shop;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.runtime.Arguments;
import dev.touchpoint.runtime.DecoratorFactory;
import dev.touchpoint.runtime.PromiseDescriptor;
import dev.touchpoint.runtime.TouchpointCall;
import dev.touchpoint.runtime.TouchpointDescriptor;
import dev.touchpoint.runtime.TouchpointRuntime;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

@Generated("dev.touchpoint.processor.TouchpointProcessor")
public final class CheckoutTouchpoints implements Checkout {
  private static final TouchpointDescriptor PLACE_ORDER = TouchpointDescriptor.builder("checkout.place-order", CustomerKind.EXTERNAL)
      .customer("shopper")
      .journey("checkout")
      .owner("checkout-team")
      .promise(PromiseDescriptor.of("fast", "300ms"))
      .promise(PromiseDescriptor.of("right-first-time"))
      .code("com.shop.Checkout", "placeOrder", "(Ljava/lang/String;I)Ljava/lang/String;")
      .build();

  private static final TouchpointDescriptor QUOTE = TouchpointDescriptor.builder("Checkout.quote", CustomerKind.EXTERNAL)
      .customer("shopper")
      .journey("checkout")
      .promise(PromiseDescriptor.of("right-first-time"))
      .promise(PromiseDescriptor.of("fast", "1s"))
      .code("com.shop.Checkout", "quote", "(Ljava/lang/String;)Ljava/util/concurrent/CompletableFuture;")
      .build();

  private static final TouchpointDescriptor CANCEL = TouchpointDescriptor.builder("checkout.cancel", CustomerKind.EXTERNAL)
      .customer("shopper")
      .promise(PromiseDescriptor.of("right-first-time"))
      .promise(PromiseDescriptor.of("fast", "1s"))
      .code("com.shop.Checkout", "cancel", "(Ljava/lang/String;)V")
      .build();

  private final Checkout delegate;

  public CheckoutTouchpoints(Checkout delegate) {
    this.delegate = Arguments.requireNonNull(delegate, "delegate", "pass the Checkout to decorate");
  }

  @Override
  public String placeOrder(String cart, int items) throws CheckoutException {
    TouchpointCall call = TouchpointRuntime.begin(CheckoutTouchpoints.PLACE_ORDER, this.delegate);
    try {
      String result = this.delegate.placeOrder(cart, items);
      call.end();
      return result;
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
  }

  @Override
  public CompletableFuture<String> quote(String cart) {
    TouchpointCall call = TouchpointRuntime.begin(CheckoutTouchpoints.QUOTE, this.delegate);
    try {
      return call.endOnCompletion(this.delegate.quote(cart));
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
  }

  @Override
  public String describe(String cart) {
    return this.delegate.describe(cart);
  }

  @Override
  public void cancel(String orderId) {
    TouchpointCall call = TouchpointRuntime.begin(CheckoutTouchpoints.CANCEL, this.delegate);
    try {
      this.delegate.cancel(orderId);
      call.end();
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
  }

  @Override
  public String toString() {
    return "CheckoutTouchpoints[" + this.delegate + "]";
  }

  public static final class Factory implements DecoratorFactory {
    @Override
    public Class<?> decoratedType() {
      return Checkout.class;
    }

    @Override
    public Object decorate(Object delegate) {
      return new CheckoutTouchpoints((Checkout) delegate);
    }
  }
}
