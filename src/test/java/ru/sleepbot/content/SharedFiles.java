package ru.sleepbot.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the project's shared folder (taxonomy, source articles) beside the repository. */
final class SharedFiles {

    private SharedFiles() {
    }

    /** {@code ../shared/<relative>} (or under -Dshared.dir), if that file is there. */
    static Optional<Path> find(String relative) {
        Path base = Path.of(System.getProperty("shared.dir", "../shared"));
        Path file = base.resolve(relative);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
