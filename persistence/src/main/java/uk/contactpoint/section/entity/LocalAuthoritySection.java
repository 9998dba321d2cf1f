package uk.contactpoint.section.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One local authority's section of ContactPoint. Every record belongs to exactly one; the section's
 * management team answers for it (DESIGN.md rule 9).
 */
@Entity
@Table(name = "la_section")
@SequenceGenerator(
    name = "cp_seq",
    sequenceName = "cp_seq",
    allocationSize = LocalAuthoritySection.IDS_PER_SEQUENCE_STEP)
public class LocalAuthoritySection {

  /**
   * Every entity's id comes from the one sequence {@code cp_seq}, which steps by this many (its
   * migration says {@code INCREMENT BY 50}): a writer that draws {@code n} owns the ids {@code n -
   * 49} to {@code n}, as EclipseLink does, so ids drawn outside it never meet its own.
   */
  public static final int IDS_PER_SEQUENCE_STEP = 50;

  /** ONS local authority codes: a letter and eight digits, e.g. E08000035 (Leeds). */
  public static final String CODE_PATTERN = "[EWSN][0-9]{8}";

  public static final int NAME_LENGTH = 100;

  /**
   * An English local authority's GSS code: unitary, district, metropolitan, London borough or
   * county, and six digits.
   */
  public static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile("E(06|07|08|09|10)[0-9]{6}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Column(name = "code", length = 9, nullable = false, unique = true)
  private String code;

  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  protected LocalAuthoritySection() {}

  public LocalAuthoritySection(String code, String name) {
    if (code == null || !code.matches(CODE_PATTERN)) {
      throw new IllegalArgumentException("A local authority code looks like E08000035");
    }
    if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
      throw new IllegalArgumentException(
          "A section needs a name of 1 to " + NAME_LENGTH + " characters");
    }
    this.code = code;
    this.name = name.strip();
  }

  /** The authority's name corrected; its code never changes. */
  public void rename(String newName) {
    if (newName == null || newName.isBlank() || newName.strip().length() > NAME_LENGTH) {
      throw new IllegalArgumentException(
          "A section needs a name of 1 to " + NAME_LENGTH + " characters");
    }
    this.name = newName.strip();
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }
}
