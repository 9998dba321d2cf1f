package uk.contactpoint.accounts.boundary;

import java.time.LocalDate;
import java.util.Set;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;

/** What user administration enters to open an account for a person. */
public record NewAccount(
    String username,
    String fullName,
    String jobTitle,
    Long organisationId,
    String phone,
    String email,
    String sectionCode,
    Set<Role> roles,
    Set<Duty> duties,
    LocalDate vettedOn,
    LocalDate trainedOn,
    LocalDate agreementSignedOn) {}
