package uk.contactpoint.organisationregister.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.shared.boundary.PageError;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * The screen that reads a national register's file into the organisation register; the EJB decides
 * who may.
 */
@Named
@ViewScoped
public class OrganisationImportPage implements Serializable {

  /** Which national register a file comes from. */
  public enum Register {
    SCHOOLS,
    GP_PRACTICES
  }

  @EJB RegisterImport imports;

  private Register register = Register.SCHOOLS;
  private transient Part file;
  private RegisterImport.Report report;
  private final List<PageError> errors = new ArrayList<>();

  public void read() {
    errors.clear();
    report = null;
    if (file == null || file.getSize() == 0) {
      error("import:file", "Choose the register's file");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      byte[] bytes = in.readAllBytes();
      report =
          register == Register.GP_PRACTICES
              ? imports.importGpPractices(bytes)
              : imports.importSchools(bytes);
    } catch (InvalidInputException invalid) {
      invalid.errors().forEach(e -> error("import:file", e.message()));
    } catch (ContactPointException refused) {
      PageMessages.show(refused);
    } catch (IOException unreadable) {
      error("import:file", "The file could not be read; choose it again");
    }
  }

  private void error(String input, String message) {
    errors.add(new PageError(input, message));
    FacesContext.getCurrentInstance()
        .addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  public Register[] getRegisters() {
    return Register.values();
  }

  public Register getRegister() {
    return register;
  }

  public void setRegister(Register register) {
    this.register = register;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public RegisterImport.Report getReport() {
    return report;
  }

  public List<PageError> getErrors() {
    return errors;
  }
}
