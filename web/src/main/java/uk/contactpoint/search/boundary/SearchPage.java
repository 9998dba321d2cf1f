package uk.contactpoint.search.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.search.control.ChildSearchCriteria;
import uk.contactpoint.shared.boundary.PageError;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

/** The "Find a child" screen: one form, one call to {@link ChildSearch}, errors by field. */
@Named
@ViewScoped
public class SearchPage implements Serializable {

  /** API field names to the inputs that hold them, so an error points at the right box. */
  private static final Map<String, String> FIELD_INPUTS =
      Map.of(
          "name",
          "name",
          "dateOfBirth",
          "day",
          "yearOfBirth",
          "year",
          "postcode",
          "postcode",
          "gender",
          "gender");

  @EJB ChildSearch search;
  @Inject Clock clock;
  @Inject RecentSearches recentSearches;

  /** The key of a search this session made, from the results page's address. */
  private String resultsKey;

  private String name;
  private String day;
  private String month;
  private String year;
  private Gender gender;
  private String postcode;
  private SearchResults results;
  private final List<PageError> errors = new ArrayList<>();

  /**
   * Checks what was typed and, when it is a search, redirects to the results page of its own
   * (post-redirect-get): Back from a child's record then returns to the results instead of asking
   * to send the form again. The search itself runs, and is audited, when the results page is shown.
   */
  public String search() {
    errors.clear();
    results = null;
    try {
      criteria();
    } catch (InvalidInputException invalid) {
      invalid.errors().forEach(this::show);
      return null;
    }
    String key =
        recentSearches.keep(
            new RecentSearches.SearchForm(name, day, month, year, gender, postcode));
    return "/index?faces-redirect=true&results=" + key;
  }

  /**
   * The results page: the search kept under the address's key, run again now, so a shield or a
   * record's end since the first showing counts. A key this session does not hold opens the empty
   * form.
   */
  public void showResults() {
    recentSearches
        .find(resultsKey)
        .ifPresent(
            form -> {
              name = form.name();
              day = form.day();
              month = form.month();
              year = form.year();
              gender = form.gender();
              postcode = form.postcode();
              try {
                results = search.search(criteria());
              } catch (InvalidInputException invalid) {
                invalid.errors().forEach(this::show);
              }
            });
  }

  private ChildSearchCriteria criteria() {
    BirthInput birth = BirthInput.read(day, month, year);
    return ChildSearchCriteria.of(
        name,
        birth.date(),
        birth.year(),
        gender,
        postcode,
        1,
        ChildSearchCriteria.MAX_PAGE_SIZE,
        LocalDate.now(clock));
  }

  /** The page's title: the count once there are results, as the GOV.UK pattern asks. */
  public String getTitle() {
    if (results == null) {
      return "Find a child";
    }
    if (results.refine()) {
      return "Too many children match – Find a child";
    }
    return results.total()
        + (results.total() == 1 ? " child" : " children")
        + " found – Find a child";
  }

  public String getResultsKey() {
    return resultsKey;
  }

  public void setResultsKey(String resultsKey) {
    this.resultsKey = resultsKey;
  }

  private void show(FieldError error) {
    String input = "search:" + FIELD_INPUTS.getOrDefault(error.field(), "name");
    errors.add(new PageError(input, error.message()));
    FacesContext.getCurrentInstance()
        .addMessage(
            input, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message()));
  }

  /** Date of birth typed as three boxes; the year alone means "born that year". */
  record BirthInput(LocalDate date, Integer year) {
    static BirthInput read(String day, String month, String year) {
      boolean hasDay = notBlank(day);
      boolean hasMonth = notBlank(month);
      boolean hasYear = notBlank(year);
      if (!hasDay && !hasMonth && !hasYear) {
        return new BirthInput(null, null);
      }
      try {
        if (!hasDay && !hasMonth) {
          return new BirthInput(null, Integer.parseInt(year.strip()));
        }
        if (hasDay && hasMonth && hasYear) {
          return new BirthInput(
              LocalDate.of(
                  Integer.parseInt(year.strip()),
                  Integer.parseInt(month.strip()),
                  Integer.parseInt(day.strip())),
              null);
        }
      } catch (NumberFormatException | DateTimeException e) {
        throw InvalidInputException.invalid(
            "dateOfBirth", "Date of birth must be a real date, for example 27 3 2011");
      }
      throw InvalidInputException.invalid(
          "dateOfBirth", "Enter a day, month and year, or the year alone, for example 27 3 2011");
    }

    private static boolean notBlank(String value) {
      return value != null && !value.isBlank();
    }
  }

  public List<PageError> getErrors() {
    return errors;
  }

  public SearchResults getResults() {
    return results;
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }
}
