package dev.touchpoint.spring.plain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A bean made by the application's own @Bean method, as the plain class: Touchpoint cannot change that. */
@Configuration(proxyBeanMethods = false)
public class GiftCardsByHand {

  @Bean
  GiftCards giftCards() {
    return new GiftCards();
  }
}
