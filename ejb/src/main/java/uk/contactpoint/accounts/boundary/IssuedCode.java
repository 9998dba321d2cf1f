package uk.contactpoint.accounts.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A one-time activation code: for a new account, shown once to the administrator to hand to the
 * holder in person; for a reset token, null here (it went to the holder's own e-mail).
 */
public record IssuedCode(String username, String activationCode, Instant expiresAt)
    implements Serializable {}
