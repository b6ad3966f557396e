package io.micronaut.http.annotation;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands in for Micronaut: the processor matches endpoint annotations by name only. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Get {
  String value() default "/";
}
