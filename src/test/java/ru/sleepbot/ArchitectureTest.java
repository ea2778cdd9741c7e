package ru.sleepbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout rules the team agreed on, checked on the sources so that they hold after every merge:
 * small files, packages small enough to read, and dependencies that never go round in a circle.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final int MAX_LINES = 300;
    private static final int MAX_FILES_PER_PACKAGE = 30;
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?(ru\\.sleepbot(?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    @Test
    void noProductionFileIsLongerThanThreeHundredLines() {
        Map<String, Integer> tooLong = new TreeMap<>();
        for (Path file : javaFiles()) {
            int lines = read(file).split("\n", -1).length - 1;
            if (lines > MAX_LINES) {
                tooLong.put(SOURCES.relativize(file).toString(), lines);
            }
        }
        assertThat(tooLong).as("files over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void noPackageHoldsMoreThanThirtyFiles() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Path file : javaFiles()) {
            if (!file.getFileName().toString().equals("package-info.java")) {
                counts.merge(packageOf(read(file)), 1, Integer::sum);
            }
        }
        counts.values().removeIf(count -> count <= MAX_FILES_PER_PACKAGE);
        assertThat(counts).as("packages over %d files", MAX_FILES_PER_PACKAGE).isEmpty();
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        Map<String, Set<String>> uses = new HashMap<>();
        for (Path file : javaFiles()) {
            String source = read(file);
            String own = packageOf(source);
            Set<String> targets = uses.computeIfAbsent(own, key -> new TreeSet<>());
            Matcher imported = IMPORT.matcher(source);
            while (imported.find()) {
                if (!imported.group(1).equals(own)) {
                    targets.add(imported.group(1));
                }
            }
        }
        assertThat(cycles(uses)).as("package cycles").isEmpty();
    }

    /** Tarjan's strongly connected components; every component of two or more is a cycle. */
    private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        var search = new Object() {
            final Map<String, Integer> index = new HashMap<>();
            final Map<String, Integer> low = new HashMap<>();
            final List<String> stack = new ArrayList<>();
            final Set<String> onStack = new HashSet<>();
            final List<Set<String>> found = new ArrayList<>();

            void visit(String node) {
                index.put(node, index.size());
                low.put(node, index.get(node));
                stack.add(node);
                onStack.add(node);
                for (String next : graph.getOrDefault(node, Set.of())) {
                    if (!index.containsKey(next)) {
                        visit(next);
                        low.put(node, Math.min(low.get(node), low.get(next)));
                    } else if (onStack.contains(next)) {
                        low.put(node, Math.min(low.get(node), index.get(next)));
                    }
                }
                if (low.get(node).equals(index.get(node))) {
                    Set<String> component = new TreeSet<>();
                    String member;
                    do {
                        member = stack.remove(stack.size() - 1);
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    if (component.size() > 1) {
                        found.add(component);
                    }
                }
            }
        };
        for (String node : graph.keySet()) {
            if (!search.index.containsKey(node)) {
                search.visit(node);
            }
        }
        return search.found;
    }

    private static String packageOf(String source) {
        Matcher matcher = PACKAGE.matcher(source);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
