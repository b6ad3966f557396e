package endpoints;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;
import io.micronaut.http.annotation.Get;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import org.springframework.web.bind.annotation.PostMapping;

@Path("/orders")
public class OrderResource {

  @GET
  @Path("/{id}")
  public String show(String id) {
    return id;
  }

  @PostMapping("/orders")
  public String create(String order) {
    return order;
  }

  @Get("/orders/count")
  public int count() {
    return 0;
  }

  @GET
  @Touchpoint(value = "orders.list", serves = CustomerKind.EXTERNAL, customer = "shopper")
  public String list() {
    return "[]";
  }

  /** Not an endpoint: no warning. */
  public String helper() {
    return "";
  }
}
