package uk.contactpoint.accounts.boundary;

import java.io.Serializable;

/**
 * What a person needs to enrol their token: the otpauth URI (as a QR code, and its secret for
 * typing in by hand). Shown once, during activation, and never stored in clear.
 */
public record Enrolment(String otpauthUri, String secret, String qrSvg) implements Serializable {}
