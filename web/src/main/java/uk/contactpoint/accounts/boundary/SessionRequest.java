package uk.contactpoint.accounts.boundary;

/** The body of {@code POST /api/v1/session}: the four factors. */
public record SessionRequest(String username, String password, String pin, String code) {}
