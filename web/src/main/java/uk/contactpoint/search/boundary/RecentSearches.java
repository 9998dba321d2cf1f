package uk.contactpoint.search.boundary;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.contactpoint.child.entity.Gender;

/**
 * The searches this session made, each under a random key, so that the results are a page of their
 * own that Back returns to (post, then redirect to {@code /index.xhtml?results=key}) while what was
 * typed — names, a date of birth, a postcode — stays in the request body and the session, never in
 * the address. The key means nothing outside this session; the session keeps only its last few
 * searches and they end with it.
 */
@SessionScoped
public class RecentSearches implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Enough for Back through a morning's searches; older ones open the empty form. */
  static final int KEPT = 10;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, SearchForm> searches =
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SearchForm> eldest) {
          return size() > KEPT;
        }
      };

  /** Keeps what was typed and answers the key that finds it again. */
  public synchronized String keep(SearchForm form) {
    byte[] key = new byte[12];
    RANDOM.nextBytes(key);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    searches.put(id, form);
    return id;
  }

  public synchronized Optional<SearchForm> find(String key) {
    return Optional.ofNullable(key == null ? null : searches.get(key));
  }

  /** What a practitioner typed into "Find a child", as typed. */
  public record SearchForm(
      String name, String day, String month, String year, Gender gender, String postcode)
      implements Serializable {

    /** Names no field: what was typed is personal data and must not reach a log. */
    @Override
    public String toString() {
      return "SearchForm";
    }
  }
}
