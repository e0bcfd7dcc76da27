package dev.dittosink.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes secrets the way Kubernetes mounts them: one file each, often with a trailing newline. */
public final class SecretFiles {

    private SecretFiles() {
    }

    /** @return the path of a new temporary file holding the content, deleted when the JVM exits */
    public static String write(final String content) {
        try {
            final Path file = Files.createTempFile("sink-secret", ".txt");
            file.toFile().deleteOnExit();
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file.toString();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
