package javax.ws.rs;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands in for JAX-RS: the processor matches endpoint annotations by name only. */
@Retention(RetentionPolicy.RUNTIME)
public @interface GET {}
