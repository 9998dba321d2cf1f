package uk.contactpoint.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import uk.contactpoint.accounts.control.SecretHasher;
import uk.contactpoint.accounts.control.TokenSecretCipher;

/**
 * Makes (or resets) the benchmark's practitioner accounts in a benchmark database: bench0000 …,
 * each the account of a generated practitioner of a non-sensitive organisation, spread over the
 * sections round-robin, with vetting, training and agreement recorded and the organisation
 * accredited, password and PIN hashed (together, Argon2id) by production's SecretHasher and the token secret
 * encrypted by production's TokenSecretCipher with the benchmark server's CP_TOTP_KEY. What the
 * admin API and the activation flow would do for a few hundred users, done in SQL because the
 * benchmark needs hundreds of accounts whose codes it can compute. Never against real data.
 *
 * <pre>java -cp target/classes:target/lib/* uk.contactpoint.bench.load.BenchUsers URL USER PASSWORD COUNT TOTP_KEY</pre>
 */
public final class BenchUsers {

  public static void main(String[] args) throws Exception {
    String url = args[0];
    if (url.contains("contactpoint_dev") || url.endsWith("/contactpoint") || url.endsWith("/test")) {
      throw new IllegalArgumentException("a benchmark database only: " + url);
    }
    int count = Integer.parseInt(args[3]);
    TokenSecretCipher cipher = new TokenSecretCipher(Base64.getDecoder().decode(args[4]));
    long started = System.nanoTime();
    // The slow part (one Argon2id hash of password and PIN each) on every core.
    record Credentials(String username, String hash, String secret) {}
    List<Credentials> credentials = IntStream.range(0, count).parallel().mapToObj(n -> {
      String username = BenchLogin.username(n);
      return new Credentials(username, SecretHasher.hash(BenchLogin.password(username), BenchLogin.pin(username)),
          cipher.encrypt(BenchLogin.totpSecret(username)));
    }).toList();
    try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
      db.setAutoCommit(false);
      List<long[]> practitioners = practitioners(db, count);
      int made = 0;
      int reset = 0;
      for (int n = 0; n < count; n++) {
        Credentials c = credentials.get(n);
        try (PreparedStatement update = db.prepareStatement("UPDATE user_account SET password_hash = ?, pin_hash = NULL, totp_secret = ?,"
            + " last_totp_step = 0, failed_attempts = 0, status = 'ACTIVE', vetted_on = current_date - 100,"
            + " trained_on = current_date - 90, agreement_signed_on = current_date - 90 WHERE username = ?")) {
          update.setString(1, c.hash());
          update.setString(2, c.secret());
          update.setString(3, c.username());
          if (update.executeUpdate() == 1) {
            reset++;
            continue;
          }
        }
        long[] p = practitioners.get(made++);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO user_account (id, username, practitioner_id, section_id, status,"
            + " password_hash, pin_hash, totp_secret, last_totp_step, failed_attempts, vetted_on, trained_on, agreement_signed_on,"
            + " created_at, version) VALUES (nextval('cp_seq'), ?, ?, ?, 'ACTIVE', ?, ?, ?, 0, 0, current_date - 100,"
            + " current_date - 90, current_date - 90, now() AT TIME ZONE 'UTC', 1)")) {
          insert.setString(1, c.username());
          insert.setLong(2, p[0]);
          insert.setLong(3, p[1]);
          insert.setString(4, c.hash());
          insert.setString(5, null);
          insert.setString(6, c.secret());
          insert.executeUpdate();
        }
        try (PreparedStatement role = db.prepareStatement("INSERT INTO user_account_role (account_id, role_name)"
            + " SELECT id, 'PRACTITIONER' FROM user_account WHERE username = ?")) {
          role.setString(1, c.username());
          role.executeUpdate();
        }
        try (PreparedStatement accredit = db.prepareStatement("UPDATE organisation SET accredited_on = current_date - 365,"
            + " account_limit = GREATEST(account_limit, 1000) WHERE id = ?")) {
          accredit.setLong(1, p[2]);
          accredit.executeUpdate();
        }
      }
      // Old login attempts would count against the rate limits of a new run.
      try (PreparedStatement attempts = db.prepareStatement("DELETE FROM login_attempt WHERE username LIKE 'bench%'")) {
        attempts.executeUpdate();
      }
      db.commit();
      System.out.printf("BenchUsers: %d accounts made, %d reset, in %.1f s%n", made, reset, (System.nanoTime() - started) / 1e9);
    }
  }

  /** Practitioners without an account, of non-sensitive organisations with a section, one section after another. */
  private static List<long[]> practitioners(Connection db, int count) throws SQLException {
    List<long[]> found = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement("SELECT p.id, o.section_id, o.id FROM practitioner p"
        + " JOIN organisation o ON o.id = p.organisation_id"
        + " WHERE o.sensitive_category = 'NONE' AND o.section_id IS NOT NULL"
        + " AND NOT EXISTS (SELECT 1 FROM user_account a WHERE a.practitioner_id = p.id)"
        + " ORDER BY row_number() OVER (PARTITION BY o.section_id ORDER BY p.id), o.section_id LIMIT ?")) {
      query.setInt(1, count);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
        }
      }
    }
    return found;
  }
}
