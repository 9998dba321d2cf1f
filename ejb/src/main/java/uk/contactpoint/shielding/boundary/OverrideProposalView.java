package uk.contactpoint.shielding.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A proposal of the override right waiting for a second member of the shielding duty. {@code
 * yours}: the caller proposed it, so may withdraw it but not confirm it; {@code aboutYou}: the
 * caller is the grantee, who decides nothing about it.
 */
public record OverrideProposalView(
    long id,
    String grantee,
    String granteeName,
    String granteeJobTitle,
    String proposedBy,
    Instant proposedAt,
    Instant expiresAt,
    boolean yours,
    boolean aboutYou)
    implements Serializable {}
