package org.hazlex.util;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** Opens a folder packaged on the classpath (inside the jar, or under target/classes) as a {@link Path}. */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /**
     * Returns the folder that holds {@code marker}, a resource path such as {@code rules/README.txt}, walked up
     * {@code levels} times. Throws when the marker is not on the classpath.
     */
    public static synchronized Path of(String marker, int levels) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(marker);
        if (url == null) {
            throw new IllegalStateException(marker + " is not on the classpath");
        }
        try {
            URI uri = url.toURI();
            Path p;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                p = fs.getPath("/" + marker);
            } else {
                p = Path.of(uri);
            }
            for (int i = 0; i < levels; i++) {
                p = p.getParent();
            }
            return p;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open " + marker + " on the classpath: " + e.getMessage(), e);
        }
    }
}
