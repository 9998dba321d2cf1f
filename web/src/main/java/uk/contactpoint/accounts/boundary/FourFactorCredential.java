package uk.contactpoint.accounts.boundary;

import jakarta.security.enterprise.credential.Credential;

/** The four things a person types to log in, handed to the mechanism in one piece. */
public record FourFactorCredential(String username, String password, String pin, String code)
    implements Credential {

  @Override
  public String toString() {
    return "FourFactorCredential[hidden]";
  }
}
