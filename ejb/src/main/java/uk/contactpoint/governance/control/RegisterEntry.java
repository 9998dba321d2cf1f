package uk.contactpoint.governance.control;

import java.time.LocalDate;

/**
 * One entry of the subject access, corrections or complaints register, with its deadline: no
 * requester and no request text, which stay on the registers' own screens.
 */
public record RegisterEntry(
    String register,
    String reference,
    LocalDate received,
    LocalDate due,
    LocalDate closed,
    String outcome,
    String status)
    implements java.io.Serializable {}
