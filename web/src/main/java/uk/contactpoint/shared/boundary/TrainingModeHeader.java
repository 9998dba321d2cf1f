package uk.contactpoint.shared.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import uk.contactpoint.shared.control.TrainingMode;

/**
 * Every API answer of a training server says so ({@code ContactPoint-Mode: training}), as every
 * page does.
 */
@Provider
public class TrainingModeHeader implements ContainerResponseFilter {

  public static final String HEADER = "ContactPoint-Mode";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (TrainingMode.isOn()) {
      response.getHeaders().putSingle(HEADER, "training");
    }
  }
}
