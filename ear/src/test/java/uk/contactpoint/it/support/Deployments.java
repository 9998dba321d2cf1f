package uk.contactpoint.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The deployments of the integration tests: always the real EAR that the build produced, plus,
 * for tests that run inside the server, an EJB module holding the tests and their builders.
 */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive application() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("cp.ear")));
  }

  public static EnterpriseArchive withTests(Class<?>... testClasses) {
    JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "contactpoint-tests.jar")
        .addClasses(TestRecords.class, ChildSpec.class, Api.class, Api.Answer.class, Deployments.class)
        .addClasses(testClasses)
        .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    return application().addAsModule(tests);
  }
}
