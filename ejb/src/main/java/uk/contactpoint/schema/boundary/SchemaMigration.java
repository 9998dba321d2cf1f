package uk.contactpoint.schema.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import uk.contactpoint.shared.entity.Provenance;

/**
 * Brings the schema up to date before anything else touches the database. Flyway is the only author
 * of the schema; EclipseLink generates nothing.
 *
 * <p>Bean-managed transactions because Flyway sets autocommit itself, which a container transaction
 * forbids. Start-up beans that use the database declare {@code @DependsOn} this.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/ContactPointDS")
  DataSource dataSource;

  private String vendor;

  @PostConstruct
  void migrate() {
    vendor = vendorOf(dataSource);
    // The migrations sit in the persistence jar beside its entities: any of its classes names that
    // jar's loader.
    Flyway flyway =
        Flyway.configure(Provenance.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
            .load();
    // Inside an EAR Flyway can fail to read the jar (virtual file system) and then finds
    // nothing while "succeeding": an empty schema must stop the deployment instead.
    int resolved = flyway.info().all().length;
    if (resolved == 0) {
      throw new IllegalStateException(
          "Flyway found no migrations in the deployment: refusing to start on an unknown schema");
    }
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Schema on "
                + vendor
                + " is at version "
                + flyway.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, "
                + resolved
                + " known)");
  }

  /** Names the database of the data source, or says which setting to fix when it cannot connect. */
  private static String vendorOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product =
          connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
      if (product.contains("postgres")) {
        return "postgresql";
      }
      if (product.contains("h2")) {
        return "h2";
      }
      throw new IllegalStateException("ContactPoint runs on H2 or PostgreSQL, not " + product);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot connect to the database of java:jboss/datasources/ContactPointDS. Check CP_DB_URL, "
              + "CP_DB_USER and CP_DB_PASSWORD (PostgreSQL) or the H2 file under the server's data directory: "
              + e.getMessage(),
          e);
    }
  }

  /** "h2" or "postgresql": the vendor folder of migrations in use. */
  public String vendor() {
    return vendor;
  }
}
