package uk.contactpoint.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: always the real EAR that the build produced, plus an
 * EJB module with the test data builders (and, for tests run inside the server, the tests), and a
 * small WAR through which tests run outside the server make their own accounts.
 */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive application() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("cp.ear")));
  }

  /** For tests that run inside the server: the EAR plus the tests and their data builders. */
  public static EnterpriseArchive withTests(Class<?>... testClasses) {
    JavaArchive tests =
        ShrinkWrap.create(JavaArchive.class, "contactpoint-tests.jar")
            .addClasses(
                TestRecords.class,
                ChildSpec.class,
                AccountSpec.class,
                TestAccount.class,
                Api.class,
                Api.Answer.class,
                Deployments.class)
            .addClasses(testClasses)
            .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    return openArquillianRunner(application()).addAsModule(tests);
  }

  /**
   * Arquillian runs in-container tests through a servlet it adds to the EAR's WAR. The WAR requires
   * HTTPS and a login for every path, so a web fragment, in the test deployment only, exempts that
   * one servlet path.
   */
  private static EnterpriseArchive openArquillianRunner(EnterpriseArchive ear) {
    String name = "contactpoint-web.war";
    WebArchive war = ear.getAsType(WebArchive.class, name);
    war.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
            .addAsManifestResource(
                new StringAsset(
                    "<web-fragment xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"><name>arquillian_runner_open</name>"
                        + "<security-constraint><web-resource-collection><web-resource-name>arquillian</web-resource-name>"
                        + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern></web-resource-collection></security-constraint>"
                        + "</web-fragment>"),
                "web-fragment.xml"));
    ear.delete(name);
    return ear.addAsModule(war);
  }

  /**
   * For tests that run outside the server (browser tests): the data builders, and a WAR at
   * /test-support through which such a test makes its own account. (Only one WAR may sit beside
   * in-container tests, so those do without it.)
   */
  public static EnterpriseArchive withTestSupport() {
    WebArchive support =
        ShrinkWrap.create(WebArchive.class, "test-support.war")
            .addClasses(
                TestSupportResource.class,
                TestSupportResource.TestSupportApplication.class,
                OpenMechanism.class)
            .addAsWebInfResource(
                new StringAsset("<beans bean-discovery-mode=\"all\"/>"), "beans.xml")
            .addAsWebInfResource(
                new StringAsset(
                    "<jboss-web><context-root>/test-support</context-root></jboss-web>"),
                "jboss-web.xml");
    return withTests().addAsModule(support);
  }
}
