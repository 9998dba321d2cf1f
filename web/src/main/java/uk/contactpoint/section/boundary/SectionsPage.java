package uk.contactpoint.section.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.shared.boundary.PageError;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * The screen on which national operators register the local authorities that go live; the EJB
 * decides who may.
 */
@Named
@ViewScoped
public class SectionsPage implements Serializable {

  @EJB Sections sections;

  private List<Sections.Entry> entries = List.of();
  private String code;
  private String name;
  private final List<PageError> errors = new ArrayList<>();

  @PostConstruct
  void load() {
    entries = sections.list();
  }

  public void register() {
    errors.clear();
    try {
      Sections.Entry added = sections.register(code, name);
      code = null;
      name = null;
      load();
      PageMessages.info(
          added.name()
              + " ("
              + added.code()
              + ") is registered. Open its first user administrator's account next.");
    } catch (InvalidInputException invalid) {
      invalid
          .errors()
          .forEach(
              e -> error("section:" + ("name".equals(e.field()) ? "name" : "code"), e.message()));
    } catch (ContactPointException refused) {
      PageMessages.show(refused);
    }
  }

  private void error(String input, String message) {
    errors.add(new PageError(input, message));
    FacesContext.getCurrentInstance()
        .addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  public List<Sections.Entry> getEntries() {
    return entries;
  }

  public List<PageError> getErrors() {
    return errors;
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
}
