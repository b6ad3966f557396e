package endpoints;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

/** Endpoints that serve no customer, and say so. */
public class Probes {

  @GET
  @Path("/health")
  @SuppressWarnings("touchpoint")
  public String health() {
    return "up";
  }

  @SuppressWarnings({"unused", "touchpoint"})
  public static class Diagnostics {

    @GET
    @Path("/threads")
    public String threads() {
      return "";
    }
  }
}
