package dev.dittosink.nativeimage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.graalvm.nativeimage.hosted.Feature;
import org.graalvm.nativeimage.hosted.RuntimeReflection;

/**
 * Makes ditto-protocol work in a native executable, at image build time.
 *
 * <p>Ditto finds its parsable exceptions, commands and entity id types through ClassIndex, which reads class names
 * from {@code META-INF/annotations/*} in Ditto's jars and then loads the classes and calls their static factories
 * reflectively. This feature reads the same index files from the image class path and registers every class named
 * there for reflection, so the registration follows whatever Ditto version is on the class path instead of a list
 * kept by hand. The index files themselves are included as resources ({@code quarkus.native.resources.includes}).
 * Only loaded by the native-image builder; never part of the JVM application.
 */
public final class DittoProtocolNativeFeature implements Feature {

    private static final String INDEX_DIRECTORY = "META-INF/annotations/";
    private static final String DITTO_PACKAGE = "org.eclipse.ditto.";

    @Override
    public String getDescription() {
        return "Registers the classes of Ditto's annotation index for reflection";
    }

    @Override
    public void beforeAnalysis(final BeforeAnalysisAccess access) {
        final Set<String> classNames = new LinkedHashSet<>();
        for (final Path entry : access.getApplicationClassPath()) {
            if (Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar")) {
                readIndex(entry, classNames);
            }
        }

        int registered = 0;
        for (final String className : classNames) {
            final Class<?> type = access.findClassByName(className);
            if (type != null) {
                RuntimeReflection.register(type);
                RuntimeReflection.register(type.getDeclaredConstructors());
                RuntimeReflection.register(type.getDeclaredMethods());
                RuntimeReflection.register(type.getDeclaredFields());
                registered++;
            }
        }
        System.out.println("Ditto protocol: registered " + registered + " of " + classNames.size()
                + " indexed classes for reflection");
    }

    private static void readIndex(final Path jar, final Set<String> classNames) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            final Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                final ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(INDEX_DIRECTORY)) {
                    try (BufferedReader reader = new BufferedReader(
                            new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                        reader.lines()
                                .map(String::trim)
                                .filter(line -> line.startsWith(DITTO_PACKAGE))
                                .forEach(classNames::add);
                    }
                }
            }
        } catch (final IOException e) {
            throw new IllegalStateException("Cannot read Ditto's annotation index from " + jar, e);
        }
    }
}
