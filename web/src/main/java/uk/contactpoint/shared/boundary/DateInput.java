package uk.contactpoint.shared.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * GOV.UK's date input: a date typed as day, month and year in three boxes ({@code <cp:date>},
 * resources/cp/date.xhtml), read back as one {@link LocalDate}. An error names the question
 * ("Review on must be a real date"), stands beside the boxes and is listed in the page's error
 * summary; what was typed stays in the boxes.
 */
@FacesComponent("uk.contactpoint.DateInput")
public class DateInput extends UIInput implements NamingContainer {

  private UIInput day;
  private UIInput month;
  private UIInput year;

  @Override
  public String getFamily() {
    return UINamingContainer.COMPONENT_FAMILY;
  }

  @Override
  public void encodeBegin(FacesContext context) throws IOException {
    if (isValid()) {
      LocalDate value = (LocalDate) getValue();
      day.setValue(value == null ? null : value.getDayOfMonth());
      month.setValue(value == null ? null : value.getMonthValue());
      year.setValue(value == null ? null : value.getYear());
    }
    super.encodeBegin(context);
  }

  /** The three boxes as one submitted value, or none when the form did not carry them. */
  @Override
  public Object getSubmittedValue() {
    Object d = day.getSubmittedValue();
    Object m = month.getSubmittedValue();
    Object y = year.getSubmittedValue();
    if (d == null && m == null && y == null) {
      return null;
    }
    return new String[] {text(d), text(m), text(y)};
  }

  @Override
  protected Object getConvertedValue(FacesContext context, Object submitted) {
    return read(label(), isRequired(), (String[]) submitted);
  }

  /**
   * The rule, apart from the component: day, month and year typed, to a date or a problem in words.
   */
  static LocalDate read(String label, boolean required, String[] parts) {
    boolean any = !parts[0].isEmpty() || !parts[1].isEmpty() || !parts[2].isEmpty();
    if (!any) {
      if (required) {
        throw problem("Enter " + label.toLowerCase(java.util.Locale.UK));
      }
      return null;
    }
    if (parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      throw problem(label + " must include a day, a month and a year");
    }
    try {
      if (parts[2].length() != 4) {
        throw new NumberFormatException("year of four digits");
      }
      return LocalDate.of(
          Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
    } catch (NumberFormatException | DateTimeException notADate) {
      throw problem(label + " must be a real date, for example 27 3 2026");
    }
  }

  private static ConverterException problem(String message) {
    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  private String label() {
    Object label = getAttributes().get("label");
    return label == null ? "The date" : label.toString();
  }

  private static String text(Object submitted) {
    return submitted == null ? "" : submitted.toString().strip();
  }

  public UIInput getDay() {
    return day;
  }

  public void setDay(UIInput day) {
    this.day = day;
  }

  public UIInput getMonth() {
    return month;
  }

  public void setMonth(UIInput month) {
    this.month = month;
  }

  public UIInput getYear() {
    return year;
  }

  public void setYear(UIInput year) {
    this.year = year;
  }
}
