package ru.sleepbot.chat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks text against the subset of Telegram's HTML parse mode the bot uses: tags b, i, u, s, a
 * (with href), code, pre and blockquote, properly nested; every other {@code &}, {@code <} and
 * {@code >} escaped. Telegram rejects the whole message otherwise, so content is linted for it.
 */
public final class TelegramHtmlLint {

    /** Telegram's limit for one message's text. */
    public static final int MAX_MESSAGE_CHARS = 4096;

    private static final Set<String> TAGS = Set.of("b", "i", "u", "s", "a", "code", "pre", "blockquote");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)((?:\\s+[a-z]+=\"[^\"<>]*\")*)\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#\\d{1,7}|#x[0-9a-fA-F]{1,6});");

    private TelegramHtmlLint() {
    }

    /** What is wrong with {@code text}; empty when Telegram will accept it. */
    public static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        if (text.length() > MAX_MESSAGE_CHARS) {
            problems.add("longer than " + MAX_MESSAGE_CHARS + " characters: " + text.length());
        }
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(text).region(i, text.length());
                if (!tag.lookingAt()) {
                    problems.add("unescaped '<' at " + i);
                    i++;
                    continue;
                }
                checkTag(tag, open, problems);
                i = tag.end();
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(text).region(i, text.length());
                if (!entity.lookingAt()) {
                    problems.add("unescaped '&' at " + i);
                }
                i++;
            } else {
                if (c == '>') {
                    problems.add("unescaped '>' at " + i);
                }
                i++;
            }
        }
        open.forEach(tag -> problems.add("<" + tag + "> is never closed"));
        return problems;
    }

    private static void checkTag(Matcher tag, Deque<String> open, List<String> problems) {
        boolean closing = !tag.group(1).isEmpty();
        String name = tag.group(2);
        if (!TAGS.contains(name)) {
            problems.add("tag <" + name + "> is not allowed");
            return;
        }
        if (closing) {
            if (!name.equals(open.peek())) {
                problems.add("</" + name + "> closes " + (open.isEmpty() ? "nothing" : "<" + open.peek() + ">"));
            } else {
                open.pop();
            }
            return;
        }
        String attributes = tag.group(3).strip();
        if ("a".equals(name) ? !attributes.matches("href=\"[^\"]+\"") : !attributes.isEmpty()) {
            problems.add("tag <" + name + "> has unexpected attributes: " + attributes);
        }
        open.push(name);
    }
}
