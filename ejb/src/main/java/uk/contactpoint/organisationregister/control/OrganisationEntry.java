package uk.contactpoint.organisationregister.control;

import java.io.Serializable;
import java.time.LocalDate;

/** What the register holds of one organisation. */
public record OrganisationEntry(
    long id,
    String kind,
    String kindLabel,
    String code,
    String name,
    String town,
    String phone,
    String email,
    String sensitiveCategory,
    String sourceCode,
    String section,
    LocalDate accreditedOn,
    int accountLimit,
    long accounts,
    LocalDate closedOn)
    implements Serializable {}
