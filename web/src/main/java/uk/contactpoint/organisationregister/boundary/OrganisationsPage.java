package uk.contactpoint.organisationregister.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.contactpoint.accounts.boundary.Organisations;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.organisationregister.control.OrganisationDetails;
import uk.contactpoint.organisationregister.control.OrganisationEntry;
import uk.contactpoint.shared.boundary.PageError;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * The organisation register screen: the section's organisations; register, change, accredit, close.
 */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {

  /** The form's inputs, named as the register names its fields. */
  private static final Set<String> INPUTS =
      Set.of(
          "kind",
          "code",
          "name",
          "town",
          "phone",
          "email",
          "sensitiveCategory",
          "sourceCode",
          "sectionCode",
          "accountLimit");

  @EJB OrganisationRegister register;
  @EJB Organisations organisations;

  private List<OrganisationEntry> entries;
  private final List<PageError> errors = new ArrayList<>();
  private Long editing;
  private OrganisationType kind;
  private String code;
  private String name;
  private String town;
  private String phone;
  private String email;
  private SensitiveCategory sensitiveCategory = SensitiveCategory.NONE;
  private String sourceCode;
  private String sectionCode;
  private Integer accountLimit;

  public List<OrganisationEntry> getEntries() {
    if (entries == null) {
      entries = register.list();
    }
    return entries;
  }

  /** Registers a new organisation, or saves the one being changed. */
  public void save() {
    OrganisationDetails details =
        new OrganisationDetails(
            kind, code, name, town, phone, email, sensitiveCategory, sourceCode, sectionCode);
    if (act(
        () -> {
          if (editing == null) {
            register.register(details);
          } else {
            register.change(editing, details);
          }
        })) {
      PageMessages.info(editing == null ? name + " is registered." : name + " is changed.");
      clear();
    }
  }

  /** Fills the form with an organisation to change. */
  public void edit(OrganisationEntry entry) {
    editing = entry.id();
    kind = OrganisationType.valueOf(entry.kind());
    code = entry.code();
    name = entry.name();
    town = entry.town();
    phone = entry.phone();
    email = entry.email();
    sensitiveCategory = SensitiveCategory.valueOf(entry.sensitiveCategory());
    sourceCode = entry.sourceCode();
    accountLimit = entry.accountLimit() > 0 ? entry.accountLimit() : null;
  }

  public void cancel() {
    clear();
  }

  public void accredit() {
    if (act(() -> organisations.accredit(editing, accountLimit == null ? 0 : accountLimit))) {
      PageMessages.info(name + " is accredited for " + accountLimit + " accounts.");
      clear();
    }
  }

  public void revoke(long id) {
    if (act(() -> organisations.revokeAccreditation(id))) {
      PageMessages.info(
          "The accreditation is revoked and the organisation's accounts are suspended.");
    }
  }

  public void close(long id) {
    if (act(() -> register.close(id))) {
      PageMessages.info("The organisation is closed; its accounts are suspended.");
    }
  }

  private boolean act(Runnable step) {
    errors.clear();
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      step.run();
      entries = null;
      return true;
    } catch (InvalidInputException invalid) {
      invalid
          .errors()
          .forEach(
              e -> {
                String input = "organisation:" + (INPUTS.contains(e.field()) ? e.field() : "name");
                errors.add(new PageError(input, e.message()));
                faces.addMessage(
                    input, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), e.message()));
              });
    } catch (ContactPointException refused) {
      PageMessages.show(refused);
    }
    return false;
  }

  private void clear() {
    editing = null;
    kind = null;
    code = name = town = phone = email = sourceCode = sectionCode = null;
    sensitiveCategory = SensitiveCategory.NONE;
    accountLimit = null;
    entries = null;
  }

  public List<PageError> getErrors() {
    return errors;
  }

  public OrganisationType[] getKinds() {
    return OrganisationType.values();
  }

  /** Plain words for the categories the Regulations name. */
  public String categoryLabel(String category) {
    return switch (category) {
      case "SEXUAL_HEALTH" -> "Sexual health service";
      case "DRUGS" -> "Drugs service";
      case "ALCOHOL" -> "Alcohol service";
      case "MENTAL_HEALTH" -> "Mental health service";
      default -> "Not a sensitive service";
    };
  }

  public SensitiveCategory[] getCategories() {
    return SensitiveCategory.values();
  }

  public Long getEditing() {
    return editing;
  }

  public OrganisationType getKind() {
    return kind;
  }

  public void setKind(OrganisationType kind) {
    this.kind = kind;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTown() {
    return town;
  }

  public void setTown(String town) {
    this.town = town;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public SensitiveCategory getSensitiveCategory() {
    return sensitiveCategory;
  }

  public void setSensitiveCategory(SensitiveCategory sensitiveCategory) {
    this.sensitiveCategory = sensitiveCategory;
  }

  public String getSourceCode() {
    return sourceCode;
  }

  public void setSourceCode(String sourceCode) {
    this.sourceCode = sourceCode;
  }

  public String getSectionCode() {
    return sectionCode;
  }

  public void setSectionCode(String sectionCode) {
    this.sectionCode = sectionCode;
  }

  public Integer getAccountLimit() {
    return accountLimit;
  }

  public void setAccountLimit(Integer accountLimit) {
    this.accountLimit = accountLimit;
  }
}
