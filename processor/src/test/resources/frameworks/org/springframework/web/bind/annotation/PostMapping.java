package org.springframework.web.bind.annotation;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands in for Spring MVC: the processor matches endpoint annotations by name only. */
@Retention(RetentionPolicy.RUNTIME)
public @interface PostMapping {
  String[] value() default {};
}
