package uk.contactpoint.organisationregister.control;

import java.io.Serializable;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.SensitiveCategory;

/**
 * A registration or a change. {@code sectionCode} is read for national operators only (none: a
 * national body); a section's administrator always registers in their own section.
 */
public record OrganisationDetails(
    OrganisationType kind,
    String code,
    String name,
    String town,
    String phone,
    String email,
    SensitiveCategory sensitiveCategory,
    String sourceCode,
    String sectionCode)
    implements Serializable {}
