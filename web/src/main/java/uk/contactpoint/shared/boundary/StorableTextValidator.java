package uk.contactpoint.shared.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Optional;
import java.util.stream.Stream;
import uk.contactpoint.shared.entity.StorableText;

/**
 * Every field of every screen (a default validator): text with a control character is refused
 * before the page's bean or an EJB sees it, as the API refuses it in a JSON field. The message
 * stands beside the field where the screen has a place for one, and at the top where it has not.
 */
@FacesValidator(value = "contactpoint.storableText", isDefault = true)
public class StorableTextValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (!(value instanceof String text) || StorableText.isStorable(text)) {
      return;
    }
    String message = labelOf(context, component).orElse("This field") + " " + StorableText.PROBLEM;
    FacesMessage refusal = new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message);
    if (descendants(context.getViewRoot())
        .noneMatch(c -> c instanceof UIMessage shown && component.getId().equals(shown.getFor()))) {
      context.addMessage(null, refusal);
    }
    throw new ValidatorException(refusal);
  }

  private static Optional<String> labelOf(FacesContext context, UIComponent component) {
    Object label = component.getAttributes().get("label");
    if (label != null) {
      return Optional.of(label.toString());
    }
    return descendants(context.getViewRoot())
        .filter(
            c ->
                c instanceof HtmlOutputLabel l
                    && component.getId().equals(l.getFor())
                    && l.getValue() != null)
        .map(c -> ((HtmlOutputLabel) c).getValue().toString())
        .findFirst();
  }

  private static Stream<UIComponent> descendants(UIComponent root) {
    return Stream.concat(
        Stream.of(root),
        Stream.concat(root.getFacets().values().stream(), root.getChildren().stream())
            .flatMap(StorableTextValidator::descendants));
  }
}
