package uk.contactpoint.shared.boundary;

import java.io.Serializable;

/**
 * A problem with what was typed into one field of a form: the input's id, so the GOV.UK error
 * summary links to the field and the message stands beside it, and the message in words.
 */
public record PageError(String inputId, String message) implements Serializable {}
