package ru.sleepbot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * What a start-up snapshot is made from: the content's YAML files and the bot's own classes, each
 * by path, size and CRC-32 (a jar keeps both for every entry, so checking a jar reads no file;
 * a folder's files are read, which takes milliseconds). The snapshot keeps the whole list and is
 * used only when the list is the same now: both the content and the code that compiled it are as
 * when it was written, so neither an edited {@code INTENTS_DIR} nor a changed class (say, the rule
 * compiler, between {@code package} and a later {@code test}) ever meets a stale snapshot. (A
 * digest of the list would save nothing: the list is small, and hashing it costs more on a cold
 * JVM than comparing it.)
 */
final class BuildInputs {

    /** The content's place on the classpath and in the jar. */
    static final String CONTENT = "intents/";
    /** The bot's classes. */
    static final String CODE = "ru/sleepbot/";

    private BuildInputs() {
    }

    /**
     * The stamps ({@code path TAB size TAB crc}, sorted) of {@code content} (a folder), or of the
     * bundled content, and of the classes being run.
     */
    static List<String> stamps(Optional<Path> content) {
        Path code = codeLocation();
        List<String> stamps = new ArrayList<>();
        if (Files.isDirectory(code)) {
            stamp(code.resolve(CODE), CODE, stamps);
            stamp(content.orElse(code.resolve(CONTENT)), CONTENT, stamps);
        } else {
            try (JarFile jar = new JarFile(code.toFile())) {
                for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                    String name = entry.getName();
                    if (!entry.isDirectory() && (name.startsWith(CODE) || content.isEmpty() && isContent(name))) {
                        stamps.add(name + '\t' + entry.getSize() + '\t' + entry.getCrc());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content.ifPresent(folder -> stamp(folder, CONTENT, stamps));
        }
        stamps.sort(null);
        return stamps;
    }

    /** Where this class was loaded from: the jar, or the classes folder (tests, the build). */
    static Path codeLocation() {
        try {
            return Path.of(BuildInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot tell where the bot's classes are", e);
        }
    }

    private static boolean isContent(String name) {
        return name.startsWith(CONTENT) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static void stamp(Path root, String prefix, List<String> stamps) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = prefix + root.relativize(file).toString().replace('\\', '/');
                if (prefix.equals(CONTENT) && !isContent(name)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                stamps.add(name + '\t' + bytes.length + '\t' + crc.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
