package uk.contactpoint.shielding.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A child-protection user who may override a shield, and who named them. */
public record OverrideHolder(
    String username, String name, String jobTitle, String grantedBy, Instant grantedAt)
    implements Serializable {}
