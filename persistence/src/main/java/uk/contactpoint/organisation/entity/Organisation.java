package uk.contactpoint.organisation.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;

/** A school, GP surgery or service whose staff work with children. */
@Entity
@Table(name = "organisation")
public class Organisation {

  public static final int NAME_LENGTH = 200;
  public static final int CODE_LENGTH = 20;
  public static final int TOWN_LENGTH = 100;
  public static final int SOURCE_CODE_LENGTH = 40;

  /** A school's unique reference number in Get Information About Schools: six digits. */
  public static final java.util.regex.Pattern URN =
      java.util.regex.Pattern.compile("[1-9][0-9]{5}");

  /** A GP practice's code in the NHS Organisation Data Service: a letter and five digits. */
  public static final java.util.regex.Pattern ODS_PRACTICE =
      java.util.regex.Pattern.compile("[A-Z][0-9]{5}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  /** The body's own public code: a school's URN, a GP surgery's ODS code. */
  @Column(name = "code", length = CODE_LENGTH)
  private String code;

  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "org_type", length = 30, nullable = false)
  private OrganisationType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "sensitive_category", length = 20, nullable = false)
  private SensitiveCategory sensitiveCategory;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "phone", column = @Column(name = "phone")),
    @AttributeOverride(name = "email", column = @Column(name = "email"))
  })
  private ContactDetails contact;

  @Column(name = "town", length = TOWN_LENGTH)
  private String town;

  @ManyToOne
  @JoinColumn(name = "section_id")
  private LocalAuthoritySection section;

  /** Since when the management team accredited it; null until then or after revocation. */
  @Column(name = "accredited_on")
  private LocalDate accreditedOn;

  /** "Only a few people in each organisation": how many accounts it may hold. */
  @Column(name = "account_limit", nullable = false)
  private int accountLimit;

  /** The source code of the system this organisation feeds from, if it runs one. */
  @Column(name = "source_code", length = SOURCE_CODE_LENGTH)
  private String sourceCode;

  /**
   * Since when it no longer works with children (closed, merged away); its accreditation went with
   * it.
   */
  @Column(name = "closed_on")
  private LocalDate closedOn;

  protected Organisation() {}

  public Organisation(
      String code,
      String name,
      OrganisationType type,
      SensitiveCategory sensitiveCategory,
      ContactDetails contact,
      String town,
      LocalAuthoritySection section) {
    this.type = Objects.requireNonNull(type, "type");
    describe(code, name, town, contact);
    this.sensitiveCategory = Objects.requireNonNull(sensitiveCategory, "sensitiveCategory");
    this.section = section;
  }

  /** Its code, name, town and contact, as the register now has them. */
  public void describe(String newCode, String newName, String newTown, ContactDetails newContact) {
    if (newName == null || newName.isBlank() || newName.length() > NAME_LENGTH) {
      throw new IllegalArgumentException(
          "An organisation needs a name of 1 to " + NAME_LENGTH + " characters");
    }
    if (newCode != null && newCode.length() > CODE_LENGTH) {
      throw new IllegalArgumentException(
          "An organisation code has at most " + CODE_LENGTH + " characters");
    }
    if (newTown != null && newTown.length() > TOWN_LENGTH) {
      throw new IllegalArgumentException("A town has at most " + TOWN_LENGTH + " characters");
    }
    this.code = newCode == null || newCode.isBlank() ? null : newCode.strip();
    this.name = newName.strip();
    this.town = newTown == null || newTown.isBlank() ? null : newTown.strip();
    this.contact = newContact == null ? new ContactDetails(null, null) : newContact;
  }

  /**
   * Which of the sensitive categories the Regulations name it belongs to, if any (DESIGN.md rule
   * 6): from then on its involvements are only flagged to practitioners.
   */
  public void classify(SensitiveCategory category) {
    this.sensitiveCategory = Objects.requireNonNull(category, "sensitiveCategory");
  }

  /** It no longer works with children; the caller revokes its accreditation in the same act. */
  public void close(LocalDate on) {
    this.closedOn = Objects.requireNonNull(on, "on");
    this.accreditedOn = null;
  }

  public java.util.Optional<LocalDate> closedOn() {
    return java.util.Optional.ofNullable(closedOn);
  }

  /** The management team accredits the organisation before any of its staff get accounts. */
  public void accredit(LocalDate on, int limit) {
    if (closedOn != null) {
      throw new IllegalStateException("A closed organisation cannot be accredited");
    }
    if (limit < 1) {
      throw new IllegalArgumentException(
          "An accredited organisation may hold at least one account");
    }
    accreditedOn = java.util.Objects.requireNonNull(on, "on");
    accountLimit = limit;
  }

  /**
   * Revoking the accreditation; the caller suspends the organisation's accounts in the same act.
   */
  public void revokeAccreditation() {
    accreditedOn = null;
  }

  public boolean isAccreditedOn(LocalDate day) {
    return accredited(accreditedOn, day);
  }

  /** Accredited on that day: since a day no later than it. */
  public static boolean accredited(LocalDate accreditedOn, LocalDate day) {
    return accreditedOn != null && !accreditedOn.isAfter(day);
  }

  public LocalDate accreditedOn() {
    return accreditedOn;
  }

  /**
   * This organisation runs the source system with that code; its staff see that system's numbers.
   */
  public void runsSourceSystem(String code) {
    if (code != null && code.length() > SOURCE_CODE_LENGTH) {
      throw new IllegalArgumentException(
          "A source system's code has at most " + SOURCE_CODE_LENGTH + " characters");
    }
    this.sourceCode = code == null || code.isBlank() ? null : code.strip();
  }

  public java.util.Optional<String> sourceCode() {
    return java.util.Optional.ofNullable(sourceCode);
  }

  public int accountLimit() {
    return accountLimit;
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

  public OrganisationType type() {
    return type;
  }

  public SensitiveCategory sensitiveCategory() {
    return sensitiveCategory;
  }

  public boolean isSensitive() {
    return sensitiveCategory.isSensitive();
  }

  public ContactDetails contact() {
    return contact;
  }

  public String town() {
    return town;
  }

  public LocalAuthoritySection section() {
    return section;
  }
}
