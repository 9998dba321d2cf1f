package uk.contactpoint.accounts.boundary;

import java.time.Instant;
import java.util.List;

/** Who is logged in, with which roles, and until when the session lasts if left idle. */
public record SessionInfo(String user, List<String> roles, Instant expiresAt) {}
