package com.exzentcg.platform.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place test deployments come from: always the EAR the build produced, never a
 * hand-assembled subset, so what is tested is what ops deploy.
 */
public final class Deployments {

    public static final String EAR_NAME = "tcg-platform.ear";
    private static final String TEST_WAR = "it-tests.war";

    private Deployments() {
    }

    /** The built EAR as is, for black-box HTTP tests. */
    public static EnterpriseArchive platform() {
        File ear = new File(System.getProperty("ear.path", "../ear/target/tcg-platform.ear"));
        return ShrinkWrap.create(ZipImporter.class, EAR_NAME).importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The built EAR plus a test WAR holding the calling test class and the shared fixtures, so
     * the test runs inside WildFly beside the real EJBs.
     */
    public static EnterpriseArchive platformWithTest(Class<?> testClass, Class<?>... helpers) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_WAR)
                .addClass(testClass)
                .addClasses(helpers)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        EnterpriseArchive ear = platform();
        ear.addAsModule(Testable.archiveToTest(tests));
        return withWebModule(ear, TEST_WAR, "/it-tests");
    }

    /**
     * Like {@link #platformWithTest}, with the fake Shopee server inside the test WAR so an
     * in-container test can start it; the WAR gets the JDK's HTTP server module it runs on.
     */
    public static EnterpriseArchive platformWithTestAndFakeShopee(Class<?> testClass, Class<?>... helpers) {
        EnterpriseArchive ear = platformWithTest(testClass, helpers);
        WebArchive tests = ear.getAsType(WebArchive.class, TEST_WAR);
        tests.addPackage(com.exzentcg.platform.connector.shopee.fake.FakeShopee.class.getPackage());
        ear.addAsManifestResource(new StringAsset(
                "<jboss-deployment-structure xmlns=\"urn:jboss:deployment-structure:1.2\">"
                        + "<sub-deployment name=\"" + TEST_WAR + "\"><dependencies>"
                        + "<module name=\"jdk.httpserver\"/>"
                        + "</dependencies></sub-deployment></jboss-deployment-structure>"),
                "jboss-deployment-structure.xml");
        return ear;
    }

    /**
     * The built EAR with an extra EAR/lib jar whose MicroProfile Config source outranks the
     * environment, to prove how start-up reacts to a setting being absent or wrong.
     */
    public static EnterpriseArchive platformWithSettings(String properties) {
        JavaArchive overrides = ShrinkWrap.create(JavaArchive.class, "it-settings.jar")
                .addAsManifestResource(new StringAsset("config_ordinal=1000\n" + properties),
                        "microprofile-config.properties");
        EnterpriseArchive ear = platform();
        ear.addAsLibrary(overrides);
        return ear;
    }

    /** application.xml lists modules explicitly, so an added WAR must be declared there too. */
    private static EnterpriseArchive withWebModule(EnterpriseArchive ear, String war, String contextRoot) {
        String descriptor = read(ear, "META-INF/application.xml");
        String module = "<module><web><web-uri>" + war + "</web-uri><context-root>" + contextRoot
                + "</context-root></web></module>";
        String updated = descriptor.replaceFirst("(<library-directory>|</application>)", module + "$1");
        ear.delete("META-INF/application.xml");
        ear.addAsManifestResource(new StringAsset(updated), "application.xml");
        return ear;
    }

    private static String read(Archive<?> archive, String path) {
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
