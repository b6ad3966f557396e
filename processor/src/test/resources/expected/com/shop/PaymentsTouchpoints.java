package com.shop;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.runtime.PromiseDescriptor;
import dev.touchpoint.runtime.RecoveryDescriptor;
import dev.touchpoint.runtime.TouchpointCall;
import dev.touchpoint.runtime.TouchpointDescriptor;
import dev.touchpoint.runtime.TouchpointRuntime;
import javax.annotation.processing.Generated;

@Generated("dev.touchpoint.processor.TouchpointProcessor")
public class PaymentsTouchpoints extends Payments {
  private static final TouchpointDescriptor AUTHORISE = TouchpointDescriptor.builder("payments.authorise", CustomerKind.PARTNER)
      .customer("card-acquirer")
      .promise(PromiseDescriptor.of("fast", "1s"))
      .promise(PromiseDescriptor.of("right-first-time"))
      .code("com.shop.Payments", "authorise", "(J)J")
      .build();

  private static final TouchpointDescriptor CONVERT = TouchpointDescriptor.builder("payments.convert", CustomerKind.PARTNER)
      .customer("card-acquirer")
      .promise(PromiseDescriptor.of("right-first-time"))
      .promise(PromiseDescriptor.of("fast", "1s"))
      .code("com.shop.Payments", "convert", "(Ljava/lang/Number;[Ljava/lang/String;)Ljava/lang/String;")
      .build();

  private static final RecoveryDescriptor RETRY = RecoveryDescriptor.builder("payments.retry")
      .code("com.shop.Payments", "retry", "(J)J")
      .build();

  public PaymentsTouchpoints(String acquirer) {
    super(acquirer);
  }

  protected PaymentsTouchpoints() {
    super();
  }

  @Override
  public long authorise(long cents) {
    TouchpointCall call = TouchpointRuntime.begin(PaymentsTouchpoints.AUTHORISE, this);
    try {
      long result = super.authorise(cents);
      call.end();
      return result;
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
  }

  @Override
  protected <T extends Number> String convert(T amount, String... currencies) {
    TouchpointCall call = TouchpointRuntime.begin(PaymentsTouchpoints.CONVERT, this);
    try {
      String result = super.convert(amount, currencies);
      call.end();
      return result;
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
  }

  @Override
  public long retry(long cents) {
    TouchpointCall call = TouchpointRuntime.beginRecovery(PaymentsTouchpoints.RETRY, this);
    try {
      long result = super.retry(cents);
      call.end();
      return result;
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
  }
}
