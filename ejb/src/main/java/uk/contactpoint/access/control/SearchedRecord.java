package uk.contactpoint.access.control;

import java.time.LocalDate;
import uk.contactpoint.child.entity.Gender;

/**
 * What the visibility policy needs of a record a search found, to make its row (DESIGN.md rules 3
 * and 5): the search's candidate gives it, and the policy decides what of it a practitioner sees.
 */
public interface SearchedRecord {

  String publicId();

  String given();

  String family();

  LocalDate birthDate();

  Gender gender();

  String town();

  String section();

  boolean shielded();
}
