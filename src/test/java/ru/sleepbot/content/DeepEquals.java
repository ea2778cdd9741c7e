package ru.sleepbot.content;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two object graphs field by field (arrays element by element, lists in order, maps by
 * key), so that a test of a snapshot notices any field its writer forgot, including fields added
 * later. Returns the paths that differ.
 */
public final class DeepEquals {

    private final List<String> differences = new ArrayList<>();

    private DeepEquals() {
    }

    /** Where {@code a} and {@code b} differ (at most 20 places); empty when they are equal throughout. */
    public static List<String> differences(Object a, Object b) {
        DeepEquals comparison = new DeepEquals();
        comparison.compare(a, b, "");
        return comparison.differences;
    }

    private void compare(Object a, Object b, String path) {
        if (differences.size() >= 20 || a == b) {
            return;
        }
        if (a == null || b == null) {
            differences.add(path + ": " + a + " vs " + b);
        } else if (a.getClass().isArray()) {
            compareArrays(a, b, path);
        } else if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                differences.add(path + ": " + x.size() + " vs " + y.size() + " items");
                return;
            }
            for (int i = 0; i < x.size(); i++) {
                compare(x.get(i), y.get(i), path + "[" + i + "]");
            }
        } else if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                differences.add(path + ": keys differ");
                return;
            }
            x.forEach((key, value) -> compare(value, y.get(key), path + "{" + key + "}"));
        } else if (a instanceof Set<?> || a instanceof Collection<?> || plain(a)) {
            if (!a.equals(b)) {
                differences.add(path + ": " + a + " vs " + b);
            }
        } else if (a.getClass() != b.getClass()) {
            differences.add(path + ": " + a.getClass() + " vs " + b.getClass());
        } else {
            for (Class<?> type = a.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        compare(read(field, a), read(field, b), path + "." + field.getName());
                    }
                }
            }
        }
    }

    private void compareArrays(Object a, Object b, String path) {
        if (a.getClass() != b.getClass() || Array.getLength(a) != Array.getLength(b)) {
            differences.add(path + ": arrays of other types or lengths");
            return;
        }
        for (int i = 0; i < Array.getLength(a); i++) {
            compare(Array.get(a, i), Array.get(b, i), path + "[" + i + "]");
        }
    }

    /** Values whose own equals is the whole truth: strings, numbers, enums, the JDK's and Jackson's values. */
    private static boolean plain(Object value) {
        String name = value.getClass().getName();
        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?>
                || name.startsWith("java.") || name.startsWith("com.fasterxml.");
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
