package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The cluster is authenticated and encrypted in the configuration the build writes
 * (wildfly-config's 10-cluster.cli into standalone-ha.xml). A web session's only proof of login is
 * its username attribute, and every node holds every session: a host that joined the cluster, or
 * read what the nodes send each other, could read any session and forge one (DESIGN.md's access
 * rules would then stand on nothing). So the channel the sessions travel on must encrypt below the
 * layers that carry them (SYM_ENCRYPT just below NAKACK), admit a node only with the shared secret
 * (AUTH just below GMS), and take that secret from the node's environment, never from the file.
 * bench/two_nodes.sh shows the running effect: a node with another secret stays out of the view,
 * and no username or session id crosses the wire in clear.
 */
class ClusterConfigurationIT {

  /**
   * The one secret's expression: the environment first; the build's own value only while it writes
   * the file.
   */
  static final String SECRET = "${env.CP_CLUSTER_SECRET,cp.cluster.secret.build}";

  static Document ha;
  static Element stack;

  @BeforeAll
  static void readTheBuiltConfiguration() throws Exception {
    Path file =
        Path.of(
            System.getProperty("cp.server.home"),
            "standalone",
            "configuration",
            "standalone-ha.xml");
    assertTrue(Files.isRegularFile(file), "wildfly-config builds " + file);
    ha = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    Element jgroups = subsystem("jgroups");
    Element channel =
        children(first(jgroups, "channels")).stream()
            .filter(c -> "ee".equals(c.getAttribute("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no ee channel"));
    stack =
        children(first(jgroups, "stacks")).stream()
            .filter(s -> s.getAttribute("name").equals(channel.getAttribute("stack")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no stack " + channel.getAttribute("stack")));
    assertEquals(
        "tcp",
        stack.getAttribute("name"),
        "the ee channel (sessions, the EJB cluster) runs on the TCP stack");
  }

  @Test
  void theSessionsChannelIsEncryptedJustBelowNakackWithTheClustersKey() {
    List<Element> protocols = protocols();
    int encrypt = indexOf(protocols, "SYM_ENCRYPT");
    assertTrue(encrypt >= 0, "SYM_ENCRYPT in the ee channel's stack: " + types(protocols));
    Element sym = protocols.get(encrypt);
    assertEquals(
        "encrypt-protocol",
        sym.getTagName(),
        "SYM_ENCRYPT configured with its key store, not as a bare protocol");
    // Just below NAKACK, so that everything above it (retransmissions, views, joins, the
    // sessions themselves) travels encrypted.
    assertTrue(
        types(protocols).get(encrypt + 1).matches("(pbcast\\.)?NAKACK\\d*"),
        "SYM_ENCRYPT just below NAKACK: " + types(protocols));
    assertTrue(encrypt < indexOf(protocols, "pbcast.GMS"), "below GMS: " + types(protocols));
    assertTrue(
        types(protocols).stream().noneMatch(t -> t.contains("ENCRYPT") && !t.equals("SYM_ENCRYPT")),
        "one encrypting protocol: " + types(protocols));

    Element keyStore =
        elytronKeyStore(sym.getAttribute("key-store"))
            .orElseThrow(
                () -> new AssertionError("the Elytron key store " + sym.getAttribute("key-store")));
    assertEquals("PKCS12", first(keyStore, "implementation").getAttribute("type"));
    assertEquals("cluster.p12", first(keyStore, "file").getAttribute("path"));
    assertEquals("jboss.server.config.dir", first(keyStore, "file").getAttribute("relative-to"));
    assertEquals("cluster", sym.getAttribute("key-alias"));
    assertEquals(
        SECRET,
        first(keyStore, "credential-reference").getAttribute("clear-text"),
        "the key store opens with the cluster secret");
    assertEquals(
        SECRET,
        first(sym, "key-credential-reference").getAttribute("clear-text"),
        "the key with the cluster secret");
  }

  @Test
  void onlyANodeWithTheSecretIsAdmittedByAuthJustBelowGms() {
    List<Element> protocols = protocols();
    int auth = indexOf(protocols, "AUTH");
    assertTrue(auth >= 0, "AUTH in the ee channel's stack: " + types(protocols));
    assertEquals("auth-protocol", protocols.get(auth).getTagName());
    assertEquals(
        "pbcast.GMS",
        types(protocols).get(auth + 1),
        "AUTH just below GMS, which admits members: " + types(protocols));
    assertTrue(
        auth > indexOf(protocols, "SYM_ENCRYPT"),
        "the token travels encrypted: " + types(protocols));
    Element digest = first(protocols.get(auth), "digest-token");
    assertEquals("SHA-512", digest.getAttribute("algorithm"));
    assertEquals(SECRET, first(digest, "shared-secret-reference").getAttribute("clear-text"));
  }

  @Test
  void noSecretIsWrittenIntoTheConfiguration() throws Exception {
    String text =
        Files.readString(
            Path.of(
                System.getProperty("cp.server.home"),
                "standalone",
                "configuration",
                "standalone-ha.xml"));
    // The build resolves its own stand-in value while it writes the file; it must never stay there.
    assertFalse(
        text.contains("only-to-write-the-configuration"),
        "the build's stand-in secret is not in standalone-ha.xml");
    assertFalse(
        Files.exists(
            Path.of(
                System.getProperty("cp.server.home"),
                "standalone",
                "configuration",
                "cluster.p12")),
        "the build ships no cluster key: each installation makes its own (docs/operations.md)");
  }

  private static List<Element> protocols() {
    return children(stack).stream().filter(e -> !e.getTagName().endsWith("transport")).toList();
  }

  private static List<String> types(List<Element> protocols) {
    return protocols.stream().map(e -> e.getAttribute("type")).toList();
  }

  private static int indexOf(List<Element> protocols, String type) {
    return types(protocols).indexOf(type);
  }

  private static Optional<Element> elytronKeyStore(String name) {
    NodeList stores = subsystem("elytron").getElementsByTagName("key-store");
    for (int i = 0; i < stores.getLength(); i++) {
      Element store = (Element) stores.item(i);
      if (name.equals(store.getAttribute("name"))) {
        return Optional.of(store);
      }
    }
    return Optional.empty();
  }

  private static Element subsystem(String name) {
    NodeList all = ha.getElementsByTagName("subsystem");
    for (int i = 0; i < all.getLength(); i++) {
      Element s = (Element) all.item(i);
      if (s.getAttribute("xmlns").matches("urn:(jboss:domain|wildfly):" + name + ":.*")) {
        return s;
      }
    }
    throw new AssertionError("no " + name + " subsystem in standalone-ha.xml");
  }

  private static Element first(Element parent, String tag) {
    Element found =
        children(parent).stream().filter(e -> e.getTagName().equals(tag)).findFirst().orElse(null);
    assertNotNull(
        found,
        "<"
            + tag
            + "> in <"
            + parent.getTagName()
            + " "
            + parent.getAttribute("name")
            + parent.getAttribute("type")
            + ">");
    return found;
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        elements.add(e);
      }
    }
    return elements;
  }
}
