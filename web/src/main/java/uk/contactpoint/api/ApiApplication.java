package uk.contactpoint.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The HTTP API, version 1 (../shared/API.md). Resources are thin doors to the EJB services. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {}
