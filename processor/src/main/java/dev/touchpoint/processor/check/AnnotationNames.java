package dev.touchpoint.processor.check;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.BrandPromises;
import dev.touchpoint.Control;
import dev.touchpoint.Recovery;
import dev.touchpoint.Touchpoint;
import java.util.List;

/** Qualified names of the annotations the processor reads. */
public final class AnnotationNames {

  public static final String TOUCHPOINT = Touchpoint.class.getCanonicalName();
  public static final String BRAND_PROMISE = BrandPromise.class.getCanonicalName();
  public static final String BRAND_PROMISES = BrandPromises.class.getCanonicalName();
  public static final String RECOVERY = Recovery.class.getCanonicalName();
  public static final String CONTROL = Control.class.getCanonicalName();

  /**
   * Annotations that make a method an endpoint some customer calls. Matched by name, so the
   * processor needs none of these frameworks.
   */
  public static final List<String> ENDPOINTS =
      List.of(
          "javax.ws.rs.GET", "javax.ws.rs.POST", "javax.ws.rs.PUT", "javax.ws.rs.DELETE",
          "javax.ws.rs.PATCH", "javax.ws.rs.Path",
          "jakarta.ws.rs.GET", "jakarta.ws.rs.POST", "jakarta.ws.rs.PUT", "jakarta.ws.rs.DELETE",
          "jakarta.ws.rs.PATCH", "jakarta.ws.rs.Path",
          "org.springframework.web.bind.annotation.RequestMapping",
          "org.springframework.web.bind.annotation.GetMapping",
          "org.springframework.web.bind.annotation.PostMapping",
          "org.springframework.web.bind.annotation.PutMapping",
          "org.springframework.web.bind.annotation.DeleteMapping",
          "org.springframework.web.bind.annotation.PatchMapping",
          "io.micronaut.http.annotation.Get", "io.micronaut.http.annotation.Post",
          "io.micronaut.http.annotation.Put", "io.micronaut.http.annotation.Delete",
          "io.micronaut.http.annotation.Patch");

  private AnnotationNames() {}
}
