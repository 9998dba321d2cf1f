package uk.contactpoint.shared.error;

/** One field of a request and what is wrong with it, in words a person can act on. */
public record FieldError(String field, String message) implements java.io.Serializable {}
