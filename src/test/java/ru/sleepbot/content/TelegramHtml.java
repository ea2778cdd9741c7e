package ru.sleepbot.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks text against Telegram's HTML parse mode: only its tags, balanced, and & < > escaped. */
public final class TelegramHtml {

    public static final int MAX_MESSAGE = 4096;
    private static final Set<String> TAGS = Set.of("b", "i", "u", "s", "a", "code", "pre", "blockquote");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)(\\s[^<>]*)?>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#\\d+);");

    private TelegramHtml() {
    }

    /** Problems found, empty when the text is fine. */
    public static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        if (text.length() > MAX_MESSAGE) {
            problems.add("longer than " + MAX_MESSAGE + " characters: " + text.length());
        }
        List<String> open = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (tag.find()) {
            rest.append(text, last, tag.start());
            last = tag.end();
            String name = tag.group(2);
            if (!TAGS.contains(name)) {
                problems.add("tag Telegram does not allow: " + tag.group());
            } else if (tag.group(1).isEmpty()) {
                open.add(name);
            } else if (open.isEmpty() || !open.remove(open.size() - 1).equals(name)) {
                problems.add("unbalanced closing tag: " + tag.group());
            }
        }
        rest.append(text.substring(last));
        if (!open.isEmpty()) {
            problems.add("unclosed tags: " + open);
        }
        String withoutEntities = ENTITY.matcher(rest).replaceAll("");
        if (withoutEntities.contains("<") || withoutEntities.contains(">") || withoutEntities.contains("&")) {
            problems.add("unescaped & < or > in text");
        }
        return problems;
    }
}
