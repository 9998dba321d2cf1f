package uk.contactpoint.accounts.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A one-time activation code, shown once to the administrator to hand to the account holder. */
public record IssuedCode(String username, String activationCode, Instant expiresAt) implements Serializable {}
