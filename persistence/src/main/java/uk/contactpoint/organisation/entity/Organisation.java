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

  @Column(name = "town", length = 100)
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
  @Column(name = "source_code", length = 40)
  private String sourceCode;

  protected Organisation() {}

  public Organisation(
      String code,
      String name,
      OrganisationType type,
      SensitiveCategory sensitiveCategory,
      ContactDetails contact,
      String town,
      LocalAuthoritySection section) {
    if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
      throw new IllegalArgumentException("An organisation needs a name of 1 to " + NAME_LENGTH + " characters");
    }
    if (code != null && code.length() > CODE_LENGTH) {
      throw new IllegalArgumentException("An organisation code has at most " + CODE_LENGTH + " characters");
    }
    this.code = code;
    this.name = name.strip();
    this.type = Objects.requireNonNull(type, "type");
    this.sensitiveCategory = Objects.requireNonNull(sensitiveCategory, "sensitiveCategory");
    this.contact = contact == null ? new ContactDetails(null, null) : contact;
    this.town = town;
    this.section = section;
  }

  /** The management team accredits the organisation before any of its staff get accounts. */
  public void accredit(LocalDate on, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("An accredited organisation may hold at least one account");
    }
    accreditedOn = java.util.Objects.requireNonNull(on, "on");
    accountLimit = limit;
  }

  /** Revoking the accreditation; the caller suspends the organisation's accounts in the same act. */
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

  /** This organisation runs the source system with that code; its staff see that system's numbers. */
  public void runsSourceSystem(String code) {
    this.sourceCode = code;
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
