package ru.sleepbot.telegram;

import java.util.regex.Pattern;

/**
 * Removes bot tokens from text. TelegramBots and OkHttp build URLs of the form
 * {@code /bot<token>/<method>}, so any message that quotes a URL could carry the token.
 */
final class TokenRedaction {

    /** A token is "<bot id>:<35 or so url-safe characters>"; the id alone is public, the rest is the secret. */
    private static final Pattern TOKEN = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}");

    static final String MASK = "<token>";

    private TokenRedaction() {
    }

    static String redact(String text) {
        if (text == null || text.indexOf(':') < 0) {
            return text;
        }
        return TOKEN.matcher(text).replaceAll(MASK);
    }

    /** Also removes a token of an unusual shape that the pattern might miss. */
    static String redact(String text, String token) {
        String masked = redact(text);
        return masked == null || token == null || token.isEmpty() ? masked : masked.replace(token, MASK);
    }
}
